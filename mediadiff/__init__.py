"""mediadiff: show how different news outlets tell the same story.

The public API is the list in ``__all__``. The pipeline's stages are loaded on
first use (PEP 562 ``__getattr__``), so ``import mediadiff`` and
``mediadiff --help`` stay fast while ``mediadiff.compare`` still just works.

    >>> import mediadiff
    >>> corpus = mediadiff.load_corpus("seeds")
    >>> result = mediadiff.compare(corpus["001"], corpus["003"])
    >>> result.to_dict()["summary"]["reworded_count"]  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

from mediadiff.checks import checked
from mediadiff.corpus.reading import load_article, load_corpus
from mediadiff.corpus.segment import split_sentences
from mediadiff.models import (
    AmbiguousArticleId,
    ArgumentTypeError,
    Article,
    ArticleNotFound,
    Comment,
    Corpus,
    CorpusError,
    Event,
    InvalidArgument,
    MediadiffError,
    Removed,
    Sentence,
    Story,
)

# name -> module that defines it, imported when the name is first used
_LAZY = {
    "compare": "align.comparison", "Comparison": "align.comparison",
    "AlignedPair": "align.alignment", "align_sentences": "align.alignment",
    "compare_many": "align.coverage", "Coverage": "align.coverage", "Fact": "align.coverage",
    "sentence_similarity": "align.similarity", "word_diff": "align.similarity",
    "paraphrase_probability": "align.paraphrase",
    "extract_quotes": "voices.quotes", "match_quotes": "voices.quotes", "Quote": "voices.quotes",
    "QuoteMatch": "voices.quotes",
    "attribute": "voices.attribution", "actor_mentions": "voices.attribution", "Attribution": "voices.attribution",
    "Attributions": "voices.attribution", "merge_actors": "voices.actors",
    "score_text": "tone.scoring", "score_article": "tone.scoring", "score_corpus": "tone.scoring",
    "SentenceScore": "tone.scoring", "GroupScore": "tone.scoring", "Cue": "tone.scoring",
    "load_lexicon": "tone.lexicons", "sentence_certainty": "tone.certainty",
    "tone_toward": "tone.toward",
    "group_events": "events.grouping", "group_stories": "events.grouping", "event_similarity": "events.grouping",
    "write_report": "render.bundle", "ReportFiles": "render.bundle",
    "actor_tones": "tone.actors", "ActorTone": "tone.actors", "ActorExample": "tone.actors",
    "sentence_scores": "tone.scoring", "to_records": "tone.scoring",
    "TextScore": "tone.results", "ArticleScore": "tone.results", "Certainty": "tone.certainty",
    "ArticleSummary": "align.comparison", "align_words": "align.wordalign", "WordLink": "align.wordalign",
    "ActorMention": "voices.actors", "Voice": "voices.attribution",
    "voices_by_outlet": "voices.summary", "articles_names": "voices.summary", "VoicesSummary": "voices.summary",
    "OutletVoices": "voices.summary", "SourceVoice": "voices.summary",
    # the errors the functions above raise, all MediadiffError subclasses: catch one kind, or MediadiffError
    "SkippedFile": "corpus.formats", "SameArticleError": "align.comparison", "EmptyArticleError": "align.comparison",
    "TooLongError": "align.alignment", "TooFewArticlesError": "align.coverage",
    "TooManyArticlesError": "align.coverage", "OutputExistsError": "render.safe", "OutputError": "render.safe",
}


# Public functions check their arguments (a wrong type is a clear TypeError): mediadiff/checks.py.
load_article, load_corpus, split_sentences = checked(load_article), checked(load_corpus), checked(split_sentences)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = checked(getattr(import_module(f".{_LAZY[name]}", __name__), name))
        globals()[name] = value
        return value
    raise AttributeError(f"module 'mediadiff' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AmbiguousArticleId", "ArgumentTypeError", "Article", "ArticleNotFound", "Comment", "Corpus", "CorpusError",
    "Event", "InvalidArgument", "Story", "MediadiffError", "Removed", "Sentence", "__version__", "load_article",
    "load_corpus", "split_sentences",
    *_LAZY,
]
