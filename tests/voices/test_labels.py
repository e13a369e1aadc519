"""Labels and headings before a colon say nothing of their own; a contracted pronoun is the pronoun."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute
from mediadiff.voices.wordclass import holds_closed_class_word


def _found(*paragraphs: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(a.kind, a.source, a.speaker, a.text) for a in attribute(article(*paragraphs))]


def test_a_heading_introducing_quotes_gives_no_speaker_of_its_own():
    found = _found("The Senate passed the bill on Friday.",
                   "What they're saying: “This is a great day for America,” Sen. Chuck Schumer said.")
    assert found == [("direct", "Sen. Chuck Schumer", "Chuck Schumer", "This is a great day for America,")]
    found = _found("The Senate passed the bill on Friday.", "What they're saying:",
                   "“We will fight this,” a Republican aide said.")
    assert [(kind, source) for kind, source, _, _ in found] == [("direct", "a Republican aide")]


@pytest.mark.parametrize("label", ["His final assessment", "For example", "Bottom line"])
def test_a_verbless_label_before_a_colon_is_no_part_of_the_speakers_words(label):
    found = _found(f"Emanuel spoke on Monday. {label}: “It is not quite optimistic,” he said.")
    assert [kind for kind, *_ in found] == ["direct"]


def test_a_clause_with_a_verb_before_a_colon_is_still_read_as_the_speakers():
    found = _found("Clinton seemed irritated: “It is a public statement!” she wrote.")
    assert [kind for kind, *_ in found] == ["reported", "direct"]


def test_a_contracted_pronoun_is_the_pronoun_never_a_name():
    found = _found("Marco Rubio said he was proud. He’s also praising Jeb Bush, who dropped out.")
    assert [(source, speaker) for _, source, speaker, _ in found if source and source.startswith("He")] == [
        ("He", "Marco Rubio")]
    assert holds_closed_class_word("I’m") and holds_closed_class_word("She'll")


@pytest.mark.parametrize(("sentence", "text"), [
    ("At 10:30 a.m. the storm had passed, the mayor said.", "At 10:30 a.m. the storm had passed"),
    ("By 3:15 p.m. Tuesday, no one had been arrested, police said.", "By 3:15 p.m. Tuesday, no one had been arrested"),
    ("In Matthew 5:9, peacemakers are blessed, the pastor said.", "In Matthew 5:9, peacemakers are blessed"),
    ("At 10:30 a.m. Monday: the plan will fail, he said.", "the plan will fail"),
])
def test_the_colon_of_a_clock_time_or_verse_is_no_labels(sentence, text):
    assert [found_text for kind, _, _, found_text in _found(sentence) if kind == "reported"] == [text]


def test_what_right_before_a_verb_and_colon_is_no_heading_and_no_crash():
    from mediadiff.voices.cues import find_cues
    assert [cue.source for cue in find_cues("Officials met. What said: nothing, the aide said.")] == ["the aide"]
