"""Sentence alignment between two articles: what B kept, reworded, dropped or added.

``align_sentences`` pairs sentences regardless of their order (outlets
reorder), one to one from the likeliest pair down: paraphrases (MSRP-tuned
``sentence_similarity`` threshold) and, below that, same-fact pairs that are
each other's best counterpart and share a rare name, number or quoted word.
A left-over sentence then joins the pair of its best counterpart when the two
clearly report the same fact (a sentence split in two, or two merged into
one). Last, sentences still unaligned are paired when each is the other's best
remaining counterpart and they share two or more rare content words.
``mediadiff.align.comparison.compare`` wraps that with quote matching and a
per-article summary; ``mediadiff.align.coverage.compare_many`` links facts across
many articles.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mediadiff.align.params import (
    ANCHOR_MAX_SHARE,
    DEFAULT_KEPT_THRESHOLD,
    DEFAULT_SAME_FACT_FLOOR,
    DEFAULT_THRESHOLD,
    IDF_MIX,
    JOIN_FLOOR,
    KEPT_MAX_CONTENT_EDITS,
    RARE_STEM_MAX_SHARE,
    RARE_STEMS_MIN,
)
from mediadiff.align.similarity import (
    DiffOp,
    anchor_keys,
    features,
    score_features,
    sentence_similarity,
    surface_ratio,
    weighted_overlap,
    word_diff,
)
from mediadiff.models import Sentence

Similarity = Callable[[str, str], float]


@dataclass(frozen=True)
class AlignedPair:
    """One row of an alignment.

    ``status`` is ``"kept"``, ``"reworded"``, ``"dropped"`` (``b`` empty) or
    ``"added"`` (``a`` empty). ``a``/``b`` hold one sentence each for a plain
    pair, several for a split or merge (in article order). ``similarity`` is
    ``sentence_similarity`` of the joined texts in [0, 1] (a same-fact pair
    may score below the paraphrase threshold); for dropped/added rows it is the
    best score against any sentence of the other side. ``diff`` turns
    ``a_text`` into ``b_text`` word by word.
    """

    status: str
    a: tuple[Sentence, ...]
    b: tuple[Sentence, ...]
    similarity: float
    diff: tuple[DiffOp, ...]

    @property
    def a_indices(self) -> tuple[int, ...]:
        return tuple(s.index for s in self.a)

    @property
    def b_indices(self) -> tuple[int, ...]:
        return tuple(s.index for s in self.b)

    @property
    def a_text(self) -> str | None:
        return " ".join(s.text for s in self.a) if self.a else None

    @property
    def b_text(self) -> str | None:
        return " ".join(s.text for s in self.b) if self.b else None

    def to_dict(self) -> dict:
        return {
            "status": self.status,
            "a": self.a_text,
            "b": self.b_text,
            "similarity": round(self.similarity, 4),
            "a_index": self.a_indices[0] if self.a else None,
            "b_index": self.b_indices[0] if self.b else None,
            "a_indices": list(self.a_indices),
            "b_indices": list(self.b_indices),
            "diff": [op.to_dict() for op in self.diff],
        }


def _join(sentences: Sequence[Sentence], members: set[int]) -> str:
    return " ".join(sentences[i].text for i in sorted(members))


def candidate_scores(
    a: Sequence[Sentence], b: Sequence[Sentence], *, similarity: Similarity | None = None
) -> dict[tuple[int, int], float]:
    """Similarity of every (a position, b position) pair sharing a content stem.

    Pairs with no content word in common are skipped (they score near 0), which
    keeps long articles and ``compare_many`` tractable.
    """
    index: dict[str, set[int]] = defaultdict(set)
    for j, sentence in enumerate(b):
        for key in features(sentence.text).weights:
            index[key].add(j)
    scores = {}
    for i, sentence in enumerate(a):
        fa = features(sentence.text)
        partners = set().union(*(index.get(key, ()) for key in fa.weights))
        for j in partners:
            if similarity is None:
                scores[i, j] = score_features(fa, features(b[j].text))
            else:
                scores[i, j] = similarity(sentence.text, b[j].text)
    return scores


def local_idf(a: Sequence[Sentence], b: Sequence[Sentence]) -> dict[str, float]:
    """ln(N / df) of every content stem over the N sentences of both articles (0 = in all)."""
    df: Counter[str] = Counter(key for s in (*a, *b) for key in features(s.text).weights)
    n = len(a) + len(b)
    return {key: math.log(n / count) for key, count in df.items()}


def fact_scores(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    scores: dict[tuple[int, int], float],
    *,
    idf: dict[str, float] | None = None,
) -> dict[tuple[int, int], float]:
    """How likely each candidate pair reports the same fact, in [0, 1]; higher is likelier.

    ``(1 - IDF_MIX) * similarity + IDF_MIX * idf-weighted overlap``, with idf
    over the sentences of the two articles (``local_idf``) unless given.
    """
    idf = local_idf(a, b) if idf is None else idf
    return {
        (i, j): (1 - IDF_MIX) * score
        + IDF_MIX * weighted_overlap(features(a[i].text), features(b[j].text), idf)
        for (i, j), score in scores.items()
    }


def _rare_anchor_shared(text_a: str, text_b: str, df: Counter[str], limit: float) -> bool:
    return any(df[key] <= limit for key in anchor_keys(text_a) & anchor_keys(text_b))


def is_trivial_edit(text_a: str, text_b: str, *, kept_threshold: float = DEFAULT_KEPT_THRESHOLD) -> bool:
    """True when B is A with at most trivial edits (typography, a function word, one content word).

    Needs a word-sequence ratio of at least ``kept_threshold``, the same
    numbers on both sides, and at most ``KEPT_MAX_CONTENT_EDITS`` content
    words added, removed or replaced: a changed figure is never trivial.
    """
    if surface_ratio(text_a, text_b) < kept_threshold:
        return False
    fa, fb = features(text_a), features(text_b)
    if fa.numbers != fb.numbers:
        return False
    return max(len(fa.stems - fb.stems), len(fb.stems - fa.stems)) <= KEPT_MAX_CONTENT_EDITS


def _second_pass(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    facts: dict[tuple[int, int], float],
    scores: dict[tuple[int, int], float],
    df: Counter[str],
    floor: float,
    groups: list[tuple[set[int], set[int]]],
    group_of_a: dict[int, int],
    group_of_b: dict[int, int],
    group_score: list[float],
) -> None:
    """Pair still-unaligned sentences that are mutual best among the unaligned and share rare stems."""
    limit = max(2.0, RARE_STEM_MAX_SHARE * (len(a) + len(b)))
    best_a: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    for (i, j), fact in facts.items():
        if i in group_of_a or j in group_of_b:
            continue
        best_a[i] = max(best_a.get(i, (-1.0, -1)), (fact, -j))
        best_b[j] = max(best_b.get(j, (-1.0, -1)), (fact, -i))
    chosen = []
    for i, (fact, neg_j) in best_a.items():
        j = -neg_j
        if fact < floor or -best_b[j][1] != i:
            continue
        shared = features(a[i].text).weights.keys() & features(b[j].text).weights.keys()
        if sum(df[key] <= limit for key in shared) >= RARE_STEMS_MIN:
            chosen.append((i, j))
    for i, j in chosen:
        group_of_a[i] = group_of_b[j] = len(groups)
        groups.append(({i}, {j}))
        group_score.append(scores[i, j])


def align_sentences(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    kept_threshold: float = DEFAULT_KEPT_THRESHOLD,
    same_fact_floor: float = DEFAULT_SAME_FACT_FLOOR,
    similarity: Similarity | None = None,
) -> tuple[AlignedPair, ...]:
    """Align the sentences of A with those of B; every sentence appears in a row.

    A pair is aligned when ``similarity`` (in [0, 1], higher is closer) is at
    least ``threshold`` (a paraphrase), or when it reports the same fact: the
    two sentences are each other's best counterpart, share a rare name, number
    or quoted word, and their fact score (``fact_scores``) is at least
    ``same_fact_floor`` (pass 1.0 to align paraphrases only). Pairs are taken
    one to one, best fact score first; then a left-over sentence may join an
    aligned pair (split/merge); then still-unaligned sentences that are mutual
    best among the unaligned, share ``RARE_STEMS_MIN`` rare content stems and
    reach ``same_fact_floor`` are paired. ``kept_threshold`` is the minimum word-sequence
    ratio for an aligned pair to be "kept" (see ``is_trivial_edit``) instead of
    "reworded". ``similarity`` replaces ``sentence_similarity`` (a callable
    ``(a_text, b_text) -> [0, 1]``). Rows follow A's order; an added B
    sentence comes after the row holding the B sentence before it.
    """
    score_text = similarity or sentence_similarity
    scores = candidate_scores(a, b, similarity=similarity)
    facts = fact_scores(a, b, scores)
    best_of_a: dict[int, tuple[float, int]] = {}
    best_of_b: dict[int, tuple[float, int]] = {}
    for (i, j), fact in facts.items():
        best_of_a[i] = max(best_of_a.get(i, (-1.0, -1)), (fact, -j))
        best_of_b[j] = max(best_of_b.get(j, (-1.0, -1)), (fact, -i))
    # How many sentences of the two articles hold each stem or number at all.
    df: Counter[str] = Counter(key for s in (*a, *b) for key in features(s.text).weights)
    # An anchor found only in the two sentences of the pair is always rare enough.
    anchor_limit = max(2.0, ANCHOR_MAX_SHARE * (len(a) + len(b)))

    def accepted(i: int, j: int) -> bool:
        if scores[i, j] >= threshold:
            return True
        return (
            facts[i, j] >= same_fact_floor
            and -best_of_a[i][1] == j
            and -best_of_b[j][1] == i
            and _rare_anchor_shared(a[i].text, b[j].text, df, anchor_limit)
        )

    groups: list[tuple[set[int], set[int]]] = []
    group_of_a: dict[int, int] = {}
    group_of_b: dict[int, int] = {}
    group_score: list[float] = []
    for (i, j), _ in sorted(facts.items(), key=lambda item: (-item[1], item[0])):
        if i in group_of_a or j in group_of_b or not accepted(i, j):
            continue
        group_of_a[i] = group_of_b[j] = len(groups)
        groups.append(({i}, {j}))
        group_score.append(scores[i, j])
    # Split/merge: a left-over sentence whose best counterpart is aligned joins
    # that group when the two clearly report the same fact. (The former rule,
    # "the concatenation scores MERGE_GAIN better", added 2 wrong links and no
    # right one on the dev gold.)
    for side in ("a", "b"):
        mine, theirs = (group_of_a, group_of_b) if side == "a" else (group_of_b, group_of_a)
        best = best_of_a if side == "a" else best_of_b
        count = len(a) if side == "a" else len(b)
        ranked = []
        for k in range(count):
            if k in mine:
                continue
            partners = [
                (s, j if side == "a" else i)
                for (i, j), s in scores.items()
                if (i if side == "a" else j) == k and (j if side == "a" else i) in theirs
            ]
            if partners:
                ranked.append((max(partners), k))
        for (_, partner), k in sorted(ranked, reverse=True):
            g = theirs[partner]
            own, other = groups[g] if side == "a" else groups[g][::-1]
            if len(other) > 1:
                continue  # a group grows on one side only
            members = own | {k}
            if side == "a":
                score = score_text(_join(a, members), _join(b, other))
            else:
                score = score_text(_join(a, other), _join(b, members))
            fact, best_partner = best.get(k, (0.0, 1))
            if -best_partner in other and fact >= JOIN_FLOOR:
                own.add(k)
                mine[k] = g
                group_score[g] = score
    # Second pass after the joins, so a pair it adds never attracts a join (run
    # before them it let 001:1 pull in a wrong 004:2 on the dev gold).
    if RARE_STEMS_MIN:
        _second_pass(a, b, facts, scores, df, same_fact_floor, groups, group_of_a, group_of_b, group_score)
    best_a: dict[int, float] = defaultdict(float)
    best_b: dict[int, float] = defaultdict(float)
    for (i, j), score in scores.items():
        best_a[i] = max(best_a[i], score)
        best_b[j] = max(best_b[j], score)
    rows: list[tuple[tuple[int, int, int], AlignedPair]] = []
    for (members_a, members_b), score in zip(groups, group_score):
        sa = tuple(a[i] for i in sorted(members_a))
        sb = tuple(b[j] for j in sorted(members_b))
        text_a, text_b = _join(a, members_a), _join(b, members_b)
        status = "kept" if is_trivial_edit(text_a, text_b, kept_threshold=kept_threshold) else "reworded"
        pair = AlignedPair(status, sa, sb, score, word_diff(text_a, text_b))
        rows.append(((min(members_a), 0, min(members_b)), pair))
    for i in range(len(a)):
        if i not in group_of_a:
            pair = AlignedPair("dropped", (a[i],), (), best_a[i], (DiffOp("delete", a[i].text, ""),))
            rows.append(((i, 0, -1), pair))
    for j in range(len(b)):
        if j not in group_of_b:
            before = [k for k in group_of_b if k < j]
            anchor = min(groups[group_of_b[max(before)]][0]) if before else -1
            pair = AlignedPair("added", (), (b[j],), best_b[j], (DiffOp("insert", "", b[j].text),))
            rows.append(((anchor, 1, j), pair))
    return tuple(pair for _, pair in sorted(rows, key=lambda row: row[0]))
