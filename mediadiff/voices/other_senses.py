"""Senses of a reporting verb that report no statement: "tell" a lie or the truth, "call out" someone
(``other_sense``, asked by ``speech_senses.not_said``). "refer to" (mention) was tried and dropped: PolNeAR
annotates "..., referring to X" as attribution (train reported recall 0.340 -> 0.339, dev 0.386 -> 0.385)."""

from __future__ import annotations

# Senses of a reporting verb that report no statement (QA14 V3): "tell" with a kind of telling for its object
# ("tells so many lies that Clinton could ...": the lies are told, the clause is the result; "tell the truth"),
# "call out" someone (criticise: "calling out Trump for his lies").
_TOLD_THINGS = frozenset("lie lies truth truths story stories joke jokes tale tales fib fibs falsehood falsehoods"
                         .split())
_TOLD_MODIFIERS = frozenset("a an the so such many more few several his her their its outright big blatant".split())


def other_sense(toks: list[tuple[str, int, int]], v: int, verb: str) -> bool:
    """Whether the reporting verb at ``toks[v]`` (lemma ``verb``) has one of these senses here."""
    after = [t[0].lower() for t in toks[v + 1:v + 6]]
    if verb == "call":
        return len(after) > 1 and after[0] == "out" and after[1][:1].isalpha() and after[1] != "to"
    if verb != "tell":
        return False
    k = 0
    while k < len(after) and after[k] in _TOLD_MODIFIERS:
        k += 1
    return k < len(after) and after[k] in _TOLD_THINGS
