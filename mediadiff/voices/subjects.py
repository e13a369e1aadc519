"""Subjects joined by "and": "The State Department and the Pentagon said" gives its words to both.

A reporting verb's source is read backwards from the verb as one noun phrase (``phrases.np_backward``),
which stops at a determiner or a lower-case word: "the Pentagon", "his lawyer". When "and" joins that
phrase to another that opens the clause, the source is the two together, and resolution gives it to no
single actor (``resolution.resolve``), as ``voices`` shows a source naming several speakers. An "and" inside
one name ("the House Ways and Means Committee") joins no two actors (``one_name_with_and``).
"""

from __future__ import annotations

from collections.abc import Sequence

from mediadiff.corpus.namewords import NAME_PARTICLES
from mediadiff.voices.names import (
    ORG_HEADS,
    PLACES,
    ROLE_WORDS,
    is_group,
    is_organisation,
    place_key,
    place_kind,
    split_role,
    words_of,
)
from mediadiff.voices.phrases import DETERMINERS, np_backward

# What may stand before a subject: a clause mark or a word that opens a clause (or the sentence's start).
_BEFORE_SUBJECT = frozenset({",", ";", ":", "—", "–", "“", '"', "but", "that", "while", "when", "because", "after"})


def joined_subject(toks: list[tuple[str, int, int]], start: int, end: int) -> int:
    """Where a subject begins when the noun phrase at tokens [``start``, ``end``) is the second of two joined by "and"
    ("Smith and his lawyer said", "Mexico and the United States said"): the second names someone else
    (``names_another``), the first opens the clause and is a name (every word capitalised) or opens with a
    determiner; else ``start`` ("Prices rose and the governor said": "Prices rose" is a clause, not a noun
    phrase; "the Florida senator and Republican presidential candidate said": one person)."""
    if start < 2 or toks[start - 1][0].lower() != "and" or not names_another([t[0] for t in toks[start:end]]):
        return start
    first = np_backward(toks, start - 1)
    if first is None or first[0] and toks[first[0] - 1][0].lower() not in _BEFORE_SUBJECT:
        return start
    words = [t[0] for t in toks[first[0]:first[1]] if t[0][:1].isalpha()]  # "Sen. Bernie Sanders (I-Vt.)"
    if not words or words[0].lower() not in DETERMINERS and not all(w[:1].isupper() for w in words):
        return start
    return first[0]


# Determiners that open a noun phrase of its own: after "and", the start of a second person or body.
OWN_DETERMINERS = DETERMINERS - {"my", "your", "both"} | {"another"}


def names_another(words: Sequence[str]) -> bool:
    """Whether the words after " and " name someone else: a name ("Jones", "de la Fuente") or a phrase with a
    determiner of its own ("the Pentagon", "another aide"), not a second description under the first one's
    determiner ("the Florida senator and Republican presidential candidate", one person)."""
    texts = [w for w in words if w[:1].isalpha()]  # brackets aside: "Rep. Alexandria Ocasio-Cortez (D-N.Y.)"
    return bool(words) and words[0].lower() in OWN_DETERMINERS or bool(texts) and all(
        w[:1].isupper() or w in NAME_PARTICLES for w in texts)


def roles_joined(phrase: str) -> bool:
    """"Apple Chairman and CEO Tim Cook", "founder and chief executive Elon Musk": " and " between two role
    words joins one person's roles, not two people: the phrase is roles, then a person's name."""
    before, _, after = phrase.partition(" and ")
    if not (before.split() and after.split()) or before.split()[-1].strip(".,").lower() not in ROLE_WORDS \
            or after.split()[0].strip(".,").lower() not in ROLE_WORDS:
        return False
    role, name = split_role(phrase)
    return role is not None and " and " in role and bool(name) and not is_organisation(name)


# Words that close a firm's name after its founder's ("Henry Holt and Company", "Smith and Sons"): one actor.
_FIRM_TAILS = frozenset({"company", "co", "co.", "sons", "brothers", "partners", "associates"})


def one_name_with_and(phrase: str) -> bool:
    """"Customs and Border Protection", "House Ways and Means Committee": an " and " inside one organisation's
    name joins the modifiers of its head, not two actors ("the State Department and the Pentagon", "Rubio and de
    la Fuente", "Washington and Congress", "Kyiv and NATO"): the whole names an organisation, the second part
    opens with no determiner and is no acronym, nor a one-word organisation after a person ("Bush and Congress";
    "Henry Holt and Company" is his firm), and the first is no place and names no organisation, or only by a
    head word before its end."""
    first, _, second = phrase.partition(" and ")
    if not second or not is_organisation(phrase) or words_of(second)[:1] == ["the"] or place_kind(first) \
            or place_key(first) or first.isupper() or second.isupper() or " " not in second and not is_organisation(
                first) and is_organisation(second) and second.lower() not in _FIRM_TAILS:
        return False
    return not is_organisation(first) or words_of(phrase)[-1] in ORG_HEADS and words_of(first)[-1] not in ORG_HEADS \
        and not is_group(first) and " ".join(w for w in words_of(first) if w != "the") not in PLACES
