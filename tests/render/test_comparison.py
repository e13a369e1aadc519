"""The evidence of a dropped or added row reaches every written form of a comparison (issue 12)."""

from dataclasses import replace

from align_builders import article

from mediadiff.align.comparison import compare
from mediadiff.models import Article
from mediadiff.render.comparison import comparison_markdown, comparison_records, render_comparison
from mediadiff.render.html import comparison_page

SHARED = "The central bank raised its main interest rate to 4.5 percent on Tuesday."
DROPPED = "The bank said inflation in the euro area had slowed to 2.1 percent in March."
NEAREST = "Inflation in the region has been falling for months, the bank added on its website."


def dropped_pair():
    # A floor above the second sentences' link score leaves them dropped and added; the evidence
    # must name the nearest sentence (B2, 1-based as shown) with its score, not show it as a similarity.
    comparison = compare(article("a", SHARED, DROPPED), article("b", SHARED, NEAREST), threshold=0.5)
    (row,) = [p for p in comparison.pairs if p.a_indices == (1,)]
    assert row.status == "dropped" and 0 < row.score < 0.5
    return comparison


def test_markdown_names_the_nearest_sentence_and_keeps_the_similarity_column_for_aligned_rows():
    comparison = dropped_pair()
    rows = [line for line in comparison_markdown(comparison).splitlines() if line.startswith("| dropped")]
    assert len(rows) == 1
    header = [cell.strip() for cell in comparison_markdown(comparison).splitlines()
              if cell.startswith("| status")][0].strip("|").split("|")
    cells = dict(zip((h.strip() for h in header), (cell.strip() for cell in rows[0].strip("|").split("|"))))
    assert cells["similarity"] == "—"  # the similarity column is empty for a dropped row
    assert "nearest is B2" in cells["evidence"] and "link score" in cells["evidence"]
    assert cells["A#"] == "2" and cells["B#"] == "—"  # the numbers the evidence refers to


def test_html_and_records_name_the_nearest_sentence_of_a_dropped_row():
    comparison = dropped_pair()
    html = comparison_page(comparison)
    assert "nearest is B2" in html
    (record,) = [r for r in comparison_records(comparison) if r["status"] == "dropped"]
    assert record["similarity"] in ("", None) and record["nearest_sentence"] == 2  # B2, as the evidence says


def test_markdown_lists_the_facts_one_article_hedges_and_the_other_asserts_as_text_does():
    hedged = "The central bank may raise its main interest rate to 4.5 percent on Tuesday."
    comparison = compare(article("a", SHARED), article("b", hedged))
    markdown = comparison_markdown(comparison)
    assert "Same fact, different certainty" in markdown
    (row,) = [line for line in markdown.splitlines() if "A asserts, B hedges" in line]
    assert row.startswith("| 1 | 1 |") and "may" in row


def test_coverage_markdown_names_the_articles_and_the_sentences_carrying_each_fact():
    from mediadiff.align.coverage import compare_many
    from mediadiff.render.comparison import render_coverage

    other = "Farmers in the north protested against new water rules at the weekend."
    articles = [article("a", SHARED, DROPPED), article("b", other, SHARED), article("c", other)]
    articles[0] = Article("a", "a.txt", articles[0].raw, articles[0].sentences, outlet="Daily Post", title="Rates up")
    markdown = render_coverage(compare_many(articles), fmt="markdown")
    assert "- **a**: Daily Post, “Rates up”" in markdown  # which article a column is
    (rate_row,) = [line for line in markdown.splitlines() if line.startswith("| The central bank")]
    assert rate_row.endswith("| ✓ 1 | ✓ 2 |  |")  # A's first sentence, B's second, not in C
    (totals,) = [line for line in markdown.splitlines() if "sentences in these facts" in line]
    assert totals.endswith("| 1 | 2 | 1 |")


def test_the_counts_line_says_it_counts_rows_while_the_summary_counts_sentences():
    # A split or merge row holds several sentences: "reworded 4" rows and "reworded 5" sentences
    # (compare 001 003 on the seeds) must both say what they count.
    from mediadiff.render.comparison import comparison_text

    comparison = dropped_pair()
    text = comparison_text(comparison, width=200)
    assert (f"rows: kept {comparison.count('kept')}   reworded {comparison.count('reworded')}   "
            f"dropped {comparison.count('dropped')}   added {comparison.count('added')}") in text
    assert "the summary counts sentences" in text
    assert "Rows by status (the summary counts sentences)" in comparison_markdown(comparison)
    assert "rows: kept" in comparison_page(comparison)


def test_a_pair_sharing_no_word_as_written_says_so_beside_its_corresponding_words():
    from mediadiff.align.similarity import DiffOp
    from mediadiff.render.comparison import _diff_lines

    diff = (DiffOp("replace", "Her support among millennials still lags.", "She kept supporting the war."),)
    (line,) = _diff_lines(diff, color=False, width=100)
    assert line.strip() == "shared words: none word for word"


def test_the_article_lines_keep_their_letter_column_when_a_long_title_wraps():
    from dataclasses import replace

    from mediadiff.render.comparison import comparison_text

    title = "Central bank raises its main interest rate to the highest level in seventeen years"
    comparison = compare(replace(article("a", SHARED), title=title), replace(article("b", SHARED), title=title))
    lines = comparison_text(comparison, width=60).splitlines()
    assert lines[0].startswith("A  a ") and lines[1].startswith("   ") and not lines[1].startswith("    ")
    assert [line[:3] for line in lines if line.startswith("B")] == ["B  "]
    assert all(len(line) <= 60 for line in lines)


def test_a_coverage_of_long_ids_numbers_its_columns_and_keeps_room_for_the_facts():
    from mediadiff.align.coverage import compare_many
    from mediadiff.render.comparison import render_coverage

    names = [f"{outlet}_2016-09-29_the-bank-raised-its-main-interest-rate" for outlet in ("wash-post", "nyt", "usa")]
    coverage = compare_many([article(n, SHARED, other) for n, other in zip(names, (DROPPED, NEAREST, DROPPED))])
    lines = render_coverage(coverage, width=80).splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert any(line.split() == ["#1", "#2", "#3", "fact"] for line in lines)
    assert all(any(f"#{k}" in line and name in line for line in lines) for k, name in enumerate(names, 1))
    (shared_row,) = [line for line in lines if "central bank raised" in line]
    assert "main interest rate" in shared_row  # the fact keeps most of its words


def test_quotes_in_text_keep_their_columns_when_wrapped():
    # A long quote wraps: the status's padding must survive (it collapsed to "trimmed A:"), each
    # continuation sits under its own quote's words, and A's and B's quotes start in one column.
    long_quote = ("We will appeal this decision because the council ignored the facts, the law and the "
                  "wishes of the residents who elected us to serve them")
    a = article("a", f'"{long_quote}," Mayor John Smith said on Monday.', "The council voted 7-2 on Monday.")
    b = article("b", '"We will appeal this decision," Mayor John Smith said.', "The council voted 7 to 2.")
    comparison = compare(a, b)
    assert comparison.quotes, "the builders must give a quote both articles use"
    text = render_comparison(comparison, width=60)
    lines = text.split("\n")
    start = lines.index("Quotes found in both") + 1
    block = lines[start:lines.index("", start)]
    assert all(len(line) <= 60 for line in block)
    a_line = next(line for line in block if " A: " in line)
    b_line = next(line for line in block if " B: " in line)
    assert a_line.index(" A: ") == b_line.index(" B: ")  # one column for A and B
    column = a_line.index("“")
    continued = block[block.index(a_line) + 1:block.index(b_line)]
    assert continued, "the long quote wraps"
    assert all(line[:column].strip() == "" and line[column] != " " for line in continued)


def test_a_wide_quote_status_has_a_line_of_its_own():
    # "reported-to-direct" is wider than the status column: it stands alone, so A's words start where
    # every other quote's do.
    from mediadiff.render.comparison import _quote_lines

    class Quote:
        def __init__(self, text: str) -> None:
            self.text, self.speaker, self.verb = text, "Claudia Sheinbaum", "said"

    class Match:
        status = "reported-to-direct"
        a, b = Quote("the talks went well"), Quote("went well")
        differences = ("form: reported -> direct",)

    first, a_line, b_line, bullet = _quote_lines(Match(), 100)
    assert first == "  reported-to-direct"
    assert a_line.startswith("            A: “the talks") and b_line.startswith("            B: “went")
    assert bullet == "            • form: reported -> direct"


def test_one_fact_of_a_coverage_is_counted_in_the_singular():
    from mediadiff.align.coverage import compare_many
    from mediadiff.render.comparison import render_coverage

    shared = "The central bank raised its main interest rate to 4.5 percent on Tuesday."
    coverage = compare_many([article("a", shared, "Markets fell sharply in Tokyo."),
                             article("b", shared, "The weather in Oslo was mild."),
                             article("c", shared, "A new bridge opened in Lisbon.")])
    assert len(coverage.facts) == 1
    for fmt in ("text", "markdown"):
        out = render_coverage(coverage, fmt=fmt, width=100)
        assert "1 fact reported by two or more articles" in out and "1 facts" not in out


def test_reported_speech_is_shown_without_quote_marks_in_text_and_html():
    # A reported clause is the journalist's words: in quote marks it read as a direct quote.
    from types import SimpleNamespace

    from mediadiff.render.comparison import _quote_lines
    from mediadiff.render.html import quotes_section

    reported = SimpleNamespace(text="a 50% reduction in seizures", speaker="Claudia Sheinbaum",
                               verb="highlighted", kind="reported")
    direct = SimpleNamespace(text="a real reduction in seizures", speaker="State Department", verb="stated",
                             kind="direct")
    match = SimpleNamespace(status="reported-to-direct", a=reported, b=direct, differences=())
    text = "\n".join(_quote_lines(match, 100))
    assert "A: a 50% reduction in seizures (Claudia Sheinbaum, highlighted; reported speech)" in text
    assert "B: “a real reduction in seizures” (State Department, stated)" in text
    html = quotes_section(SimpleNamespace(quotes=[match]))
    assert "“a 50%" not in html and "highlighted; reported speech" in html and "“a real reduction" in html


def test_an_uncertain_reworded_row_asks_in_every_header_whether_it_is_one_fact():
    reworded = "On Tuesday the central bank lifted its key rate to 4.5 percent."
    comparison = compare(article("a", SHARED), article("b", reworded))
    (row,) = comparison.pairs
    assert row.status == "reworded" and row.label == "reworded"
    unsure = replace(comparison, pairs=(replace(row, confidence=0.4),))
    assert "REWORDED (SAME FACT?) A1 → B1" in render_comparison(unsure, fmt="text", width=100)
    assert "| reworded (same fact?) | 1 |" in comparison_markdown(unsure)
    assert "<td>reworded (same fact?)</td>" in comparison_page(unsure)
    assert "REWORDED (SAME FACT?)" not in render_comparison(comparison, fmt="text", width=100)


def test_csv_numbers_sentences_as_the_label_in_the_same_row_does():
    comparison = dropped_pair()
    records = comparison_records(comparison)
    (dropped,) = [r for r in records if r["status"] == "dropped"]
    assert dropped["a_sentences"] == "2" and dropped["b_sentences"] == ""
    if "reworded as" in str(dropped["label"]):
        assert f"B{dropped['nearest_sentence']}?" in str(dropped["label"])
    (kept,) = [r for r in records if r["status"] == "kept"]
    assert kept["a_sentences"] == "1" and kept["b_sentences"] == "1" and kept["nearest_sentence"] is None


def _reworded_cells(text: str) -> dict[str, str]:
    lines = text.splitlines()
    header = next(line for line in lines if line.startswith("| status")).strip("|").split("|")
    (row,) = [line for line in lines if line.startswith("| reworded")]
    return dict(zip((h.strip() for h in header), (cell.strip() for cell in row.strip("|").split("|"))))


def test_a_reworded_row_shows_each_sentence_in_its_own_cell_with_only_its_own_words():
    # B's cell is B's sentence (A's removed words would be quoted as B's); A's cell marks what B lacks.
    comparison = compare(article("a", "Riva had not yet regained consciousness and was on a ventilator."),
                         article("b", "Riva had yet to regain consciousness Wednesday and was on a ventilator."))
    cells = _reworded_cells(comparison_markdown(comparison))
    assert "not" not in cells["B"] and "regained" not in cells["B"]
    assert "**to regain**" in cells["B"] and "**Wednesday**" in cells["B"]
    assert "~~not~~" in cells["A"] and "regained" in cells["A"] and "Wednesday" not in cells["A"]
    assert cells["B"].replace("**", "") == "Riva had yet to regain consciousness Wednesday and was on a ventilator."
    html = comparison_page(comparison)
    assert "<del>not</del>" in html and "<ins>to regain</ins>" in html
    (b_cell,) = [cell for cell in html.split("<td>") if "<ins>to regain</ins>" in cell]
    assert "<del>" not in b_cell
