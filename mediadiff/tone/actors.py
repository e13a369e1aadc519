"""Tone toward actors, by outlet: how each outlet writes about each person, organisation or group.

Every mention of an actor in a body sentence (``mediadiff.voices.actor_mentions`` by default)
gets ``tone_toward`` its offsets, read from the sentence in the chosen voice: in the outlet's
``own`` voice (default) quoted and reported words are blanked first and mentions inside them
are skipped, so a row says how the outlet itself treats the actor. Actor names are merged
across articles by ``voices.corpus_names`` ("Sheinbaum" and "Claudia Sheinbaum" are one actor), from the
same names ``mediadiff voices`` reads, so both show one actor under one name.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from mediadiff.models import Article, counts_named, fields_dict
from mediadiff.tone.toward import target_tone
from mediadiff.tone.voice import voice_view

__all__ = ["ActorExample", "ActorTone", "MentionTone", "actor_tones", "mention_tones"]


@dataclass(frozen=True)
class MentionTone:
    """One mention of ``actor`` in sentence ``sentence`` of ``article_id``; ``start``/``end``
    are offsets into ``Article.raw``; ``tone`` in [-1, 1] toward the actor (``tone_toward``)."""

    article_id: str
    outlet: str
    actor: str
    text: str
    start: int
    end: int
    sentence: int
    tone: float
    label: str  # the tone-toward model's most probable class (``TargetTone.label``), not the sign of ``tone``
    kind: str = ""  # the mention's actor kind (person, organisation, group, unknown) when its finder gives one
    clause: str = ""  # the clause holding the mention, as the score read it (other voices blanked)

    def to_dict(self) -> dict[str, Any]:
        return fields_dict(self)


@dataclass(frozen=True)
class ActorExample:
    """One mention behind an ``ActorTone`` row: sentence ``sentence`` of ``article_id`` (0-based, an index of
    ``Article.sentences`` as every index of the library; ``sentence_number`` is the 1-based number the CLI and
    ``str()`` print, "004 [3]" for ``sentence`` 2), the ``mention`` as written, the ``clause`` holding it as the
    score read it (both shown: runs of whitespace and line breaks made one space), its ``tone`` toward the actor
    and ``cues``: the clause's words that carry news valence, with their valence (VADER's -4..4 scale,
    news-adjusted), the words the tone-toward model weighs most."""

    article_id: str
    sentence: int
    mention: str
    clause: str
    tone: float
    cues: tuple[tuple[str, float], ...]

    @property
    def sentence_number(self) -> int:
        """The sentence's 1-based number, as the text reports print it."""
        return self.sentence + 1

    def __str__(self) -> str:
        return f"{self.article_id} [{self.sentence_number}]"  # as ``ActorTone.examples`` and the CLI give it

    def to_dict(self) -> dict[str, Any]:
        """Every field (``sentence`` 0-based) and ``sentence_number`` (1-based, as ``examples`` print it)."""
        return {**fields_dict(self), "sentence_number": self.sentence_number,
                "cues": [{"word": w, "valence": v} for w, v in self.cues]}


@dataclass(frozen=True)
class ActorTone:
    """Tone toward one actor in one outlet's articles.

    ``tone_mean`` in [-1, 1] is the mean over mentions of ``tone_toward`` (negative is
    unfavourable to the actor); ``tone_stdev`` the population spread; shares are
    fractions of mentions by the tone-toward model's own class (its most probable one: a mention it calls
    neutral at P(pos) - P(neg) = +0.2 counts as neutral, not as VADER's band would have it); ``examples``
    the most negative and most positive mention as ``"<article> [<sentence number>]"``, numbered from 1 as the
    CLI prints them; ``example_mentions`` the same mentions as ``ActorExample`` values (article, 0-based sentence
    index and its 1-based ``sentence_number``, clause, tone and the cue words behind it)."""

    actor: str
    outlet: str
    n_mentions: int
    n_articles: int
    tone_mean: float
    tone_stdev: float
    share_negative: float
    share_neutral: float
    share_positive: float
    examples: tuple[str, ...]
    # person, organisation, group or unknown (most of its mentions', an organisation if one mention under its own
    # name reads it so); "" when the mentions give none
    kind: str = ""
    example_mentions: tuple[ActorExample, ...] = ()

    def to_records(self) -> list[dict[str, Any]]:
        record = asdict(self)
        record["examples"] = "; ".join(self.examples)
        record["example_mentions"] = " | ".join(
            f"{e}: {e.clause} ({e.tone:+.2f}; {', '.join(f'{w} {v:+.2f}' for w, v in e.cues) or 'no cue words'})"
            for e in self.example_mentions)
        return [counts_named(record)]  # mention_count, article_count

    def to_dict(self) -> dict[str, Any]:
        """Every field, ``examples`` a list of strings, ``example_mentions`` a list of dicts (``ActorExample``);
        ``to_records`` joins both for CSV."""
        return counts_named({**fields_dict(self), "example_mentions": [e.to_dict() for e in self.example_mentions]})


MentionFinder = Callable[[Article], Iterable[Any]]
# Kinds typed for want of evidence (voices.lone_names): an organisation reading of the same name wins over them.
_UNSURE = frozenset({"person", "unknown"})


def _default_mentions(article: Article) -> Iterable[Any]:
    from mediadiff.voices.attribution import actor_mentions

    return actor_mentions(article)


def mention_tones(article: Article, *, mentions: MentionFinder | None = None, voice: str = "own",
                  outlet: str | None = None, attributions: object | None = None) -> tuple[MentionTone, ...]:
    """``tone_toward`` every actor mention of ``article``'s body, in ``voice`` (own, quoted or all).

    ``mentions(article)`` yields objects with ``actor``, ``text``, ``start`` and ``end``
    (offsets into ``Article.raw``); the default is ``mediadiff.voices.actor_mentions``. ``attributions``:
    the article's ``voices.attribute`` result, when the caller has it (else the voice is read anew)."""
    found = sorted((mentions or _default_mentions)(article), key=lambda m: m.start)
    if not found:
        return ()
    view = voice_view(article, voice, attributions=attributions)
    out = []
    for sentence in article.sentences:
        inside = [m for m in found if sentence.start <= m.start and m.end <= sentence.end]
        if not inside:
            continue
        piece = view.blank(article.raw, sentence.start, sentence.end)
        for m in inside:
            a, b = m.start - sentence.start, m.end - sentence.start
            if not piece[a:b].strip():  # the mention is in a voice this score does not read
                continue
            result = target_tone(piece, a, b)
            out.append(MentionTone(article.id, outlet or article.outlet or article.id, m.actor, m.text,
                                   m.start, m.end, sentence.index, result.value, result.label,
                                   getattr(m, "kind", "") or "", piece[result.clause_start:result.clause_end].strip()))
    return tuple(out)


def actor_tones(articles: Iterable[Article], *, mentions: MentionFinder | None = None, voice: str = "own",
                min_mentions: int = 1) -> tuple[ActorTone, ...]:
    """Actors x outlets: one row per actor and outlet with ``min_mentions`` or more mentions,
    actors with the most mentions first, then outlets in order of first appearance."""
    from mediadiff.tone.scoring import outlet_key
    from mediadiff.voices.actor_names import corpus_names, merge_actors

    if mentions is None:  # attribute each article once: its mentions, and its names for the corpus
        from mediadiff.voices.attribution import attribute

        articles = list(articles)
        results = [attribute(a) for a in articles]
        tones = [t for a, r in zip(articles, results)
                 for t in mention_tones(a, mentions=lambda _, r=r: r.mentions, voice=voice, outlet=outlet_key(a),
                                        attributions=r)]
        canonical = corpus_names(results)
    else:
        tones = [t for a in articles for t in mention_tones(a, mentions=mentions, voice=voice, outlet=outlet_key(a))]
        canonical = merge_actors([t.actor for t in tones])
    groups: dict[tuple[str, str], list[MentionTone]] = {}
    for t in tones:
        groups.setdefault((canonical.get(t.actor, t.actor), t.outlet), []).append(t)
    totals: dict[str, int] = {}
    for (actor, _), rows in groups.items():
        totals[actor] = totals.get(actor, 0) + len(rows)
    keys = sorted(groups, key=lambda k: (-totals[k[0]], k[0]))
    # One kind per actor across outlets: the one most of its mentions give, but a name one mention reads as an
    # organisation's under its own name ("The oil company Exxon said") is one in every outlet; the person and
    # unknown readings of it are for want of evidence (as ``voices`` reads them: voices.summary).
    organisations = {t.actor for t in tones if t.kind == "organisation" and canonical.get(t.actor, t.actor) == t.actor}
    kinds: dict[str, Counter[str]] = {}
    for (actor, _), rows in groups.items():
        kinds.setdefault(actor, Counter()).update(
            r.kind for r in rows if r.kind and not (actor in organisations and r.kind in _UNSURE))
    return tuple(_row(actor, outlet, groups[actor, outlet], kind=max(kinds[actor], key=kinds[actor].get, default=""))
                 for actor, outlet in keys if len(groups[actor, outlet]) >= min_mentions)


def _row(actor: str, outlet: str, rows: Sequence[MentionTone], *, kind: str = "") -> ActorTone:
    n = len(rows)
    values = [r.tone for r in rows]
    mean = sum(values) / n
    labels = [r.label for r in rows]
    low, high = min(rows, key=lambda r: r.tone), max(rows, key=lambda r: r.tone)
    chosen = [low] + ([high] if (high.article_id, high.sentence) != (low.article_id, low.sentence) else [])
    shown = tuple(_example(r) for r in chosen)
    return ActorTone(actor, outlet, n, len({r.article_id for r in rows}), mean,
                     math.sqrt(sum((v - mean) ** 2 for v in values) / n),
                     labels.count("negative") / n, labels.count("neutral") / n, labels.count("positive") / n,
                     tuple(str(e) for e in shown), kind, shown)


def _example(mention: MentionTone) -> ActorExample:
    from mediadiff.tone.sentiment import news_lexicon

    lexicon = news_lexicon()
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", mention.clause)
    mentioned = {w.lower() for w in mention.text.split()}
    cues = tuple(dict.fromkeys((w.lower(), round(lexicon[w.lower()], 2)) for w in words
                               if w.lower() in lexicon and w.lower() not in mentioned))
    shown = " ".join(mention.clause.split())  # as read, not as laid out: runs of spaces and line breaks made one
    return ActorExample(mention.article_id, mention.sentence, " ".join(mention.text.split()), shown, mention.tone, cues)
