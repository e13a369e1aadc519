"""Front matter values are read as YAML reads them: the quotes around a value go, the quotes in it stay."""

import pytest

from mediadiff import load_article

BODY = "Officials said the bridge would reopen on Monday.\nThe mayor said repairs cost four million.\n"


@pytest.mark.parametrize(("written", "title"), [
    ('Biden says "genocide"', 'Biden says "genocide"'),
    ("\"Trump: 'We will win'\"", "Trump: 'We will win'"),
    ('"He said \\"no\\""', 'He said "no"'),
    ("'it''s here'", "it's here"),
    ('"\\u001b[2J cleared"', "cleared"),  # an escape sequence goes whole
    ('"', '"'),
])
def test_front_matter_quotes(tmp_path, written, title):
    path = tmp_path / "001_x.md"
    path.write_text(f"---\ntitle: {written}\noutlet: Daily\n---\n{BODY}", encoding="utf-8")
    article = load_article(path)
    assert article.title == title and article.outlet == "Daily"
    assert len(article.sentences) == 2


def test_a_blockquote_marker_is_no_part_of_the_sentence(tmp_path):
    page = tmp_path / "a.md"
    page.write_text('# Senate splits\n\nSchumer spoke.\n\n> "We will not balance the books," Schumer said.\n\n'
                    '>> Nested, the mark goes too.\n', encoding="utf-8")
    article = load_article(page)
    assert [s.text for s in article.sentences] == [
        "Schumer spoke.", '"We will not balance the books," Schumer said.', "Nested, the mark goes too."]
    assert all(article.raw[s.start:s.end] == s.text for s in article.sentences)


def test_inline_markdown_is_read_as_the_text_it_shows(tmp_path):
    # QA15 H1: "**The mayor** ... [resigned](http://x.y)" kept its marks, so the same sentence in a .txt and a
    # .md file was REWORDED and "http" an added word.
    page = tmp_path / "a.md"
    page.write_text("# Mayor quits\n\n**The mayor** of Springfield [resigned](http://x.y) on *Monday*, officials "
                    "said. ![a photo](http://x.y/p.jpg)\n\nHe gave `no` reason, __aides__ said; ~~none~~ was "
                    "given, see [the letter][1].\n\n[1]: https://x.y/letter\n\nIts snake_case file is 5*3 "
                    "or 5 * 3 pages.\n\n| year | votes |\n|---|---|\n| 2024 | 5 |\n", encoding="utf-8")
    article = load_article(page)
    assert [s.text for s in article.sentences] == [
        "The mayor of Springfield resigned on Monday, officials said.",
        "He gave no reason, aides said; none was given, see the letter.",
        "Its snake_case file is 5*3 or 5 * 3 pages."]
    assert ("markup", "| 2024 | 5 |") in [(r.reason, r.text) for r in article.removed]
    assert all(article.raw[s.start:s.end] == s.text for s in article.sentences)


@pytest.mark.parametrize("line", ["**" * 200_000, "[" * 200_000, "[a](" * 100_000, "*a" * 200_000, "~~a" * 100_000])
def test_inline_markdown_of_a_pathological_line_is_read_in_linear_time(line):
    from time import process_time

    from mediadiff.corpus.formats import plain_inline

    start = process_time()
    plain_inline(line)
    assert process_time() - start < 10  # quadratic was minutes; linear is well under a second


def test_a_bracketed_label_with_a_sentence_after_its_colon_is_no_link_definition(tmp_path):
    # review15: "[Update]: The company has since responded." was blanked as a link reference definition.
    page = tmp_path / "a.md"
    page.write_text("# Mayor quits\n\nThe mayor resigned on Monday, officials said.\n\n[Update]: The company has "
                    "since responded, saying the claims are false.\n\n[1]: https://x.y/letter \"The letter\"\n",
                    encoding="utf-8")
    texts = [s.text for s in load_article(page).sentences]
    assert texts == ["The mayor resigned on Monday, officials said.",
                     "[Update]: The company has since responded, saying the claims are false."]
