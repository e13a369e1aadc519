"""Lines a page's layout tells: links under a bare "Read more:", set aside; the text around them kept."""

import pytest
from click.testing import CliRunner

from mediadiff.cli import main
from mediadiff.corpus.cleaning import clean_text


def clean(text):
    return clean_text(text, article_id="x", path="x.txt")


@pytest.mark.parametrize("lead_in", ["Read more:", "Related:", "More on this story:", "Related stories"])
def test_headlines_under_a_bare_lead_in_are_links(lead_in):
    article = clean(f"Council votes\n\nThe council voted.\n\n{lead_in}\nOpinion: The wall is a bad bet\n"
                    "How Climate Change Is Reshaping River Towns\nRelated: Eastside residents demand answers\n")
    assert [s.text for s in article.sentences] == ["The council voted."]
    assert [r.text for r in article.removed if r.reason == "link"] == [
        "Opinion: The wall is a bad bet", "How Climate Change Is Reshaping River Towns",
        "Related: Eastside residents demand answers"]


def test_the_first_line_not_written_as_a_headline_ends_the_links():
    article = clean("Council votes\n\nThe council voted.\n\nRead more:\nOpinion: The wall is a bad bet\n"
                    "The mayor said the wall would be finished by 2027.\nthe wall is a bad bet\n")
    assert [s.text for s in article.sentences] == [
        "The council voted.", "The mayor said the wall would be finished by 2027.", "the wall is a bad bet"]


def test_a_lead_in_with_its_link_on_the_line_heads_nothing():
    article = clean("Council votes\n\nThe council voted.\n\nRead more: The wall's cost\nOpinion: Mayor Is Right\n"
                    "The mayor said the wall would be finished by 2027.\n")
    assert not [r for r in article.removed if r.reason == "link"]


def test_show_lists_the_links_as_set_aside():
    result = CliRunner().invoke(main, ["show", "-", "-q"],
                                input="T\n\nThe council voted.\n\nRead more:\nOpinion: The wall is a bad bet\n")
    assert result.exit_code == 0, result.output
    body = result.output.split("Set aside")[0]
    assert "The council voted." in body and "bad bet" not in body
    assert "link" in result.output.split("Set aside")[1]
