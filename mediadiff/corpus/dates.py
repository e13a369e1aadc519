"""The calendar words news text dates things with, shared by every stage that reads dates, and the date a file's
name gives."""

from __future__ import annotations

import re
from datetime import date

MONTHS = ("january february march april may june july august september october november december").split()
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTH_ABBREVIATIONS = {m[:3]: m for m in MONTHS} | {"sept": "september"}

# A full ISO date standing alone in a file's name ("nyt_2016-09-08_obama-on-climate.txt"), not inside a longer number.
_ISO_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def date_in_name(name: str) -> str | None:
    """The one valid ISO date (YYYY-MM-DD) a file's name holds, as archives and scrapers name what they store
    by its publication day; ``None`` when the name holds none, an impossible one or two different ones."""
    found = set()
    for year, month, day in _ISO_IN_NAME.findall(name):
        try:
            found.add(date(int(year), int(month), int(day)).isoformat())
        except ValueError:
            return None
    return found.pop() if len(found) == 1 else None
