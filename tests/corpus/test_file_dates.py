"""A full ISO date in a file's name dates the article when nothing in the file does, and `show` says so."""

import json

from click.testing import CliRunner

from mediadiff import load_article
from mediadiff.cli import main
from mediadiff.corpus.dates import date_in_name

STORY = ("The city council approved a new budget for the harbour bridge on Tuesday after a long debate.\n\n"
         "Mayor Ana Ruiz said the repairs would start in the spring and finish within two years.\n")


def test_a_date_in_the_file_name_dates_an_undated_article(tmp_path):
    path = tmp_path / "nyt_2016-09-08_bridge-budget.txt"
    path.write_text(STORY, encoding="utf-8")
    article = load_article(path)
    assert article.published == "2016-09-08"
    assert article.metadata_source["published"] == "file name (inferred)"


def test_a_date_the_file_gives_wins_over_its_name(tmp_path):
    path = tmp_path / "nyt_2016-09-08_bridge-budget.txt"
    path.write_text("Published: 2016-09-10\n\n" + STORY, encoding="utf-8")
    assert load_article(path).published == "2016-09-10"


def test_only_one_valid_full_date_in_a_name_counts():
    assert date_in_name("2016-09-08.txt") == "2016-09-08"
    assert date_in_name("story_2016-09-08_and_2016-09-08.md") == "2016-09-08"
    for name in ("story-2016-09.txt", "2016-02-30_story.txt", "2016-09-08_to_2016-09-27.txt", "12016-09-081.txt",
                 "story.txt"):
        assert date_in_name(name) is None, name


def test_show_names_the_file_name_as_the_date_source(tmp_path):
    path = tmp_path / "wire_2016-09-08_bridge.txt"
    path.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(path)])
    assert result.exit_code == 0, result.output
    assert "2016-09-08" in result.output and "file name (inferred)" in result.output


def test_group_keeps_the_same_story_weeks_apart_by_the_dates_in_file_names(tmp_path):
    for name in ("a_2016-09-08_bridge.txt", "b_2016-09-09_bridge.txt", "c_2016-10-20_bridge.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(main, ["--corpus", str(tmp_path), "group", "--format", "json"])
    assert result.exit_code == 0, result.output
    events = [sorted(event["articles"]) for story in json.loads(result.output)["stories"] for event in story["events"]]
    assert sorted(events) == [["a", "b"], ["c"]]
