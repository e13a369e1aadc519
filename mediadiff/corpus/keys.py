"""The key that tells repeated text apart from new: a title, a line or a sentence seen before, whatever its case,
punctuation or typography."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise"]

_WORD = re.compile(r"\w+")
# ASCII's word characters are [A-Za-z0-9_]: every other one is a space here.
_ASCII_WORDS = [ch if ch.isalnum() or ch == "_" else " " for ch in map(chr, range(128))]


def normalise(text: str) -> str:
    """Lower-case letters and digits only: the key for spotting repeated text."""
    if text.isascii():  # NFKC leaves it as it is: the same key, read in C (the pattern's search took twice as long)
        return " ".join(text.lower().translate(_ASCII_WORDS).split())
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).lower()))
