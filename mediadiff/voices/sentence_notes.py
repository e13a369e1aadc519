"""What a sentence tells about the actors it names, beyond naming them.

Read once per sentence while ``actors.read_actors`` goes through an article:

- ``vote_gender``: the pronouns of a sentence that names one person alone vote for that
  person's gender, so a later "she said" resolves to the right person;
- ``note_statement``: "a statement from the State Department", "the Foreign Ministry ... in a
  communiqué": the organisation named beside a statement noun issued it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from mediadiff.voices.names import words_of

_STATEMENT_FROM = re.compile(r"\b(?:statement|communiqu[ée]|note|readout|message|release)\b[^.;]{0,60}?"
                             r"\b(?:from|by)\s+(?:the\s+)?")
_STATEMENT_STEMS = ("statement", "communiqu", "note", "readout", "message", "release")


def vote_gender(gender: dict[str, list[int]], chunk: str, mentions: Sequence[Any], *,
                shared: Callable[[Any], bool] = lambda mention: False) -> None:
    """Add the sentence's pronoun votes to ``gender`` (actor -> [he, she]) when its ``mentions``
    (``ActorMention``s, the sentence's own) name one person alone, and none of them is ``shared``
    by two people ("Scott" once two Scotts are known: whose pronouns would they be?)."""
    people = {m.actor for m in mentions if m.kind == "person"}
    if len(people) == 1:
        words = Counter(words_of(chunk))
        he, she = words["he"] + words["his"] + words["him"], words["she"] + words["her"] + words["hers"]
        if (he or she) and not any(map(shared, mentions)):  # no pronoun, no vote: the test is not needed
            votes = gender.setdefault(people.pop(), [0, 0])
            votes[0] += he
            votes[1] += she


def note_statement(statements: list[tuple[int, str]], chunk: str, start: int, mentions: Sequence[Any]) -> None:
    """Append (position, organisation) to ``statements`` for each statement noun of the sentence
    (``chunk`` at ``start``) with an organisation named after "from" or "by"."""
    if not any(noun in chunk for noun in _STATEMENT_STEMS) or "from" not in chunk and "by" not in chunk:
        return  # the pattern cannot match: no regex
    for m in _STATEMENT_FROM.finditer(chunk):
        orgs = [x for x in mentions if start + m.end() <= x.start and x.kind == "organisation"]
        if orgs:
            statements.append((orgs[0].start, orgs[0].actor))
