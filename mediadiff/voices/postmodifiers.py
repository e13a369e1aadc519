"""The preposition opening a modifier after a source's head noun, read back from the verb ("Analysts at Goldman
Sachs said", "Officials at the interior and commerce ministries said": the officials, not the ministries), and
"of" or "for" after a participle ("The officer accused of assault said": the officer).

Coordinated premodifiers share the head after them ("the interior and commerce ministries" is "the interior
ministry and the commerce ministry"): "and" between a determiner's single word and a phrase of two words or
more is read past, so the object of "at" is the whole phrase (Quirk et al. 1985, 13.63, coordination of
premodifiers). Rules of English grammar only; nothing here was fitted.
"""

from __future__ import annotations

from mediadiff.voices.params import MAX_SOURCE_WORDS
from mediadiff.voices.phrases import DETERMINERS, np_backward

# Prepositions that open a modifier after a source's head noun ("analysts at Goldman Sachs", "a woman from
# Ohio", "people with knowledge of the talks", "Democrats in Congress"). Not "of"/"for": they stay inside a
# name ("Secretary of State Marco Rubio", "Center for American Progress") and ``np_backward`` reads them.
POST_PREPOSITIONS = frozenset("at from with in on inside within near across outside close to by".split())
# After a participle in -ed they open its complement, not a name's part: "The officer accused of assault said",
# "A man arrested for theft said" (a reduced relative clause: Quirk et al. 1985, 17.29). Not yet read: an
# object that is a gerund or holds one or an adjective ("arrested for trespassing", "for drunk driving",
# "accused of armed robbery": the source is then wrong or missing).
_PARTICIPLE_PREPOSITIONS = frozenset({"of", "for"})


def preposition_back(toks, k: int) -> int | None:
    """The token of the (lower-case) preposition whose object, a noun phrase, ends just before token ``k``;
    an "-ing" or "-ed" word between lower-case words of the phrase modifies its noun ("the city housing
    department", "the affected areas"), as ``np_backward`` does not read."""
    j = k
    while j > 0:
        np = np_backward(toks, j)
        if np is None or k - np[0] > MAX_SOURCE_WORDS:
            return None
        before = toks[np[0] - 1][0] if np[0] else ""
        if before in POST_PREPOSITIONS or before in _PARTICIPLE_PREPOSITIONS and _after_participle(toks, np[0] - 1):
            return np[0] - 1
        inside = np[0] > 1 and before.endswith(("ing", "ed")) and toks[np[1] - 1][0][:1].islower() \
            and (toks[np[0] - 2][0].lower() in DETERMINERS or toks[np[0] - 2][0][:1].islower())
        if not inside and not _shared_head(toks, np):
            return None
        j = np[0] - 1
    return None


def _after_participle(toks, p: int) -> bool:
    """Whether the preposition at token ``p`` follows a lower-case participle in -ed after a lower-case noun
    ("officer accused | of", "man arrested | for"), the reduced relative's verb; the noun may carry the capital
    of a sentence's first word ("Officers accused of brutality said")."""
    word, noun = (toks[p - 1][0], toks[p - 2][0]) if p >= 2 else ("", "")
    opening = p == 2 or p > 2 and toks[p - 3][0] in {".", "?", "!"}
    return word.isalpha() and word.islower() and word.endswith("ed") and noun.isalpha() and (
        noun.islower() or opening and noun[1:].islower())


def _shared_head(toks, np: tuple[int, int]) -> bool:
    """Whether the phrase ``np`` (two words or more) follows "and" after a determiner and one word: "the
    interior and | commerce ministries", whose head both share."""
    k = np[0]
    return np[1] - k >= 2 and k >= 3 and toks[k - 1][0].lower() == "and" and toks[k - 2][0].isalpha() \
        and toks[k - 3][0].lower() in DETERMINERS
