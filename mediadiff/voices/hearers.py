"""The hearer after "told", "warned", "urged": the noun phrase between a reporting verb and what it reports.

"tell", "ask", "warn", "urge", "remind", "assure" and "accuse" take a hearer before the clause ("told reporters that
...", "warned investors the fund could fail"), and "that" is both a demonstrative determiner, which may open that
hearer ("told that reporter the story was false"), and the complementizer opening the clause ("warned that more
roads could flood"). It is the complementizer when a clause follows it: a subject and its finite verb ("that more
roads could flood", "that it could default", "that Donald Trump would"; Quirk et al. 1985, 15.3: "that" is omitted
or kept before a that-clause, never before a hearer's second object). A demonstrative's noun phrase after such a
verb is followed by the second object (a clause, "to", a noun phrase), never by a finite verb of its own.
"""

from __future__ import annotations

from mediadiff.corpus.grammar import SUBJECT_PRONOUNS
from mediadiff.voices.complements import hearer_at
from mediadiff.voices.phrases import np_forward
from mediadiff.voices.wordclass import finite_verb, senses, singular_stems

# "inform" and "notify" as "tell" (QA15 V3: '“We will make no further payment,” Olson notified the panel').
HEARER_VERBS = frozenset("tell ask warn urge remind assure accuse inform notify".split())


# Plurals not in -s (Quirk et al. 1985, 5.82-5.90) and the collective "police", which takes a plural verb.
_PLURALS = frozenset("people children men women police".split())
_SINGULARS_IN_S = frozenset("news series species means headquarters politics economics physics whereabouts".split())


def _plural(word: str) -> bool:
    """A plural common noun: demonstrative "that" takes only a singular (the plural is "those"; Quirk et al. 1985,
    6.40), so "warned that prices remain high" and "told that voters want change" open a clause (review15 item 1)."""
    if word in _PLURALS:
        return True
    if not word.isalpha() or not word.islower() or not word.endswith("s") or word.endswith(("ss", "us", "is")) \
            or word in _SINGULARS_IN_S:
        return False
    return any((senses(stem) or (0,))[0] > 0 for stem in singular_stems(word))  # "storm" of "storms"


def that_opens_clause(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether ``toks[k]``, "that" right after a verb taking a hearer, is the complementizer: a subject pronoun
    follows ("that it could"), or a noun phrase with a finite word after its first, inside it or right after it
    (a noun phrase read forwards takes in the verbs after it: "that more roads could flood", "that officials lied")."""
    if k + 1 >= len(toks) or toks[k][0].lower() != "that":
        return False
    if toks[k + 1][0].lower().replace("’", "'").split("'")[0] in SUBJECT_PRONOUNS | {"there"}:
        return True
    first = toks[k + 1][0]
    if first[:1].isupper() and first.isalpha() and first != "I" or _plural(first):
        return True  # "that Congress pass the bill", "that prices remain high": no demonstrative takes either
    np = np_forward(toks, k + 1)
    if np is None:
        return False
    # "be" too: the subjunctive of a mandate ("urged that more money be spent"; Quirk et al. 1985, 16.32)
    return any(word.islower() and (finite_verb(word) or word == "be") for word, _, _ in toks[np[0] + 1:np[1] + 1])


def after_hearer(toks: list[tuple[str, int, int]], k: int, verb: str) -> int:
    """The token after the hearer that ``verb``, ending before ``toks[k]``, takes there (``k`` when none does):
    "told reporters | that", "accuses Bernie Sanders of | subjecting her to ...": what he is accused of."""
    if verb not in HEARER_VERBS or not hearer_at(toks, k) or that_opens_clause(toks, k):
        return k
    np = np_forward(toks, k)
    if np is None:
        return k
    k = np[1]
    return k + 1 if verb == "accuse" and k < len(toks) and toks[k][0].lower() == "of" else k
