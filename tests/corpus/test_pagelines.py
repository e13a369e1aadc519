"""Lines a page's layout tells: links under a bare "Read more:", set aside; the text around them kept."""

import pytest
from click.testing import CliRunner

from mediadiff.cli import main
from mediadiff.corpus import pagelines
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


KEY_POINTS = ("The attacks targeted people queuing to flee the country after militants returned to power\n"
              "Ninety people have been killed - mostly civilians and 13 military personnel\n"
              "The UK says it is entering the final stages of its evacuation, with 1,000 leaving today\n"
              "The evacuations are designed to be completed by 31 August.\n")


def test_key_points_that_are_sentences_without_a_full_stop_are_body_text():
    article = clean_text(KEY_POINTS, article_id="x", path="x.json", metadata={"title": "Evacuations resume"})
    assert len(article.sentences) == 4
    assert not [r for r in article.removed if r.reason == "subhead"] and not article.warnings


def test_headings_stay_headings():
    article = clean("Evacuations resume after attacks\n\nThe airport reopened on Friday.\n\n"
                    "What Comes Next For The Airlift\n\nThe last flights left\n\nOfficials said more would follow.\n")
    assert [r.text for r in article.removed if r.reason == "subhead"] == [
        "What Comes Next For The Airlift", "The last flights left"]


def test_a_deck_under_the_headline_stays_a_deck():
    article = clean("Saints lose another back\nSaints place running back Pierre Thomas on injured reserve\n"
                    "One day after placing Chris Ivory on injured reserve, the Saints have lost another back.\n")
    assert article.title == "Saints lose another back"
    assert [s.text for s in article.sentences] == [
        "One day after placing Chris Ivory on injured reserve, the Saints have lost another back."]


def test_headlines_in_sentence_case_under_a_lead_in_are_links_too():
    article = clean("Floods hit Italy\n\nThe river burst its banks.\n\nREAD MORE:\n"
                    "Italy declares state of emergency after deadly floods\nWhat comes next for Faenza?\n\n"
                    "The government said it would send aid.\n")
    assert [s.text for s in article.sentences] == ["The river burst its banks.", "The government said it would send aid."]
    assert [r.text for r in article.removed if r.reason == "link"] == [
        "Italy declares state of emergency after deadly floods", "What comes next for Faenza?"]


def test_a_headline_ending_in_a_full_stop_is_the_title_of_a_file_named_after_it():
    text = ("Growing up American, only to learn you're not.\n\nAt basketball games, Justin Ki Hong sang the anthem, "
            "proud to be a citizen.\n\nIt wasn't until he applied for a job that he learned otherwise.\n")
    article = clean_text(text, article_id="x", path="corpus/wash-post_2016-09-04_growing-up-american-only-to-lear.txt")
    assert article.title == "Growing up American, only to learn you're not."
    assert article.sentences[0].text.startswith("At basketball games")
    assert clean_text(text, article_id="x", path="growing-up-american.txt").title is not None


def test_a_short_lede_is_no_headline_unless_the_file_is_named_after_it():
    lede = "From a distance, tax reform reflects the shimmering frontier of policy.\n\nUp close, it dims.\n"
    for path in ("x.txt", "-", "tax-reform-2016.txt", "2016-09-04.txt"):
        assert clean_text(lede, article_id="x", path=path).title is None, path
    glued = "The Senate passed the bill on Tuesday.\nThe House votes next week, leaders said.\n"
    assert clean_text(glued, article_id="x", path="the-senate-passed-the-bill.txt").title is None


def test_show_names_the_stopped_headline_as_the_title(tmp_path):
    page = tmp_path / "politico_2015-11-11_clinton-blasts-trump-over-deport.txt"
    page.write_text("Clinton blasts Trump over 'deportation force' idea.\n\nHillary Clinton criticised the plan on "
                    "Wednesday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(page), "-q"])
    assert result.exit_code == 0, result.output
    assert "(no title)" not in result.output and "Clinton blasts Trump" in result.output.splitlines()[0]
    assert "[ 1] Hillary Clinton criticised" in result.output


@pytest.mark.parametrize(("line", "title"), [
    ("Crowds Honor Martin Luther King Jr.", "Crowds Honor Martin Luther King Jr."),
    ("Fed Raises Rates by 0.5.", "Fed Raises Rates by 0.5"),
    ("Troops Leave the U.S.", "Troops Leave the U.S."),
    ("New Polls Show Gaps in Republican Contest.", "New Polls Show Gaps in Republican Contest"),
    (".", "."),
])
def test_a_headline_loses_an_archives_full_stop_but_not_an_abbreviations(line, title):
    assert pagelines.headline_title(line) == title
