"""One row of an alignment: the sentences on each side, its status and its evidence."""

from __future__ import annotations

from dataclasses import dataclass

from mediadiff.align.params import PARAPHRASE_MODEL
from mediadiff.align.similarity import DiffOp
from mediadiff.models import Sentence

# A row is marked uncertain when its confidence is below two-to-one odds.
UNCERTAIN_BELOW = 2 / 3


@dataclass(frozen=True)
class AlignedPair:
    """One row of an alignment, with its evidence.

    ``status`` is ``"kept"`` (the same words; only punctuation, typography or
    quote marks differ), ``"reworded"`` (the same fact in other words),
    ``"dropped"`` (``b`` empty) or ``"added"`` (``a`` empty). ``a``/``b`` hold
    one sentence each for a plain pair, several for a split or merge (in
    article order). ``similarity`` is ``sentence_similarity`` of the joined
    texts in [0, 1] for kept and reworded rows, ``None`` for dropped and added
    ones. ``score`` is the link score that decided the row (tf-idf cosine in
    [0, 1]; for a dropped or added row, the score of the nearest sentence of
    the other article, ``nearest``, a 0-based index as every index of the library
    (``nearest_sentence`` is its 1-based number, as ``label`` and the reports print it), ``None`` when no
    sentence shares a content word). ``confidence`` in [0, 1] is how sure the row is:
    for a pair, that the sentences report the same fact; for a dropped or
    added row, that it has no counterpart; ``uncertain`` is True below 2/3.
    ``reason`` says why the row is what it is; ``word_pairs`` are the words of
    A and B that correspond (``mediadiff.align.wordalign``: same word, stem or
    number, related word or synonym); ``certainty`` names a
    change of modality or negation between A and B (``None`` when there is
    none). ``diff`` turns ``a_text`` into ``b_text`` word by word.
    ``paraphrase`` in [0, 1] is the probability that the two sides state the
    same thing with nothing added or left out (an MSRP paraphrase,
    ``align.paraphrase.paraphrase_probability``): 1.0 for kept rows, ``None``
    for dropped and added ones; ``change`` says what the two sides state
    differently though their words correspond (figures, opposite words, a
    negation on one side: ``evidence.claim_change``), ``None`` when nothing;
    ``restates`` is True at or above the threshold chosen on MSRP train when
    there is no such change.
    """

    status: str
    a: tuple[Sentence, ...]
    b: tuple[Sentence, ...]
    similarity: float | None
    diff: tuple[DiffOp, ...]
    score: float = 0.0
    confidence: float = 1.0
    nearest: int | None = None
    reason: str = ""
    word_pairs: tuple[tuple[str, str], ...] = ()
    certainty: str | None = None
    paraphrase: float | None = None
    change: str | None = None

    @property
    def a_indices(self) -> tuple[int, ...]:
        return tuple(s.index for s in self.a)

    @property
    def b_indices(self) -> tuple[int, ...]:
        return tuple(s.index for s in self.b)

    @property
    def a_text(self) -> str | None:
        return " ".join(s.text for s in self.a) if self.a else None

    @property
    def b_text(self) -> str | None:
        return " ".join(s.text for s in self.b) if self.b else None

    @property
    def nearest_sentence(self) -> int | None:
        """The 1-based number of the ``nearest`` sentence, as ``label`` ("or reworded as B9?") and the CSV's
        ``nearest_sentence`` give it; ``None`` when there is none."""
        return None if self.nearest is None else self.nearest + 1

    @property
    def uncertain(self) -> bool:
        return self.confidence < UNCERTAIN_BELOW

    @property
    def restates(self) -> bool | None:
        """Whether B says what A says, no more and no less (``None`` for dropped and added rows): never
        when their figures, polarity or negation differ (``change``), however probable the paraphrase."""
        if self.paraphrase is None:
            return None
        return self.paraphrase >= PARAPHRASE_MODEL.threshold and not self.change

    @property
    def label(self) -> str:
        """The status as a reader should see it: "dropped (or reworded as B9?)" when unsure, and "reworded
        (same fact?)" for a pair that may not report one fact (its confidence is below 2/3): the question
        mark in the header, where a reader looks first, not only "uncertain" at the end of the evidence."""
        if self.status in ("dropped", "added") and self.uncertain and self.nearest is not None:
            side = "B" if self.status == "dropped" else "A"
            return f"{self.status} (or reworded as {side}{self.nearest_sentence}?)"
        if self.status == "reworded" and self.uncertain:
            return "reworded (same fact?)"
        return self.status

    def to_dict(self) -> dict:
        pair = bool(self.a and self.b)
        return {
            "status": self.status,
            "label": self.label,
            "a": self.a_text,
            "b": self.b_text,
            "similarity": round(self.similarity, 4) if self.similarity is not None else None,
            "paraphrase": round(self.paraphrase, 3) if self.paraphrase is not None else None,
            "restates": self.restates,
            "score": round(self.score, 4),
            "confidence": round(self.confidence, 3),
            "uncertain": self.uncertain,
            "a_index": self.a_indices[0] if self.a else None,
            "b_index": self.b_indices[0] if self.b else None,
            "a_indices": list(self.a_indices),
            "b_indices": list(self.b_indices),
            "evidence": {
                "reason": self.reason,
                "word_pairs": [list(p) for p in self.word_pairs] if pair else [],
                "certainty": self.certainty,
                "change": self.change,
                "nearest": None if pair or self.nearest is None else
                {"index": self.nearest, "score": round(self.score, 4)},
            },
            "diff": [op.to_dict() for op in self.diff],
        }
