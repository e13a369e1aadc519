"""The events a sentence reports: the predicates of its clauses, read through reporting and light verbs.

Two sentences of one story name the same people, places and topic on every line; what tells their claims
apart is what those people did (003:6 "Trump has reiterated the possibility of attacking cartels ... to
combat drug trafficking" against 004:7 "Sheinbaum and Trump spoke on January 12 about security, drug
trafficking, ..."): a threat against a phone call, with the same actors and the same topic words.

``main_event(text)``: the words (indices into ``wordalign.analyse(text)``) that carry the events, or ``None``
when the sentence has no event this reading can name. The reading, rules of English grammar (Quirk et al.
1985; Biber et al. 1999 on light verbs and reporting frames) over the word lists the package ships:

- The main clause opens after a fronted adverbial clause ("After the talks ended, ..."; "According to X, ...":
  up to its comma); its predicate is the first finite verb (an auxiliary or modal, an irregular past, a word
  in -ed, or a word in -s that WordNet reads as a verb more than as a noun) not inside a relative clause.
- After an auxiliary the predicate is the verb form that follows ("has reiterated", "was killed"); "there
  is" and a copula before a noun give that noun when it names an event, else no event; "have" before a noun
  phrase is a light verb ("have no power to punish").
- A reporting verb (``data/reporting_verbs.tsv``) with a clause, after "that" or not, reports that clause's
  event ("said (that) the army would withdraw": withdraw); a frame noun as its object points to the event it
  frames ("reiterated the possibility of attacking": attack); an event noun as its object is its event too
  ("reiterated her country's rejection"); a verb that takes an infinitive reports the infinitive too
  ("threatened to strike", "agreed to pay"). An attribution outside the main clause ("..., she added") is a
  frame, no event.
- A light or relational verb ("held a call", "took part in the meeting", "follows the call", "made a
  visit") carries no event of its own: the event nouns of its subject and object are the event (a noun
  whose word has a verb sense or a WordNet lemma of its stem is a verb: call, attack, conversation).
- Otherwise the predicate itself is the event ("spoke on January 12": speak).

``same_event(a, b)``: ``None`` when either sentence has no readable event, else whether some event word of
one corresponds to some event word of the other: same stem or base form, a related word or a WordNet
synonym (the word aligner's knowledge, ``wordalign.WordToken``: call = spoke = conversation,
attack = attacking). Every finite clause of a sentence is read (a coordinated predicate, a that-clause, a
time clause), so a sentence may report several events, and one corresponding pair is enough.

How the aligner uses it (``other_event_pairs``, asked once per alignment): a sentence's partner is the one
that reports its event, when one of its candidates does. A candidate at the link floor whose events differ
and that shares only arguments with it (no event word of either sentence corresponds to any word of the
other: names, places, topic nouns, dates) is then refused (``claims.ClaimRule``, refusal "event"). A pair
whose events differ is not refused otherwise: news paraphrase changes the verb ("sought to lend credence" /
"hailed"), and on the development gold a gate on every pair lost most links (bench/results/align.md).
Rules only: nothing here was fitted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from mediadiff.align.claims import reading
from mediadiff.align.lexicon import has_verb_lemma
from mediadiff.align.vectors import sentence_terms
from mediadiff.align.wordalign import _token, _word_knowledge, words_of
from mediadiff.corpus.grammar import BE_FINITE, DETERMINERS, DO_FINITE, HAVE_FINITE, MODALS
from mediadiff.voices.verbs import NOUN_TOO, verb_lexicon
from mediadiff.voices.wordclass import IRREGULAR_PARTICIPLES, IRREGULAR_PASTS, reads_as_verb, senses

_AUXILIARIES = BE_FINITE | HAVE_FINITE | DO_FINITE | MODALS
# Words that open a fronted adverbial clause or phrase: the main clause begins after its comma.
_FRONTED = frozenset("""
after before when while as since although though if because once despite following amid with in on at during
according until unless whereas by for from under over last earlier later meanwhile however also but
""".split())
_NO_VERB_AFTER = DETERMINERS | frozenset("to of for a an".split())
_QUANTIFIERS = frozenset("a an the no any some more much many several little few".split())
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
importance necessity goal aim hope hopes willingness readiness right ability effort efforts attempt bid power
authority
""".split())
# Verbs whose infinitive complement is their event ("agreed to pay", "threatened to strike", "plans to visit").
_TO_VERBS = frozenset("""
agree agreed agrees threaten threatened threatens plan plans planned want wants wanted seek seeks sought try tries
tried hope hopes hoped expect expects expected intend intends intended decide decides decided refuse refuses
refused fail fails failed vow vows vowed promise promises promised pledge pledges pledged aim aims aimed begin
begins began continue continues continued need needs needed offer offers offered attempt attempts attempted
move moves moved prepare prepares prepared appear appears appeared seem seems seemed going set
""".split())


# A word as ``wordalign.words_of`` reads it, (start, end, text, norm, kind), the indices of ``analyse``, without
# word knowledge: reading every candidate sentence's events with ``analyse`` doubled the aligner's time.
_Word = tuple[int, int, str, str, str]


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[_Word, ...]:
    return words_of(text)


@lru_cache(maxsize=65536)
def main_event(text: str) -> frozenset[int] | None:
    """Indices into ``analyse(text)`` of the words naming the sentence's events, ``None`` when unreadable.

    The event words are those of the main clause and of every other finite clause of the sentence (a
    coordinated predicate, "defended ... and reiterated her country's rejection"; a clause after "that" or a
    time conjunction): a sentence may report more than one event, and two sentences report the same one when
    any of theirs correspond."""
    words = _words(text)
    if len(words) < 3:
        return None
    start = _main_clause_start(text, words)
    verb = _finite_verb(text, words, start)
    if verb is None:
        return None
    found = set(_event_at(text, words, verb, start, depth=0))
    for k in range(len(words)):
        if k != verb and _is_finite(words, k) and not (k and words[k - 1][3] in _AUXILIARIES):
            event = _event_at(text, words, k, k, depth=1)
            if event != {k} or words[k][3] not in verb_lexicon():  # an attribution ("..., she added") is a frame
                found |= event
    return frozenset(found) or None




def same_event(a: str, b: str) -> bool | None:
    """Whether ``a`` and ``b`` report corresponding events; ``None`` when either has none readable."""
    ea, eb = _signature(a), _signature(b)
    if ea is None or eb is None:
        return None
    return bool(ea[0] & eb[0] or ea[0] & eb[1] or eb[0] & ea[1] or ea[2] & eb[2])


@lru_cache(maxsize=65536)
def _signature(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """(stems, related stems, synonym sets) of the event words of ``text``: two events correspond when a word of
    one and a word of the other share a stem, one's stem is related to the other's, or they share a synonym set."""
    found = main_event(text)
    if found is None:
        return None
    shallow = _words(text)
    words = [_token(k, *shallow[k], shallow[k + 1][3] if k + 1 < len(shallow) else "") for k in found]
    return (frozenset().union(*(w.stems for w in words)), frozenset().union(*(w.related for w in words)),
            frozenset().union(*(w.synonyms for w in words)))


def reports_another_event(a: str, b: str) -> bool:
    """True when both events are read, do not correspond, and no event word of either sentence corresponds to
    any word of the other: what the two share are the arguments only (names, places, topic nouns, dates; not a
    figure, ``_shared_figure``)."""
    if same_event(a, b) is not False or _shared_figure(a, b):
        return False
    return not _meets(_signature(a), _knowledge(b)) and not _meets(_signature(b), _knowledge(a))


def reports_one_event(a: str, b: str) -> bool:
    """True when both events are read and correspond (``same_event``) and the two share an argument: a name,
    place or date both use, or a figure both give ("fell 92,000 last week" / "fell by 92,000 to 498,000 in the
    week ended May 1"). One event of the same participants is evidence of one fact that the shared words alone
    may not carry: a summing-up sentence and one of its parts share few of their words."""
    (content_a, names_a), (content_b, names_b) = reading(a), reading(b)
    if not names_a & names_b and not any(term[:1].isdigit() for term in content_a & content_b):
        return False
    return same_event(a, b) is True


def _shared_figure(a: str, b: str) -> bool:
    """Whether the two share a figure that is no date ("rose $1.75, to $84.50" / "closed up $1.75 ... at $84.50"):
    how much is the content of a news fact, not one of its arguments."""
    return any(term[:1].isdigit() for term in reading(a)[0] & reading(b)[0])


def _meets(event: tuple[frozenset[str], frozenset[str], frozenset[str]] | None,
           words: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> bool:
    return event is not None and bool(event[0] & words[0] or event[0] & words[1] or event[1] & words[0]
                                      or event[2] & words[2])


@lru_cache(maxsize=65536)
def _knowledge(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(stems, related stems, synonym sets) of all the ordinary words of ``text`` (without the synonyms of a
    two-word lemma, "calls for", that ``analyse`` adds to its first word)."""
    known = [_word_knowledge(word[3]) for word in _words(text) if word[4] == "word"]
    return (frozenset().union(*(k[1] for k in known)), frozenset().union(*(k[2] for k in known)),
            frozenset().union(*(k[3] for k in known)))


def other_event_pairs(scores: dict[tuple[int, int], float], a: Sequence[str], b: Sequence[str], floor: float,
                      *, shares: Callable[[int, int], bool] = lambda i, j: True) -> frozenset[tuple[int, int]]:
    """Candidate pairs (i, j) at the link floor that are no partners: among the candidates of sentence i (or
    of j) at the floor, one reports a corresponding event, and this one reports another
    (``reports_another_event``). Only candidates that ``shares`` accepts count (the aligner passes
    ``ClaimRule.shares``, asked of every pair at the floor anyway: content beyond names and dates). A
    sentence whose candidates all report other events keeps them, and one
    with a copy among its candidates (the same words, as ``kept`` rows) is not read: its partner is in no
    doubt, and reading every sentence of a long edited copy doubled the aligner's time."""
    by_sentence: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for (i, j), score in scores.items():
        if score >= floor and shares(i, j):
            by_sentence.setdefault(("a", i), []).append((i, j))
            by_sentence.setdefault(("b", j), []).append((i, j))
    found: set[tuple[int, int]] = set()
    known: dict[tuple[int, int], bool | None] = {}
    for pairs in by_sentence.values():
        if len(pairs) < 2 or any(sentence_terms(a[i]).words == sentence_terms(b[j]).words for i, j in pairs):
            continue  # one partner, or a copy of the sentence (the same words): its partner is in no doubt
        for i, j in pairs:
            if (i, j) not in known:
                known[i, j] = same_event(a[i], b[j])
        if any(known[pair] for pair in pairs):
            found |= {(i, j) for i, j in pairs if known[i, j] is False and reports_another_event(a[i], b[j])}
    return frozenset(found)


def event_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` naming its main event, as written (empty when unreadable)."""
    found = main_event(text) or ()
    words = _words(text)
    return tuple(words[k][2] for k in sorted(found))


def _gap(text: str, words: tuple[_Word, ...], k: int) -> str:
    """The characters between word k and the next one (punctuation)."""
    end = words[k + 1][0] if k + 1 < len(words) else len(text)
    return text[words[k][1]:end]


def _main_clause_start(text: str, words: tuple[_Word, ...]) -> int:
    """Index of the first word of the main clause: after a fronted adverbial clause's comma."""
    k = 0
    while k < len(words) and not words[k][2][:1].isalnum():
        k += 1
    if k < len(words) and words[k][3] in _FRONTED:
        for m in range(k, min(len(words) - 2, k + 25)):
            if "," in _gap(text, words, m):
                return m + 1
    return k


def _is_finite(words: tuple[_Word, ...], k: int) -> bool:
    word = words[k]
    if word[4] in ("name", "number") or k and words[k - 1][3] in _NO_VERB_AFTER:
        return False
    form = _finite_form(word[3], word[4] == "function")
    # A sentence's first word is no finite verb but an auxiliary ("Did ..."): a participle there opens an adjunct
    # ("Suspected rebels also blew up", "Passed in 1999 but never put into effect, the law ...").
    return k > 0 and form is not False or form is True and word[3] in _AUXILIARIES


@lru_cache(maxsize=65536)
def _finite_form(low: str, function: bool) -> bool | None:
    """Whether a word may be a finite verb by its form: True, False, or None for a present in -s that WordNet
    reads as a verb (a finite verb unless it opens the sentence)."""
    if low in _AUXILIARIES or low in IRREGULAR_PASTS or low in _reporting_pasts():
        return True
    if function:
        return False
    if low.endswith("ed") and len(low) > 4:
        counts = senses(low)
        return counts is None or counts[1] > 0
    return None if low.endswith("s") and not low.endswith("ss") and reads_as_verb(low) else False


@lru_cache(maxsize=1)
def _reporting_pasts() -> frozenset[str]:
    """Past forms of the reporting verbs that no suffix rule reads as a verb ("said"): every form of the
    lexicon that is not its lemma (nor a spelling of it, "criticise"), not in -s or -ing, not a noun too."""
    return frozenset(form for form, entry in verb_lexicon().items() if " " not in form and form != entry.verb
                     and not form.endswith(("s", "ing", "e")) and form not in NOUN_TOO)


def _finite_verb(text: str, words: tuple[_Word, ...], start: int) -> int | None:
    """The first finite verb from ``start``, skipping the verb of a relative clause after the subject."""
    skip = False
    for k in range(start, len(words)):
        low = words[k][3]
        if low in _RELATIVES or (low == "that" and k > start and words[k - 1][4] in ("word", "name")
                                 and not _is_finite(words, k - 1)):
            skip = True
            continue
        if _is_finite(words, k):
            if skip:
                skip = False
                continue
            return k
    return None


def _next_content(words: tuple[_Word, ...], k: int, limit: int = 4) -> int | None:
    """The first word after k that is not an adverb or a determiner, within ``limit`` words."""
    for m in range(k + 1, min(len(words), k + 1 + limit)):
        if words[m][3] in _ADVERBS or words[m][3] in DETERMINERS or words[m][3] in _QUANTIFIERS:
            continue
        return m
    return None


def _verb_form(low: str) -> bool:
    """A participle or base form after an auxiliary ("reiterated", "killed", "taken", "meet")."""
    if low in IRREGULAR_PASTS or low in IRREGULAR_PARTICIPLES or low.endswith(("ed", "en", "ing")):
        return True
    counts = senses(low)
    return counts is None or counts[1] > 0


def _event_noun(word: _Word) -> bool:
    """A noun naming an event: its word has a verb sense, or a WordNet lemma of its stem is a verb."""
    if word[4] != "word":
        return False
    counts = senses(word[3])
    return bool(counts and counts[1]) or any(has_verb_lemma(s) for s in _word_knowledge(word[3])[1])


def _noun_head(words: tuple[_Word, ...], k: int) -> int | None:
    """The head of the noun phrase opening after word k: the last word before a preposition or a verb."""
    m = _next_content(words, k)
    if m is None or words[m][4] == "function":
        return None
    head = m
    while head + 1 < len(words) and words[head + 1][4] in ("word", "name") and not _is_finite(words, head + 1):
        if words[head + 1][3].endswith("ing") and head + 1 > m:
            break
        head += 1
    return head


def _event_at(text: str, words: tuple[_Word, ...], verb: int, start: int, depth: int) -> frozenset[int]:
    low = words[verb][3]
    if low in _AUXILIARIES:
        m = _next_content(words, verb)
        if m is not None and words[m][3] in ("to",) and low in HAVE_FINITE:  # "has to act"
            m = _next_content(words, m)
        if m is not None and words[m][3] in ("been", "being", "be", "have"):
            m = _next_content(words, m)
        participle = m is not None and (words[m][3].endswith(("ed", "en")) or words[m][3] in IRREGULAR_PASTS
                                        or words[m][3] in IRREGULAR_PARTICIPLES)
        if m is not None and words[m][4] == "word" and (
                participle or low not in BE_FINITE | HAVE_FINITE and _verb_form(words[m][3])):
            return _event_at(text, words, m, start, depth)
        if low in BE_FINITE and verb > 0 and words[verb - 1][3] == "there" and m is not None:
            return frozenset({m}) if _event_noun(words[m]) else frozenset()
        if low not in HAVE_FINITE:
            return frozenset()  # a copula before a noun or an adjective: a state, no event read
        # "have" before a noun phrase is a light verb ("have no power to punish"), read below
    clear = low in _LIGHT and verb + 2 < len(words) and words[verb + 1][3] in _CLEAR \
        and words[verb + 2][3] == "that"  # "made clear that", "make sure that": the clause is the event
    if depth < 2 and (low in verb_lexicon() or clear):
        after = [m for m in range(verb + 1, min(len(words), verb + 8)) if words[m][3] == "that"]
        if after and "," not in text[words[verb][1]:words[after[0]][0]]:
            inner = _finite_verb(text, words, after[0] + 1)
            found = _event_at(text, words, inner, after[0] + 1, depth + 1) if inner is not None else frozenset()
            if found:
                return found
        inner = _finite_verb(text, words, verb + 1)  # "said the army would withdraw": no "that"
        if not after and inner is not None and "," not in text[words[verb][1]:words[inner][0]]:
            found = _event_at(text, words, inner, verb + 1, depth + 1)
            if found:
                return found
    if depth < 2 and (low in _TO_VERBS or low in verb_lexicon() or low in ("went", "goes", "go")):
        m = _next_content(words, verb, 2)
        if m is not None and words[m][3] == "on":  # "went on to say"
            m = m + 1 if m + 1 < len(words) else None
        if m is not None and words[m][3] == "to" and m + 1 < len(words) and words[m + 1][4] == "word":
            return frozenset({verb}) | (_event_at(text, words, m + 1, start, depth + 1) or frozenset({m + 1}))
    head = _noun_head(words, verb)
    if head is not None and words[head][3] in _FRAME_NOUNS and head + 2 < len(words) \
            and words[head + 1][3] in ("of", "to") and words[head + 2][4] == "word":
        return frozenset({verb, head + 2}) if low not in _LIGHT else frozenset({head + 2})
    if low in verb_lexicon() and head is not None and _event_noun(words[head]):
        return frozenset({verb, head})  # "reiterated her country's rejection", "announced a deal"
    if low in _LIGHT:
        subject = _subject_head(words, start, verb)
        nouns = {k for k in (subject, head) if k is not None and _event_noun(words[k])}
        return frozenset(nouns)
    return frozenset({verb})


def _subject_head(words: tuple[_Word, ...], start: int, verb: int) -> int | None:
    """The first ordinary word of the main clause before its verb, after a determiner ("The conversation
    between the foreign ministers follows": conversation)."""
    for k in range(start, verb):
        if words[k][3] in DETERMINERS or words[k][3] in ("a", "an", "the"):
            continue
        return k if words[k][4] == "word" else None
    return None
