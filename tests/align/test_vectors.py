"""The aligner's shared readings of a sentence (mediadiff.align.vectors)."""

from __future__ import annotations

import pytest

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
