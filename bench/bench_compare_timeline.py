"""When each phase of `mediadiff compare aN.txt bN.txt` starts and ends, in the command's process and in
the child it forks to read the quotes beside the aligner, per tree: what is serial around the fork.

Each round runs the command (``from mediadiff.cli import main; main()``, ``COLUMNS=100``, bytecode
compiled once per tree) in a fresh process with its phases wrapped: imports, reading the two files,
the language guess, the fork, the aligner, the summaries' words, the two summaries, waiting for the
child's result, rendering, writing the output; in the child, reading each article's quotes, matching
them and pickling the result. Times are milliseconds of wall clock since the process's first line of
Python (the interpreter's own start before it is not counted), medians over ``--rounds`` (trees
interleaved); ``whole`` is the process's wall time measured from outside, start included. A phase a
tree does not have is left out. The files are ``bench_compare_cli.py``'s pair (``make_pair(n, 0)``).
``--clock cpu`` marks each process's CPU time instead (the child's counted on from the parent's CPU at the
fork; the interpreter's start included), which a loaded machine stretches far less than wall time; the row
``two idle cores (estimate)`` is then the parent's CPU plus what it would wait for the child: the command's
wall time on two idle cores, short of the exit. Usage (repository root)::

    python bench/bench_compare_timeline.py BEFORE_TREE . [--n 1000] [--rounds 7] [--jobs 0] [--format text]
        [--clock cpu]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_compare_cli import write_pair  # noqa: E402

_CHILD = r"""
import os, sys, time, json
T0 = time.perf_counter()
tree, marks_file = sys.argv[1], sys.argv[2]
sys.path.insert(0, tree)
MAIN = os.getpid()
marks = []
CPU = os.environ.get("TIMELINE_CLOCK") == "cpu"
LAST = [0.0]  # the parent's last mark: a forked child's CPU clock starts at zero, so it counts on from there
def mark(what):
    if not CPU:
        marks.append(("P" if os.getpid() == MAIN else "C", what, (time.perf_counter() - T0) * 1000))
    elif os.getpid() == MAIN:
        LAST[0] = time.process_time() * 1000
        marks.append(("P", what, LAST[0]))
    else:
        marks.append(("C", what, LAST[0] + time.process_time() * 1000))
import mediadiff.cli
mark("imports end")
import pickle
from mediadiff.align import beside, comparison
from mediadiff.cli import common
from mediadiff.render import comparison as rendering
import mediadiff.cli.compare as command
def flush():
    proc = "P" if os.getpid() == MAIN else "C"  # the child holds a copy of the parent's marks before the fork
    with open(marks_file, "a") as out:
        out.write(json.dumps([m for m in marks if m[0] == proc]) + "\n")
    marks.clear()
def wrap(module, name, label):
    func = getattr(module, name, None)
    if func is None:
        return
    def timed(*args, **kwargs):
        mark(label + " start")
        try:
            return func(*args, **kwargs)
        finally:
            mark(label + " end")
    setattr(module, name, timed)
for module, name, label in (
        (common, "load_file_refs", "read"), (comparison, "_language", "language"),
        (beside.Beside, "_start", "fork"), (comparison, "align_sentences", "align"),
        (comparison, "_lower_case_words", "lower-case words"), (comparison, "_summarise", "summary"),
        (beside.Beside, "result", "result"), (comparison, "extract_quotes", "quotes"),
        (comparison, "match_quotes", "match quotes"), (rendering, "render_comparison", "render"),
        (command, "emit", "write")):
    wrap(module, name, label)
dumps = pickle.dumps
def timed_dumps(obj, *args, **kwargs):
    mark("pickle start")
    try:
        return dumps(obj, *args, **kwargs)
    finally:
        mark("pickle end")
        if os.getpid() != MAIN:
            flush()  # the child leaves by os._exit once the result is sent
pickle.dumps = timed_dumps
sys.argv = ["mediadiff", *sys.argv[3:]]
try:
    mediadiff.cli.main(sys.argv[1:])  # arguments given: the command returns here instead of ending the process
except SystemExit:
    pass
mark("exit start")
flush()
"""


def _phases(marks: list[list]) -> dict[str, float]:
    """``{"P read start": ms, ...}``, numbering repeated phases ("summary 2 start")."""
    seen: dict[str, int] = {}
    out: dict[str, float] = {}
    for proc, what, ms in marks:
        name, _, edge = what.rpartition(" ")
        if edge == "start":
            seen[proc + name] = seen.get(proc + name, 0) + 1
        count = seen.get(proc + name, 1)
        out[f"{proc} {name}{'' if count == 1 else f' {count}'} {edge}"] = ms
    return out


def _two_cores(phases: dict[str, float]) -> float | None:
    """On the CPU clock: when the command would end on two idle cores, the parent's CPU plus the time it
    would wait for the child (its CPU from the fork to the result sent, past the parent's asking)."""
    if "P exit start" not in phases:
        return None
    return phases["P exit start"] + max(0.0, phases.get("C pickle end", 0.0) - phases.get("P result start", 0.0))


def timeline(trees: list[Path], folder: Path, n: int, rounds: int, jobs: int, fmt: str, clock: str) -> None:
    args = ["compare", f"a{n}.txt", f"b{n}.txt", "--format", fmt, "--jobs", str(jobs)]
    found: dict[tuple[Path, str], list[float]] = {}
    for r in range(rounds + 1):  # the first round compiles the bytecode and is not counted
        for tree in trees if r % 2 else trees[::-1]:
            env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "100", "NO_COLOR": "1", "TIMELINE_CLOCK": clock,
                   "PYTHONPYCACHEPREFIX": str(folder / f"pycache-{abs(hash(str(tree)))}")}
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            marks_file = folder / "marks.jsonl"
            marks_file.unlink(missing_ok=True)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(marks_file), *args], cwd=folder, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            whole = (time.perf_counter() - start) * 1000
            if not r:
                continue
            marks = [m for line in marks_file.read_text().splitlines() for m in json.loads(line)]
            phases = _phases(marks)
            if clock == "cpu":
                phases["two idle cores (estimate)"] = _two_cores(phases)
            for name, ms in {**phases, "whole": whole}.items():
                if ms is not None:
                    found.setdefault((tree, name), []).append(ms)
    names = sorted({name for _, name in found}, key=lambda name: statistics.median(
        next(v for (t, k), v in found.items() if k == name)))
    since = ("CPU ms of each process since it started (a forked child's counted on from the parent's at the "
             "fork)" if clock == "cpu" else "ms since the process's first line of Python")
    print(f"`compare a{n}.txt b{n}.txt --format {fmt} --jobs {jobs}`: {since}, "
          f"median of {rounds} (trees interleaved), load average {os.getloadavg()[0]:.1f} at the end; "
          "P the command's process, C the child\n")
    print("| phase | " + " | ".join(str(tree) for tree in trees) + " |")
    print("|---|" + "---|" * len(trees))
    for name in names:
        cells = [f"{statistics.median(found[tree, name]):.0f}" if (tree, name) in found else "-" for tree in trees]
        print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=0)
    parser.add_argument("--format", default="text")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_pair(options.n, folder)
        timeline([tree.resolve() for tree in options.trees], folder, options.n, options.rounds, options.jobs,
                 options.format, options.clock)


if __name__ == "__main__":
    main()
