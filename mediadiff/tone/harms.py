"""Words of crime and disaster reports whose tone is one sense's, told by the words they take.

* **"Fire" a weapon: an event, not a dismissal.** The news lexicon rates "fired" -3.9 (x ``NEGATIVE_WEIGHT``: -5.1,
  above "killed") from the sense of ending someone's job (WordNet 3.0 fire.v.04 "terminate the employment of"). The
  verb that takes a weapon or what it shoots (fire.v.01 "start firing a weapon", fire.v.02 "cause to go off": "fired
  three shots", "shots were fired", "fired tear gas", "opened fire") names a plain event of the story, whose tone,
  if any, its other words carry ("fired on protesters, killing 12"): a form of "fire" whose object's head is a
  weapon noun (``WEAPONS``: "fired three warning shots", "fired a barrage of rockets"; the object ends at a
  preposition or a time word, within ``FIRE_REACH`` words), or whose subject is one, the word right before its verb
  group ("shots had been fired", "rockets fired from Gaza", "the gun he fired"), "open(ed) fire", or an active verb
  right before "at", "on", "upon" or "into" ("police fired on the crowd"; not "was fired at the end of ...", "fired
  at least 20 workers") carries no tone (``fired_weapons``). A weapon word that only modifies another noun or sits in
  a prepositional phrase leaves the dismissal its tone: "The gas company fired 200 workers", "She was fired over a
  gun joke", "fired for bringing a gun to school"; so does a capitalised name ("Shell fired its chief executive").
* **More of something bad is no good news.** A verb of increase rated positive ("increase", "boost", "growing")
  takes the polarity of what increases, as a reducer does of what it lessens (``scopes.reduced_objects``): when what
  increases is bad ("increased **tensions**", "a rise in **crime**", "the death **toll** was likely to increase",
  "**casualties** increased"), the verb's own positive tone is no tone; the bad thing keeps its own. What increases is
  the verb's object (the words right after it, through "in" or "of": its head as ``scopes`` finds it) or, with none,
  its subject: the noun right before the verb group ("was likely to", "has", "continued to"), not one inside a
  prepositional phrase other than "of" ("support for the war increased": support increases). Bad: a negative word of
  the lexicon or a count noun of harm the lexicon lacks (``HARM_COUNTS``: "toll", "casualties", "deaths"). So is
  bringing something bad about: a verb of causing rated positive ("spark", "create": ``CAUSE_FORMS``) whose object
  is bad ("sparking **panic**", "sparked **outrage**", "created **chaos**") has no tone of its own; its object only
  (a thing brought about is what the verb takes).
* **"Commit" a crime: the support verb.** "Commit" is rated +0.9 for the sense of pledging ("committed to peace");
  with a bad object ("commit **theft**", "committed **suicide**", "commit a **crime**": WordNet commit.v.03
  "perform an act, usually with a negative connotation") it is a support verb whose object carries the act and its
  tone: no tone of its own (``committed_acts``).
* **"Kill" a bill: thwarting its passage, not a death.** The news lexicon rates "kill" -4 (x ``NEGATIVE_WEIGHT``: -5.2)
  from the sense of causing death (WordNet 3.0 kill.v.01). With a proposal or law for its object ("voted to kill the
  bill", "killed the measure in committee", "kill the trade deal") or, with none, its subject ("the bill was killed")
  it is kill.v.02 "thwart the passage of" ("kill a motion"): a procedural event of the story, no tone of its own, as
  "fire" a weapon is (``thwarted_proposals``; the object's head as for a verb of increase: ``PROPOSALS``).
* **A classifier of a harm names its kind.** A relational adjective ("sexual" of sex, "traumatic" of a wound,
  "allergic" of an allergy: ``data/relational_adjectives.txt``, rated words whose commonest WordNet sense is a
  pertainym, classifiers only: not "confrontational", "sympathetic", "iconic", which judge) right before a noun
  classifies it (Quirk et al. 1985, 7.36; Biber et al. 1999, 7.5: classifiers, not descriptors), as a topic noun
  does ("prison guards", ``newsrules.topic_nouns``). Before a bad noun (``bad_noun``, or a crime the lexicon lacks:
  "aggravated **sexual** assault", "sexual misconduct", "traumatic brain injury", "an allergic reaction") it says
  which harm, and its rating, from a gradable sense ("a very sexual image": Pattern +0.5), is no tone there, in
  VADER's member and Pattern's alike (``classified_harms``). A coordinated classifier shares the head ("sexual or
  physical abuse").

Tokens are lower-cased cores and whitespace tokens as written, as in ``newsrules.not_tone``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from mediadiff.corpus.wordtables import DATA, table_row
from mediadiff.tone.compounds import COORDINATORS
from mediadiff.tone.newsrules import AUXILIARIES, CLAUSE_MARKS, CLAUSE_OPENERS, COPULAS, DETERMINERS, PREPOSITIONS
from mediadiff.tone.timewords import time_adjunct_at

__all__ = ["CLASSIFIER_SENSE", "COMMIT_SENSE", "INCREASE_SENSE", "WEAPON_SENSE", "bad_noun", "classified_harms",
           "committed_acts", "fired_weapons", "harm_words", "increased_harms", "is_noun", "object_head",
           "relational_adjectives", "subject_head", "thwarted_proposals"]

FIRE_FORMS = frozenset("fire fires fired firing".split())
# Weapons and what they shoot: the object ("fired three rounds") or passive subject ("shots were fired") of the
# weapon sense of "fire".
WEAPONS = frozenset(
    "shot shots gunshot gunshots rounds bullet bullets gun guns handgun handguns pistol pistols rifle rifles "
    "shotgun shotguns weapon weapons firearm firearms missile missiles rocket rockets shell shells mortar mortars "
    "cannon cannons gas torpedo torpedoes volley volleys salvo salvos grenade grenades projectile projectiles "
    "munitions artillery flare flares pellets canister canisters ammunition warheads".split())  # not "round"
# Weapons that are mass nouns: a sentence may open with one bare ("Artillery fired on the town"), not with a singular
# count noun ("Shell fired its chief executive": a name).
MASS_WEAPONS = frozenset("gas artillery ammunition munitions".split())
# Words that end the object of "fired" before a weapon could head it: prepositions ("fired over a gun joke", "fired
# for bringing a gun") and time words ("fired three rounds Tuesday"); "of" continues ("a barrage of rockets").
OBJECT_ENDS = PREPOSITIONS | frozenset("for over after about with into through under during before since by from in "
                                      "on at to as off yesterday today tonight overnight monday tuesday wednesday "
                                      "thursday friday saturday sunday".split())
FIRE_PARTICLES = frozenset({"off", "back"})  # "fired off three rounds"
SUBJECT_PRONOUNS = frozenset("he she they we i you it".split())  # "the gun he fired"
FIRE_REACH = 4  # "fired [three warning] shots", "shots [had been] fired": a short noun phrase or verb group
FIRED_AT = frozenset("at on upon into".split())
NOT_A_TARGET = frozenset("least most will monday tuesday wednesday thursday friday saturday sunday".split())
WEAPON_SENSE = "fire: a weapon's, not a dismissal"

INCREASE_FORMS = frozenset(
    "increase increases increased increasing grow grows grew grown growing boost boosts boosted boosting rise rises "
    "rose risen rising raise raises raised raising".split())
# Count and rate nouns of harm the news lexicon does not rate ("the death toll rose", "casualties increased").
HARM_COUNTS = frozenset(
    "toll casualties casualty fatalities deaths injuries infections layoffs inflation unemployment "
    "homicides shootings overdoses".split())
# Between a subject and its verb of increase: the verb group ("was likely to", "has continued to", "is expected to").
VERB_GROUP = AUXILIARIES | frozenset("to likely expected set continued continues continue going began begun begin "
                                      "started starts start".split())
# Prepositions that open a phrase inside a subject: its noun is not what increases ("support for the war").
PHRASE_OPENERS = frozenset("for in on at with about against from to by over among".split())
OBJECT_THROUGH = frozenset({"in", "of"})  # "a rise in crime", "an increase of violence"
# Clearly negative: VADER's raters rated words -4..+4 and a mean within +-0.5 is nearly neutral ("pay" -0.4, "demand"
# -0.1 in the news lexicon: "an increase in pay" is no bad thing increased). A rule's cut, not tuned.
BAD_VALENCE = -0.5
NOUN_FORMS = frozenset("increase increases rise rises boost boosts".split())  # "a rise in crime": a noun's complement
# Words that end the object of a verb of increase ("boosted morale amid the casualties": morale is boosted).
INCREASE_OBJECT_ENDS = PREPOSITIONS | frozenset("by from over at since after during for than and or again further "
                                                "sharply with into through under".split())
INCREASE_SCOPE = 4  # the object's head within this many words ("increased [the] [ethnic] tensions")
INCREASE_SENSE = "more of something bad: not good news"
# Verbs of causing the news lexicon rates positive ("spark" +0.9, "create" +1.7): what they take is brought about.
CAUSE_FORMS = frozenset("spark sparks sparked sparking create creates created creating".split())
CAUSE_SENSE = "bringing something bad about: not good news"

COMMIT_FORMS = frozenset("commit commits committed committing".split())
COMMIT_SENSE = "commit: a support verb of a bad act"
# Crimes the news lexicon does not rate ("intent to commit theft"): the object of the support verb "commit".
CRIMES = frozenset("theft thefts robbery robberies burglary burglaries crimes felony felonies offence offences "
                   "atrocities genocide perjury treason arson homicide misconduct".split())


def _clause_end(raw: Sequence[str], k: int) -> bool:
    return raw[k].endswith(CLAUSE_MARKS)


def fired_weapons(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> why, for each form of "fire" in its weapon sense (see the module docstring)."""
    if FIRE_FORMS.isdisjoint(lower):  # most sentences have none (a set test in C)
        return {}
    out = {}
    for i, word in enumerate(lower):
        if word not in FIRE_FORMS or not lexicon.get(word):
            continue
        before = lower[i - 1] if i else ""
        if before.startswith("open") and word == "fire":
            out[i] = WEAPON_SENSE  # "opened fire on the crowd"
            continue
        verb = word in ("fired", "firing") or before == "to"  # not the noun: "trained his fire on Trump"
        if verb and i + 2 < len(lower) and lower[i + 1] in FIRED_AT and not _clause_end(raw, i) \
                and before not in COPULAS and before not in ("been", "get", "got", "gets") \
                and lower[i + 2] not in NOT_A_TARGET:
            out[i] = WEAPON_SENSE  # "police fired on protesters"
            continue
        if _weapon_object(lower, raw, i) or _weapon_subject(lower, raw, i):
            out[i] = WEAPON_SENSE
    return out


def _weapon_object(lower: Sequence[str], raw: Sequence[str], i: int) -> bool:
    """The head of the object of "fire" at ``i`` (the last word before a preposition, time word, clause opener or
    clause end, within ``FIRE_REACH`` words) is a weapon: "fired three warning shots", not "fired gas workers"."""
    start = i + 2 if i + 1 < len(lower) and lower[i + 1] in FIRE_PARTICLES else i + 1
    head = None
    for k in range(start, min(start + FIRE_REACH, len(lower))):
        if _clause_end(raw, k - 1) or lower[k] in CLAUSE_OPENERS or lower[k] in OBJECT_ENDS \
                or not any(map(str.isalnum, lower[k])):  # or a stop written apart ("firing rifles .")
            break
        head = k
    return head is not None and lower[head] in WEAPONS


def _weapon_subject(lower: Sequence[str], raw: Sequence[str], i: int) -> bool:
    """The word right before the verb group of "fire" at ``i`` (or before its relative clause's pronoun subject:
    "the gun he fired") is a weapon, not a name ("Shell fired", "the Gas Authority fired")."""
    k = i - 1
    while k >= 0 and (lower[k] in AUXILIARIES or lower[k] == "being" or lower[k].endswith("ly")) \
            and not _clause_end(raw, k):
        k -= 1
    if k >= 1 and lower[k] in SUBJECT_PRONOUNS and not _clause_end(raw, k - 1):
        k -= 1
    if k < 0 or lower[k] not in WEAPONS or _clause_end(raw, k):
        return False
    if raw[k].lstrip("\"'“‘(")[:1].isupper():  # a name, or a sentence's bare singular first word ("Shell fired")
        return k == 0 and (lower[k] in MASS_WEAPONS or lower[k].endswith("s"))
    return True


def bad_noun(word: str, lexicon: Mapping[str, float]) -> bool:
    """A thing that is bad: a noun (WordNet gives it a noun sense, ``noun_words.tsv``) the lexicon rates clearly
    negative, or a count of harm."""
    if word in HARM_COUNTS:
        return True
    if lexicon.get(word, 0.0) > BAD_VALENCE:
        return False
    row = table_row("noun_words.tsv", word)
    return row is not None and int(row[0]) > 0


def increased_harms(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> why, for each positive verb of increase whose object or subject is bad, and each positive verb
    of causing whose object is bad (see the docstring)."""
    if INCREASE_FORMS.isdisjoint(lower) and CAUSE_FORMS.isdisjoint(lower):
        return {}
    out = {}
    for i, word in enumerate(lower):
        causing = word in CAUSE_FORMS
        if not causing and word not in INCREASE_FORMS or lexicon.get(word, 0.0) <= 0:
            continue
        head = object_head(lower, raw, i)
        if head is None and not causing:
            head = subject_head(lower, raw, i)
        if head is not None and bad_noun(lower[head], lexicon):
            out[i] = CAUSE_SENSE if causing else INCREASE_SENSE
    return out


def object_head(lower: Sequence[str], raw: Sequence[str], i: int) -> int | None:
    """The head of what verb (or noun) ``i`` takes: the last word of the noun phrase right after it, through "in"
    or "of" ("a rise in **crime**", "increased the **risk** of"), ending before an adverbial of time ("killed the
    **bill** on Tuesday", "created **chaos** last week": ``timewords.time_adjunct_at``); None when no noun phrase
    follows."""
    head = None
    for k in range(i + 1, min(i + 1 + INCREASE_SCOPE, len(lower))):
        if _clause_end(raw, k - 1):
            break
        word = lower[k]
        if word in OBJECT_THROUGH:
            if head is not None:
                break
            if k == i + 1 and lower[i] in NOUN_FORMS:
                continue  # "an increase in crime"; "increased in the recession" is a verb's adverbial
            break
        if word in CLAUSE_OPENERS or word in AUXILIARIES or not word.isalpha() or word.endswith("ly") \
                or word in VERB_GROUP or word in INCREASE_OBJECT_ENDS or time_adjunct_at(lower, raw, k):
            break
        head = k
    return head


def subject_head(lower: Sequence[str], raw: Sequence[str], i: int) -> int | None:
    """The noun right before verb ``i``'s verb group ("the death **toll** was likely to increase"), when it heads
    the subject: no preposition but "of" opens the phrase it ends ("support for the war increased": None)."""
    k = i - 1
    while k >= 0 and (lower[k] in VERB_GROUP or lower[k].endswith("ly")) and not _clause_end(raw, k):
        k -= 1
    if k < 0 or _clause_end(raw, k) or not lower[k].isalpha() or lower[k] in CLAUSE_OPENERS:
        return None
    j = k - 1
    while j >= 0 and k - j < 4 and lower[j].isalpha() and lower[j] not in DETERMINERS \
            and lower[j] not in CLAUSE_OPENERS and lower[j] not in PHRASE_OPENERS and not _clause_end(raw, j):
        j -= 1  # back over the noun's premodifiers
    if j >= 0 and lower[j] in DETERMINERS:
        j -= 1
    if j >= 0 and lower[j] in PHRASE_OPENERS and not _clause_end(raw, j):
        return None
    return k


def committed_acts(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> why, for each form of "commit" whose object is a bad act ("commit theft", "committed a
    crime"; "committed to peace" keeps its tone)."""
    if COMMIT_FORMS.isdisjoint(lower):
        return {}
    out = {}
    for i, word in enumerate(lower):
        if word not in COMMIT_FORMS or not lexicon.get(word):
            continue
        head = object_head(lower, raw, i)
        if head is not None and lower[i + 1] not in OBJECT_THROUGH and (bad_noun(lower[head], lexicon)
                                                                        or lower[head] in CRIMES):
            out[i] = COMMIT_SENSE
    return out



CLASSIFIER_SENSE = "a classifier: names a kind of harm"
CLASSIFIER_REACH = 3  # the harm noun within this many words: "traumatic [brain] injury", "sexual [child] abuse"


@lru_cache(maxsize=1)
def relational_adjectives() -> frozenset[str]:
    """``data/relational_adjectives.txt``: rated adjectives whose commonest sense relates to a noun ("sexual")."""
    text = (DATA / "relational_adjectives.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def classified_harms(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> why, for each relational adjective right before a bad noun, or coordinated with a premodifier
    of one ("sexual or physical abuse"): it names the kind of harm (see the module docstring)."""
    relational = relational_adjectives()
    if relational.isdisjoint(lower):  # most sentences have none (a set test in C)
        return {}
    out = {}
    for i, word in enumerate(lower):
        if word not in relational or i + 1 >= len(lower) or _clause_end(raw, i):
            continue
        head = i + 1
        if lower[head] in COORDINATORS and i + 3 < len(lower) and not _clause_end(raw, head) \
                and not _clause_end(raw, i + 2):
            head = i + 3  # "sexual or physical abuse": the premodifiers share their head
        # over nouns that premodify the head with it ("traumatic brain injury", "sexual child abuse")
        while head + 1 < len(lower) and head - i < CLASSIFIER_REACH and not _clause_end(raw, head) \
                and not _harm(lower[head], lexicon) and is_noun(lower[head]):
            head += 1
        if _harm(lower[head], lexicon):
            out[i] = CLASSIFIER_SENSE
    return out


def _harm(word: str, lexicon: Mapping[str, float]) -> bool:
    return word in CRIMES or bad_noun(word, lexicon)


def is_noun(word: str) -> bool:
    """A word WordNet gives a noun sense (``noun_words.tsv``) and no determiner or other function word."""
    row = table_row("noun_words.tsv", word) if word.isalpha() and word not in DETERMINERS else None
    return row is not None and int(row[0]) > 0


def harm_words() -> frozenset[str]:
    """The words the rules of this module start from (a sentence without any needs none of them)."""
    return FIRE_FORMS | INCREASE_FORMS | CAUSE_FORMS | COMMIT_FORMS | KILL_FORMS | relational_adjectives()


KILL_FORMS = frozenset("kill kills killed killing".split())
# Proposals and laws, what kill.v.02 "thwart the passage of" takes ("kill a motion", "killed the bill"): the head of
# its object, or of its subject when it has none ("the measure was killed").
PROPOSALS = frozenset(
    "bill bills measure measures motion motions proposal proposals legislation act amendment amendments deal deals "
    "plan plans provision provisions resolution resolutions nomination nominations treaty agreement agreements "
    "rule rules regulation regulations merger mergers pipeline".split())
KILL_SENSE = "kill: thwarting a proposal's passage, not a death"


def thwarted_proposals(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> why, for each form of "kill" whose object (or, with none, subject) is a proposal or law."""
    if KILL_FORMS.isdisjoint(lower):
        return {}
    out = {}
    for i, word in enumerate(lower):
        if word not in KILL_FORMS or not lexicon.get(word):
            continue
        head = object_head(lower, raw, i)
        if head is None:
            head = subject_head(lower, raw, i)
        if head is not None and lower[head] in PROPOSALS:
            out[i] = KILL_SENSE
    return out
