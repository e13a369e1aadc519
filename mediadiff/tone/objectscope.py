"""Two scopes VADER reads wrong in news, after a verb: a negative pronoun object, and what someone deserves.

* **A negative pronoun object negates its verb, not its topic.** "She said nothing about the attack": "nothing" is
  the object of "said" (nothing was said); "about the attack" names what nothing was said about, and the attack
  is as bad as in "She spoke about the attack". VADER reads "nothing" as a negation of any rated word up to three
  words on, so "attack" flipped and the sentence scored +0.31. A negative pronoun ("nothing", "none") right after a
  word that is no clause opener and right before a preposition of topic ("about", "regarding", "concerning") is
  set aside: its scope is the clause's verb (Quirk et al. 1985, 10.64: negation by a negative object is clausal),
  which carries no tone of its own here. Not "of" ("stole nothing of value": a property of the nothing) nor "to"
  ("nothing to celebrate": no reason to celebrate, a negation of the infinitive).
* **What someone deserves in the comparative is what they lack.** "Residents deserve better", "voters deserve more
  than slogans": "deserve" with a comparative object says that what they have falls short, a complaint (the
  comparative's standard is the present state; cf. "short of" in ``tone.scopes``). The comparative ("better",
  "more") right after a form of "deserve" (or after "a", "much", "far", "so" between) is read as after a negation,
  as "not better" is; "deserve the best" and "deserve better treatment than the old rules gave" read the same way
  only where the comparative is the object.
"""

from __future__ import annotations

from collections.abc import Sequence

from mediadiff.tone.newsrules import CLAUSE_MARKS, CLAUSE_OPENERS

__all__ = ["deserved_comparatives", "topic_negators"]

NEGATIVE_OBJECTS = frozenset(("nothing", "none"))
TOPIC_PREPOSITIONS = frozenset(("about", "regarding", "concerning"))
DESERVE = frozenset("deserve deserves deserved deserving".split())
COMPARATIVES = frozenset(("better", "more"))
_BETWEEN = frozenset(("a", "much", "far", "so", "something", "even"))


def topic_negators(lower: Sequence[str], raw: Sequence[str]) -> list[int]:
    """The negative pronoun objects to set aside ("said **nothing** about the attack"): ``lower`` the lower-cased
    cores, ``raw`` the whitespace tokens as written."""
    if NEGATIVE_OBJECTS.isdisjoint(lower):
        return []
    return [k for k in range(1, len(lower) - 1) if lower[k] in NEGATIVE_OBJECTS
            and lower[k + 1] in TOPIC_PREPOSITIONS and not raw[k].endswith(CLAUSE_MARKS)
            and not raw[k - 1].endswith(CLAUSE_MARKS) and lower[k - 1] not in CLAUSE_OPENERS]


def deserved_comparatives(lower: Sequence[str], raw: Sequence[str]) -> list[int]:
    """The comparatives a form of "deserve" takes as its object, read as negated ("deserve **better**")."""
    if DESERVE.isdisjoint(lower):
        return []
    out = []
    for k in range(len(lower) - 1):
        if lower[k] in DESERVE and not raw[k].endswith(CLAUSE_MARKS):
            j = k + 1
            while j < len(lower) - 1 and lower[j] in _BETWEEN and not raw[j].endswith(CLAUSE_MARKS):
                j += 1
            if lower[j] in COMPARATIVES:
                out.append(j)
    return out
