"""The reporting-verb lexicon (``data/reporting_verbs.tsv``): forms, stance and connotation; ``summoned``: "call"
that summons or cancels ("called to service", "called off"), reporting nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mediadiff.corpus.grammar import DETERMINERS, POSSESSIVE_DETERMINERS
from mediadiff.corpus.wordtables import DATA
from mediadiff.voices.occasions import fronted_question_forms
from mediadiff.voices.wordclass import senses

# Forms that are also nouns ("a recent report noted"): a cue only after a name or pronoun.
NOUN_TOO = frozenset("""
calls call brands labels remarks report reports claim claims note notes comment comments demand demands state
states post promise promises pledge pledges vow vows warning attack joke jokes quip charge
quote quotes question questions chant chants email emails thanks praise blame yell scream
""".split())
# Verbs whose object is a noun phrase, not a clause: their reported content needs "that".
OBJECT_VERBS = frozenset("""
call dub label brand repeat criticize highlight mention describe demand call for urge reiterate stress emphasize
announce deny accuse threaten reaffirm underscore praise blast slam attack reveal affirm promise pledge vow predict
recall mock deride denounce chide dismiss blame question praise thank quote cite assure confirm disclose
""".split())
# Verbs whose participle right after a noun and before a preposition is a passive in a reduced relative clause, the
# noun the one accused, never a speaker (``passives.reduced_passive``; Quirk et al. 1985, 17.29): those above, and
# "charge" ("A teenager charged with reckless driving told reporters": the teenager speaks, with "told"). "charge"
# is not above: active, it reports its whole object ("charged two developers, A and B, with fraud").
REDUCED_RELATIVE_VERBS = OBJECT_VERBS | {"charge"}
# Forms that report only right after a quote or before a colon ("“…,” the sign read"; "it reads:"):
# elsewhere they are reading, not saying.
ADJACENT_ONLY = frozenset({"read", "reads"})


@dataclass(frozen=True)
class VerbEntry:
    """One reporting verb: ``verb`` (lemma), ``stance`` neutral|loaded, ``connotation``."""

    verb: str
    stance: str
    connotation: str | None


@lru_cache(maxsize=1)
def verb_lexicon() -> dict[str, VerbEntry]:
    """Surface form (lower case, words joined by one space) -> its entry."""
    rows = (DATA / "reporting_verbs.tsv").read_text(encoding="utf-8")
    forms: dict[str, VerbEntry] = {}
    header = None
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells + [""] * len(header)))
        entry = VerbEntry(row["verb"], row["stance"], row["connotation"] or None)
        for form in (row["forms"] or row["verb"]).split("|"):
            forms[form.strip()] = entry
    return forms


@lru_cache(maxsize=1)
def verb_pattern() -> re.Pattern:
    """Any form of the lexicon as whole words (words apart by any whitespace), case as written.

    The forms are merged into a trie (``"sa(?:id|ys?)"``) rather than listed one after another:
    the regex engine then reads each word once instead of trying all 400-odd forms at every word
    (8 times faster on news text). It matches exactly what the plain alternation of the forms,
    longest first, matches: a form is lower-case words, so at a word start only one one-word form
    (the whole word) and one two-word form (that word and the next) can end at a word boundary,
    and the trie, like the longest-first list, tries the two-word form first."""
    return re.compile(r"\b(?:" + _trie_pattern(_trie(verb_lexicon())) + "|" + fronted_question_forms(verb_lexicon())
                      + r")\b")  # and "Asked" opening a sentence before a question (``occasions``)


def _trie(forms) -> dict:  # type: ignore[no-untyped-def]
    root: dict = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here
    return root


def _trie_pattern(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(node[ch]) for ch in sorted(node) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return body + "?" if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")?"  # longer forms first


# Verbs of quoting and perception, whose object is the subject of an -ing form after it ("a video shows Trump telling").
OBJECT_SPEAKS = frozenset("""
quote quotes quoted quoting cite cites cited citing hear hears heard hearing see sees saw seen seeing watch
watches watched show shows showed shown showing catch catches caught record records recorded film filmed
capture captures captured depict depicts depicted overheard
""".split())
# Particles after "call" that make it summon or cancel ("called to service", "called up", "called off"), not name.
SUMMONING_PARTICLES = frozenset("to up in off back into home away".split())
# Nouns that "call to" takes as a summons or an idiom, though they may be verbs too ("called to mind", "to order").
_SUMMONS_NOUNS = frozenset("service duty mind account order arms action attention office".split())


def summoned(toks: list[tuple[str, int, int]], k: int, passive: bool) -> bool:
    """Whether "call" with the particle at ``toks[k]`` summons or cancels rather than speaks: "called up",
    "called off", "called in"; "to" a noun phrase ("called to the scene", "called to service", "to mind") or,
    passive, to anything ("was called to testify"). "To" and an infinitive urges ("called to reject Trump")."""
    if k >= len(toks) or toks[k][0].lower() not in SUMMONING_PARTICLES:
        return False
    if toks[k][0].lower() != "to" or passive:
        return True
    word = toks[k + 1][0].lower() if k + 1 < len(toks) else ""
    counts = senses(word)
    return word in DETERMINERS or word in POSSESSIVE_DETERMINERS or word in _SUMMONS_NOUNS or (
        counts is not None and counts[1] == 0)


# Objects "call" telephones or summons: a person's pronoun, the emergency services ("called police", "called 911").
PHONED = frozenset("him her them me us police 911 authorities ambulance paramedics firefighters deputies".split())
# What follows such an object when nothing is named: an infinitive of purpose ("to tell them"), a time, the end,
# an adverb of time or repetition ("would call him soon", "called her again", "call them back"): naming needs a
# noun phrase, an adjective or a quote there ("called him a liar"), never an adverb.
_AFTER_CALLED = frozenset("""
to and after before from at for on , . ; ! soon later again back today tonight tomorrow yesterday now immediately
repeatedly often twice once daily
""".split())


def not_naming(toks: list[tuple[str, int, int]], k: int, passive: bool) -> bool:
    """Whether "call" before ``toks[k]`` summons, cancels (``summoned``) or telephones rather than names. Naming
    needs a second complement after the object ("called it a disaster", 'called police "racist"'); a person's
    pronoun or an emergency service (an article before it aside), then "to" and a verb, a time or the end is a
    call ("called police to tell them", "called her to get together again", "called 911 after the crash", "would
    call him soon")."""
    if summoned(toks, k, passive) or passive:
        return summoned(toks, k, passive)
    k += k < len(toks) and toks[k][0].lower() in {"the", "an"}
    after = toks[k + 1][0].lower() if k + 1 < len(toks) else "."
    return k < len(toks) and toks[k][0].lower() in PHONED and after in _AFTER_CALLED and (
        after != "to" or k + 2 < len(toks) and toks[k + 2][0].isalpha() and toks[k + 2][0].islower()
        and toks[k + 2][0] not in DETERMINERS)
