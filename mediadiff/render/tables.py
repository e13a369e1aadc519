"""Render library results as text tables, JSON, CSV or Markdown.

Renderers are plain functions from result objects to strings, so the CLI, a
notebook and the tests all get the same output. Colour is passed in, never
detected here: the CLI knows whether it writes to a terminal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mediadiff.models import Article, counts_named
from mediadiff.render.jsontext import dumps_indented
from mediadiff.render.numbers import OUTPUT_DIGITS, round_floats, signed
from mediadiff.render.safe import csv_header, csv_row
from mediadiff.render.tablefit import fit_table
from mediadiff.render.terminal import display_width, fit_lines, shorten, style, terminal_width, wrap

JSON_INDENT = 2


def to_json(data: object) -> str:
    """Stable, human-readable JSON (keys in insertion order, UTF-8 kept, floats rounded: ``round_floats``)."""
    return dumps_indented(data, indent=JSON_INDENT, default=json_default, digits=OUTPUT_DIGITS)


def json_default(value: object) -> object:
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def table(rows: Sequence[Sequence[object]], headers: Sequence[str], *, width: int | None = None,
          keep: Sequence[str] = (), prefer: Sequence[str] = (), narrow: bool = True, lead: int = 1,
          whole_words: Sequence[str] = ()) -> str:
    """A plain-text table that fits ``width`` (default: the terminal's); see ``tablefit.fit_table``."""
    return fit_table(rows, headers, width=width, keep=keep, prefer=prefer, narrow=narrow, lead=lead,
                     whole_words=whole_words)


# --- scores ---------------------------------------------------------------------------------------

SCORE_COLUMNS = (
    ("name", "row"), ("sentence_count", "sents"), ("word_count", "words"), ("sentiment_mean", "tone"),
    ("sentiment_stdev", "±sd"), ("share_negative", "neg"), ("share_neutral", "neu"), ("share_positive", "pos"),
    ("hedges_per_100_words", "hedge"), ("boosters_per_100_words", "boost"),
    ("attributions_per_100_words", "attr"), ("certainty_mean", "cert"), ("readers_sentiment", "readers"),
)
_SCORE_KEEP = tuple(header for key, header in SCORE_COLUMNS if key != "name")


def _signed(value: object) -> object:
    return signed(value) if isinstance(value, float) else value


def render_group_scores(rows: Sequence[object], *, fmt: str = "text", width: int | None = None) -> str:
    """Article / outlet / comment rows: a table that fits ``width``, JSON, or CSV (one line per row)."""
    records = [r for row in rows for r in row.to_records()]  # type: ignore[attr-defined]
    if fmt == "json":
        return to_json({"rows": records})
    if fmt == "csv":
        return to_csv(records)
    body = []
    for record in records:
        row = []
        for key, _ in SCORE_COLUMNS:
            value = record.get(key)
            if key.startswith("share_"):
                # No sentence, no share: "0%" of nothing read as "none negative, none positive".
                value = f"{value:.0%}" if record.get("sentence_count") else None
            elif key in ("sentiment_mean", "readers_sentiment") and value is not None:
                value = _signed(value)
            elif isinstance(value, float):
                value = f"{value:.2f}"
            row.append(value)
        body.append(row)
    width = terminal_width() if width is None else width
    legend = ("tone: mean news tone of the sentences in [-1, 1] (VADER adjusted for news, blended with "
              "Pattern's adjective lexicon), negative is unfavourable; "
              "hedge, boost, attr: hedges, boosters and attributions per 100 words; "
              "cert: mean sentence certainty in [0, 1], 1 is stated as plain fact; "
              "readers: the readers' tone, the mean over comments of each comment's tone (every comment "
              "counts once), never mixed into tone; a comments row shows the same number as its tone.")
    cues = [f"  {r['name']}: hedges {r['top_hedges'] or '-'} | boosters {r['top_boosters'] or '-'}"
            for r in records if r.get("top_hedges") or r.get("top_boosters")]
    readers = [f"  {r['name']}: tone {_signed(r['sentiment_mean'])}"
               for r in records if r.get("kind") == "comment"]
    lines = [table(body, [h for _, h in SCORE_COLUMNS], width=width, keep=_SCORE_KEEP), "", *wrap(legend, width), "",
             *(["Cue words that triggered the hedge and booster counts:", *cues] if cues
               else ["No hedge or booster cue words in these rows."]),
             *(["", "Reader comments and their authors:", *readers] if readers else [])]
    return "\n".join(fit_lines(lines, width))


ACTOR_COLUMNS = (("actor", "actor"), ("kind", "kind"), ("outlet", "outlet"), ("mention_count", "mentions"),
                 ("tone_mean", "tone"),
                 ("tone_stdev", "±sd"), ("share_negative", "neg"), ("share_neutral", "neu"),
                 ("share_positive", "pos"))


def render_actor_tones(rows: Sequence[object], *, fmt: str = "text", width: int | None = None) -> str:
    """Actors x outlets (``mediadiff.tone.actors.ActorTone`` rows): a table, JSON or CSV."""
    records = [r for row in rows for r in row.to_records()]  # type: ignore[attr-defined]
    if fmt == "json":
        return to_json({"actors": records})
    if fmt == "csv":
        return to_csv(records)
    body = [[f"{rec[k]:.0%}" if k.startswith("share_") else _signed(rec[k]) if k == "tone_mean"
             else f"{rec[k]:.2f}" if isinstance(rec[k], float) else rec[k] for k, _ in ACTOR_COLUMNS]
            for rec in records]
    width = terminal_width() if width is None else width
    legend = ("tone: mean over mentions of the tone toward the actor in [-1, 1] (tone_toward: the clause "
              "that mentions them, in the outlet's own voice unless --voice: P(favourable) - P(unfavourable) by the "
              "tone model), negative is unfavourable; neg, neu, pos: shares of mentions by the model's most probable "
              "class, so a row can lean negative in tone while every mention is most probably neutral (a neutral "
              "mention's tone may reach about +-0.5); JSON and CSV name the most negative and most positive mention "
              "(article [sentence]).")
    if not body:
        return "No actor mentions found."
    shown = table(body, [h for _, h in ACTOR_COLUMNS], width=width, keep=("mentions", "tone"),
                  prefer=("actor", "outlet"), lead=2)  # a row is an actor in an outlet
    return "\n".join(fit_lines([shown, "", *wrap(legend, width)], width))


def render_sentence_scores(rows: Sequence[object], *, fmt: str = "text", color: bool = False,
                           width: int | None = None) -> str:
    """Sentence rows with their cues: text with cues marked (wrapped to ``width``), JSON with spans, or CSV."""
    if fmt == "json":
        return to_json({"sentences": [_sentence_json(s) for s in rows]})
    if fmt == "csv":
        return to_csv([r for s in rows for r in s.to_records()])  # type: ignore[attr-defined]
    width = terminal_width() if width is None else width
    out = []
    for s in rows:
        where = f"{s.article_id}" + (f" comment {s.comment + 1}" if s.comment is not None else "")  # type: ignore[attr-defined]
        head = f"{where} [{s.index + 1}] {signed(s.compound)} {s.label:<8} "  # type: ignore[attr-defined]
        out.extend(wrap(mark_cues(s, color=color), width, first_indent=head, indent=" " * 6))
        if s.sentiment_words:  # type: ignore[attr-defined]
            out.extend(wrap(f"sentiment words: {', '.join(s.sentiment_words)}", width,  # type: ignore[attr-defined]
                            indent=" " * 8, first_indent=" " * 6))
    if out:  # the marks are mediadiff's, not the article's: say what they mean
        marks = ("hedges yellow, boosters magenta, attribution cues cyan" if color else
                 "⟨hedge⟩, ⟦booster⟧, «attribution cue»")
        out += ["", *wrap(f"[n]: sentence number; tone in [-1, 1], negative is unfavourable; cue words: {marks}.",
                          width)]
    return "\n".join(fit_lines(out, width))


def _sentence_json(s: object) -> dict[str, object]:
    from dataclasses import asdict

    record = counts_named(asdict(s))  # type: ignore[call-overload]
    record["cues"] = [asdict(c) for c in s.cues]  # type: ignore[attr-defined]
    return record


CUE_STYLE = {"hedge": ("⟨", "⟩", "yellow"), "booster": ("⟦", "⟧", "magenta"), "attribution": ("«", "»", "cyan")}


def mark_cues(score: object, *, color: bool = False) -> str:
    """The sentence text with each cue bracketed (⟨hedge⟩ ⟦booster⟧ «attribution») or coloured."""
    text, start = score.text, score.start  # type: ignore[attr-defined]
    pieces, cursor = [], 0
    for cue in sorted(score.cues, key=lambda c: c.start):  # type: ignore[attr-defined]
        left, right = cue.start - start, cue.end - start
        if left < cursor:
            continue
        opening, closing, colour = CUE_STYLE.get(cue.kind, ("[", "]", "white"))
        pieces.append(text[cursor:left])
        cue_text = text[left:right]
        pieces.append(style(cue_text, fg=colour, bold=True) if color else f"{opening}{cue_text}{closing}")
        cursor = right
    pieces.append(text[cursor:])
    return "".join(pieces)


def to_csv(records: Sequence[Mapping[str, object]]) -> str:
    import csv
    import io

    if not records:
        return ""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(records[0]), extrasaction="ignore", lineterminator="\n")
    writer.writerow(csv_header(writer.fieldnames))
    writer.writerows(csv_row(round_floats(record)) for record in records)
    return buffer.getvalue().rstrip("\n")


# --- events ---------------------------------------------------------------------------------------

def event_records(events: Sequence[object], articles: Mapping[str, Article]) -> list[dict[str, object]]:
    return [
        {
            "id": e.id,  # type: ignore[attr-defined]
            "label": e.label,  # type: ignore[attr-defined]
            "articles": list(e.article_ids),  # type: ignore[attr-defined]
            "members": [
                {"id": i, "outlet": articles[i].outlet, "published": articles[i].published,
                 "title": articles[i].title, "cohesion": round(e.cohesion[i], 4)}  # type: ignore[attr-defined]
                for i in e.article_ids  # type: ignore[attr-defined]
            ],
            "shared_terms": list(e.shared_terms),  # type: ignore[attr-defined]
        }
        for e in events
    ]


def event_rows(events: Sequence[object], articles: Mapping[str, Article]) -> list[dict[str, object]]:
    """One flat record per (event, member article): the CSV of ``mediadiff group``."""
    return [
        {"event": r["id"], "label": r["label"], "article_count": len(r["members"]), "id": m["id"],  # type: ignore[arg-type]
         "outlet": m["outlet"], "published": m["published"], "title": m["title"], "cohesion": m["cohesion"]}
        for r in event_records(events, articles) for m in r["members"]  # type: ignore[union-attr]
    ]


def render_events(events: Sequence[object], articles: Mapping[str, Article], *, fmt: str = "text",
                  width: int | None = None) -> str:
    """Events with their members: text that fits ``width``, JSON, or CSV (one row per member)."""
    if fmt == "csv":
        return to_csv(event_rows(events, articles))
    records = event_records(events, articles)
    if fmt == "json":
        return to_json({"groups": records})
    width = terminal_width() if width is None else width
    indent = "    "
    out = []
    known = _known_columns(records)
    for record in records:
        members = record["members"]
        out.extend(wrap(f"{record['id']}  {record['label']}  ({len(members)} article{'s' * (len(members) != 1)})",  # type: ignore[arg-type]
                        width, first_indent="", indent="    "))
        out.extend(_member_table(members, articles, width, indent=indent, known=known))  # type: ignore[arg-type]
        out.append("")
    out.extend(wrap("cohesion: mean cosine similarity of an article to the other members of its group (0-1).", width))
    return "\n".join(fit_lines(out, width))


def story_records(stories: Sequence[object], articles: Mapping[str, Article]) -> list[dict[str, object]]:
    """One record per story, its events nested (same keys as ``event_records`` plus dates)."""
    records = []
    for story in stories:
        record = event_records([story], articles)[0]
        record["first_published"] = story.first_published  # type: ignore[attr-defined]
        record["last_published"] = story.last_published  # type: ignore[attr-defined]
        events = event_records(story.events, articles)  # type: ignore[attr-defined]
        for event_record, event in zip(events, story.events, strict=True):  # type: ignore[attr-defined]
            event_record["first_published"] = event.first_published
            event_record["last_published"] = event.last_published
        record["events"] = events
        records.append(record)
    return records


def render_stories(stories: Sequence[object], articles: Mapping[str, Article], *, fmt: str = "text",
                   options: Mapping[str, object] | None = None, width: int | None = None) -> str:
    """Stories with the events inside them: text fitting ``width``, JSON (``{"options", "stories"}``) or
    CSV (one row per article: its story, its event, and the event's columns of ``event_rows``)."""
    if fmt == "csv":
        return to_csv([
            {"story": story.id, "story_label": story.label, **row}  # type: ignore[attr-defined]
            for story in stories for row in event_rows(story.events, articles)  # type: ignore[attr-defined]
        ])
    records = story_records(stories, articles)
    if fmt == "json":
        return to_json({"options": dict(options or {}), "stories": records})
    width = terminal_width() if width is None else width
    out = []
    known = _known_columns(records)
    for record in records:
        count = len(record["articles"])  # type: ignore[arg-type]
        span = _date_span(record)
        out.append(_heading(f"{record['id']}  ", str(record["label"]),
                            f"  ({count} article{'s' * (count != 1)}{span})", width))
        for event in record["events"]:  # type: ignore[union-attr]
            members = event["members"]
            out.append(_heading(f"  {event['id']}  ", str(event["label"]),
                                f"  ({len(members)} article{'s' * (len(members) != 1)}{_date_span(event)})", width))
            out.extend(_member_table(members, articles, width, indent="      ", known=known))
        out.append("")
    out.append("S1 is a story, S1.2 an event inside it; cohesion: mean cosine similarity of an article to the "
               "other members of its event (0-1).")
    return "\n".join(fit_lines(out, width))


def _heading(head: str, label: str, tail: str, width: int) -> str:
    """One line for a story or event: its id and count kept whole, its label shortened to fit (when a
    readable part of it fits; else the line is wrapped)."""
    room = width - display_width(head) - display_width(tail)
    return head + (shorten(label, room) if room >= 20 else label) + tail


def _member_table(members: Sequence[Mapping[str, object]], articles: Mapping[str, Article], width: int, *,
                  indent: str, known: Sequence[str] = ("outlet", "published")) -> list[str]:
    """The members of a group as a table that fits ``width``: id, outlet, day, cohesion, title; the outlet
    and day columns only when ``known`` names them (``_known_columns``)."""
    headers = ("id", "outlet", "published", "cohesion", "title (or first words)")
    rows = [[m["id"], m["outlet"], str(m["published"] or "")[:10] or None, f"{m['cohesion']:.2f}",
             m["title"] or articles[str(m["id"])].body] for m in members]
    shown = [k for k, h in enumerate(headers) if h not in ("outlet", "published") or h in known]
    body = table([[row[k] for k in shown] for row in rows], [headers[k] for k in shown],
                 width=width - len(indent), keep=("id", "cohesion"),
                 prefer=("title (or first words)", *(("outlet",) if "outlet" in known else ())))
    return [indent + line if line else "" for line in body.splitlines()]  # a blank line between blocks stays blank


def _known_columns(records: Sequence[Mapping[str, object]]) -> tuple[str, ...]:
    """The metadata columns some member of some group has: a corpus of plain files with no outlet or date
    showed "-" in two columns of every table and squeezed the titles to "The L…Trump…". The same columns
    for every table of one output, so its tables line up."""
    members = [m for r in records for e in r.get("events", [r]) for m in e["members"]]  # type: ignore[attr-defined]
    return tuple(column for column in ("outlet", "published") if any(m[column] for m in members))


def _date_span(record: Mapping[str, object]) -> str:
    first, last = record.get("first_published"), record.get("last_published")
    if not first:
        return ""
    first, last = str(first)[:10], str(last)[:10]
    return f", {first}" if first == last else f", {first} to {last}"
