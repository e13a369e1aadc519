"""Definites: "the company said" after "Exxon said ..." is Exxon.

A definite description as a source refers back to an actor the article already named (definite anaphora,
Poesio & Vieira 1998): "the company" to the last company. A name with its class noun in it ("Exxon Mobil
Corporation" of "the corporation") is found by ``ActorRegistry.last``; this reads the rest: a business noun
("company", "firm", "corporation") refers to the last actor named in its own sentence or the one before whose
name says nothing of another kind of body, when no other body is named after it (a surname the article makes a
person's gives way to a company named with its legal form before it, anywhere): a lone name that no title,
first name or "he"/"she" makes a person's ("Exxon", "Twitter", "Peabody": ``lone_names``), or a name ending in
a company's legal form ("Exxon Corp."). Never a person, a place, a group, nor a body whose own name holds
another class noun ("the Justice Department", "the Tax Foundation"). Only business nouns: "the agency", "the
department", "the ministry" name their class in the body's name ("Environmental Protection Agency"), and "the
group" is people as often.
"""

from __future__ import annotations

from collections.abc import Sequence

from mediadiff.corpus.wordtables import table_row
from mediadiff.voices.actors import Actor, ActorRegistry
from mediadiff.voices.names import HONORIFICS, ORG_HEADS, ROLE_WORDS, is_place, words_of

# Nouns of a business: any company may be called so, whatever its name says.
BUSINESS_NOUNS = frozenset({"company", "firm", "corporation"})
_LEGAL_FORMS = frozenset("inc corp co llc ltd plc corporation company".split())


def _lone_name(registry: ActorRegistry, actor: Actor) -> bool:
    """A one-word name the article so far gives no evidence of a person for (``lone_names``' evidence read while
    reading: no role, no honorific, no "he"/"she" votes, no first name of ``data/first_names.tsv``)."""
    name = actor.name.strip()
    return " " not in name and not actor.role and not any(registry.titled.get(name, (0, 0))) \
        and not any(registry.gender.get(name, (0, 0))) and table_row("first_names.tsv", name.lower()) is None \
        and name.lower() not in ROLE_WORDS


def _business(registry: ActorRegistry, actor: Actor) -> bool:
    if is_place(actor.name):
        return False
    if actor.kind == "person":
        return _lone_name(registry, actor)
    if actor.kind != "organisation":
        return False
    words = words_of(actor.name)
    if words and words[-1] in _LEGAL_FORMS:
        return True  # "Exxon Corp.", "Peabody Energy Inc."
    if len(words) > 1:  # "Valeant Pharmaceuticals International", "United Technologies"; not "Fox News"
        return not any(w in ORG_HEADS for w in words)
    return bool(words) and words[0] not in ORG_HEADS and actor.name in registry.organisations


def business_antecedent(registry: ActorRegistry, words: Sequence[str], position: int, previous_start: int | None,
                        sentence_start: int | None) -> Actor | None:
    """The actor a description of ``words`` ("the company", no modifier: "the larger company" may be another)
    refers to at ``position``: the business named last since ``previous_start`` (the sentence before), else
    ``sentence_start`` (its own), when no other organisation is named after it there (people and groups,
    "workers", "they", are no bodies that "the company" could be); ``None`` for other nouns, or none such.
    Near only: read further back, the last lone name was as often another company than the one meant (PolNeAR
    train: "Coca Cola's funding ... The company" read Apple, named two sentences before; "Bloomberg's own list.
    The company says" read Forbes)."""
    since = previous_start if previous_start is not None else sentence_start
    if len(words) != 2 or words[0] != "the" or words[1] not in BUSINESS_NOUNS or since is None:
        return None
    for mention in registry.by_position.latest_first(position):
        if mention.start < since:
            return None
        actor = registry.actors.get(mention.actor)
        if actor is None or mention.kind != actor.kind:
            continue
        if _business(registry, actor):
            return actor  # "Exxon announced layoffs. The company said": Exxon, whatever company was named before
        if actor.kind == "person" and _surname(actor.name) and (named := _named_business(registry, mention.start)):
            return named  # "Tesla Inc. ... Mr. Musk said ... The company said": a person is no company
        if actor.kind == "organisation":
            return None  # "Vanguard Logistics Services", "the union": another body is nearer
    return None


def _surname(name: str) -> bool:
    """A person's name of one word, with an honorific or not ("Musk", "Mr. Musk"): a full name ("Jane Smith") is
    read on its own (a lone description after it stays unresolved, as before)."""
    words = name.split()
    return len(words) == 1 or len(words) == 2 and words[0].rstrip(".").lower() in HONORIFICS


def _named_business(registry: ActorRegistry, position: int) -> Actor | None:
    """The last organisation before ``position`` named with a company's legal form ("Tesla Inc."): the company
    "the company" means when the nearer name is a surname with evidence of a person ("Tesla Inc. unveiled a
    truck. Mr. Musk said ... The company said": Tesla, not Musk). A lone word with no such evidence is kept: it
    is as likely a company's ("Microsoft Corp. reported earnings. Exxon announced layoffs. The company said":
    Exxon)."""
    for mention in registry.by_position.latest_first(position):
        actor = registry.actors.get(mention.actor)
        if actor is not None and actor.kind == "organisation" and words_of(actor.name)[-1:] and \
                words_of(actor.name)[-1] in _LEGAL_FORMS:
            return actor  # only a company by its legal form: "Islamic State" is no business, "Facebook" may be
    return None
