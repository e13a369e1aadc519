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
    ("Published: 2012.08.08 09:01 AM", "2012-08-08"),  # the year first: year, month, day whatever joins them
    ("8:05am UK, Monday 16 September 2013", "2013-09-16"),  # the Telegraph's zone
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


def test_a_date_line_set_aside_in_the_body_dates_a_file_nothing_else_dates(tmp_path):
    # QA15 C1: a date line under the lede was set aside as a timestamp and dated nothing: the article fell out of
    # every time window and one report of a 2007 sentencing joined the 2005 killing's event.
    story = "Climber dies in fall\n\nA British climber has fallen to his death, police said.\n\n{}\n\nHe was 32.\n"
    (tmp_path / "lede.txt").write_text(story.format("8:44AM BST 16 Sep 2013"), encoding="utf-8")
    (tmp_path / "2013-09-20_named.txt").write_text(story.format("8:44AM BST 16 Sep 2013"), encoding="utf-8")
    result = CliRunner().invoke(main, ["--corpus", str(tmp_path), "list", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lede, named = (next(line for line in result.stdout.splitlines() if f"{name}.txt" in line)
                   for name in ("lede", "2013-09-20_named"))
    assert ",2013-09-16," in lede and "published=date line in the body" in lede
    assert ",2013-09-20," in named  # the date its file name gives is the corpus builder's word
    assert date_line("Version 2012.08.08 of the plan") is None
