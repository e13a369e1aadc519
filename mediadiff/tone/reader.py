"""Readings of sentences (``mediadiff.tone.reading``): each distinct whitespace token read once for every
member of scoring.

A reading is made for ASCII text and text whose only other characters are typographic quotes (``read_sentence``
returns ``None`` otherwise): text with other characters (dashes, accents, emoji) goes through each member's own
reading, as before. The flags
are for the shipped news lexicons (VADER's news lexicon, the cue lexicon ``load_lexicon()``): scoring
with another cue profile passes the cue flags to none but the news lexicon.
"""

from __future__ import annotations

from typing import Any

from mediadiff.tone.certainty import _cue_words, load_certainty_weights
from mediadiff.tone.lexicons import _WORD_AT, _WORD_IN, _WORDS_IN, load_lexicon, tokenize_words
from mediadiff.tone.names import _CORES, token_starts
from mediadiff.tone.newsrules import _TRIGGERS
from mediadiff.tone.pattern import _polarities
from mediadiff.tone.pattern import _triggers as _pattern_triggers
from mediadiff.tone.reading import Reading, TokenRecord
from mediadiff.tone.sentiment import _analyzer, _listing, straighten_quotes
from mediadiff.tone.vader import _VADER_LOWER, _boosters

__all__ = ["read_sentence", "token_record"]


class _Records(dict[str, tuple[Any, ...]]):
    """ASCII whitespace token -> its record, once per distinct token: news repeats its words. A record is a
    plain tuple of ``TokenRecord``'s fields in its order, not a ``TokenRecord``: the cyclic collector stops
    tracking a plain tuple of strings and numbers at its first look, while it walks every instance of a
    tuple subclass in each full pass for as long as the cache keeps it (tens of thousands of tokens)."""

    def __missing__(self, token: str) -> tuple[Any, ...]:
        if len(self) >= 200_000:  # a bound for endless streams of distinct tokens
            self.clear()
        news, openers = _analyzer(True).lexicon, load_lexicon()._openers
        certainty_words, lower, word = load_certainty_weights().words, _CORES[token][2], _WORD_IN[token]
        vader_lower = _VADER_LOWER[token]
        value = self[token] = (  # TokenRecord's fields, in order
            lower, word, _WORD_AT[token], _WORDS_IN[token], vader_lower, lower in news, lower in _TRIGGERS,
            vader_lower in news, vader_lower == "kind" or vader_lower in _boosters(), lower in _polarities(),
            lower in _pattern_triggers(), _listing(True)[token], word in openers, word in certainty_words,
            word in _cue_words(),
        )
        return value


def token_record(token: str) -> TokenRecord:
    """The record of one ASCII whitespace token, its fields named."""
    return TokenRecord(*_RECORDS[token])


_RECORDS = _Records()


def read_sentence(text: str) -> Reading | None:
    """The ``Reading`` of ``text``, or ``None`` for text with no token or with characters other than ASCII and
    typographic quotes. Those are read as ASCII ones (``straighten_quotes``, one character for one, as news tone
    does): ``tokenize`` finds the same words in both, except around a left single quote, which joins no word in
    ``tokenize`` while "'" does ("rock\u2018n"), so text with one is not read."""
    if not text.isascii():
        text = straighten_quotes(text) if "\u2018" not in text else text
        if not text.isascii():
            return None
    split = text.split()
    if not split:
        return None
    starts = token_starts(text, split)
    (lower, word, word_at, parts, vader_lower, in_news, trigger, vader_hit, vader_rule, rated, pattern_rule, listing,
     opens_cue, weighted, cue_word) = zip(*map(_RECORDS.__getitem__, split))  # the records as columns, in C
    words = tokenize_words(split, starts, single=word, single_at=word_at, parts=parts)
    if None in word or "" in word:  # words and tokens do not pair up: no word flags
        opens_cue = weighted = cue_word = None  # type: ignore[assignment]
    # Reading(...) without its generated __new__ (a Python call per sentence): the same tuple, built in C
    return _new_reading(Reading, (tuple(split), starts, lower, words, vader_lower, in_news, trigger, vader_hit,
                                  vader_rule, rated, pattern_rule, listing, opens_cue, weighted, cue_word))


_new_reading = tuple.__new__
