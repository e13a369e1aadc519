"""What a new user sees: colour when asked for, tables that fit, CSV where researchers want it."""

import csv
import io

from paths import SEEDS

from mediadiff.cli import main

ANSI = "\x1b["


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
    assert "Sheinbaum Defends…" in narrow or "Sheinbaum…" in narrow


def test_list_and_group_write_csv(runner):
    rows = list(csv.DictReader(io.StringIO(run(runner, "list", "--corpus", SEEDS, "--format", "csv").output)))
    assert [r["id"] for r in rows] == ["000", "001", "002", "003", "004"]
    assert rows[2]["sections"] == "Politics; Economy; Country"
    groups = list(csv.DictReader(io.StringIO(run(runner, "group", "--corpus", SEEDS, "--format", "csv").output)))
    assert {r["id"] for r in groups} == {"000", "001", "002", "003", "004"}
    assert all(r["story"] == "S1" and r["event"].startswith("S1.") and float(r["cohesion"]) > 0 for r in groups)
