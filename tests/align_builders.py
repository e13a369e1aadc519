"""Tiny builders for the alignment and comparison tests: one sentence per argument, offsets as in one line."""

from __future__ import annotations

from mediadiff.models import Article, Sentence


def sentences(*texts: str) -> tuple[Sentence, ...]:
    """Sentences numbered from 0, each starting one character (a space) after the previous one."""
    out, pos = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence(i, text, pos, pos + len(text)))
        pos += len(text) + 1
    return tuple(out)


def article(article_id: str, *texts: str) -> Article:
    """An article whose body is ``texts`` joined by spaces, one sentence each."""
    return Article(article_id, f"{article_id}.txt", " ".join(texts), sentences(*texts))
