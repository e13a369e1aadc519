"""Which side, not which is correct: "right" before a body part or a side ("a big right hand", "his right knee",
"a right hook", "the right lane") is WordNet right.a.04 "being or located on or directed toward the side of the
body to the east when facing north", as "left" is: it places a thing, it does not judge it (QA14 T2: "Thompson
never recovered from a big right hand from Klitschko." +0.35, a knockdown read as praise). The noun after a side
adjective is then the body part ("hand", rated +1.29 in news for "a helping hand", "on the other hand"): no tone
either. "right" elsewhere ("the right decision", "the right to vote") keeps its tone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

WHY = "a side, not a judgement"
SIDES = frozenset({"right", "left"})
# Body parts and things with two sides; the boxer's punches are named by the hand that throws them.
SIDE_NOUNS = frozenset(
    "hand hands arm arms leg legs foot feet knee knees eye eyes ear ears shoulder shoulders hip hips elbow elbows "
    "wrist wrists ankle ankles thigh hamstring cheek temple side flank lane turn hook hooks cross jab uppercut "
    "fielder field tackle guard wing".split())


def side_words(tokens: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> WHY for "right"/"left" right before a side noun, and for that noun, when rated."""
    out: dict[int, str] = {}
    for i in range(len(tokens) - 1):
        if tokens[i] in SIDES and tokens[i + 1] in SIDE_NOUNS and raw[i].isalpha() and raw[i].islower():
            for k in (i, i + 1):
                if tokens[k] in lexicon:
                    out[k] = WHY
    return out
