"""Lines a page's layout tells, more than their own words: a photo's caption over the line of its credit, and
the links a bare "Read more:" heads.

Each test reads a line with its neighbours (the lines above and below it, the blank lines between them);
``cleaning`` sets the lines found aside when no rule of their own words does.
"""

from __future__ import annotations

from mediadiff.corpus.furniture import credit_line, has_caption_shape, is_furniture
from mediadiff.corpus.lines import Line, is_capitals, is_heading, is_title_case
from mediadiff.corpus.params import DATELINE_LABELS, LINK_LEAD_INS

# A headline's label before a colon ("Opinion: ...", "Analysis: ...", "Live: ..."): the labels pages print.
_LABELS = frozenset(label.lower() for label in DATELINE_LABELS)


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


def link_lines(lines: list[Line]) -> set[int]:
    """Positions of the lines that are links to other stories because a lead-in with nothing after it heads
    them ("Read more:", "Related:", "More on this story:", ``params.LINK_LEAD_INS``): the lines right under it
    written as headlines are (short, no sentence's end, in Title Case or capitals or after a label: "Opinion:
    Riverdale's flood wall is a bad bet"); the first line written otherwise ends the links. A line of page
    furniture among them ("Related: How climate change ...") goes on with them."""
    found: set[int] = set()
    heading = False
    for position, line in enumerate(lines):
        if " ".join(line.text.lower().split()).rstrip(" :.»›>→") in LINK_LEAD_INS:
            heading = True
        elif heading and (is_furniture(line.text) or _reads_as_a_link(line.text)):
            found.add(position)
        else:
            heading = False
    return found


def _reads_as_a_link(text: str) -> bool:
    """A story's headline as a link gives it: short, no sentence's end, in Title Case or capitals or after a
    label ("Opinion: ...")."""
    label, colon, rest = text.partition(":")
    return is_heading(text) and (is_title_case(text) or is_capitals(text)
                                 or bool(colon) and label.strip().lower() in _LABELS and bool(rest.strip()))
