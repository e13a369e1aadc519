"""Broken and hostile corpus files: each costs a warning (or itself), never the corpus or the run."""

import json

import pytest
from paths import write_corpus

from mediadiff import load_corpus
from mediadiff.corpus.named import resolve_articles
from mediadiff.corpus.reading import load_articles

STORY = ("The minister met the delegation in the capital on Monday to discuss trade and security.\n"
         "Both sides agreed to meet again next month, officials said.\n")


def corpus_with(tmp_path, files):
    return load_corpus(write_corpus(tmp_path / "corpus", {"001_good.txt": STORY, **files}))


@pytest.mark.parametrize("name, content, reason", [
    ("002.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("003.json", '{"text": "x", "title": ' + "[" * 50_000 + "]" * 50_000 + "}", "nested too deeply"),
    ("004.json", "{not json", "invalid JSON"),
    ("005.txt", b"\x00\x01\x02binary\xff\xfe\x00", "binary"),
])
def test_unreadable_files_are_skipped_with_a_warning(tmp_path, name, content, reason):
    corpus = corpus_with(tmp_path, {name: content})
    assert corpus.ids == ("001",)
    assert any(name in w and reason in w for w in corpus.warnings), corpus.warnings


def test_wrong_typed_json_fields_are_dropped_with_a_warning(tmp_path):
    records = [
        {"id": "a", "text": STORY, "title": int("9" * 90), "sections": 5},
        {"id": "b", "text": STORY, "sections": True, "outlet": {"name": "x"}},
        {"id": "c", "text": STORY, "title": 1.5, "sections": ["World", 3]},
    ]
    body = "[" + ", ".join(json.dumps(r) for r in records)[:-1] + ', "huge": ' + "7" * 5000 + "}]"
    corpus = corpus_with(tmp_path, {"002.json": body})
    assert corpus.ids == ("001", "a", "b", "c")
    assert corpus["a"].title == "9" * 90 and corpus["a"].sections == ()
    assert corpus["b"].sections == () and corpus["b"].outlet is None
    assert corpus["c"].title == "1.5" and corpus["c"].sections == ("World", "3")
    assert any("sections should be text or a list" in w for w in corpus.warnings)
    assert any("outlet should be text, not an object" in w for w in corpus.warnings)


def test_a_five_thousand_digit_title_is_kept_as_text(tmp_path):
    text = json.dumps(STORY)
    corpus = corpus_with(tmp_path, {"002.json": f'{{"text": {text}, "title": {"8" * 5000}}}'})
    assert corpus["002"].title == "8" * 5000


def test_a_bad_json_lines_record_loses_only_its_line(tmp_path):
    lines = [json.dumps({"id": "a", "text": STORY}), "[" * 100_000, "{broken", json.dumps({"id": "b", "text": STORY})]
    corpus = corpus_with(tmp_path, {"002.jsonl": "\n".join(lines)})
    assert corpus.ids == ("001", "a", "b")
    assert sum("002.jsonl line" in w for w in corpus.warnings) == 2


def test_ids_lose_nul_bytes_and_control_characters(tmp_path):
    corpus = corpus_with(tmp_path, {"002.json": json.dumps({"id": "x\x00y\x1b[2J", "text": STORY}),
                                    "003.json": json.dumps({"id": ["a"], "text": STORY})})
    assert "x y" in corpus.ids and "003" in corpus.ids
    assert all(ch.isprintable() for article_id in corpus.ids for ch in article_id)


def test_control_characters_in_text_are_blanked_and_offsets_stay_valid(tmp_path):
    corpus = corpus_with(tmp_path, {"002.txt": "\x1b]0;owned\x07The minister \x1b[2Jspoke on Monday.\n" + STORY})
    article = corpus["002"]
    assert "\x1b" not in article.raw and "\x07" not in article.raw
    # The whole sequence goes, not only its ESC: no "[2Jspoke" or "owned" left as words.
    assert " ".join(article.sentences[0].text.split()) == "The minister spoke on Monday."
    for sentence in article.sentences:
        assert article.raw[sentence.start:sentence.end] == sentence.text


def test_a_stray_escape_character_loses_only_itself():
    from mediadiff.corpus.encoding import blank_controls, clean_field

    # An ESC that opens no complete sequence (no terminator, no final byte) must not blank the text after it.
    assert blank_controls("Met.\x1bPrime Minister Keir Starmer said.\nNext.") == \
        "Met. Prime Minister Keir Starmer said.\nNext."
    assert blank_controls("up 2%\x1b[ and fell") == "up 2% [ and fell"
    assert clean_field("\x1bPost Media Group") == "Post Media Group"
    assert clean_field("Title \x1b[1;31mred\x1b]0;owned\x07 text") == "Title red text"


@pytest.mark.parametrize("manifest_name, manifest, warning", [
    ("manifest.toml", "article = 'x'\n", "should be a list of tables"),
    ("manifest.toml", "article = [1, 2]\n", "not a table"),
    ("manifest.toml", "title = 'x'\n[001]\noutlet = 'Paper'\n", "not [id] tables"),
    ("manifest.csv", "name,outlet\n001,Paper\n", "has no id column"),
    ("manifest.csv", "id,outlet,colour\n001,Paper,red\n", "'colour' not used"),
    ("manifest.csv", "id,outlet\n001,Paper\n999,Ghost\n", "match no article: '999'"),
])
def test_manifest_problems_are_warned_not_fatal(tmp_path, manifest_name, manifest, warning):
    corpus = corpus_with(tmp_path, {manifest_name: manifest})
    assert corpus.ids == ("001",)
    assert any(warning in w for w in corpus.warnings), corpus.warnings


@pytest.mark.parametrize("encoding, note", [("utf-16", "UTF-16 (byte order mark)"),
                                            ("utf-16-le", "UTF-16-LE (no byte order mark)"),
                                            ("utf-16-be", "UTF-16-BE (no byte order mark)"),
                                            ("utf-32", "UTF-32 (byte order mark)")])
def test_utf16_and_utf32_files_are_read_not_skipped(tmp_path, encoding, note):
    corpus = corpus_with(tmp_path, {"002.txt": ("Café owners met the minister in Zürich on Monday.\n" + STORY)
                                    .encode(encoding)})
    assert corpus["002"].sentences[0].text.startswith("Café owners")
    assert any("002.txt" in w and note in w for w in corpus.warnings), corpus.warnings


@pytest.mark.parametrize("text, encoding", [("Café au lait à Genève.", "latin-1"),
                                            ("He said “no” – café costs €5 in Zürich.", "cp1252")])
def test_short_western_text_is_read_as_cp1252_before_any_guess(tmp_path, text, encoding):
    corpus = corpus_with(tmp_path, {"002.txt": (text + "\n").encode(encoding)})
    assert corpus["002"].raw.strip() == text
    assert any("002.txt is not UTF-8; decoded as cp1252" in w for w in corpus.warnings), corpus.warnings


def test_mixed_utf8_and_latin1_lines_keep_the_utf8_right(tmp_path):
    data = "Zürich talks “resume” on Monday.\n".encode() + "Café owners in Genève agreed.\n".encode("latin-1")
    corpus = corpus_with(tmp_path, {"002.txt": data})
    assert corpus["002"].raw == "Zürich talks “resume” on Monday.\nCafé owners in Genève agreed.\n"
    assert any("UTF-8 with 1 line(s) decoded as cp1252" in w for w in corpus.warnings)


def test_cyrillic_single_byte_text_is_not_taken_for_cp1252(tmp_path):
    text = "Президент заявил, что переговоры продолжатся в Москве на следующей неделе.\n" * 3
    corpus = corpus_with(tmp_path, {"002.txt": text.encode("cp1251")})
    assert "Президент" in corpus["002"].raw


@pytest.mark.parametrize("markdown", [
    "---\r\ntitle: Talks resume\r\noutlet: Paper\r\n---\r\n",
    "---\ntitle: Talks resume\noutlet: Paper\n",  # unclosed
])
def test_front_matter_with_crlf_or_unclosed_is_read(tmp_path, markdown):
    corpus = corpus_with(tmp_path, {"002.md": markdown + STORY})
    article = corpus["002"]
    assert (article.title, article.outlet) == ("Talks resume", "Paper")
    assert not any("---" in s.text or "title:" in s.text for s in article.sentences)


def test_empty_front_matter_never_becomes_the_title(tmp_path):
    corpus = corpus_with(tmp_path, {"002.md": "---\n---\n# Talks resume\n" + STORY})
    assert corpus["002"].title == "Talks resume"


def test_unclosed_front_matter_is_named_in_a_warning(tmp_path):
    corpus = corpus_with(tmp_path, {"002.md": "---\ntitle: Talks resume\n" + STORY})
    assert any("002.md" in w and "not closed" in w for w in corpus.warnings)


def test_reports_mediadiff_wrote_are_not_read_back_as_articles(tmp_path):
    corpus = corpus_with(tmp_path, {
        "report.html": '<!DOCTYPE html><html><head><meta name="generator" content="mediadiff"></head>'
                       f"<body><p>{STORY}</p></body></html>",
        "report.md": '<!-- <meta name="generator" content="mediadiff"> -->\n# mediadiff report\n' + STORY,
    })
    assert corpus.ids == ("001",)
    assert sum("written by mediadiff" in w for w in corpus.warnings) == 2


@pytest.mark.parametrize("ref", ["x" * 100_000, "a\x00b", "a\x00b.txt", "../" * 2000 + "x.txt"])
def test_odd_references_are_not_found_rather_than_crashing(tmp_path, ref):
    from mediadiff import ArticleNotFound

    corpus = corpus_with(tmp_path, {})
    with pytest.raises(ArticleNotFound) as raised:
        resolve_articles(corpus, [ref])
    assert len(str(raised.value)) < 400


def test_load_articles_of_one_bad_file_raises_a_mediadiff_error(tmp_path):
    from mediadiff import MediadiffError

    path = tmp_path / "x.json"
    path.write_text("[" * 100_000)
    with pytest.raises(MediadiffError, match="nested too deeply"):
        load_articles(path)


def _soup(items: int) -> str:
    # An old page's items, each opening tags it never closes: the parser nests every item inside the one before.
    return ("<html><head><title>Council budget</title></head><body>"
            + "".join(f"<div><font size=2>item {k} " for k in range(items))
            + f"<p>{STORY}</p></body></html>")


def test_a_page_of_unclosed_tags_deeper_than_the_parsers_limit_keeps_its_story(tmp_path):
    # 200 items nest 400 levels deep, past libxml2's 256: its story was dropped without a word.
    corpus = corpus_with(tmp_path, {"002.html": _soup(200)})
    assert "delegation" in corpus["002"].raw and corpus["002"].title == "Council budget"


def test_a_page_nested_past_any_limit_is_skipped_saying_so(tmp_path):
    corpus = corpus_with(tmp_path, {"002.html": _soup(1100)})
    assert corpus.ids == ("001",)
    assert any("002.html" in w and "nested" in w for w in corpus.warnings), corpus.warnings


def test_text_with_a_few_stray_nul_bytes_is_read_without_them(tmp_path):
    # It was skipped whole as binary; a damaged copy of an article is still the article.
    damaged = STORY.replace("delegation", "dele\x00gation").replace("officials", "\x00officials").encode()
    corpus = corpus_with(tmp_path, {"002_damaged.txt": damaged})
    assert corpus.ids == ("001", "002")
    assert "delegation" in corpus["002"].raw and "\x00" not in corpus["002"].raw
    assert "002_damaged.txt: 2 NUL bytes dropped" in corpus.warnings


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + b"story text " * 20,  # NULs in runs
    b"\x7fELF\x02\x01\x01\x00" + b"said the minister \x01\x02\x03\x00" * 20,  # other control bytes throughout
    b"x\x00" * 50 + b"x",  # NULs in plenty
])
def test_a_binary_file_is_skipped_with_a_warning_naming_it(tmp_path, content):
    corpus = corpus_with(tmp_path, {"002_image.txt": content})
    assert corpus.ids == ("001",)
    assert "skipped 002_image.txt: binary file, not text" in corpus.warnings


def test_show_reads_stray_nul_bytes_and_refuses_a_binary_file(runner, tmp_path):
    from mediadiff.cli import main

    (tmp_path / "a.txt").write_bytes(b"Talks\n\nThe minister\x00 said the talks would resume.\n")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00\x00\x01binary\xff")
    text = runner.invoke(main, ["show", str(tmp_path / "a.txt")])
    assert text.exit_code == 0 and "a.txt: 1 NUL byte dropped" in text.output
    binary = runner.invoke(main, ["show", str(tmp_path / "b.txt")])
    assert binary.exit_code == 1 and binary.output.strip() == "Error: skipped b.txt: binary file, not text"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_read_as_unix_ones(tmp_path, newline):
    # A file of lone carriage returns (classic Mac OS) was one line: its headline ran into the first sentence.
    text = "Talks resume\n\n" + STORY
    (tmp_path / "unix").mkdir(), (tmp_path / "other").mkdir()
    unix = corpus_with(tmp_path / "unix", {"002_a.txt": text})["002"]
    other = corpus_with(tmp_path / "other", {"002_a.txt": text.replace("\n", newline).encode()})["002"]
    assert other.title == unix.title == "Talks resume"
    assert [s.text for s in other.sentences] == [s.text for s in unix.sentences]


def test_front_matter_with_old_mac_line_ends_is_read(tmp_path):
    markdown = "---\rtitle: Talks resume\routlet: Daily\r---\r\r" + STORY.replace("\n", "\r")
    corpus = corpus_with(tmp_path, {"002_a.md": markdown.encode()})
    assert (corpus["002"].title, corpus["002"].outlet) == ("Talks resume", "Daily")
