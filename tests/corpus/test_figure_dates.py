"""A date all in figures ("03/04/2025") is read day first where the file says it writes dates that way."""

import csv
import io

import pytest

from mediadiff.cli import main
from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.figuredates import day_first

PAGE = "Council approves new bridge\n\n{stamp}\n\nThe council approved the bridge on Thursday, the leader said.\n\n{end}"


def published(text, **metadata):
    return clean_text(text, article_id="a", path="a.txt", metadata=metadata).published


def test_a_date_line_in_figures_reads_month_first_unless_the_file_says_otherwise():
    assert published(PAGE.format(stamp="03/04/2025", end="Work starts in May.\n")) == "2025-03-04"
    # another date in figures that only the day-first order reads, in a body sentence or a line
    assert published(PAGE.format(stamp="03/04/2025", end="The vote followed a meeting on 25/03/2025.\n")) \
        == "2025-04-03"
    assert published(PAGE.format(stamp="Published: 03/04/2025 10:15", end="Updated 25/03/2025\n")) == "2025-04-03"
    # ... or only the month-first order, which no domain or language overrules
    assert published(PAGE.format(stamp="03/04/2025", end="It met on 03/25/2025.\n"),
                     url="https://www.bbc.co.uk/news/1") == "2025-03-04"


@pytest.mark.parametrize(("metadata", "day"), [
    ({"url": "https://www.bbc.co.uk/news/uk-1"}, "2025-04-03"), ({"url": "https://www.abc.net.au/x"}, "2025-04-03"),
    ({"url": "https://www.irishtimes.ie/x"}, "2025-04-03"), ({"url": "https://www.nytimes.com/x"}, "2025-03-04"),
    ({"language": "en-GB"}, "2025-04-03"), ({"language": "en_AU"}, "2025-04-03"), ({"language": "fr"}, "2025-04-03"),
    ({"language": "en-US", "url": "https://www.bbc.co.uk/x"}, "2025-03-04"), ({"language": "en"}, "2025-03-04"),
    ({"language": "en-CA"}, "2025-03-04"),
    # English's three-letter code (ISO 639-2/3, archive and library records) is English, as "en" is
    ({"language": "eng"}, "2025-03-04"), ({"language": "ENG"}, "2025-03-04"), ({"language": "eng-GB"}, "2025-04-03"),
    ({"language": "eng", "url": "https://www.bbc.co.uk/x"}, "2025-04-03"), ({"language": "fra"}, "2025-04-03")])
def test_the_language_or_the_domain_tells_the_order(metadata, day):
    assert published(PAGE.format(stamp="03/04/2025", end="Work starts in May.\n"), **metadata) == day


def test_a_file_with_both_orders_says_nothing():
    assert day_first("On 25/03/2025 and on 03/25/2025.", {"language": "en-GB"}) is True  # the language speaks
    assert day_first("On 25/03/2025 and on 03/25/2025.", {}) is None


def test_figures_inside_a_body_sentence_date_nothing():
    text = "Council approves new bridge\n\nThe council met on 03/04/2025 and approved the bridge, the leader said.\n"
    assert published(text, url="https://www.bbc.co.uk/x") is None


def test_a_manifest_in_en_gb_dates_its_articles_day_first(runner, tmp_path):
    (tmp_path / "001_a.txt").write_text(PAGE.format(stamp="03/04/2025", end="Work starts in May.\n"),
                                        encoding="utf-8")
    (tmp_path / "002_b.txt").write_text("Bridge plan backed\n\nCouncillors backed the plan, the leader said.\n",
                                        encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("id,outlet,language,published\n001,The Times,en-GB,\n"
                                           "002,The Times,en-GB,04/03/2025\n", encoding="utf-8")
    result = runner.invoke(main, ["list", "--corpus", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "not used" not in result.output  # the language column is read
    rows = {r["id"]: r["published"] for r in csv.DictReader(io.StringIO(result.output))}
    assert rows == {"001": "2025-04-03", "002": "2025-03-04"}


FRONT = ("---\ntitle: Flood warning issued\noutlet: Example News\npublished: {published}\n"
         "url: https://www.example.co.uk/news/flood\n---\n{stamp}\n\n"
         "The Environment Agency issued a flood warning for the River Severn on Tuesday.\n")


def test_a_date_the_metadata_states_is_never_read_again_day_first(runner, tmp_path):
    # a day-first file (.co.uk) whose front matter states the day; the set-aside line holds the same figures
    (tmp_path / "a_ex.md").write_text(FRONT.format(published="2025-03-04", stamp="Updated 03/04/2025"),
                                      encoding="utf-8")
    (tmp_path / "b_ex.md").write_text(FRONT.format(published="", stamp="Updated 03/04/2025"), encoding="utf-8")
    result = runner.invoke(main, ["list", "--corpus", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r["published"] for r in csv.DictReader(io.StringIO(result.output))}
    assert rows == {"a": "2025-03-04", "b": "2025-04-03"}  # b's day is the one the reader read from its line
    # a caller's metadata or a JSON field in ISO form is the file's word too
    assert published(PAGE.format(stamp="Updated 03/04/2025", end="Work starts in May.\n"), published="2025-03-04",
                     url="https://www.bbc.co.uk/x") == "2025-03-04"


def test_a_date_line_in_words_is_not_read_again_for_figures_on_another_line():
    uk = {"url": "https://www.bbc.co.uk/x"}
    assert published(PAGE.format(stamp="March 4, 2025\n\nUpdated 03/04/2025", end="Work starts in May.\n"),
                     **uk) == "2025-03-04"
    # the day-first file's own date line in figures, or a byline's, stays day first
    assert published(PAGE.format(stamp="Updated 03/04/2025", end="Work starts in May.\n"), **uk) == "2025-04-03"
    assert published(PAGE.format(stamp="Posted by Sarah Kim | 03/04/2025", end="Work starts in May.\n"),
                     **uk) == "2025-04-03"


def test_a_month_first_order_nothing_told_is_said_where_the_date_came_from(runner, tmp_path):
    # A .com page dated "03/04/2025" alone was read 4 March silently: the order was the reader's assumption.
    (tmp_path / "001_us.txt").write_text(PAGE.format(stamp="03/04/2025", end="Work starts in May.\n"))
    (tmp_path / "002_told.txt").write_text(PAGE.format(stamp="03/04/2025", end="It met on 03/25/2025.\n"))
    (tmp_path / "003_one.txt").write_text(PAGE.format(stamp="03/25/2025", end="Work starts in May.\n"))
    (tmp_path / "manifest.csv").write_text("id,url\n001,https://www.example.com/a\n")
    result = runner.invoke(main, ["--corpus", str(tmp_path), "list", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["001"]["published"] == "2025-03-04"
    assert "published=date line, month first assumed: 03/04/2025" in rows["001"]["metadata_source"]
    for told in ("002", "003"):  # another date tells the order; a day above 12 has only one
        assert "assumed" not in rows[told]["metadata_source"] and "published=date line" in rows[told]["metadata_source"]
    shown = runner.invoke(main, ["--corpus", str(tmp_path), "show", "001"])
    assert "[date line, month first assumed: 03/04/2025]" in shown.stdout
