"""The quote extractor of mediadiff before voices/ (quotes.py at commit 47931e1, imports adjusted):
the baseline bench/bench_polnear.py measures beside mediadiff.voices in the same run. Frozen; not used by
the package."""
from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from mediadiff.align.similarity import content_stems, normalise_word, tokens
from mediadiff.models import Article

_DOUBLE = re.compile(r"[“\"](?=\S)([^“”\"\n]+?)(?<=\S)[”\"]")
_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=\S)([^‘’'\n]+?|[^‘’\n]*?\w[’'][^\s’'][^‘’\n]*?)(?<=\S)[’'](?![\w])")
# Base forms serve infinitives ("to reaffirm"); nouns that double as verbs
# ("statement", "note", "demand", "state") are left out so they never act as verbs.
REPORTING_VERBS = (
    "said says say saying told telling tells tell added adds adding stated states stating claimed "
    "claims claiming stressed stresses stressing stress noted notes noting emphasized emphasised "
    "emphasizes emphasizing emphasize highlighted highlighting reiterated reiterating reiterate "
    "explained explains concluded declared declaring declare insisted insist warned warning warn "
    "argued wrote tweeted posted announced affirmed reaffirmed reaffirming reaffirm acknowledged "
    "acknowledging acknowledge mentioned described demanded demanding underscored asserted remarked "
    "continued maintained urged threatened discussed criticized criticised reported"
).split() + ["calls for", "called for", "calling for", "call for"]
_VERB = "|".join(v.replace(" ", r"\s+") for v in REPORTING_VERBS)
_VERB_RE = re.compile(rf"\b(?:{_VERB})\b")
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|the\s+|for\s+|de\s+la\s+|de\s+|and\s+)?[A-Z][\w’'.-]*)*"
_PHRASE = rf"(?:[Tt]he|[Tt]his|[Tt]hese)\s+[a-z]+\b|(?:[Tt]he\s+|[Bb]oth\s+)?{_NAME}"
_PRONOUN = r"[Ss]he|[Hh]e|[Ii]t|[Tt]hey|which|who"
_ADVERBS = r"(?:(?:\w+ly|also|then|has|had|have|went on to)\s+){0,3}"
_AFTER = re.compile(rf"^[\s,.:;–—-]*(?P<speaker>{_PRONOUN}|{_PHRASE})\s+{_ADVERBS}(?P<verb>{_VERB})\b")
_AFTER_INVERTED = re.compile(rf"^[\s,.:;–—-]*(?P<verb>{_VERB})\s+(?P<speaker>{_PHRASE})")
_ADJACENT = re.compile(rf"(?P<speaker>{_PRONOUN}|{_PHRASE})\s+{_ADVERBS}$")
_BY_AGENT = re.compile(rf"\s+(?:in\s+[^,]*?\s+)?by\s+(?P<speaker>{_PHRASE})")
_PASSIVE_AGENT = re.compile(rf"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?\w+ed\b[^,]*?\bby\s+[^,]*?"
                            rf"(?P<speaker>(?:the\s+)?{_NAME})\s*,")
_RELATIVE = re.compile(r",\s+(?P<pronoun>who|which)\b[^,]*$")
_NP_END = re.compile(rf"(?:{_PHRASE})\s*$")
_NESTED = re.compile(rf"\bthat\s+they\s+{_ADVERBS}$")
# Infinitive ("to reaffirm"), coordinated predicate ("and stressed") or an
# appositive between subject and verb ("This directive, issued ..., calls for").
_DEPENDENT = re.compile(rf"(?:\bto|\band|^\s*(?:{_PHRASE})\s*,[^,]*,)\s+{_ADVERBS}$")
_SUBJECT = re.compile(rf"\s*(?P<speaker>Both\s+[a-z]+|{_PHRASE})")
_LEADERS = {"in", "on", "at", "earlier", "later", "speaking", "while", "as", "after", "before", "however",
            "despite", "during", "shortly", "when", "since", "although", "meanwhile", "last"}
_ACCORDING = re.compile(rf"according to (?P<speaker>{_PHRASE})")
_SOURCE_NOUNS = re.compile(
    r"(?:[Tt]he[^\S\n]+|[Aa][^\S\n]+)?(?:joint[^\S\n]+)?(?:statement|communiqu[ée]|note|message|readout)\b"
    r"(?:[^\S\n]+released[^\S\n]+\w+)?(?:[^\S\n]+(?:by|from)[^\S\n]+(?P<org>(?:the[^\S\n]+)?" + _NAME + r"))?"
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
    ``"extended"`` (B quotes more) or ``"altered"`` (words changed); a trimmed
    or extended quote may also have a changed word, listed in ``differences``
    (see ``compare_quotes``).
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


def _mask(text: str) -> str:
    """``text`` with the words inside quotation marks replaced by "…", so that a
    verb inside an earlier quote is never taken as a reporting verb."""
    for start, end in reversed(_spans(text)):
        text = text[:start] + "…" + text[end:]
    return text


def _clean_speaker(speaker: str) -> str:
    speaker = re.split(r"(?<=[a-z]{2})\.\s|\n", speaker)[0]  # a name never runs into the next sentence
    return re.sub(r"^(?:and|but|as|while|that|however)\s+", "", speaker.strip(" ,"), flags=re.I).strip()


def _is_person(name: str) -> bool:
    words = {w.lower().strip(".’'") for w in name.split()}
    return bool(name[:1].isupper()) and not words & _ORG_WORDS and name.lower() not in {"it", "they"}


def _source(match: re.Match) -> str:
    """"a statement from the State Department" speaks for the State Department."""
    return _clean_speaker(match.group("org") or match.group(0))


def _resolve(speaker: str, context: str, last_person: str | None) -> str:
    low = speaker.lower()
    sources = list(_SOURCE_NOUNS.finditer(context)) if low in {"it", "which", "they"} else []
    if low in {"she", "he", "who"} or (low == "they" and not sources):
        return last_person or speaker
    return _source(sources[-1]) if sources else speaker


def _relative(text: str, pronoun: str) -> str:
    """The head of "<text>, who/which": the noun phrase just before the comma;
    "who" takes the nearest of coordinated names ("Trump and Sheinbaum, who"),
    "which" skips people for the last statement or institution named."""
    np = _NP_END.search(text)
    if np and pronoun == "who":
        return re.split(r"\s+and\s+", np.group(0).strip())[-1]
    if np and not _is_person(np.group(0).strip()):
        return np.group(0).strip()
    sources = list(_SOURCE_NOUNS.finditer(text))
    return _source(sources[-1]) if sources and pronoun == "which" else pronoun


def _sentence_subject(sentence: str) -> str | None:
    """The grammatical subject of a sentence, skipping leading adverbials
    ("Earlier in the week, on January 11, Secretary Rubio ...")."""
    pos = 0
    for _ in range(4):
        m = _SUBJECT.match(sentence, pos)
        if m and m.group("speaker").split()[0].lower() not in _LEADERS:
            return _clean_speaker(m.group("speaker"))
        pos = sentence.find(",", pos) + 1
        if not pos:
            break
    return None


def _reporting(before: str, sentence: str) -> tuple[str | None, str] | None:
    """Speaker and verb of the last reporting verb in ``before`` (the sentence up
    to the quote, earlier quotes masked); ``None`` if it has no reporting verb."""
    verbs = list(_VERB_RE.finditer(before))
    if not verbs:
        return None
    verb, head = verbs[-1], before[: verbs[-1].start()]
    name = re.sub(r"\s+", " ", verb.group(0))
    if len(verbs) > 1 and _NESTED.search(head) and not re.search(r"[,.;]", before[verbs[-2].end():verb.start()]):
        return _reporting(before[: verbs[-2].end()], sentence)  # "X noted that they acknowledged that ..."
    agent = _BY_AGENT.match(before, verb.end())
    if agent:
        return _clean_speaker(agent.group("speaker")), name
    adjacent = _ADJACENT.search(head)
    relative = _RELATIVE.search(head)
    if adjacent and re.search(r"\b(?:of|in|at|on|to|for|with|from|after|during|over)\s+$", head[: adjacent.start()]):
        adjacent = None  # "who at the end of the call stated": an object, not the subject
    if adjacent and adjacent.group("speaker") not in {"which", "who"}:
        return _clean_speaker(adjacent.group("speaker")), name
    if relative:
        return _relative(head[: relative.start()], relative.group("pronoun")), name
    if name.endswith("ing") or _DEPENDENT.search(head):
        passive = _PASSIVE_AGENT.search(head)  # "was dismissed by X, telling ..."
        return (_clean_speaker(passive.group("speaker")) if passive else _sentence_subject(sentence)), name
    return None


def _attribution(sentence: str, before: str, after: str) -> tuple[str | None, str | None]:
    """Speaker and reporting verb from the text after the quote (up to the next
    quote) or, failing that, before it in the same sentence."""
    for pattern in (_AFTER, _AFTER_INVERTED):
        m = pattern.search(after)
        if m:
            return _clean_speaker(m.group("speaker")), m.group("verb")
    found = _reporting(before, sentence)
    if found:
        return found
    m = _ACCORDING.search(after) or _ACCORDING.search(before)
    if m:
        return _clean_speaker(m.group("speaker")), "according to"
    return None, None


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """Direct quotations in the body of ``article``, in order of appearance.

    A sentence made of quotations only ('"X," and "Y."') continues the speech
    reported in the sentence before it ("However, she added, ...").
    """
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
            before = _mask(article.raw[first.start:absolute - 1])
            after = re.split(r"[“\"‘]", article.raw[base + end + 1:closing.end])[0]
            sentence_text = _mask(article.raw[first.start:closing.end])
            speaker, verb = _attribution(sentence_text, before, after)
            previous = quotes[-1] if quotes else None
            same_sentence = previous is not None and previous.sentence == first.index
            if not verb and first.index and re.fullmatch(r"(?:[\W\s]|\b(?:and|but|or)\b)*", sentence_text):
                prior = _mask(article.sentences[first.index - 1].text)
                speaker, verb = _reporting(prior, prior) or (None, None)
            if previous and same_sentence and (not verb or (verb.endswith("ing") and previous.speaker)):
                speaker, verb = previous.speaker, verb or previous.verb  # "..." and "..." share a source
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

    ``status`` names the main relation: ``"trimmed"`` when A has words B lacks
    and at most one word in five of B (at least one word) is not in A, so a cut
    quote with a changed word ("narcoterrorists" -> "narcoterrorist") is still
    trimmed; ``"extended"`` the mirror image; ``"altered"`` otherwise. Every
    edit other than the cut (or addition) itself is listed in ``differences``
    as ``"replace: x -> y"``, ``"insert: - -> y"`` or ``"delete: x -> -"``.
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
    shared = sum(block.size for block in matcher.get_matching_blocks())
    only_a, only_b = len(wa) - shared, len(wb) - shared
    if not ops:
        status = "same"
    elif only_a > only_b and only_b <= max(1, len(wb) // 5):
        status = "trimmed"
    elif only_b > only_a and only_a <= max(1, len(wa) // 5):
        status = "extended"
    else:
        status = "altered"
    # The cut (or added) words are what "trimmed" ("extended") says; only the other edits are listed.
    expected = {"trimmed": "delete", "extended": "insert"}.get(status)
    notes = [f"{tag}: {' '.join(wa[i1:i2]) or '-'} -> {' '.join(wb[j1:j2]) or '-'}"
             for tag, i1, i2, j1, j2 in ops if tag != expected]
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
