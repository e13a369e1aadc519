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


MORE = [
    "The city council approved a budget for new bicycle lanes on Monday.",
    "A museum reopened its doors after two years of repairs to the roof.",
    "Heavy snow closed schools in the mountain villages for a second day.",
]


def test_a_buried_fact_is_named_by_its_sentence_number_with_the_article_letter():
    # B leads with the rate rise; A carries it as its fourth sentence of seven, outside its lead.
    comparison = compare(article("a", *OTHER, LEAD, *MORE), article("b", LEAD))
    assert comparison.summary_a.buried == (3,)
    (line_a, _), _ = summary_lines(comparison)
    assert "buried (lead elsewhere): A4" in line_a


def test_the_last_sentence_of_a_brief_is_not_buried():
    # Four sentences: the rate rise is A's last sentence, still near the top of so short a piece.
    comparison = compare(article("a", *OTHER, LEAD), article("b", LEAD))
    assert comparison.summary_a.buried == ()
    (line_a, _), _ = summary_lines(comparison)
    assert "buried" not in line_a


def test_a_cut_list_of_added_words_says_how_many_more_there_are():
    from types import SimpleNamespace

    words = tuple(f"word{i}" for i in range(15))
    summary = SimpleNamespace(sentences=4, kept=0, reworded=2, unique=2, lead_shared=1, buried=(),
                              added_names=("Geneva",), added_words=words)
    comparison = SimpleNamespace(summary_a=summary, summary_b=summary, a=SimpleNamespace(label="a"),
                                 b=SimpleNamespace(label="b"))
    (_, added), _ = summary_lines(comparison)
    assert "word9 (+5 more)" in added and "word10" not in added
    assert "names it adds to shared facts: Geneva;" in added  # a whole list says nothing more


def test_one_sentence_is_counted_in_the_singular():
    comparison = compare(article("a", *OTHER, LEAD), article("b", LEAD))
    _, (line_b, _) = summary_lines(comparison)
    assert ": 1 sentence;" in line_b
