"""Quotes introduced without a reporting verb next to them: by a colon, or by the sentence before.

"Rubio fired back: “…”" gives the quote the subject of the clause before the
colon; "Iowa State University's Dianne Bystrom agreed. “…”" gives the quote
that opens the next sentence the named subject of a short sentence with no
cue. Both reuse the subject rule of ``cues`` (the participle's subject).
"""

from __future__ import annotations

from mediadiff.voices.cues import Cue, _clause_subject
from mediadiff.voices.params import SUBJECT_SENTENCE_TOKENS
from mediadiff.voices.phrases import is_named, tokens
from mediadiff.voices.verbs import VerbEntry


def colon_cue(masked: str, start: int, colon: int) -> Cue | None:
    """"Rubio fired back: “…”": the colon as cue, the clause's subject as source."""
    toks = [(w, a + start, b + start) for w, a, b in tokens(masked[start:colon + 1])]
    if not toks or toks[-1][0] != ":":
        return None
    source = _clause_subject(toks, len(toks) - 1)
    if source is None:
        return None
    s_start, s_end = toks[source[0]][1], toks[source[1] - 1][2]
    return Cue(":", colon, colon + 1, VerbEntry(":", "neutral", None), masked[s_start:s_end], s_start, s_end)


def subject_cue(masked: str, start: int, end: int) -> Cue | None:
    """"Dianne Bystrom agreed. “…”": a sentence with no cue and a named subject
    introduces the quote that follows it (no cue text; the subject as source)."""
    toks = [(w, a + start, b + start) for w, a, b in tokens(masked[start:end])]
    if not toks or toks[-1][0] != "." or len(toks) > SUBJECT_SENTENCE_TOKENS or "~" in masked[start:end]:
        return None
    source = _clause_subject(toks, len(toks) - 1)
    if source is None or source[0] != 0 or not is_named(toks, source):
        return None
    s_start, s_end = toks[source[0]][1], toks[source[1] - 1][2]
    return Cue("", s_start, s_start, VerbEntry("", "neutral", None), masked[s_start:s_end], s_start, s_end)
