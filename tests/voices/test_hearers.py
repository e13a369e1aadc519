"""The hearer of "told", "warned", "urged" (``voices.hearers``): "that" before a clause opens what was said, a
demonstrative "that" opens the hearer."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute


def _reported(text: str) -> list[tuple[str, str | None, str]]:
    return [(a.text, a.source, a.cue) for a in attribute(article(text)).reported]


@pytest.mark.parametrize(("text", "clause", "source", "cue"), [
    ("Lopez warned that more roads could flood.", "more roads could flood", "Lopez", "warned"),
    ("The mayor warned that more roads could flood.", "more roads could flood", "The mayor", "warned"),
    ("Lopez warned that inflation would rise.", "inflation would rise", "Lopez", "warned"),
    ("Ms. Reyes warned that Republican front-runner Donald Trump would lose.",
     "Republican front-runner Donald Trump would lose", "Ms. Reyes", "warned"),
    ("The senator warned that Clinton opposes the bill.", "Clinton opposes the bill", "The senator", "warned"),
    ("Lopez warned that officials lied about the dam.", "officials lied about the dam", "Lopez", "warned"),
    ("The company warned that it could default on its debt.", "it could default on its debt", "The company",
     "warned"),
    ("The governor assured that all roads would reopen.", "all roads would reopen", "The governor", "assured"),
    ("The mayor urged that more money be spent on levees.", "more money be spent on levees", "The mayor", "urged"),
])
def test_that_before_a_subject_and_its_finite_verb_opens_the_clause(text, clause, source, cue):
    assert (clause, source, cue) in _reported(text)


@pytest.mark.parametrize(("text", "clause"), [
    ("Lopez told that reporter the story was false.", "the story was false"),
    ("Lopez told that reporter he was wrong.", "he was wrong"),
    ("The governor told that crowd in Ohio that jobs were coming back.", "jobs were coming back"),
    ("Lopez told reporters that more roads could flood.", "more roads could flood"),
])
def test_a_demonstrative_or_plain_hearer_is_no_part_of_the_clause(text, clause):
    assert [c for c, _, _ in _reported(text)] == [clause]


@pytest.mark.parametrize(("sentence", "said"), [
    ("Economists warned that prices remain high.", "prices remain high"),
    ("Doctors warned that children need more sleep.", "children need more sleep"),
    ("The senator told that voters want change.", "voters want change"),
    ("Advocates urged that lawmakers act quickly to protect tenants.", "lawmakers act quickly to protect tenants"),
    ("The governor urged that Congress pass the bill before the recess.", "Congress pass the bill before the recess"),
    ("He told that reporter the story was false.", "the story was false"),
    ("She told that news outlet the story was false.", "the story was false"),
])
def test_a_plural_or_a_name_after_that_opens_the_clause(sentence, said):
    # review15 item 1: demonstrative "that" takes only a singular common noun ("those" is its plural)
    assert [a.text for a in attribute(article(sentence)).reported] == [said]
