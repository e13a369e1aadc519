"""Numbers as written to JSON and CSV: scores rounded to a fixed number of decimals.

The library's dataclasses keep full precision (``0.6659906704385695``); what a
reader, a spreadsheet or a diff sees is rounded once, here, by every JSON and
CSV writer, so the same score reads the same in every format and the output
does not change in the 16th digit when the arithmetic is reordered.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["OUTPUT_DIGITS", "round_floats", "signed"]

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
    return _rounding(digits, json)(value)


def _rounding(digits: int, json: bool) -> Callable[[Any], Any]:
    """``round_floats`` for one setting, as one recursive function (a JSON tree holds tens of
    thousands of values: the usual leaves are told by their exact type first)."""
    finite = math.isfinite
    plain = (str, int, bool, type(None))

    def rounded(value: Any) -> Any:
        kind = type(value)
        if kind is float:
            if not finite(value):
                return None if json else value
            return round(value, digits) + 0.0  # + 0.0 turns -0.0 into 0.0
        if kind in plain:
            return value
        if kind is dict:
            return {key: rounded(item) for key, item in value.items()}
        if kind is list or kind is tuple:
            return [rounded(item) for item in value]
        if isinstance(value, float):  # numpy's float64 among them: rounded by its own round()
            return (None if json else value) if not finite(value) else round(value, digits) + 0.0
        if isinstance(value, (str, int, bool)):
            return value
        if isinstance(value, Mapping):
            return {key: rounded(item) for key, item in value.items()}
        if isinstance(value, (list, tuple, set, frozenset)):
            return [rounded(item) for item in value]
        return value

    return rounded


def signed(value: float, digits: int = 2) -> str:
    """A tone as shown to a reader, sign first: ``+0.29``, ``-0.42``; a value that rounds to zero
    is ``0.00`` with no sign: ``-0.00`` read as unfavourable beside a 100% neutral row, and ``+0.00``
    as favourable (QA: a tone of -0.0046 shown as ``+0.00``)."""
    text = f"{value:+.{digits}f}"
    return text[1:] if float(text) == 0 else text
