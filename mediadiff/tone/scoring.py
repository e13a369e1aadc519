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
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from mediadiff.models import ArgumentTypeError, Article, InvalidArgument
from mediadiff.tone.certainty import certainty_cues, certainty_parts
from mediadiff.tone.lazy import deferred, register
from mediadiff.tone.lexicons import Lexicon, Match, load_lexicon, tokenize, word_count
from mediadiff.tone.params import TOP_CUES
from mediadiff.tone.reader import read_sentence
from mediadiff.tone.results import ArticleScore, Cue, GroupScore, SentenceScore, TextScore, new_cue, new_sentence_score
from mediadiff.tone.sentiment import label_of, sentence_sentiment, tone_parts
from mediadiff.tone.voice import VoiceView, check_voice, voice_view
from mediadiff.voices.actor_names import attribution_names, merge_actors

__all__ = [
    "Cue", "SentenceScore", "GroupScore", "TextScore", "ArticleScore", "score_text", "score_article",
    "score_corpus", "sentence_scores", "sentence_sentiment", "to_records", "source_scores",
]


def _cue(match: Match, text: str, offset: int, view: VoiceView | None = None) -> Cue:
    voice, speaker = view.label(match.start + offset) if view else ("own", None)
    return new_cue(match.entry.kind, text[match.start : match.end], match.start + offset, match.end + offset,
                   match.entry.weight, voice, speaker)


def _score_span(
    text: str, start: int, end: int, *, index: int, article_id: str | None, lexicon: Lexicon,
    comment: int | None = None, view: VoiceView | None = None, speaker: str | None = None,
) -> SentenceScore:
    sentence = text[start:end]
    piece = view.blank(text, start, end) if view else sentence  # what the scores read: hidden voices blanked
    # one reading of the sentence's words that every member below reads (tone.reading); None: each reads its own
    reading = read_sentence(piece)
    tokens = reading.words if reading else tokenize(piece)
    news = load_lexicon()
    opens_cue = reading.opens_cue if reading else None  # the news lexicon's
    matches = lexicon.find(piece, tokens, opens_cue=opens_cue if lexicon is news else None)
    cues = tuple([_cue(m, piece, start, view) for m in matches]) if matches else ()
    hedge_score = lexicon.hedge_score(tokens, matches)
    # The certainty weights were learned on the news lexicon's cues; another profile's cues would mislead them.
    if lexicon is not news:
        matches = news.find(piece, tokens, opens_cue=opens_cue)
    certainty, certainty_rows = certainty_parts(piece, tokens, matches, start, weighted=reading and reading.weighted,
                                                cue_word=reading and reading.cue_word)
    compound, words, tone_cues = tone_parts(piece, reading=reading)
    # every field in order (see new_sentence_score)
    return new_sentence_score(
        article_id, index, sentence, start, end, compound, label_of(compound), cues, words,
        lexicon.is_hedged(hedge_score), hedge_score, word_count(piece, tokens), comment, certainty,
        # cues built when first read (tone.lazy): until then a score keeps only their strings and numbers
        deferred(_CERTAINTY_CUES, certainty_rows) if certainty_rows else (), view.voice if view else "all", speaker,
        deferred(_TONE_CUES, piece, start, tone_cues) if tone_cues else (),
    )



def _tone_cues(piece: str, offset: int, found: Iterable[tuple[str, int, int, float]]) -> tuple[Cue, ...]:
    """``Cue("tone", ...)`` for each ``(word, start, end, valence)`` of ``piece``, offsets moved by ``offset``."""
    return tuple([new_cue("tone", piece[a:b], a + offset, b + offset, valence) for _, a, b, valence in found])


_TONE_CUES = register("tone cues", _tone_cues)
_CERTAINTY_CUES = register("certainty cues", certainty_cues)


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
    outlet = outlet_key(article)
    view = voice_view(article, voice)
    body, per_comment_sentences = _article_sentences(article, lexicon=lexicon, voice=voice, view=view)
    comment_sentences: list[SentenceScore] = []
    per_comment: list[GroupScore] = []
    for number, (comment, own) in enumerate(zip(article.comments, per_comment_sentences)):
        comment_sentences += own
        by = f" by {comment.author}" if comment.author else ""
        per_comment.append(aggregate(
            own, name=f"{article.id} comment {number + 1}{by}", kind="comment", article_id=article.id,
            outlet=outlet, author=comment.author, n_comments=1,
        ))
    readers, spread = _readers_tone(per_comment)
    comments = replace(aggregate(
        comment_sentences, name=f"{article.id} comments", kind="comments", article_id=article.id,
        outlet=outlet, n_comments=len(per_comment),
    ), sentiment_mean=readers, sentiment_stdev=spread, readers_sentiment=readers) if article.comments else None
    return ArticleScore(
        article_id=article.id, outlet=outlet, sentences=body,
        article=aggregate(_voiced(body), name=article.label, kind="article", article_id=article.id,
                          outlet=outlet, voice=voice, readers_sentiment=readers, n_comments=len(per_comment)),
        comment_sentences=tuple(comment_sentences), comments=comments, comment_scores=tuple(per_comment),
        actor_names=tuple(attribution_names(view.attributions)) if voice == "quoted" else (),
    )


def sentence_scores(
    article: Article, *, lexicon: Lexicon | None = None, voice: str = "own",
) -> tuple[SentenceScore, ...]:
    """The body sentences of ``article`` in ``voice``, then its comments' sentences (``comment`` set): what
    ``score_article(article).sentences + .comment_sentences`` holds, without the aggregates (``score --by
    sentence`` reads no aggregate)."""
    body, per_comment = _article_sentences(article, lexicon=lexicon, voice=voice)
    return body + tuple(s for own in per_comment for s in own)


def _article_sentences(
    article: Article, *, lexicon: Lexicon | None, voice: str, comments: bool = True, view: VoiceView | None = None,
) -> tuple[tuple[SentenceScore, ...], list[list[SentenceScore]]]:
    """Body sentence scores in ``voice`` and, for each comment (none unless ``comments``), its sentence scores."""
    from mediadiff.corpus.segment import split_sentences

    lexicon = lexicon or load_lexicon()
    view = voice_view(article, voice) if view is None else view
    spans = [(s.index, a, b, who) for s in article.sentences for a, b, who in view.quoted_pieces(s.start, s.end)] \
        if voice == "quoted" else [(s.index, s.start, s.end, None) for s in article.sentences]
    body = tuple([_score_span(article.raw, a, b, index=i, article_id=article.id, lexicon=lexicon, view=view,
                              speaker=who) for i, a, b, who in spans])
    per_comment: list[list[SentenceScore]] = []
    for number, comment in enumerate(article.comments if comments else ()):
        # Comment.text may be cleaned; offsets stay exact only when it matches raw.
        source, base = (
            (article.raw, comment.start)
            if article.raw[comment.start : comment.end] == comment.text
            else (comment.text, 0)
        )
        per_comment.append([
            _score_span(source, base + a, base + b, index=i, article_id=article.id, lexicon=lexicon, comment=number)
            for i, (a, b) in enumerate(split_sentences(comment.text))
        ])
    return body, per_comment


def _voiced(sentences: Sequence[SentenceScore]) -> list[SentenceScore]:
    """Sentences with words in their voice: a wholly quoted sentence is no sentence of the outlet's own."""
    return [s for s in sentences if s.n_words or s.voice == "all"]


def _readers_tone(comments: Sequence[GroupScore]) -> tuple[float | None, float | None]:
    """Readers' tone, the one definition used in every table, JSON row and chart: the
    mean over comments of each comment's mean sentence tone (every reader's comment
    weighs the same however long it is), and the spread of those means."""
    means = [c.sentiment_mean for c in comments if c.sentiment_mean is not None]
    if not means:
        return None, None
    mean = sum(means) / len(means)
    return mean, math.sqrt(sum((m - mean) ** 2 for m in means) / len(means))


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
        raise InvalidArgument(f"by must be 'sentence', 'article' or 'outlet', not {by!r}"
                              + (" (for actors: mediadiff.actor_tones)" if by == "actor" else ""))
    check_voice(voice)  # here too, not only per article: an empty list would never check it
    if by == "sentence":  # no aggregate is read: none is computed
        if include_comments:
            return tuple(s for a in articles for s in sentence_scores(a, lexicon=lexicon, voice=voice))
        return tuple(s for a in articles for s in _article_sentences(a, lexicon=lexicon, voice=voice,
                                                                     comments=False)[0])
    scores = [score_article(a, lexicon=lexicon, voice=voice) for a in articles]
    if by == "article":
        rows: list[GroupScore] = []
        for a in scores:
            rows.append(a.article)
            if include_comments and a.comments:
                rows.append(a.comments)
        return tuple(rows)
    return source_scores(scores) if voice == "quoted" else outlet_scores(scores)


def source_scores(scores: Iterable[ArticleScore], *, names: Mapping[str, str] | None = None) -> tuple[GroupScore, ...]:
    """Quoted voices as rows of their own: one per outlet and source ("Claudia Sheinbaum in Latin Times").
    ``names``: each speaker's name -> the name shown; by default, read from the actor names each article's
    attribution gives (``ArticleScore.actor_names``, kept when scored in the quoted voice), as ``voices`` and
    ``actor_tones`` read them, else from the speakers' names alone."""
    scores, groups = list(scores), {}  # type: ignore[var-annotated]
    given = [a.actor_names or [s.speaker for s in a.sentences if s.speaker] for a in scores]  # per article
    canonical = names if names is not None else merge_actors([n for listed in given for n in listed], together=given)
    shown: dict[tuple[str, str | None], str | None] = {}  # a source as written is pooled by lower case, as in voices
    for a in scores:
        for s in a.sentences:
            who = canonical.get(s.speaker, s.speaker)
            key = (a.outlet, who.lower() if who and who.startswith('"') else who)
            shown.setdefault(key, who)
            groups.setdefault(key, []).append(s)
    return tuple(aggregate(rows, name=f"{shown[key] or 'unknown source'} in {key[0]}", kind="source", outlet=key[0],
                           author=shown[key], n_articles=len({s.article_id for s in rows}), voice="quoted")
                 for key, rows in groups.items())


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
            readers_sentiment=_readers_tone([c for a in group for c in a.comment_scores])[0],
            voice=group[0].article.voice,
        )
        for outlet, group in outlets.items()
    )


def to_records(results: Any) -> list[dict[str, Any]]:
    """Flatten results into a list of dicts (the rows ``score``/``voices --format csv`` write): one result that
    has records (``VoicesSummary``, ``ActorTone``, ``GroupScore``, ...) or any iterable of them (``SentenceScore``,
    ``GroupScore``, ``ArticleScore``, ``TextScore``, ``ActorTone``, ``VoicesSummary``, mixed if you like).

    One dispatch: whatever has a ``to_records()`` method gives its own rows, so a new result type needs nothing here.
    """
    if callable(getattr(results, "to_records", None)):
        return list(results.to_records())
    if results is None or isinstance(results, (str, bytes, dict)) or not isinstance(results, Iterable):
        raise ArgumentTypeError(f"to_records() argument 'results' must be a result with records (VoicesSummary, "
                                f"ActorTone, ...) or a list of them, not {type(results).__name__}")
    records = []
    for item in results:
        if not callable(getattr(item, "to_records", None)):
            raise ArgumentTypeError(f"to_records() argument 'results' must hold results with records "
                                    f"(SentenceScore, GroupScore, VoicesSummary, ...), not {type(item).__name__}")
        records.extend(item.to_records())
    return records
