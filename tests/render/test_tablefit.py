"""Tables that fit: what a table too wide at every floor gives up, and when."""

from mediadiff.render.tablefit import fit_table
from mediadiff.render.terminal import display_width


def test_a_table_too_wide_at_every_floor_leaves_out_columns_empty_in_every_row():
    headers = ["id", "outlet", "wire", "title", "published", "sections", "sents", "comments", "words"]
    rows = [["000", "Latin Times", None, None, None, None, 20, 0, 482],
            ["001", "Latin Times", None, "US demands results", None, None, 13, 0, 331]]
    text = fit_table(rows, headers, width=50, keep=["id", "sents", "comments", "words"], prefer=["title"])
    lines = text.splitlines()
    assert all(display_width(line) <= 50 for line in lines)
    assert "wire" not in lines[0] and "sections" not in lines[0]  # "-" in every row: nothing to say
    assert lines[2].split()[-3:] == ["20", "0", "482"]  # counts are never cut
    # where it fits, nothing is left out
    assert "wire" in fit_table(rows, headers, width=120, keep=["id"]).splitlines()[0]


def test_counts_headers_are_cut_only_when_the_table_then_fits_and_reads_apart():
    headers = ["source", "role", "quotes", "reported", "words", "share", "verbs", "loaded"]
    rows = [["Claudia Sheinbaum", "Mexican President", 9, 9, 145, "33%", "say 4, stress 2", 3],
            ["Tommy Pigott", "State Department deputy", 2, 1, 49, "11%", "note 1", 0]]
    keep = ["quotes", "reported", "words", "share", "loaded"]
    text = fit_table(rows, headers, width=50, keep=keep, prefer=["source"])
    assert all(display_width(line) <= 50 for line in text.splitlines())
    assert "rep…" in text.splitlines()[0] and "145" in text
    # two verbs lists that would both read "say…": the counts' headers alone are cut, the verbs stay
    rows[1][6] = "say 1"
    rows[0][6] = "say 2"
    text = fit_table(rows, headers, width=50, keep=keep, prefer=["source"])
    assert all(display_width(line) <= 50 for line in text.splitlines())
    assert "rep…" in text.splitlines()[0] and "say 2" in text and "say 1" in text
    # ...and where that is not enough, the table stays as it was, one line a row
    assert "reported" in fit_table(rows, headers, width=40, keep=keep, prefer=["source"]).splitlines()[0]
