"""Tiny article builder for the voices tests: one paragraph per argument."""

from __future__ import annotations

from mediadiff.corpus.segment import split_sentences
from mediadiff.models import Article, Sentence


def article(*paragraphs: str, id_: str = "t") -> Article:
    """An Article whose body is ``paragraphs``, sentences split as the corpus reader does."""
    raw = "\n\n".join(paragraphs) + "\n"
    sentences, pos = [], 0
    for number, text in enumerate(paragraphs):
        for start, end in split_sentences(text):
            sentences.append(Sentence(len(sentences), text[start:end], pos + start, pos + end, paragraph=number))
        pos += len(text) + 2
    return Article(id=id_, path=f"{id_}.txt", raw=raw, sentences=tuple(sentences))
