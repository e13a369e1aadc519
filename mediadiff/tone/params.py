"""Every tuned parameter of the tone stage, with the data it was chosen on.

The cue lexicons' weights live with the lists in ``mediadiff/data/*.tsv`` (learned by
bench/learn_hedge_weights.py on WikiWeasel train); figures in bench/README.md.
"""

# Compound scores within +-NEUTRAL_BAND are "neutral": VADER's own convention (Hutto & Gilbert
# 2014), kept so 3-class F1 is comparable with the paper's (bench/bench_sentiment.py).
NEUTRAL_BAND = 0.05
# Cue words listed per score row in text output: a presentation choice, not measured.
TOP_CUES = 5
