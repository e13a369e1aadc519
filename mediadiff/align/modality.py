"""Certainty cues of an aligned pair, and whether what each governs is the fact both sentences share.

A row's certainty note ("A only: may") and the comparison's "Same fact, different certainty" list say
that one outlet hedges what the other asserts. That holds only when the hedge bears on the shared fact:
in "officers shot Kimani Gray after he allegedly pointed a revolver at them" / "the fatal shooting of
Kimani Gray", "allegedly" hedges the revolver, which the other sentence never mentions. A cue is read
as a modal operator over what follows it in its clause (Lyons 1977; Biber et al. 1999 on stance
adverbials), and a negation likewise (its focus follows it):

- ``governs_shared``: the content words a cue governs, those after it in its clause (up to a comma,
  colon, bracket, dash or quote mark) that are not names (a clause-final cue, "..., a rifle, Scherlinck
  claimed.", governs the three before it: a reporting clause after its report), and whether any of
  them has a counterpart in the other
  sentence. Names are left out: the entity a claim is about is shared far more often than the claim
  ("could conclude with a Senate victory" / "all 50 Senate Democrats").
- ``negations``, ``says_negation``: a negation changes a claim only when it negates a word with a
  counterpart ("does not fund" / "funds") and the other side negates nothing in any form: "had not yet
  regained" / "had yet to regain", "not getting" / "skipping", "failed to" are one polarity.
- ``in_quote``: a cue inside quotation marks is the quoted source's word, not the outlet's (the
  stance list is about the outlet); a sentence inside a quote that runs over several sentences shows
  only its closing mark.
- ``MODALITY``, ``NEGATION``, ``DISTANCING``: the cue words. Distancing reporting verbs ("claimed",
  "alleged", "purported") attribute a report while the writer withholds support from it (Martin and
  White 2005, The Language of Evaluation: "attribute: distance"; Bednarek 2006, Evaluation in Media
  Discourse: the writer's distance from an averred or attributed proposition; MOS:SAID's "casts
  doubt", data/reporting_verbs.tsv's connotation "doubt"), as "allegedly" and "reportedly" do.
  "suggest" and "question" of the same list are left out (they report the source's doubt, not the
  writer's), and so are "insisted" and "admitted" (emphasis and concession, not doubt).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mediadiff.align import lexicon
from mediadiff.align.wordalign import WordToken
from mediadiff.corpus.grammar import BE, DETERMINERS, DO_FINITE, HAVE_FINITE, MODALS, SUBJECT_PRONOUNS
from mediadiff.tone.modality import epistemic

# Words that change how firmly a claim is made (modal verbs, hedging and evidential adverbs).
MODALITY = frozenset(
    "may might could would should must can cannot reportedly allegedly apparently possibly perhaps "
    "probably likely unlikely presumably supposedly seemingly purportedly".split())
NEGATION = frozenset("no not never nor none without n't".split())
# Distancing reporting verbs (module docstring): every form of "allege" and "purport"; "claim" in its
# reporting sense only (``_reports``).
DISTANCING = frozenset("allege alleges alleged alleging purport purports purported claim claims claimed "
                       "claiming".split())
_CLAIM = frozenset(("claim", "claims", "claimed", "claiming"))
_NOUN_FORMS = frozenset(("claim", "claims"))  # forms of the noun too: they report only before "that"
# A noun phrase's opening words: the subject of a reported clause starts after them.
_DETERMINERS = DETERMINERS | {"some", "any"}
_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS | {"there"}
_CLAUSE_ENDS = frozenset(",;:()—–\"“”.?!")
_SENTENCE_ENDS = frozenset(";:.?!")
_GOVERNED = 3
_AUXILIARIES = (BE - {"being"}) | HAVE_FINITE | DO_FINITE | MODALS


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
        # an obligation or a negated "could" is no cue, as in tone's certainty ("could not confirm" / "did not
        # confirm" differ in no certainty; "must pay" / "will pay" neither)
        return low if epistemic([t.norm for t in tokens], k) else None
    if low in NEGATION:
        return low
    if low.endswith("n't"):
        return "n't"
    if low in DISTANCING and (low not in _CLAIM or _reports(text, tokens, k)):
        return low
    return None


def governs_shared(text: str, tokens: Sequence[WordToken], first: int, last: int, linked: set[int]) -> bool:
    """Whether the cue written as ``tokens[first..last]`` governs a word with a counterpart (``linked``)."""
    governed: list[WordToken] = []
    previous = tokens[last]
    for token in tokens[last + 1:]:
        between = set(text[previous.end:token.start])
        # A cue set off by commas ("was, allegedly, armed") governs what follows the comma.
        if between & _SENTENCE_ENDS or (between & _CLAUSE_ENDS and (governed or previous is not tokens[last])):
            break
        previous = token
        if token.kind == "word" or token.kind == "number":
            governed.append(token)
    # A negation's focus follows it, never the words before it ("and said no more." negates "more", not
    # "said"); a clause-final hedge or reporting verb governs the words before it.
    if not governed and not (tokens[first].norm in NEGATION or tokens[first].norm.endswith("n't")):
        governed = [t for t in tokens[:first] if t.kind in ("word", "number")][-_GOVERNED:]
    return any(t.index in linked for t in governed)


def certainty_cues(text: str, tokens: Sequence[WordToken], linked: set[int]) -> list[str]:
    """The certainty cues of ``text`` that govern something the other sentence shares (``linked``)."""
    found = []
    for k in range(len(tokens)):
        word = cue_word(text, tokens, k)
        if word is not None and governs_shared(text, tokens, k, k, linked):
            found.append(word)
    return found


def in_quote(text: str, start: int) -> bool:
    """Whether ``text[start]`` stands inside quotation marks (curly or straight), or before the closing
    mark of a quote opened in an earlier sentence."""
    inside = False
    seen = False
    for ch in text[:start]:
        if ch == "“":
            inside, seen = True, True
        elif ch == "”":
            inside, seen = False, True
        elif ch == '"':
            inside, seen = not inside, True
    if seen:
        return inside
    rest = [ch for ch in text[start:] if ch in "“”\""]
    return bool(rest) and (rest[0] == "”" or (rest[0] == '"' and len(rest) % 2 == 1))


# Negators of a claim: the certainty cues' negations and the negative pronouns ("nobody", "nothing").
_NEGATORS = NEGATION | frozenset("cannot nobody nothing neither nowhere".split())
# Words that say a negation in a verb or adjective (Karttunen's negative implicatives "fail to", "decline
# to", "refuse to"; "deny", "prohibit", "unlikely"): a side with one may say with it what the other says
# with "not" ("declined to call on" / "did not take questions"), so a negation on one side alone is no
# change then. They never make one themselves: their scope is wider than three words.
_NEGATIVE_STEMS = frozenset(lexicon.stem(word) for word in (
    "fail decline refuse neglect avoid deny reject prohibit ban forbid unlikely unable lack "
    # Verbs of not doing: "skipped the meeting" / "did not attend" (review), "missed the vote", "omitted".
    "skip miss omit abstain boycott forgo".split()))
_NEGATION_CLAUSE_ENDS = frozenset(",;:()—–\"“”")
_FULL_STOP = re.compile(r"[.!?][\"”’)]*\s")
# "have yet to", "is yet to": not yet done, a negation written without a negator.
_YET_TO = re.compile(r"\byet to\b", re.IGNORECASE)


def negator(token: WordToken) -> bool:
    """Whether ``token`` negates a claim ("not", "never", "nobody", "didn't")."""
    return token.norm in _NEGATORS or token.norm.endswith("n't")


def says_negation(text: str, tokens: Sequence[WordToken]) -> bool:
    """Whether ``text`` negates anything, in any form: a negator, a negative verb or adjective ("failed to",
    "skipped", "unlikely"), or "yet to" ("had yet to regain": not yet regained)."""
    return any(negator(t) or t.stems & _NEGATIVE_STEMS for t in tokens) or bool(_YET_TO.search(text))


def negations(text: str, tokens: Sequence[WordToken], linked: set[int]) -> list[str]:
    """The negators of ``text`` whose clause, up to three words on, holds a word with a counterpart."""
    found = []
    for k, token in enumerate(tokens):
        if not negator(token) or (token.norm == "no" and text[token.end:token.end + 1] == "."
                                  and k + 1 < len(tokens) and tokens[k + 1].kind == "number"):
            continue  # "No. 5 seed": the abbreviation of "number"
        for after in tokens[k + 1:k + 4]:
            gap = text[token.end:after.start]
            if _NEGATION_CLAUSE_ENDS & set(gap) or (_FULL_STOP.search(gap) and after.text[:1].isupper()):
                break  # a row of several sentences: "has no carries. He played at" negates no "played"
            if after.is_content and after.index in linked:
                found.append(token.text.lower())
                break
    return list(dict.fromkeys(found))
