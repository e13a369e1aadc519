"""How voices attribution scales with the number of distinct titled names in an article ("Mr. X", "Ms. Y").

Two generated articles of the same length (2,400 sentences, about 120 KB): one naming 600 distinct people
by title and surname, one naming 5, each sentence pair "Mr. X said the plan would work. He added that the
vote was close, according to Ms. Y." CPU seconds of ``mediadiff.voices.attribute`` (``time.process_time``),
median of ``--repeats`` runs. Before main 2026-11-25 every "Mr." name shared the index key "mr", so
matching one titled name tried every other: the many-name article cost several times the few-name one.

    python bench/bench_titled_names.py [--names 600] [--repeats 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_compare_speed import as_article  # noqa: E402

from mediadiff.voices import attribute  # noqa: E402


def titled_article(surnames: list[str], pairs: int = 1200):
    texts = []
    for i in range(pairs):
        texts.append(f"Mr. {surnames[i % len(surnames)]} said the plan would work.")
        texts.append(f"He added that the vote was close, according to Ms. {surnames[(i * 7) % len(surnames)]}.")
    return as_article(f"titled-{len(surnames)}", tuple(texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, default=600)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(1)
    surnames = ["".join(rng.choice(string.ascii_lowercase) for _ in range(7)).capitalize() for _ in range(args.names)]
    for label, names in ((f"{args.names} names", surnames), ("5 names", surnames[:5])):
        article = titled_article(names)
        times = []
        for _ in range(args.repeats):
            start = time.process_time()
            attribute(article)
            times.append(time.process_time() - start)
        print(f"{label}: {len(article.raw):,} characters, attribute {statistics.median(times):.2f} s CPU (median of "
              f"{args.repeats})")


if __name__ == "__main__":
    main()
