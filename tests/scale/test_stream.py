"""Lazy corpus reading, streaming score records, CSV and JSON Lines writers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from paths import write_corpus

import mediadiff.scale.stream as stream
from mediadiff.corpus.reading import load_corpus
from mediadiff.models import CorpusError
from mediadiff.render.records import write_csv, write_jsonl
from mediadiff.scale.stream import iter_articles, score_records, stream_scores
from mediadiff.tone.scoring import score_article, score_corpus

STORY = "The council approved the budget on Monday. Critics said it may fall short.\n"


# --- iter_articles ------------------------------------------------------------------------------

def test_iter_articles_gives_what_load_corpus_gives(seeds):
    warnings: list[str] = []
    articles = list(iter_articles(seeds.root, on_warning=warnings.append))
    assert articles == list(seeds.articles)
    assert tuple(warnings) == seeds.warnings


def test_iter_articles_reads_one_file_at_a_time(tmp_path, monkeypatch):
    folder = write_corpus(tmp_path / "c", {f"{i:03}_x.txt": STORY for i in range(5)})
    read: list[str] = []
    original = stream.read_file_or_reason

    def counting(path, **options):
        read.append(Path(path).name)
        return original(path, **options)

    monkeypatch.setattr(stream, "read_file_or_reason", counting)
    articles = iter_articles(folder)
    assert read == []  # nothing is read before the first article is asked for
    assert next(articles).id == "000"
    assert read == ["000_x.txt"]
    assert [a.id for a in articles] == ["001", "002", "003", "004"]


def test_iter_articles_reports_skips_and_keeps_going(tmp_path):
    folder = write_corpus(tmp_path / "c", {
        "001_a.txt": STORY,
        "001_b.txt": "Another story with the same prefix.\n",
        "002_empty.txt": "",
        "003_binary.txt": b"\x00\x01\x02 not text",
        "004_ok.txt": STORY,
    })
    warnings: list[str] = []
    ids = [a.id for a in iter_articles(folder, on_warning=warnings.append)]
    # Two files share the prefix 001, so both keep their whole names rather than one being lost.
    assert ids == ["001_a", "001_b", "004"]
    assert warnings == [
        "skipped 002_empty.txt: empty file",
        "skipped 003_binary.txt: binary file, not text",
    ]


def test_iter_articles_without_a_callback_drops_warnings_quietly(tmp_path):
    folder = write_corpus(tmp_path / "c", {"001_a.txt": STORY, "002_empty.txt": ""})
    assert [a.id for a in iter_articles(folder)] == ["001"]


def test_iter_articles_uses_the_folder_manifest_unless_given_one(tmp_path):
    manifest = "id,outlet\n001,Daily Bugle\n"
    folder = write_corpus(tmp_path / "c", {"001_a.txt": STORY, "manifest.csv": manifest})
    assert next(iter_articles(folder)).outlet == "Daily Bugle"
    given = next(iter_articles(folder, manifest={"001": {"outlet": "The Planet"}}))
    assert given.outlet == "The Planet"
    assert given.metadata_source["outlet"] == "manifest"


def test_iter_articles_reads_a_single_file_and_honours_max_bytes(tmp_path):
    folder = write_corpus(tmp_path / "c", {"007_one.txt": STORY})
    assert [a.id for a in iter_articles(folder / "007_one.txt")] == ["007"]
    warnings: list[str] = []
    assert list(iter_articles(folder, max_bytes=10, on_warning=warnings.append)) == []
    assert "larger than" in warnings[0]


def test_iter_articles_fails_at_the_call_for_a_missing_or_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="corpus folder not found"):
        iter_articles(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match="no article files"):
        iter_articles(tmp_path / "empty")


# --- stream_scores ------------------------------------------------------------------------------

def test_article_records_are_scoring_rows_with_comments_as_scoring_gives_them(seeds):
    records = list(stream_scores(seeds, by="article"))
    expected = [r for a in seeds for r in score_article(a).to_records()]
    assert records == expected
    kinds = {r["kind"] for r in records}
    assert {"article", "comments", "comment"} <= kinds  # the seeds have reader comments
    assert all(r["kind"] != "outlet" for r in records)


def test_sentence_records_are_body_then_comment_sentences(seeds):
    records = list(stream_scores(seeds, by="sentence"))
    expected = [r for s in score_corpus(seeds, by="sentence", include_comments=True) for r in s.to_records()]
    assert records == expected
    assert any(r["comment"] is not None for r in records)
    assert set(records[0]) >= {"article_id", "index", "text", "compound", "label", "hedge_cues"}


def test_stream_scores_pulls_articles_only_as_records_are_asked_for(seeds):
    pulled: list[str] = []

    def articles():
        for article in seeds:
            pulled.append(article.id)
            yield article

    records = stream_scores(articles(), by="article")
    assert pulled == []
    first = next(records)
    assert pulled == [seeds.articles[0].id]
    assert first["article_id"] == seeds.articles[0].id


def test_stream_scores_refuses_levels_that_cannot_stream(seeds):
    with pytest.raises(ValueError, match="sentence, article"):
        stream_scores(seeds, by="outlet")


def test_score_records_of_one_article(seeds):
    article = seeds["001"]
    assert len(score_records(article, by="sentence")) >= len(article.sentences)
    assert score_records(article, by="article")[0]["name"] == article.label


# --- writers ------------------------------------------------------------------------------------

def test_write_csv_takes_its_header_from_the_first_record_and_writes_row_by_row():
    out = io.StringIO()
    seen_before_second: list[str] = []

    def records():
        yield {"id": "001", "score": 0.5, "cue": None}
        seen_before_second.append(out.getvalue())
        yield {"id": "002", "score": -0.25, "cue": "may", "extra": "dropped"}

    assert write_csv(records(), out) == 2
    assert seen_before_second == ["id,score,cue\n001,0.5,\n"]
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows == [{"id": "001", "score": "0.5", "cue": ""}, {"id": "002", "score": "-0.25", "cue": "may"}]


def test_write_csv_of_nothing_writes_nothing():
    out = io.StringIO()
    assert write_csv(iter(()), out) == 0
    assert out.getvalue() == ""


def test_write_jsonl_writes_one_object_a_line_keeping_unicode():
    out = io.StringIO()
    records = [{"text": "Señora “quoted”", "cues": ("may", "might")}, {"text": "b", "comment": None}]
    assert write_jsonl(records, out) == 2
    lines = out.getvalue().splitlines()
    assert "Señora “quoted”" in lines[0]
    assert [json.loads(line) for line in lines] == [
        {"text": "Señora “quoted”", "cues": ["may", "might"]}, {"text": "b", "comment": None},
    ]


def test_seed_scores_round_trip_through_csv(seeds):
    out = io.StringIO()
    count = write_csv(stream_scores(seeds, by="sentence"), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == count == len(list(stream_scores(load_corpus(seeds.root), by="sentence")))
    assert rows[0]["article_id"] == seeds.articles[0].id


def test_a_bad_streaming_option_is_a_mediadiff_error(seeds):
    from mediadiff.models import InvalidArgument, MediadiffError

    for options in ({"by": "actor"}, {"jobs": -3}, {"engine": "spark"}):
        with pytest.raises(InvalidArgument) as caught:
            list(stream_scores(iter(list(seeds)[:1]), **options))
        assert isinstance(caught.value, (MediadiffError, ValueError))
