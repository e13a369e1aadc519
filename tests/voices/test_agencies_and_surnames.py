"""An agency's name keeps its country ("the US Geological Survey": one organisation, no role "US"), and a
surname that is also a role word is the name's last word, not a role ("General Manager Billy King")."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute
from mediadiff.voices.name_reading import name_in


@pytest.mark.parametrize("written", ["the US Geological Survey", "the U.S. Geological Survey",
                                     "the British Geological Survey"])
def test_a_country_before_an_agency_is_part_of_its_name(written):
    (found,) = attribute(article(f"The quake struck at a depth of 10 kilometers, {written} said."))
    assert found.speaker == written.removeprefix("the ") and found.role is None


def test_a_surname_that_is_a_role_word_is_the_name_and_resolves_later():
    found = attribute(article(
        "Philadelphia 76ers President and General Manager Billy King said the team needed a change.",
        "“We had to move on,” King said."))
    assert [(a.speaker, a.role) for a in found] == [("Billy King", "President and General Manager")] * 2


@pytest.mark.parametrize("phrase, role, name", [
    ("Rep. King", "Rep.", "King"),  # a title, then the surname
    ("Mayor Michael Bloomberg", "Mayor", "Michael Bloomberg"),
    ("U.S. President", None, "U.S. President"),  # no name: a role alone stays as written
    ("Vice President", None, "Vice President"),
    ("General Manager", None, "General Manager"),
])
def test_a_role_word_last_is_a_surname_only_after_a_name_or_a_title(phrase, role, name):
    assert name_in(phrase)[1:3] == (role, name)
