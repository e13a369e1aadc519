"""Who gets the floor: per outlet, who is quoted, how often, with how many words and which verbs.

``voices_by_outlet(articles)`` attributes every article (``attribute``),
merges speakers across the corpus (``corpus_names``: "Sheinbaum" in one
article and "Claudia Sheinbaum" in another are one source, named as ``score --by actor`` names it) and counts, per
outlet and source: direct quotes, reported clauses, the words given to the
source (each body word counts once, for the narrowest attribution covering it:
a reported clause's words without the direct quote it holds, and overlapping
clauses share none, so the sources' words add up to the attributed words) and
the reporting verbs, neutral or loaded: each verb as often as it is written ("claimed" giving a
reported clause and the partial quote inside it is one "claim"; a quote running on in the next
paragraph under the same speaker adds no verb).
Attributions with no speaker are never guessed: those whose source is written
but resolves to no single actor ("Both governments", "Secretary Rubio and
Foreign Minister de la Fuente", "officials") are pooled by the source as
written (``source``), apart from those with no source at all, pooled under
``None`` for both (shown as "unknown").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mediadiff.models import Article, counts_named, word_starts
from mediadiff.voices.actor_names import corpus_names
from mediadiff.voices.attribution import Attribution, Attributions, attribute

UNKNOWN = "unknown"


@dataclass(frozen=True)
class SourceVoice:
    """One source in one outlet. ``speaker`` is the canonical actor name
    (``None``: attributed content whose speaker is unknown); ``source`` is the
    source as written when it names no single actor ("Both governments"), else
    ``None`` (a resolved actor, or no source at all). ``words`` =
    ``direct_words`` + ``reported_words``; ``share`` is this source's part of
    the outlet's attributed words, in [0, 1]. ``verbs`` are (lemma, count),
    most used first; ``loaded`` counts cues that are not neutral. ``written_as``: every way the articles wrote
    this source, resolved or not ("Sheinbaum", "the Mexican president"), lower-case duplicates once, in order."""

    speaker: str | None
    kind: str | None
    role: str | None
    direct: int
    reported: int
    direct_words: int
    reported_words: int
    share: float
    verbs: tuple[tuple[str, int], ...]
    loaded: int
    articles: tuple[str, ...]
    source: str | None = None
    written_as: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        return self.direct_words + self.reported_words

    @property
    def label(self) -> str:
        """The name shown for this source: the actor, the source as written in
        double quotes when it names no single actor, or "unknown" when no
        source is written at all."""
        return self.speaker or (f'"{self.source}"' if self.source else UNKNOWN)

    def to_dict(self) -> dict:
        """Every field; counts named ``*_count`` (``quote_count``, ``reported_count``, ``word_count``,
        ``direct_word_count``, ``reported_word_count``, ``loaded_verb_count``: ``models.COUNT_KEYS``)."""
        return counts_named({"speaker": self.speaker, "source": self.source, "kind": self.kind, "role": self.role,
                "quotes": self.direct, "reported": self.reported, "words": self.words,
                "direct_words": self.direct_words, "reported_words": self.reported_words, "share": round(self.share, 4),
                "verbs": dict(self.verbs), "loaded_verbs": self.loaded, "articles": list(self.articles),
                "written_as": list(self.written_as)})


@dataclass(frozen=True)
class OutletVoices:
    """The sources of one outlet, most words first. ``own_words`` are the body
    words in the outlet's own voice, ``attributed_words`` the rest."""

    outlet: str
    articles: tuple[str, ...]
    own_words: int
    attributed_words: int
    sources: tuple[SourceVoice, ...]

    def to_dict(self) -> dict:
        return counts_named({"outlet": self.outlet, "articles": list(self.articles), "own_words": self.own_words,
                             "attributed_words": self.attributed_words,
                             "sources": [s.to_dict() for s in self.sources]})


@dataclass(frozen=True)
class VoicesSummary:
    """Per-outlet sources, and each article's attributions for detail."""

    outlets: tuple[OutletVoices, ...]
    attributions: tuple[Attributions, ...]

    def to_dict(self) -> dict:
        return {"outlets": [o.to_dict() for o in self.outlets],
                "articles": [a.to_dict() for a in self.attributions]}

    def to_records(self) -> list[dict]:
        """One flat row per outlet and source (CSV)."""
        rows = []
        for outlet in self.outlets:
            for s in outlet.sources:
                row = {"outlet": outlet.outlet} | s.to_dict()
                row["verbs"] = "; ".join(f"{v} {n}" for v, n in s.verbs)
                row["articles"] = " ".join(s.articles)
                row["written_as"] = "; ".join(s.written_as)
                rows.append(row)
        return rows


def _words_given(items: Sequence[Attribution], starts: list[int]) -> list[int]:
    """How many of the article's body words (``starts``, sorted offsets) each attribution is given.

    Each word counts once, for the narrowest attribution that covers it: a direct quote inside a
    reported clause keeps its own words, and of two reported clauses that overlap ("she said that A,
    adding that B" read once whole and once from "adding") the shorter takes the words they share, so
    the sources' words add up to the outlet's attributed words."""
    owner = [-1] * len(starts)
    for k in sorted(range(len(items)), key=lambda k: (items[k].end - items[k].start, items[k].kind != "direct", k)):
        for w in range(bisect_left(starts, items[k].start), bisect_left(starts, items[k].end)):
            if owner[w] < 0:
                owner[w] = k
    counts = [0] * len(items)
    for k in owner:
        if k >= 0:
            counts[k] += 1
    return counts


def articles_names(articles: Iterable[Article]) -> dict[str, str]:
    """``corpus_names`` of ``articles``, each attributed here: the one name per actor that ``voices``,
    ``score --by actor`` and ``score --voice quoted`` show."""
    return corpus_names(attribute(article) for article in articles)


# Kinds typed for want of evidence: a person by default, or unknown (``lone_names``): an organisation elsewhere wins
_UNSURE = frozenset({"person", "unknown"})


def voices_by_outlet(articles: Iterable[Article]) -> VoicesSummary:
    """Attribute ``articles`` and pool their sources per outlet (see the module doc)."""
    articles = list(articles)
    results = [attribute(a) for a in articles]
    canonical = corpus_names(results)  # the names score --by actor shows too
    # A name one article reads as an organisation's ("investment bank Goldman Sachs") is one in every article:
    # the others typed it a person for want of evidence, not by any. Its own name only: the corpus merge may
    # join a short one to a person's ("Guardian" to "Don Guardian").
    organisations = {a.name for r in results for a in r.actors
                     if a.kind == "organisation" and canonical.get(a.name, a.name) == a.name}
    outlets: dict[str, dict] = {}
    for article, result in zip(articles, results):
        outlet = article.outlet or f"{article.id} (outlet unknown)"
        pool = outlets.setdefault(outlet, {"articles": [], "own": 0, "attributed": 0, "sources": {}})
        pool["articles"].append(article.id)
        starts = [w for sentence in article.sentences for w in _word_starts(sentence.text, sentence.start)]
        words_of = _words_given(result.items, starts)
        counted: set[int] = set()  # cue offsets whose verb is counted: one written verb, one use
        pool["attributed"] += sum(words_of)
        pool["own"] += len(starts) - sum(words_of)
        for item, n_words in zip(result.items, words_of):
            speaker = canonical.get(item.speaker, item.speaker) if item.speaker else None
            written = unresolved_source(item) if speaker is None else None
            source = pool["sources"].setdefault((speaker, written and written.lower()), {
                "written": written, "kind": "organisation" if speaker in organisations and item.speaker_kind in _UNSURE
                else item.speaker_kind, "role": item.role, "direct": 0, "reported": 0,
                "direct_words": 0, "reported_words": 0, "verbs": Counter(), "loaded": 0, "articles": [], "as": {}})
            source["role"] = source["role"] or item.role
            if speaker is None and written and source["role"] is None:  # "a White House official": still an official
                kind, source["role"] = written_role(written)
                source["kind"] = source["kind"] or kind
            if (as_written := unresolved_source(item)) is not None:
                source["as"].setdefault(as_written.lower(), as_written)
            if item.kind == "direct":
                source["direct"] += 1
                source["direct_words"] += n_words
            else:
                source["reported"] += 1
                source["reported_words"] += n_words
            if item.verb and item.verb != ":" and item.cue_start is not None and item.cue_start not in counted:
                counted.add(item.cue_start)
                source["verbs"][item.verb] += 1
                source["loaded"] += item.stance == "loaded"
            if article.id not in source["articles"]:
                source["articles"].append(article.id)
    return VoicesSummary(tuple(_outlet(name, pool) for name, pool in outlets.items()), tuple(results))


_PHRASE_END = re.compile(r"\s+(?:for|of|at|from|in|with|on|who|that|familiar|close)\b.*$", re.IGNORECASE)


# Role nouns singular in form that name a body of people ("police said", "staff said").
_COLLECTIVE_ROLES = frozenset("police staff personnel military crew clergy faculty".split())


def written_role(phrase: str) -> tuple[str | None, str | None]:
    """(kind, role) a source that names no actor gives by its head noun, when that noun is a role
    (``names.ROLE_WORDS``: "a White House official" -> ("person", "official"), "analysts" -> ("group",
    "analyst")); (None, None) for any other phrase ("Both governments", "they")."""
    from mediadiff.voices.names import ROLE_WORDS

    words = _PHRASE_END.sub("", phrase).lower().split()
    if not words:
        return None, None
    head = words[-1].strip(".,;:'’\"")
    if head in _COLLECTIVE_ROLES:  # "local police said": a body of people, singular in form
        return "group", head
    if head in ROLE_WORDS and (not head.endswith("s") or head.endswith("ss")):  # "a witness", "the boss"
        return "person", head
    single = head[:-1] if head.endswith("s") else head
    if single in ROLE_WORDS:
        return "group", single
    return None, None


def unresolved_source(item: Attribution) -> str | None:
    """The source as written of an attribution that resolved to no actor, or
    ``None`` when none is written (pooled by lower case: "The department" and
    "the department" are one row, shown as first written)."""
    return " ".join(item.source.split()) or None if item.source else None


def _word_starts(text: str, base: int) -> Iterable[int]:
    # The words `list` and `score` count, so own and attributed words add up to the article's words.
    return (base + start for start in word_starts(text))


def _outlet(name: str, pool: dict) -> OutletVoices:
    total = sum(s["direct_words"] + s["reported_words"] for s in pool["sources"].values())
    sources = [
        SourceVoice(speaker, s["kind"], s["role"], s["direct"], s["reported"], s["direct_words"],
                    s["reported_words"], (s["direct_words"] + s["reported_words"]) / total if total else 0.0,
                    tuple(sorted(s["verbs"].items(), key=lambda kv: (-kv[1], kv[0]))), s["loaded"],
                    tuple(s["articles"]), s["written"], tuple(s["as"].values()))
        for (speaker, _), s in pool["sources"].items()
    ]
    sources.sort(key=lambda s: (-s.words, s.speaker is None, s.source is None, s.label))
    return OutletVoices(name, tuple(pool["articles"]), pool["own"], pool["attributed"], tuple(sources))
