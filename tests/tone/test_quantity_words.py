"""Quantity, order and time words are not tone (issue 14): mediadiff.tone.newsrules.QUANTITY_WORDS."""

import pytest

from mediadiff.tone.pattern import load_pattern_lexicon
from mediadiff.tone.sentiment import label_of, news_lexicon, sentence_tone


def counted(text: str) -> set[str]:
    """The words a sentence's news tone counted (VADER's member and Pattern's)."""
    return {word for word, *_ in sentence_tone(text).cues}


@pytest.mark.parametrize("text", [
    "It was the first time the council met.",
    "Many other officials attended the meeting.",
    "Several more states voted on the bill.",
    "The latest figures were published on Monday.",
    "The former minister spoke at the second session.",
])
def test_sentences_that_only_count_and_order_things_are_neutral(text):
    assert not counted(text)
    assert label_of(sentence_tone(text).compound) == "neutral"


def test_at_least_is_no_tone_but_the_deaths_it_counts_are():
    assert counted("At least 32 people died in the floods.") == {"died"}
    assert sentence_tone("At least 32 people died in the floods.").compound < 0


def test_evaluative_words_beside_quantity_words_keep_their_tone():
    assert counted("It was the first good news in months.") == {"good"}
    assert sentence_tone("Most of the reforms were a disaster.").compound < 0


def test_no_member_of_news_tone_rates_a_quantity_word_and_modifiers_keep_their_rule():
    for word in ("first", "many", "other", "least", "more", "latest"):
        assert word not in news_lexicon() and word not in load_pattern_lexicon()
    assert load_pattern_lexicon()["much"].modifier  # "much better" is still intensified
    assert sentence_tone("The plan is much better.").compound > sentence_tone("The plan is better.").compound - 0.01
