"""Words that say when, not how good: "late"/"early" before a time, "effective" before a date, fixed compounds."""

from __future__ import annotations

import pytest

from mediadiff.tone.sentiment import sentence_tone


def _ignored(text: str) -> set[str]:
    return {w.split()[0] for w in sentence_tone(text).words if "(ignored:" in w}


@pytest.mark.parametrize("text, word", [
    ("Steny Hoyer said late Thursday that the vote would happen.", "late"),
    ("Prices rose in late 2021.", "late"),
    ("The talks ended late in the day.", "late"),
    ("Early next year, prices will rise.", "early"),
    ("Officials said early May that it would end.", "early"),
    ("Effective Nov. 8, foreign travelers must show proof of vaccination.", "effective"),
    ("The order is effective immediately.", "effective"),
    ("The measure is effective as of Monday.", "effective"),
    ("The case was sent back to a lower court.", "lower"),
    ("The justices overturned lower appellate decisions.", "lower"),
    ("Agencies must consult the service before any action that may affect threatened or endangered species.",
     "threatened"),
    ("The wolf was taken off the list of endangered species.", "endangered"),
    ("The Supreme Court struck down the law.", "struck"),
    ("Early voting began on Monday.", "early"),
])
def test_a_word_that_says_when_or_names_a_procedure_is_no_tone(text, word):
    assert word in _ignored(text)
    assert abs(sentence_tone(text).compound) <= 0.05


@pytest.mark.parametrize("text", [
    "The payment was late.",
    "It was an early success.",
    "The vaccine is effective against the virus.",
    "Effective leaders listen to voters.",
    "Prices were lower than expected.",
    "The storm struck the coast.",
    "He threatened or attacked three officers.",
    "Residents felt threatened and endangered by the fires.",
])
def test_the_same_words_elsewhere_keep_their_tone(text):
    assert not _ignored(text)
    assert abs(sentence_tone(text).compound) > 0.05


@pytest.mark.parametrize("text, ignored", [
    ("Economists expected 500,000 new jobs.", True),  # additional
    ("According to a new report, crime fell.", True),  # latest
    ("It is a new day for the country.", False),
])
def test_new_after_a_number_or_before_a_report_is_no_tone(text, ignored):
    assert ("new" in _ignored(text)) is ignored
