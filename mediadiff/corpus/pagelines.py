"""Lines a page's layout tells, more than their own words: a photo's caption over the line of its credit.

Each test reads a line with its neighbours (the lines above and below it, the blank lines between them);
``cleaning`` sets the lines found aside when no rule of their own words does.
"""

from __future__ import annotations

from mediadiff.corpus.furniture import credit_line, has_caption_shape
from mediadiff.corpus.lines import Line


def _blank_between(raw: str, first: Line, second: Line) -> bool:
    return raw.count("\n", first.end, second.start) >= 2


def captions_over_credits(raw: str, lines: list[Line]) -> set[int]:
    """Positions of the lines that are a photo's caption because a line that is only its credit stands right
    under them ("Protesters gather in Lima on Tuesday." over "Photo: AP") and they read as a caption
    (``furniture.has_caption_shape``). The first line is the headline's place, never a caption.

    A caption opens its own block: where blank lines part the paragraphs, a line glued under a body line ends
    that paragraph. Over a credit without a label ("Jane Doe/Reuters") the caption must also touch it, as a
    page's figure is copied, in a text with blank lines: a credit standing alone between blank lines, as
    HuffPost's do in PolNeAR, belongs as often to the caption under it."""
    blocks = any(_blank_between(raw, a, b) for a, b in zip(lines, lines[1:]))
    found = set()
    for position in range(1, len(lines) - 1):
        kind = credit_line(lines[position + 1].text)
        line = lines[position]
        if kind is None or (blocks and not _blank_between(raw, lines[position - 1], line)):
            continue
        if kind == "bare" and (not blocks or _blank_between(raw, line, lines[position + 1])):
            continue
        if has_caption_shape(line.text):
            found.add(position)
    return found
