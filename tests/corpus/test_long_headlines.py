"""A headline of any length opening a file (Daily Mail, NY Post: 15 to 40 words, no full stop) is the title, and
the summary points and the date line under it are the page's, not the story's."""

from click.testing import CliRunner

from mediadiff.cli import main
from mediadiff.corpus.cleaning import clean_text

LONG = ("Jury shown horrific moment innocent mother is shot dead shielding her child when she is caught up in gang "
        "attack as she picks up daughter from school")


def clean(text):
    return clean_text(text, article_id="x", path="x.txt")


def test_a_long_headline_over_a_blank_line_is_the_title():
    article = clean(f"{LONG}\n\nJurors on Thursday watched video of the shooting.\n\nThe trial resumes Monday.\n")
    assert article.title == LONG
    assert [s.text for s in article.sentences] == [
        "Jurors on Thursday watched video of the shooting.", "The trial resumes Monday."]


def test_bullets_between_a_long_headline_and_its_date_line_are_the_standfirst():
    article = clean(f"{LONG}\n\nZurana Horton, 34, a mother of 12, was fatally shot in 2011 while picking up her "
                    "daughter, 11, from school\n\nA second mother who testified was shot in her arm\n\n"
                    "UPDATED: 19:14 GMT, 12 April 2013\n\nJurors on Thursday watched video of the shooting.\n\n"
                    "The trial resumes Monday.\n")
    assert article.title == LONG
    assert article.published == "2013-04-12"
    assert [r.reason for r in article.removed] == ["headline", "standfirst", "standfirst", "timestamp"]
    assert len(article.sentences) == 2


def test_a_date_line_under_a_lede_that_ends_in_its_full_stop_is_no_page_date():
    article = clean("Inmate escapes\n\nA convicted inmate escaped on Monday while being moved between prisons, "
                    "officials said.\n\nUpdated: April 12, 2013\n\nThe search goes on.\n")
    assert article.published is None
    assert len(article.sentences) == 2


def test_a_long_first_line_that_is_no_headline_stays_body_text():
    for first in (
        "WASHINGTON (AP) — The Senate voted on Tuesday to extend the program for another year after a long "
        "night of debate on the floor",  # a dateline: a lede that lost its full stop
        "The Senate voted on Tuesday to extend the program for another year after a long night of debate on the "
        "floor.",  # its full stop
        "the Senate voted on Tuesday to extend the program for another year after a long night of debate on the "
        "floor",  # opens in lower case
    ):
        article = clean(f"{first}\nThe vote was 60 to 40.\n\nThe House votes next.\n")
        assert article.title is None, first
        article = clean(f"{first}\n\nThe vote was 60 to 40.\n\nThe House votes next.\n")
        assert article.title is None, first
        assert len(article.sentences) == 3, first


def test_show_gives_a_long_headline_as_title_and_the_date_under_it(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text("Video of Brooklyn woman's fatal shooting is played at trial of two men charged in rooftop "
                    "gunplay\n\nApril 12, 2013 | 4:00am\n\nJurors watched video on Thursday.\n\n"
                    "The trial resumes on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("post Video of Brooklyn woman's fatal shooting is played at trial")
    assert "published  2013-04-12" in result.output
    assert "[ 1] Jurors watched video on Thursday." in result.output
