"""Capitalised runs: a sentence's first word is part of a name only when the article says so."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute
from mediadiff.voices.capitals import CapitalEvidence, capitalised_by_place, opener_cut, trimmed_run


def _evidence(text: str) -> CapitalEvidence:
    return CapitalEvidence(text)


def _actors(*paragraphs: str) -> set[str]:
    return {a.name for a in attribute(article(*paragraphs)).actors}


def test_a_descriptor_opening_a_sentence_is_not_part_of_the_name():
    names = _actors("On Monday, Hillary Clinton spoke in Ohio. Her rival said nothing.",
                    "Rival Hillary Clinton, however, has said she would not go above a $12 minimum wage.")
    assert "Hillary Clinton" in names
    assert "Rival Hillary Clinton" not in names


def test_a_gerund_opening_a_sentence_is_not_part_of_the_name():
    mentions = attribute(article("On Monday, Hillary Clinton spoke.",
                                 "Injecting Clinton’s marital troubles into the campaign is his latest effort.")).mentions
    assert [m.actor for m in mentions if "Clinton" in m.text] == ["Hillary Clinton", "Hillary Clinton"]


def test_a_conjunction_or_function_word_opening_a_sentence_is_not_part_of_the_name():
    names = _actors("In Ohio, Donald Trump spoke.", "Although Trump denied it, his aides did not.",
                    "What Trump considers smart is another matter.")
    assert names == {"Donald Trump"}


def test_a_first_name_opening_a_sentence_stays():
    # "bill" is written in lower case, but a noun and one capitalised word may be a first name and a surname
    names = _actors("Bill Clinton spoke for his wife.", "Hillary Clinton signed the bill.")
    assert {"Bill Clinton", "Hillary Clinton"} <= names
    evidence = _evidence("Bill Clinton spoke. The bill passed. Hillary Clinton signed it.")
    assert opener_cut("Bill Clinton", evidence) == 0


def test_a_word_the_article_capitalises_inside_a_sentence_stays():
    evidence = _evidence("Rival Hillary Clinton spoke. Her rival is Rival Books, and Hillary Clinton knows.")
    assert opener_cut("Rival Hillary Clinton", evidence) == 0
    assert opener_cut("Rival Hillary Clinton", _evidence(
        "Rival Hillary Clinton spoke. Her rival, Hillary Clinton, knows.")) == len("Rival ")


def test_an_organisation_whose_words_are_capitalised_only_here_keeps_its_name():
    # "federal" is written in lower case, but no sentence names "Reserve" on its own
    evidence = _evidence("Federal Reserve officials met. The federal budget grew.")
    assert opener_cut("Federal Reserve", evidence) == 0


def test_a_role_word_opening_a_sentence_stays_the_role():
    mentions = attribute(article("President Barack Obama spoke on Monday.", "Later the president said it again.",
                                 "Obama was in Ohio.")).mentions
    assert {m.role for m in mentions if m.actor == "Barack Obama"} == {"President"}


def test_a_pronoun_after_a_cut_opener_still_finds_the_sentence_subject():
    # "Former" is cut from the name, but Rendell still opens his sentence, so "he" is Rendell
    attributions = attribute(article(
        "Donna Brazile spoke first. Former Pennsylvania Gov. Ed Rendell, a former chairman, agreed, "
        "but he said that the discussion should wait. The former senator was in Ohio.")).reported
    assert any(a.source == "he" and a.speaker == "Ed Rendell" for a in attributions)


def test_an_imperative_is_no_quoting_subject():
    result = attribute(article("Ava DuVernay made a film about prisons.",
                               "Check out the full trailer for DuVernay’s documentary, “13th,” below."))
    assert all(a.source != "Check" for a in result)
    assert "Check" not in {a.name for a in result.actors}


def test_an_acronym_opening_a_sentence_stays_even_when_it_spells_a_function_word():
    mentions = attribute(article("US President Donald Trump has reiterated the possibility of strikes.",
                                 "Mexico rejected it, as the US president had threatened days before.")).mentions
    assert {m.role for m in mentions if m.actor == "Donald Trump"} == {"US President"}
    assert any(m.text == "the US president" and m.actor == "Donald Trump" for m in mentions)


@pytest.mark.parametrize(("run", "name"), [
    ("CNN Tuesday", "CNN"),
    ("Monday's Iowa", "Iowa"),
    ("Tuesday’s New Hampshire", "New Hampshire"),
    ("Clinton’s September", "Clinton’s"),
    ("Theresa May", "Theresa May"),  # a month that is a name stays
    ("Sandra Day O'Connor", "Sandra Day O'Connor"),
])
def test_a_time_expression_is_no_part_of_a_name(run, name):
    assert trimmed_run(run)[1] == name


@pytest.mark.parametrize("run", ["Super Tuesday", "Eastern Standard Time", "AM EST", "Last September"])
def test_a_time_expression_alone_names_nobody(run):
    assert trimmed_run(run) is None


def test_a_greeting_opening_a_heading_names_nobody():
    result = attribute(article(
        "Cheers, Ms. Yellen  The Federal Reserve chairwoman, Janet Yellen, seated on the dais, has been "
        "criticized by many. Yet she held firm until she believed she could raise rates."))
    assert "Cheers" not in {a.name for a in result.actors}
    assert trimmed_run("Thanks Sarah") == (7, "Sarah")


def test_an_organisation_noun_before_a_noun_of_people_opening_a_sentence_names_no_body():
    assert not _actors("Union leaders met with the mayor on Monday.") & {"Union"}
    assert "Party" not in _actors("Party officials said the vote would be close.")
    assert "Police" in _actors("Police officers said the road was closed.")  # "police" names one body alone
    mentions = attribute(article("Delegates of the Union voted. Union leaders met on Monday.")).mentions
    assert "Union" in {m.text for m in mentions}  # capitalised inside a sentence: a name here
    assert "Fox" in _actors("Fox viewers said they liked it.")  # one organisation's own name
    assert "Union" in {m.text for m in attribute(article("Among Union members, few agreed.")).mentions}


@pytest.mark.parametrize("text, word, by_place", [
    ("Prices rose. Prices continued to rise.", "Prices", True),  # never capitalised after another word
    ("Bernie Sanders spoke. Sanders continued.", "Sanders", False),  # "Bernie Sanders": a name's capital
    ("He met the team, Sanders said. Sanders continued.", "Sanders", False),  # after a comma too
    ("Aides to O'Neil spoke. O'Neil continued.", "O'Neil", False),  # a word with an apostrophe
    ("Pricesless rose. Prices continued.", "Prices", True),  # part of a longer word is not the word
    ("Sales added to it on day 1.\n\n" * 3 + "Sales added more.", "Sales", True),  # every paragraph's opener
])
def test_a_sentence_opener_is_capitalised_by_its_place_when_never_written_so_inside(text, word, by_place):
    start = text.rfind(word)
    assert capitalised_by_place(text, start, start + len(word)) is by_place
    assert capitalised_by_place("They said " + word, 10, 10 + len(word)) is False  # not a sentence's opener


@pytest.mark.parametrize(("text", "name"), [
    ("Will Walmart keep growing? Analysts said it would.", "Will Walmart"),
    ("Game over. Will Sanders come down off the pique? Sanders said he would not.", "Will Sanders"),
])
def test_a_modal_opening_a_question_is_no_first_name(text, name):
    assert name not in [a.name for a in attribute(article(text)).actors]
