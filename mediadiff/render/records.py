"""Row-by-row writers for flat records: CSV and JSON Lines.

They take any iterable of mappings (for example ``mediadiff.scale.stream.stream_scores``)
and write each record as it comes, so memory stays flat however many rows there are.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from mediadiff.render.numbers import round_floats
from mediadiff.render.safe import CSV_TRIGGERS, csv_cell, csv_header
from mediadiff.render.tables import json_default

__all__ = ["write_csv", "write_jsonl"]


def write_csv(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    """Write records as CSV row by row; the header is the first record's keys.

    Keys a later record adds are left out and missing ones left empty (score
    records of one level all share the first record's keys). ``None`` becomes
    an empty cell; floats are rounded (``render.numbers.round_floats``); text that
    a spreadsheet would run as a formula gets a leading ``'`` (``render.safe.csv_cell``).
    Writes nothing for no records. Returns the number of rows.
    """
    writer = None
    fieldnames: list[str] = []
    count = 0
    for record in records:
        if writer is None:
            writer = csv.writer(stream, lineterminator="\n")
            fieldnames = list(record)
            writer.writerow(csv_header(fieldnames).values())
        # what DictWriter(extrasaction="ignore") writes of csv_row(round_floats(record)), one pass over the cells
        writer.writerow([_cell(record.get(key, "")) for key in fieldnames])
        count += 1
    return count


_CHECKED_FIRST = frozenset(CSV_TRIGGERS) | {" "}


def _cell(value: Any) -> Any:
    """``csv_cell(round_floats(value))``; text and whole numbers (most cells) need no rounding."""
    if isinstance(value, str):
        # text whose first character is no formula trigger nor a space is safe as it is (csv_cell's rule)
        return value if value[:1] not in _CHECKED_FIRST else csv_cell(value)
    if value is None or isinstance(value, int):  # bool is an int
        return value
    return csv_cell(round_floats(value))


def write_jsonl(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    """Write one JSON object per line (UTF-8 kept, keys in record order, floats rounded).

    Returns the number of lines.
    """
    count = 0
    for record in records:
        stream.write(json.dumps(round_floats(record, json=True), ensure_ascii=False, default=json_default))
        stream.write("\n")
        count += 1
    return count
