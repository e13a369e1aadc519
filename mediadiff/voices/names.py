"""Names of people and organisations: word lists and the rules that read one name.

``split_role`` ("Mexican President", "Claudia Sheinbaum"), ``is_organisation``, ``is_actor_name`` (not an event,
a law, a place or "Both governments"), ``index_keys`` (the words ``name_match.same_actor`` compares: "Ramón" and
"Ramon" alike). Rules only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from mediadiff.corpus.wordtables import DATA, table_row
from mediadiff.voices.first_names import opens_with_first_name
from mediadiff.voices.wordclass import function_words, holds_closed_class_word, opens_no_name, plural_of_people

# Role words that precede or follow a name ("Secretary of State Marco Rubio"); the last line: titles abbreviated
# before a name, kept with it by the sentence splitter (corpus/segment.py), plurals too ("Sens. Ted Cruz", "Lt.
# Col. John Smith"); split_role reads "Gen." only with its period ("Gen Nakatani" is a given name).
ROLE_WORDS = frozenset("""
president vice secretary minister spokesperson spokesman spokeswoman spokesmen senator sen sen. rep rep.
representative congressman congresswoman gov gov. governor mayor chairman chairwoman chair director chief
leader candidate nominee ambassador adviser advisor official officials counterpart press deputy principal
general attorney speaker judge justice prime foreign state defense interior treasury commerce commissioner
premier chancellor king queen prince pope bishop ceo founder executive manager strategist aide aides
analyst economist professor lawyer envoy negotiator head commander sheriff police officer councilman councilwoman
republican democrat democratic gop presidential campaign white house
sens reps govs lt col maj capt cmdr adm brig sgt cpl pvt pfc spc det insp supt atty amb rev fr msgr
""".split())
ORG_HEADS = frozenset("""
department ministry bureau house office government agency committee party campaign council court
congress senate parliament administration commission times post news journal network institute
university association union group inc corp corporation company bank fund foundation cartel army
navy police service services cbp fbi cia nato un pentagon kremlin embassy federation organization
organisation coalition alliance board authority center centre press reuters bloomberg ap afp cnn
fox msnbc nbc abc cbs politico breitbart protection security enforcement patrol guard affairs forces force
tribune chronicle herald gazette examiner telegraph magazine centers centres institutes
republic kingdom college school academy pictures studios records entertainment airlines holdings llc ltd plc ventures
""".split())
ROLE_OR_ORG = ROLE_WORDS | ORG_HEADS  # read for every name and source: built once
# Head nouns of institutions that end a proper name of two words or more ("Federal Reserve", "Islamic State",
# "National Front", "Anti-Defamation League", "Catholic Church"): the name is an organisation's unless a
# person's first name ("Michael Church") or role ("Secretary of State") comes first. Last word only: inside a
# name these words are roles or places ("State Sen. Mike Smith", "Front Range"). (QA on AllSides and PolNeAR
# train: "Islamic State", 138 mentions, and "Federal Reserve", 18, were people, so "he" could find them.)
# The second block: nouns that head the names of companies, funds, advocacy groups and publications ("Amnesty
# International", "Judicial Watch", "Brookings Institution", "Bain Capital", "Priorities USA Action", "Citizens
# United", "Principles PAC", "Drudge Report", "Boston Globe"), never a surname's place in a person's name.
COMPANY_HEADS = frozenset("""industries technologies systems motors labs brands stores pharmaceuticals enterprises
foods energy petroleum chemicals products networks solutions logistics software semiconductor materials resources
insurance airways beverages brewing mining restaurants hotels resorts electronics communications
""".split())  # a company's only: within a story "Kraft" after "Kraft Foods" is that company (``name_match``)
INSTITUTION_HEADS = COMPANY_HEADS | frozenset("""
reserve state states front league church brotherhood caucus society movement assembly legislature tribunal
cabinet exchange synagogue mosque nations insider survey
international institution watch partners capital media research pac action united report review globe register
""".split())
_COMPANY_HEADS = ORG_HEADS - ROLE_WORDS  # built once too: asked of every one-word name
# Organisation heads that are one organisation's own name, taken from its founder's surname or the like: after a
# first name they are a person's surname ("Michael Bloomberg", "Vicente Fox", "Andrew Breitbart"); alone or before
# a head noun the organisation's ("Bloomberg News", "Fox"). (QA on AllSides: "Michael Bloomberg" was typed an
# organisation; of the first name + organisation head pairs of PolNeAR and AllSides, only these were people.)
SURNAME_HEADS = frozenset("bloomberg fox breitbart reuters".split())
# Plural nouns that end a phrase naming a group, never one person ("Trump supporters", "Republicans"): a group
# speaks as an organisation does, so it never takes "he" or "she".
GROUP_HEADS = frozenset("""
supporters voters republicans democrats patriots members fans residents protesters protestors lawmakers
activists conservatives liberals progressives evangelicals americans critics opponents allies donors delegates
workers students veterans immigrants groups forces
""".split())
# Places that speak as institutions ("Washington has proposed", "the United States made clear").
# (Countries speak so too; they are read from data/places.txt by place_kind.)
PLACES = frozenset("""
united states u.s. us usa america washington europe beijing moscow brussels london paris tokyo kyiv
""".split())
# Last words of names that are not people or organisations, so never speakers or actors: events, laws,
# places ("the World Cup", "the Ministerial Meeting", "New York City"); first words of places ("New York").
NON_ACTOR_HEADS = frozenset("""
meeting summit cup games olympics conference forum convention debate act bill law treaty accord agreement
street avenue road city county island islands river mountains park square day week month war plan program
programme initiative border airport hospital hall center d.c sea ocean peninsula desert canal capitol tower valley
belt pact protocol amendment doctrine partnership beach heights springs township borough village
""".split())
PLACE_PREFIXES = frozenset("new san santa los las saint st. fort lake mount port".split())
# US state abbreviations of AP style, as datelines and "of Ashton, Md." write them: places, never speakers.
STATE_ABBREVIATIONS = frozenset("""
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev n.h n.j n.m
n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo
""".split())
# Words that open a phrase naming nobody in particular ("Both governments", "Some Republicans").
QUANTIFIER_OPENERS = frozenset("both all some many several most few each every two three four other others".split())
# Words that may stand before a place's name in a capitalised phrase ("South Korea", "Independent Vermont").
_PLACE_MODIFIERS = frozenset("""north south east west central northern southern eastern western northeast northwest
southeast southwest upper lower greater independent""".split())


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, str]:
    """``data/places.txt``: country, US state or region of each place name (lower case)."""
    text = (DATA / "places.txt").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: kind for kind, name in rows if kind != "city"}  # cities are for the corpus stage's bylines


@lru_cache(maxsize=1)
def _place_last_words() -> frozenset[str]:
    return frozenset(name.rsplit(" ", 1)[-1] for name in _place_kinds())


@lru_cache(maxsize=65536)
def place_kind(name: str) -> str | None:
    """``country``, ``state`` or ``region`` when a capitalised phrase names a place of ``data/places.txt``,
    perhaps after direction or party words ("South Korea", "Central Asia", "Independent Vermont"), else None."""
    kinds = _place_kinds()
    words = words_of(strip_possessive(name))
    if not words or words[-1] not in _place_last_words():
        return None  # most names: no place ends them
    words = [w for w in words if w != "the"]
    for i in range(len(words)):
        if i and words[i - 1] not in _PLACE_MODIFIERS and words[i - 1] not in NATIONALITIES:
            return None
        kind = kinds.get(" ".join(words[i:]))
        if kind is not None:
            return kind
    return None


def words_of(text: str) -> list[str]:
    return list(_words_of(text))  # a new list each time: callers may change theirs


def words_in(text: str) -> list[str]:
    """``words_of`` a sentence or longer text, read once: kept out of the caches, which are for names (a
    one-line article of 1 MB left 12 MB of its sentences' words in them)."""
    return list(_read_words(text, fold_accents.__wrapped__))


@lru_cache(maxsize=65536)  # a name is read by several tests in turn (place, actor, organisation, keys, same actor)
def _words_of(text: str) -> tuple[str, ...]:
    return _read_words(text, fold_accents)


def _read_words(text: str, fold: Callable[[str], str]) -> tuple[str, ...]:
    folded = fold(text)
    folded = folded.replace("’", "'") if "’" in folded else folded  # the same words as replacing it in the text
    return tuple([w.strip(".,'").lower() for w in folded.split()])


@lru_cache(maxsize=8192)
def fold_accents(text: str) -> str:
    """Accents dropped, so "Juan Ramón de la Fuente" and "Juan Ramon de la Fuente" compare equal."""
    return text if text.isascii() else "".join(c for c in unicodedata.normalize("NFKD", text)
                                               if not unicodedata.combining(c))


# One place under its usual spellings ("US", "U.S.", "the United States"): the key they share.
PLACE_ALIASES = {
    "us": "united states", "u.s": "united states", "usa": "united states", "u.s.a": "united states",
    "united states": "united states", "united states of america": "united states",
    "uk": "united kingdom", "u.k": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "united kingdom": "united kingdom", "eu": "european union", "e.u": "european union",
    "european union": "european union",
}


@lru_cache(maxsize=65536)
def place_key(name: str) -> str | None:
    """The place a name spells, whatever the spelling ("the U.S." -> "united states"), else ``None``."""
    return PLACE_ALIASES.get(" ".join(w for w in words_of(strip_possessive(name)) if w != "the"))


_POSSESSIVE = re.compile(r"[’']s?$")


def strip_possessive(text: str) -> str:
    return text if "'" not in text and "’" not in text else _POSSESSIVE.sub("", text)  # most names: no regex


@lru_cache(maxsize=8192)
def is_place(name: str) -> bool:
    """A country, state, city or region ("Mexico", "the U.S.", "Washington"), which speaks as "it"."""
    return bool(place_key(name)) or place_kind(name) is not None \
        or " ".join(w for w in words_of(name) if w != "the") in PLACES


@lru_cache(maxsize=65536)
def is_actor_name(name: str) -> bool:
    """Whether a capitalised phrase can name someone: no event, law, place, quantified group or pronoun."""
    words = words_of(name)
    if not words or words[0] in QUANTIFIER_OPENERS or len(words) == 1 and words[0] in STATE_ABBREVIATIONS \
            or holds_closed_class_word(name) or plural_of_people(name) is False and not is_group(name):
        return False  # "World Cup", "New York", "Both governments", "Forget It", "FEC filings"
    if place_key(name) or " ".join(w for w in words if w != "the") in PLACES:
        return True  # places that speak as institutions ("Washington has proposed")
    place = place_kind(name)
    if place is not None:
        return place == "country"  # "South Korea said" is its government; a state or region is no actor
    # "New York" is a place, "The New York Post" and "Los Angeles Times" are organisations; a run ending in a
    # party or nationality adjective names no one: its noun follows in lower case ("the Wisconsin Republican
    # senator", "Minnesota Democratic lawmakers", "African American voters")
    return words[-1] not in NON_ACTOR_HEADS and not (words[-1] in NATIONALITIES and table_row(
        "first_names.tsv", words[0]) is None) and not (  # "Mark Cuban", "David French": surnames
        len(words) > 1 and words[0] in PLACE_PREFIXES and not set(words) & ORG_HEADS)


@lru_cache(maxsize=65536)
def is_organisation(name: str) -> bool:
    words = words_of(name)
    if " ".join(w for w in words if w != "the") in PLACES or place_key(name) or place_kind(name) == "country":
        return True
    if is_group(name):
        return True  # a group speaks as an organisation does
    # a name in capitals: an acronym, or a brand so written ("USA TODAY") unless a first name opens it ("JAKE TAPPER")
    return bool(set(words) & ORG_HEADS) and not surname_after_first_name(words) or name.isupper() and (
        len(name) <= 6 or len(words) > 1 and table_row("first_names.tsv", words[0]) is None) \
        or _institution(tuple(words)) or _holds_function_word(tuple(words))


def surname_after_first_name(words: list[str]) -> bool:
    """Whether every organisation head among a name's words is a surname of ``SURNAME_HEADS`` after a first name
    ("michael r. bloomberg", "vicente fox and felipe calderón"): a person's name, or people's."""
    heads = [i for i, w in enumerate(words) if w in ORG_HEADS]
    return bool(heads) and all(words[i] in SURNAME_HEADS and first_name_before(words, i) for i in heads)


def first_name_before(words: list[str], i: int) -> bool:
    """Whether the word before ``words[i]``, past a middle initial ("michael r. bloomberg"), is a first name."""
    j = i - 2 if i > 1 and len(words[i - 1]) == 1 else i - 1
    return j >= 0 and table_row("first_names.tsv", words[j]) is not None


def _holds_function_word(words: tuple[str, ...]) -> bool:
    """A name holding a function word after its first, which a person's name does not ("Unite Here", "Americans
    for Prosperity", "Doctors Without Borders"), unless it opens with a first name ("Al From", "Cameron Easley
    for Morning Consult"); a middle initial is no function word ("Anthony S. Fauci")."""
    return any(len(w) > 1 and w in function_words() and w not in _IN_PEOPLES_NAMES for w in words[1:]) \
        and table_row("first_names.tsv", words[0]) is None


# Function words that a person's name may hold after its first word ("Jack the Ripper", "Thomas More", "Theresa
# May", "Charles of Wales"); any other ("Unite Here", "Stand With Us", "Run For Something") names an organisation.
_IN_PEOPLES_NAMES = frozenset("the of and a an more will may can don own".split())


@lru_cache(maxsize=65536)  # asked of every actor a pronoun "it" passes over
def is_group(name: str) -> bool:
    """A phrase naming a group ("Senate Republicans", "Democratic leaders"): never "he", "she" or "it"."""
    words, owner = words_of(name), name.split(" of ", 1)[0]  # "the Turquoise Council of Americans": a council
    return bool(words) and (words[-1] in GROUP_HEADS or plural_of_people(name) is True) and not (
        " of " in name and set(words_of(owner)) & ORG_HEADS)


def actor_kind(name: str) -> str:
    """"group", "organisation" or "person": the kind of actor a name founds (a group speaks as an organisation)."""
    return "group" if is_group(name) else "organisation" if is_organisation(name) else "person"


HONORIFICS = frozenset("mr mrs ms miss mx mister dr".split())  # before a name, no part of it: "Mr. Trump" is Trump


@lru_cache(maxsize=65536)
def after_honorific(name: str) -> str:
    """The words after the last honorific of a phrase, if any follow: "Trump" of "Yet Mr. Trump"; else the phrase."""
    tokens = name.split()
    for i in range(len(tokens) - 2, -1, -1):
        if tokens[i].rstrip(".").lower() in HONORIFICS:
            return " ".join(tokens[i + 1:])
    return name


# Function words that are also first names ("Will", "May", "Don"): alone they may still name someone.
_NAMING_FUNCTION_WORDS = frozenset({"will", "may", "can", "don"})


def function_word_alone(name: str) -> bool:
    """A preposition or conjunction read alone as a name ("Beyond" of a title "2016 and Beyond"): names nobody."""
    return " " not in name and name.lower() in function_words() and name.lower() not in _NAMING_FUNCTION_WORDS


@lru_cache(maxsize=65536)  # asked of each phrase by several readers in turn (name_in, resolution, possessives)
def single_name(name: str) -> str:
    """One actor's name, opening prepositions and conjunctions cut ("Though Kaine"; not "Will Rogers", "The Nation",
    quantifiers, acronyms); "" when "or"/"nor" joins two ("Neither Cruz nor Christie") or no name is left."""
    tokens = name.split()
    if "nor" in tokens or "or" in tokens:
        return ""
    cut = 0
    while cut < len(tokens) - 1 and (tokens[cut].lower() in function_words() and not tokens[cut].isupper() and
                                     tokens[cut].lower() not in _NAMING_FUNCTION_WORDS | QUANTIFIER_OPENERS | {
                                         "the", "a", "an"} or opens_no_name(tokens[cut])):  # "Now Melania", "It"
        cut += 1  # "Some Democrats" stays whole: a quantified group names nobody in particular
    if cut and not tokens[cut][:1].isupper():
        return ""  # "Despite pre-event disclaimers", "Neither company"
    return " ".join(tokens[cut:]) if cut else name


@lru_cache(maxsize=65536)
def split_role(phrase: str) -> tuple[str | None, str]:
    """("Mexican President", "Claudia Sheinbaum") from "Mexican President Claudia
    Sheinbaum": the words up to the last role word or organisation head are the
    role when a name follows them; an organisation's name is all name. A person's state or country after
    "of" is no part of the name ("Senator Bernie Sanders of Vermont": "Senator", "Bernie Sanders")."""
    head, of, place = phrase.rpartition(" of ")
    if of and head[-1:].isalpha() and not is_organisation(head) and (place_key(place) or place_kind(place)):
        phrase = head
    tokens = phrase.split()
    last = owner = -1
    for i, token in enumerate(tokens):
        low = token.strip(".,’'").lower()
        if i == len(tokens) - 1 and (low in SURNAME_HEADS or low in ROLE_WORDS) and (first_name_before(words_of(
                phrase), i) or low in ROLE_WORDS and token[-1] != "." and tokens[i - 1][:-1].lower() in ROLE_WORDS):
            continue  # "Mayor Michael Bloomberg", "GM Billy King", "Rep. King": a surname, no head or role (QA14 R1)
        if low in ROLE_WORDS or low in ORG_HEADS or low in {"u.s", "us"} or token in ("Gen.", "Gens.", "Survey"):
            last = i
        elif i < len(tokens) - 2 and _affiliation(token):
            last = owner = i  # "CNN's Kaitlan Collins", "Arizona's John McCain": the owner is the role
    last += last >= 0 and _title_noun(tokens[last + 1:])  # "Chief Inspector Joe Sullivan": a title of two words
    rest = tokens[last + 1:]
    while rest and rest[0].lower() in {"of", "the"} and last >= 0:
        # "Secretary of State Marco Rubio": "of State" belongs to the role
        if len(rest) > 1 and rest[1].strip(".,").lower() in ROLE_OR_ORG:
            last += 2
            rest = tokens[last + 1:]
        else:
            break
    if len(rest) == 1 and tokens[last].strip(".,’'").lower() in _COMPANY_HEADS:
        return None, phrase  # "Sony Pictures Classics": one word after a company's head goes on its name
    if last < 0 or not rest or len(rest) > 5 or not all(
            t[:1].isupper() or t in {"de", "la", "del", "da", "van", "von", "bin", "al"} for t in rest):
        return None, phrase
    role = " ".join(tokens[:last + 1])
    return (strip_possessive(role) if owner == last else role), " ".join(rest)


def _title_noun(rest: list[str]) -> bool:
    """Whether ``rest`` (the words after a role word) opens with a capitalised noun of a person's office that the
    role word premodifies ("Chief Inspector", "Chief Superintendent"), then a first name and a surname; a noun of
    people that is also a given name, or one not followed by a given name ("Senator Guy Smith") is the name's."""
    return len(rest) >= 3 and rest[0][:1].isupper() and rest[0].isalpha() and opens_with_first_name(
        " ".join(rest[1:])) and not opens_with_first_name(" ".join(rest)) and table_row(
        "people_nouns.tsv", rest[0].lower()) == ["person"]


def _affiliation(token: str) -> bool:
    """A possessive naming an organisation or place a person belongs to: an acronym ("CNN's", "MSNBC's"),
    an organisation's head word ("Post's", "News's") or a place ("Arizona's", "Germany's")."""
    if not token.endswith(("'s", "’s")):
        return False
    stem = token[:-2]
    return (len(stem) > 1 and stem.isupper() and stem.isalnum()) or stem.lower() in ORG_HEADS \
        or place_kind(stem) is not None or stem.lower() in PLACES  # "London's Raheem Kassam"
NATIONALITIES = frozenset("""
american mexican british french german chinese russian iranian israeli ukrainian canadian european japanese
indian cuban venezuelan syrian iraqi afghan saudi turkish korean brazilian colombian spanish italian
palestinian egyptian pakistani african asian latin democratic republican federal
""".split())


# Role words that name a person's office, not an organisation or a party ("Democratic", "State", "Foreign")
_OFFICES = ROLE_WORDS - ORG_HEADS - NATIONALITIES - INSTITUTION_HEADS - frozenset(
    "foreign defense interior treasury commerce gop presidential white house press police officials aides".split())


def _institution(words: tuple[str, ...]) -> bool:
    """A proper name ending in an institution's head noun (``INSTITUTION_HEADS``), of two words or more or
    before "of", with no first name opening it and no office before the head: "the Federal Reserve", "Islamic
    State", "Church of England"; before "of", the name's own head ("Pastor Joseph Brown of Marion Avenue
    Baptist Church" is the pastor)."""
    head = words[:words.index("of")] if "of" in words else words
    if not head or head[-1] not in INSTITUTION_HEADS or len(head) == len(words) == 1:
        return False
    first = head[1] if head[0] == "the" and len(head) > 1 else head[0]
    return not _OFFICES.intersection(head[:-1]) and table_row("first_names.tsv", first) is None


def is_nationality(token: str) -> bool:
    return token.strip(".,").lower() in NATIONALITIES


_THE = re.compile(r"^(?:the|The)\s+")


@lru_cache(maxsize=65536)
def canonical_org(name: str) -> str:
    return strip_possessive(_THE.sub("", name))


@lru_cache(maxsize=65536)
def index_keys(name: str) -> tuple[str, ...]:
    """Keys two names share whenever ``name_match.same_actor`` holds for them (it never holds
    without one): the place a name spells, else the words it compares."""
    place = place_key(name)
    if place is not None:
        return ("place:" + place,)
    words = tuple(w for w in words_of(canonical_org(name)) if w not in {"u.s", "us", "the"})
    # An honorific is no key when other words are: no two names are one actor by "Mr." alone, and every "Mr. X"
    # sharing it made matching one titled name try every other (quadratic in an article's distinct titled names).
    return tuple(w for w in words if w not in HONORIFICS) or words
