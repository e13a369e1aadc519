"""Offline sentence splitting that keeps character offsets.

NLTK's Punkt needs a downloaded model (and importing nltk costs about a second),
so mediadiff splits with a rule set tuned for English news: a sentence ends at
``.``, ``!`` or ``?`` (plus any closing quotes or brackets) followed by space and
something that can open a sentence, unless the period belongs to a known
abbreviation ("Mr.", "Jan."), an initialism ("U.S.", "D.C.") that is not
followed by a typical sentence opener, a single initial ("John F. Kennedy") or
a number ("3.5" never splits because no space follows the period).

Line breaks are hard boundaries: news files put one paragraph on a line.
"""

from __future__ import annotations

import re

# Abbreviations that end with a period but almost never end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr sgt adm gov sen rep pres
    supt insp rev hon amb atty messrs mmes jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun inc corp co ltd llc plc bros dept univ assn
    no nos vol vols pp fig approx est vs etc cf al ca
    """.split()
)

# Words that typically open a sentence; after "U.S." they signal a real boundary.
SENTENCE_OPENERS = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our
    but and however meanwhile still yet so then there here in on at for with as after
    before while when if although though because since despite also both many some
    most
    """.split()
)

_CANDIDATE = re.compile(
    r"""[.!?]+            # terminal punctuation
        [\"'”’»)\]]*      # closing quotes or brackets
        (?=\s+[\"'“‘«(\[]*[A-Z0-9À-Ý])   # space, then something that opens a sentence
    """,
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[]*([A-Za-zÀ-ÿ]+)")


def _is_false_boundary(text: str, punct_start: int, punct_end: int) -> bool:
    """True when the period at ``punct_start`` belongs to an abbreviation."""
    if text[punct_start] != "." or punct_end - punct_start != 1:
        return False
    match = _WORD_BEFORE.search(text, max(0, punct_start - 20), punct_start + 1)
    if not match:
        return False
    token = match.group(1)
    bare = token.replace(".", "").lower()
    if "." in token:  # an initialism such as U.S. or D.C.
        following = _NEXT_WORD.match(text, punct_end)
        return not (following and following.group(1).lower() in SENTENCE_OPENERS)
    if bare in ABBREVIATIONS:
        return True
    # A middle initial ("John F. Kennedy") follows a capitalised name; "on X." does not.
    if len(token) == 1 and token.isupper():
        previous = text[max(0, match.start() - 30) : match.start()].split()
        return bool(previous) and previous[-1][:1].isupper()
    return False


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences.

    Returns half-open ``(start, end)`` character spans into ``text``, in order,
    with surrounding whitespace excluded. Empty or blank text gives ``[]``.
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        cursor = line.start()
        line_end = line.end()
        for match in _CANDIDATE.finditer(text, line.start(), line_end):
            if _is_false_boundary(text, match.start(), match.start() + len(match.group(0).rstrip("\"'”’»)]"))):
                continue
            _append_trimmed(text, cursor, match.end(), spans)
            cursor = match.end()
        _append_trimmed(text, cursor, line_end, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
