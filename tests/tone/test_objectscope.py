"""A negative pronoun object negates its verb, not its topic; what someone deserves in the comparative is lacking."""

import pytest

from mediadiff.tone.sentiment import sentence_tone


def test_a_negative_object_leaves_its_topic_as_it_is():
    said = sentence_tone("She said nothing about the attack.").compound
    assert said < 0
    assert said == pytest.approx(sentence_tone("She spoke about the attack.").compound)


@pytest.mark.parametrize("text", ["There was nothing to celebrate.", "He stole nothing of value."])
def test_other_negative_pronouns_keep_their_scope(text):
    assert sentence_tone(text).compound <= 0.25


@pytest.mark.parametrize("text", ["Residents deserve better.", "The city deserves a better plan.",
                                  "Voters deserved far better than this."])
def test_deserving_better_is_a_complaint(text):
    assert sentence_tone(text).compound < 0


def test_deserving_a_good_thing_stays_positive():
    assert sentence_tone("They deserve praise for the rescue.").compound > 0
