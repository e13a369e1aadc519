"""A new user's corpus that is not the seeds: stubs beside articles, twin file names, output folders
that cannot be written and narrow tables, end to end."""

from __future__ import annotations

import json
import re

import pytest

from mediadiff.cli import main

BRIDGE = ("Officials said the bridge would reopen on Monday after months of repairs.\n"
          "The mayor said the repairs cost four million dollars.\n"
          "Residents complained about the delays for weeks.\n")


def run(runner, *args, **kwargs):
    return runner.invoke(main, [str(a) for a in args], **kwargs)


def bridge_corpus(folder, *, stub=True):
    """Three reports of one event and, with ``stub``, a page that holds no body sentence."""
    folder.mkdir()
    (folder / "001_a.txt").write_text(BRIDGE, encoding="utf-8")
    (folder / "002_b.txt").write_text(BRIDGE.replace("Monday", "Tuesday").replace("weeks", "months"),
                                      encoding="utf-8")
    (folder / "003_c.txt").write_text(BRIDGE.replace("four", "five"), encoding="utf-8")
    if stub:
        (folder / "004_comments.txt").write_text("Comments\nJohn: great\nMary: no\n", encoding="utf-8")
    return folder


def test_an_article_without_body_is_left_out_of_coverage_chart_report_and_compare(runner, tmp_path):
    corpus = bridge_corpus(tmp_path / "corpus")
    chart = run(runner, "chart", "coverage", "--corpus", corpus, "--out", tmp_path / "charts")
    assert chart.exit_code == 0, chart.output
    # A page that yields no article sentence but a headline is read (a headline file is a text); the chart
    # leaves it out, saying why.
    assert "internal error" not in chart.output and "004 has no body sentences" in chart.stderr
    assert [p.name for p in (tmp_path / "charts").glob("*.png")] == ["coverage-001-002-003.png"]
    report = run(runner, "report", "--corpus", corpus, "--out", tmp_path / "report")
    assert report.exit_code == 0, report.output
    assert (tmp_path / "report" / "report.html").is_file()
    first = run(runner, "compare", "--corpus", corpus, "--charts", tmp_path / "compare")
    assert first.exit_code == 0, first.output
    # The existing chart is found before the work, so a refused run prints no matrix.
    again = run(runner, "compare", "--corpus", corpus, "--charts", tmp_path / "compare")
    assert again.exit_code == 1 and "already exists; use --force" in again.stderr and again.stdout == ""


@pytest.mark.parametrize("command", [["compare", "001", "002"], ["score"], ["voices"], ["group"]])
def test_an_output_folder_that_cannot_be_made_is_refused_before_the_work(runner, tmp_path, command):
    corpus = bridge_corpus(tmp_path / "corpus", stub=False)
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    result = run(runner, *command, "--corpus", corpus, "--charts", tmp_path / "a-file" / "charts")
    assert result.exit_code == 1, result.output
    assert result.stdout == "" and "Traceback" not in result.output
    assert "a-file is not a folder" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "not a folder"


def test_files_that_differ_only_in_their_extension_are_both_read(runner, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "008_bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (corpus / "008_bridge.md").write_text("---\noutlet: Daily\n---\n" + BRIDGE, encoding="utf-8")
    listed = run(runner, "list", "--corpus", corpus, "--format", "json")
    assert listed.exit_code == 0, listed.output
    assert sorted(a["id"] for a in json.loads(listed.stdout)["articles"]) == ["008_bridge.md", "008_bridge.txt"]
    assert "skipped" not in listed.stderr
    compared = run(runner, "compare", "008_bridge.txt", "008_bridge.md", "--corpus", corpus)
    assert compared.exit_code == 0 and "kept 3" in compared.stdout


def test_narrow_tables_keep_outlet_names_readable(runner, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, outlet in (("001", "The Guardian"), ("002", "The Hill"), ("003", "The Daily Caller")):
        title = "A very long headline about the bridge that reopened after months of repairs " + number
        (corpus / f"{number}_x.md").write_text(f"---\ntitle: {title}\noutlet: {outlet}\n---\n{BRIDGE}",
                                               encoding="utf-8")
    for command in (["list"], ["group"]):
        result = run(runner, *command, "--corpus", corpus, env={"COLUMNS": "100"})
        assert result.exit_code == 0, result.output
        for outlet in ("The Guardian", "The Hill", "The Daily Caller"):
            assert outlet in result.stdout, (command, result.stdout)
        assert max(map(len, result.stdout.splitlines())) <= 100



def test_invisible_characters_in_file_names_stay_out_of_ids(runner, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "\u202eabc_1.txt").write_text(BRIDGE, encoding="utf-8")
    (corpus / "a\u200bb_2.txt").write_text(BRIDGE.replace("Monday", "Friday"), encoding="utf-8")
    listed = run(runner, "list", "--corpus", corpus, "--format", "json")
    assert sorted(a["id"] for a in json.loads(listed.stdout)["articles"]) == ["ab", "abc"]
    for shown_id in ("abc", "ab"):  # the ids the list prints can be typed back
        result = run(runner, "show", shown_id, "--corpus", corpus)
        assert result.exit_code == 0 and result.stdout.startswith(shown_id + " "), result.output


def test_voices_words_add_up_to_the_words_list_counts(runner, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "001_x.txt").write_text(
        "The U.S. mayor — in a rare move — said the bridge would reopen on Monday.\n"
        "“It is a 3.5 million dollar job – and it's done,” she said.\n"
        "Critics, however, said the repairs were “far too slow” for residents.\n", encoding="utf-8")
    listed = json.loads(run(runner, "list", "--corpus", corpus, "--format", "json").stdout)["articles"]
    voices = json.loads(run(runner, "voices", "--corpus", corpus, "--format", "json").stdout)["outlets"]
    assert voices[0]["attributed_word_count"] > 0
    assert voices[0]["own_word_count"] + voices[0]["attributed_word_count"] == listed[0]["word_count"]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_a_manifest_saved_by_a_spreadsheet_is_read_in_its_encoding(runner, tmp_path, encoding):
    corpus = bridge_corpus(tmp_path / "corpus", stub=False)
    (corpus / "manifest.csv").write_text("id,outlet\n001,Süddeutsche Zeitung\n", encoding=encoding)
    result = run(runner, "list", "--corpus", corpus, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"][0]["outlet"] == "Süddeutsche Zeitung"
    assert ("manifest.csv is not UTF-8" in result.stderr) == (encoding != "utf-8-sig")


def test_group_headings_keep_id_and_count_on_one_line_in_a_narrow_terminal(runner):
    from paths import SEEDS

    result = run(runner, "group", "--corpus", SEEDS, env={"COLUMNS": "60"})
    headings = [line for line in result.stdout.splitlines() if re.match(r" {0,2}S\d+(\.\d+)?  ", line)]
    assert headings and all(re.search(r"\(\d+ articles?", line) and len(line) <= 60 for line in headings)


def test_a_csv_column_named_by_an_article_id_is_not_a_formula(runner, tmp_path):
    corpus = bridge_corpus(tmp_path / "corpus", stub=False)
    (corpus / "003_c.txt").rename(corpus / "=HYPERLINK(1)_c.txt")
    result = run(runner, "compare", "--corpus", corpus, "--format", "csv")
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0].split(",")
    assert "'=HYPERLINK(1)" in header and not any(cell.startswith("=") for cell in header)


def test_two_files_with_one_text_compare_as_all_kept_with_a_warning(runner, tmp_path):
    corpus = bridge_corpus(tmp_path / "corpus", stub=False)
    (corpus / "009_wire.txt").write_text(BRIDGE, encoding="utf-8")  # 001's text, syndicated
    result = run(runner, "compare", "001", "009", "--corpus", corpus)
    assert result.exit_code == 0, result.output
    assert "kept 3" in result.stdout and "001 and 009 have the same text" in result.stderr
    assert run(runner, "compare", "001", "001", "--corpus", corpus).exit_code == 1


def test_a_publication_date_grouping_cannot_read_is_named_in_a_warning(runner, tmp_path):
    corpus = bridge_corpus(tmp_path / "corpus", stub=False)
    # "04/03/2021" is 3 April or 4 March, and nothing in the file says which (figuredates: "04/26/2021" is read)
    (corpus / "manifest.csv").write_text("id,published\n001,04/03/2021\n002,2021-04-26T10:00:00Z\n",
                                         encoding="utf-8")
    result = run(runner, "list", "--corpus", corpus)
    assert result.exit_code == 0, result.output
    assert "published '04/03/2021' is not a YYYY-MM-DD date" in result.stderr
    assert "002" not in result.stderr


def test_a_missing_file_or_a_folder_named_as_an_article_says_so(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./seeds here
    (tmp_path / "folder").mkdir()
    missing = runner.invoke(main, ["compare", "nothere.txt", "other.txt"])
    assert missing.exit_code == 1 and missing.output.strip() == "Error: no such file: nothere.txt"
    folder = runner.invoke(main, ["show", "folder"])
    assert folder.exit_code == 1
    assert "folder is a folder, not an article; use --corpus folder" in folder.output


def test_glyphs_missing_from_the_chart_font_are_told_once(runner, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    for number, outlet in enumerate(("朝日新聞", "東京新聞")):
        (folder / f"{number}.json").write_text(json.dumps(
            {"outlet": outlet, "text": "The minister met the delegation in Geneva on Monday to discuss trade."},
            ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(main, ["chart", "sentiment", "--corpus", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Glyph" not in result.stderr  # matplotlib's one warning per character
    told = [line for line in result.stderr.splitlines() if "has no glyph for" in line]
    assert len(told) <= 1  # none where the font has the characters


def test_a_warning_shown_in_the_terminal_report_is_not_repeated_on_stderr(runner, tmp_path, monkeypatch):
    from mediadiff.cli import compare as compare_cli

    corpus = bridge_corpus(tmp_path / "corpus", stub=False)
    (corpus / "009_wire.txt").write_text(BRIDGE, encoding="utf-8")
    monkeypatch.setattr(compare_cli, "_stdout_is_terminal", lambda: True)
    on_screen = run(runner, "compare", "001", "009", "--corpus", corpus)
    assert on_screen.exit_code == 0, on_screen.output
    assert "warning: articles 001 and 009 have the same text" in on_screen.stdout
    assert "same text" not in on_screen.stderr
    as_json = run(runner, "compare", "001", "009", "--corpus", corpus, "--format", "json")
    assert "001 and 009 have the same text" in as_json.stderr


def test_list_of_long_file_names_fits_the_terminal_and_its_cut_ids_name_articles(runner, tmp_path):
    folder = tmp_path / "polnear"
    folder.mkdir()
    for name in ("huff-post_2016-09-27_hillary-clinton-goes-after-donal", "huff-post_2016-09-27_latinos-share-their"
                 "-most-honest-", "huff-post_2016-09-27_obama-power-plant-rules-face-key"):
        (folder / f"{name}.txt").write_text(BRIDGE, encoding="utf-8")
    listing = runner.invoke(main, ["list", "--corpus", str(folder)], env={"COLUMNS": "80"}).output
    rows = [line for line in listing.splitlines() if line.startswith("huff-post")]
    assert len(rows) == 3 and all(len(line) <= 80 for line in listing.splitlines())
    cut = rows[1].split()[0].removesuffix("…")
    shown = run(runner, "show", cut, "--corpus", folder)
    assert shown.exit_code == 0 and shown.output.startswith("huff-post_2016-09-27_latinos")


def test_a_story_of_one_article_says_so_when_compare_or_report_needs_two(runner, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "001_a.txt").write_text(BRIDGE, encoding="utf-8")
    (folder / "002_b.txt").write_text("The orchestra played a new symphony by a young composer on Friday.\n"
                                      "Critics praised the second movement.\n", encoding="utf-8")
    for args in (["compare", "--story", "S1"], ["report", "--event", "S1.1", "--out", tmp_path / "out"]):
        result = run(runner, *args, "--corpus", folder)
        assert result.exit_code == 1
        assert "needs at least two articles;" in result.output and " holds 1 (" in result.output
        assert "mediadiff group" in result.output
