"""Attribution over a whole article body: whose voice each span is.

``attribute(article)`` divides the body into the outlet's own voice and attributed content: direct quotes (any
quote marks, over several sentences or paragraphs, partial quotes inside narration) and reported speech ("X said
that ...", "according to X", "X told Bloomberg ..."). Each ``Attribution`` has the source as written, the actor it
resolves to (``None`` when nobody can be named: never a guess), the cue, and offsets into ``Article.raw``.

How a quote finds its speaker, in order: a cue right after it ("…,” she said), a cue earlier in its sentence
whose clause holds it ("said that “…”"), a cue after it past other quotes ("“A,” and “B,” Trump said"), a sentence
ending in a colon before it, the named subject opening its clause ("Cruz coached his rival to “breathe”"), then the
news convention that a paragraph opening with an unattributed quote continues the speaker of the quote before it.
A one-word quote with none of these, or a title in title case, is the outlet's own words. A paragraph after "X
said:" with no quote marks is X's, reported (``block_quotes``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from mediadiff.corpus.params import MAX_SENTENCE_CHARS
from mediadiff.models import Article, per_article
from mediadiff.voices.actors import Actor, ActorMention, ActorRegistry, read_actors
from mediadiff.voices.attributed import Attribution, Attributions, Voice
from mediadiff.voices.block_quotes import block_quote
from mediadiff.voices.conjoined import before_next_report
from mediadiff.voices.cues import Cue, find_cues
from mediadiff.voices.introductions import colon_before, label_cue, quoting_subject, subject_cue, trailing_cue
from mediadiff.voices.lone_names import typed_by_evidence
from mediadiff.voices.params import CONTINUATION_PARAGRAPHS, MIN_WORDS_UNATTRIBUTED, QUOTING_SUBJECT
from mediadiff.voices.parentheticals import around_parenthetical
from mediadiff.voices.quotemarks import QuoteSpan, is_title, mask_quoted, quote_spans, starting_between, within_marks
from mediadiff.voices.resolution import register_source, resolve

__all__ = ["Attribution", "Attributions", "Voice", "attribute", "actor_mentions"]


def _paragraphs(article: Article) -> list[tuple[int, int]]:
    bounds: dict[int, list[int]] = {}
    for s in article.sentences:
        bounds.setdefault(s.paragraph, [s.start, s.end])[1] = s.end
    return [tuple(b) for b in bounds.values()]


def _units(article: Article, quotes: tuple[QuoteSpan, ...]) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of sentence runs no quote crosses; a quote over
    two paragraphs is cut at the paragraph, each part then found in its own. More text set aside between two
    sentences than a sentence may hold ends a run too: joined over it, a long line's run held every quote and cue
    of the text set aside, quadratic (240 KB of a repeated sentence: 9 minutes; bench/results/hardening.md)."""
    units: list[list[int]] = []
    inside_quote = within_marks(quotes)
    for s in article.sentences:
        if units and units[-1][2] == s.paragraph and s.start - units[-1][1] <= MAX_SENTENCE_CHARS and (
                inside_quote(s.start) or _ATTRIBUTION_FOLLOWS.search(article.raw[units[-1][0]:units[-1][1]])):
            units[-1][1] = s.end
        else:
            units.append([s.start, s.end, s.paragraph])
    return [tuple(u) for u in units]


@dataclass
class _State:
    registry: ActorRegistry
    last_speaker: Actor | None = None
    last_direct: Attribution | None = None
    last_paragraph: int = -1
    speakers: dict = field(default_factory=dict)
    unit_start: int | None = None
    previous_unit_start: int | None = None


def _attribution(kind: str, raw: str, start: int, end: int, cue: Cue | None, state: _State,
                 **extra) -> Attribution:
    if cue is None:
        return Attribution(kind, raw[start:end], start, end, **extra)
    actor = _speaker_of(cue, state)
    if actor is not None and cue.source_start is not None and not state.registry.by_position.names_span(
            cue.source_start, cue.source_end or cue.source_start, actor.name):
        state.registry.mentions.append(ActorMention(actor.name, actor.kind, actor.role, cue.source or "",
                                                    cue.source_start, cue.source_end or cue.source_start))
    return Attribution(
        kind, raw[start:end], start, end, source=cue.source, source_start=cue.source_start,
        source_end=cue.source_end, speaker=actor.name if actor else None,
        speaker_kind=actor.kind if actor else None, role=(actor.role if actor else None) or cue.role,
        **(dict(cue=cue.text, cue_start=cue.start, cue_end=cue.end, verb=cue.entry.verb, stance=cue.entry.stance,
                connotation=cue.entry.connotation) if cue.text else {}), **extra)


def _speaker_of(cue: Cue, state: _State, unit_cues: list[Cue] = ()) -> Actor | None:
    """The actor of a cue's source, resolved once, in reading order: each
    resolved speaker becomes the antecedent "he"/"she" prefers next; a "he"/"she"
    inside the clause another cue reports is that cue's speaker ("Benjamin said he believes")."""
    key = (cue.start, cue.source_start)
    if key not in state.speakers:
        actor = _reporter(cue, state, unit_cues) or resolve(
            state.registry, cue.source or "", cue.source_start or cue.start, last_speaker=state.last_speaker,
            sentence_start=state.unit_start, previous_start=state.previous_unit_start)
        state.speakers[key] = actor
        if actor is not None:
            state.last_speaker = actor
    return state.speakers[key]


def _reporter(cue: Cue, state: _State, unit_cues: list[Cue]) -> Actor | None:
    pronoun = (cue.source or "").lower()
    for outer in unit_cues if pronoun in {"he", "she"} and cue.source_start is not None else ():
        if outer.content_start is not None and outer.content_start <= cue.source_start < outer.content_end:
            actor = state.speakers.get((outer.start, outer.source_start))
            if actor is not None and actor.kind == "person" and state.registry.agrees(actor, pronoun):
                return actor
    return None


def _cue_for_quote(q: QuoteSpan, cues: list[Cue], masked: str, unit_start: int) -> Cue | None:
    """The cue a quote belongs to within its sentence run (see the module doc)."""
    for cue in cues:  # right after: "…,” she said / "…,” said Trump
        first = min(cue.start, cue.source_start if cue.source_start is not None else cue.start)
        if first >= q.outer_end and not masked[q.outer_end:first].strip(" ,.;:!?—–-\n'`"):
            return cue
    before = [c for c in cues if c.end <= q.outer_start]
    if before:
        cue = before[-1]
        if cue.content_start is None or cue.content_start <= q.outer_start:
            return cue
    for cue in cues:  # "the race “is a dead heat,” as Cruz said"
        first = min(cue.start, cue.source_start if cue.source_start is not None else cue.start)
        if first >= q.outer_end and masked[q.outer_end:first].strip(" ,.;:!?—–-\n'`") == "as":
            return cue
    for cue in cues:  # inside the clause a later cue reports: "Leaders became more “conversant” …, Ban said"
        if cue.content_start is not None and cue.content_start <= q.outer_start and q.outer_end <= cue.content_end + 2:
            return cue
    for cue in cues:  # past other quotes: "“A,” and “B,” Trump said"
        first = min(cue.start, cue.source_start if cue.source_start is not None else cue.start)
        if first >= q.outer_end:
            between = masked[q.outer_end:first]
            if not between.replace("~", "").strip(" ,.;:!?—–-\n“”\"‘’'and"):
                return cue
    return trailing_cue(masked, unit_start, q.outer_start, q.outer_end, cues)  # "“…” about it, said X"


@per_article  # read once per Article object: score, voices, actor tones and compare's quotes each ask for it
def attribute(article: Article) -> Attributions:
    """Attributions of ``article``'s body, in reading order (see the module doc); read once per ``Article``."""
    raw = article.raw
    quotes = quote_spans(raw, _paragraphs(article), [(s.start, s.end) for s in article.sentences])
    masked = mask_quoted(raw, quotes)
    registry = read_actors(article, masked=masked)
    state = _State(registry)
    items: list[Attribution] = []
    unattributed: list[tuple[int, int]] = []
    introduced_by: Cue | None = None
    introduced_by_paragraph = -1
    quotes_starting = starting_between(quotes)
    for start, end, paragraph in (units := _units(article, quotes)):
        addressed: list[Cue] = []  # "Mr. Trump was asked about it": no source, but the floor is his next
        cues = find_cues(masked, start, end, addressed=addressed)
        state.previous_unit_start, state.unit_start = state.unit_start, start
        inside = quotes_starting(start, end)
        if (block := block_quote(introduced_by, introduced_by_paragraph, masked, raw, units, start, paragraph)):
            items.append(_attribution("reported", raw, *block, introduced_by, state))
        for cue in sorted(cues + addressed, key=lambda c: c.start) if addressed else cues:
            register_source(registry, cue)
            _speaker_of(cue, state, cues)
        for q in inside:
            cue = _cue_for_quote(q, cues, masked, start) or _cue_after_paragraphs(q, units, paragraph, masked, state)
            if cue is None and introduced_by is not None and (introduced_by.text or q is inside[0] and
                                                               introduced_by_paragraph == paragraph):
                cue = introduced_by
            if cue is None:  # "John McCain: Anger Appeals to ‘Bad Angels’": a known actor labels the sentence
                cue = label_cue(masked, start, q.outer_start, known=lambda s, at: resolve(registry, s, at)) \
                    or colon_before(masked, start, q.outer_start)
            if cue is None and QUOTING_SUBJECT and not is_title(raw[q.start:q.end]):
                cue = quoting_subject(masked, start, q.outer_start, evidence=registry.evidence)
            item = None
            if cue is not None:
                item = _attribution("direct", raw, q.start, q.end, cue, state, paragraphs=q.paragraphs,
                                    closed=q.closed)
            elif _continues(q, start, paragraph, state, masked) or _joined(q, state.last_direct, masked):
                item = replace(state.last_direct, kind="direct", text=raw[q.start:q.end], start=q.start, end=q.end,
                               source_start=None, source_end=None, cue_start=None, cue_end=None,
                               paragraphs=q.paragraphs, closed=q.closed)  # the same speech act runs on
            elif len(raw[q.start:q.end].split()) >= MIN_WORDS_UNATTRIBUTED and not is_title(raw[q.start:q.end]):
                item = Attribution("direct", raw[q.start:q.end], q.start, q.end, paragraphs=q.paragraphs,
                                   closed=q.closed)
            else:
                unattributed.append((q.start, q.end))
            if item is not None:
                items.append(item)
                state.last_direct, state.last_paragraph = item, paragraph
                if item.speaker:
                    state.last_speaker = registry.actors.get(item.speaker)
        ended = (before_next_report(c, cues, masked, inside, raw) for c in cues)  # at a quote, at another report
        for cue in (around_parenthetical(c, masked, start, end) for c in ended):
            if cue.content_start is not None and _own_words(masked, cue, inside) >= 2:
                items.append(_attribution("reported", raw, cue.content_start, cue.content_end, cue, state))
                if not inside:  # "X said that ...", then a paragraph of quote: X's words run on
                    state.last_direct, state.last_paragraph = items[-1], paragraph
                actor = items[-1].speaker
                if actor:
                    state.last_speaker = registry.actors.get(actor)
                    if STATEMENT.search(masked[start:end]):
                        registry.statements.append((cue.start, actor))
        _give_floor(addressed, cues, state)
        tail, introduced_by_paragraph = masked[start:end].rstrip(), paragraph
        introduced_by = cues[-1] if cues and tail.endswith(":") else None
        if not cues and not inside:
            introduced_by = subject_cue(masked, start, end)
    items.sort(key=lambda a: (a.start, a.kind != "reported"))
    mentions = sorted(registry.mentions, key=lambda m: m.start)
    items, actors, mentions = typed_by_evidence(article, items, tuple(registry.actors.values()), mentions, registry)
    return Attributions(article.id, tuple(items), actors, tuple(mentions), tuple(unattributed))


def _cue_after_paragraphs(q: QuoteSpan, units: list[tuple[int, int, int]], paragraph: int, masked: str,
                          state: _State) -> Cue | None:
    """The cue right after a quote that runs over paragraphs, in the sentence run where it closes, resolved
    there ("…,” she said": her sentence's subject): news style opens each paragraph of a long quote with a
    mark and names the speaker after its last ('“A. ¶ “B,” said Carl Mott'), so the speaker is there, not
    the speaker before. Only when no cue comes before the quote in its paragraph ('…,” Moore said. “A. ¶
    “B,” added Clyburn' has lost a closing mark: A is Moore's)."""
    if q.paragraphs == 1:
        return None
    opening = next(u[0] for u in units if u[2] == paragraph)
    at = next((k for k, u in enumerate(units) if u[0] <= q.outer_end <= u[1]), None)
    if at is None or find_cues(masked, opening, q.outer_start):
        return None
    start, end, _ = units[at]
    cue = next((c for c in find_cues(masked, start, end) if min(c.start, c.source_start or c.start) >= q.outer_end
                and not masked[q.outer_end:min(c.start, c.source_start or c.start)].strip(" ,.;:!?—–-\n'`")), None)
    if cue is not None:
        register_source(state.registry, cue)
        here = state.previous_unit_start, state.unit_start
        state.previous_unit_start, state.unit_start = units[at - 1][0] if at else None, start
        _speaker_of(cue, state)
        state.previous_unit_start, state.unit_start = here
    return cue


# A quote ending in "?", "!" or "," before its closing mark: the sentence splitter
# cut before the attribution that follows ("“Why?” Mrs. Clinton asked.").
_ATTRIBUTION_FOLLOWS = re.compile(r"[?!,](?:''|[”\"’'])\s*$")
STATEMENT = re.compile(r"\b(?:statement|communiqu[ée]|readout|release)\b")


def _own_words(masked: str, cue: Cue, quotes: list[QuoteSpan]) -> int:
    """Words of a reported clause outside its direct quotes: a clause that is
    only a quote is the quote's, not reported speech of its own."""
    return sum(1 for w in masked[cue.content_start:cue.content_end].split() if "~" not in w)


def _give_floor(addressed: list[Cue], cues: list[Cue], state: _State) -> None:
    """"Rubio was asked by Baker whether ...": the person asked by someone named answers next, whoever
    spoke in the sentence ("... he said" after it is Rubio, not Baker)."""
    for cue in addressed:
        actor = state.speakers.get((cue.start, cue.source_start))
        if actor is not None and actor.kind == "person" and any(c.start == cue.start for c in cues):
            state.last_speaker = actor


def _joined(q: QuoteSpan, prev: Attribution | None, masked: str) -> bool:
    """"“A,” and “B”": a quote joined to the one before it shares its source."""
    if prev is None or prev.end > q.start or q.start - prev.end > 12:
        return False
    return not masked[prev.end:q.outer_start].strip(" ,;”\"’'\n").replace("and", "").replace("or", "").strip()


def _continues(q: QuoteSpan, unit_start: int, paragraph: int, state: _State, masked: str) -> bool:
    """An unattributed quote continues the last speaker when its paragraph is
    the next one and it opens its sentence run, or it shares the paragraph."""
    prev = state.last_direct
    if prev is None or prev.speaker is None and prev.source is None:
        return False
    opens_run = not masked[unit_start:q.outer_start].strip(" \n'`(")
    near = paragraph - state.last_paragraph <= CONTINUATION_PARAGRAPHS
    return opens_run and near


def actor_mentions(article: Article) -> tuple[ActorMention, ...]:
    """Mentions of people and organisations in ``article``'s body, in reading order, each with the canonical actor
    it resolves to ("Sheinbaum" and "President Sheinbaum" -> "Claudia Sheinbaum"); the sources of attributions
    ("she", "the department") are included when they resolve to an actor."""
    return attribute(article).mentions
