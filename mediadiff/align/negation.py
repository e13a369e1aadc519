"""Negation in an aligned pair: what a negator negates, and whether a sentence negates anything at all.

A negation changes a row's claim ("negated in A only"), never its certainty: polarity is not modality ("did not
attend" is as sure as "attended"; Lyons 1977, Palmer 2001). It changes the claim only when it negates a word with
a counterpart ("does not fund" / "funds") and the other side negates nothing in any form: "had not yet regained" /
"had yet to regain", "not getting" / "skipping", "failed to" are one polarity.

- ``negations``: the negators whose focus, the first content word after them in their clause (an adverb
  between is skipped: "did not immediately respond"), has a counterpart: "could not stop part of the building
  collapsing" negates "stop", and neither "part" nor "collapsing" (qa14 A12).
  A negation with "until" later in its clause sets a time limit, not a negation: "could not be rescued until the
  next morning" says they were rescued then (Karttunen 1974 on "not ... until"; qa15 A2), so it makes no change.
- ``says_negation``: whether a sentence negates anything, in any form; "too X to V" negates V without a negator
  ("had too much common sense to point a gun" = would not point it; Quirk et al. 1985 16.77, qa15 A7).
- ``opposite_words``: antonyms neither side links, in one place ("rose" / "fell"), for "opposite words: ...".
- ``under_negation``: whether a word stands in the scope of a negator or a negating degree adverb before it
  ("insufficiently equipped and experienced"): an opposite word there ("inexperienced") says the same, not the
  opposite (qa15 A3).
- ``negator``: a word that negates a claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mediadiff.align import lexicon
from mediadiff.align.modality import NEGATION
from mediadiff.align.wordalign import WordToken

# Negators of a claim: the certainty cues' negations and the negative pronouns ("nobody", "nothing").
_NEGATORS = NEGATION | frozenset("cannot nobody nothing neither nowhere".split())
# Words that say a negation in a verb or adjective (Karttunen's negative implicatives "fail to", "decline
# to", "refuse to"; "deny", "prohibit", "unlikely"): a side with one may say with it what the other says
# with "not" ("declined to call on" / "did not take questions"), so a negation on one side alone is no
# change then. They never make one themselves: their scope is wider than three words.
_NEGATIVE_STEMS = frozenset(lexicon.stem(word) for word in (
    "fail decline refuse neglect avoid deny reject prohibit ban forbid unlikely unable lack "
    # Verbs of not doing: "skipped the meeting" / "did not attend" (review), "missed the vote", "omitted".
    "skip miss omit abstain boycott forgo".split()))
_NEGATION_CLAUSE_ENDS = frozenset(",;:()—–\"“”")
_FULL_STOP = re.compile(r"[.!?][\"”’)]*\s")
# "have yet to", "is yet to": not yet done, a negation written without a negator.
_YET_TO = re.compile(r"\byet to\b", re.IGNORECASE)
# "too X to V" (a degree "too", not the additive one set off by a comma: "He, too, went to"): V is not done. "to"
# before a determiner or a capital is a preposition ("pushed too far to the right", "too close to Election Day").
# "too early to say" is the stock phrase of not knowing yet, no negation of a claim the other sentence makes.
_TOO_TO = re.compile(r"\b[Tt]oo\s+(?!(?:early|soon)\s+to\s+(?:say|tell|know|judge|predict)\b)[^\s,;:.!?]"
                     r"[^,;:.!?]{0,40}?\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)[a-z]")
# "not ... until T", "not ... till T": a time limit (``negations``).
_UNTIL = frozenset(("until", "till", "til"))
# Degree adverbs that negate what they modify ("insufficiently equipped": not equipped enough; "hardly known").
# Not "barely": an approximator asserts the least degree ("barely won" = won, "barely alive" = alive; Quirk et al.
# 1985, 8.113), so "barely won" / "lost" is an opposite (review15).
_NEGATING_DEGREE = frozenset("insufficiently inadequately hardly scarcely".split())
# Words a negation's scope runs over back to an opposite word: coordination ("equipped and experienced") and
# degree or linking words ("not very experienced", "not well prepared").
_SCOPE_WORDS = 3


def negator(token: WordToken) -> bool:
    """Whether ``token`` negates a claim ("not", "never", "nobody", "didn't")."""
    return token.norm in _NEGATORS or token.norm.endswith("n't")


def says_negation(text: str, tokens: Sequence[WordToken]) -> bool:
    """Whether ``text`` negates anything, in any form: a negator, a negative verb or adjective ("failed to",
    "skipped", "unlikely"), or "yet to" ("had yet to regain": not yet regained)."""
    return any(negator(t) or t.stems & _NEGATIVE_STEMS for t in tokens) or bool(_YET_TO.search(text)) \
        or bool(_TOO_TO.search(text))


def opposite_words(text_a: str, ta: Sequence[WordToken], left_a: Sequence[WordToken], text_b: str,
                   tb: Sequence[WordToken], left_b: Sequence[WordToken], pairs: set[tuple[int, int]]) -> list[str]:
    """"x -> y" for antonyms left unlinked (``left_a``, ``left_b``) in the same place, a neighbour of each linked to
    a neighbour of the other (``pairs``: linked indices), neither under a negation (``under_negation``)."""
    return [f"{x.text} -> {y.text}" for x in left_a for y in left_b
            if (x.antonyms & y.stems or y.antonyms & x.stems)
            and ((x.index - 1, y.index - 1) in pairs or (x.index + 1, y.index + 1) in pairs)
            and not under_negation(text_a, ta, x) and not under_negation(text_b, tb, y)]


def under_negation(text: str, tokens: Sequence[WordToken], token: WordToken) -> bool:
    """Whether ``token`` is in the scope of a negator or a negating degree adverb ("insufficiently") up to three
    words before it in its clause: "was insufficiently equipped and experienced", "was not very experienced"."""
    for before in reversed(tokens[max(0, token.index - _SCOPE_WORDS):token.index]):
        if _NEGATION_CLAUSE_ENDS & set(text[before.end:token.start]) or _FULL_STOP.search(text[before.end:token.start]):
            return False
        if negator(before) or before.norm in _NEGATING_DEGREE:
            return True
    return False


def negations(text: str, tokens: Sequence[WordToken], linked: set[int]) -> list[str]:
    """The negators of ``text`` whose focus, the first content word of its clause up to three words on that is
    no adverb ("did not immediately respond": "respond"), has a counterpart: "could not stop part of the building
    collapsing" negates "stop", not "part" or "collapsing" (qa14 A12)."""
    found = []
    for k, token in enumerate(tokens):
        if not negator(token) or (token.norm == "no" and text[token.end:token.end + 1] == "."
                                  and k + 1 < len(tokens) and tokens[k + 1].kind == "number"):
            continue  # "No. 5 seed": the abbreviation of "number"
        for after in tokens[k + 1:k + 4]:
            gap = text[token.end:after.start]
            if _NEGATION_CLAUSE_ENDS & set(gap) or (_FULL_STOP.search(gap) and after.text[:1].isupper()):
                break  # a row of several sentences: "has no carries. He played at" negates no "played"
            if after.is_content and not _adverb(after):
                if after.index in linked and not _time_limit(text, tokens, k):
                    found.append(token.text.lower())
                break
    return list(dict.fromkeys(found))


def _time_limit(text: str, tokens: Sequence[WordToken], k: int) -> bool:
    """Whether "until" (or "till") follows the negator ``tokens[k]`` in its clause: "could not be rescued until the
    next morning", "It was not until Tuesday that": when the thing was done, not that it was not."""
    for before, after in zip(tokens[k:], tokens[k + 1:]):
        gap = text[before.end:after.start]
        if _NEGATION_CLAUSE_ENDS & set(gap) or _FULL_STOP.search(gap) or after.norm in _NEXT_PREDICATE:
            return False  # "was not charged and remained free until May": "until" times another predicate
        if after.norm in _UNTIL:
            return True
    return False


# Words that open another predicate or clause after the negated one (review15).
_NEXT_PREDICATE = frozenset("and but or while because after which who whom that when".split())


# Words between a negator and its focus: adverbs ("not yet", "not even"; "-ly": "not immediately") and the "one"
# of "no one" (= "nobody").
_ADVERBS = frozenset("yet even ever always also just still quite only one".split())


def _adverb(token: WordToken) -> bool:
    return token.text.lower() in _ADVERBS or (token.norm.endswith("ly") and len(token.norm) > 4)
