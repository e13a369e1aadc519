"""The writing system of a text, and the language it most likely means.

Function-word counts (``align.similarity.guess_language``) tell English from
Spanish or German, but say nothing about Russian, Arabic or Chinese text; the
script does. Each script maps to the language most news in it is written in,
so the code is a guess, not a detection: Cyrillic reads as ``ru`` (it may be
Ukrainian), Arabic script as ``ar`` (it may be Persian or Urdu).
"""

from __future__ import annotations

import unicodedata

__all__ = ["script_language"]

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
