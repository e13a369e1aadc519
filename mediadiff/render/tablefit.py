"""Text tables that fit the terminal's width: columns shrink widest first, cells are cut with "…".

Ids and counts (``keep``) never shrink below their widest cell, titles (``prefer``) shrink last, and
two different cells never read the same when cut (``shorten_apart``). A table too wide even at its
floors leaves out columns empty in every row, then narrows counts' headers, then other cells, only
when it then fits (``fit_table``). Widths are display columns (``terminal.display_width``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from mediadiff.render.terminal import ELLIPSIS, display_width, fitting, pad, shorten, terminal_width, visible

__all__ = ["cell_text", "column_widths", "fit_table", "shorten_apart"]

COLUMN_GAP = "  "
MIN_COLUMN = 6  # a shrunk column keeps at least this many characters ("Latin…")
SHORT_COLUMN = 12  # columns this narrow (dates, outlets, counts) shrink only when nothing else can
NARROW_HEADER = 4  # in a table too wide at every floor, a count's header or a cell keeps this much ("rep…")


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
              narrow: bool = True, split: bool = True, lead: int = 1, whole_words: Sequence[str] = ()) -> str:
    """A plain-text table no wider than ``width`` (default: ``terminal_width()``).

    Columns take their natural width when it fits; otherwise the widest give up
    room first and their cells are shortened at a word boundary with "…".
    Headers named in ``keep`` (ids, numbers) never shrink below their widest
    cell; headers named in ``prefer`` (a title) shrink only after the others.
    ``align`` holds ``"<"`` or ``">"`` per column (numbers read best right-aligned).
    When even the floors do not fit (``list`` or ``voices`` at 50 columns), a column empty
    in every row ("-") is left out, as it says nothing; if that is not enough, the header of
    a ``keep`` column other than ``id`` may be cut to its widest cell, at least
    ``NARROW_HEADER`` ("rep…"); if that is still not enough, other columns but ``prefer``'s
    too, to ``NARROW_HEADER`` ("pub…"). Each only when the table then fits (cutting headers
    alone lets ``voices`` fit 50 columns where cutting its verbs would make "say 2" and
    "say 3" read alike); ``narrow=False`` keeps every column as it is (a caller with a better
    way to make room first, as ``list``'s cut ids). A table that fits none of these ways
    (``score``'s thirteen columns below 66), or that shows two rows' different names alike, is
    ``split`` into blocks of columns, one under the other, each led by the ``lead`` columns that
    name its rows (the actor and the outlet of ``score --by actor``): re-wrapped, its lines lost
    their columns. Headers named in ``whole_words`` (a title, where the id names the row) are cut only at
    a word boundary with a final "…", never with a middle "…" that tells two cells apart
    ("Supreme…seeking…" read as no title at all).
    """
    width = terminal_width() if width is None else width
    cells = [[cell_text(v) for v in row] for row in rows]
    headers = [visible(h) for h in headers]
    align = list(align or ["<"] * len(headers))
    natural, soft, gap = _layout(cells, headers, width, keep, narrow=0)
    if narrow and not _fits(natural, soft, gap, width) and cells:
        narrowed = _narrowed(cells, headers, align, width, keep=keep, prefer=prefer, split=split, lead=lead,
                             whole_words=whole_words)
        if isinstance(narrowed, str):
            return narrowed
        if narrowed is not None:
            cells, headers, align, (natural, soft, gap), lead = narrowed
    widths = column_widths(natural, soft, width, len(gap), preferred=[h in prefer for h in headers])
    if narrow and split and cells and not all(h in keep for h in headers[:lead]):
        # A table that fits but shows two rows' different names alike ("U.S. Stat…003…" for two sources)
        # names no row: blocks of columns leave the names the room that tells them apart.
        named = _names_apart(cells, widths, lead)
        if named < _names(cells, lead):
            blocks = _in_blocks(cells, headers, align, width, keep=keep, prefer=prefer, lead=lead, apart=named,
                                whole_words=whole_words)
            if blocks is not None:
                return blocks

    def line(parts: Sequence[str]) -> str:
        padded = [pad(p, w, right=a == ">") for p, w, a in zip(parts, widths, align)]
        return gap.join(padded).rstrip()

    columns = [[shorten(row[i], w) for row in cells] if headers[i] in whole_words
               else shorten_apart([row[i] for row in cells], w) for i, w in enumerate(widths)]
    out = [line([shorten(h, w) for h, w in zip(headers, widths)]), gap.join("-" * w for w in widths)]
    out.extend(line(parts) for parts in zip(*columns))
    return "\n".join(out)


Layout = tuple[list[int], list[int], str]


def _narrowed(cells: list[list[str]], headers: list[str], align: list[str], width: int, *, keep: Sequence[str],
              prefer: Sequence[str], split: bool, lead: int, whole_words: Sequence[str] = ()
              ) -> str | tuple[list[list[str]], list[str], list[str], Layout, int] | None:
    """A table too wide at every floor: first leave out what says nothing, then narrow the floors, each
    only if the table then fits and no two cells that read apart come to read the same ("s00…"): the
    cells, headers, alignment and layout that fit, and how many of the ``lead`` columns are still shown.
    Last, when none fits or the one that fits shows different rows' names alike ("Was…" for three
    outlets), the table in blocks of columns (text).
    None: keep the table as it is."""
    natural, soft, gap = _layout(cells, headers, width, keep, narrow=0)
    shown = [i for i in range(len(headers)) if any(row[i] != "-" for row in cells)]
    some, kept = [[row[i] for i in shown] for row in cells], [headers[i] for i in shown]
    apart = _told_apart(cells, column_widths(natural, soft, width, len(gap), preferred=[h in prefer for h in headers]))
    chosen = None
    for narrower in (0, 1, 2):
        layout = _layout(some, kept, width, keep, narrow=narrower, prefer=prefer)
        widths = column_widths(layout[0], layout[1], width, len(layout[2]), preferred=[h in prefer for h in kept])
        if shown and _fits(*layout, width) and _told_apart(some, widths) >= [apart[i] for i in shown]:
            chosen = layout
            break
    lead_shown = sum(i < lead for i in shown)
    named = None if chosen is None else _names_apart(some, widths, lead_shown)
    if split and (named is None or named < _names(some, lead_shown)):
        blocks = _in_blocks(some, kept, [align[i] for i in shown], width, keep=keep, prefer=prefer,
                            lead=lead_shown, apart=named, whole_words=whole_words)
        if blocks is not None:
            return blocks
    return None if chosen is None else (some, kept, [align[i] for i in shown], chosen, lead_shown)


def _names(cells: list[list[str]], lead: int) -> int:
    """How many different rows the first ``lead`` columns name."""
    return len({tuple(row[:lead]) for row in cells})


def _names_apart(cells: list[list[str]], widths: Sequence[int], lead: int) -> int:
    """How many different rows the first ``lead`` columns name as cut to ``widths``."""
    cut = [shorten_apart([row[i] for row in cells], widths[i]) for i in range(lead)]
    return len(set(zip(*cut))) if cut else 0


def _in_blocks(cells: list[list[str]], headers: list[str], align: list[str], width: int, *, keep: Sequence[str],
               prefer: Sequence[str], lead: int, apart: int | None, whole_words: Sequence[str] = ()) -> str | None:
    """The table as blocks of its columns one under the other, a blank line between them, each led by
    the ``lead`` columns that name the rows and no wider than ``width``: as few blocks as leave the
    names room to read apart (or the columns' floors allow), their columns shared out evenly. None
    when that is one block, or when the names would read apart no better than ``apart``."""
    if lead < 1 or len(headers) <= lead + 1:
        return None
    natural, soft, _ = _layout(cells, headers, width, keep, narrow=0, prefer=prefer)
    floors = [min(f, n) for f, n in zip(soft, natural)]
    gap = len(COLUMN_GAP)
    needed = [_apart_from([row[i] for row in cells], floors[i], natural[i]) for i in range(lead)]
    key = max(min(sum(needed) + gap * (lead - 1), width // 2), sum(floors[:lead]) + gap * (lead - 1))
    fewest = _packed(floors[lead:], width - key)
    low, high = max(natural[lead:]), sum(natural[lead:]) + gap * len(natural)
    while low < high:  # the narrowest blocks of natural widths that are no more than the fewest
        cap = (low + high) // 2
        low, high = (low, cap) if len(_packed(natural[lead:], cap)) <= len(fewest) else (cap + 1, high)
    even = _packed(natural[lead:], low)
    if all(sum(floors[lead + j] + gap for j in block) <= width - key for block in even):
        fewest = even
    blocks = [[*range(lead), *(lead + j for j in block)] for block in fewest]
    if any(sum(floors[j] for j in block) + gap * (len(block) - 1) > width for block in blocks):
        return None  # blocks too wide at their floors too (long ids kept whole): each row would wrap twice over
    if apart is not None:
        if len(blocks) < 2:
            return None
        shown_widths = [width] * lead
        for block in blocks:
            sub = [[row[j] for j in block] for row in cells]
            layout = _layout(sub, [headers[j] for j in block], width, keep, narrow=0, prefer=prefer)
            got = column_widths(layout[0], layout[1], width, len(layout[2]),
                                preferred=[headers[j] in prefer for j in block])
            shown_widths = [min(a, b) for a, b in zip(shown_widths, got)]
        if _names_apart(cells, shown_widths, lead) <= apart:
            return None
    return "\n\n".join(
        fit_table([[row[j] for j in block] for row in cells], [headers[j] for j in block], width=width,
                  align=[align[j] for j in block], keep=keep, prefer=prefer, split=False, whole_words=whole_words)
        for block in blocks)


def _apart_from(names: list[str], low: int, high: int) -> int:
    """The narrowest width from ``low`` to ``high`` at which ``names`` all read apart (searched by halves:
    a column of 10,000 names is cut a dozen times, not once per width)."""
    different = len(set(names))
    while low < high:
        middle = (low + high) // 2
        low, high = (low, middle) if len(set(shorten_apart(names, middle))) == different else (middle + 1, high)
    return high


def _packed(widths: Sequence[int], room: int) -> list[list[int]]:
    """Column positions in runs whose widths, each with a gap before it, fill at most ``room``
    (a column wider than ``room`` alone in its run)."""
    runs: list[list[int]] = [[]]
    used = 0
    for i, w in enumerate(widths):
        if runs[-1] and used + len(COLUMN_GAP) + w > room:
            runs.append([])
            used = 0
        runs[-1].append(i)
        used += len(COLUMN_GAP) + w
    return runs


def _told_apart(cells: list[list[str]], widths: Sequence[int]) -> list[int]:
    """How many different texts each column shows at ``widths``."""
    return [len(set(shorten_apart([row[i] for row in cells], w))) for i, w in enumerate(widths)]


def _fits(natural: Sequence[int], floors: Sequence[int], gap: str, width: int) -> bool:
    return sum(min(f, n) for f, n in zip(floors, natural)) <= width - len(gap) * (len(natural) - 1)


def _layout(cells: list[list[str]], headers: list[str], width: int, keep: Sequence[str], *, narrow: int,
            prefer: Sequence[str] = ()) -> tuple[list[int], list[int], str]:
    """Each column's natural width and floor, and the gap between columns, for ``fit_table``; ``narrow``:
    the floors of a table too wide at the usual ones, 1 for counts' headers only, 2 for other cells too."""
    natural = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    widest = [max([0] + [display_width(r[i]) for r in cells]) for i in range(len(headers))]
    keep_floor = [max(w, NARROW_HEADER) if narrow and h != "id" else n
                  for h, n, w in zip(headers, natural, widest)]
    soft = [kf if h in keep else n if n <= SHORT_COLUMN else max(display_width(h), MIN_COLUMN)
            for h, n, kf in zip(headers, natural, keep_floor)]
    room = width - len(COLUMN_GAP) * (len(headers) - 1)
    if sum(min(f, n) for f, n in zip(soft, natural)) > room:  # a narrow terminal: short columns shrink too
        least = [MIN_COLUMN if h in prefer or narrow < 2 else NARROW_HEADER for h in headers]
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
    if width <= 6:
        return short
    wholes = [" ".join(visible(text).split()) for text in texts]
    twins: dict[str, set[str]] = {}
    for whole, cut in zip(wholes, short):
        twins.setdefault(cut, set()).add(whole)
    # Where each text parts from the nearest of its twins: the longest common prefix with any other of a
    # group is the one with a neighbour in sorted order (comparing every pair was quadratic: 400 names
    # sharing "Outlet number" took over a second).
    parting: dict[str, int] = {}
    for group in twins.values():
        if len(group) > 1:
            ordered = sorted(group)
            for k, whole in enumerate(ordered):
                near = ordered[max(0, k - 1):k] + ordered[k + 1:k + 2]
                parting[whole] = max(len(os.path.commonprefix([whole, other])) for other in near)
    for i, (whole, cut) in enumerate(zip(wholes, short)):
        if cut != whole and whole in parting:
            short[i] = _keep_difference(whole, parting[whole], width)
    return short


def _keep_difference(text: str, start: int, width: int) -> str:
    """``text`` as head, "…" and the part from the word where it parts (at ``start``) from the nearest
    text that would read the same."""
    if display_width(text[:start + 1]) < width:  # where they part fits: cut inside the word there
        return text[:fitting(text, width - len(ELLIPSIS))] + ELLIPSIS
    while start > 0 and text[start - 1] not in " _-/":
        start -= 1
    if start == 0:
        return shorten(text, width)
    tail = text[start:]
    # The whole tail when it fits beside a few characters of the head, else half the room each.
    whole_tail = width - 1 - display_width(tail)
    head_room = whole_tail if whole_tail >= min(start, 5) else width // 2 - 1
    head = text[:fitting(text[:start], head_room)].rstrip(" ,;:")
    return head + ELLIPSIS + shorten(tail, width - display_width(head) - 1)
