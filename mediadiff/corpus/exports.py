"""Archive exports: the labels a news archive prints between the parts of a stored article.

An article exported from an archive (ProQuest, LexisNexis, the NYT's own) is a record: its headline, then its
parts under labels in capitals ("ABSTRACT.", "FULL TEXT.", "BODY:"), and fields the archive adds ("LENGTH: 812
words", "LOAD-DATE: September 9, 2016"). The labels and fields are the archive's, not the writer's: a line that
is only a label, or a field of the archive's own, is no body text. The line above the record's first label is
its headline, whatever its case and though the archive ended it in a full stop. The lists are in ``params``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from mediadiff.corpus.furniture import date_line
from mediadiff.corpus.params import (
    EXPORT_FIELDS,
    EXPORT_LABELS,
    RECORD_FIELDS,
    RECORD_FIELDS_IN_A_RECORD,
    RECORD_MIN_FIELDS,
)

_LABEL = re.compile(r"\s*(?P<label>[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,3})\s*[.:]?\s*", re.IGNORECASE)
# A field is written as the archive prints it, in capitals ("LENGTH: 812 words"): "Length: 812 words" may be prose.
_FIELD = re.compile(r"(?P<label>[A-Z][A-Z-]{1,30}): \S")


def is_export_label(text: str) -> bool:
    """A line that is only an archive's label ("ABSTRACT.", "FULL TEXT.", "Full text:", "BODY:") or a field of
    the archive's record in capitals ("LENGTH: 812 words", "LOAD-DATE: September 9, 2016", "LANGUAGE: ENGLISH")."""
    if len(text) > 200:
        return False
    label = _LABEL.fullmatch(text)
    if label is not None and label["label"].lower() in EXPORT_LABELS:
        return True
    field = _FIELD.match(text)
    return field is not None and field["label"] in EXPORT_FIELDS


_FIELD_LINE = re.compile(r"(?P<label>[^\W\d_][\w /]{0,40}?)\s*:\s+(?P<value>\S.*)")


def _field(text: str, labels: frozenset[str]) -> re.Match[str] | None:
    match = _FIELD_LINE.fullmatch(text) if len(text) <= 2000 else None
    return match if match is not None and match["label"].lower() in labels else None


def record_lines(lines: list[Any]) -> list[Any]:
    """``lines`` (``lines.Line``, whose module imports this one) with an archive record's fields marked
    (``Line.field``) and its parts' labels split off the text they open, as ProQuest exports a record:
    "Publication title: ...", "ProQuest document ID: ...", then, once the file holds at least ``RECORD_MIN_FIELDS``
    such fields, also "Author: ...", "Subject: ...", and "Abstract:" and "Full text:" opening their text on one
    line ("Full text: MIDWAY ATOLL - ..." gives a line "Full text:", set aside, and the text)."""
    if sum(_field(line.text, RECORD_FIELDS) is not None for line in lines) < RECORD_MIN_FIELDS:
        return lines
    found = []
    for line in lines:
        part = _field(line.text, EXPORT_LABELS)
        if part is not None:
            label = line.text[:part.start("value")].rstrip()
            found.append(replace(line, text=label, end=line.start + len(label), last=False))
            found.append(replace(line, text=part["value"], start=line.start + part.start("value")))
        elif _field(line.text, RECORD_FIELDS | RECORD_FIELDS_IN_A_RECORD) is not None:
            found.append(replace(line, field=True))
        else:
            found.append(line)
    return found


def record_date(text: str) -> str | None:
    """The published date a record's "Publication date: Sep 8, 2016" field gives (YYYY-MM-DD), else ``None``."""
    field = _field(text, frozenset(("publication date",)))
    return date_line(field["value"]) or None if field is not None else None
