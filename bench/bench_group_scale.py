"""Wall time and peak memory of group_texts for 1,000 to 10,000 articles.

    python bench/bench_group_scale.py

Workload: all 982 ECB+ full-text articles, topped up with GoogleNews-TS items
(title + snippet) to reach n. Each size runs in a fresh subprocess so the peak
resident memory (ru_maxrss) belongs to that size alone; "grouping MiB" is the
tracemalloc peak of the grouping call itself (a second, traced run).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SIZES = (1_000, 3_000, 10_000)
THRESHOLDS = (0.20, 0.06)


def texts(n: int) -> list[str]:
    import bench_ecbplus
    import bench_googlenews

    ecb = [d[2] for d in bench_ecbplus.load()]
    return (ecb + bench_googlenews.load()[1])[:n]


def measure(n: int, threshold: float) -> dict[str, float]:
    from mediadiff.events.grouping import group_texts

    workload = texts(n)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    labels = group_texts(workload, threshold=threshold)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    group_texts(workload, threshold=threshold)
    traced = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "seconds": seconds,
        "groups": len(set(labels.tolist())),
        "maxrss_mib": after / 1024,
        "rss_growth_mib": (after - before) / 1024,
        "traced_mib": traced / 2**20,
    }


def main() -> None:
    if len(sys.argv) == 3:
        print(json.dumps(measure(int(sys.argv[1]), float(sys.argv[2]))))
        return
    print(
        "| articles | threshold | groups | seconds | peak RSS MiB (process) | RSS growth MiB "
        "| grouping peak MiB (tracemalloc) |"
    )
    print("|---|---|---|---|---|---|---|")
    for threshold in THRESHOLDS:
        for n in SIZES:
            out = subprocess.run(
                [sys.executable, __file__, str(n), str(threshold)], capture_output=True, text=True, check=True
            )
            r = json.loads(out.stdout)
            print(
                f"| {n:,} | {threshold} | {r['groups']} | {r['seconds']:.1f} | {r['maxrss_mib']:.0f} "
                f"| {r['rss_growth_mib']:.0f} | {r['traced_mib']:.0f} |"
            )


if __name__ == "__main__":
    main()
