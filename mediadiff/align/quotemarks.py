"""Whether a character of a text stands inside quotation marks (``in_quote``): a certainty cue there is the
quoted source's word, not the outlet's (``modality``).

The marks of a text are found once and kept (``_marks``, the last few texts), so asking for every cue of a long
sentence costs a binary search each, not a scan of the text: a 60 KB sentence repeating "officials called it
'risky' and said it could possibly fail" took 29.7 s when every question rescanned it (review12 item 4).

A single quotation mark opens after a space, an opening bracket, dash or double mark and before a letter
("'unacceptable'", "‘very strong results’"), and closes after a non-space and before a non-letter; an
apostrophe between letters ("Biden’s", "don't") is neither. Single quotes do not nest in themselves, so an
opening mark is closed before the next opening one, by the first closing mark that is not a plural's possessive
(after "s" and before a space and a word: "the officers' union"): "'unacceptable' and
said it may hurt the officers' union" closes after "unacceptable", "'the officers' lawyers lied' and" after
"lied"; when every one may be a possessive, by the first ("'reckless' and warned it would raise the workers'
taxes": a quoted word ending in "s" is read closed at once, as most are).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[“\"—–-]))['‘](?=[^\W\d_])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'‘])['’](?![^\W_])")
_DOUBLE = re.compile("[“”\"]")
# A plural's possessive: after "s" and before a space and a word ("the officers' union").
_POSSESSIVE = re.compile(r"\s+[^\W\d_]")


@dataclass(frozen=True)
class _Marks:
    """The quotation marks of one text: single-quoted stretches (openings in order, their closings), the
    offsets of double marks and whether a double quote is open after each."""

    openings: tuple[int, ...]
    closings: tuple[int, ...]
    doubles: tuple[int, ...]
    open_after: tuple[bool, ...]
    first_double: str


def in_quote(text: str, start: int) -> bool:
    """Whether ``text[start]`` stands inside quotation marks (curly or straight, double or single), or before
    the closing mark of a double quote opened in an earlier sentence."""
    marks = _marks(text)
    k = bisect_left(marks.openings, start) - 1
    if k >= 0 and start < marks.closings[k]:
        return True  # "declaring that 'incremental progress' is 'unacceptable.'": the source's word
    seen = bisect_left(marks.doubles, start)
    if seen:
        return marks.open_after[seen - 1]
    # No double mark before it: inside if the first after it closes a quote ("... unacceptable,” he said).
    return bool(marks.doubles) and (marks.first_double == "”"
                                    or (marks.first_double == '"' and len(marks.doubles) % 2 == 1))


@lru_cache(maxsize=8)
def _marks(text: str) -> _Marks:
    openings, closings = [], []
    if "'" in text or "‘" in text:
        opens = [m.start() for m in _SINGLE_OPEN.finditer(text)]
        closes = [m.start() for m in _SINGLE_CLOSE.finditer(text)]
        c = 0
        for opening, following in zip(opens, [*opens[1:], len(text)]):
            c = bisect_left(closes, opening + 1, lo=c)
            end = bisect_left(closes, following, lo=c)
            if c < end:
                openings.append(opening)
                closings.append(_closing(text, closes[c:end]))
            c = end
    doubles, open_after = [], []
    inside = False
    for m in _DOUBLE.finditer(text):
        ch = m.group()
        inside = ch == "“" or (ch == '"' and not inside)
        doubles.append(m.start())
        open_after.append(inside)
    return _Marks(tuple(openings), tuple(closings), tuple(doubles), tuple(open_after),
                  text[doubles[0]] if doubles else "")


def _closing(text: str, candidates: list[int]) -> int:
    """Which of the closing marks ``candidates`` (in order, all before the next opening mark) closes the quote
    (module docstring)."""
    for c in candidates:
        if text[c - 1] not in "sS" or not _POSSESSIVE.match(text, c + 1):
            return c
    return candidates[0]
