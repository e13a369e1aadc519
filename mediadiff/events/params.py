"""Every tuned parameter of the events stage, with the data it was chosen on.

Figures: bench/README.md and bench/results/events.md.
"""

# ---- Grouping (events/grouping.py)
# Mean cosine similarity in [0, 1] two groups need to be merged; higher gives more,
# smaller events. Tuned on ECB+ topics 1-35 (see bench/results/events.md).
DEFAULT_THRESHOLD = 0.20

# Each article keeps at most max(MAX_NEIGHBOURS, EDGE_BUDGET / n) most similar partners in
# the similarity graph, so the graph holds at most about EDGE_BUDGET pairs for small corpora
# and 50 per article for large ones: memory stays linear even when every article resembles
# every other (templated or near-duplicate texts). A tighter cap costs accuracy on very big
# stories (GoogleNews-TS with 50 for all: ACC 0.94 -> 0.81), hence the budget.
EDGE_BUDGET = 2_000_000
MAX_NEIGHBOURS = 50
# Weight of the name and number tf-idf blocks beside the word block (1.0: as heavy as words;
# bench/bench_ecbplus.py reports the ECB+ figures they give).
NAME_WEIGHT = 1.0
NUMBER_WEIGHT = 1.0

# ---- Labels (events/labels.py)
# How many shared names and other words an event's label shows: enough to tell events
# of one story apart, short enough for a table cell (a presentation choice, not measured).
NAMES_IN_LABEL = 3
WORDS_IN_LABEL = 2
