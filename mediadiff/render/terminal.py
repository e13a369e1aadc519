"""Colour for text written to a terminal: ANSI SGR codes, without importing click.

Only the command line decides *whether* to colour (``--color``, ``NO_COLOR``, a TTY);
renderers take a ``color`` flag and call ``style`` when it is set.
"""

from __future__ import annotations

_FOREGROUND = {"black": 30, "red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36,
               "white": 37}
_RESET = "\x1b[0m"


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
