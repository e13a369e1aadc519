"""Safe output helpers: CSV cells, Markdown text, terminal text, file names and staged writes."""

import os

import pytest

from mediadiff.models import MediadiffError
from mediadiff.render.safe import (
    atomic_write,
    csv_cell,
    inside,
    md_code_block,
    md_escape,
    md_link_target,
    safe_filename,
    staged_files,
    terminal_safe,
)


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
                                  "  =cmd|' /C calc'!A0"])
def test_csv_cells_that_a_spreadsheet_would_run_get_a_leading_quote(cell):
    assert csv_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["plain text", "-0.25", "+3", "1e-3", "", None, -0.5, 3, "a=b"])
def test_csv_cells_that_cannot_be_formulas_are_unchanged(cell):
    assert csv_cell(cell) == cell


def test_markdown_text_shows_html_and_link_syntax_as_text():
    escaped = md_escape('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) a|b')
    assert "<" not in escaped and ">" not in escaped
    assert "](" not in escaped.replace("\\](", "")
    assert "\\|" in escaped and "&lt;script&gt;" in escaped


def test_markdown_text_cannot_open_a_block_or_span_lines():
    assert md_escape("# not a heading").startswith("\\#")
    assert md_escape("1. not a list").startswith("1\\.")
    assert "\n" not in md_escape("one\ntwo")
    assert md_escape("3.5 percent of U.S. voters") == "3.5 percent of U.S. voters"


def test_a_code_block_cannot_be_closed_by_its_content():
    block = md_code_block("row\n```\n<script>x</script>")
    fence = block.split("\n", 1)[0]
    assert len(fence) > 3 and block.endswith(fence)
    assert block.count(fence) == 2


def test_link_targets_are_relative_and_percent_encoded():
    assert md_link_target("compare-001-003 map.png") == "./compare-001-003%20map.png"
    assert md_link_target("javascript:alert(1).png").startswith("./javascript_alert")


def test_terminal_text_loses_escape_sequences_and_control_characters():
    text = "a\x1b]0;owned\x07b\x1b[2Jc\x1b]8;;http://x\x1b\\d\x9b31me\rf\x00g\u202eh\tI\nj"
    assert terminal_safe(text) == "abcd31mefgh\tI\nj"
    assert terminal_safe("plain ünïcode “quotes”") == "plain ünïcode “quotes”"


@pytest.mark.parametrize("name", ["x/../../../tmp/pwned", "..", "a\x00b", "/etc/passwd", "C:\\x", "con", ".bashrc",
                                  "x" * 500, "a\x1b[2Jb", ""])
def test_file_names_from_ids_stay_one_plain_name(name, tmp_path):
    cleaned = safe_filename(name)
    assert cleaned and "/" not in cleaned and "\\" not in cleaned and ".." not in cleaned
    assert not cleaned.startswith(".") and cleaned.isprintable() and len(cleaned) <= 120
    assert inside(tmp_path, cleaned).resolve().parent == tmp_path.resolve()


def test_long_names_stay_distinct():
    assert safe_filename("a" * 300 + "1") != safe_filename("a" * 300 + "2")


def test_inside_refuses_a_name_that_resolves_elsewhere(tmp_path):
    with pytest.raises(MediadiffError, match="outside"):
        inside(tmp_path, "../escape.png")


def test_staged_files_appear_together_or_not_at_all(tmp_path):
    out = tmp_path / "new" / "folder"
    with pytest.raises(RuntimeError):
        with staged_files(out) as staged:
            staged.write_text("a.md", "first")
            raise RuntimeError("interrupted")
    assert not (tmp_path / "new").exists()
    with staged_files(out) as staged:
        staged.write_text("a.md", "first")
        assert not (out / "a.md").exists()
    assert (out / "a.md").read_text() == "first"
    assert [p.name for p in out.iterdir()] == ["a.md"]


def test_staged_files_refuse_existing_files_folders_and_dangling_symlinks(tmp_path):
    (tmp_path / "taken.md").write_text("mine")
    (tmp_path / "report.html").mkdir()
    os.symlink(tmp_path / "nowhere" / "target", tmp_path / "link.md")
    for name, message in (("taken.md", "already exists; pass force=True"), ("link.md", "already exists"),
                          ("report.html", "folder")):
        with pytest.raises(MediadiffError, match=message):
            with staged_files(tmp_path) as staged:
                staged.write_text(name, "new")
    with pytest.raises(MediadiffError, match="folder"):
        atomic_write(tmp_path / "report.html", "x", force=True)
    atomic_write(tmp_path / "link.md", "replaced", force=True)  # replaces the link, never writes through it
    assert not (tmp_path / "nowhere").exists() and not (tmp_path / "link.md").is_symlink()
    assert (tmp_path / "taken.md").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "report.html", "taken.md"]


def test_staged_files_refuse_names_with_paths(tmp_path):
    with pytest.raises(MediadiffError, match="plain file name"):
        with staged_files(tmp_path) as staged:
            staged.write_text("../x.md", "no")


def test_written_files_get_the_usual_permissions(tmp_path):
    path = atomic_write(tmp_path / "a.txt", "x")
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


HOSTILE_MARKDOWN = [
    "costs $5 and $6 today", "$x^2$ and $$y$$", "> a quote", "  > indented quote", "    four blanks: code",
    "# heading", "## heading", "- item", "+ item", "* item", "1. item", "12) item", "===", "---", "***",
    "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "&lt;b&gt; &#60;i&#62; &amp;",
    "[click](javascript:alert(3))", "![img](http://x/y.png)", "[ref]: http://evil", "<http://evil>",
    "a | b | c", "*em* _em_ **strong** __strong__ ~~gone~~ `code` ``x``", "back\\slash \\* \\$",
    "x^2^ H~2~O [^1]", "line one\nline two\n# not a heading", "tab\there", "AP Politics & Fact Check, AT&T",
    "&copy; &#x3C;b&#x3e; &;",
]


def test_markdown_keeps_a_plain_ampersand_as_written():
    assert md_escape("AP Politics & Fact Check, AT&T") == "AP Politics & Fact Check, AT&T"
    assert md_escape("&amp; &#60;") == "&amp;amp; &amp;#60;"


@pytest.mark.parametrize("text", HOSTILE_MARKDOWN)
def test_markdown_renders_hostile_text_as_the_same_text(text):
    # Rendered by a real CommonMark parser with GitHub's tables and strike-through and dollar math,
    # the escaped text reads back as the text itself, in the paragraph, the table cell and the list item
    # it was put in: no HTML, link, image, emphasis, code, math, heading, quote or extra row.
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is in the test extra")
    dollarmath = pytest.importorskip("mdit_py_plugins.dollarmath", reason="mdit-py-plugins is in the test extra")
    parser = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    parser.use(dollarmath.dollarmath_plugin, double_inline=True)
    cell = md_escape(text)
    document = f"{cell}\n\n| a | b |\n|---|---|\n| {cell} | x |\n\n- {cell}\n"
    tokens = parser.parse(document)
    assert [t.type for t in tokens if t.nesting == 1] == [
        "paragraph_open", "table_open", "thead_open", "tr_open", "th_open", "th_open", "tbody_open", "tr_open",
        "td_open", "td_open", "bullet_list_open", "list_item_open", "paragraph_open"]
    inlines = [t for t in tokens if t.type == "inline"]
    expected = " ".join(text.replace("\t", " ").split("\n")).lstrip(" ")
    for inline in (inlines[0], inlines[3], inlines[5]):
        assert {child.type for child in inline.children} <= {"text"}, (text, cell)
        assert "".join(child.content for child in inline.children) == expected
