"""The sorted word tables shipped in ``mediadiff/data``, read lazily and searched by bisection.

Each table is tab-separated and sorted by its first column, so first use costs a file read, not a
dictionary build, and ``import mediadiff`` stays fast. The stages share this one reader, so a table
two stages consult (``word_frequency.tsv``: the word aligner's rarity weights and the voices' test of
what an ordinary English word is) is read once per process. Sources and licences:
``mediadiff/data/README.md``.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@cache  # a handful of shipped files, each kept for the life of the process
def table_lines(name: str) -> list[str]:
    """The lines of the shipped table ``name``, in its (sorted) order."""
    return (DATA / name).read_text(encoding="utf-8").splitlines()


def table_rows(name: str, key: str) -> list[list[str]]:
    """The rows of table ``name`` whose first column is ``key``, each without that column."""
    lines = table_lines(name)
    prefix = key + "\t"
    at = bisect_left(lines, prefix)
    found = []
    while at < len(lines) and lines[at].startswith(prefix):
        found.append(lines[at].split("\t")[1:])
        at += 1
    return found


def table_row(name: str, key: str) -> list[str] | None:
    """The first row of table ``name`` whose first column is ``key`` (without it), or ``None``."""
    lines = table_lines(name)
    prefix = key + "\t"
    at = bisect_left(lines, prefix)
    return lines[at].split("\t")[1:] if at < len(lines) and lines[at].startswith(prefix) else None
