"""Which dates a label shows: a date the members write is the event's only if it could be when the event
happened (``could_be_when``), or if it names what the story is about ("the Jan. 6 attack": ``names_something``)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Sequence

from mediadiff.corpus.dates import MONTH_ABBREVIATIONS, MONTHS
from mediadiff.events.params import EVENT_DATE_DAYS_BEFORE
from mediadiff.voices.wordclass import function_words

__all__ = ["could_be_when", "names_something"]


def could_be_when(date: str, published: Sequence[str | None]) -> bool:
    """Whether ``date`` ("September 8", "Sept. 8", "September 2009"), written in the members' texts, could be
    when their event happened: within ``EVENT_DATE_DAYS_BEFORE`` days before a member's publication date or the
    day after it. True when no member is dated or the date is of another shape."""
    days = [datetime.date.fromisoformat(p[:10]) for p in published if p and _ISO_DAY.match(p)]
    words = date.lower().replace(".", "").split()
    month = MONTH_ABBREVIATIONS.get(words[0][:4] if words[0][:4] == "sept" else words[0][:3]) if words else None
    if not days or month is None or len(words) != 2 or not words[1].isdigit():
        return True
    number, month_number = int(words[1]), MONTHS.index(month) + 1
    for day in days:
        earliest = day - datetime.timedelta(days=EVENT_DATE_DAYS_BEFORE)
        if number > 31:  # "September 2009": a month of a year
            if (earliest.year, earliest.month) <= (number, month_number) <= (day.year, day.month):
                return True
            continue
        for year in (day.year - 1, day.year):  # "December 30" under a January 2 report
            try:
                when = datetime.date(year, month_number, number)
            except ValueError:
                continue
            if earliest <= when <= day + datetime.timedelta(days=1):
                return True
    return False


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# Words that follow a date written as an adverbial ("on January 6 in Washington", "by December 3 to avert"),
# never as a modifier of a noun: the function words the package knows (``wordclass.function_words``: Snowball's
# stop words with the prepositions and conjunctions it lacks) and the prepositions of place and time neither lists.
_MORE_PREPOSITIONS = frozenset("across around behind following inside near outside past throughout".split())


def names_something(date: str, texts: Collection[str]) -> bool:
    """Whether the members write ``date`` as a name's modifier ("the January 6 committee", "the Jan. 6 attack")
    in at least a third of its uses: the date names a thing the story is about, not when it happened."""
    month, _, rest = date.partition(" ")
    # As written: "January 6", "Jan. 6", "January 6th", with or without a year.
    short = "Sept?" if month.lower() == "september" else re.escape(month[:3])  # AP writes "Sept. 11"
    written = rf"\b(?:{re.escape(month)}|{short}\.?) {re.escape(rest)}(?:st|nd|rd|th)?\b(?:,? \d{{4}})?"
    pattern = re.compile(written + r"(?: ([A-Za-z]+))?")
    uses = [match.group(1) for text in texts for match in pattern.finditer(text)]
    adverbial = function_words() | _MORE_PREPOSITIONS
    naming = sum(1 for word in uses if word and len(word) > 2 and word.lower() not in adverbial)
    return bool(uses) and 3 * naming >= len(uses)
