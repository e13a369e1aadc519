"""Wall time and peak memory of ``group_stories`` from 10,000 to 100,000 articles.

    python bench/bench_group_scale.py                       # 10k, 30k, 100k: one fresh process each
    python bench/bench_group_scale.py --sizes 1000 10000    # other sizes
    python bench/bench_group_scale.py --jobs 1              # feature extraction in one process (default 2)

Workload: the articles of ``bench_throughput.workload`` (ECB+ full texts and
GoogleNews-TS items alternating, cycled as near-duplicate copies, 60 outlets,
one publication date per article spread over a year), built in memory as
``Article`` objects (one sentence per line; reading files is measured by
bench_throughput.py). Each size runs in a fresh child process; the clock covers
``group_stories`` only (wall seconds, and CPU seconds of the child plus its feature
workers: on a shared machine wall time is inflated by other processes, CPU time much
less); the peak resident memory (``ru_maxrss``) is the whole child's, and beside it the
largest of its ``--jobs`` feature workers' (forked: that figure counts pages they still
share with the child, so the sum overstates what they use together). The last column is what they
take together: the peak of the child's and its workers' proportional set sizes (PSS) summed, sampled
every 0.2 s from /proc (a page shared by several processes counted once; Linux only).
"""

from __future__ import annotations

import argparse
import json
import math
import os
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


def cpu_seconds() -> float:
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def measure(n: int, engine: str, jobs: int) -> dict[str, float]:
    from mediadiff.events.grouping import group_stories

    workload = articles(n)
    if engine == "dask":  # a local cluster of two worker processes, started before the clock
        from distributed import Client, LocalCluster

        from mediadiff.scale.grouping import dask_search

        with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as c:
            start, cpu = time.perf_counter(), cpu_seconds()
            stories = group_stories(workload, search=dask_search(c), jobs=jobs)
            seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    else:
        start, cpu = time.perf_counter(), cpu_seconds()
        stories = group_stories(workload, jobs=jobs)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "worker_maxrss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "stories": len(stories),
        "events": sum(len(s.events) for s in stories),
        "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES)
    parser.add_argument("--engine", default="local")
    parser.add_argument("--jobs", type=int, default=2, help="feature-extraction processes (0: every core)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.engine, args.jobs)))
        return
    print(f"jobs {args.jobs}, engine {args.engine}, load average at start {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")
    print("| articles | stories | events | wall s | CPU s | peak RSS MiB | worker peak RSS MiB | peak PSS MiB |")
    print("|---|---|---|---|---|---|---|---|")
    results = []
    for n in args.sizes:
        child = subprocess.Popen([sys.executable, __file__, "--child", str(n), "--engine", args.engine,
                                  "--jobs", str(args.jobs)], stdout=subprocess.PIPE, text=True)
        peak = PeakMemory(child.pid)
        stdout, _ = child.communicate()
        peak.stop()
        if child.returncode:
            raise SystemExit(f"the child for {n} articles failed")
        r = json.loads(stdout)
        r["pss_mib"] = peak.mib
        results.append((n, r["seconds"], r["cpu_seconds"]))
        row = (f"| {n:,} | {r['stories']:,} | {r['events']:,} | {r['seconds']:.1f} | {r['cpu_seconds']:.1f} "
               f"| {r['maxrss_mib']:.0f} | {r['worker_maxrss_mib']:.0f} | {r['pss_mib']:.0f} |")
        print(row, flush=True)
    if len(results) > 1:
        xs = [math.log(n) for n, _, _ in results]
        for name, column in (("wall", 1), ("CPU", 2)):
            print(f"\ngrowth exponent of {name} time (least-squares slope of log seconds on log articles): "
                  f"{slope(xs, [math.log(r[column]) for r in results]):.2f}")


class PeakMemory:
    """The peak, sampled every 0.2 s, of the proportional set size (PSS) of a process and its children
    summed: memory they actually take together, each page shared by forked workers counted once."""

    def __init__(self, pid: int) -> None:
        import threading

        self.pid, self.mib, self._done = pid, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._done.wait(0.2):
            pids = [self.pid]
            try:
                pids += [int(p) for p in Path(f"/proc/{self.pid}/task/{self.pid}/children").read_text().split()]
            except OSError:
                continue
            self.mib = max(self.mib, sum(_pss_kib(pid) for pid in pids) / 1024)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def slope(xs: list[float], ys: list[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


if __name__ == "__main__":
    main()
