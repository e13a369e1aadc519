"""What ``mediadiff show`` prints for one article (render/articles.py)."""

from mediadiff.models import Article, Sentence
from mediadiff.render.articles import render_article

URL = "https://www.example.com/2021/10/18/supreme-court-sides-with-police-officers-seeking-qualified-immunity"


def one_sentence_article(**metadata):
    text = "The court ruled on Monday."
    return Article("a", "a.txt", text, (Sentence(0, text, 0, len(text)),), **metadata)


def test_a_long_metadata_value_wraps_under_its_value_and_keeps_the_label_column():
    article = one_sentence_article(url=URL, outlet="CNBC", metadata_source={"url": "manifest"})
    lines = render_article(article, width=80).splitlines()
    (url_line,) = [line for line in lines if line.lstrip().startswith("url")]
    assert url_line.startswith("  url        https://")  # the value starts where the others' do
    following = lines[lines.index(url_line) + 1]
    assert following.startswith(" " * 13) and "[manifest]" in following
    assert all(len(line) <= 80 for line in lines)


def test_one_body_sentence_is_counted_in_the_singular():
    assert "Body (1 sentence)" in render_article(one_sentence_article(), width=80).splitlines()


def test_list_cuts_long_ids_to_unique_prefixes_only_when_they_would_overflow():
    from mediadiff.render.articles import render_list

    names = ["wash-post_2016-09-26_ah-friends-once-more-ted-cruz-en", "wash-post_2016-09-26_charlotte-struggles",
             "west-journal_2016-09-26_popular-website-shows-bias", "west-journal_2016-09-26_rush-limbaugh-hillary",
             "nyt"]
    # every column holds something (a column empty in every row would be left out to make room)
    articles = [Article(n, f"{n}.txt", "The court ruled.", (Sentence(0, "The court ruled.", 0, 16),),
                        title="Court rules", outlet="Wire", published="2016-09-26", sections=("Politics",),
                        wire="AP") for n in names]
    lines = render_list(articles, width=100).splitlines()
    assert all(len(line) <= 100 for line in lines)
    shown = [line.split()[0] for line in lines[2:2 + len(names)]]
    assert "nyt" in shown
    for cut in (s.removesuffix("…") for s in shown if s.endswith("…")):
        assert sum(n.startswith(cut) for n in names) == 1  # names one article, as a prefix does
    assert "ids ending in … are cut" in lines[-2] + lines[-1]
    wide = render_list(articles, width=200)
    assert all(n in wide for n in names) and "…" not in wide.split()[0]


def test_the_count_of_duplicates_not_listed_sits_under_the_duplicates_listed():
    from mediadiff.models import Removed

    removed = (*(Removed("Getty/Instagram.", "duplicate-sentence", 0, 16) for _ in range(3)),
               Removed("Editor's note", "subhead", 20, 33),
               *(Removed("Getty/Instagram.", "duplicate-sentence", 40, 56) for _ in range(2)))
    lines = render_article(one_sentence_article(removed=removed), width=100).splitlines()
    at = lines.index(next(line for line in lines if "more duplicate sentences" in line))
    assert "duplicate-sentence" in lines[at - 1] and "subhead" in lines[at + 1]
    assert "… and 2 more duplicate sentences (5 in all" in lines[at]


def test_one_duplicate_not_listed_is_counted_in_the_singular():
    from mediadiff.models import Removed

    removed = tuple(Removed("Getty/Instagram.", "duplicate-sentence", 0, 16) for _ in range(4))
    text = render_article(one_sentence_article(removed=removed), width=100)
    assert "… and 1 more duplicate sentence (4 in all" in text


def test_list_leaves_out_metadata_columns_no_article_fills_and_says_so():
    from mediadiff.render.articles import render_list

    title = "Supreme Court sides with police officers"
    articles = [Article(n, f"{n}.txt", "The court ruled.", (Sentence(0, "The court ruled.", 0, 16),),
                        title=title, outlet="CNBC", published="2021-10-18") for n in ("s0001", "s0002")]
    lines = render_list(articles, width=100).splitlines()
    assert lines[0].split() == ["id", "outlet", "title", "published", "sents", "comments", "words"]
    assert title in lines[2]  # the width the empty columns took goes to the titles
    assert "no article has a value for wire or sections" in " ".join(lines[-2:])
    with_wire = render_list([*articles[:1], Article("s0003", "s0003.txt", "The court ruled.",
                                                    (Sentence(0, "The court ruled.", 0, 16),), wire="AP")], width=100)
    assert "wire" in with_wire.splitlines()[0].split() and "no article has a value for sections" in with_wire
