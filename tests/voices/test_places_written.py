"""Places written as places (a name before "village", "district", ...; the whole object of "in", "near",
"across" every time it is written) are no actors and never the antecedent of "he" or "she"; a name ending in a
hyphenated modifier ("Indian Ocean-wide") is an adjective."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute
from mediadiff.voices.actors import read_actors


def _actors(*paragraphs: str) -> set[str]:
    return set(read_actors(article(*paragraphs)).actors)


@pytest.mark.parametrize("sentence", [
    "In Suka Makmur village a landslide engulfed a coffee plantation.",
    "The quake hit Bener Meriah district and neighboring North Sumatra province on Tuesday.",
    "Rescuers reached Blang Mancung village, where houses collapsed.",
    "Many people were killed in Banda Aceh.",
    "The quake sparked an Indian Ocean-wide tsunami alert.",
    "The Saudi-led coalition struck again.",
])
def test_a_place_written_as_a_place_is_no_actor(sentence):
    assert _actors(sentence) == set()


def test_a_pronoun_never_takes_up_a_place_before_a_place_noun():
    found = attribute(article("In Suka Makmur village a landslide killed one man, an official said.",
                              "“It was terrible,” he said."))
    assert [a.speaker for a in found] == [None, None]


@pytest.mark.parametrize("paragraphs, kept", [
    (("Barack Obama spoke at a CNN town hall.",), {"Barack Obama", "CNN"}),  # "town" modifies "hall"
    (("Voters have lost confidence in Marco Rubio.", "On Monday, Marco Rubio said he would fight on."),
     {"Marco Rubio"}),  # written as a subject too
    (("Donors found a new leader in Mitt Romney, the party's nominee.",), {"Mitt Romney"}),  # an apposition
    (("He was profiled in the Daily Beast.",), {"Daily Beast"}),  # "the": no place's by this rule
    (("In the Wells Fargo scandal, people were misled.",), {"Wells Fargo"}),  # a modifier of "scandal"
    (("Aides in Marco Rubio's camp were glum.",), {"Marco Rubio"}),  # a possessive
    (("Ban Ki-moon spoke at the United Nations.",), {"Ban Ki-moon", "United Nations"}),  # a name's own hyphen
])
def test_near_misses_stay_actors(paragraphs, kept):
    assert kept <= _actors(*paragraphs)


def test_a_possessive_before_a_hyphenated_modifier_keeps_its_owner():
    actors = read_actors(article("David Axelrod ran the race.", "Axelrod’s Chicago-based firm worked for her."))
    assert set(actors.actors) == {"David Axelrod"}
    assert [m.actor for m in actors.mentions] == ["David Axelrod", "David Axelrod"]
