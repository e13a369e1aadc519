"""`mediadiff report` end to end on a small inline corpus: a table of contents, each chart in the section
it draws (HTML and Markdown alike), and a page whose size stays in proportion to what it reports."""

from __future__ import annotations

import re

import pytest

from mediadiff.cli import main

STORY = [
    "The city council voted on Tuesday to close the old harbour bridge for repairs.",
    "Engineers found cracks in two of its steel supports last month.",
    "The mayor said the work would cost about four million dollars.",
    "Drivers will be sent over the northern ring road while the bridge is closed.",
    "Shop owners near the harbour fear they will lose customers.",
    "The repairs are expected to take eight months.",
]


def story_corpus(folder, n=3):
    """``n`` reports of one event: the same facts, each outlet's words and order a little different."""
    folder.mkdir()
    for k in range(n):
        sentences = STORY[k:] + STORY[:k]
        sentences = [s.replace("council", ["council", "assembly", "board"][k % 3]) for s in sentences]
        sentences.append(f"Outlet {k} will follow the story as the work goes on, its editors said.")
        (folder / f"00{k + 1}.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")
    return folder


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def html_sections(html):
    """{section id: its HTML} for every <h2 id=...> of the page, and the HTML before the first one."""
    parts = re.split(r"<h2 id=([\w-]+)>", html)
    return parts[0], dict(zip(parts[1::2], parts[2::2]))


def chart_names(text):
    """The captions of the charts embedded (HTML) or linked (Markdown) in ``text``."""
    return re.findall(r'<img alt="([^"]*)"', text) + re.findall(r"!\[([^\]]*)\]\(", text)


def test_each_chart_sits_in_the_section_it_draws_after_a_table_of_contents(runner, tmp_path):
    corpus, out = story_corpus(tmp_path / "corpus"), tmp_path / "out"
    assert run(runner, "report", "--corpus", corpus, "--out", out).exit_code == 0
    head, sections = html_sections((out / "report.html").read_text(encoding="utf-8"))
    assert list(sections) == ["articles", "overview", "coverage", "pair-1", "pair-2", "pair-3", "tone"]
    contents = re.findall(r'<a href="#([\w-]+)">', head)
    assert contents == list(sections)  # the contents, at the top, name every section in order
    assert chart_names(head) == []
    overview = chart_names(sections["overview"])
    assert overview == ["coverage 001 002 003", "sentiment by outlet 001 002 003", "hedging by outlet 001 002 003"]
    for k, (a, b) in enumerate((("001", "002"), ("001", "003"), ("002", "003")), start=1):
        charts = chart_names(sections[f"pair-{k}"])
        assert charts == [f"compare {a} {b} statuses", f"compare {a} {b} alignment map"]
        # the statuses under the row counts they draw, the map right above the table it maps
        pair = sections[f"pair-{k}"]
        assert pair.index("rows: kept") < pair.index("statuses") < pair.index("<h3>Summary")
        assert pair.index("<h3>Summary") < pair.index("alignment map") < pair.index("<table class=alignment>")
    assert all(chart_names(sections[s]) == [] for s in ("articles", "coverage", "tone"))

    markdown = (out / "report.md").read_text(encoding="utf-8")
    headings = re.split(r"(?m)^## (.*)$", markdown)
    md_sections = dict(zip(headings[1::2], headings[2::2]))
    assert [h.split(" (")[0] for h in md_sections][:3] == ["Articles", "Overview", "Coverage"]
    assert chart_names(headings[0]) == []
    assert chart_names(md_sections["Overview"]) == overview
    assert chart_names(md_sections["001 vs 002"]) == ["compare 001 002 statuses", "compare 001 002 alignment map"]
    assert chart_names(md_sections["002 vs 003"]) == ["compare 002 003 statuses", "compare 002 003 alignment map"]
    # every link of the contents leads to a heading, as a renderer with heading anchors reads them
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is in the test extra")
    anchors = pytest.importorskip("mdit_py_plugins.anchors", reason="mdit-py-plugins is in the test extra")
    page = markdown_it.MarkdownIt("commonmark").enable("table").use(anchors.anchors_plugin, max_level=2).render(
        markdown)
    links = re.findall(r'<a href="#([^"]+)">', page)
    assert len(links) == len(md_sections) and set(links) <= set(re.findall(r'<h2 id="([^"]+)"', page))


def test_a_report_of_two_articles_has_its_pair_charts_in_the_pair_and_the_outlet_charts_in_the_overview(
        runner, tmp_path):
    corpus, out = story_corpus(tmp_path / "corpus", n=2), tmp_path / "out"
    assert run(runner, "report", "--corpus", corpus, "--out", out).exit_code == 0
    _, sections = html_sections((out / "report.html").read_text(encoding="utf-8"))
    assert list(sections) == ["articles", "overview", "pair-1", "tone"]
    assert chart_names(sections["overview"]) == ["sentiment by outlet 001 002", "hedging by outlet 001 002"]
    assert chart_names(sections["pair-1"]) == ["compare 001 002 statuses", "compare 001 002 alignment map"]


def test_the_report_page_stays_in_proportion_to_what_it_reports(runner, tmp_path):
    corpus, out = story_corpus(tmp_path / "corpus"), tmp_path / "out"
    assert run(runner, "report", "--corpus", corpus, "--out", out).exit_code == 0
    html = (out / "report.html").read_bytes()
    pngs = sorted(out.glob("*.png"))
    assert len(pngs) == 9 and html.count(b"data:image/png;base64,") == 9  # one self-contained file
    # Charts of 3 articles of 7 sentences: at screen resolution in a palette each is under 30 kB (an
    # alignment map took 124 kB at 150 dpi in full colour), the page about 160 bytes a byte of text (650).
    assert all(p.stat().st_size < 60_000 for p in pngs), {p.name: p.stat().st_size for p in pngs}
    text = sum(len(p.read_bytes()) for p in corpus.iterdir())
    assert len(html) < 300 * text
