"""A participle clause of report ("saying", "adding", "noting") set off by commas takes the subject of its clause.

A supplementive participle clause has no subject of its own: it is read with the subject of the clause it is set
off from (Quirk et al. 1985, 15.58-15.60, "the attachment rule"), whatever that clause's verb is.

- After the clause: "The mayor spoke for an hour, saying the dam was safe." ``cues`` gives a participle the noun
  phrase that opens its clause when a verb follows that noun phrase; here ``np_forward`` reads "The mayor spoke for
  an hour" as one noun phrase ("spoke" is a noun too, and "for" joins nouns). The subject is the noun phrase cut
  before its first finite verb after the head ("spoke", "met", "appeared"; ``wordclass.finite_verb``), when that
  phrase runs up to the participle's comma: a noun phrase never ends a clause and then takes ", saying".
- Between the subject and its verb: "Officials, saying the dam was safe, reopened the road." A noun phrase opening
  the sentence, the participle clause between commas, and a finite verb after the closing comma: the noun phrase is
  the subject of both, and what was said ends at the closing comma (not "the dam was safe, reopened the road").
  Without the finite verb after the closing comma the commas set off something else ("Officials, saying little,
  left." has one; "Smith, saying nothing" has none) and nothing is given.
- The writer's comment: "He said the plan failed, prompting fears that rates would rise." A participle of causing
  a reaction after a comma ("prompting", "sparking", "raising", "fueling" ...) is a clause of result the writer
  adds about the event (Quirk et al. 1985, 15.58: a supplementive clause of result), not more of what was said:
  the reported clause ends before its comma, and a "that" inside it ("fears that") is not the reporting verb's.
"""

from __future__ import annotations

from bisect import bisect_left

import mediadiff.voices.complements as complements
import mediadiff.voices.subject_participles as subject_participles
from mediadiff.voices.phrases import DETERMINERS, PREPOSITIONS, np_forward
from mediadiff.voices.wordclass import finite_verb

_SENTENCE_ENDS = frozenset(". ? ! ; :".split())
_REACH = 20  # tokens a participle clause between commas may hold before its closing comma


def _opening(toks: list[tuple[str, int, int]], v: int) -> int:
    first = v
    while first > 0 and toks[first - 1][0] not in _SENTENCE_ENDS:
        first -= 1
    return first


def _closing_comma(toks: list[tuple[str, int, int]], v: int) -> int | None:
    """The comma closing a participle clause at ``v`` when a finite verb follows it, else ``None``."""
    for j in range(v + 1, min(len(toks) - 1, v + _REACH)):
        if toks[j][0] in _SENTENCE_ENDS:
            return None
        if toks[j][0] == ",":
            word = toks[j + 1][0]
            return j if word.islower() and finite_verb(word) else None
    return None


def _before_verb(toks: list[tuple[str, int, int]], np: tuple[int, int]) -> tuple[int, int, None] | None:
    head = np[0] + 1 + (toks[np[0]][0].lower() in DETERMINERS)
    for j in range(head, np[1]):
        word = toks[j][0]
        if word.islower() and finite_verb(word) and toks[j - 1][0].lower() not in DETERMINERS | PREPOSITIONS:
            return np[0], j, None  # "The mayor | spoke for an hour, saying"
    return None


def subject(toks: list[tuple[str, int, int]], v: int, found: tuple[int, int, str | None] | None) -> tuple | None:
    """The subject of the participle at token ``v``: ``found`` (``cues``'s reading) cut before a finite verb it
    holds ("The governor met | with residents, adding"), else one after a comma that opens its sentence's clause
    (see the module doc), or ``None``."""
    if found is not None:
        return _before_verb(toks, found[:2]) or found
    if v < 2 or toks[v - 1][0] != ",":
        return None
    first = _opening(toks, v)
    np = np_forward(toks, first) if first < v - 1 else None
    if np is None or np[1] != v - 1:
        return None
    if _closing_comma(toks, v) is not None:
        return np[0], np[1], None  # "Officials, saying ..., reopened"
    return _before_verb(toks, np)


def content(text: str, toks: list[tuple[str, int, int]], v: int, found: tuple[int, int]) -> tuple[int, int]:
    """``found``, what the participle at token ``v`` reports, ended at the comma closing a participle clause between
    a subject and its verb ("Officials, saying the dam was safe, reopened": "the dam was safe"); else as
    ``subject_participles.before_main_verb`` gives it."""
    found = subject_participles.before_main_verb(text, toks, v, found)
    first = _opening(toks, v)
    np = np_forward(toks, first) if v >= 2 and toks[v - 1][0] == "," and first < v - 1 else None
    close = _closing_comma(toks, v) if np is not None and np[1] == v - 1 else None
    if close is None or toks[close][1] <= found[0]:
        return found
    k = bisect_left(toks, found[0], key=lambda t: t[1])
    return (found[0], toks[close - 1][2]) if k < close else found


# Participles of causing a reaction ("prompting fears", "sparking protests", "raising questions"): a closed list, so
# that ", saying ...", ", adding ..." and participles that may be the speaker's own ("leaving", "calling") stay.
_REACTIONS = frozenset("""
prompting sparking raising triggering fueling fuelling stoking provoking igniting drawing renewing reigniting
""".split())

# What "raising" raises as a reaction; before anything else it is a list's gerund ("pay for health care, raising the
# minimum wage to $15 and free college": PolNeAR train) or a clause of the speaker's.
_COMMENT_REACH = 80  # tokens read for one: a news sentence is shorter; a 230 KB line must not cost its square
_RAISED = frozenset("questions question fears concerns concern doubts hopes alarm eyebrows speculation".split())


def writers_comment(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether ``toks[j]`` is the comma opening a writer's participle clause of result (see the module doc)."""
    if toks[j][0] != "," or j + 2 >= len(toks) or toks[j + 1][0] not in _REACTIONS:
        return False
    return toks[j + 1][0] != "raising" or toks[j + 2][0].lower() in _RAISED  # not "raising the minimum wage"


def clause_stop(toks: list[tuple[str, int, int]], j: int) -> int | None:
    """Where a reported clause opening at ``toks[j]`` ends (``complements.clause_stop``, ``None`` at the sentence's
    end), or the comma opening a writer's participle clause of result before it."""
    stop = complements.clause_stop(toks, j)
    for k in range(j + 1, min(stop or len(toks), j + _COMMENT_REACH)):
        if toks[k][0] in _SENTENCE_ENDS:
            break
        if writers_comment(toks, k):
            return k
    return stop
