"""Whether two names name one actor: ``same_actor``, and what a longer name may add to a shorter one.

"Sheinbaum" and "Claudia Sheinbaum" name one person, "U.S. State Department" and "the State Department"
one organisation, "NYT" and "New York Times" one newspaper. A name joined with "and" is two actors, never
either: a shorter name on one side of the "and" is not it ("White House" of "Federal Reserve and White
House", "Melinda Gates" of the "Bill and Melinda Gates Foundation").

Within one article, the story says which body a short form is ("the Security Council" after "United Nations
Security Council", "the Foreign Ministry" after "Mexico's Foreign Ministry"): any name inside a longer one
folds. Across a corpus (``same_actor(..., across=True)``, ``actor_names.merge_actors``) no story says, so a
shorter name is the actor of a longer one only when the longer is that name with more of the same actor's
words; never when the shorter is a part of another actor's name (QA on AllSides and PolNeAR train: "White
House" was shown as "Federal Reserve and White House", "Supreme Court" as "Supreme Court Commission", "State
Department" as "Alabama State Department of Education", "Boston" as "Muslim American Society of Boston"):

- a shorter name inside an of/for/at-phrase, or before one it lacks, names another entity: the phrase's
  object ("Boston" of "... Society of Boston") or a part of a body ("State Department" of "Alabama State
  Department of Education", "Wall Street Journal" of "Carol Lee of the Wall Street Journal");
- an organisation's name followed by another head word names a part or another body ("Supreme Court
  Commission", "House Intelligence Committee Democrats", "Donald J. Trump Foundation"); a company's legal
  suffix ("Inc", "Corp") does not;
- words before an organisation's name are its own only when they say whose it is without naming another
  body: "U.S.", an organisation's possessive ("DOE's Office for Civil Rights"). A country ("Chinese Foreign
  Ministry", "South Korea's Joint Chiefs of Staff"; another article's "Foreign Ministry" may be another
  country's), a state or city ("Arizona Senate Republicans", "New York's State Supreme Court"), a person's
  possessive ("Donald Trump's Facebook"), another name ("Free Syrian Army", "Fox News Channel White House")
  or a description ("Clinton-endorsing White House", which would become the name shown for 432 mentions of
  "White House" in PolNeAR train) makes another actor or name;
- a person's longer name adds given names, a middle initial or a role to a capitalised surname, a role word
  only after a first name ("Peter T. King"; "Secretary of State" is not California's, "Advisers" not
  "Sanders's top advisers"), or an affiliation's possessive before a full name ("Twitter's Adam Sharp"; not
  "Donald Trump's Facebook"); a name with "of", "for", "at" or "and" is no person's (a role's "of" aside:
  "Chief of Staff"), so the rules above apply ("Living Church of God" is not "God", "Hollywood Chamber of
  Commerce" not the U.S. one);
- one actor may be written two ways that share no run of words: "Gaza" and "Gaza Strip", "Tsai" and "Tsai
  Ing-wen" (a family name written first), "Charles E. Schumer" and "Chuck Schumer" (a nickname), "G7", "G-7"
  and "the Group of Seven";
- an acronym is an organisation whose initials it spells (``acronym_of``) within one article; across a
  corpus only when an article gives both (``actor_names.merge_actors``): "ISIS" is not every article's
  "Institute for Science and International Security".
"""

from __future__ import annotations

import re
from functools import lru_cache

from mediadiff.corpus.wordtables import table_lines, table_row
from mediadiff.voices.delegates import delegate_of, without_opener
from mediadiff.voices.first_names import first_name_pronoun
from mediadiff.voices.names import (
    COMPANY_HEADS,
    PLACES,
    ROLE_OR_ORG,
    ROLE_WORDS,
    canonical_org,
    is_organisation,
    place_key,
    place_kind,
    strip_possessive,
    surname_after_first_name,
    words_of,
)

__all__ = ["acronym_key", "acronym_of", "joins", "numbered_group", "same_actor"]

_IGNORED = frozenset({"u.s", "us", "the"})  # "the U.S. State Department" is "the State Department"
# Legal forms after a company's name of two words or more: "Las Vegas Sands Corp" is Las Vegas Sands (not
# "Group", "Fund": other bodies); one word is not enough ("News" is not "News Corp").
_LEGAL_SUFFIXES = frozenset("inc corp co llc ltd plc l.l.c".split())
# Prepositions and the conjunction that open another phrase inside a longer name.
_CONNECTORS = frozenset({"of", "for", "at", "and", "&"})


@lru_cache(maxsize=65536)
def same_actor(a: str, b: str, *, across: bool = False) -> bool:
    """"Sheinbaum" and "Claudia Sheinbaum" name one person; "U.S. State Department" and "the State
    Department" one organisation (see the module doc). ``across``: the names come from different articles
    of a corpus, where a country's name before an organisation's says it is another country's."""
    if place_key(a) is not None or place_key(b) is not None:
        return place_key(a) == place_key(b)
    if across and (_honorific(a) is not None or _honorific(b) is not None):  # "Mr. Trump" an article kept apart
        sexes = {_honorific(a) or first_name_pronoun(a), _honorific(b) or first_name_pronoun(b)} - {None, ""}
        return len(sexes) < 2 and same_actor(_without_honorific(a), _without_honorific(b), across=True)
    if delegate_of(a) or delegate_of(b):  # "a spokeswoman for Clinton" is only ever herself
        return words_of(without_opener(a)) == words_of(without_opener(b))
    if not across and (acronym_of(a, b) or acronym_of(b, a)):  # across a corpus: ``merge_actors`` asks
        return True
    ta, tb = _tokens(a), _tokens(b)
    wa, wb = [w for _, w in ta], [w for _, w in tb]
    if not wa or not wb:
        return False
    (short, _), (long, _) = sorted(((ta, wa), (tb, wb)), key=lambda pair: len(pair[1]))
    if "and" in [w for _, w in long] and "and" not in [w for _, w in short]:
        return False  # "White House" of "Federal Reserve and White House": one of two, never the pair
    if _spelled_otherwise(short, long):  # "Chuck Schumer", "Tsai", "Gaza": the same one however written
        return True
    if not across:  # one article's short forms: "the Security Council" after "United Nations Security Council"
        if len(short) == 1 and wa[-1] == wb[-1] and surname_after_first_name([w for _, w in long]):
            return True  # "Bloomberg" after "Michael Bloomberg": his surname, though alone a company's name
        if organ_of(wa, wb):
            return False  # "the United Nations" is not the "United Nations Security Council", one of its organs
        if is_organisation(a) or is_organisation(b):  # "Microsoft" after "Microsoft Corp.": its legal form dropped,
            return wa == wb or len(wa) > 1 and len(wb) > 1 and (_sub(wa, wb) or _sub(wb, wa)) or legal_form(
                wa, wb, COMPANY_HEADS) and not is_organisation(a if len(wa) < len(wb) else b)  # not "News Corp"
        return wa[-1] == wb[-1] and (set(wa) <= set(wb) or set(wb) <= set(wa))
    if is_organisation(a) or is_organisation(b) or _connected(long) or _connected(short):
        # no person's name has "of", "for" or "and" inside ("Chamber of Commerce"): an organisation's rule
        return wa == wb or len(short) > 1 and _org_folds(short, long)
    if wa[-1] != wb[-1] or not (set(wa) <= set(wb) or set(wb) <= set(wa)):
        return False
    if wa != wb and (long[-1][0][:1].islower() or wa[-1] in ROLE_OR_ORG and not any(
            table_row("first_names.tsv", w) for _, w in long[:-1])):  # "Peter T. King" has a first name
        return False  # a surname is capitalised, and a role only after a first name: not "top advisers",
        # "California Secretary of State"
    owner = max((i for i, (t, w) in enumerate(long) if w.endswith("'s") and (t, w) not in short), default=None)
    # after a possessive the longer holds a person's full name ("Twitter's Adam Sharp": "Sharp") or a thing
    # the owner has ("Donald Trump's Facebook": not "Facebook")
    return owner is None or len(long) - owner > 2


def joins(known: str, name: str) -> bool:
    """Within one article, whether ``name``, read now, names the ``known`` actor: ``same_actor``, or ``known``
    is a titled name kept apart as written when no bearer was known yet ("Mr. Trump", "Mr Xi") and ``name`` a
    full name of it whose first name does not say the other sex ("Donald J. Trump", "Xi Jinping"; not "Melania
    Trump"). Not the other way: a titled mention kept apart among two bearers stays apart."""
    if same_actor(known, name):
        return True
    title = _honorific(known)
    return title is not None and " " not in _without_honorific(known) and _honorific(name) is None \
        and " " in name and title in {"", first_name_pronoun(name) or title} \
        and same_actor(_without_honorific(known), name)


_HONORIFIC_SEX = {"mr": "he", "mister": "he", "mrs": "she", "ms": "she", "miss": "she", "dr": "", "mx": ""}


@lru_cache(maxsize=65536)  # asked of both names of each comparison
def _honorific(name: str) -> str | None:
    """The pronoun of the honorific opening a name of two words or more ("he" for "Mr. Trump" or "Mr Trump",
    "" for "Dr. Fauci"), else ``None``: an actor founded before any full name was read keeps its title."""
    first, _, rest = name.partition(" ")
    return _HONORIFIC_SEX.get(first.rstrip(".").lower()) if rest else None


def _without_honorific(name: str) -> str:
    return name.partition(" ")[2] if _honorific(name) is not None else name


# Family names of China and Korea, which news writes first ("Xi Jinping", "Kim Jong Un", "Li Keqiang": "Xi", "Kim",
# "Li" alone name the person); common ones, by hand. Japanese names are written given name first in English news.
_FAMILY_FIRST = frozenset("""
xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang
feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong
tian ren fan fang shi yao tan liao zou xiong jin qin kong bai cui kang mao qiu qian gu hou shao meng long wan duan lei
yin yi wen bo tsai kim lee park choi jung cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon ko moon son bae
baek nam roh ban chun chung
""".split())
# A given name romanised from Chinese or Korean: one or two syllables of an initial and a final ("Jinping",
# "Keqiang", "Jong Un"), which no English given name or surname of two syllables or more spells ("Davis", "Jones").
_SYLLABLE = r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouv]|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|" \
    r"iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ue|eo|eu|ae|yu)"
_ROMANISED_GIVEN = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")


def _family_name_first(tokens: tuple[tuple[str, str], ...]) -> bool:
    """A person's name of two or three words written family name first: a Chinese or Korean family name,
    then given names romanised from those languages ("Xi Jinping", "Kim Jong Un"; not "Kim Davis")."""
    return 2 <= len(tokens) <= 3 and tokens[0][1] in _FAMILY_FIRST and all(
        t[:1].isupper() and _ROMANISED_GIVEN.fullmatch(w) for t, w in tokens[1:])


# Words after a place's name that name that place's land ("the Gaza Strip" is Gaza, "the Sinai Peninsula" Sinai).
_PLACE_HEADS = frozenset("strip peninsula region province territory territories".split())
# A given name of two syllables joined by a hyphen, the second in lower case (Chinese and Korean romanisation:
# "Ing-wen", "Jae-in", "Jong-un"), follows its family name, which alone names the person ("Tsai Ing-wen":
# "Tsai"); a double surname capitalises both parts ("Hannah-Jones").
_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-(?![a-z]*ed$)[a-z]{1,4}")  # not "Trump-led", "-supervised"


def _spelled_otherwise(short: tuple[tuple[str, str], ...], long: tuple[tuple[str, str], ...]) -> bool:
    """One actor written two ways that share no run of words: a place and its land ("Gaza", "Gaza Strip"),
    a family name written first ("Tsai", "Tsai Ing-wen"), a given name and its nickname, initials aside
    ("Charles E. Schumer", "Chuck Schumer"; ``data/nicknames.tsv``)."""
    words, other = [w for _, w in short], [w for _, w in long]
    if numbered_group(" ".join(words)) is not None:
        return numbered_group(" ".join(words)) == numbered_group(" ".join(other))
    if len(words) == 1:
        return other[0] == words[0] and (
            len(other) == 2 and other[1] in _PLACE_HEADS and place_kind(short[0][0]) is not None
            or len(other) == 2 and _HYPHENED_GIVEN_NAME.fullmatch(long[1][0]) is not None
            or _family_name_first(long))
    words, other = [w for w in words if len(w) > 1], [w for w in other if len(w) > 1]  # "E." aside
    return len(words) == len(other) > 1 and words[1:] == other[1:] and words[0] != other[0] \
        and nickname_pair(words[0], other[0])


_NUMBERS = dict(zip("two three four five six seven eight nine ten twenty".split(), (*range(2, 11), 20)))
_G_NUMBER = re.compile(r"g-?(\d{1,2})")


@lru_cache(maxsize=65536)
def numbered_group(name: str) -> str | None:
    """"g7" for "G7", "G-7", "the Group of Seven" or "Group of 7": a club of countries named by its size, however
    written; ``None`` for other names."""
    words = [w for w in words_of(canonical_org(name)) if w != "the"]
    if len(words) == 1 and (found := _G_NUMBER.fullmatch(words[0])):
        return "g" + str(int(found.group(1)))
    if len(words) == 3 and words[:2] == ["group", "of"]:
        number = _NUMBERS.get(words[2]) or (int(words[2]) if words[2].isdigit() else None)
        return None if number is None else f"g{number}"
    return None


def nickname_pair(given: str, other: str) -> bool:
    """Whether two given names are one name and its nickname, either way round ("Stephen" / "Steve", "bill" /
    "William"; ``data/nicknames.tsv``, case aside)."""
    given, other = given.lower(), other.lower()
    return (given, other) in _nicknames() or (other, given) in _nicknames()


@lru_cache(maxsize=1)
def _nicknames() -> frozenset[tuple[str, str]]:
    """(given name, nickname) pairs of ``data/nicknames.tsv`` ("charles", "chuck")."""
    return frozenset(tuple(line.split("\t")[:2]) for line in table_lines("nicknames.tsv")  # type: ignore[misc]
                     if line and not line.startswith("#"))


@lru_cache(maxsize=65536)  # each name is compared with several others (``same_actor``)
def _tokens(name: str) -> tuple[tuple[str, str], ...]:
    """(token as written, word compared) of a name, "the" and "U.S." left out."""
    return tuple((t, w) for t, w in zip(canonical_org(name).split(), words_of(canonical_org(name)))
                 if w not in _IGNORED)


def _connected(tokens: tuple[tuple[str, str], ...]) -> set[str]:
    """The connectors of a name that open another phrase: "of" after a role word is the role's ("Chief of
    Staff Cheryl Mills")."""
    words = [w for _, w in tokens]
    return {w for i, w in enumerate(words) if w in _CONNECTORS and not (w == "of" and i and words[i - 1] in ROLE_WORDS)}


def _org_folds(short: tuple[tuple[str, str], ...], long: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``long`` is the organisation ``short`` names with its own words added (module doc)."""
    words, n = [w for _, w in short], len(short)
    for i in range(len(long) - n + 1):
        if [w for _, w in long[i:i + n]] == words and all(w in _LEGAL_SUFFIXES for _, w in long[i + n:]) \
                and _owners_prefix(" ".join(t for t, _ in long[:i])):
            return True
    return False


@lru_cache(maxsize=65536)
def _owners_prefix(prefix: str) -> bool:
    """Nothing, or an organisation's possessive ("DOE's", "New York University's"): the words before an
    organisation's name that keep it the same body across a corpus."""
    owner = strip_possessive(prefix)
    return not prefix or owner != prefix and is_organisation(owner) and place_kind(owner) is None \
        and place_key(owner) is None and " ".join(words_of(owner)) not in PLACES


_ACRONYM = re.compile(r"[A-Z](?:\.?[A-Z]){1,5}\.?")
_NOT_INITIALS = frozenset({"of", "and", "for", "the", "on", "in", "&"})


def acronym_of(short: str, long: str) -> bool:
    """"NYT" and "New York Times", "CBP" and "Customs and Border Protection": an all-capital name whose
    letters (three or more) are exactly the initials of an organisation's words (function words aside).
    Exactly, not in order only, so "NY" is not "New York Times". An acronym written beside its name in one
    article is read there (``acronyms.note_acronym``); this joins the two across a corpus."""
    if not _ACRONYM.fullmatch(short):
        return False
    letters = short.replace(".", "")
    # Two letters fit too much ("DC", "UN" and "U.S. News", "OH" and "Obama and House"); people's initials
    # too ("ABC" and "Ashton B. Carter"); a possessive is no name ("POLITICO's Battleground States").
    if len(letters) < 3 or not is_organisation(long) or "'" in long or "’" in long:
        return False
    words = [w for w in long.replace("-", " ").split() if w.lower() not in _NOT_INITIALS]
    return len(words) == len(letters) and all(w[:1] == c for w, c in zip(words, letters))


def acronym_key(name: str) -> str | None:
    """The letters ``acronym_of`` compares, which an acronym and its organisation share ("NYT", "New York Times")."""
    if _ACRONYM.fullmatch(name) or not is_organisation(name) or "'" in name or "’" in name:
        return name.replace(".", "") if _ACRONYM.fullmatch(name) else None
    return "".join(w[:1] for w in name.replace("-", " ").split() if w.lower() not in _NOT_INITIALS)


def legal_form(a: list[str], b: list[str], heads: frozenset[str] = frozenset()) -> bool:
    """Whether one name's words are the other's with a company's legal form after them ("Microsoft Corp",
    "Microsoft"), or one of ``heads`` (``names.COMPANY_HEADS``: "Kraft Foods", "Kraft"); within one article, where
    the story says which company, even of one word."""
    short, long = sorted((a, b), key=len)
    n = len(short)
    return len(long) > n and long[:n] == short and all(w in _LEGAL_SUFFIXES or w in heads for w in long[n:])


# Nouns of the organs of a body, after its name ("United Nations Security Council", "Senate Intelligence Committee",
# "European Union Commission"): the organ is another actor than the body whose name opens it.
_ORGANS = frozenset("council assembly committee subcommittee commission board tribunal caucus panel".split())


def organ_of(a: list[str], b: list[str]) -> bool:
    """Whether one name's words open the other's, which ends with a noun of an organ the shorter lacks: the body
    and one of its organs ("United Nations", "United Nations Security Council"), two actors."""
    short, long = sorted((a, b), key=len)
    return len(long) > len(short) and long[:len(short)] == short and long[-1] in _ORGANS and long[-1] not in short


def _sub(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))
