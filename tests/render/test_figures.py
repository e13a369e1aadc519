"""Chart helpers shared by every chart (render/figures.py)."""

from mediadiff.render.figures import wrap_label


def test_a_label_breaks_at_spaces_and_a_long_file_name_at_its_separators():
    assert wrap_label("004 (outlet unknown)", 12) == "004 (outlet\nunknown)"
    lines = wrap_label("wash-post_2016-09-29_the-real-trump-showed-up-at-deba", 12).splitlines()
    assert all(len(line) <= 12 for line in lines)
    assert "".join(lines) == "wash-post_2016-09-29_the-real-trump-showed-up-at-deba"  # nothing lost or added
    assert lines[0] == "wash-post_"
    assert wrap_label("x" * 30, 12).splitlines() == ["x" * 12, "x" * 12, "x" * 6]


def test_two_outlets_of_one_chart_never_share_a_colour_the_corpus_reuses():
    from mediadiff.render.figures import colour_of, outlet_palette

    # Seventeen outlets reuse six colours: Associated Press and Detroit Free Press shared one, so a
    # report of their articles drew two outlets in one colour.
    corpus = outlet_palette(["Associated Press", "Axios", "BBC News", "CNBC", "CNN Business", "Daily Mail",
                             "Detroit Free Press", "Fox Business", "HuffPost", "New York Post", "The Guardian"])
    assert corpus["Associated Press"] == corpus["Detroit Free Press"]
    chart = ["Detroit Free Press", "Associated Press", "New York Post"]
    fills = [colour_of(k, corpus, chart) for k in chart]
    assert len(set(fills)) == 3
    assert fills == [colour_of(k, corpus, list(reversed(chart))) for k in chart]  # the same in every chart of them
    # outlets whose corpus colours differ keep them, so every chart of the corpus agrees
    assert [colour_of(k, corpus, ["Axios", "CNBC"]) for k in ("Axios", "CNBC")] == [corpus["Axios"], corpus["CNBC"]]
