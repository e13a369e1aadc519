"""Hostile article text and ids never escape into Markdown, spreadsheets, the terminal or other folders."""

import json
import re

import pytest

from mediadiff.cli import main

PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "[click](javascript:alert(3))")
SHARED = ("The minister met the delegation in the capital on Monday to discuss trade and security. "
          "Both sides agreed to meet again next month, officials said.")


def hostile_corpus(folder, *, outlet="=HYPERLINK(\"http://evil\",\"x\")", ids=("a1", "b2")):
    folder.mkdir(exist_ok=True)
    for number, article_id in enumerate(ids):
        record = {
            "id": article_id,
            "title": f"Talks resume {PAYLOADS[0]}",
            "outlet": outlet if number == 0 else f"Outlet {number}",
            "text": f"{SHARED}\n=SUM(1+1) {PAYLOADS[number % 3]} was written on the wall.\n"
                    f"\x1b]0;owned\x07The \x1b[2Jcrowd {PAYLOADS[2]} cheered loudly after the talks.",
        }
        (folder / f"{number}.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def assert_markdown_is_inert(markdown):
    # A fenced code block shows its content as text; only what is outside one can render as HTML.
    markdown = re.sub(r"(?ms)^(`{3,})\n.*?^\1$", "", markdown)
    for payload in PAYLOADS:
        assert payload not in markdown
    assert "<script" not in markdown
    assert "<img" not in markdown
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown)


def test_compare_markdown_escapes_html_and_links(runner, tmp_path):
    corpus = hostile_corpus(tmp_path / "c")
    result = run(runner, "compare", "a1", "b2", "--corpus", corpus, "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert_markdown_is_inert(result.output)
    assert "&lt;script&gt;" in result.output


def test_coverage_markdown_escapes_html_and_links(runner, tmp_path):
    corpus = hostile_corpus(tmp_path / "c", ids=("a1", "b2", "c3"))
    result = run(runner, "compare", "a1", "b2", "c3", "--corpus", corpus, "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert_markdown_is_inert(result.output)


def test_report_markdown_and_html_are_inert(runner, tmp_path):
    corpus = hostile_corpus(tmp_path / "c", outlet="```\n<img src=x onerror=alert(9)>")
    out = tmp_path / "out"
    result = run(runner, "report", "a1", "b2", "--corpus", corpus, "--out", out)
    assert result.exit_code == 0, result.output
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert_markdown_is_inert(markdown)
    assert "](./compare-a1-b2-statuses.png)" in markdown
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html


def test_score_csv_neutralises_formulas_in_every_csv_path(runner, tmp_path):
    corpus = hostile_corpus(tmp_path / "c")
    for args in (("--by", "sentence"), ("--by", "article"), ("--by", "outlet"), ("a1", "b2", "--by", "sentence"),
                 ("--by", "article", "--charts", tmp_path / "charts", "--force")):
        result = run(runner, "score", *args, "--corpus", corpus, "--format", "csv")
        assert result.exit_code == 0, result.output
        cells = [cell for line in result.output.splitlines() for cell in line.split(",")]
        for cell in cells:
            assert not cell.lstrip('" ').startswith(("=", "@")), (args, cell)
        assert "=SUM" not in result.output or "'=SUM" in result.output


def test_terminal_output_has_no_escape_sequences(runner, tmp_path):
    corpus = hostile_corpus(tmp_path / "c")
    for args in (("list",), ("show", "a1"), ("compare", "a1", "b2"), ("score", "--by", "sentence"),
                 ("score", "--by", "sentence", "--format", "csv"), ("group",)):
        result = run(runner, *args, "--corpus", corpus)
        assert result.exit_code == 0, (args, result.output)
        assert "\x1b" not in result.output and "\x07" not in result.output, args


def test_ids_cannot_write_outside_the_chosen_folder(runner, tmp_path):
    corpus = hostile_corpus(tmp_path / "c", ids=("x/../../../escaped", "y\x00z"))
    out = tmp_path / "deep" / "out"
    for args in (("compare", "x", "y", "--charts", out), ("report", "x", "y", "--out", out / "r")):
        result = run(runner, *args, "--corpus", corpus)
        assert result.exit_code == 0, (args, result.output)
    assert not (tmp_path / "escaped").exists() and not list(tmp_path.glob("*escaped*"))
    written = [p for p in tmp_path.rglob("*") if p.is_file() and "c" not in p.relative_to(tmp_path).parts[:1]]
    assert written and all(out in p.parents for p in written)
    assert all("\x00" not in p.name for p in written)


CSV_COMMANDS = (("list",), ("group",), ("compare", "a1", "b2"), ("compare", "a1", "b2", "c3"), ("voices",),
                ("score", "--by", "outlet"), ("score", "--by", "actor"))


def test_every_csv_command_guards_every_cell(runner, tmp_path):
    import csv
    import io

    corpus = hostile_corpus(tmp_path / "c", ids=("a1", "b2", "c3"))
    for args in CSV_COMMANDS:
        result = run(runner, *args, "--corpus", corpus, "--format", "csv")
        assert result.exit_code == 0, (args, result.output)
        rows = list(csv.reader(io.StringIO(result.output)))
        assert len(rows) > 1, args
        for cell in (cell for row in rows for cell in row):
            assert not cell.lstrip(" ").startswith(("=", "+", "@", "\t", "\r")), (args, cell)
            assert not cell.lstrip(" ").startswith("-") or re.fullmatch(r"-[\d.]+", cell.strip()), (args, cell)


def test_compare_markdown_keeps_its_structure_under_hostile_text(runner, tmp_path):
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is in the test extra")
    dollarmath = pytest.importorskip("mdit_py_plugins.dollarmath", reason="mdit-py-plugins is in the test extra")
    folder = tmp_path / "c"
    folder.mkdir()
    lines = ("> The minister met the delegation in the capital on Monday to discuss $5 billion in trade.",
             "# Both sides agreed to meet again next month | officials said, in a *joint* statement.",
             "1. The $x^2$ plan was [announced](javascript:alert(1)) by <b>the ministry</b>.")
    (folder / "a1.txt").write_text("\n".join(lines), encoding="utf-8")
    (folder / "b2.txt").write_text("\n".join(reversed(lines)).replace("Monday", "Tuesday"), encoding="utf-8")
    result = run(runner, "compare", "a1", "b2", "--corpus", folder, "--format", "markdown")
    assert result.exit_code == 0, result.output
    parser = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.use(dollarmath.dollarmath_plugin, double_inline=True).parse(result.output)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or ()}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "math_inline", "math_block",
                        "math_inline_double", "blockquote_open", "ordered_list_open", "code_block"}
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 2 + 1 + len(json.loads(run(runner, "compare", "a1", "b2", "--corpus", folder,
                                                    "--format", "json").output)["alignment"])


def test_text_output_drops_invisible_characters_and_lines_up_wide_ones(runner, tmp_path):
    from mediadiff.render.terminal import display_width

    folder = tmp_path / "c"
    folder.mkdir()
    records = [
        {"title": "东京电力公司宣布核电站重启计划", "outlet": "朝日新聞",
         "text": "东京电力公司周一宣布了重启核电站的计划。政府表示将进行安全审查。"},
        {"title": "Talks\u200b\u200b\u200b resume\u00ad\u00ad in Geneva\ufeff", "outlet": "Daily\u200dNews",
         "text": "The minister met the \u200fdelegation\u200e in Geneva on Monday to discuss trade.\n"
                 "Both \u2067sides\u2069 agreed to meet again, officials said."},
    ]
    for number, record in enumerate(records):
        (folder / f"{number}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    invisible = ("\u200b", "\u200d", "\u200e", "\u200f", "\u2067", "\u2069", "\ufeff", "\u00ad")
    listing = runner.invoke(main, ["list", "--corpus", str(folder)], env={"COLUMNS": "80"}).output
    lines = listing.splitlines()
    # the titles start in one column although the outlet before them is written in wide characters
    starts = [display_width(line[: line.index(title)]) for line, title in zip(lines[2:4], ("东京", "Talks"))]
    assert len(set(starts)) == 1, listing
    for args in (("show", "1"), ("compare", "0", "1"), ("score", "--by", "sentence")):
        result = runner.invoke(main, [*args, "--corpus", str(folder)], env={"COLUMNS": "60"})
        assert result.exit_code == 0, result.output
        assert not any(ch in result.output for ch in invisible), args
        assert all(display_width(line) <= 60 for line in result.stdout.splitlines()), args

