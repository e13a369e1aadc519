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
