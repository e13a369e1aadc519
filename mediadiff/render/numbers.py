"""Numbers as written to JSON and CSV: scores rounded to a fixed number of decimals.

The library's dataclasses keep full precision (``0.6659906704385695``); what a
reader, a spreadsheet or a diff sees is rounded once, here, by every JSON and
CSV writer, so the same score reads the same in every format and the output
does not change in the 16th digit when the arithmetic is reordered.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

__all__ = ["OUTPUT_DIGITS", "round_floats"]

# Four decimals: finer than any difference the scores can tell apart (a VADER
# compound or a cosine moves in the third), short enough to read.
OUTPUT_DIGITS = 4


def round_floats(value: Any, *, digits: int = OUTPUT_DIGITS, json: bool = False) -> Any:
    """``value`` with every float inside it (dicts, lists, tuples, sets) rounded to ``digits`` decimals.

    Integers, booleans, text and ``None`` are unchanged; ``-0.0`` becomes ``0.0``
    (a rounded ``-0.00001`` is not negative); ``nan`` and infinities are kept, or
    become ``None`` with ``json`` (JSON has no such numbers: Python would write
    ``NaN`` or ``Infinity``, which other parsers refuse; JavaScript's
    ``JSON.stringify`` writes ``null`` too). Mappings come back as plain dicts with
    their keys in order, sequences and sets as lists.
    """
    if isinstance(value, float):
        if not math.isfinite(value):
            return None if json else value
        return round(value, digits) + 0.0  # + 0.0 turns -0.0 into 0.0
    if isinstance(value, (str, int, bool)) or value is None:
        return value
    if isinstance(value, Mapping):
        return {key: round_floats(item, digits=digits, json=json) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [round_floats(item, digits=digits, json=json) for item in value]
    return value
