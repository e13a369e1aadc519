"""Whether a file's text is an article at all: prose, not a table, code or a JSON dump saved as ``.txt``.

An article is written in sentences: runs of words that end in a full stop, a question or an exclamation
mark. A CSV table, a source file or a JSON dump saved under an article's suffix is read as one (its lines
become "sentences" such as ``for i in range(10):``, or all of it one giant sentence) and then listed,
grouped and compared as news. ``not_an_article`` tells why such a text is none, so that it is skipped as
an empty or binary file is, saying why; an article keeps every sentence it has, prose or not.

The rule is the linguist's, not a detector trained on files: a text is no article when (a) it parses as
JSON (an object or a list, or one per line), (b) cleaning leaves it no sentence and no title in words (a
file that is only a headline, as RSS and headline data sets give, is a text, listed and grouped by it), or
(c) none of its sentences reads as prose (``PROSE_MIN_WORDS`` words at least, ``PROSE_WORDS_PER_OTHER`` times as many
words as tokens that are neither words, figures nor punctuation, a stop at its end) and its tokens are
not mostly words either (an English headline alone with no stop is still a text).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence

from mediadiff.corpus.scripts import unspaced_characters

__all__ = ["not_an_article", "reads_as_prose"]

# Checked on PolNeAR train+dev and the AllSides stories (1,899 articles, bench/results/events.md): every one
# has at least one sentence that reads as prose by these limits (the fewest: 1 of 6); a CSV table, a Python
# file and a JSON dump have none. Not tuned: three words make a clause, and a sentence of news has at most one
# token in five (usually none) that is not a word, a figure or punctuation ("range(10):", "x=1", "0,item,3.5").
PROSE_MIN_WORDS = 3
PROSE_WORDS_PER_OTHER = 4
# Characters of Chinese, Japanese, Thai... in a sentence that make it prose without spaces between its words.
UNSPACED_MIN_CHARS = 6

_EDGE = "\"'()[]{}<>.,;:!?*«»‹›¿¡…‐-‒–—―_/\u2018\u2019\u201c\u201d\u201e\u00a0"
_FIGURE = re.compile(r"[\d.,:%$€£¥/+#-]+")
# The danda and double danda end sentences in Hindi, Bengali and other Indic scripts; the Urdu full stop and the
# Arabic question mark in Arabic script.
_STOP_AT_END = re.compile(r"[.!?…。！？।॥۔؟][\"'”’»)\]]*\s*$")


def _token_kind(token: str) -> str:
    """"word" (letters and combining marks, with inner apostrophes, hyphens or dots: "don't", "U.S."), "figure",
    "punctuation" or "other" (a token of code or data: "range(10):", "x=1", "0,item0,3.5")."""
    core = token.strip(_EDGE)
    if not core:
        return "punctuation"
    if _FIGURE.fullmatch(core):
        return "figure"
    if core[0].isalpha() and all(_in_word(ch) for ch in core):
        return "word"
    return "other"


def _in_word(ch: str) -> bool:
    """Whether ``ch`` belongs in a word: a letter, a combining mark (the vowel signs and viramas of Hindi,
    Bengali, Tamil or Thai, which are no letters to ``str.isalpha``), or an apostrophe, dot, hyphen or "&"."""
    return ch.isalpha() or ch in "'’.-&" or unicodedata.category(ch)[0] == "M"


def _counts(text: str) -> tuple[int, int]:
    """(words, other tokens) of ``text``."""
    kinds = [_token_kind(token) for token in text.split()]
    return kinds.count("word"), kinds.count("other")


def reads_as_prose(sentence: str) -> bool:
    """Whether ``sentence`` reads as a sentence of prose: enough words, few tokens of code or data, and a stop
    at its end (or, in a script written without spaces, enough of its characters and a stop)."""
    if not _STOP_AT_END.search(sentence):
        return False
    if sum(unspaced_characters(sentence)) >= UNSPACED_MIN_CHARS:
        return True
    words, other = _counts(sentence)
    return words >= PROSE_MIN_WORDS and words >= PROSE_WORDS_PER_OTHER * other


def _is_json(text: str) -> bool:
    """Whether ``text`` is a JSON object or list, or lines of them (JSON Lines)."""
    stripped = text.strip()
    if stripped[:1] not in ("{", "[") or stripped[-1:] not in ("}", "]"):
        return False
    try:
        return isinstance(json.loads(stripped), (dict, list))
    except (ValueError, RecursionError):
        pass
    lines = [line for line in stripped.splitlines() if line.strip()]
    try:
        return len(lines) > 1 and all(isinstance(json.loads(line), (dict, list)) for line in lines)
    except (ValueError, RecursionError):
        return False


def not_an_article(text: str, sentences: Sequence[str], title: str | None = None) -> str | None:
    """Why the file text ``text``, cleaned into ``sentences`` under ``title``, is no article (the reason a skip
    gives), or ``None`` when it is one."""
    if _is_json(text):
        return "JSON data, not article text (name the file .json or .jsonl to read its records)"
    if not sentences:
        words, other = _counts(title or "")
        # A headline alone is a text; a first line of code or a table's header row is no title in words.
        if words and words >= PROSE_WORDS_PER_OTHER * other:
            return None
        return "no article sentences in it"
    if any(reads_as_prose(sentence) for sentence in sentences):
        return None
    words, other = _counts(" ".join(sentences))
    if words >= PROSE_WORDS_PER_OTHER * other:
        return None
    return "no sentence of prose in it (code, a table or data, not article text)"
