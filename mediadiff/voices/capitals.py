"""Capitalised runs of words, and which of their words name someone.

``NAME_RE`` finds runs of capitalised words ("Mexican President Claudia Sheinbaum", "Juan Ramón
de la Fuente"); ``trimmed_run`` cuts the words that open or close no name ("But", "of"). A word
opening a sentence is capitalised by its place, so its capital says nothing: ``opener_cut`` drops
it from the run ("Rival Hillary Clinton", "Injecting Clinton's", "Although Trump") when the article
gives evidence that it is an ordinary word (``CapitalEvidence``: written in lower case elsewhere,
never capitalised inside a sentence) or its form says so (a gerund, an -ly adverb, a function word).
Rules and the shipped word lists only (``wordclass``); nothing here was fitted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from mediadiff.voices.names import ORG_HEADS, ROLE_WORDS
from mediadiff.voices.wordclass import MODALS, function_words, is_inflected_form, reads_as_verb, senses

NOT_NAMES = frozenset("""
the a an this that these those his her their its our my your he she it they we i you but and or if
when while as in on at for from with by after before however meanwhile earlier later also then still
of to about like among under over into per
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december mr mr. mrs mrs. ms ms. dr dr. yes no first second third
""".split())
_CAP = r"(?:[A-Z][\w’'.\-]*|U\.S\.|UK|EU)"
_CONNECT = r"(?:of(?:[ \t]+the)?|for|de|la|del|da|van|von|and)"
NAME_RE = re.compile(rf"{_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)*{_CAP})*")
# A capitalised word after a lower-case word, a comma or a closing bracket and one space is inside a
# sentence, and its capital is its own, not its place's nor that of the capitalised words before it.
_MID_SENTENCE_CAPITAL = re.compile(r"(?:\b[a-z][\w’'\-]*|[,;)%]) ([A-Z][\w’'\-]*)")
_LOWER_WORD = re.compile(r"\b[a-z][\w’'\-]*")


@lru_cache(maxsize=65536)
def trimmed_run(phrase: str) -> tuple[int, str] | None:
    """A capitalised run with the words that open or close no name cut off: (characters cut at
    the start, the name), or ``None``; read once per distinct run (names recur)."""
    start = 0
    tokens = phrase.split()
    while tokens and tokens[0].lower() in NOT_NAMES:
        start += len(tokens[0]) + 1
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in {"of", "for", "de", "la", "the", "and", "on"}:
        tokens = tokens[:-1]
    if tokens and tokens[-1].endswith(".") and len(tokens[-1]) > 2 and "." not in tokens[-1][:-1]:
        tokens[-1] = tokens[-1][:-1]  # "the State Department." ends a sentence
    if not tokens or len(" ".join(tokens).strip(".")) < 2:
        return None
    return start, " ".join(tokens)


@dataclass(frozen=True)
class CapitalEvidence:
    """What one article says about its words' capitals: the words it capitalises inside a
    sentence, and the words it writes in lower case."""

    capitalised: frozenset[str]
    lower: frozenset[str]

    @classmethod
    def of(cls, text: str) -> CapitalEvidence:
        capitalised = frozenset(map(_bare, _MID_SENTENCE_CAPITAL.findall(text)))
        return cls(capitalised, frozenset(_LOWER_WORD.findall(text)))


    def ordinary(self, word: str) -> bool:
        """Whether ``word``, written with a capital, is an ordinary word here rather than a name: never
        capitalised inside a sentence, and written in lower case elsewhere or a gerund, an -ly adverb or
        a function word ("Get those jokes off", "Check out the trailer": a sentence's first word)."""
        low = word.lower()
        return word.isalpha() and word not in self.capitalised and (
            low in self.lower or is_inflected_form(low) or low in function_words())

    def verb_opening(self, word: str) -> bool:
        """Whether ``word`` is a verb opening an imperative ("Check out the trailer for “13th”"): a word
        never capitalised inside a sentence here that reads as a verb (``wordclass.reads_as_verb``) and
        is written in lower case elsewhere or has WordNet noun senses to weigh (names have neither)."""
        low = word.lower()
        return word.isalpha() and word not in self.capitalised and reads_as_verb(low) and (
            low in self.lower or senses(low) is not None)


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def opener_cut(name: str, evidence: CapitalEvidence) -> int:
    """Characters to cut from the start of ``name``, a capitalised run that opens its sentence: the
    length of its first word and the space after it when that word is no part of the name, else 0.

    The first word is kept when the article capitalises it inside a sentence ("Hillary"). It is cut
    when it is a gerund or an -ly adverb of a known word ("Injecting Clinton's", "Reportedly"), a
    function word ("What Mr. Trump", "During Tuesday"), or a word the article writes in lower case
    elsewhere, before a name it capitalises inside a sentence elsewhere, and the word either has no
    noun reading ("Although Trump", "Even China") or stands before two capitalised words or more
    ("Rival Hillary Clinton"; not "Bill Clinton": a noun and one word may be a first name and a
    surname; not "Federal Reserve" when only this run writes "Reserve").
    """
    first, _, rest = name.partition(" ")
    if not rest or first in evidence.capitalised or not first.isalpha() or first.lower() in ROLE_WORDS | ORG_HEADS:
        return 0  # a role or organisation word opens the role: "President Barack Obama" (names.split_role)
    low = first.lower()
    if is_inflected_form(low) or low in function_words() and low not in MODALS:
        return len(first) + 1
    words = rest.split()
    named_elsewhere = _bare(words[0]) in evidence.capitalised
    ordinary = low in evidence.lower and (senses(low) is None or sum(w[:1].isupper() for w in words) >= 2)
    return len(first) + 1 if named_elsewhere and ordinary else 0


def sentence_names(text: str, base: int, evidence: CapitalEvidence | None = None,
                    opened: dict[int, int] | None = None) -> Iterable[tuple[str, int, int]]:
    """Names in a sentence ``text`` at ``base``; with ``evidence``, a word capitalised only by its
    place at the start of the sentence is left out of the name it opens (``opener_cut``),
    and ``opened`` maps where such a name starts to where its sentence does."""
    opening = len(text) - len(text.lstrip(_OPENING)) if evidence is not None else -1
    for m in NAME_RE.finditer(text):
        trimmed = trimmed_run(m.group(0))
        if trimmed is not None:
            skip, name = trimmed
            if m.start() + skip == opening:
                cut = opener_cut(name, evidence)
                trimmed = trimmed_run(name[cut:]) if cut else (0, name)
                if trimmed is None:
                    continue
                skip, name = skip + cut + trimmed[0], trimmed[1]
                if cut and opened is not None:
                    opened[base + m.start() + skip] = base + opening
            yield name, base + m.start() + skip, base + m.start() + skip + len(name)


# What may stand before a sentence's first word: space, quote marks, brackets, dashes.
_OPENING = " \t\n\r“\"‘'(«[—–-~"
