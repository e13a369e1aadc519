"""Fixed news compounds (``data/news_compounds.tsv``: "super PAC", "lame duck", "threatened species"): the table, and
where a listed first word meets its second word (``newsrules`` sets their rated words aside as no tone); and nouns of
people, which a class word ("poor families") or a classifier ("prison escapee") stands before."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from mediadiff.corpus.wordtables import DATA, table_row

__all__ = ["AMOUNT", "news_compounds", "people_noun", "rare_person_noun", "shares_head"]

# A word that ends an amount before "worth of": a figure, a number word, or a time's possessive ("a week's").
AMOUNT = re.compile(r"[\d$£€]|(?:hundred|thousand|[mbtr]illion)s?$|(?:dollar|pound|euro|year|month|week|day|hour)s'$"
                    r"|(?:year|month|week|day|hour|night|minute)['’]s$")
COORDINATORS = frozenset({"and", "or"})


@lru_cache(maxsize=1)
def news_compounds() -> dict[str, frozenset[str]]:
    """``data/news_compounds.tsv``: first word -> the words that may follow it in a fixed news compound ("super"
    -> "pac", "majority" ...); ``*`` when the word alone is one ("primary")."""
    text = (DATA / "news_compounds.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0]: frozenset(row[1].split()) for row in rows}


def shares_head(tokens: Sequence[str], raw: Sequence[str], i: int, after: Collection[str],
                clause_marks: tuple[str, ...]) -> bool:
    """Token ``i`` is a premodifier coordinated with the next but one, whose head is one of ``after``: coordinated
    premodifiers share their head (Quirk et al. 1985, 13.69), so "threatened or endangered species" holds
    "threatened species" and "high and middle schools" "high schools". No clause mark (``raw`` as written) between."""
    return i + 3 < len(tokens) and tokens[i + 1] in COORDINATORS and tokens[i + 3] in after \
        and not any(raw[j].endswith(clause_marks) for j in (i, i + 1, i + 2))


# Suffixes that make nouns of persons ("escapee", "parolee", "abductee", "auctioneer"): English forms no verbs in them.
PERSON_SUFFIXES = ("ee", "ees", "eer", "eers")


def rare_person_noun(word: str) -> bool:
    """A word too rare for the word tables (``word_frequency.tsv``: Zipf under 2.5, so no row in ``noun_words.tsv``
    either) with a suffix of persons is a noun: "Texas prison escapee" is a compound as "prison guards" is, its
    "prison" a classifier (``newsrules.topic_nouns``). Common words with these endings ("agree", "see", "free") have
    rows and are read from them."""
    return word.endswith(PERSON_SUFFIXES) and word.isalpha() and table_row("word_frequency.tsv", word) is None


# Plurals of nouns of people that no ending rule reaches ("poor women", "poor children", qa8).
_IRREGULAR_PLURALS = {"women": "woman", "men": "man", "children": "child", "people": "person",
                      "policemen": "policeman", "businessmen": "businessman", "grandchildren": "grandchild"}


def people_noun(word: str) -> bool:
    """A noun of people or groups (``data/people_nouns.tsv``), singular or plural ("households", "families")."""
    forms = [word, _IRREGULAR_PLURALS.get(word, word)]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss"):
        forms += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    return any(table_row("people_nouns.tsv", form) is not None for form in forms)
