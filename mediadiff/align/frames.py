"""The attribution frame of a reported sentence, told apart from what the source is reported to say.

"People panicked and rushed out of their homes, national disaster agency spokesman Sutopo Purwo Nugroho said." and
"Twelve people were killed and 70 others were injured, said Sutopo Purwo Nugroho of the National Disaster
Mitigation Agency." share a speaker, his title and "said": the frame (source and reporting verb; Quirk et al.
1985, 14.29 on reporting clauses), which says who speaks, not what. Two reports of one source share it on every
line, as two articles of one story share their actors (``claims``), so it is no evidence that the two report one
fact (qa14 A3; ``partners.own_evidence`` already holds that a speech verb is none).

- ``split_frame``: (what is said, the frame) of a sentence whose last clause, after a comma, is a reporting clause:
  a speech verb (``partners``' plain reporting verbs) opening it before its speaker (a capital or an article), or
  followed by at most a few words ("told AFP", "said in a statement"), in a clause of at most ``_FRAME_WORDS``
  words, that is not negated and holds no quotation or colon ("..., although it has not been stated where.",
  "..., saying: “When did I ...?" are none); else None.
- ``same_source_only``: whether two texts' words correspond only in a frame: with the speech verb of a frame left
  out ("..., she said." / "it has not been stated where": said = stated, qa14 A5), or, when the two share their
  frame's speaker, with the frames left out, their ``sentence_similarity`` is below the link floor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mediadiff.align.similarity import STOPWORDS, sentence_similarity
from mediadiff.voices.verbs import ADJACENT_ONLY, NOUN_TOO, verb_lexicon

_FRAME_WORDS = 16  # a reporting clause names a source and its title, not a second report
_AFTER_VERB = 4  # "told Agence France-Presse", "said in a statement", "said on Sunday"
_WORD = re.compile(r"[\w’'.-]+")
# A clause opening with one of these after a comma is a relative or coordinated clause, not a reporting one
# ("The company, which said it was ready, left.").
# A subordinating conjunction opens an adverbial clause, which says something of its own ("..., although it has not
# been stated where."; Quirk et al. 1985, 14.12), and a negated speech verb reports no statement.
_NOT_FRAMES = frozenset("which who whom whose that where when while and but or as because after before although though "
                        "since if unless until whereas so".split())
_NEGATIONS = frozenset(("not", "never", "no"))
_QUOTING = re.compile(r"[:\"“”«»]|(?<!\w)['‘]")


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(form for form, entry in verb_lexicon().items()
                     if entry.stance == "neutral" and " " not in form) - NOUN_TOO - ADJACENT_ONLY


@lru_cache(maxsize=65536)
def split_frame(text: str) -> tuple[str, str] | None:
    """(the text before the reporting clause, the clause) when ``text`` ends with one (module docstring)."""
    verbs = _speech_verbs()
    for comma in [m.start() for m in re.finditer(r",\s", text)][::-1][:2]:
        words = [w.strip(".’'").lower() for w in _WORD.findall(text[comma + 1:])]
        if not words or len(words) > _FRAME_WORDS or words[0] in _NOT_FRAMES \
                or _QUOTING.search(text[comma + 1:].lstrip(" \"”’'")):
            continue  # a quotation or a colon opens what is said ("..., saying: “When did I say I was confident?"),
            # not the closing quote mark right after the comma ('"We won," Manning said.')
        at = [k for k, word in enumerate(words) if word in verbs]
        if at and any(word in _NEGATIONS or word.endswith("n't") for word in words[:at[-1]]):
            continue  # "..., officials did not say.", "..., it has not been stated where."
        # An opening verb is followed by its speaker ("said Sutopo ...", "said the spokesman"), not by what is
        # said ("..., Felt's grandson, said his grandfather died at his home in Santa Rosa, California.")
        written = _WORD.findall(text[comma + 1:])
        if at and (at[0] == 0 and len(written) > 1 and (written[1][:1].isupper() or words[1] in ("the", "a", "an"))
                   or len(words) - 1 - at[-1] <= _AFTER_VERB):
            return text[:comma], text[comma + 1:]
    return None


def same_source_only(text_a: str, text_b: str, floor: float) -> float | None:
    """The similarity of the two texts when it is below ``floor`` once the speech verb of a frame is left out (a
    plain speech verb says that someone speaks, not what: "..., she said." / "..., although it has not been
    stated where." matched said = stated, qa14 A5; the speaker stays, it is who the two quote), or of what the
    two say, frames left out, when both end with a reporting clause of one speaker (a word of a frame, neither a
    speech verb nor a stop word, in both) and it is below ``floor``; else None."""
    frame_a, frame_b = split_frame(text_a), split_frame(text_b)
    if frame_a is None and frame_b is None:
        return None
    score = sentence_similarity(_unsaid(text_a, frame_a), _unsaid(text_b, frame_b))
    if score < floor:
        return score
    if frame_a is None or frame_b is None:
        return None
    own = (set(_WORD.findall(frame_a[1].lower())) & set(_WORD.findall(frame_b[1].lower()))
           - _speech_verbs() - STOPWORDS)
    if not own:
        return None
    score = sentence_similarity(frame_a[0], frame_b[0])
    return score if score < floor else None


def _unsaid(text: str, frame: tuple[str, str] | None) -> str:
    """``text`` with the speech verb of its frame left out ("..., she."), or as it is without a frame."""
    if frame is None:
        return text
    verbs = _speech_verbs()
    return f"{frame[0]}, " + " ".join(w for w in frame[1].split() if w.strip(".,’'").lower() not in verbs)
