"""The report bundle (render/bundle.py): which pairs a report of many articles aligns."""

from types import SimpleNamespace

from mediadiff.render.bundle import report_pairs


def coverage_of(*facts):
    """A coverage whose facts are given as the ids of the articles carrying each."""
    return SimpleNamespace(facts=[SimpleNamespace(sentences={i: (0,) for i in ids}) for ids in facts])


def test_a_report_of_many_aligns_each_article_with_its_closest_and_none_with_a_stranger():
    articles = [SimpleNamespace(id=i) for i in ("court1", "court2", "court3", "debt1", "debt2", "pubs")]
    coverage = coverage_of(("court1", "court2", "court3"), ("court2", "court3"), ("debt1", "debt2"))
    pairs = {(articles[i].id, articles[j].id) for i, j in report_pairs(articles, coverage)}
    assert ("court2", "court3") in pairs and ("debt1", "debt2") in pairs
    assert not any("pubs" in pair for pair in pairs)  # shares no fact: nothing to align it with
    assert report_pairs(articles, coverage)[0] == (0, 1)  # the first pair stays the first two articles


def test_up_to_five_articles_every_pair_is_aligned():
    articles = [SimpleNamespace(id=str(i)) for i in range(5)]
    assert len(report_pairs(articles, coverage_of())) == 10


def test_a_report_that_leaves_pairs_out_says_which_it_shows_why_and_how_to_see_the_others():
    from mediadiff.render.bundle import pairs_note
    from mediadiff.render.html import report_page

    articles = [SimpleNamespace(id=i) for i in ("court1", "court2", "court3", "debt1", "debt2", "pubs")]
    coverage = coverage_of(("court1", "court2", "court3"), ("court2", "court3"), ("debt1", "debt2"))
    pairs = report_pairs(articles, coverage)
    note = pairs_note(articles, pairs)
    assert f"The report aligns {len(pairs)} of the 15 pairs of its 6 articles" in note.text
    assert "court2–court3" in note.text and "debt1–debt2" in note.text  # which pairs
    assert "shares most facts with" in note.text  # why
    assert "pubs shares no fact with any other article" in note.text
    assert note.command == "mediadiff compare court1 court3"  # the first pair left out
    page = report_page(title="t", articles=[], comparisons=[], coverage=None, group_rows=[], sentences=[],
                       pairs_note=note)
    assert "for example: <code>mediadiff compare court1 court3</code>, with the same --corpus" in page
    assert "`mediadiff compare court1 court3`" in note.render(str, lambda c: f"`{c}`")


def test_a_report_of_every_pair_says_so_and_names_no_command():
    articles = [SimpleNamespace(id=str(i)) for i in range(4)]
    note = pairs_note_of(articles)
    assert note.text == "The report aligns every pair of its 4 articles." and note.command is None


def pairs_note_of(articles):
    from mediadiff.render.bundle import pairs_note

    return pairs_note(articles, report_pairs(articles, coverage_of()))


def test_a_report_aligns_each_pair_of_articles_once(tmp_path, monkeypatch):
    """The coverage and each pair's section need the same alignment; the report computes it once."""
    from mediadiff.align import alignment
    from mediadiff.render.bundle import write_report
    from tests.align_builders import article

    calls = []

    def counted(a, b, *options):
        calls.append((a[-1].text, b[-1].text))
        return aligned(a, b, *options)

    aligned = alignment._align  # what every alignment runs, however it is reached
    monkeypatch.setattr(alignment, "_align", counted)
    shared = "The central bank raised its main interest rate by half a point on Thursday."
    articles = [article(name, shared, f"{name} covered the story from {place}.")
                for name, place in (("post", "Washington"), ("times", "London"), ("wire", "Frankfurt"))]
    files = write_report(articles, tmp_path / "report")
    assert len(calls) == 3 == len(set(calls))  # three pairs, each aligned once
    markdown = files.markdown.read_text(encoding="utf-8")
    assert markdown.count(" vs ") >= 3 and "central bank" in markdown  # every pair still has its section
