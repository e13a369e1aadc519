"""Groupings remembered between commands: `group` then `--story` without grouping again, never stale."""

import json

import pytest

from mediadiff.cli import main
from mediadiff.events import grouping, remembered


def story_run(runner, corpus, *extra):
    return runner.invoke(main, ["voices", "--story", "S1", "--corpus", str(corpus), "--format", "json", *extra])


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(remembered.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache" / "groupings"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("a", "Senators passed the border funding bill on Tuesday night."),
                       ("b", "The Senate passed a border funding bill late on Tuesday."),
                       ("c", "A storm closed schools across the coast on Friday morning.")):
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def no_grouping(*args, **kwargs):
    raise AssertionError("grouped again")


def test_story_after_group_does_not_group_again_and_gives_the_same_articles(runner, corpus, cache, monkeypatch):
    assert runner.invoke(main, ["group", "--corpus", str(corpus)]).exit_code == 0
    first = story_run(runner, corpus)
    assert first.exit_code == 0 and len(list(cache.glob("*.json"))) == 1
    monkeypatch.setattr(grouping, "group_stories", no_grouping)
    again = story_run(runner, corpus)
    assert again.exit_code == 0 and again.output == first.output


def test_a_changed_file_or_option_groups_again(runner, corpus, cache, monkeypatch):
    assert story_run(runner, corpus).exit_code == 0
    calls = []
    real = grouping.group_stories
    monkeypatch.setattr(grouping, "group_stories", lambda *a, **k: calls.append(1) or real(*a, **k))
    (corpus / "c.txt").write_text("Senators passed the border bill, officials said.\n", encoding="utf-8")
    assert story_run(runner, corpus).exit_code == 0
    assert story_run(runner, corpus, "--story-threshold", "0.5").exit_code == 0
    assert len(calls) == 2 and len(list(cache.glob("*.json"))) == 3


def test_a_damaged_or_foreign_cache_file_is_passed_over(runner, corpus, cache):
    assert story_run(runner, corpus).exit_code == 0
    (kept,) = cache.glob("*.json")
    good = story_run(runner, corpus).output
    for damage in ("{not json", json.dumps({"digest": "other", "groups": {"S1": ["c"]}}),
                   json.dumps({"digest": kept.stem, "groups": {"S1": [1, 2]}}),
                   json.dumps({"digest": kept.stem, "groups": {"S1": ["no-such-article"]}})):
        kept.write_text(damage, encoding="utf-8")
        result = story_run(runner, corpus)
        assert result.exit_code == 0 and result.output == good, damage


def test_an_unwritable_cache_or_the_cache_turned_off_changes_nothing(runner, corpus, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(remembered.CACHE_ENV, str(blocker / "cache"))  # a folder inside a file: cannot be made
    good = story_run(runner, corpus)
    assert good.exit_code == 0
    monkeypatch.setenv(remembered.CACHE_ENV, "off")
    assert remembered.cache_folder() is None
    assert story_run(runner, corpus).output == good.output


def test_the_cache_lives_in_the_users_cache_folder_and_keeps_a_bounded_number(monkeypatch, tmp_path, seeds):
    monkeypatch.delenv(remembered.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert remembered.cache_folder() == tmp_path / "xdg" / "mediadiff" / "groupings"
    articles = list(seeds)[:3]
    stories = grouping.group_stories(articles)
    for k in range(remembered.KEPT_GROUPINGS + 3):
        remembered.remember_groups(remembered.grouping_digest(articles, {"threshold": 0.2 + k / 1000}), stories)
    assert len(list(remembered.cache_folder().glob("*.json"))) == remembered.KEPT_GROUPINGS
    assert not list(remembered.cache_folder().glob("*.tmp"))


def test_the_cache_never_touches_the_users_own_files_in_the_folder_named(runner, corpus, tmp_path, monkeypatch):
    results = tmp_path / "results"
    results.mkdir()
    for k in range(remembered.KEPT_GROUPINGS + 5):
        (results / f"run{k}.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv(remembered.CACHE_ENV, str(results))
    for threshold in ("0.2", "0.3"):
        assert story_run(runner, corpus, "--story-threshold", threshold).exit_code == 0
    assert len(list(results.glob("run*.json"))) == remembered.KEPT_GROUPINGS + 5
    assert len(list((results / "groupings").glob("*.json"))) == 2
    stray = results / "groupings" / "notes.json"  # a file there this module did not write stays too
    stray.write_text("{}", encoding="utf-8")
    for k in range(remembered.KEPT_GROUPINGS + 1):
        remembered.remember_groups(f"{k:064x}", ())
    assert stray.is_file() and len(list((results / "groupings").glob("*.json"))) == remembered.KEPT_GROUPINGS + 1
