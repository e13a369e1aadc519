"""compare_many: the coverage of three or more articles (more cases in test_alignment.py)."""

import csv
import io
import json

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


def test_an_article_that_splits_a_sentence_shows_one_row_and_two_articles_two():
    # The Post's lead is one fact with the Times; AP says it in two sentences, each linked to the lead only
    # (a split): one fact, not two rows repeating the lead. Reuters' sentence, also linked to the lead only,
    # stays its own: the lead may say two things, one to AP and another to Reuters.
    from mediadiff.align.coverage import fact_groups

    post, times, ap_1, ap_2, reuters = (0, 0), (1, 0), (2, 0), (2, 1), (3, 0)
    groups = fact_groups({frozenset({post, times}): 0.7, frozenset({post, ap_1}): 0.4,
                          frozenset({post, ap_2}): 0.4, frozenset({post, reuters}): 0.5})
    assert sorted(sorted(g) for g in groups) == [[post, times], [post, ap_1, ap_2], [post, reuters]]


def test_a_fact_shared_through_one_sentence_is_named_in_the_other_outlets_words():
    # The lead says two things; the Times and AP each carry one of them and nothing of each other.
    lead = "Israel and Hamas announced a cease-fire on Thursday after talks brokered by Egypt in Cairo."
    times = "Israel and Hamas announced a cease-fire on Thursday, ending eleven days of fighting in Gaza."
    wire = "Talks brokered by Egypt in Cairo ended on Thursday, the Egyptian foreign ministry said."
    coverage = compare_many([article("post", lead), article("times", times), article("ap", wire)])
    assert list(coverage.matrix) == [(True, True, False), (True, False, True)]
    assert [f.text for f in coverage.facts] == [lead, wire]


def test_a_sentence_in_two_facts_is_counted_once_in_every_format():
    # The Post's lead carries both facts: ticked twice, it is one sentence, and text, Markdown, HTML and
    # JSON give the same count.
    import json

    from mediadiff.align.coverage import COUNT_NOTE
    from mediadiff.render.comparison import render_coverage

    lead = "Israel and Hamas announced a cease-fire on Thursday after talks brokered by Egypt in Cairo."
    times = "Israel and Hamas announced a cease-fire on Thursday, ending eleven days of fighting in Gaza."
    wire = "Talks brokered by Egypt in Cairo ended on Thursday, the Egyptian foreign ministry said."
    coverage = compare_many([article("post", lead), article("times", times), article("ap", wire)])
    assert [sum(row[0] for row in coverage.matrix)] == [2] and coverage.sentences_in_facts() == (1, 1, 1)
    (text_totals,) = [line for line in render_coverage(coverage, width=120).splitlines() if COUNT_NOTE in line]
    assert text_totals.split()[:3] == ["1", "1", "1"]
    assert f"| *{COUNT_NOTE}* | 1 | 1 | 1 |" in render_coverage(coverage, fmt="markdown")
    assert f"<td class=muted>{COUNT_NOTE}</td>" + "<td class=num>1</td>" * 3 in render_coverage(coverage, fmt="html")
    listed = json.loads(render_coverage(coverage, fmt="json"))["articles"]
    assert [(a["fact_sentence_count"], a["sentence_count"]) for a in listed] == [(1, 1), (1, 1), (1, 1)]


def test_an_article_linked_to_a_fact_only_by_uncertain_rows_is_marked_apart_in_every_format(monkeypatch):
    # Two articles that compare would show "reworded (same fact?)" carry the fact no more surely than that
    # row: the coverage must say so (a "?" where the others have a tick), in text, Markdown, HTML, CSV, JSON.
    from dataclasses import replace

    from mediadiff.align import coverage as coverage_module
    from mediadiff.render.comparison import render_coverage

    quake = "The quake struck off the coast at 7:48 a.m. local time, west of Manokwari, the survey said."
    a = article("a", quake, "Schools were closed on Monday.")
    b = article("b", quake.replace("7:48", "7:49"), "Dozens of aftershocks followed.")
    c = article("c", quake.replace("7:48 a.m.", "4:43 a.m.").replace("Manokwari", "Jayapura"), "Roads were cut.")
    real = coverage_module.align_sentences

    def doubted_with_c(first, second, *, threshold):
        rows = real(first, second, threshold=threshold)
        if second is c.sentences:  # every row with c is "(same fact?)"
            rows = tuple(replace(r, confidence=0.5) if r.status in ("kept", "reworded") else r for r in rows)
        return rows

    monkeypatch.setattr(coverage_module, "align_sentences", doubted_with_c)
    result = compare_many([a, b, c])
    (fact,) = [f for f in result.facts if "quake" in f.text]
    assert set(fact.sentences) == {"a", "b", "c"} and fact.uncertain == ("c",)  # a and b are sure of each other
    text = render_coverage(result, fmt="text", width=120)
    (row,) = [line for line in text.splitlines() if "quake" in line and line.split()[0] in "✓?·"]
    assert row.split()[:3] == ["✓", "✓", "?"] and "? = only through rows" in text
    (md_row,) = [line for line in render_coverage(result, fmt="markdown").splitlines() if "quake" in line]
    assert md_row.split("|")[2:5] == [" ✓ 1 ", " ✓ 1 ", " ? 1 "]
    assert "class='num uncertain'" in render_coverage(result, fmt="html")
    records = list(csv.DictReader(io.StringIO(render_coverage(result, fmt="csv"))))
    assert [r["uncertain"] for r in records if "quake" in r["text"]] == ["c"]
    facts = json.loads(render_coverage(result, fmt="json"))["facts"]
    assert [f["uncertain"] for f in facts if "quake" in f["text"]] == [["c"]]
