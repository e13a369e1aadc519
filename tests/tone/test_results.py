"""frozen_instance builds the same frozen results as the dataclasses' own __init__."""

import dataclasses

import pytest

from mediadiff.tone.certainty import Certainty, CertaintyCue
from mediadiff.tone.lexicons import load_lexicon
from mediadiff.tone.names import NameMask
from mediadiff.tone.pattern import PatternTone
from mediadiff.tone.results import Cue, SentenceScore, frozen_instance
from mediadiff.tone.scoring import _score_span
from mediadiff.tone.sentiment import SentenceTone, sentence_tone


@pytest.mark.parametrize("cls", [Certainty, NameMask, SentenceTone, PatternTone])
def test_no_post_init_nor_slots(cls):
    assert not hasattr(cls, "__post_init__") and "__slots__" not in vars(cls)


def test_frozen_instance_equals_init_and_stays_frozen():
    values = {"compound": 0.5, "words": ("good (+1.9)",), "cues": (("good", 4, 8, 1.9),)}
    tone = frozen_instance(SentenceTone, dict(values))
    assert tone == SentenceTone(**values) and repr(tone) == repr(SentenceTone(**values))
    assert hash(tone) == hash(SentenceTone(**values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        tone.compound = 0  # type: ignore[misc]


def test_scored_sentence_is_a_complete_sentence_score():
    text = "The plan may well be a good one, officials said."
    score = _score_span(text, 0, len(text), index=0, article_id="a", lexicon=load_lexicon())
    rebuilt = SentenceScore(**{f.name: getattr(score, f.name) for f in dataclasses.fields(SentenceScore)})
    assert score == rebuilt and repr(score) == repr(rebuilt) and _values(score) == _values(rebuilt)
    import pickle

    assert pickle.loads(pickle.dumps(score)) == score and hash(score) == hash(rebuilt)
    assert all(c == Cue(**_values(c)) and repr(c) == repr(Cue(**_values(c))) for c in score.tone_cues + score.cues)
    assert score.certainty_cues and all(c == CertaintyCue(**_values(c)) for c in score.certainty_cues)


def _values(instance):
    return {f.name: getattr(instance, f.name) for f in dataclasses.fields(instance)}


def test_cues_built_slot_by_slot_are_the_dataclasses_and_stay_frozen():
    import pickle

    from mediadiff.tone.certainty import _cue
    from mediadiff.tone.results import new_cue

    cue, certainty = new_cue("tone", "good", 4, 8, 1.9, "quoted", "Ana"), _cue("modal", "may", 1, 4, -0.1)
    assert cue == Cue("tone", "good", 4, 8, 1.9, "quoted", "Ana") and hash(cue) == hash(Cue(*_values(cue).values()))
    assert certainty == CertaintyCue("modal", "may", 1, 4, -0.1) and certainty.to_dict()["weight"] == -0.1
    assert pickle.loads(pickle.dumps(cue)) == cue and pickle.loads(pickle.dumps(certainty)) == certainty
    for instance in (cue, certainty):
        with pytest.raises(dataclasses.FrozenInstanceError):
            instance.start = 0  # type: ignore[misc]


def test_tone_results_equal_their_dataclasses():
    tone = sentence_tone("The United States said the very good plan is not a disaster!")
    assert tone == SentenceTone(tone.compound, tone.words, tone.cues)
    from mediadiff.tone.names import mask_names
    from mediadiff.tone.sentiment import news_lexicon

    assert mask_names("A plain sentence.", lexicon=news_lexicon()) == NameMask("A plain sentence.", ())


@pytest.mark.parametrize("first", ["pickle", "replace", "repr", "records", "read"])
def test_cue_fields_are_the_same_whatever_reads_them_first(first):
    import pickle

    text = "The plan may well be a good one, officials said, if it is not too late."
    fresh = lambda: _score_span(text, 0, len(text), index=0, article_id="a", lexicon=load_lexicon())  # noqa: E731
    reference = fresh()
    expected = (reference.cues, reference.certainty_cues, reference.tone_cues)
    score = fresh()
    reached = {"pickle": lambda: pickle.loads(pickle.dumps(score)), "replace": lambda: dataclasses.replace(score),
               "repr": lambda: repr(score), "records": lambda: score.to_records(), "read": lambda: score.cues}[first]()
    for s in (score, reached) if isinstance(reached, SentenceScore) else (score,):
        assert (s.cues, s.certainty_cues, s.tone_cues) == expected and s == reference
        assert all(type(c) is tuple for c in (s.cues, s.certainty_cues, s.tone_cues))
        assert all(type(c) is Cue for c in s.cues + s.tone_cues) and expected[0] and expected[2]
    with pytest.raises(dataclasses.FrozenInstanceError):
        score.cues = ()  # type: ignore[misc]
