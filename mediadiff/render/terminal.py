"""The terminal a text renderer writes to: its width, whether to colour, lines that fit (tables: ``tablefit``).

Every text table and every long line of mediadiff's text output goes through
this module, so all commands agree on one width rule and one colour rule:

- width: ``$COLUMNS`` when set, else the terminal's width when standard output
  is a terminal, else ``DEFAULT_WIDTH`` (100) for pipes and files;
- colour: ``--color`` / ``--no-color``, else ``$NO_COLOR`` (off), else
  ``$FORCE_COLOR`` (on), else ``TERM=dumb`` (off), else only on a terminal.

Cells that do not fit are cut at a word boundary and end with "…"; a word is
cut in the middle only when it alone is wider than its column, and then it
also ends with "…" (a run of Chinese or Japanese characters, which has no spaces,
wraps between any two characters instead). Widths are display columns, not
characters (``display_width``: an East Asian wide character takes two, a
combining mark none), and invisible format characters (zero-width spaces, soft
hyphens, bidi marks and overrides, byte order marks) are left out of text output
(``visible``, from ``corpus.encoding``, which also keeps them out of metadata as it is read), so they can
neither shift a column nor reorder a line. ``style``
adds ANSI colour without importing click; only the command line decides
*whether* to colour (``use_colour``). Standard library only.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import IO

from mediadiff.corpus.encoding import visible

_FOREGROUND = {"black": 30, "red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36,
               "white": 37}
_RESET = "\x1b[0m"

DEFAULT_WIDTH = 100  # pipes and files: wide enough for a table, narrow enough for a pager or an email
MIN_WIDTH = 40  # below this no table is readable; narrower requests are raised to it
ELLIPSIS = "…"


def terminal_width(stream: IO[str] | None = None, *, environ: Mapping[str, str] | None = None) -> int:
    """Characters per line for text output to ``stream`` (default: standard output)."""
    environ = os.environ if environ is None else environ
    columns = environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return max(MIN_WIDTH, int(columns))
    if _is_terminal(stream):
        import shutil

        return max(MIN_WIDTH, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)
    return DEFAULT_WIDTH


def use_colour(option: bool | None, stream: IO[str] | None = None, *,
               environ: Mapping[str, str] | None = None) -> bool:
    """Whether to colour output to ``stream``: the usual precedence (see the module docstring).

    ``option`` is the ``--color/--no-color`` flag (``None`` when not given).
    ``NO_COLOR`` and ``FORCE_COLOR`` count when set to anything but an empty
    string (``FORCE_COLOR=0`` or ``false`` does not force).
    """
    if option is not None:
        return option
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR", "").strip().lower() not in ("", "0", "false", "no"):
        return True
    if environ.get("TERM") == "dumb":
        return False
    return _is_terminal(stream)


def _is_terminal(stream: IO[str] | None) -> bool:
    import sys

    stream = sys.stdout if stream is None else stream
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: East Asian wide and full-width characters
    (``unicodedata.east_asian_width`` W or F) take two, combining marks and format characters none."""
    if text.isascii():
        return len(text)
    # An ASCII character takes one column: only the others are looked up (a report line is mostly
    # ASCII with a rule, a dash or a curly quote, and every line is measured).
    return len(text) + sum(_char_width(ch) - 1 for ch in _NON_ASCII.findall(text))


@lru_cache(maxsize=8192)
def _char_width(ch: str) -> int:
    if ch.isascii():
        return 1
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to ``width`` display columns (on the left when ``right``)."""
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap


def fitting(text: str, room: int) -> int:
    """How many characters of ``text`` fit in ``room`` display columns."""
    if text.isascii():
        return min(len(text), max(0, room))
    used = 0
    for count, ch in enumerate(text):
        used += _char_width(ch)
        if used > room:
            return count
    return len(text)


def _is_uniform(text: str) -> bool:
    """Every character of ``text`` takes one column (then a column is a character, as textwrap counts)."""
    return text.isascii() or all(_char_width(ch) == 1 for ch in _NON_ASCII.findall(text))


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` display columns at a word boundary, ending with "…" when cut."""
    text = " ".join(visible(text).split())
    if display_width(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    room = fitting(text, width - len(ELLIPSIS))
    cut = text.rfind(" ", 0, room + 1)
    # A word wider than the column itself is cut inside the word, still marked.
    head = text[:cut] if cut > 0 else text[:room]
    return head.rstrip(" ,;:") + ELLIPSIS


def wrap(text: str, width: int, *, indent: str = "", first_indent: str | None = None) -> list[str]:
    """``text`` wrapped to ``width`` display columns, never breaking inside a word
    unless a word alone is too long (then it is broken, marked with "…"); a run of
    wide (Chinese, Japanese, Korean) characters breaks between any two of them."""
    text = visible(text)
    first = indent if first_indent is None else first_indent
    if display_width(first) + display_width(text) <= width and "\n" not in text:
        return [first + text]  # fits as written (spacing kept)
    room = width - max(display_width(first), display_width(indent))
    if room < 8:  # an indent that leaves no room: wrap without it
        first = indent = ""
    if not _is_uniform(text):
        return _wrap_wide(text, width, first=first, indent=indent)
    words = [w if len(w) <= width - len(indent) else shorten(w, width - len(indent)) for w in text.split()]
    if width <= 0 or not all(words):  # what textwrap refuses, or spaces it would keep: let it say
        import textwrap

        return textwrap.wrap(" ".join(words), width, initial_indent=first, subsequent_indent=indent,
                             break_long_words=False, break_on_hyphens=False) or [first.rstrip()]
    return _fill_greedily(words, width, first=first, indent=indent) or [first.rstrip()]


def _fill_greedily(words: Sequence[str], width: int, *, first: str, indent: str) -> list[str]:
    """The lines ``textwrap.wrap(" ".join(words), width, initial_indent=first, subsequent_indent=indent,
    break_long_words=False, break_on_hyphens=False)`` gives for words without spaces, without its
    chunking (about half of a long report's rendering): as many words as fit in a line, a word too
    long for any line alone on its own. A line ends at the last space that fits, found in the joined words
    (one search per line, not a step per word)."""
    text = " ".join(words)
    lines: list[str] = []
    lead, room = first, width - len(first)
    start, end = 0, len(text)
    while start < end:
        cut = end if end - start <= room else text.rfind(" ", start, start + max(0, room + 1))
        if cut < 0:  # the line's first word alone is too long: it has the line to itself
            cut = text.find(" ", start)
            cut = end if cut < 0 else cut
        lines.append(lead + text[start:cut])
        start = cut + 1
        lead, room = indent, width - len(indent)
    return lines


def _wrap_wide(text: str, width: int, *, first: str, indent: str) -> list[str]:
    """``wrap`` for text whose characters take zero, one or two columns (textwrap counts characters)."""
    lines: list[str] = []
    line, used, empty = first, display_width(first), True
    for word in text.split():
        breakable = any(_char_width(ch) == 2 for ch in word)
        if not breakable and display_width(word) > width - display_width(indent):
            word = shorten(word, width - display_width(indent))
        while word:
            room = width - used - (0 if empty else 1)
            take = fitting(word, room) if breakable else (len(word) if display_width(word) <= room else 0)
            if take == 0 and empty:  # not even one character fits on a fresh line: take it anyway
                take = 1
            if take:
                line, used = line + ("" if empty else " ") + word[:take], used + (0 if empty else 1)
                used, word, empty = used + display_width(word[:take]), word[take:], False
            if word:
                lines.append(line.rstrip())
                line, used, empty = indent, display_width(indent), True
    lines.append(line.rstrip())
    return lines


def fit_lines(lines: Sequence[str], width: int) -> list[str]:
    """Free text lines wrapped to ``width`` display columns, each continuation under the text of its line.

    Invisible format characters are left out (``visible``)."""
    out = []
    for line in (visible(part) for text in lines for part in text.split("\n")):
        if display_width(line) <= width:
            out.append(line)
            continue
        stripped = line.lstrip(" ")
        lead = line[: len(line) - len(stripped)]
        out.extend(wrap(stripped, width, first_indent=lead, indent=lead + "  "))
    return out


def style(text: str, fg: str | None = None, *, bold: bool = False, strikethrough: bool = False) -> str:
    """``text`` wrapped in ANSI codes for the colour ``fg`` (a name such as "red"), bold and strikethrough."""
    codes = [str(_FOREGROUND[fg])] if fg in _FOREGROUND else []
    if bold:
        codes.append("1")
    if strikethrough:
        codes.append("9")
    if not codes:
        return text
    return f"\x1b[{';'.join(codes)}m{text}{_RESET}"
