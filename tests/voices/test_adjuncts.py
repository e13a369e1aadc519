"""A phrase of when or where alone after a reporting verb is no reported clause ('"...," Trump told Bill O'Reilly
of Fox News this week.'), nor is a quantity said about a topic ("isn't saying much about debate preparation")."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute


def _reported(*paragraphs: str) -> list[str]:
    return [a.text for a in attribute(article(*paragraphs)) if a.kind == "reported"]


@pytest.mark.parametrize("sentence", [
    "“Look, it's a phony system,” Trump told Bill O'Reilly of Fox News this week.",
    "Trump said this month on CNBC.",
    "Coach Sean Payton announced it himself on Wednesday.",
    "Donald Trump isn't saying much about debate preparation, with one notable exception.",
    "Clinton has said little about the plan in recent months.",
])
def test_an_adjunct_or_a_quantity_alone_reports_nothing(sentence):
    assert _reported(sentence) == []


@pytest.mark.parametrize("sentence, clause", [
    ("Trump said last week in Ohio that taxes would fall.", "taxes would fall"),
    ("Officials said on Tuesday the plan was a disaster.", "the plan was a disaster"),
    ("Adelson said much of his discussion with Trump was about Israel.",
     "much of his discussion with Trump was about Israel"),
])
def test_a_clause_after_an_adjunct_or_a_quantity_is_still_reported(sentence, clause):
    assert _reported(sentence) == [clause]


@pytest.mark.parametrize("sentence", [
    "Mook asserted that Trump tells so many lies that Clinton could risk deviating from her message.",
    "Exit polls told a tale of two parties.",
    "Holt will insert himself into the debate by calling out Trump for his lies.",
])
def test_telling_lies_and_calling_out_report_nothing_of_their_own(sentence):
    assert all(a.cue not in {"tells", "told", "calling"} for a in attribute(article(sentence)))


def test_telling_a_hearer_and_calling_out_to_one_still_report():
    assert _reported("He told reporters that taxes would fall.") == ["taxes would fall"]
    assert _reported("The mayor called out to reporters that the road was closed.") == ["the road was closed"]


@pytest.mark.parametrize("sentence", [
    "A federal judge agreed to dismiss the case against him on Tuesday.",
    "The judge dismissed all charges against the two men.",
    "Bannon's criminal indictment for fraud was dismissed by a judge who ruled the action was required.",
    "The ruling made it easier for courts to dismiss cases alleging discrimination.",
])
def test_dismissing_a_legal_action_reports_nothing(sentence):
    # QA15 V5: a court's ruling, not words said about the case
    assert _reported(sentence) == []


def test_dismissing_a_claim_or_an_idea_is_still_speech():
    assert _reported('Trump dismissed the report as "fake news" on Monday.') == ['the report as "fake news" on Monday']
    assert _reported("She dismissed the claims that she would run.") == ["she would run"]


@pytest.mark.parametrize("sentence", [
    "Trump dismissed the charges as a politically motivated witch hunt.",
    "The company dismissed the lawsuit as frivolous and without merit.",
    "Critics dismissed him as a fraud.",
    "Trump dismissed critics who called the remarks sexist.",
])
def test_dismissing_a_legal_action_as_something_is_speech(sentence):
    # review15 item 4: "dismiss X as Y" characterises X
    assert len(_reported(sentence)) == 1


def test_dismissing_complaints_is_speech():
    assert "the complaints" in _reported("The minister dismissed the complaints, saying they were baseless.")


@pytest.mark.parametrize("sentence", [
    "The company dismissed 200 workers on Friday.",
    "The president dismissed his national security adviser on Monday.",
    "The judge dismissed the jury after the verdict.",
    "The coach dismissed him after the loss.",
    "The judge dismissed the lawsuit as frivolous.",
])
def test_dismissing_people_or_a_court_dismissing_a_case_reports_nothing(sentence):
    # dismiss.v.04 "fire"; a court's "dismissed the lawsuit as frivolous" is its ruling
    assert _reported(sentence) == []


def test_inform_and_notify_tell_a_hearer():
    # QA15 V3: "notified" was no reporting verb, so the quote went to the source of the sentence before
    quotes = attribute(article("Valley Dairy told the board it would pay.",
                               "“We will be making no further payment,” Karen Olson, president of Valley Dairy, "
                               "notified the panel on Aug. 1."))
    assert [(a.source, a.verb) for a in quotes.direct] == [("Karen Olson", "notify")]
    assert _reported("The company informed the committee that it would close the plant.") == [
        "it would close the plant"]


@pytest.mark.parametrize("sentence", [
    "The agency notified residents of the closure, which was expected.",
    "Abedin emailed the secretary, informing her about the deaths.",
    "He made an informed decision.",
])
def test_informing_someone_of_a_thing_reports_nothing(sentence):
    assert [a.text for a in attribute(article(sentence)) if a.verb in {"inform", "notify"}] == []


@pytest.mark.parametrize("sentence, source", [
    ("The landslide killed one man, said the official who uses one name.", "the official"),
    ("The plan will fail, said a senator who asked not to be named.", "a senator"),
])
def test_a_relative_clause_after_a_post_posed_source_keeps_the_content_before(sentence, source):
    # QA14 V5: '..., said the official who uses one name.' (no comma before "who") gave no attribution
    assert [(a.source, a.text) for a in attribute(article(sentence))] == [(source, sentence.split(",")[0])]


@pytest.mark.parametrize("sentence,source,said", [
    ("Lopez reminded voters that they must register by Friday.", "Lopez", "they must register by Friday"),
    ("The city reminds residents that parking is banned on Main Street.", "The city", "parking is banned on Main Street"),
])
def test_remind_tells_a_hearer_a_clause(sentence, source, said):
    # voicesfix15b: "remind" + hearer + that-clause gave nothing; it reports as "tell" does, and says it is known
    [found] = [a for a in attribute(article(sentence)) if a.verb == "remind"]
    assert (found.source, found.text, found.stance) == (source, said, "loaded")


@pytest.mark.parametrize("sentence", [
    "The song reminded him of his father.",
    "The scene was reminding many of us about 2008.",
])
def test_reminding_someone_of_a_thing_reports_nothing(sentence):
    assert [a.text for a in attribute(article(sentence)) if a.verb == "remind"] == []
