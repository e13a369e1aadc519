"""What Pattern's member of news tone costs: CPU time with the member on and switched off, in one process.

Scores the 5,190 NYT editorial snippets with plain VADER, with mediadiff's news tone and with sentence scoring
as ``score`` does it (``_score_span``), each with Pattern's member (``tone/pattern.py``) on and off (its
function replaced by one returning "no rated word"), interleaved; CPU seconds (``time.process_time``),
median of seven runs of each.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/bench_pattern_cost.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from interleaved import interleaved_medians, print_against  # noqa: E402
from nyt_workloads import PLAIN_VADER, nyt_workloads  # noqa: E402

from mediadiff.tone import sentiment as S  # noqa: E402
from mediadiff.tone.pattern import NO_PATTERN_PARTS  # noqa: E402


def main() -> None:
    texts, plain_vader, tone, scoring = nyt_workloads()
    member = S.pattern_parts

    def switched(on: bool, run):
        def timed() -> None:
            S.pattern_parts = member if on else (lambda *args, **options: NO_PATTERN_PARTS)
            try:
                run()
            finally:
                S.pattern_parts = member
        return timed

    vader = PLAIN_VADER
    runs = {vader: (None, plain_vader),
            "news tone, Pattern's member on": (None, switched(True, tone)),
            "news tone, member off": (None, switched(False, tone)),
            "sentence scoring as `score` does it, member on": (None, switched(True, scoring)),
            "sentence scoring, member off": (None, switched(False, scoring))}
    print_against(interleaved_medians(runs), vader, what=f"{len(texts):,} NYT snippets")

if __name__ == "__main__":
    main()
