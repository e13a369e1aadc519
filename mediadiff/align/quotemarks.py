"""Whether a character of a sentence stands inside quotation marks: a word there is the quoted source's, not the
outlet's (``align.modality`` leaves such certainty cues out)."""

from __future__ import annotations

import re

__all__ = ["in_quote"]


def in_quote(text: str, start: int) -> bool:
    """Whether ``text[start]`` stands inside quotation marks (curly or straight, double or single), or before
    the closing mark of a double quote opened in an earlier sentence."""
    if any(opening < start < closing for opening, closing in _single_quotes(text)):
        return True  # "declaring that 'incremental progress' is 'unacceptable.'": the source's word
    inside = False
    seen = False
    for ch in text[:start]:
        if ch == "“":
            inside, seen = True, True
        elif ch == "”":
            inside, seen = False, True
        elif ch == '"':
            inside, seen = not inside, True
    if seen:
        return inside
    rest = [ch for ch in text[start:] if ch in "“”\""]
    return bool(rest) and (rest[0] == "”" or (rest[0] == '"' and len(rest) % 2 == 1))


# A single quotation mark opens after a space, an opening bracket, dash or double mark and before a letter
# ("'unacceptable'", "‘very strong results’"), and closes after a non-space and before a non-letter (an
# apostrophe between letters, "Biden’s", "don't", is neither).
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[“\"—–-]))['‘](?=[^\W\d_])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'‘])['’](?![^\W_])")


def _single_quotes(text: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of each single-quoted stretch of ``text`` that closes in it: an opening mark
    is closed by the last closing mark before the next opening one (single quotes do not nest in themselves),
    so a plural's apostrophe inside ("'the officers' lawyers lied'") does not end it."""
    if "'" not in text and "‘" not in text:
        return []
    opens = [m.start() for m in _SINGLE_OPEN.finditer(text)]
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(text)]
    spans = []
    for opening, following in zip(opens, [*opens[1:], len(text)]):
        inside = [c for c in closes if opening < c < following]
        if inside:
            spans.append((opening, inside[-1]))
    return spans
