"""Acronyms an article spells out beside a name: "U.S. Customs and Border Protection (CBP)".

``note_acronym`` ties an acronym in parentheses to the organisation named just before it, or an
all-capital name to the full name in parentheses after it, so both name one actor; ``aside_of_person``
reads a run alone in brackets after a person ("Sanders (I-Vt.)") as no one new. Rules only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from mediadiff.voices.names import canonical_org

_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Z.&]{1,9})\)")
_SPELLED_OUT = re.compile(r"[ \t]*\(([A-Z][^()]{3,80})\)")


def note_acronym(registry: Any, actor: Any, text: str, end: int) -> None:
    """"U.S. Customs and Border Protection (CBP)", "CBP (Customs and Border Protection)": an
    acronym and an organisation's name, one in parentheses right after the other, name one
    actor when the acronym's letters are initials of the name, in order."""
    acronym = _ACRONYM.match(text, end)
    if acronym and initials_of(acronym.group(1), actor.name):
        registry.aliases[acronym.group(1)] = actor.name
    spelled = _SPELLED_OUT.match(text, end) if actor.name.isupper() else None
    if spelled and initials_of(actor.name, spelled.group(1)):  # the actor takes the spelled-out name
        full = replace(actor, name=canonical_org(spelled.group(1).strip()))
        registry.actors.pop(actor.name, None)
        registry.actors[full.name] = full
        registry.aliases[actor.name] = registry.aliases[spelled.group(1).strip()] = full.name
        for i, m in enumerate(registry.mentions):
            if m.actor == actor.name:
                registry.mentions[i] = replace(m, actor=full.name)


def initials_of(acronym: str, name: str) -> bool:
    initials = iter(w[0] for w in re.findall(r"[A-Z][\w’'-]*", name))
    letters = acronym.replace(".", "").replace("&", "")
    return len(letters) > 1 and all(letter in initials for letter in letters)


def aside_of_person(registry: Any, text: str, start: int, end: int) -> bool:
    """A run alone in brackets after a person: "Sanders (I-Vt.)" (after an organisation: ``note_acronym``)."""
    if text[end:end + 3].lstrip(".")[:1] not in {")", "]"}:
        return False  # most runs: read first, as the text back to the last mention may be long
    last = registry.mentions[-1] if registry.mentions else None
    return last is not None and last.kind == "person" and text[last.end:start].strip() in {"(", "["}
