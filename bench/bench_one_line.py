"""CPU time and peak memory of `score` and `compare` on one huge article written on ONE line, two trees in turn.

Run from the repository root:  python bench/bench_one_line.py BEFORE_TREE AFTER_TREE [--sizes 1000000 2000000]

A file on one line is one paragraph: what is built per paragraph, copied per sentence or cue, or cached by
long strings grows with it. Three kinds of line (written to a temporary folder, not shipped):
``seeds repeated`` (QA's file: the seed articles, line breaks made spaces, repeated to the size; most
sentences are duplicates set aside), ``distinct sentences`` (every sentence its own, with a name, a quote
and "said") and ``random words`` (seed words drawn at random, one in twenty "said", no sentence ends but the
splitter's length cap). Each command runs in a fresh process of each tree in turn (``python -m
mediadiff.cli`` with the tree first on ``sys.path``); CPU is the child's user + system seconds and peak
memory its maximum resident set (``resource.getrusage(RUSAGE_CHILDREN)``), which includes the interpreter
and libraries (about 100 MB).
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "001_b93ffb7de8a52493.txt"


def seeds_repeated(size: int) -> str:
    files = sorted(glob.glob(f"{ROOT}/seeds/*"))
    text = " ".join(Path(f).read_text(encoding="utf-8").replace("\n", " ") for f in files)
    return " ".join([text] * (size // len(text) + 1))[:size]


def distinct_sentences(size: int) -> str:
    parts, n, k = [], 0, 0
    while n < size:
        parts.append(f"The council in district {k} voted {k % 9 + 2} to {k % 4} on Tuesday to fund {k * 7 % 1000} "
                     f"new homes, and Maria Lopez said the plan “will not be enough for {k % 50 + 10} families.”")
        n += len(parts[-1]) + 1
        k += 1
    return " ".join(parts)


def random_words(size: int) -> str:
    files = sorted(glob.glob(f"{ROOT}/seeds/*"))
    words = re.findall(r"[A-Za-z']+", " ".join(Path(f).read_text(encoding="utf-8") for f in files))
    pick, out, n = random.Random(1), [], 0
    while n < size:
        out.append("said" if pick.random() < 0.05 else pick.choice(words))
        n += len(out[-1]) + 1
    return " ".join(out)


KINDS = {"seeds repeated": seeds_repeated, "distinct sentences": distinct_sentences, "random words": random_words}


def run(tree: str, args: list[str]) -> tuple[float, float]:
    """(CPU seconds, peak resident MB) of one mediadiff command run by ``tree``'s code."""
    code = f"import sys; sys.path.insert(0, {tree!r}); from mediadiff.cli import main; main()"
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)  # this child's own usage, not every child's so far
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            errors.seek(0)
            raise SystemExit(f"{tree}: {' '.join(args)} failed: {errors.read().decode()[-300:]}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 2_000_000])
    options = parser.parse_args()
    print("| line | size | command | before CPU s | after CPU s | before peak MB | after peak MB |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for kind, make in KINDS.items():
            for size in options.sizes:
                path = Path(folder) / f"{kind.replace(' ', '-')}-{size}.txt"
                path.write_text(make(size), encoding="utf-8")
                for command in (["score", str(path), "--by", "article"],
                                ["compare", str(path), str(SEED), "--jobs", "1"]):
                    (cpu_a, mb_a), (cpu_b, mb_b) = run(options.before, command), run(options.after, command)
                    print(f"| {kind} | {size:,} | {command[0]} | {cpu_a:.1f} | {cpu_b:.1f} | {mb_a:.0f} | {mb_b:.0f} |",
                          flush=True)


if __name__ == "__main__":
    main()
