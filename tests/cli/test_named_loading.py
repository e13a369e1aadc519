"""Commands on a few named articles of a folder read only their files, with the output of reading it all."""

import json

import pytest

from mediadiff.cli import main
from mediadiff.corpus import reading

STORM = ("Storm hits coast\nBy Ann Lee, Reuters\n\nA storm hit the coast on Monday, officials said. "
         "\"We have never seen water this high,\" said Mayor Tom Reyes. Schools will stay closed.\n")
STORM_B = ("Coast battered by storm\n\nThe storm battered the coast on Monday, the mayor said. "
           "Mayor Tom Reyes said the water had never been this high. Schools may stay closed.\n")
DAM = "Dam holds\n\nThe dam held overnight, engineers said. Residents returned home on Tuesday.\n"
FIRE = "Fire spreads\n\nA wildfire spread across the hills on Friday. Thousands fled their homes.\n"


def _folder(path):
    """A folder of several formats: plain text, Markdown with front matter, a JSON file of two records
    with ids of their own, a manifest, and a file that is not UTF-8."""
    path.mkdir()
    (path / "001_storm.txt").write_text(STORM)
    (path / "002_storm.md").write_text(f"---\ntitle: Coast battered\noutlet: The Courier\n---\n{STORM_B}")
    (path / "003_dam.txt").write_bytes(("Caf\u00e9 " + DAM).encode("cp1252"))
    (path / "004_feed.jsonl").write_text("\n".join(json.dumps(r) for r in (
        {"id": "fire-1", "title": "Fire spreads", "text": FIRE, "source": "Daily Star"},
        {"id": "fire-2", "title": "Dam", "text": DAM, "source": "Gazette"})) + "\n")
    (path / "manifest.csv").write_text("id,outlet,colour\n001,Wire Service,red\n")
    return path


def _run(runner, *args):
    result = runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


COMMANDS = [
    ("compare", "001", "002"),
    ("compare", "001", "002", "--format", "json"),
    ("score", "001", "003", "fire-2", "--by", "article", "--format", "csv"),
    ("voices", "001", "002"),
    ("show", "003"),
    ("show", "fire-1", "--format", "json"),
    ("show", "fire-"),  # ambiguous: the same error
    ("show", "zzz"),  # unknown: the same list of known ids
    ("compare", "00", "002"),  # ambiguous prefix
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_the_output_is_that_of_reading_the_whole_folder(runner, tmp_path, monkeypatch, command):
    folder = _folder(tmp_path / "corpus")
    fast = _run(runner, *command, "--corpus", folder)
    monkeypatch.setattr("mediadiff.cli.common.load_named", lambda *args, **kwargs: None)
    assert fast == _run(runner, *command, "--corpus", folder)


def test_only_the_named_files_are_read_and_a_broken_file_elsewhere_is_not_mentioned(runner, tmp_path,
                                                                                      monkeypatch):
    folder = _folder(tmp_path / "corpus")
    (folder / "005_broken.txt").write_bytes(b"\x00\x01\x02binary")
    read = []
    real = reading._read_text
    monkeypatch.setattr(reading, "_read_text", lambda path, **kw: read.append(path.name) or real(path, **kw))
    code, out, err = _run(runner, "compare", "001", "002", "--corpus", folder)
    assert code == 0 and "Storm hits coast" in out
    assert sorted(read) == ["001_storm.txt", "002_storm.md", "004_feed.jsonl"]  # the JSON for its ids only
    assert "005_broken" not in err and "003_dam.txt is not UTF-8" not in err
    assert "colour" in err  # the manifest's warning concerns every command
    # a command on the whole folder still says what it skipped
    assert "skipped 005_broken.txt" in _run(runner, "list", "--corpus", folder)[2]


def test_a_named_file_that_cannot_be_read_gives_the_error_of_the_whole_folder(runner, tmp_path):
    folder = _folder(tmp_path / "corpus")
    (folder / "006_empty.txt").write_text("")
    code, out, err = _run(runner, "show", "006", "--corpus", folder)
    # The id is unknown because its file was skipped: the error says so, in one line.
    assert code != 0 and err.strip().endswith("skipped 006_empty.txt: empty file") and err.count("\n") == 1
    code, out, err = _run(runner, "show", "007", "--corpus", folder)
    assert code != 0 and "known ids: 001, 002, 003, fire-1, fire-2" in err


def test_ids_given_twice_are_resolved_as_the_whole_folder_resolves_them(runner, tmp_path, monkeypatch):
    folder = _folder(tmp_path / "corpus")
    (folder / "000_dup.json").write_text(json.dumps({"id": "002", "text": DAM}))  # takes 002 from the .md
    fast = _run(runner, "show", "002", "--corpus", folder)
    assert "Dam holds" in fast[1] and "already used" in fast[2]
    monkeypatch.setattr("mediadiff.cli.common.load_named", lambda *args, **kwargs: None)
    assert fast == _run(runner, "show", "002", "--corpus", folder)


def test_charts_colour_outlets_from_the_whole_folder(runner, tmp_path, monkeypatch):
    folder = _folder(tmp_path / "corpus")
    for out in ("fast", "slow"):  # the coverage chart and the sentiment chart colour outlets
        _run(runner, "compare", "001", "002", "fire-2", "--corpus", folder, "--charts", tmp_path / out)
        _run(runner, "score", "001", "002", "--corpus", folder, "--charts", tmp_path / out)
        monkeypatch.setattr("mediadiff.cli.common.load_named", lambda *args, **kwargs: None)
    fast = sorted(p.name for p in (tmp_path / "fast").iterdir())
    assert fast and fast == sorted(p.name for p in (tmp_path / "slow").iterdir())
    for name in fast:
        assert (tmp_path / "fast" / name).read_bytes() == (tmp_path / "slow" / name).read_bytes(), name
