"""A capitalised run with a possessive inside may name two actors: "Trump's Justice Department", "Biden's
Supreme Court Commission" are a person and an organisation they lead, not one actor of that whole name. An
organisation's or a place's possessive names one of its parts, which keeps it ("the State Department's Bureau of
Western Hemisphere Affairs", "Ukraine's Foreign Ministry").

Only an organisation named in full after the possessive is split off: two words or more, or an acronym
("Emily's List", "St. Anselm's College" and "the Sheriff's Department" stay whole), and no state ("the
Democratic People's Republic of Korea" stays whole). A person after it ("CNN's Jake Tapper") is left to
``names.split_role``, which reads the owner as the person's affiliation.

A lone capitalised owner is a person only when the article names that person in full elsewhere (a first
name, a person's role word or an honorific: "President Donald Trump ... Trump's Justice Department"): many
companies and colleges bear a founder's surname ("Moody's Investors Service", "Lloyd's Banking Group",
"King's College London"), and "Tesla's Board of Directors" is no actor "Board of Directors" that Disney's
shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from mediadiff.corpus.dates import MONTHS
from mediadiff.voices.first_names import opens_with_first_name
from mediadiff.voices.names import (
    HONORIFICS,
    ROLE_WORDS,
    after_honorific,
    is_organisation,
    place_key,
    place_kind,
    single_name,
    split_role,
    strip_possessive,
    words_of,
)

_POSSESSIVE_INSIDE = re.compile(r"[’']s ")
# The role words that name one person whatever stands beside them ("Democrat President Joe Biden", "Sen. Ted
# Cruz"), not a party, an office's place or a modifier ("Democrat", "State", "White House", "Vice", "General").
PERSON_ROLE_WORDS = frozenset("""
president secretary minister spokesperson spokesman spokeswoman senator sen rep representative congressman
congresswoman gov governor mayor chairman chairwoman director leader candidate nominee ambassador adviser
advisor counterpart speaker judge premier chancellor king queen prince pope bishop ceo founder strategist aide
analyst economist professor lawyer envoy negotiator commander sheriff officer attorney
""".split())


def split_possessives(runs: Iterable[tuple[str, int, int]], surnames: frozenset[str] = frozenset(),
                       ) -> Iterator[tuple[str, int, int]]:
    """Each capitalised run (phrase, start, end), or its owner and organisation when a possessive parts them;
    ``surnames`` are the last words of the people the article names in full (``named_people``)."""
    for phrase, start, end in runs:
        found = _POSSESSIVE_INSIDE.search(phrase)
        owned = phrase[found.end():] if found else ""
        owner = phrase[:found.start()] if found else ""
        if owner and owned[:1].isupper() and _organisation_of_its_own(owned) \
                and owner.split()[-1].lower() not in _NAME_POSSESSORS and _person_like(owner, surnames):
            yield phrase[:found.start()], start, start + found.start()
            yield owned, start + found.end(), end
        else:
            yield phrase, start, end


_STATE_HEADS = frozenset({"republic", "kingdom", "federation", "union", "emirates", "states"})
# A possessive that is part of a name ("the Ethiopian People's Revolutionary Party", "the Women's March").
_NAME_POSSESSORS = frozenset({"people", "women", "workers", "children", "veterans", "men"})


def _organisation_of_its_own(owned: str) -> bool:
    words = owned.split()
    full = len(words) > 1 or owned.isupper() and len(owned) > 1 and owned.lower() not in ROLE_WORDS  # "CEO"
    return full and is_organisation(owned) and not _STATE_HEADS & {w.strip(".,").lower() for w in words}


def named_people(runs: Iterable[tuple[str, int, int]], text: str) -> frozenset[str]:
    """The last words of the people the capitalised runs of ``text`` name in full (a role word, an honorific or
    a first name says a person: "President Donald Trump", "Mr. Trump"), parts joined by a possessive, "and" or "of"
    read apart."""
    return frozenset(surname for phrase, start, _ in runs
                     for part in _PARTS.split(_with_honorific(text, start, phrase))
                     if (surname := _surname_of_named_person(part)))


_PARTS = re.compile(r"[’']s | and | of ")


def _with_honorific(text: str, start: int, phrase: str) -> str:
    """The run with the honorific before it, which the run leaves out ("Mr. Trump" is read as "Trump")."""
    before = text[max(0, start - 8):start].split()
    return f"{before[-1]} {phrase}" if before and before[-1].rstrip(".").lower() in HONORIFICS else phrase


@lru_cache(maxsize=65536)
def _surname_of_named_person(part: str) -> str:
    """The last word of the name when ``part`` names a person in full, else ""; read once per phrase."""
    name = after_honorific(single_name(split_role(part)[1]) or part)
    return strip_possessive(name.split()[-1]) if name and _person_like(part) else ""


def _person_like(owner: str, surnames: frozenset[str] = frozenset()) -> bool:
    """A person's name, perhaps after a role ("President Barack Obama", "Trump"): no organisation, place or
    month; a person's role word or an honorific before the name ("Democrat President Joe Biden", "Sen.
    Ted Cruz", "Mr. Trump"), a first name of the shipped table ("Joe Biden", "George W. Bush"), or a single
    capitalised word that is the surname of a person the article names in full (one of ``surnames``)."""
    role, rest = split_role(owner)
    name = after_honorific(single_name(rest) or owner)
    words = name.split()
    if not words or is_organisation(name) or place_kind(name) or place_key(name) or owner.isupper():
        return False
    if role is None and is_organisation(owner):
        return False
    if name != (single_name(rest) or owner) or role is not None and PERSON_ROLE_WORDS & set(words_of(role)):
        return True  # "Mr. Trump", "Democrat President Joe Biden": the text says a person
    return len(words) == 1 and words[0] in surnames and words[0].lower() not in MONTHS \
        or opens_with_first_name(name)
