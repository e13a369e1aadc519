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
