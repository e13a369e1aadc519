"""Render library results as text tables, JSON, CSV or Markdown.

Renderers are plain functions from result objects to strings, so the CLI, a
notebook and the tests all get the same output. Colour is passed in, never
detected here: the CLI knows whether it writes to a terminal.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence

from mediadiff.models import Article
from mediadiff.render.numbers import round_floats
from mediadiff.render.safe import csv_header, csv_row
from mediadiff.render.terminal import fit_lines, fit_table, shorten, style, terminal_width, wrap

JSON_INDENT = 2


def to_json(data: object) -> str:
    """Stable, human-readable JSON (keys in insertion order, UTF-8 kept, floats rounded: ``round_floats``)."""
    return json.dumps(round_floats(data), indent=JSON_INDENT, ensure_ascii=False, default=json_default)


def json_default(value: object) -> object:
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def table(rows: Sequence[Sequence[object]], headers: Sequence[str], *, width: int | None = None,
          keep: Sequence[str] = (), prefer: Sequence[str] = ()) -> str:
    """A plain-text table that fits ``width`` (default: the terminal's); see ``terminal.fit_table``."""
    return fit_table(rows, headers, width=width, keep=keep, prefer=prefer)


def article_record(article: Article) -> dict[str, object]:
    """The metadata of an article as one flat record (the row of ``mediadiff list``)."""
    return {
        "id": article.id,
        "outlet": article.outlet,
        "wire": article.wire,
        "title": article.title,
        "published": article.published,
        "sections": list(article.sections),
        "sentences": len(article.sentences),
        "comments": len(article.comments),
        "words": article.word_count,
        "url": article.url,
        "path": article.path,
        "metadata_source": dict(article.metadata_source),
    }


LIST_COLUMNS = ("id", "outlet", "wire", "title", "published", "sections", "sentences", "comments", "words")
_LIST_HEADERS = ("id", "outlet", "wire", "title", "published", "sections", "sents", "comments", "words")
# Columns that never shrink: ids and counts are useless cut short.
_LIST_KEEP = ("id", "sents", "comments", "words")


def render_list(articles: Iterable[Article], *, fmt: str = "text", width: int | None = None) -> str:
    """One row per article: a table that fits ``width`` (titles shortened with "…"), JSON or CSV."""
    records = [article_record(a) for a in articles]
    if fmt == "json":
        return to_json({"articles": records})
    if fmt == "csv":
        return to_csv([{**r, "sections": "; ".join(r["sections"]),  # type: ignore[arg-type]
                        "metadata_source": "; ".join(f"{k}={v}" for k, v in r["metadata_source"].items())}  # type: ignore[attr-defined]
                       for r in records])
    # The table shows the day; JSON and CSV keep the full timestamp.
    rows = [[str(r[c])[:10] if c == "published" and r[c] else r[c] for c in LIST_COLUMNS] for r in records]
    return table(rows, _LIST_HEADERS, width=width, keep=_LIST_KEEP, prefer=("title", "outlet"))


def article_detail(article: Article) -> dict[str, object]:
    """Everything ``mediadiff show`` reports about one cleaned article."""
    record = article_record(article)
    record["body"] = [
        {"index": s.index, "paragraph": s.paragraph, "text": s.text, "start": s.start, "end": s.end}
        for s in article.sentences
    ]
    record["comments"] = [
        {"author": c.author, "text": c.text, "start": c.start, "end": c.end} for c in article.comments
    ]
    record["removed"] = [
        {"reason": r.reason, "text": r.text, "start": r.start, "end": r.end} for r in article.removed
    ]
    record["warnings"] = list(article.warnings)
    return record


# `show` lists this many duplicate sentences set aside, then a count of the rest: a page that repeats its
# body (a scraped feed, a pasted article twice) would otherwise print it all again under "Set aside".
SHOWN_DUPLICATES = 3


def render_article(article: Article, *, fmt: str = "text", width: int | None = None,
                   all_duplicates: bool = False) -> str:
    """Metadata, numbered body sentences, comments and what was set aside; lines fit ``width``.

    Text lists the first ``SHOWN_DUPLICATES`` duplicate sentences set aside and counts
    the rest, unless ``all_duplicates``; JSON always holds every one.
    """
    if fmt == "json":
        return to_json(article_detail(article))
    width = terminal_width() if width is None else width
    out = [f"{article.id}  {article.title or '(no title)'}"]
    for field in ("outlet", "wire", "published", "url"):
        value = getattr(article, field)
        if value:
            source = article.metadata_source.get(field)
            out.append(f"  {field:<10} {value}" + (f"  [{source}]" if source else ""))
    if article.sections:
        out.append(f"  {'sections':<10} {', '.join(article.sections)}")
    out.append(f"  {'words':<10} {article.word_count}")
    out.append("")
    out.append(f"Body ({len(article.sentences)} sentences)")
    paragraph = None
    for sentence in article.sentences:
        if paragraph is not None and sentence.paragraph != paragraph:
            out.append("")
        paragraph = sentence.paragraph
        out.extend(wrap(sentence.text, width, first_indent=f"  [{sentence.index + 1:>2}] ", indent=" " * 7))
    if article.comments:
        out.append("")
        out.append(f"Reader comments ({len(article.comments)})")
        for comment in article.comments:
            out.extend(wrap(f"{comment.author}: {comment.text}", width, first_indent="  ", indent="    "))
    if article.removed:
        out.append("")
        out.append("Set aside (not body text)")
        out.extend(_set_aside_lines(article.removed, width, all_duplicates=all_duplicates))
    for warning in article.warnings:
        out.append(f"warning: {warning}")
    return "\n".join(fit_lines(out, width))


def _set_aside_lines(removed: Sequence[object], width: int, *, all_duplicates: bool) -> list[str]:
    """One wrapped line per set-aside text, duplicates after the first few counted instead of listed."""
    duplicates = sum(r.reason == "duplicate-sentence" for r in removed)  # type: ignore[attr-defined]
    hidden = 0 if all_duplicates else max(0, duplicates - SHOWN_DUPLICATES)
    out, seen = [], 0
    for item in removed:
        reason, text = item.reason, item.text  # type: ignore[attr-defined]
        if reason == "duplicate-sentence":
            seen += 1
            if hidden and seen > SHOWN_DUPLICATES:
                if seen == SHOWN_DUPLICATES + 1:
                    out.append(f"  {'':<19} … and {hidden} more duplicate sentences ({duplicates} in all; "
                               "--all-duplicates lists them)")
                continue
        out.extend(wrap(text, width, first_indent=f"  {reason:<19} ", indent=" " * 22))
    return out


# --- scores ---------------------------------------------------------------------------------------

SCORE_COLUMNS = (
    ("name", "row"), ("n_sentences", "sents"), ("n_words", "words"), ("sentiment_mean", "tone"),
    ("sentiment_stdev", "±sd"), ("share_negative", "neg"), ("share_neutral", "neu"), ("share_positive", "pos"),
    ("hedges_per_100_words", "hedge"), ("boosters_per_100_words", "boost"),
    ("attributions_per_100_words", "attr"), ("certainty_mean", "cert"), ("readers_sentiment", "readers"),
)
_SCORE_KEEP = tuple(header for key, header in SCORE_COLUMNS if key != "name")


def _signed(value: object) -> object:
    return f"{value:+.2f}" if isinstance(value, float) else value


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
                value = f"{value:.0%}"
            elif key in ("sentiment_mean", "readers_sentiment") and value is not None:
                value = _signed(value)
            elif isinstance(value, float):
                value = f"{value:.2f}"
            row.append(value)
        body.append(row)
    width = terminal_width() if width is None else width
    legend = ("tone: mean VADER compound of the sentences in [-1, 1], negative is unfavourable; "
              "hedge, boost, attr: hedges, boosters and attributions per 100 words; "
              "cert: mean sentence certainty in [0, 1], 1 is stated as plain fact; "
              "readers: the readers' tone, the mean over comments of each comment's tone (every comment "
              "counts once), never mixed into tone; a comments row shows the same number as its tone.")
    cues = [f"  {r['name']}: hedges {r['top_hedges'] or '-'} | boosters {r['top_boosters'] or '-'}"
            for r in records if r.get("top_hedges") or r.get("top_boosters")]
    readers = [f"  {r['name']}: tone {_signed(r['sentiment_mean'])}"
               for r in records if r.get("kind") == "comment"]
    lines = [table(body, [h for _, h in SCORE_COLUMNS], width=width, keep=_SCORE_KEEP), "", *wrap(legend, width), "",
             "Cue words that triggered the hedge and booster counts:", *cues,
             *(["", "Reader comments and their authors:", *readers] if readers else [])]
    return "\n".join(fit_lines(lines, width))


ACTOR_COLUMNS = (("actor", "actor"), ("outlet", "outlet"), ("n_mentions", "mentions"), ("tone_mean", "tone"),
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
              "that mentions them, in the outlet's own voice unless --voice), negative is unfavourable; "
              "JSON and CSV name the most negative and most positive mention (article [sentence]).")
    if not body:
        return "No actor mentions found."
    shown = table(body, [h for _, h in ACTOR_COLUMNS], width=width, keep=("mentions", "tone"),
                  prefer=("actor", "outlet"))
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
        head = f"{where} [{s.index + 1}] {s.compound:+.2f} {s.label:<8} "  # type: ignore[attr-defined]
        out.extend(wrap(mark_cues(s, color=color), width, first_indent=head, indent=" " * 6))
        if s.sentiment_words:  # type: ignore[attr-defined]
            out.extend(wrap(f"sentiment words: {', '.join(s.sentiment_words)}", width,  # type: ignore[attr-defined]
                            indent=" " * 8, first_indent=" " * 6))
    return "\n".join(fit_lines(out, width))


def _sentence_json(s: object) -> dict[str, object]:
    from dataclasses import asdict

    record = asdict(s)  # type: ignore[call-overload]
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
        {"event": r["id"], "label": r["label"], "size": len(r["members"]), "id": m["id"],  # type: ignore[arg-type]
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
    for record in records:
        members = record["members"]
        out.extend(wrap(f"{record['id']}  {record['label']}  ({len(members)} article{'s' * (len(members) != 1)})",  # type: ignore[arg-type]
                        width, first_indent="", indent="    "))
        out.extend(_member_table(members, articles, width, indent=indent))  # type: ignore[arg-type]
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
    for record in records:
        count = len(record["articles"])  # type: ignore[arg-type]
        span = _date_span(record)
        out.append(_heading(f"{record['id']}  ", str(record["label"]),
                            f"  ({count} article{'s' * (count != 1)}{span})", width))
        for event in record["events"]:  # type: ignore[union-attr]
            members = event["members"]
            out.append(_heading(f"  {event['id']}  ", str(event["label"]),
                                f"  ({len(members)} article{'s' * (len(members) != 1)}{_date_span(event)})", width))
            out.extend(_member_table(members, articles, width, indent="      "))
        out.append("")
    out.append("S1 is a story, S1.2 an event inside it; cohesion: mean cosine similarity of an article to the "
               "other members of its event (0-1).")
    return "\n".join(fit_lines(out, width))


def _heading(head: str, label: str, tail: str, width: int) -> str:
    """One line for a story or event: its id and count kept whole, its label shortened to fit (when a
    readable part of it fits; else the line is wrapped)."""
    room = width - len(head) - len(tail)
    return head + (shorten(label, room) if room >= 20 else label) + tail


def _member_table(members: Sequence[Mapping[str, object]], articles: Mapping[str, Article], width: int, *,
                  indent: str) -> list[str]:
    """The members of a group as a table that fits ``width``: id, outlet, day, cohesion, title."""
    rows = [[m["id"], m["outlet"], str(m["published"] or "")[:10] or None, f"{m['cohesion']:.2f}",
             m["title"] or articles[str(m["id"])].body] for m in members]
    body = table(rows, ("id", "outlet", "published", "cohesion", "title (or first words)"),
                 width=width - len(indent), keep=("id", "cohesion"), prefer=("title (or first words)", "outlet"))
    return [indent + line for line in body.splitlines()]


def _date_span(record: Mapping[str, object]) -> str:
    first, last = record.get("first_published"), record.get("last_published")
    if not first:
        return ""
    first, last = str(first)[:10], str(last)[:10]
    return f", {first}" if first == last else f", {first} to {last}"
