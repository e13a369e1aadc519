"""The shared reader of the shipped sorted word tables."""

from __future__ import annotations

from mediadiff.align import lexicon
from mediadiff.corpus.wordtables import table_lines, table_row, table_rows
from mediadiff.voices import wordclass


def test_a_row_is_found_by_its_first_column_and_a_missing_key_gives_none():
    row = table_row("word_frequency.tsv", "the")
    assert row is not None and float(row[0]) > 6  # "the" is the commonest English word (Zipf about 7.7)
    assert table_row("word_frequency.tsv", "zzzqqqxj") is None
    assert table_rows("word_frequency.tsv", "zzzqqqxj") == []


def test_a_key_is_not_found_by_a_longer_or_shorter_word():
    assert table_row("word_frequency.tsv", "thezzz") is None  # "the" does not answer for it
    assert table_row("word_frequency.tsv", "governmentz") is None


def test_every_row_of_a_repeated_key_is_returned_in_file_order():
    lines = table_lines("word_links.tsv")
    keys = [line.split("\t", 1)[0] for line in lines]
    repeated = next(key for key, following in zip(keys, keys[1:]) if key == following)
    expected = [line.split("\t")[1:] for line in lines if line.split("\t", 1)[0] == repeated]
    assert table_rows("word_links.tsv", repeated) == expected and len(expected) >= 2


def test_a_table_two_stages_consult_is_read_once():
    assert lexicon.zipf("government") > 4 and wordclass.is_english_word("government")
    assert table_lines.cache_info().currsize >= 1
    before = table_lines.cache_info().misses
    lexicon.zipf("parliament"), wordclass.is_english_word("parliament")
    assert table_lines.cache_info().misses == before
