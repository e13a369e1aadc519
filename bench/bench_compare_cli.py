"""`mediadiff compare a.txt b.txt` end to end, as a user runs it: one whole process per run.

Process start, imports, reading and segmenting the two files, the comparison, rendering
(text and ``--format json``) and writing the output (to a file), for one or more source trees
(checkouts of mediadiff; the first is usually main before a change), interleaved round by round
on the same files, so a shared machine's load falls on every tree alike.

The files are generated edited copies (``bench/edited_copies.py``, ``make_pair(n, 0)``: n real
news sentences and an edited copy), written as paragraphs of three sentences. Each process
runs ``from mediadiff.cli import main; main()`` with ``PYTHONPATH`` set to the tree, bytecode
compiled once beforehand (``PYTHONPYCACHEPREFIX``, one cache per tree, as an installed package
has its ``.pyc`` files) and ``COLUMNS=100``. CPU seconds are the child's user + system time
(``resource.getrusage(RUSAGE_CHILDREN)``), wall seconds ``time.perf_counter``; medians over
``--rounds``. The outputs of every tree are compared byte for byte (``same output``).
Usage (repository root)::

    python bench/bench_compare_cli.py BEFORE_TREE . [--sizes 100,300,1000,3000] [--rounds 5] [--jobs 1]

``--jobs N`` passes ``--jobs N`` to the command: with ``--jobs 1`` no forked process reads the quotes
while the aligner runs, so the CPU figure is what a user on one core waits.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from edited_copies import make_pair  # noqa: E402

PARAGRAPH = 3
FORMATS = ("text", "json")


def write_pair(n: int, folder: Path) -> tuple[Path, Path]:
    pair = make_pair(n, 0)
    paths = []
    for name, texts in (("a", pair.a), ("b", pair.b)):
        paragraphs = [" ".join(texts[k:k + PARAGRAPH]) for k in range(0, len(texts), PARAGRAPH)]
        path = folder / f"{name}{n}.txt"
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def run(tree: Path, args: list[str], cwd: Path, cache: Path) -> tuple[float, float, bytes]:
    """(CPU s, wall s, stdout) of one ``mediadiff`` process run from ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONPYCACHEPREFIX": str(cache), "COLUMNS": "100",
           "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", "from mediadiff.cli import main; main()", *args], cwd=cwd,
                         env=env, capture_output=True, check=True).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall, out


def growth(times: dict[int, float]) -> float:
    """Least-squares slope of log time against log size."""
    xs = [math.log(n) for n in times]
    ys = [math.log(t) for t in times.values()]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--sizes", default="100,300,1000,3000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=None, help="passed to the command (default: its own)")
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.trees]
    sizes = [int(x) for x in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        caches = {tree: folder / f"pycache{k}" for k, tree in enumerate(trees)}
        files = {n: write_pair(n, folder) for n in sizes}
        jobs = [] if args.jobs is None else ["--jobs", str(args.jobs)]
        for tree in trees:  # compile the bytecode once, as an install does
            run(tree, ["compare", files[sizes[0]][0].name, files[sizes[0]][1].name], folder, caches[tree])
        cpu: dict[tuple[Path, int, str], list[float]] = {}
        wall: dict[tuple[Path, int, str], list[float]] = {}
        outputs: dict[tuple[int, str], set[bytes]] = {}
        for _ in range(args.rounds):
            for n in sizes:
                for fmt in FORMATS:
                    for tree in trees:
                        a, b = files[n]
                        c, w, out = run(tree, ["compare", a.name, b.name, "--format", fmt, *jobs],
                                         folder, caches[tree])
                        cpu.setdefault((tree, n, fmt), []).append(c)
                        wall.setdefault((tree, n, fmt), []).append(w)
                        outputs.setdefault((n, fmt), set()).add(out)
    shown = " ".join(["compare aN.txt bN.txt", *jobs])
    print(f"`mediadiff {shown}` as whole processes, median of {args.rounds} rounds "
          f"(trees interleaved), load average {os.getloadavg()[0]:.1f} at the end\n")
    print("| tree | n | format | CPU s | wall s | same output |\n|---|---|---|---|---|---|")
    for tree in trees:
        for n in sizes:
            for fmt in FORMATS:
                key = (tree, n, fmt)
                same = "yes" if len(outputs[n, fmt]) == 1 else "NO"
                print(f"| {tree} | {n} | {fmt} | {statistics.median(cpu[key]):.3f} | "
                      f"{statistics.median(wall[key]):.3f} | {same} |")
    if len(sizes) > 1:
        print()
        for tree in trees:
            for fmt in FORMATS:
                medians = {n: statistics.median(cpu[tree, n, fmt]) for n in sizes}
                print(f"{tree} {fmt}: CPU grows like n^{growth(medians):.2f} from n={min(sizes)} to n={max(sizes)}")


if __name__ == "__main__":
    main()
