"""Date lines of the shapes news pages print under a headline date the article; the same figures inside a
sentence stay body text."""

import pytest
from click.testing import CliRunner

from mediadiff.cli import main
from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.furniture import date_line


@pytest.mark.parametrize("line, day", [
    ("11/30/09 05:40 PM ET", "2009-11-30"),  # HuffPost: month first, as US news writes it
    ("POSTED: 1052 GMT (1852 HKT), April 10, 2007", "2007-04-10"),  # CNN: a 24-hour time before its zone
    ("April 12, 2013 | 4:00am", "2013-04-12"),  # NY Post
    ("30/11/2009", "2009-11-30"),  # a first number over 12 can only be the day
    ("11/30/2009", "2009-11-30"),
])
def test_a_date_line_gives_its_day(line, day):
    assert date_line(line) == day
    article = clean_text(f"Inmate escapes prison van near Houston\n\n{line}\n\nA convicted inmate escaped on Monday, "
                         "officials said.\n\nThe search goes on.\n", article_id="x", path="x.txt")
    assert article.published == day
    assert [r.reason for r in article.removed] == ["headline", "timestamp"]
    assert len(article.sentences) == 2


@pytest.mark.parametrize("line", ["2/30/2010", "13/13/2013"])
def test_an_impossible_date_in_figures_dates_nothing(line):
    assert date_line(line) == ""


@pytest.mark.parametrize("sentence", [
    "Roads in the area were closed until about 1630 GMT on Saturday.",
    "The firearm was used on 2/26/12, he said.",
    "Voting will close at 6:00 p.m. local time (1300 GMT) Sunday.",
])
def test_the_same_figures_inside_a_sentence_are_body_text(sentence):
    assert date_line(sentence) is None
    article = clean_text(f"Polls close\n\n{sentence}\n\nThe count begins.\n", article_id="x", path="x.txt")
    assert article.published is None
    assert article.sentences[0].text == sentence


def test_show_dates_a_page_by_its_date_line_in_figures(tmp_path):
    path = tmp_path / "escape.txt"
    path.write_text("Inmate escapes prison van near Houston\n\n11/30/09 05:40 PM ET\n\nA convicted inmate escaped "
                    "on Monday, officials said.\n\nThe search goes on.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(path)])
    assert result.exit_code == 0, result.output
    assert "published  2009-11-30" in result.output
    assert "subhead" not in result.output
