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
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from mediadiff.align.similarity import content_stems, normalise_word, tokens
from mediadiff.models import Article
from mediadiff.voices.params import QUOTE_DIFF_EXACT_WORDS


@dataclass(frozen=True)
class Quote:
    """A direct quotation in an article's body.

    ``text`` excludes the quote marks; ``start``/``end`` are offsets of ``text``
    in ``Article.raw``. ``sentence`` is the index of the body sentence where the
    quote starts. ``speaker`` is the source as written ("Sheinbaum", "the
    statement") with pronouns resolved when simple; ``None`` if not found.
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
    long_quote = max(len(wa), len(wb)) > QUOTE_DIFF_EXACT_WORDS
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=long_quote)
    longest = max((block.size for block in matcher.get_matching_blocks()), default=0)
    if overlap < 0.6 or longest < min(2, len(wa), len(wb)):
        return None
    if a.kind != b.kind:  # "“We will win,” X said" against "X said they would win": the form changed
        notes = [f"form: {a.kind} -> {b.kind}"] + _source_notes(a, b)
        return QuoteMatch(a, b, f"{a.kind}-to-{b.kind}", overlap, tuple(notes))
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
    return QuoteMatch(a, b, status, overlap, tuple(notes + _source_notes(a, b)))


def _source_notes(a: Quote, b: Quote) -> list[str]:
    notes = []
    if not _same_source(a.speaker, b.speaker):
        notes.append(f"speaker: {a.speaker} -> {b.speaker}")
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
    stems_b = [set(content_stems(q.text)) for q in quotes_b]
    runs_b = [_runs(q.text) for q in quotes_b]
    postings: dict[str, list[int]] = {}
    holds_a, holds_b = _holding(quotes_a), _holding(quotes_b)
    for j in range(len(quotes_b)):
        if not holds_b[j]:
            for stem_ in stems_b[j]:
                postings.setdefault(stem_, []).append(j)
    for i, qa in enumerate(quotes_a):
        if holds_a[i]:
            continue
        stems_a = set(content_stems(qa.text))
        runs_a = _runs(qa.text)
        shared = Counter(j for stem_ in stems_a for j in postings.get(stem_, ()))
        for j in sorted(shared):  # only quotes sharing enough content words can be the same quote
            qb = quotes_b[j]
            if qa.kind == qb.kind == "reported" or shared[j] / min(len(stems_a), len(stems_b[j])) < 0.6 \
                    or not _may_share_run(runs_a, runs_b[j]):
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


def _holding(quotes: Sequence[Quote]) -> list[bool]:
    """For each quote, whether it is a reported clause holding a direct quote (the quote stands for it)."""
    direct = sorted(q.start for q in quotes if q.kind == "direct")
    return [q.kind == "reported" and bisect_left(direct, q.start) < bisect_left(direct, q.end) for q in quotes]
