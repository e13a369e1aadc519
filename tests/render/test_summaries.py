"""The per-article summary lines of a comparison (text, Markdown and HTML share them)."""

from align_builders import article

from mediadiff.align.comparison import compare
from mediadiff.render.summaries import summary_lines

LEAD = "The central bank raised its main interest rate to 4.5 percent on Tuesday."
OTHER = [
    "Farmers in the north protested against new water rules at the weekend.",
    "A new football stadium will open in the capital next spring.",
    "Train drivers plan a strike over pay for the third time this year.",
]


def test_a_buried_fact_is_named_by_its_sentence_number_with_the_article_letter():
    # B leads with the rate rise; A carries it as its fourth sentence, outside its lead.
    comparison = compare(article("a", *OTHER, LEAD), article("b", LEAD))
    assert comparison.summary_a.buried == (3,)
    (line_a, _), _ = summary_lines(comparison)
    assert "buried (lead elsewhere): A4" in line_a
