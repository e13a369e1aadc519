"""Stage 2, tone: how an article says things: sentiment, hedging and boosting.

- ``sentiment``: VADER with proper names masked
- ``lexicons``: hedge, booster and attribution cue lists (``mediadiff/data/*.tsv``)
- ``certainty``: graded certainty of a sentence in [0, 1] with the cues behind it
- ``scoring``: sentence, article, outlet and comment scores with the cues behind them
- ``stance``: the same fact hedged by one outlet and asserted by another
- ``params``: the tuned parameters of this stage and the data they were chosen on
"""
