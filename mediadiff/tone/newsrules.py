"""Words that are not tone in news, by construction: which tokens VADER should not score.

Three rules, all about what a word *does* in the sentence rather than which word it is:

* **Evaluated subjects.** In "incremental progress on border security challenges is
  unacceptable" the predicate ("is unacceptable") evaluates its subject; the subject's
  words ("progress", "security", "challenges") say *what* is evaluated, not how. When a
  clause's copula ("is", "was", "remains", "has been" ...) is followed by a lexicon word
  (optionally after "not" or an adverb), the lexicon words of its subject (back to the
  clause start: punctuation or a subordinator such as "that") carry no tone ("no one was hurt": ``scopes``).
* **Topic nouns.** A lexicon word that reads as a noun (``data/noun_words.tsv``: mostly noun
  senses in WordNet) names what the story is about, not how it is told, when it classifies the next
  noun ("border security talks", "the crime rate", "peace talks") or heads the clause's subject
  right before its verb ("Crime fell", "Security improved": the verb carries the tone, if any; adverbs of time
  or focus may stand between, "The party today agrees", "Crime also fell").
  The subject may open with a determiner or other nouns and names ("The city's crime rose"), not
  with a negation ("No progress was made" stays negative) nor an evaluative word. Nouns used as
  predicates or objects ("The plan was a disaster", "a failure of policy") keep their tone.
* **Reporting phrases.** "made clear that ..." reports how something was said; "clear"
  there is not tone, like the reporting verbs themselves (see ``scopes.reporting_verbs``).
* **Function phrases.** "well" in "as well (as)", "favor" in "in favor of", "honor" in "in honor
  of", "interest" in "in the interest of" are parts of complex prepositions and conjunctions
  (Quirk et al. 1985, *A Comprehensive Grammar of the English Language*, 9.10-9.13), not tone.
* **Quantity and order.** Quantifiers ("many", "more", "least", "several"), numerals and ordinals ("first",
  "last", "next", "other") are determiners and postdeterminers (Quirk et al. 1985, 5.10-5.25), and adjectives of
  time ("latest", "former") place a thing in time as ordinals do: they say how many and which, not how good;
  "at least 32 people", "the first time", "the latest attack" carry no tone (``QUANTITY_WORDS``, left out of every
  member of news tone).
* **Test results.** "positive" and "negative" after a form of "test" ("tested positive for the virus") or before
  "test(s)", one word apart at most ("a negative COVID-19 test"), name a test's result, not a judgement.
* **Nouns, not verbs.** A hedge or reporting verb right after a determiner, a possessive or a number word is a noun
  ("the suspects fled", "his claims were rejected"): no hedge, no attribution (``noun_use``, read by the cue
  matcher and certainty).
* **Who someone is.** Words naming race, ethnicity, nationality, religion, gender, sexuality, age and colour
  (``data/identity_words.txt``: "black", "gay", "Muslim", "elderly") describe people, never the writer's judgement
  of them; sentiment lexicons rating some of them is a documented bias (Kiritchenko & Mohammad 2018). No member
  of news tone rates them (``identity_words``, left out as ``QUANTITY_WORDS`` are). Words of social class ("rich",
  "wealthy", "poor", "needy") name a group only before a noun of people or groups, or after "the" on their own
  ("wealthy households", "the poor"): there they carry no tone; elsewhere ("a poor decision") they keep it.
* **Fixed news compounds.** A rated word inside a listed compound (``data/news_compounds.tsv``: "super PAC",
  "popular vote", "lame duck", "national security", "kind of") names an office, an institution, a procedure or a
  policy area, not an evaluation; so does one coordinated with another premodifier ("threatened or endangered
  species": ``compounds``).
* **What is refused.** A positive word right after "deny", "refuse" or "reject" names what someone
  is denied or refuses ("students were denied credit", "they refused help"), not a good thing the
  writer reports: it carries no tone there (the verb keeps its own, where it has one).

Tokens are whitespace tokens without surrounding punctuation, as in ``sentiment.mask_names``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from itertools import compress

from mediadiff.corpus.grammar import BE, DETERMINERS, DO_FINITE, HAVE_FINITE, MODALS, OBJECT_PRONOUNS, SUBJECT_PRONOUNS
from mediadiff.corpus.wordtables import DATA, table_row
from mediadiff.tone.compounds import AMOUNT, news_compounds, people_noun, rare_person_noun, shares_head

COPULAS = (BE - {"being"}) | frozenset("remains remain remained seems seem seemed became become becomes "
                                             "'s".split())
PERFECT = HAVE_FINITE
# Words allowed between the copula and the evaluative word ("is not acceptable", "was deeply troubling").
BETWEEN = frozenset("not no longer still also very so too deeply simply totally entirely quite really "
                    "particularly especially more most less least".split())
CLAUSE_OPENERS = frozenset("that because which who whom whose while although though if when whereas since "
                           "as but and or so".split())
MAKE = frozenset("make makes made making".split())
SUBJECT_OF_EVALUATION = "subject of an evaluation"
REPORTING_ADJECTIVES = frozenset({"clear"})
# (word before, lexicon word, word after or None for any): Quirk et al. 1985's complex prepositions and
# conjunctions that hold a VADER word. Grouped CV on the NYT odd ids: within noise (+0.0005 +- 0.0005);
# "thanks to" and "like" as a preposition were measured too and cost r, so they keep their valence
# (bench/try_function_phrases.py, bench/results/scoring.md).
FUNCTION_PHRASES = frozenset({
    ("as", "well", None), ("in", "favor", "of"), ("in", "favour", "of"), ("in", "honor", "of"),
    ("in", "honour", "of"), ("the", "interest", "of"), ("the", "interests", "of"),
})
_PHRASE_WORDS = frozenset(word for _, word, _ in FUNCTION_PHRASES)
# Verbs of refusal and their forms; their object's positive words are not tone (REFUSED_SCOPE words
# after the verb, within its clause: VADER's own negation scope is three words).
REFUSALS = frozenset("deny denies denied denying refuse refuses refused refusing reject rejects rejected "
                     "rejecting".split())
REFUSED_SCOPE = 3
REFUSED_SIGNS = "positive"  # "both": negative objects too ("denied the charges"); bench/try_refused_objects.py
# A medical or laboratory test's result: "tested positive", "a negative COVID-19 test" (AllSides QA: 9 sentences;
# none in the NYT snippets or NewsMTSC train, so no figure moves there).
TEST_RESULTS = frozenset({"positive", "negative"})
TEST_FORMS = frozenset("test tests tested testing retest retests retested".split())
TEST_NOUNS = frozenset({"test", "tests"})
_TRIGGERS = COPULAS | REPORTING_ADJECTIVES | REFUSALS | TEST_RESULTS
# Adjectives that place a thing in time as ordinals place it in a sequence ("the latest attack", "the former
# minister", "earlier talks"): descriptive in news, not how good ("latest" is Pattern +0.45). "new" (+0.3 news
# valence, 164 AllSides sentences) is one too, yet it stays tone: the raters' ratings side with it, removing it costs
# NYT odd-id CV r -0.0006 +- 0.0004 (paired, more than one standard error; NewsMTSC train within noise),
# bench/learn_quantity_words.py; the other time words are within noise (+0.0001 +- 0.0003).
TIME_WORDS = frozenset("old latest recent former previous earlier later final".split())
# Quirk et al. 1985's predeterminers, central determiners and postdeterminers that quantify or order (5.10-5.25):
# quantifiers, cardinal and ordinal numerals, general ordinals. Never tone: VADER's news lexicon and Pattern's
# member leave them out (sentiment.news_lexicon, pattern.load_pattern_lexicon); VADER's boosters among them ("more",
# "less") keep their rule. Pattern's modifiers ("much") keep theirs, so "much" is not listed. A QA pass on AllSides
# news found "first" (+0.6 news valence, 116 sentences), "many", "other", "least" ("at least 32") moving tone.
QUANTITY_WORDS = frozenset(
    "all both each every either neither some any many few fewer fewest little less lesser least more most several "
    "enough numerous various countless multiple half "
    "one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million "
    "millions billion billions "
    "first second third fourth fifth sixth seventh eighth ninth tenth last next other another further additional "
    "extra".split()) | TIME_WORDS
CLAUSE_MARKS = (",", ";", ":", ".", "\u2014")
# Adjectives of social class: a group's name before a noun of people or groups ("wealthy households", "poor
# families") or after "the" ("the rich"); an evaluation elsewhere ("poor judgement"), where they keep their tone.
CLASS_WORDS = frozenset("rich richer richest wealthy wealthier wealthiest poor poorer poorest affluent needy "
                        "impoverished privileged underprivileged disadvantaged".split())
# After "kind of" an object pronoun makes it an evaluation ("kind of you").
_OBJECT_PRONOUNS = OBJECT_PRONOUNS - {"it"}
# A subject's verb may be an auxiliary ("Crime has fallen", "Security will improve"): function words
# otherwise, so listed here rather than read from the noun list.
AUXILIARIES = COPULAS | PERFECT | MODALS | DO_FINITE
# Not in the stop-word list, yet never the verb of a subject ("a bus stop without fear").
PREPOSITIONS = frozenset("without within despite among amid toward towards across per via upon beyond near like "
                         "unlike along around behind beside besides inside outside onto".split())
# Adverbs of time WordNet also gives a noun sense: no noun premodifies them ("sparked outrage yesterday").
DEICTIC_TIMES = frozenset("yesterday today tonight tomorrow".split())
# Adverbs that stand between a subject and its verb (medial position: Quirk et al. 1985, 8.20-8.25): time, frequency
# and focusing adverbs the noun or function-word tables would otherwise read as the verb's place ("The party today
# agrees", "Crime also fell"); -ly adverbs are no nouns, so the rule already passes them.
MEDIAL_ADVERBS = DEICTIC_TIMES | frozenset("also again already still just never ever often now then even only "
                                           "once soon always usually".split())
# After these a noun-or-verb word is the verb ("they want peace", "to support peace talks").
VERB_POSITION = AUXILIARIES | SUBJECT_PRONOUNS | frozenset("who to not never".split())


@lru_cache(maxsize=1)
def identity_words() -> frozenset[str]:
    """``data/identity_words.txt``: words naming race, ethnicity, nationality, religion, gender, sexuality, age
    and colour, never tone (left out of every member of news tone)."""
    text = (DATA / "identity_words.txt").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[1] for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def noun_senses() -> dict[str, tuple[int, int, int]]:
    """``data/noun_words.tsv``: word -> WordNet 3.0 (noun, verb, adjective+adverb) sense counts, for
    words that may be nouns (bench/make_noun_words.py)."""
    text = (DATA / "noun_words.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0]: (int(row[1]), int(row[2]), int(row[3])) for row in rows}


@lru_cache(maxsize=4096)
def _verb_senses(word: str) -> int:
    """The verb senses of ``word`` in ``noun_words.tsv``, looked up alone: ``compare`` asks for a few words
    and building ``noun_senses`` (26,530 rows) cost it 0.02-0.03 s."""
    row = table_row("noun_words.tsv", word)
    return int(row[1]) if row else 0


def is_topic_noun(word: str, senses: Mapping[str, tuple[int, int, int]]) -> bool:
    """Mostly a noun: at least as many noun senses as verb senses, more than adjective and adverb
    senses ("security", "progress"; not "help", "win", "lame"), and not a participle ("frightening")."""
    noun, verb, other = senses.get(word, (0, 0, 0))
    return noun >= verb and noun > other and not word.endswith(("ing", "ed"))


@lru_cache(maxsize=1)
def topic_words() -> frozenset[str]:
    """The words of ``noun_senses`` that ``is_topic_noun`` accepts."""
    nouns = noun_senses()
    return frozenset(w for w in nouns if is_topic_noun(w, nouns))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """``data/stopwords.txt``: never a noun that a topic word could classify."""
    text = (DATA / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _plain_word(token: str) -> bool:
    """A lower-case word with nothing around it but a possible trailing clause mark (not a name, not quoted)."""
    return token.isalpha() and token.islower()


def topic_nouns(tokens: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float],
                keep: Collection[str] = (), hits: Sequence[int] | None = None) -> dict[int, str]:
    """Token index -> why: lexicon nouns that classify the next noun or head the subject before its verb.
    ``hits``: the indices of the lexicon words, in order, when the caller has them."""
    topic = topic_words()
    out: dict[int, str] = {}
    if hits is None:  # lexicon words (one lookup per word, in C; they are few)
        hits = list(compress(range(len(tokens)), map(lexicon.__contains__, tokens)))
    # the lexicon words that are topic nouns, not last (a topic noun needs a word after it)
    candidates = [i for i in hits if tokens[i] in topic and i < len(tokens) - 1]
    if not candidates:
        return out
    nouns, function = noun_senses(), function_words()
    for i in candidates:
        word, written = tokens[i], raw[i].lstrip("\"'(\u201c\u2018")
        if word in keep or written not in (word, word.capitalize()):
            continue  # punctuated after: the phrase ends there; Capitalised mid-sentence: already masked as a name
        after, after_raw = tokens[i + 1], raw[i + 1].rstrip(",;:.!?")
        # A noun modifying a noun is singular ("security forces"); a form in -s after its subject is a verb
        # ("the government supports security reform"), and so is a word after a pronoun or "to".
        classifier = not word.endswith("s") or word.endswith("ss")
        if classifier and (after in nouns or rare_person_noun(after)) and after not in function \
                and _plain_word(after_raw) and after not in DEICTIC_TIMES \
                and not _verb_position(tokens, raw, i, nouns):
            out[i] = "topic word classifying a noun"
        elif (_verb_after_subject(after, after_raw, nouns, function) or after in MEDIAL_ADVERBS
              and _verb_after_subject(*_past_medial(tokens, raw, i + 1), nouns, function)) \
                and _opens_subject(tokens, raw, i, lexicon=lexicon, nouns=nouns, out=out):
            out[i] = "topic word heading the subject"
    return out


def _verb_after_subject(after: str, written: str, nouns: Mapping[str, tuple[int, int, int]],
                        function: frozenset[str]) -> bool:
    """The word after a subject is its verb: an auxiliary, or a plain word that is not a noun nor a
    function word. Not a copula: in "The problem is that ..." the subject noun is what is asserted
    (and an evaluative predicate is the evaluated-subject rule's)."""
    if after in COPULAS:
        return False
    return after in AUXILIARIES or (_plain_word(written) and after not in nouns and after not in function
                                    and after not in PREPOSITIONS)


def _past_medial(tokens: Sequence[str], raw: Sequence[str], j: int) -> tuple[str, str]:
    """The word at or after ``j`` past adverbs in medial position ("The party today agrees", "Crime also fell")."""
    while j + 1 < len(tokens) and tokens[j] in MEDIAL_ADVERBS and raw[j].isalpha() and raw[j].islower():
        j += 1
    return tokens[j], raw[j].rstrip(",;:.!?")


def _verb_position(tokens: Sequence[str], raw: Sequence[str], i: int,
                   nouns: Mapping[str, tuple[int, int, int]]) -> bool:
    """After a pronoun, an auxiliary, "to" or a plural noun ("officials hope talks resume"; not a name in -s whose
    stem is no noun, "Texas prison escapee"), adverbs between allowed ("must also combat arms trafficking"), a word that
    may be a noun or a verb is the verb."""
    j = i - 1
    while j >= 0 and (tokens[j] in BETWEEN or tokens[j].endswith("ly")) and tokens[j] not in DETERMINERS:
        j -= 1
    if j < 0:
        return False
    before = tokens[j]
    plural_noun = before in nouns and before.endswith("s") and not before.endswith(("ss", "'s")) \
        and (raw[j].islower() or not j or before[:-1] in nouns)  # "Republicans"; not a name ("Texas", "Paris")
    return before in VERB_POSITION or plural_noun


def _opens_subject(tokens: Sequence[str], raw: Sequence[str], i: int, *, lexicon: Mapping[str, float],
                   nouns: Mapping[str, tuple[int, int, int]], out: Mapping[int, str]) -> bool:
    """Token ``i`` ends the noun phrase that opens its clause: only determiners, nouns and names before it."""
    start = i - 1
    while start >= 0 and not raw[start].endswith(CLAUSE_MARKS) and tokens[start] not in CLAUSE_OPENERS:
        word = tokens[start]
        opener = word in DETERMINERS or word in nouns or raw[start][:1].isupper() or word.endswith("'s")
        if (word in lexicon and start not in out) or not opener:
            return False
        start -= 1
    return True


def not_tone(tokens: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float],
             keep: Collection[str] = (), hits: Sequence[int] | None = None,
             triggers: Sequence[bool] | None = None) -> dict[int, str]:
    """Token index -> why its lexicon word is not tone. ``tokens`` are the lower-cased
    cores, ``raw`` the whitespace tokens as written (their punctuation marks clause ends);
    ``hits`` as in ``topic_nouns``; ``triggers``: whether each token starts a rule (a copula or
    "clear"), when the caller knows (``tone.reading``)."""
    out = topic_nouns(tokens, raw, lexicon=lexicon, keep=keep, hits=hits)
    for i in compress(range(1, len(tokens)), map(_PHRASE_WORDS.__contains__, tokens[1:])):
        if raw[i - 1].lower() == tokens[i - 1] and (
                (tokens[i - 1], tokens[i], None) in FUNCTION_PHRASES
                or (i + 1 < len(tokens) and raw[i] == tokens[i]
                    and (tokens[i - 1], tokens[i], tokens[i + 1]) in FUNCTION_PHRASES)):
            out.setdefault(i, "function phrase")
    _compounds(tokens, raw, lexicon=lexicon, out=out)
    _class_groups(tokens, raw, lexicon=lexicon, out=out)
    # only the words either rule starts from are visited (a set lookup per word, in C)
    for i in compress(range(len(tokens)), map(_TRIGGERS.__contains__, tokens) if triggers is None else triggers):
        word = tokens[i]
        if word in REPORTING_ADJECTIVES and i > 0 and (tokens[i - 1] in MAKE or (
                i > 1 and tokens[i - 1] == "it" and tokens[i - 2] in MAKE)):
            out[i] = "reporting phrase"
        if word in REFUSALS:
            _refused(tokens, raw, i, lexicon=lexicon, keep=keep, out=out)
        if word in TEST_RESULTS and _test_result(tokens, raw, i):
            out[i] = "a test's result"
        if word not in COPULAS:
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j] in BETWEEN or tokens[j].endswith("ly")) and tokens[j] not in lexicon:
            j += 1
        if j >= len(tokens) or not lexicon.get(tokens[j]):
            continue
        start = i - 1
        if word == "been" and start >= 0 and tokens[start] in PERFECT:
            start -= 1
        while start >= 0 and tokens[start] not in CLAUSE_OPENERS and not raw[start].endswith((",", ";", ":", "\u2014")):
            if tokens[start] in lexicon and tokens[start] not in keep:
                out.setdefault(start, SUBJECT_OF_EVALUATION)
            start -= 1
    return out


def _test_result(tokens: Sequence[str], raw: Sequence[str], i: int) -> bool:
    """"positive"/"negative" at ``i`` follows a form of "test" or comes before "test(s)", one word apart at most,
    within its clause ("tested positive", "a negative COVID-19 test")."""
    if i > 0 and tokens[i - 1] in TEST_FORMS and not raw[i - 1].endswith(CLAUSE_MARKS):
        return True
    for j in range(i + 1, min(i + 3, len(tokens))):
        if raw[j - 1].endswith(CLAUSE_MARKS):
            return False
        if tokens[j] in TEST_NOUNS:
            return True
    return False


# Words that only open a noun phrase: a word WordNet reads as a noun right after one of them is that noun ("the
# suspects", "his claims", "two suspects"), never a verb (issue 14: "suspects" counted as a hedge). Not "that",
# which may be a relative pronoun ("a group that claims").
# Nor the quantifiers that stand as pronouns ("some say", "many believe", "both claim").
NOUN_OPENERS = (DETERMINERS - {"this", "that"}) | frozenset("no every each another "
                                                             "two three four five six seven eight nine ten".split())
# "'s" that is "is" or "has", not a possessive ("it's spread"); a digit before is often a year ("Tokyo 2020 will").
CONTRACTIONS = frozenset("it's he's she's that's what's there's here's who's where's let's".split())


def noun_use(words: Sequence[str], i: int) -> bool:
    """Word ``i`` of ``words`` (lower case), a verb that may be a noun (``noun_senses``), is a noun by its place: it
    follows a word that only opens a noun phrase (a number word too) or a possessive, and no "that" clause follows
    it ("the claims that ..." still reports). A cue list's verb used so ("the suspects fled") is no hedge nor
    attribution."""
    if i == 0 or not _verb_senses(words[i]) or (i + 1 < len(words) and words[i + 1] == "that"):
        return False  # not a verb that may be a noun ("possibility" is a hedge noun: "the possibility" hedges)
    before = words[i - 1]
    return before in NOUN_OPENERS or (before.endswith("'s") and before not in CONTRACTIONS)


def _refused(tokens: Sequence[str], raw: Sequence[str], i: int, *, lexicon: Mapping[str, float],
             keep: Collection[str], out: dict[int, str]) -> None:
    """The positive lexicon words of what the refusal verb at ``i`` takes ("denied **credit**"), up to
    REFUSED_SCOPE words on and not past its clause, into ``out``."""
    j = i
    while j + 1 < len(tokens) and j - i < REFUSED_SCOPE and not raw[j].endswith(CLAUSE_MARKS):
        j += 1
        if tokens[j] in CLAUSE_OPENERS:
            return
        valence = lexicon.get(tokens[j], 0.0)
        if tokens[j] not in keep and (valence > 0 or (valence and REFUSED_SIGNS == "both")):
            out.setdefault(j, "what is refused or denied")


def _compounds(tokens: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float],
               out: dict[int, str]) -> None:
    """The rated words of fixed news compounds (``news_compounds``: "super PAC", "lame duck") into ``out``."""
    compounds = news_compounds()
    for i in compress(range(len(tokens)), map(compounds.__contains__, tokens)):
        after = compounds[tokens[i]]
        if "*" in after:
            if tokens[i] in lexicon:
                out.setdefault(i, "part of a fixed news compound")
            continue
        if i + 1 >= len(tokens) or raw[i].endswith(CLAUSE_MARKS):
            continue
        if tokens[i + 1] not in after:
            if tokens[i] in lexicon and shares_head(tokens, raw, i, after, CLAUSE_MARKS):
                out.setdefault(i, "part of a fixed news compound")  # "threatened or endangered species"
            continue
        if tokens[i] == "kind" and i + 2 < len(tokens) and tokens[i + 2] in _OBJECT_PRONOUNS:
            continue  # "kind of you" is an evaluation
        if tokens[i] == "in" and not (i + 2 == len(tokens) or raw[i + 1].endswith(CLAUSE_MARKS)
                                      or tokens[i + 2] in _AFTER_IN_KIND):
            continue  # "reply in kind." ends its phrase; "spoke of him in kind words" is an evaluation
        if tokens[i] == "worth" and not (i and AMOUNT.match(tokens[i - 1])):
            continue  # "$250 billion worth of goods", "a week's worth of food"; "the worth of the program" is merit
        for j in (i, i + 1):
            if tokens[j] in lexicon:
                out.setdefault(j, "part of a fixed news compound")


_AFTER_IN_KIND = PREPOSITIONS | CLAUSE_OPENERS | frozenset(  # a phrase or clause after "in kind", not a noun
    "and or but to on at in by for from with after before over during against than".split())


def _class_groups(tokens: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float],
                  out: dict[int, str]) -> None:
    """Class adjectives naming a group (``CLASS_WORDS`` before a noun of people or groups, or after "the" on their
    own: "wealthy households", "the poor") into ``out``."""
    for i in compress(range(len(tokens)), map(CLASS_WORDS.__contains__, tokens)):
        if tokens[i] not in lexicon:
            continue
        last = raw[i].endswith(CLAUSE_MARKS) or i + 1 >= len(tokens)
        if not last and people_noun(tokens[i + 1]):
            out.setdefault(i, "a social group's name")
        elif i > 0 and tokens[i - 1] == "the" and (last or tokens[i + 1] in function_words()):
            out.setdefault(i, "a social group's name")

