"""A capitalised run with a possessive inside may name two actors: "Trump's Justice Department", "Biden's
Supreme Court Commission" are a person and an organisation they lead, not one actor of that whole name. An
organisation's or a place's possessive names one of its parts, which keeps it ("the State Department's Bureau of
Western Hemisphere Affairs", "Ukraine's Foreign Ministry").

Only an organisation named in full after the possessive is split off: two words or more, or an acronym
("Emily's List", "St. Anselm's College" and "the Sheriff's Department" stay whole), and no state ("the
Democratic People's Republic of Korea" stays whole). A person after it ("CNN's Jake Tapper") is left to
``names.split_role``, which reads the owner as the person's affiliation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from mediadiff.corpus.dates import MONTHS
from mediadiff.voices.first_names import first_name_pronoun
from mediadiff.voices.names import ROLE_WORDS, is_organisation, place_key, place_kind, single_name, split_role

_POSSESSIVE_INSIDE = re.compile(r"[’']s ")


def split_possessives(runs: Iterable[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """Each capitalised run (phrase, start, end), or its owner and organisation when a possessive parts them."""
    for phrase, start, end in runs:
        found = _POSSESSIVE_INSIDE.search(phrase)
        owned = phrase[found.end():] if found else ""
        owner = phrase[:found.start()] if found else ""
        if owner and owned[:1].isupper() and _organisation_of_its_own(owned) \
                and owner.split()[-1].lower() not in _NAME_POSSESSORS and _person_like(owner):
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


def _person_like(owner: str) -> bool:
    """A person's name, perhaps after a role ("President Barack Obama", "Trump"): no organisation, place or
    month; a first name known to the shipped table, or a single capitalised word (a surname)."""
    name = single_name(split_role(owner)[1]) or owner
    words = name.split()
    if not words or is_organisation(owner) or place_kind(name) or place_key(name) or owner.isupper():
        return False
    return len(words) == 1 and words[0].lower() not in MONTHS or first_name_pronoun(name) is not None

