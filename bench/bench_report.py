"""`mediadiff report` end to end, as a user runs it: seconds and bytes, for one or more source trees.

Each round runs the command once per tree (checkouts of mediadiff; the first is usually main before a
change), trees taking turns, so a shared machine's load falls on every tree alike. Each process runs
``from mediadiff.cli import main; main()`` with ``PYTHONPATH`` set to the tree and bytecode compiled
once beforehand (``PYTHONPYCACHEPREFIX``, one cache per tree). CPU seconds are the child's user +
system time (``resource.getrusage(RUSAGE_CHILDREN)``), wall seconds ``time.perf_counter``; medians
over ``--rounds``. Bytes: ``report.html``, ``report.md`` and the PNG charts of the last round.
Usage (repository root)::

    python bench/bench_report.py BEFORE_TREE . --corpus DIR (--event ID | IDS ...) [--rounds 3]

With ``--profile`` (one tree), one run under cProfile instead: the share of the time in drawing and
writing the charts (``write_charts_into``), in the comparisons and in scoring.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(tree: Path, args: list[str], cache: Path) -> tuple[float, float]:
    """(CPU s, wall s) of one ``mediadiff`` process run from ``tree``, in the cache's folder (the
    current folder comes first on the path: a checkout there would be imported instead)."""
    env = {**os.environ, "PYTHONPATH": str(tree.resolve()), "PYTHONPYCACHEPREFIX": str(cache), "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from mediadiff.cli import main; main()", *args], env=env,
                   cwd=cache.parent, capture_output=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall


def sizes(folder: Path) -> tuple[int, int, int, int]:
    """Bytes of report.html, report.md and all PNGs, and the number of PNGs."""
    pngs = list(folder.glob("*.png"))
    return ((folder / "report.html").stat().st_size, (folder / "report.md").stat().st_size,
            sum(p.stat().st_size for p in pngs), len(pngs))


def profile(tree: Path, args: list[str]) -> None:
    import cProfile
    import pstats

    sys.path.insert(0, str(tree.resolve()))
    from mediadiff.cli import main as cli

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        cli(args, standalone_mode=False)
    finally:
        profiler.disable()
    stats = pstats.Stats(profiler)
    total = max(v[3] for v in stats.stats.values())  # type: ignore[attr-defined]
    print(f"total {total:.2f} s under cProfile")
    for name in ("write_charts_into", "savefig", "compare_many", "compare", "score_article"):
        cumulative = sum(v[3] for k, v in stats.stats.items() if k[2] == name)  # type: ignore[attr-defined]
        print(f"{name}: {cumulative:.2f} s ({cumulative / total:.0%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=lambda p: Path(p).resolve())
    parser.add_argument("--corpus", required=True, type=lambda p: str(Path(p).resolve()))
    parser.add_argument("--event")
    parser.add_argument("--ids", nargs="*", default=[])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    options = parser.parse_args()
    selection = ["--event", options.event] if options.event else list(options.ids)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        if options.profile:
            profile(options.trees[0], ["report", *selection, "--corpus", options.corpus, "--out",
                                       str(work / "profiled")])
            return
        caches = {tree: work / f"cache{k}" for k, tree in enumerate(options.trees)}
        for tree, cache in caches.items():  # compile once, outside the clock
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree.resolve() / "mediadiff")],
                           env={**os.environ, "PYTHONPYCACHEPREFIX": str(cache)}, check=True)
        times: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in options.trees}
        for round_ in range(options.rounds + 1):  # the first round warms the disk cache, uncounted
            for k, tree in enumerate(options.trees):
                out = work / f"out{k}-{round_}"
                measured = run(tree, ["report", *selection, "--corpus", options.corpus, "--out", str(out)],
                               caches[tree])
                if round_:
                    times[tree].append(measured)
        print(f"`mediadiff report {' '.join(selection)}`, median of {options.rounds} interleaved rounds\n")
        print("| tree | CPU s | wall s | report.html bytes | report.md bytes | PNG bytes (charts) |")
        print("|---|---|---|---|---|---|")
        for k, tree in enumerate(options.trees):
            cpu = statistics.median(t[0] for t in times[tree])
            wall = statistics.median(t[1] for t in times[tree])
            html, md, png, n = sizes(work / f"out{k}-{options.rounds}")
            print(f"| {tree} | {cpu:.2f} | {wall:.2f} | {html:,} | {md:,} | {png:,} ({n}) |")
        print(f"\nload average after the runs: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
