"""One reading of a sentence shared by scoring's members gives what each member finds reading alone."""

import pytest

from mediadiff.tone.certainty import certainty_parts
from mediadiff.tone.lexicons import load_lexicon, tokenize
from mediadiff.tone.reader import read_sentence, token_record
from mediadiff.tone.sentiment import tone_parts

TEXTS = [
    "The United States said on Monday that border security talks were unacceptable.",
    "Crime fell, and it is not very good news -- nor kind of bad!",
    "Trump is looking at potential additional measures, reportedly about 20 of them.",
    "U.S. officials, well-known for 1,000 claims, didn't rule out the possibility of attacking cartels.",
    "  Spaces   around  and   between\twords, \"quoted\" words (and brackets) :) !!",
    "May 5 was the day; Theresa May may never come back? It isn't clear.",
    "NO WAY this is GREAT, he made clear that progress is possible.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_reading_gives_the_members_what_they_find_alone(text):
    reading = read_sentence(text)
    assert reading is not None
    assert list(reading.words) == list(tokenize(text))
    assert reading.words.joins == tokenize(text).joins
    assert tone_parts(text, reading=reading) == tone_parts(text)
    news = load_lexicon()
    matches = news.find(text, reading.words, opens_cue=reading.opens_cue)
    assert matches == news.find(text)
    assert certainty_parts(text, reading.words, matches, 7, weighted=reading.weighted, cue_word=reading.cue_word) \
        == certainty_parts(text, tokenize(text), matches, 7)


def test_masked_words_are_read_from_the_reading_as_vader_sees_them():
    text = "The United States and the Justice Department made clear that security is GREAT, not kind of bad."
    compound, words, _ = tone_parts(text, reading=read_sentence(text))
    assert any("ignored" in w for w in words)  # names and news rules masked before VADER reads the tokens
    assert (compound, words) == tone_parts(text)[:2]


def test_typographic_quotes_are_read_as_ascii_ones():
    text = "\u201cIt\u2019s great,\u201d she said of the U.S.\u2019s \u201cprogress\u201d."
    reading = read_sentence(text)
    assert reading is not None and reading.words.norms[:2] == ["it's", "great"]
    assert list(reading.words) == list(tokenize(text))
    assert tone_parts(text, reading=reading) == tone_parts(text)


def test_text_with_other_characters_or_no_word_is_not_read():
    assert read_sentence("Rates rose \u2014 again") is None
    assert read_sentence("rock\u2018n roll") is None  # tokenize splits there, "'" would join
    assert read_sentence("   ") is None
    assert read_sentence("-- & --").opens_cue is None  # tokens without a word: the words are looked up


def test_a_token_record_names_what_each_member_reads():
    record = token_record('"United')
    assert (record.lower, record.word, record.word_at, record.vader_lower) == ("united", "united", 1, "united")
    assert record.in_news and not record.opens_cue
    assert token_record("U.S.").word is None and token_record("U.S.").parts == (("u", "s"), (0, 2), 1)
