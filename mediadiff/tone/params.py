"""Every tuned parameter of the tone stage, with the data it was chosen on.

The cue lexicons' weights live with the lists in ``mediadiff/data/*.tsv`` (learned by
bench/learn_hedge_weights.py on WikiWeasel train); figures in bench/README.md.
"""

# Compound scores within +-NEUTRAL_BAND are "neutral": VADER's own convention (Hutto & Gilbert
# 2014), kept so 3-class F1 is comparable with the paper's (bench/bench_sentiment.py).
NEUTRAL_BAND = 0.05
# Cue words listed per score row in text output: a presentation choice, not measured.
TOP_CUES = 5
# News tone: VADER's summed sentiment is divided by (words / 10) ** LENGTH_EXPONENT for sentences
# over ten words before VADER's own normalisation. Chosen on the NYT editorial snippets with odd
# article ids (Pearson r: exponent 0 -> 0.571, 0.25 -> 0.576, 0.5 -> 0.579, 0.75 -> 0.579, 1 -> 0.575,
# with the news valences); the even ids are held out (bench/bench_sentiment.py).
LENGTH_EXPONENT = 0.5
