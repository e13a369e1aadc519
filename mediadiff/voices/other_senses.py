"""Senses of a reporting verb that report no statement: "tell" a lie or the truth, "call out" someone, "dismiss" a
case (``other_sense``, asked by ``speech_senses.not_said``). "refer to" (mention) was tried and dropped: PolNeAR
annotates "..., referring to X" as attribution (train reported recall 0.340 -> 0.339, dev 0.386 -> 0.385)."""

from __future__ import annotations

from mediadiff.corpus.grammar import DEMONSTRATIVES
from mediadiff.voices.wordclass import singular_stems

# Senses of a reporting verb that report no statement (QA14 V3): "tell" with a kind of telling for its object
# ("tells so many lies that Clinton could ...": the lies are told, the clause is the result; "tell the truth"),
# "call out" someone (criticise: "calling out Trump for his lies").
_TOLD_THINGS = frozenset("lie lies truth truths story stories joke jokes tale tales fib fibs falsehood falsehoods"
                         .split())
_TOLD_MODIFIERS = frozenset("a an the so such many more few several his her their its outright big blatant".split())


# "dismiss" a legal action is a court's ruling (WordNet dismiss.v.05 "declare void"), not words said about it
# (QA15 V5: "agreed to dismiss the case against him", "The indictment ... was dismissed by a judge who ruled ..."):
# its object, or in the passive its subject, is a noun of a legal action. "dismiss X as Y" is always the
# evaluative sense, words said ("dismissed the charges as a witch hunt", review15 item 4), and someone in the
# subject's employ or charge for object (a post or staff noun, "him") is the sense "fire, let go" (dismiss.v.04:
# "dismissed 200 workers", "his adviser", "the jury"); any people noun was too wide: "Trump dismissed critics who
# called the remarks sexist" is speech (PolNeAR train). "complaint(s)" is left out: a grievance far more often
# than a filing in news.
_LEGAL_ACTIONS = frozenset("""
case cases charge charges suit suits lawsuit lawsuits indictment indictments count counts
appeal appeals petition petitions motion motions prosecution prosecutions claim claims conviction convictions
""".split())
_OBJECT_MODIFIERS = _TOLD_MODIFIERS | frozenset("all both criminal federal civil remaining two three four".split())
_PASSIVE_AUX = frozenset("was were been be is are being".split())
_COURTS = frozenset("judge judges court courts justice justices panel magistrate".split())  # "dismissed it as moot"
_STAFF = frozenset("""
worker employee staff staffer aide adviser advisor minister officer official chief director manager coach
secretary jury juror teacher general commander head deputy ambassador prosecutor attorney spokesman spokeswoman
""".split())
_PERSON_OBJECTS = frozenset("him her".split())  # "them" and "it" stand for claims as often as people
_OBJECT_ENDS = frozenset(",.;:!?()\"“”") | frozenset("""
on in at after before during for from over with without to by last this that who which because when amid and or
but while since until yesterday today
""".split())


def _object_head(after: list[str]) -> int:
    """Index in ``after`` of the object's head: the last word before a preposition, a conjunction or a stop."""
    k = 0
    while k < len(after) and after[k] not in _OBJECT_ENDS and after[k] != "as":
        k += 1
    return k - 1


def _fired(after: list[str]) -> bool:
    """"dismissed 200 workers", "dismissed his national security adviser", "dismissed him": a people object."""
    head = _object_head(after)
    if head < 0:
        return False
    word = after[head]
    if head == 0 and word in _PERSON_OBJECTS:
        return True
    if not word.isalpha() or (head == 0 and word in _PERSON_OBJECTS | DEMONSTRATIVES):
        return False
    stems = (word, *singular_stems(word)) if word.endswith("s") else (word,)
    return any(s in _STAFF for s in stems)


def _dismissed_action(toks: list[tuple[str, int, int]], v: int, after: list[str]) -> bool:
    wide = [t[0].lower() for t in toks[v + 1:v + 10]]
    head = _object_head(wide)
    court = any(t[0].lower() in _COURTS for t in toks[max(0, v - 4):v])
    if 0 <= head < len(wide) - 1 and wide[head + 1] == "as" and not court:
        return False  # "dismissed the charges as a politically motivated witch hunt": words said about them
    if _fired(wide):
        return True
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
