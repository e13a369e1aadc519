"""When two written figures are one figure: "9.21 million" and "9.2 million", "9,200,000" and "9.2 million".

Outlets round. One writes "9.21 million job openings", another "openings reached 9.2 million", a third
"about 9 million": one figure, told at three precisions. A figure is read with its scale word ("million",
"bn") as a value and the place of its last written digit (its *unit*: 0.01 million for "9.21 million").
Two figures agree when they are equal, or when the finer one lies less than half the coarser one's unit
from it: the coarser figure is then the finer one rounded ("about 10,000" for 10,503; "more than 1.6
million" for 1,626,042). A figure exactly half a unit away could be rounded either way, and in news it is
more often another figure ("about 200 feet" and "about 150 metres"; "five" officers and "around 10" a.m.).
A rounding keeps at least the leading digit of the figure it rounds, so the window is never wider than half
the place of the finer figure's leading digit either (6 is not "about 10": a writer with 6 writes "about 6";
600,000 is no "1 million"), except that a figure just below a round one may be carried up to it ("nearly 100"
for 94, "about 10" for 9.3): within one unit of the place below the round figure's leading digit. So "about
10" agrees with 9 < x < 15, "about 100" with 90 < x < 150, "about 600" with 550 < x < 650.

Rounding is read only into a figure that is written as a rounded magnitude: one with a decimal point
("9.2"), a scale word ("9 million") or a word that says it is approximate ("about 600"). A plain whole
number is exact as written: "10 people were killed" and "14 people were killed" are two figures, and so are
the years 2000 and 2014. "About 600" is read at its last non-zero digit (the hundreds: 551 to 649 agree).
Rules, not tuned numbers: nothing here was fitted; read on the AllSides same-story pairs of the development
half (``bench/try_figure_rewordings.py``, bench/results/align.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

# Scale words and their powers of ten (news abbreviations included: "$5bn", "3.2 mln").
SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "bn": 9, "mn": 6, "mln": 6, "tn": 12,
          "trn": 12}
# Words before a figure that say it is approximate: it is read at its last non-zero digit.
APPROXIMATE = frozenset("about around roughly nearly almost approximately some estimated approx".split())


@dataclass(frozen=True)
class Figure:
    """A written figure: ``value``, the ``unit`` of its last significant digit, and whether it may be a
    rounding of a finer figure (``rounded``: written with a decimal point, a scale word or "about")."""

    value: Decimal
    unit: Decimal
    rounded: bool


@lru_cache(maxsize=16384)
def read_figure(digits: str, *, scale_word: str = "", approximate: bool = False) -> Figure | None:
    """The figure written as ``digits`` ("9.21", "9,200,000", "12%"), times ``scale_word`` when it is one.

    ``approximate``: a word before it says it is approximate ("about 600": unit 100). None when
    ``digits`` is not a plain number (a comma-grouped figure with groups other than three digits, say).
    """
    text = digits.rstrip("%")
    if "," in text:
        head, *groups = text.split(",")
        if "." in head or any(len(g.split(".")[0]) != 3 for g in groups):
            return None  # "2,14" or "1.2,3": a list or a European decimal, not a thousands-grouped figure
        text = text.replace(",", "")
    if text.count(".") > 1:
        return None  # "1.2.3": a version or a date, not a figure
    if len(text.partition(".")[0]) > 1 and text[0] == "0":
        return None  # "000" of "13 , 000" split in two, or "007": a fragment or a code, not a figure
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    power = SCALES.get(scale_word.lower(), 0)
    places = len(text.partition(".")[2])
    unit_exponent = power - places
    whole = text.partition(".")[0]
    if approximate and not places and value:
        unit_exponent += len(whole) - len(whole.rstrip("0"))  # "about 600" is read to the hundred
    scale = Decimal(10) ** power
    return Figure(value * scale, Decimal(10) ** unit_exponent, bool(places or power or approximate))


def agree(x: Figure, y: Figure) -> bool:
    """True when ``x`` and ``y`` are the same figure, one perhaps a rounding of the other (module docstring)."""
    if x.value == y.value:
        return True
    coarse, fine = (x, y) if x.unit > y.unit else (y, x)
    if coarse.unit == fine.unit or not coarse.rounded:
        return False
    if not fine.value:
        return False  # 0 has no leading digit to keep: only 0 is 0
    # Half a unit of the coarser figure, or of the finer one's leading digit when that is smaller (module
    # docstring: a rounding keeps the leading digit of what it rounds); exactly half a unit away is not one.
    leading = Decimal(10) ** abs(fine.value).adjusted()
    coarse_place = Decimal(10) ** abs(coarse.value).adjusted()
    if leading < coarse_place:  # carried up a place ("nearly 100" for 94): one unit of the place below, 10
        leading = coarse_place / 5
    return abs(fine.value - coarse.value) * 2 < min(coarse.unit, leading)


def written_figures(words: Sequence[str], lowered: Sequence[str]) -> tuple[Figure, ...]:
    """The figures of a sentence's ``words`` written in digits, each read with the (``lowered``) word after it
    as its scale and the word before it as an approximation."""
    found = (read_figure(word, scale_word=lowered[k + 1] if k + 1 < len(lowered) else "",
                         approximate=k > 0 and lowered[k - 1] in APPROXIMATE)
             for k, word in enumerate(words) if word[:1].isdigit())
    return tuple(figure for figure in found if figure is not None)


def spells_percent(lowered: Sequence[str], index: int) -> bool:
    """True when ``lowered[index]`` is "percent" or part of "per cent" right after a number: the "%" of "5%"
    spelt out, not a word of its own ("5 percent" and "5%" say the same; the number carries it)."""
    def number_at(k: int) -> bool:
        return k >= 0 and lowered[k][:1].isdigit()

    word = lowered[index]
    if word == "percent":
        return number_at(index - 1)
    if word == "per":
        return index + 1 < len(lowered) and lowered[index + 1] == "cent" and number_at(index - 1)
    return word == "cent" and index > 0 and lowered[index - 1] == "per" and number_at(index - 2)


# A time of day as news writes it: "7:48 a.m.", "10:30", "4 p.m.", "11pm". Hours and minutes are one figure
# (two numbers to the word aligner), and "a.m."/"p.m." no word a figure counts, so a time has its own role.
_CLOCK = re.compile(r"(?<![\d.,:])(?:\d{1,2}:[0-5]\d(?![\d:])(?:\s?[ap]\.?m\b\.?)?|\d{1,2}\s?[ap]\.?m\b\.?)",
                    re.IGNORECASE)


@lru_cache(maxsize=16384)
def _clocks(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _CLOCK.finditer(text))


def time_of_day(text: str, start: int) -> str | None:
    """The time of day written in ``text`` that holds the number starting at ``start`` ("7:48 a.m." for
    the 7 or the 48 of "at 7:48 a.m. local time"), None when that number is no part of one."""
    for begin, end in _clocks(text):
        if begin <= start < end:
            return text[begin:end].rstrip(".") if text[begin:end].count(".") == 1 else text[begin:end]
    return None


def same_time(x: str, y: str) -> bool:
    """True when two written times of day (``time_of_day``) are one time: "06:00" and "6am", "4 p.m." and
    "4:00 PM"; a time without "a.m."/"p.m." may be either half of the day ("16:00" and "4 p.m." too)."""
    def minutes(written: str) -> tuple[int, str]:
        digits = re.findall(r"\d+", written)
        half = next((c for c in written.lower() if c in "ap"), "")
        hour = int(digits[0]) % 12 + (12 if half == "p" else 0) if half else int(digits[0])
        return hour * 60 + (int(digits[1]) if len(digits) > 1 else 0), half

    (mx, hx), (my, hy) = minutes(x), minutes(y)
    return mx == my or (not (hx and hy) and mx % 720 == my % 720)


# What joins two figures that share one verb ("killed 5 people in Syria and 7 in Iraq"): a coordinator right
# before the second, within a short span (a figure further off belongs to another clause).
_COORDINATORS = frozenset(("and", "or", "plus", "while", "but"))
_COORDINATED_SPAN = 10


def kept_one_of_two(tokens_a: Sequence[Any], tokens_b: Sequence[Any], x: Any, y: Any,
                    pairs: set[tuple[int, int]]) -> bool:
    """True when figures ``x`` (of A) and ``y`` (of B) only look like one slot's two values because one
    sentence holds two figures coordinated under one verb and the other keeps one of them (linked to its
    twin) and drops the other: "killed 5 people in Syria and 7 in Iraq" / "killed 7 people in Iraq" drops
    5, it does not change it to 7 (review13 B8). A twin in another clause ("Between 1991 and 1998 ...
    in June 1999" / "in June 1998") is no such pair: the slot's figure did change."""
    def coordinated(tokens: Sequence[Any], i: int, j: int) -> bool:
        first, second = sorted((i, j))
        return 0 < second - first <= _COORDINATED_SPAN and tokens[second - 1].norm in _COORDINATORS

    return any(j == y.index and tokens_a[i].norm == y.norm and coordinated(tokens_a, x.index, i)
               or i == x.index and tokens_b[j].norm == x.norm and coordinated(tokens_b, y.index, j)
               for i, j in pairs)


# Units of one dimension that outlets convert between (an agency writes "10 kilometers", a US paper "six miles"),
# each as (dimension, size in the dimension's base unit). Tons are left out: short, long and metric differ.
_UNITS = {word: (dimension, size) for dimension, size, words in (
    ("length", 1000.0, "km kilometer kilometers kilometre kilometres"),
    ("length", 1609.344, "mile miles mi"),
    ("length", 1.0, "m meter meters metre metres"),
    ("length", 0.3048, "ft foot feet"),
    ("length", 0.9144, "yard yards"),
    ("mass", 1.0, "kg kilo kilos kilogram kilograms kilogramme kilogrammes"),
    ("mass", 0.45359237, "lb lbs pound pounds"),
    ("mass", 1000.0, "tonne tonnes"),
    ("area", 10_000.0, "ha hectare hectares"),
    ("area", 4046.8564224, "acre acres"),
    ("area", 1_000_000.0, "km2"),
    ("volume", 1.0, "l litre litres liter liters"),
    ("volume", 3.785411784, "gallon gallons"),
) for word in words.split()}
# How far two converted figures may lie apart and still be one measure rounded: "10 kilometers" is 6.2 miles,
# written "six miles" (3.4 % apart); a conversion rounded to one significant figure may be off by up to a half unit.
_CONVERTED_WITHIN = 0.15


def one_measure(tokens_a: Sequence[Any], x: Any, tokens_b: Sequence[Any], y: Any) -> bool:
    """True when numbers ``x`` (of A) and ``y`` (of B), each followed by a unit of one dimension but of two units
    ("10 kilometers" / "six miles", "2 kg" / "4.4 pounds", "40 hectares" / "100 acres"), give one measure after
    conversion, within rounding: a unit converted is no changed figure (qa14 A2)."""
    unit_x, unit_y = (_UNITS.get(tokens[t.index + 1].text.lower()) if t.index + 1 < len(tokens) else None
                      for tokens, t in ((tokens_a, x), (tokens_b, y)))
    if unit_x is None or unit_y is None or unit_x[0] != unit_y[0] or unit_x[1] == unit_y[1]:
        return False
    if x.figure is None or y.figure is None:
        return False
    size_x, size_y = float(x.figure.value) * unit_x[1], float(y.figure.value) * unit_y[1]
    return abs(size_x - size_y) <= _CONVERTED_WITHIN * max(size_x, size_y)
