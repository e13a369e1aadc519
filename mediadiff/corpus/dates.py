"""The calendar words news text dates things with, shared by every stage that reads dates."""

from __future__ import annotations

MONTHS = ("january february march april may june july august september october november december").split()
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTH_ABBREVIATIONS = {m[:3]: m for m in MONTHS} | {"sept": "september"}
