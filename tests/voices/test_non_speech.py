"""Verbs of the reporting lexicon in senses where their subject says nothing: a passive participle after its noun
("the employee accused of shooting"), "call" that telephones."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute


def _items(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.kind, a.source, a.verb) for a in attribute(article(text))]


@pytest.mark.parametrize(("text", "sources"), [
    ("The suspended employee accused of shooting three co-workers appeared in court on Monday.", [None]),
    ("A professor, accused by the government of plotting a coup, lives in Pennsylvania.", ["the government"]),
    ("The report left out the victims' names, an omission criticised by some activists as careless.", []),
])
def test_the_noun_a_passive_participle_follows_is_the_one_accused_never_the_source(text, sources):
    assert [a.source for a in attribute(article(text))] == sources


def test_call_that_telephones_reports_nothing():
    assert _items("He called her at one point and leveled the same threat.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Smith accused his rival of lying about the budget.", [("reported", "Smith", "accuse")]),
    ("Trump called the plan a disaster on Tuesday.", [("reported", "Trump", "call")]),
    ("Hiller called police to tell them she had a gun.", [("reported", "Hiller", "tell")]),
    ("She said some Democrats have called her to say they will not vote for Clinton.",
     [("reported", "She", "say"), ("reported", "some Democrats", "say")]),
])
def test_the_active_verb_and_the_caller_still_speak(text, expected):
    assert _items(text) == expected
