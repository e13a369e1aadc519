"""Which words of a sentence are part of a proper name, so the news scorer leaves their sentiment out.

VADER scores "The United States" as positive ("united" +1.8) and "the Justice
Department" as positive ("justice" +2.4). Before VADER sees a sentence, such
words are replaced by a neutral placeholder of the same case, so every other
VADER rule (negation and booster windows, "but", ALL-CAPS emphasis, punctuation)
sees the same number of tokens in the same places.

A lexicon word is taken as part of a name when it is written Capitalised (not
ALL CAPS) and either

* it is inside a listed name (``data/names.txt``, matched case-sensitively on
  whole tokens, anywhere in the sentence), or
* it is not at a clause start (sentence start, after ``.:;!?`` or an opening
  quote) and a neighbouring token is capitalised too ("Supreme Court",
  "Miss Otis"), or it stands alone mid-sentence ("an act of God").

A lexicon word written in capitals without a vowel letter is one of VADER's chat initialisms ("nfc", "tx", "nh",
"wtf"): in news, written so, it abbreviates a name ("Manchester, NH", "the NFC playoffs", "the WTF Files"), and is
masked too; other words in capitals ("I HATE it") keep VADER's emphasis.

A Capitalised first word ("Great results were ...") is a sentence start, not a
name, and keeps its sentiment, unless it is a first name before a Capitalised
word ("Rob Portman said", ``data/first_names.tsv``). Sentences written in Title
Case (headlines: mostly Capitalised, and lower case only where Title Case keeps
it, "of", "the", "in") only use the list and first names. Negations and VADER boosters ("No", "Most") are
never masked: they are VADER rules, not names. ``mask_names(..., rules=True)``
also masks the words ``mediadiff.tone.newsrules`` finds are not tone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import add

from mediadiff.corpus.namewords import TITLE_CASE_SMALL
from mediadiff.corpus.wordtables import DATA, table_row
from mediadiff.tone.certainty import frozen_instance
from mediadiff.tone.events import EVENT_NOUNS, reported_events
from mediadiff.tone.harms import (
    classified_harms,
    committed_acts,
    fired_weapons,
    harm_words,
    increased_harms,
    relational_adjectives,
    thwarted_proposals,
)
from mediadiff.tone.newsrules import REPORTING_ADJECTIVES, SUBJECT_OF_EVALUATION, not_tone
from mediadiff.tone.objectscope import topic_negators
from mediadiff.tone.scopes import (
    OTHER_PREPOSITIONS,
    QUANTIFIER_ASIDE,
    READ_AS_NOT,
    quantifier_scope,
    read_as_not,
    reduced_objects,
)
from mediadiff.tone.senses import authorising, care_verbs, dealt_with, judges, outbreaks, sense_words
from mediadiff.tone.sides import SIDES, side_words
from mediadiff.tone.sizes import SIZE_WORDS, SIZED_SUBJECT, good_amounts, sized_harms
from mediadiff.tone.timewords import TIME_STARTERS, time_expressions

TOPIC_NEGATOR = "negative object: negates its verb, not its topic"

__all__ = ["NameMask", "load_names", "mask_names", "mask_parts"]

PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u201c\u201d\u2018\u2019"
_OPENING_QUOTES = ("\"", "''", "\u201c", "\u2018", "'")
_CLAUSE_END = tuple(".:;!?")
_ABBREVIATION = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|Mt|Ft|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\."
)
_VOWELS = frozenset("aeiouy")  # a lexicon word without any is one of VADER's chat initialisms ("nfc", "tx", "wtf")
PLACEHOLDER = "Zname"  # not in VADER's lexicon, negations or boosters; Capitalised like the word it replaces
NEGATION = "not"  # what VADER reads for a downward-entailing operator ("few", "hardly"; tone.scopes, off)


@dataclass(frozen=True)
class NameMask:
    """The text VADER should score and the words left out, as ``[start, end)``
    character ranges into the original text (lower-cased word, start, end)."""

    text: str
    masked: tuple[tuple[str, int, int], ...]
    reasons: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_names() -> tuple[tuple[str, ...], ...]:
    """The shipped names (``data/names.txt``) as token tuples, longest first."""
    raw = (DATA / "names.txt").read_text(encoding="utf-8")
    names = {tuple(line.split()) for line in raw.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=4)
def _names_by_first_word(names: tuple[tuple[str, ...], ...]) -> tuple[dict[str, tuple[tuple[str, ...], ...]],
                                                                       frozenset[str]]:
    """First word -> the names it opens (longest first), and those first words lower-cased (the
    sentence's lower-cased words are what a pass over every word reads)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in names:  # already longest first, and kept so
        index.setdefault(name[0], []).append(name)
    return {first: tuple(group) for first, group in index.items()}, frozenset(first.lower() for first in index)


@lru_cache(maxsize=1)
def _shipped_names_by_first_word() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    return _names_by_first_word(load_names())


_WORD_RUNS = re.compile(r"(\S+)")  # \S is str.split()'s notion of whitespace (both use str.isspace)


class _Cores(dict[str, tuple[str, int, str]]):
    """Whitespace token -> (core without surrounding punctuation, where the core starts in the
    token, lower-cased core), computed once per distinct token: news repeats its words."""

    def __missing__(self, token: str) -> tuple[str, int, str]:
        if len(self) >= 200_000:  # a bound for endless streams of distinct tokens
            self.clear()
        stripped = token.lstrip(PUNCT)
        core = stripped.rstrip(PUNCT)
        value = self[token] = (core, len(token) - len(stripped), core.lower())
        return value


class _LowerCores(dict[str, str]):
    """Whitespace token -> its lower-cased core (``_CORES``' third column, in a dict of its own so a
    sentence's column is one map in C)."""

    def __missing__(self, token: str) -> str:
        if len(self) >= 200_000:
            self.clear()
        value = self[token] = _CORES[token][2]
        return value


_NOT_A_WORD, _SMALL, _CAPITAL = 0, 1, 2


class _Initials(dict[str, int]):
    """Whitespace token -> whether its core starts with no letter, a letter or a capital letter, once
    per distinct token (a headline is told by its words' initials)."""

    def __missing__(self, token: str) -> int:
        if len(self) >= 200_000:
            self.clear()
        first = _CORES[token][0][:1]
        value = self[token] = _NOT_A_WORD if not first.isalpha() else _CAPITAL if first.isupper() else _SMALL
        return value


_CORES = _Cores()
_INITIALS = _Initials()
_LOWER_CORES = _LowerCores()


@lru_cache(maxsize=16)
def _tokens(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]]:
    """Whitespace tokens as parallel columns: the tokens, where each starts, and their lower-cased
    cores (``_CORES[token]`` has the core and where it starts in the token, for the few words that
    need them). Cached because masking and the cue listing read the same sentence."""
    tokens = text.split()
    if not tokens:
        return (), (), ()
    return tuple(tokens), token_starts(text, tokens), tuple(map(_LOWER_CORES.__getitem__, tokens))


def token_starts(text: str, tokens: Sequence[str]) -> tuple[int, ...]:
    """Where each whitespace token of ``text`` (``text.split()``) starts."""
    if " ".join(tokens) == text:  # one space between tokens (most sentences): offsets are running sums
        # token i starts after the lengths of the tokens before it and i spaces
        return tuple(map(add, accumulate(map(len, tokens), initial=0), range(len(tokens))))
    parts = _WORD_RUNS.split(text)  # gaps and tokens alternate: offsets are running sums of lengths
    return tuple(accumulate(map(len, parts)))[0::2][: len(tokens)]


def mask_names(
    text: str, *, lexicon: Mapping[str, float], keep: Collection[str] = (),
    names: tuple[tuple[str, ...], ...] | None = None, rules: bool = False,
) -> NameMask:
    """Replace lexicon words that are part of a proper name in ``text`` by a
    placeholder. ``lexicon`` maps lower-cased words to VADER valences; words in
    ``keep`` (VADER's negations and boosters) are never masked."""
    masked_text, masked, reasons = mask_parts(text, lexicon=lexicon, keep=keep, names=names, rules=rules)
    # built without the dataclass __init__ (see certainty.frozen_instance)
    return frozen_instance(NameMask, {"text": masked_text, "masked": masked, "reasons": reasons})


def mask_parts(
    text: str, *, lexicon: Mapping[str, float], keep: Collection[str] = (),
    names: tuple[tuple[str, ...], ...] | None = None, rules: bool = False,
    quantifiers: tuple[list[int], list[int]] | None = None,
) -> tuple[str, tuple[tuple[str, int, int], ...], tuple[str, ...]]:
    """``mask_names``' text, masked words and reasons as a triple (news tone reads them straight);
    ``quantifiers`` as in ``masked_parts``."""
    tokens, starts, lower = _tokens(text)
    hits = list(compress(range(len(lower)), map(lexicon.__contains__, lower)))  # one lookup per word, in C
    return masked_parts(text, tokens, starts, lower, hits, lexicon=lexicon, keep=keep, names=names, rules=rules,
                        quantifiers=quantifiers)[:3]


def masked_parts(
    text: str, tokens: Sequence[str], starts: Sequence[int], lower: Sequence[str], hits: Sequence[int], *,
    lexicon: Mapping[str, float], keep: Collection[str] = (), names: tuple[tuple[str, ...], ...] | None = None,
    rules: bool = False, triggers: Sequence[bool] | None = None, quantifiers: tuple[list[int], list[int]] | None = None,
) -> tuple[str, tuple[tuple[str, int, int], ...], tuple[str, ...], Sequence[int]]:
    """``mask_parts`` of ``text`` given its whitespace ``tokens``, where each starts, their lower-cased cores
    and the indices of the lexicon words among them (``hits``); ``triggers`` as in ``newsrules.not_tone``;
    ``quantifiers``: ``scopes.quantifier_scope`` of these tokens with this ``lexicon``, when the caller has it
    (news tone reads its negated predicates too: one reading of the scope).
    Scoring has them already (``tone.reading``). Then what replaced which token, by index: PLACEHOLDER for a masked
    token, NEGATION for a downward-entailing operator (in the text only: it is no word left out)."""
    # Only lexicon words are masked (the news rules' "made clear" too, when "clear" is one): a sentence
    # without any, a third of news, is done.
    if not hits and (not rules or all(w in lexicon for w in REPORTING_ADJECTIVES)
                     and relational_adjectives().isdisjoint(lower)  # Pattern's "sexual misconduct" (tone.harms)
                     and SIZE_WORDS.isdisjoint(lower)):  # Pattern's "tremendous suffering" (tone.sizes)
        return text, (), (), ()
    chosen = _name_words(tokens, lower, hits, keep=keep, names=names)
    reasons = dict.fromkeys(chosen, "part of a name")
    negations: list[int] = []  # downward-entailing operators VADER reads as its "not" (tone.scopes, off)
    if rules:  # words that are not tone by what they do in the sentence (mediadiff.tone.newsrules, tone.scopes)
        found = not_tone(lower, tokens, lexicon=lexicon, keep=keep, hits=hits, triggers=triggers)
        for i, why in reduced_objects(lower, tokens, lexicon=lexicon, keep=keep).items():
            found.setdefault(i, why)
        if not TIME_STARTERS.isdisjoint(lower):  # most sentences have none of its words (a set test in C)
            for i, why in time_expressions(lower, tokens, lexicon=lexicon).items():
                found.setdefault(i, why)
        negations, parts = read_as_not(lower, tokens)
        found.update(dict.fromkeys(parts, READ_AS_NOT))
        if quantifiers is None:
            quantifiers = quantifier_scope(lower, tokens, lexicon=lexicon)
        found.update(dict.fromkeys(quantifiers[0], QUANTIFIER_ASIDE))
        found.update(dict.fromkeys(topic_negators(lower, tokens), TOPIC_NEGATOR))
        if not SIDES.isdisjoint(lower):  # "a right hand" (tone.sides)
            for i, why in side_words(lower, tokens, lexicon=lexicon).items():
                found.setdefault(i, why)
        if not EVENT_NOUNS.isdisjoint(lower):  # a set test in C: few sentences name a disaster
            for i, why in reported_events(lower, tokens, lexicon=lexicon).items():
                found.setdefault(i, why)
        if not _sense_words().isdisjoint(lower):  # most sentences hold no word these rules read (a set test in C)
            _sense_rules(lower, tokens, lexicon=lexicon, found=found)
        if found:
            reasons.update({i: why for i, why in found.items() if i not in reasons})
            chosen = sorted(reasons)
    if not chosen and not negations:
        return text, (), (), {}
    replaced = dict.fromkeys(chosen, PLACEHOLDER)
    if negations:
        replaced = dict(sorted({**replaced, **dict.fromkeys(negations, NEGATION)}.items()))
    out, masked, last = [], [], 0
    for i, placeholder in replaced.items():
        word, offset, _ = _CORES[tokens[i]]
        begin = starts[i] + offset
        end = begin + len(word)
        out += [text[last:begin], placeholder]
        if placeholder is PLACEHOLDER:
            masked.append((lower[i], begin, end))
        last = end
    out.append(text[last:])
    return "".join(out), tuple(masked), tuple(reasons[i] for i in chosen), replaced


def _sense_rules(lower: Sequence[str], tokens: Sequence[str], *, lexicon: Mapping[str, float],
                 found: dict[int, str]) -> None:
    """The rules of ``tone.senses``, ``tone.harms`` and ``tone.sizes`` into ``found`` (token index -> why)."""
    for i, why in care_verbs(lower, tokens, lexicon=lexicon).items():
        found.setdefault(i, why)
    for i, why in judges(lower, tokens, lexicon=lexicon, prepositions=OTHER_PREPOSITIONS).items():
        found.setdefault(i, why)
    for rule in (authorising, dealt_with, outbreaks,  # tone.senses, then tone.harms and tone.sizes' amounts
                 fired_weapons, increased_harms, committed_acts, classified_harms, thwarted_proposals, good_amounts):
        for i, why in rule(lower, tokens, lexicon=lexicon).items():
            found.setdefault(i, why)
    for i, why in sized_harms(lower, tokens, lexicon=lexicon).items():
        if why != SIZED_SUBJECT:
            found.setdefault(i, why)
        elif found.get(i) == SUBJECT_OF_EVALUATION:
            del found[i]  # "The damage was significant": measured, not evaluated


@lru_cache(maxsize=1)
def _sense_words() -> frozenset[str]:
    """The words one of the rules of ``tone.senses`` and ``tone.harms`` starts from: a sentence without any has none."""
    return sense_words() | harm_words() | SIZE_WORDS | {"good"}


def _name_words(tokens: Sequence[str], lower: Sequence[str], hits: Sequence[int], *, keep: Collection[str],
                names: tuple[tuple[str, ...], ...] | None) -> list[int]:
    """The lexicon words (token indices ``hits``) that are part of a name. The list of names is only
    read for a Capitalised word at a clause start or in a headline: most sentences have none."""
    chosen: list[int] = []
    headline: bool | None = None  # decided when a capitalised lexicon word needs it
    listed: set[int] | None = None
    for i in hits:
        word = _CORES[tokens[i]][0]
        if word.isupper() and len(word) > 1 and _VOWELS.isdisjoint(lower[i]) and lower[i] not in keep:
            chosen.append(i)  # "Manchester, NH", "the NFC playoffs": VADER's chat initialisms are abbreviations here
            continue
        if lower[i] in keep or not word[:1].isupper() or word.isupper():
            continue
        if headline is None:
            headline = _title_case(tokens, lower)
        if not headline and _quoted_title(tokens, lower, i):
            chosen.append(i)
            continue
        if not headline and not _clause_start(tokens, i):
            chosen.append(i)
            continue
        if listed is None:
            listed = _listed_names(tokens, lower, names)
        if i in listed or _opens_personal_name(tokens, lower, i):
            chosen.append(i)
    return chosen


def _title_case(tokens: Sequence[str], lower: Sequence[str]) -> bool:
    """Written in Title Case (a headline): at least 60% of its (four or more) words Capitalised, and every word in
    lower case one that Title Case leaves so. A lower-case verb or noun ("The Proud Boys marched in Portland on
    Saturday.", "The New York Times reported" with its reported clause blanked) is prose, whose capitalised words
    are names however many there are."""
    initials = list(map(_INITIALS.__getitem__, tokens))
    alpha = len(initials) - initials.count(_NOT_A_WORD)
    if alpha < 4 or initials.count(_CAPITAL) < 0.6 * alpha:
        return False
    return all(word in TITLE_CASE_SMALL for word, initial in zip(lower, initials) if initial == _SMALL)


def _opens_personal_name(tokens: Sequence[str], lower: Sequence[str], i: int) -> bool:
    """A first name (``data/first_names.tsv``: "Rob", "Hope", "Grace") right before a Capitalised word, with no
    clause mark between, opens a person's name ("Rob Portman (Ohio) voted ..."): at a clause start too."""
    if i + 1 >= len(tokens) or tokens[i].endswith(_CLAUSE_END + (",",)) or _INITIALS[tokens[i + 1]] != _CAPITAL:
        return False
    return _CORES[tokens[i]][0] == tokens[i] and table_row("first_names.tsv", lower[i]) is not None


_CLOSING_QUOTES = ("\"", "''", "\u201d", "\u2019", "'")


def _quoted_title(tokens: Sequence[str], lower: Sequence[str], i: int, longest: int = 6) -> bool:
    """Token ``i`` is inside a title in quotation marks: a song, book, film or programme ("sang \u201cHappy
    Birthday\u201d to him"). The quotation opens mid-clause (not after a clause mark, where speech opens), holds
    two to ``longest`` words in Title Case and closes with no punctuation of a sentence inside: it names a work,
    whose words are no tone of the outlet's, as a name's are not."""
    start = i
    while start > i - longest and start >= 0 and not tokens[start].startswith(_OPENING_QUOTES):
        start -= 1
    if start <= 0 or not tokens[start].startswith(_OPENING_QUOTES) or tokens[start - 1].endswith(_CLAUSE_END + (",",)):
        return False
    stop = start
    while not tokens[stop].rstrip(",;:.!?").endswith(_CLOSING_QUOTES) or stop == start and len(tokens[stop]) < 2:
        if tokens[stop].endswith(_CLAUSE_END + (",",)):
            return False  # punctuation of a sentence inside: speech
        stop += 1
        if stop >= len(tokens) or stop - start >= longest:
            return False
    inner = tokens[stop].rstrip(",;:.!?").rstrip("".join(_CLOSING_QUOTES))
    if stop < i or stop == start or inner.endswith(_CLAUSE_END + (",",)):
        return False
    words = range(start, stop + 1)
    return all(_INITIALS[tokens[k]] == _CAPITAL or lower[k] in TITLE_CASE_SMALL for k in words) \
        and _INITIALS[tokens[start]] == _CAPITAL


def _clause_start(tokens: Sequence[str], i: int) -> bool:
    if i == 0 or tokens[i].startswith(_OPENING_QUOTES):
        return True
    before = tokens[i - 1]
    # "Mr. Hope", "U.S. Justice Department": a title or initial, not a sentence end
    return before.endswith(_CLAUSE_END) and not _ABBREVIATION.fullmatch(before)


def _listed_names(tokens: Sequence[str], lower: Sequence[str], names: tuple[tuple[str, ...], ...] | None) -> set[int]:
    """Indices of the tokens inside a listed name (``data/names.txt`` unless ``names``)."""
    # hashing the list of names for the cache costs more than masking a sentence: the shipped list has its own
    by_first, firsts = _names_by_first_word(names) if names is not None else _shipped_names_by_first_word()
    listed: set[int] = set()
    # Only names starting with a word of the sentence are tried: the list is long, sentences are many.
    for i in compress(range(len(lower)), map(firsts.__contains__, lower)):
        for name in by_first.get(_CORES[tokens[i]][0], ()):
            if tuple(_CORES[t][0] for t in tokens[i : i + len(name)]) == name:
                listed.update(range(i, i + len(name)))
                break
    return listed
