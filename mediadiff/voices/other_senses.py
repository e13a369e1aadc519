"""Senses of a reporting verb that report no statement: "tell" a lie or the truth, "call out" someone, "dismiss" a
case (``other_sense``, asked by ``speech_senses.not_said``). "refer to" (mention) was tried and dropped: PolNeAR
annotates "..., referring to X" as attribution (train reported recall 0.340 -> 0.339, dev 0.386 -> 0.385)."""

from __future__ import annotations

# Senses of a reporting verb that report no statement (QA14 V3): "tell" with a kind of telling for its object
# ("tells so many lies that Clinton could ...": the lies are told, the clause is the result; "tell the truth"),
# "call out" someone (criticise: "calling out Trump for his lies").
_TOLD_THINGS = frozenset("lie lies truth truths story stories joke jokes tale tales fib fibs falsehood falsehoods"
                         .split())
_TOLD_MODIFIERS = frozenset("a an the so such many more few several his her their its outright big blatant".split())


# "dismiss" a legal action is a court's ruling (WordNet dismiss.v.05 "declare void"), not words said about it
# (QA15 V5: "agreed to dismiss the case against him", "The indictment ... was dismissed by a judge who ruled ..."):
# its object, or in the passive its subject, is a noun of a legal action.
_LEGAL_ACTIONS = frozenset("""
case cases charge charges suit suits lawsuit lawsuits indictment indictments count counts complaint complaints
appeal appeals petition petitions motion motions prosecution prosecutions claim claims conviction convictions
""".split())
_OBJECT_MODIFIERS = _TOLD_MODIFIERS | frozenset("all both criminal federal civil remaining two three four".split())
_PASSIVE_AUX = frozenset("was were been be is are being".split())


def _dismissed_action(toks: list[tuple[str, int, int]], v: int, after: list[str]) -> bool:
    k = 0
    while k < len(after) and after[k] in _OBJECT_MODIFIERS:
        k += 1
    if k < len(after) and after[k] in _LEGAL_ACTIONS - {"claim", "claims"}:
        return True  # "dismiss the case", "dismissed all charges"; "dismissed the claims" may be words said
    if v < 2 or toks[v - 1][0].lower() not in _PASSIVE_AUX:
        return False
    before = [t[0].lower() for t in toks[max(0, v - 6):v - 1]]
    return any(word in _LEGAL_ACTIONS for word in before)  # "the indictment for fraud was dismissed"


def other_sense(toks: list[tuple[str, int, int]], v: int, verb: str) -> bool:
    """Whether the reporting verb at ``toks[v]`` (lemma ``verb``) has one of these senses here."""
    after = [t[0].lower() for t in toks[v + 1:v + 6]]
    if verb == "dismiss":
        return _dismissed_action(toks, v, after)
    if verb in {"inform", "notify", "remind"}:  # "informing her of the death of ...": no statement
        return any(word in {"of", "about"} for word in after[:after.index("that") if "that" in after else 5])
    if verb == "call":
        return len(after) > 1 and after[0] == "out" and after[1][:1].isalpha() and after[1] != "to"
    if verb != "tell":
        return False
    k = 0
    while k < len(after) and after[k] in _TOLD_MODIFIERS:
        k += 1
    return k < len(after) and after[k] in _TOLD_THINGS
