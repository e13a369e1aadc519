"""Sentence alignment between two articles: what B kept, reworded, dropped or added.

One global alignment, chosen jointly rather than by greedy passes:

1. Each sentence is a tf-idf vector of its content stems, names and numbers,
   idf over the sentences of both articles (``mediadiff.align.vectors``); the
   *link score* of two sentences is the cosine of their vectors, in [0, 1].
   Candidate pairs come from an inverted index on rare terms (no n x m matrix).
2. A maximum-weight one-to-one matching over the candidates scoring at least
   the link floor (weight: score minus floor) picks the pairs
   (``mediadiff.align.matching``): a sentence is never paired greedily with a
   partner another sentence needs more. A candidate must share content beyond
   names and dates, and its words must correspond (its word-aligned
   similarity reaches the floor too; ``mediadiff.align.claims``): the same
   actors on the same day are not the same claim, nor is one shared word;
   nor a candidate that reports another event than a rival candidate does
   (``mediadiff.align.events``).
3. A left-over sentence joins a matched pair as a split or merge only when it
   shares content with the pair's other side on its own (its link score
   reaches the floor) and the joined sentences score higher against that
   side than the pair did without it (the join beats its parts), and it gives
   no other figure for one a part already states the same (``figurediff``).
4. Every row carries its evidence (``mediadiff.align.evidence``): the words
   that correspond, what changed, a certainty change, a confidence, and for a
   dropped or added sentence the nearest sentence of the other article, its
   score and why it was not taken.

``mediadiff.align.comparison.compare`` wraps this with quotes and summaries;
``mediadiff.align.coverage.compare_many`` links facts across many articles.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from mediadiff.align import evidence
from mediadiff.align.claims import ClaimRule
from mediadiff.align.events import other_event_pairs
from mediadiff.align.figurediff import contradicts_carried
from mediadiff.align.matching import max_weight_matching, nearest_partners
from mediadiff.align.params import COINCIDENCE_BELOW, LINK_FLOOR, MAX_SENTENCES
from mediadiff.align.paraphrase import paraphrase_probability
from mediadiff.align.partners import join_second_partners
from mediadiff.align.rows import AlignedPair
from mediadiff.align.similarity import DiffOp, sentence_similarity, word_diff
from mediadiff.align.vectors import (
    Vector,
    candidate_scores,
    combined,
    cosine,
    document_frequency,
    equivalence_index,
    sentence_terms,
    soft_cosine,
    tfidf_vectors,
)
from mediadiff.models import MediadiffError, Sentence

# The link floor is the aligner's threshold (``compare --threshold``).
DEFAULT_THRESHOLD = LINK_FLOOR

Similarity = Callable[[str, str], float]


class TooLongError(MediadiffError):
    """An article has more sentences than the aligner accepts."""


@dataclass
class _Group:
    a: list[int]
    b: list[int]
    rescored: float | None = None  # the link score the second chance gave the pair (equivalent words counted)


def check_length(a: Sequence[Sentence], b: Sequence[Sentence]) -> None:
    """Raise ``TooLongError`` for an article longer than ``MAX_SENTENCES``."""
    for name, side in (("A", a), ("B", b)):
        if len(side) > MAX_SENTENCES:
            raise TooLongError(
                f"article {name} has {len(side):,} sentences; the aligner accepts at most "
                f"{MAX_SENTENCES:,} per article (split it into parts and compare those)")


def link_scores(a: Sequence[Sentence], b: Sequence[Sentence]
                ) -> tuple[dict[tuple[int, int], float], list[Vector], list[Vector]]:
    """Link score (tf-idf cosine, in [0, 1]) of the candidate pairs, and the sentence vectors."""
    terms_a = [sentence_terms(s.text) for s in a]
    terms_b = [sentence_terms(s.text) for s in b]
    df = document_frequency(terms_a + terms_b)
    total = len(terms_a) + len(terms_b)
    vectors = tfidf_vectors(terms_a + terms_b, df, total)  # one call: B's copies of A's sentences share A's vectors
    va, vb = vectors[:len(terms_a)], vectors[len(terms_a):]
    words_a, words_b = [t.words for t in terms_a], [t.words for t in terms_b]
    return candidate_scores(va, vb, df, words_a, words_b), va, vb


def align_sentences(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    *,
    threshold: float = LINK_FLOOR,
    similarity: Similarity | None = None,
) -> tuple[AlignedPair, ...]:
    """Align the sentences of A with those of B; every sentence appears in exactly one row.

    ``threshold`` is the link floor: the least link score (tf-idf cosine, in
    [0, 1]) two sentences need to be paired; pass 1.0 or more to pair nothing
    but identical content. ``similarity`` replaces ``sentence_similarity`` for
    the ``similarity`` shown on kept and reworded rows (a callable
    ``(a_text, b_text) -> [0, 1]``). Rows follow A's order; an added B
    sentence comes after the row holding the B sentence before it. Raises
    ``TooLongError`` beyond ``MAX_SENTENCES`` sentences per article.
    """
    check_length(a, b)
    with cycle_collector_paused():
        return _align(a, b, threshold, similarity or sentence_similarity)


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the duration of one alignment (or comparison).

    Aligning allocates many small objects (word tokens, vectors, cache entries)
    and creates no reference cycles, so the collector finds nothing to free,
    yet its passes over the growing per-sentence caches took about a quarter
    of the time on 1,000-sentence articles (bench/results/align.md).
    Reference counting still frees everything (``compare``, which pauses it
    for the whole comparison, leaves a few hundred objects in cycles on
    1,000-sentence articles, freed at the next collection); the collector's
    previous state is restored afterwards (a caller that disabled it keeps it
    disabled).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _align(a: Sequence[Sentence], b: Sequence[Sentence], threshold: float,
           similarity: Similarity) -> tuple[AlignedPair, ...]:
    scores, va, vb = link_scores(a, b)
    same_claim = ClaimRule([s.text for s in a], [s.text for s in b], threshold)
    same_claim.refuse_other_events(other_event_pairs(scores, same_claim.texts_a, same_claim.texts_b, threshold,
                                                     shares=same_claim.shares))
    soft: dict[tuple[int, int], float] = {}  # the second chance's link scores with equivalent words
    groups = _match(scores, threshold, same_claim)
    groups = _join_better(groups, scores, va, vb, threshold, same_claim)
    groups += _pair_unpaired(groups, scores, va, vb, threshold, same_claim, soft)
    while True:
        # A row whose words do not correspond is refused (asked of rows only: their similarity is shown
        # anyway), and its sentences may pair again with sentences still unpaired.
        refused = [g for g in groups if same_claim.refuse(g.a, g.b)]  # every row asked, not up to the first
        if not refused:
            return _rows(a, b, groups, scores, va, vb, threshold, similarity, same_claim)
        groups = [g for g in groups if all(g is not r for r in refused)]
        groups += _pair_unpaired(groups, scores, va, vb, threshold, same_claim, soft)


def _pair_unpaired(groups: list[_Group], scores: dict[tuple[int, int], float], va: list[Vector],
                   vb: list[Vector], floor: float, same_claim: ClaimRule,
                   soft: dict[tuple[int, int], float]) -> list[_Group]:
    """Pairs among the sentences no group holds: matched (the objective of the first matching), then the
    second chance; then sentences still unpaired may join a row as a second partner (``partners``)."""
    paired_a = {i for g in groups for i in g.a}
    paired_b = {j for g in groups for j in g.b}
    found = _match({(i, j): s for (i, j), s in scores.items() if i not in paired_a and j not in paired_b},
                   floor, same_claim)
    found += _second_chance(groups + found, scores, va, vb, floor, same_claim, soft)
    join_second_partners(groups + found, scores, va, vb, floor, same_claim)  # rows grow in place
    return found


def _second_chance(groups: list[_Group], scores: dict[tuple[int, int], float], va: list[Vector],
                   vb: list[Vector], floor: float, same_claim: ClaimRule,
                   soft: dict[tuple[int, int], float]) -> list[_Group]:
    """Pairs among the sentences still unpaired, scored with equivalent words counted as shared.

    "has repeatedly refused to allow any U.S. military action" and "reiterated
    her country's rejection of any U.S. military intervention" share few stems;
    ``vectors.soft_cosine`` also counts other forms, related words and WordNet
    synonyms. Two unpaired sentences are paired when the rescored link reaches
    the floor and each is the other's nearest sentence among its rescored
    candidates (mutual nearest neighbours: a sentence whose nearest match is
    already taken stays dropped, as it would without the synonyms). So only an
    unpaired sentence with an unpaired candidate can be paired, and only its
    candidate pairs are rescored (about half of those with an unpaired
    sentence on the generated copies; the rest could not change a pairing). A
    pair taken here shows its rescored link score (``_Group.rescored``); the
    other rows keep the plain score in their evidence, so a dropped
    row is not flagged "or reworded as ...?" on synonyms alone. ``soft`` keeps
    the rescored pairs from one call to the next.
    """
    paired_a = {i for g in groups for i in g.a}
    paired_b = {j for g in groups for j in g.b}
    open_pairs = [(i, j) for i, j in scores if i not in paired_a and j not in paired_b]
    open_a, open_b = {i for i, _ in open_pairs}, {j for _, j in open_pairs}
    partners: dict[int, list[int]] = defaultdict(list)
    for i, j in scores:
        if i in open_a or j in open_b:
            partners[j].append(i)
    rescored = {}
    for j, members in partners.items():
        new = [i for i in members if (i, j) not in soft]  # a later call (after a refused row) rescores little
        if new:
            index = equivalence_index(vb[j])  # one at a time: memory stays flat
            soft.update({(i, j): soft_cosine(va[i], vb[j], index) for i in new})
        rescored.update({(i, j): soft[i, j] for i in members})
    nearest_a, nearest_b = nearest_partners(rescored)
    mutual = {(i, j): score for (i, j), score in rescored.items()
              if i not in paired_a and j not in paired_b and nearest_a[i][1] == -j and nearest_b[j][1] == -i}
    taken = _match(mutual, floor, same_claim)
    for g in taken:
        g.rescored = rescored[g.a[0], g.b[0]]
    return taken


def _match(scores: dict[tuple[int, int], float], floor: float, same_claim: ClaimRule) -> list[_Group]:
    """Maximum-weight matching over the pairs reaching ``floor`` that the claim rule accepts."""
    weights = {pair: s - floor + 1e-9 for pair, s in scores.items() if s >= floor and same_claim(*pair)}
    return [_Group([i], [j]) for i, j in max_weight_matching(weights)]


def _join_better(groups: list[_Group], scores: dict[tuple[int, int], float],
                 va: list[Vector], vb: list[Vector], floor: float, same_claim: ClaimRule) -> list[_Group]:
    """Splits and merges, chosen by the same objective as the matching.

    The alignment maximises the sum over its links of (link score - floor).
    A sentence may leave its pair (or its lack of one) to join another group
    as a split or merge part when that raises the sum, when it shares content
    with the group's other side on its own (its link score reaches the floor,
    and it shares content beyond names and dates) and when the joined
    sentences score higher against that side than the group did without it
    (the join beats its parts). Each move raises the sum,
    so the search ends; groups stay one-to-many or many-to-one.
    """
    by_side = {"a": {i: g for g in groups for i in g.a}, "b": {j: g for g in groups for j in g.b}}
    offers: dict[tuple[str, int], list[tuple[float, int]]] = {}
    for (i, j), score in scores.items():
        if score >= floor and same_claim(i, j):
            offers.setdefault(("a", i), []).append((score, j))
            offers.setdefault(("b", j), []).append((score, i))
    # Sorted once (the options never change), and emptied groups are dropped at the end rather
    # than searched for in the list on every move: both kept the search quadratic in article length.
    ranked = {key: sorted(options, reverse=True) for key, options in offers.items()}
    emptied: set[int] = set()
    refused: set[tuple[str, int, tuple[int, ...], tuple[int, ...]]] = set()  # joins that did not beat their parts
    moved = True
    while moved:
        moved = False
        for (side, k), options in ranked.items():
            other_side = "b" if side == "a" else "a"
            here = by_side[side].get(k)
            if here is not None and len(_members(here, other_side)) > 1:
                continue  # the single sentence of a split or merge stays where it is
            current = _link(scores, side, k, _members(here, other_side)[0]) if here else floor
            for score, q in options:
                if score <= current:
                    break
                target = by_side[other_side].get(q)
                if target is None or target is here or len(_members(target, other_side)) > 1:
                    continue
                attempt = (side, k, tuple(target.a), tuple(target.b))  # the same join, the same answer
                own, other = (same_claim.texts_a, same_claim.texts_b)[:: 1 if side == "a" else -1]
                if attempt in refused or not _beats_parts(target, side, k, va, vb) or contradicts_carried(
                        own[k], other[q], [own[m] for m in _members(target, side)]):
                    refused.add(attempt)
                    continue
                if here is not None:
                    _members(here, side).remove(k)
                    if not _members(here, side):
                        emptied.add(id(here))
                        for p in _members(here, other_side):
                            del by_side[other_side][p]
                _members(target, side).append(k)
                _members(target, side).sort()
                by_side[side][k] = target
                moved = True
                break
    return [g for g in groups if id(g) not in emptied]


def _members(group: _Group, side: str) -> list[int]:
    return group.a if side == "a" else group.b


def _link(scores: dict[tuple[int, int], float], side: str, k: int, q: int) -> float:
    return scores[(k, q) if side == "a" else (q, k)]


def _beats_parts(group: _Group, side: str, k: int, va: list[Vector], vb: list[Vector]) -> bool:
    """True when adding sentence k to ``side`` of ``group`` raises that side's cosine with the other side."""
    own, other = (va, vb) if side == "a" else (vb, va)
    target = combined([other[q] for q in _members(group, "b" if side == "a" else "a")])
    members = _members(group, side)
    before = cosine(combined([own[m] for m in members]), target)
    return cosine(combined([own[m] for m in [*members, k]]), target) > before


def _rows(a: Sequence[Sentence], b: Sequence[Sentence], groups: list[_Group],
          scores: dict[tuple[int, int], float], va: list[Vector], vb: list[Vector], floor: float,
          similarity: Similarity, same_claim: ClaimRule) -> tuple[AlignedPair, ...]:
    rows: list[tuple[tuple[int, int, int], AlignedPair]] = []
    # The lesser of the two articles' shares of sentences paired: read by every pair row's confidence.
    shared = min(len({i for g in groups for i in g.a}) / max(1, len(a)),
                 len({j for g in groups for j in g.b}) / max(1, len(b)))
    coincidences: set[int] = set()
    partners: dict[tuple[str, int], tuple[float, int]] = {}  # a demoted row's sentence -> (row score, -partner)
    for g in groups:
        sa, sb = tuple(a[i] for i in g.a), tuple(b[j] for j in g.b)
        score = (g.rescored if g.rescored is not None else scores[g.a[0], g.b[0]] if len(g.a) == len(g.b) == 1
                 else cosine(combined([va[i] for i in g.a]), combined([vb[j] for j in g.b])))
        known = same_claim.row_similarity(g.a, g.b) if similarity is sentence_similarity else None
        shown = similarity if known is None else (lambda _a, _b, known=known: known)  # asked of the row already
        row = _pair_row(sa, sb, score, floor, shown, same_claim.row_similarity(g.a, g.b), shared)
        if row.status == "reworded" and row.confidence < COINCIDENCE_BELOW and len(g.a) + len(g.b) > 2:
            row = _surer_part(g, a, b, scores, floor, similarity, same_claim, shared) or row
        # A reworded row more likely a coincidence than one fact (its confidence reads what the two articles
        # share) is shown as a dropped and an added row that say so (claims.ClaimRule.refuse_coincidence).
        if row.status == "reworded" and same_claim.refuse_coincidence(g.a, g.b, row.confidence):
            coincidences.add(id(g))  # its sentences name the partner they were refused (a second-chance one too)
            partners.update({("a", i): (score, -max(g.b, key=lambda j, i=i: scores.get((i, j), 0.0))) for i in g.a})
            partners.update({("b", j): (score, -max(g.a, key=lambda i, j=j: scores.get((i, j), 0.0))) for j in g.b})
        else:
            rows.append(((g.a[0], 0, g.b[0]), row))
    groups = [g for g in groups if id(g) not in coincidences]
    partner_a = {i: g for g in groups for i in g.a}
    partner_b = {j: g for g in groups for j in g.b}
    nearest_a, nearest_b = nearest_partners(scores)
    for i in range(len(a)):
        if i not in partner_a:
            near = partners.get(("a", i), nearest_a.get(i))
            taken = partner_b.get(-near[1]) if near else None
            refusal = same_claim.refusal(i, -near[1]) if near is not None and near[0] >= floor else None
            row = evidence.unmatched_row("dropped", a[i], near, taken, floor, refusal=refusal,
                                         similarity=same_claim.refused_at(i, -near[1]) if near else None)
            rows.append(((i, 0, -1), row))
    paired_b = sorted(partner_b)
    for j in range(len(b)):
        if j not in partner_b:
            near = partners.get(("b", j), nearest_b.get(j))
            taken = partner_a.get(-near[1]) if near else None
            refusal = same_claim.refusal(-near[1], j) if near is not None and near[0] >= floor else None
            row = evidence.unmatched_row("added", b[j], near, taken, floor, refusal=refusal,
                                         similarity=same_claim.refused_at(-near[1], j) if near else None)
            before = bisect_left(paired_b, j)  # the paired B sentence just before j, if any
            anchor = partner_b[paired_b[before - 1]].a[0] if before else -1
            rows.append(((anchor, 1, j), row))
    return tuple(pair for _, pair in sorted(rows, key=lambda row: row[0]))


def _surer_part(g: _Group, a: Sequence[Sentence], b: Sequence[Sentence], scores: dict[tuple[int, int], float],
                floor: float, similarity: Similarity, same_claim: ClaimRule, shared: float) -> AlignedPair | None:
    """A split or merge more likely a coincidence than one fact may hold one pair its own evidence carries (a
    merge pays for joining; qa14 A7): the row of its best-linked pair when that is no coincidence (the group
    is cut down to it, its other sentences left unpaired), else None."""
    i, j = max(((i, j) for i in g.a for j in g.b), key=lambda pair: scores.get(pair, 0.0))
    words = same_claim.row_similarity((i,), (j,))
    if (i, j) not in scores or not same_claim(i, j) or (words is not None and words < floor):
        return None
    row = _pair_row((a[i],), (b[j],), scores[i, j], floor, similarity, words, shared)
    if row.status == "reworded" and row.confidence < COINCIDENCE_BELOW:
        return None
    g.a[:], g.b[:], g.rescored = [i], [j], None
    return row


def _pair_row(sa: tuple[Sentence, ...], sb: tuple[Sentence, ...], score: float, floor: float,
              similarity: Similarity, word_similarity: float | None, shared: float) -> AlignedPair:
    """A kept or reworded row; ``word_similarity`` is the row's ``sentence_similarity`` (asked of it
    already by the claim rule), what its confidence is read from whatever ``similarity`` shows;
    ``shared`` the lesser of the two articles' shares of sentences paired (``evidence.pair_features``)."""
    text_a = " ".join(s.text for s in sa)
    text_b = " ".join(s.text for s in sb)
    kept = sentence_terms(text_a).words == sentence_terms(text_b).words
    diff = (DiffOp("equal", text_a, text_b),) if text_a == text_b else word_diff(text_a, text_b)
    if kept:
        return AlignedPair("kept", sa, sb, 1.0, diff, score, 1.0, None,
                           "the same words; only punctuation, typography or quote marks differ", paraphrase=1.0)
    pairs, paraphrase = evidence.word_pairs(text_a, text_b), paraphrase_probability(text_a, text_b)
    confidence = evidence.pair_confidence(text_a, text_b, score=score, similarity=word_similarity,
                                          paraphrase=paraphrase, pairs=pairs, floor=floor, parts=len(sa) + len(sb),
                                          shared=shared)
    change = evidence.claim_change(text_a, text_b)
    return AlignedPair(
        "reworded", sa, sb, similarity(text_a, text_b), diff, score, confidence, None,
        evidence.pair_reason(score, floor, len(sa), len(sb)), pairs, evidence.certainty_change(text_a, text_b),
        evidence.stated_paraphrase(paraphrase, change), change,
    )
