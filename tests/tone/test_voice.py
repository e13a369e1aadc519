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


@pytest.mark.parametrize("voice", ["own", "quoted", "all"])
def test_view_answers_as_a_scan_of_every_span_would(voice):
    art = article('Jane Doe said “this may well fail” today. “It will,” he said, adding that costs rose. '
                  'The mayor told reporters the plan was “a disaster” and “late”. Prices fell.')
    view = voice_view(art, voice)
    spans = view.attributions.quoted_spans()
    assert spans  # quotes to look up
    for offset in range(len(art.raw)):
        said = view.attributions.voice_at(offset)
        voice, speaker = view.label(offset)
        assert voice == ("own" if said.own else "quoted")
        assert speaker == said.speaker or said.speaker is None and (speaker is None or speaker.startswith('"'))
    for start in range(0, len(art.raw), 7):
        end = min(len(art.raw), start + 40)
        scan = "".join(" " if any(s <= k < e for s, e in view.hidden) else art.raw[k] for k in range(start, end))
        assert view.blank(art.raw, start, end) == scan
        pieces = view.quoted_pieces(start, end)
        assert all(view.label(k) == ("quoted", who) for s, e, who in pieces for k in range(s, e))
        joined: list[tuple[int, int]] = []  # pieces cut where the speaker changes, joined again
        for s, e, _ in pieces:
            joined[-1:] = [(joined[-1][0], e)] if joined and joined[-1][1] == s else [*joined[-1:], (s, e)]
        assert joined == [(max(s, start), min(e, end)) for s, e in spans if max(s, start) < min(e, end)]


def test_a_source_as_written_is_its_own_row_as_in_voices():
    art = article("Officials in both governments said the talks “went well”. Residents said “nothing changed”. "
                  "Prices fell.")
    rows = {r.name: r for r in score_corpus([art], by="outlet", voice="quoted")}
    view = voice_view(art, "quoted")
    labels = {who for s in art.sentences for _, _, who in view.quoted_pieces(s.start, s.end)}
    written = {f'"{a.source}"' for a in view.attributions.items if a.speaker is None and a.source}
    assert written and written <= labels  # each unresolved source keeps its name, as `voices` shows it
    assert not any(name.startswith("unknown source") for name in rows)


def test_a_quote_inside_anothers_reported_clause_is_its_speakers():
    art = article("The governor said the senator had called the bill “a disgrace” during the debate, and she disagreed.")
    view = voice_view(art, "quoted")
    said = {art.raw[s:e].strip(" ,“”"): who for s, e, who in view.quoted_pieces(0, len(art.raw))}
    assert said["the bill “a disgrace” during the debate"] == '"the senator"'  # her quote inside it too
    assert said["the senator had called"] == said["and she disagreed"] == '"The governor"'  # the rest stays his


def test_a_quote_that_a_verb_names_something_by_is_all_its_speaker_says():
    art = article('The mayor said the bill, which critics called "reckless," would pass easily and help everyone.')
    view = voice_view(art, "quoted")
    said = {art.raw[s:e].strip(' ,"'): who for s, e, who in view.quoted_pieces(0, len(art.raw))}
    assert said["reckless"] == '"critics"'
    assert said["would pass easily and help everyone"] == '"The mayor"'  # the mayor's words, not the critics'


def test_a_source_as_written_is_one_row_whatever_its_case_as_in_voices():
    art = article("The department said the plan “would work well”. Later, the department said “it was a disaster”.")
    rows = [r for r in score_corpus([art], by="outlet", voice="quoted") if r.kind == "source"]
    assert [r.name.split(" in ")[0] for r in rows] == ['"The department"']  # shown as first written
