"""What one article adds to the facts it shares with another: the names and the words.

A reader of a comparison's summary wants to see who or what an outlet brings into a shared
fact and in which words it tells it. So names and words are listed apart:

- a name is a run of capitalised words, as written ("Kaitlan Collins", "Geneva", with its particles:
  "Juan Ramón de la Fuente"); a
  sentence's first word counts only when the shared sentences capitalise it mid-sentence
  too. A name is added only when the other side names no part of it: "Joe Biden" adds
  nothing beside a counterpart's "Biden", so a first name is never listed as a word;
- a word is a content word the counterpart sentences lack (by stem, accents folded), less
  the most frequent words of English that WordNet does not read mostly as nouns ("makes",
  "said", "took", "really"): such words tell a reader nothing of how the fact is told.
  Frequent nouns ("war", "government") stay.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain

from mediadiff.align.lexicon import zipf
from mediadiff.align.params import SUMMARY_COMMON_ZIPF
from mediadiff.align.similarity import STOPWORDS, normalise_word, stem
from mediadiff.align.vectors import sentence_tokens
from mediadiff.corpus.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from mediadiff.corpus.namewords import NAME_PARTICLES
from mediadiff.voices.names import ROLE_WORDS, split_role
from mediadiff.voices.wordclass import senses

__all__ = ["added_terms"]

# Runs of capitalised words joined by single spaces ("Joe Biden", "Kaitlan Collins's", "Ángel Merino"): a
# capital of the Latin alphabets, accented ones too (Latin-1 to Latin Extended-B, built once).
_CAPITAL = "[" + "".join(c for c in map(chr, range(0x250)) if c.isupper()) + "]"
# A particle joins the words around it ("Juan Ramón de la Fuente"), but not the two that are also common
# English words before a capital ("Why do Democrats", "Biden ten Republicans").
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES - {"do", "ten"}, key=len, reverse=True)) + ") "
_CAPITALISED_RUN = re.compile(rf"(?<![\w’'-]){_CAPITAL}[\w’'.-]*(?: (?:{_PARTICLE})*{_CAPITAL}[\w’'.-]*)*")
_POSSESSIVE = re.compile(r"[’']s?$")
_ROLES = ROLE_WORDS | {"u.s", "us"}
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S."; "X." ends a sentence
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(MONTH_ABBREVIATIONS)
_SENTENCE_OPENERS = frozenset(".!?:;\"“‘'(")


@lru_cache(maxsize=65536)
def folded(word: str) -> str:
    """A word's stem with accents folded: "Ramón" and "Ramon" are one word to a reader."""
    return stem(unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii") or word)


@lru_cache(maxsize=65536)
def _content_word(word: str) -> tuple[str, str] | None:
    """(normalised word, accent-folded stem) of a content word that says something on its own;
    None for a stopword, number, short word or a frequent non-noun ("makes", "said")."""
    norm = normalise_word(word)
    if norm in STOPWORDS or word[:1].isdigit() or len(word) <= 2:
        return None
    if zipf(norm) >= SUMMARY_COMMON_ZIPF:
        counts = senses(norm)
        if counts is None or counts[0] < max(counts[1], counts[2]):
            return None
    return norm, folded(word)


def _names(texts: Sequence[str]) -> list[tuple[str, list[str]]]:
    """(name as written, its words) for every capitalised run of ``texts``, in order, split at a
    possessive ("CNN's Kaitlan Collins": CNN, Kaitlan Collins). A sentence's first word is a name's
    when another capitalised word follows it ("Joe Biden") or a text capitalises it mid-sentence;
    never a stop word ("The")."""
    runs: list[tuple[list[str], bool]] = []  # (words, opens a sentence)
    inside: set[str] = set()
    for text in texts:
        for match in _CAPITALISED_RUN.finditer(text):
            at = match.start() - 1  # the last character before the run that is not a space
            while at >= 0 and text[at].isspace():
                at -= 1
            opens = at < 0 or text[at] in _SENTENCE_OPENERS
            words = match.group().split()
            runs.append((words, opens))
            inside.update(words[1:] if opens else words)
    names = []
    for words, opens in runs:
        if normalise_word(words[0]) in STOPWORDS or (opens and len(words) == 1 and words[0] not in inside):
            words = words[1:]  # "The White House", "As", "Officials said": a capital that opens a sentence
        part: list[str] = []
        for word in words:
            bare = _POSSESSIVE.sub("", word) if word[-2:] in ("'s", "’s") or word[-1:] in "'’" else word
            bare = bare.rstrip(".") if not _INITIALISM.fullmatch(bare) else bare
            if bare.lower() in _DATE_WORDS or (bare.rpartition("-")[2][:1].islower() and bare not in NAME_PARTICLES):
                # "CNN Thursday", "Senate-passed": a date or a description is no part of a name
                names.append((" ".join(part), part))
                part = []
                continue
            part.append(bare)
            if bare != word.rstrip("."):  # a possessive closes a name
                names.append((" ".join(part), part))
                part = []
        if part:
            names.append((" ".join(part), part))
    names = [(" ".join(part), part) for part in (_without_trailing_particles(part) for _, part in names)]
    out = []
    for name, words in names:
        if name and not all(w.lower().strip(".") in _ROLES for w in words):  # "U.S. Secretary": an office
            _, name = split_role(name)  # "Secretary Rubio" names Rubio
            out.append((name, name.split()))
    return out


def _without_trailing_particles(part: list[str]) -> list[str]:
    """A name cut after a particle ("Ford van" of "a Ford van Tuesday") ends at its last capitalised word."""
    end = len(part)
    while end and part[end - 1] in NAME_PARTICLES:
        end -= 1
    return part[:end]


def added_terms(own_texts: Sequence[str], other_texts: Sequence[str]) -> tuple[list[str], list[str]]:
    """(names, words) of this article's shared sentences that none of the other article's shared
    sentences contain, each by how often it occurs (ties in order of first use)."""
    theirs = set(map(folded, set(chain.from_iterable(map(sentence_tokens, other_texts)))))
    # A sentence the other side has word for word adds nothing (its words are all theirs).
    theirs_as_written = set(other_texts)
    own = [text for text in own_texts if text not in theirs_as_written]
    names: Counter[str] = Counter()
    in_names: set[str] = set()
    for name, words in _names(own):
        keys = {folded(normalise_word(w)) for w in words if w not in NAME_PARTICLES}  # "de" names no one
        in_names |= keys | {folded(normalise_word(w)) for w in words}  # "van" of "van Gogh" is no added word
        if not keys & theirs:  # "Joe Biden" beside "Biden" adds no one
            names[name] += 1
    words: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    # Each distinct word once, in order of first use (so ties keep the order they had word by word).
    for word, count in Counter(chain.from_iterable(map(sentence_tokens, own))).items():
        content = _content_word(word)
        if content is None or content[1] in theirs or content[1] in in_names:
            continue
        norm, key = content
        words[spelling.setdefault(key, norm)] += count  # one spelling per folded word
    ranked = [n for n, _ in names.most_common()]
    # "Sheinbaum" beside "Claudia Sheinbaum": one person, named once (one set of the words of the
    # longer names, not a search of every name for every name: a long article names thousands)
    in_longer_names = {word for name in ranked if " " in name for word in name.split()}
    ranked = [n for n in ranked if " " in n or n not in in_longer_names]
    return ranked, [w for w, _ in words.most_common()]
