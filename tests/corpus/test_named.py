"""Articles named one by one: two different files never share an id."""

from __future__ import annotations

from mediadiff.cli import main
from mediadiff.corpus.named import load_file_refs, named_file_ids

OBAMA = "Obama speaks\n\nPresident Obama spoke in Ohio on Monday about jobs and wages.\n"
TRUMP = "Trump rallies\n\nDonald Trump held a rally in Florida on Tuesday before a large crowd.\n"


def test_files_named_with_a_shared_prefix_keep_their_whole_names(tmp_path):
    # "nyt_..." names an outlet, not an article: both files would be "nyt".
    obama, trump = tmp_path / "nyt_2016-09-08_obama.txt", tmp_path / "nyt_2016-09-09_trump.txt"
    obama.write_text(OBAMA)
    trump.write_text(TRUMP)
    assert [a.id for a in load_file_refs([str(obama), str(trump)])] == ["nyt_2016-09-08_obama",
                                                                         "nyt_2016-09-09_trump"]


def test_a_file_named_alone_keeps_the_id_it_has_in_its_folder(tmp_path):
    (tmp_path / "001_latin_times.txt").write_text(OBAMA)
    (tmp_path / "002_other.txt").write_text(TRUMP)
    assert named_file_ids([tmp_path / "001_latin_times.txt"]) == {tmp_path / "001_latin_times.txt": "001"}


def test_files_of_two_folders_that_share_an_id_are_told_apart(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "001_cnn.txt", tmp_path / "b" / "001_fox.txt"
    first.write_text(OBAMA)
    second.write_text(TRUMP)
    assert set(named_file_ids([first, second]).values()) == {"001_cnn", "001_fox"}


def test_compare_and_score_take_both_files(runner, tmp_path):
    obama, trump = tmp_path / "nyt_2016-09-08_obama.txt", tmp_path / "nyt_2016-09-09_trump.txt"
    obama.write_text(OBAMA)
    trump.write_text(TRUMP)
    compared = runner.invoke(main, ["compare", str(obama), str(trump)])
    assert compared.exit_code == 0, compared.output
    assert "nyt_2016-09-08_obama" in compared.output and "nyt_2016-09-09_trump" in compared.output
    scored = runner.invoke(main, ["score", str(obama), str(trump), "--by", "article", "--format", "csv"])
    assert scored.exit_code == 0 and "named 2 times" not in scored.output
    assert len(scored.stdout.strip().splitlines()) == 3  # a header and one row per file


def test_files_of_one_name_in_two_folders_are_told_apart_by_their_folder(tmp_path, runner):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt"
    first.write_text(OBAMA)
    second.write_text(TRUMP)
    assert named_file_ids([first, second]) == {first: "a/story.txt", second: "b/story.txt"}
    compared = runner.invoke(main, ["compare", str(first), str(second)])
    assert compared.exit_code == 0 and "a/story" in compared.output and "b/story" in compared.output


def test_each_folder_is_listed_once_however_many_of_its_files_are_named(tmp_path, monkeypatch):
    from mediadiff.corpus import named

    files = []
    for k in range(30):
        files.append(tmp_path / f"nyt_{k:03d}.txt")
        files[-1].write_text(OBAMA)
    listed = []
    monkeypatch.setattr(named, "article_files", lambda folder: listed.append(folder) or sorted(files))
    ids = named_file_ids(files)
    assert listed == [tmp_path] and len(set(ids.values())) == 30
