"""Sentence-splitting time on pathological lines, at growing sizes: growth must be linear.

Run from the repository root:  python bench/bench_splitter_pathological.py [--quick]

Hostile files put everything on one line: dots, repeated abbreviations, a
long run without spaces. For each kind of line the table gives the time of
``mediadiff.corpus.segment.split_sentences`` at doubling sizes and the
growth exponent (the slope of log time on log size: about 1 is linear,
about 2 quadratic; timings on a shared machine wobble by a few tenths). Baseline,
measured in the same run: the splitter's candidate pattern before the fix
(plain greedy ``[.!?]+`` with a look-ahead, commit dc054ff), which backtracks
over a run of dots from every dot; it is timed at small sizes only, because it
takes 30 s on 60,000 dots.
"""

from __future__ import annotations

import argparse
import math
import re
import time
from collections.abc import Callable

from mediadiff.corpus.segment import split_sentences

LINES: dict[str, Callable[[int], str]] = {
    "dots": lambda n: "." * n,
    "dots and spaces": lambda n: ". " * (n // 2),
    "repeated abbreviation (Mr. )": lambda n: "Mr. " * (n // 4),
    "repeated initialism (U.S. )": lambda n: "U.S. " * (n // 5),
    "initials (A. )": lambda n: "A. " * (n // 3),
    "no spaces (x)": lambda n: "x" * n,
    "mixed marks (.!?)": lambda n: ".!?" * (n // 3) + " A",
    "quote after each dot (.\")": lambda n: '."' * (n // 2) + " A",
    "CJK full stops (。)": lambda n: "。" * n,
}

# The candidate pattern before the fix, for the baseline.
OLD_CANDIDATE = re.compile(
    r"""[.!?]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]*[A-Z0-9À-Ý])""",
    re.VERBOSE,
)


def old_candidates(text: str) -> int:
    return sum(1 for _ in OLD_CANDIDATE.finditer(text))


def best_time(func: Callable[[str], object], text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - started)
    return best


def table(title: str, func: Callable[[str], object], sizes: list[int], repeats: int) -> None:
    print(f"\n### {title}\n")
    print("| line | " + " | ".join(f"{n:,} chars" for n in sizes) + " | growth exponent |")
    print("|---|" + "---|" * (len(sizes) + 1))
    for name, build in LINES.items():
        times = [best_time(func, build(n), repeats) for n in sizes]
        print(f"| {name} | " + " | ".join(f"{t * 1000:,.1f} ms" for t in times) + f" | {exponent(sizes, times)} |")


def exponent(sizes: list[int], times: list[float]) -> str:
    """The least-squares slope of log(time) on log(size): about 1 is linear, about 2 quadratic."""
    points = [(math.log(n), math.log(t)) for n, t in zip(sizes, times) if t > 0]
    if len(points) < 2:
        return "-"
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    slope = (sum((x - mean_x) * (y - mean_y) for x, y in points)
             / sum((x - mean_x) ** 2 for x, _ in points))
    return f"{slope:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes (a few seconds)")
    args = parser.parse_args()
    base = 31_250 if args.quick else 125_000
    sizes = [base * 2**k for k in range(5)]
    table("mediadiff.corpus.segment.split_sentences (whole splitter)", split_sentences, sizes, repeats=3)
    old_sizes = [2_000 * 2**k for k in range(4)]
    table("baseline: the candidate pattern before the fix (pattern only, small sizes)", old_candidates, old_sizes,
          repeats=1)


if __name__ == "__main__":
    main()
