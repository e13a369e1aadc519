"""The name a capitalised phrase holds: ``name_in`` reads "Mexican President Claudia Sheinbaum" into the role it
gives and the name ("Claudia Sheinbaum", a person's), and a phrase that names no actor ("The", "State of Mexico")
into ``None``. Read once per distinct phrase while ``actors.read_actors`` goes through an article (names recur).
Rules and the shipped word lists only; nothing here was fitted.
"""

from __future__ import annotations

from functools import lru_cache

from mediadiff.voices.capitals import NOT_NAMES
from mediadiff.voices.names import (
    actor_kind,
    after_honorific,
    function_word_alone,
    is_actor_name,
    is_organisation,
    single_name,
    split_role,
    strip_possessive,
    words_of,
)

__all__ = ["name_in"]


@lru_cache(maxsize=65536)
def name_in(phrase: str) -> tuple[str, str | None, str, str] | None:
    """(the phrase as mentioned, the role it gives, the name, its kind) of a capitalised phrase, ``None`` when it
    names no actor; read once per distinct phrase (names recur)."""
    phrase = strip_possessive(phrase.strip(" ,"))
    found_role, name = split_role(phrase)
    name = after_honorific(strip_possessive(name))
    if name and single_name(name) != name:
        if found_role:
            return None  # "Coalition Against Trump": one organisation's name, not a role and a person
        name = single_name(name)
    if not name or name.lower() in NOT_NAMES or words_of(name)[0] in NOT_NAMES and len(name.split()) == 1:
        return None
    if not is_actor_name(name) or function_word_alone(name):
        return None
    kind = actor_kind(name)
    if kind == "person" and " of " in name and is_organisation(name.rsplit(" of ", 1)[1]):
        return None  # "State of Mexico", "Gulf of Mexico": a place, not a person
    return phrase, found_role, name, kind
