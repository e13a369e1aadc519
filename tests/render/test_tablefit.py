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


SCORE_HEADERS = ["row", "sents", "words", "tone", "±sd", "neg", "neu", "pos", "hedge", "boost", "attr", "cert",
                 "readers"]


def score_rows(names):
    return [[name, 8 + i, 143, "+0.05", "0.13", "12%", "38%", "50%", "1.40", "0.00", f"{i}.25", "0.70", "-0.07"]
            for i, name in enumerate(names)]


def test_a_table_too_wide_for_one_line_a_row_is_split_into_blocks_led_by_its_first_column():
    # Thirteen columns of counts cannot fit 50 columns; re-wrapped by the caller, each row ran onto two
    # lines with its columns lost. Blocks of columns, each led by the row's name, keep every value.
    rows = score_rows(["000 (Latin Times)", "001 (Latin Times)", "004 comments"])
    text = fit_table(rows, SCORE_HEADERS, width=50, keep=SCORE_HEADERS[1:])
    lines = text.splitlines()
    assert all(display_width(line) <= 50 for line in lines)
    blocks = text.split("\n\n")
    assert len(blocks) >= 2
    assert all(block.splitlines()[0].split()[0] == "row" for block in blocks)
    assert all(len(block.splitlines()) == 2 + len(rows) for block in blocks)  # one line a row in each
    headers = [h for block in blocks for h in block.splitlines()[0].split()]
    assert [h for h in headers if h != "row"] == SCORE_HEADERS[1:]  # every column once, in order
    assert all(f"{i}.25" in text for i in range(len(rows)))
    # where one line a row fits, the table is one block as before
    assert "\n\n" not in fit_table(rows, SCORE_HEADERS, width=120, keep=SCORE_HEADERS[1:])


def test_blocks_are_chosen_over_a_table_that_would_show_different_names_alike():
    # At 60 columns the outlets were cut to "Was…" three times: the table fitted but named no row.
    names = ["Washington Post", "Washington Times", "Washington Examiner", "The Daily Wire", "The Guardian"]
    text = fit_table(score_rows(names), SCORE_HEADERS, width=60, keep=SCORE_HEADERS[1:])
    assert all(display_width(line) <= 60 for line in text.splitlines())
    assert all(text.count(name) == text.count("\n\n") + 1 for name in names)  # whole, in every block


def test_a_table_that_fits_but_names_two_rows_alike_is_split_so_each_name_reads_apart():
    # At 100 columns score --voice quoted cut two sources of one article to "U.S. Stat…003…" each.
    names = ["U.S. State Department in 003 (outlet unknown)",
             "U.S. State Department's Bureau of Western Hemisphere Affairs in 003 (outlet unknown)",
             "Claudia Sheinbaum in Latin Times"]
    text = fit_table(score_rows(names), SCORE_HEADERS, width=100, keep=SCORE_HEADERS[1:])
    assert all(display_width(line) <= 100 for line in text.splitlines())
    for block in text.split("\n\n"):
        firsts = [line.split("  ")[0] for line in block.splitlines()[2:]]
        assert len(set(firsts)) == len(names)  # every row named apart in every block
    # names that read apart stay in one table
    assert "\n\n" not in fit_table(score_rows(["Marco Rubio in Latin Times", "Claudia Sheinbaum in Latin Times"]),
                                   SCORE_HEADERS, width=100, keep=SCORE_HEADERS[1:])


def test_blocks_repeat_every_column_that_names_a_row():
    # A row of score --by actor is an actor in an outlet: a block led by the actor alone showed
    # "Joe Biden +0.31" and "Joe Biden +0.17" with no outlet.
    headers = ["actor", "outlet", "mentions", "tone", "±sd", "neg", "neu", "pos"]
    rows = [[actor, outlet, 1, "+0.31", "0.00", "0%", "0%", "100%"]
            for actor in ("Democrat President Joe Biden's Supreme Court Commission", "Democrats", "Joe Biden")
            for outlet in ("Wall Street Journal", "Washington Post", "Washington Examiner")]
    text = fit_table(rows, headers, width=50, keep=("mentions", "tone"), prefer=("actor", "outlet"), lead=2)
    assert all(display_width(line) <= 50 for line in text.splitlines())
    assert all(block.split()[:2] == ["actor", "outlet"] for block in text.split("\n\n"))


def test_shorten_apart_parts_each_name_from_its_nearest_twin():
    # Each cut name keeps where it parts from the nearest name that would read the same; found from its
    # neighbours in sorted order (all pairs were compared: quadratic in a column of similar names).
    from mediadiff.render.tablefit import shorten_apart

    names = ["U.S. State Department in 003", "U.S. State Department's Bureau in 003", "U.S. Customs in 003",
             "U.S. State Department in 004", "Claudia Sheinbaum in Latin Times", "U.S. State Department in 003"]
    cut = shorten_apart(names, 20)
    assert cut[0] == cut[5]  # one name, one text
    assert len({c for c, n in zip(cut, names)}) == len(set(names))  # different names read apart
    assert all(len(c) <= 20 for c in cut)
    many = [f"Outlet number {i} of the Washington Press Group" for i in range(3000)]
    assert len(set(shorten_apart(many, 24))) == len(many)


def test_no_blocks_when_the_blocks_would_not_fit_either():
    # ids kept whole are wider than the terminal leaves beside them: blocks would wrap each row twice over
    rows = [[f"breitbart-{k}-a-very-long-article-id-from-a-real-corpus", f"{k / 10:.2f}", f"Title number {k}"]
            for k in range(5)]
    table = fit_table(rows, ["id", "cohesion", "title"], width=54, keep=["id", "cohesion"])
    assert "\n\n" not in table  # one table, not blocks


def test_a_lead_column_left_out_as_empty_is_no_longer_counted_as_leading():
    table = fit_table([[None, "-", "x", 1]], ["actor", "outlet", "t", "tone"], width=10, keep=["outlet"], lead=3)
    assert table.splitlines()[-1].split() == ["x", "1"]
