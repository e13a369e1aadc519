"""The subject before a reporting verb: a noun phrase, a name and its apposition, subjects joined by "and".

A reporting verb's source is read backwards from the verb as one noun phrase (``phrases.np_backward``),
which stops at a determiner or a lower-case word: "the Pentagon", "his lawyer"; "Marco Rubio, the secretary
of state, said" gives the name, the apposition its role (``source_before``). When "and" joins that phrase to
another that opens the clause ("The State Department and the Pentagon said"), the source is the two together,
and resolution gives it to no single actor (``resolution.resolve``), as ``voices`` shows a source naming
several speakers. An "and" inside one name ("the House Ways and Means Committee") joins no two actors
(``one_name_with_and``). A head with its modifiers after it is one source ("Analysts at Goldman Sachs",
"people familiar with the matter", "An official who was not authorized to speak", ``post_modified``), and an
adverbial set off by commas between a subject and its verb is skipped ("Clinton, during a town hall in
Columbus, Ohio, said", ``adverbial_aside``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from mediadiff.corpus.namewords import NAME_PARTICLES
from mediadiff.corpus.wordtables import table_row
from mediadiff.voices.delegates import delegate_of
from mediadiff.voices.first_names import opens_with_first_name
from mediadiff.voices.names import (
    ORG_HEADS,
    PLACES,
    ROLE_WORDS,
    is_group,
    is_organisation,
    place_key,
    place_kind,
    split_role,
    words_of,
)
from mediadiff.voices.params import APPOSITION_TOKENS, GENERIC_SOURCE_HEADS, MAX_SOURCE_WORDS
from mediadiff.voices.phrases import (
    DETERMINERS,
    PRONOUNS,
    as_role,
    is_named,
    name_before,
    np_backward,
    np_forward,
    resident_before,
    span_text,
    subject_end,
    tokens,
)
from mediadiff.voices.postmodifiers import POST_PREPOSITIONS, participle_after_head, premodified, preposition_back
from mediadiff.voices.wordclass import is_english_word, senses

# Nouns of words issued ("A statement from the ministry said"); here, as ``actors`` reads this module.
STATEMENT_NOUNS = frozenset("statement communiqué communique note readout message release post report".split())
_APPOSITION_OPENERS = frozenset("who whose which a an the his her their its one".split())
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")

# What may stand before a subject: a clause mark or a word that opens a clause (or the sentence's start).
_BEFORE_SUBJECT = frozenset({",", ";", ":", "—", "–", "“", '"', "but", "that", "while", "when", "because", "after"})


def joined_subject(toks: list[tuple[str, int, int]], start: int, end: int) -> int:
    """Where a subject begins when the noun phrase at tokens [``start``, ``end``) is the second of two joined by "and"
    ("Smith and his lawyer said", "Mexico and the United States said"): the second names someone else
    (``names_another``), the first opens the clause and is a name (every word capitalised) or opens with a
    determiner; else ``start`` ("Prices rose and the governor said": "Prices rose" is a clause, not a noun
    phrase; "the Florida senator and Republican presidential candidate said": one person)."""
    if start < 2 or toks[start - 1][0].lower() != "and" or not names_another([t[0] for t in toks[start:end]]):
        return start
    first = np_backward(toks, start - 1)
    if first is None or first[0] and toks[first[0] - 1][0].lower() not in _BEFORE_SUBJECT:
        return start
    # a bracketed aside says who the first is, no word of its name: "Sen. Bernie Sanders (I-Vt.)", "Smith (left)"
    words = [w for w in _outside_brackets([t[0] for t in toks[first[0]:first[1]]]) if w[:1].isalpha()]
    if not words or words[0].lower() not in DETERMINERS and not all(w[:1].isupper() for w in words):
        return start
    return first[0]


def _outside_brackets(words: Sequence[str]) -> list[str]:
    out, depth = [], 0
    for w in words:
        depth += w in {"(", "["}
        if not depth:
            out.append(w)
        depth -= depth > 0 and w in {")", "]"}
    return out


# Determiners that open a noun phrase of its own: after "and", the start of a second person or body.
OWN_DETERMINERS = DETERMINERS - {"my", "your", "both"} | {"another"}


def names_another(words: Sequence[str]) -> bool:
    """Whether the words after " and " name someone else: a name ("Jones", "de la Fuente") or a phrase with a
    determiner of its own ("the Pentagon", "another aide"), not a second description under the first one's
    determiner ("the Florida senator and Republican presidential candidate", one person)."""
    texts = [w for w in _outside_brackets(words) if w[:1].isalpha()]  # "Ocasio-Cortez (D-N.Y.)", "Jones (right)"
    return bool(words) and words[0].lower() in OWN_DETERMINERS or bool(texts) and all(
        w[:1].isupper() or w in NAME_PARTICLES for w in texts)


def roles_joined(phrase: str) -> bool:
    """"Apple Chairman and CEO Tim Cook", "founder and chief executive Elon Musk": " and " between two role
    words joins one person's roles, not two people: the phrase is roles, then a person's name."""
    before, _, after = phrase.partition(" and ")
    if not (before.split() and after.split()) or before.split()[-1].strip(".,").lower() not in ROLE_WORDS \
            or after.split()[0].strip(".,").lower() not in ROLE_WORDS:
        return False
    role, name = split_role(phrase)
    return role is not None and " and " in role and bool(name) and not is_organisation(name)


# Words that close a firm's name after its founder's ("Henry Holt and Company", "Smith and Sons"): one actor.
_FIRM_TAILS = frozenset({"company", "co", "co.", "sons", "brothers", "partners", "associates"})


def one_name_with_and(phrase: str) -> bool:
    """"Customs and Border Protection", "House Ways and Means Committee": an " and " inside one organisation's
    name joins the modifiers of its head, not two actors ("the State Department and the Pentagon", "Rubio and de
    la Fuente", "Washington and Congress", "Kyiv and NATO"): the whole names an organisation, the second part
    opens with no determiner and is no acronym, nor a one-word organisation after a person ("Bush and Congress";
    "Henry Holt and Company" is his firm), and the first is no place and names no organisation, or only by a
    head word before its end."""
    first, _, second = phrase.partition(" and ")
    if not second or not is_organisation(phrase) or words_of(second)[:1] == ["the"] or place_kind(first) \
            or place_key(first) or first.isupper() or second.isupper() or " " not in second and not is_organisation(
                first) and is_organisation(second) and second.lower() not in _FIRM_TAILS:
        return False
    if _complement_joined(first, second):
        return True
    return not is_organisation(first) or words_of(phrase)[-1] in ORG_HEADS and words_of(first)[-1] not in ORG_HEADS \
        and not is_group(first) and " ".join(w for w in words_of(first) if w != "the") not in PLACES


def _complement_joined(first: str, second: str) -> bool:
    """"Centers for Disease Control and Prevention", "Department of Housing and Urban Development", "Office of
    Management and Budget": an organisation's head, "of"/"for", and common nouns joined by "and": the "and" joins
    the nouns of its complement, one name. Not when a name or place is among them ("Bank of America and Apple")."""
    head, link, complement = first.rpartition(" for ") if " for " in first else first.rpartition(" of ")
    nouns = complement.split() + second.split()
    last = senses(second.split()[-1].lower()) if second.split() else None  # a noun of the language: not "Google"
    return bool(link) and is_organisation(head) and len(second.split()) <= 2 and bool(last and last[0]) and all(
        w[:1].isupper() and w.isalpha() and is_english_word(w.lower()) and not opens_with_first_name(w + " X")
        and not place_key(w) and not place_kind(w) and w.lower() not in ORG_HEADS for w in nouns)


def source_before(toks, v: int) -> tuple[int, int, str | None] | None:
    """Source token range before the verb at token ``v`` and a role from an
    apposition ("Marco Rubio, the secretary of state, said"); a head noun's modifiers after it are
    part of the source ("Analysts at Goldman Sachs said", ``post_modified``)."""
    i = subject_end(toks, v)
    if i > 0 and toks[i - 1][0].lower() in PRONOUNS:
        return i - 1, i, None
    modified = post_modified(toks, i)
    if modified is not None:
        return modified[0], modified[3], modified[4]
    np = premodified(toks, np_backward(toks, i))
    if np:  # "that" before a name, a figure or a plural is the conjunction ("said that Trump", "that experts"):
        after, head = toks[np[0] + 1][0] if np[1] - np[0] > 1 else "", toks[np[1] - 1][0]  # a demonstrative is singular
        that = toks[np[0]][0] == "that" and bool(after) and (after[:1].isupper() or after[:1].isdigit()
                                                             or head.endswith("s") and not head.endswith("ss"))
        return joined_subject(toks, np[0] + that, np[1]), np[1], None
    if i > 1 and toks[i - 1][0] == ",":
        return adverbial_aside(toks, i - 1) or apposition(toks, i - 1)
    return None


# Words that open an adverbial set off by commas between a subject and its verb ("Clinton, during a town hall
# in Columbus, Ohio, said", "Smith, in a statement, said", "Jones, however, said"): prepositions, subordinators
# and sentence adverbs of English grammar; an apposition opens otherwise ("Marco Rubio, the secretary, said").
_ASIDE_OPENERS = frozenset("""
during at in on after before with without despite under following amid amidst like unlike as when while
speaking writing asked pressed responding
""".split())
# Sentence adverbs that are an adverbial alone between commas ("Jones, however, said"); before a verb they
# are no aside ("Bush, Florida's former governor, also attacked Trump, ..., calling him").
_ASIDE_ADVERBS = frozenset("however meanwhile though too instead nonetheless nevertheless moreover".split())


def adverbial_aside(toks, comma: int) -> tuple[int, int, None] | None:
    """The subject before an adverbial set off by commas that ends at token ``comma`` ("Clinton, during a town
    hall meeting in Columbus, Ohio, said" is Clinton, not Ohio): the noun phrase that opens the clause before
    the comma opening the adverbial (the first such comma, when the adverbial holds more); ``None`` when no
    such adverbial or subject, or when a relative clause comes between (an apposition: ``apposition``)."""
    found = None
    for k in range(comma - 1, max(0, comma - APPOSITION_TOKENS), -1):
        word = toks[k][0]
        if word in {".", ";", "?", "!", "“", "”", '"', "(", ")"}:
            break
        if word.lower() in {"who", "which", "whose"}:
            return None  # "Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday, said"
        opener = toks[k + 1][0]
        if word != "," or not opener[:1].islower() or opener not in _ASIDE_OPENERS and not (
                opener in _ASIDE_ADVERBS and k + 2 == comma):
            continue
        np = np_backward(toks, k)
        if np is not None and _opens_clause(toks, np[0]) and (is_named(toks, np) or toks[np[0]][0].lower()
                                                                in DETERMINERS):
            found = (np[0], np[1], None)
    return found


def apposition(toks, comma: int) -> tuple[int, int, str | None] | None:
    """"Marco Rubio, the secretary of state, said", "Elaine Kamarck, a senior
    fellow at Brookings and a superdelegate, said": the named noun phrase before
    the comma that opens the apposition; the apposition is its role."""
    inner = np_backward(toks, comma)
    if inner and inner[0] > 1 and toks[inner[0] - 1][0] == ",":
        outer = np_backward(toks, inner[0] - 1)
        if outer and inner[1] - inner[0] == 1 and _PARTY_STATE.fullmatch(toks[inner[0]][0]):
            return outer[0], outer[1], toks[inner[0]][0]  # "Sen. Rand Paul, R-Ky., told": the label is a role
        if outer and toks[inner[0]][0].lower() in ROLE_WORDS:
            return outer[0], outer[1], span_text(toks, inner)  # "Peter King, Republican of New York, said"
        if outer and is_named(toks, outer) and (delegate_of(span_text(toks, inner)) or name_before(toks, inner)):
            return outer[0], outer[1], as_role(span_text(toks, inner))  # "Jeff Weaver, Sanders’ campaign manager, said"
        if outer and is_named(toks, inner) and toks[inner[0]][0][:1].isupper():
            return inner[0], inner[1], span_text(toks, outer)  # "Trump's spokeswoman, Hope Hicks, said"
    fallback = None
    for k in range(comma - 1, max(0, comma - APPOSITION_TOKENS), -1):
        word = toks[k][0]
        if word in {".", ";", "?", "!", "“", "”", '"'}:
            break
        if word != ",":
            continue
        np = np_backward(toks, k)
        opens = np is not None and (np[0] == 0 or toks[np[0] - 1][0] in {",", "(", ":", "—", "'", "’", "”", '"'}
                                    or toks[np[0] - 1][0][:1].islower())
        if np and opens and (is_named(toks, np) or np[0] == 0):
            found = (np[0], np[1], as_role(span_text(toks, (k + 1, comma))))  # a noun phrase, not "who runs it"
            resident = resident_before(toks, np)  # "Donna Rawlings, 59, of Ashton, Md., who watched …, said"
            named = None if resident else name_before(toks, np)  # "Mike Shields, president of the Fund, …, said"
            found = (resident[0], resident[1], found[2]) if resident else (
                (named[0], named[1], span_text(toks, np)) if named else found)
            if toks[k + 1][0].lower() in _APPOSITION_OPENERS:
                return found  # "X, who ...", "X, a senior fellow ...": X is the subject
            fallback = found if np[0] == 0 else fallback or found  # the sentence's opening name wins
    if fallback:
        return fallback
    if inner is None:
        return None
    k = inner[0]
    np = np_backward(toks, k - 1) if k > 1 and toks[k - 1][0] == "," else None
    return (np[0], np[1], span_text(toks, inner)) if np and is_named(toks, np) else None


def after_apposition(toks, np: tuple[int, int], stop: int) -> tuple[int, str | None] | None:
    """The token after the comma that closes an apposition to the name ``np`` before token ``stop``, and the
    role it gives ("Qari Khosti, a spokesman for the Interior Ministry, | confirmed"), when a lower-case word
    follows that comma and ``apposition`` reads ``np`` as the subject there; ``None`` otherwise."""
    for c in range(np[1] + 1, min(stop, np[1] + APPOSITION_TOKENS)):
        if toks[c][0] in {".", ";", ":", "?", "!", "“", "”", '"'}:
            return None
        if toks[c][0] == "," and toks[c + 1][0][:1].islower():
            found = apposition(toks, c)
            return (c + 1, found[2]) if found and found[:2] == np else None
    return None


# Adjectives and participles between a head and its preposition ("people familiar with the matter",
# "economists polled by Reuters", "officials briefed on the plan"): closed here, plus any "-ed" participle.
_POST_ADJECTIVES = frozenset("familiar close knowledgeable loyal aware involved speaking working".split())
# Words that may open the clause a source heads: after them its head comes first ("..., but analysts at ...").
_CLAUSE_OPENERS = frozenset("that but because while when although though since if whether so".split())
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "“", '"', "(", ".", "?", "!", "‘"})


def post_modified(toks, end: int) -> tuple[int, int, int, int, str | None] | None:
    """A subject whose head noun comes first and its modifiers after it, ending just before token ``end``:
    prepositional phrases ("Analysts at Goldman Sachs", "Researchers at the University of California at
    Berkeley", "Maria Lopez from the city housing department"), after a noun of people a participle or
    adjective and its phrase ("Economists polled by Reuters", "people familiar with the matter") or a relative
    clause whose verb follows "who" ("An official who was not authorized to speak publicly"). The head opens
    its clause and can speak: a name, a noun of people or groups (``data/people_nouns.tsv``) or a statement
    ("A statement from the ministry"). Returns (head start, head end, first object start, ``end``, the
    objects when they are named: the source's affiliation), or ``None``."""
    if end < 3 or not toks[end - 1][0][:1].isalnum():
        return None  # "Mark Penn, the pollster who worked for both Clintons, argued": an apposition
    k = end
    for _ in range(3):  # up to three phrases, each read back to its preposition
        p = preposition_back(toks, k)
        if p is None:
            break
        k = p
        if k > 1 and toks[k - 1][0][:1].islower() and (toks[k - 1][0].lower() in _POST_ADJECTIVES
                                                       or toks[k - 1][0].endswith(("ed", "ing"))):
            k -= 1  # "polled by", "familiar with", "released by": after a noun of people or a document only
            head = np_backward(toks, k)  # ("A report released by the Commerce Department"; not "Reid caucused in");
            active = toks[k][0].endswith("ing")  # any speaker before an active one ("The company operating the plant")
            if head is None or head[1] != k or not (active or _noun_of_people(toks, head)
                                                    or toks[k - 1][0] in STATEMENT_NOUNS):
                break
        else:
            head = np_backward(toks, k)
        if head is not None and head[1] == k and _heads_clause(toks, head) and _can_speak(toks, head):
            named = is_named(toks, (p + 1, end))
            return head[0], head[1], p + 1, end, span_text(toks, (p + 1, end)) if named else None
    participle = participle_after_head(toks, end)  # "People living nearby", "A lawyer representing Smith"
    head = np_backward(toks, participle) if participle is not None else None
    if head is not None and head[1] == participle and _heads_clause(toks, head) and _can_speak(toks, head):
        return head[0], head[1], participle, end, None
    for w in range(end - 2, max(0, end - 16), -1):  # "An official who was not authorized to speak publicly"
        if toks[w][0] in _CLAUSE_MARKS:
            break
        if toks[w][0].lower() == "who" and toks[w + 1][0][:1].islower():
            head = np_backward(toks, w)
            if head is not None and _heads_clause(toks, head) and _can_speak(toks, head):
                return head[0], head[1], w, end, None
            break
    return None


def modifiers_after(toks, np: tuple[int, int]) -> tuple[int, int]:
    """A source read forwards (``np_forward``: "according to a statement") with its head's modifiers after it,
    as ``post_modified`` reads them backwards: "according to a statement from the state health department",
    "according to people familiar with the matter"; ``np`` itself when its head cannot speak or none follows."""
    head = (np[0], np[1] - 1) if np[1] - np[0] > 1 and toks[np[1] - 1][0] in _POST_ADJECTIVES else np
    if not _can_speak(toks, head) or toks[head[1] - 1][0][:1].isupper():
        return np  # a name's place or time after it is no part of it ("according to Smith on Tuesday")
    end = np[1]
    for hop in range(3):
        j = end
        if not hop and j + 2 < len(toks) and toks[j + 1][0] in POST_PREPOSITIONS and _noun_of_people(toks, head) \
                and (toks[j][0] in _POST_ADJECTIVES or toks[j][0][:1].islower() and toks[j][0].endswith("ed")):
            j += 1  # "said people familiar with the matter", "according to economists polled by Reuters"
        if j + 1 >= len(toks) or toks[j][0] not in POST_PREPOSITIONS:
            break
        obj = np_forward(toks, j + 1)
        while obj is not None and obj[1] + 1 < len(toks) and toks[obj[1]][0].endswith(("ing", "ed")) \
                and toks[obj[1]][0][:1].islower() and toks[obj[1] - 1][0][:1].islower():
            more = np_forward(toks, obj[1] + 1)  # "the city housing department": "-ing" inside the phrase
            if more is None or toks[obj[1] + 1][0].lower() in DETERMINERS:
                break
            obj = (obj[0], more[1])
        if obj is None or obj[1] - np[0] > 2 * MAX_SOURCE_WORDS:
            break
        end = obj[1]
    return np[0], end


def _opens_clause(toks, start: int) -> bool:
    return start == 0 or toks[start - 1][0] in _CLAUSE_MARKS or toks[start - 1][0].lower() in _CLAUSE_OPENERS


def _heads_clause(toks, head: tuple[int, int]) -> bool:
    """Whether a noun phrase opens its clause as its subject: not a state after a town's comma ("residents in
    Jupiter, Florida who were voting"), nor a participle opening a sentence ("Speaking to a crowd at ...")."""
    first = toks[head[0]][0]
    if head[1] - head[0] == 1 and len(first) > 4 and first.endswith("ing") and first[:1].isupper():
        return False
    return _opens_clause(toks, head[0]) and not (head[0] and toks[head[0] - 1][0] == "," and place_kind(
        span_text(toks, head)))


def _can_speak(toks, head: tuple[int, int]) -> bool:
    """Whether a head noun phrase names someone who can speak or issue words: a name, a people noun, a document."""
    last = toks[head[1] - 1][0]
    low = last.lower().strip(".")
    if last[:1].isupper():
        return low not in DETERMINERS
    if low in STATEMENT_NOUNS:  # "A statement from the ministry", "A report released by", not "the report on Monday"
        after = [w for w, _, _ in toks[head[1]:head[1] + 2]] + ["", ""]
        return after[0] in {"from", "by"} or after[0].endswith("ed") and after[1] in {"from", "by"}
    return _noun_of_people(toks, head)


def _noun_of_people(toks, head: tuple[int, int]) -> bool:
    """Whether a noun phrase's last word is a common noun of people or groups ("analysts", "People" opening
    a sentence; not "Reid")."""
    last, low = toks[head[1] - 1][0], toks[head[1] - 1][0].lower()
    if not last[:1].islower() and not (head[1] - head[0] == 1 and _opens_clause(toks, head[0]) and (
            low.endswith("s") or low in GENERIC_SOURCE_HEADS)):
        return False  # a name is no common noun ("Clinton responded to ... writing"), a plural may open
    return people_noun(low)


def people_noun(low: str) -> bool:
    """Whether a lower-case word is a noun of people or groups: a role, a generic source or a noun of
    ``data/people_nouns.tsv`` (WordNet), singular or plural ("analysts", "staff", "friends")."""
    if low in ROLE_WORDS or low in GENERIC_SOURCE_HEADS:
        return True
    singular = (low, low[:-3] + "y", low[:-1], low[:-2]) if low.endswith("ies") else (low, low[:-1], low[:-2])
    return any(table_row("people_nouns.tsv", s) is not None for s in singular if s)


@lru_cache(maxsize=8192)  # asked of each cue's source when registered, then when resolved; sources recur ("he")
def split_post_modified(phrase: str) -> tuple[str, str, str] | None:
    """A source as written split into its head, the word after the head and the object of its modifiers
    ("Analysts at Goldman Sachs": "Analysts", "at", "Goldman Sachs"), as ``post_modified`` reads it; ``None``
    when it has none."""
    toks = tokens(phrase)
    found = post_modified(toks, len(toks)) if toks else None
    if found is None or found[0] != 0:
        return None
    after = toks[found[1]][0]
    return span_text(toks, (0, found[1])), after, span_text(toks, (found[2], found[3]))
