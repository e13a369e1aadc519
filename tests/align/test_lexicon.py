"""The word lists as the word aligner reads them (mediadiff/align/lexicon.py)."""

from bisect import bisect_left

from mediadiff.align import lexicon


def test_a_phrase_is_a_multi_word_lemma_with_synonyms():
    assert lexicon.is_phrase("call", "for")
    assert lexicon.synonym_groups("call_for")
    assert not lexicon.is_phrase("call", "zzzz")
    assert not lexicon.is_phrase("zzzzq", "for")  # opens no lemma at all


def test_phrases_agree_with_the_lemma_list():
    lemmas = {line.split("\t")[0] for line in lexicon._lines("synonyms.tsv")}
    for first, second in (("call", "for"), ("take", "off"), ("new", "york"), ("a", "bomb"), ("call", "on"),
                          ("break", "up"), ("news", "for"), ("give", "way")):
        assert lexicon.is_phrase(first, second) == (f"{first}_{second}" in lemmas)


def test_the_stepping_search_is_a_bisection_from_start():
    lines = sorted(f"{word}\t" for word in "a ab abc b ba c ca cab cb d".split())
    for key in ("", "a", "ab\t", "abz", "b", "c_", "c`", "cb\t", "zz"):
        for start in range(bisect_left(lines, key) + 1):
            assert lexicon._first_not_below(lines, key, start) == bisect_left(lines, key, start)


def test_a_word_without_synonyms_has_none():
    assert lexicon.synonym_groups("zzzzq") == frozenset()
    assert lexicon.synonym_groups("purchas") & lexicon.synonym_groups("buy")
