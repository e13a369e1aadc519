"""What an ordinary English word can be, read off the shipped word lists."""

from __future__ import annotations

from mediadiff.voices.wordclass import function_words, is_closed_class, is_inflected_form, reads_as_verb


def test_verbs_and_adverbs_read_as_verbs_nouns_do_not():
    assert all(map(reads_as_verb, ["spoke", "went", "took", "later", "calls"]))
    assert not any(map(reads_as_verb, ["campaign", "officials", "supporters", "report", "poll"]))
    assert not reads_as_verb("zzxqv")  # a word the lists do not know is not judged


def test_gerunds_and_adverbs_of_known_words_are_inflected_forms():
    assert all(map(is_inflected_form, ["injecting", "speaking", "getting", "reportedly", "specifically"]))
    assert not any(map(is_inflected_form, ["kelly", "sally", "king", "only"]))


def test_modals_contractions_and_function_words_are_closed_class():
    assert all(map(is_closed_class, ["will", "can", "didn’t", "of", "although"]))
    assert not is_closed_class("campaign")
    assert "whether" in function_words() and "the" in function_words()
