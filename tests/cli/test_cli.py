"""The command line end to end, through click's CliRunner (and as its own process where that matters)."""

import json
import subprocess
import sys

from paths import SEEDS

from mediadiff.cli import main


def run(runner, *args, **kwargs):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


def assert_one_line_error(result, *fragments):
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    for fragment in fragments:
        assert fragment in lines[0]


def test_list_shows_every_seed_with_metadata(runner):
    result = run(runner, "list", "--corpus", SEEDS, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for expected in ("000", "001", "002", "003", "004", "Latin Times", "EFE", "2026-01-16",
                     "US Issues Firm Demand for Tangible Results"):
        assert expected in result.output


def test_list_json_rows(runner):
    rows = json.loads(run(runner, "list", "--corpus", SEEDS, "--format", "json").output)["articles"]
    by_id = {row["id"]: row for row in rows}
    assert by_id["004"]["comment_count"] == 5 and by_id["003"]["wire"] == "EFE"
    assert by_id["002"]["sections"] == ["Politics", "Economy", "Country"]
    assert all(row["sentence_count"] > 0 and row["word_count"] > 0 for row in rows)


def test_counts_are_named_count_and_lists_are_lists_in_every_command_json(runner):
    listed = json.loads(run(runner, "list", "--corpus", SEEDS, "--format", "json").output)["articles"]
    shown = json.loads(run(runner, "show", "004", "--corpus", SEEDS, "--format", "json").output)
    compared = json.loads(run(runner, "compare", "001", "003", "--corpus", SEEDS, "--format", "json").output)
    row = next(r for r in listed if r["id"] == "004")
    assert not {"sentences", "words"} & (set(row) | set(shown)) and "comments" not in row
    assert shown["sentence_count"] == row["sentence_count"] == len(shown["body"])
    assert shown["comment_count"] == row["comment_count"] == len(shown["comments"])
    assert shown["word_count"] == row["word_count"] > 0
    assert all(isinstance(a["sentence_count"], int) and "sentences" not in a for a in compared["articles"])
    header = run(runner, "list", "--corpus", SEEDS, "--format", "csv").output.splitlines()[0].split(",")
    assert {"sentence_count", "comment_count", "word_count"} <= set(header)


def test_show_004_json_lists_the_five_comments(runner):
    data = json.loads(run(runner, "show", "004", "--corpus", SEEDS, "--format", "json").output)
    assert [c["author"] for c in data["comments"]] == ["Coccinella", "Muchacho", "ZmeeLove", "Habibi", "Comandante"]
    assert {r["reason"] for r in data["removed"]} >= {"headline", "subhead", "comment-header"}
    assert data["body"][0]["index"] == 0


def test_show_text_numbers_sentences_and_explains_what_was_set_aside(runner):
    output = run(runner, "show", "003", "--corpus", SEEDS).output
    assert "[ 1] The U.S. State Department demanded" in output
    assert "duplicate-sentence" in output and "wire-credit" in output and "subhead" in output


def test_corpus_comes_from_the_environment(runner, monkeypatch):
    monkeypatch.setenv("MEDIADIFF_CORPUS", str(SEEDS))
    assert "Latin Times" in run(runner, "list").output


def test_show_accepts_a_path(runner):
    path = next(SEEDS.glob("002_*"))
    assert "Sheinbaum Defends" in run(runner, "show", path, "--corpus", SEEDS).output


def test_unknown_and_ambiguous_ids_are_one_line_errors(runner):
    assert_one_line_error(run(runner, "show", "999", "--corpus", SEEDS), "no article '999'")
    assert_one_line_error(run(runner, "show", "00", "--corpus", SEEDS), "000", "004")


def test_missing_and_empty_corpus_are_one_line_errors(runner, tmp_path):
    assert_one_line_error(run(runner, "list", "--corpus", tmp_path / "missing"), "not found")
    assert_one_line_error(run(runner, "list", "--corpus", tmp_path), "no article files")


def test_skipped_files_warn_on_stderr_and_the_rest_is_listed(runner, tmp_path):
    (tmp_path / "001.txt").write_text("The dam held overnight.\n")
    (tmp_path / "002.txt").write_bytes(b"\x00\x00binary")
    result = run(runner, "list", "--corpus", tmp_path)
    assert result.exit_code == 0
    assert "001" in result.stdout and "warning: skipped 002.txt: binary" in result.stderr
    assert "warning" not in run(runner, "list", "--corpus", tmp_path, "--quiet").stderr


def test_a_command_on_named_articles_warns_only_about_them_and_the_corpus(runner, tmp_path):
    (tmp_path / "001.txt").write_bytes("Caf\u00e9 owners said the storm hit the town.\n".encode("cp1252"))
    (tmp_path / "002.txt").write_text("The dam held overnight, officials said.\n")
    (tmp_path / "003.txt").write_bytes(b"\x00\x00binary")
    other = run(runner, "show", "002", "--corpus", tmp_path)
    assert other.exit_code == 0
    assert "001.txt is not UTF-8" not in other.stderr  # a file that was not asked for
    assert "003.txt" not in other.stderr  # named ids read only their files: 003 was never read
    named = run(runner, "show", "001", "--corpus", tmp_path)
    assert "001.txt is not UTF-8" in named.stderr
    listed = run(runner, "list", "--corpus", tmp_path).stderr
    assert "001.txt is not UTF-8" in listed and "skipped 003.txt" in listed  # the whole corpus: every file


def test_every_command_is_documented(runner):
    top = run(runner, "--help").output
    for name, command in main.commands.items():
        assert name in top
        assert command.help and len(command.help.split()) >= 3
        assert run(runner, name, "--help").exit_code == 0


def test_score_by_outlet_has_reader_comments_as_their_own_row(runner):
    result = run(runner, "score", "--corpus", SEEDS, "--by", "outlet")
    assert result.exit_code == 0
    rows = [line.split("  ")[0] for line in result.output.splitlines()]
    assert "Latin Times" in rows and "004 comments" in rows


def test_score_by_sentence_json_gives_every_sentence_with_cue_spans(runner, seeds):
    data = json.loads(run(runner, "score", "--corpus", SEEDS, "--by", "sentence", "--format", "json").output)
    body = [s for s in data["sentences"] if s["comment"] is None]
    assert len(body) == sum(len(a.sentences) for a in seeds)
    for sentence in data["sentences"]:
        raw = seeds[sentence["article_id"]].raw
        for cue in sentence["cues"]:
            assert raw[cue["start"] : cue["end"]] == cue["text"]
    assert any(c["text"] == "paramount" for s in data["sentences"] for c in s["cues"])


def test_score_csv_has_a_header_and_one_line_per_row(runner):
    lines = run(runner, "score", "001", "002", "--corpus", SEEDS, "--format", "csv").output.strip().splitlines()
    assert lines[0].startswith("name,kind") and len(lines) == 3


def test_group_lists_labelled_groups_and_json(runner):
    text = run(runner, "group", "--corpus", SEEDS).output
    assert text.startswith("S1  ") and "\n  S1.1 " in text and "cohesion" in text
    stories = json.loads(run(runner, "group", "--corpus", SEEDS, "--format", "json").output)["stories"]
    members = sorted(i for g in stories for i in g["articles"])
    assert members == ["000", "001", "002", "003", "004"]
    assert all(g["id"] and g["label"] for g in stories)
    events = [e for g in stories for e in g["events"]]
    assert sorted(i for e in events for i in e["articles"]) == members
    assert all(e["id"].startswith(g["id"] + ".") for g in stories for e in g["events"])


def test_group_charts_need_force_to_overwrite(runner, tmp_path):
    first = run(runner, "group", "--corpus", SEEDS, "--charts", tmp_path)
    assert first.exit_code == 0 and (tmp_path / "event-similarity.png").stat().st_size > 0
    assert "wrote" in first.stderr
    again = run(runner, "group", "--corpus", SEEDS, "--charts", tmp_path)
    assert again.exit_code == 1 and "--force" in again.stderr and "Traceback" not in again.output
    assert run(runner, "group", "--corpus", SEEDS, "--charts", tmp_path, "--force").exit_code == 0


def test_score_event_selects_the_group_and_unknown_event_is_an_error(runner):
    result = run(runner, "score", "--corpus", SEEDS, "--event", "S1.1")
    assert result.exit_code == 0 and "004 comments" in result.output
    story = run(runner, "score", "--corpus", SEEDS, "--story", "S1").output
    assert "000 (Latin Times)" in story and "000 (Latin Times)" not in result.output  # S1.1 is one event of S1
    assert_one_line_error(run(runner, "score", "--corpus", SEEDS, "--event", "E42"), "no story or event 'E42'")


def test_score_charts_written(runner, tmp_path):
    result = run(runner, "score", "--corpus", SEEDS, "--by", "outlet", "--charts", tmp_path)
    assert result.exit_code == 0
    assert {p.name for p in tmp_path.iterdir()} == {
        "sentiment-by-outlet.png", "sentiment-by-outlet.json", "hedging-by-outlet.png", "hedging-by-outlet.json"}


# --- compare and report ---------------------------------------------------------------------------

def test_compare_two_articles_side_by_side(runner):
    result = run(runner, "compare", "003", "004", "--corpus", SEEDS, "--no-color")
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("A  003") and "B  004" in out
    assert "│" in out and "Summary" in out and "\x1b[" not in out
    assert any(line.startswith(("KEPT", "REWORDED")) for line in out.splitlines())


def test_compare_json_has_the_documented_shape_and_every_sentence(runner, seeds):
    data = json.loads(run(runner, "compare", "000", "002", "--corpus", SEEDS, "--format", "json").output)
    assert set(data) >= {"articles", "alignment", "quotes", "summary"}
    assert set(data["summary"]) >= {"kept_count", "reworded_count", "dropped_count", "added_count"}
    assert {"id", "outlet", "title", "published"} <= set(data["articles"][0])
    for row in data["alignment"]:
        assert {"status", "a", "b", "similarity"} <= set(row)
        assert row["status"] in ("kept", "reworded", "dropped", "added")
    a_texts = {row["a"] for row in data["alignment"] if row["a"]}
    b_texts = {row["b"] for row in data["alignment"] if row["b"]}
    assert all(any(s.text in t for t in a_texts) for s in seeds["000"].sentences)
    assert all(any(s.text in t for t in b_texts) for s in seeds["002"].sentences)


def test_compare_markdown_and_html(runner):
    markdown = run(runner, "compare", "003", "004", "--corpus", SEEDS, "--format", "markdown").output
    assert markdown.startswith("# 003") and "| status | A# | A | B# | B | similarity |" in markdown
    html = run(runner, "compare", "003", "004", "--corpus", SEEDS, "--format", "html").output
    assert html.startswith("<!DOCTYPE html>") and "<table class=alignment>" in html


def test_compare_three_articles_prints_a_coverage_matrix(runner):
    result = run(runner, "compare", "000", "003", "004", "--corpus", SEEDS)
    assert result.exit_code == 0 and "sentences in these facts (each counted once)" in result.output and "✓" in result.output


def test_compare_charts_written_and_protected(runner, tmp_path):
    first = run(runner, "compare", "001", "003", "--corpus", SEEDS, "--charts", tmp_path)
    assert first.exit_code == 0
    assert (tmp_path / "compare-001-003-statuses.png").stat().st_size > 0
    assert (tmp_path / "compare-001-003-alignment-map.json").stat().st_size > 0
    again = run(runner, "compare", "001", "003", "--corpus", SEEDS, "--charts", tmp_path)
    assert again.exit_code == 1 and "--force" in again.stderr


def test_compare_bad_input(runner, tmp_path):
    assert_one_line_error(run(runner, "compare", "003", "003", "--corpus", SEEDS), "twice")
    assert_one_line_error(run(runner, "compare", "003", "--corpus", SEEDS), "at least two")
    assert_one_line_error(run(runner, "compare", "003", "777", "--corpus", SEEDS), "no article '777'")
    (tmp_path / "001_en.txt").write_text("The president met the minister on Monday. They discussed trade and security.\n")
    (tmp_path / "002_es.txt").write_text("El presidente se reunió con el ministro el lunes. Hablaron de comercio y de la seguridad.\n")
    (tmp_path / "003_empty.txt").write_text("Only A Headline\n")
    mixed = run(runner, "compare", "001", "002", "--corpus", tmp_path)
    assert mixed.exit_code == 0 and "different languages" in mixed.stderr
    assert_one_line_error(run(runner, "compare", "001", "003", "--corpus", tmp_path),
                          "article 003 has no body sentences to compare")


def test_report_writes_html_markdown_and_charts(runner, tmp_path):
    out = tmp_path / "report"
    result = run(runner, "report", "001", "003", "004", "--corpus", SEEDS, "--out", out)
    assert result.exit_code == 0
    html = (out / "report.html").read_text()
    assert html.count("data:image/png;base64,") >= 4 and "<table class=alignment>" in html
    assert "<span class=\"hedge\"" in html or "<span class=\"booster\"" in html
    assert "Quotes in both articles" in html or "No quotation appears" in html
    markdown = (out / "report.md").read_text()
    assert "![" in markdown and "| status | A# | A | B# | B | similarity |" in markdown
    for line in result.output.splitlines():
        assert (out / line.removeprefix("wrote ").split("/")[-1]).exists()
    # Tone charts named for the report's articles, as score --charts names them (not the corpus's name).
    assert (out / "sentiment-by-outlet-001-003-004.png").is_file() and not (out / "sentiment-by-outlet.png").exists()
    assert run(runner, "report", "001", "003", "--corpus", SEEDS, "--out", out).exit_code == 1
    assert run(runner, "report", "001", "003", "--corpus", SEEDS, "--out", out, "--force").exit_code == 0


def test_chart_command_draws_each_kind(runner, tmp_path):
    for args in (["statuses", "003", "004"], ["alignment-map", "003", "004"], ["coverage", "000", "003", "004"],
                 ["sentiment"], ["hedging"], ["events"]):
        result = run(runner, "chart", *args, "--corpus", SEEDS, "--out", tmp_path)
        assert result.exit_code == 0, (args, result.output)
    assert len(list(tmp_path.glob("*.png"))) == 6 and len(list(tmp_path.glob("*.json"))) == 6
    assert_one_line_error(run(runner, "chart", "coverage", "003", "004", "--corpus", SEEDS, "--out", tmp_path),
                          "three or more")


def test_score_streams_jsonl_and_csv_with_jobs(runner, seeds):
    lines = run(runner, "score", "--corpus", SEEDS, "--format", "jsonl", "--by", "sentence").output.splitlines()
    records = [json.loads(line) for line in lines]
    assert len([r for r in records if r["comment"] is None]) == sum(len(a.sentences) for a in seeds)
    serial = run(runner, "score", "--corpus", SEEDS, "--format", "csv", "--by", "article").output
    parallel = run(runner, "score", "--corpus", SEEDS, "--format", "csv", "--by", "article", "--jobs", "2").output
    assert serial == parallel and serial.splitlines()[0].startswith("name,kind")


def test_score_option_combinations_that_cannot_work_are_usage_errors(runner):
    assert run(runner, "score", "--corpus", SEEDS, "--scheduler", "tcp://127.0.0.1:1").exit_code == 2
    assert run(runner, "score", "--corpus", SEEDS, "--format", "jsonl", "--by", "outlet").exit_code == 2


def test_group_reads_with_jobs_and_gives_the_same_groups(runner):
    serial = json.loads(run(runner, "group", "--corpus", SEEDS, "--format", "json").output)
    parallel = json.loads(run(runner, "group", "--corpus", SEEDS, "--format", "json", "--jobs", "2").output)
    assert serial == parallel


def test_group_scheduler_needs_the_dask_engine(runner):
    result = run(runner, "group", "--corpus", SEEDS, "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.output + result.stderr


def test_group_json_shows_the_story_threshold_it_used_after_calibration(runner, tmp_path):
    # Forty one-line snippets about forty different things share almost nothing by chance,
    # so the story threshold for full articles is lowered for them.
    topics = ["volcano", "harvest", "election", "tariff", "marathon", "satellite", "museum", "strike",
              "vaccine", "bridge", "glacier", "festival", "merger", "drought", "chess", "orchestra",
              "pipeline", "earthquake", "rocket", "wildfire", "budget", "heatwave", "railway", "copper",
              "referendum", "typhoon", "airline", "coral", "telescope", "bakery", "lottery", "pandas",
              "whale", "senate", "cricket", "diamond", "tunnel", "opera", "vineyard", "robot"]
    for k, topic in enumerate(topics):
        (tmp_path / f"{k:03d}.txt").write_text(f"{topic.title()} {k}.\nMore on the {topic}.\n")
    options = json.loads(run(runner, "group", "--corpus", tmp_path, "--format", "json").output)["options"]
    assert options["threshold_given"] == 0.25
    assert 0 < options["threshold"] < options["threshold_given"]
    seeds = json.loads(run(runner, "group", "--corpus", SEEDS, "--format", "json").output)["options"]
    assert seeds["threshold"] == seeds["threshold_given"] == 0.25  # full articles: not lowered


def test_compare_event_uses_the_grouping_options_given_to_group(runner):
    strict = json.loads(run(runner, "group", "--corpus", SEEDS, "--story-threshold", "0.45", "--format", "json").output)
    first = strict["stories"][0]
    assert strict["options"]["threshold"] == 0.45
    scored = run(runner, "score", "--corpus", SEEDS, "--story", first["id"], "--story-threshold", "0.45",
                 "--format", "json").output
    assert sorted(r["name"] for r in json.loads(scored)["rows"] if r["kind"] == "article") == sorted(first["articles"])


def test_corpus_before_the_command_is_that_command_s_corpus(runner, tmp_path):
    (tmp_path / "zz_one.txt").write_text("The council opened a new library on Monday.\n", encoding="utf-8")
    before = run(runner, "--corpus", tmp_path, "list", "--format", "json", env={"MEDIADIFF_CORPUS": str(SEEDS)})
    assert before.exit_code == 0, before.output
    assert [a["id"] for a in json.loads(before.output)["articles"]] == ["zz"]  # not $MEDIADIFF_CORPUS
    after = run(runner, "--corpus", tmp_path, "list", "--corpus", SEEDS, "--format", "json")
    assert "zz" not in [a["id"] for a in json.loads(after.output)["articles"]]  # the command's own wins


def test_the_command_line_process_ends_with_its_output_its_exit_functions_and_its_status():
    # Run as its own process the command ends it at once when done (cli._end_process), without Python's freeing
    # of each object: all the output is still written, the exit functions still run, last, and the status is kept.
    program = "import atexit; atexit.register(print, 'exit functions ran'); from mediadiff.cli import main; main()"

    def command(*args):
        return subprocess.run([sys.executable, "-c", program, *map(str, args)], capture_output=True, text=True,
                              timeout=120)

    compared = command("compare", "--corpus", SEEDS, "000", "001", "--format", "json")
    assert compared.returncode == 0, compared.stderr
    report, _, last = compared.stdout.rstrip().rpartition("\n")
    assert last == "exit functions ran" and json.loads(report)["summary"]
    refused = command("compare", "--corpus", SEEDS, "000", "nope")
    assert refused.returncode == 1 and "no article 'nope'" in refused.stderr
    assert refused.stdout == "exit functions ran\n"
    assert command("compare", "--bogus").returncode == 2


def test_python_dash_m_mediadiff_runs_the_command_line():
    ran = subprocess.run([sys.executable, "-m", "mediadiff", "--corpus", SEEDS, "list", "--format", "json"],
                         capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert [a["id"] for a in json.loads(ran.stdout)["articles"]] == ["000", "001", "002", "003", "004"]
    usage = subprocess.run([sys.executable, "-m", "mediadiff", "--bogus"], capture_output=True, text=True, timeout=60)
    assert usage.returncode == 2 and usage.stderr.startswith("Usage: mediadiff")
