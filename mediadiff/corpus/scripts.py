"""The writing system of a text, and the language it most likely means.

Function-word counts (``align.similarity.guess_language``) tell English from
Spanish or German, but say nothing about Russian, Arabic or Chinese text; the
script does. Each script maps to the language most news in it is written in,
so the code is a guess, not a detection: Cyrillic reads as ``ru`` (it may be
Ukrainian), Arabic script as ``ar`` (it may be Persian or Urdu). ``unspaced_characters`` counts the characters
of the scripts written without spaces between words, whose words ``corpus.lines`` estimates from them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["script_language", "unspaced_characters"]

# The first word of a letter's Unicode name -> the language most news in that script uses.
SCRIPT_LANGUAGES = {
    "CYRILLIC": "ru", "ARABIC": "ar", "HEBREW": "he", "GREEK": "el", "DEVANAGARI": "hi", "BENGALI": "bn",
    "THAI": "th", "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja", "CJK": "zh", "GEORGIAN": "ka",
    "ARMENIAN": "hy", "TAMIL": "ta", "TELUGU": "te", "GUJARATI": "gu", "GURMUKHI": "pa", "KHMER": "km",
    "MYANMAR": "my", "LAO": "lo", "ETHIOPIC": "am", "SINHALA": "si", "KANNADA": "kn", "MALAYALAM": "ml",
}
MIN_SCRIPT_SHARE = 0.5  # share of a text's letters that must be in one non-Latin script
SAMPLE_LETTERS = 2000  # enough letters to know the script; keeps long articles cheap


def script_language(text: str) -> str | None:
    """A language code when most letters of ``text`` are in one non-Latin script, else ``None``.

    Japanese mixes kana with Chinese characters: any kana makes Han text ``ja``.
    """
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            counts["LATIN"] = counts.get("LATIN", 0) + 1
        else:
            script = unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]
            counts[script] = counts.get(script, 0) + 1
        if letters >= SAMPLE_LETTERS:
            break
    if not letters:
        return None
    if counts.get("CJK") and (counts.get("HIRAGANA") or counts.get("KATAKANA")):
        counts["HIRAGANA"] = counts.get("HIRAGANA", 0) + counts.pop("CJK") + counts.pop("KATAKANA", 0)
    script, count = max(counts.items(), key=lambda item: item[1])
    if script not in SCRIPT_LANGUAGES or count < MIN_SCRIPT_SHARE * letters:
        return None
    return SCRIPT_LANGUAGES[script]


# Compiled on first use, and searched only in a text holding a character as high as the class's first: the Han and
# kana class took 2 ms to compile (the compiler marks each of its 28,000 characters one by one), which a text in
# Latin letters with curly quotes and dashes (all below U+3040) never needs.
_HAN_KANA = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_THAI_LAO_KHMER_MYANMAR = r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"


@cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def unspaced_characters(text: str) -> tuple[int, int]:
    """(Chinese and Japanese characters, Thai, Lao, Khmer and Myanmar characters) in ``text``, not ASCII."""
    highest = max(text, default="")  # "" has none of either
    return (len(_pattern(_HAN_KANA).findall(text)) if highest >= "\u3040" else 0,
            len(_pattern(_THAI_LAO_KHMER_MYANMAR).findall(text)) if highest >= "\u0e00" else 0)
