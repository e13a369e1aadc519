"""Reporting verbs misread on plain news sentences: a participle of a reduced relative on the subject ("A teenager
charged with reckless driving told"), ..."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute


def _records(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.source, a.cue, a.text) for a in attribute(article(text)).items]


@pytest.mark.parametrize(("text", "source", "cue", "clause"), [
    ("A teenager charged with reckless driving told reporters that he was sorry.",
     "A teenager charged with reckless driving", "told", "he was sorry"),
    ("The company charged for late deliveries said customers would be refunded.",
     "The company charged for late deliveries", "said", "customers would be refunded"),
    ("Two men charged with rioting said they were innocent.", "Two men charged with rioting", "said",
     "they were innocent"),
    ("Officials charged with overseeing the vote said the count was fair.",
     "Officials charged with overseeing the vote", "said", "the count was fair"),
    ("A nurse diagnosed with cancer said she would keep working.", "A nurse diagnosed with cancer", "said",
     "she would keep working"),
])
def test_the_participle_of_a_reduced_relative_on_the_subject_is_no_reporting_verb(text, source, cue, clause):
    assert _records(text) == [(source, cue, clause)]


@pytest.mark.parametrize(("text", "clause"), [
    ("Prosecutors charged the officer with murder.", "the officer with murder"),
    ("Critics charged that the hearing failed.", "the hearing failed"),
])
def test_charge_with_its_own_subject_still_reports(text, clause):
    assert [(cue, content) for _, cue, content in _records(text)] == [("charged", clause)]
