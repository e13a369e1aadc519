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

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from mediadiff.models import Article, InvalidArgument

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
        starts, ends = self._hidden_runs
        first = bisect_right(ends, start)  # the first hidden run ending after start: runs are sorted and apart
        if first == len(ends) or starts[first] >= end:
            return text[start:end]
        piece = list(text[start:end])
        for s, e in zip(starts[first:], ends[first:]):
            if s >= end:
                break
            s, e = max(s, start), min(e, end)
            piece[s - start : e - start] = " " * (e - s)  # a slice at a time, not a character at a time
        return "".join(piece)

    def label(self, offset: int) -> tuple[str, str | None]:
        """("own", None) or ("quoted", speaker or None) for the character at ``offset``."""
        if self.attributions is None:
            return "own", None
        bounds, speakers = self._voices
        run = bisect_right(bounds, offset) - 1
        if run < 0 or run >= len(speakers) or speakers[run] is _OWN:
            return "own", None
        return "quoted", speakers[run]  # type: ignore[return-value]

    def quoted_pieces(self, start: int, end: int) -> list[tuple[int, int, str | None]]:
        """Attributed runs inside ``[start, end)``, each with its speaker (``quoted`` voice rows): a run is cut
        where the speaker changes, so a direct quote inside another source's reported clause is its own
        speaker's piece, as ``voices`` counts its words."""
        if self.attributions is None:
            return []
        spans, ends = self._quoted
        bounds, _ = self._voices
        pieces: list[tuple[int, int, str | None]] = []
        for s, e in spans[bisect_right(ends, start):]:
            if s >= end:
                break
            s, e = max(s, start), min(e, end)
            cuts = [s, *bounds[bisect_right(bounds, s):bisect_left(bounds, e)], e]
            for a, b in zip(cuts, cuts[1:]):
                voice, speaker = self.label(a)
                if a == b or voice == "own":
                    continue
                if pieces and pieces[-1][1] == a and pieces[-1][2] == speaker:
                    pieces[-1] = (pieces[-1][0], b, speaker)  # the same speaker on both sides of a boundary
                else:
                    pieces.append((a, b, speaker))
        return pieces

    # Indexes built once per view, so a long article's sentences each look up their own spans (bisect)
    # instead of scanning every span of the article: linear in the article, not quadratic.

    @cached_property
    def _hidden_runs(self) -> tuple[list[int], list[int]]:
        """Starts and ends of ``hidden`` merged into sorted runs apart (blanking their union is the same)."""
        starts: list[int] = []
        ends: list[int] = []
        for s, e in sorted(span for span in self.hidden if span[0] < span[1]):
            if ends and s <= ends[-1]:
                ends[-1] = max(ends[-1], e)
            else:
                starts.append(s)
                ends.append(e)
        return starts, ends

    @cached_property
    def _quoted(self) -> tuple[tuple[tuple[int, int], ...], list[int]]:
        spans = self.attributions.quoted_spans()  # type: ignore[attr-defined]  # sorted by start, merged
        return spans, list(accumulate((e for _, e in spans), max))  # the farthest end so far: sorted

    @cached_property
    def _voices(self) -> tuple[list[int], list[object]]:
        """Boundaries and, for each run between two, its speaker or ``_OWN``, found by one sweep over the
        attributions. A run belongs to the narrowest attribution covering it, a direct quote first on a tie,
        the rule by which ``voices`` gives each word to one source (``voices.summary._words_given``), so a
        direct quote wins over the reported clause holding it. The speaker is named as ``voices`` names its
        sources: the actor, else the source as written in double quotes when it resolves to no single actor
        ("Both governments"), else ``None`` (no source written)."""
        items = [(a.start, a.end, a.kind == "direct", _speaker_label(a))
                 for a in self.attributions.items  # type: ignore[attr-defined]
                 if a.start < a.end]
        bounds = sorted({b for s, e, _, _ in items for b in (s, e)})
        opening: dict[int, list[int]] = {}
        for number, (s, _, _, _) in enumerate(items):
            opening.setdefault(s, []).append(number)
        active: set[int] = set()
        speakers: list[object] = []
        for bound in bounds[:-1]:
            active = {n for n in active if items[n][1] > bound}
            active.update(opening.get(bound, ()))
            if active:
                owner = min(active, key=lambda n: (items[n][1] - items[n][0], not items[n][2], n))
                speakers.append(items[owner][3])
            else:
                speakers.append(_OWN)
        return bounds, speakers


def _speaker_label(attribution) -> str | None:  # noqa: ANN001  (voices.attribution.Attribution: imported late)
    """How ``score --voice quoted`` and ``voices`` name an attribution's source (see ``VoiceView._voices``)."""
    from mediadiff.voices.summary import unresolved_source

    if attribution.speaker:
        return attribution.speaker
    written = unresolved_source(attribution)
    return f'"{written}"' if written else None


_OWN = object()  # a run no attribution covers


def check_voice(voice: str) -> None:
    if voice not in VOICES:
        raise InvalidArgument(f"voice must be one of {', '.join(VOICES)}, not {voice!r}")


def voice_view(article: Article, voice: str = "own", *, attributions: object | None = None) -> VoiceView:
    """What a score of ``article`` in ``voice`` (own, quoted or all) may read; ``attributions``: the
    article's ``voices.attribute`` result when the caller has it already (it is read once, not twice)."""
    check_voice(voice)
    if attributions is None:
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
