"""Actors: the people and organisations an article names, resolved across it.

``read_actors`` finds names in an article's body ("Mexican President
Claudia Sheinbaum", "the U.S. State Department") and resolves later short
forms to them: a surname ("Sheinbaum", "President Sheinbaum"), the head of an
organisation's name ("the department"), a role ("the Mexican president").
``resolve`` does the same for one phrase at a given place (a quote's source
as written, pronouns included). ``merge_actors`` joins the actors of many
articles ("Sheinbaum" in one, "Claudia Sheinbaum" in another). Rules and word
lists only: a role is kept only when the text gives it, and a phrase that
matches no actor resolves to ``None``, never to a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from mediadiff.models import Article
from mediadiff.voices.params import GENERIC_SOURCE_HEADS, SUBJECT_REACH

# Role words that precede or follow a name ("Secretary of State Marco Rubio").
ROLE_WORDS = frozenset("""
president vice secretary minister spokesperson spokesman spokeswoman spokesmen senator sen sen. rep rep.
representative congressman congresswoman gov gov. governor mayor chairman chairwoman chair director chief
leader candidate nominee ambassador adviser advisor official officials counterpart press deputy principal
general attorney speaker judge justice prime foreign state defense interior treasury commerce commissioner
premier chancellor king queen prince pope bishop ceo founder executive manager strategist aide aides
analyst economist professor lawyer ambassador envoy negotiator head commander sheriff police officer
republican democrat democratic gop presidential campaign white house
""".split())
ORG_HEADS = frozenset("""
department ministry bureau house office government agency committee party campaign council court
congress senate parliament administration commission times post news journal network institute
university association union group inc corp corporation company bank fund foundation cartel army
navy police service services cbp fbi cia nato un pentagon kremlin embassy federation organization
organisation coalition alliance board authority center centre press reuters bloomberg ap afp cnn
fox msnbc nbc abc cbs politico breitbart protection security enforcement patrol guard affairs forces
""".split())
# Places that speak as institutions ("Washington has proposed", "the United States made clear").
PLACES = frozenset("""
united states u.s. us usa america washington mexico china russia europe britain canada israel iran
ukraine germany france japan india beijing moscow brussels london paris tokyo kyiv
""".split())
# Last words of names that are not people or organisations, so never speakers or actors: events, laws,
# places ("the World Cup", "the Ministerial Meeting", "New York City"); first words of places ("New York").
NON_ACTOR_HEADS = frozenset("""
meeting summit cup games olympics conference forum convention debate act bill law treaty accord agreement
street avenue road city county island islands river mountains park square day week month war plan program
programme initiative border airport hospital hall center d.c
""".split())
PLACE_PREFIXES = frozenset("new san santa los las saint st. fort lake mount port".split())
# Words that open a phrase naming nobody in particular ("Both governments", "Some Republicans").
QUANTIFIER_OPENERS = frozenset("both all some many several most few each every two three four other others".split())
STATEMENT_NOUNS = frozenset("statement communiqué communique note readout message release post report".split())
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "it", "which"})
_NOT_NAMES = frozenset("""
the a an this that these those his her their its our my your he she it they we i you but and or if
when while as in on at for from with by after before however meanwhile earlier later also then still
of to about like among under over into per
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december mr mr. mrs mrs. ms ms. dr dr. yes no first second third
""".split())
_CAP = r"(?:[A-Z][\w’'.\-]*|U\.S\.|UK|EU)"
_CONNECT = r"(?:of(?:[ \t]+the)?|for|de|la|del|da|van|von|and)"
_STATEMENT_FROM = re.compile(r"\b(?:statement|communiqu[ée]|note|readout|message|release)\b[^.;]{0,60}?"
                             r"\b(?:from|by)\s+(?:the\s+)?")
NAME_RE = re.compile(rf"{_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)*{_CAP})*")


@dataclass(frozen=True)
class Actor:
    """A person or organisation: ``name`` is its canonical (longest) name,
    ``kind`` is ``person`` or ``organisation``, ``role`` the role or
    affiliation the text gives ("Secretary of State"), or ``None``."""

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


def _words(text: str) -> list[str]:
    return [w.replace("’", "'").strip(".,'").lower() for w in _fold(text).split()]


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """Accents dropped, so "Juan Ramón de la Fuente" and "Juan Ramon de la Fuente" compare equal."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# One place under its usual spellings ("US", "U.S.", "the United States"): the key they share.
PLACE_ALIASES = {
    "us": "united states", "u.s": "united states", "usa": "united states", "u.s.a": "united states",
    "united states": "united states", "united states of america": "united states",
    "uk": "united kingdom", "u.k": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "united kingdom": "united kingdom", "eu": "european union", "e.u": "european union",
    "european union": "european union",
}


def place_key(name: str) -> str | None:
    """The place a name spells, whatever the spelling ("the U.S." -> "united states"), else ``None``."""
    return PLACE_ALIASES.get(" ".join(w for w in _words(strip_possessive(name)) if w != "the"))


def strip_possessive(text: str) -> str:
    return re.sub(r"[’']s?$", "", text)


def is_actor_name(name: str) -> bool:
    """Whether a capitalised phrase can name a person or organisation: not an event, law or
    place ("World Cup", "New York") nor a quantified group ("Both governments")."""
    words = _words(name)
    if not words or words[0] in QUANTIFIER_OPENERS:
        return False
    if place_key(name) or " ".join(w for w in words if w != "the") in PLACES:
        return True  # places that speak as institutions ("Washington has proposed")
    return words[-1] not in NON_ACTOR_HEADS and not (len(words) > 1 and words[0] in PLACE_PREFIXES)


@lru_cache(maxsize=4096)
def is_organisation(name: str) -> bool:
    words = _words(name)
    if " ".join(w for w in words if w != "the") in PLACES or place_key(name):
        return True
    return bool(set(words) & ORG_HEADS) or name.isupper() and len(name) <= 6


def split_role(phrase: str) -> tuple[str | None, str]:
    """("Mexican President", "Claudia Sheinbaum") from "Mexican President Claudia
    Sheinbaum": the words up to the last role word or organisation head are the
    role when a name follows them; an organisation's name is all name."""
    tokens = phrase.split()
    last = -1
    for i, token in enumerate(tokens):
        low = token.strip(".,’'").lower()
        if low in ROLE_WORDS or low in ORG_HEADS or low in {"u.s", "us"}:
            last = i
    rest = tokens[last + 1:]
    while rest and rest[0].lower() in {"of", "the"} and last >= 0:
        # "Secretary of State Marco Rubio": "of State" belongs to the role
        if len(rest) > 1 and rest[1].strip(".,").lower() in ROLE_WORDS | ORG_HEADS:
            last += 2
            rest = tokens[last + 1:]
        else:
            break
    if last < 0 or not rest or len(rest) > 5 or not all(
            t[:1].isupper() or t in {"de", "la", "del", "da", "van", "von", "bin", "al"} for t in rest):
        return None, phrase
    return " ".join(tokens[:last + 1]), " ".join(rest)


NATIONALITIES = frozenset("""
american mexican british french german chinese russian iranian israeli ukrainian canadian european japanese
indian cuban venezuelan syrian iraqi afghan saudi turkish korean brazilian colombian spanish italian
palestinian egyptian pakistani african asian latin democratic republican federal
""".split())


def _is_nationality(token: str) -> bool:
    return token.strip(".,").lower() in NATIONALITIES


def _canonical_org(name: str) -> str:
    name = re.sub(r"^(?:the|The)\s+", "", name)
    return strip_possessive(name)


@dataclass
class ActorRegistry:
    """Actors seen so far in reading order (mutable while one article is read)."""

    actors: dict[str, Actor]
    mentions: list[ActorMention]
    # actor name -> [he votes, she votes]: pronouns in sentences naming that person alone
    gender: dict[str, list[int]] = field(default_factory=dict)
    # (position, organisation) where a statement, communiqué or note is tied to its issuer
    statements: list[tuple[int, str]] = field(default_factory=list)

    def add(self, phrase: str, start: int, end: int, *, role: str | None = None) -> Actor | None:
        phrase = strip_possessive(phrase.strip(" ,"))
        found_role, name = split_role(phrase)
        role = role or found_role
        name = strip_possessive(name)
        if not name or name.lower() in _NOT_NAMES or _words(name)[0] in _NOT_NAMES and len(name.split()) == 1:
            return None
        if not is_actor_name(name):
            return None
        kind = "organisation" if is_organisation(name) else "person"
        actor = self.match(name, kind)
        if actor is None:
            if kind == "person" and len(name.split()) == 1 and not role:
                return None  # a lone capitalised word is too weak to found an actor
            actor = Actor(_canonical_org(name) if kind == "organisation" else name, kind, role)
        elif role and not actor.role:
            actor = Actor(actor.name, actor.kind, role)
        if kind == "person" and len(name.split()) > len(actor.name.split()) or place_key(name) and len(
                _canonical_org(name)) > len(actor.name):  # "U.S." then "the United States": the full name
            actor = Actor(_canonical_org(name) if kind == "organisation" else name, kind, actor.role)
        previous = self._key_of(actor)
        self.actors.pop(previous, None)
        self.actors[actor.name] = actor
        if previous != actor.name:
            self._retarget(actor)
        self.mentions.append(ActorMention(actor.name, actor.kind, actor.role, phrase, start, start + len(phrase)))
        return actor

    def _key_of(self, actor: Actor) -> str:
        for key, known in self.actors.items():
            if known.kind == actor.kind and same_actor(known.name, actor.name):
                return key
        return actor.name

    def _retarget(self, actor: Actor) -> None:
        for i, m in enumerate(self.mentions):
            if m.actor != actor.name and m.kind == actor.kind and same_actor(m.actor, actor.name):
                self.mentions[i] = ActorMention(actor.name, actor.kind, actor.role, m.text, m.start, m.end)

    def match(self, name: str, kind: str) -> Actor | None:
        for actor in reversed(list(self.actors.values())):
            if actor.kind == kind and same_actor(actor.name, name):
                return actor
        return None

    def last(self, kind: str, before: int, *, head: str | None = None, pronoun: str | None = None,
             qualifiers: Sequence[str] = ()) -> Actor | None:
        """The most recently mentioned actor of ``kind`` before ``before`` whose
        name or role contains ``head`` (any actor of that kind when ``head`` is None)
        and whose pronoun, when known, agrees with ``pronoun``."""
        for m in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if m.start >= before or m.kind != kind:
                continue
            actor = self.actors.get(m.actor)
            described = " ".join(_words(actor.name) + _words(actor.role or "")) if actor else ""
            if actor and (head is None or head in described.split()) and self.agrees(actor, pronoun) \
                    and all(q in described for q in qualifiers):
                return actor
        return None

    def first(self, kind: str, start: int | None, before: int, *, pronoun: str | None = None) -> Actor | None:
        """The first actor of ``kind`` mentioned in ``[start, before)`` (the sentence's subject)."""
        if start is None:
            return None
        for m in sorted(self.mentions, key=lambda m: m.start):
            if start <= m.start < before and m.kind == kind and m.text.lower() not in PERSON_PRONOUNS:
                if m.start - start > SUBJECT_REACH:
                    return None  # a later mention is an object or a subordinate clause's subject
                actor = self.actors.get(m.actor)
                return actor if actor and self.agrees(actor, pronoun) else None
        return None

    def agrees(self, actor: Actor, pronoun: str | None) -> bool:
        if pronoun is None or actor.kind != "person":
            return True
        he, she = self.gender.get(actor.name, [0, 0])
        return (pronoun in {"she", "her"} and she >= he) or (pronoun in {"he", "him"} and he >= she)

    def statement_issuer(self, before: int) -> Actor | None:
        issued = [name for pos, name in self.statements if pos < before]
        return self.actors.get(issued[-1]) if issued else None


@lru_cache(maxsize=4096)
def same_actor(a: str, b: str) -> bool:
    """"Sheinbaum" and "Claudia Sheinbaum" name one person; "U.S. State
    Department" and "the State Department" one organisation."""
    if place_key(a) is not None or place_key(b) is not None:
        return place_key(a) == place_key(b)
    wa = [w for w in _words(_canonical_org(a)) if w not in {"u.s", "us", "the"}]
    wb = [w for w in _words(_canonical_org(b)) if w not in {"u.s", "us", "the"}]
    if not wa or not wb:
        return False
    if is_organisation(a) or is_organisation(b):
        return wa == wb or (len(wa) > 1 and len(wb) > 1 and (_sub(wa, wb) or _sub(wb, wa)))
    return wa[-1] == wb[-1] and (set(wa) <= set(wb) or set(wb) <= set(wa))


def _sub(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _sentence_names(text: str, base: int) -> Iterable[tuple[str, int, int]]:
    for m in NAME_RE.finditer(text):
        phrase = m.group(0)
        start = m.start()
        tokens = phrase.split()
        while tokens and tokens[0].lower() in _NOT_NAMES:
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        while tokens and tokens[-1].lower() in {"of", "for", "de", "la", "the", "and", "on"}:
            tokens = tokens[:-1]
        if tokens and tokens[-1].endswith(".") and len(tokens[-1]) > 4:
            tokens[-1] = tokens[-1][:-1]  # "the State Department." ends a sentence
        if tokens and len(" ".join(tokens).strip(".")) < 2:
            continue
        if tokens:
            yield " ".join(tokens), base + start, base + start + len(" ".join(tokens))


def read_actors(article: Article, *, masked: str | None = None) -> ActorRegistry:
    """Every named actor of the body, in reading order. ``masked`` is
    ``Article.raw`` with quoted words blanked (names inside quotes are not
    mentions of who speaks)."""
    text = masked if masked is not None else article.raw
    registry = ActorRegistry({}, [])
    for sentence in article.sentences:
        chunk = text[sentence.start:sentence.end]
        for phrase, start, end in _sentence_names(chunk, sentence.start):
            if " and " in phrase and not is_organisation(phrase):
                offset = start
                for part in phrase.split(" and "):
                    registry.add(part, offset, offset + len(part))
                    offset += len(part) + 5
                continue
            registry.add(phrase, start, end)
        _vote_gender(registry, chunk, sentence.start, sentence.end)
        _note_statement(registry, chunk, sentence.start, sentence.end)
    return registry


def _vote_gender(registry: ActorRegistry, chunk: str, start: int, end: int) -> None:
    people = {m.actor for m in registry.mentions if start <= m.start < end and m.kind == "person"}
    if len(people) == 1:
        words = _words(chunk)
        votes = registry.gender.setdefault(people.pop(), [0, 0])
        votes[0] += sum(w in {"he", "his", "him"} for w in words)
        votes[1] += sum(w in {"she", "her", "hers"} for w in words)


def _note_statement(registry: ActorRegistry, chunk: str, start: int, end: int) -> None:
    """"a statement from the State Department", "the Foreign Ministry ... in a
    communiqué": the organisation named beside a statement noun issued it."""
    for m in _STATEMENT_FROM.finditer(chunk):
        orgs = [x for x in registry.mentions if start + m.end() <= x.start < end and x.kind == "organisation"]
        if orgs:
            registry.statements.append((orgs[0].start, orgs[0].actor))


def resolve(registry: ActorRegistry, phrase: str, position: int, *, last_speaker: Actor | None = None,
            sentence_start: int | None = None) -> Actor | None:
    """The actor ``phrase`` (a source as written) refers to at ``position``, or ``None``."""
    words = _words(phrase)
    if not words:
        return None
    if len(words) == 1 and words[0] in PERSON_PRONOUNS:
        subject = registry.first("person", sentence_start, position, pronoun=words[0])
        if subject is not None:  # "Fallon fired back: “…,” he wrote": the sentence's own subject first
            return subject
        if last_speaker is not None and last_speaker.kind == "person" and registry.agrees(last_speaker, words[0]):
            return last_speaker
        return registry.last("person", position, pronoun=words[0])
    if len(words) == 1 and words[0] in GROUP_PRONOUNS | {"who"}:
        return registry.statement_issuer(position) or (
            last_speaker if last_speaker is not None and last_speaker.kind == "organisation"
            else registry.last("organisation", position))
    if words[0] in {"i", "we", "you"}:
        return None
    tokens = phrase.split()
    described = tokens[-1][:1].islower() or tokens[-1].strip(".,").lower() in ROLE_WORDS and all(
        w.strip(".,").lower() in ROLE_WORDS | {"the", "u.s."} or _is_nationality(w) for w in tokens)
    named = [] if described else list(_sentence_names(phrase, 0))
    if named and " and " in phrase and all(re.search(r"[A-Z]", side) for side in phrase.split(" and ", 1)):
        return None  # "Rubio and de la Fuente": two speakers, not one actor
    if named:
        role, name = split_role(strip_possessive(named[-1][0]))
        kind = "organisation" if is_organisation(name) else "person"
        return registry.match(strip_possessive(name), kind)
    head = words[-1]
    if head in STATEMENT_NOUNS:
        return registry.statement_issuer(position) or registry.last("organisation", position)
    if words[0] in {"the", "this", "that", "its", "his", "her", "their"} or len(words) == 1:
        kind = "organisation" if head in ORG_HEADS else "person"
        if head in GENERIC_SOURCE_HEADS or head not in ROLE_WORDS | ORG_HEADS:
            return None  # "the official", "officials", "the former": nobody in particular
        qualifiers = [w[:4] for w in words[1:-1] if w not in {"the", "u.s"}]
        if last_speaker is not None and last_speaker.kind == kind and _fits(last_speaker, head, qualifiers):
            return last_speaker  # "Sheinbaum mentioned …  The President stressed": the one who has the floor
        return registry.last(kind, position, head=head, qualifiers=qualifiers)
    return None


def _fits(actor: Actor, head: str, qualifiers: Sequence[str]) -> bool:
    described = " ".join(_words(actor.name) + _words(actor.role or ""))
    return head in described.split() and all(q in described for q in qualifiers)


def merge_actors(names: Sequence[str]) -> dict[str, str]:
    """Corpus-level merge: each name -> the canonical (longest) name of the actor
    it shares with other names ("Sheinbaum" -> "Claudia Sheinbaum")."""
    canonical: dict[str, str] = {}
    groups: list[list[str]] = []
    # The longest name leads its group ("the" aside); of equal ones, the spelling with accents.
    for name in sorted(set(names), key=lambda n: (-len(_canonical_org(n)), n.isascii(), n)):
        for group in groups:
            if same_actor(group[0], name):
                group.append(name)
                break
        else:
            groups.append([name])
    for group in groups:
        lead = _canonical_org(group[0]) if is_organisation(group[0]) else group[0]
        for name in group:
            canonical[name] = lead
    return canonical
