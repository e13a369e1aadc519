"""Quotations across articles: the same words quoted, trimmed, re-attributed or turned into reported speech.

``extract_quotes`` lists an article's direct quotes (and, on request, its
reported clauses) as found by ``mediadiff.voices.attribute``, the one
attribution every command uses. ``match_quotes`` pairs the same quotation
across two articles and says how it changed: trimmed or extended, words
altered, another speaker, another verb, or a direct quote that the other
outlet gives as reported speech (or the reverse).
"""

from __future__ import annotations

import difflib
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mediadiff.align.similarity import content_stems, normalise_word, tokens
from mediadiff.corpus.grammar import DETERMINERS, OBJECT_PRONOUNS, SUBJECT_PRONOUNS
from mediadiff.corpus.wordtables import table_row
from mediadiff.models import Article
from mediadiff.voices.params import QUOTE_DIFF_EXACT_WORDS, QUOTE_MATCH_MAX_WORDS
from mediadiff.voices.quote_edits import as_written, changes_claim, is_cut, word_edits

# Share of the smaller quote's content stems the other quote must hold to be the same quote.
SHARED_STEMS = 0.6


@dataclass(frozen=True)
class Quote:
    """A direct quotation in an article's body.

    ``text`` excludes the quote marks; ``start``/``end`` are offsets of ``text``
    in ``Article.raw``. ``sentence`` is the index of the body sentence where the
    quote starts. ``speaker`` is the actor the source resolves to ("she" ->
    "Claudia Sheinbaum", "The U.S. State Department" -> "U.S. State
    Department"), else the source as written ("the statement"); ``None`` if
    no source is written.
    ``verb`` is the reporting verb ("said", "added", "stressed") or ``None``.
    ``kind`` is ``direct`` (inside quote marks) or ``reported`` (a clause given
    to the speaker without quote marks).
    """

    text: str
    start: int
    end: int
    sentence: int
    speaker: str | None = None
    verb: str | None = None
    kind: str = "direct"

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "sentence": self.sentence,
                "speaker": self.speaker, "verb": self.verb, "kind": self.kind}


@dataclass(frozen=True)
class QuoteMatch:
    """The same quotation in article A and article B.

    ``status`` is ``"same"``, ``"re-attributed"`` (the same words, given to
    another named speaker), ``"trimmed"`` (B quotes a part of A's words),
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


def extract_quotes(article: Article, *, reported: bool = False) -> tuple[Quote, ...]:
    """Direct quotations in the body of ``article``, in order of appearance, from
    ``mediadiff.voices.attribute``: ``speaker`` is the actor the source resolves
    to ("she" -> "Claudia Sheinbaum"), else the source as written, else ``None``;
    ``verb`` is the cue as written. Quoted words no one is said to speak (scare
    quotes, titles) are included with no speaker. ``reported=True`` adds the reported clauses
    (``kind="reported"``), so a quote one outlet reports and another quotes can be matched.
    """
    from mediadiff.voices.attribution import attribute

    starts = [s.start for s in article.sentences]

    def sentence(start: int) -> int:  # the sentence holding offset ``start``, found by bisection
        k = bisect_right(starts, start) - 1
        return article.sentences[k].index if k >= 0 and start < article.sentences[k].end else 0

    result = attribute(article)
    quotes = [Quote(item.text, item.start, item.end, sentence(item.start), item.speaker or item.source, item.cue,
                    item.kind)
              for item in result if reported or item.kind == "direct"]
    # Scare quotes and titles have no speaker, but two outlets using the same one is worth showing.
    quotes += [Quote(article.raw[s:e], s, e, sentence(s)) for s, e in result.unattributed]
    return tuple(sorted(quotes, key=lambda q: (q.start, q.kind)))


@lru_cache(maxsize=8192)  # a quote is read when indexed, when shortlisted and when compared
def _words(text: str) -> tuple[str, ...]:
    return tuple(normalise_word(w) for w in tokens(text))


@lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    return frozenset(content_stems(text))


def _same_source(a: str | None, b: str | None) -> bool:
    """Whether two speakers may be one source: unknown, or sharing a word, unless both open with a first name and
    the first names differ ("Hillary Clinton" / "Bill Clinton", "Donald Trump" / "Eric Trump")."""
    if not a or not b:
        return True
    if not _stems(a) & _stems(b):
        return False
    words_a, words_b = a.lower().split(), b.lower().split()
    if len(words_a) < 2 or len(words_b) < 2:  # a family name alone ("Clinton") may be either person
        return True
    return words_a[0] == words_b[0] or not (_first_name(words_a[0]) and _first_name(words_b[0]))


def _first_name(word: str) -> bool:
    return table_row("first_names.tsv", word) is not None


def compare_quotes(a: Quote, b: Quote) -> QuoteMatch | None:
    """How quotation ``b`` relates to ``a``; ``None`` if they are different quotes.

    Same quote: at least 60 % of the shorter quote's content words occur in the
    other and they share a run of two words (or the whole of a one-word quote).
    When the speakers differ (no content word in common) or one is not known,
    60 % of the shorter quote's words must also be the other's in order, in
    runs of two words or more (one word only when both quotes are that word):
    another source saying some of the same words is another statement, while
    a quotation re-attributed keeps its wording.

    ``status`` names the main relation: ``"trimmed"`` when A has words B lacks,
    all of them cut at B's ends or where B writes an ellipsis, and at most one
    word in five of B (at least one word) is not in A, so a cut quote with a
    changed word ("narcoterrorists" -> "narcoterrorist") is still trimmed;
    ``"extended"`` the mirror image; ``"altered"`` otherwise: words left out
    inside a quotation with no ellipsis misquote it ("I am not confident" ->
    "I am confident"). Every edit other than the cut (or addition) itself is
    listed in ``differences`` as ``"replace: x -> y"``, ``"insert: - -> y"`` or
    ``"delete: x -> -"``, and so is a cut that takes away (or adds) a negation,
    a number or a name (``quote_edits.changes_claim``).
    """
    ca, cb = _stems(a.text), _stems(b.text)
    if not ca or not cb:
        return None
    overlap = len(ca & cb) / min(len(ca), len(cb))
    # Composed accents: "é" written as "e" + a combining accent would split the word in two ("marti nez").
    text_a, text_b = unicodedata.normalize("NFC", a.text), unicodedata.normalize("NFC", b.text)
    wa, wb = _words(text_a), _words(text_b)
    long_quote = max(len(wa), len(wb)) > QUOTE_DIFF_EXACT_WORDS
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=long_quote)
    longest = max((block.size for block in matcher.get_matching_blocks()), default=0)
    if overlap < SHARED_STEMS or longest < min(2, len(wa), len(wb)):
        return None
    if not (a.speaker and b.speaker and _same_source(a.speaker, b.speaker)) and not _in_order(matcher, wa, wb) \
            and (a.kind == b.kind or not _in_order(None, content_stems(text_a), content_stems(text_b), longer=True)):
        # Another speaker, or one not known: shared words alone do not make one quotation ("a 50% reduction in
        # fentanyl seizures" and another source's "a real reduction in fentanyl trafficking"); the quotation's
        # own wording does, most of the shorter quote in runs of two words or more, in order (a quote
        # re-attributed or left unattributed, trimmed or with a word altered). A direct quote retold as
        # reported speech shifts its pronouns, tense and determiners ("We will never accept these tariffs"
        # -> "her government would never accept the tariffs"): its content words keep their order, most of
        # both quotes' (a few words of a long quote retold are a topic, not the quotation: "the debacle in
        # Maricopa County").
        return None
    if a.kind != b.kind:  # "“We will win,” X said" against "X said they would win": the form changed
        notes = [f"form: {a.kind} -> {b.kind}"] + _source_notes(a, b)
        return QuoteMatch(a, b, f"{a.kind}-to-{b.kind}", overlap, tuple(notes))
    ops, only_a, only_b = word_edits(matcher, wa, wb)
    cuts = {op for op in ops if is_cut(op, text_a, text_b, len(wa), len(wb))}
    if not ops:
        # Same words from two named speakers: the change a reader must see is who says them.
        status = "re-attributed" if _other_speaker(a, b) else "same"
    elif only_a > only_b and only_b <= max(1, len(wb) // 5) \
            and all(op in cuts for op in ops if op[0] == "delete"):
        status = "trimmed"
    elif only_b > only_a and only_a <= max(1, len(wa) // 5) \
            and all(op in cuts for op in ops if op[0] == "insert"):
        status = "extended"
    else:
        status = "altered"
    # The cut (or added) words are what "trimmed" ("extended") says; only the other edits are listed, and a
    # cut that takes away (or adds) a negation, a number or a name, which changes what the quote says.
    expected = {"trimmed": "delete", "extended": "insert"}.get(status)
    notes = [f"{tag}: {as_written(text_a, i1, i2)} -> {as_written(text_b, j1, j2)}"
             for tag, i1, i2, j1, j2 in ops
             if tag != expected or changes_claim(text_a, i1, i2) or changes_claim(text_b, j1, j2)]
    return QuoteMatch(a, b, status, overlap, tuple(notes + _source_notes(a, b)))


def _in_order(matcher: difflib.SequenceMatcher | None, wa: Sequence[str], wb: Sequence[str], *,
              longer: bool = False) -> bool:
    """Whether ``SHARED_STEMS`` of the shorter word sequence (of the ``longer`` when told) is the other's in
    order, in runs of two words or more (one word only when both are that one word); ``matcher`` compares
    ``wa`` with ``wb`` when given."""
    matcher = matcher or difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    shortest_run = min(2, max(len(wa), len(wb)))  # one word is evidence only beside the same one-word quote
    return sum(block.size for block in matcher.get_matching_blocks() if block.size >= shortest_run) \
        >= SHARED_STEMS * (max if longer else min)(len(wa), len(wb))


# A speaker written as a description ("A federal judge", "the company", "chief") beside a name on the other
# side ("Robert Pitman", "Facebook") is most often the same source, named by one outlet only: the note says
# so rather than read as a quotation given to someone else (QA on AllSides: 8 of 12 speaker notes were that).
_DESCRIPTION_OPENERS = (DETERMINERS - {"my", "your"}) | {"one", "another"}


def _described(speaker: str) -> bool:
    first = speaker.split()[0]
    return first[:1].islower() or first.lower() in _DESCRIPTION_OPENERS


# A source that is a pronoun left unresolved ("she said") names no one, as an unwritten source does: two of them,
# "she" / "she", are no evidence of another speaker (qa15 C4: "re-attributed ... speaker: she -> she").
_PRONOUNS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS


def _named(speaker: str | None) -> str | None:
    return None if speaker is None or speaker.lower() in _PRONOUNS else speaker


def _other_speaker(a: Quote, b: Quote) -> bool:
    """Both quotes name their speaker, the speakers differ, and neither is a description of the other's."""
    speaker_a, speaker_b = _named(a.speaker), _named(b.speaker)
    return bool(speaker_a and speaker_b and not _same_source(speaker_a, speaker_b)
                and _described(speaker_a) == _described(speaker_b))


def _source_notes(a: Quote, b: Quote) -> list[str]:
    notes = []
    if not _same_source(_named(a.speaker), _named(b.speaker)):  # both known: an unknown speaker is the same source
        one_named = a.speaker and b.speaker and _described(a.speaker) != _described(b.speaker)
        notes.append(f"speaker: {a.speaker} -> {b.speaker}"
                     + (f" (only {'B' if _described(a.speaker or '') else 'A'} names the speaker; perhaps the same)"
                        if one_named else ""))
    if a.verb and b.verb and a.verb != b.verb:
        notes.append(f"verb: {a.verb} -> {b.verb}")
    return notes


def match_quotes(quotes_a: Sequence[Quote], quotes_b: Sequence[Quote]) -> tuple[QuoteMatch, ...]:
    """One-to-one matches of the same quotation across two articles, in A's order.

    Each quote is used at most once; direct quotes pair with direct quotes
    first, then a direct quote left over may pair with a reported clause of
    the other article (status ``direct-to-reported`` or ``reported-to-direct``);
    the closest pairs (highest content overlap, then longest) are matched first.
    Reported clauses never pair with each other (that is the sentence alignment's job).
    """
    candidates = []
    stems_b = [_stems(q.text) for q in quotes_b]
    holds_a, holds_b = _left_out(quotes_a), _left_out(quotes_b)
    shortlist = _Shortlist([frozenset() if holds else stems for stems, holds in zip(stems_b, holds_b)])
    runs_b: dict[int, tuple[int, set]] = {}
    for i, qa in enumerate(quotes_a):
        if holds_a[i]:
            continue
        stems_a = _stems(qa.text)
        runs_a = _runs(qa.text)
        for j in shortlist.sharing_enough(stems_a):  # only quotes sharing enough content words can be the same
            qb = quotes_b[j]
            if j not in runs_b:
                runs_b[j] = _runs(qb.text)
            if qa.kind == qb.kind == "reported" or len(stems_a & stems_b[j]) / min(len(stems_a), len(stems_b[j])) \
                    < SHARED_STEMS or not _may_share_run(runs_a, runs_b[j]):
                continue
            match = compare_quotes(qa, qb)
            if match:
                size = -abs(len(qa.text) - len(qb.text))
                candidates.append((qa.kind == qb.kind, match.overlap, size, -i, -j, match))
    used_a, used_b, matches = set(), set(), []
    for _, _, _, ni, nj, match in sorted(candidates, key=lambda c: c[:5], reverse=True):
        if -ni not in used_a and -nj not in used_b:
            used_a.add(-ni)
            used_b.add(-nj)
            matches.append((-ni, match))
    return tuple(match for _, match in sorted(matches, key=lambda m: m[0]))


class _Shortlist:
    """The quotes of B that may share ``SHARED_STEMS`` of the smaller stem set with a quote of A.

    A prefix filter (as in set-similarity joins): with the stems of every quote
    ordered rarest first, two sets sharing at least a share t of the smaller
    one share a stem among the first ``len - ceil(t * len) + 1`` stems of the
    smaller set. Each B quote is indexed under its own first stems, and an A
    quote looks up all its stems there plus its own first stems among all of
    B's: every pair that can pass the test is found (then tested exactly),
    without walking the long lists of common words ("said", "government") for
    every quote, which grew with the square of the number of quotes.
    """

    def __init__(self, stems_b: Sequence[frozenset[str]]) -> None:
        self.everywhere: dict[str, list[int]] = {}
        for j, stems in enumerate(stems_b):
            for stem_ in stems:
                self.everywhere.setdefault(stem_, []).append(j)
        self.leading: dict[str, list[int]] = {}
        for j, stems in enumerate(stems_b):
            for stem_ in self._prefix(stems):
                self.leading.setdefault(stem_, []).append(j)

    def _prefix(self, stems: frozenset[str]) -> list[str]:
        ordered = sorted(stems, key=lambda s: (len(self.everywhere.get(s, ())), s))
        return ordered[: len(stems) - _least_shared(len(stems)) + 1]

    def sharing_enough(self, stems_a: frozenset[str]) -> list[int]:
        """Indices (ascending) of the B quotes that may share enough stems with ``stems_a``."""
        if not stems_a:
            return []
        found = {j for s in stems_a for j in self.leading.get(s, ())}  # B the smaller set
        found.update(j for s in self._prefix(stems_a) for j in self.everywhere.get(s, ()))  # A the smaller
        return sorted(found)


def _least_shared(size: int) -> int:
    """The fewest shared stems that make ``SHARED_STEMS`` of a set of ``size`` stems (the test's own division)."""
    return next((k for k in range(1, size + 1) if k / size >= SHARED_STEMS), size)


def _runs(text: str) -> tuple[int, set]:
    """A quote's word count, and its word pairs (its words when it has one): what ``_may_share_run`` compares."""
    words = _words(text)
    return len(words), set(zip(words, words[1:])) if len(words) > 1 else set(words)


def _may_share_run(a: tuple[int, set], b: tuple[int, set]) -> bool:
    """False only when ``compare_quotes`` would find no common run of two words (one for a
    one-word quote): checked on word pairs first, so most pairs never reach the sequence matcher."""
    (na, runs_a), (nb, runs_b) = a, b
    if min(na, nb) == 0:
        return True
    if min(na, nb) == 1:
        words_a = runs_a if na == 1 else {w for pair in runs_a for w in pair}
        words_b = runs_b if nb == 1 else {w for pair in runs_b for w in pair}
        return bool(words_a & words_b)
    return bool(runs_a & runs_b)


def _left_out(quotes: Sequence[Quote]) -> list[bool]:
    """For each quote, whether matching leaves it out: a reported clause holding a direct quote
    (the quote stands for it), or a "quote" longer than ``QUOTE_MATCH_MAX_WORDS`` words."""
    return [holds or len(q.text.split()) > QUOTE_MATCH_MAX_WORDS for q, holds in zip(quotes, _holding(quotes))]


def _holding(quotes: Sequence[Quote]) -> list[bool]:
    """For each quote, whether it is a reported clause holding a direct quote (the quote stands for it)."""
    direct = sorted(q.start for q in quotes if q.kind == "direct")
    return [q.kind == "reported" and bisect_left(direct, q.start) < bisect_left(direct, q.end) for q in quotes]
