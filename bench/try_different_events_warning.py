"""Could `compare` warn that two articles report different events? What its output says on ECB+ dev pairs.

ECB+ development topics (1-35): 150 random pairs of documents of one event and 150 of one topic but different
events (seed 0), each document read from its gold sentences as `bench/bench_ecbplus.py` reads it and compared
with `mediadiff.compare` as shipped. Prints quantiles of the share of both articles' sentences the aligner
links and of the best link score. Result and decision in bench/results/align.md (not built: they overlap).

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/try_different_events_warning.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_ecbplus import TEST_TOPICS, load  # noqa: E402

from mediadiff import compare  # noqa: E402
from mediadiff.corpus.cleaning import clean_text  # noqa: E402

PAIRS = 150


def main() -> None:
    random.seed(0)
    dev = [d for d in load() if d[0] < TEST_TOPICS.start]
    by_topic: dict[int, list[int]] = {}
    for i, (topic, _, _) in enumerate(dev):
        by_topic.setdefault(topic, []).append(i)
    same, other = [], []
    for members in by_topic.values():
        pairs = [(a, b) for a in members for b in members if a < b]
        random.shuffle(pairs)
        for a, b in pairs:
            (same if dev[a][1] == dev[b][1] else other).append((a, b))
    articles = {i: clean_text(text, article_id=f"d{i}", path="-") for i, (_, _, text) in enumerate(dev)}

    def linked(a: int, b: int) -> tuple[float, float, int]:
        result = compare(articles[a], articles[b])
        links = [p for p in result.pairs if p.a_indices and p.b_indices]
        n_a = len({i for p in links for i in p.a_indices})
        n_b = len({j for p in links for j in p.b_indices})
        share = (n_a + n_b) / (len(articles[a].sentences) + len(articles[b].sentences))
        return share, max((p.similarity or 0.0 for p in links), default=0.0), len(links)

    samples = (("same event", random.sample(same, PAIRS)), ("same topic, other event", random.sample(other, PAIRS)))
    for name, pairs in samples:
        rows = [linked(a, b) for a, b in pairs]
        for k, label in enumerate(("linked share", "best link score")):
            v = sorted(r[k] for r in rows)
            quantiles = " / ".join(f"{v[int(q * len(v))]:.2f}" for q in (0.1, 0.25, 0.5, 0.75, 0.9))
            print(f"{name}, {label} p10 / p25 / median / p75 / p90: {quantiles}")
        print(f"{name}: {sum(r[2] == 0 for r in rows)} of {len(rows)} pairs link nothing")


if __name__ == "__main__":
    main()
