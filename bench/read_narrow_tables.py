"""Count what a narrow terminal does to the text tables of every table command, for one tree.

    python bench/read_narrow_tables.py                      # this tree, the seeds, widths 50 60 80 100
    python bench/read_narrow_tables.py --tree /tmp/old --corpus /tmp/as --corpus seeds

For each corpus, width and command (``list``, ``voices``, ``score`` by article, outlet, actor and with
``--voice quoted``, ``group``), run as ``COLUMNS=W mediadiff ...`` with the tree's package first on the
path, it prints three counts:

- ``over``: lines wider than the terminal;
- ``rewrapped``: tables whose header rule (the ``----`` line) was wrapped onto a second line, that is
  tables whose rows were re-wrapped with their columns lost;
- ``alike``: table rows named as another row of their table is (the first column as cut, the actor
  and outlet of ``score --by actor``): each row of these tables names a different thing, so any is
  a name cut to read as another.

Widths are display columns. Corpora are folders (``seeds`` is the tree's own). No figure is pinned in a
test: the counts are to read before and after a change to ``render/``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

COMMANDS = (("list",), ("voices",), ("score",), ("score", "--by", "outlet"),
            ("score", "--voice", "quoted", "--by", "outlet"), ("score", "--by", "actor"), ("group",))


def display_width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def run(tree: Path, corpus: str, width: int, command: tuple[str, ...]) -> str:
    env = {**os.environ, "COLUMNS": str(width), "PYTHONPATH": str(tree), "NO_COLOR": "1"}
    code = "import sys; from mediadiff.cli import main; sys.argv[0] = 'mediadiff'; main()"
    args = [sys.executable, "-c", code, *command, "--corpus", corpus]
    return subprocess.run(args, capture_output=True, text=True, env=env, cwd=tree).stdout


def counts(text: str, width: int) -> tuple[int, int, int]:
    lines = text.split("\n")
    over = sum(display_width(line) > width for line in lines)
    rewrapped = sum(1 for line in lines if line.startswith("  -") and set(line.strip()) <= {"-", " "})
    alike = 0
    for i, rule in enumerate(lines):
        if not rule.startswith("-") or not set(rule) <= {"-", " "}:
            continue
        # the rule's runs of dashes are the columns; a row is named by its first (actor tables: two)
        spans, start = [], 0
        for run_ in rule.split(" "):
            if run_:
                spans.append((start, start + len(run_)))
            start += len(run_) + 1
        lead = 2 if lines[i - 1].startswith("actor") else 1
        names = []
        for row in lines[i + 1:]:
            if not row.strip():
                break
            names.append(tuple(row[a:b].strip() for a, b in spans[:lead]))
        alike += len(names) - len(set(names))
    return over, rewrapped, alike


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--corpus", action="append", default=None)
    parser.add_argument("--width", type=int, action="append", default=None)
    options = parser.parse_args()
    tree = options.tree.resolve()
    corpora = [str(tree / "seeds") if c == "seeds" else str(Path(c).resolve()) for c in options.corpus or ["seeds"]]
    print("corpus\twidth\tcommand\tover\trewrapped\talike")
    for corpus in corpora:
        for width in options.width or [50, 60, 80, 100]:
            for command in COMMANDS:
                over, rewrapped, alike = counts(run(tree, corpus, width, command), width)
                print(f"{Path(corpus).name}\t{width}\t{' '.join(command)}\t{over}\t{rewrapped}\t{alike}", flush=True)


if __name__ == "__main__":
    main()
