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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from mediadiff.voices.capitals import NAME_TAIL_WORDS, may_mark_time
from mediadiff.voices.name_match import same_actor
from mediadiff.voices.names import strip_possessive, words_of
from mediadiff.voices.subjects import one_name_with_and

# The longest part of a run tried as a name ("Juan Ramón de la Fuente" has five words,
# "the U.S. State Department's Bureau of Western Hemisphere Affairs" nine).
MAX_NAME_WORDS = 9


# A first name, a middle initial and one or two surnames ("Michael P. McDonald", "Julie A. Diaz
# Martinez"): a person's name in any sentence, a byline or a signature line among them.
_WITH_MIDDLE_INITIAL = re.compile(r"[A-Z][a-z]+ [A-Z]\. [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?")
# That second word alone: a part holding none never reads as such a name.
_INITIAL = re.compile(r"[A-Z]\.")

# The short function words a Title Case headline leaves in lower case ("Party for Hillary Clinton"). Not all of
# corpus.namewords.TITLE_CASE_SMALL: its longer prepositions, left out of the count, make ordinary sentences title
# case ("Trump is like George Patton.", "What about Franklin Roosevelt?") and a subhead not ("Division Over Iran.");
# PolNeAR train, 4 articles change, 3 for the worse.
TITLE_CASE_LOWER = frozenset("a an and as at but by for from in into nor of off on or per the to via vs with".split())


def is_title_case(text: str) -> bool:
    """True for a headline-style sentence: at least three words of three letters or more besides
    the short function words, all of them capitalised. One such word in lower case ("met",
    "spoke") makes it an ordinary sentence, however many names it holds. Words in capitals
    throughout are left out of the count ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones:",
    a newsletter's heading before an ordinary byline) unless the whole sentence is in capitals
    (capitals say nothing there, however few its words: "FULL TEXT." founded a person)."""
    words = []
    for w in text.split():
        if len(w) >= 3 and w[:1].isalpha() and w.lower() not in TITLE_CASE_LOWER:
            if not w[:1].isupper() and not w.isupper():
                return False  # the usual answer, known at the first word in lower case
            words.append(w)
    mixed = [w for w in words if not w.isupper()]
    if words and not mixed:
        return True  # a line in capitals, a label among them ("FULL TEXT.", "CORRECTION APPENDED.")
    return len(mixed) >= 3 and all(w[:1].isupper() for w in mixed)


def ordinary_names(ordinary: Sequence[Sequence[tuple[str, int, int]]],
                   name_of: Callable[[str], tuple[str, str | None, str, str] | None]) -> set[str]:
    """The names the ordinary (not headline-style) sentences give: ``ordinary``, each one's capitalised runs;
    ``name_of`` reads a run (``name_reading.name_in``: its third item is the name)."""
    names = set()
    for runs in ordinary:
        for phrase, _, _ in runs:
            parts = [phrase] if " and " not in phrase or one_name_with_and(phrase) else phrase.split(" and ")
            names.update(named[2] for named in map(name_of, parts) if named is not None)
    return names


def by_last_word(known: Iterable[str]) -> dict[str, list[str]]:
    """``known`` names indexed by their last word (as ``words_of`` gives it): the only names a part
    ending in that word may be. Built once per article, not once per headline."""
    by_last: dict[str, list[str]] = {}
    for name in known:
        words = words_of(name)
        if words:
            by_last.setdefault(words[-1], []).append(name)
    return by_last


def known_parts(runs: Iterable[tuple[str, int, int]], known: Mapping[str, Sequence[str]],
                read: Callable[[str], tuple[int, str, str] | None]) -> list[tuple[str, int, int]]:
    """The parts of headline runs ``(phrase, start, end)`` that name a ``known`` actor, as runs;
    ``known`` holds the known names by their last word (``by_last_word``).

    ``read`` reads a part as the aligner of names does: (characters cut at its start, the
    phrase kept, the name it gives), or ``None``. Parts are taken left to right, the longest
    first; a part may be shorter than the known name ("Clinton" for "Hillary Clinton") but not
    longer (the headline adds no words to a name). A name with a middle initial counts
    whether known or not.

    Only the parts ``_RunWords.may_name`` allows are read; the others read as no known name, so
    the answer is the one reading every part gives, and the work grows with the words that may
    end a known name, not with every word of a text in Title Case throughout (a 330 KB feed read
    nine parts of every word, 230,000 readings).
    """
    found = []
    for phrase, start, _ in runs:
        tokens = _tokens(phrase)
        words = _RunWords.of(phrase, tokens, known)
        i = 0
        while i < len(tokens):
            last = min(len(tokens), i + MAX_NAME_WORDS)
            ahead = min(words.name_end_at[i], words.initial_at[i])
            if ahead >= last:  # no part starting here holds a word that may end a known name
                i = max(i + 1, ahead - MAX_NAME_WORDS + 1)
                continue
            for j in range(last, ahead, -1):
                if not words.may_name(i, j):
                    continue
                reading = read(phrase[tokens[i][0]:tokens[j - 1][1]])
                if reading is not None and (_is_known(reading[2], known)
                                            or _WITH_MIDDLE_INITIAL.fullmatch(reading[1])):
                    skip, kept, _ = reading
                    at = start + tokens[i][0] + skip
                    found.append((kept, at, at + len(kept)))
                    i = j
                    break
            else:
                i += 1
    return found


@dataclass(frozen=True)
class _RunWords:
    """Where in a headline run (by word index) the words are that let a part of it name a known actor.

    A reading keeps a stretch of a part's words, cutting at most a comma, a full stop or a possessive
    from them (``_name_words``), so a known name's last word is one of the part's words, and every word
    after it is cut: a closing function word or mark (``NAME_TAIL_WORDS``), or all that follows "of" (a
    person's state, ``names.split_role``: in lower case only, so a Title Case "Of" cuts nothing) or a
    time expression (``capitals.may_mark_time``). A name with a middle initial ends one or two words
    after the initial. Each list holds, for a word index ``k``, the first index from ``k`` on of such a
    word (the run's length when none is); ``kept_before[j]`` is the last index before ``j`` of a word no
    reading cuts from a name's end (-1 when none is). Speed only: a superset."""

    name_end_at: list[int]  # a word that may end a known name
    initial_at: list[int]  # a middle initial ("P.")
    cut_at: list[int]  # "of" or a word that may mark a time: anything after it may be cut
    kept_before: list[int]

    @classmethod
    def of(cls, phrase: str, tokens: list[tuple[int, int]], known: Mapping[str, Sequence[str]]) -> _RunWords:
        words = [phrase[s:e] for s, e in tokens]
        keys = known.keys()
        kept_before, last_kept = [], -1
        for k, word in enumerate(words):
            kept_before.append(last_kept)
            if word.lower() not in NAME_TAIL_WORDS and word.lower().strip(",.'’ s"):
                last_kept = k
        kept_before.append(last_kept)
        return cls(_first_from([not keys.isdisjoint(_name_words(w)) for w in words]),
                   _first_from([bool(_INITIAL.fullmatch(w)) for w in words]),
                   _first_from([w == "of" or may_mark_time(w) for w in words]), kept_before)

    def may_name(self, i: int, j: int) -> bool:
        """Whether the part of words ``i`` to ``j - 1`` may read as a known name or one with a middle initial."""
        if self.cut_at[i] < j:
            return True
        end = max(i, self.kept_before[j])  # the name's last word is here or after
        return self.name_end_at[end] < j or self.initial_at[max(i, end - 2)] < j


def _first_from(marked: list[bool]) -> list[int]:
    """For each index, the first index from it on that is marked (``len(marked)`` when none is), and one more."""
    first = [len(marked)] * (len(marked) + 1)
    for k in range(len(marked) - 1, -1, -1):
        first[k] = k if marked[k] else first[k + 1]
    return first


@lru_cache(maxsize=65536)
def _name_words(word: str) -> frozenset[str]:
    """Every word ``words_of`` may give for ``word`` inside a name read from a part: the word as
    written, or with what a reading cuts from a name's ends (``name_reading.name_in``, ``trimmed_run``: commas,
    a full stop, a possessive), in any order. A superset is safe: it only reads more parts."""
    forms: set[str] = set()
    todo = [word]
    while todo:
        form = todo.pop()
        if form not in forms:
            forms.add(form)
            todo += [form.strip(" ,"), form[:-1] if form.endswith(".") else form, strip_possessive(form)]
    return frozenset(w for form in forms for w in words_of(form))


def _is_known(name: str, by_last: Mapping[str, Sequence[str]]) -> bool:
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
