"""A reported clause ends where another report joined to it opens: "She explained how the scheme worked, and
prosecutors said it was a fraud" reports "how the scheme worked" from her, and "it was a fraud" from the
prosecutors; the clause after ", and" with a subject and a reporting verb of its own is a new report
(coordinated main clauses, Quirk et al. 1985, 13.5), not more of what she said. And a quotation set off by a
comma or colon after its verb is the whole of what was said ("she heard someone say, “He has a gun,” prompting
her to take her son inside"): the words after its closing mark are the narration's (``quote_first``), unless
they open a second complement of the same verb, coordinated with the quotation ('Trump said, “We’ll see,” and that
he would decide within two weeks': "and"/"but"/"or" then "that", "whether", "if", a wh-word or "to"; Quirk et al.
1985, 13.35: coordinated subordinate clauses).
"""

from __future__ import annotations

from dataclasses import replace

from mediadiff.voices.cues import Cue

_CONJUNCTIONS = frozenset("and but yet while whereas".split())
# A second complement joined to a quotation: a coordinator, then a word that opens a reported clause.
_COORDINATORS = frozenset("and but or".split())
_COMPLEMENT_OPENERS = frozenset("that whether if to what why how when where who which".split())


def before_next_report(cue: Cue, cues: list[Cue], masked: str, inside=(), raw: str = "") -> Cue:
    """``cue`` with its reported clause ended before ", and" (", but", "; and" ...) where the source of another
    cue of the sentence, written before its verb, opens the conjunct; else ``cue`` as it is; first ended at a
    quotation of ``inside`` it opens with (``quote_first``)."""
    cue = quote_first(cue, masked, inside, raw)
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


def quote_first(cue: Cue, masked: str, inside, raw: str) -> Cue:
    """``cue`` with its reported clause ended at the closing mark of a quotation (a ``QuoteSpan`` of ``inside``)
    that a comma or colon after the verb opens and a comma or a stop closes ("say, “He has a gun,” prompting
    ..."); else ``cue``. A fragment closed by no mark runs on into the clause ('Tyler said, "We have three weeks
    to go" until the caucuses': the words after it are his too)."""
    if cue.content_start is None or cue.content_end is None:
        return cue
    for q in inside:
        if q.closed and cue.end <= q.outer_start < q.outer_end < cue.content_end \
                and masked[cue.end:q.outer_start].strip() in {",", ":"} \
                and (raw[q.end - 1:q.end] in {",", ".", "!", "?"} or raw[q.outer_end:].lstrip()[:1] == ","):
            if not _second_complement(masked[q.outer_end:cue.content_end]):
                return replace(cue, content_end=q.outer_end)
    return cue


def _second_complement(after: str) -> bool:
    """Whether the words ``after`` a quotation's closing mark open a second complement of the reporting verb
    (", and that he would decide", "but whether", "and to wait"): coordinator, then a complement's opener."""
    words = after.lstrip(" ,").split(None, 2)
    return len(words) >= 2 and words[0].lower() in _COORDINATORS and words[1].lower() in _COMPLEMENT_OPENERS
