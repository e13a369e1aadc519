"""The preposition opening a modifier after a source's head noun, read back from the verb ("Analysts at Goldman
Sachs said", "Officials at the interior and commerce ministries said": the officials, not the ministries), and
"of", "for" or "with" after a participle ("The officer accused of assault said": the officer), and an adverb of
place after a participle ("People living nearby said": the people).

Coordinated premodifiers share the head after them ("the interior and commerce ministries" is "the interior
ministry and the commerce ministry"): "and" between a determiner's single word and a phrase of two words or
more is read past, so the object of "at" is the whole phrase (Quirk et al. 1985, 13.63, coordination of
premodifiers). A participle premodifying the head after a named owner's possessive is the phrase's too ("Sudan's
armed forces denied": not "forces"; ``premodified``). Rules of English grammar only; nothing here was fitted.
"""

from __future__ import annotations

from mediadiff.voices.params import MAX_SOURCE_WORDS
from mediadiff.voices.phrases import DETERMINERS, np_backward
from mediadiff.voices.wordclass import is_contraction, reads_as_verb

# Prepositions that open a modifier after a source's head noun ("analysts at Goldman Sachs", "a woman from
# Ohio", "people with knowledge of the talks", "Democrats in Congress"). Not "of"/"for": they stay inside a
# name ("Secretary of State Marco Rubio", "Center for American Progress") and ``np_backward`` reads them.
POST_PREPOSITIONS = frozenset("at from with in on inside within near across outside close to by".split())
# After a participle in -ed they open its complement, not a name's part: "The officer accused of assault said",
# "A man arrested for theft said", "A teenager charged with reckless driving told" (a reduced relative clause:
# Quirk et al. 1985, 17.29). Their object may be a gerund or hold one or an adjective ("arrested for trespassing",
# "for drunk driving", "accused of armed robbery", "convicted of killing his wife", "charged with rioting"), which
# ``np_backward`` does not read: ``_participle_preposition`` reads it.
_PARTICIPLE_PREPOSITIONS = frozenset({"of", "for", "with"})
# Words that open a clause or a phrase of their own: past one, the words before a reporting verb are no longer
# the participle's object ("A man arrested for theft after the game said": read no further back than "after").
_OUTSIDE_OBJECT = frozenset("""
who whom whose which that when where while because if after before since until although though as than and or
but to
""".split())


def preposition_back(toks, k: int) -> int | None:
    """The token of the (lower-case) preposition whose object, a noun phrase, ends just before token ``k``;
    an "-ing" or "-ed" word between lower-case words of the phrase modifies its noun ("the city housing
    department", "the affected areas"), as ``np_backward`` does not read; else a reduced relative's
    preposition whose object holds a gerund or an adjective (``_participle_preposition``)."""
    found = _noun_object_preposition(toks, k)
    return found if found is not None else _participle_preposition(toks, k)


def _noun_object_preposition(toks, k: int) -> int | None:
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


def _participle_preposition(toks, k: int) -> int | None:
    """The token of "of", "for" or "with" after a reduced relative's participle ("man arrested | for") whose object is
    the words just before token ``k``: a gerund and what it governs, an adjective and a noun ("for drunk driving",
    "of armed robbery", "of killing his wife"), up to ``MAX_SOURCE_WORDS`` words with no clause or phrase opened
    between (``_OUTSIDE_OBJECT``); ``None`` otherwise."""
    for p in range(k - 2, max(-1, k - 2 - MAX_SOURCE_WORDS), -1):
        word = toks[p][0]
        if word in _PARTICIPLE_PREPOSITIONS:
            return p if _after_participle(toks, p) else None
        if not word[:1].isalnum() or word.lower() in _OUTSIDE_OBJECT:
            return None
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


def premodified(toks, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """``np`` with a participle that premodifies its head before it, after a named owner's possessive that opens
    the phrase ("Sudan's armed forces": not "forces" alone), as ``np_backward`` reads no word in -ed or -ing;
    ``np`` itself otherwise. Not after a determiner: "the retired neurosurgeon told" would no longer resolve to
    the person the article named (PolNeAR train: 3 quotes lost their speaker)."""
    k = np[0] - 1 if np and np[0] >= 2 else -1
    if k < 0 or not (toks[k][0].islower() and toks[k][0].endswith(("ed", "ing")) and toks[np[0]][0].islower()):
        return np
    owner = np_backward(toks, k) if toks[k - 1][0].endswith(("'s", "’s")) and toks[k - 1][0][:1].isupper() else None
    return (owner[0], np[1]) if owner and owner[1] == k and not is_contraction(toks[k - 1][0].lower()) else np


# Adverbs of place, a closed class (Quirk et al. 1985, 8.46-8.49, space adjuncts), alone after a participle that
# follows a noun: "People living nearby said", "Doctors working there said", "A man standing outside said" (a
# reduced relative whose verb takes a place; the adverb is no source).
_PLACE_ADVERBS = frozenset("""
here there nearby outside inside downstairs upstairs abroad overseas locally nationwide elsewhere ashore aboard
offshore downtown uptown away home indoors outdoors
""".split())


def participle_after_head(toks, end: int) -> int | None:
    """The token of a lower-case participle that opens a reduced relative ending just before token ``end``:
    before an adverb of place ("living | nearby", "standing | next door") or, in -ing, before its object, a
    phrase opened by a determiner or a name ("A lawyer representing | Smith said", "Officials overseeing | the
    investigation said": the lawyer and the officials speak, not Smith; "the city building department", a
    compound, has no object); ``None`` otherwise."""
    found = _participle_before_adverb(toks, end)
    if found is not None:
        return found
    np = np_backward(toks, end)
    k = np[0] - 1 if np is not None and np[1] == end else -1
    word = toks[k][0] if k >= 1 else ""
    opens = toks[k + 1][0] if k >= 1 else ""
    # A name as the object follows a common noun ("A lawyer representing Smith"): after a name, a word in -ing
    # before another name is its title's ("House Oversight ranking Democrat Elijah Cummings said").
    return k if word.isalpha() and word.islower() and word.endswith("ing") and reads_as_verb(word) and (
        opens.lower() in DETERMINERS or opens[:1].isupper() and toks[k - 1][0].islower()) else None


def _participle_before_adverb(toks, end: int) -> int | None:
    k = end - 1
    if k >= 1 and toks[k][0].lower() == "door" and toks[k - 1][0].lower() == "next":
        k -= 1
    elif k < 0 or toks[k][0].lower() not in _PLACE_ADVERBS:
        return None
    word = toks[k - 1][0] if k >= 2 else ""
    return k - 1 if word.isalpha() and word.islower() and word.endswith(("ing", "ed")) else None
