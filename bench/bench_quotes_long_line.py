"""Attribution time on one long line of many quote marks, at doubling sizes: growth must be linear.

Run from the repository root:  python bench/bench_quotes_long_line.py [--limit SECONDS]

Two paths. The command's: the line is written to a file and read with ``load_article`` (sentences capped at
2,000 characters, a repeated sentence set aside), then ``extract_quotes``. The library's: ``find_cues`` on the
whole line, as a caller passing an uncapped sentence would. A cell over ``--limit`` seconds stops its row.
To time another tree, run it with ``PYTHONPATH=<tree>`` (bench/results/hardening.md).
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from pathlib import Path

from mediadiff.corpus.reading import load_article
from mediadiff.voices.cues import find_cues
from mediadiff.voices.quotes import extract_quotes

SIZES_KB = (30, 60, 120, 240)
FILE_LINES = {
    'repeated quote (the mayor said "we will win" and )': 'the mayor said "we will win" and ',
    'repeated quote, inverted ("We will win," said the mayor, )': '"We will win," said the mayor, ',
}
LIBRARY_LINES = {
    "reduced passive, no comma (the worker accused of shooting people )": "the worker accused of shooting people ",
    "reduced passive, comma (the worker accused of shooting people, )": "the worker accused of shooting people, ",
}


def line(unit: str, kb: int) -> str:
    return unit * (kb * 1000 // len(unit))


def through_file(text: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text("A long line\n\n" + text + "\n", encoding="utf-8")
        article = load_article(path)
        started = time.perf_counter()
        extract_quotes(article)
        return time.perf_counter() - started


def through_library(text: str) -> float:
    started = time.perf_counter()
    find_cues(text)
    return time.perf_counter() - started


def row(name: str, unit: str, measure, limit: float) -> str:
    cells, times = [], []
    for kb in SIZES_KB:
        if times and times[-1] > limit:
            cells.append("not run")
            continue
        times.append(measure(line(unit, kb)))
        cells.append(f"{times[-1]:,.2f} s")
    xs = [math.log(kb) for kb in SIZES_KB[: len(times)]]
    ys = [math.log(max(t, 1e-4)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (sum((x - mx) ** 2 for x in xs) or 1)
    return f"| {name} | " + " | ".join(cells) + f" | {slope:.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=60.0, help="seconds after which a row stops growing")
    args = parser.parse_args()
    header = "| line | " + " | ".join(f"{kb} KB" for kb in SIZES_KB) + " | growth exponent |"
    rule = "|---|" + "---|" * (len(SIZES_KB) + 1)
    print("\n### load_article, then extract_quotes\n\n" + header + "\n" + rule)
    for name, unit in FILE_LINES.items():
        print(row(name, unit, through_file, args.limit), flush=True)
    print("\n### find_cues on the whole line\n\n" + header + "\n" + rule)
    for name, unit in LIBRARY_LINES.items():
        print(row(name, unit, through_library, args.limit), flush=True)


if __name__ == "__main__":
    main()
