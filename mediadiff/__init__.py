"""mediadiff: show how different news outlets tell the same story.

The public API is the short list in ``__all__``; everything else is internal.
Heavy dependencies (matplotlib, scikit-learn) are imported only by the
functions that need them, so ``import mediadiff`` stays fast.
"""

from __future__ import annotations

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

__all__ = [
    "AmbiguousArticleId",
    "Article",
    "ArticleNotFound",
    "Comment",
    "Corpus",
    "CorpusError",
    "Event",
    "MediadiffError",
    "Removed",
    "Sentence",
    "__version__",
    "load_article",
    "load_corpus",
    "split_sentences",
]
