"""Passive reporting verbs: "55,000 deaths were reported", "Mr. Trump was asked about it", "Rubio was asked by
Gerard Baker whether ...".

The subject of a passive reporting verb is what is reported or who is addressed, never the source: the source
is the agent of "by", if the text gives one. A clause after the verb ("It was reported that the talks failed",
"was asked whether ...") is reported speech whose source the text may not name; after a verb of evaluation,
what its preposition opens is the criticism ("has been criticized for offering vague responses"). Without such
a clause nothing is reported ("55,000 deaths were reported in the past week", "700,000 jobs would be added").
A passive participle may also follow the noun it modifies with no "be" (a reduced relative clause): "the
employee accused of shooting three co-workers" is the one accused, "an omission criticised by some activists"
what is criticised; neither speaks, the source is the agent (``reduced_passive``). With no agent, the charge is
reported without a source up to a comma, when no finite verb comes first ("an American contractor accused of
spying, but ..."); else the noun's own predicate follows ("The employee accused of shooting three co-workers was
arrested": nothing reported; ``closed_charge``). A that-clause, a colon or a quote after the phrase the
participle opens is the verb's own clause, so the verb is active and its adjunct came first ("A spokesman
confirmed by email that ...", "repeated for the third time that ...": a passive of a verb whose object is a noun
phrase leaves no clause to report).
Rules of English grammar only; nothing here was fitted.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from mediadiff.corpus.grammar import (
    BE,  # a form of "be" before a participle makes it passive
    BE_FINITE,
    DO_FINITE,
    HAVE_FINITE,
    MODALS,
)
from mediadiff.voices.phrases import DETERMINERS, PREPOSITIONS, PRONOUNS, skip_aux_back
from mediadiff.voices.verbs import verb_lexicon
from mediadiff.voices.wordclass import IRREGULAR_PASTS

# Words opening the clause a passive reporting verb reports ("it was reported that ...", "was asked whether").
CLAUSE_OPENERS = frozenset("that whether if : what why how when where who which".split())
_NOT_NOUNS = PRONOUNS | DETERMINERS | PREPOSITIONS | {"as", "and", "or", "than"}  # "as described by X": a report
# A comma between digits separates thousands ("$1,200", "2,500 volunteers"), no clause or phrase: the comma that
# ends an object or a charge is any other ("accused of stealing $1,200, but ...").
CLAUSE_COMMA = re.compile(r",(?!\d)")
_QUESTION_OPENERS = CLAUSE_OPENERS - {"that", ":"}  # part of the clause: "was asked whether ..."


def is_passive(toks, v: int, form: str) -> bool:
    """Whether the reporting verb ``form`` at token ``v`` is passive: a participle after a form of "be"
    among the auxiliaries before it ("deaths were reported", "have been criticized", "was told"); a form
    in -ing is progressive ("he is calling for", "was referring to")."""
    return not form.split()[0].endswith("ing") and (any(t[0].lower() in BE for t in toks[skip_aux_back(toks, v):v])
                                                     or fronted_participle(toks, v, form))


# Subordinators that may open a fronted participle clause: "When asked whether ..., he said".
_FRONTING = frozenset("when if once after".split())


def fronted_participle(toks, v: int, form: str) -> bool:
    """Whether ``form`` at token ``v`` is a participle in -ed opening its sentence, or after "when"/"if" opening it,
    with a question after it: a passive participle clause whose subject is the main clause's ("Asked whether the
    comments had rattled them, Ryan said ...": a question put to Ryan, by nobody named; Quirk et al. 1985, 15.58)."""
    start = v - 1 if v and toks[v - 1][0].lower() in _FRONTING else v
    opens = start == 0 or toks[start - 1][0] in {".", "?", "!", "\n", "—", "–"}
    return opens and form.lower().endswith("ed") and " " not in form and v + 1 < len(toks) and \
        toks[v + 1][0].lower() in _QUESTION_OPENERS


def passive_clause(toks, k: int, *, evaluates: bool, reduced: bool = False) -> int | None:
    """The token where the clause a passive reporting verb reports begins, read from token ``k`` (right
    after the verb, or after its agent): a question word ("whether", "what") opens it, "that" or ":" within
    the next dozen tokens comes before it ("had been told just before Tuesday's vote that ..."), and after a
    verb of evaluation (``evaluates``) "for" or "of" opens it ("accused of killing nine people"); else
    ``None``."""
    if k < len(toks) and (toks[k][0].lower() in _QUESTION_OPENERS
                          or evaluates and toks[k][0].lower() in {"for", "of"}):
        return k
    for j in range(k, min(len(toks), k + 12)):
        word = toks[j][0].lower()
        if word in {"that", ":"}:
            return j + 1
        if word in {".", ";", "?", "!"} or reduced and _own_verb(toks, j):
            break  # a reduced relative ends at its noun's own verb: "A senator criticized by his party said that"
    return None


def _own_verb(toks, j: int) -> bool:
    """Whether token ``j`` is a finite verb (``_finite``) or an inflected reporting verb ("said", "insists"), the
    verb of the noun a reduced passive modifies; a base form ("by email") is left to be a noun."""
    word = toks[j][0].lower()
    entry = verb_lexicon().get(word)
    return _finite([t[0].lower() for t in toks[j - 1 : j + 1]], 1) or entry is not None and word != entry.verb


# Prepositions that, right after the participle of a verb that must take an object, show the object missing.
_AFTER_PARTICIPLE = frozenset("of by for with as".split())
# Words before the noun a participle follows that make the noun its subject, with the object fronted ("what
# analysts described as", "which Hollande blamed for", "whom she has accused of"): active, not a reduced relative.
_FRONTED = frozenset("what which whom who that whose".split())
# Words that end the adjunct after a participle without opening its clause: "as" and "of" open the object's
# complement or the charge ("described by officials as the largest that ...": a relative "that"), a punctuation
# mark or a finite verb the noun's own predicate ("accused by police was arrested").
_FINITE = BE_FINITE | HAVE_FINITE | DO_FINITE | MODALS
_ADJUNCT_ENDS = frozenset(", . ; ? ! — – ( ) as of".split()) | _FINITE
_CLAUSE_MARKS = frozenset({"that", ":", '"', "“", "‘", "'"})


def _clause_follows(toks, v: int) -> bool:
    """Whether a that-clause, a colon or a quote follows the adjunct right after the verb at token ``v``
    ("confirmed by email that", "announced with great fanfare:"), within a dozen tokens."""
    for k in range(v + 2, min(len(toks), v + 13)):
        word = toks[k][0].lower()
        if word in _CLAUSE_MARKS:
            return True
        if word in _ADJUNCT_ENDS or _own_verb(toks, k):  # the clause of the noun's own verb: "... said that"
            return False
    return False


def reduced_passive(toks, v: int, form: str) -> bool:
    """Whether ``form`` at token ``v``, a verb that must take an object (``verbs.OBJECT_VERBS``: "accuse",
    "criticize"), is a passive participle after the noun it modifies or a comma: in -ed, with no auxiliary
    before it, and a preposition right after it where its object would stand ("the employee accused of
    shooting", "an omission criticised by some activists", "a professor, accused by the government of"). Active,
    the object comes first ("Smith accused his rival of lying"), was fronted ("which friends described as"), or a
    clause follows the preposition's phrase ("confirmed by email that")."""
    after = toks[v + 1][0].lower() if v + 1 < len(toks) else ""
    if " " in form or not form.endswith("ed") or after not in _AFTER_PARTICIPLE or after == "of" and form != "accused":
        return False  # "Clarke recalled of the proceedings": "of" is "about" but after "accused"
    before = toks[v - 1][0] if v else ""  # a common noun ("the woman accused of"), not a name ("Clarke recalled")
    if skip_aux_back(toks, v) < v or not (before == "," or before.isalpha() and before.islower()
                                          and before not in _NOT_NOUNS) or after != "of" and _clause_follows(toks, v):
        return False
    k = v - 1
    while k >= 0 and toks[k][0].isalpha() and v - k <= 6 and toks[k][0].lower() not in _FRONTED:
        k -= 1
    return before == "," or k < 0 or toks[k][0].lower() not in _FRONTED


def closed_charge(text: str, toks, content: tuple[int, int]) -> tuple[int, int] | None:
    """The charge (character offsets) a reduced passive with no agent reports ("accused of spying"): ``content``
    up to its first comma ("an American contractor accused of spying, but ..."), ``None`` when that holds a finite
    verb: a finite auxiliary or modal, an irregular past, or a past in -ed after a noun ("The employee accused of
    shooting three co-workers was arrested", "... co-workers appeared in court": the noun's own verb)."""
    comma = c.start() if (c := CLAUSE_COMMA.search(text, content[0], content[1])) else -1
    end = content[1] if comma < 0 else comma
    # Read from the content's first token up to the first finite verb only: a list of every token inside cost the
    # sentence's length per cue, quadratic on a long line of reduced passives (bench/results/hardening.md).
    k = bisect_left(toks, content[0], key=lambda t: t[1])
    before, count = "", 0
    while k < len(toks) and toks[k][2] <= end:
        word = toks[k][0].lower()
        if _finite_after(word, before):
            return None
        before, count, k = word, count + 1, k + 1
    return None if count < 2 else (content[0], end)


def _finite(words: list[str], k: int) -> bool:
    return _finite_after(words[k], words[k - 1] if k else "")


def _finite_after(word: str, before: str) -> bool:
    """Whether ``word`` after ``before`` (lower case, "" at the start) is a finite verb: an auxiliary or modal, an
    irregular past, or a form in -ed after a word that leaves it a past, not a participle (not after a determiner,
    "be", an adverb in -ly or a gerund: "a forged passport", "being involved", "illegally obtained")."""
    return word in _FINITE or word in IRREGULAR_PASTS or word.endswith("ed") and before[:1].isalpha() and not (
        before in DETERMINERS or before in BE or before.endswith(("ly", "ing")))
