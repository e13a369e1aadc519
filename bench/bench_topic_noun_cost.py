"""What the topic-noun weight (tone/params.py TOPIC_NOUN_WEIGHT) costs: CPU time of news tone and of sentence
scoring as ``score`` does it (``_score_span``) with the shipped news lexicon and with topic nouns at full valence
(the lexicon before), swapped outside the clock, interleaved with plain VADER, in one process, on the 5,190 NYT
editorial snippets; CPU seconds (``time.process_time``), median of seven runs of each. The weight is applied once,
when the lexicon is built, so the two should cost the same.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/bench_topic_noun_cost.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from news_lexicon_cost import shipped_news_lexicon, time_against_before  # noqa: E402

from mediadiff.tone.newsrules import topic_words  # noqa: E402
from mediadiff.tone.params import TOPIC_NOUN_WEIGHT  # noqa: E402


def main() -> None:
    topic = topic_words()
    before = {w: v / TOPIC_NOUN_WEIGHT if w in topic else v for w, v in shipped_news_lexicon().items()}
    time_against_before(before, shipped_as=f"topic nouns x{TOPIC_NOUN_WEIGHT}", before_as="topic nouns at full valence")


if __name__ == "__main__":
    main()
