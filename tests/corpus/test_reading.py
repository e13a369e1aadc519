import json
import os

import pytest

from mediadiff import (
    AmbiguousArticleId,
    ArticleNotFound,
    CorpusError,
    load_article,
    load_corpus,
)
from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.reading import default_corpus_path
from mediadiff.scale.stream import iter_articles


def body(article):
    return [s.text for s in article.sentences]


def reasons(article):
    return {(r.reason, r.text) for r in article.removed}


# --- the five seeds -------------------------------------------------------------------------------

def test_latin_times_outlet_comes_from_the_copyright_line(seeds):
    for article_id in ("000", "001"):
        article = seeds[article_id]
        assert article.outlet == "Latin Times"
        assert "inferred" in article.metadata_source["outlet"]
        assert not any("Latin Times" in s or "rights reserved" in s for s in body(article))
        assert any(r.reason == "copyright" for r in article.removed)


def test_002_metadata_and_repeated_headline(seeds):
    article = seeds["002"]
    title = "Sheinbaum Defends Cooperation with US, Points to Need for Their Action"
    assert article.sections == ("Politics", "Economy", "Country")
    assert article.published == "2026-01-16T19:22:08+00:00"
    assert article.title == title
    assert title not in body(article)
    assert ("repeated-headline", title) in reasons(article)


def test_003_wire_subheads_filed_under_and_duplicate(seeds):
    article = seeds["003"]
    assert article.wire == "EFE"
    sentences = body(article)
    for boilerplate in ("The version from Mexico", "No military intervention?", "Filed under: US demands Mexico"):
        assert boilerplate not in sentences
    assert not any("With information from" in s for s in sentences)
    repeated = "The United States made clear that incremental progress on border security challenges is unacceptable."
    assert sum(repeated in s for s in sentences) == 1
    duplicates = [r for r in article.removed if r.reason == "duplicate-sentence"]
    assert len(duplicates) == 1 and repeated in duplicates[0].text


def test_004_title_subheads_and_reader_comments(seeds):
    article = seeds["004"]
    assert article.title == "US Issues Firm Demand for Tangible Results"
    sentences = body(article)
    assert "High-Level Discussions and Mexican Response" not in sentences
    assert "Continued Cooperation and Future Engagements" not in sentences
    assert [c.author for c in article.comments] == ["Coccinella", "Muchacho", "ZmeeLove", "Habibi", "Comandante"]
    assert article.comments[1].text == "This sounds like bullying. Mexico isn't a US puppet state."
    for comment in article.comments:
        assert comment.text and not any(comment.text.startswith(s) or s in comment.text for s in sentences)
        assert article.raw[comment.start : comment.end].startswith(comment.text.split()[0])
    assert not any("5 Comments" in s for s in sentences)


def test_sentences_and_removed_text_keep_offsets_into_the_file(seeds):
    for article in seeds:
        for part in (*article.sentences, *article.removed):
            assert article.raw[part.start : part.end] == part.text


# --- ids and resolution ---------------------------------------------------------------------------

def test_ids_prefixes_and_paths_resolve(seeds):
    assert seeds.ids == ("000", "001", "002", "003", "004")
    assert seeds["004"].id == "004"
    assert seeds[seeds["003"].path].id == "003"
    with pytest.raises(AmbiguousArticleId) as error:
        seeds["00"]
    assert "000" in str(error.value) and "004" in str(error.value)
    with pytest.raises(ArticleNotFound):
        seeds["999"]


def test_files_sharing_an_outlet_prefix_keep_their_whole_names(tmp_path):
    # PolNeAR-style names: the part before "_" is the outlet, not the article.
    for day in ("2016-10-01", "2016-10-02"):
        (tmp_path / f"breitbart_{day}.txt").write_text(f"Trump spoke in Ohio on {day}. He said little.\n")
    (tmp_path / "007_abc.txt").write_text("Clinton spoke in Iowa. She said more.\n")
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ("007", "breitbart_2016-10-01", "breitbart_2016-10-02")
    assert not [w for w in corpus.warnings if "already used" in w]
    streamed = [a.id for a in iter_articles(tmp_path)]
    assert streamed == list(corpus.ids)


def test_corpus_location_option_then_environment_then_seeds(monkeypatch, tmp_path):
    assert str(default_corpus_path()) == "seeds"
    monkeypatch.setenv("MEDIADIFF_CORPUS", str(tmp_path))
    assert default_corpus_path() == tmp_path
    assert str(default_corpus_path("elsewhere")) == "elsewhere"


# --- manifest and other formats -------------------------------------------------------------------

def test_manifest_fills_and_overrides_metadata(tmp_path):
    (tmp_path / "010_a.txt").write_text("Headline Here\nThe mayor said the bridge will reopen.\n© 2024 Daily Bugle.\n")
    (tmp_path / "manifest.csv").write_text("id,outlet,url,published\n010,The Planet,https://x.test/a,2024-05-01\n")
    article = load_corpus(tmp_path)["010"]
    assert article.outlet == "The Planet"  # the manifest wins over the copyright line
    assert article.metadata_source["outlet"] == "manifest"
    assert article.url == "https://x.test/a" and article.published == "2024-05-01"
    assert article.title == "Headline Here"


def test_manifest_in_toml(tmp_path):
    (tmp_path / "011.txt").write_text("The council voted on Monday.\n")
    (tmp_path / "manifest.toml").write_text('[[article]]\nid = "011"\noutlet = "Gazette"\n')
    assert load_corpus(tmp_path)["011"].outlet == "Gazette"


def test_markdown_front_matter_and_heading(tmp_path):
    path = tmp_path / "020_story.md"
    path.write_text("---\noutlet: Wire Daily\ndate: 2025-03-02\n---\n# Storm hits coast\n\nWinds reached 120 km/h. Ten homes lost power.\n")
    article = load_article(path)
    assert (article.id, article.outlet, article.published, article.title) == (
        "020", "Wire Daily", "2025-03-02", "Storm hits coast")
    assert body(article) == ["Winds reached 120 km/h.", "Ten homes lost power."]


def test_json_lines_records_like_news_please(tmp_path):
    records = [
        {"title": "A", "maintext": "The port reopened on Friday. Ships queued.", "source_domain": "a.test",
         "date_publish": "2025-01-02 10:00:00", "url": "https://a.test/1"},
        {"title": "B", "text": "Officials denied the report.", "outlet": "B News"},
    ]
    (tmp_path / "030_feed.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ("030-1", "030-2")
    assert corpus["030-1"].outlet == "a.test" and body(corpus["030-1"]) == ["The port reopened on Friday.", "Ships queued."]
    assert corpus["030-2"].metadata_source["outlet"] == "json field"


def test_html_text_is_extracted(tmp_path):
    paragraph = "The city council approved the new budget on Tuesday after a long debate about school funding."
    html = ("<html><head><title>Budget passes</title><meta property='og:site_name' content='Town Herald'></head>"
            f"<body><nav>Home | Sports</nav><article><h1>Budget passes</h1><p>{paragraph}</p>"
            f"<p>{paragraph.replace('Tuesday', 'Wednesday')}</p></article></body></html>")
    (tmp_path / "040.html").write_text(html)
    article = load_corpus(tmp_path)["040"]
    assert paragraph in body(article)
    assert not any("Home | Sports" in s for s in body(article))


def test_cleaning_a_string_directly():
    article = clean_text("Title Line\nOne fact. Two facts.\nWith information from AP\n", article_id="x", path="-")
    assert (article.title, article.wire, body(article)) == ("Title Line", "AP", ["One fact.", "Two facts."])


def test_title_case_first_line_with_a_full_stop_is_the_headline():
    # Archives such as PolNeAR store headlines as sentences: "... Bad Optics." opening the file.
    text = ("Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.\n\n"
            "The New York Post reports that she was taken to a hospital.\n")
    article = clean_text(text, article_id="x", path="-")
    # The archive's full stop is no part of the title; an abbreviation's is.
    assert article.title == "Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics"
    assert [s.text for s in article.sentences] == ["The New York Post reports that she was taken to a hospital."]
    article = clean_text("Senate Passes Trade Bill With the U.S.\n\nThe vote was close.\n", article_id="x", path="-")
    assert article.title == "Senate Passes Trade Bill With the U.S."


def test_title_case_headline_whose_full_stop_sits_inside_a_closing_quote():
    text = ("Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’\n\n"
            "Hillary Clinton’s campaign has asked the moderator to fact check Donald Trump.\n")
    article = clean_text(text, article_id="x", path="-")
    assert article.title == "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’"
    assert [s.text for s in article.sentences] == [
        "Hillary Clinton’s campaign has asked the moderator to fact check Donald Trump."]


def test_a_short_lede_in_sentence_case_stays_in_the_body():
    for first in ("Clinton and Sanders trade low blows.", "Polls Close Early. Counting Begins Tonight."):
        article = clean_text(f"{first}\n\nVoters waited for hours on Tuesday.\n", article_id="x", path="-")
        assert article.title is None
        assert article.sentences[0].text.startswith(first.split(".")[0])


def test_title_case_sentence_later_in_the_text_is_body():
    text = "Polls close\n\nVoters waited.\n\nNew Polls Show Double-Digit Gaps in Republican Contest.\n"
    article = clean_text(text, article_id="x", path="-")
    assert article.title == "Polls close"
    assert article.sentences[-1].text == "New Polls Show Double-Digit Gaps in Republican Contest."


# --- bad input ------------------------------------------------------------------------------------

def test_missing_and_empty_folders_raise_one_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match="no article files"):
        load_corpus(tmp_path)


def test_unreadable_files_are_skipped_with_warnings(tmp_path):
    (tmp_path / "001_ok.txt").write_text("A fine sentence about the flood.\n")
    (tmp_path / "002_empty.txt").write_text("")
    (tmp_path / "003_binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "004_latin1.txt").write_bytes("Le ministre a parlé à Québec.\n".encode("cp1252"))
    (tmp_path / "005_big.txt").write_bytes(b"word " * 300)
    corpus = load_corpus(tmp_path, max_bytes=1000)
    assert corpus.ids == ("001", "004")
    joined = " ".join(corpus.warnings)
    assert "002_empty.txt: empty file" in joined and "003_binary.txt: binary" in joined
    assert "005_big.txt" in joined and "limit" in joined
    assert "not UTF-8" in joined and "parlé" in corpus["004"].sentences[0].text


def test_a_folders_own_files_are_skipped_but_slugs_starting_with_their_names_are_articles(tmp_path):
    text = "Police expand licence plate cameras\n\nThe council voted on Monday to expand the cameras.\n"
    for name in ("README.md", "LICENSE.txt", "readme.en.md", "manifest.json", "licence-plate-cameras_guardian.txt",
                 "manifest-commitments_bbc.txt", "readme-first_nyt.txt"):
        (tmp_path / name).write_text(text)
    assert load_corpus(tmp_path).ids == ("licence-plate-cameras", "manifest-commitments", "readme-first")


def test_only_unreadable_files_is_an_error(tmp_path):
    (tmp_path / "001.txt").write_text("")
    with pytest.raises(CorpusError, match="no readable articles"):
        load_corpus(tmp_path)


def test_many_files_load(tmp_path):
    for number in range(300):
        (tmp_path / f"{number:05d}_x.txt").write_text(f"Story number {number} happened today. It was short.\n")
    corpus = load_corpus(tmp_path)
    assert len(corpus) == 300 and corpus["00299"].sentences[0].text == "Story number 299 happened today."


def test_a_file_path_loads_as_a_corpus_of_one(seeds):
    corpus = load_corpus(seeds["001"].path)
    assert corpus.ids == ("001",)
    assert os.path.basename(corpus["001"].path).startswith("001_")


def test_articles_and_events_pickle_for_worker_processes(seeds):
    import pickle

    from mediadiff.models import Event

    article = seeds["002"]
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article and copy.metadata_source["title"] == "headline line"
    event = Event("E1", "label", ("002",), {"002": 1.0})
    assert pickle.loads(pickle.dumps(event)).cohesion["002"] == 1.0


def test_a_folder_whose_articles_sit_in_subfolders_says_so(tmp_path):
    for outlet in ("cnn", "fox"):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "a.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match="subfolders are not read, and cnn, fox hold article files"):
        load_corpus(tmp_path)

