"""The aligner's shared readings of a sentence (mediadiff.align.vectors)."""

from __future__ import annotations

import pytest

from mediadiff.align.claims import reading
from mediadiff.align.similarity import tokens
from mediadiff.align.vectors import sentence_terms, sentence_tokens, typography_free_words


@pytest.mark.parametrize("text", [
    "Mexico demanded a 1,029-page report, the U.S. said.",
    "“It’s unacceptable,” she said — again.",
    "",
])
def test_sentence_tokens_are_the_tokens_read_once(text: str) -> None:
    assert sentence_tokens(text) == tuple(tokens(text))
    assert sentence_tokens(text) is sentence_tokens(text)


def test_typography_free_words_straighten_quotes_and_dashes() -> None:
    assert typography_free_words("the country’s pay–off") == ("the", "country's", "pay-off")
    assert typography_free_words("plain text, no marks") == sentence_tokens("plain text, no marks")


def test_sentences_differing_in_typography_only_have_equal_words() -> None:
    assert sentence_terms("It’s “final”.").words == sentence_terms("It's \"final\".").words


@pytest.mark.parametrize(("dotted", "plain"), [
    ("Talks with the U.K. resumed on Monday.", "Talks with the UK resumed on Monday."),
    ("The E.U. imposed new sanctions.", "The EU imposed new sanctions."),
    ("The U.S. will send aid.", "The US will send aid."),  # "US" spells a function word: no term either way
])
def test_a_dotted_initialism_is_the_word_its_letters_spell(dotted: str, plain: str) -> None:
    assert sentence_terms(dotted).counts == sentence_terms(plain).counts


def test_a_dotted_initialism_is_a_name_not_content_of_its_own() -> None:
    content, names = reading("Talks with the U.K. failed.")
    assert "uk" in names and "uk" not in content
