"""Direct quotations: who is quoted saying what, and how outlets differ on it.

``extract_quotes`` finds quoted spans in an article's body (straight or curly,
double or single quotes; apostrophes inside words such as "Mexico's" or
"don't" never open or close a quote), with offsets into ``Article.raw``, the
reporting verb and the speaker named around it. Pronouns are resolved simply:
"she"/"he" to the last person quoted or named, "it"/"which" to the last
statement, communiqué or institution mentioned. ``match_quotes`` pairs the same
quotation across two articles and says how it changed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from mediadiff.models import Article
from mediadiff.similarity import content_stems, normalise_word, tokens

_DOUBLE = re.compile(r"[“\"](?=\S)([^“”\"\n]+?)(?<=\S)[”\"]")
_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=\S)([^‘’'\n]+?|[^‘’\n]*?\w[’'][^\s’'][^‘’\n]*?)(?<=\S)[’'](?![\w])")
REPORTING_VERBS = (
    "said says say saying told telling tells added adds adding stated states stating claimed "
    "claims claiming stressed stresses stressing noted notes noting emphasized emphasised "
    "emphasizes emphasizing highlighted highlighting reiterated reiterating explained explains "
    "concluded declared declaring insisted warned warning argued wrote tweeted posted announced "
    "affirmed reaffirmed reaffirming acknowledged acknowledging mentioned described demanded "
    "demanding underscored asserted remarked continued maintained urged threatened"
).split()
_VERB = "|".join(REPORTING_VERBS)
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|the\s+|for\s+|de\s+la\s+|de\s+|and\s+)?[A-Z][\w’'.-]*)*"
_PHRASE = rf"[Tt]he\s+[a-z]+\b|(?:[Tt]he\s+|[Bb]oth\s+)?{_NAME}"
_PRONOUN = r"[Ss]he|[Hh]e|[Ii]t|[Tt]hey|which|who"
_ADVERBS = r"(?:(?:\w+ly|also|then|has|had|have|went on to)\s+){0,3}"
_AFTER = re.compile(rf"^[\s,.:;–—-]*(?P<speaker>{_PRONOUN}|{_PHRASE})\s+{_ADVERBS}(?P<verb>{_VERB})\b")
_AFTER_INVERTED = re.compile(rf"^[\s,.:;–—-]*(?P<verb>{_VERB})\s+(?P<speaker>{_PHRASE})")
_BEFORE = re.compile(
    rf"(?P<speaker>{_PRONOUN}|{_PHRASE})\s+{_ADVERBS}(?P<verb>{_VERB})\b(?!.*\b(?:{_VERB})\b)"
)
_BY = re.compile(
    rf"(?P<verb>reported|stated|announced|posted|said|underscored)\s+(?:in\s+[^,]*?\s+)?by\s+(?P<speaker>{_PHRASE})"
)
_PARTICIPLE = re.compile(rf"\b(?P<verb>(?:{_VERB}))\b(?!.*\b(?:{_VERB})\b)")
_SUBJECT = re.compile(rf"^\s*(?P<speaker>(?:Both\s+[a-z]+)|{_PHRASE})")
_RELATIVE = re.compile(rf"(?P<np>(?:the\s+)?{_NAME})\s*,\s+(?:who|which)\b[^,]*$")
_APPOSITIVE = re.compile(rf"(?P<np>[A-Z][\w’'.-]*\s+[A-Z][\w’'.-]*)\s*,\s+(?:\w+ly\s+)?(?P<verb>{_VERB})\b[^,]*$")
_ACCORDING = re.compile(rf"according to (?P<speaker>{_PHRASE})")
_SOURCE_NOUNS = re.compile(
    r"(?:[Tt]he[^\S\n]+|[Aa][^\S\n]+)?(?:joint[^\S\n]+)?(?:statement|communiqu[ée]|note|message|readout)\b"
    r"(?:[^\S\n]+released[^\S\n]+\w+)?(?:[^\S\n]+(?:by|from)[^\S\n]+(?:the[^\S\n]+)?" + _NAME + r")?"
    r"|(?:the\s+)?(?:[A-Z][\w’'.-]*[^\S\n]+)*(?:Department|Ministry|Bureau|House|Office|Government)\b"
)
_ORG_WORDS = {"department", "ministry", "bureau", "house", "office", "government", "statement",
              "communiqué", "note", "times", "news", "agency", "affairs", "the", "outlet", "both"}
_PERSON = re.compile(r"\b(?:[A-Z][a-zé]+(?:\s+(?:de la|de)\s+)?)(?:\s*[A-Z][a-zé]+)+|\b[A-Z][a-z]{3,}\b")


@dataclass(frozen=True)
class Quote:
    """A direct quotation in an article's body.

    ``text`` excludes the quote marks; ``start``/``end`` are offsets of ``text``
    in ``Article.raw``. ``sentence`` is the index of the body sentence where the
    quote starts. ``speaker`` is the source as written ("Sheinbaum", "the
    statement") with pronouns resolved when simple; ``None`` if not found.
    ``verb`` is the reporting verb ("said", "added", "stressed") or ``None``.
    """

    text: str
    start: int
    end: int
    sentence: int
    speaker: str | None = None
    verb: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end,
                "sentence": self.sentence, "speaker": self.speaker, "verb": self.verb}


@dataclass(frozen=True)
class QuoteMatch:
    """The same quotation in article A and article B.

    ``status`` is ``"same"``, ``"trimmed"`` (B quotes a part of A's words),
    ``"extended"`` (B quotes more) or ``"altered"`` (words changed).
    ``differences`` lists human-readable notes, e.g. ``"speaker: Sheinbaum ->
    the State Department communiqué"``; ``overlap`` is the share of the shorter
    quote's content words found in the other, in [0, 1].
    """

    a: Quote
    b: Quote
    status: str
    overlap: float
    differences: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"status": self.status, "overlap": round(self.overlap, 4), "a": self.a.to_dict(),
                "b": self.b.to_dict(), "differences": list(self.differences)}


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted text inside ``text``: double quotes first, then
    single quotes outside them."""
    spans = [m.span(1) for m in _DOUBLE.finditer(text)]
    taken = [(s - 1, e + 1) for s, e in spans]
    for m in _SINGLE.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            spans.append(m.span(1))
    return sorted(spans)


def _clean_speaker(speaker: str) -> str:
    return re.sub(r"^(?:and|but|as|while|that)\s+", "", speaker.strip(" ,")).strip()


def _is_person(name: str) -> bool:
    words = {w.lower().strip(".’'") for w in name.split()}
    return bool(name[:1].isupper()) and not words & _ORG_WORDS and name.lower() not in {"it", "they"}


def _resolve(speaker: str, context: str, last_person: str | None) -> str:
    low = speaker.lower()
    if low in {"she", "he"}:
        return last_person or speaker
    if low in {"it", "which", "they", "who"}:
        sources = list(_SOURCE_NOUNS.finditer(context))
        if low == "who" or (low in {"they"} and not sources):
            return last_person or speaker
        if sources:
            return sources[-1].group(0).strip()
    return speaker


def _attribution(sentence_start: str, before: str, after: str) -> tuple[str | None, str | None]:
    """Speaker and reporting verb from the text after the quote (up to the next
    quote) or, failing that, before it in the same sentence."""
    for pattern, text in ((_AFTER, after), (_AFTER_INVERTED, after), (_BY, before)):
        m = pattern.search(text)
        if m:
            return _clean_speaker(m.group("speaker")), m.group("verb")
    m = _BEFORE.search(before)
    if m:
        relative = _RELATIVE.search(before[: m.start("verb")])
        if relative:
            return _clean_speaker(relative.group("np")), m.group("verb")
        return _clean_speaker(m.group("speaker")), m.group("verb")
    m = _APPOSITIVE.search(before)
    if m and m.group("verb").endswith("ing"):
        return m.group("np"), m.group("verb")
    m = _PARTICIPLE.search(before)
    if m and m.group("verb").endswith("ing"):
        subject = _SUBJECT.search(sentence_start)
        return (_clean_speaker(subject.group("speaker")) if subject else None), m.group("verb")
    m = _ACCORDING.search(after) or _ACCORDING.search(before)
    if m:
        return _clean_speaker(m.group("speaker")), "according to"
    return None, None


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """Direct quotations in the body of ``article``, in order of appearance."""
    paragraphs: dict[int, list] = {}
    for sentence in article.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    quotes: list[Quote] = []
    last_person: str | None = None
    for sentences in paragraphs.values():
        base = sentences[0].start
        text = article.raw[base:sentences[-1].end]
        for start, end in _spans(text):
            absolute = base + start
            inside = [s for s in sentences if s.start <= absolute < s.end] or [sentences[0]]
            first = inside[0]
            closing = next((s for s in sentences if s.start <= base + end <= s.end), first)
            before = article.raw[first.start:absolute - 1]
            after = article.raw[base + end + 1:closing.end]
            after = re.split(r"[“\"‘]", after)[0]
            speaker, verb = _attribution(article.raw[first.start:], before, after)
            previous = quotes[-1] if quotes else None
            same_sentence = previous is not None and previous.sentence == first.index
            if previous and same_sentence and (not verb or (verb.endswith("ing") and previous.speaker)):
                speaker, verb = previous.speaker, previous.verb  # "..." and "..." share a source
            elif speaker:
                back = article.sentences[max(0, first.index - 2)].start
                speaker = _resolve(speaker, article.raw[back:absolute], last_person)
                if _is_person(speaker):
                    last_person = speaker
            quotes.append(Quote(text[start:end], absolute, base + end, first.index, speaker, verb))
        for sentence in sentences:
            names = [n for n in _PERSON.findall(sentence.text) if _is_person(n)]
            if names and not any(q.sentence == sentence.index and q.speaker for q in quotes):
                last_person = last_person or names[-1]
    return tuple(quotes)


def _words(text: str) -> list[str]:
    return [normalise_word(w) for w in tokens(text)]


def _same_source(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return bool(set(content_stems(a)) & set(content_stems(b)))


def compare_quotes(a: Quote, b: Quote) -> QuoteMatch | None:
    """How quotation ``b`` relates to ``a``; ``None`` if they are different quotes.

    Same quote: at least 60 % of the shorter quote's content words occur in the
    other and they share a run of two words (or the whole of a one-word quote).
    """
    ca, cb = set(content_stems(a.text)), set(content_stems(b.text))
    if not ca or not cb:
        return None
    overlap = len(ca & cb) / min(len(ca), len(cb))
    wa, wb = _words(a.text), _words(b.text)
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    longest = max((block.size for block in matcher.get_matching_blocks()), default=0)
    if overlap < 0.6 or longest < min(2, len(wa), len(wb)):
        return None
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not ops:
        status = "same"
    elif all(op[0] == "delete" for op in ops):
        status = "trimmed"
    elif all(op[0] == "insert" for op in ops):
        status = "extended"
    else:
        status = "altered"
    notes = []
    for tag, i1, i2, j1, j2 in ops:
        if status == "altered" or tag == "replace":
            notes.append(f"{tag}: {' '.join(wa[i1:i2]) or '-'} -> {' '.join(wb[j1:j2]) or '-'}")
    if not _same_source(a.speaker, b.speaker):
        notes.append(f"speaker: {a.speaker} -> {b.speaker}")
    if a.verb and b.verb and a.verb != b.verb:
        notes.append(f"verb: {a.verb} -> {b.verb}")
    return QuoteMatch(a, b, status, overlap, tuple(notes))


def match_quotes(quotes_a: Sequence[Quote], quotes_b: Sequence[Quote]) -> tuple[QuoteMatch, ...]:
    """One-to-one matches of the same quotation across two articles, in A's order.

    Each quote is used at most once; the closest pairs (highest content
    overlap, then longest) are matched first.
    """
    candidates = []
    for i, qa in enumerate(quotes_a):
        for j, qb in enumerate(quotes_b):
            match = compare_quotes(qa, qb)
            if match:
                size = -abs(len(qa.text) - len(qb.text))
                candidates.append((match.overlap, size, -i, -j, match))
    used_a, used_b, matches = set(), set(), []
    for _, _, ni, nj, match in sorted(candidates, key=lambda c: c[:4], reverse=True):
        if -ni not in used_a and -nj not in used_b:
            used_a.add(-ni)
            used_b.add(-nj)
            matches.append((-ni, match))
    return tuple(match for _, match in sorted(matches, key=lambda m: m[0]))
