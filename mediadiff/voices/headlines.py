"""Names inside a headline-style sentence, where capital letters say nothing.

A plain-text article often opens with its headline in Title Case ("Poll: Wealthy Voters Abandon
Republican Party for Hillary Clinton."). There every long word is capitalised, so the capitalised
run that marks a name in an ordinary sentence spans the whole headline, and read as one name it
swallowed every later mention of Clinton ("Wealthy Voters Abandon…" became an actor of
``score --by actor`` on PolNeAR articles). In such a sentence only the parts of a run that name an
actor the article's ordinary sentences name count ("Hillary Clinton", "Clinton"): the headline may
repeat a name, never found one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

from mediadiff.voices.names import same_actor, words_of

# The longest part of a run tried as a name ("Juan Ramón de la Fuente" has five words,
# "the U.S. State Department's Bureau of Western Hemisphere Affairs" nine).
MAX_NAME_WORDS = 9


# A first name, a middle initial and one or two surnames ("Michael P. McDonald", "Julie A. Diaz
# Martinez"): a person's name in any sentence, a byline or a signature line among them.
_WITH_MIDDLE_INITIAL = re.compile(r"[A-Z][a-z]+ [A-Z]\. [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?")

# The short function words a Title Case headline leaves in lower case ("Party for Hillary Clinton").
TITLE_CASE_LOWER = frozenset("a an and as at but by for from in into nor of off on or per the to via vs with".split())


def is_title_case(text: str) -> bool:
    """True for a headline-style sentence: at least three words of three letters or more besides
    the short function words, all of them capitalised. One such word in lower case ("met",
    "spoke") makes it an ordinary sentence, however many names it holds. Words in capitals
    throughout are left out of the count ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones:",
    a newsletter's heading before an ordinary byline) unless the whole sentence is in capitals
    (capitals say nothing there)."""
    words = []
    for w in text.split():
        if len(w) >= 3 and w[:1].isalpha() and w.lower() not in TITLE_CASE_LOWER:
            if not w[:1].isupper() and not w.isupper():
                return False  # the usual answer, known at the first word in lower case
            words.append(w)
    mixed = [w for w in words if not w.isupper()]
    if words and not mixed:
        return len(words) >= 3
    return len(mixed) >= 3 and all(w[:1].isupper() for w in mixed)


def known_parts(runs: Iterable[tuple[str, int, int]], known: Collection[str],
                read: Callable[[str], tuple[int, str, str] | None]) -> list[tuple[str, int, int]]:
    """The parts of headline runs ``(phrase, start, end)`` that name a ``known`` actor, as runs.

    ``read`` reads a part as the aligner of names does: (characters cut at its start, the
    phrase kept, the name it gives), or ``None``. Parts are taken left to right, the longest
    first; a part may be shorter than the known name ("Clinton" for "Hillary Clinton") but not
    longer (the headline adds no words to a name). A name with a middle initial counts
    whether known or not.
    """
    by_last: dict[str, list[str]] = {}
    for name in known:
        words = words_of(name)
        if words:
            by_last.setdefault(words[-1], []).append(name)
    found = []
    for phrase, start, _ in runs:
        tokens = _tokens(phrase)
        i = 0
        while i < len(tokens):
            for j in range(min(len(tokens), i + MAX_NAME_WORDS), i, -1):
                reading = read(phrase[tokens[i][0]:tokens[j - 1][1]])
                if reading is not None and (_is_known(reading[2], by_last)
                                            or _WITH_MIDDLE_INITIAL.fullmatch(reading[1])):
                    skip, kept, _ = reading
                    at = start + tokens[i][0] + skip
                    found.append((kept, at, at + len(kept)))
                    i = j
                    break
            else:
                i += 1
    return found


def _is_known(name: str, by_last: dict[str, list[str]]) -> bool:
    words = words_of(name)
    return bool(words) and any(len(words) <= len(words_of(known)) and same_actor(name, known)
                               for known in by_last.get(words[-1], ()))


def _tokens(phrase: str) -> list[tuple[int, int]]:
    """(start, end) of each whitespace-separated word of ``phrase``."""
    spans = []
    start = None
    for k, ch in enumerate(phrase):
        if ch.isspace():
            if start is not None:
                spans.append((start, k))
                start = None
        elif start is None:
            start = k
    if start is not None:
        spans.append((start, len(phrase)))
    return spans
