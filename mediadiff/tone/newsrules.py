"""Words that are not tone in news, by construction: which tokens VADER should not score.

Two rules, both about what a word *does* in the sentence rather than which word it is:

* **Evaluated subjects.** In "incremental progress on border security challenges is
  unacceptable" the predicate ("is unacceptable") evaluates its subject; the subject's
  words ("progress", "security", "challenges") say *what* is evaluated, not how. When a
  clause's copula ("is", "was", "remains", "has been" ...) is followed by a lexicon word
  (optionally after "not" or an adverb), the lexicon words of its subject (back to the
  clause start: punctuation or a subordinator such as "that") carry no tone.
* **Reporting phrases.** "made clear that ..." reports how something was said; "clear"
  there is not tone, like the reporting verbs themselves (see ``sentiment.reporting_verbs``).

Tokens are whitespace tokens without surrounding punctuation, as in ``sentiment.mask_names``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import compress

COPULAS = frozenset("is are was were be been remains remain remained seems seem seemed became become becomes "
                    "'s".split())
PERFECT = frozenset("has have had".split())
# Words allowed between the copula and the evaluative word ("is not acceptable", "was deeply troubling").
BETWEEN = frozenset("not no longer still also very so too deeply simply totally entirely quite really "
                    "particularly especially more most less least".split())
CLAUSE_OPENERS = frozenset("that because which who whom whose while although though if when whereas since "
                           "as but and or so".split())
MAKE = frozenset("make makes made making".split())
REPORTING_ADJECTIVES = frozenset({"clear"})
_TRIGGERS = COPULAS | REPORTING_ADJECTIVES


def not_tone(tokens: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float],
             keep: Collection[str] = ()) -> dict[int, str]:
    """Token index -> why its lexicon word is not tone. ``tokens`` are the lower-cased
    cores, ``raw`` the whitespace tokens as written (their punctuation marks clause ends)."""
    out: dict[int, str] = {}
    # only the words either rule starts from are visited (a set lookup per word, in C)
    for i in compress(range(len(tokens)), map(_TRIGGERS.__contains__, tokens)):
        word = tokens[i]
        if word in REPORTING_ADJECTIVES and i > 0 and (tokens[i - 1] in MAKE or (
                i > 1 and tokens[i - 1] == "it" and tokens[i - 2] in MAKE)):
            out[i] = "reporting phrase"
        if word not in COPULAS:
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j] in BETWEEN or tokens[j].endswith("ly")) and tokens[j] not in lexicon:
            j += 1
        if j >= len(tokens) or not lexicon.get(tokens[j]):
            continue
        start = i - 1
        if word == "been" and start >= 0 and tokens[start] in PERFECT:
            start -= 1
        while start >= 0 and tokens[start] not in CLAUSE_OPENERS and not raw[start].endswith((",", ";", ":", "\u2014")):
            if tokens[start] in lexicon and tokens[start] not in keep:
                out.setdefault(start, "subject of an evaluation")
            start -= 1
    return out
