"""The reported event named again: "the fire" in a fire report is the story's topic, not the outlet's tone.

A hard-news report names its event with a noun of accident or disaster (WordNet 3.0 noun.event: "fire" fire.n.01
"the event of something burning", "accident", "collision", "crash"), first as news ("A fire broke out") and then,
again and again, with a definite determiner that points back to it (anaphoric "the": Quirk et al. 1985,
5.28-5.32): "Investigations into what caused the fire are ongoing", "By 09:30 the fire was largely out". Each
such mention names what the story is about, as "the earthquake" does (which no lexicon rates), so its valence is
no tone: the topic-noun rule (``newsrules``: "security talks", "Crime fell") for the event noun of the report.
Verbs of harm ("killed", "injured", "destroyed") keep their tone; so does an evaluative noun ("the tragedy",
"the fiasco", "the disaster": they judge the event, "the Goldwater disaster") and an event noun in a predicate
with "a" ("It was a catastrophe"). Premodifiers between the determiner and the noun are nouns or names ("the
roof fire", "the Waitrose fire"). Not an event named again: a noun followed by "of" ("the fire of his speech")
and the fire of the idiom "hold someone's feet to the fire" (press them). The determiner is "the" or "its": a
demonstrative "that" may be a conjunction before a verb ("demanded that Janney fire him"), and "that fire"
points at a figure of speech as often as at the event ("The assumption fueling that fire").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mediadiff.tone.newsrules import noun_senses

WHY = "the reported event named again"
# Nouns of accidental or natural events of harm (first WordNet 3.0 sense in noun.event or noun.phenomenon, a
# hyponym of happening.n.01 or of one of these) that name its kind without judging it: the rated ones are fire,
# accident(s), collision, crash(es); the others are listed so the rule reads one class. Not "disaster", which
# judges as often as it names ("the Goldwater disaster": bench/diff_sentence_tone.py, development data).
EVENT_NOUNS = frozenset(
    "fire fires blaze blazes inferno accident accidents collision collisions crash crashes "
    "flood floods explosion explosions blast earthquake quake storm hurricane tornado wildfire wildfires "
    "derailment landslide eruption".split())
_DEFINITE = frozenset(("the", "its"))


def reported_events(tokens: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> WHY for each rated event noun after a definite determiner (nouns or names between)."""
    out: dict[int, str] = {}
    nouns = None
    for i, word in enumerate(tokens):
        if word not in EVENT_NOUNS or word not in lexicon or not raw[i][:1].islower():
            continue
        if (i + 1 < len(tokens) and tokens[i + 1] == "of" and raw[i] == word) \
                or tuple(tokens[max(i - 3, 0):i - 1]) == ("feet", "to"):
            continue  # "the fire of his speech"; "hold their feet to the fire"
        if nouns is None:
            nouns = noun_senses()
        j = i - 1
        while j >= 0 and i - j <= 4 and tokens[j] not in _DEFINITE and raw[j].isalpha() and (
                tokens[j] in nouns or raw[j][:1].isupper()) and tokens[j] not in lexicon:
            j -= 1
        if j >= 0 and tokens[j] in _DEFINITE and raw[j].isalpha():
            out[i] = WHY
    return out
