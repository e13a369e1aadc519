"""Labels and headings before a colon: words that introduce what follows and say nothing of their own.

A heading that introduces the quotes under it ("What they're saying:", "What we're hearing:", Axios) is a free
relative whose pronoun points forward to the speakers quoted next: its verb reports nothing and its pronoun names
no one (``heading``). A verbless label before a colon ("His final assessment:", "For example:", "Bottom line:")
introduces what follows it and is no part of a reported clause read back from a later "SOURCE VERB" (``label_end``:
"His final assessment: “It's not quite optimistic,” he said": none of his words before the colon); a label's colon
is followed by a space, a clock time's or verse's is not ("At 10:30 a.m. the storm had passed, the mayor said").
A clause with a verb before the colon is left alone: news annotators read it as the speaker's ("Clinton seemed
irritated: “…,” she wrote", PolNeAR train: dropping every clause before a colon lost 9 gold contents).
A contracted pronoun as a source
("They're saying the plan will fail") is the pronoun: a contraction is no name (``uncontracted``).
Rules of English grammar only; nothing here was fitted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mediadiff.corpus.grammar import BE_FINITE, DO_FINITE, HAVE_FINITE, MODALS
from mediadiff.voices.phrases import PRONOUNS
from mediadiff.voices.wordclass import IRREGULAR_PASTS, is_closed_class, is_english_word, senses

# Pronouns of a heading that names no one: plural or personal, pointing to the quotes after it.
_HEADING_PRONOUNS = frozenset("they we you people others".split())
_CONTRACTED = re.compile(r"([A-Za-z]+)['’](?:re|s|ve|ll|d)")
_SENTENCE_MARKS = frozenset({".", "?", "!", ":"})
_FINITE = BE_FINITE | DO_FINITE | HAVE_FINITE | MODALS


def heading(toks: list[tuple[str, int, int]], v: int) -> bool:
    """Whether the verb at ``toks[v]`` ends a heading "What PRONOUN ['re/are] VERB:" opening its sentence."""
    if v < 2 or v + 1 >= len(toks) or toks[v + 1][0] != ":":
        return False
    k = next((k for k in range(v - 1, max(-1, v - 4), -1) if toks[k][0].lower() == "what"), None)
    if k is None or k and toks[k - 1][0] not in _SENTENCE_MARKS:
        return False
    words = [_CONTRACTED.sub(r"\1", t[0]).lower() for t in toks[k + 1:v]]
    return bool(words) and words[0] in _HEADING_PRONOUNS and all(w in BE_FINITE for w in words[1:])


def label_end(toks: list[tuple[str, int, int]], s: int) -> int | None:
    """The token after the last colon before token ``s`` when the words before that colon are a heading or a
    label with no verb ("His final assessment:"); ``None`` otherwise."""
    colon = next((k for k in range(s - 1, -1, -1) if toks[k][0] == ":" and _spaced(toks, k)), None)
    if colon is None or colon == 0:
        return None
    verbless = not any(_finite(t[0].lower()) for t in toks[:colon])
    return colon + 1 if heading(toks, colon - 1) or verbless else None


def _spaced(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the colon at ``toks[k]`` is followed by a space, as a label's is: not the colon of a clock time or
    a verse written in one word ("At 10:30 a.m.", "Matthew 5:9")."""
    return k + 1 >= len(toks) or toks[k + 1][1] > toks[k][2]


def _finite(low: str) -> bool:
    """A finite verb's form: an auxiliary or modal, a past ("seemed", "saw"), a present in -s of a word read as a
    verb more than as a noun ("defends", "says"; not "Why it matters")."""
    if low in _FINITE or low.endswith("ed") or low in IRREGULAR_PASTS:
        return True
    if not low.endswith("s") or low.endswith("ss") or is_closed_class(low):
        return False
    base = next((b for b in (low[:-1], low[:-2]) if is_english_word(b)), None)  # no noun sense: a verb's ("says")
    return base is not None and ((counts := senses(base)) is None or counts[1] > counts[0])


def uncontracted(cue):  # a voices.cues.Cue, or None
    """``cue`` with a source that is a contracted pronoun ("They're") cut to the pronoun ("They")."""
    found = _CONTRACTED.fullmatch(cue.source) if cue is not None and cue.source else None
    if found is None or found.group(1).lower() not in PRONOUNS:
        return cue
    return replace(cue, source=found.group(1), source_end=cue.source_start + len(found.group(1)))
