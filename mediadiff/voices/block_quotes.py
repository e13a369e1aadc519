"""A block quote: a paragraph quoted whole after "X said:" ending the paragraph before, with no quote marks.

Print and web pages set a long quotation off as its own paragraph (HTML ``<blockquote>``) and drop the marks;
pasted as text, only the colon is left: "In a speech last July, he said:" / "Let no one be mistaken – ...",
"Wallnau wrote:", "Limbaugh told his audience:". The paragraph after such a colon is the speaker's, not the
outlet's (QA14 V1). What may stand between the verb and the colon is what says nothing of the content: the
addressee of a verb of telling ("told his audience"), a phrase of where, when or in what ("in a statement", "on
Twitter", "last week"), "the following". A paragraph that opens a list ("1.", "—", "•"), a time stamp
("6:01 p.m."), markup (an embedded tweet) or a quote mark (``attribution`` gives a quote its cue) is no block
quote; neither is anything after "include:", "are:" or a heading, which have no reporting verb.
"""

from __future__ import annotations

import re

from mediadiff.voices.cues import Cue

# Verbs whose object is the one addressed, not what is said ("told reporters:", "assured voters:").
_ADDRESSEE_VERBS = frozenset({"tell", "ask", "remind", "assure", "warn", "urge", "inform", "address"})
# Words that open a phrase of where, when, in what or to whom after a reporting verb.
_ADJUNCT_OPENERS = frozenset({"in", "on", "at", "to", "during", "after", "before", "from", "via", "over", "through",
                              "last", "this", "earlier", "later", "again", "then", "once", "recently", "also",
                              "simply", "bluntly", "publicly", "privately", "separately", "online", "yesterday",
                              "today", "the following", "as follows"})
# "Here's", "There are": a presentational opening, no subject that speaks.
_PRESENTATIONAL = re.compile(r"(?:here|there)(?:[’']s|\s+(?:is|are|was|were)\b)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
_MAX_WORDS_BETWEEN = 8
# A paragraph opening a list item, a time stamp or a quote: no block quote.
_NOT_PROSE = re.compile(r"\s*(?:[-–—•*·]|\d+[.):]|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|[\"“‘'<(\[]|l\s)", re.IGNORECASE)


def block_quote(cue: Cue | None, cue_paragraph: int, masked: str, raw: str,
                units: list[tuple[int, int, int]], start: int, paragraph: int) -> tuple[int, int] | None:
    """``[start, end)`` of the paragraph opening at ``start`` when it is quoted whole by ``cue``, the last cue of
    the paragraph before, which ends in a colon right after the cue's clause; else ``None``."""
    if cue is None or paragraph != cue_paragraph + 1 or not cue.text or cue.text == ":" or not cue.source:
        return None
    if _PRESENTATIONAL.match(cue.source):
        return None  # "Here's POLITICO's selection of the most notable Clinton emails ...:" presents, says nothing
    colon = masked.rfind(":", cue.end, start)
    if colon < 0 or masked[colon + 1:start].strip() or not _says_nothing(masked[cue.end:colon], cue.entry.verb):
        return None
    if _NOT_PROSE.match(raw, start) or not raw[start:start + 1].strip():
        return None
    end = max(u[1] for u in units if u[2] == paragraph)
    return (start, end) if len(raw[start:end].split()) >= 4 else None


def _says_nothing(between: str, verb: str) -> bool:
    """The words between a reporting verb and its colon hold no content of what was said."""
    words = _WORD.findall(between)
    if len(words) > _MAX_WORDS_BETWEEN or re.search(r"[.;!?]\s", between):
        return False
    if not words:
        return True
    lowered = [w.lower() for w in words]
    if lowered[0] in {"that", "whether", "how", "why", "what", "if"}:
        return False
    if " ".join(lowered) in _ADJUNCT_OPENERS or lowered[0] in _ADJUNCT_OPENERS:
        return True
    return verb in _ADDRESSEE_VERBS and not any(w in {"that", "to", "whether", "how", "what"} for w in lowered)
