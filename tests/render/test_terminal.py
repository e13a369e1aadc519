"""Width, colour and tables of text output (mediadiff/render/terminal.py)."""

import io

from mediadiff.render.terminal import fit_lines, fit_table, shorten, terminal_width, use_colour, wrap


class Tty(io.StringIO):
    def isatty(self):
        return True


def test_colour_flag_beats_the_environment_and_the_terminal():
    assert use_colour(True, io.StringIO(), environ={"NO_COLOR": "1", "TERM": "dumb"})
    assert not use_colour(False, Tty(), environ={"FORCE_COLOR": "1"})


def test_no_color_and_force_color_beat_the_terminal():
    assert not use_colour(None, Tty(), environ={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert use_colour(None, io.StringIO(), environ={"FORCE_COLOR": "1", "TERM": "dumb"})
    assert not use_colour(None, io.StringIO(), environ={"FORCE_COLOR": "0"})


def test_dumb_terminal_and_pipes_get_no_colour():
    assert not use_colour(None, Tty(), environ={"TERM": "dumb"})
    assert not use_colour(None, io.StringIO(), environ={"TERM": "xterm-256color"})
    assert use_colour(None, Tty(), environ={"TERM": "xterm-256color"})


def test_width_comes_from_columns_else_100_for_pipes():
    assert terminal_width(io.StringIO(), environ={"COLUMNS": "132"}) == 132
    assert terminal_width(io.StringIO(), environ={}) == 100


def test_shorten_cuts_at_a_word_and_marks_the_cut():
    assert shorten("Sheinbaum Defends Cooperation with US", 20) == "Sheinbaum Defends…"
    assert shorten("short", 20) == "short"
    assert shorten("Supercalifragilistic", 8) == "Superca…"  # one word wider than the column


def test_wrap_keeps_words_whole_and_indents_continuations():
    lines = wrap("one two three four five six seven", 14, first_indent="[1] ", indent="    ")
    assert lines[0].startswith("[1] one") and all(line.startswith("    ") for line in lines[1:])
    assert all(len(line) <= 14 for line in lines)
    assert " ".join(" ".join(lines).replace("[1]", "").split()) == "one two three four five six seven"


def test_fit_lines_wraps_only_long_lines_and_splits_embedded_newlines():
    assert fit_lines(["short", "a\nb"], 10) == ["short", "a", "b"]
    assert all(len(line) <= 12 for line in fit_lines(["  words " * 5], 12))


def test_table_fits_the_width_shrinking_the_wide_columns_first():
    rows = [["001", "Latin Times", "A very long title that goes on and on about a call between ministers", 13],
            ["002", "EFE", "Short title", 7]]
    text = fit_table(rows, ("id", "outlet", "title", "sentences"), width=50, keep=("id", "sentences"))
    lines = text.splitlines()
    assert all(len(line) <= 50 for line in lines)
    assert "Latin Times" in text and "13" in lines[2] and "…" in lines[2]
    assert lines[2].split("  ")[2].strip().rstrip("…").split()[-1] in rows[0][2].split()  # cut between words


def test_table_keeps_natural_widths_when_they_fit():
    text = fit_table([["a", "b"]], ("x", "y"), width=200)
    assert text.splitlines() == ["x  y", "-  -", "a  b"]


def test_preferred_column_shrinks_last():
    rows = [["Politics, Economy, Country, World", "Sheinbaum Defends Cooperation with US"]]
    text = fit_table(rows, ("sections", "title"), width=50, prefer=("title",))
    assert "Sheinbaum Defends Cooperation with US" in text
