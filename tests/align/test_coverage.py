"""compare_many: the coverage of three or more articles (more cases in test_alignment.py)."""

from align_builders import article

from mediadiff.align.coverage import compare_many

WIRE = ("The minister resigned on Tuesday after the audit.", "She denied any wrongdoing in a statement.")


def test_two_files_with_one_text_are_kept_and_named_in_a_warning():
    coverage = compare_many([article("a", *WIRE), article("b", *WIRE),
                             article("c", "The minister quit on Tuesday after an audit of her office.")])
    assert [a.id for a in coverage.articles] == ["a", "b", "c"]
    assert "articles a and b have the same text" in coverage.warnings


def test_articles_with_different_texts_get_no_same_text_warning():
    coverage = compare_many([article("a", *WIRE), article("b", WIRE[0]), article("c", WIRE[1])])
    assert not any("same text" in warning for warning in coverage.warnings)
