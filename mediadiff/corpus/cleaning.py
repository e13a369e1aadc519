"""Turn the text of one article file into a clean ``Article``.

News files mix the story with things that are not the story: copyright lines, "Filed under" tags, wire
credits, section labels, the headline (sometimes twice), subheads, a sentence pasted twice, and reader comments.
Each is recognised line by line, recorded in ``Article.removed`` with its reason (so nothing disappears
silently), and the metadata it carries (outlet, wire, sections, published, title) is kept. The lines a web
page adds (captions, bylines, page furniture, comment controls) are recognised in ``furniture``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from mediadiff.corpus import pagelines
from mediadiff.corpus.bylines import agency_line, field_authors, names_a_source, read_byline, read_staff_credit
from mediadiff.corpus.comments import comment_head, read_thread
from mediadiff.corpus.datelines import read_dateline
from mediadiff.corpus.encoding import blank_controls, clean_field, field_or_none
from mediadiff.corpus.exports import is_export_label, record_date
from mediadiff.corpus.figuredates import published_and_source
from mediadiff.corpus.formats import blank_quote_markers
from mediadiff.corpus.furniture import (
    comment_header,
    date_line,
    is_byline,
    is_caption,
    is_date_label,
    is_furniture,
    section_path,
)
from mediadiff.corpus.keys import normalise
from mediadiff.corpus.lines import (
    Line,
    is_heading,
    is_punctuated,
    is_style_rule,
    is_subhead,
    is_title_case_headline,
    subheads_warning,
    text_lines,
    unwrap,
    word_count,
)
from mediadiff.corpus.notes import correction_extent, is_author_bio, is_bare_credit, note_kind
from mediadiff.corpus.outlets import copyright_outlet
from mediadiff.corpus.params import (
    CORRECTION_PARAGRAPH_WORDS,
    DATELINE_MAX_LABELS,
    DECK_MAX_WORDS,
    HEADING_MAX_WORDS,
    STANDFIRST_MAX_BULLETS,
)
from mediadiff.corpus.segment import bounded_spans, split_sentences
from mediadiff.models import Article, Comment, Removed, Sentence

_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_RIGHTS = re.compile(r"all rights reserved|do not reproduce", re.IGNORECASE)
_FILED_UNDER = re.compile(r"^\s*(?:filed under|tags?|topics?)\s*:\s*(.*)$", re.IGNORECASE)
_WIRE = re.compile(
    # "Reporting by ..." is an agency's closing credit, read by ``bylines.read_staff_credit``.
    r"^\s*(?:\(?with (?:information|reporting|files) (?:from|of|by)|information from|source|sources)"
    r"\s*:?\s+(.+?)\.?\)?\s*$", re.IGNORECASE)
_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)")
_WORD = re.compile(r"\w+", re.UNICODE)


def clean_text(
    raw: str,
    *,
    article_id: str,
    path: str,
    metadata: Mapping[str, object] | None = None,
    metadata_source: Mapping[str, str] | None = None,
    warnings: tuple[str, ...] = (),
    splitter: Callable[[str], list[tuple[int, int]]] = split_sentences,
) -> Article:
    """Build an ``Article`` from decoded file text.

    ``metadata`` holds values already known from the file format (JSON fields,
    HTML meta tags, Markdown front matter); values found in the text fill only
    the fields it leaves empty. ``splitter`` splits a paragraph into sentence
    spans (the built-in rules, or ``corpus.punkt.train_punkt(...)``).
    """
    raw = blank_quote_markers(blank_controls(raw))  # same length: every offset stays valid
    raw, _ = unwrap(raw, stop=lambda text: comment_header(text) is not None)  # same length too
    meta: dict[str, object] = {k: v for k, v in (metadata or {}).items() if v}
    source: dict[str, str] = {k: v for k, v in (metadata_source or {}).items() if k in meta}
    removed: list[Removed] = []

    def found(field: str, value: object, how: str) -> None:
        if value and field not in meta:
            meta[field] = value
            source[field] = how

    title_key = normalise(str(meta["title"])) if meta.get("title") else None
    lines = text_lines(raw)
    if title_key is None and lines and pagelines.is_stopped_headline(lines[0], path):  # a file named after its headline
        removed.append(Removed(lines[0].text, "headline", lines[0].start, lines[0].end))
        found("title", lines[0].text, "headline line")
        title_key, lines = normalise(lines[0].text), lines[1:]
    body_lines, comments = _sort_lines(lines, title_key, removed, found, links=pagelines.link_lines(lines),
                                       captions=pagelines.captions_over_credits(raw, lines),
                                       authors=lambda: field_authors(meta.get("authors")))
    for field in ("published", "outlet"):  # a dateline's day and outlet count only if nothing else gives them: a
        found(field, meta.pop(f"dateline:{field}", None), source.pop(f"dateline:{field}", ""))  # station's copyright
    warnings = (*warnings, *subheads_warning(path, removed, len(lines)))
    sentences = _body_sentences(raw, body_lines, removed, splitter)
    removed.sort(key=lambda r: r.start)
    sections = meta.get("sections") or ()
    if isinstance(sections, str):
        sections = tuple(sections.replace(";", ",").replace(",", " ").split())
    elif not isinstance(sections, (list, tuple)):  # a library caller's 5 or True: not a list of sections
        sections = ()
    authors = tuple(clean_field(name) for name in field_authors(meta.get("authors")))
    if not authors:  # a field that named no one ("authors": 5, "Reuters") is no source of authors
        source.pop("authors", None)
    published, how = published_and_source(field_or_none(meta.get("published")), raw, meta, [r.text for r in removed],
                                          source.get("published"))  # how says when the order was assumed
    source.update({"published": how} if how else {})
    return Article(
        id=article_id,
        path=path,
        raw=raw,
        sentences=tuple(sentences),
        title=field_or_none(meta.get("title")),
        outlet=field_or_none(meta.get("outlet")),
        published=published,
        sections=tuple(clean_field(str(s)) for s in sections if clean_field(str(s))),
        wire=field_or_none(meta.get("wire")),
        url=field_or_none(meta.get("url")),
        comments=tuple(comments),
        removed=tuple(removed),
        warnings=warnings,
        metadata_source=source,
        authors=authors,
    )


def _sort_lines(lines: list[Line], title_key: str | None, removed: list[Removed],
                found: Callable[[str, object, str], None], *,
                captions: set[int] | frozenset[int] = frozenset(), links: set[int] | frozenset[int] = frozenset(),
                authors: Callable[[], tuple[str, ...]] = tuple) -> tuple[list[Line], list[Comment]]:
    """The body lines and the reader comments of a file's lines; the rest goes to ``removed``.
    ``captions``: positions of lines that are a caption if nothing else sets them aside; ``links``: of lines that
    are links under a "Read more:" (``pagelines.link_lines``); ``authors``: the article's authors as known once
    every line is read (an author's bio ends a story). A thread starts at a comments header after body text, or
    at a comment WordPress prints with no header above it (``comments.comment_head``)."""
    body_lines: list[Line] = []
    comments: list[Comment] = []
    after_comments: list[Line] = []
    correcting = None  # after the body, a line that is only "CORRECTION:" heads the correction's text below it
    for position, line in enumerate(lines):
        if position == 1 and lines[0].deck_below and removed and removed[-1].start == lines[0].start:
            removed.append(Removed(line.text, "deck", line.start, line.end))  # under the headline just set aside
            continue
        if correcting and comment_header(line.text) is None:
            removed.append(Removed(line.text, "correction", line.start, line.end))
            if correcting == "block" and len(line.text.split()) > CORRECTION_PARAGRAPH_WORDS:
                correcting = None  # its paragraph ends the correction
            continue
        correcting = correction_extent(line.text, lines, position + 1) if body_lines else None
        expected = comment_header(line.text)
        if body_lines and (headless := comment_head(lines, position)) is not None:
            comments, after_comments = read_thread(lines[position:], headless, removed)
            break
        # Before any body text a comments header is a button beside the headline ("3 Comments"), not the thread.
        if expected is not None:
            removed.append(Removed(line.text, "comment-header", line.start, line.end))
            if body_lines:
                comments, after_comments = read_thread(lines[position + 1:], expected, removed)
                break
            continue
        opening = not body_lines and title_key is None  # the file's first text line: where a headline sits
        if opening and (path := section_path(line.text, next((b.text for b in lines[position + 1:][:1]), None))):
            removed.append(Removed(line.text, "section-label", line.start, line.end))  # "World | Europe" up top
            found("sections", path, "section label line")
            continue
        if position in links:
            removed.append(Removed(line.text, "link", line.start, line.end))
            continue
        set_aside, title_key = _set_aside(line, title_key=title_key, removed=removed, found=found, opening=opening,
                                          before_body=not body_lines)
        if set_aside and removed[-1].start == line.start and title_key and _standfirst(body_lines, removed[-1].reason):
            _set_standfirst_aside(line, body_lines, removed, found)
        if not set_aside and position in captions:
            removed.append(Removed(line.text, "caption", line.start, line.end))
        elif not set_aside:
            # A dateline opens the story's first paragraph, under a headline, a deck and a kicker kept as body text
            # if any (PolNeAR's archive ends them in a full stop).
            first = len(body_lines) <= 3 and all(word_count(b.text) <= HEADING_MAX_WORDS for b in body_lines)
            body_lines.append(_after_dateline(line, removed, found, first=first))
    for line in after_comments:  # lines after the thread that are no comment: article text or page furniture
        set_aside, title_key = _set_aside(line, title_key=title_key, removed=removed, found=found)
        if not set_aside:
            body_lines.append(line)
    while len(body_lines) > 1:  # "Jane Doe is a reporter ...", "Nolan McCaskill contributed.": at the end only
        line = body_lines[-1]
        story = " ".join(body.text for body in body_lines[:-1])
        reason = "author-bio" if is_author_bio(line.text, authors(), story=story) else \
            "credit" if is_bare_credit(line.text) else None
        if reason is None:
            break
        body_lines.pop()
        removed.append(Removed(line.text, reason, line.start, line.end))
    return body_lines, comments


def _standfirst(body_lines: list[Line], reason: str) -> bool:
    """Whether the body lines read so far, under the headline, are its standfirst, as the line just set aside for
    ``reason`` tells: over a byline, one or two lines of a deck's length; over a date line, up to
    ``STANDFIRST_MAX_BULLETS`` such lines none of which ends a sentence (a page's summary points, "Zurana Horton,
    34, a mother of 12, was fatally shot in 2011 ..."; a paragraph above a date line is a lede that ends in its
    full stop, and the date line under it dates an update)."""
    if not body_lines or any(len(b.text.split()) > DECK_MAX_WORDS for b in body_lines):
        return False
    if reason == "byline":
        return len(body_lines) <= 2
    return reason == "timestamp" and len(body_lines) <= STANDFIRST_MAX_BULLETS \
        and not any(is_punctuated(b.text) for b in body_lines)


def _set_standfirst_aside(line: Line, body_lines: list[Line], removed: list[Removed],
                          found: Callable[[str, object, str], None]) -> None:
    """Between the headline and the byline (or the page's date line, ``line``) stands the standfirst, the story
    told in a line or in bullet points (Daily Mail's), not its text; the date under it is the page's."""
    if removed[-1].reason == "timestamp":
        found("published", date_line(line.text) or None, "date line")
    removed.extend(Removed(b.text, "standfirst", b.start, b.end) for b in body_lines)
    body_lines.clear()


def _after_dateline(line: Line, removed: list[Removed], found: Callable[[str, object, str], None], *,
                    first: bool) -> Line:
    """A body line without the dateline that opens it ("SPRINGFIELD, Ill. (AP) — "), set aside as ``dateline``
    (the place) with its news agency as the ``wire``, after up to DATELINE_MAX_LABELS labels ("BREAKING — ");
    the line itself when none opens it. ``first``: the story's first paragraph (``read_dateline``)."""
    for _ in range(DATELINE_MAX_LABELS + 1):  # a loop, not recursion: a line may repeat a label a thousand times
        dateline = read_dateline(line.text, first=first)
        if dateline is None:
            return line
        removed.append(Removed(dateline.text, "section-label" if dateline.label else "dateline", line.start,
                               line.start + len(dateline.text)))
        found("wire", dateline.wire, "dateline")
        if dateline.source and not dateline.wire:  # "Washington (CNN) — ", "(The Hill) — ": the outlet's own credit
            found("dateline:outlet", dateline.source.strip(), "dateline (inferred)")  # see clean_text
        found("dateline:published", dateline.published, "dateline")
        line = replace(line, text=line.text[dateline.end:], start=line.start + dateline.end)
        if not dateline.label:
            break
    return line


def _set_aside(
    line: Line, *, title_key: str | None, removed: list[Removed], found: Callable[[str, object, str], None],
    opening: bool = False, before_body: bool = False,
) -> tuple[bool, str | None]:
    """Whether ``line`` is not article text (recorded in ``removed``), and the title key after it.

    Metadata the line carries (an outlet in a copyright line, a wire credit, a
    timestamp, the headline) goes to ``found``. ``opening``: the file's first text line, which is
    a headline also when it ends in a full stop if it is written in Title Case (``is_title_case_headline``).
    ``before_body``: no body line came before, so a date line is the page's publication date (after the body
    it dates a correction or an update: "Saturday, December 19, 2015." closing an editor's note).
    """
    text = line.text
    # The word count first: a body paragraph is too long for a rights notice or a timestamp line, so the
    # two searches of the whole line (a case-blind one at every character) are left out for it.
    words = text.split()
    if _COPYRIGHT.match(text) or (len(words) < 25 and _RIGHTS.search(text)):
        removed.append(Removed(text, "copyright", line.start, line.end))
        found("outlet", copyright_outlet(text), "copyright line (inferred)")
        return True, title_key
    if _FILED_UNDER.match(text):
        removed.append(Removed(text, "filed-under", line.start, line.end))
        return True, title_key
    wire = _WIRE.match(" ".join(words)) if len(words) <= 10 else None
    if wire and names_a_source(wire.group(1)):
        removed.append(Removed(text, "wire-credit", line.start, line.end))
        found("wire", wire.group(1).strip(), "wire credit line")
        return True, title_key
    note = note_kind(text)  # "Correction: ...", "The Associated Press contributed to this report."
    if note is not None:
        removed.append(Removed(text, note[0], line.start, line.end))
        found("wire", note[1], "contributor credit line")
        return True, title_key
    stamp = _TIMESTAMP.search(text) if len(words) <= 8 else None
    if stamp and is_heading(text.replace(stamp.group(1), "x")):
        labels = [w for w in text.replace(stamp.group(1), " ").split() if not is_date_label(w)]
        removed.append(Removed(text, "section-label" if labels else "timestamp", line.start, line.end))
        found("published", stamp.group(1).replace(" ", "T"), "timestamp line")
        found("sections", tuple(labels), "section label line")
        return True, title_key
    published = date_line(text)
    if published is not None:  # "Updated 3:45 PM EDT, Wed June 12, 2024"; a live blog's "6:05 p.m."
        removed.append(Removed(text, "timestamp", line.start, line.end))
        if before_body:
            found("published", published, "date line")
        return True, title_key
    if line.field or is_export_label(text):  # an archive's "FULL TEXT.", "Publication date: Sep 8, 2016"
        removed.append(Removed(text, "export-label", line.start, line.end))
        found("published", record_date(text), "export field")
        return True, title_key
    for reason, test in (("page-furniture", is_furniture), ("caption", is_caption)):
        if test(text):
            removed.append(Removed(text, reason, line.start, line.end))
            return True, title_key
    if _is_credit(line, removed=removed, found=found, opening=opening, before_body=before_body):
        return True, title_key
    if not _WORD.search(text):  # "---", "* * *": a separator, never a title
        removed.append(Removed(text, "separator", line.start, line.end))
        return True, title_key
    if is_style_rule(text):  # ".image-wrap {", "text-align: left;": a page's style sheet, pasted with its text
        removed.append(Removed(text, "markup", line.start, line.end))
        return True, title_key
    return _set_aside_heading(line, title_key=title_key, removed=removed, found=found, opening=opening,
                              before_body=before_body)


def _set_aside_heading(
    line: Line, *, title_key: str | None, removed: list[Removed], found: Callable[[str, object, str], None],
    opening: bool, before_body: bool,
) -> tuple[bool, str | None]:
    """Whether ``line`` is a headline, a repeated headline or a subhead (recorded in ``removed``), and the title
    key after it; the arguments are ``_set_aside``'s."""
    text = line.text
    # Archives end a headline with ";" before its deck ("Jobs report gives Democrats a lift;"): no paragraph
    # ends so, and the file's first line is where a headline stands.
    deck_headline = (line.deck_below or opening and text.endswith(";") and is_heading(text[:-1])) and before_body
    # Over an archive's label ("ABSTRACT.") the file's first line is the record's headline, in any case.
    headline = opening and (is_title_case_headline(text) or line.label_below or pagelines.is_long_headline(line))
    if not (is_heading(text) or deck_headline or headline):
        return False, title_key
    key = normalise(text)
    if key == title_key:
        removed.append(Removed(text, "repeated-headline", line.start, line.end))
        return True, title_key
    # Before the body every heading is the page's (headline, deck, kicker); after it, only a subhead's shape, and
    # never a list's item ("- Money for roads" under "The bill includes:").
    if not before_body and (line.listed or not is_subhead(line, word_count(text))):
        return False, title_key
    # A sentence without its full stop is body text (a live page's key points), except under a headline line
    # before the body, where a deck or a second headline stands ("Saints place RB Pierre Thomas on injured reserve").
    if title_key is not None and pagelines.is_unstopped_sentence(text) and not (
            before_body and any(r.reason == "headline" for r in removed)):
        return False, title_key
    if title_key is None:
        found("title", text.rstrip(" ;") if deck_headline else pagelines.headline_title(text), "headline line")
        removed.append(Removed(text, "headline", line.start, line.end))
        return True, key
    removed.append(Removed(text, "subhead", line.start, line.end))
    return True, title_key


def _is_credit(line: Line, *, removed: list[Removed], found: Callable[[str, object, str], None], opening: bool,
               before_body: bool) -> bool:
    """Whether ``line`` is a byline ("By Jane Doe, Reuters"), set aside as ``byline``, or an agency's closing
    credit ("(Reporting by Jane Doe; Editing by John Roe)"), set aside as ``credit``: its people go to ``authors``
    (a credit's reporters only when no byline came first), its agency to ``wire``."""
    text, how, reason = line.text, "credit line", "credit"
    agency = agency_line(text) if before_body and removed and removed[-1].reason == "byline" else None
    if agency is not None:  # "By KAREN O'NEILL" over "Associated Press" (or "AP Economics Writer")
        removed.append(Removed(text, "byline", line.start, line.end))
        found("wire", agency, "byline line")
        return True
    credit = read_staff_credit(text) if " by " in text[:40].lower() else None
    if credit is None and is_byline(text, opening=opening):
        credit, how, reason = read_byline(text, header=before_body), "byline line", "byline"
    if credit is None:
        return False
    removed.append(Removed(text, reason, line.start, line.end))
    found("authors", credit.authors, how)
    found("wire", credit.wire, how)
    if reason == "byline" and before_body:  # "Posted by Sarah Kim | March 12, 2025 at 9:15 am": the day it was posted
        found("published", next(filter(None, map(date_line, re.split(r"\s*[|·•]\s*", text)[1:])), None), how)
    return True


def _body_sentences(raw: str, body_lines: list[Line], removed: list[Removed],
                    splitter: Callable[[str], list[tuple[int, int]]] = split_sentences) -> list[Sentence]:
    """The body's sentences, one paragraph per line; a sentence seen before is set aside as a duplicate."""
    sentences: list[Sentence] = []
    seen: set[str] = set()
    for paragraph, line in enumerate(body_lines):
        paragraph_text = raw[line.start : line.end]
        for start, end in bounded_spans(paragraph_text, splitter(paragraph_text)):
            start, end = start + line.start, end + line.start
            text = raw[start:end]
            key = normalise(text)
            if key and key in seen:
                removed.append(Removed(text, "duplicate-sentence", start, end))
                continue
            if key:
                seen.add(key)
            sentences.append(Sentence(len(sentences), text, start, end, paragraph))
    return sentences
