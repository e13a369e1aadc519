"""CPU timing shared by the cost scripts: runs take turns, so load on a shared machine falls on all alike."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

Run = Callable[[], object]


def interleaved_medians(runs: dict[str, tuple[Run | None, Run]], *, rounds: int = 7) -> dict[str, float]:
    """Median CPU seconds (``time.process_time``) of each ``(prepare, run)`` over ``rounds`` turns, after one
    warm-up turn; ``prepare`` (swapping a lexicon in, say) runs before each ``run``, outside the clock."""
    for prepare, run in runs.values():
        if prepare:
            prepare()
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, (prepare, run) in runs.items():
            if prepare:
                prepare()
            t0 = time.process_time()
            run()
            times[name].append(time.process_time() - t0)
    return {name: statistics.median(values) for name, values in times.items()}


def print_against(medians: dict[str, float], baseline: str, *, what: str, rounds: int = 7) -> None:
    """A Markdown table of the medians and their ratio to ``baseline``'s."""
    print(f"{what}; CPU seconds, median of {rounds} interleaved runs\n")
    print("| what | CPU time | vs plain VADER |\n|---|---|---|")
    for name, value in medians.items():
        print(f"| {name} | {value:.3f} s | {value / medians[baseline]:.2f}x |")
