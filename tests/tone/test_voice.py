"""Scoring by voice: the outlet's own words apart from the words it attributes."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.tone.scoring import score_article, score_corpus
from mediadiff.tone.voice import voice_view


def cue_texts(score, kind):
    return [c.text for s in score.sentences for c in s.cues if c.kind == kind]


def test_seed_003_boosters_are_not_the_outlets(seeds):
    own = score_article(seeds["003"])
    everything = score_article(seeds["003"], voice="all")
    assert "made clear" in cue_texts(everything, "booster")
    assert "made clear" not in cue_texts(own, "booster")
    assert own.article.voice == "own"


def test_seed_001_i_dont_think_is_sheinbaums_hedge(seeds):
    assert not any("think" in c.lower() for c in cue_texts(score_article(seeds["001"]), "hedge"))
    quoted = score_article(seeds["001"], voice="quoted")
    hedges = [c for s in quoted.sentences for c in s.cues if c.kind == "hedge" and "think" in c.text.lower()]
    assert hedges and all(c.voice == "quoted" and c.speaker == "Claudia Sheinbaum" for c in hedges)


def test_every_cue_says_whose_voice_it_is(seeds):
    for s in score_article(seeds["000"], voice="all").sentences:
        for c in s.cues:
            assert c.voice in ("own", "quoted") and (c.voice == "quoted" or c.speaker is None)


def test_quoted_voices_are_rows_per_source(seeds):
    rows = score_corpus([seeds["000"], seeds["001"]], by="outlet", voice="quoted")
    names = {r.name for r in rows}
    assert "Claudia Sheinbaum in Latin Times" in names
    assert all(r.kind == "source" and r.voice == "quoted" for r in rows)


def test_blanking_keeps_offsets():
    art = article("Jane Doe said “this may well fail” today.")
    view = voice_view(art, "own")
    blanked = view.blank(art.raw, 0, len(art.raw))
    assert len(blanked) == len(art.raw) and "may" not in blanked and "today" in blanked


def test_unknown_voice_is_refused():
    with pytest.raises(ValueError):
        voice_view(article("Text."), "theirs")
