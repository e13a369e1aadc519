"""What a new user sees: colour when asked for, tables that fit, CSV where researchers want it."""

import csv
import io
import json
import re

from click.testing import CliRunner
from paths import SEEDS

from mediadiff.cli import main

ANSI = "\x1b["
BODY = "The court ruled on Monday that the officers could not be sued. The vote was six to three."


def run(runner, *args, env=None):
    return runner.invoke(main, [str(a) for a in args], env=env or {}, catch_exceptions=False)


def test_color_flag_colours_even_through_a_pipe(runner):
    assert ANSI in run(runner, "compare", "001", "003", "--corpus", SEEDS, "--color").output
    assert ANSI not in run(runner, "compare", "001", "003", "--corpus", SEEDS).output


def test_force_color_and_no_color_from_the_environment(runner):
    forced = run(runner, "score", "004", "--by", "sentence", "--corpus", SEEDS, env={"FORCE_COLOR": "1"})
    assert ANSI in forced.output
    both = run(runner, "compare", "001", "003", "--corpus", SEEDS, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert ANSI not in both.output
    flag_wins = run(runner, "compare", "001", "003", "--corpus", SEEDS, "--color", env={"NO_COLOR": "1"})
    assert ANSI in flag_wins.output


def test_list_shows_whole_titles_on_a_wide_terminal_and_fits_a_narrow_one(runner):
    title = "Sheinbaum Defends Cooperation with US, Points to Need for Their Action"
    assert title in run(runner, "list", "--corpus", SEEDS, env={"COLUMNS": "200"}).output
    narrow = run(runner, "list", "--corpus", SEEDS, env={"COLUMNS": "80"}).output
    assert all(len(line) <= 80 for line in narrow.splitlines())
    # Beside eight columns a title would get a few characters ("Sheinbaum…"): it goes on a line under its row.
    row = next(k for k, line in enumerate(narrow.splitlines()) if line.startswith("002"))
    assert narrow.splitlines()[row + 1] == "     " + title
    assert "title" not in narrow.splitlines()[0]
    for columns in ("60", "50"):
        cramped = run(runner, "list", "--corpus", SEEDS, env={"COLUMNS": columns}).output
        assert all(len(line) <= int(columns) for line in cramped.splitlines())
        assert any(line.strip().startswith("Sheinbaum Defends") and line.endswith("…") and
                   title.startswith(line.strip()[:-1] + " ") for line in cramped.splitlines())  # cut between words


def test_list_cuts_a_title_column_between_words_with_one_ellipsis(runner, tmp_path):
    # Two titles alike in their first words: the id names the row, so each is cut at its end, never in the middle.
    for name, title in (("a", "Supreme Court sides with police officers in two qualified immunity cases"),
                        ("b", "Supreme Court sides with police officers seeking qualified immunity")):
        (tmp_path / f"{name}.json").write_text(json.dumps({"title": title, "outlet": "CNN", "text": BODY}))
    listing = run(runner, "list", "--corpus", tmp_path, env={"COLUMNS": "60"}).output
    at = listing.splitlines()[0].index("title")
    cells = [line[at:].split("  ")[0] for line in listing.splitlines()[2:4]]
    assert all(cell.count("…") == 1 and cell.endswith("…") for cell in cells), listing
    assert all(len(line) <= 60 for line in listing.splitlines())


def test_list_and_group_write_csv(runner):
    rows = list(csv.DictReader(io.StringIO(run(runner, "list", "--corpus", SEEDS, "--format", "csv").output)))
    assert [r["id"] for r in rows] == ["000", "001", "002", "003", "004"]
    assert rows[2]["sections"] == "Politics; Economy; Country"
    groups = list(csv.DictReader(io.StringIO(run(runner, "group", "--corpus", SEEDS, "--format", "csv").output)))
    assert {r["id"] for r in groups} == {"000", "001", "002", "003", "004"}
    assert all(r["story"] == "S1" and r["event"].startswith("S1.") and float(r["cohesion"]) > 0 for r in groups)


def _long_floats(text):
    # A number written with more decimals than the writers keep (strings of digits inside text excluded:
    # JSON strings are skipped by the caller, CSV cells are whole numbers or not).
    return re.findall(r"(?<![\w.])-?\d+\.\d{5,}(?![\w.])", text)


def test_json_csv_and_jsonl_round_floats_while_the_library_keeps_them(runner, seeds):
    from mediadiff.render.numbers import OUTPUT_DIGITS
    from mediadiff.tone.scoring import score_corpus

    outputs = {}
    for args in (("score", "000", "003", "--by", "outlet", "--format", "json"),
                 ("score", "000", "003", "--by", "outlet", "--format", "csv"),
                 ("score", "000", "--by", "sentence", "--format", "jsonl"),
                 ("score", "000", "--by", "sentence", "--format", "csv")):
        result = runner.invoke(main, [*args, "--corpus", str(SEEDS)])
        assert result.exit_code == 0, result.output
        outputs[args] = result.output
        assert not _long_floats(result.output), (args, _long_floats(result.output)[:3])
    written = json.loads(outputs[("score", "000", "003", "--by", "outlet", "--format", "json")])["rows"]
    rows = score_corpus([seeds["000"], seeds["003"]], by="outlet")
    full = [r.sentiment_mean for r in rows]
    assert [w["sentiment_mean"] for w in written] == [round(v, OUTPUT_DIGITS) for v in full]
    assert any(len(repr(v)) > OUTPUT_DIGITS + 3 for v in full)  # the dataclasses keep full precision


def test_show_counts_duplicate_sentences_after_the_first_few(runner, tmp_path):
    from mediadiff.render.articles import SHOWN_DUPLICATES

    sentences = [f"Sentence number {word} of the report says something about the talks."
                 for word in ("one", "two", "three", "four", "five")]
    path = tmp_path / "repeated.txt"
    path.write_text("\n".join(sentences * 4) + "\nThe end of the report came with a warning.", encoding="utf-8")
    hidden = 15 - SHOWN_DUPLICATES

    shown = run(runner, "show", path).output.split("Set aside")[1]
    assert shown.count("duplicate-sentence") == SHOWN_DUPLICATES
    assert f"{hidden} more duplicate sentences (15 in all; --all-duplicates lists them)" in shown

    every = run(runner, "show", path, "--all-duplicates").output.split("Set aside")[1]
    assert every.count("duplicate-sentence") == 15 and "more duplicate" not in every
    removed = json.loads(run(runner, "show", path, "--format", "json").output)["removed"]
    assert sum(r["reason"] == "duplicate-sentence" for r in removed) == 15


def test_show_lists_a_few_duplicates_without_a_count(runner, tmp_path):
    path = tmp_path / "twice.txt"
    path.write_text("The talks resumed in Geneva on Monday.\nThe talks resumed in Geneva on Monday.\n"
                    "Both sides said they were hopeful.", encoding="utf-8")
    output = run(runner, "show", path).output
    assert output.count("duplicate-sentence") == 1 and "more duplicate" not in output


def test_json_output_is_strict_json_even_for_an_infinite_window(runner):
    def refuse(constant):
        raise ValueError(f"not JSON: {constant}")

    result = run(runner, "group", "--corpus", SEEDS, "--window-days", "inf", "--format", "json")
    assert json.loads(result.output, parse_constant=refuse)["options"]["window_days"] is None


def test_output_in_a_latin_1_locale_is_utf_8_not_an_error():
    # A file or pipe in a latin-1 or Windows locale: curly quotes and Chinese ended the run with
    # "internal error: UnicodeEncodeError"; now they are written as UTF-8.
    result = CliRunner(charset="latin-1").invoke(main, ["show", "003", "--corpus", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "“" in result.stdout_bytes.decode("utf-8")


def test_a_latin_1_terminal_shows_what_it_cannot_encode_as_question_marks():
    from mediadiff.cli import _encodable

    class Terminal(io.TextIOWrapper):
        def isatty(self):
            return True

    terminal = Terminal(io.BytesIO(), encoding="latin-1")
    assert _encodable(terminal) == ("latin-1", "strict")
    terminal.write("“東京” é")
    terminal.flush()
    assert terminal.buffer.getvalue().decode("latin-1") == "???? é"


def test_score_says_so_when_no_row_has_a_hedge_or_booster(runner, tmp_path):
    (tmp_path / "a.txt").write_text("The council opened a new library on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A new library opened in the town on Monday.\n", encoding="utf-8")
    result = run(runner, "score", "--corpus", str(tmp_path))
    assert result.exit_code == 0, result.output
    lines = result.output.rstrip().splitlines()
    assert "Cue words that triggered" not in result.output  # no heading over an empty list
    assert lines[-1] == "No hedge or booster cue words in these rows."


def test_quoted_voice_charts_never_take_the_own_voice_charts_names(runner, tmp_path):
    quoted = run(runner, "score", "001", "003", "--corpus", SEEDS, "--by", "outlet", "--voice", "quoted",
                 "--charts", tmp_path)
    assert quoted.exit_code == 0, quoted.output
    assert {p.name for p in tmp_path.glob("*.png")} == {"sentiment-quoted-by-outlet-001-003.png",
                                                        "hedging-quoted-by-outlet-001-003.png"}


def test_score_by_sentence_says_what_its_cue_marks_mean(runner, tmp_path):
    (tmp_path / "a.txt").write_text("The plan may clearly fail. Officials said so.\n", encoding="utf-8")
    plain = run(runner, "score", "a", "--corpus", tmp_path, "--by", "sentence").output
    assert "⟨may⟩" in plain and "⟦clearly⟧" in plain
    assert plain.rstrip().splitlines()[-1].endswith("«attribution cue».")
    coloured = run(runner, "score", "a", "--corpus", tmp_path, "--by", "sentence", "--color").output
    assert "hedges yellow, boosters magenta" in " ".join(coloured.split()) and "⟨may⟩" not in coloured


def test_a_row_without_sentences_shows_no_shares(runner, tmp_path):
    # A file of one headline is skipped while reading; a record of a JSON collection keeps its place.
    records = [{"id": "h", "text": "Only A Headline Here"}, {"id": "x", "text": "The council approved the budget."}]
    (tmp_path / "both.json").write_text(json.dumps(records), encoding="utf-8")
    result = run(runner, "score", "--corpus", tmp_path, "--quiet")
    (row,) = [line.split() for line in result.output.splitlines() if line.startswith("h ")]
    assert row[1:9] == ["0", "0", "-", "-", "-", "-", "-", "0.00"]  # sents, words, tone, ±sd, neg, neu, pos


def test_score_warns_once_that_other_languages_are_scored_with_english_word_lists(runner, tmp_path):
    (tmp_path / "es.txt").write_text("El presidente anunció nuevas medidas contra el narcotráfico el lunes. "
                                     "La oposición criticó el plan.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("The president announced new measures against drug trafficking on Monday.\n",
                                     encoding="utf-8")
    for extra in ((), ("--by", "sentence", "--format", "csv")):  # the table and the streamed rows
        result = run(runner, "score", "--corpus", tmp_path, *extra)
        assert result.exit_code == 0
        warnings = [line for line in result.stderr.splitlines() if "English word lists" in line]
        assert len(warnings) == 1 and "es (es)" in warnings[0] and "en (" not in warnings[0]
    quiet = run(runner, "score", "--corpus", tmp_path, "--quiet")
    assert "English word lists" not in quiet.stderr


def _counts_not_named_count(value, where=""):
    """Keys of whole numbers that do not end in _count (ids and indices aside), anywhere in ``value``."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, int) and not isinstance(item, bool) and key != "id" and not key.endswith("_count"):
                found.append(f"{where}.{key}")
            found += _counts_not_named_count(item, f"{where}.{key}")
    elif isinstance(value, list):
        for item in value[:3]:
            found += _counts_not_named_count(item, f"{where}[]")
    return found


def test_compare_json_names_every_count_with_count(runner, tmp_path):
    two = json.loads(run(runner, "compare", "001", "003", "--corpus", SEEDS, "--format", "json").output)
    assert _counts_not_named_count(two["summary"], "summary") == []
    assert two["summary"]["a"]["sentence_count"] == two["articles"][0]["sentence_count"]
    assert two["summary"]["b"]["added_count"] == sum(len(r["b_indices"]) for r in two["alignment"]
                                                     if r["status"] == "added")
    run(runner, "compare", "001", "003", "--corpus", SEEDS, "--charts", tmp_path)
    statuses = json.loads((tmp_path / "compare-001-003-statuses.json").read_text(encoding="utf-8"))
    assert _counts_not_named_count(statuses) == []
    many = json.loads(run(runner, "compare", "000", "003", "004", "--corpus", SEEDS, "--format", "json").output)
    assert _counts_not_named_count({"articles": many["articles"], "facts": many["facts"]}) == []
    assert many["facts"][0]["article_count"] == sum(many["matrix"][0])
    rows = list(csv.DictReader(io.StringIO(run(runner, "compare", "000", "003", "004", "--corpus", SEEDS,
                                               "--format", "csv").output)))
    assert rows[0]["article_count"] == str(many["facts"][0]["article_count"])
