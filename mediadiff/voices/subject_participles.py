"""A participle inside a sentence's subject reports a clause that ends before the sentence's main verb.

"Footage of the mayor saying “We are ready” was shared widely", "The report of officials saying the dam was safe
proved wrong": the participle postmodifies a noun of the subject (a non-finite clause as postmodifier, Quirk et al.
1985, 17.27), and the main clause's predicate ("was shared widely", "proved wrong") follows the participle's
complement. When a noun phrase opens the sentence and runs up to the participle (not a verb: "Keeps saying"), the
participle sits in the subject; its complement holds a finite verb of its own (a quote holds its own inside its
marks), and the last finite verb after that, with the auxiliaries and adverbs in -ly before it ("was posted", "has
been widely viewed"), opens the main predicate: the reported clause ends before it. With no second finite verb read (an
object for complement, "Anyone questioning her lead can find solace"; a main verb that is also a base form,
"spread", "hit") or a comma or dash before it (no subject is parted from its verb so), the clause is left as it was.
"""

from __future__ import annotations

from bisect import bisect_left

from mediadiff.corpus.grammar import BE, DO_FINITE, HAVE_FINITE, MODALS
from mediadiff.voices.phrases import DETERMINERS, np_forward
from mediadiff.voices.verbs import verb_lexicon
from mediadiff.voices.wordclass import finite_verb, reads_as_verb

_SENTENCE_ENDS = frozenset(". ? ! ;".split())
_DEGREE = frozenset("most more very so less least too".split())  # before an adjective in -ing, never a participle
_BREAKS = frozenset(", ; : — – -".split())  # never between a subject and its verb
_QUOTE_MARKS = frozenset({'"', "“", "‘", "'"})
_AUXILIARIES = BE | HAVE_FINITE | {"having"} | MODALS | DO_FINITE


def _finite(word: str) -> bool:
    """A finite verb in lower case: ``finite_verb``, or an inflected reporting verb ("said", "says"; not "saying")."""
    if not word.islower():
        return False
    entry = verb_lexicon().get(word)
    return finite_verb(word) or entry is not None and word != entry.verb and not word.endswith("ing")


def before_main_verb(text: str, toks: list[tuple[str, int, int]], v: int,
                     content: tuple[int, int]) -> tuple[int, int]:
    """``content`` (character offsets), what the participle at token ``v`` reports, ended before the main verb of
    its sentence when the participle is inside the sentence's subject (see the module doc)."""
    first = v
    while first > 0 and toks[first - 1][0] not in _SENTENCE_ENDS:
        first -= 1
    np = np_forward(toks, first) if first < v else None
    if np is None or np[1] != v or toks[first][0].lower() not in DETERMINERS and reads_as_verb(toks[first][0].lower()):
        return content  # "X said Tuesday, adding", "He's a puppet saying", "Keeps saying": not in a subject
    if toks[v - 1][0].lower() in _DEGREE:
        return content  # "The most telling promise she has made is": an adjective, no participle
    k = bisect_left(toks, content[0], key=lambda t: t[1])
    quoted = k + 1 < len(toks) and toks[k][0] in _QUOTE_MARKS and toks[k + 1][0].startswith("~")
    finite = [j for j in range(k, len(toks)) if toks[j][2] <= content[1] and _finite(toks[j][0])]
    if len(finite) < (1 if quoted else 2):
        return content
    main = finite[-1]
    while main - 1 > k and (toks[main - 1][0] in _AUXILIARIES or toks[main - 1][0].endswith("ly")):
        main -= 1  # "was posted", "has been widely viewed": the predicate opens at its auxiliary
    if not quoted and not any(j < main for j in finite) or any(t[0] in _BREAKS for t in toks[k:main]):
        return content  # one finite verb ("alleging cronyism ... may be harder"), or a comma: not the subject's end
    end = toks[main - 1][2]
    while end > content[0] and text[end - 1] in " ,;":
        end -= 1
    return (content[0], end) if end > content[0] else content
