"""Sentence tone and stance: VADER sentiment, hedges, boosters and attribution cues.

Every score explains itself: a ``SentenceScore`` lists the cue spans that
triggered it and the words VADER found in its lexicon, with their valence.
Article bodies and reader comments are always scored apart: comments never
enter an article's or an outlet's figures (an outlet row carries its readers'
tone beside it instead).

Units and directions:

* ``compound``: VADER compound sentiment in [-1, 1]; negative is unfavourable.
  ``label`` is ``negative`` below -0.05, ``positive`` above 0.05, else ``neutral``.
* ``hedge_score``: in [0, 1], with the default lexicon the weight of the
  strongest hedge cue in the sentence (0.0 without one); ``hedged`` when it
  reaches the lexicon threshold (``Lexicon.hedge_score``).
* ``certainty``: in [0, 1], how firmly the sentence states what it states
  (1 = plain assertion; ``mediadiff.tone.certainty``), with ``certainty_cues``.
* Cue offsets are half-open character ranges into the scored text: for
  articles that is ``Article.raw``.
* Voice (``mediadiff.tone.voice``): an article is scored in the outlet's ``own``
  voice by default (quoted and reported words blanked first), or ``quoted``
  (one row per source), or ``all``; every cue says whose voice it is in.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from mediadiff.models import Article, count_words
from mediadiff.tone.certainty import CertaintyCue, sentence_certainty
from mediadiff.tone.lexicons import Lexicon, Match, load_lexicon, tokenize
from mediadiff.tone.params import TOP_CUES
from mediadiff.tone.sentiment import label_of, sentence_sentiment, sentence_tone
from mediadiff.tone.voice import VoiceView, voice_view
from mediadiff.voices.actors import merge_actors

__all__ = [
    "Cue", "SentenceScore", "GroupScore", "TextScore", "ArticleScore", "score_text", "score_article",
    "score_corpus", "sentence_sentiment", "to_records", "source_scores",
]


@dataclass(frozen=True)
class Cue:
    """A hedge, booster, attribution or tone cue: ``text`` at ``[start, end)`` of the
    scored text. ``weight`` in [0, 1] is how reliably it marks its ``kind``; for
    ``kind="tone"`` it is the word's valence on VADER's -4..4 scale (news-adjusted).
    ``voice``: ``own`` or ``quoted`` (``speaker`` then names the source, ``None`` if unknown)."""

    kind: str
    text: str
    start: int
    end: int
    weight: float
    voice: str = "own"
    speaker: str | None = None


@dataclass(frozen=True)
class SentenceScore:
    """Tone and stance of one sentence; ``start``/``end`` are offsets into the
    scored text. ``comment`` is the 0-based comment number for reader comments,
    ``None`` for body sentences."""

    article_id: str | None
    index: int
    text: str
    start: int
    end: int
    compound: float
    label: str
    cues: tuple[Cue, ...]
    sentiment_words: tuple[str, ...]
    hedged: bool
    hedge_score: float
    n_words: int
    comment: int | None = None
    certainty: float = 1.0
    certainty_cues: tuple[CertaintyCue, ...] = ()
    voice: str = "all"
    speaker: str | None = None
    tone_cues: tuple[Cue, ...] = ()

    def cues_of(self, kind: str) -> tuple[Cue, ...]:
        return tuple(c for c in self.cues if c.kind == kind)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict; cue lists become ``"; "``-joined strings."""
        nested = ("cues", "sentiment_words", "certainty_cues", "tone_cues")
        record = {k: v for k, v in asdict(self).items() if k not in nested}
        for kind in ("hedge", "booster", "attribution"):
            record[f"{kind}_cues"] = "; ".join(c.text for c in self.cues_of(kind))
        record["sentiment_words"] = "; ".join(self.sentiment_words)
        record["certainty_cues"] = "; ".join(f"{c.text} ({c.weight:+.2f})" for c in self.certainty_cues)
        return [record]


@dataclass(frozen=True)
class GroupScore:
    """Aggregate over the sentences of an article, an outlet, an article's
    comments (``"004 comments"``) or one comment.

    ``kind`` is ``article``, ``outlet``, ``comments`` or ``comment``; ``author``
    is set for a single comment. ``sentiment_mean``/``sentiment_stdev`` are over
    sentence compounds (population stdev; ``None`` without sentences). Shares
    are fractions of sentences in [0, 1]. ``readers_sentiment`` (outlet rows)
    is the mean over the outlet's comments of each comment's mean compound,
    ``None`` when its articles have no comments; it never enters the other fields.
    ``certainty_mean`` is the mean sentence certainty in [0, 1] (``None`` without sentences).
    """

    name: str
    kind: str
    article_id: str | None
    outlet: str | None
    author: str | None
    n_sentences: int
    n_words: int
    sentiment_mean: float | None
    sentiment_stdev: float | None
    share_negative: float
    share_neutral: float
    share_positive: float
    hedged_share: float
    hedges: int
    boosters: int
    attributions: int
    hedges_per_100_words: float
    boosters_per_100_words: float
    attributions_per_100_words: float
    hedges_per_sentence: float
    boosters_per_sentence: float
    attributions_per_sentence: float
    top_hedges: tuple[str, ...]
    top_boosters: tuple[str, ...]
    top_attributions: tuple[str, ...]
    n_articles: int = 1
    n_comments: int = 0
    readers_sentiment: float | None = None
    certainty_mean: float | None = None
    voice: str = "all"

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict; top-cue tuples become ``"; "``-joined strings."""
        record = asdict(self)
        for key in ("top_hedges", "top_boosters", "top_attributions"):
            record[key] = "; ".join(record[key])
        return [record]


@dataclass(frozen=True)
class TextScore:
    """Scores of a plain text: its sentences and their aggregate."""

    sentences: tuple[SentenceScore, ...]
    aggregate: GroupScore

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per sentence."""
        return [r for s in self.sentences for r in s.to_records()]


@dataclass(frozen=True)
class ArticleScore:
    """An article's body scores, kept apart from its reader comments.

    ``article`` aggregates body sentences only; ``comments`` aggregates all
    comment sentences (``None`` without comments); ``comment_scores`` has one
    row per comment with its author.
    """

    article_id: str
    outlet: str
    sentences: tuple[SentenceScore, ...]
    article: GroupScore
    comment_sentences: tuple[SentenceScore, ...]
    comments: GroupScore | None
    comment_scores: tuple[GroupScore, ...]

    def to_records(self) -> list[dict[str, Any]]:
        """Group rows: the article, its comments as a whole, then each comment."""
        rows = [self.article] + ([self.comments] if self.comments else []) + list(self.comment_scores)
        return [r for g in rows for r in g.to_records()]


def _cue(match: Match, text: str, offset: int, view: VoiceView | None = None) -> Cue:
    voice, speaker = view.label(match.start + offset) if view else ("own", None)
    return Cue(match.entry.kind, text[match.start : match.end], match.start + offset, match.end + offset,
               match.entry.weight, voice, speaker)


def _score_span(
    text: str, start: int, end: int, *, index: int, article_id: str | None, lexicon: Lexicon,
    comment: int | None = None, view: VoiceView | None = None, speaker: str | None = None,
) -> SentenceScore:
    piece = view.blank(text, start, end) if view else text[start:end]
    tokens = tokenize(piece)
    matches = lexicon.find(piece, tokens)
    cues = tuple(_cue(m, piece, start, view) for m in matches)
    hedge_score = lexicon.hedge_score(tokens, matches)
    # The certainty weights were learned on the news lexicon's cues; another profile's cues would mislead them.
    news = load_lexicon()
    certainty = sentence_certainty(piece, tokens=tokens, matches=matches if lexicon is news else None)
    tone = sentence_tone(piece)
    compound, words = tone.compound, tone.words
    return SentenceScore(
        article_id=article_id, index=index, text=text[start:end], start=start, end=end,
        compound=compound, label=label_of(compound), cues=cues, sentiment_words=words,
        hedged=lexicon.is_hedged(hedge_score),
        hedge_score=hedge_score, n_words=count_words(piece), comment=comment, certainty=certainty.value,
        certainty_cues=tuple(replace(c, start=c.start + start, end=c.end + start) for c in certainty.cues),
        voice=view.voice if view else "all", speaker=speaker,
        tone_cues=tuple(Cue("tone", piece[a:b], a + start, b + start, valence) for _, a, b, valence in tone.cues),
    )


def _top(cues: Iterable[Cue]) -> tuple[str, ...]:
    counts = Counter(c.text.lower() for c in cues)
    return tuple(w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_CUES])


def aggregate(
    sentences: Sequence[SentenceScore], *, name: str, kind: str, article_id: str | None = None,
    outlet: str | None = None, author: str | None = None, n_articles: int = 1,
    n_comments: int = 0, readers_sentiment: float | None = None, voice: str = "all",
) -> GroupScore:
    """Pool ``sentences`` into one ``GroupScore`` (every sentence weighs the same)."""
    n = len(sentences)
    words = sum(s.n_words for s in sentences)
    compounds = [s.compound for s in sentences]
    mean = sum(compounds) / n if n else 0.0
    labels = Counter(s.label for s in sentences)
    by_kind = {k: [c for s in sentences for c in s.cues if c.kind == k] for k in ("hedge", "booster", "attribution")}

    def per(count: int, base: int, scale: float = 1.0) -> float:
        return scale * count / base if base else 0.0

    return GroupScore(
        name=name, kind=kind, article_id=article_id, outlet=outlet, author=author,
        n_sentences=n, n_words=words,
        sentiment_mean=mean if n else None,
        # by hand: statistics.pstdev computes with exact fractions, slow on large corpora
        sentiment_stdev=math.sqrt(sum((c - mean) ** 2 for c in compounds) / n) if n else None,
        share_negative=per(labels["negative"], n), share_neutral=per(labels["neutral"], n),
        share_positive=per(labels["positive"], n),
        hedged_share=per(sum(s.hedged for s in sentences), n),
        hedges=len(by_kind["hedge"]), boosters=len(by_kind["booster"]),
        attributions=len(by_kind["attribution"]),
        hedges_per_100_words=per(len(by_kind["hedge"]), words, 100),
        boosters_per_100_words=per(len(by_kind["booster"]), words, 100),
        attributions_per_100_words=per(len(by_kind["attribution"]), words, 100),
        hedges_per_sentence=per(len(by_kind["hedge"]), n),
        boosters_per_sentence=per(len(by_kind["booster"]), n),
        attributions_per_sentence=per(len(by_kind["attribution"]), n),
        top_hedges=_top(by_kind["hedge"]), top_boosters=_top(by_kind["booster"]),
        top_attributions=_top(by_kind["attribution"]),
        n_articles=n_articles, n_comments=n_comments, readers_sentiment=readers_sentiment,
        certainty_mean=sum(s.certainty for s in sentences) / n if n else None, voice=voice,
    )


def outlet_key(article: Article) -> str:
    """The outlet an article is pooled under: its outlet, or its own id when unknown.

    Articles of unknown outlets are never pooled together: they may come from
    any number of outlets, and one "unknown" row would blend their tones.
    """
    return article.outlet or f"{article.id} (outlet unknown)"


def score_text(text: str, *, lexicon: Lexicon | None = None) -> TextScore:
    """Split ``text`` into sentences and score each; offsets are into ``text``.

    ``lexicon`` defaults to the shipped news lexicon (``load_lexicon()``).
    """
    from mediadiff.corpus.segment import split_sentences

    lexicon = lexicon or load_lexicon()
    sentences = tuple(
        _score_span(text, a, b, index=i, article_id=None, lexicon=lexicon)
        for i, (a, b) in enumerate(split_sentences(text))
    )
    return TextScore(sentences, aggregate(sentences, name="text", kind="article", n_articles=0))


def score_article(article: Article, *, lexicon: Lexicon | None = None, voice: str = "own") -> ArticleScore:
    """Score the body sentences of ``article`` in ``voice`` and, separately, each comment. ``own``: the
    outlet's words only (wholly quoted sentences drop out); ``quoted``: each attributed run of a sentence is
    a row with its ``speaker``; ``all``: whole sentences. Offsets are into ``article.raw``; comments never
    enter ``.article``."""
    from mediadiff.corpus.segment import split_sentences

    lexicon = lexicon or load_lexicon()
    outlet = outlet_key(article)
    view = voice_view(article, voice)
    spans = [(s.index, a, b, who) for s in article.sentences for a, b, who in view.quoted_pieces(s.start, s.end)] \
        if voice == "quoted" else [(s.index, s.start, s.end, None) for s in article.sentences]
    scored = (_score_span(article.raw, a, b, index=i, article_id=article.id, lexicon=lexicon, view=view, speaker=who)
              for i, a, b, who in spans)
    body = tuple(scored)
    comment_sentences: list[SentenceScore] = []
    per_comment: list[GroupScore] = []
    for number, comment in enumerate(article.comments):
        # Comment.text may be cleaned; offsets stay exact only when it matches raw.
        source, base = (
            (article.raw, comment.start)
            if article.raw[comment.start : comment.end] == comment.text
            else (comment.text, 0)
        )
        own = [
            _score_span(source, base + a, base + b, index=i, article_id=article.id, lexicon=lexicon, comment=number)
            for i, (a, b) in enumerate(split_sentences(comment.text))
        ]
        comment_sentences += own
        per_comment.append(aggregate(
            own, name=f"{article.id} comment {number + 1}", kind="comment", article_id=article.id,
            outlet=outlet, author=comment.author, n_comments=1,
        ))
    comments = aggregate(
        comment_sentences, name=f"{article.id} comments", kind="comments", article_id=article.id,
        outlet=outlet, n_comments=len(per_comment),
    ) if article.comments else None
    return ArticleScore(
        article_id=article.id, outlet=outlet, sentences=body,
        article=aggregate(_voiced(body), name=article.label, kind="article", article_id=article.id,
                          outlet=outlet, voice=voice),
        comment_sentences=tuple(comment_sentences), comments=comments, comment_scores=tuple(per_comment),
    )


def _voiced(sentences: Sequence[SentenceScore]) -> list[SentenceScore]:
    """Sentences with words in their voice: a wholly quoted sentence is no sentence of the outlet's own."""
    return [s for s in sentences if s.n_words or s.voice == "all"]


def _readers_tone(scores: Sequence[ArticleScore]) -> float | None:
    means = [g.sentiment_mean for s in scores for g in s.comment_scores if g.sentiment_mean is not None]
    return statistics.fmean(means) if means else None


def score_corpus(
    articles: Iterable[Article], *, by: str = "article", lexicon: Lexicon | None = None,
    include_comments: bool = False, voice: str = "own",
) -> tuple[SentenceScore, ...] | tuple[GroupScore, ...]:
    """Score many articles.

    ``by="sentence"``: every body sentence (plus comment sentences, marked by
    ``comment``, when ``include_comments``). ``by="article"``: one row per
    article (followed by its ``"<id> comments"`` row when ``include_comments``).
    ``by="outlet"``: one row per ``outlet_key(article)``, in order of
    first appearance, pooling body sentences; ``readers_sentiment`` holds the
    comments' tone. ``voice`` as in ``score_article``; with ``quoted``, outlet
    rows are one per source and outlet (``source_scores``).
    """
    if by not in ("sentence", "article", "outlet"):
        raise ValueError(f"by must be 'sentence', 'article' or 'outlet', not {by!r}")
    scores = [score_article(a, lexicon=lexicon, voice=voice) for a in articles]
    if by == "sentence":
        return tuple(
            s for a in scores for s in a.sentences + (a.comment_sentences if include_comments else ())
        )
    if by == "article":
        rows: list[GroupScore] = []
        for a in scores:
            rows.append(a.article)
            if include_comments and a.comments:
                rows.append(a.comments)
        return tuple(rows)
    return source_scores(scores) if voice == "quoted" else outlet_scores(scores)


def source_scores(scores: Iterable[ArticleScore]) -> tuple[GroupScore, ...]:
    """Quoted voices as rows of their own: one per outlet and source ("Claudia Sheinbaum in Latin Times")."""
    scores, groups = list(scores), {}  # type: ignore[var-annotated]
    canonical = merge_actors([s.speaker for a in scores for s in a.sentences if s.speaker])
    for a in scores:
        for s in a.sentences:
            groups.setdefault((a.outlet, canonical.get(s.speaker, s.speaker)), []).append(s)
    return tuple(aggregate(rows, name=f"{who or 'unknown source'} in {outlet}", kind="source", outlet=outlet,
                           author=who, n_articles=len({s.article_id for s in rows}), voice="quoted")
                 for (outlet, who), rows in groups.items())


def outlet_scores(scores: Iterable[ArticleScore]) -> tuple[GroupScore, ...]:
    """One row per outlet (``outlet_key``), in order of first appearance, from
    already scored articles: body sentences pooled, comments' tone beside them."""
    outlets: dict[str, list[ArticleScore]] = {}
    for a in scores:
        outlets.setdefault(a.outlet, []).append(a)
    return tuple(
        aggregate(
            _voiced([s for a in group for s in a.sentences]), name=outlet, kind="outlet", outlet=outlet,
            n_articles=len(group), n_comments=sum(len(a.comment_scores) for a in group),
            readers_sentiment=_readers_tone(group), voice=group[0].article.voice,
        )
        for outlet, group in outlets.items()
    )


def to_records(results: Iterable[Any]) -> list[dict[str, Any]]:
    """Flatten any sequence of results from this module into a list of dicts."""
    return [r for item in results for r in item.to_records()]
