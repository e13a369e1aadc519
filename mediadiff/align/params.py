"""Every tuned parameter of the align stage, with the data it was chosen on.

Rules live in the modules; the numbers a measurement chose live here, so a reader sees at a
glance what is a choice. Figures: bench/README.md and bench/results/align.md.
"""

# ---- Sentence similarity (align/similarity.py)
# Weights of a shared token in the content overlap, by kind. Numbers carry the
# "how much" of a news fact; a heavier weight for names did not help on MSRP.
NAME_WEIGHT = 1.0
NUMBER_WEIGHT = 1.6
WORD_WEIGHT = 1.0
# Blend of the signals: logistic-regression weights fitted on MSRP train
# (4,076 pairs, C=10), divided by the sum of the three overlap weights so two
# identical sentences score exactly 1. Word-bigram overlap counts *against*:
# at equal word overlap, MSRP's non-paraphrases are more often near-copies
# with one detail changed. 10-fold CV F1 on train: 0.828 (content overlap
# alone: 0.815).
CONTENT_WEIGHT = 0.403
ALL_WORDS_WEIGHT = 1.089
BIGRAM_WEIGHT = -0.492
NUMBER_CONFLICT = 0.055
NEGATION_CONFLICT = 0.121
# Extra credit when both sentences quote the same words: the strongest sign
# two outlets report the same statement (not fitted; rare in MSRP).
SHARED_QUOTE_BONUS = 0.25

# ---- Sentence alignment (align/alignment.py)
# Best-F1 threshold of sentence_similarity on MSRP train (bench/bench_msrp.py:
# 0.3932; test F1 0.823). A pair at or above it is a paraphrase and always
# aligned (one to one, best first).
DEFAULT_THRESHOLD = 0.393
# Below that, MSRP "paraphrase" is stricter than "reports the same fact", so a
# pair is also aligned when it is mutually best (each is the other's best
# counterpart), its fact score (below) is at least DEFAULT_SAME_FACT_FLOOR, and it
# shares a rare anchor: a name, number or quoted word in at most
# ANCHOR_MAX_SHARE of the sentences of the two articles. The fact score mixes
# sentence_similarity with an idf-weighted overlap, idf computed over the
# sentences of the two articles (IDF_MIX is the idf share). A left-over
# sentence whose best counterpart is already aligned joins that pair (a split
# or merge) when their fact score is at least JOIN_FLOOR. All four were chosen
# on the dev gold (seed pairs 001/003 and 000/004) only, at the middle of the
# best-F1 plateau; see bench/results/align.md.
DEFAULT_SAME_FACT_FLOOR = 0.15
IDF_MIX = 0.25
ANCHOR_MAX_SHARE = 0.08
JOIN_FLOOR = 0.27
# Second pass: a sentence still unaligned after the first pass and the joins
# is paired with its best still-unaligned counterpart when that choice is mutual, the fact
# score is at least the same-fact floor, and the two share at least
# RARE_STEMS_MIN content stems (any content word, not only names) each found in
# at most max(2, RARE_STEM_MAX_SHARE x N) of the N sentences of the two
# articles (0 disables the pass). Both chosen on the dev gold only (best
# pooled-link F1 with precision >= 0.85); see bench/results/align.md.
RARE_STEMS_MIN = 2
RARE_STEM_MAX_SHARE = 0.10
# Minimum difflib ratio of the word sequences for an aligned pair to be "kept"
# (same sentence with at most trivial edits) rather than "reworded"; a kept pair
# must also state the same numbers and differ by at most KEPT_MAX_CONTENT_EDITS
# content words.
DEFAULT_KEPT_THRESHOLD = 0.85
KEPT_MAX_CONTENT_EDITS = 1

# ---- Coverage of many articles (align/coverage.py)
# Up to this many articles, facts come from the two-article aligner run on every pair.
PAIRWISE_LIMIT = 12
# Stems in more than this share of all sentences are too common to suggest a pair.
COMMON_STEM_SHARE = 0.2

# ---- Two-article summary (align/comparison.py)
# Sentences that make up the lead of an article.
LEAD_SIZE = 3
