"""One decoded file -> article text and metadata, by format: Markdown, HTML, JSON and JSON Lines.

Files come from anywhere, so every field is checked: a JSON record whose title
is a 5,000-digit number, whose ``sections`` is ``5`` or ``true``, or which is
nested 100,000 brackets deep costs a warning (or the file), never the run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from mediadiff.corpus.encoding import clean_field
from mediadiff.models import MediadiffError

JSON_FIELDS = {
    "title": ("title", "headline"),
    "text": ("text", "maintext", "body", "content", "article"),
    "outlet": ("outlet", "source", "source_domain", "sitename", "publisher"),
    "published": ("published", "date", "date_publish", "datePublished", "pubdate"),
    "url": ("url", "link"),
    "sections": ("sections", "section", "categories"),
    "wire": ("wire", "agency"),
    "authors": ("authors", "author", "byline"),
    "language": ("language", "inLanguage", "lang", "locale"),  # "en-GB": how it writes dates (figuredates)
}
MAX_NUMBER_DIGITS = 100  # a longer number in a JSON file is kept as its digits, never converted
FRONT_MATTER_MAX_LINES = 50  # an unclosed front matter is looked for this far, no further


class SkippedFile(MediadiffError):
    """A file that was skipped; the message says why."""


# --- Markdown -------------------------------------------------------------------------------------

_FENCE = re.compile(r"---[ \t]*\r?$")
_FIELD = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(.*)$")


def front_matter(text: str) -> tuple[dict[str, str], str, str | None]:
    """Split ``---``-delimited ``key: value`` front matter off Markdown text.

    Returns ``(fields, text, warning)``. The front matter is blanked with
    spaces, not cut, so offsets stay valid. CRLF line ends and an empty front
    matter are read; an unclosed one is read up to its last ``key: value`` line
    and named in the warning, so ``---`` never becomes the title.
    """
    lines = text.split("\n", FRONT_MATTER_MAX_LINES + 1)  # the last item is the rest of the text
    if not _FENCE.match(lines[0]):
        return {}, text, None
    candidates = lines[1:-1] if len(lines) > FRONT_MATTER_MAX_LINES + 1 else lines[1:]
    closing = next((n for n, line in enumerate(candidates, 1) if _FENCE.match(line)), None)
    warning = None
    if closing is None:  # unclosed: the leading key: value lines are the front matter
        closing = 1
        while closing < len(lines) and _FIELD.match(lines[closing].strip()):
            closing += 1
        closing -= 1
        warning = "front matter opened with --- is not closed; read up to its last key: value line"
        field_lines = lines[1:closing + 1]
    else:
        field_lines = lines[1:closing]
    fields = {}
    for line in field_lines:
        match = _FIELD.match(line.strip())
        if match:
            fields[match.group(1).lower()] = _unquote(match.group(2).strip())
    blanked = min(len(text), sum(len(line) + 1 for line in lines[:closing + 1]))
    return fields, re.sub(r"[^\n\r]", " ", text[:blanked]) + text[blanked:], warning


def _unquote(value: str) -> str:
    """A front-matter value without the quotes around it, as YAML reads it: ``"He said \\"no\\""`` is
    ``He said "no"``, ``'it''s'`` is ``it's``; quotes inside a value (``Biden says "genocide"``) are kept."""
    if len(value) < 2 or value[0] != value[-1] or value[0] not in "\"'":
        return value
    if value[0] == "'":
        return value[1:-1].replace("''", "'")
    try:
        unquoted = json.loads(value)  # YAML's double-quoted escapes are JSON's, and a few more
    except ValueError:
        return value[1:-1]
    return unquoted if isinstance(unquoted, str) else value[1:-1]


# A quotation's marker opening a line, nested or not ("> ", ">> ", "> > "): Markdown's blockquote and e-mail's.
_QUOTE_MARKER = re.compile(r"(?m)^([ \t]*>)(?:[ \t]*>)*(?=[ \t]|$)")


def blank_quote_markers(text: str) -> str:
    """``text`` with the "> " that marks a quoted line (Markdown's blockquote, an e-mail's quotation) made
    spaces: the mark is layout, not the sentence's text ('> "We are not going to ..." Schumer said'). The same
    length, so every offset holds."""
    if ">" not in text:
        return text
    return _QUOTE_MARKER.sub(lambda m: " " * len(m[0]), text)


def markdown(text: str) -> tuple[str, dict[str, object], str | None]:
    fields, text, warning = front_matter(text)
    meta: dict[str, object] = {k: fields.get(k) for k in ("title", "outlet", "url", "wire", "sections")}
    meta["published"] = fields.get("published") or fields.get("date")
    meta["authors"] = fields.get("authors") or fields.get("author")
    meta["language"] = fields.get("language") or fields.get("lang")
    # Heading markers become spaces so the heading reads as a headline line.
    text = re.sub(r"(?m)^(#{1,6})(\s)", lambda m: " " * len(m.group(1)) + m.group(2), text)
    return plain_inline(text), meta, warning


# Markdown's inline markup (CommonMark 0.31, sections 6.2-6.7), read as the text it shows, as HTML's tags are:
# "**The mayor** [resigned](http://x.y)" is "The mayor resigned". Each span is at most 300 characters, so a line
# of openers with no closer is read in linear time; "*" and "_" inside a word ("snake_case", "5*3") or with a
# space inside the marker ("5 * 3") are no emphasis.
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^)\n]{0,300}\)")
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\](?:\([^)\n]{0,300}\)|\[[^\]\n]{0,300}\])")
# A link reference definition (CommonMark 4.7): one destination (a URL or <...>), then at most a title in quotes or
# brackets; "[Update]: The company has since responded." is a sentence, not a definition.
_LINK_DEFINITION = re.compile(r"(?m)^ {0,3}\[[^\]\n]{1,300}\]:[ \t]*(?:<[^>\n]{0,300}>|[^\s<>]{1,300})"
                              r"(?:[ \t]+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|\([^)\n]{0,300}\)))?[ \t]*$")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^\s<>]{1,300})>")
_STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^\n*_]{1,300}?)(?<=[^\s*_])\1(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)([^\n~]{1,300}?)(?<=\S)~~")
_CODE = re.compile(r"`([^`\n]{1,300})`")


def plain_inline(text: str) -> str:
    """Markdown ``text`` with its inline markup read: images dropped, links as their text, emphasis, strike
    and code marks taken off, link definitions ("[1]: https://...") blanked."""
    if not any(mark in text for mark in "*_[`~<"):
        return text
    text = _LINK_DEFINITION.sub("", _IMAGE.sub("", text))
    text = _AUTOLINK.sub(r"\1", _LINK.sub(r"\1", text))
    for pattern in (_STRONG, _EMPHASIS, _STRIKE):  # "***both***": emphasis is left of strong, then read
        text = pattern.sub(lambda m: m[m.lastindex], text)
    return _CODE.sub(r"\1", text)


# --- HTML -----------------------------------------------------------------------------------------

def html(text: str, path: Path) -> tuple[str, dict[str, object]]:
    import trafilatura  # heavy; only HTML input needs it

    try:
        deep = _deeply_nested(text, path)
        document = trafilatura.bare_extraction(text if deep is None else deep, with_metadata=True,
                                               include_comments=False)
    except RecursionError:
        raise SkippedFile(f"skipped {path.name}: HTML nested too deeply to read") from None
    if document is None:
        raise SkippedFile(f"skipped {path.name}: no article text found in the HTML")
    record = document if isinstance(document, dict) else document.as_dict()
    body = record.get("text") or ""
    if not body.strip():
        raise SkippedFile(f"skipped {path.name}: no article text found in the HTML")
    meta = {
        "title": record.get("title"),
        "outlet": record.get("sitename"),
        "published": record.get("date"),
        "url": record.get("url"),
        "sections": tuple(record.get("categories") or ()),
        "authors": record.get("author"),  # trafilatura: "Jane Doe; John Roe"
    }
    return body, meta


def _deeply_nested(text: str, path: Path) -> object | None:
    """The page parsed without libxml2's limit of 256 levels when it nests deeper, else ``None`` (trafilatura
    parses the text itself, as for every ordinary page). Old pages' unclosed tags (``<div><font>`` per item)
    nest on and on, and past the limit the parser silently dropped the rest: the story after 200 unclosed
    items was lost, or the page read as holding no text at all. Up to 2,048 levels are read so; a page nested
    deeper still is skipped, saying why, rather than read in part."""
    from lxml import etree
    from lxml import html as lxml_html

    options = dict(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True)
    data = text.encode("utf-8", "surrogatepass")
    parser = lxml_html.HTMLParser(**options)
    try:
        lxml_html.document_fromstring(data, parser=parser)
    except (ValueError, etree.ParserError):
        return None  # trafilatura reads it, or says it is no article
    if not any("Excessive depth" in entry.message for entry in parser.error_log):
        return None
    parser = lxml_html.HTMLParser(**options, huge_tree=True)
    tree = lxml_html.document_fromstring(data, parser=parser)
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        raise SkippedFile(f"skipped {path.name}: HTML nested more than 2,048 levels deep (unclosed tags?) to read")
    return tree


# --- JSON -----------------------------------------------------------------------------------------

def _number(digits: str) -> int | str:
    # Python refuses to convert integers over 4,300 digits (a ValueError mid-parse); keep long ones as text.
    return int(digits) if len(digits) <= MAX_NUMBER_DIGITS else digits


def _loads(text: str) -> object:
    return json.loads(text, parse_int=_number)


def json_records(text: str, path: Path) -> tuple[list[dict[str, object]], list[str]]:
    """The object records of a JSON or JSON Lines file, and warnings for what was left out.

    A JSON Lines file loses only its unreadable lines; a JSON file that cannot
    be read at all (invalid, nested too deeply) is skipped.
    """
    warnings: list[str] = []
    if path.suffix.lower() == ".jsonl":
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(_loads(line))
            except json.JSONDecodeError as error:
                warnings.append(f"{path.name} line {number}: invalid JSON ({error.msg}); skipped")
            except (RecursionError, ValueError):
                warnings.append(f"{path.name} line {number}: JSON nested too deeply or too large; skipped")
    else:
        try:
            loaded = _loads(text)
        except json.JSONDecodeError as error:
            raise SkippedFile(f"skipped {path.name}: invalid JSON ({error.msg}, line {error.lineno})") from None
        except (RecursionError, ValueError):
            raise SkippedFile(f"skipped {path.name}: JSON nested too deeply or too large to read") from None
        records = loaded if isinstance(loaded, list) else [loaded]
    objects = [r for r in records if isinstance(r, dict)]
    if len(objects) < len(records):
        warnings.append(f"{path.name}: {len(records) - len(objects)} JSON value(s) that are not objects; skipped")
    return objects, warnings


def pick(record: Mapping[str, object], field: str) -> object:
    """The first non-empty value among the keys that name ``field`` in news crawlers' JSON."""
    for key in JSON_FIELDS[field]:
        if record.get(key) not in (None, "", [], {}):
            return record[key]
    return None


def metadata_value(field: str, value: object) -> tuple[object, str | None]:
    """``(value, warning)``: a metadata value as text (or a tuple of texts for sections), or ``None``.

    Numbers become their digits; a value of the wrong type (``"sections": 5``,
    ``"title": {"a": 1}``, ``true``) is dropped with a warning naming it.
    """
    if value is None:
        return None, None
    if field == "authors":  # a name, a list of names, or schema.org's {"name": ...} objects
        names = value if isinstance(value, (list, tuple)) else [value]
        if all(_scalar(v) or isinstance(v, dict) and _scalar(v.get("name")) for v in names):
            return value, None
        return None, f"authors should be text or a list of names, not {_kind(value)}; ignored"
    if field == "sections":
        if isinstance(value, str):
            return clean_field(value), None
        if isinstance(value, (list, tuple)) and all(_scalar(v) for v in value):
            return tuple(clean_field(str(v)) for v in value if str(v).strip()), None
        return None, f"sections should be text or a list of texts, not {_kind(value)}; ignored"
    if _scalar(value):
        return clean_field(str(value)) or None, None
    return None, f"{field} should be text, not {_kind(value)}; ignored"


def record_id(record: Mapping[str, object], fallback: str) -> tuple[str, str | None]:
    """The id of a JSON record (its ``id`` field when it is text or a number), else ``fallback``."""
    value = record.get("id")
    if value in (None, ""):
        return fallback, None
    if not _scalar(value):
        return fallback, f"id should be text or a number, not {_kind(value)}; using {fallback!r}"
    cleaned = clean_field(str(value))
    if not cleaned:
        return fallback, f"id {value!r} has no printable characters; using {fallback!r}"
    return cleaned, None


def _scalar(value: object) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _kind(value: object) -> str:
    return {bool: "true/false", dict: "an object", list: "a list"}.get(type(value), type(value).__name__)
