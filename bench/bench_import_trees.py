"""CPU time of `import mediadiff` in fresh processes, trees interleaved (a change's cost on the import).

    python bench/bench_import_trees.py BEFORE_TREE AFTER_TREE [--runs 15]

Each run is a new interpreter with ``PYTHONPATH=<tree>``, started in ``/`` (so the current folder's tree
is not the one imported); the child times the import with ``time.process_time`` (CPU, so other sessions'
load moves it less than wall time) and checks that the tree's own package was imported.
Prints the median and the range per tree.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = ("import time; start = time.process_time(); import mediadiff; spent = time.process_time() - start; "
         "import sys; assert mediadiff.__file__.startswith(sys.argv[1]), mediadiff.__file__; print(spent)")


def import_cpu(tree: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(tree)], env=env, cwd="/", capture_output=True, text=True,
                          check=True)
    return float(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.trees]
    for tree in trees:  # bytecode written once, outside the timed runs (even under PYTHONDONTWRITEBYTECODE)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "mediadiff")], check=True)
        import_cpu(tree)
    times: dict[Path, list[float]] = {tree: [] for tree in trees}
    for _ in range(args.runs):
        for tree in trees:
            times[tree].append(import_cpu(tree))
    print(f"import mediadiff, CPU ms, {args.runs} runs interleaved")
    for tree, values in times.items():
        print(f"{str(tree):40} median {1000 * statistics.median(values):6.1f}  "
              f"range {1000 * min(values):.1f}-{1000 * max(values):.1f}")


if __name__ == "__main__":
    main()
