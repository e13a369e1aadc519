"""Places the text writes as places: a capitalised run that is a place by its syntax, not by a gazetteer.

``data/places.txt`` lists countries and US states; news anywhere names villages, districts and cities no list
holds ("In Suka Makmur village", "Bener Meriah district", "neighboring North Sumatra province"). English marks
them two ways (Quirk et al. 1985, 17.89: a proper noun as a premodifier of a common noun of place; 9.17:
prepositions of position): the run stands before a noun of place (village, district, province, city, town,
region, county, state, island) that ends the noun phrase, or it is the whole object of "in", "near" or "across"
every time it is written, with no evidence of a person (no first name,
no title, no person of that surname named, no apposition). Such a run is no
actor, so never the antecedent of "he" or "she". A run ending in a hyphenated lower-case word is an adjective
("an Indian Ocean-wide alert", "the Saudi-led coalition"), no name at all.

Near misses the rules leave alone: a noun of place that modifies another noun ("a CNN town hall", "Clinton state
director"), a possessive ("in Trump's speech"), a name of an organisation ("in Congress"), a known person
("confidence in Barack Obama ... in Obama").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mediadiff.voices.first_names import opens_with_first_name
from mediadiff.voices.names import is_place
from mediadiff.voices.wordclass import is_closed_class, reads_as_verb

# Nouns of a place that a proper noun premodifies: administrative units and settlements (QA14 V5/V6, Aceh quake).
PLACE_NOUNS = frozenset("""village villages district districts province provinces city town region county state
island islands regency municipality prefecture""".split())
# Prepositions of position whose object is a place ("in", "near", "across"); "from" also takes organisations
# ("an official from Reuters") and "at" buildings and bodies ("at Goldman Sachs"): left out.
_POSITION = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Aa]cross)\s+$")
_POSITION_ENDS = frozenset("nrs \t")  # the last letter of in/near/across, or more space: a cheap test first
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s")
_WORD_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b")
_POSSESSIVE = re.compile(r"['’]s?$")
_OWNER = re.compile(r".*?['’]s?(?= )")  # the owner of a run with a possessive inside, its "'s" kept
# A hyphenated lower-case word that makes an adjective of a name: a participle ("Saudi-led", "Richmond-based") or
# a suffix of extent or manner ("Indian Ocean-wide"); not a name's own part ("Ban Ki-moon").
_HYPHEN_MODIFIER = re.compile(r"-(?:[a-z]+ed|wide|style|like|born|made|run|era|only|specific|friendly|owned)$")


def is_hyphen_modifier(name: str) -> bool:
    """A run ending in a hyphenated lower-case word: an adjective ("Indian Ocean-wide", "Saudi-led")."""
    return "-" in name and _HYPHEN_MODIFIER.search(name) is not None


def _ends_phrase(text: str, at: int) -> bool:
    """Whether the noun phrase ends at ``at``: punctuation, a capital or a function word follows, or a verb
    ("in Banda Aceh, ...", "in Banda Aceh and", "near Jakarta was"), not a noun it modifies ("in the Wells Fargo
    scandal", "in the Obama administration")."""
    m = _WORD_AFTER.match(text, at, at + 40)
    return m is None or is_closed_class(m.group(1)) or reads_as_verb(m.group(1))


def before_place_noun(text: str, end: int) -> bool:
    """Whether a noun of place ending its noun phrase follows the run ending at ``end`` ("Bener Meriah district
    and", "North Sumatra province,"; not "a CNN town hall", where "town" modifies "hall")."""
    if text[end:end + 1] not in " \t":
        return False  # a possessive ("Aceh's governor"), punctuation: no noun after
    m = _WORD_AFTER.match(text, end, end + 60)
    if m is None or m.group(1) not in PLACE_NOUNS:
        return False
    return _ends_phrase(text, m.end(1))


def object_of_position(text: str, start: int, end: int, name: str, role: str | None) -> bool:
    """Whether the run at ``[start, end)`` is the whole object of "in", "near" or "across" and gives no
    evidence of a person (a first name, a role): "killed in Banda Aceh"."""
    if role or opens_with_first_name(name) or text[end:end + 1] in "'’" or text[end:end + 2] == " (" \
            or not _ends_phrase(text, end) or _APPOSITION.match(text, end):
        return False
    return _POSITION.search(text, max(0, start - 12), start) is not None


def place_names(text: str, runs: list[tuple[str, int, int]], name_in) -> frozenset[str]:
    """The runs of an article written as places somewhere in it (``runs``: (phrase, start, end) in ``text``;
    ``name_in``: ``name_reading.name_in``), those a person of that surname elsewhere does not claim, and
    hyphenated modifiers. Two names joined by "and" are read as two elsewhere; a place of ``data/places.txt``
    ("Iraq", "Ohio") is ``names.is_actor_name``'s to judge."""
    found: set[str] = set()
    written: dict[str, int] = {}  # phrase -> times written
    candidates = []  # runs a noun of place follows or a preposition of position precedes: few, read further
    for phrase, start, end in runs:
        if " and " in phrase:
            continue
        if is_hyphen_modifier(phrase):
            found.add(phrase)
            continue
        written[phrase] = written.get(phrase, 0) + 1
        noun = before_place_noun(text, end)
        if noun or text[start - 2:start - 1] in _POSITION_ENDS and _POSITION.search(text, max(0, start - 12), start):
            candidates.append((phrase, start, end, noun))
    if not candidates:
        return frozenset(found)
    people = {phrase.rsplit(" ", 1)[-1] for phrase, _, _ in runs if " " in phrase and opens_with_first_name(phrase)}
    placed: dict[str, int] = {}  # phrase -> times as the whole object of "in", "near", "across"
    for phrase, start, end, noun in candidates:
        if _POSSESSIVE.search(phrase) or is_place(phrase) or (named := name_in(phrase)) is None \
                or named[3] != "person" or phrase.rsplit(" ", 1)[-1] in people:
            continue
        if noun:
            found.add(phrase)
        if _OWNER.match(phrase) is None and object_of_position(text, start, end, phrase, named[1]):
            placed[phrase] = placed.get(phrase, 0) + 1  # not "in Crutcher’s SUV": an owner's thing, no place
    # A name only ever written as the object of a preposition of position ("in Banda Aceh"); one written also as
    # a subject or an object ("Rubio has stalled", "confidence in Rubio") or with "the" ("in the Daily Beast") or
    # an apposition ("in Mitt Romney, the party's nominee") may be anyone's.
    return frozenset(found | {phrase for phrase, times in placed.items() if times == written[phrase]})


def unplaced(runs: list[tuple[str, int, int]], places: frozenset[str]) -> Iterator[tuple[str, int, int]]:
    """``runs`` without the ``places`` (``place_names``); a hyphenated modifier after a possessive keeps its owner
    ("Axelrod’s Chicago-based firm": "Axelrod’s")."""
    for phrase, start, end in runs:
        if phrase not in places:
            yield phrase, start, end
        elif is_hyphen_modifier(phrase) and (owner := _OWNER.match(phrase)):
            yield owner.group(0), start, start + owner.end()
