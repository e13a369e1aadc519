"""Dates written all in figures ("03/04/2025"): which number is the day, read from what the file tells.

US news writes the month first (4 March 2025 is 03/04/2025 on a US page, 3 April on a British one); British,
Irish, Australian, New Zealand, Indian and South African news, and news in most other languages, write the day
first. ``furniture.date_line`` reads a date line month first, and day first only where the first number cannot
be a month ("30/11/2009"). A file's own date is read day first where the file says it writes dates that way,
the first of these that speaks:

1. another date in figures in the same file that only one order reads: "25/03/2025" (day first), "03/25/2025"
   (month first); a file with both says nothing;
2. the language its metadata names (a manifest's ``language`` column, JSON's ``language``/``inLanguage``/
   ``lang``, front matter): a region other than the US, Canada or the Philippines ("en-GB", "en_AU"), or a
   language other than English ("fr", "de-AT", "fra"), writes the day first; "en-US" the month first; English's
   three-letter code reads as its two-letter one ("eng" = "en", "eng-GB" = "en-GB");
3. its URL's country domain: ``.uk``, ``.ie``, ``.au``, ``.nz``, ``.in``, ``.za`` (and the other countries
   of ``DAY_FIRST_DOMAINS``).

Else the month first, as before, and the article's ``metadata_source`` says the order was assumed ("date
line, month first assumed: 03/04/2025"; ``mediadiff show``, ``list --format json``). Only the date the file
publishes is read again (a date line in figures the reader read it from, a manifest's or JSON's "published" in
figures; never a date its metadata states in YYYY-MM-DD, whatever a set-aside line holds); figures inside a body
sentence never date the article (``date_line`` reads only lines of nothing but dates), they are evidence of the
order only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from urllib.parse import urlsplit

from mediadiff.corpus.furniture import date_line

__all__ = ["DAY_FIRST_DOMAINS", "READ_FROM_A_LINE", "day_first", "published_in_order", "published_and_order",
           "published_and_source"]

# Country domains of places whose news writes the day first (all but the US, Canada, the Philippines and a few
# others write day/month/year; the list names the countries whose outlets a news corpus meets, not all).
DAY_FIRST_DOMAINS = frozenset("""
uk ie au nz in za sg my pk ng ke gh fr de es it nl be ch at pt se no dk fi pl cz gr ru ua tr il br ar mx
""".split())
# Regions of a language tag that write the month first; Canada writes both ("en-CA" says nothing).
_MONTH_FIRST_REGIONS = frozenset("us ph fm mh pw".split())
_EITHER_REGIONS = frozenset(["ca"])
# English's three-letter codes (ISO 639-2/3 "eng", as archive and library records write it) read as "en"; other
# languages' three-letter codes ("fra", "deu", "ger") already read as a language other than English.
_ENGLISH = frozenset(["en", "eng"])

_FIGURES = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|\d{3}))?\b")
# How the reader names a published date it read from a line of the page itself (cleaning.clean_text's sources):
# a date line, a byline's "| 03/04/2025", an archive record's "Publication date:". Only such a date, read month
# first from figures, may be read again day first; a dateline's day is written in words.
READ_FROM_A_LINE = frozenset(["date line", "byline line", "export field"])
_LINE_PARTS = re.compile(r"\s*[|·•]\s*")  # a byline's parts, as cleaning reads them
_FIGURES_ONLY = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")


def day_first(raw: str, meta: Mapping[str, object]) -> bool | None:
    """Whether the file writes dates in figures day first (True), month first (False), or says nothing (None):
    its unambiguous dates in figures first, then the language its metadata names, then its URL's domain."""
    orders = {first > 12 for first, second in _pairs(_FIGURES.findall(raw)) if (first > 12) != (second > 12)}
    if len(orders) == 1:
        return orders.pop()
    language = _language_order(str(meta.get("language") or ""))
    if language is not None:
        return language
    host = urlsplit(str(meta.get("url") or "")).hostname or ""
    return True if host.rpartition(".")[2].lower() in DAY_FIRST_DOMAINS else None


def _pairs(found: Iterable[tuple[str, str, str]]) -> Iterable[tuple[int, int]]:
    for first, second, _ in found:
        first_n, second_n = int(first), int(second)
        if 1 <= first_n <= 31 and 1 <= second_n <= 31 and min(first_n, second_n) <= 12:
            yield first_n, second_n


def _language_order(tag: str) -> bool | None:
    """The order a language tag ("en-GB", "en_US", "fr", "eng") writes dates in, or None for plain English or
    Canada."""
    match = _TAG.match(tag.strip())
    if match is None:
        return None
    language, region = match[1].lower(), (match[2] or "").lower()
    if region in _MONTH_FIRST_REGIONS:
        return False
    if region in _EITHER_REGIONS or (not region and language in _ENGLISH):
        return None
    return True


def published_in_order(published: str | None, raw: str, meta: Mapping[str, object], read_from: Iterable[str],
                       how: str | None = None) -> str | None:
    """``published_and_order``'s date alone."""
    return published_and_order(published, raw, meta, read_from, how)[0]


def published_and_source(published: str | None, raw: str, meta: Mapping[str, object], read_from: Iterable[str],
                         how: str | None = None) -> tuple[str | None, str | None]:
    """``published_and_order``'s date, and ``how`` it was read, saying when the order was assumed ("date line,
    month first assumed: 03/04/2025")."""
    day, assumed = published_and_order(published, raw, meta, read_from, how)
    return day, (f"{how}, month first assumed: {assumed}" if assumed and how else how)


def published_and_order(published: str | None, raw: str, meta: Mapping[str, object], read_from: Iterable[str],
                        how: str | None = None) -> tuple[str | None, str | None]:
    """``published`` with its day and month read in the file's order (``day_first``): a value all in figures
    ("03/04/2025 10:15", a manifest's or JSON's) becomes YYYY-MM-DD where the order is known (else it stays, and
    reading warns that it is no date), and a date the reader itself read month first from a line in figures
    (``how`` one of ``READ_FROM_A_LINE``, the line among ``read_from``, the lines set aside) is read day first in
    a file that writes the day first. A date the file states (front matter, JSON, HTML, a manifest, a caller's
    metadata; ``how`` anything else) or that its first line stating that day writes otherwise ("March 4, 2025")
    is the file's own word: returned as it is, as is anything else.

    With the date, the figures it was read from month first when nothing in the file told the order (a page of
    a .com outlet dated "03/04/2025" and nothing else): the reader's assumption, which the article's
    ``metadata_source`` says ("date line, month first assumed: 03/04/2025"); else ``None``. Such a date is read
    (most English news in figures without a country is American, and a date a month off still dates the
    article, where none leaves it out of every time window), not hidden: a manifest's or JSON's value in
    figures whose order nothing tells stays unread, as its writer can state it."""
    if not published:
        return published, None
    whole = _FIGURES_ONLY.match(published)
    if whole is not None:  # the date alone: its time and zone are no part of a day
        first, second = int(whole[1]), int(whole[2])
        order = True if first > 12 else False if second > 12 else day_first(raw, meta)
        return ((_iso(int(whole[3]), first, second, order) or published) if order is not None else published), None
    if how not in READ_FROM_A_LINE or not re.match(r"\d{4}-\d\d-\d\d", published):
        return published, None
    for line in read_from:  # the first line that gives the day is the one it was read from
        for first, second, year in _FIGURES.findall(line):
            month_first = _iso(int(year), int(first), int(second), False)
            if month_first == published[:10] and first != second and int(first) <= 12 and int(second) <= 12:
                order = day_first(raw, meta)
                if order:
                    return _iso(int(year), int(first), int(second), True) + published[10:], None
                return published, (f"{first}/{second}/{year}" if order is None else None)
        if any(date_line(part) == published[:10] for part in _LINE_PARTS.split(line)):  # written another way
            return published, None
    return published, None


def _iso(year: int, first: int, second: int, day_is_first: bool) -> str:
    month, day = (second, first) if day_is_first else (first, second)
    year += 2000 if year < 100 else 0  # a two-figure year on a news page is this century's
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""
