"""Noun phrases read from a reporting verb: a source ends where its noun phrase does."""

from __future__ import annotations

from voices_builders import article

from mediadiff.voices import attribute
from mediadiff.voices.phrases import np_forward, span_text, tokens


def _forward(text: str) -> str | None:
    toks = tokens(text)
    found = np_forward(toks, 0)
    return None if found is None else span_text(toks, found)


def test_a_verb_after_a_name_ends_the_noun_phrase():
    assert _forward("Clinton communications director Jennifer Palmieri spoke to reporters") == \
        "Clinton communications director Jennifer Palmieri"
    assert _forward("Trump went on to say") == "Trump"
    assert _forward("Rakeyia Scott can be heard yelling") == "Rakeyia Scott"
    assert _forward("Citizens for Tax Justice advocates a litany of rules") == "Citizens for Tax Justice"


def test_nouns_after_a_name_stay_in_the_noun_phrase():
    assert _forward("Clinton campaign officials said") == "Clinton campaign officials"
    assert _forward("a White House official said") == "a White House official"
    assert _forward("Trump supporters chanted") == "Trump supporters"
    assert _forward("Mr. King's show aired") == "Mr. King's show"
    assert _forward("the former said") == "the former"
    assert _forward("the Court of Appeals for the Circuit reversed a decision") == \
        "the Court of Appeals for the Circuit"


def test_the_speaker_of_a_participle_is_the_name_not_the_name_and_its_verb():
    result = attribute(article(
        "Clinton communications director Jennifer Palmieri spoke to reporters Friday, saying that Trump "
        "should apologize to Alicia Machado."))
    reported = [a for a in result.reported if a.cue == "saying"]
    assert [(a.source, a.speaker) for a in reported] == [
        ("Clinton communications director Jennifer Palmieri", "Jennifer Palmieri")]
    assert "Jennifer Palmieri" in {a.name for a in result.actors}
    assert not any(a.name.endswith("spoke") for a in result.actors)


def test_a_dotted_acronym_joined_by_a_hyphen_is_one_name():
    assert "A.F.L.-C.I.O." in [t[0] for t in tokens("The A.F.L.-C.I.O. said it would endorse the bill.")]
    items = attribute(article("The A.F.L.-C.I.O. said it would endorse the bill.")).items
    assert [(i.source, i.speaker) for i in items] == [("The A.F.L.-C.I.O.", "A.F.L.-C.I.O.")]
