"""Words whose scope changes the tone of the words after them in news (beside ``newsrules``' words that are not tone).

* **What is reduced or ended.** Verbs that lessen, end or combat what they take, their forms and nouns ("reduce the
  **risk** of heart disease", "prevent **attacks**", "an end to the **war**", "curb **violence**"): the negative
  words of their object name what is lessened, not bad news, and carry no tone, as a refused thing's positive words
  carry none (``newsrules.REFUSALS``). Nor does the verb's own negative tone then: lessening something bad is no bad
  news ("avoided a costly strike" scored -0.51 from "avoided"), while "avoided questions" keeps it. The object reaches
  ``params.REDUCED_SCOPE`` words on, within the clause, through "of", "to" and "against" but no other preposition
  ("ended in **disaster**" keeps its tone), nor past an auxiliary or copula: a verb there makes the reducer a noun
  subject ("the budget cuts were **devastating**", "the fighting is **terrible**"), which takes no object. A reducer
  is a verb, taking its object directly, only after a word that puts a verb there ("to", a modal, a pronoun, "that",
  an -ly adverb) or in a past form; else a noun, whose object follows "of", "to" or "against" ("heavy fighting
  **killed** 20", "budget cuts **hurt** schools" keep their tone). An adverb right after it has none ("the meeting
  ended **badly**", "end up **dead**", "stopped short of blaming the **deadly** attack"). "Fight" is not among them:
  one fights a **brutal** war as often as one fights disease (QA: "fought a brutal war" lost its tone). Shipped;
  chosen by bench/learn_tone_rules.py (see ``tone/params.py``).
* **Downward-entailing operators** (Klima 1964's "affective" words; Ladusaw 1979): "few", "little" (no determiner
  before: "a few", "the little" are not), "hardly", "barely", "scarcely" and "no longer" reverse what is in their scope
  as "not" does ("few find it funny"). VADER negates after "rarely" and "seldom", but dampens after "hardly",
  "barely", "scarcely", "little" (boosters) and ignores "few". Reading each as VADER's "not" (its three-word scope and
  scalar; the "no" of "no longer" set aside) was measured by bench/learn_tone_rules.py and is OFF (``DOWNWARD`` empty):
  NYT odd-id CV r -0.0006 +- 0.0038, 32 snippets changed, 16 nearer the rating and 16 further ("in so little time,
  what marvels": VADER's scope crosses the comma; "hardly less offensive"; "can no longer afford" is a loss to the
  raters). Kept so that script can measure it again.
* **Narrow negators.** "Hardly" and "scarcely" before a verb or adjective deny it ("the meeting hardly **improved**
  relations", "they're hardly **super**", "hardly **compelling**"): VADER reads them as boosters that only dampen, so
  "hardly improved" scored positive. They negate the one word they modify, the next word in the same clause
  (``modified_negated``), as VADER's "not" would (its N_SCALAR, on top of the adverb's dampening), and nothing
  further, so the three-word scope that failed above ("in so little time, what marvels") is not reopened. Not
  "barely": it entails what it modifies ("barely won" is a win, "barely survived" survived; Horn 2002), where
  "hardly won" is no win. Measured (bench/results/scoring.md, "Narrow negators"): PolNeAR train/dev and
  the seeds, 6 sentences change, 6 right by reading; NYT odd ids 4 snippets (in-sample r 0.5845 -> 0.5843: the
  raters rate the rest of the sentence, "they are scarcely treasonous, as charged" -1.5); NewsMTSC train none.

Tokens are lower-cased cores and whitespace tokens as written, as in ``newsrules.not_tone``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import compress

from mediadiff.tone.newsrules import (
    AUXILIARIES,
    CLAUSE_MARKS,
    CLAUSE_OPENERS,
    DETERMINERS,
    PREPOSITIONS,
    VERB_POSITION,
)
from mediadiff.tone.params import REDUCED_SCOPE

__all__ = ["READ_AS_NOT", "modified_negated", "read_as_not", "reduced_objects"]

REDUCERS = frozenset(
    "reduce reduces reduced reducing reduction cut cuts cutting curb curbs curbed curbing prevent prevents "
    "prevented preventing prevention avert averts averted averting stop stops stopped stopping halt halts halted "
    "halting avoid avoids avoided avoiding end ends ended ending ease eases eased easing relieve relieves relieved "
    "relieving alleviate "
    "alleviates alleviated alleviating lessen lessens lessened lessening mitigate mitigates mitigated mitigating "
    "combat combats combated combating eliminate eliminates eliminated eliminating "
    "eradicate eradicates eradicated eradicating cure cures cured curing".split())
REDUCED_THROUGH = frozenset({"of", "to", "against"})  # an object holds these; any other preposition ends it
OTHER_PREPOSITIONS = PREPOSITIONS | frozenset(
    "in on at by for from with into about over under after before through during".split())
DOWNWARD: frozenset[str] = frozenset()  # measured: "few little hardly barely scarcely" (bench/learn_tone_rules.py)
DOWNWARD_QUANTIFIERS = frozenset({"few", "little"})
# Adverbs that negate the one word they modify ("hardly **improved**", "scarcely **helped**"); see the docstring.
NARROW_NEGATORS = frozenset({"hardly", "scarcely"})
NO_LONGER = False
READ_AS_NOT = "part of 'no longer', read as not"  # why the "no" of "no longer" is set aside


def reduced_objects(tokens: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float],
                    keep: Collection[str] = ()) -> dict[int, str]:
    """Token index -> why, for the negative lexicon words of what a reducing verb takes ("reduce the **risk** of")."""
    out: dict[int, str] = {}
    for i in compress(range(len(tokens)), map(REDUCERS.__contains__, tokens)):
        verb = _verb_use(tokens, i)
        j = i
        taken: list[int] = []  # the words of its object, in order
        while j + 1 < len(tokens) and j - i < REDUCED_SCOPE and not raw[j].endswith(CLAUSE_MARKS):
            j += 1
            word = tokens[j]
            if j == i + 1 and not verb and word not in REDUCED_THROUGH:
                break  # a noun takes its object through "of", "to", "against" only: "heavy fighting killed 20"
            if j == i + 1 and (word.endswith("ly") or word in ("up", "short")):
                break  # an adverb of manner, "end up", "stop short of": "the meeting ended badly" has no object
            if word in CLAUSE_OPENERS or word in AUXILIARIES or (word in OTHER_PREPOSITIONS
                                                                and word not in REDUCED_THROUGH):
                break  # a verb after it: the reducer was a noun subject ("the cuts were devastating"), no object
            taken.append(j)
            if word not in keep and lexicon.get(word, 0.0) < 0:
                out.setdefault(j, "what is reduced or ended")
        head = _head(tokens, taken)
        if head is not None and head in out and tokens[i] not in keep and lexicon.get(tokens[i], 0.0) < 0:
            # Lessening something bad is no bad news ("avoided a costly strike"); the verb keeps its tone when
            # only a modifier of what it takes is bad ("avoided tough questions").
            out.setdefault(i, "lessens or ends something bad")
    return out


def _head(tokens: Sequence[str], taken: Sequence[int]) -> int | None:
    """The head of the first noun phrase among the object's words ``taken``: its last word before "of", "to" or
    "against" ("the **risk** of heart disease", "a costly **strike**")."""
    head = None
    for k in taken:
        if tokens[k] in REDUCED_THROUGH:
            if head is not None:
                break
            continue  # a noun reducer's object opens with it: "an end to the war"
        head = k
    return head


def _verb_use(tokens: Sequence[str], i: int) -> bool:
    """Whether reducer ``tokens[i]`` is a verb, which takes its object directly ("to curb violence", "can cure
    infections", "which prevent attacks", "sharply reduced costs", "cuts the risk"), rather than a noun, whose
    object follows "of", "to" or "against" ("an end to the war"; "budget cuts hurt schools", "heavy fighting broke
    out" have none). Without a tagger: the word before it, a past form, or a determiner after it."""
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (before in VERB_POSITION or before in ("that", "which") or before.endswith("ly")
            or tokens[i].endswith("ed") or after in DETERMINERS)  # "the vaccine cuts the risk": a verb's object


def modified_negated(lower: Sequence[str], raw: Sequence[str]) -> list[int]:
    """The token indices of the words a narrow negator modifies: the word right after "hardly" or "scarcely"
    (``NARROW_NEGATORS``) in the same clause ("hardly **improved**"), which VADER should read negated
    (its N_SCALAR) on top of the adverb's dampening; nothing further on ("hardly improved, and prices fell")."""
    if NARROW_NEGATORS.isdisjoint(lower):  # most sentences have none (a set test in C)
        return []
    return [i + 1 for i, word in enumerate(lower[:-1])
            if word in NARROW_NEGATORS and not raw[i].endswith(CLAUSE_MARKS)]


def read_as_not(tokens: Sequence[str], raw: Sequence[str]) -> tuple[list[int], list[int]]:
    """(the downward-entailing operators VADER should read as its "not", the "no" of each "no longer": set aside).
    Nothing while ``DOWNWARD`` is empty and ``NO_LONGER`` off (the shipped setting)."""
    if not DOWNWARD and not NO_LONGER:
        return [], []
    operators, parts = [], []
    for i, word in enumerate(tokens):
        if word in DOWNWARD and (word not in DOWNWARD_QUANTIFIERS or i == 0 or tokens[i - 1] not in DETERMINERS):
            operators.append(i)
        elif NO_LONGER and word == "longer" and i > 0 and tokens[i - 1] == "no" \
                and not raw[i - 1].endswith(CLAUSE_MARKS):
            operators.append(i)
            parts.append(i - 1)
    return operators, parts
