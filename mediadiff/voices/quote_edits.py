"""What a word diff of two quotations says a reader must see: cut words, an ellipsis, a changed claim.

``voices.quotes.compare_quotes`` diffs two quotations word by word (``tokens``, normalised); these
read the diff's edits back in the quotations as written: ``as_written`` shows a run of words as the
article writes them, ``is_cut`` tells a trim (words left out at an end, or where an ellipsis says
so) from a misquotation (words left out inside with no ellipsis), and ``changes_claim`` finds a
negation, a number or a name among the words an edit takes away or adds.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from functools import lru_cache

from mediadiff.align.similarity import tokens
from mediadiff.align.wordalign import words_of


def as_written(text: str, first: int, end: int) -> str:
    """Words ``first`` to ``end`` (exclusive) of ``text`` as the article writes them, "-" for none.

    The diff compares normalised words ("u", "s"); a reader is shown "the U.S.–Mexico", not "the u s"."""
    if first >= end:
        return "-"
    spans = word_spans(text)
    start, stop = spans[first][0], spans[end - 1][1]
    if stop - spans[end - 1][0] == 1 and text[stop:stop + 1] == ".":  # an initial keeps its period: "U.S."
        stop += 1
    return " ".join(text[start:stop].split())


@lru_cache(maxsize=8192)
def word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The offsets of ``tokens(text)``'s words: every letter and digit is in a word, so each word is
    the next occurrence of its text after the one before."""
    spans, end = [], 0
    for word in tokens(text):
        start = text.find(word, end)
        end = start + len(word)
        spans.append((start, end))
    return tuple(spans)


# An ellipsis, as news writes one ("...", ". . .", "…", "[…]"), marks words left out of a quotation.
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")
# Negators as the claim check reads them (align/evidence.py), and any word ending in "n't".
_NEGATORS = frozenset("no not never nor none without cannot nobody nothing neither nowhere".split())


def is_cut(op: tuple[str, int, int, int, int], text_a: str, text_b: str, len_a: int, len_b: int) -> bool:
    """Whether a deletion (insertion) of the word diff is a cut: words left out at an end of B's (A's)
    quotation, or where the shorter quotation marks an omission with an ellipsis, or words one quotation
    adds in square brackets. Words left out inside a quotation with no ellipsis are a misquotation
    ("I am not confident" -> "I am confident"), not a cut."""
    tag, i1, i2, j1, j2 = op
    if tag == "delete":
        return j1 in (0, len_b) or _ELLIPSIS.search(_gap(text_b, j1)) is not None or _bracketed(text_a, i1, i2)
    if tag == "insert":
        return i1 in (0, len_a) or _ELLIPSIS.search(_gap(text_a, i1)) is not None or _bracketed(text_b, j1, j2)
    return False


def _bracketed(text: str, first: int, end: int) -> bool:
    """Whether words ``first`` to ``end`` (exclusive) of a quotation stand in square brackets: words the
    writer added to make it clear ("meeting with [Russian] President [Vladimir] Putin"), marked as such."""
    spans = word_spans(text)
    return text[:spans[first][0]].rstrip().endswith("[") and text[spans[end - 1][1]:].lstrip().startswith("]")


def _gap(text: str, index: int) -> str:
    """The characters between word ``index - 1`` and word ``index`` of ``text`` (0 < index < its word count)."""
    spans = word_spans(text)
    return text[spans[index - 1][1]:spans[index][0]]


def changes_claim(text: str, first: int, end: int) -> bool:
    """Whether words ``first`` to ``end`` (exclusive) of a quotation hold a negation, a number or a name
    (a capitalised word inside a sentence of the quotation): leaving one out changes the claim, so it is
    shown even where the words are cut at an end or at an ellipsis."""
    if first >= end:
        return False
    spans = word_spans(text)
    start, stop = spans[first][0], spans[end - 1][1]
    # The aligner's words without their word knowledge (``analyse`` adds only that, never another kind): the
    # lexicon's tables are not read for this (a forked ``compare`` child read them just for these words).
    for token_start, token_end, _, norm, kind in words_of(text):
        if token_end <= start or token_start >= stop:
            continue
        if norm in _NEGATORS or norm.endswith("n't") or kind == "number":
            return True
        if kind == "name" and not re.search(r"[.!?:]\W*$", text[:token_start]):
            return True
    return False


# Contractions and their full forms are the same words ("won't" / "will not", "don't" / "do not", "they'll" /
# "they will"): a quotation one outlet writes with a contraction and another in full is not altered. "'s" (is,
# has or a possessive) is left alone: the word diff drops it with the possessive; "'d" is "would" or "had".
_IRREGULAR_NEGATIVES = {"won't": ("will",), "can't": ("can",), "shan't": ("shall",), "cannot": ("can",),
                        "ain't": ("am", "is", "are")}
_CONTRACTED = {"'ll": ("will",), "'re": ("are",), "'ve": ("have",), "'m": ("am",), "'d": ("would", "had")}


def _full_forms(word: str) -> list[tuple[str, ...]]:
    """The ways a normalised word reads in full: "won't" -> [("will", "not")], "i'd" -> [("i", "would"),
    ("i", "had")], any other word -> [(word,)]."""
    if word in _IRREGULAR_NEGATIVES:
        return [(verb, "not") for verb in _IRREGULAR_NEGATIVES[word]]
    if word.endswith("n't") and len(word) > 3:
        return [(word[:-3], "not")]
    for ending, full in _CONTRACTED.items():
        if word.endswith(ending) and len(word) > len(ending):
            return [(word[:-len(ending)], verb) for verb in full]
    return [(word,)]


def same_in_full(words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """Whether two runs of normalised words differ only by contractions ("won't" / "will not", "cannot" /
    "can not"): the same words when each contraction is read in full."""
    return bool(words_a) and bool(words_b) and words_a != words_b and bool(_readings(tuple(words_a)) &
                                                                           _readings(tuple(words_b)))


def _readings(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    readings: set[tuple[str, ...]] = {()}
    for word in words[:8]:  # an edit of contractions is a few words; a long one is something else
        readings = {r + full for r in readings for full in _full_forms(word)}
    return readings if len(words) <= 8 else set()


def word_edits(matcher: difflib.SequenceMatcher, wa: Sequence[str], wb: Sequence[str]) -> tuple[list, int, int]:
    """The edits of the word diff ``matcher`` of two quotations' normalised words ``wa`` and ``wb`` (opcodes
    other than "equal"), and how many words only A and only B hold: a contraction against its full form
    ("won't" / "will not", ``same_in_full``) is no edit, its words held by both."""
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    alike = [op for op in ops if op[0] == "replace" and same_in_full(wa[op[1]:op[2]], wb[op[3]:op[4]])]
    shared = sum(block.size for block in matcher.get_matching_blocks())
    only_a = len(wa) - shared - sum(op[2] - op[1] for op in alike)
    return [op for op in ops if op not in alike], only_a, len(wb) - shared - sum(op[4] - op[3] for op in alike)
