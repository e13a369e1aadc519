"""A reporting verb with nothing reported after it but a phrase of when or where it was said ("told Bill O'Reilly
of Fox News this week.", "said this month on CNBC."): ``adjunct_only``. A time or place adjunct alone is no
complement (Quirk et al. 1985, 8.13: adjuncts are optional elements of the clause, never its object)."""

from __future__ import annotations

from mediadiff.voices.complements import adjunct_end


def adjunct_only(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the words from ``toks[k]`` after a reporting verb are only a phrase of when or where it was said, up
    to the end of the sentence or a comma ('"...," Trump told Bill O'Reilly of Fox News this week.', "Trump said
    this month on CNBC.", "announced it himself on Wednesday."): no clause reported (QA14 V2: PolNeAR dev read
    "this week", "last month" as what was said). An object pronoun and a reflexive may come first ("it
    himself"); a name after "on", "in" or "at" ends the phrase ("on CNBC")."""
    j = k + (k < len(toks) and toks[k][0].lower() in _OBJECTS)
    j += j < len(toks) and toks[j][0].lower() in _REFLEXIVES
    end = adjunct_end(toks, j)
    if end == j:
        return False
    if end + 1 < len(toks) and toks[end][0].lower() in {"on", "in", "at"} and toks[end + 1][0][:1].isupper():
        end += 2
        while end < len(toks) and toks[end][0][:1].isupper():
            end += 1
    return end >= len(toks) or toks[end][0] in _ADJUNCT_STOPS


_OBJECTS = frozenset({"it", "them", "him", "her"})
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves"})
_ADJUNCT_STOPS = frozenset(". ; ? ! , — –".split())
