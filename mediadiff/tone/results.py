"""The results of tone scoring: frozen dataclasses, each with ``to_records()``.

Units and directions are in ``mediadiff.tone.scoring``'s docstring.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any

from mediadiff.models import count_key, counts_named, fields_dict
from mediadiff.tone.certainty import CertaintyCue, frozen_instance
from mediadiff.tone.lazy import build_on_read

__all__ = ["ArticleScore", "Cue", "GroupScore", "SentenceScore", "TextScore", "frozen_instance", "new_cue",
           "new_sentence_score"]


@dataclass(frozen=True, slots=True)
class Cue:
    """A hedge, booster, attribution or tone cue: ``text`` at ``[start, end)`` of the
    scored text. ``weight`` in [0, 1] is how reliably it marks its ``kind``; for
    ``kind="tone"`` it is the word's valence on VADER's -4..4 scale (news-adjusted).
    ``voice``: ``own`` or ``quoted`` (``speaker`` then names the source as ``voices`` does: the actor,
    the source as written in double quotes when it names no single actor, ``None`` when none is written)."""

    kind: str
    text: str
    start: int
    end: int
    weight: float
    voice: str = "own"
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return fields_dict(self)


# A cue's slots set one by one: equal to Cue(...), without the dataclass __init__ (object.__setattr__ per
# field), and slots take a quarter of the memory of a per-instance dict: scores keep every cue.
_CUE_SLOTS = tuple(getattr(Cue, f.name).__set__ for f in fields(Cue))  # in field order


def new_cue(kind: str, text: str, start: int, end: int, weight: float, voice: str = "own",
            speaker: str | None = None) -> Cue:
    """``Cue(kind, text, start, end, weight, voice, speaker)``, built faster (scoring makes one per cue word)."""
    cue = object.__new__(Cue)
    set_kind, set_text, set_start, set_end, set_weight, set_voice, set_speaker = _CUE_SLOTS
    set_kind(cue, kind)
    set_text(cue, text)
    set_start(cue, start)
    set_end(cue, end)
    set_weight(cue, weight)
    set_voice(cue, voice)
    set_speaker(cue, speaker)
    return cue


@dataclass(frozen=True, slots=True)
class SentenceScore:
    """Tone and stance of one sentence; ``start``/``end`` are offsets into the
    scored text. ``comment`` is the 0-based comment number for reader comments,
    ``None`` for body sentences.

    - ``compound``: the tone in [-1, 1]; ``label``: negative, neutral or positive.
    - ``tone_cues``: the words behind the tone, each a ``Cue`` with its offsets and valence.
    - ``cues``: the hedges, boosters and attribution verbs (``kind``: hedge, booster, attribution; ``cues_of``);
      ``hedged`` and ``hedge_score`` are read from the hedges.
    - ``certainty`` in [0, 1] and ``certainty_cues``: the graded certainty and the words that lowered or
      raised it.
    - ``sentiment_words``: the same tone reading as text for people, one line a word, with what each
      source gave it and the words left out and why ("party (ignored: topic word ...)"); a word two
      sources rate shows once per source. Programs read ``tone_cues``.
    - ``voice``: ``own`` (the outlet's words), ``quoted`` or ``all``; ``speaker``: whose quoted words.
    """

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

    def to_dict(self) -> dict[str, Any]:
        """Every field, nested: cues as lists of dicts (``to_records`` flattens them for CSV); ``n_words`` is
        ``word_count`` (``models.COUNT_KEYS``)."""
        return counts_named(fields_dict(self))

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict; cue lists become ``"; "``-joined strings."""
        # the flat fields by name (dataclasses.asdict would first copy every cue, then drop them), read from
        # the instance's dict in one call: a record per sentence of a corpus
        record = dict(zip(_FLAT_SENTENCE_KEYS, _flat_values(self)))
        texts: dict[str, list[str]] = {"hedge": [], "booster": [], "attribution": []}
        for cue in self.cues:
            if cue.kind in texts:
                texts[cue.kind].append(cue.text)
        for kind, found in texts.items():
            record[f"{kind}_cues"] = "; ".join(found)
        record["sentiment_words"] = "; ".join(self.sentiment_words)
        # the cues' rows while they are kept deferred (tone.lazy): a record needs no cue object
        kept = _certainty_cues_kept(self)
        pairs = [(row[1], row[4]) for row in kept[1]] if kept and kept[0].__class__ is str \
            else [(c.text, c.weight) for c in kept]
        record["certainty_cues"] = "; ".join(f"{text} ({weight:+.2f})" for text, weight in pairs)
        return [record]


_FLAT_SENTENCE_FIELDS = tuple(f.name for f in fields(SentenceScore)
                              if f.name not in ("cues", "sentiment_words", "certainty_cues", "tone_cues"))
_FLAT_SENTENCE_KEYS = tuple(map(count_key, _FLAT_SENTENCE_FIELDS))  # n_words -> word_count
_flat_values = attrgetter(*_FLAT_SENTENCE_FIELDS)
_SENTENCE_SLOTS = tuple(getattr(SentenceScore, f.name).__set__ for f in fields(SentenceScore))  # in field order
_certainty_cues_kept = SentenceScore.certainty_cues.__get__  # the slot itself, before build_on_read wraps it
# scoring may store the tone and certainty cues deferred: the objects are built on the first read (tone.lazy)
build_on_read(SentenceScore, "tone_cues", "certainty_cues")


def new_sentence_score(
    article_id: str | None, index: int, text: str, start: int, end: int, compound: float, label: str,
    cues: tuple[Cue, ...], sentiment_words: tuple[str, ...], hedged: bool, hedge_score: float, n_words: int,
    comment: int | None, certainty: float, certainty_cues: tuple[CertaintyCue, ...], voice: str,
    speaker: str | None, tone_cues: Any,
) -> SentenceScore:
    """``SentenceScore(...)`` (every field, in field order), built slot by slot: faster than the dataclass
    __init__, and slots take a third of the memory of a per-instance dict (a score per sentence of a corpus).
    ``tone_cues`` may be deferred (``tone.lazy.deferred``): its cues are built when first read."""
    score = object.__new__(SentenceScore)
    # one setter call per slot, written out: a third faster than a loop over the setters, even one in C
    (set_article_id, set_index, set_text, set_start, set_end, set_compound, set_label, set_cues,
     set_sentiment_words, set_hedged, set_hedge_score, set_n_words, set_comment, set_certainty,
     set_certainty_cues, set_voice, set_speaker, set_tone_cues) = _SENTENCE_SLOTS
    set_article_id(score, article_id)
    set_index(score, index)
    set_text(score, text)
    set_start(score, start)
    set_end(score, end)
    set_compound(score, compound)
    set_label(score, label)
    set_cues(score, cues)
    set_sentiment_words(score, sentiment_words)
    set_hedged(score, hedged)
    set_hedge_score(score, hedge_score)
    set_n_words(score, n_words)
    set_comment(score, comment)
    set_certainty(score, certainty)
    set_certainty_cues(score, certainty_cues)
    set_voice(score, voice)
    set_speaker(score, speaker)
    set_tone_cues(score, tone_cues)
    return score


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
        """One flat dict; top-cue tuples become ``"; "``-joined strings; counts are ``*_count``
        (``sentence_count``, ``word_count``, ``hedge_count``, ..., ``article_count``, ``comment_count``)."""
        record = {f.name: getattr(self, f.name) for f in fields(self)}  # every field is flat or a tuple of str
        for key in ("top_hedges", "top_boosters", "top_attributions"):
            record[key] = "; ".join(record[key])
        return [counts_named(record)]

    def to_dict(self) -> dict[str, Any]:
        """Every field, the top-cue tuples as lists (``to_records`` joins them for CSV), counts as in ``to_records``."""
        return counts_named(fields_dict(self))


@dataclass(frozen=True)
class TextScore:
    """Scores of a plain text: its sentences and their aggregate."""

    sentences: tuple[SentenceScore, ...]
    aggregate: GroupScore

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per sentence."""
        return [r for s in self.sentences for r in s.to_records()]

    def to_dict(self) -> dict[str, Any]:
        """``sentences`` (each ``SentenceScore.to_dict``) and ``aggregate``."""
        return fields_dict(self)


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
    # Scored in the quoted voice: every actor name its attribution gives (``voices.actor_names.attribution_names``),
    # so ``source_scores`` names each source as ``voices`` does without attributing the article again.
    actor_names: tuple[str, ...] = field(default=(), repr=False)

    def to_records(self) -> list[dict[str, Any]]:
        """Group rows: the article, its comments as a whole, then each comment."""
        rows = [self.article] + ([self.comments] if self.comments else []) + list(self.comment_scores)
        return [r for g in rows for r in g.to_records()]

    def to_dict(self) -> dict[str, Any]:
        """Every field but ``actor_names``, nested: the sentences, the article's and comments' aggregates."""
        out = fields_dict(self)
        out.pop("actor_names", None)
        return out
