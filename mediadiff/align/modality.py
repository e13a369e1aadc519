"""Certainty cues of an aligned pair, and whether what each governs is the fact both sentences share.

A row's certainty note ("A only: may") and the comparison's "Same fact, different certainty" list say that one outlet
hedges what the other asserts. That holds only when the hedge bears on the shared fact: in "officers shot Kimani Gray
after he allegedly pointed a revolver at them" / "the fatal shooting of Kimani Gray", "allegedly" hedges the
revolver, which the other sentence never mentions. A cue is read as a modal operator over what follows it in its
clause (Lyons 1977; Biber et al. 1999 on stance adverbials), and a negation likewise (its focus follows it):

- ``governs_shared``: the content words a cue governs, those after it in its clause (up to a comma, colon, bracket,
  dash or quote mark) that are not names (a clause-final cue, "..., a rifle, Scherlinck claimed.", governs the three
  before it: a reporting clause after its report), and whether any of them has a counterpart in the other sentence.
  Names are left out: the entity a claim is about is shared far more often than the claim ("could conclude with a
  Senate victory" / "all 50 Senate Democrats").
- a negation changes a claim, not its certainty (``negation``: what it negates, and whether the other side negates).
- ``in_quote`` (``quotemarks``): a cue inside quotation marks is the quoted source's word, not the outlet's (the
  stance list is about the outlet); a sentence inside a quote that runs over several sentences shows only its
  closing mark.
- ``stance_cues``, ``certainty_readings``, ``bears_on_claim``: one reading of the hedges and boosters (the news
  lexicon's) for a row's certainty note and the "Same fact, different certainty" list, so the two agree. What
  bears on the claim (epistemic use: the writer's confidence in it, Lyons 1977, Palmer 2001): a modal of
  possibility ("may", "might", "could") outside a conditional clause ("if", "unless": root possibility given a
  condition; ``conditioned``); "would", "should", "can" never ("would" is the past of "will", a
  reported future or a hypothetical, "should" advice, "can" ability: tense, obligation and ability, not
  doubt); adverbs and parentheticals anywhere ("reportedly", "probably", "it appears"); hedge adjectives and
  nouns of possibility only when said of the claim ("it is possible that", "is likely to", "the possibility
  that", "there is a possibility"), not naming a possible thing inside a noun phrase ("to study potential
  changes", "facing the prospect of arrest"), while evidential adjectives ("alleged", "suspected") count
  attributive too (they withhold support from their noun); never words of importance ("crucial", "vital"),
  "make sure" (a doing), frequency ("always"), the degree of an act ("strongly recommend"), "could" before a
  negative object ("could offer no details": could not offer any) or a clause-final "indeed" of degree.
- ``MODALITY``, ``NEGATION``, ``DISTANCING``: the cue words. Distancing reporting verbs ("claimed",
  "alleged", "purported") attribute a report while the writer withholds support from it (Martin and
  White 2005, The Language of Evaluation: "attribute: distance"; Bednarek 2006, Evaluation in Media
  Discourse: the writer's distance from an averred or attributed proposition; MOS:SAID's "casts
  doubt", data/reporting_verbs.tsv's connotation "doubt"), as "allegedly" and "reportedly" do.
  "suggest" and "question" of the same list are left out (they report the source's doubt, not the
  writer's), and so are "insisted" and "admitted" (emphasis and concession, not doubt).
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from mediadiff.align import lexicon
from mediadiff.align.quotemarks import in_quote
from mediadiff.align.wordalign import WordToken
from mediadiff.corpus.grammar import BE, DETERMINERS, DO_FINITE, HAVE_FINITE, MODALS, SUBJECT_PRONOUNS
from mediadiff.tone.claimscope import clause_breaks
from mediadiff.tone.modality import epistemic

# Words that change how firmly a claim is made (modal verbs, hedging and evidential adverbs).
MODALITY = frozenset(
    "may might could would should must can cannot reportedly allegedly apparently possibly perhaps "
    "probably likely unlikely presumably supposedly seemingly purportedly".split())
NEGATION = frozenset("no not never nor none without n't".split())
# Distancing reporting verbs (module docstring): every form of "allege" and "purport"; "claim" in its
# reporting sense only (``_reports``).
_CLAIM = frozenset(("claim", "claims", "claimed", "claiming"))
DISTANCING = frozenset("allege alleges alleged alleging purport purports purported".split()) | _CLAIM
_NOUN_FORMS = frozenset(("claim", "claims"))  # forms of the noun too: they report only before "that"
# A noun phrase's opening words: the subject of a reported clause starts after them.
_DETERMINERS = DETERMINERS | {"some", "any"}
_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS | {"there"}
_CLAUSE_ENDS = frozenset(",;:()—–\"“”.?!")
_SENTENCE_ENDS = frozenset(";:.?!")
_GOVERNED = 3
_AUXILIARIES = (BE - {"being"}) | HAVE_FINITE | DO_FINITE | MODALS

# What bears on the claim (``bears_on_claim``). Words of importance the booster list holds ("crucial", "vital"):
# they grade how much a thing matters, not how sure the writer is.
_IMPORTANCE = frozenset("crucial vital imperative paramount key critical important essential pivotal".split())
_MAKE = frozenset("make makes made making".split())
# Adverbs of frequency of the booster list: they quantify over times (Hyland counts them; modality does not).
_FREQUENCY = frozenset(("always", "never"))
# Adverbs of the booster list that grade how strongly someone holds or does something ("strongly recommend",
# "firmly rejected"): the degree of the source's act, not how sure the writer is of the claim.
_DEGREE_OF_ACT = frozenset(("strongly", "firmly"))
# Negative quantifiers: after "could" and its verb ("could offer no details") the negation takes scope over
# "could", as "could not offer any" does (tone.modality): an inability stated as fact, no hedge; only after verbs
# of offering, finding, saying or doing ("could have no effect", "could mean no raises" stay hedges).
# "suggest that ... should": the suasive sense (a proposal with a mandative clause, Quirk et al. 1985 16.32),
# not the evidential one ("the data suggest that the virus spreads").
_SUGGEST = frozenset("suggest suggests suggested suggesting".split())
_NEGATIVE_OBJECTS = frozenset("no nothing none nobody neither".split())
_INABILITY_VERBS = frozenset("offer give provide find say tell explain confirm identify do make reach get".split())
# Modals of possibility: in a conditional they say what follows from a condition (root possibility), not doubt.
_POSSIBILITY_MODALS = frozenset("may might could can".split())
_CONDITIONS = frozenset("if unless".split())
# A comma or dash before one of these coordinating conjunctions opens a clause of its own (``conditioned``).
_COORDINATION_MARKS = frozenset(",—–")
_COORDINATORS = frozenset("and but or yet so while whereas".split())
# Verbs and adjectives of asking or knowing: "if" after them opens an embedded question, not a condition.
_ASKING = frozenset(lexicon.stem(w) for w in "ask wonder know see check decide determine unclear clear sure".split())
# Hedge nouns and adjectives of possibility, which bear on the claim only when predicated of it. The evidential
# adjectives ("alleged", "suspected", "apparent", "unconfirmed") are left out: attributive, they withhold the
# writer's support from their noun ("the alleged excessive use of force"), which is the claim.
_HEDGE_NOUNS = frozenset("possibility possibilities prospect prospects doubt doubts".split())
_HEDGE_ADJECTIVES = frozenset("possible potential probable likely unlikely".split())
_BE_FORMS = BE | frozenset(("'s", "remains", "remained"))
_PREDICATORS = _BE_FORMS | MODALS | frozenset(
    "seem seems seemed appear appears appeared become becomes became look looks looked it's".split())
_DEGREE = frozenset("very more most less least quite highly increasingly not also now still so as too "
                    "all but".split())


def _reports(text: str, tokens: Sequence[WordToken], k: int) -> bool:
    """Whether "claim" at ``k`` reports (takes a clause, as "say" does) rather than demands or takes
    ("claimed responsibility for", "claimed the lives of", "claimed victory."): a clause follows it
    ("that", "to", a subject pronoun, or a subject whose verb comes next: "claiming the policies
    discriminate"), or nothing does ("..., he claimed."). A noun ("his claims") reports with "that" only."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.norm == "that":
        return True
    if tokens[k].norm in _NOUN_FORMS:
        return False  # "jobless claims, a proxy", "his claim to": a noun, or a verb not told from one, without "that"
    if after is None or _CLAUSE_ENDS & set(text[tokens[k].end:after.start]):
        return k > 0 and tokens[k - 1].norm not in _DETERMINERS
    if k > 0 and tokens[k - 1].norm in _DETERMINERS:
        return False  # "jobless claims in ...", "his claim to": a noun (or a verb not known from one) without "that"
    if after.norm in ("to", *_SUBJECT_PRONOUNS):
        return True
    m = k + 1
    while m < len(tokens) and (tokens[m].norm in _DETERMINERS or tokens[m].kind == "number"):
        m += 1
    # The subject's head, then its verb: a content word or an auxiliary right after it ("the election was
    # stolen", "Ukraine would attack"), not a preposition or the end.
    return m + 1 < len(tokens) and (tokens[m + 1].is_content or tokens[m + 1].norm in _AUXILIARIES) \
        and not _CLAUSE_ENDS & set(text[tokens[m].end:tokens[m + 1].start])


def cue_word(text: str, tokens: Sequence[WordToken], k: int) -> str | None:
    """The certainty cue ``tokens[k]`` is, as shown ("n't" for any contracted negation), or None."""
    low = tokens[k].norm
    if low == "may" and k and tokens[k].text[:1].isupper():
        return None  # "the week ended May 1": the month, capitalised inside a sentence, is no modal
    if low in MODALITY:
        # no cue, as in tone's certainty: an obligation ("must pay"), a negated "could", a modal inside a question
        breaks = clause_breaks(text, [t.start for t in tokens], [t.end for t in tokens])
        return low if epistemic([t.norm for t in tokens], k, breaks) else None
    if low in NEGATION:
        return low
    if low.endswith("n't"):
        return "n't"
    if low in DISTANCING and (low not in _CLAIM or _reports(text, tokens, k)):
        return low
    return None


def governs_shared(text: str, tokens: Sequence[WordToken], first: int, last: int, linked: set[int], *,
                   reach: tuple[list[int], list[int], list[int]] | None = None) -> bool:
    """Whether the cue written as ``tokens[first..last]`` governs a word with a counterpart (``linked``);
    ``reach``: ``_reach(text, tokens, linked)`` if already read."""
    breaks, words, shared = reach or _reach(text, tokens, linked)
    after = last + 1
    governed = False
    # A cue set off by commas ("was, allegedly, armed") governs what follows the comma: only a sentence end
    # right after it ends its clause.
    if after < len(tokens) and not _SENTENCE_ENDS & set(text[tokens[last].end:tokens[after].start]):
        end = breaks[after + 1]
        if shared[after] < end:
            return True
        governed = words[after] < end
    # A negation's focus follows it, never the words before it ("and said no more." negates "more", not "said"); a
    # clause-final hedge, booster ("without a doubt") or reporting verb governs the words before it.
    if governed or first == last and (tokens[first].norm in NEGATION or tokens[first].norm.endswith("n't")):
        return False
    before = (tokens[k] for k in range(first - 1, -1, -1) if tokens[k].kind in ("word", "number"))
    return any(t.index in linked for t in itertools.islice(before, _GOVERNED))


def _reach(text: str, tokens: Sequence[WordToken], linked: set[int]) -> tuple[list[int], list[int], list[int]]:
    """For each token offset (and one past the end): the first token at or after it with a clause end before it,
    the first word or number, and the first word or number in ``linked`` (``len(tokens)`` when none)."""
    n = len(tokens)
    breaks, words, shared = [n] * (n + 1), [n] * (n + 1), [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        breaks[k] = k if k and _CLAUSE_ENDS & set(text[tokens[k - 1].end:tokens[k].start]) else breaks[k + 1]
        word = tokens[k].kind in ("word", "number")
        words[k] = k if word else words[k + 1]
        shared[k] = k if word and tokens[k].index in linked else shared[k + 1]
    return breaks, words, shared


def certainty_cues(text: str, tokens: Sequence[WordToken], linked: set[int]) -> list[str]:
    """The certainty cues of ``text`` that govern something the other sentence shares (``linked``), in text
    order (``certainty_readings`` without their kinds)."""
    return [word for _, word in certainty_readings(text, tokens, linked)]


def certainty_readings(text: str, tokens: Sequence[WordToken], linked: set[int]) -> list[tuple[str, str]]:
    """("hedge", "booster" or "negation", the cue) of each certainty cue of ``text`` that governs something the
    other sentence shares (``linked``), in text order: the outlet's own hedges and boosters on the claim
    (``stance_cues``, the cues of the "Same fact, different certainty" list: one reading, so a row's note and
    that list agree), its distancing reporting verbs outside quotation marks (hedges) and its negations."""
    own = _stance_cues(text, tokens, linked, None)
    found = [(start, kind, word) for start, kind, word in own]
    hedges = {word for _, kind, word in own if kind == "hedge"}
    reach = _reach(text, tokens, linked)
    for k in range(len(tokens)):
        if tokens[k].norm in MODALITY or any(at <= tokens[k].start < at + len(cue) for at, _, cue in own):
            continue  # read by the lexicon (above; "no" of "no doubt" too): ``cue_word`` reads a modal in all text
        word = cue_word(text, tokens, k)
        if word is None or not governs_shared(text, tokens, k, k, linked, reach=reach):
            continue
        if word in DISTANCING:
            if not in_quote(text, tokens[k].start) and word not in hedges:
                found.append((tokens[k].start, "hedge", word))
        else:
            found.append((tokens[k].start, "negation", word))
    return [(kind, word) for _, kind, word in sorted(found, key=lambda f: f[0])]


def stance_cues(text: str, tokens: Sequence[WordToken], linked: set[int] | None, matches: list[Any] | None = None,
                *, quoted: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The hedges and boosters of ``text`` (the news lexicon's, ``tone.lexicons``; ``matches`` its matches if
    already found) that are the outlet's own word on the claim both sides share: outside quotation marks (the
    quoted source's), epistemic where they stand (``bears_on_claim``), and governing a word with a counterpart
    on the other side (``linked``: indices of ``tokens``; ``None`` when every word has one, as in a kept row).
    ``quoted``: those inside quotation marks instead, the quoted source's hedges and boosters on the shared fact."""
    own = _stance_cues(text, tokens, linked, matches, quoted=quoted)
    return (tuple(word for _, kind, word in own if kind == "hedge"),
            tuple(word for _, kind, word in own if kind == "booster"))


def _stance_cues(text: str, tokens: Sequence[WordToken], linked: set[int] | None, matches: list[Any] | None,
                 *, quoted: bool = False) -> list[tuple[int, str, str]]:
    """(start, "hedge" or "booster", the cue as written in lower case) of each cue ``stance_cues`` keeps."""
    from mediadiff.tone.lexicons import load_lexicon, tokenize

    lexicon = load_lexicon()
    if matches is None:
        matches = [m for m in lexicon.find(text, tokenize(text)) if m.entry.kind in ("hedge", "booster")]
    starts = [t.start for t in tokens]
    conditions = conditioned(text, tokens) if matches else None
    reach = None
    found = []
    for m in matches:
        if m.entry.kind == "hedge" and m.entry.weight < lexicon.hedge_threshold:
            continue
        # the words inside the match (they start in order: the first at or after it, up to one that ends past it)
        inside = [t.index for t in tokens[bisect_left(starts, m.start):bisect_left(starts, m.end)] if t.end <= m.end]
        if not inside or in_quote(text, m.start) != quoted or not bears_on_claim(text, tokens, inside[0], inside[-1],
                                                                                  conditions=conditions):
            continue
        if linked is not None and not governs_shared(text, tokens, inside[0], inside[-1], linked,
                                                     reach=reach or (reach := _reach(text, tokens, linked))):
            continue
        found.append((m.start, m.entry.kind, text[m.start:m.end].lower()))
    return found


def bears_on_claim(text: str, tokens: Sequence[WordToken], first: int, last: int, *,
                   conditions: Sequence[bool] | None = None) -> bool:
    """Whether the hedge or booster written as ``tokens[first..last]`` says how sure the writer is of the claim
    (epistemic use, module docstring "What bears on the claim"), not importance, a condition, a doing or a
    possible thing named inside a noun phrase. ``conditions``: ``conditioned(text, tokens)`` if already read
    (asking for each cue of a long text, read it once)."""
    norms = [t.norm for t in tokens[first:last + 1]]
    if _IMPORTANCE.intersection(norms):
        return False  # "a crucial fourth down": how much it matters, not how sure anyone is
    if "sure" in norms and first and tokens[first - 1].norm in _MAKE:
        return False  # "make sure that": see to it (a doing), no certainty
    if norms[0] in _SUGGEST and _proposal(text, tokens, last):
        return False  # "the judge suggested that Nichols should serve": a proposal, no inference
    if _doubt_of_another(tokens, first, norms):
        return False  # "his sister doubted that he was carrying a gun": her stance, reported, not the writer's doubt
    if norms[0] in _FREQUENCY or norms[0] in _DEGREE_OF_ACT:
        return False  # "has always rejected": how often, not how sure ("never" still counts as a negation)
    if norms == ["indeed"] and first and _next(text, tokens, last) is None \
            and tokens[first - 1].norm not in _AUXILIARIES | {"'s"}:
        return False  # "are long indeed.": a clause-final "indeed" after an adjective intensifies it ("very")
    if norms == ["could"] and tokens[last + 1:last + 2] and tokens[last + 1].norm in _INABILITY_VERBS and any(
            t.norm in _NEGATIVE_OBJECTS for t in tokens[last + 2:last + 4]) and _next(text, tokens, last) is not None:
        return False  # "could offer no details": could not offer any
    if norms[0] in _POSSIBILITY_MODALS or norms == ["if", "confirmed"]:
        # "if confirmed" is a condition itself
        return norms[0] != "if" and not (conditions if conditions is not None else conditioned(text, tokens))[first]
    if _HEDGE_NOUNS.intersection(norms) and NEGATION.isdisjoint(norms):  # "without a doubt": a booster
        return _heads_claim(text, tokens, first, last)
    if len(norms) == 1 and norms[0] in _HEDGE_ADJECTIVES:
        return _predicative(text, tokens, first)
    return True


# "doubt" as a verb with a subject of its own reports that subject's stance, as "suggest" and "question" do (left out
# of DISTANCING for that reason): the outlet asserts that she doubted. The first person ("I doubt", "we doubt") is
# the writer's, or the quoted speaker's, own.
_DOUBT_VERBS = frozenset(("doubt", "doubts", "doubted", "doubting"))
_THIRD_PERSON = frozenset(("he", "she", "they"))


def _doubt_of_another(tokens: Sequence[WordToken], first: int, norms: Sequence[str]) -> bool:
    if len(norms) != 1 or norms[0] not in _DOUBT_VERBS or not first:
        return False
    before = tokens[first - 1]
    return norms[0] == "doubted" and before.norm not in ("i", "we", "no", "little") \
        or before.norm in _THIRD_PERSON or before.kind == "name"


def _next(text: str, tokens: Sequence[WordToken], k: int) -> WordToken | None:
    """The word after ``tokens[k]`` in its clause (no punctuation between), or None."""
    if k + 1 >= len(tokens) or _CLAUSE_ENDS & set(text[tokens[k].end:tokens[k + 1].start]):
        return None
    return tokens[k + 1]


def _proposal(text: str, tokens: Sequence[WordToken], last: int) -> bool:
    """Whether "should" comes within six words after ``tokens[last]`` in its clause ("suggested that some
    parents should")."""
    k = last
    for _ in range(6):
        after = _next(text, tokens, k)
        if after is None:
            return False
        if after.norm == "should":
            return True
        k += 1
    return False


def conditioned(text: str, tokens: Sequence[WordToken]) -> list[bool]:
    """For each of ``tokens``, whether its clause is a conditional's: it holds "if" or "unless" (a condition
    bears on the clause it hangs from, before or after it: "If the winds turn, the storm may hit", "may hit if the
    winds turn"), where a clause ends at a sentence end or at a comma or dash before a coordinating conjunction
    (", and officials asked ...": a clause of its own), and "if" after a verb of asking or knowing within three
    words is no condition but an embedded question ("asked residents if they had supplies": whether), whose
    words to its clause's end are read as conditioned too (a question asked is no claim)."""
    clauses: list[int] = []
    for k, token in enumerate(tokens):
        gap = set(text[tokens[k - 1].end:token.start]) if k else set()
        new = k == 0 or bool(gap & _SENTENCE_ENDS) or (bool(gap & _COORDINATION_MARKS) and token.norm in _COORDINATORS)
        clauses.append(k if new else clauses[-1])
    questions = [k for k, t in enumerate(tokens) if t.norm == "if"
                 and any(tokens[j].stems & _ASKING for j in range(max(clauses[k], k - 3), k))]
    asked = set(questions)
    conditional = {clauses[k] for k, t in enumerate(tokens) if t.norm in _CONDITIONS and k not in asked}
    found = [c in conditional for c in clauses]
    for q in questions:  # what the question asks is no claim either ("asked if the storm could hit")
        k = q
        while k < len(tokens) and clauses[k] == clauses[q] and not found[k]:
            found[k], k = True, k + 1
    return found


def _heads_claim(text: str, tokens: Sequence[WordToken], first: int, last: int) -> bool:
    """Whether a hedge noun ("possibility", "prospect", "doubt") heads the claim: a clause follows it ("the
    possibility that", "doubt whether") or it is what there is ("there is a possibility"); "facing the prospect
    of arrest" names a possible thing inside a noun phrase about something else."""
    after = _next(text, tokens, last)
    if after is not None and after.norm in ("that", "whether"):
        return True
    k = first - 1
    while k >= 0 and tokens[k].norm in _DETERMINERS | {"no", "little", "real", "strong"}:
        k -= 1
    return k >= 1 and tokens[k].norm in _BE_FORMS and tokens[k - 1].norm == "there"


def _predicative(text: str, tokens: Sequence[WordToken], k: int) -> bool:
    """Whether a hedge adjective ("possible", "likely", "potential") is said of the claim rather than naming a
    possible thing: after a verb of being or a modal ("it is possible", "will likely"), before a clause ("likely
    to", "possible that") or alone in its clause ("Most likely, ..."); "potential changes" is attributive."""
    after = _next(text, tokens, k)
    if after is None or after.norm in ("that", "to", "whether", "if"):
        return True
    j = k - 1
    while j >= 0 and tokens[j].norm in _DEGREE and not _CLAUSE_ENDS & set(text[tokens[j].end:tokens[j + 1].start]):
        j -= 1
    return j >= 0 and tokens[j].norm in _PREDICATORS and not _CLAUSE_ENDS & set(text[tokens[j].end:tokens[j + 1].start])
