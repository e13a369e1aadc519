"""A business noun as a source ("the company said") is the business named just before it (``voices/definites``)."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute


def _speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(a.source, a.speaker) for a in attribute(article(*paragraphs))]


@pytest.mark.parametrize("name", ["Exxon", "Valeant Pharmaceuticals International", "Exxon Corp."])
def test_the_company_after_a_business_named_in_the_sentence_before_is_that_business(name):
    said = _speakers(f"{name} said on Tuesday it would cut 2,000 jobs. “We have to adapt,” the company said.")
    assert said[-1][1] is not None and said[-1][1].startswith(name.split()[0])


@pytest.mark.parametrize("paragraphs", [
    # a person is never "the company"
    ("Jane Smith said on Tuesday she would cut jobs. “We have to adapt,” the company said.",),
    # a body of another kind named after the business is nearer
    ("Exxon said on Tuesday it would cut jobs, and the Justice Department objected. “We have to adapt,” the "
     "company said.",),
    # named too far back: "the company" may be another one
    ("Exxon said on Tuesday it would cut jobs.", "Prices fell in March.", "Demand fell in April.",
     "“We have to adapt,” the company said."),
])
def test_the_company_stays_unresolved_without_a_near_business(paragraphs):
    assert _speakers(*paragraphs)[-1][1] is None


def test_a_noun_that_is_not_a_business_noun_is_not_read_so():
    assert _speakers("Exxon said on Tuesday it would cut jobs. “We have to adapt,” the agency said.")[-1][1] is None


def test_a_surname_with_evidence_of_a_person_gives_way_to_a_business_the_article_named():
    said = _speakers("Tesla Inc. unveiled a truck on Monday. Mr. Musk said demand was strong. The company said it "
                     "would build a factory.")
    assert said[-1] == ("The company", "Tesla Inc")


@pytest.mark.parametrize(("text", "company"), [
    ("Microsoft Corp. reported earnings. Exxon announced layoffs. The company said 500 jobs would go.", "Exxon"),
    ("Apple Inc. released a new phone on Monday. Rivals reacted quickly. Peabody announced layoffs on Tuesday. "
     "The company said 500 jobs would go.", "Peabody"),
])
def test_a_lone_company_name_is_not_overridden_by_an_earlier_company_with_a_legal_form(text, company):
    assert _speakers(text)[-1] == ("The company", company)


@pytest.mark.parametrize("text", ["Musk said he saw the rocket land. The company said it would launch again.",
                                  "Musk said that she saw the rocket land. The company said it would launch again."])
def test_a_lone_name_reporting_he_or_she_is_a_person_and_never_the_company(text):
    said = _speakers(text)
    assert said[0] == ("Musk", "Musk") and said[-1] == ("The company", None)


def test_a_lone_name_reporting_it_may_still_be_the_company():
    assert _speakers("Exxon said it would cut jobs. The company said it was sorry.")[-1] == ("The company", "Exxon")
