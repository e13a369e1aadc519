"""Bytes of an article file -> text, and text made safe to keep.

Decoding tries, in order: UTF-32/UTF-16 by their BOM; UTF-16 without a BOM,
recognised by its NUL bytes (other bytes with NULs are not text); UTF-8 (with
or without a BOM); UTF-8 with a
few lines in cp1252 (a file pasted together from two sources); cp1252 (the
superset of latin-1 that Windows and most old web pages use) when the result
reads like Western text; and only then a statistical guess (charset-normalizer),
which is unreliable on short texts (it read short latin-1 as cp775 and cp1252
as mac_iceland). Every decoding other than plain UTF-8 comes with a warning
naming the encoding used.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_bytes", "describe", "blank_controls", "lone_returns_as_newlines", "clean_field", "looks_binary",
           "visible"]

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Western European text has few non-ASCII letters (French about 4 %, German about 2 %);
# Cyrillic or Greek single-byte text read as cp1252 is almost all non-ASCII.
MAX_NON_ASCII_LETTER_SHARE = 0.30
# A file is text with stray NUL bytes, kept without them, when they stand alone (never two in a row), are at most
# 1 byte in 10, and the rest decodes with at most 1 other control character in 100; an executable, an image, a
# compressed or word-processor file pads with runs of NULs and has other control bytes throughout (git and grep
# call a file with any NUL binary: they need not read it; a reader of news would rather keep a damaged article).
MAX_STRAY_NUL_SHARE = 0.1
MAX_CONTROL_SHARE = 0.01
# Characters a real cp1252 text uses above ASCII: Latin-1 letters, typographic punctuation, currency.
_WESTERN = re.compile(r"[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u2013\u2014\u2018-\u201e"
                      r"\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u02c6\u02dc]")


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """``(text, note)``: the decoded text, and a note naming the encoding when it was not plain UTF-8.

    Raises ``ValueError`` for bytes that are not text (NUL bytes in a file that is not UTF-16 or UTF-32,
    unless they are a few stray ones in text: ``_stray_nuls``).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), f"decoded as {encoding.upper()} (byte order mark)"
            except UnicodeDecodeError:
                break
    if looks_binary(data):  # NUL bytes: UTF-16 without a BOM, or not text at all
        utf16 = _bomless_utf16(data)
        try:
            text = data.decode(utf16) if utf16 else ""
        except UnicodeDecodeError:
            text = ""
        if utf16 and _mostly_printable(text):
            return text, f"decoded as {utf16.upper()} (no byte order mark)"
        return _stray_nuls(data)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    mixed = _utf8_with_cp1252_lines(data)
    if mixed is not None:
        return mixed
    western = _cp1252(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes  # only for the rare file that is none of the above

    best = from_bytes(data).best()
    encoding = best.encoding if best else "cp1252"
    return data.decode(encoding, errors="replace"), f"decoded as {encoding} (a statistical guess)"


def _stray_nuls(data: bytes) -> tuple[str, str]:
    """Text with a few lone NUL bytes in it (a bad copy, a field exported from a database): the text without them,
    and a note saying how many were dropped (``MAX_STRAY_NUL_SHARE``); a binary file raises ``ValueError``."""
    nuls = data.count(0)
    if nuls <= len(data) * MAX_STRAY_NUL_SHARE and b"\x00\x00" not in data:
        text, note = decode_bytes(data.replace(b"\x00", b""))
        if text.strip() and len(_CONTROLS.findall(text)) <= len(text) * MAX_CONTROL_SHARE:
            dropped = f"{nuls} NUL byte{'s' * (nuls > 1)} dropped"
            return text, f"{dropped}; {note}" if note else dropped
    raise ValueError("binary file, not text")


def describe(name: str, note: str) -> str:
    """The warning for the ``note`` ``decode_bytes`` gave on file ``name``."""
    return f"{name} is not UTF-8; {note}" if note.startswith("decoded as") else f"{name}: {note}"


def looks_binary(data: bytes) -> bool:
    """NUL bytes near the start: no single-byte or UTF-8 text has them."""
    return b"\x00" in data[:8192]


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the NUL bytes fall on one side of each pair, as in mostly-ASCII UTF-16."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _mostly_printable(text: str) -> bool:
    sample = text[:2048]
    return bool(sample) and sum(ch.isprintable() or ch in "\n\r\t" for ch in sample) >= 0.95 * len(sample)


def _utf8_with_cp1252_lines(data: bytes) -> tuple[str, str] | None:
    """Mostly UTF-8 with some lines in cp1252: each line decoded on its own, so the UTF-8 parts stay right."""
    lines = data.split(b"\n")
    decoded, legacy = [], 0
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(_decode_cp1252(line))
            legacy += 1
    utf8_non_ascii = sum(1 for line in lines if not line.isascii()) - legacy
    if utf8_non_ascii == 0:  # no line is real UTF-8 beyond ASCII: a single-byte file, not a mixed one
        return None
    return "\n".join(decoded).removeprefix("\ufeff"), f"mixed: UTF-8 with {legacy} line(s) decoded as cp1252"


def _decode_cp1252(data: bytes) -> str:
    # The five bytes cp1252 leaves undefined are read as latin-1 (C1 controls, blanked later).
    return data.decode("cp1252", errors="strict") if _cp1252_defined(data) else data.decode("latin-1")


def _cp1252_defined(data: bytes) -> bool:
    return not any(byte in data for byte in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _cp1252(data: bytes) -> tuple[str, str] | None:
    """cp1252 (or latin-1) when the decoded text reads like Western European text, else ``None``."""
    encoding = "cp1252" if _cp1252_defined(data) else "latin-1"
    text = data.decode(encoding)
    letters = [ch for ch in text if ch.isalpha()]
    high = [ch for ch in text if ord(ch) > 127]
    if not letters or not high:
        return None
    if sum(1 for ch in letters if ord(ch) > 127) / len(letters) > MAX_NON_ASCII_LETTER_SHARE:
        return None
    if sum(1 for ch in high if _WESTERN.match(ch)) < 0.9 * len(high):
        return None
    return text, f"decoded as {encoding}"


# Every control character but tab, line feed and carriage return: C0, DEL, C1.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


_LONE_CR = re.compile(r"\r(?!\n)")
# A terminal escape sequence whole, within one line: CSI ("ESC[31m", "ESC[2J": ends at its final byte), OSC
# ("ESC]0;title BEL") and the string commands (DCS, SOS, PM, APC), which end at BEL or ESC \. Blanking only its ESC
# left "[31m" glued to the next word ("[31mThe mayor"). An ESC that opens no complete sequence is blanked alone:
# a stray ESC before "Prime Minister ..." must not blank the rest of the line.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*+[!-/]*+[@-~]"  # no space inside: "ESC[ and fell" is a stray ESC before text
    r"|\x1b[\]PX^_][^\x07\x1b\n]*+(?:\x07|\x1b\\)"
)


def blank_controls(text: str) -> str:
    """``text`` with each control character replaced by one space, and a carriage return that ends a line alone
    (classic Mac OS files, some exports) by a line feed, so every offset stays valid.

    Control characters are never article text; left in, escape sequences would
    reach terminals and NUL bytes file names. A file of lone carriage returns was one line: its headline ran into
    the first sentence ("TalksThe minister met ...").
    """
    text = lone_returns_as_newlines(text)
    if not _CONTROLS.search(text):
        return text
    if "\x1b" in text:
        text = _ESCAPE_SEQUENCE.sub(lambda sequence: " " * len(sequence.group()), text)
    return _CONTROLS.sub(" ", text)


def lone_returns_as_newlines(text: str) -> str:
    """``text`` with each carriage return not followed by a line feed made one (same length): the line ends of
    classic Mac OS files, read before any format (front matter, JSON Lines) looks for lines."""
    return _LONE_CR.sub("\n", text) if "\r" in text else text


# Format characters (Unicode category Cf) that show nothing: soft hyphen, Arabic letter mark, Mongolian vowel
# separator, zero-width space, non-joiner and joiner, left-to-right and right-to-left marks, bidi embeddings,
# overrides and isolates, word joiner and invisible operators, byte order mark, interlinear annotation marks,
# musical format controls and tag characters. The Cf characters that do show (Arabic number signs U+0600-0605,
# Egyptian hieroglyph and shorthand format controls) are kept.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
_JOINERS = "\u200c\u200d"  # part of the spelling in Persian, Indic scripts and emoji sequences


def visible(text: str) -> str:
    """``text`` without invisible format characters (zero-width spaces, soft hyphens, bidi marks, BOM).

    They take no room on screen, so they would push a table's columns out of
    line, and bidi controls reorder what follows them. A zero-width joiner or
    non-joiner between two non-ASCII characters is kept: it is part of the
    spelling of a Persian or Indic word or an emoji sequence, and takes no room.
    """
    if text.isascii() or not _INVISIBLE.search(text):
        return text

    def keep_joiner(match: re.Match[str]) -> str:
        start, end = match.span()
        inside_word = (match.group() in _JOINERS and 0 < start and end < len(text)
                       and not text[start - 1].isascii() and not text[end].isascii())
        return match.group() if inside_word else ""

    return _INVISIBLE.sub(keep_joiner, text)


def clean_field(value: str) -> str:
    """A metadata value or id as one plain line: no control characters, whitespace runs made one space, no
    invisible format character (``visible``): a zero-width space or a bidi mark in a manifest's outlet name
    ("Daily\u200b Post") made it another outlet than the one the articles name, and reached CSV and JSON raw."""
    return " ".join(visible(_CONTROLS.sub(" ", _ESCAPE_SEQUENCE.sub(" ", value))).split())


def field_or_none(value: object) -> str | None:
    """A metadata value as ``clean_field`` gives it, or ``None`` for nothing (``None``, "", a blank line)."""
    return clean_field(str(value)) or None if value else None
