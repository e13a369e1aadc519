"""Resolution: the actor a source as written refers to, at its place in an article.

``resolve`` reads "he"/"she" (the sentence's subject, the subject of the sentence before, the last
speaker, the last person named whose pronoun fits), "it"/"they" (the issuer of a statement, the last
organisation), a name ("Mrs. Clinton": of two Clintons, the one a title fits), and a description ("the
department", "the Mexican president") against an ``ActorRegistry``. Rules only; ``None`` when unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from mediadiff.corpus.dates import MONTHS, WEEKDAYS
from mediadiff.voices.actors import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    Actor,
    ActorMention,
    ActorRegistry,
    actor_description,
)
from mediadiff.voices.capitals import INTERJECTIONS, sentence_names
from mediadiff.voices.definites import business_antecedent
from mediadiff.voices.delegates import delegate_source, without_opener
from mediadiff.voices.first_names import opens_with_first_name
from mediadiff.voices.lone_names import never_one_person
from mediadiff.voices.names import (
    ORG_HEADS,
    ROLE_OR_ORG,
    ROLE_WORDS,
    actor_kind,
    function_word_alone,
    is_actor_name,
    is_group,
    is_nationality,
    single_name,
    split_role,
    strip_possessive,
    words_of,
)
from mediadiff.voices.params import GENERIC_SOURCE_HEADS, PREVIOUS_SUBJECT
from mediadiff.voices.phrases import DETERMINERS, PRONOUNS, QUANTIFIERS
from mediadiff.voices.sentence_notes import document_noun, phrase_title, title_holder
from mediadiff.voices.subjects import (
    OWN_DETERMINERS,
    STATEMENT_NOUNS,
    names_another,
    one_name_with_and,
    people_noun,
    roles_joined,
    split_post_modified,
)
from mediadiff.voices.wordclass import function_words

__all__ = ["register_source", "resolve", "several_speakers", "without_aside"]

_DESCRIBING = ROLE_WORDS | {"the", "u.s."}  # words of a description ("the Mexican president"), not a name
# A bracketed aside closing a source: a party and state ("Sen. Bernie Sanders (I-Vt.)"), an acronym
# ("the Department of Homeland Security (DHS)"), a picture note. It says who the source is, not another name.
_CLOSING_ASIDE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def without_aside(phrase: str) -> str:
    """``phrase`` (a source as written) without a bracketed aside at its end, when words stay before it."""
    bare = _CLOSING_ASIDE.sub("", phrase)
    return bare if bare.strip() else phrase


def resolve(registry: ActorRegistry, phrase: str, position: int, *, last_speaker: Actor | None = None,
            sentence_start: int | None = None, previous_start: int | None = None) -> Actor | None:
    """The actor ``phrase`` (a source as written) refers to at ``position``, or ``None``."""
    # long because each form of source is read in turn: a pronoun, a delegate, a name, a document, a description
    phrase = source_head(without_aside(phrase))
    words = words_of(phrase)
    if not words:
        return None
    if len(words) == 1 and words[0] in PERSON_PRONOUNS:
        subject = registry.first("person", sentence_start, position, pronoun=words[0])
        if subject is not None:  # "Fallon fired back: “…,” he wrote": the sentence's own subject first
            return subject
        if PREVIOUS_SUBJECT and previous_start is not None and sentence_start is not None:
            subject = registry.first("person", previous_start, sentence_start, pronoun=words[0])
            if subject is not None:
                return subject
        if last_speaker is not None and last_speaker.kind == "person" and registry.agrees(last_speaker, words[0]):
            return last_speaker
        return registry.last("person", position, pronoun=words[0])
    if len(words) == 1 and words[0] in GROUP_PRONOUNS | {"who"}:
        return None if joint_statement(registry, position) else statement_issuer(registry, position) or (
            last_speaker if last_speaker is not None and last_speaker.kind != "person"
            and registry.agrees(last_speaker, words[0]) else _last_not_person(registry, position, words[0]))
    if words[0] in {"i", "we", "you"}:
        return None
    if delegate_source(phrase) is not None:  # "a spokeswoman for Clinton" is herself, never Clinton
        return registry.match(without_opener(phrase), "person")
    tokens = phrase.split()
    described = tokens[-1][:1].islower() or tokens[-1].strip(".,").lower() in ROLE_WORDS and all(
        w.strip(".,").lower() in _DESCRIBING or is_nationality(w) for w in tokens)
    if described and tokens[-1][:1].isupper() and words[0] == "the":  # "the White House": a body's name first
        known = next((registry.match(strip_possessive(n[0]), "organisation") for n in sentence_names(phrase, 0)), None)
        if known is not None:
            return known
    named = [] if described else list(sentence_names(phrase, 0))
    if several_speakers(phrase) and not (len(named) == 1 and one_name_with_and(named[0][0])):
        return None  # "Rubio and de la Fuente", "the mayor and the governor": two speakers, not one actor
    if named:
        role, name = split_role(strip_possessive(named[-1][0]))
        name = single_name(name) or name  # "Though Clinton said": Clinton
        body = the_name(phrase) is not None and registry.match(strip_possessive(name), "person") is None
        kind, title = registry.kind_of(name, before=position), phrase_title(phrase)
        kind = "organisation" if body and kind == "person" else kind  # "the Taliban": a body, "the Democrats" a group
        if role and f"{role} {name}" in registry.actors:  # "President Biden", kept apart from "Hunter Biden"
            return registry.actors[f"{role} {name}"]
        if role and kind == "person" and " " not in name and (holder := title_holder(registry, name, role)):
            return holder  # "Rep. Cheney": the Cheney who is a representative
        if title and kind == "person":  # "Mrs. Clinton said": Hillary, not Bill
            return registry.titled_match(strip_possessive(name), phrase, title)
        return registry.match(strip_possessive(name), kind)
    if phrase[:1].isupper() and is_group(phrase):  # "Democratic and Republican leaders": the group its cue founded
        return registry.match(single_name(split_role(strip_possessive(phrase))[1]) or phrase, "group")
    head = words[-1]
    # "A Government Accountability Office report", "Rubio's press release": the document of the name before it
    owned = next((i for i in range(len(tokens) - 2, -1, -1) if tokens[i][:1].isupper() and (
        i == len(tokens) - 2 or tokens[i].endswith(("'s", "’s")))), None) if head in STATEMENT_NOUNS else None
    if owned is not None:
        owner = resolve(registry, " ".join(tokens[:owned + 1]), position)
        if owner is not None:
            return owner
    if head in STATEMENT_NOUNS:
        return document_issuer(registry, position, head)
    if words[0] in {"the", "this", "that", "its", "his", "her", "their"} or len(words) == 1:
        kind = "organisation" if head in ORG_HEADS else "person"
        if head in GENERIC_SOURCE_HEADS or head not in ROLE_OR_ORG:
            return None  # "the official", "officials", "the former": nobody in particular
        quals = [w[:4] for w in words[1:-1] if w not in {"the", "u.s"}]
        if last_speaker is not None and last_speaker.kind == kind and _fits(last_speaker, head, quals):
            return last_speaker  # "Sheinbaum mentioned …  The President stressed": the one who has the floor
        return registry.last(kind, position, head=head, qualifiers=quals) or founded_here(registry, phrase, position) \
            or business_antecedent(registry, words, position, previous_start, sentence_start)
    return None


def founded_here(registry: ActorRegistry, phrase: str, position: int) -> Actor | None:
    """The organisation or group this very source founded (``register_source``: "Police say ..." founds Police,
    whom "They say" then names): a source is the actor it founds, or one source is shown as two ("Police" as
    written and Police). ``None`` when no such mention of this source starts at ``position``."""
    for mention in registry.by_position.latest_first(position + 1):
        if mention.start != position:
            return None
        if mention.text == phrase and mention.kind != "person" and mention.actor in registry.actors:
            return registry.actors[mention.actor]  # a lone word founds a person too lightly ("State", "King")
    return None


def statement_issuer(registry: ActorRegistry, before: int) -> Actor | None:
    """The organisation the last statement before ``before`` is tied to ("a statement from the ministry"): what
    "it" or "they" is first."""
    issued = [name for pos, name in registry.statements if pos < before and name]
    return registry.actors.get(issued[-1]) if issued else None


def joint_statement(registry: ActorRegistry, before: int) -> bool:
    """Whether the last statement before ``before`` is a joint one ("a joint statement from Washington and the
    Government of Mexico", ``note_statement``'s "") and no organisation or group is named between its sentence's
    end and ``before``: "it" is then the statement itself, of both issuers, no one actor."""
    last = max(((pos, name) for pos, name in registry.statements if pos < before), default=None)
    return last is not None and last[1] == "" and not any(
        last[0] <= m.start < before and m.kind != "person" for m in registry.mentions)


def document_issuer(registry: ActorRegistry, position: int, noun: str = "") -> Actor | None:
    """Whose "the statement", "the report" or "the note" (``noun``) is at ``position``: the issuer the article gave
    the last document of that noun before it (``sentence_notes.note_statement``), of any noun when it named none
    so ("a press release ... The statement said"); none when it gave none ("The two governments issued a joint
    statement"). "The statement" after "Exxon said in a statement that a report by Amnesty was false" is Exxon's.
    A document names no single actor by itself: never the organisation named last (it put "The statement said"
    and "the note concluded" in Washington's mouth)."""
    tied = [entry for entry in registry.documents if entry[0] < position]
    same = [entry for entry in tied if entry[2] == document_noun(noun)]
    issuer = max(same or tied, key=lambda entry: entry[0], default=(0, "", ""))[1]
    return registry.actors.get(issuer) if issuer else None


def _last_not_person(registry: ActorRegistry, position: int, pronoun: str) -> Actor | None:
    """The organisation or group ("they", not "it": ``agrees``) mentioned last before ``position``."""
    found = [a for a in (registry.last(kind, position, pronoun=pronoun) for kind in ("organisation", "group")) if a]
    return max(found, key=lambda a: registry.by_position.latest_of(a.name, a.kind, position) or (-1, -1), default=None)


def several_speakers(phrase: str) -> bool:
    """A source naming two speakers joined by "and" ("Smith and his lawyer"), not one organisation's name
    ("Customs and Border Protection") nor one person described twice ("the senator and presidential candidate")."""
    first, _, second = (w.split() for w in phrase.partition(" and ")) if " and " in phrase else ([], [], [])
    # a determiner after " and " opens a second phrase: never inside one organisation's name ("Google and the
    # Justice Department"), whatever one_name_with_and reads of the whole, nor after a later " and " ("the Food
    # and Drug Administration and the Centers for Disease Control"); a name, then "and" and a description
    # ending in a name, names two ("Moderna and German partner BioNTech SE")
    if any(part.split()[:1] and part.split()[0] in {"the", "The"} for part in phrase.split(" and ")[1:]):
        return True
    named_both = bool(first) and all(w[:1].isupper() for w in first) and bool(second) and second[-1][:1].isupper()
    return bool(second) and (names_another(second) or named_both) and not roles_joined(phrase) and (
        second[0].lower() in OWN_DETERMINERS or not one_name_with_and(phrase))


def _fits(actor: Actor, head: str, qualifiers: Sequence[str]) -> bool:
    described, described_words = actor_description(actor)
    return head in described_words and all(q in described for q in qualifiers)


_DESCRIPTION_OPENERS = DETERMINERS | PRONOUNS  # "His lawyer", "They": no name to found an actor


def the_name(phrase: str) -> str | None:
    """The name in "the" + a name ("the Taliban", "The Kremlin", "the U.S. Centers for Disease Control"):
    a body's name, as a person's name takes no article; ``None`` for any other phrase, or when a role,
    a title or a first name says a person is meant ("the Rev. Al Sharpton", "the President")."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() != "the" or not all(w[:1].isupper() or w.lower() in {"of", "for", "and"}
                                                               for w in words[1:]):
        return None
    name = " ".join(words[1:])
    last = words[-1].rsplit("-", 1)
    if len(last) == 2 and last[1][:1].islower():
        return None  # "The Queens-born developer", "the Saudi-led coalition": an adjective, no name's last word
    if opens_with_first_name(name) or any(w.endswith(".") and not w.isupper() or w.lower() in ROLE_WORDS
                                          for w in words[1:]):
        return None
    return name


def source_head(phrase: str) -> str:
    """Who a source with modifiers after its head is: the head ("Analysts at Goldman Sachs" are analysts, not
    the bank; "Maria Lopez from the housing department" is Maria Lopez), the issuer of a statement ("A
    statement from the state health department"), and of a head "X of Y" its X when X is a common noun ("the
    ex-wife of Alan Grayson who ...", "One of the docs who ...": not Grayson, no one named)."""
    split = split_post_modified(phrase)
    if split is None:
        return phrase
    head, after, issuer = split
    if words_of(head)[-1:] and words_of(head)[-1] in STATEMENT_NOUNS and (after in {"from", "by"} or after.endswith(
            "ed")):  # "A report released by the Commerce Department": a document's participle comes before "by"
        return issuer
    first, link, _ = head.partition(" of ") if " of " in head else head.partition(" for ")
    noun = first.split()[-1] if link and first.split() else ""
    if noun and noun.lower() not in ROLE_OR_ORG and (noun[:1].islower() or " " not in first and (people_noun(
            noun.lower()) or noun.lower() in QUANTIFIERS)):
        head = first  # "Friends of Mr. Clinton's", "Staff for the House Select Committee": not Clinton
    # "Analysts at ...", "People familiar with ..." opening a sentence: capitalised there only, no name
    low = head.lower()
    return low if " " not in head and (people_noun(low) or low in QUANTIFIERS) else head


# A possessive of time dates a document and owns none ("Friday's jobs report", "March's inflation report").
_TIME_OWNERS = WEEKDAYS | frozenset(MONTHS) | {"today", "yesterday", "tomorrow", "tonight"}


def document_owner(source: str) -> str:
    """The owner a source that is a named owner's document is written with ("Microsoft's" of "Microsoft's
    statement", "Apple's annual report": a possessive, lower-case words, a document noun); "" for any other."""
    tokens = source.split()
    if len(tokens) < 2 or tokens[-1].lower() not in STATEMENT_NOUNS:
        return ""
    owner = max((i for i, t in enumerate(tokens[:-1]) if t.endswith(("'s", "’s", "s'", "s’"))), default=None)
    if owner is None or not all(t[:1].isupper() for t in tokens[:owner + 1]) or strip_possessive(
            tokens[owner]).lower() in ROLE_WORDS | _TIME_OWNERS:
        return ""  # "the President's budget report": a role's, no name; "Friday's jobs report": a date's, no one's
    return " ".join(tokens[:owner + 1]) if all(t.isalpha() and t.islower() and t not in function_words()
                                               for t in tokens[owner + 1:-1]) else ""


def _dated_document(source: str) -> bool:
    """Whether a source is a document whose possessive is a time ("Friday's jobs report", "Today's report")."""
    tokens = source.split()
    return len(tokens) > 1 and tokens[-1].lower() in STATEMENT_NOUNS and strip_possessive(
        tokens[0]).lower() in _TIME_OWNERS and tokens[0] != strip_possessive(tokens[0])


def register_source(registry: ActorRegistry, cue) -> None:  # a voices.cues.Cue
    """A named source founds an actor even as a lone surname ("Trump said")."""
    if cue.source and split_post_modified(cue.source):
        cue = replace(cue, source=source_head(cue.source))
    if owner := document_owner(cue.source or ""):  # "Microsoft's statement said": Microsoft, who issued it
        cue = replace(cue, source=owner, source_end=(cue.source_start or 0) + len(owner))
    elif _dated_document(cue.source or ""):
        return  # "Friday's jobs report said": a date's document, no one's
    delegate = delegate_source(cue.source or "")
    if delegate is not None:  # "A spokeswoman for Clinton": someone unnamed with a role, not Clinton
        name = without_opener(cue.source)
        if registry.match(name, "person") is None:
            registry.actors[name] = Actor(name, "person", delegate[0])
            registry.mentions.append(ActorMention(name, "person", delegate[0], cue.source, cue.source_start or 0,
                                                  cue.source_end or 0))
        return
    source = without_aside(cue.source) if cue.source else ""
    first = strip_possessive(source.split()[0]) if source else ""
    body = the_name(source)
    if body is not None and all(registry.match(body, k) is None for k in ("organisation", "person", "group")) \
            and is_actor_name(body) and not function_word_alone(body) and not several_speakers(source):
        kind = "group" if actor_kind(body) == "group" else "organisation"  # "the Taliban said"
        registry.actors[body] = Actor(body, kind, None)
        registry.mentions.append(ActorMention(body, kind, None, cue.source, cue.source_start or 0, cue.source_end or 0))
    elif first[:1].isupper() and first.lower() not in _DESCRIPTION_OPENERS:
        # "His lawyer", "The campaign": a description founds no actor (a name would)
        role, name = split_role(strip_possessive(source))
        name = single_name(name)  # "Though Kaine" is Kaine; "Neither Cruz nor Christie" no one actor
        if registry.known_by_title(source, name) is not None:
            return  # "Mr. Trump said": Trump; an actor "Mrs. Clinton" only when no Clinton known can be her
        # "Democratic and Republican leaders": a group, matched only as one
        kind = registry.kind_of(name, before=cue.source_start)
        if all(registry.match(name, k) is None for k in ((kind,) if kind == "group" else ("person", "organisation"))):
            if not is_actor_name(name) or function_word_alone(name) or several_speakers(source) or (
                    " " not in source and (first.lower() in INTERJECTIONS or registry.evidence.ordinary(first))):
                return  # "Both governments said", "Get those jokes off, adding", "Smith and his lawyer said"
            registry.actors[name] = Actor(name, kind, role or cue.role)
            registry.mentions.append(ActorMention(name, kind, role, cue.source, cue.source_start or 0,
                                                  cue.source_end or 0))
        _vote_own_pronoun(registry, cue, name)


_OWN_PRONOUN = re.compile(r"(?:that\s+)?([Hh]e|[Ss]he)\b")


def _vote_own_pronoun(registry: ActorRegistry, cue, name: str) -> None:  # type: ignore[no-untyped-def]
    """"Musk said he saw it": "he" or "she" opening the clause that a one-word name the article tells nothing
    more of reports is evidence of a person (a body reports itself as "it": "Exxon said it would"), a vote for
    its sex, as a sentence naming the person alone gives (``sentence_notes.vote_gender``); so "The company said"
    after it is not Musk (``definites``), as ``lone_names`` shows Musk a person at the end. Only then: once a
    person is known, "Sanders said she had not always" is as often about another (PolNeAR train)."""
    if " " in name or cue.content_start is None or registry.text[cue.end:cue.content_start].strip() not in {"", "that"}:
        return  # nor after an object: "Microsoft promised Mr. Weiner that he could run", "told reporters she"
    actor = registry.match(name, "person")
    if actor is None or actor.kind != "person" or " " in actor.name or actor.name in registry.gender \
            or any(registry.titled.get(actor.name, ())) or never_one_person(actor.name, registry.evidence):
        return  # a person the article tells more of, or a plural of people ("Advisers to Mr. Rubio")
    if pronoun := _OWN_PRONOUN.match(registry.text, cue.content_start):
        registry.gender.setdefault(actor.name, [0, 0])[pronoun.group(1).lower() == "she"] += 1
