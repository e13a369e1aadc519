"""What ``attribute`` gives: each ``Attribution`` (a span of ``Article.raw`` in someone's voice, with its source,
speaker and cue), the ``Voice`` of a span, and ``Attributions``, every attribution of one article with its actors."""

from __future__ import annotations

from dataclasses import dataclass

from mediadiff.models import count_words, counts_named
from mediadiff.voices.actors import Actor, ActorMention

__all__ = ["OWN", "Attribution", "Attributions", "Voice"]


@dataclass(frozen=True)
class Attribution:
    """Attributed content: ``text`` at ``[start, end)`` of ``Article.raw``.

    ``kind`` is ``direct`` (the words inside quote marks) or ``reported`` (a
    clause given to a source without quote marks; it may hold a partial
    direct quote). ``source`` is the source as written ("she", "the
    department"), ``speaker`` the actor it resolves to, ``None`` when unknown.
    ``cue`` is the reporting verb or phrase; ``stance`` is ``neutral`` or
    ``loaded`` (see ``data/reporting_verbs.tsv``). ``closed`` is False for a
    direct quote whose closing mark is missing.
    """

    kind: str
    text: str
    start: int
    end: int
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    speaker: str | None = None
    speaker_kind: str | None = None
    role: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    verb: str | None = None
    stance: str | None = None
    connotation: str | None = None
    paragraphs: int = 1
    closed: bool = True

    @property
    def n_words(self) -> int:
        return count_words(self.text)

    def to_dict(self) -> dict:
        # paragraphs and words are counts: paragraph_count, word_count (models.COUNT_KEYS)
        return counts_named({k: getattr(self, k) for k in self.__dataclass_fields__} | {"words": self.n_words})


@dataclass(frozen=True)
class Voice:
    """Whose voice a span is: ``own`` (the outlet's) or quoted, with the speaker."""

    own: bool
    speaker: str | None = None
    kind: str | None = None

    @property
    def label(self) -> str:
        return "own" if self.own else f"quoted: {self.speaker or 'unknown'}"

    def to_dict(self) -> dict:
        return {"voice": "own" if self.own else "quoted", "speaker": self.speaker, "kind": self.kind}


OWN = Voice(True)


@dataclass(frozen=True)
class Attributions:
    """Every attribution of one article, in order, and the actors it names."""

    article_id: str
    items: tuple[Attribution, ...]
    actors: tuple[Actor, ...]
    mentions: tuple[ActorMention, ...]
    # Quoted words with no source near: scare quotes, titles, nicknames; the outlet's own voice.
    unattributed: tuple[tuple[int, int], ...] = ()

    def __iter__(self):
        return iter(self.items)

    def to_records(self) -> list[dict]:
        """One flat row per attribution (``Attribution.to_dict``), the article's id first."""
        return [{"article": self.article_id, **item.to_dict()} for item in self.items]

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index):  # attribute(article)[0] and slices, as a tuple of the items reads
        return self.items[index]

    @property
    def direct(self) -> tuple[Attribution, ...]:
        return tuple(a for a in self.items if a.kind == "direct")

    @property
    def reported(self) -> tuple[Attribution, ...]:
        return tuple(a for a in self.items if a.kind == "reported")

    def voice_at(self, offset: int) -> Voice:
        """Whose voice the character at ``offset`` of ``Article.raw`` is: the narrowest attribution covering it, a
        direct quote first on a tie (it wins over the reported clause that holds it), as ``voices`` gives a word."""
        covering = [a for a in self.items if a.start <= offset < a.end]
        best = min(covering, key=lambda a: (a.end - a.start, a.kind != "direct"), default=None)
        return OWN if best is None else Voice(False, best.speaker, best.kind)

    def voice_of(self, start: int, end: int) -> Voice:
        """The voice of most characters of ``[start, end)``."""
        counts: dict[Voice, int] = {}
        for offset in range(start, end):
            voice = self.voice_at(offset)
            counts[voice] = counts.get(voice, 0) + 1
        return max(counts.items(), key=lambda kv: kv[1])[0] if counts else OWN

    def quoted_spans(self) -> tuple[tuple[int, int], ...]:  # merged ranges of attributed content (not own voice)
        merged: list[list[int]] = []
        for s, e in sorted((a.start, a.end) for a in self.items):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        return tuple((s, e) for s, e in merged)

    def to_dict(self) -> dict:
        return {"article": self.article_id, "attributions": [a.to_dict() for a in self.items],
                "actors": [a.to_dict() for a in self.actors]}
