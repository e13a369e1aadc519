"""What may be a source: a noun phrase headed by a noun or a name, the agent of a passive, never a figure,
a date, a reporting word used as a noun or what a passive verb reports; "the" + a name names a body."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from voices_builders import article

from mediadiff.cli import main
from mediadiff.voices import attribute
from mediadiff.voices.cues import find_cues


def _sources(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(a.source, a.speaker) for a in attribute(article(*paragraphs))]


@pytest.mark.parametrize("text", [
    "Continuing claims, which count people on benefits, dropped to 2.59 million.",
    "Roughly 55,000 deaths were reported in the past week.",
    "Payrolls rose by 235,000 in August, down from 943,000 jobs added in July.",
    "Officials gave a death toll of 63 for Rhineland-Palatinate state on Friday.",
    "The chairman came under attack Tuesday over new reporting in a forthcoming book.",
    "The mandate will be announced Thursday afternoon.",
])
def test_no_source_is_a_figure_a_date_or_a_noun(text):
    assert [c.source for c in find_cues(text)] == []


@pytest.mark.parametrize("text", [
    "Jobless claims fell to 200,000 last week, the lowest since March.",  # an adjective heads no subject
    "Initial claims rose by 12,000 in the week.",  # a past tense after it: its verb
    "Unemployment claims can be volatile week to week.",  # a modal after it
    "Clinton emails had their markings changed.",
    "Trump and his Islamophobic remarks loomed large at the debate.",
])
def test_a_plural_reporting_noun_before_its_verb_reports_nothing(text):
    assert [c.text for c in find_cues(text)] == []


@pytest.mark.parametrize("text", [
    "It is worth noting that the bank lost money.",
    "It's also worth mentioning that the plan failed twice.",
    "It bears repeating that the plan failed twice.",
])
def test_a_gerund_after_worth_is_the_writers_own_remark(text):
    assert _sources(text) == []


def test_an_adjective_opening_a_sentence_is_no_speaker():
    assert _sources("Previous reports alleged that the charges would concern company perks.") == [
        ("Previous reports", None)]


@pytest.mark.parametrize(("text", "source"), [
    ("Reuters reports that five people died.", "Reuters"),
    ("Sharp notes that the bill failed.", "Sharp"),  # an adjective as a surname, and a complement after it
    ("He claims the vote was rigged.", "He"),
    ("Trump claims he won the state.", "Trump"),
    ("The Journal notes the minimum wage is usually for new workers.", "The Journal"),
])
def test_a_plural_reporting_form_before_its_complement_still_reports(text, source):
    assert [c.source for c in find_cues(text)] == [source]


def test_voices_finds_no_speaker_in_jobless_claims(tmp_path):
    (tmp_path / "j.txt").write_text("Jobless claims fell to 200,000 last week, the lowest since March.\n",
                                    encoding="utf-8")
    result = CliRunner().invoke(main, ["voices", str(tmp_path / "j.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["outlets"][0]["sources"] == []


def test_a_date_between_subject_and_verb_is_an_adverb():
    found = _sources("Attorney General Merrick Garland on Oct. 4 announced a concentrated effort against threats.")
    assert found == [("Attorney General Merrick Garland", "Merrick Garland")]
    assert _sources("The House Jan. 6 Select Committee announced on Wednesday that it seeks testimony.")[0][0] \
        == "The House Jan. 6 Select Committee"


def test_a_participle_takes_the_clause_subject_not_a_date():
    found = find_cues("It marked the fifth week that new filings fell, from 590,000 in late April, adding to signs "
                      "of healing.")
    assert [c.source for c in found] == ["It"]  # was "000": a figure split at its comma
    found = _sources("America’s top general on Tuesday defended his Jan. 8 phone call with Chinese leaders, "
                     "telling lawmakers that he was certain of it.")
    assert [s for s, _ in found] == ["America’s top general"]


def test_a_capitalised_may_is_a_name_not_a_modal():
    assert _sources("British Prime Minister Theresa May said the country would leave.")[0][1] == "Theresa May"


def test_the_object_of_quoted_speaks_the_participle():
    found = find_cues("Science magazine quoted a top Chinese health official saying that the West was wrong.")
    assert [(c.text, c.source) for c in found] == [("quoted", "Science magazine"),
                                                  ("saying", "a top Chinese health official")]


def test_a_passive_subject_is_no_source_but_its_agent_is():
    assert [c.source for c in find_cues("Biden was called an authoritarian by Republican senators.")] \
        == ["Republican senators"]
    assert find_cues("Mr. Sanders has been criticized sharply.") == []
    reported = find_cues("It was reported that the talks had failed.")
    assert [(c.source, c.content_start is not None) for c in reported] == [(None, True)]


def test_the_one_asked_has_the_floor_next():
    found = attribute(article("Donald Trump spoke at the rally. John McGraw said the protesters deserved it.",
                              "Mr. Trump was asked about it during the debate. He said he had not seen it."))
    assert [a.speaker for a in found.reported] == ["John McGraw", "Donald Trump"]
    asked = attribute(article("Marco Rubio was asked by moderator Gerard Baker whether his plan “was costly.”",
                              "“The most important job is being a parent,” he said."))
    assert [a.speaker for a in asked.direct] == ["Gerard Baker", "Marco Rubio"]


@pytest.mark.parametrize("text", [
    "The plan will start on Nov. 8, the White House said on Friday.",
    "The move was welcomed by airlines, according to the White House.",
])
def test_the_white_house_at_a_sentence_end_is_the_white_house(text):
    assert _sources(text)[0][1] == "White House"


def test_the_and_a_name_is_a_body():
    found = _sources("A bombing outside the mosque killed two civilians, the Taliban says.",
                     "The Taliban say five people have been killed.")
    assert [speaker for _, speaker in found] == ["Taliban", "Taliban"]
    assert _sources("The Queens-born developer said he would win.")[0][1] is None


def test_a_report_named_for_its_issuer_is_the_issuers():
    found = _sources("A Government Accountability Office report released last year found that the agency "
                     "could not be sure the money was not coming from “the drug trade or other crimes.”")
    assert found[-1][1] == "Government Accountability Office"


def test_the_agent_of_a_participle_clause_before_the_subject_is_not_the_subject():
    found = attribute(article("Biden lost his temper with a reporter on Wednesday at the White House.",
                              "Pressed on the question by CNN's Kaitlan Collins, Mr Biden appeared agitated, "
                              "responding: “I'm not confident.”",
                              "“What the hell, what do you do all the time?” he asked."))
    assert [a.speaker for a in found.direct] == ["Mr Biden", "Mr Biden"]
    assert find_cues("The plan was dismissed by the Senate majority leader, telling colleagues it was dead.")[0].source \
        == "the Senate majority leader"


def test_a_clause_joined_by_and_after_the_cue_is_not_what_was_said():
    found = attribute(article("Food and water has been scarce, around 20 migrants told Reuters, and temperatures "
                              "have risen to around 99 Fahrenheit."))
    (said,) = found.reported
    assert (said.source, said.text) == ("around 20 migrants", "Food and water has been scarce")


def test_a_figure_and_an_adjective_head_no_source():
    assert find_cues("There were 29,128 new reported coronavirus cases in the U.S. on Thursday.") == []


def test_and_between_the_nouns_of_an_organisations_complement_is_one_name():
    found = _sources("The agency will publish guidance, the U.S. Centers for Disease Control and Prevention said.",
                     "Vaccinated people need no booster, the Food and Drug Administration and the Centers for "
                     "Disease Control and Prevention said.")
    assert [speaker for _, speaker in found] == ["U.S. Centers for Disease Control and Prevention", None]


def test_a_plural_of_people_after_an_inverted_verb_is_the_source():
    found = _sources("The plan was announced on Monday.", "“It will fail,” said officials.",
                     "“It cannot work,” said senior officials.", "“It will never work,” officials said.")
    assert [source for source, _ in found] == ["officials", "senior officials", "officials"]
    assert all(speaker is None for _, speaker in found)  # a group named by its noun alone: no actor


def test_a_delegate_of_a_titled_principal_is_someone_of_their_own():
    found = _sources("Ted Cruz spoke on Monday.", "“It will never work,” said a spokeswoman for Sen. Ted Cruz.",
                     "“We are proud,” said a spokesman for House Speaker Paul Ryan.")
    assert found == [("a spokeswoman for Sen. Ted Cruz", "spokeswoman for Sen. Ted Cruz"),
                     ("a spokesman for House Speaker Paul Ryan", "spokesman for House Speaker Paul Ryan")]


@pytest.mark.parametrize("sentence, source", [
    ("Witnesses to the shooting said the police account was wrong.", "Witnesses to the shooting"),
    ("People at the hearing said the judge was harsh.", "People at the hearing"),
    ("Officials at the building said the fire started at 3 a.m.", "Officials at the building"),
    ("Survivors of the bombing told reporters that the alarm never sounded.", "Survivors of the bombing"),
])
def test_a_noun_in_ing_after_a_determiner_ends_a_source(sentence, source):
    # QA15 V8: "the shooting" is a noun, not a participle; before, no attribution at all (the outlet's own voice)
    assert [(a.kind, a.source) for a in attribute(article(sentence))] == [("reported", source)]


@pytest.mark.parametrize("sentence", [
    "His mid-morning tweet followed another that attacked Clinton.",
    "The meeting ended early and the delegates went home.",
])
def test_no_source_from_a_compound_in_ing_or_a_sentence_without_speech(sentence):
    assert list(attribute(article(sentence))) == []
