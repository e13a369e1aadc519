"""Who does what to whom: two sentences whose words correspond but whose roles are swapped.

"Smith beat Jones" / "Jones beat Smith" and "Police arrested the suspect" / "The suspect arrested
police" share every word, so every word-overlap measure (the paraphrase probability too) calls them
restatements. What changed is the order of the two arguments around the same verb: the subject of
one is the object of the other. ``swapped_roles`` finds that pattern in a word alignment:

- a linked content word of A (the verb: not a name, not a number) with the nearest content word
  before it (the head of its subject) and the last word of the content run after it (the head of
  its object), only determiners, auxiliaries and negations between, no clause punctuation;
- in B the counterpart of A's object stands before the counterpart of the verb and the counterpart of
  A's subject after it, in the same configuration;
- both sentences in the same voice: "Jones was beaten by Smith" (a form of "be" or "get" before the
  verb and "by" after it) says what "Smith beat Jones" says;
- not a symmetric predicate, whose two arguments can be given in either order ("Trump met Putin" /
  "Putin met Trump"; Dowty 1991's symmetric and reciprocal verbs).
"""

from __future__ import annotations

from collections.abc import Iterable

from mediadiff.align import lexicon
from mediadiff.align.wordalign import WordToken
from mediadiff.corpus.grammar import BE, DETERMINERS, DO_FINITE, HAVE_FINITE, MODALS

# Words that may stand between a verb and the heads of its arguments inside one clause: determiners,
# possessives, auxiliaries and modals, negations, and "by" of a passive's agent.
# "get" is an auxiliary of the passive beside "be" ("got fired", "was fired": the subject is the patient).
_GET = frozenset("get got gets gotten".split())
_BE = BE | _GET
_BETWEEN = DETERMINERS | {"some", "any", "no"} | HAVE_FINITE | {"having"} | _BE | MODALS | DO_FINITE | {
    "not", "never", "n't", "by"}
_CLAUSE = frozenset(",;:()—–\"“”.?!")
# Predicates whose two arguments can be swapped without changing the fact (symmetric and reciprocal
# verbs, contests and ties, comparisons of equals).
_SYMMETRIC = frozenset(lexicon.stem(word) for word in (
    "meet marry wed divorce date debate talk speak chat negotiate confer consult correspond argue "
    "quarrel disagree agree differ fight battle clash spar compete play face tie draw rival match equal "
    "resemble collide partner merge hug kiss embrace versus vs".split()))


def _clause_break(text: str, left: WordToken, right: WordToken) -> bool:
    return bool(_CLAUSE & set(text[left.end:right.start]))


def _subject(text: str, tokens: tuple[WordToken, ...], verb: int) -> tuple[WordToken | None, list[str]]:
    """The nearest content word before ``tokens[verb]`` in its clause, and the words skipped to reach it."""
    skipped: list[str] = []
    right = tokens[verb]
    for k in range(verb - 1, max(-1, verb - 5), -1):
        token = tokens[k]
        if _clause_break(text, token, right):
            return None, skipped
        if token.is_content:
            return (token if token.kind != "number" else None), skipped
        if token.norm not in _BETWEEN:
            return None, skipped
        skipped.append(token.norm)
        right = token
    return None, skipped


def _object(text: str, tokens: tuple[WordToken, ...], verb: int) -> tuple[WordToken | None, list[str]]:
    """The head (last word of the first run of content words) after ``tokens[verb]`` in its clause, and the
    words skipped before that run."""
    skipped: list[str] = []
    left, head = tokens[verb], None
    for token in tokens[verb + 1:verb + 8]:
        if _clause_break(text, left, token):
            break
        if token.is_content and token.kind != "number":
            head = token
        elif head is not None or token.norm not in _BETWEEN:
            break
        else:
            skipped.append(token.norm)
        left = token
    return head, skipped


def _passive(subject_skipped: Iterable[str], object_skipped: Iterable[str]) -> bool:
    return bool(_BE & set(subject_skipped)) and "by" in object_skipped


def swapped_roles(text_a: str, tokens_a: tuple[WordToken, ...], text_b: str, tokens_b: tuple[WordToken, ...],
                  links: Iterable[tuple[int, int]]) -> str | None:
    """"Smith beat Jones -> Jones beat Smith" when the subject and object of one verb are swapped, else None.

    ``tokens_a``/``tokens_b`` are ``wordalign.analyse`` of the texts, ``links`` their aligned token indices.
    """
    to_b = dict(links)
    for verb in tokens_a:
        if (verb.index not in to_b or not verb.is_content or verb.kind in ("name", "number")
                or verb.stems & _SYMMETRIC or verb.norm in _SYMMETRIC):
            continue
        subject, before = _subject(text_a, tokens_a, verb.index)
        obj, after = _object(text_a, tokens_a, verb.index)
        if subject is None or obj is None or subject.index not in to_b or obj.index not in to_b:
            continue
        if subject.stems & obj.stems or subject.norm == obj.norm:
            continue
        verb_b = to_b[verb.index]
        subject_b, before_b = _subject(text_b, tokens_b, verb_b)
        obj_b, after_b = _object(text_b, tokens_b, verb_b)
        if (subject_b is not None and obj_b is not None and subject_b.index == to_b[obj.index]
                and obj_b.index == to_b[subject.index] and _passive(before, after) == _passive(before_b, after_b)):
            return (f"{subject.text} {verb.text} {obj.text} -> "
                    f"{subject_b.text} {tokens_b[verb_b].text} {obj_b.text}")
    return None
