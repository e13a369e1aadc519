"""A lone capitalised word as a source is a person only when the article says so (``voices/lone_names``)."""

from __future__ import annotations

import re

import pytest
from voices_builders import article

from mediadiff.voices import attribute
from mediadiff.voices.lone_names import _whole_words


def _kinds(*paragraphs: str) -> tuple[list[tuple[str, str]], list[str | None]]:
    result = attribute(article(*paragraphs))
    return [(a.name, a.kind) for a in result.actors], [a.speaker_kind for a in result]


def test_a_lone_word_with_no_evidence_of_a_person_is_of_unknown_kind():
    assert _kinds("Exxon said on Tuesday it would cut jobs.") == ([("Exxon", "unknown")], ["unknown"])


@pytest.mark.parametrize("paragraphs", [
    ("Smith said on Tuesday he would resign.",),  # "he" in a sentence naming only Smith
    ("Smith said on Tuesday the plan would fail.", "Mr. Smith is a farmer."),  # an honorific
    ("Smith said on Tuesday the plan would fail.", "“It will fail,” he said."),  # "he" resolved to Smith
    ("Hunter said the plan would fail.",),  # a first name
    ("Smith said on Tuesday the plan would fail.", "“We trust Jane Smith,” the mayor said."),  # a first name before
])
def test_a_lone_word_the_article_shows_to_be_a_person_stays_one(paragraphs):
    actors, _ = _kinds(*paragraphs)
    assert ("Smith" if "Smith" in paragraphs[0] else "Hunter", "person") in actors


def test_voices_shows_a_lone_word_as_an_organisation_when_another_article_names_one():
    from mediadiff.voices.summary import voices_by_outlet

    summary = voices_by_outlet([article("The oil company Exxon said it would cut jobs.", id_="a"),
                                article("Exxon said on Tuesday it would cut jobs.", id_="b")])
    kinds = {(s.speaker, s.kind) for outlet in summary.outlets for s in outlet.sources}
    assert kinds == {("Exxon", "organisation")}


@pytest.mark.parametrize("paragraphs", [
    ("Exxon said its profits fell.", "In April Exxon reported a loss."),  # a month, not a first name
    ("Exxon said its profits fell.", "By Friday Exxon had cut 300 jobs."),  # a weekday
])
def test_a_first_name_that_is_also_a_month_or_a_weekday_is_no_evidence_of_a_person(paragraphs):
    actors, _ = _kinds(*paragraphs)
    assert ("Exxon", "unknown") in actors


@pytest.mark.parametrize("text", ["Officials said the road was closed.", "Witnesses said the car sped away.",
                                  "Authorities said the road was closed.", "Residents said the water rose."])
def test_a_plural_noun_of_people_opening_a_sentence_is_a_group(text):
    actors, _ = _kinds(text)
    assert [kind for _, kind in actors] == ["group"]


def test_a_patronymic_surname_opening_sentences_is_no_group():
    actors, _ = _kinds("Roberts said the vote was rigged.", "Roberts added that the count was wrong.")
    assert ("Roberts", "group") not in actors


def test_a_plural_written_with_a_capital_inside_a_sentence_is_a_name_not_a_group():
    actors, _ = _kinds("Sanders said the plan would fail.", "The plan was bad, according to Sanders.")
    assert ("Sanders", "group") not in actors


def test_he_after_it_has_taken_up_the_name_is_someone_else():
    actors, _ = _kinds("Exxon said it fired the driver after he crashed a tanker.")
    assert actors == [("Exxon", "unknown")]


def test_a_title_in_the_sentence_before_is_no_evidence_of_a_person():
    # "president" ends the sentence before; it is no title of the name opening the next one.
    found = attribute(article("The union met the president. Exxon said it would cut jobs."))
    assert [(a.name, a.kind) for a in found.actors] == [("Exxon", "unknown")]


def test_a_first_name_its_own_clause_takes_up_as_it_is_a_companys():
    found = attribute(article("Ford said it would build trucks in Ohio."))
    assert [(a.name, a.kind) for a in found.actors] == [("Ford", "unknown")]
    found = attribute(article("Ford said she would build trucks in Ohio."))
    assert [(a.name, a.kind) for a in found.actors] == [("Ford", "person")]


@pytest.mark.parametrize(("text", "actors"), [
    ("Kraft Foods said it would cut jobs.", [("Kraft Foods", "organisation")]),
    ("Peabody Energy said it would close two mines.", [("Peabody Energy", "organisation")]),
    ("Newport Beach said it would close the pier.", []),  # a town, as "New York City"
])
def test_a_company_or_place_word_ending_a_name_outranks_a_first_name_reading(text, actors):
    assert [(a.name, a.kind) for a in attribute(article(text)).actors] == actors


@pytest.mark.parametrize("text", ["Graham said it was a mistake. The vote is Tuesday.",
                                  "Kelly said that it was a mistake to resign.", "Kelly said it's important to vote.",
                                  "Scott said it would be a long night.", "Paul said it has been a hard year."])
def test_a_copula_after_it_is_no_evidence_of_a_company(text):
    assert [a.kind for a in attribute(article(text)).actors] == ["person"]


@pytest.mark.parametrize("text", ["Ford said that it will cut 500 jobs.", "Chase said it cut 500 jobs.",
                                  "Ford said it is recalling 500,000 cars."])
def test_a_deed_after_it_takes_the_name_up_as_a_companys(text):
    assert [a.kind for a in attribute(article(text)).actors] == ["unknown"]


@pytest.mark.parametrize(("names", "text"), [
    (["Smith"], "Smith said. Smithson and Blacksmith did not; Smith_ neither; (Smith) did, as did Smith."),
    (["Jean-Pierre", "Pierre"], "Jean-Pierre said, then Pierre; xJean-Pierre and Pierre_x not."),
    (["O'Neil", "Neil"], "O'Neil and Neil; McNeil not; 'Neil' yes."),
    (["Édith", "dith"], "Édith, not Édithe; dith alone."),
    (["-x"], "a-x -x  b -x"),  # a name opening with a mark: the boundary before is a word's end
])
def test_whole_words_finds_what_word_boundaries_around_the_names_find(names, text):
    body = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    assert [m.span() for m in _whole_words(body, text)] == [m.span() for m in re.finditer(rf"\b(?:{body})\b", text)]
