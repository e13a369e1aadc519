"""What a sentence tells about the actors it names, beyond naming them.

Read once per sentence while ``actors.read_actors`` goes through an article:

- ``vote_gender``: the pronouns of a sentence that names one person alone vote for that
  person's gender, so a later "she said" resolves to the right person;
- ``note_statement``: "a statement from the State Department", "the Foreign Ministry ... in a
  communiqué": the organisation named beside a statement noun issued it;
- ``note_titles``: "Mr. Trump", "Mrs. Clinton", "Congresswoman Gwen Graham": a gendered
  honorific or role word written with a person's name says which of "he" and "she" can be them;
- ``kin_marks``: "his son Hunter Biden": a name introduced as someone's relative, whom a bare
  surname ("Mr. Biden") does not name while another bearer is known; ``kin_described``: "Hunter Biden, the
  president's son", whom an office title and the surname ("President Biden") does not name; ``title_holder``:
  "Rep. Cheney" is the Cheney whose role is "Rep.", not the one her apposition names; ``role_marks``: a role
  written in lower case before a name ("union president Mary Smith").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from mediadiff.voices.capitals import capitalised_by_place
from mediadiff.voices.names import ROLE_WORDS, words_in, words_of
from mediadiff.voices.verbs import verb_lexicon
from mediadiff.voices.wordclass import IRREGULAR_PASTS, function_words, reads_as_verb, senses

_STATEMENT_FROM = re.compile(r"\b(?:statement|communiqu[ée]|note|readout|message|release)\b[^.;]{0,60}?"
                             r"\b(?:from|by)\s+(?:the\s+)?")
_JOINED = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?", re.I)  # "Washington and the Government of Mexico"
_DOCUMENT = r"\b(?P<doc>statement|communiqu[ée]|note|readout|message|release|report)\b"
# "a statement from", "a report released Tuesday by": the document's own participle only, no other noun between
_DOCUMENT_FROM = re.compile(_DOCUMENT + r"\s+(?:(?:released|issued|published|prepared|written|compiled|commissioned"
                            r"|put out|sent)\s+(?:[\w-]+\s+){0,3}?)?(?:from|by)\s+(?:the\s+)?")
# A document its subject issues or speaks in: "issued a joint statement", "said in a statement", "put out a report"
_ISSUED = re.compile(r"\b(?:issued|issues|released|releases|put out|puts out|sent out|published|publishes"
                     r"|(?:said|says|added|adds|wrote|writes|announced|announces) in)\s+(?:a|an|its|their)\s+"
                     r"(?:[\w-]+\s+){0,2}?" + _DOCUMENT)
_BARE_SUBJECT = re.compile(r"\s*([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)(?:\s+|\b(?! [A-Z]))")
# The same fronted before its subject: "In a statement, Senator Warren said", "In its report Tuesday, the panel found"
_FRONTED = re.compile(r"^\W*In\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT + r"[^,.;:]{0,30},\s+")
_STATEMENT_STEMS = ("statement", "communiqu", "note", "readout", "message", "release", "report")
# Honorifics (a closed class of English) and role words that say a person's sex, as news style writes them
# before a name ("Mr. Trump", "Ms. Sherry", "Spokeswoman Jen Psaki"). "Chairman" is left out: news writes it
# for women too ("Fed Chairman Janet Yellen"); so are titles of nobility, rare before a quoted speaker.
_TITLE_GENDER = {
    "mr": "he", "mister": "he", "congressman": "he", "spokesman": "he", "businessman": "he",
    "mrs": "she", "ms": "she", "miss": "she", "congresswoman": "she", "spokeswoman": "she", "businesswoman": "she",
    "chairwoman": "she",
}
# Each title as news writes it: capitalised or in capitals, role words in lower case too ("spokesman Brian Fallon").
_TITLE = re.compile(r"(" + "|".join(sorted({form for t in _TITLE_GENDER for form in (
    t.capitalize(), t.upper(), *((t,) if len(t) > 4 else ()))}, key=len, reverse=True)) + r")\.?[ \t]+(?=\S)")


Marks = tuple[list[int], list[str], list[str]]


# A kinship noun after a possessive, then a name: "his son Hunter Biden", "Jeb Bush's brother, George W. Bush",
# "her husband, former President Bill Clinton". News names a relative so, in full, and the bare surname
# ("Mr. Biden", "Bush") stays the story's own figure's (the possessive's owner).
_KIN = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|['’]s)\s+(?:(?:eldest|elder|older|younger|youngest|late|only|"
                  r"former|estranged|twin|adult)\s+)?(?:(?:step|grand|great-grand)?(?:son|daughter|father|mother|"
                  r"child)|wife|husband|brother|sister|nephew|niece|cousin|uncle|aunt|widow|widower|fianc[ée]e?)"
                  r"(?:-in-law)?,?\s+(?:(?:former|late|then-)\s*)?$")  # ends where the name starts


_KIN_NOUN = (r"(?:(?:eldest|elder|older|younger|youngest|late|only|former|estranged|twin|adult)\s+)?(?:(?:step|grand|"
             r"great-grand)?(?:son|daughter|father|mother|child)|wife|husband|brother|sister|nephew|niece|cousin|uncle|"
             r"aunt|widow|widower|fianc[ée]e?)(?:-in-law)?\b")
# The same relation in an apposition after the name: "Hunter Biden, the president's son", "Patti Davis, Ronald
# Reagan's daughter", "Hunter Biden, the son of President Joe Biden", "Jane Doe, his wife".
_KIN_AFTER = re.compile(r",\s+(?:(?:his|her|their)\s+|(?:the\s+)?(?P<owner>(?:[\w.-]+\s+){0,3}?[\w.-]+)['’]s\s+"
                        r"|the\s+)?"
                        + _KIN_NOUN + r"(?!\s+(?!of\b)[a-z])")  # not "the son who ...": a relative clause
# A president's or governor's spouse by title: "former first lady Laura Bush", "First Lady Michelle Obama".
_SPOUSE_TITLE = re.compile(r"\b(?:[Ff]irst|FIRST)\s+(?:[Ll]ady|LADY|[Gg]entleman)\s+")


def kin_marks(text: str, runs: Iterable[tuple[str, int, int]]) -> frozenset[int]:
    """Where each name of two words or more of ``runs`` (capitalised runs of ``text``: phrase, start, end) that is
    introduced as someone's relative starts ("his son Hunter Biden": at "Hunter"). The words before each run are
    read, not the whole text (three times cheaper, the same marks: 4 % of attribution's time before)."""
    return frozenset(start for phrase, start, _ in runs
                     if " " in phrase and _kin_noun_in(text, max(0, start - 50), start)
                     and _KIN.search(text, max(0, start - 50), start))


# Every kinship noun of ``_KIN`` holds one of these: a window without any needs no search (most names).
_KIN_STEMS = ("son", "daughter", "father", "mother", "child", "wife", "husband", "brother", "sister", "nephew",
              "niece", "cousin", "uncle", "aunt", "widow", "fianc")


def _kin_noun_in(text: str, start: int, end: int) -> bool:
    window = text[start:end]
    return any(stem in window for stem in _KIN_STEMS)


def kin_described(text: str, runs: Iterable[tuple[str, int, int]]) -> dict[str, frozenset[str]]:
    """The names of ``runs`` (as ``kin_marks``) the text describes as someone's relative or spouse after them or
    by a spouse's title ("Hunter Biden, the president's son", "first lady Laura Bush"), each with the words of
    whose relative they are ("president"; a first lady: "president", "governor"). An office title with the
    surname ("President Biden", "President Bush") is someone else, unless the text gives them that office, and
    an actor known by that office and the surname is not them. Not a bare surname's second choice, as
    ``kin_marks``: "Liz Cheney, daughter of Dick Cheney", "Ted Cruz, the son of a Cuban immigrant" are their
    stories' own figures (PolNeAR train: 62 mentions moved, most wrongly)."""
    described = {}
    for phrase, start, end in runs:
        if " " not in phrase:
            continue
        if (after := _KIN_AFTER.match(text, end)) is not None:
            described[phrase] = frozenset(words_of(after.group("owner") or ""))
        elif _SPOUSE_TITLE.match(phrase) or (m := _SPOUSE_TITLE.search(text, max(0, start - 16), start)) is not None \
                and m.end() == start:
            described[phrase] = _SPOUSE_OF
    return described


_SPOUSE_OF = frozenset({"president", "governor", "gov"})


def kin_apart(kin: frozenset[int], described: dict[str, frozenset[str]], start: int, name: str,
              role: str | None) -> bool:
    """Whether a full name read at ``start`` is someone new rather than the known actor of ``role`` it matched: a
    name introduced as a relative (``kin_marks``: "his son Hunter Biden"), or described as the relative of the
    office that actor holds (``kin_described``: "first lady Michelle Obama" against "President Obama")."""
    return start in kin or any(phrase.endswith(name) and offices & set(words_of(role or ""))
                               for phrase, offices in described.items())


def titled_kin(registry: Any, actor: Any, title: str) -> bool:
    """Whether a surname under ``title`` ("President Biden") is not the known ``actor`` it matched but names
    another: ``actor`` is a relative of ``registry`` (an ``ActorRegistry``) introduced so ("his son Hunter
    Biden"), or described as the relative of that office ("Hunter Biden, the president's son"), and not given
    that office. Another relation ("Ted Cruz, the son of a Cuban immigrant") leaves "Sen. Cruz" him."""
    offices = set(words_of(title))
    kin = actor.name in registry.relatives or any(
        phrase.endswith(actor.name) and owner & offices for phrase, owner in registry.kin_described.items())
    return kin and not offices & set(words_of(actor.role or ""))


# Abbreviated office titles as news writes them before a name, and the office each names.
_OFFICE_SPELLINGS = {"rep": "representative", "sen": "senator", "gov": "governor", "gen": "general",
                     "atty": "attorney", "amb": "ambassador", "congressman": "representative",
                     "congresswoman": "representative"}
_NO_OFFICE = frozenset("former then acting the of u.s".split())


def _offices(role: str) -> set[str]:
    return {_OFFICE_SPELLINGS.get(w, w) for w in words_of(role)} - _NO_OFFICE


def title_holder(registry: Any, surname: str, title: str) -> Any:
    """The one known person of ``surname`` whose role holds the office of ``title`` ("Rep. Cheney": Liz Cheney,
    "Rep."; not Dick Cheney, "Vice President", named in her apposition), else ``None``: a title and a surname
    name the holder of that office, whichever bearer the article named last or most."""
    offices = _offices(title)
    holders = {actor.name: actor for _, actor in registry._candidates(surname) if actor.kind == "person" and
               actor.role and words_of(actor.name)[-1:] == words_of(surname) and offices & _offices(actor.role)}
    return next(iter(holders.values())) if offices and len(holders) == 1 else None


# Role nouns of one person written in lower case before a name ("union president Mary Smith", "Clinton spokesman
# Brian Fallon", "campaign manager Robby Mook"): the noun that heads a premodifying title (Quirk et al. 1985, 17.89).
_TITLE_HEADS = frozenset("""
president spokesperson spokesman spokeswoman senator representative congressman congresswoman governor mayor
chairman chairwoman chair director chief leader candidate nominee ambassador adviser advisor counterpart deputy
secretary minister commissioner premier chancellor ceo founder executive manager strategist aide analyst economist
professor lawyer attorney envoy negotiator head commander sheriff officer judge justice pollster organizer
""".split())


def role_marks(text: str, runs: Iterable[tuple[str, int, int]]) -> tuple[dict[int, str], frozenset[int]]:
    """The roles written in lower case before names: run start -> role ("Union president Mary Smith": "Union
    president"), read from up to three lower-case words ending in a role noun (``_TITLE_HEADS``) and no verb or
    function word ("met adviser John Bolton": "adviser"), with the capitalised words right before them; and the
    starts of runs that are only such a role's modifier: a one-word common noun opening a sentence ("Union"), a
    run opened by an adjective of time ("Former Vermont"). A run
    opening with its own title ("Sen. Bernie Sanders", "Sen" before a no-break space) takes none."""
    roles, attributive, previous = {}, set(), None
    for phrase, start, end in runs:
        words, capitals, at = [], 0, start
        titled = phrase.split(".")[0].lower() in ROLE_WORDS
        for m in () if titled else _WORD_BACK.finditer(text[max(0, start - 60):start][::-1]):
            word = m.group(1)[::-1]
            if words and word[:1].isupper() and word[-1:].isalnum() and capitals < 3:
                capitals, at = capitals + 1, start - m.end()  # "Union president", "Chinese Foreign Ministry ..."
                continue
            if capitals or not word.islower() or len(words) == 3 or not words and word not in _TITLE_HEADS or (
                    words and _not_in_title(word)):
                break
            words.append(word)
            at = start - m.end()
        if words and previous is not None and text[previous[2]:at].strip() == "":
            at, opener = previous[1], previous
            premodifier = _premodifier(text, at)
            if " " not in opener[0] and not opener[0].isupper() and capitalised_by_place(
                    text, opener[1], opener[2]) and senses(opener[0].lower()) is not None \
                    or opener[0].split()[0].lower() in _ROLE_PREMODIFIERS or premodifier is not None:
                attributive.add(opener[1])  # "Union president Mary Smith": no actor "Union"
            at = at if premodifier is None else premodifier
        if words:
            roles[start] = text[at:start].strip()
        previous = (phrase, start, end)
    return roles, frozenset(attributive)


# Adjectives of time that modify a role and nothing else ("Former Vermont governor Howard Dean", "Acting Homeland
# Security secretary ..."): a capitalised run they open right before a role and a name is the role's, names no one.
_ROLE_PREMODIFIERS = frozenset("former then acting retired longtime outgoing incoming interim ex".split())
_WORD_BACK = re.compile(r"\s+([^\s]+)")  # over reversed text: a word and the space after it, read backwards
_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\s+$")


def _premodifier(text: str, start: int) -> int | None:
    """Where an adjective of time right before the run at ``start`` starts, in either case ("acting Homeland
    Security secretary", or "Acting" cut from the run as a sentence's first word, a gerund); else ``None``."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m.start() if m is not None and m.group(1).lower() in _ROLE_PREMODIFIERS else None


def _not_in_title(word: str) -> bool:
    """A word that cannot modify a premodifying title: a function word, a verb form, an adverb in -ly."""
    return word in function_words() or word in IRREGULAR_PASTS or word in verb_lexicon() or word.endswith(
        ("ed", "ly", "ing")) and word not in ("former", "elected") and reads_as_verb(word) or not word.replace(
        "-", "").isalpha()


def title_marks(text: str) -> Marks:
    """Where the word after each gendered title of ``text`` starts, in order, the pronoun the title
    gives ("he" after "Mr. ") and the title as written ("Mr."): read once per article with one search."""
    starts, pronouns, titles = [], [], []
    for m in _TITLE.finditer(text):  # no \b in the pattern: it would cost a test at every character
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # inside a word ("Ms" of "WMs")
        starts.append(m.end())
        pronouns.append(_TITLE_GENDER[m.group(1).lower()])
        titles.append(m.group(0).strip())
    return starts, pronouns, titles


def vote_gender(gender: dict[str, list[int]], chunk: str, mentions: Sequence[Any], *,
                shared: Callable[[Any], bool] = lambda mention: False) -> None:
    """Add the sentence's pronoun votes to ``gender`` (actor -> [he, she]) when its ``mentions``
    (``ActorMention``s, the sentence's own) name one person alone, and none of them is ``shared``
    by two people ("Scott" once two Scotts are known: whose pronouns would they be?)."""
    people = {m.actor for m in mentions if m.kind == "person"}
    if len(people) == 1:
        words = Counter(words_in(chunk))
        he, she = words["he"] + words["his"] + words["him"], words["she"] + words["her"] + words["hers"]
        if (he or she) and not any(map(shared, mentions)):  # no pronoun, no vote: the test is not needed
            votes = gender.setdefault(people.pop(), [0, 0])
            votes[0] += he
            votes[1] += she


def note_statement(statements: list[tuple[int, str]], chunk: str, start: int, mentions: Sequence[Any],
                   documents: list[tuple[int, str, str]] | None = None) -> None:
    """Append (position, organisation) to ``statements`` for each statement noun of the sentence (``chunk`` at
    ``start``) with an organisation named after "from" or "by" (what "it" may be then). With ``documents``,
    append there (position, issuer, "" for none named, the document's noun: ``document_noun``) for each document
    the sentence ties to its issuer, what "the statement" or "the report" after it is: one "from" or "by" an
    organisation named next ("a report released by the Commerce Department"), or a person named right after
    ("a statement from Senator Elizabeth Warren"), or one its subject issues or speaks in ("Fox News said in a
    statement", "In a statement, Senator Warren said", "Mr. Trump issued a statement", "The two governments
    issued a joint statement": no one actor), the sentence's first name, before the verb (news opens a sentence
    with its subject)."""
    if not any(noun in chunk for noun in _STATEMENT_STEMS):
        return  # the patterns cannot match: no regex
    for m in _STATEMENT_FROM.finditer(chunk) if "from" in chunk or "by" in chunk else ():
        orgs = [x for x in mentions if start + m.end() <= x.start and x.kind != "person"]  # "it": not a person
        if orgs and _joint(chunk, start, orgs[0], mentions):  # "a joint statement from Washington and Mexico":
            statements.append((start + len(chunk), ""))  # no one actor's; "It said" is the statement (resolution)
        elif orgs:
            statements.append((orgs[0].start, orgs[0].actor))
    for m in _DOCUMENT_FROM.finditer(chunk) if documents is not None and ("from" in chunk or "by" in chunk) else ():
        # a document's issuer, person or organisation, is named next, titles only between: "a report by the
        # independent expert committee ... the Hong Kong government" and "a report by researchers said Trump"
        # are an unnamed issuer's
        named = min((x for x in mentions if start + m.end() <= x.start), key=lambda x: x.start, default=None)
        named = named if named is not None and not re.search(r"\b[a-z]", chunk[m.end():named.start - start]) else None
        # a document "from Washington and the Government of Mexico" is joint: no one actor's
        joint = named is None or _joint(chunk, start, named, mentions)
        issuer = named.actor if not joint else _bare_name(chunk[m.end():]) if named is None else ""  # type: ignore[union-attr]
        documents.append((start + m.start() if joint else named.start, issuer, document_noun(m.group("doc"))))
    if documents is None:
        return
    issued, fronted = _ISSUED.search(chunk), _FRONTED.match(chunk)
    if issued:
        first = min(mentions, key=lambda x: x.start, default=None)
        named = first is not None and first.start < start + issued.start() and not _JOINED.search(
            _names_blanked(chunk[:issued.start()], start, mentions))  # "Trump and Ryan issued": a joint one
        # a subject that is a capitalised word or two no name was read in ("Exxon", opening the article): as
        # written, what the source "Exxon" of "Exxon said" registers as (``resolution.document_issuer``)
        bare = "" if named or first is not None and first.start < start + issued.start() else _bare_name(
            chunk[:issued.start()], whole=True)
        documents.append((start + issued.start(), first.actor if named else bare,  # type: ignore[union-attr]
                          document_noun(issued.group("doc"))))
    elif fronted:  # the subject right after the comma ("the State Department"), not a name further on
        subject = min((x for x in mentions if x.start >= start + fronted.end()), key=lambda x: x.start, default=None)
        named = subject is not None and re.fullmatch(r"(?:[Tt]he\s+)?", chunk[fronted.end():subject.start - start])
        documents.append((start + fronted.start("doc"), subject.actor if named and not _joint(  # type: ignore[union-attr]
            chunk, start, subject, mentions) else "", document_noun(fronted.group("doc"))))


def _bare_name(text: str, *, whole: bool = False) -> str:
    """The capitalised word or two opening ``text`` (all of it with ``whole``) that no name was read in and that
    are no common words ("Exxon" of "a statement from Exxon", "Exxon said in a statement"; not "Officials"): as
    written, what a cue's source registers ("Exxon said"); "" for none."""
    bare = (_BARE_SUBJECT.fullmatch if whole else _BARE_SUBJECT.match)(text)
    return bare.group(1) if bare and all(senses(w.lower()) is None for w in bare.group(1).split()) else ""


def document_noun(noun: str) -> str:
    """The key a document noun is matched by: "communiqué" and "communique" are one."""
    return noun.lower()[:7]


def _names_blanked(text: str, start: int, mentions: Sequence[Any]) -> str:
    """``text`` (at ``start``) with the names mentioned in it blanked: an "and" inside a name ("Customs and
    Border Protection") joins no two issuers."""
    chars = list(text)
    for x in mentions:
        lo, hi = max(x.start - start, 0), min(x.end - start, len(chars))
        chars[lo:hi] = " " * max(hi - lo, 0)
    return "".join(chars)


def _joint(chunk: str, start: int, mention: Any, mentions: Sequence[Any]) -> bool:
    """Whether ``mention`` is joined by "and" to the next name ("Trump and Ryan issued a statement")."""
    later = [x.start - start for x in mentions if x.start >= mention.end]
    return bool(later) and _JOINED.fullmatch(chunk[mention.end - start:min(later)]) is not None


def note_titles(titles: dict[str, list[int]], marks: Marks, mentions: Sequence[Any], *,
                shared: Callable[[Any], bool] = lambda mention: False) -> None:
    """Count "he" or "she" in ``titles`` (actor -> [he, she] its titles say) for each person mention
    written with a gendered honorific or role word (``marks``, from ``title_marks``): just before it
    ("Mr. " cut off "Mr. Trump") or inside it ("Manhattan-made Mr. Trump", "Congresswoman Gwen Graham").
    A mention with both ("Mr. and Mrs. Clinton"), or ``shared`` by two people ("Mrs. Schlafly" once John
    and Phyllis Schlafly are known), tells nothing."""
    if not marks[0]:
        return
    for m in mentions:
        said = title_at(marks, m.start, m.end) if m.kind == "person" else None
        if said is not None and not shared(m):
            titles.setdefault(m.actor, [0, 0])[said[0] == "she"] += 1


def phrase_title(phrase: str) -> tuple[str, str] | None:
    """("she", "Mrs.") for a phrase whose name follows a gendered title ("Mrs. Clinton"), else ``None``."""
    tokens = phrase.split()
    for token in reversed(tokens[:-1]):
        pronoun = _TITLE_GENDER.get(token.strip(".\"'“‘([").lower())
        if pronoun is not None:
            return pronoun, token
    return None


def title_at(marks: Marks, start: int, end: int) -> tuple[str, str] | None:
    """("she", "Mrs.") when a gendered title of ``marks`` (``title_marks``) stands just before the
    phrase at ``[start, end)`` or inside it (the last such title); ``None`` when none does, or titles of
    both sexes do ("Mr. and Mrs. Clinton")."""
    starts, pronouns, titles = marks
    at = bisect_left(starts, start)
    if at == len(starts) or starts[at] >= end:
        return None  # most phrases: no title starts them or stands inside them
    said = set()
    while at < len(starts) and starts[at] < end:
        said.add(pronouns[at])
        at += 1
    return (said.pop(), titles[at - 1]) if len(said) == 1 else None
