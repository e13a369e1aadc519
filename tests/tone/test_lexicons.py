"""Cue tokens and the cue matcher."""

import re

from mediadiff.models import count_words
from mediadiff.tone.lexicons import Token, load_lexicon, tokenize, word_count

TEXTS = ["", "   ", "U.S. officials don\u2019t say it's over_due.", "Caf\u00e9 \u0130stanbul, 3.5% — MAY 5?",
         "May be. It may not; Theresa May may.", "\u201cPossibly,\u201d he said\u2014reportedly.", "x_y z__ _a"]


def test_tokenize_gives_every_word_with_its_offsets():
    word = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
    for text in TEXTS:
        expected = [Token(m.group().lower().replace("\u2019", "'"), m.start(), m.end()) for m in word.finditer(text)]
        tokens = tokenize(text)
        assert list(tokens) == expected == tokens, text
        assert tokens[1:3] == expected[1:3] and len(tokens) == len(expected)


def test_find_reads_token_lists_and_plain_token_sequences_alike():
    lexicon = load_lexicon()
    for text in TEXTS:
        tokens = tokenize(text)
        assert lexicon.find(text, tokens) == lexicon.find(text, list(tokens)) == lexicon.find(text)
    found = [(m.entry.kind, text[m.start:m.end]) for text in TEXTS[4:6] for m in lexicon.find(text)]
    assert ("hedge", "Possibly") in found and ("hedge", "may") in found and ("hedge", "Theresa May") not in found


def test_word_count_from_tokens_is_count_words():
    for text in TEXTS + ["a.b.c d-e-f g'h-i a-'b 3.5-4 x.-y e.g. U.S.-Mexico \u00e9t\u00e9-l\u00e0", "--a--", "a. b"]:
        assert word_count(text, tokenize(text)) == count_words(text), text
        assert word_count(text, list(tokenize(text))) == count_words(text), text  # any token sequence


def test_word_count_from_the_gaps_agrees_with_count_words_on_random_text():
    import random

    rng = random.Random(14)
    for _ in range(2000):
        text = "".join(rng.choice("aZ9.-'\u2019_ \u00e9\u2014,") for _ in range(rng.randint(0, 14)))
        assert word_count(text, tokenize(text)) == count_words(text), repr(text)


def test_words_from_whitespace_tokens_are_tokenize():
    import random

    from mediadiff.tone.lexicons import tokenize_words
    from mediadiff.tone.names import _tokens

    rng = random.Random(14)
    texts = ["Officials said the plan (not theirs) may -- well -- fail!", "U.S. officials", "", " \t\x1c  ", "it's 'ok'",
             "A well-known U.S.-Mexico deal, worth $1,000.5 (e.g. 'don't'), is -- a.b-c 9'9'' off."]
    texts += ["".join(rng.choice("aZ9.-' \t,(_#") for _ in range(rng.randint(0, 16))) for _ in range(3000)]
    for text in texts:
        words, full = tokenize_words(*_tokens(text)[:2]), tokenize(text)
        assert (words.norms, words.starts, words.ends) == (full.norms, full.starts, full.ends), repr(text)
        assert word_count(text, words) == count_words(text), repr(text)
