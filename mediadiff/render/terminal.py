"""The terminal a text renderer writes to: its width, whether to colour, tables that fit.

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
(``visible``), so they can neither shift a column nor reorder a line. ``style``
adds ANSI colour without importing click; only the command line decides
*whether* to colour (``use_colour``). Standard library only.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import IO, Any

_FOREGROUND = {"black": 30, "red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36,
               "white": 37}
_RESET = "\x1b[0m"

DEFAULT_WIDTH = 100  # pipes and files: wide enough for a table, narrow enough for a pager or an email
MIN_WIDTH = 40  # below this no table is readable; narrower requests are raised to it
ELLIPSIS = "…"
COLUMN_GAP = "  "
MIN_COLUMN = 6  # a shrunk column keeps at least this many characters ("Latin…")
SHORT_COLUMN = 12  # columns this narrow (dates, outlets, counts) shrink only when nothing else can
NARROW_HEADER = 4  # in a table too wide at every floor, a count's header or a cell keeps this much ("rep…")


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


# Format characters (Unicode category Cf) that show nothing: soft hyphen, Arabic letter mark, Mongolian vowel
# separator, zero-width space, non-joiner and joiner, left-to-right and right-to-left marks, bidi embeddings,
# overrides and isolates, word joiner and invisible operators, byte order mark, interlinear annotation marks,
# musical format controls and tag characters. The Cf characters that do show (Arabic number signs U+0600-0605,
# Egyptian hieroglyph and shorthand format controls) are kept.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
_JOINERS = "\u200c\u200d"  # part of the spelling in Persian, Indic scripts and emoji sequences


def visible(text: str) -> str:
    """``text`` without invisible format characters (zero-width spaces, soft hyphens, bidi marks, BOM).

    They take no room on screen, so they would push a table's columns out of
    line, and bidi controls reorder what follows them. A zero-width joiner or
    non-joiner between two non-ASCII characters is kept: it is part of the
    spelling of a Persian or Indic word or an emoji sequence, and takes no room.
    """
    if text.isascii() or not _INVISIBLE.search(text):
        return text

    def keep_joiner(match: re.Match[str]) -> str:
        start, end = match.span()
        inside_word = (match.group() in _JOINERS and 0 < start and end < len(text)
                       and not text[start - 1].isascii() and not text[end].isascii())
        return match.group() if inside_word else ""

    return _INVISIBLE.sub(keep_joiner, text)


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


def _fitting(text: str, room: int) -> int:
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
    room = _fitting(text, width - len(ELLIPSIS))
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
    long for any line alone on its own."""
    lines: list[str] = []
    line: list[str] = []
    used = room = 0
    for word in words:
        if line and used + 1 + len(word) <= room:
            line.append(word)
            used += 1 + len(word)
            continue
        if line:
            lines.append(indent + " ".join(line) if lines else first + " ".join(line))
        room = width - len(indent if lines or line else first)
        line, used = [word], len(word)
    if line:
        lines.append(indent + " ".join(line) if lines else first + " ".join(line))
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
            take = _fitting(word, room) if breakable else (len(word) if display_width(word) <= room else 0)
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


def cell_text(value: Any) -> str:
    """How a value reads in a table cell: ``-`` for nothing, three decimals for floats."""
    if value is None or value == () or value == []:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, (tuple, list)):
        return visible(", ".join(str(v) for v in value))
    return " ".join(visible(str(value)).split())


def column_widths(natural: Sequence[int], floors: Sequence[int], width: int, gap: int = len(COLUMN_GAP), *,
                  preferred: Sequence[bool] = ()) -> list[int]:
    """Widths that fit ``width`` in total: the widest columns give up room first
    (a cap that only they exceed), none below its floor. ``preferred`` columns
    (a title) give up room only once the others are down to their floors."""
    room = width - gap * (len(natural) - 1)
    if sum(natural) <= room:
        return list(natural)
    floors = [min(f, n) for f, n in zip(floors, natural)]
    if any(preferred):
        # First the other columns shrink while the preferred ones keep their natural width...
        held = [n if p else f for n, f, p in zip(natural, floors, preferred)]
        if sum(held) <= room:
            return _capped(natural, held, room)
        # ...then the preferred ones shrink too, the others at their floors.
        return _capped(held, floors, room)
    return _capped(natural, floors, room)


def _capped(natural: Sequence[int], floors: Sequence[int], room: int) -> list[int]:
    if sum(floors) > room:  # nothing fits: every column at its floor, the line runs over
        return list(floors)
    low, high = 0, max(natural)
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        if sum(max(f, min(n, cap)) for n, f in zip(natural, floors)) <= room:
            low = cap
        else:
            high = cap - 1
    return [max(f, min(n, low)) for n, f in zip(natural, floors)]


def fit_table(rows: Sequence[Sequence[Any]], headers: Sequence[str], *, width: int | None = None,
              align: Sequence[str] | None = None, keep: Sequence[str] = (), prefer: Sequence[str] = (),
              narrow: bool = True) -> str:
    """A plain-text table no wider than ``width`` (default: ``terminal_width()``).

    Columns take their natural width when it fits; otherwise the widest give up
    room first and their cells are shortened at a word boundary with "…".
    Headers named in ``keep`` (ids, numbers) never shrink below their widest
    cell; headers named in ``prefer`` (a title) shrink only after the others.
    ``align`` holds ``"<"`` or ``">"`` per column (numbers read best right-aligned).
    When even the floors do not fit (``list`` or ``voices`` at 50 columns), a column empty
    in every row ("-") is left out, as it says nothing; if that is not enough, the header of
    a ``keep`` column other than ``id`` may be cut to its widest cell, at least
    ``NARROW_HEADER`` ("rep…"), and other columns but ``prefer``'s to ``NARROW_HEADER``
    ("pub…"). Either only when the table then fits; ``narrow=False`` keeps every column as it
    is (a caller with a better way to make room first, as ``list``'s cut ids).
    """
    width = terminal_width() if width is None else width
    cells = [[cell_text(v) for v in row] for row in rows]
    headers = [visible(h) for h in headers]
    align = list(align or ["<"] * len(headers))
    natural, soft, gap = _layout(cells, headers, width, keep, narrow=False)
    if narrow and not _fits(natural, soft, gap, width) and cells:
        # Too wide at every floor: first leave out what says nothing, then narrow the floors; each only
        # if the table then fits and no two cells that read apart come to read the same ("s00…")
        shown = [i for i in range(len(headers)) if any(row[i] != "-" for row in cells)]
        some, kept = [[row[i] for i in shown] for row in cells], [headers[i] for i in shown]
        apart = _told_apart(cells, column_widths(natural, soft, width, len(gap),
                                                 preferred=[h in prefer for h in headers]))
        for narrower in (False, True):
            layout = _layout(some, kept, width, keep, narrow=narrower, prefer=prefer)
            widths = column_widths(layout[0], layout[1], width, len(layout[2]), preferred=[h in prefer for h in kept])
            if shown and _fits(*layout, width) and _told_apart(some, widths) >= [apart[i] for i in shown]:
                cells, headers, align = some, kept, [align[i] for i in shown]
                natural, soft, gap = layout
                break
    widths = column_widths(natural, soft, width, len(gap), preferred=[h in prefer for h in headers])

    def line(parts: Sequence[str]) -> str:
        padded = [pad(p, w, right=a == ">") for p, w, a in zip(parts, widths, align)]
        return gap.join(padded).rstrip()

    columns = [shorten_apart([row[i] for row in cells], w) for i, w in enumerate(widths)]
    out = [line([shorten(h, w) for h, w in zip(headers, widths)]), gap.join("-" * w for w in widths)]
    out.extend(line(parts) for parts in zip(*columns))
    return "\n".join(out)


def _told_apart(cells: list[list[str]], widths: Sequence[int]) -> list[int]:
    """How many different texts each column shows at ``widths``."""
    return [len(set(shorten_apart([row[i] for row in cells], w))) for i, w in enumerate(widths)]


def _fits(natural: Sequence[int], floors: Sequence[int], gap: str, width: int) -> bool:
    return sum(min(f, n) for f, n in zip(floors, natural)) <= width - len(gap) * (len(natural) - 1)


def _layout(cells: list[list[str]], headers: list[str], width: int, keep: Sequence[str], *, narrow: bool,
            prefer: Sequence[str] = ()) -> tuple[list[int], list[int], str]:
    """Each column's natural width and floor, and the gap between columns, for ``fit_table``; ``narrow``:
    the floors of a table too wide at the usual ones."""
    natural = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    widest = [max([0] + [display_width(r[i]) for r in cells]) for i in range(len(headers))]
    keep_floor = [max(w, NARROW_HEADER) if narrow and h != "id" else n
                  for h, n, w in zip(headers, natural, widest)]
    soft = [kf if h in keep else n if n <= SHORT_COLUMN else max(display_width(h), MIN_COLUMN)
            for h, n, kf in zip(headers, natural, keep_floor)]
    room = width - len(COLUMN_GAP) * (len(headers) - 1)
    if sum(min(f, n) for f, n in zip(soft, natural)) > room:  # a narrow terminal: short columns shrink too
        least = [MIN_COLUMN if h in prefer or not narrow else NARROW_HEADER for h in headers]
        soft = [kf if h in keep else m for h, kf, m in zip(headers, keep_floor, least)]
    gap = COLUMN_GAP
    if sum(min(f, n) for f, n in zip(soft, natural)) > room:
        # Still too wide (score's thirteen columns at 80): one space between columns keeps the table one
        # line a row; a line longer than the terminal was re-wrapped and its columns lost.
        gap = " "
    return natural, soft, gap


def shorten_apart(texts: Sequence[str], width: int) -> list[str]:
    """Each text ``shorten``ed to ``width``, except that different texts which would read the same
    keep the words where they differ after a "…" ("CNN's Kaitlan …Newsweek", "CNN's Kait…The
    Independent"): a column of identical cut names told the reader nothing."""
    short = [shorten(t, width) for t in texts]
    twins: dict[str, set[str]] = {}
    for text, cut in zip(texts, short):
        twins.setdefault(cut, set()).add(" ".join(visible(text).split()))
    for i, cut in enumerate(short):
        whole = " ".join(visible(texts[i]).split())
        if cut != whole and len(twins[cut]) > 1 and width > 6:
            short[i] = _keep_difference(whole, twins[cut] - {whole}, width)
    return short


def _keep_difference(text: str, others: set[str], width: int) -> str:
    """``text`` as head, "…" and the part from the word where it parts from the nearest of ``others``."""
    start = max(len(os.path.commonprefix([text, other])) for other in others)
    if display_width(text[:start + 1]) < width:  # where they part fits: cut inside the word there
        return text[:_fitting(text, width - len(ELLIPSIS))] + ELLIPSIS
    while start > 0 and text[start - 1] not in " _-/":
        start -= 1
    if start == 0:
        return shorten(text, width)
    tail = text[start:]
    # The whole tail when it fits beside a few characters of the head, else half the room each.
    whole_tail = width - 1 - display_width(tail)
    head_room = whole_tail if whole_tail >= min(start, 5) else width // 2 - 1
    head = text[:_fitting(text[:start], head_room)].rstrip(" ,;:")
    return head + ELLIPSIS + shorten(tail, width - display_width(head) - 1)


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
