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
(``DATELINE_LABELS``), but is no part of the sentence either: it is read as a label. Nor is a person's name in
capitals ("JOE BIDEN — ", "ANITA HILL — "): a first name and more, without a state after it, that is no
known place or town ("MORGAN HILL — " is one: ``first_name_towns.tsv``) and does not end in a place's word that
no family name is ("JACKSON HOLE — ", "JOHNSON CITY — ": ``DATELINE_PLACE_GENERICS``).
Opening the story, or after a place in capitals, the parentheses may credit any outlet ("(The Hill) — ",
"WASHINGTON (Politico) — "), and the outlet, if no news agency, is the story's. A date with its year ("LONDON,
Jan 5, 2024 (Reuters) -") is the day the story was filed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from mediadiff.corpus.bylines import is_place
from mediadiff.corpus.dates import MONTH_ABBREVIATIONS, MONTHS
from mediadiff.corpus.namewords import NAME_PARTICLES
from mediadiff.corpus.params import (
    BYLINE_ORGANISATION_WORDS,
    DATELINE_LABELS,
    DATELINE_MEDIA_WORDS,
    DATELINE_PLACE_GENERICS,
    DATELINE_PLACE_MAX_WORDS,
    NEWS_AGENCIES,
)
from mediadiff.corpus.wordtables import table_row

_WORD = r"[^\W\d_](?:[^\W\d_]|[.'’-])*"  # letters with inner dots, apostrophes and hyphens: "ST.", "WINSTON-SALEM"
_MONTH = "|".join(sorted((m.capitalize() for m in (*MONTHS, *MONTH_ABBREVIATIONS)), key=len, reverse=True))
_DATELINE = re.compile(
    # "WASHINGTON/LONDON": a story filed from two places
    rf"(?:(?P<place>{_WORD}(?:(?:\s+|\s*/\s*){_WORD}){{0,{DATELINE_PLACE_MAX_WORDS + 1}}})"
    rf"(?P<region>(?:\s*,\s*{_WORD}(?:\s+{_WORD}){{0,2}}){{0,2}})"  # ", Ill.", ", N.C.", ", England"
    # the date: Reuters' ", Jan 5", with its year ("LONDON, Jan 5, 2024 (Reuters) -", "WASHINGTON, March 3, 2023 (AP)")
    rf"(?:\s*,?\s*(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:\s*,\s*(?P<year>\d{{4}}))?)?)?"
    r"(?:\s*\(\s*(?P<source>[^()\s][^()]{0,40}?)\s*\))?"
    r"(?:(?P<space>\s*)(?P<dash>—|–|--|-|_)|(?<=\)))\s*")  # CNN's "(CNN)The ...": no dash after a credit
_AGENCIES = {agency.lower(): agency for agency in NEWS_AGENCIES}
_LABELS = frozenset(DATELINE_LABELS)
_NO_OUTLET = _LABELS | frozenset(DATELINE_MEDIA_WORDS)  # "(Photo)", "(VIDEO)", "(UPDATE)": no outlet's credit
_SOURCE_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "CNN", "BBC", "NBC": an outlet's initials


_OUTLET_NAME = re.compile(r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&)){0,3}")
@dataclass(frozen=True)
class Dateline:
    """A dateline: its text as written ("SPRINGFIELD, Ill. (AP) —"), the place ("SPRINGFIELD, Ill."), what
    its parentheses name ("AP", or ``None``), the news agency among that (``wire``), where the sentence
    after it starts in the paragraph (``end``, a character offset) and the day it gives with its year
    (``published``, "2024-01-05"; ``None`` without a year). ``label``: no dateline but a kicker's label in
    capitals before a dash ("BREAKING — ", ``DATELINE_LABELS``), which is no part of the sentence either."""

    text: str
    place: str
    source: str | None
    wire: str | None
    end: int
    published: str | None = None
    label: bool = False


def read_dateline(paragraph: str, *, first: bool = True) -> Dateline | None:
    """The dateline that opens ``paragraph`` ("LONDON, Jan 5 (Reuters) - Britain's ..."), or ``None``.
    ``first``: the paragraph is the body's first. A later one opens with a dateline only where its parentheses
    name a news organisation: the story after a headline taken for body text, or a second story pasted below
    the first ("WASHINGTON (AP) — "); a place in capitals before a dash may be a run-in heading there. A credit
    in parentheses needs no dash after it in the first paragraph (CNN's "(CNN)The Senate ...")."""
    match = _DATELINE.match(paragraph[:200])
    if match is None:
        return None
    place, source = " ".join((match["place"] or "").split()), match["source"]
    rest = paragraph[match.end():]
    if not rest[:1].isupper() and not rest[:1].isdigit() and rest[:1] not in "\"“‘'" or len(rest.split()) < 3:
        return None  # the sentence after a dateline opens as sentences do
    if match["dash"] is None and not (first and _names_news(source) and (not place or match.end() == match.end(
            "source") + 1)):  # "(CNN) The", "Washington (CNN)The"; "Republican National Committee (RNC) Chair"
        return None
    if not place:  # Bloomberg's "(Bloomberg) -- ", "(The Hill) — ": the credit alone
        return Dateline(paragraph[:match.end()].rstrip(), "", source, _wire(source), match.end()) \
            if source and _names_outlet(source) else None
    words = [w for w in place.replace("/", " ").split() if w.lower() not in NAME_PARTICLES]
    if place.upper() in _LABELS and source is None and first and match["dash"] in ("—", "–", "--"):
        return Dateline(paragraph[:match.end()].rstrip(), "", None, None, match.end(), label=True)
    if len(words) > DATELINE_PLACE_MAX_WORDS or place.upper() in _LABELS or len(place.split()[0]) < 2:
        return None
    if match["dash"] == "-" and source is None and rest.split(maxsplit=1)[0].isupper():
        return None  # "A FIRE - BOMB attack": a compound as tokenised text spaces its hyphen (an agency in
        # parentheses rules that out: "LONDON (Reuters) - A British court", "(Reuters) - U.S. stocks")
    if source is None:  # "WASHINGTON — ": a place in capitals and a dash standing apart
        if not first or not place.isupper() or not match["space"] and match["dash"] != "—" \
                or not match["region"] and _is_personal_name(place):
            return None
    elif not (place.isupper() and _names_outlet(source) or all(w[:1].isupper() for w in words)
              and (_names_news(source) or source.startswith("The "))):
        return None  # in ordinary capitals, "Marco Rubio (Florida) — ": the parentheses must name news
    head = paragraph[:match.end()].rstrip()
    where = (place + " ".join(match["region"].split()).replace(" ,", ",")).strip()
    return Dateline(head, where, source, _wire(source) if source else None, match.end(), _day(match))


def _day(match: re.Match[str]) -> str | None:
    """The ISO day of a dateline's date with its year ("Jan 5, 2024"), or ``None``."""
    if not match["year"]:
        return None
    month = match["month"].lower().rstrip(".")
    number = next((n for n, name in enumerate(MONTHS, 1) if name.startswith(month[:3])), None)
    try:
        return date(int(match["year"]), number, int(match["day"])).isoformat() if number else None
    except ValueError:  # "Feb 30"
        return None


def _wire(source: str) -> str | None:
    return _AGENCIES.get(source.lower().removeprefix("the "))


def _is_personal_name(place: str) -> bool:
    """A first name and more in capitals ("JOE BIDEN", "ANITA HILL"): a person, not a dateline's place, unless
    the words are a known place ("SANTA FE", ``places.txt``) or town (``first_name_towns.tsv``: "MORGAN HILL",
    "ANN ARBOR", "CHARLES TOWN"), or end in a place's word that is no surname ("JACKSON HOLE", "JOHNSON CITY":
    ``DATELINE_PLACE_GENERICS``). Other town nouns are no evidence: "Hill", "Park", "Lake" and "Bay" are surnames
    too, and a town the tables lack is written with its state ("GRANT PARK, Ill. —"), as wire style asks."""
    words = place.split()
    if len(words) < 2 or is_place(place) or table_row("first_names.tsv", words[0].lower()) is None \
            or words[-1].lower() in DATELINE_PLACE_GENERICS:
        return False
    folded = "".join(c for c in unicodedata.normalize("NFKD", place) if not unicodedata.combining(c))
    return table_row("first_name_towns.tsv", " ".join(folded.lower().split())) is None


def _names_news(source: str) -> bool:
    """Whether a dateline's parentheses name a news organisation: an agency ("AP", "Reuters", "dpa"), an
    outlet's initials ("CNN") or a name with an outlet's word ("Sports Network", "Kyodo News")."""
    if source.upper() in _NO_OUTLET:
        return False
    return source.lower().removeprefix("the ") in _AGENCIES or bool(_SOURCE_ACRONYM.fullmatch(source)) \
        or any(w.lower() in BYLINE_ORGANISATION_WORDS for w in source.split())


def _names_outlet(source: str) -> bool:
    """Whether parentheses after a place in capitals, or opening the story, credit an outlet: a news
    organisation (``_names_news``) or any name ("The Hill", "Politico", "Axios"), not a kicker's label."""
    return _names_news(source) or bool(_OUTLET_NAME.fullmatch(source)) and source.upper() not in _NO_OUTLET
