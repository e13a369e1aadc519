"""Quotes introduced without a reporting verb next to them: by a colon, or by the sentence before.

"Rubio fired back: “…”" gives the quote the subject of the clause before the
colon; "Iowa State University's Dianne Bystrom agreed. “…”" gives the quote
that opens the next sentence the named subject of a short sentence with no
cue; "Cruz coached his rival to “breathe”" gives a quote with no reporting verb
the named subject that opens its clause. Both reuse the subject rule of ``cues`` (the participle's subject).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

from mediadiff.voices.capitals import CapitalEvidence
from mediadiff.voices.cues import Cue, _clause_subject
from mediadiff.voices.idioms import INVERTED_OPENERS
from mediadiff.voices.params import APPOSITION_TOKENS, SUBJECT_SENTENCE_TOKENS
from mediadiff.voices.phrases import DETERMINERS, PRONOUNS, is_named, np_forward, tokens_between
from mediadiff.voices.verbs import VerbEntry, verb_lexicon


def colon_before(masked: str, unit_start: int, quote_start: int) -> Cue | None:
    """The colon cue of a quote opening right after a colon, if any."""
    end = quote_start  # read back from the quote, not a copy of the whole unit (a one-line file: MBs)
    while end > unit_start and masked[end - 1] in " '`\n":
        end -= 1
    if end <= unit_start or masked[end - 1] != ":":
        return None
    return colon_cue(masked, unit_start, end - 1)


def label_cue(masked: str, start: int, quote_start: int, *, known: Callable[[str, int], object]) -> Cue | None:
    """"John McCain: Republican Anger Appeals to ‘Bad Angels’", "Pollsters agree - Carl Bialik: “…”":
    a name alone before a colon, opening its sentence or following a dash, labels what the sentence
    quotes after the colon (headlines, transcripts, digests), when ``known(name, offset)`` resolves
    it to an actor of the article (so "The Latest:" or "Related:" label nothing)."""
    cut = _last_of(masked, (". ", "? ", "! ", "\n"), start, quote_start)
    begin = cut + 2 if cut >= 0 else start
    colon = _first_of(masked, ":", begin, quote_start)
    if colon < 0:
        return None
    dash = max(masked.rfind(f" {d} ", begin, colon) for d in "-–—")
    label_start = dash + 3 if dash >= 0 else begin
    toks = tokens_between(masked, label_start, colon)
    while len(toks) > 2 and toks[-1][0] == ")" and "(" in (t[0] for t in toks):
        toks = toks[:max(i for i, t in enumerate(toks) if t[0] == "(")]  # "Rep. Trey Gowdy (R-S.C.):"
    verb = toks.pop(0) if len(toks) > 1 and toks[0][0].lower() in INVERTED_OPENERS else None  # "Said Ellis:"
    np = np_forward(toks, 0)
    if np is None or np[1] != len(toks) or not is_named(toks, np) or not toks[0][0][:1].isupper():
        return None
    s_start, s_end = toks[0][1], toks[-1][2]
    if known(masked[s_start:s_end], s_start) is None:
        return None
    if verb is not None:
        return Cue(verb[0], verb[1], verb[2], verb_lexicon()[verb[0].lower()], masked[s_start:s_end], s_start, s_end)
    return Cue(":", colon, colon + 1, VerbEntry(":", "neutral", None), masked[s_start:s_end], s_start, s_end)


_SENTENCE_END = re.compile(r"[.?!][”\"’']*\s+[A-Z“\"‘']")


def trailing_cue(masked: str, unit_start: int, quote_start: int, quote_end: int, cues: list[Cue]) -> Cue | None:
    """"“We're extremely happy” about the decision, said RoseAnn DeMoro": a quote opening its
    sentence takes the first cue later in that sentence when a comma sets the attribution off
    from the words in between (the news convention for an attribution after the quote)."""
    opening = _last_sentence_start(masked, unit_start, quote_start)
    end = quote_start  # read back from the quote: the sentence can be a whole masked file
    while end > opening and masked[end - 1] in " \n'`“\"‘(":
        end -= 1
    if end > opening:
        return None  # words of the sentence come before the quote
    for cue in cues:
        first = min(cue.start, cue.source_start if cue.source_start is not None else cue.start)
        if first < quote_end:
            continue
        between = masked[quote_end:first]
        return cue if between.rstrip().endswith(",") and not _SENTENCE_END.search(between) else None
    return None


def _last_of(text: str, marks: tuple[str, ...], start: int, end: int) -> int:
    """``max(text.rfind(mark, start, end) for mark in marks)``, from an index of ``text``: a quote
    left open masks the rest of a one-line file, so the search back would cross megabytes for
    every later quote."""
    index = _marks_index(text)
    best = -1
    for mark in marks:
        found = index[mark]
        k = bisect_right(found, end - len(mark)) - 1
        if k >= 0 and found[k] >= start:
            best = max(best, found[k])
    return best


def _first_of(text: str, mark: str, start: int, end: int) -> int:
    """``text.find(mark, start, end)`` from the same index."""
    found = _marks_index(text)[mark]
    k = bisect_left(found, start)
    return found[k] if k < len(found) and found[k] + len(mark) <= end else -1


_INDEXED_MARKS = (". ", "? ", "! ", "; ", "\n", ":")


@lru_cache(maxsize=2)  # the masked text of the article being attributed (str caches its hash)
def _marks_index(text: str) -> dict[str, list[int]]:
    return {mark: [m.start() for m in re.finditer(re.escape(mark), text)] for mark in _INDEXED_MARKS}


@lru_cache(maxsize=2)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Start and end of every ``_SENTENCE_END`` match in ``text``. A match begins at its own
    "." "?" "!", which no match holds inside, so the matches in any slice are exactly these
    matches that lie wholly inside it."""
    matches = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    return [a for a, _ in matches], [b for _, b in matches]


def _last_sentence_start(masked: str, start: int, end: int) -> int:
    """Where the last sentence opening in ``masked[start:end]`` starts (``start`` if none)."""
    starts, ends = _sentence_ends(masked)
    k = bisect_right(ends, end) - 1
    return ends[k] - 1 if k >= 0 and starts[k] >= start else start


def colon_cue(masked: str, start: int, colon: int) -> Cue | None:
    """"Rubio fired back: “…”": the colon as cue, the clause's subject as source."""
    toks = tokens_between(masked, start, colon + 1)
    if not toks or toks[-1][0] != ":":
        return None
    source = _clause_subject(toks, len(toks) - 1) or _speaker_label(toks)
    if source is None:
        return None
    s_start, s_end = toks[source[0]][1], toks[source[1] - 1][2]
    return Cue(":", colon, colon + 1, VerbEntry(":", "neutral", None), masked[s_start:s_end], s_start, s_end)


def _speaker_label(toks) -> tuple[int, int, None] | None:
    """"Clinton: “…”", "Former secretary of state Hillary Clinton: “…”": a name alone before
    the colon, as in transcripts and side-by-side quotes, is the speaker."""
    first = len(toks) - 1
    while first > 0 and toks[first - 1][0] not in {".", "?", "!", ";", "”", '"', "’", "~"} \
            and not toks[first - 1][0].startswith("~"):
        first -= 1
    np = np_forward(toks, first)
    if np is None or np[1] != len(toks) - 1 or not is_named(toks, np) or not toks[first][0][:1].isupper():
        return None
    return np[0], np[1], None


def subject_cue(masked: str, start: int, end: int) -> Cue | None:
    """"Dianne Bystrom agreed. “…”": a sentence with no cue and a named subject
    introduces the quote that follows it (no cue text; the subject as source)."""
    text = masked[start:end]
    if "~" in text or "_" not in text and (len(text.split()) > SUBJECT_SENTENCE_TOKENS
                                             or not text.rstrip().endswith(".")):
        return None  # quoted words, or (with no "_" the tokens skip) more words than tokens allowed or no final "."
    toks = tokens_between(masked, start, end, limit=SUBJECT_SENTENCE_TOKENS)  # None: a longer sentence
    if not toks or toks[-1][0] != ".":
        return None
    source = _clause_subject(toks, len(toks) - 1)
    if source is None or source[0] != 0 or not is_named(toks, source):
        return None
    s_start, s_end = toks[source[0]][1], toks[source[1] - 1][2]
    return Cue("", s_start, s_start, VerbEntry("", "neutral", None), masked[s_start:s_end], s_start, s_end)


def quoting_subject(masked: str, start: int, quote_start: int, *,
                    evidence: CapitalEvidence | None = None) -> Cue | None:
    """"Hollande denounced Trump's remarks as “hurtful”", "Trump refers to the governor as “Chris”":
    a quote with no reporting verb inside a clause whose subject opens the sentence and is named
    takes that subject as its source (no cue text); with the article's ``evidence``, a verb opening an
    imperative is no subject ("Check out the trailer for “13th”")."""
    cut = _last_of(masked, (". ", "? ", "! ", "; "), start, quote_start)
    begin = cut + 2 if cut >= 0 else start
    if any(masked.find(mark, begin, quote_start) >= 0 for mark in '~“”"‘'):
        # Each of these is a token of its own, so the check below would refuse too, but only after
        # tokenising the span: a quote left open masks the rest of its paragraph (a one-line file: MBs).
        return None
    toks = tokens_between(masked, begin, quote_start)
    if len(toks) < 2 or any("~" in t[0] or t[0] in {"“", "”", '"', "’", "‘"} for t in toks):
        return None  # another quote sits between: its own attribution decides
    source = _clause_subject(toks, len(toks))
    if source is None or source[0] != 0:
        source = _apposed_subject(toks)
    if source is None or source[0] != 0 or not is_named(toks, source) or toks[0][0].lower() in PRONOUNS:
        return None
    s_start, s_end = toks[source[0]][1], toks[source[1] - 1][2]
    if evidence is not None and evidence.verb_opening(masked[s_start:s_end]):
        return None
    return Cue("", s_start, s_start, VerbEntry("", "neutral", None), masked[s_start:s_end], s_start, s_end)


_NOT_VERBS = DETERMINERS | PRONOUNS | frozenset(
    "and or but nor who whom whose which that where when while as if because since although though of for in on at "
    "to from with by about after before during".split())


def _apposed_subject(toks) -> tuple[int, int] | None:
    """"Corey Lewandowski, Trump's fired campaign manager, ripped Comey for acting as “…”": the
    name opening the sentence, then an apposition between commas, then a lower-case verb."""
    np = np_forward(toks, 0)
    if np is None or np[1] >= len(toks) or toks[np[1]][0] != ",":
        return None
    for k in range(np[1] + 1, min(len(toks) - 1, np[1] + APPOSITION_TOKENS)):
        if toks[k][0] in {".", ";", "?", "!"}:
            return None
        after = toks[k + 1][0]
        if toks[k][0] == "," and after.isalpha() and after.islower() and after not in _NOT_VERBS:
            return np
    return None
