"""Issue 16, the first hour of a new user: files anywhere, outputs checked first, names that say what they hold."""

import csv
import io
import json
import shutil

from paths import SEEDS

from mediadiff.cli import main


def run(runner, *args, **kwargs):
    return runner.invoke(main, [str(a) for a in args], **kwargs)


def seed(number: str):
    return next(SEEDS.glob(f"{number}_*"))


def test_files_and_stdin_work_in_a_folder_without_a_corpus(runner, tmp_path, monkeypatch):
    shutil.copy(seed("001"), tmp_path / "a.txt")
    shutil.copy(seed("003"), tmp_path / "b.txt")
    monkeypatch.chdir(tmp_path)  # no ./seeds here
    result = run(runner, "compare", "a.txt", "b.txt")
    assert result.exit_code == 0, result.output
    assert "REWORDED" in result.output
    piped = run(runner, "show", "-", input=seed("004").read_text(encoding="utf-8"))
    assert piped.exit_code == 0 and piped.output.startswith("stdin")
    mixed = run(runner, "compare", "-", "b.txt", "--format", "csv", input=(tmp_path / "a.txt").read_text())
    rows = list(csv.DictReader(io.StringIO(mixed.output)))
    assert rows and {r["a_id"] for r in rows} == {"stdin"} and {r["b_id"] for r in rows} == {"b"}
    assert run(runner, "score", "a.txt").exit_code == 0


def test_empty_stdin_is_a_one_line_error(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(runner, "show", "-", input="")
    assert result.exit_code == 1 and "standard input is empty" in result.output


def test_existing_charts_are_refused_before_the_comparison_is_printed(runner, tmp_path):
    (tmp_path / "compare-001-003-statuses.png").write_bytes(b"old")
    result = run(runner, "compare", "001", "003", "--corpus", SEEDS, "--charts", tmp_path)
    assert result.exit_code == 1
    assert "already exists" in result.output and "REWORDED" not in result.output
    assert (tmp_path / "compare-001-003-statuses.png").read_bytes() == b"old"


def test_chart_names_say_which_articles_they_hold(runner, tmp_path):
    assert run(runner, "chart", "sentiment", "003", "004", "--corpus", SEEDS, "--out", tmp_path).exit_code == 0
    assert (tmp_path / "sentiment-by-outlet-003-004.png").is_file()
    assert not (tmp_path / "sentiment-by-outlet.png").exists()
    # the corpus-wide chart does not collide with it
    assert run(runner, "chart", "sentiment", "--corpus", SEEDS, "--out", tmp_path).exit_code == 0
    assert (tmp_path / "sentiment-by-outlet.png").is_file()


def test_chart_kind_errors_read_as_english(runner):
    result = run(runner, "chart", "alignment-map", "001", "003", "004", "--corpus", SEEDS)
    assert result.exit_code == 1 and "an alignment-map chart needs exactly two articles" in result.output


def test_compare_csv_for_two_and_for_many(runner):
    two = list(csv.DictReader(io.StringIO(run(runner, "compare", "001", "003", "--corpus", SEEDS,
                                              "--format", "csv").output)))
    assert {r["status"] for r in two} >= {"reworded", "dropped", "added"}
    for row in two:
        matched = row["a_sentences"] and row["b_sentences"]
        assert bool(row["similarity"]) == bool(matched) and row["confidence"]
    many = list(csv.DictReader(io.StringIO(run(runner, "compare", "001", "003", "004", "--corpus", SEEDS,
                                               "--format", "csv").output)))
    assert many and set(many[0]) >= {"fact", "text", "article_count", "001", "003", "004"}
    # the facts' sentences are counted from 1, as in the two-article CSV and the text report
    as_json = json.loads(run(runner, "compare", "001", "003", "004", "--corpus", SEEDS, "--format", "json").output)
    first = as_json["facts"][0]
    assert many[0]["001"] == ";".join(str(i + 1) for i in first["sentences"]["001"])


def test_markdown_and_html_compare_carry_the_summary(runner):
    markdown = run(runner, "compare", "001", "003", "--corpus", SEEDS, "--format", "markdown").output
    assert "## Summary" in markdown and "shared facts in its lead" in markdown
    assert "words it adds to shared facts" in markdown
    header = next(line for line in markdown.splitlines() if line.startswith("| status"))
    similarity = header.split(" | ").index("similarity")
    for line in markdown.splitlines():
        if line.startswith(("| dropped", "| added")):
            assert line.split(" | ")[similarity] == "—"  # no closest-match score under "similarity"
    html = run(runner, "compare", "001", "003", "--corpus", SEEDS, "--format", "html").output
    assert "<h3>Summary</h3>" in html and "shared facts in its lead" in html


def test_event_report_names_each_pair_and_compares_every_pair(runner, tmp_path):
    assert run(runner, "report", "001", "003", "004", "--corpus", SEEDS, "--out", tmp_path).exit_code == 0
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert "## 001 (Latin Times) vs 003" in headings and "## 003 vs 004" in headings
    assert "## 001 (Latin Times) vs 004" in headings
    assert len(headings) == len(set(headings))
    facts = [line.split(" | ")[0].lstrip("| ") for line in markdown.split("## Coverage", 1)[1].splitlines()
             if line.startswith("| ") and "✓" in line]
    assert facts and all(fact.rstrip().endswith((".", "”", '"', "’", ")")) for fact in facts)  # whole sentences
    # Every pair the report aligns has its own charts, linked from the Markdown (only the first pair had any).
    for pair in ("001-003", "001-004", "003-004"):
        for kind in ("statuses", "alignment-map"):
            assert (tmp_path / f"compare-{pair}-{kind}.png").is_file()
            assert f"(./compare-{pair}-{kind}.png)" in markdown


def test_a_report_refuses_an_existing_chart_of_any_pair_before_writing(runner, tmp_path):
    (tmp_path / "compare-003-004-statuses.png").write_bytes(b"mine")
    result = run(runner, "report", "001", "003", "004", "--corpus", SEEDS, "--out", tmp_path)
    assert result.exit_code != 0 and "compare-003-004-statuses.png" in result.output
    assert (tmp_path / "compare-003-004-statuses.png").read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["compare-003-004-statuses.png"]


def test_list_and_score_count_words_the_same_way(runner):
    import json

    listed = {r["id"]: r["word_count"] for r in json.loads(run(runner, "list", "--corpus", SEEDS, "--format", "json").output)["articles"]}
    scored = json.loads(run(runner, "score", "--corpus", SEEDS, "--voice", "all", "--format", "json").output)["rows"]
    by_article = {r["article_id"]: r["word_count"] for r in scored if r["kind"] == "article"}
    assert listed == by_article


def test_one_word_definition():
    from mediadiff.models import count_words

    assert count_words("U.S. officials don't see a narco-terrorist — “threat” in 3.5%") == 9


def test_group_and_voices_refuse_existing_charts_before_printing(runner, tmp_path):
    for name, args in (("event-similarity", ["group"]), ("who-gets-the-floor", ["voices"])):
        (tmp_path / f"{name}.png").write_bytes(b"old")
        result = run(runner, *args, "--corpus", SEEDS, "--charts", tmp_path)
        assert result.exit_code == 1 and "already exists" in result.output
        assert len([line for line in result.output.splitlines() if line.strip()]) == 1, result.output


def test_chart_usage_names_kind_once_and_the_help_lists_every_kind(runner):
    from mediadiff.cli.compare import CHART_KINDS

    usage = runner.invoke(main, ["chart", "--help"]).output
    assert "chart [OPTIONS] KIND [ARTICLE_IDS]..." in usage and "{statuses" not in usage
    assert all(kind in " ".join(usage.split()) for kind in CHART_KINDS)
    wrong = runner.invoke(main, ["chart", "pie"])
    assert wrong.exit_code == 2 and "Invalid value for 'KIND': 'pie' is not one of" in wrong.output


def test_stdin_is_decoded_like_a_file_and_binary_stdin_is_refused(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cp1252 = run(runner, "show", "-", input="Café owners said the résumé was fine.\n".encode("cp1252"))
    assert cp1252.exit_code == 0 and "Café owners said the résumé was fine." in cp1252.stdout
    assert "standard input is not UTF-8; decoded as cp1252" in cp1252.stderr
    binary = run(runner, "show", "-", input=b"\x00\x01\x02binary\x00\x00")
    assert binary.exit_code == 1 and "standard input: binary file, not text" in binary.output


def test_group_leaves_out_metadata_columns_no_article_has(runner, tmp_path):
    story = "Senators voted on the funding bill on Tuesday after a long debate over border security money."
    for k in range(3):
        (tmp_path / f"plain-file-named-by-a-long-slug-number-{k}.txt").write_text(
            f"{story} Speaker {k} said the vote was close.\n", encoding="utf-8")
    table = run(runner, "group", "--corpus", tmp_path, env={"COLUMNS": "100"}).output
    header = next(line for line in table.splitlines() if line.strip().startswith("id "))
    assert header.split() == ["id", "cohesion", "title", "(or", "first", "words)"]
    seeds = run(runner, "group", "--corpus", SEEDS).output  # some seeds have an outlet and a date
    assert all("outlet" in line and "published" in line for line in seeds.splitlines() if line.strip().startswith("id "))


def test_a_report_of_six_articles_says_which_pairs_it_aligns_and_how_to_align_the_others(runner, tmp_path):
    texts = {
        "court1": "The Supreme Court struck down the state's voting law on Monday in a 6-3 ruling.",
        "court2": "In a 6-3 ruling on Monday, the Supreme Court struck down the state's voting law.",
        "court3": "The state's voting law was struck down by the Supreme Court on Monday.",
        "debt1": "Congress raised the federal debt ceiling late on Friday, averting a default.",
        "debt2": "Lawmakers raised the federal debt ceiling on Friday night, avoiding a default.",
        "pubs": "Pubs in the village will close early on Sundays from next month.",
    }
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    result = run(runner, "report", "--corpus", corpus, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert "of the 15 pairs of its 6 articles" in result.output and "pubs shares no fact" in result.output
    markdown = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    (note,) = [line for line in markdown.splitlines() if "of the 15 pairs" in line]
    assert "(court1–court2, court1–court3, debt1–debt2)" in note  # each with the one it shares most facts with
    assert "for example: `mediadiff compare court1 debt1`, with the same --corpus" in note
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "for example: <code>mediadiff compare court1 debt1</code>, with the same --corpus" in html


def test_stdin_beyond_the_size_limit_of_a_file_is_refused_in_one_line(runner, tmp_path, monkeypatch):
    # Read no further than the limit: an endless pipe (`yes | mediadiff show -`) must not fill memory.
    from mediadiff.corpus.params import MAX_FILE_BYTES

    monkeypatch.chdir(tmp_path)
    line = b"The council said on Monday that the budget passed.\n"
    result = run(runner, "show", "-", input=line * (MAX_FILE_BYTES // len(line) + 1))
    assert result.exit_code == 1 and "limit for one article" in result.output and "Traceback" not in result.output
    assert run(runner, "show", "-", input=line * 3).exit_code == 0
