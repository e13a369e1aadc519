"""Relative hedging: where one outlet asserts what another hedges, on the same fact.

A hedge count per article says little when outlets report different facts.
Sentences that ``compare`` aligned report the same fact, so a difference in
their hedge and booster cues is a difference in how firmly each outlet states
it. ``stance_shifts`` lists those differences with the cue words on each side: only the outlet's own
cues (not those inside quotation marks) that bear on the fact both sentences share (a cue whose governed
words have no counterpart, "after he allegedly pointed a revolver" beside a sentence without the revolver,
hedges something else: ``align.modality``). A row where one side hedges (or boosts) in its own voice and the other
gives the fact in a quote that hedges (or boosts) it is left out: the second outlet does not assert what its source
doubts (qa15 A3, T5: "it appeared ..." / "“It appears as if ...”" read "A hedges, B asserts").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class StanceShift:
    """One aligned pair whose sentences differ in hedging or boosting.

    ``direction`` is ``"A hedges, B asserts"``, ``"A asserts, B hedges"``,
    ``"B adds certainty"`` or ``"B drops certainty"``. Cue tuples hold the cue
    words found in each side's sentence(s).
    """

    a_indices: tuple[int, ...]
    b_indices: tuple[int, ...]
    direction: str
    a_hedges: tuple[str, ...]
    b_hedges: tuple[str, ...]
    a_boosters: tuple[str, ...]
    b_boosters: tuple[str, ...]
    a_text: str
    b_text: str

    def to_dict(self) -> dict[str, object]:
        return {"direction": self.direction, "a_indices": list(self.a_indices), "b_indices": list(self.b_indices),
                "a_hedges": list(self.a_hedges), "b_hedges": list(self.b_hedges),
                "a_boosters": list(self.a_boosters), "b_boosters": list(self.b_boosters),
                "a": self.a_text, "b": self.b_text}


def _cue_matches(text: str, lexicon: Any) -> list[Any]:
    """The hedge and booster matches of one side, before asking whose they are and what they govern."""
    from mediadiff.tone.lexicons import tokenize

    return [m for m in lexicon.find(text, tokenize(text)) if m.entry.kind in ("hedge", "booster")]


def _cues(text: str, lexicon: Any, linked: set[int] | None, matches: list[Any], *, quoted: bool = False
          ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The hedges and boosters of one side (``matches``, from ``_cue_matches``) that are the outlet's, on the
    fact both sides share: ``align.modality.stance_cues``, the reading a row's certainty note uses too, so the
    two agree (``linked``: word indices of ``align.wordalign.analyse(text)``; ``None`` in a kept row).
    ``quoted``: the quoted source's instead (inside quotation marks)."""
    from mediadiff.align.modality import stance_cues
    from mediadiff.align.wordalign import analyse

    return stance_cues(text, analyse(text), linked, [m for m in matches if m.entry.kind == "booster"
                                                     or m.entry.weight >= lexicon.hedge_threshold], quoted=quoted)


def _quoted(kind: int, a_cues: tuple[str, ...], a_text: str, b_text: str, lexicon: Any, linked_a: set[int] | None,
            linked_b: set[int] | None, a_matches: list[Any], b_matches: list[Any]) -> bool:
    """Whether the side without cues of ``kind`` (0 hedges, 1 boosters; A has ``a_cues`` of it or B has) holds one
    of that kind inside quotation marks on the shared fact."""
    if a_cues:
        return bool(_cues(b_text, lexicon, linked_b, b_matches, quoted=True)[kind])
    return bool(_cues(a_text, lexicon, linked_a, a_matches, quoted=True)[kind])


def stance_shifts(comparison: Any, *, lexicon: Any = None) -> tuple[StanceShift, ...]:
    """Aligned pairs of ``comparison`` where one side hedges or boosts and the other does not."""
    from mediadiff.align.wordalign import align_tokens
    from mediadiff.tone.lexicons import load_lexicon

    lexicon = lexicon or load_lexicon()
    shifts = []
    for pair in comparison.pairs:
        if pair.status not in ("kept", "reworded"):
            continue
        a_text, b_text = pair.a_text, pair.b_text
        if a_text == b_text:
            continue  # one text has one set of cues (most kept rows): no shift, nothing to read
        a_matches, b_matches = _cue_matches(a_text, lexicon), _cue_matches(b_text, lexicon)
        if not a_matches and not b_matches:
            continue  # no cue on either side (most rows): no shift, and no word alignment to read
        linked_a = linked_b = None  # a kept row: the same words, each with its counterpart, nothing to align
        if pair.status != "kept":
            links = align_tokens(a_text, b_text)
            linked_a, linked_b = {i for i, _, _, _ in links}, {j for _, j, _, _ in links}
        a_hedges, a_boosters = _cues(a_text, lexicon, linked_a, a_matches)
        b_hedges, b_boosters = _cues(b_text, lexicon, linked_b, b_matches)
        # A side that states the fact through a quote holding the same kind of cue does not assert it ("it appeared
        # the group was ..." / "“It appears as if the party were ...”"): no shift, the row is left out.
        if bool(a_hedges) != bool(b_hedges) and not _quoted(0, a_hedges, a_text, b_text, lexicon, linked_a, linked_b,
                                                            a_matches, b_matches):
            direction = "A hedges, B asserts" if a_hedges else "A asserts, B hedges"
        elif bool(a_boosters) != bool(b_boosters) and not _quoted(1, a_boosters, a_text, b_text, lexicon, linked_a,
                                                                  linked_b, a_matches, b_matches):
            direction = "B adds certainty" if b_boosters else "B drops certainty"
        else:
            continue
        shifts.append(StanceShift(pair.a_indices, pair.b_indices, direction, a_hedges, b_hedges,
                                  a_boosters, b_boosters, a_text, b_text))
    return tuple(shifts)
