"""What follows a reporting verb: a clause it reports, or an object or a preposition that says nothing.

``cues`` reads the words after a reporting verb as what was said. Two readings of those words say otherwise:
``added_object`` ("The economy added 200,000 jobs": "add" in its commonest, non-reporting sense) and
``prepositional`` ("Mexico will respond firmly to tariffs": what the verb is about, not what was said).
"""

from __future__ import annotations

from mediadiff.voices.wordclass import MODALS

# Words right after "added" are its object (its commonest, non-reporting sense) when they open as a quantity
# ("added 200,000 jobs", "a provision", "another link") with no mark of a clause ("added a deal was near"); any
# other opening may start a clause with a verb no list tells ("added the deal fell apart"): reported speech.
_FINITE = MODALS | frozenset("he she they it we i you there is are was were am be been has have had did do".split())
_QUANTITY_OPENERS = frozenset("a an another one two three four five six seven eight nine ten dozens hundreds".split())


def added_object(words: str) -> bool:
    """Whether ``words``, right after "added", are its object rather than a clause it reports."""
    low = words.lower().split()
    return bool(low) and (low[0][:1].isdigit() or low[0] in _QUANTITY_OPENERS) and not any(
        w in _FINITE or len(w) > 4 and w.endswith("ed") for w in low)


# Prepositions that open what a verb is about or to whom ("responded to", "spoke with"), never a clause.
VERB_PREPOSITIONS = frozenset("to with by from about against".split())


def prepositional(toks: list[tuple[str, int, int]], k: int) -> bool:
    """"responded (firmly) to tariffs", "spoke with reporters": a preposition after the verb, past its -ly
    adverbs, opens what the verb is about or to whom, not what was said."""
    while k < len(toks) and toks[k][0].lower().endswith("ly") and len(toks[k][0]) > 4:
        k += 1
    return k < len(toks) and toks[k][0].lower() in VERB_PREPOSITIONS
