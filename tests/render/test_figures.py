"""Chart helpers shared by every chart (render/figures.py)."""

from mediadiff.render.figures import wrap_label


def test_a_label_breaks_at_spaces_and_a_long_file_name_at_its_separators():
    assert wrap_label("004 (outlet unknown)", 12) == "004 (outlet\nunknown)"
    lines = wrap_label("wash-post_2016-09-29_the-real-trump-showed-up-at-deba", 12).splitlines()
    assert all(len(line) <= 12 for line in lines)
    assert "".join(lines) == "wash-post_2016-09-29_the-real-trump-showed-up-at-deba"  # nothing lost or added
    assert lines[0] == "wash-post_"
    assert wrap_label("x" * 30, 12).splitlines() == ["x" * 12, "x" * 12, "x" * 6]
