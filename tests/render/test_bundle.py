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
