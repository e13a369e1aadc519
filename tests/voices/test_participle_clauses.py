"""A participle clause of report set off by commas ("saying", "adding", "noting") takes its clause's subject."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute


def _reported(text: str) -> list[tuple[str, str | None, str]]:
    return [(a.text, a.source, a.cue) for a in attribute(article(text)).reported]


@pytest.mark.parametrize(("text", "clause", "source", "cue"), [
    # voicesfix15b: the clause's verb is no reporting verb, and "spoke for an hour" was read as a noun phrase
    ("The mayor spoke for an hour, saying the dam was safe.", "the dam was safe", "The mayor", "saying"),
    ("Senior officials appeared on television, saying the crisis was over.", "the crisis was over",
     "Senior officials", "saying"),
    ("The governor met with residents on Monday, adding that aid would come soon.", "aid would come soon",
     "The governor", "adding"),
    # between the subject and its verb: what was said ends at the closing comma
    ("Officials, saying the dam was safe, reopened the road.", "the dam was safe", "Officials", "saying"),
    ("Police, noting that the suspect was armed, urged residents to stay inside.", "the suspect was armed",
     "Police", "noting"),
    ("Critics of the plan, saying it costs too much, have filed suit.", "it costs too much", "Critics of the plan",
     "saying"),
])
def test_a_participle_clause_reports_with_its_clauses_subject(text, clause, source, cue):
    assert (clause, source, cue) in _reported(text)


@pytest.mark.parametrize("text", [
    "The storm raged for an hour, killing three people.",  # no reporting verb
    "In the end, saying goodbye was hard.",  # a gerund subject, no one's report
    "Smith, saying nothing, left the room.",  # nothing said
])
def test_no_report_without_a_speaker_and_a_clause(text):
    assert [r for r in _reported(text) if r[2] in {"saying", "killing"}] == []


def test_a_participle_between_commas_without_a_verb_after_keeps_the_sentence():
    # no finite verb after the closing comma: the commas close no participle clause between subject and verb
    found = _reported("The mayor defended the plan, saying the dam was safe, and the river was low.")
    assert [r[1] for r in found if r[2] == "saying"] == ["The mayor"]


@pytest.mark.parametrize(("text", "said"), [
    # voicesfix15b: the writer's clause of result was put into what he said ("rates would rise")
    ("He said the plan failed, prompting fears that rates would rise.", "the plan failed"),
    ("The bank said it would cut rates, sparking a rally in stocks.", "it would cut rates"),
    ("Officials said the dam was safe, raising questions about the inspection.", "the dam was safe"),
])
def test_a_writers_participle_clause_of_result_is_not_what_was_said(text, said):
    assert [(r[0], r[2]) for r in _reported(text)] == [(said, "said")]


def test_a_participle_that_is_no_clause_of_result_stays_in_what_was_said():
    assert ("prompting was needed", "He", "said") in _reported("He said prompting was needed.")


def test_raising_in_a_list_is_no_clause_of_result():
    text = "Sources said the plans do not add up for health care, raising the minimum wage and free college."
    assert [r[0] for r in _reported(text)] == [
        "the plans do not add up for health care, raising the minimum wage and free college"]
