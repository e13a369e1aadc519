"""What a change of the news lexicon costs, shared by the cost scripts that swap it (bench_topic_noun_cost.py,
bench_verb_forms_cost.py): CPU time of news tone and of sentence scoring as ``score`` does it (``_score_span``)
with the shipped news lexicon and with the lexicon before the change, swapped outside the clock, interleaved with
plain VADER, in one process, on the 5,190 NYT editorial snippets; CPU seconds (``time.process_time``), median of
seven runs of each. Every cache that holds the lexicon's words is cleared at each swap, here only; so every
timed run reads its tokens cold, and the ratios to plain VADER read higher than in bench_score_speed.py (compare
the two rows of one run, not across scripts)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from interleaved import interleaved_medians, print_against  # noqa: E402
from nyt_workloads import PLAIN_VADER, nyt_workloads  # noqa: E402

from mediadiff.tone import reader  # noqa: E402
from mediadiff.tone import sentiment as S  # noqa: E402


def shipped_news_lexicon() -> dict[str, float]:
    """The news lexicon as scoring reads it (word -> valence used)."""
    return S._analyzer(True).lexicon


def time_against_before(before: dict[str, float], *, shipped_as: str, before_as: str) -> None:
    """Print the five timings: plain VADER, news tone and sentence scoring with the shipped lexicon (``shipped_as``
    names it) and with ``before`` (``before_as``)."""
    texts, plain_vader, tone, scoring = nyt_workloads()
    analyzer = S._analyzer(True)
    shipped = analyzer.lexicon

    def using(words: dict):
        def swap() -> None:
            analyzer.lexicon = words
            for cached in (S._notes, S._listing, S._listable):
                cached.cache_clear()
            reader._RECORDS.clear()  # scoring's per-token records flag the news lexicon's words
        return swap

    vader = PLAIN_VADER
    runs = {vader: (None, plain_vader),
            f"news tone, {shipped_as}": (using(shipped), tone),
            f"news tone, {before_as} (before)": (using(before), tone),
            f"sentence scoring as `score` does it, {shipped_as}": (using(shipped), scoring),
            f"sentence scoring, {before_as} (before)": (using(before), scoring)}
    try:
        print_against(interleaved_medians(runs), vader, what=f"{len(texts):,} NYT snippets")
    finally:
        using(shipped)()
