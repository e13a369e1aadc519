"""Names in the word aligner: the words of a multi-word name, and one name spelt two ways.

A capitalised word inside a longer name ("United States", "New York Times")
names something; it is not the common word it spells, so it links to common
words only narrowly. Two left-over long words spelt almost alike are one name
written two ways ("Rowhani"/"Rohani"). Used by ``wordalign``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Any, Protocol, TypeVar

from mediadiff.align import lexicon
from mediadiff.align.params import LINK_SCORES, SPELLING_MAX_ZIPF, SPELLING_MIN, SPELLING_RATIO


class WordToken(Protocol):
    """What these rules read of a ``wordalign.WordToken`` (named here: wordalign imports this module)."""

    index: int
    start: int
    end: int
    text: str
    norm: str
    kind: str
    in_name: bool


Token = TypeVar("Token", bound=Any)


def mark_name_runs(tokens: list[Token], text: str) -> list[Token]:
    """Mark names written beside another capitalised word (only a space or hyphen between): the words of a
    multi-word name ("United States", "New York Times", "Washington Post")."""
    capital = [t.kind == "name" or (t.index == 0 and t.kind == "word" and t.text[:1].isupper()) for t in tokens]
    for k, token in enumerate(tokens):
        if token.kind != "name":
            continue
        before = k > 0 and capital[k - 1] and text[tokens[k - 1].end:token.start] in (" ", "-")
        after = k + 1 < len(tokens) and capital[k + 1] and text[token.end:tokens[k + 1].start] in (" ", "-")
        if before or after:
            tokens[k] = replace(token, in_name=True)
    return tokens


# A name written as part of a longer name ("United States", "New York Times") is not the common word it
# spells: "States" is no sense of "state" (said/States were WordNet synonyms), "Times" none of "times"
# (multiple/Times). It links to a common word only as the same word or a noun's other form
# ("Department"/"department's", "Party"/"parties"), never a verb's ("Post"/"posted").
_SENSE_KINDS = frozenset(("related", "synonym"))
_VERB_ENDINGS = ("ed", "ing")


def name_and_word(x: WordToken, y: WordToken, kind: str) -> bool:
    """Whether a word of a multi-word name and a common word would link by ``kind``, which they may not."""
    name, word = (x, y) if x.in_name else (y, x)
    if not name.in_name or word.kind != "word":
        return False
    return kind in _SENSE_KINDS or (word.norm.endswith(_VERB_ENDINGS) and not name.norm.endswith(_VERB_ENDINGS))


def spelling_links(
    ta: Sequence[WordToken], tb: Sequence[WordToken], used_a: set[int], used_b: set[int]
) -> list[tuple[int, int, str, float]]:
    """Links between left-over long words spelt almost alike (Rowhani/Rohani, Taliban/Taleban)."""
    left_a = [t for t in ta if t.index not in used_a and t.kind in ("word", "name") and len(t.norm) >= SPELLING_MIN]
    left_b = [t for t in tb if t.index not in used_b and t.kind in ("word", "name") and len(t.norm) >= SPELLING_MIN]
    ranked = []
    for x in left_a:
        for y in left_b:
            # Two common words are two words (Austria/Australia), however alike.
            rare = min(lexicon.zipf(x.norm), lexicon.zipf(y.norm)) < SPELLING_MAX_ZIPF
            if rare and x.norm[0] == y.norm[0] and abs(len(x.norm) - len(y.norm)) <= 1:
                ratio = SequenceMatcher(None, x.norm, y.norm).ratio()
                if ratio >= SPELLING_RATIO:
                    ranked.append((ratio, x.index, y.index))
    links = []
    for _, i, j in sorted(ranked, reverse=True):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            links.append((i, j, "spelling", LINK_SCORES["spelling"]))
    return links


def initialism_links(
    ta: Sequence[WordToken], tb: Sequence[WordToken], used_a: set[int], used_b: set[int]
) -> list[tuple[int, int, str, float]]:
    """Links between a left-over initialism and the head of the phrase it abbreviates in the other sentence ("IR" /
    "injured reserve", "EPA" / "Environmental Protection Agency"): one name written two ways (kind "spelling").

    An initialism is a word of two to five capital letters; the phrase a run of left-over words, function words
    allowed inside it ("Department of Homeland Security"), whose content words' initials spell it in order. The
    phrase's last word, its head, takes the link (links are one to one). Two letters spell only a name written in
    capitals ("US" / "United States"): two lower-case words with those initials are too common to be its phrase
    ("US" / "unnamed sources", "DC" / "district court"; review15).
    """
    links = []
    for short, long, used_s, used_l, flip in ((ta, tb, used_a, used_b, False), (tb, ta, used_b, used_a, True)):
        for x in short:
            if x.index in used_s or not (2 <= len(x.text) <= 5 and x.text.isalpha() and x.text.isupper()):
                continue
            head = _phrase_head(long, used_l, x.text.lower())
            if head is not None:
                used_s.add(x.index)
                used_l.add(head)
                links.append((head, x.index, "spelling", LINK_SCORES["spelling"]) if flip
                             else (x.index, head, "spelling", LINK_SCORES["spelling"]))
    return links


def _phrase_head(tokens: Sequence[WordToken], used: set[int], letters: str) -> int | None:
    """The index of the last word of a run of unused words whose content words' initials are ``letters``."""
    for start, first in enumerate(tokens):
        if first.kind == "function" or first.index in used or first.norm[:1] != letters[0]:
            continue
        k, spelt = start, ""
        while k < len(tokens) and len(spelt) < len(letters) and tokens[k].index not in used:
            if tokens[k].kind != "function":
                if tokens[k].norm[:1] != letters[len(spelt)] or len(tokens[k].norm) < 2 \
                        or len(letters) == 2 and not tokens[k].text[:1].isupper():
                    break
                spelt += tokens[k].norm[:1]
            k += 1
        if spelt == letters and tokens[k - 1].kind != "function":
            return tokens[k - 1].index
    return None
