"""Passive reporting verbs: "55,000 deaths were reported", "Mr. Trump was asked about it", "Rubio was asked by
Gerard Baker whether ...".

The subject of a passive reporting verb is what is reported or who is addressed, never the source: the source
is the agent of "by", if the text gives one. A clause after the verb ("It was reported that the talks failed",
"was asked whether ...") is reported speech whose source the text may not name; after a verb of evaluation,
what its preposition opens is the criticism ("has been criticized for offering vague responses"). Without such
a clause nothing is reported ("55,000 deaths were reported in the past week", "700,000 jobs would be added").
Rules of English grammar only; nothing here was fitted.
"""

from __future__ import annotations

from mediadiff.corpus.grammar import BE  # a form of "be" before a participle makes it passive
from mediadiff.voices.phrases import skip_aux_back

# Words opening the clause a passive reporting verb reports ("it was reported that ...", "was asked whether").
CLAUSE_OPENERS = frozenset("that whether if : what why how when where who which".split())
_QUESTION_OPENERS = CLAUSE_OPENERS - {"that", ":"}  # part of the clause: "was asked whether ..."


def is_passive(toks, v: int, form: str) -> bool:
    """Whether the reporting verb ``form`` at token ``v`` is passive: a participle after a form of "be"
    among the auxiliaries before it ("deaths were reported", "have been criticized", "was told"); a form
    in -ing is progressive ("he is calling for", "was referring to")."""
    return not form.split()[0].endswith("ing") and any(t[0].lower() in BE for t in toks[skip_aux_back(toks, v):v])


def passive_clause(toks, k: int, *, evaluates: bool) -> int | None:
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
        if word in {".", ";", "?", "!"}:
            break
    return None
