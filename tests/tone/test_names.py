"""Words inside names carry no tone: prose with many capitals is not a headline; a first name opens a name."""

from __future__ import annotations

import pytest

from mediadiff.tone.sentiment import sentence_tone


def _ignored(text: str) -> set[str]:
    return {w.split()[0] for w in sentence_tone(text).words if "ignored: part of a name" in w}


@pytest.mark.parametrize("text, word", [
    ("The Proud Boys marched in Portland on Saturday.", "proud"),  # most words capitalised, yet prose
    ("The New York Times reported", "new"),  # what own voice leaves when the reported clause is blanked
    ("Officials in New Mexico said", "new"),
    ("The senators included Rob Portman (Ohio), Susan Collins (Maine) and others.", "rob"),
    ("Rob Portman (Ohio) voted against the bill.", "rob"),  # a first name before a capitalised word
])
def test_a_word_inside_a_name_is_no_tone(text, word):
    assert word in _ignored(text)
    assert sentence_tone(text).compound == 0


def test_a_headline_in_title_case_keeps_its_tone_and_a_sentence_start_keeps_its_own():
    assert sentence_tone("Voters Reward Honest Leaders In Great Victory").compound > 0.05
    assert not _ignored("Voters Reward Honest Leaders In Great Victory")
    assert sentence_tone("Great results were announced in Ohio.").compound > 0.05  # not a first name
    assert "joy" not in _ignored("Joy was everywhere in the crowd.")  # a first name, no name after it


@pytest.mark.parametrize("text", [
    "He spoke in Manchester, NH on Tuesday.",
    "The rally in Austin, TX drew thousands.",
    "New Orleans plays at Seattle in the Wild Card round of the NFC playoffs.",
])
def test_a_chat_initialism_in_capitals_abbreviates_a_name(text):
    tone = sentence_tone(text)
    assert not [cue for cue in tone.cues if cue[0] in ("nh", "tx", "nfc")]
    assert tone.compound >= 0


def test_other_words_in_capitals_keep_their_emphasis():
    assert sentence_tone("I HATE this plan.").compound < sentence_tone("I hate this plan.").compound < 0


@pytest.mark.parametrize("text, word", [
    ('Crowds sang "Happy Birthday" to him.', "happy"),  # a song
    ("She told ABC\u2019s \u201cGood Morning America\u201d the interview was cordial.", "good"),  # a programme
])
def test_a_title_in_quotation_marks_is_a_name(text, word):
    assert word in _ignored(text)


@pytest.mark.parametrize("text", [
    '"Great job," he said.',  # speech opening the sentence
    'He called the plan "a great success" at the time.',  # quoted words, not in Title Case
    'Fans cheered "Happy" all night.',  # one word: no title
])
def test_quoted_words_that_are_no_title_keep_their_tone(text):
    assert not _ignored(text)
    assert sentence_tone(text).compound > 0.05
