"""A reported clause ends where another report joined to it opens: "She explained how the scheme worked, and
prosecutors said it was a fraud" reports "how the scheme worked" from her, and "it was a fraud" from the
prosecutors; the clause after ", and" with a subject and a reporting verb of its own is a new report
(coordinated main clauses, Quirk et al. 1985, 13.5), not more of what she said.
"""

from __future__ import annotations

from dataclasses import replace

from mediadiff.voices.cues import Cue

_CONJUNCTIONS = frozenset("and but yet while whereas".split())


def before_next_report(cue: Cue, cues: list[Cue], masked: str) -> Cue:
    """``cue`` with its reported clause ended before ", and" (", but", "; and" ...) where the source of another
    cue of the sentence, written before its verb, opens the conjunct; else ``cue`` as it is."""
    if cue.content_start is None or cue.content_end is None:
        return cue
    for other in cues:
        s = other.source_start
        if other is cue or s is None or s > other.start or not cue.content_start < s < cue.content_end:
            continue
        head = masked[cue.content_start:s].rsplit(None, 1)
        if len(head) == 2 and head[1].lower() in _CONJUNCTIONS and head[0].endswith((",", ";")):
            kept = head[0].rstrip(",;").rstrip()  # one word ("said yes, but"): too short to report, cut all the same
            return replace(cue, content_end=cue.content_start + len(kept))
    return cue
