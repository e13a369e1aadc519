"""The subject before a reporting verb: a noun phrase, a name and its apposition, subjects joined by "and".

A reporting verb's source is read backwards from the verb as one noun phrase (``phrases.np_backward``),
which stops at a determiner or a lower-case word: "the Pentagon", "his lawyer"; "Marco Rubio, the secretary
of state, said" gives the name, the apposition its role (``source_before``). When "and" joins that phrase to
another that opens the clause ("The State Department and the Pentagon said"), the source is the two together,
and resolution gives it to no single actor (``resolution.resolve``), as ``voices`` shows a source naming
several speakers. An "and" inside one name ("the House Ways and Means Committee") joins no two actors
(``one_name_with_and``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mediadiff.corpus.namewords import NAME_PARTICLES
from mediadiff.voices.first_names import opens_with_first_name
from mediadiff.voices.names import (
    ORG_HEADS,
    PLACES,
    ROLE_WORDS,
    delegate_of,
    is_group,
    is_organisation,
    place_key,
    place_kind,
    split_role,
    words_of,
)
from mediadiff.voices.params import APPOSITION_TOKENS
from mediadiff.voices.phrases import (
    DETERMINERS,
    PRONOUNS,
    is_named,
    name_before,
    np_backward,
    resident_before,
    span_text,
    subject_end,
)
from mediadiff.voices.wordclass import is_english_word, senses

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
    apposition ("Marco Rubio, the secretary of state, said")."""
    i = subject_end(toks, v)
    if i > 0 and toks[i - 1][0].lower() in PRONOUNS:
        return i - 1, i, None
    np = np_backward(toks, i)
    if np:
        return joined_subject(toks, np[0], np[1]), np[1], None
    if i > 1 and toks[i - 1][0] == ",":
        return apposition(toks, i - 1)
    return None


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
            return outer[0], outer[1], span_text(toks, inner)  # "Jeff Weaver, Sanders’ campaign manager, said"
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
            found = (np[0], np[1], span_text(toks, (k + 1, comma)))
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
