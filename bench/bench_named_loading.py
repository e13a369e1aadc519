"""Commands on two named articles of a large folder, as a user runs them: one whole process per run.

`compare`, `score --by article`, `voices` on two ids and `show` on one, with ``--corpus`` a folder of about
a thousand files (AllSides: 975 JSON files; optionally a folder of ECB+ texts, one ``.txt`` a document),
for one or more source trees (checkouts of mediadiff; the first is usually main before a change),
interleaved round by round. Each process runs ``from mediadiff.cli import main; main()`` with
``PYTHONPATH`` set to the tree, from a temporary folder (``python -c`` puts the working folder first on
the path: run from a checkout, it would import that checkout whatever the tree); wall seconds
``time.perf_counter``, CPU seconds the child's user + system time; medians over ``--rounds``.
Standard output and standard error of every tree are compared byte for byte (``same output``). Usage (repository root)::

    MEDIADIFF_BENCH_DATA=../shared/bench python bench/bench_named_loading.py BEFORE_TREE . [--rounds 5] \\
        [--ecb FOLDER --ecb-ids 36_6ecbplus,36_4ecbplus]
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

DATA = Path(os.environ.get("MEDIADIFF_BENCH_DATA", Path(__file__).resolve().parents[2] / "shared" / "bench"))
COMMANDS = (("compare",), ("score", "--by", "article"), ("voices",), ("show",))


def run(tree: Path, args: list[str]) -> tuple[float, float, bytes]:
    """(CPU s, wall s, stdout and stderr) of one ``mediadiff`` process run from ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "100", "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", "from mediadiff.cli import main; main()", *args],
                          env=env, capture_output=True, check=False, cwd=tempfile.gettempdir())
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall, done.stdout + done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--ecb", type=Path, help="a folder of ECB+ texts (one .txt a document)")
    parser.add_argument("--ecb-ids", default="36_6ecbplus,36_4ecbplus")
    args = parser.parse_args()
    args.trees = [tree.resolve() for tree in args.trees]
    folders = [(DATA / "allsides_stories" / "corpus", ["s0697", "s0699"])]
    if args.ecb:
        folders.append((args.ecb, args.ecb_ids.split(",")))
    for folder, ids in folders:
        for command in COMMANDS:
            argv = [*command, "--corpus", str(folder), *(ids[:1] if command == ("show",) else ids)]
            times: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in args.trees}
            outputs: dict[Path, bytes] = {}
            for tree in args.trees:  # bytecode compiled, files in the page cache
                run(tree, argv)
            for _ in range(args.rounds):
                for tree in args.trees:
                    cpu, wall, out = run(tree, argv)
                    times[tree].append((wall, cpu))
                    outputs[tree] = out
            same = len(set(outputs.values())) == 1
            shown = "  ".join(f"{tree}: wall {statistics.median(w for w, _ in rows):.2f} s, "
                              f"CPU {statistics.median(c for _, c in rows):.2f} s" for tree, rows in times.items())
            print(f"{folder.name} {' '.join(argv[:argv.index('--corpus')])}: {shown}  "
                  f"{'same output' if same else 'OUTPUT DIFFERS'}", flush=True)


if __name__ == "__main__":
    main()
