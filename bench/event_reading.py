"""Measurement tooling, not shipped (bench/try_event_gate.py; bench/results/align.md, issue 12).

The event a sentence reports: the predicate of its main clause, read through reporting and light verbs.

Two sentences of one story name the same people, places and topic on every line; what tells their claims
apart is what those people did (003:6 "Trump has reiterated the possibility of attacking cartels ... to
combat drug trafficking" against 004:7 "Sheinbaum and Trump spoke on January 12 about security, drug
trafficking, ..."): a threat against a phone call, with the same actors and the same topic words.

``main_event(text)``: the words (indices into ``wordalign.analyse(text)``) that carry the event, or ``None``
when the sentence has no event this reading can name. The reading, rules of English grammar (Quirk et al.
1985; Biber et al. 1999 on light verbs and reporting frames) over the word lists the package ships:

- The main clause opens after a fronted adverbial clause ("After the talks ended, ..."; "According to X, ...":
  up to its comma); its predicate is the first finite verb (an auxiliary or modal, an irregular past, a word
  in -ed, or a word in -s that WordNet reads as a verb more than as a noun) not inside a relative clause.
- After an auxiliary the predicate is the verb form that follows ("has reiterated", "was killed"); "there
  is" and a copula before a noun give that noun when it names an event, else no event.
- A reporting verb (``data/reporting_verbs.tsv``) with a that-clause reports that clause's event ("said that
  the army would withdraw": withdraw); a frame noun as its object points to the event it frames ("reiterated
  the possibility of attacking": attack); a verb that takes an infinitive reports the infinitive too
  ("threatened to strike", "agreed to pay").
- A light or relational verb ("held a call", "took part in the meeting", "follows the call", "made a
  visit") carries no event of its own: the event nouns of its subject and object are the event (a noun
  whose word has a verb sense or a WordNet lemma of its stem is a verb: call, attack, conversation).
- Otherwise the predicate itself is the event ("spoke on January 12": speak).

``same_event(a, b)``: ``None`` when either sentence has no readable event, else whether some event word of
one corresponds to some event word of the other: same stem or base form, a related word or a WordNet
synonym (the word aligner's knowledge, ``wordalign.WordToken``: call = spoke = conversation,
attack = attacking). Rules only: nothing here was fitted.
"""

from __future__ import annotations

from functools import lru_cache

from mediadiff.align.lexicon import _lemma_rows
from mediadiff.align.wordalign import WordToken, analyse
from mediadiff.corpus.grammar import BE_FINITE, DETERMINERS, DO_FINITE, HAVE_FINITE, MODALS
from mediadiff.voices.verbs import verb_lexicon
from mediadiff.voices.wordclass import IRREGULAR_PARTICIPLES, IRREGULAR_PASTS, reads_as_verb, senses


@lru_cache(maxsize=65536)
def has_verb_lemma(stem_key: str) -> bool:
    """Whether a WordNet lemma with the stem ``stem_key`` is a verb ("convers": converse; "call")."""
    return any(pos == "v" for _, _, pos, _ in _lemma_rows(stem_key))

_AUXILIARIES = BE_FINITE | HAVE_FINITE | DO_FINITE | MODALS
# Words that open a fronted adverbial clause or phrase: the main clause begins after its comma.
_FRONTED = frozenset("""
after before when while as since although though if because once despite following amid with in on at during
according until unless whereas by for from under over last earlier later meanwhile however also but
""".split())
_CLEAR = frozenset("clear sure plain known certain".split())
_RELATIVES = frozenset("who whom whose which".split())
# Between an auxiliary and its verb, or a verb and its complement: adverbs and negation.
_ADVERBS = frozenset("""
not also already still never just now again only even ever yet since then reportedly allegedly apparently
recently previously repeatedly once further publicly officially formally
""".split())
# Verbs that carry no event of their own: their object (and subject) nouns name it (light and relational verbs).
_LIGHT = frozenset("""
have has had having hold holds held holding take takes took taken taking make makes made making give gives gave
given giving get gets got getting do does did doing follow follows followed following precede precedes preceded
come comes came mark marks marked marking see sees saw seen include includes included including involve involves
involved involving conduct conducts conducted conducting
""".split())
# Nouns that frame another event, named after "of" or "to" ("the possibility of attacking", "the need to act").
_FRAME_NOUNS = frozenset("""
possibility prospect idea option threat plan plans need decision intention intent risk likelihood chance
importance necessity goal aim hope hopes willingness readiness right ability effort efforts attempt bid
""".split())
# Verbs whose infinitive complement is their event ("agreed to pay", "threatened to strike", "plans to visit").
_TO_VERBS = frozenset("""
agree agreed agrees threaten threatened threatens plan plans planned want wants wanted seek seeks sought try tries
tried hope hopes hoped expect expects expected intend intends intended decide decides decided refuse refuses
refused fail fails failed vow vows vowed promise promises promised pledge pledges pledged aim aims aimed begin
begins began continue continues continued need needs needed offer offers offered attempt attempts attempted
move moves moved prepare prepares prepared appear appears appeared seem seems seemed going set
""".split())


@lru_cache(maxsize=65536)
def main_event(text: str) -> frozenset[int] | None:
    """Indices into ``analyse(text)`` of the words naming the sentence's main event, ``None`` when unreadable."""
    read = _reading(text)
    return read[0] if read else None


@lru_cache(maxsize=65536)
def event_phrase(text: str) -> frozenset[int] | None:
    """Indices of the event's words and of its arguments' words: the subject of its clause (from the clause's
    start to its verb) and what follows each event word up to the next clause ("attacking cartels", not "to
    combat drug trafficking"); ``None`` when the event is unreadable."""
    read = _reading(text)
    if read is None:
        return None
    found, clause, verb = read
    words = analyse(text)
    phrase = set(range(clause, verb)) | set(found)
    for k in found | {verb}:
        m = k + 1
        while m < len(words) and not _closes(text, words, m):
            phrase.add(m)
            m += 1
    return frozenset(phrase)


def _closes(text: str, words: tuple[WordToken, ...], m: int) -> bool:
    """Whether a new clause (or an adjunct of another verb) opens at word m: after a stop, a colon, a dash or a
    bracket; at "to" before a verb, a relative or subordinating word, a comma before one, or a participle in
    -ing after a noun ("cartels operating")."""
    before = text[words[m - 1].end:words[m].start]
    low = words[m].norm
    if any(c in before for c in ";:—–()"):
        return True
    if low in _CLAUSE_OPENERS or low == "to" and m + 1 < len(words) and words[m + 1].kind == "word" \
            and _verb_form(words[m + 1].norm):
        return True
    if "," in before and (low.endswith("ing") or low in ("and", "but", "while", "as", "who", "which")):
        return True
    after = text[words[m].end:words[m + 1].start] if m + 1 < len(words) else "."
    return low.endswith("ing") and words[m - 1].kind in ("word", "name") and not words[m - 1].norm.endswith("ing") \
        and words[m].kind == "word" and not after.strip() and words[m + 1].norm not in ("and", "or")


_CLAUSE_OPENERS = frozenset("""
that which who whom whose because while although though when whereas if unless after before since
""".split())


def _reading(text: str) -> tuple[frozenset[int], int, int] | None:
    """(event words, start of the main event's clause, its finite verb), ``None`` when unreadable.

    The event words are those of the main clause and of every other finite clause of the sentence (a
    coordinated predicate, "defended ... and reiterated her country's rejection"; a clause after "that" or a
    time conjunction): a sentence may report more than one event, and two sentences report the same one when
    any of theirs correspond."""
    words = analyse(text)
    if len(words) < 3:
        return None
    start = _main_clause_start(text, words)
    verb = _finite_verb(text, words, start)
    if verb is None:
        return None
    _CLAUSE.clear()
    _CLAUSE.extend((start, verb))
    found = set(_event_at(text, words, verb, start, depth=0))
    clause = tuple(_CLAUSE)
    for k in range(len(words)):
        if k != verb and _is_finite(words, k) and not (k and words[k - 1].norm in _AUXILIARIES):
            found |= _event_at(text, words, k, k, depth=1)
    return (frozenset(found), clause[0], clause[1]) if found else None


_CLAUSE: list[int] = []  # the clause the event was read in (set while reading one sentence)


def same_event(a: str, b: str) -> bool | None:
    """Whether ``a`` and ``b`` report corresponding events; ``None`` when either has none readable."""
    ea, eb = main_event(a), main_event(b)
    if ea is None or eb is None:
        return None
    wa, wb = analyse(a), analyse(b)
    return any(_correspond(wa[i], wb[j]) for i in ea for j in eb)


def event_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` naming its main event, as written (empty when unreadable)."""
    found = main_event(text) or ()
    words = analyse(text)
    return tuple(words[k].text for k in sorted(found))


def _correspond(x: WordToken, y: WordToken) -> bool:
    return bool(x.stems & y.stems or x.stems & y.related or y.stems & x.related or x.synonyms & y.synonyms)


def _gap(text: str, words: tuple[WordToken, ...], k: int) -> str:
    """The characters between word k and the next one (punctuation)."""
    end = words[k + 1].start if k + 1 < len(words) else len(text)
    return text[words[k].end:end]


def _main_clause_start(text: str, words: tuple[WordToken, ...]) -> int:
    """Index of the first word of the main clause: after a fronted adverbial clause's comma."""
    k = 0
    while k < len(words) and not words[k].text[:1].isalnum():
        k += 1
    if k < len(words) and words[k].norm in _FRONTED:
        for m in range(k, min(len(words) - 2, k + 25)):
            if "," in _gap(text, words, m):
                return m + 1
    return k


def _is_finite(words: tuple[WordToken, ...], k: int) -> bool:
    low = words[k].norm
    if words[k].kind in ("name", "number"):
        return False
    before = words[k - 1].norm if k else ""
    if before in DETERMINERS or before in ("to", "of", "for", "a", "an"):
        return False
    if low in _AUXILIARIES or low in IRREGULAR_PASTS:
        return True
    if words[k].kind == "function":
        return False
    if low.endswith("ed") and len(low) > 4:
        counts = senses(low)
        return counts is None or counts[1] > 0
    return low.endswith("s") and not low.endswith("ss") and k > 0 and reads_as_verb(low)


def _finite_verb(text: str, words: tuple[WordToken, ...], start: int) -> int | None:
    """The first finite verb from ``start``, skipping the verb of a relative clause after the subject."""
    skip = False
    for k in range(start, len(words)):
        low = words[k].norm
        if low in _RELATIVES or (low == "that" and k > start and words[k - 1].kind in ("word", "name")
                                 and not _is_finite(words, k - 1)):
            skip = True
            continue
        if _is_finite(words, k):
            if skip:
                skip = False
                continue
            return k
    return None


def _next_content(words: tuple[WordToken, ...], k: int, limit: int = 4) -> int | None:
    """The first word after k that is not an adverb or a determiner, within ``limit`` words."""
    for m in range(k + 1, min(len(words), k + 1 + limit)):
        if words[m].norm in _ADVERBS or words[m].norm in DETERMINERS or words[m].norm in ("a", "an", "the"):
            continue
        return m
    return None


def _verb_form(low: str) -> bool:
    """A participle or base form after an auxiliary ("reiterated", "killed", "taken", "meet")."""
    if low in IRREGULAR_PASTS or low in IRREGULAR_PARTICIPLES or low.endswith(("ed", "en", "ing")):
        return True
    counts = senses(low)
    return counts is None or counts[1] > 0


def _event_noun(word: WordToken) -> bool:
    """A noun naming an event: its word has a verb sense, or a WordNet lemma of its stem is a verb."""
    if word.kind != "word":
        return False
    counts = senses(word.norm)
    return bool(counts and counts[1]) or any(has_verb_lemma(s) for s in word.stems)


def _noun_head(words: tuple[WordToken, ...], k: int) -> int | None:
    """The head of the noun phrase opening after word k: the last word before a preposition or a verb."""
    m = _next_content(words, k)
    if m is None or words[m].kind == "function":
        return None
    head = m
    while head + 1 < len(words) and words[head + 1].kind in ("word", "name") and not _is_finite(words, head + 1):
        if words[head + 1].norm.endswith("ing") and head + 1 > m:
            break
        head += 1
    return head


def _event_at(text: str, words: tuple[WordToken, ...], verb: int, start: int, depth: int) -> frozenset[int]:
    low = words[verb].norm
    if low in _AUXILIARIES:
        m = _next_content(words, verb)
        if m is not None and words[m].norm in ("to",) and low in HAVE_FINITE:  # "has to act"
            m = _next_content(words, m)
        if m is not None and words[m].norm in ("been", "being", "be", "have"):
            m = _next_content(words, m)
        if m is not None and words[m].kind == "word" and _verb_form(words[m].norm) and low not in BE_FINITE | {"be"} \
                or m is not None and low in BE_FINITE and words[m].kind == "word" and (
                    words[m].norm.endswith(("ed", "en")) or words[m].norm in IRREGULAR_PASTS
                    or words[m].norm in IRREGULAR_PARTICIPLES):
            return _event_at(text, words, m, start, depth)
        if low in BE_FINITE and verb > 0 and words[verb - 1].norm == "there" and m is not None:
            return frozenset({m}) if _event_noun(words[m]) else frozenset()
        return frozenset()  # a copula before a noun or an adjective: a state, no event read
    clear = low in _LIGHT and verb + 2 < len(words) and words[verb + 1].norm in _CLEAR \
        and words[verb + 2].norm == "that"  # "made clear that", "make sure that": the clause is the event
    if depth < 2 and (low in verb_lexicon() or clear):
        after = [m for m in range(verb + 1, min(len(words), verb + 8)) if words[m].norm == "that"]
        if after and "," not in text[words[verb].end:words[after[0]].start]:
            inner = _finite_verb(text, words, after[0] + 1)
            if inner is not None:
                _CLAUSE[:] = [after[0] + 1, inner]
            found = _event_at(text, words, inner, after[0] + 1, depth + 1) if inner is not None else frozenset()
            if found:
                return found
    if depth < 2 and low in _TO_VERBS | set(verb_lexicon()) | {"went", "goes", "go"}:
        m = _next_content(words, verb, 2)
        if m is not None and words[m].norm == "on":  # "went on to say"
            m += 1
        if m is not None and words[m].norm == "to" and m + 1 < len(words) and words[m + 1].kind == "word":
            return frozenset({verb}) | (_event_at(text, words, m + 1, start, depth + 1) or frozenset({m + 1}))
    head = _noun_head(words, verb)
    if head is not None and words[head].norm in _FRAME_NOUNS and head + 2 < len(words) \
            and words[head + 1].norm in ("of", "to") and words[head + 2].kind == "word":
        return frozenset({verb, head + 2}) if low not in _LIGHT else frozenset({head + 2})
    if low in _LIGHT:
        subject = _subject_head(words, start, verb)
        nouns = {k for k in (subject, head) if k is not None and _event_noun(words[k])}
        return frozenset(nouns)
    return frozenset({verb})


def _subject_head(words: tuple[WordToken, ...], start: int, verb: int) -> int | None:
    """The first ordinary word of the main clause before its verb, after a determiner ("The conversation
    between the foreign ministers follows": conversation)."""
    for k in range(start, verb):
        if words[k].norm in DETERMINERS or words[k].norm in ("a", "an", "the"):
            continue
        return k if words[k].kind == "word" else None
    return None
