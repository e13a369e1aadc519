"""Every count a command writes, in JSON and CSV, and every ``to_records`` row is named ``*_count`` (README)."""

import csv
import io
import json

import pytest
from click.testing import CliRunner
from paths import SEEDS

import mediadiff
from mediadiff.cli import main
from mediadiff.models import COUNT_KEYS, counts_named

# whole numbers that are places, not counts: offsets, indices, ids, years
NOT_COUNTS = {"id", "index", "start", "end", "sentence", "comment", "cue_start", "cue_end", "source_start",
              "source_end", "paragraph", "a_index", "b_index", "year", "story", "event", "article_id", "fact"}
# a mapping from a word to its count ("verbs": {"say": 8}): the keys are data, not names
KEYED_BY_DATA = {"verbs"}


def _counts_not_named_count(value, where=""):
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in KEYED_BY_DATA:
                continue
            if isinstance(item, int) and not isinstance(item, bool) and key not in NOT_COUNTS \
                    and not key.endswith("_count"):
                found.append(f"{where}.{key}")
            found += _counts_not_named_count(item, f"{where}.{key}")
    elif isinstance(value, list):
        for item in value[:5]:
            found += _counts_not_named_count(item, f"{where}[]")
    return found


def _csv_counts_not_named_count(text):
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows
    return sorted(key for key in rows[0] if key not in NOT_COUNTS and not key.endswith("_count")
                  and all(row[key].isdigit() for row in rows))


def run(*args):
    result = CliRunner().invoke(main, [*map(str, args), "--corpus", SEEDS], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


COMMANDS = [("list",), ("group",), ("voices",), ("voices", "000", "001"), ("score",), ("score", "--by", "article"),
            ("score", "--by", "sentence", "004"), ("score", "--by", "actor"), ("score", "--voice", "quoted"),
            ("compare", "001", "003"), ("compare", "000", "003", "004")]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_count_in_json_and_csv_is_named_count(command):
    assert _counts_not_named_count(json.loads(run(*command, "--format", "json"))) == []
    if command != ("compare", "001", "003"):  # two articles' CSV are its rows: indices and text
        assert _csv_counts_not_named_count(run(*command, "--format", "csv")) == []


def test_show_and_jsonl_name_counts_with_count():
    assert _counts_not_named_count(json.loads(run("show", "004", "--format", "json"))) == []
    lines = run("score", "--by", "sentence", "004", "--format", "jsonl").splitlines()
    assert lines and all(_counts_not_named_count(json.loads(line)) == [] for line in lines)


def test_list_and_score_csv_join_on_the_same_count_names():
    listed = {r["id"]: r for r in csv.DictReader(io.StringIO(run("list", "--format", "csv")))}
    scored = [r for r in csv.DictReader(io.StringIO(run("score", "--by", "article", "--voice", "all", "--format", "csv")))
              if r["kind"] == "article"]
    assert scored and all(r["word_count"] == listed[r["article_id"]]["word_count"] for r in scored)


def test_library_records_name_counts_as_the_commands_do():
    corpus = mediadiff.load_corpus(SEEDS)
    articles = [corpus["000"], corpus["001"]]
    for result in (mediadiff.score_corpus(articles, by="outlet"), mediadiff.voices_by_outlet(articles),
                   mediadiff.actor_tones(articles)):
        records = mediadiff.to_records(result)
        assert records and _counts_not_named_count(records) == []


def test_counts_named_renames_whole_numbers_only():
    assert counts_named({"n_words": 3, "attributions": [], "id": 7}) == {"word_count": 3, "attributions": [], "id": 7}
    assert all(name.endswith("_count") for name in COUNT_KEYS.values())


def _csv_rows(text):
    return [dict(row) for row in csv.DictReader(io.StringIO(text))]


def _as_csv_cells(records):
    return [{key: "" if value is None else str(value) for key, value in record.items()} for record in records]


def test_to_records_of_a_comparison_are_the_rows_compare_writes_as_csv():
    corpus = mediadiff.load_corpus(SEEDS)
    comparison = mediadiff.compare(corpus["001"], corpus["003"])
    records = mediadiff.to_records(comparison)
    assert records and {r["status"] for r in records} <= {"kept", "reworded", "dropped", "added"}
    assert _as_csv_cells(records) == _csv_rows(run("compare", "001", "003", "--format", "csv"))


def test_to_records_of_a_coverage_are_the_rows_compare_writes_as_csv():
    corpus = mediadiff.load_corpus(SEEDS)
    coverage = mediadiff.compare_many([corpus["000"], corpus["003"], corpus["004"]])
    records = mediadiff.to_records(coverage)
    assert records and all(r["article_count"] >= 2 for r in records)
    assert _as_csv_cells(records) == _csv_rows(run("compare", "000", "003", "004", "--format", "csv"))
