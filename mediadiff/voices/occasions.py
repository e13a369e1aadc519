"""The occasion of a saying fronted before its subject: "Asked whether he had spoken to Trump, Ryan said no.",
"When asked about it, she said ...", "Speaking to reporters on Tuesday, he said ...".

A participle clause set off by a comma before the main clause is an adverbial of the circumstances (Quirk et al.
1985, 15.58: supplementive clauses), never the words said; "CONTENT, SOURCE VERB" (``complements.content_before``)
reads a clause there only when it could be a statement. Participles that name being asked ("asked", "pressed")
also say that what follows "when" is the occasion ("he said when asked about it": ``complements``). Rules of
English grammar only; nothing here was fitted.
"""

from __future__ import annotations

# "when asked", "after being pressed": the occasion of the saying, whatever the question it names holds.
OCCASION_PARTICIPLES = frozenset("asked pressed questioned challenged confronted interviewed prompted".split())
# Participles in -ing of the act of speaking that frame a saying ("Speaking to reporters, Ryan said no.").
_SPEAKING = frozenset("speaking responding answering replying testifying talking".split())
# Temporal subordinators a fronted participle may follow ("When asked", "After being pressed", "Once asked").
_TEMPORAL = frozenset("when after while before once upon".split())
# Words that open an embedded question ("Asked whether ...", "Asked who leads the party").
_QUESTION_WORDS = frozenset("whether if what why how when where who which".split())


def fronted_question_forms(forms) -> str:  # type: ignore[no-untyped-def]
    """A regex alternative for the reporting forms among ``OCCASION_PARTICIPLES`` capitalised as they open a
    sentence, before a question ("Asked whether he had spoken to Trump, Ryan said no."): the question is put to
    the main clause's subject by nobody named (``passives.fronted_participle``). The lexicon's forms are lower
    case; a capitalised form before anything else is left unread ("Asked about it, ...": no clause follows)."""
    names = "|".join(sorted(f.capitalize() for f in OCCASION_PARTICIPLES if f in forms))
    return rf"(?:{names})(?=\s+(?:{'|'.join(sorted(_QUESTION_WORDS))})\b)"


def fronted_occasion(toks: list[tuple[str, int, int]], first: int, comma: int) -> bool:
    """Whether ``toks[first:comma]`` is only a fronted participle clause of the occasion, after a temporal
    subordinator and "being" or not ("Asked whether ...", "When asked about it", "After being pressed by
    reporters"), with no comma inside, where a main clause could follow it ("Asked about it, he said he would
    run, his aide said": what the aide said)."""
    k = first + (first < comma and toks[first][0].lower() in _TEMPORAL)
    k += k < comma and toks[k][0].lower() == "being"
    return k < comma and toks[k][0].lower() in OCCASION_PARTICIPLES | _SPEAKING and all(
        t[0] != "," for t in toks[first:comma])



def asked_question(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether ``toks[k]`` is a question word right after a participle of being asked: "if" asks there, not a
    condition ("Asked if he was ever bullied, the candidate said no"; "said if elected" is one), and "which"
    opens a question too ("Asked which issue matters most, 32 percent picked the economy")."""
    return 0 < k < len(toks) and toks[k][0].lower() in _QUESTION_WORDS \
        and toks[k - 1][0].lower() in OCCASION_PARTICIPLES
