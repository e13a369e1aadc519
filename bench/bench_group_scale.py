"""Wall time and peak memory of ``group_stories`` from 10,000 to 100,000 articles.

    python bench/bench_group_scale.py                       # 10k, 30k, 100k: one fresh process each
    python bench/bench_group_scale.py --sizes 1000 10000    # other sizes

Workload: the articles of ``bench_throughput.workload`` (ECB+ full texts and
GoogleNews-TS items alternating, cycled as near-duplicate copies, 60 outlets,
one publication date per article spread over a year), built in memory as
``Article`` objects (one sentence per line; reading files is measured by
bench_throughput.py). Each size runs in a fresh child process; the clock covers
``group_stories`` only, the peak resident memory (``ru_maxrss``) the whole child.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SIZES = (10_000, 30_000, 100_000)


def articles(n: int) -> list:
    from bench_throughput import sources, workload

    from mediadiff.models import Article, Sentence

    ecb, news = sources()
    out = []
    for article_id, outlet, published, text in workload(n, ecb, news):
        lines = [line for line in text.split("\n") if line.strip()]
        sentences = tuple(Sentence(i, line, 0, len(line)) for i, line in enumerate(lines))
        out.append(Article(id=article_id, path=f"{article_id}.txt", raw=text, sentences=sentences,
                           outlet=outlet, published=published))
    return out


def measure(n: int, engine: str) -> dict[str, float]:
    from mediadiff.events.grouping import group_stories

    workload = articles(n)
    if engine == "dask":  # a local cluster of two worker processes, started before the clock
        from distributed import Client, LocalCluster

        from mediadiff.scale.grouping import dask_search

        with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as c:
            start = time.perf_counter()
            stories = group_stories(workload, search=dask_search(c))
            seconds = time.perf_counter() - start
    else:
        start = time.perf_counter()
        stories = group_stories(workload)
        seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "stories": len(stories),
        "events": sum(len(s.events) for s in stories),
        "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES)
    parser.add_argument("--engine", default="local")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.engine)))
        return
    print("| articles | stories | events | seconds | peak RSS MiB |\n|---|---|---|---|---|")
    results = []
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--child", str(n), "--engine", args.engine],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        results.append((n, r["seconds"]))
        row = f"| {n:,} | {r['stories']:,} | {r['events']:,} | {r['seconds']:.1f} | {r['maxrss_mib']:.0f} |"
        print(row, flush=True)
    if len(results) > 1:
        xs = [math.log(n) for n, _ in results]
        ys = [math.log(s) for _, s in results]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
        print(f"\ngrowth exponent (least-squares slope of log seconds on log articles): {slope:.2f}")


if __name__ == "__main__":
    main()
