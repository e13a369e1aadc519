"""A second partner by word alignment: the other parts of a fact one outlet sums up in one sentence.

One outlet often sums up in one sentence what the other spreads over two or three ("Weekly unemployment
claims fell to 498,000, a new low since the pandemic" against "Applications ... fell to a fresh pandemic
low" and "Initial claims ... fell by 92,000 to 498,000"). The matching pairs the sentence with one of them;
the others share too few stems with it for the tf-idf link floor, so the aligner's joins (which ask the
link floor of every part) leave them dropped or added. That is the largest cause of missed development
gold links (bench/diagnose_missed_links.py, bench/results/align.md).

``join_second_partners``: a sentence still unpaired joins the row of its nearest sentence of the other
article (by link score) as a split or merge part when all of these hold, each a test the aligner already
asks of its rows (no new number):

- the nearest sentence is the single sentence of its side of the row (rows stay one-to-many or
  many-to-one);
- the two share content beyond names and dates and no row holding both was refused (``ClaimRule``);
- the part carries content of the single sentence that the row's other members do not: a content stem
  they share that no member has, and a content word it covers (equivalents counted) that no member covers
  and that is not a plain speech verb (``own_evidence``: "Smith has often said" is no part of "Smith said he
  was aware ..."; the join is justified by content of its own, issue 12; the stem test first, as it is cheap);
- the word-aligned ``sentence_similarity`` of the two reaches the link floor (``claims.words_correspond``), or
  the two report one event and share an argument (``events.reports_one_event``: "Worker filings for jobless
  claims ... fell 92,000 last week" / "Initial claims ... fell by 92,000 to 498,000 in the week ended May 1",
  word similarity 0.19): a part names fewer of the single sentence's words than a pair does;
- the join beats its parts by that measure: the row's word similarity is higher with the part;
- the part gives no other figure for what a member states with the same figure as the single sentence
  (``figurediff.contradicts_carried``: "39 passes ... last season" is no part of "caught 29 passes" beside
  "201 yards on 29 catches");
- the joined row stays sure: its confidence (``evidence.pair_confidence``, which reads what the two
  articles share) is at least ``rows.UNCERTAIN_BELOW``. Without this last test long articles of one topic
  but other events gained wrong parts (ECB+ other-event links 48 -> 62).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from mediadiff.align import evidence
from mediadiff.align.claims import ClaimRule, covered, reading
from mediadiff.align.events import reports_one_event
from mediadiff.align.figurediff import contradicts_carried
from mediadiff.align.rows import UNCERTAIN_BELOW
from mediadiff.align.vectors import Vector, combined, cosine
from mediadiff.align.wordalign import analyse
from mediadiff.voices.verbs import ADJACENT_ONLY, NOUN_TOO, verb_lexicon


def joined_confidence(own: Sequence[str], joined: list[int], single: str, side: str, q: int, va: list[Vector],
                      vb: list[Vector], by_side: dict[str, dict], floor: float) -> float:
    """The confidence the row of ``single`` (sentence ``q`` of the other side) would have with the sentences
    ``joined`` of ``side`` (texts ``own``) as its parts: the evidence of the joined text against the single one,
    with the share of each article's sentences already paired (``evidence.pair_confidence``)."""
    text_a, text_b = (" ".join(own[m] for m in joined), single)[:: 1 if side == "a" else -1]
    vectors, target = (va, vb[q]) if side == "a" else (vb, va[q])
    shared = min((len(by_side["a"]) + (side == "a")) / len(va), (len(by_side["b"]) + (side == "b")) / len(vb))
    return evidence.pair_confidence(
        text_a, text_b, score=cosine(combined([vectors[m] for m in joined]), target), similarity=None,
        paraphrase=None, pairs=evidence.word_pairs(text_a, text_b), floor=floor, parts=len(joined) + 1,
        shared=shared)


class Row(Protocol):
    """A row of the alignment as it is being built: the indices of its A and B sentences."""

    a: list[int]
    b: list[int]


def join_second_partners(rows: Sequence[Row], scores: dict[tuple[int, int], float], va: list[Vector],
                         vb: list[Vector], floor: float, same_claim: ClaimRule) -> None:
    """Join unpaired sentences to the row of their nearest sentence as split or merge parts (rows change in
    place); see the module docstring for when."""
    by_side = {"a": {i: r for r in rows for i in r.a}, "b": {j: r for r in rows for j in r.b}}
    nearest: dict[tuple[str, int], tuple[float, int]] = {}
    for (i, j), score in scores.items():
        if i not in by_side["a"]:
            nearest["a", i] = max(nearest.get(("a", i), (-1.0, 0)), (score, -j))
        if j not in by_side["b"]:
            nearest["b", j] = max(nearest.get(("b", j), (-1.0, 0)), (score, -i))
    texts = {"a": same_claim.texts_a, "b": same_claim.texts_b}
    for (side, k), (_, q) in sorted(nearest.items()):
        q, other_side = -q, "b" if side == "a" else "a"
        row = by_side[other_side].get(q)
        if row is None or len(_members(row, other_side)) > 1:
            continue
        members = _members(row, side)
        own, single = texts[side], texts[other_side][q]
        content, names = reading(single)
        mine = reading(own[k])
        if not (content - names - mine[1]) & mine[0] - frozenset().union(*(reading(own[m])[0] for m in members)):
            continue  # no content word of the single sentence that the part shares and the row does not
        alone = same_claim.row_similarity(*_sides([k], q, side))
        if alone is not None and alone < floor and not reports_one_event(own[k], single):
            continue  # the two alone: their words correspond (None: the same words), or they report one event
        joined = sorted([*members, k])
        before, after = same_claim.row_similarity(*_sides(members, q, side)), \
            same_claim.row_similarity(*_sides(joined, q, side))
        if before is None or (after is not None and after <= before):
            continue  # the join does not beat its parts
        if not own_evidence(own[k], single, [own[m] for m in members]) or \
                contradicts_carried(own[k], single, [own[m] for m in members]):
            continue  # equivalents counted too: nothing of the single sentence the row does not carry already
        confidence = joined_confidence(own, joined, single, side, q, va, vb, by_side, floor)
        if confidence < UNCERTAIN_BELOW or not same_claim(*((k, q) if side == "a" else (q, k))):
            continue
        members[:] = joined
        by_side[side][k] = row


def own_evidence(part: str, single: str, members: Sequence[str]) -> frozenset[int]:
    """Content words of ``single`` (indices into ``wordalign.analyse(single)``) that ``part`` covers (equivalents
    counted) and no sentence of ``members`` does, less the plain speech verbs ("said", "added", "told").

    Every attributed sentence has a speech verb: that two sentences both report someone speaking says nothing
    of what was said ("'You're a Charger one year at a time,' Smith has often said" is no part of "Smith said
    he was aware of Jackson's off-the-field issue"). The speech verbs are the single-word forms of the neutral
    reporting verbs of ``data/reporting_verbs.tsv`` that are not nouns too (``voices.verbs.NOUN_TOO``: "a
    call", "the report" stay content) and not "read".
    """
    new = covered(part, single) - frozenset().union(*(covered(m, single) for m in members))
    words = analyse(single)
    return frozenset(t for t in new if words[t].norm not in _speech_verbs())


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(form for form, entry in verb_lexicon().items()
                     if entry.stance == "neutral" and " " not in form) - NOUN_TOO - ADJACENT_ONLY


def _sides(members: list[int], q: int, side: str) -> tuple[list[int], list[int]]:
    return (members, [q]) if side == "a" else ([q], members)


def _members(row: Row, side: str) -> list[int]:
    return row.a if side == "a" else row.b
