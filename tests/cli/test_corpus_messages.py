"""What the command line says about a corpus it cannot read, about sizes, and about names it prints."""

import csv
import io
import json

import pytest

from mediadiff.cli import main
from mediadiff.corpus.limits import human_size

STORY = ("The minister met the delegation in the capital on Monday to discuss trade and security.\n"
         "Both sides agreed to meet again next month, officials said.\n")


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("command", [("list",), ("group",), ("group", "--format", "json"),
                                     ("score", "--format", "jsonl"), ("voices",)])
def test_a_corpus_of_unreadable_files_is_an_error_that_says_why(runner, tmp_path, command):
    # `group` and a streamed `score` printed an empty result and succeeded.
    (tmp_path / "001_a.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "002_b.txt").write_text("", encoding="utf-8")
    result = run(runner, *command, "--corpus", tmp_path, "--quiet")
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines()[-1] == (
        f"Error: no readable articles in {tmp_path}: 2 files skipped, the first 001_a.txt: binary file, not text")


def test_one_skipped_file_is_one_file_with_its_size_in_bytes(runner, tmp_path, monkeypatch):
    (tmp_path / "001_a.txt").write_text(STORY, encoding="utf-8")
    size = len(STORY.encode())
    monkeypatch.setenv("MEDIADIFF_MAX_FILE_MB", "0.00001")  # 10 bytes
    result = run(runner, "list", "--corpus", tmp_path)
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: no readable articles in {tmp_path}: 1 file skipped, 001_a.txt: {size} bytes is larger than the "
        f"10 bytes limit for one article (set MEDIADIFF_MAX_FILE_MB to raise it)")
    assert "e-0" not in result.output


@pytest.mark.parametrize(("size", "shown"), [(1, "1 byte"), (65, "65 bytes"), (2097, "2.05 KB"),
                                             (1023999, "1000 KB"), (10 * 1024 * 1024, "10 MB"),
                                             (int(12.3 * 1024 * 1024), "12.3 MB"),
                                             (500000 * 1024 * 1024, "500000 MB")])
def test_sizes_read_as_bytes_kilobytes_or_megabytes(size, shown):
    assert human_size(size) == shown


def test_a_file_just_over_the_limit_is_counted_in_bytes(runner, tmp_path, monkeypatch):
    # 2.05 KB "is larger than" a 2.05 KB limit says nothing: both are then counted in bytes.
    (tmp_path / "001_a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "002_b.txt").write_text((STORY * 20)[:2099] + "\n", encoding="utf-8")  # 2100 bytes
    monkeypatch.setenv("MEDIADIFF_MAX_FILE_MB", str(2097 / 1024 / 1024))
    result = run(runner, "list", "--corpus", tmp_path)
    assert "skipped 002_b.txt: 2100 bytes is larger than the 2097 bytes limit" in result.output


INVISIBLE = ["\u200b", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", "\u2060"]


def test_invisible_characters_in_a_manifests_outlet_names_reach_no_output(runner, tmp_path):
    # A zero-width space or a bidi mark in a manifest's outlet reached CSV and JSON raw, and made the outlet
    # another than the one the same name without it names.
    (tmp_path / "001_a.txt").write_text("Talks resume\n\n" + STORY, encoding="utf-8")
    (tmp_path / "002_b.txt").write_text("Talks go on\n\n" + STORY, encoding="utf-8")
    marks = "".join(INVISIBLE)
    (tmp_path / "manifest.csv").write_text(
        f'id,outlet,authors\n001,"The{marks} Daily Post","Jane{marks} Doe"\n002,"The Daily{marks} Post",\n',
        encoding="utf-8")
    listed = run(runner, "list", "--corpus", tmp_path, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(listed.output)))
    assert [r["outlet"] for r in rows] == ["The Daily Post", "The Daily Post"]
    assert rows[0]["authors"] == "Jane Doe"
    for args in (("list", "--format", "json"), ("score", "--by", "outlet", "--format", "json"),
                 ("score", "--by", "outlet"), ("voices", "--format", "json")):
        result = run(runner, *args, "--corpus", tmp_path)
        assert result.exit_code == 0, result.output
        assert not any(mark in result.output for mark in INVISIBLE), args
    outlets = [r["name"] for r in json.loads(run(runner, "score", "--by", "outlet", "--format", "json",
                                                   "--corpus", tmp_path).output)["rows"]]
    assert outlets == ["The Daily Post"]


def test_a_joiner_inside_a_persian_outlet_name_is_kept(runner, tmp_path):
    # The zero-width non-joiner is part of the spelling of "Hamshahri Online" in Persian.
    name = "همشهری\u200cآنلاین"
    (tmp_path / "001_a.txt").write_text("Talks resume\n\n" + STORY, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(f"id,outlet\n001,{name}\n", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run(runner, "list", "--corpus", tmp_path, "--format", "csv").output)))
    assert rows[0]["outlet"] == name


@pytest.mark.parametrize("command", [("list",), ("group",), ("score", "--format", "csv")])
def test_many_files_skipped_for_one_reason_are_counted_in_streamed_commands_too(runner, tmp_path, command):
    # `group` and a streamed `score` named every skipped file, a line each.
    for n in range(8):
        (tmp_path / f"00{n}_empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "101_a.txt").write_text("Talks resume\n\n" + STORY, encoding="utf-8")
    (tmp_path / "102_b.txt").write_text("Talks go on\n\n" + STORY, encoding="utf-8")
    result = run(runner, *command, "--corpus", tmp_path)
    assert result.exit_code == 0, result.output
    named = [line for line in result.stderr.splitlines() if line.endswith(": empty file")]
    assert len(named) == 6 and named[-1] == "mediadiff: warning: skipped 3 more files: empty file"


def _not_articles(folder):
    """A CSV table, a Python file and a JSON dump, each saved as .txt, and two news stories."""
    (folder / "001_a.txt").write_text(STORY, encoding="utf-8")
    (folder / "002_b.txt").write_text(STORY.replace("Monday", "Tuesday"), encoding="utf-8")
    (folder / "table.txt").write_text("id,name,value,date\n" + "".join(
        f"{i},item{i},{i * 3.5},2024-01-{i + 1:02d}\n" for i in range(20)), encoding="utf-8")
    (folder / "script.txt").write_text("import os\n\ndef main(x):\n    for i in range(10):\n        if i > 3:\n"
                                       "            print(i)\n    return x\n", encoding="utf-8")
    (folder / "dump.txt").write_text(json.dumps([{"id": i, "title": f"Title {i}", "tags": ["a", "b"]}
                                                 for i in range(10)]), encoding="utf-8")


@pytest.mark.parametrize("command", [("list",), ("group", "--format", "json")])
def test_files_that_are_not_articles_are_skipped_saying_why(runner, tmp_path, command):
    # A table, code or JSON dump saved as .txt was listed and grouped with 0 sentences or one giant sentence.
    _not_articles(tmp_path)
    result = run(runner, *command, "--corpus", tmp_path)
    assert result.exit_code == 0, result.output
    warnings = result.stderr.splitlines()
    assert any("skipped table.txt: no article sentences" in w for w in warnings)
    assert any("skipped script.txt: no sentence of prose" in w for w in warnings)
    assert any("skipped dump.txt: JSON data, not article text (name the file .json" in w for w in warnings)
    for name in ("table", "script", "dump"):
        assert name not in result.stdout
    assert "001" in result.stdout and "002" in result.stdout


def test_many_files_that_are_not_articles_are_counted_in_one_line(runner, tmp_path):
    (tmp_path / "001_a.txt").write_text(STORY, encoding="utf-8")
    for number in range(9):
        (tmp_path / f"code{number}.txt").write_text(f"x{number} = compute(y, z)\nprint(x{number})\n", encoding="utf-8")
    result = run(runner, "list", "--corpus", tmp_path)
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 6 and "skipped 4 more files: no article sentences" in skipped[-1]


def test_news_without_a_full_stop_and_other_scripts_are_still_articles(tmp_path):
    from mediadiff import load_corpus

    (tmp_path / "zh.txt").write_text("国务院总理周一在北京会见了来访的代表团。双方讨论了贸易与安全问题。\n", encoding="utf-8")
    (tmp_path / "list.txt").write_text("The council approved the budget on Monday after a long debate in which "
                                       "several members asked for more money for schools and roads\n",
                                       encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert sorted(corpus.ids) == ["list", "zh"] and not corpus.warnings


def test_files_over_the_size_limit_are_counted_in_one_line_whatever_their_sizes(runner, tmp_path, monkeypatch):
    # Each file's size made each reason its own: eight files over the limit were eight lines.
    (tmp_path / "001_a.txt").write_text(STORY, encoding="utf-8")
    for number in range(8):
        (tmp_path / f"big{number}.txt").write_text(STORY * (2 + number), encoding="utf-8")
    monkeypatch.setenv("MEDIADIFF_MAX_FILE_MB", str(len(STORY.encode()) * 1.5 / 1024 / 1024))
    result = run(runner, "list", "--corpus", tmp_path)
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 6 and all(" bytes is larger than " in line for line in skipped[:5])
    assert skipped[-1].startswith("mediadiff: warning: skipped 3 more files: larger than the ")


def test_a_missing_id_hints_at_a_skipped_file_only_when_it_names_that_file(runner, tmp_path):
    (tmp_path / "001_a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "002_b.txt").write_text(STORY.replace("Monday", "Tuesday"), encoding="utf-8")
    for name in ("scan1.txt", "scan2.txt", "photo.txt"):
        (tmp_path / name).write_bytes(b"\x00\x01\x02\x03")

    def error(ref):
        result = run(runner, "compare", "001", ref, "--corpus", tmp_path)
        assert result.exit_code == 1
        return result.output.strip().splitlines()[-1]

    assert error("scan2").endswith("scan2.txt: binary file, not text")  # its id
    assert error("scan1.txt").endswith("scan1.txt: binary file, not text")  # its file name
    assert error("ph").endswith("photo.txt: binary file, not text")  # a prefix of one skipped file alone
    assert "known ids: 001, 002" in error("sca") and "scan" not in error("sca")  # two files: no guess
    assert "known ids: 001, 002" in error("x")
