"""Size words of something bad grade it, not approve it (mediadiff.tone.sizes)."""

import pytest

from mediadiff.tone.scoring import score_text
from mediadiff.tone.sentiment import label_of, sentence_tone


def _cue_words(text):
    return [cue.text.lower() for cue in score_text(text).sentences[0].tone_cues]


@pytest.mark.parametrize(("text", "size"), [
    ("The fire caused significant damage to the roof.", "significant"),
    ("There was significant fire damage.", "significant"),
    ("A huge blaze destroyed the store.", "huge"),
    ("Officials warned of a substantial risk of flooding.", "substantial"),
    ("Twitter said it was still operating at a substantial loss.", "substantial"),
])
def test_a_size_word_before_something_bad_is_no_tone(text, size):
    assert size not in _cue_words(text)
    assert label_of(sentence_tone(text).compound) != "positive"


def test_a_size_word_predicated_of_a_fire_or_damage_is_no_tone_and_the_damage_keeps_its_own():
    assert sentence_tone("The roof fire was quite significant.").compound == 0
    assert "significant" not in _cue_words("The damage was significant.")
    assert sentence_tone("The damage was significant.").compound < 0


@pytest.mark.parametrize(("text", "size"), [
    ("It was a significant achievement.", "significant"),
    ("The win was significant for the party.", "significant"),
    ("It was a great day for the team.", "great"),
    ("He has a huge bully pulpit.", "huge"),  # the compound's head, "pulpit", is no harm
])
def test_a_size_word_of_something_good_or_neutral_keeps_its_tone(text, size):
    assert size in _cue_words(text)


@pytest.mark.parametrize("text", [
    "A good portion of the equipment in the valley was called in.",
    "A good deal of money was spent on the campaign.",
    "He lives a good mile from here.",
    "They waited a good 20 minutes.",
])
def test_a_good_amount_is_an_amount_not_approval(text):
    assert "good" not in _cue_words(text)


@pytest.mark.parametrize("text", ["It was a good plan.", "Good news came on Monday.", "She is a good leader."])
def test_good_of_quality_keeps_its_tone(text):
    assert "good" in _cue_words(text)
