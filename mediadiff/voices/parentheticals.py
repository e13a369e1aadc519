"""A reporting cue set between commas inside its sentence, the verb first: "Residents, said Ruiz, were left
without power" reports the whole sentence around "said Ruiz", which ``cues`` reads as a source with no clause
(an inverted source takes what follows it as its description: "…,” said X, a pollster, unless the words before
the cue leave their clause open: "The decision was, said one official, a disaster").
"""

from __future__ import annotations

import re
from dataclasses import replace

from mediadiff.voices.complements import OPEN_ENDS
from mediadiff.voices.cues import Cue
from mediadiff.voices.phrases import NAMING_FORMS

# What opens an apposition or relative clause after a source: "…, said Ruiz, the mayor, …" says who Ruiz is.
_DESCRIBES = frozenset("who whom whose which a an the his her their its".split())
_SENTENCE_END = re.compile(r"[.!?][”\"’']?(?=\s|$)")


def around_parenthetical(cue: Cue, masked: str, start: int, end: int) -> Cue:
    """A cue set inside its sentence between commas, the verb first ("Residents, said Ruiz, were left without
    power"), reports the sentence around it: ``cue`` with that content, else ``cue`` as it is. The words after
    the second comma go on with the sentence (a verb or adverb in lower case, no apposition or relative)."""
    if cue.content_start is not None or cue.source_start is None or cue.source_start < cue.end \
            or cue.text.lower() in NAMING_FORMS:  # "The program, called EB-5, allows": a name, nothing said
        return cue
    before, after = masked[start:cue.start].rstrip(), masked[cue.source_end:end]
    following = after[1:].split()
    open_end = before[:-1].split()[-1:] and before[:-1].split()[-1].lower() in OPEN_ENDS  # "The decision was,"
    if not before.endswith(",") or not after.startswith(",") or not following or not following[0][:1].islower() \
            or following[0].strip(",") in _DESCRIBES and not open_end or "~" in masked[start:end]:
        return cue
    opening = max((m.end() for m in _SENTENCE_END.finditer(masked, start, cue.start)), default=start)
    closing = _SENTENCE_END.search(masked, cue.source_end, end)
    first = len(masked[opening:cue.start]) - len(masked[opening:cue.start].lstrip())
    content = opening + first, closing.start() if closing else end
    return replace(cue, content_start=content[0], content_end=content[1]) if len(
        masked[content[0]:cue.start].split()) >= 1 and content[1] > cue.source_end else cue
