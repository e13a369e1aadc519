import gc
from dataclasses import replace

from mediadiff.tone.results import Cue, SentenceScore
from mediadiff.tone.scoring import score_text


def _raw_tone_cues(score: SentenceScore):
    return SentenceScore.tone_cues.slot.__get__(score, SentenceScore)


def test_tone_cues_kept_deferred_are_plain_values_the_collector_untracks():
    score = score_text("The wonderful plan failed badly.").sentences[0]
    raw = _raw_tone_cues(score)
    assert type(raw) is tuple and isinstance(raw[0], str)
    for _ in range(3):  # the collector untracks one level of nested tuples per pass
        gc.collect()
    assert not gc.is_tracked(raw)


def test_deferred_tone_cues_build_on_read_as_cues_and_stay_built():
    score = score_text("The wonderful plan failed badly.").sentences[0]
    copy = replace(score)
    cues = score.tone_cues
    assert cues and all(isinstance(c, Cue) and c.kind == "tone" for c in cues)
    assert _raw_tone_cues(score) is cues
    assert copy == score and copy.tone_cues == cues


def test_certainty_cues_kept_as_rows_build_equal_to_sentence_certainty_and_records_agree():
    from mediadiff.tone.certainty import CertaintyCue, sentence_certainty

    text = "Officials said it is not likely that the plan could possibly fail."
    score = score_text(text).sentences[0]
    kept = SentenceScore.certainty_cues.slot.__get__(score, SentenceScore)
    assert type(kept) is tuple and isinstance(kept[0], str)
    record_before = score.to_records()[0]["certainty_cues"]
    cues = score.certainty_cues
    assert cues and all(isinstance(c, CertaintyCue) for c in cues)
    assert cues == sentence_certainty(text).cues
    assert score.to_records()[0]["certainty_cues"] == record_before
    assert record_before == "; ".join(f"{c.text} ({c.weight:+.2f})" for c in cues)
