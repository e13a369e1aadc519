"""The outlet a copyright line names: "© 2025 Latin Times. All rights reserved." gives "Latin Times".

A copyright line names the holder, which is the outlet or the company that runs it under its legal name. The
holder's legal form ("LLC", "Inc.", "Limited") and a trailing "or its affiliated companies" are no part of the
outlet's name, and the legal names a few outlets print ("Fox News Network", "Cable News Network") are mapped to the
name the outlet goes by (``params.COPYRIGHT_HOLDERS``), so that a copyright line and other metadata agree.
"""

from __future__ import annotations

import re

from mediadiff.corpus.params import COPYRIGHT_HOLDERS

# The marks may repeat ("© Copyright 2021 The Guardian", "Copyright © 2024 ...", a record's "Copyright: Copyright
# ..."); the holder runs to a full stop,
# a bar, the line's end or "All rights reserved". A full stop after a word of one or two letters or a legal form
# abbreviates it and goes on ("St. Louis Post-Dispatch", "U.S. News & World Report L.P.", "Dow Jones & Co. Inc.").
# Matched on the line's start with white space made single spaces, the lazy holder stays linear in time.
_HOLDER = re.compile(
    r"(?:©|\(c\)|copyright\b)(?:\s*:?\s*(?:©|\(c\)|copyright\b))*\s*:?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"((?:[^.|©]|(?<=\b[A-Za-z])\.|(?<=\b[A-Za-z]{2})\.|(?<=\bInc)\.|(?<=\bCorp)\.|(?<=\bLtd)\.)+?)"
    r"\s*(?:\.(?!(?<=\b[A-Za-z]\.)|(?<=\b[A-Za-z]{2}\.))|\||$|all rights)",
    re.IGNORECASE,
)
# A year after the holder ("© AFP 2024") and "by" before it ("Copyright 2020 by the Associated Press").
_YEAR_AFTER = re.compile(r"\s+\d{4}$")
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:llc|inc|incorporated|ltd|limited|plc|corp|co|lp|l\.p|llp|gmbh|ag|pty))+$"
    r"|\s+(?:or|and)\s+its\s+(?:affiliated\s+companies|affiliates|licensors)$"
    # ProQuest's copyright field dates the holder's right: "Copyright New York Times Company Sep 8, 2016".
    r"|\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}$",
    re.IGNORECASE,
)


def copyright_outlet(text: str) -> str | None:
    """The outlet the copyright line ``text`` names, or ``None`` when it names none."""
    holder = _HOLDER.search(" ".join(text[:300].split()))
    if holder is None:
        return None
    name = _BY.sub("", holder[1].strip(" ,."))
    while (shorter := _YEAR_AFTER.sub("", _LEGAL_FORM.sub("", name)).strip(" ,.&")) != name:
        name = shorter
    if not any(ch.isalpha() for ch in name):  # "© 2024. All rights reserved.": a year, no holder
        return None
    return COPYRIGHT_HOLDERS.get(name.lower(), name)
