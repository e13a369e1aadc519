"""What a first comparison in a new process pays for words and sentences it has never seen, per tree.

``mediadiff compare`` runs once per process, so each word's knowledge and each sentence's
parse is computed cold. This script times, in one fresh process per tree and round (trees
interleaved, CPU seconds by ``time.process_time``, medians), the cold parts of the aligner
on the two articles of ``bench_compare_cli.py`` (``make_pair(n, 0)``, paragraphs of three):

- ``sentence_terms``: the link scores' terms of every distinct sentence (new words included);
- ``term_knowledge``: forms, related stems and synonym groups of every distinct term;
- ``analyse``: the word aligner's tokens of every distinct sentence (each word's knowledge);
- ``word_diff``: the word diff of the i-th sentences of A and B.

The word lists' lines are read before the clock starts in every part. ``--lexicon`` also
measures, in this process, what the three word lists cost read as now (sorted lines, one
bisection per look-up) against one dictionary per list, on the look-ups a comparison of that
size makes (counted in a first comparison). ``--exit`` times the whole command in a child
process with and without the interpreter's tear-down at exit (``os._exit`` after the command),
to say what freeing everything at exit costs. ``--phases`` times, per tree, what the command does in
turn, in one process as the command runs it (imports, with what creating dataclasses and compiling
regular expressions took of them, reading the two files, ``compare`` with its aligner and attribution,
rendering the text; the collector paused from reading on; regular expressions compiled after the
imports are not counted). Usage
(repository root)::

    python bench/bench_cold_parts.py BEFORE_TREE . [--n 1000] [--rounds 5] [--lexicon] [--exit] [--phases]
"""

from __future__ import annotations

import argparse
import json
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

PARTS = ("sentence_terms", "term_knowledge", "analyse", "word_diff")

_CHILD = """
import gc, json, sys
from time import process_time as clock
tree, folder, n = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, tree)
try:
    from mediadiff.corpus.named import load_file_refs
except ImportError:  # trees before corpus/named.py (2026-11-25)
    from mediadiff.corpus.reading import load_file_refs
from mediadiff.align import lexicon, similarity, vectors, wordalign
a, b = load_file_refs([f"{folder}/a{n}.txt", f"{folder}/b{n}.txt"])
texts = list(dict.fromkeys(s.text for art in (a, b) for s in art.sentences))
for name in ("word_links.tsv", "synonyms.tsv", "word_frequency.tsv"):
    lexicon._lines(name)
gc.disable()
out = {}
t = clock(); [vectors.sentence_terms(x) for x in texts]; out["sentence_terms"] = clock() - t
terms = list(dict.fromkeys(term for x in texts for term in vectors.sentence_terms(x).counts))
t = clock(); [vectors.term_knowledge(x) for x in terms]; out["term_knowledge"] = clock() - t
t = clock(); [wordalign.analyse(x) for x in texts]; out["analyse"] = clock() - t
t = clock(); [similarity.word_diff(x.text, y.text) for x, y in zip(a.sentences, b.sentences)]
out["word_diff"] = clock() - t
out["counts"] = [len(texts), len(terms), wordalign._word_knowledge.cache_info().currsize,
                 min(len(a.sentences), len(b.sentences))]
print(json.dumps(out))
"""


def _child(code: str, tree: Path, folder: Path, n: int) -> dict[str, float]:
    """Run ``code`` for ``tree`` in a new process; bytecode cached per tree (as an install has it)."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder / f"pycache-{abs(hash(str(tree)))}")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return json.loads(subprocess.run([sys.executable, "-c", code, str(tree), str(folder), str(n)], env=env,
                                     capture_output=True, text=True, check=True).stdout)


def cold_parts(trees: list[Path], folder: Path, n: int, rounds: int) -> None:
    times: dict[tuple[Path, str], list[float]] = {}
    counts: list[int] = []
    for tree in trees:
        _child(_CHILD, tree, folder, n)  # compiles the bytecode once
    for _ in range(rounds):
        for tree in trees:
            out = _child(_CHILD, tree, folder, n)
            counts = out.pop("counts")
            for part, seconds in out.items():
                times.setdefault((tree, part), []).append(seconds)
    print(f"Cold parts at n = {n}: {counts[0]} distinct sentences, {counts[1]} terms, {counts[2]} content words, "
          f"{counts[3]} sentence pairs diffed; CPU seconds, median of {rounds} rounds (trees interleaved)\n")
    print("| part | " + " | ".join(str(tree) for tree in trees) + " |")
    print("|---|" + "---|" * len(trees))
    for part in PARTS:
        print(f"| {part} | " + " | ".join(f"{statistics.median(times[tree, part]):.4f}" for tree in trees) + " |")
    print()


def lexicon_lookups(folder: Path, n: int) -> None:
    """Sorted lines and bisection (as shipped) against dictionaries, on one comparison's look-ups."""
    from mediadiff.align import lexicon
    from mediadiff.align.comparison import compare
    try:
        from mediadiff.corpus.named import load_file_refs
    except ImportError:  # trees before corpus/named.py (2026-11-25)
        from mediadiff.corpus.reading import load_file_refs

    asked: dict[str, list[str]] = {}
    rows = lexicon._rows

    def counting(name: str, key: str) -> list[list[str]]:
        asked.setdefault(name, []).append(key)
        return rows(name, key)

    lexicon._rows = counting  # type: ignore[assignment]
    try:
        compare(*load_file_refs([f"{folder}/a{n}.txt", f"{folder}/b{n}.txt"]))
    finally:
        lexicon._rows = rows  # type: ignore[assignment]
    print(f"Word-list look-ups of one comparison at n = {n} (CPU ms, median of 5)\n")
    print("| list | look-ups | read as lines | bisect look-ups | build a dict | dict look-ups |")
    print("|---|---|---|---|---|---|")
    for name, keys in asked.items():
        timed = _one_list(lexicon._DATA / name, keys)
        print(f"| {name} | {len(keys):,} | " + " | ".join(f"{ms:.1f}" for ms in timed) + " |")
    print()


def _one_list(path: Path, keys: list[str]) -> list[float]:
    """CPU ms of reading ``path`` as lines, bisecting for ``keys``, building a dict and looking ``keys`` up."""
    from bisect import bisect_left

    def read() -> list[str]:
        return path.read_text(encoding="utf-8").splitlines()

    lines = read()

    def bisected() -> None:
        for key in keys:
            prefix = key + "\t"
            at = bisect_left(lines, prefix)
            while at < len(lines) and lines[at].startswith(prefix):
                lines[at].split("\t")
                at += 1

    def build() -> dict[str, str]:
        table: dict[str, str] = {}
        for line in read():
            table.setdefault(line.partition("\t")[0], line)
        return table

    table = build()
    return [_median_ms(f) for f in (read, bisected, build, lambda: [table.get(key) for key in keys])]


def _median_ms(run) -> float:  # type: ignore[no-untyped-def]
    values = []
    for _ in range(5):
        start = time.process_time()
        run()
        values.append(time.process_time() - start)
    return statistics.median(values) * 1000


_EXIT = """
import os, sys
sys.argv = ["mediadiff", *sys.argv[2:]]
from mediadiff.cli import main
try:
    main()
except SystemExit:
    pass
if sys.argv_mode == "fast":
    sys.stdout.flush()
    os._exit(0)
"""


def exit_cost(tree: Path, folder: Path, n: int, rounds: int) -> None:
    """The command with Python's own exit, and with ``os._exit`` right after it (no tear-down)."""
    times: dict[str, list[float]] = {"as shipped": [], "os._exit after the command": []}
    env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "100", "NO_COLOR": "1",
           "PYTHONPYCACHEPREFIX": str(folder / "pycache-exit")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _ in range(rounds + 1):  # the first round compiles the bytecode: dropped below
        for mode in times:
            code = _EXIT.replace("sys.argv_mode", repr("fast" if mode.startswith("os.") else "plain"))
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-c", code, "-", "compare", f"a{n}.txt", f"b{n}.txt"], cwd=folder, env=env,
                           capture_output=True, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[mode].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"`mediadiff compare a{n}.txt b{n}.txt` in {tree}, CPU seconds, median of {rounds} (interleaved)\n")
    print("| exit | CPU s |\n|---|---|")
    for mode, values in times.items():
        print(f"| {mode} | {statistics.median(values[1:]):.3f} |")
    print()


_PHASES = """
import gc, json, sys
from time import process_time as clock
tree, folder, n = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, tree)
import dataclasses
from re import _compiler
made = {"of which creating dataclasses": 0.0, "of which compiling regular expressions": 0.0}
def _timing(call, key):
    def timed(*args, **kwargs):
        begin = clock()
        result = call(*args, **kwargs)
        made[key] += clock() - begin
        return result
    return timed
dataclasses._process_class = _timing(dataclasses._process_class, "of which creating dataclasses")
_compiler.compile = _timing(_compiler.compile, "of which compiling regular expressions")
start = clock()
import mediadiff.cli
from mediadiff.align import comparison
try:
    from mediadiff.corpus.named import load_file_refs
except ImportError:  # trees before corpus/named.py (2026-11-25)
    from mediadiff.corpus.reading import load_file_refs
from mediadiff.render.comparison import render_comparison
out = {"imports": clock() - start, **made}
spent = {"align_sentences": 0.0, "extract_quotes": 0.0}
for name in spent:
    def timed(*args, _call=getattr(comparison, name), _name=name, **kwargs):
        begin = clock()
        result = _call(*args, **kwargs)
        spent[_name] += clock() - begin
        return result
    setattr(comparison, name, timed)
gc.disable()
start = clock(); a, b = load_file_refs([f"{folder}/a{n}.txt", f"{folder}/b{n}.txt"]); out["reading"] = clock() - start
start = clock(); result = comparison.compare(a, b); out["compare"] = clock() - start
out["of which align_sentences"], out["of which extract_quotes"] = spent["align_sentences"], spent["extract_quotes"]
start = clock(); render_comparison(result, fmt="text"); out["rendering text"] = clock() - start
print(json.dumps(out))
"""


def phases(trees: list[Path], folder: Path, n: int, rounds: int) -> None:
    times: dict[tuple[Path, str], list[float]] = {}
    for tree in trees:
        _child(_PHASES, tree, folder, n)  # compiles the bytecode once
    for _ in range(rounds):
        for tree in trees:
            out = _child(_PHASES, tree, folder, n)
            for phase, seconds in out.items():
                times.setdefault((tree, phase), []).append(seconds)
    print(f"The command's phases at n = {n}, CPU seconds, median of {rounds} rounds (trees interleaved)\n")
    print("| phase | " + " | ".join(str(tree) for tree in trees) + " |")
    print("|---|" + "---|" * len(trees))
    for phase in dict.fromkeys(phase for _, phase in times):
        print(f"| {phase} | " + " | ".join(f"{statistics.median(times[tree, phase]):.3f}" for tree in trees) + " |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--lexicon", action="store_true", help="also time the word lists: bisection vs dicts")
    parser.add_argument("--exit", action="store_true", help="also time the interpreter's tear-down at exit")
    parser.add_argument("--phases", action="store_true", help="also time the command's phases in each tree")
    args = parser.parse_args()
    from bench_compare_cli import write_pair

    trees = [tree.resolve() for tree in args.trees]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_pair(args.n, folder)
        cold_parts(trees, folder, args.n, args.rounds)
        if args.lexicon:
            lexicon_lookups(folder, args.n)
        if args.exit:
            exit_cost(trees[-1], folder, args.n, args.rounds)
        if args.phases:
            phases(trees, folder, args.n, args.rounds)


if __name__ == "__main__":
    main()
