"""How big a harm is, not how good: "significant damage", "The fire was quite significant".

Adjectives of size, amount and importance ("significant", "substantial", "huge", "great", "tremendous") are rated
positive by the lexicons for their uses of approval or worth ("a significant achievement", "a great job"). Applied to
something bad, or to the event a report is about, they only grade it: WordNet 3.0 significant.a.02 / substantial
"fairly large" ("won by a substantial margin"), considerable.a.01 "large or relatively large in number or amount or
extent or degree", great "relatively large in size or number or extent". Nobody approves of damage, so the size word
is no tone there, in VADER's member and Pattern's alike; the bad noun keeps its own tone, as with a verb of increase
("more of something bad is no good news": ``harms.increased_harms``). Two places (Quirk et al. 1985, 7.3): before the
noun, the head of a compound of nouns ("significant fire damage", "a huge blaze", "tremendous suffering"; not "a huge
bully pulpit"), or as the
predicate of a copula whose subject it is ("The fire was quite significant", "The damage was substantial"). In the
predicate case the subject is measured, not evaluated: a bad subject keeps its tone (the evaluated-subject rule of
``newsrules`` set it aside as "what is evaluated"); an event noun stays the story's topic (``events``).

"A good portion of" is an amount too: "good" between "a" and a measure or a number ("a good many", "a good mile from
here", "a good 20 minutes"), or a noun of quantity with "of" after it ("a good portion of the equipment", "a good deal
of money"; "a good deal" alone is a bargain), is
WordNet 3.0 good.s (full) "having the normally expected amount", and "a good deal" is the noun good_deal "a large
amount": no tone (``good_amounts``); "a good plan", "a good idea", "good news" keep theirs.

The words (``SIZE_WORDS``): rated positive by a shipped lexicon, and their commonest WordNet 3.0 sense (first in
index.adj) is in the cluster of large.a.01, considerable.a.01, significant.a.01 or important.a.01 (the head or a
satellite similar to it): size, amount or importance (bench/make_size_words.py lists them). Not "major" or "serious"
(rated neutral or negative already), nor "healthy", "grand", "super", "respectable", "tidy", whose commonest senses are
of health or quality.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mediadiff.tone.events import EVENT_NOUNS
from mediadiff.tone.harms import CLASSIFIER_REACH, CRIMES, bad_noun, is_noun, subject_head
from mediadiff.tone.newsrules import BETWEEN, CLAUSE_MARKS, COPULAS, function_words, is_topic_noun, noun_senses

__all__ = ["AMOUNT_SENSE", "SIZED_SUBJECT", "SIZE_SENSE", "SIZE_WORDS", "good_amounts", "sized_harms"]

# bench/make_size_words.py on WordNet 3.0 and the shipped lexicons (VADER's news lexicon, Pattern, the WordNet and
# SentiWordNet tables), rated positive only.
SIZE_WORDS = frozenset(
    "colossal consequential considerable epic goodly great heroic huge important large main momentous prodigious "
    "significant substantial tremendous".split())
SIZE_SENSE = "a size word of something bad: how big, not how good"
SIZED_SUBJECT = "a bad subject measured, not evaluated: keeps its tone"
_PHRASE_ENDS = CLAUSE_MARKS + ("\"", "\u201d", "'", "\u2019", ")")  # a clause mark or a closing quote ends the noun


def sized_harms(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> SIZE_SENSE for each size word before or predicated of a bad or event noun, and -> SIZED_SUBJECT
    for a bad subject head so measured (the caller gives it back its tone)."""
    if SIZE_WORDS.isdisjoint(lower):  # most sentences have none (a set test in C)
        return {}
    out = {}
    for i, word in enumerate(lower):
        if word not in SIZE_WORDS or lexicon.get(word, 0.0) < 0:
            continue
        if _head_after(lower, raw, i, lexicon) is not None:
            out[i] = SIZE_SENSE
            continue
        c = i - 1
        while c >= 0 and lower[c] in BETWEEN and not raw[c].endswith(CLAUSE_MARKS):
            c -= 1  # "was quite significant", "is not so large"
        if c < 1 or lower[c] not in COPULAS or raw[c].endswith(CLAUSE_MARKS) or (
                i + 1 < len(lower) and not raw[i].endswith(CLAUSE_MARKS) and is_noun(lower[i + 1])):
            continue  # not a predicate ("was a significant step": the noun is measured, or not, above)
        subject = subject_head(lower, raw, c + 1)
        if subject is not None and _sized(lower[subject], lexicon):
            out[i] = SIZE_SENSE
            if lower[subject] not in EVENT_NOUNS:
                out[subject] = SIZED_SUBJECT
    return out


# Measures and the determiners "many", "few" that "a good" measures out on their own ("a good mile", "a good many").
MEASURES = frozenset("many few mile miles distance while hour hours minute minutes week weeks dozen hundred hundreds "
                     "thousand thousands".split())
# Nouns of quantity: an amount only with "of" after them, or a comparative ("a good deal of money", "a good deal more");
# "a good deal" alone is a bargain or an agreement ("I know what a good deal is"), and keeps its tone.
AMOUNTS = frozenset("deal part portion share number amount proportion fraction percentage majority half quarter chunk "
                    "bit".split())
_AMOUNT_NEXT = frozenset("of more less fewer better worse".split())
AMOUNT_SENSE = "a good portion: an amount, not approval"


def good_amounts(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> AMOUNT_SENSE for each "good" of "a good" before a measure or a number, or before a noun of
    quantity that "of" or a comparative follows."""
    if "good" not in lower:
        return {}
    return {i: AMOUNT_SENSE for i in range(1, len(lower) - 1)
            if lower[i] == "good" and lower[i - 1] == "a" and raw[i] == "good" and lexicon.get("good")
            and (lower[i + 1] in MEASURES or lower[i + 1][:1].isdigit()
                 or lower[i + 1] in AMOUNTS and i + 2 < len(lower) and lower[i + 2] in _AMOUNT_NEXT)}


def _head_after(lower: Sequence[str], raw: Sequence[str], i: int, lexicon: Mapping[str, float]) -> int | None:
    """The noun right after ``i``, or the last of a compound of nouns (its head: "significant fire **damage**", "a huge
    bully **pulpit**"; ``CLASSIFIER_REACH`` words at most), when it is bad or an event noun."""
    head = None
    for k in range(i + 1, min(i + 1 + CLASSIFIER_REACH, len(lower))):
        if raw[k - 1].endswith(_PHRASE_ENDS) or lower[k] in function_words() or not _sized(lower[k], lexicon) and not (
                is_noun(lower[k]) if head is None else is_topic_noun(lower[k], noun_senses())):
            break  # after the first noun, only a word mostly a noun goes on ("battle going on", "recession hit")
        head = k
    return head if head is not None and _sized(lower[head], lexicon) else None


def _sized(word: str, lexicon: Mapping[str, float]) -> bool:
    return word in EVENT_NOUNS or word in CRIMES or bad_noun(word, lexicon)
