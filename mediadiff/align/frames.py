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
  words; else None.
- ``same_source_only``: whether two texts share their frame's speaker and their words, the frames left out, do
  not correspond (their ``sentence_similarity`` below the link floor).
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
_NOT_FRAMES = frozenset("which who whom whose that where when while and but or as because after before".split())


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
        if not words or len(words) > _FRAME_WORDS or words[0] in _NOT_FRAMES:
            continue
        at = [k for k, word in enumerate(words) if word in verbs]
        # An opening verb is followed by its speaker ("said Sutopo ...", "said the spokesman"), not by what is
        # said ("..., Felt's grandson, said his grandfather died at his home in Santa Rosa, California.")
        written = _WORD.findall(text[comma + 1:])
        if at and (at[0] == 0 and len(written) > 1 and (written[1][:1].isupper() or words[1] in ("the", "a", "an"))
                   or len(words) - 1 - at[-1] <= _AFTER_VERB):
            return text[:comma], text[comma + 1:]
    return None


def same_source_only(text_a: str, text_b: str, floor: float) -> float | None:
    """The similarity of what the two texts say, frames left out, when both end with a reporting clause of one
    speaker (a word of a frame, neither a speech verb nor a stop word, in both) and it is below ``floor``;
    else None."""
    frame_a, frame_b = split_frame(text_a), split_frame(text_b)
    if frame_a is None or frame_b is None:
        return None
    own = (set(_WORD.findall(frame_a[1].lower())) & set(_WORD.findall(frame_b[1].lower()))
           - _speech_verbs() - STOPWORDS)
    if not own:
        return None
    score = sentence_similarity(frame_a[0], frame_b[0])
    return score if score < floor else None
