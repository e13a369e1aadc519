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


def test_a_bare_infinitive_after_a_verb_of_perception_has_the_perceived_one_as_its_source():
    found = _found('Armstead said she heard someone say, "He has a gun," prompting her to take her son inside.')
    assert ("direct", "someone", "He has a gun,") in [(kind, source, text) for kind, source, _, text in found]
    assert all(source != "heard someone" and not (source == "someone" and "prompting" in text)
               for _, source, _, text in found)


def test_a_quoted_fragment_with_no_closing_comma_runs_on_into_the_reported_clause():
    found = _found('When asked why, Tyler said, "We have three weeks to go" until the Iowa caucuses.')
    assert any(kind == "reported" and "until the Iowa caucuses" in text for kind, _, _, text in found)


def test_a_name_in_apposition_after_one_of_a_group_is_the_inverted_source():
    found = _found("“We are ready to fight,” said one of the rebel leaders, Abdel Aziz al-Hilu, in a September interview.")
    assert [(kind, source) for kind, source, _, _ in found] == [("direct", "Abdel Aziz al-Hilu")]


@pytest.mark.parametrize(("sentence", "source"), [
    ("People who saw the crash told police the driver was speeding.", "People who saw the crash"),
    ("Residents who heard the blast said the windows shook.", "Residents who heard the blast"),
    ("People who see the crash tell police the driver was speeding.", "People who see the crash"),
    ("A neighborhood watch volunteer said the man ran away.", "A neighborhood watch volunteer"),
    ("The watch commander will tell reporters the jail is secure.", "The watch commander"),
    ("I heard the officer say the road was closed.", "the officer"),
    ("Witnesses watched the man insist that he was innocent.", "the man"),
])
def test_a_verb_of_perception_cuts_the_source_only_before_a_bare_infinitive_outside_a_relative(sentence, source):
    assert [found_source for _, found_source, _, _ in _found(sentence)] == [source]


@pytest.mark.parametrize("sentence", ['Trump said, “We’ll see,” and that he would decide within two weeks.',
                                      'The mayor said, “It is a tragedy,” but that the city would recover.',
                                      'She asked, “Is it safe?” and whether the road would reopen.'])
def test_a_second_complement_joined_to_a_quotation_is_still_reported(sentence):
    tail = sentence.rsplit("” ", 1)[1].split(None, 1)[1].rstrip(".")
    assert any(kind == "reported" and text.endswith(tail) for kind, _, _, text in _found(sentence))


def test_narration_joined_after_a_quotation_is_not_reported():
    found = _found('He said, “We will win,” and then left the stage.')
    assert [(kind, text) for kind, _, _, text in found] == [("direct", "We will win,")]
