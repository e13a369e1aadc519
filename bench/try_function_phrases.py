"""Lexicon words used as function words: tried in grouped CV on the ODD ids (issue 14, NYT item).

VADER rates "well" (+1.1), "favor" (+1.7), "like" (+1.5), "honor" (+2.2), "interest" (+2.0) and "thanks" (+1.9) as
tone wherever they stand, yet in news they are most often parts of function phrases that say nothing of how the
outlet sees anything: "as well as", "met the mayor as well", "voted in favor of", "countries like Mexico", "in
honor of", "in the interest of", "thanks to". Quirk et al. (1985, A Comprehensive Grammar of the English Language,
9.10-9.13) list "as well as", "in favour of", "in honour of", "in the interest(s) of" and "thanks to" among the
complex prepositions and conjunctions; "like" before a noun phrase is a preposition (9.4). The variants add one
reason to the news rules (``newsrules.not_tone``: "function phrase"; the first two variants together are what
``newsrules.FUNCTION_PHRASES`` ships), so the word is masked like a name, in both
members, and the news valences are re-fitted with the rule on (``held_out`` reads the rules afresh):

* ``as well``: "well" after "as" ("as well", "as well as");
* ``complex prepositions``: the favour/honour/interest phrases above (without "thanks to");
* ``thanks to``: "thanks" before "to";
* ``like``: "like" not in a verb's position (after a pronoun, an auxiliary, "to", "not", "never": the news rules'
  ``VERB_POSITION``, and "would", "'d" ...): a preposition or conjunction ("like Mexico", "looks like");
* all of them.

Same data, folds and reference as bench/learn_topic_noun_weight.py (the shipped tone, Pattern's weight as shipped
and its neighbours); paired per-fold differences. Nothing from the even ids is read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/try_function_phrases.py   # needs: pip install textblob
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import learn_topic_noun_weight as W  # noqa: E402

from mediadiff.tone import names as N  # noqa: E402
from mediadiff.tone import newsrules as R  # noqa: E402
from mediadiff.tone.newsrules import topic_words  # noqa: E402
from mediadiff.tone.params import PATTERN_WEIGHT, TOPIC_NOUN_WEIGHT  # noqa: E402

WEIGHTS = (0.25, 0.3, 0.35)
PHRASE_HEADS = {("in", "favor", "of"), ("in", "favour", "of"), ("in", "honor", "of"), ("in", "honour", "of"),
                ("the", "interest", "of"), ("the", "interests", "of")}


def as_well(tokens: Sequence[str], i: int) -> bool:
    return tokens[i] == "well" and i > 0 and tokens[i - 1] == "as"


def complex_preposition(tokens: Sequence[str], i: int) -> bool:
    return i > 0 and i + 1 < len(tokens) and (tokens[i - 1], tokens[i], tokens[i + 1]) in PHRASE_HEADS


def thanks_to(tokens: Sequence[str], i: int) -> bool:
    return tokens[i] == "thanks" and i + 1 < len(tokens) and tokens[i + 1] == "to"


def like_preposition(tokens: Sequence[str], i: int) -> bool:
    verb_before = R.VERB_POSITION | {"would", "i'd", "we'd", "you'd", "they'd", "really", "also", "don't", "didn't",
                                     "doesn't"}
    return tokens[i] == "like" and (i == 0 or tokens[i - 1] not in verb_before)


VARIANTS: dict[str, tuple[Callable[[Sequence[str], int], bool], ...]] = {
    "as well": (as_well,),
    "complex prepositions": (complex_preposition,),
    "thanks to": (thanks_to,),
    "like": (like_preposition,),
    "as well + complex prepositions (shipped: newsrules.FUNCTION_PHRASES)": (as_well, complex_preposition),
    "all": (as_well, complex_preposition, thanks_to, like_preposition),
}


def with_rules(tests: tuple[Callable[[Sequence[str], int], bool], ...]) -> dict:
    """The held-out scores with the news rules as before the function phrases, plus ``tests``."""
    original, shipped_words = R.not_tone, R._PHRASE_WORDS
    R._PHRASE_WORDS = frozenset()  # the shipped rule off: every variant is measured from the rules before it

    def not_tone(tokens, raw, *, lexicon, keep=(), hits=None):
        out = original(tokens, raw, lexicon=lexicon, keep=keep, hits=hits)
        for i, word in enumerate(tokens):
            if word in lexicon and i not in out and any(test(tokens, i) for test in tests):
                out[i] = "function phrase"
        return out

    N.not_tone = not_tone
    try:
        return W.held_out(lambda word: TOPIC_NOUN_WEIGHT if word in topic_words() else 1.0)
    finally:
        N.not_tone, R._PHRASE_WORDS = original, shipped_words


def main() -> None:
    import numpy as np

    before = with_rules(())
    reference = W.cv_r(before, PATTERN_WEIGHT)
    print(f"reference (no function phrases, w {PATTERN_WEIGHT}): CV r {reference.mean():.4f} ± "
          f"{reference.std(ddof=1) / np.sqrt(len(reference)):.4f}")
    print("| variant | " + " | ".join(f"w {w}" for w in WEIGHTS) + " |\n|---|---|---|---|")
    for name, tests in VARIANTS.items():
        run = with_rules(tests)
        print(f"| {name} | " + " | ".join(W.paired(W.cv_r(run, w), reference) for w in WEIGHTS) + " |", flush=True)


if __name__ == "__main__":
    main()
