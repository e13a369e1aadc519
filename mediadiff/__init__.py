"""mediadiff: show how different news outlets tell the same story.

The public API is the list in ``__all__``. The pipeline's stages are loaded on
first use (PEP 562 ``__getattr__``), so ``import mediadiff`` and
``mediadiff --help`` stay fast while ``mediadiff.compare`` still just works.

    >>> import mediadiff
    >>> corpus = mediadiff.load_corpus("seeds")
    >>> result = mediadiff.compare(corpus["001"], corpus["003"])
    >>> result.to_dict()["summary"]["reworded"]  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

from .corpus import load_article, load_corpus
from .models import (
    AmbiguousArticleId,
    Article,
    ArticleNotFound,
    Comment,
    Corpus,
    CorpusError,
    Event,
    MediadiffError,
    Removed,
    Sentence,
)
from .segment import split_sentences

# name -> module that defines it, imported when the name is first used
_LAZY = {
    "compare": "comparison", "Comparison": "comparison", "AlignedPair": "align", "align_sentences": "align",
    "compare_many": "coverage", "Coverage": "coverage", "Fact": "coverage",
    "sentence_similarity": "similarity", "word_diff": "similarity",
    "extract_quotes": "quotes", "match_quotes": "quotes", "Quote": "quotes", "QuoteMatch": "quotes",
    "score_text": "scoring", "score_article": "scoring", "score_corpus": "scoring",
    "SentenceScore": "scoring", "GroupScore": "scoring", "Cue": "scoring", "load_lexicon": "lexicons",
    "group_events": "events", "event_similarity": "events",
    "write_report": "bundle",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'mediadiff' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AmbiguousArticleId", "Article", "ArticleNotFound", "Comment", "Corpus", "CorpusError", "Event",
    "MediadiffError", "Removed", "Sentence", "__version__", "load_article", "load_corpus", "split_sentences",
    *_LAZY,
]
