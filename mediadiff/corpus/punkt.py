"""Sentence splitting with NLTK's Punkt, trained on the corpus being read (optional: ``mediadiff[nltk]``).

Punkt learns, without supervision, which words before a period are
abbreviations, which word pairs are collocations and which words start
sentences, from the text it is given. mediadiff trains it on the corpus itself
(so nothing is downloaded: NLTK's pretrained models are data packages) and
seeds it with mediadiff's own abbreviation list. Use it for corpora the
built-in rules were not written for: other languages, or text full of
unfamiliar abbreviations. It is chosen with ``--splitter punkt`` or
``MEDIADIFF_SPLITTER=punkt``; nltk is imported only then (it costs about a
second), never by the default commands. Measured in ``bench/bench_punkt.py``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable

from mediadiff.corpus.params import PUNKT_TRAINING_CHARS
from mediadiff.corpus.segment import ABBREVIATIONS, split_sentences
from mediadiff.models import MediadiffError

SPLITTERS = ("rules", "punkt")
Splitter = Callable[[str], list[tuple[int, int]]]


def splitter_name(choice: str | None = None) -> str:
    """``choice``, else ``$MEDIADIFF_SPLITTER``, else ``rules``; an unknown name is an error."""
    name = (choice or os.environ.get("MEDIADIFF_SPLITTER") or "rules").strip().lower()
    if name not in SPLITTERS:
        raise MediadiffError(f"unknown sentence splitter {name!r}; choose {' or '.join(SPLITTERS)}")
    return name


class PunktSplitter:
    """A Punkt model trained on some texts; called like ``split_sentences`` (spans into the text).

    Line breaks stay hard boundaries, as with the built-in rules: news files put
    one paragraph on a line. Picklable, so worker processes (``--jobs``) can use it.
    """

    def __init__(self, tokenizer: object) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for line in re.finditer(r"[^\n]+", text):
            for start, end in self.tokenizer.span_tokenize(line.group(0)):  # type: ignore[attr-defined]
                piece = line.group(0)[start:end]
                start += len(piece) - len(piece.lstrip())
                end -= len(piece) - len(piece.rstrip())
                if end > start:
                    spans.append((line.start() + start, line.start() + end))
        return spans


def train_punkt(texts: Iterable[str], *, max_chars: int = PUNKT_TRAINING_CHARS,
                abbreviations: Iterable[str] = ABBREVIATIONS) -> PunktSplitter:
    """Train Punkt on ``texts`` (up to ``max_chars`` characters of them), seeded with ``abbreviations``
    (lower case, without the final period). Raises ``MediadiffError`` when nltk is not installed."""
    try:
        from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer
    except ImportError:
        raise MediadiffError("the punkt splitter needs nltk: pip install 'mediadiff[nltk]'") from None
    trainer = PunktTrainer()
    used = 0
    for text in texts:
        if used >= max_chars:
            break
        piece = text[: max_chars - used]
        trainer.train(piece, finalize=False)
        used += len(piece)
    trainer.finalize_training()
    params = trainer.get_params()
    params.abbrev_types.update(a.lower().rstrip(".") for a in abbreviations)
    return PunktSplitter(PunktSentenceTokenizer(params))


def make_splitter(choice: str | Splitter | None, texts: Callable[[], Iterable[str]]) -> Splitter:
    """The splitter to segment a corpus with: a callable as given, the built-in rules, or Punkt
    trained on ``texts()`` (called only when Punkt is chosen)."""
    if callable(choice):
        return choice
    if splitter_name(choice) == "rules":
        return split_sentences
    return train_punkt(texts())
