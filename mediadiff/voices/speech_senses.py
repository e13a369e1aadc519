"""Reporting verbs with a sense that reports nothing: "confirm", "disclose", "reveal", "go on", "add", "continue".

"A spokesman confirmed that the talks failed" reports speech; "the Senate confirmed the nominee" (a vote),
"Sanders's victory confirmed the strength of his appeal" (a non-human subject, a noun-phrase object), "when
the diagnosis was confirmed" and "details have not been disclosed" (passives: no one speaks) do not. Such a
verb is a cue only where a linguist would read reported speech (Quirk et al. 1985, 16.31ff; Pareti 2016):
its content is a that-clause or follows a colon ("confirmed to the AP that ...", "confirmed: ..."), or a
direct quote stands next to it ("“...,” she confirmed"); its subject can speak (a name, a pronoun, a noun
of people, organisations or the documents they write); and it is never passive.

A reporting verb under a verb of not doing ("declined to confirm that ...", "refused to say whether ...")
reports nothing (``DECLINING``); one coordinated with it after "but" or "and" reports again, with the
declining verb's subject ("Baker declined to comment but said the timeline was under review":
``declining_subject``). Any reporting verb coordinated with an earlier verb of its clause after "and" or "but"
shares that verb's subject ("McCain survived five years in prison and says such techniques are inhumane":
``coordinated_subject``).

"go on", "add" and "continue" report only from a subject that can speak ("The war went on", "the tariffs would add
about 0.3 point", "the lobbying firms continued the work", "Prices continued to rise": a sentence's first word is
capitalised by its place, so its capital says no name: ``SPEAKER_ONLY``), and "go on" never before a time ("the
talks went on late into the night", "went on for another decade": ``_LASTING``).

"said nothing", "said little" before a stop or a conjunction: an object, no clause (``quantity_object``); so is a
phrase of when or where alone ("told reporters this week.": ``no_complement``).
A heading's verb before a colon ("What they're saying:") reports nothing (``labels.heading``).
"""

from __future__ import annotations

import re

from mediadiff.corpus.grammar import BE_FINITE, DO_FINITE, HAVE_FINITE, MODALS, OBJECT_PRONOUNS, SUBJECT_PRONOUNS
from mediadiff.corpus.wordtables import table_row
from mediadiff.voices.adjuncts import adjunct_only
from mediadiff.voices.capitals import capitalised_by_place
from mediadiff.voices.idioms import discourse_marker
from mediadiff.voices.labels import heading
from mediadiff.voices.names import ROLE_OR_ORG
from mediadiff.voices.other_senses import other_sense
from mediadiff.voices.params import GENERIC_SOURCE_HEADS
from mediadiff.voices.phrases import DETERMINERS, PREPOSITIONS, PRONOUNS, is_named, np_forward, skip_aux_back
from mediadiff.voices.subjects import after_apposition, source_before
from mediadiff.voices.verbs import PHONED
from mediadiff.voices.wordclass import senses

# Verbs of not doing before "to" and a reporting verb: what follows was not said (QA on AllSides: "declined to
# confirm that ..." was the source confirming it).
DECLINING = frozenset(f"{v}{e}" for v in ("declin", "refus") for e in ("e", "es", "ed", "ing")) | frozenset(
    "fail fails failed failing neglect neglects neglected neglecting".split())

# A reporting verb negated reports nothing either, a statement not made (Quirk et al. 1985, 10.54: clause
# negation): a finite auxiliary or modal and "not" before it ("did not say how the suspect escaped", "would not
# disclose", "has not yet explained"), a contracted one ("didn't say"), or "never" ("never explained why"); a
# participle after "not", "never" or "without" ("attacked Rubio for not answering", "without saying"). Adverbs
# in -ly and "yet" may stand between ("did not publicly say"). A negative quantifier as subject says the same:
# no one spoke ("Nobody explained how", "No one said", "None of them said", "Neither side said"). Verbs of
# opinion raise their negation (Horn 1989, 5.2: "I don't think it will pass" says "I think it won't"): a view
# held, still reported ("he didn't believe those characterizations did Romney in").
_NEG_RAISING = frozenset("think believe expect suppose imagine anticipate feel".split())
_NEGATION_AUX = MODALS | BE_FINITE | HAVE_FINITE | DO_FINITE
NEGATIVE_SUBJECTS = frozenset("nobody none neither no".split())


def not_said(toks: list[tuple[str, int, int]], v: int, form: str, verb: str) -> bool:
    """Whether the reporting verb ``form`` (lemma ``verb``) at ``toks[v]`` reports no statement made: under a
    verb of not doing ("declined to say"), or negated (see above), or it ends a heading (``heading``)."""
    if heading(toks, v):
        return True  # "What they're saying:": the quotes under it are others'
    if discourse_marker(toks, v):
        return True  # "Having said that,", "Needless to say": the writer's own connective (``idioms``)
    if v > 1 and toks[v - 1][0].lower() == "to" and toks[v - 2][0].lower() in DECLINING:
        return True  # "declined to confirm that ...", "refused to say whether ..."
    if other_sense(toks, v, verb):
        return True  # "tells so many lies that ...", "calling out Trump for ..." (``other_senses``)
    k = v - 1
    while k >= 0 and (toks[k][0].lower() == "yet" or toks[k][0].lower().endswith("ly") and len(toks[k][0]) > 4):
        k -= 1
    word = toks[k][0].lower().replace("’", "'") if k >= 0 else ""
    if form.endswith("ing"):
        return word in {"not", "never", "without"}
    return verb not in _NEG_RAISING and (word == "never" or word.endswith("n't") or (
        word == "not" and k > 0 and toks[k - 1][0].lower() in _NEGATION_AUX))


def negative_subject(toks: list[tuple[str, int, int]], s: int) -> bool:
    """Whether the source starting at ``toks[s]`` is a negative quantifier ("Nobody", "No one", "None of")."""
    return toks[s][0].lower() in NEGATIVE_SUBJECTS or s > 0 and toks[s - 1][0].lower() == "no"


# Verbs whose object is the subject of the infinitive after it (object control, Quirk et al. 1985, 16.53:
# "Lawmakers want the agency to explain how ...": the agency is to explain, and nobody has yet): a reporting
# verb in that infinitive has no source in the sentence's subject.
_CONTROLLERS = frozenset({"told", "telling", "got", "getting"} | {
    form for lemma in """want ask urge tell expect need allow force invite order require encourage persuade press
    pressure push challenge call instruct direct compel implore beg get""".split()
    for form in (lemma, lemma + "s", lemma + "es", lemma.removesuffix("e") + "ed", lemma.removesuffix("e") + "ing")})
_NOT_IN_OBJECT = frozenset("to for and or but that who which whom when while".split())


def object_control(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the "to" at ``toks[k]`` opens an infinitive whose subject is the object of a verb of wanting or
    directing before it ("want the agency to explain", "called on the board to say"; not "wanted to say",
    "asked for time to explain", "took the stage to explain")."""
    for n, j in enumerate(range(k - 1, max(-1, k - 7), -1)):
        word = toks[j][0].lower()
        if word in _CONTROLLERS:
            return n > 0 and caller(toks, k) is None
        if word in _NOT_IN_OBJECT or not (toks[j][0].isalpha() or word.endswith(("'s", "’s"))):
            return False
    return False


def caller(toks: list[tuple[str, int, int]], k: int) -> tuple[int, int, str | None] | None:
    """The subject of "call" and the one it telephones right before the "to" at ``toks[k]`` ("Hiller called police
    to tell them", "some Democrats have called her to say"): an infinitive of purpose, whose subject is the caller's
    (``verbs.not_naming``), not the object's as after "called on the board to say"."""
    j = k - 2 - (k > 2 and toks[k - 2][0].lower() in {"the", "an"})
    if j < 1 or not toks[j][0].lower().startswith("call") or toks[k - 1][0].lower() not in PHONED:
        return None
    return source_before(toks, j)


# The lemmas read so: each has a common non-reporting sense in news (WordNet: confirm "approve by a vote",
# "strengthen or make more firm"; disclose, reveal "make visible", "make known" of a thing shown; maintain "keep in
# a certain state", "keep in good repair": "maintains the fuel storage facility", "maintained her lead": QA15 V2;
# PolNeAR train's 37 "maintain" records on main: every one with a noun object, 26, was this sense).
CLAUSE_OR_QUOTE_ONLY = frozenset({"confirm", "disclose", "reveal", "maintain"})
# Verbs whose commonest news sense is no speech ("the economy added jobs", "prices continued to rise"): they
# report only from a subject that can speak (``can_speak``). Other reporting verbs keep a subject that cannot ("the
# data show", "the ad says"): asking it of all of them changed 821 PolNeAR train/dev speakers, mostly for the worse.
SPEAKER_ONLY = frozenset({"add", "continue", "go on", "threaten"})  # "the primary threatens to knock them out"
SENSES = CLAUSE_OR_QUOTE_ONLY | SPEAKER_ONLY  # the verbs ``reports_speech`` is asked of
# Nouns of documents that carry their authors' words ("a filing disclosed that"), of groups that speak as one,
# and of news outlets ("Mexican officials, the outlet added, are ...": another outlet's report).
_DOCUMENTS = frozenset("""
statement statements letter letters filing filings document documents record records memo memos email emails
report reports study survey poll polls tweet tweets post release indictment complaint lawsuit affidavit
transcript transcripts audit investigation inquiry probe review opinion ruling
passage article book
authorities team family airline person people
outlet outlets newspaper newspapers paper papers publication publications website site station channel daily
""".split())
_PREPOSITIONS = frozenset("of in at from for with on".split())  # "the head of the agency": the head is "head"
_OBJECT_PRONOUNS = OBJECT_PRONOUNS - SUBJECT_PRONOUNS  # the forms of their own


def can_speak(source: str) -> bool:
    """Whether a source as written names someone who can speak or write: a name, a pronoun, a noun of
    people or of an organisation (``data/people_nouns.tsv``, the role and organisation heads) or of a
    document; not an abstract noun ("victory", "diagnosis", "results")."""
    words = re.sub(r"\s*\([^()]*\)$", "", source).split()  # "Sen. Ted Cruz (R-Tex.)": the name before the aside
    for k, word in enumerate(words):
        if k and word.lower() in _PREPOSITIONS:
            words = words[:k]
            break
    if not words:
        return False
    head = words[-1].strip(".,;:'’\"”").lower()
    for suffix in ("'s", "’s"):
        head = head.removesuffix(suffix)
    if words[-1][:1].isupper() or head in PRONOUNS or head in _OBJECT_PRONOUNS:
        return True
    if head in ROLE_OR_ORG or head in GENERIC_SOURCE_HEADS or head in _DOCUMENTS:
        return True
    singular = (head, head[:-1], head[:-2], head[:-3] + "y") if head.endswith("s") else (head,)
    # WordNet's noun.person only: its noun.group holds "series", "array", "audience" beside "union"
    return any(table_row("people_nouns.tsv", s) == ["person"] for s in singular if s)


def reports_speech(text: str, cue, that_or_colon: bool, next_to_quote: bool) -> bool:  # type: ignore[no-untyped-def]
    """Whether a cue of ``CLAUSE_OR_QUOTE_ONLY`` (``cues.Cue`` in ``text``) reports speech: its source can
    speak, and a quote stands next to it (``next_to_quote``), or its content is a clause: opened by "that"
    or ":" (``that_or_colon``) after the verb or its hearer ("confirmed to the AP that", "disclosed in a
    filing that"), not a relative clause of its object ("confirmed the closure of the plant that ..."); a
    clause without "that" ("confirmed she had been released", "revealed Tuesday the drug was found"), not
    after "to" (an infinitive: "queries seeking to confirm their address and have not cast a ballot"); or a
    clause before "SOURCE VERB" that ends the sentence ("The record is done, Kiedis revealed."), or after
    "As SOURCE VERB," ("As POLITICO revealed, the RNC agreed ...")."""
    if cue.entry.verb == "go on" and _LASTING.match(text, cue.end):
        return False  # "The talks went on late into the night", "went on for another decade": a time, no speech
    if cue.entry.verb in SPEAKER_ONLY:  # a participle's, a relative "who"'s, a passive's agent's: the clause's speaker
        return cue.source is None or cue.text.endswith("ing") \
            or _WHO_BEFORE.search(_tail(text, cue.start, 4)) is not None \
            or re.match(r"\s+by\s", text[cue.end:cue.end + 4]) is not None or can_speak(cue.source) and not (
                " " not in cue.source and senses(cue.source.lower()) is not None  # a common noun: "Prices continued"
                and not can_speak(cue.source.lower())
                and capitalised_by_place(text, cue.source_start, cue.source_end))
    if cue.source is None or not can_speak(cue.source):
        return False
    if next_to_quote or _COMMA_AFTER.match(text, cue.end) and _AS_BEFORE.search(_tail(text, cue.source_start, 3)):
        return True  # "As POLITICO revealed, ..."
    if cue.content_start is not None and cue.content_start > cue.end:
        gap = text[cue.end:cue.content_start]
        if that_or_colon:
            first = text[cue.content_start:cue.content_end].split(",")[0].split()
            demonstrative = gap.split() == ["that"] and len(first) == 1 and first[0].islower()
            return _complement_gap(gap) and not demonstrative  # "confirmed that observation, reporting:"
        content = text[cue.content_start:cue.content_end].split()
        while content and content[0].lower() in _WHEN:
            content = content[1:]  # "revealed Tuesday the drug was found"
        infinitive = re.search(r"\bto\s+$", text[max(0, cue.start - 4):cue.start]) is not None
        return not infinitive and _adverbial(gap.split()) and _clause_without_that(content)
    if cue.content_end is None or cue.content_end > cue.start:
        return False
    tail = _TO_STOP.match(text, cue.end).group(0).split(None, 6)  # 7 parts at most: more than 6 words is enough
    return len(tail) <= 6 and (not tail or tail[0].lower() in PREPOSITIONS | _WHEN)


# Patterns read at a cue's offsets in the whole text (``pos``, ``_tail``), never on a copy of the text
# before or after it: one such copy per cue made a one-line article of 2 MB take seconds per hundred cues.
_WHO_BEFORE = re.compile(r"\bwho\s+$")
_AS_BEFORE = re.compile(r"\b[Aa]s\s+$")
_COMMA_AFTER = re.compile(r"\s*,")
_TO_STOP = re.compile(r"[^.;!?]*")


def _tail(text: str, end: int | None, reach: int) -> str:
    """``text[:end]`` from ``reach`` characters before its trailing whitespace: what a pattern ending in
    ``\\s+$`` after a word of ``reach - 1`` characters reads (the one more is the character its ``\\b`` looks at)."""
    k = end = len(text) if end is None else end
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text[max(0, k - reach):end]


# What follows "go on" when it says how long something lasted (a duration or a time), not what someone said next.
_LASTING = re.compile(r"\s+(?:for|until|till|into|through|throughout|past|since|during|late|longer|forever|all|"
                      r"and\s+on|unabated|unchecked|indefinitely)\b")


def _complement_gap(gap: str) -> bool:
    words = gap.replace(",", " , ").split()
    if not words or words[-1].endswith(":"):
        return True
    words = words[:-1]  # the "that"
    if not words:
        return True
    first = words[0].lower()
    return first == "," or first in PREPOSITIONS or _adverbial(words[:1])


def _adverbial(words: list[str]) -> bool:
    """Whether words between a verb and its clause are adverbs of time or manner ("Tuesday", "publicly")."""
    return all(w.lower() in _WHEN or w.lower().endswith("ly") and w.lower() not in _NOT_ADVERBS for w in words)


def _clause_without_that(words: list[str]) -> bool:
    """Whether words open a clause, not a noun phrase: a subject pronoun ("she had been released"), or a
    finite auxiliary within a noun phrase's reach with no relative word before it ("the woes were inflicted",
    "the DNC has asked"; not "the death of a man who was ...")."""
    low = [w.lower().strip(",;:") for w in words[:8]]
    if not low:
        return False
    if low[0] in _SUBJECT_PRONOUNS or low[0].endswith(("'s", "’s")) and low[0][:-2] in _SUBJECT_PRONOUNS | {"that"}:
        return True
    for k, word in enumerate(low):
        if word in _RELATIVES:
            return False
        if k and word in _FINITE:  # not after a second subject: "the requests it has received", "a truth Rubio should"
            return not (k > 1 and (low[k - 1] in _SUBJECT_PRONOUNS | {"it", "you"} or words[k - 1][:1].isupper()
                                   and words[k - 2][:1].islower() and low[k - 2] not in DETERMINERS)
                        or low[k - 1] in {"and", "or", "but"})  # "to confirm their address and have not cast"
    return False


_WHEN = frozenset("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later again also
publicly privately recently last this week
""".split())
_NOT_ADVERBS = frozenset("only early family july italy ally rally supply reply".split())
_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS - {"you", "it"}
_RELATIVES = frozenset("who whom whose whoever whomever whatever which that where when what whether if to".split())
_FINITE = BE_FINITE | HAVE_FINITE | MODALS | DO_FINITE


def declining_subject(toks, v: int) -> tuple[int, int, str | None] | None:
    """The subject of a declining verb earlier in the sentence when the reporting verb at token ``v`` is
    coordinated with it after "but" or "and" ("A spokeswoman declined to say whether ..., but said ..."): one
    subject does both, so the second verb reports what the first did not. ``None`` otherwise."""
    k = skip_aux_back(toks, v)  # "but later said", "and has said"
    if k < 3 or toks[k - 1][0].lower() not in {"but", "and"}:
        return None
    for d in range(k - 2, 0, -1):
        word = toks[d][0].lower()
        if word in {".", ";", "?", "!"}:
            return None
        if word in DECLINING and toks[d + 1][0].lower() == "to":
            return source_before(toks, d)
    return None


# Words that open a clause of its own inside a sentence: past one, the subject of a later verb is that clause's,
# not the sentence's ("The crowd cheered when Trump spotted a sign and asked ...": Trump asked).
_CLAUSE_WORDS = frozenset("""
when while because after before if unless although though since until whereas who whom whose which that where
as so than
""".split())
_SUBJECT_OPENS = frozenset({",", ";", "—", "–"})
BE_FORMS = frozenset("is are was were be been being get gets got".split())


def shared_subject(toks, v: int) -> tuple[int, int, str | None] | None:  # type: ignore[no-untyped-def]
    """The subject a reporting verb at token ``v`` shares with an earlier verb: ``declining_subject``, else
    ``coordinated_subject``. No clause before such a subject is what was said ("A month later, he paid a visit
    and explained why": not "A month later")."""
    return declining_subject(toks, v) or coordinated_subject(toks, v)


def coordinated_subject(toks, v: int) -> tuple[int, int, str | None] | None:  # type: ignore[no-untyped-def]
    """The subject of a reporting verb at token ``v`` coordinated with an earlier verb of its clause after "and" or
    "but" ("McCain survived five years in a Vietnamese prison and says such techniques are inhumane", "Sanders
    launched an ad buy and announced it would seek a recanvass"): the two verbs share one subject (Quirk et al.
    1985, 13.6ff: coordinated predicates), the noun phrase that opens the clause (the sentence, or what follows a
    comma, a semicolon or a dash), when a verb follows it and it is a name, a subject pronoun or a noun phrase that can
    speak (``can_speak``: "The minister praised the deal and said that ..."). No subject when a
    subordinate or relative clause opens between that subject and the "and" ("cheered when Trump spotted a sign
    and asked": Trump's), nor for a participle ("and just saying": ``cues``'s participle rules)."""
    k = skip_aux_back(toks, v)
    if k < 3 or toks[k - 1][0].lower() not in {"and", "but"} or toks[v][0].lower().endswith("ing"):
        return None
    before = toks[k - 2][0].lower()
    if before.endswith("ed") and any(t[0].lower() in BE_FORMS for t in toks[max(0, k - 5):k - 2]):
        return None  # "was booed and shouted down by": a passive's second participle, its subject addressed
    found = None
    for p in range(0, k - 2):
        if p and toks[p - 1][0] not in _SUBJECT_OPENS and toks[p - 1][0].lower() not in {"and", "but"}:
            continue
        np = np_forward(toks, p)
        if np is None or np[1] >= k - 1:
            continue
        aside = after_apposition(toks, np, k - 1) if toks[np[1]][0] == "," and is_named(toks, np) else None
        verb, first = toks[aside[0] if aside else np[1]][0], toks[np[0]][0].lower().replace("’", "'")
        if "'" in first and first.split("'")[0] in _SUBJECT_PRONOUNS | {"they", "we"}:
            continue  # "He's comparing ...": a contracted pronoun, no source a token can span
        if not (verb.isalpha() and verb[:1].islower() and verb.lower() not in _NOT_VERBS):
            continue
        if is_named(toks, np) or np[1] - np[0] == 1 and toks[np[0]][0].lower() in _SUBJECT_PRONOUNS | {"they", "we"} \
                or _speaking_phrase(toks, np, k - 1):  # "The minister praised ... and said"
            found = (np[0], np[1], aside[1] if aside else None)
    if found is None or any(t[0].lower() in _CLAUSE_WORDS or t[0] in {";", ":"} for t in toks[found[1]:k - 1]):
        return None
    return found


def _speaking_phrase(toks, np: tuple[int, int], conj: int) -> bool:  # type: ignore[no-untyped-def]
    """A noun phrase opening with a determiner or a capital ("The minister", "Local officials"), headed by no pronoun
    ("tell him"), that can speak, with no "and" or "but" of another clause between it and ``conj`` ("my parents were
    gone, and a neighbor came in and told me": the neighbor)."""
    first, head = toks[np[0]][0], toks[np[1] - 1][0].lower()
    return (first.lower() in DETERMINERS or first[:1].isupper()) and head not in PRONOUNS | _OBJECT_PRONOUNS \
        and not any(t[0].lower() in {"and", "but"} for t in toks[np[1]:conj]) \
        and can_speak(" ".join(t[0] for t in toks[np[0]:np[1]]))


_NOT_VERBS = frozenset("of for and or in on at to with from by as who which that whose".split())


# An indefinite pronoun of quantity right after a reporting verb is its object, what was said taken as a whole
# (Quirk et al. 1985, 6.45ff: "said nothing", "said little", "said nothing more"), not a reported clause, when a
# stop or a conjunction follows it ("Officials have said nothing, but the mayor said ...": nothing reported, the
# mayor's clause his alone). It opens a clause as its subject when a verb follows ("said nothing had changed",
# "said much remains", "said much of the damage was done"). Before a preposition ("said little about the plan")
# it is left a clause: PolNeAR train counts those as contents (taking them out lost 3 train gold contents). A comma
# after it may open an aside: a verb after the aside's closing comma makes it the clause's subject again ("said
# everything, from furniture to family photos, was lost").
_SAID_AS_WHOLE = frozenset("nothing little much something anything everything more less".split())
# A conjunction, or a preposition of the topic ("said little about the talks", "isn't saying much about debate
# preparation": QA14 V3), after the quantity it says; not "of" ("said much of his discussion was about Israel").
_AFTER_OBJECT = frozenset("and but or yet so while whereas because as when if more else further about on".split())
_STOPS = frozenset(", . ; : ? ! — – - )".split())  # not an opening quote: 'called for more “flexibility”' reports


def quantity_object(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether ``toks[k]``, right after a reporting verb, is an indefinite pronoun of quantity that is the verb's
    object ("said nothing, but", "said little.") rather than a reported clause's subject ("said nothing had
    changed")."""
    if k >= len(toks) or toks[k][0].lower() not in _SAID_AS_WHOLE:
        return False
    if k + 1 < len(toks) and toks[k + 1][0] in {",", "—", "–"} and _verb_after_aside(toks, k + 1):
        return False  # "said everything, from furniture to family photos, was lost": the aside's pronoun is a subject
    return k + 1 >= len(toks) or toks[k + 1][0] in _STOPS or toks[k + 1][0].lower() in _AFTER_OBJECT


def no_complement(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the words from ``toks[k]`` after a reporting verb report nothing: an object of quantity or only a
    phrase of when or where it was said (``adjuncts.adjunct_only``)."""
    return quantity_object(toks, k) or adjunct_only(toks, k)


def _verb_after_aside(toks: list[tuple[str, int, int]], opening: int) -> bool:
    """Whether the aside opened by the comma or dash at token ``opening`` closes with the same mark within a dozen
    tokens, a finite auxiliary, a modal or a past in -ed right after it ("nothing, not even the bridge, was
    damaged"; "little, if anything, had changed"): the clause goes on past the aside."""
    for j in range(opening + 2, min(len(toks) - 1, opening + 14)):
        if toks[j][0] in {".", ";", "?", "!"}:
            return False
        if toks[j][0] == toks[opening][0]:
            nxt = toks[j + 1][0].lower()
            return nxt in _FINITE or nxt.isalpha() and nxt.endswith("ed")
    return False
