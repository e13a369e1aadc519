"""A paragraph quoted whole after "X said:" with no quote marks (a block quote pasted from a web page) is X's, not
the outlet's own voice; a list, a time stamp or a heading after a colon stays the outlet's."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute


def _reported(*paragraphs: str) -> list[tuple[str | None, str]]:
    return [(a.source, a.text) for a in attribute(article(*paragraphs)) if a.kind == "reported"]


@pytest.mark.parametrize("intro, source", [
    ("In a speech last July, Perry said:", "Perry"),
    ("Wallnau wrote on his blog:", "Wallnau"),
    ("Limbaugh told his audience:", "Limbaugh"),
    ("The governor added:", "The governor"),
    ("The senator said in a statement on Monday:", "The senator"),
])
def test_the_paragraph_after_a_reporting_verb_and_a_colon_is_the_sources(intro, source):
    block = "Let no one be mistaken, this candidacy is a cancer on conservatism."
    assert _reported(intro, block, "The race goes on.") == [(source, block)]


def test_the_occasion_before_the_source_is_not_what_was_said():
    assert _reported("In a speech last July, he said:", "The border is open and nobody is in charge.") == [
        ("he", "The border is open and nobody is in charge.")]


@pytest.mark.parametrize("intro, after", [
    ("The reasons include:", "The cost of living is rising fast in every state."),
    ("CNN also noted the sparse attendance:", "Even right-leaning journalists took a moment to point it out."),
    ("The aide said in a statement:", "1. The party will win the state in November."),
    ("The Latest on the race (all times EDT):", "6:01 p.m. The candidate arrived late."),
    ("Here's Politico's selection of the most notable Clinton emails in the latest set:",
     "Celebrating Clinton turning Obama around on Libya."),
])
def test_a_list_a_time_stamp_or_a_heading_after_a_colon_is_nobodys(intro, after):
    assert all(text != after for _, text in _reported(intro, after))


def test_a_quote_after_the_colon_is_still_given_its_cue():
    result = attribute(article("Ward stated:", "“The department has lost its way,” and more.", "Next."))
    assert [(a.kind, a.source) for a in result.direct] == [("direct", "Ward")]
    assert not result.reported
