"""Fixed expressions built on a reporting verb that report nothing: the writer's own discourse markers.

A sentence-opening connective on "say" comments on the writer's own argument and quotes no one (Quirk et al.
1985, 8.137 and 15.57, disjuncts and absolute clauses): a participle clause with a demonstrative object
("Having said that, ...", "That said, ...", "That being said, ..."), or an adjective or "suffice it" with the
infinitive ("Needless to say, ...", "Suffice it to say that ...", "Sad to say, ..."). Such a verb has no subject
of its own in the sentence, so any source read back or forward from it ("Having", "Needless") is a misreading
(``discourse_marker``). A conjunction may open the sentence before it ("But having said that, ...").

A sentence may open on its reporting verb, the subject after it ("Said Ellis: “...”", "Added the senator, ...":
subject-verb inversion after a quote carried to the sentence's head, Quirk et al. 1985, 18.24): the verb is no
part of the name after it (``INVERTED_OPENERS``), so the name is a known actor's ("Ryan Ellis").
Rules of English grammar only; nothing here was fitted.
"""

from __future__ import annotations

_SENTENCE_MARKS = frozenset({".", "?", "!", ":", ";", "\"", "“", "”"})
_CONJUNCTIONS = frozenset("and but yet still so now".split())
_DEMONSTRATIVES = frozenset("that this which".split())
# Reporting verbs, past or present in -s, that open a sentence before their subject in news ("Said Ellis:").
INVERTED_OPENERS = frozenset("said says added adds asked asks wrote writes explained explains noted notes continued "
                             "recalled recalls stated tweeted tweets".split())
_SAY = frozenset("said say saying".split())
# The words of "ADJ to say" / "suffice it to say" that open a sentence as a comment of the writer.
_TO_SAY_OPENERS = frozenset("needless suffice sad strange truth".split())


def _opens_sentence(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether ``toks[k]`` opens its sentence, after at most one conjunction ("But having said that")."""
    if k > 0 and toks[k - 1][0].lower() in _CONJUNCTIONS:
        k -= 1
    return k == 0 or toks[k - 1][0] in _SENTENCE_MARKS


def discourse_marker(toks: list[tuple[str, int, int]], v: int) -> bool:
    """Whether the verb at ``toks[v]`` is "say" in a discourse connective opening its sentence: "Having said
    that,", "That (being) said,", "Needless to say", "Suffice it to say"."""
    word = toks[v][0].lower()
    if word not in _SAY:
        return False
    low = [t[0].lower() for t in toks[max(0, v - 3):v]]
    after = [t[0].lower() for t in toks[v + 1:v + 3]]
    if word == "said" and low[-1:] == ["having"] and after[:1] and after[0] in _DEMONSTRATIVES | {"so"}:
        return _opens_sentence(toks, v - 1) and after[1:2] == [","]  # "Having said that, there are ..."
    if word == "said" and after[:1] == [","]:
        if low[-1:] and low[-1] in _DEMONSTRATIVES:
            return _opens_sentence(toks, v - 1)  # "That said, the bill passed"
        if len(low) >= 2 and low[-2] in _DEMONSTRATIVES and low[-1] == "being":
            return _opens_sentence(toks, v - 2)  # "That being said, ..."
    if word == "say" and low[-1:] == ["to"]:
        if len(low) >= 2 and low[-2] in _TO_SAY_OPENERS:
            return _opens_sentence(toks, v - 2)  # "Needless to say", "Sad to say"
        if len(low) >= 3 and low[-3:-1] == ["suffice", "it"]:
            return _opens_sentence(toks, v - 3)  # "Suffice it to say that ..."
    return False
