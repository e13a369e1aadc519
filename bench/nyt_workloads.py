"""The NYT-snippet workloads the tone-cost scripts time against each other, written once.

``nyt_workloads()`` gives the 5,190 NYT editorial snippets and three runs over them: plain VADER
``polarity_scores`` (the issue's yardstick), mediadiff's news tone (``sentence_tone``) and sentence scoring
as ``score`` does it (``_score_span``: tone, cues, hedges, certainty). Each script swaps what it measures
(a lexicon, a member of the tone) around the last two. Needs ``MEDIADIFF_BENCH_DATA`` as ``bench_sentiment``.
"""

from __future__ import annotations

from collections.abc import Callable

from bench_sentiment import read_nyt

from mediadiff.tone import sentiment as S
from mediadiff.tone.lexicons import load_lexicon
from mediadiff.tone.scoring import _score_span

PLAIN_VADER = "plain VADER `polarity_scores`"


def nyt_workloads() -> tuple[list[str], Callable[[], None], Callable[[], None], Callable[[], None]]:
    """(snippets, plain VADER over them, news tone over them, sentence scoring over them)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    texts = [t for _, _, t in read_nyt()]
    lexicon, plain = load_lexicon(), SentimentIntensityAnalyzer()

    def vader() -> None:
        [plain.polarity_scores(t) for t in texts]  # a list, as the scripts timed it before this module

    def tone() -> None:
        for t in texts:
            S.sentence_tone(t)

    def scoring() -> None:
        for t in texts:
            _score_span(t, 0, len(t), index=0, article_id=None, lexicon=lexicon)

    return texts, vader, tone, scoring
