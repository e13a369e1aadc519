"""CPU time of one Python snippet in fresh processes, per source tree, trees interleaved: a small change's
cost on one phase of a command (imports, reading the files) that the whole command's noise would hide.

    python bench/bench_snippet_trees.py BEFORE_TREE . --code "import mediadiff.cli" [--rounds 21] [--n 1000]

Each round runs the snippet once per tree, in a new interpreter with ``PYTHONPATH=<tree>`` (bytecode compiled
beforehand, one cache per tree, as in ``bench_compare_cli.py``), the order of the trees alternating round by
round; CPU is the child's user + system time (``getrusage``). The snippet runs in a folder holding
``bench_compare_cli.py``'s generated pair ``a<n>.txt`` / ``b<n>.txt``, so it can read them, e.g.
``--code "import mediadiff.cli; from mediadiff.corpus.named import load_file_refs;
load_file_refs(('a1000.txt', 'b1000.txt'))"``. Prints the median and quartiles per tree.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_compare_cli import write_pair  # noqa: E402


def cpu_of(tree: Path, code: str, folder: Path, cache: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONPYCACHEPREFIX": str(cache), "COLUMNS": "100",
           "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], cwd=folder, env=env, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--code", required=True)
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.trees]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        write_pair(args.n, folder)
        caches = [folder / f"pycache{k}" for k in range(len(trees))]
        for tree, cache in zip(trees, caches):  # compile the bytecode, uncounted
            cpu_of(tree, args.code, folder, cache)
        spent: list[list[float]] = [[] for _ in trees]
        for round_ in range(args.rounds):
            order = range(len(trees)) if round_ % 2 == 0 else reversed(range(len(trees)))
            for k in order:
                spent[k].append(cpu_of(trees[k], args.code, folder, caches[k]))
    load = os.getloadavg()[0]
    print(f"CPU s of the snippet, {args.rounds} rounds (trees interleaved), load average {load:.1f} at the end\n")
    print("| tree | median | quartiles |\n|---|---|---|")
    for tree, values in zip(args.trees, spent):
        q1, _, q3 = statistics.quantiles(values, n=4)
        print(f"| {tree} | {statistics.median(values):.4f} | {q1:.4f}-{q3:.4f} |")


if __name__ == "__main__":
    main()
