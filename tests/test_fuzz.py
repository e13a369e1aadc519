"""Generated hostile input (hypothesis) through the loaders, the splitter and every output writer.

Each property says what must hold for any input: loaders return articles or a
one-line reason and never raise anything else; spans point into the text; CSV
cells never start a formula; Markdown carries no raw HTML or link syntax; HTML
has no tag or event handler from the text; file names stay inside their folder;
the report bundle appears whole or not at all. Example counts are small and
fixed (``derandomize``), so the whole module runs in well under 20 seconds.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from mediadiff.corpus.cleaning import clean_text  # noqa: E402
from mediadiff.corpus.manifest import read_manifest  # noqa: E402
from mediadiff.corpus.reading import read_file_or_reason  # noqa: E402
from mediadiff.corpus.segment import split_sentences  # noqa: E402
from mediadiff.models import CorpusError, MediadiffError  # noqa: E402
from mediadiff.render.safe import CSV_TRIGGERS, safe_filename, staged_files, terminal_safe  # noqa: E402

# Fixed examples (derandomize), no example database left in the checkout, no per-example deadline
# (the machine is shared); the counts keep the module near 10 seconds.
BOUNDED = dict(deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
FAST = settings(max_examples=60, **BOUNDED)
MEDIUM = settings(max_examples=25, **BOUNDED)
SLOW = settings(max_examples=3, **BOUNDED)

# Pieces that exercise the rules: sentence ends, abbreviations, quotes, other scripts, boilerplate, payloads.
PIECES = [
    ".", "..", "!", "?", " ", "  ", "\n", "\r\n", "\t", "Mr.", "U.S.", "J.", "3.5", "e.g.", '"', "”", "’", ")",
    "The", "minister", "said", "talks", "Copyright 2024 Paper", "Source: EFE", "Filed under: x", "2024-01-02",
    "12 Comments", "---", "# ", "|", "=SUM(1)", "+1", "-2", "@x", "<script>alert(1)</script>", "[x](javascript:y)",
    "\x1b]0;t\x07", "\x1b[2J", "\x00", "\u202e", "。", "首相は", "Президент", "قال", "।", "؟", "ไทย", "`", "*", "_",
]
texty = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=40).map("".join)
lines = st.lists(texty, min_size=1, max_size=6).map("\n".join)


# --- splitter and cleaner -------------------------------------------------------------------------

@FAST
@given(st.one_of(texty, st.text(max_size=300)))
def test_sentence_spans_are_ordered_trimmed_and_inside_the_text(text):
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


@FAST
@given(lines)
def test_cleaning_keeps_offsets_and_blanks_control_characters(raw):
    article = clean_text(raw, article_id="x", path="x")
    assert len(article.raw) == len(raw)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", article.raw)
    for sentence in article.sentences:
        assert article.raw[sentence.start:sentence.end] == sentence.text
    for removed in article.removed:
        assert article.raw[removed.start:removed.end] == removed.text


# --- loaders --------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | texty,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "title", "text", "outlet", "date", "sections", "url", "wire", "x"]), children,
        max_size=6),
    max_leaves=12,
)
file_contents = st.one_of(
    st.binary(max_size=300),
    lines.map(lambda t: t.encode("utf-8")),
    lines.map(lambda t: t.encode("utf-16")),
    lines.map(lambda t: t.encode("utf-16-le")),
    lines.map(lambda t: t.encode("latin-1", errors="replace")),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.lists(json_values, max_size=4).map(lambda vs: "\n".join(json.dumps(v) for v in vs).encode()),
    st.integers(1, 3000).map(lambda n: (b"[" * n) + b"]"),
)


@FAST
@given(st.sampled_from([".txt", ".md", ".json", ".jsonl"]), file_contents)
def test_a_corpus_file_gives_articles_or_one_line_reason(suffix, content):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"001{suffix}"
        path.write_bytes(content)
        loaded = read_file_or_reason(path)
    if isinstance(loaded, str):
        assert "\n" not in loaded and loaded.startswith("skipped 001") and "could not be read" not in loaded
    else:
        for article in loaded:
            assert article.id and article.id.isprintable()
            for sentence in article.sentences:
                assert article.raw[sentence.start:sentence.end] == sentence.text


@SLOW
@given(lines)
def test_an_html_file_gives_an_article_or_a_reason(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "001.html"
        path.write_text(f"<html><head><title>{text[:40]}</title></head><body><p>{text}</p></body></html>")
        loaded = read_file_or_reason(path)
    assert isinstance(loaded, list) or "could not be read" not in loaded


@FAST
@given(st.sampled_from(["manifest.csv", "manifest.toml"]), st.one_of(texty, json_values.map(str)))
def test_a_manifest_is_read_or_refused_in_one_line(name, content):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_text(content, encoding="utf-8")
        warnings: list[str] = []
        try:
            manifest = read_manifest(Path(folder), warnings=warnings)
        except CorpusError:
            return
    assert all(isinstance(k, str) and all(isinstance(v, str) for v in row.values()) for k, row in manifest.items())


# --- writers --------------------------------------------------------------------------------------

def article(text: str, article_id: str, **metadata: str):
    closing = {"a": "The minister met the delegation on Monday.", "b": "Both sides agreed to meet again."}
    return clean_text(f"Opening line of the story.\n{text}\n{closing.get(article_id[:1], closing['b'])}\n",
                      article_id=article_id, path=article_id, metadata=metadata)


two_articles = st.tuples(lines, lines, texty, texty)


def assert_csv_safe(text: str) -> None:
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            if cell[:1] in CSV_TRIGGERS or cell.lstrip(" ")[:1] in CSV_TRIGGERS:
                assert re.fullmatch(r"\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*", cell), cell


@FAST
@given(two_articles)
def test_tables_json_jsonl_and_csv_writers_are_safe(texts):
    from mediadiff.render.articles import render_article, render_list
    from mediadiff.render.records import write_csv, write_jsonl
    from mediadiff.render.tables import to_csv, to_json
    from mediadiff.tone.scoring import score_article

    a = article(texts[0], texts[2] or "a", outlet=texts[3])
    assert json.loads(to_json({"x": render_article(a)}))
    render_list([a])
    scored = score_article(a)
    assert_csv_safe(to_csv(scored.to_records()))
    rows = [r for s in scored.sentences for r in s.to_records()]
    stream = io.StringIO()
    write_csv(rows, stream)
    assert_csv_safe(stream.getvalue())
    lines_out = io.StringIO()
    write_jsonl(rows, lines_out)
    assert all(json.loads(line) for line in lines_out.getvalue().splitlines())


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


@MEDIUM
@given(two_articles)
def test_markdown_html_and_terminal_text_of_a_comparison_are_inert(texts):
    from mediadiff.align.comparison import compare
    from mediadiff.render.comparison import comparison_markdown, comparison_text
    from mediadiff.render.html import comparison_page

    a, b = article(texts[0], "a", title=texts[2]), article(texts[1], "b", outlet=texts[3])
    result = compare(a, b)
    markdown = comparison_markdown(result)
    assert "<" not in markdown and not re.search(r"(?<!\\)\]\(", markdown)
    parser = _Tags()
    parser.feed(comparison_page(result))
    assert parser.tags.count("script") <= 1 and not parser.handlers
    assert set(parser.tags) <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "table",
                                "tr", "th", "td", "del", "ins", "span", "br", "script", "ul", "li", "section",
                                "div", "small", "strong", "em", "code", "details", "summary", "b", "i", "sup"}
    text = terminal_safe(comparison_text(result, width=100))
    assert "\x1b" not in text


@FAST
@given(st.text(max_size=200))
def test_chart_file_names_from_any_id_land_in_their_folder(name):
    with tempfile.TemporaryDirectory() as folder:
        with staged_files(folder) as staged:
            target = staged.write_text(safe_filename(name) + ".json", "{}")
        assert target.resolve().parent == Path(folder).resolve() and target.is_file()


@SLOW
@given(two_articles)
def test_the_report_bundle_is_written_whole_with_safe_names(texts):
    from mediadiff.render.bundle import write_report

    a, b = article(texts[0], "a" + texts[2]), article(texts[1], "b" + texts[3])
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        try:
            files = write_report([a, b], out)
        except MediadiffError:
            assert not out.exists()  # refused: nothing written
            return
        written = sorted(p.name for p in out.iterdir())
        assert "report.html" in written and "report.md" in written
        assert all(p.parent == out for p in out.iterdir()) and not any(".mediadiff-tmp" in n for n in written)
        markdown = files.markdown.read_text(encoding="utf-8")
        outside_code = re.sub(r"(?ms)^(`{3,})\n.*?^\1$", "", markdown)
        # links only to the charts beside it ("./") and to its own headings (the contents, "#" + word characters)
        assert "<script" not in outside_code and not re.search(r"(?<!\\)\]\((?!\./|#[\w-]+\))", outside_code)
