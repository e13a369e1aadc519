"""Reported speech with no "that": embedded questions ("explained how ...") and a verb coordinated with an earlier
one of its subject ("survived ... and says ...")."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.source) for a in attribute(article(text)).reported]


@pytest.mark.parametrize(("text", "clause", "source"), [
    ("Senator Hale explained how he would pay for the bridge.", "how he would pay for the bridge", "Senator Hale"),
    ("Delegates questioned why the governor broke his pledge.", "why the governor broke his pledge", "Delegates"),
    ("Ms. Ruiz asked whether the vote was fair.", "whether the vote was fair", "Ms. Ruiz"),
    ("Ms. Ruiz asked the minister whether the vote was fair.", "whether the vote was fair", "Ms. Ruiz"),
])
def test_an_embedded_question_is_what_was_asked_or_said(text, clause, source):
    assert (clause, source) in _reported(text)


@pytest.mark.parametrize(("text", "clause", "source"), [
    ("Senator Hale survived five years in prison and says such methods are cruel.", "such methods are cruel",
     "Senator Hale"),
    ("The Sanders campaign launched an ad buy on Tuesday and announced it would seek a recount.",
     "it would seek a recount",
     "The Sanders campaign"),
    ("The bill passed the House, and Ms. Ruiz voted no but said she would not block it.", "she would not block it",
     "Ms. Ruiz"),
    # voicesfix15b: a noun phrase that can speak shares its verb too, not only a name or a pronoun
    ("The minister praised the deal and said that prices would fall.", "prices would fall", "The minister"),
    ("Local officials inspected the dam and warned that it could fail.", "it could fail", "Local officials"),
])
def test_a_coordinated_reporting_verb_shares_the_subject_of_its_clause(text, clause, source):
    assert (clause, source) in _reported(text)


@pytest.mark.parametrize("text", [
    "Qari Khosti, a spokesman for the Interior Ministry, confirmed the death toll but cautioned that the number "
    "could rise.",
    "Jessie Elkins, 70, had served in Vietnam and said the number could rise.",
])
def test_a_coordinated_reporting_verb_shares_a_subject_set_off_by_an_apposition(text):
    found = attribute(article(text))
    assert [(a.text, a.speaker) for a in found] == [("the number could rise", text.split(",")[0])]
    assert not found.voice_at(text.index("could")).own  # its hedge is the spokesman's, not the outlet's


@pytest.mark.parametrize("text", [
    "The crowd cheered when the senator spotted a sign and asked it to be brought to him.",  # the senator asked
    "The economy grew and said nothing.",  # no name, no pronoun: no subject that speaks
    "Ms. Ruiz was booed and shouted down by the crowd.",  # a passive's second participle
    "He said what?",  # a wh-word ending the sentence opens no clause
])
def test_no_coordinated_source_where_the_clause_gives_none(text):
    sources = [source for _, source in _reported(text)]
    assert "The crowd" not in sources and "The economy" not in sources and "Ms. Ruiz" not in sources
    assert not any(clause == "what" for clause, _ in _reported(text))


@pytest.mark.parametrize(("text", "clause"), [
    ("When asked by a host whether the leaks led to the attacks, the mayor said he had heard no such concern.",
     "whether the leaks led to the attacks"),
    ("When the reporter asked him why he ran, the senator laughed.", "why he ran"),
])
def test_a_question_in_a_fronted_clause_ends_at_its_comma(text, clause):
    assert clause in [c for c, _ in _reported(text)]


def test_a_fronted_phrase_before_a_far_subject_is_not_what_was_said():
    reported = _reported("A month later, he visited the border and explained why it mattered.")
    assert ("why it mattered", "he") in reported
    assert all(clause != "A month later" for clause, _ in reported)


@pytest.mark.parametrize(("text", "clause", "source"), [
    ("Senator Hale vowed to build a wall that the state would pay for.", "to build a wall that the state would pay for",
     "Senator Hale"),
    ("Ms. Ruiz urged Congress to act on the bridge.", "to act on the bridge", "Ms. Ruiz"),
    ("The mayor threatened to sue the newspaper.", "to sue the newspaper", "The mayor"),
    ("The relatives, who asked the police to show them the video, watched it on Thursday.",
     "to show them the video", "The relatives"),
])
def test_a_promise_or_a_request_reports_its_infinitive(text, clause, source):
    assert (clause, source) in _reported(text)


@pytest.mark.parametrize("text", [
    "The primary threatens to knock the governors out of the race.",  # no one who can speak
    "Two officials asked to speak anonymously because they were not authorized to comment.",  # for themselves
    "The mayor promised to voters a new bridge.",  # "to" before a noun: a preposition
    "The governor responded to criticism of the plan.",
])
def test_no_infinitive_is_reported_where_nothing_was_promised_or_asked(text):
    assert not any(clause.startswith("to ") for clause, _ in _reported(text))


@pytest.mark.parametrize(("text", "clause", "source"), [
    ("The plan will fail, said Senator Hale.", "The plan will fail", "Senator Hale"),
    ("The plan will fail, said Senator Hale, a former mayor.", "The plan will fail", "Senator Hale"),
    ("The bridge may not reopen this year, said several engineers.", "The bridge may not reopen this year",
     "several engineers"),
])
def test_a_clause_before_an_inverted_source_is_what_was_said(text, clause, source):
    assert (clause, source) in _reported(text)


@pytest.mark.parametrize("text", [
    "But the governor, eager all evening to jab senators, attacked Rubio for not answering.",  # an object
    "In Iowa on Tuesday night, said Hale, the plan will fail.",  # an occasion before the verb
])
def test_no_clause_before_a_verb_whose_object_follows(text):
    assert not any(source in {"Rubio", "Hale"} for _, source in _reported(text))


@pytest.mark.parametrize(("text", "junk"), [
    ('"We will win," she said, referring to the big firms.', "referring to the big firms"),
    ('"We will win," Hale said, citing a poll of voters.', "citing a poll of voters"),
    ('"We will win," Hale said, a view the mayor shares.', "a view the mayor shares"),
    ('"We will win," Hale said, a claim his rivals dispute.', "a claim his rivals dispute"),
])
def test_a_comment_after_said_comma_is_not_what_was_said(text, junk):
    assert junk not in [clause for clause, _ in _reported(text)]


def test_a_clause_after_said_comma_is_still_reported():
    assert ("the plan will fail", "Hale") in _reported("Hale said, the plan will fail.")


@pytest.mark.parametrize("text", [
    "National Guard members, called to service by the governor, stood by.",
    "Several businesses called off projects with him because of his comments.",
    "The speech called to mind the promise of unity that propelled his rise.",
])
def test_call_that_summons_or_cancels_reports_nothing(text):
    assert _reported(text) == []




@pytest.mark.parametrize(("text", "cue"), [
    ("Senator Pell, eager to jab his fellow senators, attacked Rubio for not answering questions about the plan.",
     "answering"),
    ("Eager to jab senators, Senator Pell attacked Rubio for never answering.", "answering"),
    ("The mayor left the hall without saying a word about the plan.", "saying"),
])
def test_a_negated_reporting_participle_reports_nothing(text, cue):
    assert cue not in [a.cue for a in attribute(article(text)).reported]


@pytest.mark.parametrize("text", ["He told them to leave; they stayed.", "He told them to leave: they stayed.",
                                  "He told them to leave — they stayed.", "He told them to leave - they stayed."])
def test_an_infinitive_reported_ends_at_a_semicolon_colon_or_dash(text):
    assert ("to leave", "He") in _reported(text)


@pytest.mark.parametrize("text", [
    "Police did not say how the suspect escaped.", "Officials would not disclose how much the project cost.",
    "Officials have never explained why the plant closed.", "The mayor would not say what she would support.",
    "The mayor didn't say whether she would run.", "Officials have not yet publicly said that the plant closed.",
    "Nobody explained how the money was spent.", "Nobody vowed to rebuild the bridge.",
    "Nobody said the bridge was safe.", "No one said the bridge was safe.", "None of the officials said why.",
])
def test_a_negated_reporting_verb_or_a_negative_subject_reports_nothing(text):
    assert _reported(text) == []


def test_a_reporting_verb_after_not_only_still_reports():
    assert ("the bridge was safe", "The mayor") in _reported("The mayor not only said the bridge was safe.")


def test_a_negated_verb_of_opinion_still_reports_the_view_held():
    assert any(source == "he" for _, source in _reported("Perdue said he didn't believe the plan would work."))


def test_a_verb_coordinated_after_a_negated_one_reports_again():
    assert _reported("Baker did not say how the plan would work but said the timeline was under review.") == [
        ("the timeline was under review", "Baker")]


def test_a_clause_left_open_before_an_inverted_source_goes_on_after_it():
    found = _reported("The decision was, said one official, a disaster for the region.")
    assert ("The decision was", "one official") not in found
    assert any("a disaster for the region" in text and source == "one official" for text, source in found)


@pytest.mark.parametrize(("text", "clause"), [
    ("She explained how the scheme worked, and prosecutors said it was a fraud.", "how the scheme worked"),
    ("She said that the scheme worked, but prosecutors said it was a fraud.", "the scheme worked"),
])
def test_a_reported_clause_ends_where_a_report_joined_to_it_opens(text, clause):
    assert _reported(text) == [(clause, "She"), ("it was a fraud", "prosecutors")]


@pytest.mark.parametrize("text", ["Lawmakers want the agency to explain how the data was used.",
                                  "Lawmakers called on the agency to explain how the data was used."])
def test_an_infinitive_after_an_object_is_not_the_subjects_report(text):
    assert all(source != "Lawmakers" or clause.startswith("to ") for clause, source in _reported(text))


def test_an_infinitive_of_the_subject_still_reports():
    assert ("how the data was used", "She") in _reported("She took the stage to explain how the data was used.")


@pytest.mark.parametrize("text", [
    "Officials have said nothing, but the mayor said the water was safe.",
    "Officials have said little, but the mayor said the water was safe.",
    "Smith said yes, but the mayor said the water was safe.",  # one word before the next report: none of its own
    "Officials said nothing, not even a word, but the mayor said the water was safe.",  # no verb after the aside
])
def test_said_nothing_reports_nothing_and_does_not_run_on(text):
    assert _reported(text) == [("the water was safe", "the mayor")]


@pytest.mark.parametrize(("text", "clause"), [
    ("Officials said nothing had changed since the flood.", "nothing had changed since the flood"),
    ("The mayor said much of the damage was done by the storm.", "much of the damage was done by the storm"),
    ("The mayor said something was wrong with the pipes.", "something was wrong with the pipes"),
    ("Residents said everything, from furniture to family photos, was lost in the fire.",
     "everything, from furniture to family photos, was lost in the fire"),
    ("The mayor said little, if anything, had changed since the storm.",
     "little, if anything, had changed since the storm"),
    ("Officials said nothing, not even the bridge, was damaged.", "nothing, not even the bridge, was damaged"),
])
def test_a_pronoun_of_quantity_that_opens_a_clause_is_still_reported(text, clause):
    assert [c for c, _ in _reported(text)] == [clause]


def test_a_verb_whose_object_is_a_pronoun_of_quantity_takes_no_clause_before_it():
    assert _reported("As the new street shows, they add much more to the city.") == []


@pytest.mark.parametrize(("text", "source"), [
    ("The commission is expected to report in November, with some members warning it would “undermine, rather "
     "than enhance” its legitimacy.", "some members"),
    ("The rule passed, with Sen. John McCain calling it a “Chinese menu.”", "Sen. John McCain"),
])
def test_with_a_noun_phrase_and_a_participle_the_noun_phrase_speaks(text, source):
    result = attribute(article(text))
    assert result.direct and all(a.source == source for a in result)


@pytest.mark.parametrize(("text", "question"), [
    ("Asked whether he had spoken to Trump, Ryan said no.", "whether he had spoken to Trump"),
    ("Asked if he had spoken to Trump, Ryan said no.", "if he had spoken to Trump"),
    ("When asked whether he had spoken to Trump, Ryan said no.", "whether he had spoken to Trump"),
])
def test_a_fronted_question_put_to_the_speaker_is_asked_by_nobody_named_not_said_by_him(text, question):
    assert [(a.text, a.source, a.verb) for a in attribute(article(text))] == [(question, None, "ask")]


@pytest.mark.parametrize("text", ["Speaking to reporters on Tuesday, Ryan said no.",
                                  "After being pressed by reporters, Ryan said no.",
                                  "Asked about Trump, Ryan said no."])
def test_a_fronted_participle_clause_of_the_occasion_is_never_what_was_said(text):
    assert attribute(article(text)).items == ()


def test_a_question_after_asked_ends_at_the_comma_before_the_main_clause():
    found = attribute(article("Asked whether he would run, Ryan said he had no plans."))
    assert [(a.text, a.source) for a in found] == [("whether he would run", None), ("he had no plans", "Ryan")]


def test_a_condition_after_said_is_still_part_of_the_clause():
    found = attribute(article("After the debate, Trump said if elected, he would cut taxes."))
    assert [a.text for a in found] == ["if elected, he would cut taxes"]


def test_a_coordinated_said_after_a_noun_phrase_subject_is_a_cue():
    # voicesfix15b: "said" after "The minister praised the deal and" had no source and was lost
    found = attribute(article("The minister praised the deal and said that prices would fall."))
    assert ("said", "The minister", "prices would fall") in [(a.cue, a.source, a.text) for a in found]
