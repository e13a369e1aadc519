"""Verbs of the reporting lexicon in senses where their subject says nothing: a passive participle after its noun
("the employee accused of shooting"), "call" that telephones; and the inverted "said X" after a subject whose
aside closed before its own verb, unless that aside stood inside a relative clause with no verb yet ("The mayor,
who, as a candidate, had promised lower taxes, said")."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute


def _items(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.kind, a.source, a.verb) for a in attribute(article(text))]


@pytest.mark.parametrize(("text", "sources"), [
    ("The suspended employee accused of shooting three co-workers appeared in court on Monday.", []),
    ("The employee accused of shooting three co-workers was arrested.", []),
    ("Cuba released Alan Gross, a contractor accused of spying, but kept two others.", [None]),
    ("A professor, accused by the government of plotting a coup, lives in Pennsylvania.", ["the government"]),
    ("The report left out the victims' names, an omission criticised by some activists as careless.", []),
])
def test_the_noun_a_passive_participle_follows_is_the_one_accused_never_the_source(text, sources):
    assert [a.source for a in attribute(article(text))] == sources


def test_a_charge_with_no_agent_ends_before_the_nouns_own_verb():
    assert [a.text for a in attribute(article("Cuba released Alan Gross, a contractor accused of spying, but kept "
                                              "two others."))] == ["of spying"]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("A company spokesman confirmed by email that the plant would close in March.", "A company spokesman",
     "the plant would close in March"),
    ("The governor's office confirmed by phone that two people had died.", "The governor's office",
     "two people had died"),
    ("A spokeswoman for the airline confirmed with reporters that the flight was canceled.",
     "A spokeswoman for the airline", "the flight was canceled"),
    ("The company announced with great fanfare that it would build a new plant.", "The company",
     "it would build a new plant"),
    ("The president repeated for the third time that the deal was dead.", "The president", "the deal was dead"),
])
def test_a_verb_whose_clause_follows_its_adjunct_is_active(text, source, content):
    assert [(a.source, a.text) for a in attribute(article(text))] == [(source, content)]


@pytest.mark.parametrize(("text", "source"), [
    ("A senator criticized by his own party said that he would not resign.", "A senator criticized by his own party"),
    ("The official praised by colleagues told reporters that the plan would work.",
     "The official praised by colleagues"),
])
def test_a_reduced_passive_ends_at_its_nouns_own_verb(text, source):
    # The clause after "said that" is the senator's statement, not his party's criticism.
    assert [(a.source, a.text) for a in attribute(article(text))] == [(source, text.split("that ", 1)[1][:-1])]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The officer accused of assault said he was innocent.", "The officer accused of assault", "he was innocent"),
    ("A man arrested for fraud said he was sorry.", "A man arrested for fraud", "he was sorry"),
])
def test_the_main_verb_after_a_reduced_passive_with_of_or_for_reports_its_noun(text, source, content):
    # "accused of assault" modifies "The officer"; "said" is the officer's own verb.
    assert [(a.source, a.text) for a in attribute(article(text))] == [(source, content)]


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


@pytest.mark.parametrize(("text", "source"), [
    ("The driver, who was black, had seethed with a sense of racial injustice in his job, said his girlfriend.",
     "his girlfriend"),
    ("The driver had seethed with a sense of racial injustice in his job, said his girlfriend.", "his girlfriend"),
    ("Marco Rubio, whose hometown, Miami, is projected to be underwater, argues that the plan will fail.",
     "Marco Rubio"),
    ("Elaine Kamarck, a senior fellow at Brookings, said the race was close.", "Elaine Kamarck"),
    ("The mayor, who, as a candidate, had promised lower taxes, said the budget would balance.", "The mayor"),
    ("The CEO, who, like many executives, has faced criticism, said the company would grow.", "The CEO"),
    ("The driver, who worked nights, had seethed with anger for years, said his girlfriend.", "his girlfriend"),
])
def test_said_after_a_subject_with_its_own_verb_is_inverted(text, source):
    assert [a.source for a in attribute(article(text)).reported if a.verb in {"say", "argue"}] == [source]


def test_a_question_in_a_fronted_passive_participle_clause_is_reported_by_nobody_named():
    found = attribute(article("When asked whether D.C. should have a vote in the House, he said it would be fine."))
    assert [(a.source, a.verb, a.text) for a in found if a.verb == "ask"] == [
        (None, "ask", "whether D.C. should have a vote in the House")]  # put to him, not asked by him
