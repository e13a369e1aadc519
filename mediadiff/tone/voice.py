"""Scoring by voice: the outlet's own words apart from the words it attributes to others.

``voice_view(article, voice)`` says which characters of each body sentence a
score may read: ``own`` hides attributed content (direct quotes and reported
speech, from ``mediadiff.voices.attribute``), ``quoted`` hides the outlet's
own words, ``all`` hides nothing. Hidden characters are blanked to spaces
before sentiment and cue counting, so offsets stay those of ``Article.raw``
and a booster inside a quote ("made clear") is never the outlet's. ``label``
says whose voice any character is, for every cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mediadiff.models import Article

VOICES = ("own", "quoted", "all")


@dataclass(frozen=True)
class VoiceView:
    """Which characters a score reads. ``hidden`` are half-open ranges of
    ``Article.raw`` blanked before scoring; ``attributions`` (``None`` for
    ``all`` on an article with no attribution) tell whose voice a character is."""

    voice: str
    hidden: tuple[tuple[int, int], ...]
    attributions: object | None = None

    def blank(self, text: str, start: int, end: int) -> str:
        """``text[start:end]`` with hidden characters replaced by spaces."""
        piece: list[str] | None = None
        for s, e in self.hidden:
            s, e = max(s, start), min(e, end)
            if s < e:  # a slice at a time, not a character at a time
                piece = piece or list(text[start:end])
                piece[s - start : e - start] = " " * (e - s)
        return text[start:end] if piece is None else "".join(piece)

    def label(self, offset: int) -> tuple[str, str | None]:
        """("own", None) or ("quoted", speaker or None) for the character at ``offset``."""
        if self.attributions is None:
            return "own", None
        voice = self.attributions.voice_at(offset)  # type: ignore[attr-defined]
        return ("own", None) if voice.own else ("quoted", voice.speaker)

    def quoted_pieces(self, start: int, end: int) -> list[tuple[int, int, str | None]]:
        """Attributed runs inside ``[start, end)`` with their speaker (``quoted`` voice rows)."""
        if self.attributions is None:
            return []
        pieces: list[tuple[int, int, str | None]] = []
        for s, e in self.attributions.quoted_spans():  # type: ignore[attr-defined]
            s, e = max(s, start), min(e, end)
            if s < e:
                pieces.append((s, e, self.label(s)[1]))
        return pieces


def voice_view(article: Article, voice: str = "own") -> VoiceView:
    """What a score of ``article`` in ``voice`` (own, quoted or all) may read."""
    if voice not in VOICES:
        raise ValueError(f"voice must be one of {', '.join(VOICES)}, not {voice!r}")
    from mediadiff.voices.attribution import attribute

    attributions = attribute(article)
    quoted = attributions.quoted_spans()
    if voice == "all":
        return VoiceView(voice, (), attributions)
    if voice == "own":
        return VoiceView(voice, quoted, attributions)
    return VoiceView(voice, _complement(quoted, 0, len(article.raw)), attributions)


def _complement(spans: Sequence[tuple[int, int]], start: int, end: int) -> tuple[tuple[int, int], ...]:
    out, position = [], start
    for s, e in spans:
        if s > position:
            out.append((position, s))
        position = max(position, e)
    if position < end:
        out.append((position, end))
    return tuple(out)
