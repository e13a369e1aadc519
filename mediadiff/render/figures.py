"""What every chart shares: size and resolution, the colour-blind-safe palette, one
colour per outlet, a fresh figure, wrapped tick labels."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Any

DPI = 150
SIZE = (8.0, 4.5)  # inches: 1200 x 675 pixels at 150 dpi
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
STATUS_COLOURS = {"kept": "#009E73", "reworded": "#56B4E9", "dropped": "#D55E00", "added": "#E69F00"}
READERS_COLOUR = "#999999"
UNKNOWN_OUTLET_COLOUR = "#555555"  # articles without an outlet share no outlet colour


def outlet_colour(name: str) -> str:
    """The preferred colour of an outlet (or any label), from a hash of its name."""
    return _PALETTE[zlib.crc32(name.encode("utf-8")) % len(_PALETTE)]


def outlet_colours(names: Sequence[str]) -> dict[str, str]:
    """Colours for the outlets of one chart: each keeps its preferred colour unless
    another outlet of the chart took it first (names taken in sorted order), so the
    same set of outlets is coloured the same in every chart and no two share one."""
    colours: dict[str, str] = {}
    for name in sorted(set(names)):
        start = _PALETTE.index(outlet_colour(name))
        free = [c for c in _PALETTE[start:] + _PALETTE[:start] if c not in colours.values()]
        colours[name] = free[0] if free else outlet_colour(name)
    return colours


_PALETTE = OKABE_ITO[:-2]  # without yellow (unreadable on white) and black (text colour)


def new_figure(ax: Any = None, *, size: tuple[float, float] = SIZE) -> tuple[Any, Any]:
    """A fresh ``(figure, axes)`` pair, or the figure of a given ``ax``."""
    if ax is not None:
        return ax.figure, ax
    from matplotlib.figure import Figure  # imported here: only drawing needs matplotlib

    figure = Figure(figsize=size, dpi=DPI, layout="constrained")
    return figure, figure.add_subplot()


def wrap_label(label: str, width: int = 14) -> str:
    words, lines, line = label.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)
