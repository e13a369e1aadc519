"""Actors: the people and organisations an article names, resolved across it.

``read_actors`` finds names in an article's body ("Mexican President Claudia Sheinbaum", "the U.S. State
Department") and resolves later short forms to them: a surname ("Sheinbaum", "President Sheinbaum"), the head
of an organisation's name ("the department"), a role ("the Mexican president"). ``resolve`` does the same for
one phrase at a given place (a quote's source as written, pronouns included). ``merge_actors`` joins the actors
of many articles ("Sheinbaum" in one, "Claudia Sheinbaum" in another). Rules and word lists only: a role is
kept only when the text gives it, and a phrase that matches no actor resolves to ``None``, never to a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from mediadiff.models import Article
from mediadiff.voices.acronyms import aside_of_person, note_acronym
from mediadiff.voices.actor_index import ActorTable, MentionList, MentionOrder, actor_description, reinsert
from mediadiff.voices.actor_names import merge_actors
from mediadiff.voices.capitals import CapitalEvidence, sentence_names, trimmed_run
from mediadiff.voices.captions import caption_starts
from mediadiff.voices.descriptors import described_organisations
from mediadiff.voices.first_names import first_name_pronoun
from mediadiff.voices.headlines import by_last_word, is_title_case, known_parts, ordinary_names
from mediadiff.voices.lone_names import never_one_person
from mediadiff.voices.name_match import joins, legal_form, same_actor
from mediadiff.voices.name_reading import name_in
from mediadiff.voices.names import (
    COMPANY_HEADS,
    HONORIFICS,
    SURNAME_HEADS,
    actor_kind,
    after_honorific,
    canonical_org,
    index_keys,
    is_actor_name,
    is_group,
    is_organisation,
    is_place,
    place_key,
    split_role,
    strip_possessive,
    words_of,
)
from mediadiff.voices.params import SUBJECT_REACH
from mediadiff.voices.places_written import place_names, unplaced
from mediadiff.voices.possessives import named_people, split_possessives
from mediadiff.voices.sentence_notes import (
    kin_apart,
    kin_described,
    kin_marks,
    note_statement,
    note_titles,
    phrase_title,
    role_marks,
    title_at,
    title_holder,
    title_marks,
    titled_kin,
    vote_gender,
)
from mediadiff.voices.subjects import one_name_with_and, roles_joined

__all__ = ["Actor", "ActorMention", "ActorRegistry", "actor_description", "is_actor_name", "is_organisation",
           "merge_actors", "read_actors", "same_actor", "split_role", "strip_possessive"]

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "it", "which"})


@dataclass(frozen=True)
class Actor:
    """``name``: canonical (longest) name; ``kind``: ``person``, ``organisation`` or ``group`` (a plural: "Senate
    Republicans", "Democratic leaders": "they", never "he" or "it"), in results also ``unknown`` (a lone word with
    no evidence of a person: ``lone_names``); ``role``: as the text gives it, or ``None``."""

    name: str
    kind: str
    role: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "role": self.role}


@dataclass(frozen=True)
class ActorMention:
    """One mention of an actor: ``text`` at ``[start, end)`` of ``Article.raw``."""

    actor: str
    kind: str
    role: str | None
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"actor": self.actor, "kind": self.kind, "role": self.role, "text": self.text,
                "start": self.start, "end": self.end}


@dataclass
class ActorRegistry:
    """Actors seen so far in reading order (mutable while one article is read)."""

    actors: dict[str, Actor]
    mentions: list[ActorMention]
    # actor name -> [he votes, she votes]: pronouns in sentences naming that person alone
    gender: dict[str, list[int]] = field(default_factory=dict)
    # actor name -> the pronouns its honorifics allow ("Mr. Trump": {"he"}); two say nothing
    titled: dict[str, list[int]] = field(default_factory=dict)
    # (position, organisation) where a statement is tied to its issuer ("it"); documents: issuer or "" ("the report")
    statements: list[tuple[int, str]] = field(default_factory=list)
    documents: list[tuple[int, str, str]] = field(default_factory=list)  # and the document's noun
    # "CBP" -> "U.S. Customs and Border Protection": an acronym the text gives in parentheses
    aliases: dict[str, str] = field(default_factory=dict)
    # mention start -> where its sentence's first word starts, for a name whose opener was cut ("Former")
    opened: dict[int, int] = field(default_factory=dict)
    evidence: CapitalEvidence = field(default_factory=lambda: CapitalEvidence(""))  # set by read_actors
    text: str = ""  # the text read (quoted words blanked), which mentions' and cues' offsets index; read_actors
    organisations: frozenset[str] = frozenset()  # names the article describes so ("investment bank Goldman Sachs")
    kin: frozenset[int] = frozenset()  # where a name introduced as someone's relative starts ("his son Hunter Biden")
    relatives: set[str] = field(default_factory=set)  # the people so introduced: never a bare surname's first choice
    kin_described: dict[str, frozenset[str]] = field(default_factory=dict)  # name -> office of whom they are kin

    def __post_init__(self) -> None:
        self.actors = ActorTable(self.actors, keys=index_keys, described=lambda actor: actor_description(actor)[1])
        self.mentions = MentionList(self.mentions)  # replacing a mention keeps by_position's indexes in step
        self.by_position = MentionOrder(self.mentions, keys=index_keys)

    def add(self, phrase: str, start: int, end: int, *, role: str | None = None,
            title: tuple[str, str] | None = None) -> Actor | None:
        """The actor ``phrase`` names, founded or matched, its mention appended. ``title`` (pronoun, title
        as written: ("she", "Mrs.")) prefers the person of that sex of those sharing a surname; when the
        only ones lean to the other sex, a title kept on the name founds another ("Mrs. Clinton")."""
        if (named := name_in(phrase)) is None:
            return None
        phrase, found_role, name, kind = named
        role, kind = role or found_role, self.kind_of(name, kind)
        actor = self.titled_match(name, phrase, title) if title and kind == "person" else self.match(name, kind)
        if found_role and kind == "person" and " " not in name and (holder := title_holder(self, name, found_role)):
            actor = holder  # "Rep. Cheney": the Cheney who is a representative
        if actor and found_role and " " not in name and titled_kin(self, actor, found_role):
            others = [a for _, a in self._candidates(name) if a.kind == "person" and same_actor(a.name, name) and not
                      titled_kin(self, a, found_role)]  # "Joe Biden" named in full, else someone new
            actor, name = (others[-1], name) if others else (None, f"{found_role} {name}")
        if actor is None and title and title[1] in phrase.split() and title[1].rstrip(".").lower() in HONORIFICS \
                and len(name.split()) == 1:
            name = f"{title[1]} {name}"  # "Mrs. Clinton" neither Clinton known can be: an actor apart, as written
        unmatched = None  # the name ``match`` found no actor of this kind for
        if actor is None:
            if kind == "person" and len(name.split()) == 1 and not role:
                return None  # a lone capitalised word is too weak to found an actor
            actor = Actor(name if kind == "person" else canonical_org(name), kind, role)
            unmatched = None if title else self.aliases.get(name, name)  # titled_match asks otherwise
        elif role and not actor.role:
            actor = Actor(actor.name, actor.kind, role)
        if kind == "person" and " " in name and (unmatched or actor.name != name) and kin_apart(
                self.kin, self.kin_described, start, name, actor.role):  # "first lady Michelle Obama": someone new
            self.relatives.update([name] if start in self.kin else [])  # "his son Hunter Biden": a relative too
            actor, unmatched = (actor, unmatched) if actor.name == name else (Actor(name, kind, found_role), name)
        written = name if kind == "person" else canonical_org(name)  # in capitals, then not: a shout then the name
        if kind == "person" and len(name.split()) > len(after_honorific(actor.name).split()) or place_key(name) and len(
                canonical_org(name)) > len(actor.name) or actor.name.isupper() and not written.isupper() \
                and written.casefold() == actor.name.casefold():  # "U.S." then "the United States": the full name
            actor = Actor(written, kind, actor.role)
        # A new actor named as ``match`` was asked: ``_key_of`` would ask the same actors the same question.
        previous = actor.name if actor.name == unmatched or actor.name in self.actors else self._key_of(actor)
        reinsert(self.actors, previous, actor)
        if previous != actor.name:
            self._retarget(actor)
            if previous in self.titled:  # "Mr. Trump", then "Donald J. Trump": still "he"
                counts = self.titled.pop(previous)
                self.titled[actor.name] = [a + b for a, b in zip(self.titled.get(actor.name, [0, 0]), counts)]
        self.mentions.append(ActorMention(actor.name, actor.kind, actor.role, phrase, start, start + len(phrase)))
        return actor

    def kind_of(self, name: str, kind: str | None = None, *, before: int | None = None) -> str:
        """The kind of actor ``name`` founds here: ``actor_kind``'s, unless the article describes it otherwise; a
        surname of ``SURNAME_HEADS`` after its person is named (before ``before``, when given) is theirs, unless an
        organisation of that head ("Fox News" after "Megan Fox") is named after the person last was."""
        kind = kind or actor_kind(name)
        if kind == "organisation" and name.lower() in SURNAME_HEADS and (person := self.match(name, "person")):
            end = float("inf") if before is None else before  # in reading order: every mention so far
            last = max((m.start for m in self.mentions if m.actor == person.name and m.start < end), default=None)
            if last is not None and not any(last < m.start < end and m.kind == "organisation" and name.lower() in
                                            m.actor.lower().split() for m in self.mentions):
                return "person"  # "Bloomberg" after "Michael Bloomberg": him, not the company named after him
        if kind == "person" and (org := self.match(name, "organisation")) and (legal_form(
                words := words_of(name), words_of(org.name)) or legal_form(words, words_of(org.name), COMPANY_HEADS)
                                                                   and not self.match(name, "person")):
            return "organisation"  # "Microsoft" after "Microsoft Corp.", "Kraft" after "Kraft Foods" (no Kraft known)
        return "organisation" if kind == "person" and name in self.organisations else kind

    def _key_of(self, actor: Actor) -> str:
        if isinstance(self.actors, ActorTable):
            key = self.actors.first_of(actor.name, lambda known: known.kind == actor.kind and
                                       joins(known.name, actor.name))
            return actor.name if key is None else key
        for key, known in self._candidates(actor.name):
            if known.kind == actor.kind and same_actor(known.name, actor.name):
                return key
        return actor.name

    def _candidates(self, name: str) -> list[tuple[str, Actor]]:
        actors = self.actors  # a caller may have replaced the table with a plain dict
        return actors.candidates(name) if isinstance(actors, ActorTable) else list(actors.items())

    def _retarget(self, actor: Actor) -> None:
        # Only the mentions whose names share an index key with the actor's can name it (see ActorTable).
        for i in sorted(self.by_position.naming(actor.name, actor.kind, lambda name: joins(name, actor.name))):
            m = self.mentions[i]
            self.mentions[i] = ActorMention(actor.name, actor.kind, actor.role, m.text, m.start, m.end)

    # An honorific bars a first name of the other sex ("Mr. Obama" is no Michelle), a role word not (``first_names``)
    _HONORIFIC_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mister"})

    def titled_match(self, name: str, phrase: str, title: tuple[str, str]) -> Actor | None:
        """The person a titled name ("Mrs. Clinton", title ("she", "Mrs.")) is: of the known people it can name, the
        one leaning (else first-named) to the title's sex when exactly one does; the only one unless it leans the other
        way; else, the title written in the phrase, nobody known, the title cut before it, the latest ("Clinton")."""
        if f"{title[1]} {name}" in self.actors:  # an actor apart already ("Mrs. Clinton")
            return self.actors[f"{title[1]} {name}"]
        honorific = title[1].strip(".\"'“‘([").lower() in self._HONORIFIC_TITLES
        people = [actor for _, actor in self._candidates(self.aliases.get(name, name))
                  if actor.kind == "person" and same_actor(actor.name, name)
                  and not (honorific and first_name_pronoun(actor.name) not in (None, title[0]))]
        people = [a for a in people if a.name not in self.relatives and self.leans(a) in (None, title[0])] or people
        agreeing = [a for a in people if self.leans(a) == title[0]] or [  # "Mrs. Bush": Laura, not "President Bush"
            a for a in people if honorific and not self.leans(a) and first_name_pronoun(a.name) == title[0]]
        if len(agreeing) == 1:
            return agreeing[0]
        if len(people) == 1:  # the only one, unless titles (not pronoun votes, which err) say the other sex
            he, she = self.titled.get(people[0].name, (0, 0))
            return people[0] if he == she or (she > he) == (title[0] == "she") else None
        return None if title[1] in phrase.split() else self.match(name, "person")

    def known_by_title(self, phrase: str, name: str) -> Actor | None:
        """The known person a titled phrase ("Mrs. Clinton") is, by ``titled_match``; ``None`` when the phrase has
        no title or names nobody known."""
        title = phrase_title(phrase)
        return None if title is None else self.titled_match(after_honorific(name), phrase, title)

    def match(self, name: str, kind: str) -> Actor | None:
        """The known actor of ``kind`` that ``name`` names: the latest named; for a bare surname that fits
        several people ("Cruz": Ted and Heidi Cruz), the one the article names most, as a story calls its
        main figure by surname and a relative by a fuller name (of equals, the latest named)."""
        name = self.aliases.get(name, name)
        if kind == "person" and " " not in name.strip():
            people = [actor for _, actor in self._candidates(name)
                      if actor.kind == kind and same_actor(actor.name, name)]
            if len(people) > 1:
                people = [actor for actor in people if actor.name not in self.relatives] or people
                return max(reversed(people), key=lambda actor: self.by_position.count_of(actor.name, kind))
        if isinstance(self.actors, ActorTable):
            key = self.actors.first_of(name, lambda actor: actor.kind == kind and joins(actor.name, name),
                                       latest=True)
            return None if key is None else self.actors[key]
        for _, actor in reversed(self._candidates(name)):
            if actor.kind == kind and same_actor(actor.name, name):
                return actor
        return None

    def last(self, kind: str, before: int, *, head: str | None = None, pronoun: str | None = None,
             qualifiers: Sequence[str] = ()) -> Actor | None:
        """The most recently mentioned actor of ``kind`` before ``before`` whose name or role contains ``head``
        (any actor of that kind when ``head`` is None) and whose pronoun, when known, agrees with ``pronoun``."""
        if head is not None and isinstance(self.actors, ActorTable):
            return self._last_described(kind, before, head, pronoun, qualifiers)
        for m in self.by_position.latest_first(before):
            if m.kind != kind:
                continue
            actor = self.actors.get(m.actor)
            if actor is None:
                continue
            described, described_words = actor_description(actor)
            if (head is None or head in described_words) and self.agrees(actor, pronoun) \
                    and all(q in described for q in qualifiers):
                return actor
        return None

    def _last_described(self, kind: str, before: int, head: str, pronoun: str | None,
                        qualifiers: Sequence[str]) -> Actor | None:
        """``last`` with a ``head``, from the actors described by it and each one's latest mention
        (the same answer as reading every mention back from ``before``, without reading them)."""
        best: tuple[int, int] | None = None
        found = None
        for key in self.actors.described_by(head):
            actor = self.actors[key]
            if not self.agrees(actor, pronoun) or not all(q in actor_description(actor)[0] for q in qualifiers):
                continue
            latest = self.by_position.latest_of(key, kind, before)
            if latest is not None and (best is None or (latest[0], -latest[1]) > (best[0], -best[1])):
                best, found = latest, actor
        return found

    def first(self, kind: str, start: int | None, before: int, *, pronoun: str | None = None) -> Actor | None:
        """The first actor of ``kind`` mentioned in ``[start, before)`` (the sentence's subject)."""
        found = None
        for m in self.by_position.from_start(start) if start is not None else ():
            if m.start >= before:
                break  # the rest start later still
            if found is not None:  # "Trump campaign chairman Paul Manafort": the role's holder is the subject
                found = m if m.kind == kind and self.evidence.modifies(found.end, m.start) else found
                break
            if m.kind == kind and m.text.lower() not in PERSON_PRONOUNS:
                if self.opened.get(m.start, m.start) - start > SUBJECT_REACH:
                    return None  # a later mention is an object or a subordinate clause's subject
                found = m
        actor = found and self.actors.get(found.actor)
        return actor if actor and self.agrees(actor, pronoun) else None

    def agrees(self, actor: Actor, pronoun: str | None) -> bool:
        if pronoun in {"it", "which"}:
            return not is_group(actor.name)  # "Republicans" are "they", never "it"
        if pronoun in {"they", "them", "their"} and is_place(actor.name):
            return False  # a country speaks as "it" ("Mexico said it would"); "they" are its people or others
        if pronoun is None or actor.kind != "person":
            return True
        he, she = self.titled.get(actor.name, (0, 0))
        if he == she and never_one_person(actor.name, self.evidence):
            return False  # "Environmentalists criticised the plan. The interior secretary said he": not them
        if he != she:  # honorifics settle it ("Mr. Trump" is never "she"), whatever the votes; most of them,
            return (she > he) == (pronoun in {"she", "her"})  # as one "Mr. Clinton" may go to his wife
        sex = first_name_pronoun(actor.name)  # "Kaitlan Collins" is "she" whatever the pronouns near her name
        he, she = (1, 0) if sex == "he" else (0, 1) if sex == "she" else self.gender.get(actor.name, [0, 0])
        return (pronoun in {"she", "her"} and she >= he) or (pronoun in {"he", "him"} and he >= she)

    def leans(self, actor: Actor) -> str | None:
        """"he" or "she" when a person's titles, else the pronoun votes, favour one; else ``None``."""
        for he, she in (self.titled.get(actor.name, (0, 0)), self.gender.get(actor.name, (0, 0))):
            if he != she:
                return "she" if she > he else "he"
        return None

    def shared_surname(self, mention: ActorMention) -> bool:
        """A one-word person mention that names two known people ("Scott" once "Keith Lamont Scott" and "Rakeyia
        Scott" are both known): its sentence's pronouns tell nothing of either's gender."""
        name = mention.text
        return mention.kind == "person" and " " not in name.strip() and sum(
            actor.kind == "person" and same_actor(actor.name, name) for _, actor in self._candidates(name)) > 1


def read_actors(article: Article, *, masked: str | None = None) -> ActorRegistry:
    """Every named actor of the body, in reading order. ``masked`` is ``Article.raw`` with quoted words blanked
    (names inside quotes are not mentions of who speaks)."""
    text = masked if masked is not None else article.raw
    registry = ActorRegistry({}, [])
    headline = [is_title_case(article.raw[s.start:s.end]) for s in article.sentences]  # as written, quotes too
    registry.evidence, registry.text = (evidence := CapitalEvidence(text)), text
    aside = caption_starts(article)  # a photo's caption or credit: no names the story's pronouns refer to
    # An ordinary sentence's names, read once: the headlines' known names come from them too. Nothing reads
    # ``opened`` before ``read_actors`` returns, so it may be filled ahead of the mentions.
    ordinary = [() if in_headline or s.start in aside else list(sentence_names(text[s.start:s.end], s.start, evidence,
                                                                               registry.opened))
                for s, in_headline in zip(article.sentences, headline)]
    known = by_last_word(ordinary_names(ordinary, name_in)) if any(headline) else {}
    # Names given with no "and": "The Federal Reserve and White House announced" is two when a side is one
    alone = {canonical_org(named[2]) for runs in ordinary for phrase, _, _ in runs if " and " not in phrase
             for named in (name_in(phrase),) if named is not None}  # ("The Federal Reserve said")
    every = [r for runs in ordinary for r in runs]  # the ordinary sentences' runs, in order
    marks, surnames, (roles, attributive) = title_marks(text), named_people(every, text), role_marks(text, every)
    registry.kin, registry.kin_described = kin_marks(text, every), kin_described(text, every)
    registry.organisations = described_organisations(text, every, name_in)
    places = place_names(text, every, name_in)  # "Suka Makmur village", "in Banda Aceh": no actor
    for sentence, in_headline, runs in zip(article.sentences, headline, ordinary):
        chunk = text[sentence.start:sentence.end]
        first = len(registry.mentions)  # this sentence's mentions are the ones appended from here
        if in_headline and sentence.start not in aside:
            runs = known_parts(sentence_names(chunk, sentence.start, None, registry.opened), known, _part_reading)
        for phrase, start, end in split_possessives(unplaced(runs, places), surnames):
            if " and " in phrase and not roles_joined(phrase) and (not one_name_with_and(phrase) or any(
                    named and canonical_org(named[2]) in alone for named in map(name_in, phrase.split(" and ", 1)))):
                offset = start
                for part in phrase.split(" and "):
                    registry.add(part, offset, offset + len(part), title=title_at(marks, offset, offset + len(part)))
                    offset += len(part) + 5
                continue
            if start in attributive or aside_of_person(registry, text, start, end):
                continue  # "Sen. Bernie Sanders (I-Vt.)": the party and state of the person named, no one new
            if start in roles:  # "Former Pennsylvania governor Ed Rendell, ..., was": the phrase opens at its role
                registry.opened.setdefault(start, text.rfind(roles[start], 0, start))
            actor = registry.add(phrase, start, end, role=roles.get(start), title=title_at(marks, start, end))
            if actor is not None and actor.kind == "organisation":
                note_acronym(registry, actor, text, end)
        vote_gender(registry.gender, chunk, registry.mentions[first:], shared=registry.shared_surname)
        note_titles(registry.titled, marks, registry.mentions[first:], shared=registry.shared_surname)
        note_statement(registry.statements, chunk, sentence.start, registry.mentions[first:], registry.documents)
    return registry


def _part_reading(part: str) -> tuple[int, str, str] | None:
    """(characters cut at the start, the phrase kept, its name) of part of a headline's capitalised run."""
    trimmed = trimmed_run(part)
    named = None if trimmed is None else name_in(trimmed[1])
    return None if named is None else (trimmed[0], trimmed[1], named[2])

