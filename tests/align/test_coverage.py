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


def test_a_sentence_linked_to_one_member_of_a_fact_is_shown_with_that_member():
    # The Post's lead is linked to the Times' and to AP's, the Times' and AP's are not linked: AP does not
    # join that fact (a chain), and is not dropped either: it and the Post's lead form a fact of their own.
    from mediadiff.align.coverage import fact_groups

    post, times, wire = (0, 0), (1, 0), (2, 0)
    groups = fact_groups({frozenset({post, times}): 0.6, frozenset({post, wire}): 0.4})
    assert sorted(sorted(g) for g in groups) == [[post, times], [post, wire]]


def test_a_fact_shared_through_one_sentence_is_named_in_the_other_outlets_words():
    # The lead says two things; the Times and AP each carry one of them and nothing of each other.
    lead = "Israel and Hamas announced a cease-fire on Thursday after talks brokered by Egypt in Cairo."
    times = "Israel and Hamas announced a cease-fire on Thursday, ending eleven days of fighting in Gaza."
    wire = "Talks brokered by Egypt in Cairo ended on Thursday, the Egyptian foreign ministry said."
    coverage = compare_many([article("post", lead), article("times", times), article("ap", wire)])
    assert list(coverage.matrix) == [(True, True, False), (True, False, True)]
    assert [f.text for f in coverage.facts] == [lead, wire]
