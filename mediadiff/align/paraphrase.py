"""Are two sentences paraphrases? A probability from the word alignment and translation metrics.

``sentence_similarity`` is a graded score (how much of each sentence the
other covers). Deciding "same statement or not" needs more than that score:
MSRP's non-paraphrases are mostly near-copies where one side adds a clause, a
figure or a name (Dolan and Brockett 2005). ``paraphrase_probability`` is a
logistic regression over

- the word aligner's signals (``similarity.alignment_signals``: coverage of
  each side, conflicting numbers, opposite words, one-sided negation, names
  on one side only) and the information left unaligned on each side, in
  absolute terms (a long added clause weighs more than a short one);
- machine-translation metrics computed offline, as Madnani et al. (2012) used
  them: BLEU-like n-gram precisions, a METEOR-like alignment F-mean with a
  fragmentation penalty (the links of ``wordalign``: stems and WordNet
  synonyms), a TER-like word edit rate, and the length difference.

Its coefficients are in ``align.params.PARAPHRASE_MODEL`` (fitted on MSRP
train by ``bench/learn_paraphrase.py``). Cost: the word alignment is shared
with ``sentence_similarity`` (cached per pair), plus about 0.2 ms of counting (MSRP test pairs).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from mediadiff.align.params import PARAPHRASE_MODEL
from mediadiff.align.similarity import alignment_signals, overlap_similarity
from mediadiff.align.wordalign import WordToken, align_tokens, analyse


def _ngram_overlap(seq_a: list[str], seq_b: list[str], n: int) -> tuple[float, float]:
    """(smaller, larger) of the two sides' shares of n-grams found in the other (clipped counts)."""
    grams_a = Counter(zip(*(seq_a[k:] for k in range(n))))
    grams_b = Counter(zip(*(seq_b[k:] for k in range(n))))
    shared = sum((grams_a & grams_b).values())
    pa = shared / max(1, sum(grams_a.values()))
    pb = shared / max(1, sum(grams_b.values()))
    return min(pa, pb), max(pa, pb)


def _edit_distance(length_a: int, matches: list[int]) -> int:
    """Levenshtein distance between a sequence of ``length_a`` items and one whose item j
    matches the items of A set in the bit mask ``matches[j]`` (any match relation).

    Bit-parallel (Myers 1999, in Hyyro's formulation for global distance): one
    pass of integer operations per item of B instead of a table of len(A) x len(B).
    """
    if not length_a:
        return len(matches)
    full, high = (1 << length_a) - 1, 1 << (length_a - 1)
    plus, minus, distance = full, 0, length_a
    for eq in matches:
        xv = eq | minus
        xh = (((eq & plus) + plus) ^ plus) | eq
        ph = (minus | ~(xh | plus)) & full
        mh = plus & xh
        distance += 1 if ph & high else -1 if mh & high else 0
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        plus = (mh | ~(xv | ph)) & full
        minus = ph & xv
    return distance


def _edit_rate(seq_a: list[str], seq_b: list[str]) -> float:
    """Word-level Levenshtein distance divided by the mean length (TER without shifts)."""
    if not seq_a or not seq_b:
        return 1.0 if seq_a or seq_b else 0.0
    positions: dict[str, int] = {}
    for i, word in enumerate(seq_a):
        positions[word] = positions.get(word, 0) | 1 << i
    return _edit_distance(len(seq_a), [positions.get(word, 0) for word in seq_b]) / ((len(seq_a) + len(seq_b)) / 2)


def _aligned_edit_rate(len_a: int, len_b: int, links: tuple[tuple[int, int, str, float], ...]) -> float:
    """Word edit distance where two words match when the word aligner links them, over the mean length.

    TER-plus-like (Snover et al. 2009): a stem or synonym is not an edit.
    """
    if not len_a or not len_b:
        return 1.0 if len_a or len_b else 0.0
    matches = [0] * len_b
    for i, j, _, _ in links:
        matches[j] |= 1 << i
    return _edit_distance(len_a, matches) / ((len_a + len_b) / 2)


def _longest_unaligned_run(tokens: tuple[WordToken, ...], linked: set[int]) -> int:
    """Most consecutive words without a counterpart: an added clause is one long run."""
    best = run = 0
    for token in tokens:
        run = 0 if token.index in linked else run + 1
        best = max(best, run)
    return best


def _meteor(ta: tuple[WordToken, ...], tb: tuple[WordToken, ...],
            links: tuple[tuple[int, int, str, float], ...]) -> tuple[float, float]:
    """(F-mean of the linked words' precision and recall, fragmentation penalty), METEOR-style.

    Matches are the word aligner's links (same word, stem, related word,
    synonym), each counted by its strength; a chunk is a run of links
    adjacent on both sides. Symmetric: the harmonic mean of both sides' recall.
    """
    if not links or not ta or not tb:
        return 0.0, 1.0
    matched = sum(score for _, _, _, score in links)
    recall_a, recall_b = matched / len(ta), matched / len(tb)
    fmean = 2 * recall_a * recall_b / (recall_a + recall_b)
    ordered = sorted((i, j) for i, j, _, _ in links)
    chunks = 1 + sum(1 for (i0, j0), (i1, j1) in zip(ordered, ordered[1:]) if not (i1 == i0 + 1 and j1 == j0 + 1))
    return fmean, 0.5 * (chunks / len(links)) ** 3


def _unaligned(tokens: tuple[WordToken, ...], linked: set[int]) -> tuple[float, int, int]:
    """(information, content words, names and numbers) of one side left without a counterpart."""
    left = [t for t in tokens if t.is_content and t.index not in linked]
    return (sum(t.weight for t in left), len(left),
            sum(1 for t in left if t.kind in ("name", "number") or t.text[:1].isupper()))


@lru_cache(maxsize=8192)
def paraphrase_features(a: str, b: str) -> tuple[float, ...]:
    """The inputs of ``paraphrase_probability``, symmetric in ``a`` and ``b`` (names in FEATURE_NAMES)."""
    sig = alignment_signals(a, b)
    ta, tb = analyse(a), analyse(b)
    links = align_tokens(a, b)
    linked_a, linked_b = {i for i, _, _, _ in links}, {j for _, j, _, _ in links}
    info_a, count_a, names_a = _unaligned(ta, linked_a)
    info_b, count_b, names_b = _unaligned(tb, linked_b)
    runs = sorted((_longest_unaligned_run(ta, linked_a), _longest_unaligned_run(tb, linked_b)))
    words_a, words_b = [t.norm for t in ta], [t.norm for t in tb]
    stems_a = [min(t.stems) if t.stems else t.norm for t in ta]
    stems_b = [min(t.stems) if t.stems else t.norm for t in tb]
    grams = []
    for n in (1, 2, 3, 4):
        grams.extend(_ngram_overlap(words_a, words_b, n))
    for n in (1, 2):
        grams.extend(_ngram_overlap(stems_a, stems_b, n))
    fmean, fragmentation = _meteor(ta, tb, links)
    shorter, longer = sorted((len(ta), len(tb)))
    return (
        sig.coverage, min(sig.coverage_a, sig.coverage_b), max(sig.coverage_a, sig.coverage_b),
        float(sig.number_conflict), float(sig.antonym), float(sig.negation_conflict), sig.name_conflict,
        overlap_similarity(a, b),
        math.log1p(min(info_a, info_b)), math.log1p(max(info_a, info_b)),
        float(min(count_a, count_b)), float(max(count_a, count_b)),
        float(min(names_a, names_b)), float(max(names_a, names_b)),
        *grams,
        fmean, fmean * (1 - fragmentation),
        _edit_rate(words_a, words_b), _aligned_edit_rate(len(ta), len(tb), links),
        float(runs[0]), float(runs[1]),
        (longer - shorter) / max(1, longer), math.log1p(longer - shorter), math.log1p(longer),
    )


FEATURE_NAMES = (
    "coverage", "coverage_least", "coverage_most", "number_conflict", "antonym", "negation_conflict",
    "name_conflict", "surface_overlap", "log_unaligned_info_least", "log_unaligned_info_most",
    "unaligned_words_least", "unaligned_words_most", "unaligned_names_least", "unaligned_names_most",
    *(f"{unit}{n}_{side}" for unit, n in (("word", 1), ("word", 2), ("word", 3), ("word", 4), ("stem", 1),
                                          ("stem", 2)) for side in ("least", "most")),
    "meteor_fmean", "meteor", "edit_rate", "aligned_edit_rate",
    "unaligned_run_least", "unaligned_run_most", "length_gap_share", "log_length_gap", "log_length",
)


def paraphrase_probability(a: str, b: str) -> float:
    """Probability in [0, 1] that ``a`` and ``b`` state the same thing (an MSRP-style paraphrase).

    1.0 for the same text. Paraphrase when at least
    ``PARAPHRASE_MODEL.threshold`` (chosen on MSRP train). See the module docstring.
    """
    if a == b:
        return 1.0 if a.strip() else 0.0
    model = PARAPHRASE_MODEL
    z = model.intercept + sum(w * x for w, x in zip(model.weights, paraphrase_features(a, b)))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
