"""What ``mediadiff list`` and ``mediadiff show`` print: one row per article, one cleaned article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from mediadiff.models import Article
from mediadiff.render.safe import md_escape
from mediadiff.render.tables import table, to_csv, to_json
from mediadiff.render.terminal import display_width, fit_lines, shorten, terminal_width, wrap


def article_record(article: Article) -> dict[str, object]:
    """The metadata of an article as one flat record (the row of ``mediadiff list``).

    Counts are named ``*_count`` (``Article.word_count``'s name): ``show``'s JSON gives the lists themselves
    under ``body`` and ``comments``, and ``Article.sentences`` is a list, so a count named "sentences" misled."""
    return {
        "id": article.id,
        "outlet": article.outlet,
        "wire": article.wire,
        "authors": list(article.authors),
        "title": article.title,
        "published": article.published,
        "sections": list(article.sections),
        "sentence_count": len(article.sentences),
        "comment_count": len(article.comments),
        "word_count": article.word_count,
        "url": article.url,
        "path": article.path,
        "metadata_source": dict(article.metadata_source),
    }


LIST_COLUMNS = ("id", "outlet", "wire", "title", "published", "sections", "sentence_count", "comment_count",
                "word_count")
_LIST_HEADERS = ("id", "outlet", "wire", "title", "published", "sections", "sents", "comments", "words")
# Columns that never shrink: ids and counts are useless cut short.
_LIST_KEEP = ("id", "sents", "comments", "words")


def render_list(articles: Iterable[Article], *, fmt: str = "text", width: int | None = None) -> str:
    """One row per article: a table that fits ``width`` (titles shortened with "…"), JSON or CSV."""
    records = [article_record(a) for a in articles]
    if fmt == "json":
        return to_json({"articles": records})
    if fmt == "csv":
        return to_csv([{**r, "sections": "; ".join(r["sections"]), "authors": "; ".join(r["authors"]),  # type: ignore[arg-type]
                        "metadata_source": "; ".join(f"{k}={v}" for k, v in r["metadata_source"].items())}  # type: ignore[attr-defined]
                       for r in records])
    # The table shows the day; JSON and CSV keep the full timestamp.
    rows = [[str(r[c])[:10] if c == "published" and r[c] else r[c] for c in LIST_COLUMNS] for r in records]
    width = terminal_width() if width is None else width
    rows, headers, left_out = _without_empty_columns(rows)
    text = _list_table(rows, headers, width)
    return text + f"\n\n{_left_out_note(left_out, width)}" if left_out else text


# Metadata columns left out of the terminal table when no article has a value: a folder of pasted
# texts has no wire, sections or dates, and those empty columns took the width the titles needed.
_OPTIONAL_COLUMNS = ("outlet", "wire", "published", "sections")


def _without_empty_columns(rows: list[list[object]]) -> tuple[list[list[object]], tuple[str, ...], list[str]]:
    empty = [h for k, (c, h) in enumerate(zip(LIST_COLUMNS, _LIST_HEADERS))
             if c in _OPTIONAL_COLUMNS and rows and not any(r[k] for r in rows)]
    keep = [k for k, h in enumerate(_LIST_HEADERS) if h not in empty]
    return [[r[k] for k in keep] for r in rows], tuple(_LIST_HEADERS[k] for k in keep), empty


def _left_out_note(left_out: list[str], width: int) -> str:
    names = left_out[0] if len(left_out) == 1 else f"{', '.join(left_out[:-1])} or {left_out[-1]}"
    what = "that column is" if len(left_out) == 1 else "those columns are"
    return "\n".join(wrap(f"no article has a value for {names}: {what} left out (JSON and CSV keep them)", width))


# Below this many columns a title is no longer read at a glance ("Sheinbaum…", "US…" at 80 columns beside eight
# other columns): it then goes on a line of its own under its row, indented under the outlet, as wide as the
# terminal allows and cut at a word boundary. 24 columns show three to five words of a headline.
TITLE_MIN_COLUMNS = 24


def _list_table(rows: list[list[object]], headers: tuple[str, ...], width: int) -> str:
    """The list as a table that fits ``width``: the title a column of it where it gets at least
    ``TITLE_MIN_COLUMNS``, else a line under each row."""
    if "title" not in headers:
        return _fitted(rows, headers, width)
    at = headers.index("title")
    whole = _fitted(rows, headers, width)
    top, rule = (whole.splitlines() + ["", ""])[:2]
    longest = max(display_width(str(r[at] or "-")) for r in rows)  # "Court rules" needs no more room than its own
    if "title" in top.split() and len(top.split()) == len(rule.split()) and \
            len(rule.split()[top.split().index("title")]) >= min(TITLE_MIN_COLUMNS, longest):
        return whole
    rest = _fitted([[*r[:at], *r[at + 1:]] for r in rows], headers[:at] + headers[at + 1:], width)
    lines = rest.split("\n\n", 1)[0].splitlines()
    if len(lines) != len(rows) + 2 or len(headers) < 3:
        return whole
    indent = len(re.match(r"\S+\s+", lines[0])[0])  # where the second column starts
    out = lines[:2]
    for row, line in zip(rows, lines[2:]):
        out.append(line)
        if row[at]:
            out.append(" " * indent + shorten(str(row[at]), width - indent))
    note = rest.split("\n\n", 1)[1:]
    return "\n".join(out) + "".join("\n\n" + n for n in note)


def _fitted(rows: list[list[object]], headers: tuple[str, ...], width: int) -> str:
    # Cut ids come before narrowed columns ("201…" for a date): the table is first tried as it is.
    text = _table(rows, headers, width, narrow=False)
    if all(display_width(line) <= width for line in text.splitlines()):
        return text
    # Ids never shrink, so long file names (PolNeAR's 'breitbart_2016-09-26_green-party-...') made every
    # line wider than the terminal: cut them to unique prefixes, which name an article as its whole id does.
    cut = unique_prefixes([str(r[0]) for r in rows])
    if all(cut[str(r[0])] == r[0] for r in rows):
        return _table(rows, headers, width)
    rows = [[cut[str(r[0])], *r[1:]] for r in rows]
    note = "ids ending in … are cut to a prefix that names the article as its whole id does (JSON and CSV: whole ids)"
    return _table(rows, headers, width) + "\n\n" + "\n".join(wrap(note, width))


def _table(rows: list[list[object]], headers: tuple[str, ...], width: int, *, narrow: bool = True) -> str:
    return table(rows, headers, width=width, keep=_LIST_KEEP, prefer=("title", "outlet"), narrow=narrow,
                 whole_words=("title",))


def unique_prefixes(ids: Sequence[str]) -> dict[str, str]:
    """Each id cut to the shortest length at which all cut ids still differ, "…" marking a cut."""
    for length in range(1, max(map(len, ids), default=0)):
        if len({i[:length] for i in ids}) == len(set(ids)):
            return {i: i if len(i) <= length else i[:length] + "…" for i in ids}
    return {i: i for i in ids}


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
    for field in ("outlet", "authors", "wire", "published", "url"):
        value = ", ".join(article.authors) if field == "authors" else getattr(article, field)
        if value:
            source = article.metadata_source.get(field)
            # Wrapped under the value, so a long URL keeps the label column (re-wrapping the whole line
            # later collapsed the padding: "url https://...").
            out.extend(wrap(f"{value}" + (f"  [{source}]" if source else ""), width,
                            first_indent=f"  {field:<10} ", indent=" " * 13))
    if article.sections:
        out.extend(wrap(", ".join(article.sections), width, first_indent=f"  {'sections':<10} ", indent=" " * 13))
    out.append(f"  {'words':<10} {article.word_count}")
    out.append("")
    count = len(article.sentences)
    out.append(f"Body ({count} sentence{'' if count == 1 else 's'})")
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
                continue
        out.extend(wrap(text, width, first_indent=f"  {reason:<19} ", indent=" " * 22))
        if reason == "duplicate-sentence" and hidden and seen == SHOWN_DUPLICATES:
            # Right under the duplicates shown: after the next subhead it read as that subhead's text.
            out.append(f"  {'':<19} … and {hidden} more duplicate sentence{'s' * (hidden != 1)} ({duplicates} in all; "
                       "--all-duplicates lists them)")
    return out


def articles_markdown(articles: Iterable[Article]) -> str:
    """The articles of a report as a Markdown list, one item each: id, outlet, authors, day, title ("—" for
    an unknown outlet). Every value is article text, so escaped (``md_escape``)."""
    out = []
    for article in articles:
        item = f"- **{md_escape(article.id)}**: {md_escape(article.outlet or '—')}"
        if article.authors:
            item += ", by " + md_escape(", ".join(article.authors))
        if article.published:
            item += f", {md_escape(article.published[:10])}"
        if article.title:
            item += f", “{md_escape(article.title)}”"
        out.append(item)
    return "\n".join(out)
