"""Connectives on "say" report nothing; a sentence opening on its reporting verb names the speaker after it."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute


def _found(*paragraphs: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(a.kind, a.source, a.speaker, a.text) for a in attribute(article(*paragraphs))]


@pytest.mark.parametrize("opener", ["Having said that,", "That said,", "That being said,", "Needless to say,",
                                    "But having said that,", "Suffice it to say that"])
def test_a_connective_on_say_opening_a_sentence_is_the_writers_own(opener):
    assert _found(f"The plan was approved. {opener} there are some economists who argue the plan will fail.") == []


def test_a_said_that_with_its_own_subject_is_still_a_report():
    found = _found("Economists who argue the plan will fail. Mr. Smith said that, there are some doubts.")
    assert [source for _, source, _, _ in found] == ["Mr. Smith"]


def test_a_sentence_opening_on_said_gives_the_quote_to_the_name_after_it():
    found = _found("“Taxes are hard,” said Ryan Ellis, a consultant.",
                   "Said Ellis: “I don’t get the sense she cares.”")
    assert [(source, speaker) for _, source, speaker, _ in found] == [("Ryan Ellis", "Ryan Ellis"),
                                                                     ("Ellis", "Ryan Ellis")]
