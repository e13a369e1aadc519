"""Where and through whom a story was filed: the dateline that opens its first paragraph.

A news agency, and many papers, open a story with a dateline: the place it was filed from, in capitals, with
the state or country abbreviated ("SPRINGFIELD, Ill."), for Reuters the date ("LONDON, Jan 5"), then the
agency or outlet in parentheses ("(AP)", "(Reuters)", "(CNN)") and a dash, and the story's first sentence
after it: "SPRINGFIELD, Ill. (AP) — The governor said ..." (two places, "WASHINGTON/LONDON (Reuters) - ", or
the agency alone, Bloomberg's "(Bloomberg) -- "). The dateline is metadata, not part of that
sentence: ``read_dateline`` finds where it ends, so that the sentence after it stays whole (a sentence
splitter cut "SPRINGFIELD, Ill." off as a sentence of its own), and the news agency it names is the story's
wire.

The place is a few words (at most ``DATELINE_PLACE_MAX_WORDS``; "SALT LAKE CITY", "RIO DE JANEIRO"). Without
parentheses it must be written in capitals, as datelines are, and the dash must stand apart ("WASHINGTON —
") or be an em dash (the Wall Street Journal's "WASHINGTON—The Fed ..."): a name in ordinary capitals before a
dash opens a sentence ("Republicans — and some Democrats — said ..."), and a word in capitals glued to a double
hyphen is a death notice's surname ("SIEGEL--Jerome Arthur"). Without parentheses a dateline opens only the
story's first paragraph: further down a word in capitals before a dash is a run-in heading ("FAREWELL—").
In ordinary capitals the place counts only before a news organisation in
parentheses ("Washington (CNN) — ", "New York (AFP) – "), never before a party and state ("Marco Rubio
(R-Fla.) — "). A kicker's label in capitals ("BREAKING NEWS — ", "ANALYSIS — ") is no place
(``DATELINE_LABELS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mediadiff.corpus.dates import MONTH_ABBREVIATIONS, MONTHS
from mediadiff.corpus.namewords import NAME_PARTICLES
from mediadiff.corpus.params import (
    BYLINE_ORGANISATION_WORDS,
    DATELINE_LABELS,
    DATELINE_PLACE_MAX_WORDS,
    NEWS_AGENCIES,
)

_WORD = r"[^\W\d_](?:[^\W\d_]|[.'’-])*"  # letters with inner dots, apostrophes and hyphens: "ST.", "WINSTON-SALEM"
_MONTH = "|".join(sorted((m.capitalize() for m in (*MONTHS, *MONTH_ABBREVIATIONS)), key=len, reverse=True))
_DATELINE = re.compile(
    # "WASHINGTON/LONDON": a story filed from two places
    rf"(?:(?P<place>{_WORD}(?:(?:\s+|\s*/\s*){_WORD}){{0,{DATELINE_PLACE_MAX_WORDS + 1}}})"
    rf"(?P<region>(?:\s*,\s*{_WORD}(?:\s+{_WORD}){{0,2}}){{0,2}})"  # ", Ill.", ", N.C.", ", England"
    rf"(?:\s*,?\s*(?:{_MONTH})\.?\s+\d{{1,2}})?)?"  # Reuters' date: ", Jan 5"
    r"(?:\s*\(\s*(?P<source>[^()\s][^()]{0,40}?)\s*\))?"
    r"(?P<space>\s*)(?P<dash>—|–|--|-|_)\s*")
_AGENCIES = {agency.lower(): agency for agency in NEWS_AGENCIES}
_LABELS = frozenset(DATELINE_LABELS)
_SOURCE_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "CNN", "BBC", "NBC": an outlet's initials


@dataclass(frozen=True)
class Dateline:
    """A dateline: its text as written ("SPRINGFIELD, Ill. (AP) —"), the place ("SPRINGFIELD, Ill."), what
    its parentheses name ("AP", or ``None``), the news agency among that (``wire``), and where the sentence
    after it starts in the paragraph (``end``, a character offset)."""

    text: str
    place: str
    source: str | None
    wire: str | None
    end: int


def read_dateline(paragraph: str, *, first: bool = True) -> Dateline | None:
    """The dateline that opens ``paragraph`` ("LONDON, Jan 5 (Reuters) - Britain's ..."), or ``None``.
    ``first``: the paragraph is the body's first. A later one opens with a dateline only where its parentheses
    name a news organisation: the story after a headline taken for body text, or a second story pasted below
    the first ("WASHINGTON (AP) — "); a place in capitals before a dash may be a run-in heading there."""
    match = _DATELINE.match(paragraph[:200])
    if match is None:
        return None
    place, source = " ".join((match["place"] or "").split()), match["source"]
    rest = paragraph[match.end():]
    if not rest[:1].isupper() and not rest[:1].isdigit() and rest[:1] not in "\"“‘'" or len(rest.split()) < 3:
        return None  # the sentence after a dateline opens as sentences do
    if not place:  # Bloomberg's "(Bloomberg) -- ": the agency alone
        return Dateline(paragraph[:match.end()].rstrip(), "", source, _AGENCIES.get(source.lower()), match.end()) \
            if source and _names_news(source) else None
    words = [w for w in place.replace("/", " ").split() if w.lower() not in NAME_PARTICLES]
    if len(words) > DATELINE_PLACE_MAX_WORDS or place.upper() in _LABELS or len(place.split()[0]) < 2:
        return None
    if match["dash"] == "-" and source is None and rest.split(maxsplit=1)[0].isupper():
        return None  # "A FIRE - BOMB attack": a compound as tokenised text spaces its hyphen (an agency in
        # parentheses rules that out: "LONDON (Reuters) - A British court", "(Reuters) - U.S. stocks")
    if source is None:  # "WASHINGTON — ": a place in capitals and a dash standing apart
        if not first or not place.isupper() or not match["space"] and match["dash"] != "—":
            return None
    elif not (place.isupper() or all(w[:1].isupper() for w in words)) or not _names_news(source):
        return None
    head = paragraph[:match.end()].rstrip()
    where = (place + " ".join(match["region"].split()).replace(" ,", ",")).strip()
    return Dateline(head, where, source, _AGENCIES.get(source.lower().removeprefix("the ")) if source else None,
                    match.end())


def _names_news(source: str) -> bool:
    """Whether a dateline's parentheses name a news organisation: an agency ("AP", "Reuters", "dpa"), an
    outlet's initials ("CNN") or a name with an outlet's word ("Sports Network", "Kyodo News")."""
    return source.lower().removeprefix("the ") in _AGENCIES or bool(_SOURCE_ACRONYM.fullmatch(source)) \
        or any(w.lower() in BYLINE_ORGANISATION_WORDS for w in source.split())
