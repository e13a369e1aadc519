"""What follows a reporting verb: coordinated reported clauses ("said X and that Y") are all what was said."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from voices_builders import article

from mediadiff.cli import main
from mediadiff.voices import attribute


def _reported(text: str) -> list[str]:
    return [a.text for a in attribute(article(text)).reported]


@pytest.mark.parametrize(("text", "clause"), [
    ("The mayor said the plan was a disaster and that residents deserved better.",
     "the plan was a disaster and that residents deserved better"),
    ("Rubio says he opposes gun violence but that the plans won't help prevent it.",
     "he opposes gun violence but that the plans won't help prevent it"),
    ("Police officials said a second device was found, and that the site is a crime scene.",
     "a second device was found, and that the site is a crime scene"),
    ("The mayor told reporters the plan was a disaster and that residents deserved better.",
     "the plan was a disaster and that residents deserved better"),
    ("The mayor said that the plan was a disaster and that residents deserved better.",
     "the plan was a disaster and that residents deserved better"),
])
def test_a_clause_joined_by_and_that_is_reported_with_the_one_before_it(text, clause):
    assert _reported(text) == [clause]


@pytest.mark.parametrize(("text", "clause"), [
    # a demonstrative "that" before a verb opens a clause of the outlet's own: the reported one stops before it
    ("The mayor said the plan failed in the end, and that was the end of it.", "the plan failed in the end"),
    # a determiner "that" opens no clause: the clause runs on
    ("The mayor said this plan or that plan would work.", "this plan or that plan would work"),
    # a preposition after the verb opens no clause: the "that" after "and" opens the reported one
    ("The mayor responded to critics the plan was bad and that residents deserved better.",
     "residents deserved better"),
])
def test_a_that_that_joins_no_second_reported_clause(text, clause):
    assert _reported(text) == [clause]


@pytest.mark.parametrize(("text", "clause"), [
    ("Officials said there were no injuries in the blast.", "there were no injuries in the blast"),
    ("Prager believes there are no good options, but that sometimes the lesser evil will do.",
     "there are no good options, but that sometimes the lesser evil will do"),
    ("A lawyer said no immediate decision had been made.", "no immediate decision had been made"),
])
def test_existential_there_and_no_open_a_reported_clause(text, clause):
    assert _reported(text) == [clause]


@pytest.mark.parametrize("text", [
    "She said no to the deal on Tuesday.",  # a reply, not a clause
    "The senator said there on Tuesday.",  # "there" of place
    "He wrote only one amendment in his first term.",  # a focused object: left out (complements.py)
])
def test_no_reported_clause_opens(text):
    assert _reported(text) == []


@pytest.mark.parametrize(("text", "clause"), [
    ("Mr. Reid said he was confident that Mr. Sanders would do the right thing.",
     "he was confident that Mr. Sanders would do the right thing"),
    ("Cox says the actions wouldn't have prevented any of the shootings that Obama mentioned.",
     "the actions wouldn't have prevented any of the shootings that Obama mentioned"),
    ("The mayor said on Tuesday that taxes would rise.", "taxes would rise"),  # no verb before "that"
    ("The senators say the Democrats already tried to do that with the first batch of emails.",
     "the Democrats already tried to do that with the first batch of emails"),  # "do", as "does", "did"
])
def test_a_that_after_an_embedded_verb_is_inside_the_reported_clause(text, clause):
    assert _reported(text) == [clause]


def test_score_by_sentence_gives_both_coordinated_clauses_to_the_speaker(tmp_path):
    (tmp_path / "m.txt").write_text("The mayor said the plan was a disaster and that residents deserved better.\n",
                                    encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(tmp_path / "m.txt"), "--by", "sentence", "--format", "json"])
    assert result.exit_code == 0, result.output
    (sentence,) = json.loads(result.output)["sentences"]
    assert sentence["compound"] == 0.0 and sentence["sentiment_words"] == []


@pytest.mark.parametrize(("text", "clause"), [
    ("Officials said on Tuesday the plan was a disaster.", "the plan was a disaster"),
    ("The mayor said in a statement the plan was a disaster.", "the plan was a disaster"),
    ("United Gun Group said in a statement Thursday night they pulled the listing.", "they pulled the listing"),
    ("She said in an interview with CNN the deal was dead.", "the deal was dead"),
    ("The mayor said in a statement the plan was bad and that residents deserved better.",
     "the plan was bad and that residents deserved better"),
    ("Multiple outlets reported on Wednesday the Secret Service had talked to the campaign.",
     "the Secret Service had talked to the campaign"),
])
def test_a_phrase_of_time_or_occasion_after_the_verb_leaves_the_clause_after_it_reported(text, clause):
    assert _reported(text) == [clause]


@pytest.mark.parametrize("text", [
    '"I have no intention of being vice president," Rubio said in a Friday interview with Univision.',
    '"We will appeal," Clark said in a statement Thursday evening.',
])
def test_a_phrase_of_occasion_that_ends_the_sentence_reports_nothing_after_it(text):
    reported = _reported(text)
    assert not any("interview" in r or "Thursday" in r for r in reported)


def test_a_preposition_that_opens_no_phrase_of_time_or_occasion_still_opens_no_clause():
    assert _reported("The family has called on police to release the videos.") == []


@pytest.mark.parametrize(("text", "source"), [
    ("The family said they would appeal the verdict.", "The family"),
    ('"We will fight this," his family said.', "his family"),
    ("NATO allies said they would send more troops.", "NATO allies"),
])
def test_a_noun_in_ly_heads_a_source_and_is_no_adverb(text, source):
    assert [a.source for a in attribute(article(text)).items] == [source]


@pytest.mark.parametrize(("text", "clause"), [
    ("Cruz said if elected president he could work with the leadership.",
     "if elected president he could work with the leadership"),
    ("The mayor said when the bill passes, prices will fall.", "when the bill passes, prices will fall"),
    ("Beck said if Trump wins, he would impose new rules.", "if Trump wins, he would impose new rules"),
    ("Sanders said if he were president, the programs would be expanded.",
     "if he were president, the programs would be expanded"),
    ("He explained after winning Ohio, he would have to take most delegates.",
     "after winning Ohio, he would have to take most delegates"),
    ("The mayor said the economy grew and that if elected she would cut taxes.",
     "the economy grew and that if elected she would cut taxes"),
])
def test_a_subordinate_clause_before_a_main_clause_is_reported_with_it(text, clause):
    assert clause in _reported(text)


@pytest.mark.parametrize("text", [
    "Hooton said after Rubio spoke.",
    "The senator said when asked whether he would run for the seat.",
    "Menendez said he wrote the draft after being unhappy with the answers he was getting.",
    "When I asked Sanders if he would endorse Clinton, he laughed at the question.",
])
def test_a_subordinate_clause_with_no_main_clause_after_it_is_the_saying_s_occasion(text):
    assert not any(c.startswith(("after", "when", "if")) for c in _reported(text))
