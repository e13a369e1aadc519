"""CPU time of the commands on text written in Title Case throughout, beside ordinary text, for one tree or more.

Some scraped feeds and headline dumps capitalise every word. ``voices/headlines.py`` reads such a sentence
as a headline and looks in it only for the names the article's ordinary sentences give; reading every
part of every word made a 330 KB file of it take 9-12 s of CPU in ``voices`` (QA, ``bench/results/qa4.md``).
This script writes, at each size (100 KB, 330 KB, 1 MB by default):

* ``ordinary``: the 5,190 NYT editorial snippets of ``vader_groundtruth`` joined five to a paragraph, in
  turn, as long as the size needs (real news prose);
* ``title``: the same text through ``str.title()`` (every word capitalised, "It'S" included, as such feeds are);
* ``names``: QA's reproduction, one line of a title and one "sentence" of capitalised names drawn at random
  (``Smith Jones New York City Hall Bureau Of Labor Statistics De La Fuente``), which the splitter cuts into
  2,000-character pieces, each a headline;
* ``names+known``: the same after an ordinary sentence naming those people and organisations, so that
  every word of the pieces may end a known name (the case that reads most parts).

Each kind has a second file of the same size from another place in the snippets (another random draw for
the names) for ``compare A B`` and a two-file corpus (``group``, ``score --by actor``). Each measurement
is one child process per tree (a checkout: ``git archive <commit> | tar -x -C /tmp/before``), which runs the
command once on a 2 KB file of the same kind (word lists and models load there, outside the clock) and
then times the command on the file with ``time.process_time``; trees take turns and the median of
``--repeats`` runs is printed. Usage::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/bench_title_case.py /tmp/before . \
        [--sizes 100 330 1000] [--kinds ordinary title names names+known] [--commands voices compare] [--repeats 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_hedge_weights import bench_dir  # noqa: E402

NAMES = "Smith Jones New York City Hall Bureau Of Labor Statistics De La Fuente".split()
KNOWN = ("Officials said John Smith and Mary Jones of the New York City Hall spoke with the Bureau of Labor "
         "Statistics and Juan de la Fuente on Monday.\n")
COMMANDS = {
    "voices": lambda a, b, corpus: ["voices", a],
    "compare": lambda a, b, corpus: ["compare", a, b],
    "group": lambda a, b, corpus: ["--corpus", corpus, "group"],
    "score": lambda a, b, corpus: ["--corpus", corpus, "score", "--by", "actor"],
}

_CHILD = """
import contextlib, io, sys, time
tree = sys.argv[1]
sys.path.insert(0, tree)
import mediadiff
assert mediadiff.__file__.startswith(tree), mediadiff.__file__
from mediadiff.cli import main

def run(args):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            main(args, standalone_mode=False)
        except SystemExit:
            pass

split = sys.argv.index("--")
run(sys.argv[2:split])
start = time.process_time()
run(sys.argv[split + 1:])
print(time.process_time() - start)
"""


def snippets() -> list[str]:
    path = bench_dir() / "vader_groundtruth" / "nytEditorialSnippets_GroundTruth.txt"
    return [line.split("\t", 2)[2].strip() for line in path.read_text(encoding="utf-8-sig").splitlines()
            if line.count("\t") >= 2]


def ordinary_text(size: int, offset: int, rows: list[str]) -> str:
    paragraphs, length, k = [], 0, offset
    while length < size:
        paragraph = " ".join(rows[(k + i) % len(rows)] for i in range(5))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
        k += 5
    return "\n\n".join(paragraphs)[:size].rstrip() + "\n"


def names_text(size: int, seed: int) -> str:
    rng, words, length = random.Random(seed), [], 0
    while length < size:
        words.append(rng.choice(NAMES))
        length += len(words[-1]) + 1
    return "Big names story\n" + " ".join(words) + ".\n"


def text_of(kind: str, size: int, second: bool, rows: list[str]) -> str:
    if kind in ("ordinary", "title"):
        text = ordinary_text(size, 2500 if second else 0, rows)
        return text.title() if kind == "title" else text
    text = names_text(size, 2 if second else 1)
    return KNOWN + text if kind == "names+known" else text


def write_files(folder: Path, kind: str, size: int, rows: list[str]) -> tuple[str, str, str]:
    """(file A, file B, a corpus folder holding both) of ``kind`` at ``size`` bytes, in ``folder``."""
    corpus = folder / f"{kind}-{size}"
    corpus.mkdir()
    a, b = corpus / "a_one.txt", corpus / "b_two.txt"
    a.write_text(text_of(kind, size, False, rows), encoding="utf-8")
    b.write_text(text_of(kind, size, True, rows), encoding="utf-8")
    return str(a), str(b), str(corpus)


def cpu_seconds(tree: str, warm_args: list[str], args: list[str]) -> float:
    out = subprocess.run([sys.executable, "-c", _CHILD, tree, *warm_args, "--", *args],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("trees", nargs="+")
    parser.add_argument("--sizes", nargs="+", type=int, default=[100, 330, 1000], help="KB")
    parser.add_argument("--kinds", nargs="+", default=["ordinary", "title", "names", "names+known"])
    parser.add_argument("--commands", nargs="+", default=["voices", "compare"], choices=sorted(COMMANDS))
    parser.add_argument("--repeats", type=int, default=3)
    options = parser.parse_args()
    trees = [str(Path(tree).resolve()) for tree in options.trees]
    rows = snippets()
    print(f"CPU seconds (time.process_time, word lists loaded outside the clock), median of {options.repeats} "
          "interleaved runs, one process each\n")
    print("| command | kind | size | " + " | ".join(trees) + " |")
    print("|---|---|---|" + "---|" * len(trees))
    with tempfile.TemporaryDirectory() as tmp:
        for size in options.sizes:
            for kind in options.kinds:
                a, b, corpus = write_files(Path(tmp), kind, size * 1000, rows)
                warm = write_files(Path(tmp), kind, 2000, rows) if not Path(tmp, f"{kind}-2000").exists() else (
                    str(Path(tmp, f"{kind}-2000", "a_one.txt")), str(Path(tmp, f"{kind}-2000", "b_two.txt")),
                    str(Path(tmp, f"{kind}-2000")))
                for command in options.commands:
                    make = COMMANDS[command]
                    times: dict[str, list[float]] = {tree: [] for tree in trees}
                    for _ in range(options.repeats):
                        for tree in trees:
                            times[tree].append(cpu_seconds(tree, make(*warm), make(a, b, corpus)))
                    cells = " | ".join(f"{statistics.median(times[tree]):.2f}" for tree in trees)
                    print(f"| {command} | {kind} | {size} KB | {cells} |", flush=True)


if __name__ == "__main__":
    main()
