"""Width, colour and tables of text output (mediadiff/render/terminal.py)."""

import io
import unicodedata

import pytest

from mediadiff.render.tablefit import fit_table
from mediadiff.render.terminal import (
    display_width,
    fit_lines,
    shorten,
    terminal_width,
    use_colour,
    visible,
    wrap,
)


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


INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
             "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u00ad", "\u2060", "\u061c"]


@pytest.mark.parametrize("char", INVISIBLE)
def test_invisible_and_bidi_characters_are_left_out_of_text_output(char):
    assert unicodedata.category(char) == "Cf"
    assert visible(f"Talks{char}{char} resume{char}") == "Talks resume"
    assert fit_lines([f"a{char}b"], 40) == ["ab"]


def test_joiners_inside_a_persian_word_or_an_emoji_are_kept():
    persian = "می\u200cخواهم"  # "I want": the non-joiner is part of its spelling
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert visible(persian) == persian and visible(family) == family
    assert visible("Daily\u200dNews") == "DailyNews"


def test_display_width_counts_wide_characters_twice_and_marks_not_at_all():
    assert display_width("plain") == 5
    assert display_width("東京電力") == 8
    assert display_width("ｆｕｌｌ") == 8  # full-width Latin
    assert display_width("Jose\u0301") == 4  # a combining accent
    assert display_width("“quoted”") == 8


def test_wrap_and_shorten_measure_display_columns_and_break_between_wide_characters():
    text = "东京电力公司周一宣布了重启核电站的计划，政府表示将进行安全审查。 Tokyo Electric said so."
    for width in (10, 17, 30):
        lines = wrap(text, width, first_indent="  [1] ", indent="      ")
        assert all(display_width(line) <= width for line in lines), lines
        assert "".join(line.strip().removeprefix("[1]").strip() for line in lines).replace(" ", "") == \
            text.replace(" ", "")  # nothing lost, nothing cut
    assert display_width(shorten("東京電力 公司 宣布", 9)) <= 9
    assert shorten("東京電力公司宣布", 7).endswith("…") and display_width(shorten("東京電力公司宣布", 7)) <= 7


def test_table_columns_line_up_with_wide_and_invisible_characters():
    rows = [["a1", "朝日新聞", "东京电力公司宣布核电站重启计划", 2],
            ["b2", "Daily\u200bNews", "Talks\u200b\u200b\u200b resume\u00ad\u00ad in Geneva\ufeff", 18],
            ["c3", "Plain", "Abc \u200fRLM\u200e and ｆｕｌｌ", 13]]
    for width in (100, 48):
        lines = fit_table(rows, ("id", "outlet", "title", "words"), width=width, align=["<", "<", "<", ">"]).splitlines()
        assert len({display_width(line) for line in lines[1:]}) == 1, lines  # right-aligned last column
        assert all(display_width(line) <= width for line in lines)
        assert not any(ch in line for line in lines for ch in INVISIBLE)


def test_a_wide_character_and_a_combining_mark_do_not_cancel_out():
    # 京 takes two columns and the accent none: as many columns as characters, yet not one each.
    lines = wrap("—bdh京“dghgh\u0301ggh““ —ddhgi", 16)
    assert all(display_width(line) <= 16 for line in lines), lines


def test_wrap_breaks_lines_where_textwrap_does():
    import random
    import textwrap

    rng = random.Random(7)
    for _ in range(300):  # words of up to 20 letters in lines of 30 to 40 columns: none is cut
        words = ["".join(rng.choice("abcé…") for _ in range(rng.choice([1, 2, 4, 9, 20]))) for _ in range(rng.randint(1, 12))]
        width, first, indent = rng.randint(30, 40), " " * rng.randint(0, 4), " " * rng.randint(0, 6)
        text = " ".join(words)
        expected = textwrap.wrap(text, width, initial_indent=first, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False)
        assert wrap(text, width, first_indent=first, indent=indent) == (expected if len(first + text) > width
                                                                        else [first + text])
    assert display_width("a│b “c” é") == 9


def test_a_table_too_wide_for_two_space_gaps_keeps_its_columns_with_one():
    # score's table: a name and twelve numeric columns that never shrink, at 80 columns.
    headers = ["row", "sents", "words", "tone", "±sd", "neg", "neu", "pos", "hedge", "boost", "attr", "cert",
               "readers"]
    rows = [["000 (Latin Times)", 20, 267, "-0.02", "0.19", "10%", "75%", "15%", "0.37", "0.00", "5.62", "0.74",
             "-0.08"], ["004 comments", 9, 69, "-0.07", "0.24", "33%", "56%", "11%", "1.45", "5.80", "12.75", "0.78",
                        "-"]]
    lines = fit_table(rows, headers, width=80, keep=headers[1:]).splitlines()
    assert all(len(line) <= 80 for line in lines)
    header, rule, *body = lines
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    assert len(starts) == len(headers)  # one run of dashes per column
    for line in (header, *body):
        assert all(line[i] != " " and (i == 0 or line[i - 1] == " ") for i in starts)  # each cell under its rule


def test_cut_names_that_would_read_the_same_keep_where_they_differ():
    from mediadiff.render.tablefit import shorten_apart

    names = ["CNN's Kaitlan Collins in Newsweek", "CNN's Kaitlan Collins in The Independent", "Joe Biden in Fox News"]
    short = shorten_apart(names, 21)
    assert len(set(short)) == 3 and all(len(s) <= 21 for s in short)
    assert short[0].endswith("Newsweek") and short[1].endswith("The Independent")
    assert short[2] == "Joe Biden in Fox News"  # fits: as written
    roles = shorten_apart(["the campaign's press secretary", "the architect of Obama's victory"], 12)
    assert roles == ["the campaig…", "the archite…"]  # they part early: cut inside the word, no second "…"
    ids = [f"huff-post_2016-09-27_{slug}-goes-on-and-on" for slug in ("hillary", "latinos", "obama")]
    assert len(set(shorten_apart(ids, 21))) == 3


def test_a_table_never_shows_two_different_rows_under_one_cut_name():
    from mediadiff.render.tablefit import fit_table

    rows = [[f"west-journal_2016-09-2{day}_{slug}", n] for day, slug, n in
            ((6, "popular-website-shows-bias", 1), (6, "rush-limbaugh-hillary-asking", 2), (8, "clinton", 3))]
    lines = fit_table(rows, ["row", "n"], width=30, keep=["n"]).splitlines()
    assert all(len(line) <= 30 for line in lines)
    names = [line.rsplit(None, 1)[0] for line in lines[2:]]
    assert len(set(names)) == 3
