"""Words naming who someone is, class words naming a group and fixed news compounds are not tone (issue 14):
mediadiff.tone.newsrules.identity_words, CLASS_WORDS and news_compounds."""

import pytest

from mediadiff.tone.newsrules import identity_words, news_compounds
from mediadiff.tone.pattern import load_pattern_lexicon
from mediadiff.tone.sentiment import news_lexicon, sentence_tone


@pytest.mark.parametrize("pair", [
    ("Police shot a black man in Tulsa.", "Police shot a white man in Tulsa."),
    ("The gay couple married in Texas.", "The couple married in Texas."),
    ("An elderly Jewish woman spoke at the meeting.", "A woman spoke at the meeting."),
])
def test_words_naming_race_religion_sexuality_or_age_do_not_move_tone(pair):
    assert sentence_tone(pair[0]).compound == sentence_tone(pair[1]).compound == 0.0


def test_no_member_of_news_tone_rates_an_identity_word():
    words = identity_words()
    assert {"black", "gay", "muslim", "female", "elderly"} <= words
    assert not words & set(news_lexicon())
    assert not words & set(load_pattern_lexicon())


@pytest.mark.parametrize("text", [
    "A super PAC aired ads in Iowa.",
    "Voters cast ballots in the Republican primary.",
    "The lame duck session ends in December.",
    "The talks turned to national security on Tuesday.",
    "The bill covers health care for veterans.",
    "China said it would respond in kind on Friday.",
    "Tariffs hit $250 billion worth of goods.",
    "The company's assets went on the auction block.",
])
def test_rated_words_inside_fixed_news_compounds_are_not_tone(text):
    tone = sentence_tone(text)
    assert tone.compound == 0.0
    assert any("fixed news compound" in w for w in tone.words)


def test_the_same_words_outside_the_compound_keep_their_tone():
    assert sentence_tone("The show was super.").compound > 0.3
    assert sentence_tone("That is very kind of you.").compound > 0
    assert "pac" in news_compounds()["super"]
    assert sentence_tone("They really care about the town.").compound > 0
    assert sentence_tone("The house is worth a fortune.").compound > 0
    assert sentence_tone("She spoke of him in kind words.").compound > 0  # "in kind" modifying a noun: praise
    assert any(w.startswith("worth (+") for w in sentence_tone("Critics questioned the worth of the program.").words)


@pytest.mark.parametrize("text", [
    "They want to raise taxes on wealthy households.",
    "The plan cuts aid to poor families.",
    "The bill helps the poor and the elderly.",
])
def test_class_words_naming_a_group_carry_no_tone(text):
    assert any("a social group's name" in w for w in sentence_tone(text).words)


def test_class_words_judging_something_keep_their_tone():
    assert sentence_tone("It was a poor decision.").compound < -0.3
    assert sentence_tone("The team gave a poor performance.").compound < 0


@pytest.mark.parametrize("group", ["women", "children", "people", "families", "students"])
def test_a_class_word_before_any_plural_of_people_names_the_group(group):
    words = " ".join(sentence_tone(f"The law hurts poor {group}.").words)
    assert "poor (ignored: a social group's name)" in words
