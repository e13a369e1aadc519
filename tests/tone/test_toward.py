"""Tone toward a mention: the clause around the mention decides, not the whole sentence."""

import pytest

import mediadiff
from mediadiff.tone.toward import clause_around, target_features, target_tone, tone_toward


def mention(sentence: str, name: str) -> tuple[int, int]:
    start = sentence.index(name)
    return start, start + len(name)


def test_two_actors_in_one_sentence_get_their_own_tone():
    sentence = "Critics condemned Smith for the disastrous failure, while Jones won praise for her brilliant success."
    smith, jones = mention(sentence, "Smith"), mention(sentence, "Jones")
    assert tone_toward(sentence, *smith) < tone_toward(sentence, *jones)
    assert -1.0 <= tone_toward(sentence, *smith) <= 1.0


def test_result_names_the_clause_it_read():
    sentence = "The talks failed, but Rubio praised the team."
    result = target_tone(sentence, *mention(sentence, "Rubio"))
    assert sentence[result.clause_start:result.clause_end].strip() == "but Rubio praised the team."
    assert result.label in ("negative", "neutral", "positive")
    assert abs(sum(result.probabilities) - 1.0) < 1e-9


def test_clause_around_stops_at_clause_marks():
    sentence = "He said, \u201cSheinbaum is wrong,\u201d and left."
    left, right = clause_around(sentence, *mention(sentence, "Sheinbaum"))
    assert sentence[left:right] == "Sheinbaum is wrong"


def test_words_around_a_mention_stay_in_its_clause():
    # Jones's praise is not a word "after Smith": the window stops at the comma that ends Smith's clause.
    sentence = "Critics condemned Smith, while Jones won praise."
    features = target_features(sentence, *mention(sentence, "Smith"))
    assert {"L:critics", "L:condemned"} <= set(features)
    assert not [name for name in features if name.startswith("R:")]
    jones = target_features(sentence, *mention(sentence, "Jones"))
    assert "L:while" in jones and "L:condemned" not in jones and "R:praise" in jones


def test_offsets_outside_the_sentence_are_an_error():
    with pytest.raises(ValueError):
        tone_toward("Short.", 3, 40)


def test_public_api_lists_tone_toward():
    assert "tone_toward" in mediadiff.__all__
    assert mediadiff.tone_toward.__module__ == tone_toward.__module__ == "mediadiff.tone.toward"


@pytest.mark.parametrize("sentence, name, verb", [
    ("Janet Holloway condemned the attack on the mosque.", "Janet Holloway", "condemned"),
    ("Janet Holloway has strongly denounced the violence.", "Janet Holloway", "denounced"),
    ("The senator mourned the victims.", "The senator", "mourned"),
])
def test_a_mention_as_subject_of_a_stance_verb_is_found(sentence, name, verb):
    from mediadiff.tone.toward import stance_predicate

    span = stance_predicate(sentence, *mention(sentence, name))
    assert span is not None and sentence[span[0]:].startswith(verb)


@pytest.mark.parametrize("sentence, name", [
    ("Janet Holloway was praised by the council.", "Janet Holloway"),
    ("West Ham accused of ignoring abuse.", "West Ham"),
    ("Holloway's critics condemned her.", "Holloway"),
    ("Nielsen back in good graces.", "Nielsen"),
])
def test_passives_possessives_and_adverbs_are_no_stance_of_the_mention(sentence, name):
    from mediadiff.tone.toward import stance_predicate

    assert stance_predicate(sentence, *mention(sentence, name)) is None
