"""A reported clause ends where another report joined to it opens: "She explained how the scheme worked, and
prosecutors said it was a fraud" reports "how the scheme worked" from her, and "it was a fraud" from the
prosecutors; the clause after ", and" with a subject and a reporting verb of its own is a new report
(coordinated main clauses, Quirk et al. 1985, 13.5), not more of what she said. And a quotation set off by a
comma or colon after its verb is the whole of what was said ("she heard someone say, “He has a gun,” prompting
her to take her son inside"): the words after its closing mark are the narration's (``quote_first``), unless
they open a second complement of the same verb, coordinated with the quotation ('Trump said, “We’ll see,” and that
he would decide within two weeks': "and"/"but"/"or" then "that", "whether", "if", a wh-word or "to"; Quirk et al.
1985, 13.35: coordinated subordinate clauses).
A second predicate of the same subject ends the first's words too: in "John Ward praised the crews and said the fire
was out" the object of "praised" is "the crews", and "the fire was out" is what "said" reports (coordinated
predicates share their subject, not their complements: Quirk et al. 1985, 13.61); ``before_next_report`` ends the
object of a verb that takes one (``verbs.OBJECT_VERBS``) before "and", "but" or "or" and the verb of another cue
whose source stands before it (a clause after "said" may hold predicates of its own subject: "says he spoke to
Trump and asked him to condemn violence" is all said). And a clause
two cues read is the nearer verb's: "Ryan said no, adding that he would call" reports "he would call" with
"adding" (the clause is the participle's complement, found past it by "said"'s search for its "that"): "said"
then reports nothing here, the one word "no" being too short ("praised the crews and said that X": its object,
"the crews"). Only for a participle after a comma or a verb after
a coordinator, of the same subject: "said they think that X" is "said"'s whole clause, "stated, while testifying
..., that X" the clause of "stated".
"""

from __future__ import annotations

from dataclasses import replace

from mediadiff.voices.cues import Cue
from mediadiff.voices.verbs import OBJECT_VERBS

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
        if other is not cue and cue.end <= other.start and other.end <= cue.content_start \
                and (other.content_start, other.content_end) == (cue.content_start, cue.content_end) \
                and (s is None or s < cue.start) and _joined(masked, other.start):
            head = masked[cue.end:other.start].rsplit(None, 1)  # "praised the crews and said that X": the crews
            if cue.entry.verb in OBJECT_VERBS and len(head) == 2 and head[1].lower() in _COORDINATORS:
                start = cue.end + len(head[0]) - len(head[0].lstrip())
                return replace(cue, content_start=start, content_end=cue.end + len(head[0].rstrip(",;").rstrip()))
            return replace(cue, content_start=None, content_end=None)  # "said no, adding that X": X is "adding"'s
        if other is not cue and s is not None and s < cue.content_start < other.start < cue.content_end \
                and cue.entry.verb in OBJECT_VERBS:
            head = masked[cue.content_start:other.start].rsplit(None, 1)  # "praised the crews and said"
            if len(head) == 2 and head[1].lower() in _COORDINATORS:
                return replace(cue, content_end=cue.content_start + len(head[0].rstrip(",;").rstrip()))
        if other is cue or s is None or s > other.start or not cue.content_start < s < cue.content_end:
            continue
        head = masked[cue.content_start:s].rsplit(None, 1)
        if len(head) == 2 and head[1].lower() in _CONJUNCTIONS and head[0].endswith((",", ";")):
            kept = head[0].rstrip(",;").rstrip()  # one word ("said yes, but"): too short to report, cut all the same
            return replace(cue, content_end=cue.content_start + len(kept))
    return cue


def _joined(masked: str, start: int) -> bool:
    """Whether the verb at ``start`` opens a participle clause after a comma or a predicate after a coordinator
    (", adding", "and said"), not one inside an adverbial ("while testifying", "by saying")."""
    before = masked[max(0, start - 8):start].rstrip()
    return before.endswith(",") or before.rsplit(None, 1)[-1:] in (["and"], ["but"], ["or"])


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
