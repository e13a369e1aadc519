"""Noun phrases around a reporting verb: tokens, and the subject or object phrase read from a verb.

Shared by ``cues`` (who a reporting verb gives the words to) and ``introductions``
(quotes introduced without a verb). Rules only; offsets are into the text tokenised.
"""

from __future__ import annotations

import re

from mediadiff.corpus import grammar
from mediadiff.voices.names import GROUP_HEADS, ORG_HEADS, ROLE_WORDS
from mediadiff.voices.params import GENERIC_SOURCE_HEADS, MAX_SOURCE_WORDS
from mediadiff.voices.times import is_time_phrase, time_phrase_back
from mediadiff.voices.wordclass import MODALS, ing_head, is_closed_class, is_contraction, present_verb, reads_as_verb

# A period right before a comma ends an abbreviation, never a sentence ("Sen. Rand Paul, R-Ky., told"). A word takes
# that period as an optional tail: the same tokens as trying "word." before "word" (a shorter word can be followed
# by ".," only where the longest one ends, as "," ends every word), read once, not twice. A figure with thousands
# separators is one token ("55,000 deaths": never "000 deaths"), and so is a month's abbreviation with its period
# ("on Oct. 4 announced"), and a company suffix ("Apple Inc. said" had a sentence end before its verb, no source).
_TOKEN = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Rev|Prof|Inc|Corp|Co|Cos|Ltd|Bros"
                    r"|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.|[A-Z]\.(?:[A-Z]\.)*(?:-[A-Z]\.(?:[A-Z]\.)*)*|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
                    r"|[^\W_][\w’'.\-]*[\w’'](?:\.(?=,))?|[^\W_]|[^\w\s]")
DETERMINERS = grammar.DETERMINERS | {"both"}
PRONOUNS = grammar.SUBJECT_PRONOUNS | {"who", "which"}
AUXILIARIES = grammar.HAVE_FINITE | grammar.DO_FINITE | (grammar.BE - {"are"}) | grammar.MODALS | frozenset("""
also later again previously then once repeatedly reportedly not never already just recently often still first
publicly privately quickly simply sharply further flatly even himself herself themselves itself would've
""".split())
# Words that end a subject noun phrase when read backwards (function words, clause verbs).
BLOCK = grammar.BE | grammar.HAVE_FINITE | grammar.DO_FINITE | frozenset("""
and or but if because as when while where whereas than then that which who whom whose what how why in on at to from
with by into onto over under about after before during since until against between among through across without
within upon via per not no so yet also just only even very too there here said says say told added noted
""".split())
_NP_CANNOT_END = DETERMINERS | {"of", "for"}
QUANTIFIERS = frozenset("one another some many two three several other others".split())
# Heads of a source noun phrase that may follow a name ("White House official", "Clinton aides").
_LY_NOUNS = frozenset("family ally assembly rally supply bully monopoly anomaly".split())  # no adverbs in -ly
_HEADS = ROLE_WORDS | ORG_HEADS | GENERIC_SOURCE_HEADS
_REFLEXIVES = frozenset("himself herself themselves itself".split())
PREPOSITIONS = frozenset("at in on during after before about from over under with without of for to by "
                          "near into onto across against".split())


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m[0], *m.span()) for m in _TOKEN.finditer(text)]  # span() once: half the cost of start(), end()


def tokens_between(text: str, start: int, end: int, *, limit: int | None = None) -> list[tuple[str, int, int]] | None:
    """The tokens of ``text[start:end]`` with offsets into ``text`` (as ``tokens`` of that slice,
    shifted: the pattern looks neither before ``start`` nor past ``end``), without copying the
    slice; ``None`` when there are more than ``limit`` of them (only the first ``limit + 1`` are read)."""
    found = _TOKEN.finditer(text, start, end)
    if limit is None:
        return [(m[0], *m.span()) for m in found]
    toks = []
    for m in found:
        if len(toks) == limit:
            return None
        toks.append((m[0], *m.span()))
    return toks


def is_np_word(word: str) -> bool:
    low = word.lower()
    if word[:1].isupper() or word[:1].isdigit():
        return low not in BLOCK and low not in {"however", "meanwhile", "after", "before", "although"}
    adverb = low.endswith("ly") and low not in _LY_NOUNS  # "The family said": "family" is the subject's head
    return (word[:1].isalpha() and low not in BLOCK and low not in PRONOUNS and not adverb
            and not (low.endswith("ed") or low.endswith("ing")) or low in {"united", "acting", "ranking"})


def np_backward(toks: list[tuple[str, int, int]], end: int) -> tuple[int, int] | None:
    """Token range [i, end) of the noun phrase ending just before token ``end``;
    a closing parenthetical is skipped ("Sen. Claire McCaskill (D-Mo.)")."""
    if end > 1 and toks[end - 1][0] == ")":
        opening = next((k for k in range(end - 2, max(-1, end - 8), -1) if toks[k][0] == "("), None)
        if opening:
            inner = np_backward(toks, opening)
            return (inner[0], end) if inner else None
    if end > 1 and toks[end - 1][0].lower() in _REFLEXIVES and toks[end - 2][0][:1].isupper():
        end -= 1  # "Mrs. Clinton herself, as well as her campaign, has maintained": an intensifier, no name
    i = end
    while i > 0 and end - i < MAX_SOURCE_WORDS:
        word = toks[i - 1][0]
        low = word.lower()
        if low in DETERMINERS:
            i -= 1
            if i > 0 and toks[i - 1][0].lower() in {"of", "for"}:
                i -= 1
                continue
            break
        if low in {"of", "for"} and i < end:
            i -= 1
            continue
        if low == "and" and i < end and i > 1 and toks[i][0][:1].isupper() and toks[i - 2][0][:1].isupper():
            i -= 1  # "Secretary Rubio and Foreign Minister de la Fuente": two names, one source
            continue
        if word in {"-", "–"} or not (is_np_word(word) or _inside_name(toks, i - 1, end)
                                      or ing_head(toks, i - 1, end)) or _verb_between_names(toks, i - 1, end):
            break
        i -= 1
    while i < end and toks[i][0].lower() in {"of", "for", "and"}:
        i += 1
    if i >= end or toks[end - 1][0].lower() in _NP_CANNOT_END or is_time_phrase(toks, (i, end)) \
            or headless(toks, (i, end)):
        return None
    return i, end


# Function words of ``BLOCK`` that a name may hold, capitalised inside it ("Unite Here", "Stand With Us");
# the others (auxiliaries, reporting verbs, "that", "who") end a name read backwards even when capitalised.
_NAME_FUNCTION_WORDS = frozenset("in on at to from with by into over under about against without within there here"
                                 " not no so yet just only even very too".split())


def _inside_name(toks, k: int, end: int) -> bool:
    """Whether the word at token ``k``, a function word, is capitalised inside a name: after a capitalised word
    that is no function word, and the last word read or before a capitalised one ("Unite Here said")."""
    word = toks[k][0]
    return k > 0 and word[:1].isupper() and word.lower() in _NAME_FUNCTION_WORDS and toks[k - 1][0][:1].isupper() \
        and is_np_word(toks[k - 1][0]) and (k + 1 == end or toks[k + 1][0][:1].isupper())


def _verb_between_names(toks, k: int, end: int) -> bool:
    """Whether the lower-case word at token ``k`` is a verb between two names ("Ted Cruz endorses Trump,
    who"): a word WordNet reads as a verb, no role or organisation head, after a name (not a possessive)
    and before the capitalised phrase read so far. As ``_without_trailing_verbs`` reads it forwards."""
    word = toks[k][0]
    if not word[:1].islower() or k + 1 >= end or not toks[k + 1][0][:1].isupper() or k < 1:
        return False
    before = toks[k - 1][0]
    return before[:1].isupper() and not before.endswith(("'s", "’s", "'", "’")) and word.lower() not in _HEADS \
        and not is_closed_class(before.lower()) and reads_as_verb(word.lower())  # not "In nearby Decatur"


def np_forward(toks: list[tuple[str, int, int]], start: int) -> tuple[int, int] | None:
    """Token range [start, j) of a noun phrase starting at token ``start``."""
    j = start
    if j < len(toks) and toks[j][0].lower() in {"he", "she", "they", "it", "we"}:
        return j, j + 1
    if j < len(toks) and toks[j][0].lower() in DETERMINERS:
        j += 1
    while j < len(toks) and j - start < MAX_SOURCE_WORDS:
        word = toks[j][0]
        if word.lower() in {"of", "for"} and j + 1 < len(toks) and is_np_word(toks[j + 1][0]):
            j += 1
            continue
        if not is_np_word(word) or j > start and word.lower() in DETERMINERS and toks[j - 1][0].lower() not in {
                "of", "for"}:
            break  # a determiner opens the next noun phrase ("Justice advocates | a litany"; not "Court of the")
        j += 1
    j = _without_trailing_verbs(toks, start, j)
    if j == start or toks[j - 1][0].lower() in DETERMINERS or is_time_phrase(toks, (start, j)):
        return None
    return start, j


def _without_trailing_verbs(toks, start: int, j: int) -> int:
    """End of the noun phrase ``[start, j)`` without the lower-case words after it that cannot belong
    to it: a modal, negated auxiliary or function word ("Caddell will", "Bernanke of"), or, right after
    a name (not a possessive: "King's show"), a word that reads as a verb or adverb ("Jennifer Palmieri
    spoke", "Trump later") or takes the noun phrase a determiner opens next ("Citizens for Tax Justice
    advocates a litany"), and is no role or organisation head ("White House official"); after any word, a present in
    -s read as a verb ("The Clinton campaign denies", "regulators insists"). Kept when only determiners would remain."""
    end = j
    object_follows = j < len(toks) and toks[j][0].lower() in DETERMINERS  # "Justice advocates a litany"
    while end - start > 1 and toks[end - 1][0][:1].islower():
        low = toks[end - 1][0].lower()
        before = toks[end - 2][0]  # after a possessive ("King's show") a word is the head noun
        after_name = before[:1].isupper() and not before.endswith(("'s", "’s", "'", "’"))
        read = low not in _HEADS and reads_as_verb(low)  # a present in -s so read ends any noun phrase: "denies"
        if not (is_closed_class(low) or after_name and (read or object_follows and end == j and low not in _HEADS)
                or read and low[-1] == "s" != low[-2] and present_verb(low)):
            break
        end -= 1
    if end == j or all(t[0].lower() in DETERMINERS for t in toks[start:end]):
        return j
    return end


# Words that open a noun phrase whatever its last word: determiners, pronouns, quantifiers ("most say", "all agreed").
_PHRASE_OPENERS = DETERMINERS | PRONOUNS | QUANTIFIERS | {"most", "few", "all", "each", "none", "both"}
_PRONOUN_ENDS = (grammar.OBJECT_PRONOUNS - grammar.SUBJECT_PRONOUNS) | {"all", "both", "each"}  # floating quantifiers
# Adverbs of time, frequency and stance that sit between a subject and its verb ("Trump has long said", "The
# media has always claimed", "Clinton has nevertheless called"); a closed list written here, beside AUXILIARIES.
_ADVERBS_BETWEEN = frozenset("""
long always sometimes usually instead thus nevertheless nonetheless therefore ever likewise
""".split())
# Verbs of aspect that take a gerund ("began writing", "could not resist pointing out", "kept asking"): before
# a reporting verb in -ing they are no subject; the subject is before them. English grammar's catenative verbs.
_ASPECT_VERBS = frozenset("""
begin begins began begun start starts started continue continues continued keep keeps kept resist resists
resisted stop stops stopped quit quits avoid avoids avoided finish finishes finished
""".split())


def headless(toks, np: tuple[int, int]) -> bool:
    """Whether a bare lower-case phrase (no name, number, determiner, pronoun or quantifier) ends in a word
    that never heads a noun phrase: a function word, modal or negated auxiliary ("though", "should",
    "didn't"). Such a phrase names nobody ("critics", "aides" do)."""
    words = [t[0].lower() for t in toks[np[0]:np[1]]]
    if any(not t[0][:1].islower() for t in toks[np[0]:np[1]]) or words[0] in _PHRASE_OPENERS \
            or words[-1] in _PRONOUN_ENDS or words[0].replace("’", "'").split("'")[0] in PRONOUNS:
        return False  # "he's", "hearing him say", "three-fourths of them", "defense ministers all urged"
    return is_closed_class(words[-1])


def subject_end(toks, v: int) -> int:
    """Where the subject of the verb at token ``v`` ends: auxiliaries skipped (``skip_aux_back``), and up
    to two adverbs between a subject and its verb (``_ADVERBS_BETWEEN``) or, before a gerund, a verb of
    aspect ("could not resist pointing out")."""
    i = skip_aux_back(toks, v)
    gerund = toks[v][0].endswith("ing")
    for _ in range(2):
        low = toks[i - 1][0].lower() if i > 1 else ""
        if low not in _ADVERBS_BETWEEN and not (gerund and low in _ASPECT_VERBS):
            break
        i = skip_aux_back(toks, i - 1)
    return i


def skip_aux_back(toks, i: int) -> int:
    """The token before which a subject may end: auxiliaries, modals, negated auxiliaries ("he
    didn't believe", "he should not have called") and adverbs between a subject and its verb skipped."""
    while i > 0:
        low = toks[i - 1][0].lower()
        if (low in AUXILIARIES or low in MODALS or is_contraction(low) or low[-2:] == "ly" and low not in _LY_NOUNS) \
                and toks[i - 1][0][:1].islower():  # "Theresa May said": a capitalised "May" is a name
            i -= 1
            continue
        start = time_phrase_back(toks, i)
        if start is None or start == 0 or start >= i:
            break  # a time phrase opening the clause is not between a subject and its verb
        i = start
    return i


def is_named(toks, np: tuple[int, int]) -> bool:
    return any(t[0][:1].isupper() for t in toks[np[0]:np[1]] if t[0].lower() not in DETERMINERS)


def names_by_head(toks, np: tuple[int, int]) -> bool:
    """Whether a noun phrase's head is a name ("Jeff Weaver", "Lee Wang of The Intercept") rather than
    a description ("Sanders’ campaign manager", "president of the United Federation of Teachers",
    "Democracy for America’s executive director"): the head is the word before the first "of"/"for"
    unless a possessive follows it, else the last word; a name's head is capitalised."""
    words = [t[0] for t in toks[np[0]:np[1]]]
    head = words[-1]
    for i, word in enumerate(words[1:], 1):
        if word.lower() in {"of", "for"}:
            if not any(w.endswith(("'s", "’s", "'", "’")) for w in words[i + 1:]):
                head = words[i - 1]
            break
    return head[:1].isupper() and head.lower() not in DETERMINERS


def name_before(toks, np: tuple[int, int]) -> tuple[int, int] | None:
    """The name a description is set beside: "Scott Reed, the Chamber's chief political strategist"
    gives "Scott Reed" for the description; ``None`` when ``np`` is a name or no name comes before it."""
    if np[0] < 2 or toks[np[0] - 1][0] != "," or names_by_head(toks, np):
        return None
    name = np_backward(toks, np[0] - 1)
    return name if name is not None and names_by_head(toks, name) else None


def resident_before(toks, head: tuple[int, int]) -> tuple[int, int] | None:
    """The person a residence belongs to when ``head`` ends one: "Donna Rawlings, 59, of Ashton, Md.,
    who" and "Jane Doe of Dayton, who" give the name before "of" (and an age); ``None`` otherwise.
    (``name_before`` covers "said Scott Reed, the Chamber's strategist, who added".)"""
    k = head[0] - 1
    if k >= 2 and toks[k][0] == ",":  # "Ashton, Md.": the town before the state
        town = np_backward(toks, k)
        k = town[0] - 1 if town else -1
    if k < 1 or toks[k][0].lower() != "of":
        return None
    k -= 1
    if k >= 0 and toks[k][0] == ",":
        k -= 1
    if k >= 1 and toks[k][0].isdigit() and toks[k - 1][0] == ",":  # ", 59,": an age
        k -= 2
    name = np_backward(toks, k + 1)
    return name if name is not None and is_named(toks, name) else None


def relative_before(toks, i: int) -> tuple[int, int, None] | None:
    """The head of a "who"/"which" earlier in the same clause (no comma between)."""
    for k in range(i - 1, 0, -1):
        word = toks[k][0].lower()
        if word in {",", ";", ".", "—"}:
            return None
        if word in {"who", "which"}:
            head = relative_head(toks, k)
            return (head[0], head[1], None) if head else None
    return None


_LOCATIVE = frozenset("on in at from near across inside outside".split())
_PERSON_HEADS = (ROLE_WORDS - ORG_HEADS) | GROUP_HEADS  # nouns of people ("analyst", "leader", "Democrats")


def _holder_before(toks, np: tuple[int, int]) -> tuple[int, int] | None:
    """The people a place or firm after a locative preposition belongs to, when a "who" follows:
    "Democrats on Capitol Hill, who", "a senior analyst at Jefferies, who" (then ``name_before`` finds
    "Howard Rubel, a senior analyst at Jefferies, who"). The phrase before the preposition must be headed
    by a noun of people (a role word or a group); "a harsh response from Donald Trump Jr., who" keeps Trump Jr."""
    k = np[0] - 1
    if k < 1 or toks[k][0].lower() not in _LOCATIVE:
        return None
    holder = np_backward(toks, k)
    if holder is None:
        return None
    words = [t[0].lower() for t in toks[holder[0]:holder[1]]]
    head = next((words[j - 1] for j in range(1, len(words)) if words[j] in {"of", "for"}), words[-1])
    if head.strip(".,") not in _PERSON_HEADS:
        return None
    named = np_backward(toks, holder[0] - 1) if holder[0] > 1 and toks[holder[0] - 1][0] == "," else None
    return named if named and is_named(toks, named) else holder  # "Sen. Dianne Feinstein, the ranking Democrat on"


def relative_head(toks, i: int) -> tuple[int, int] | None:
    """"X, who/which ... VERB": the noun phrase before the comma before who/which;
    "who" takes the nearest of coordinated names ("Trump and Sheinbaum, who")."""
    if i < 2 or toks[i - 1][0] != ",":
        return None
    head = np_backward(toks, i - 1)
    if head and toks[i][0].lower() == "who":
        head = _holder_before(toks, head) or head
    head = head and (resident_before(toks, head) or name_before(toks, head)) or head
    if head and toks[i][0].lower() == "who":
        head = next(((k + 1, head[1]) for k in range(head[1] - 1, head[0] - 1, -1) if toks[k][0] == "and"), head)
    return head



# Past participles of naming: right after a noun phrase they name it ("a firm called Cambridge Analytica").
NAMING_FORMS = frozenset("called dubbed named nicknamed titled".split())
# Words that may open a clause whose subject the noun phrase after them is ("after Trump called", "what he called").
_CLAUSE_LINKS = frozenset("""
and or but nor that what whom who which when while after before as because if since though although where so
then how why until unless once whether
""".split())
_INDEFINITE = frozenset("a an one another".split())
_OPENING_MARKS = frozenset({'"', "“", "'", "‘", "''"})


def names_a_thing(toks, v: int, first: int, *, reports) -> bool:
    """Whether "called"/"dubbed"/"named" at token ``v``, right after the noun phrase from token ``first``
    (nothing between), names that thing rather than reporting speech: the phrase is the object of a verb or
    preposition before it ("Reid launched a new fashion line called Mantra", "sponsoring a competition
    called the House to Home Prize"), or it is indefinite and a name or quotation follows ("a company called
    Sansun USA"). A clause link or pronoun before the phrase makes it a subject ("after Trump called it ...",
    "what Gilbert called ..."), as does a reporting verb (``reports(word)``: "said Clinton called"); an
    auxiliary between ("what former employees have called") makes "called" a verb."""
    if toks[v][0].lower() not in NAMING_FORMS or not 0 <= first < v:
        return False
    np = np_backward(toks, v)
    if np is None or np[0] != first or toks[first][0].lower() in PRONOUNS | {"that", "this"}:
        return False  # "in a clip that Judge Mosman called “distasteful”": "that" opens a relative clause
    before = toks[first - 1][0] if first else ""
    if before[:1].islower() and before.isalpha() and before.lower() not in _CLAUSE_LINKS | PRONOUNS | DETERMINERS \
            and not reports(before.lower()):
        return True
    if toks[first][0].lower() not in _INDEFINITE or v + 1 >= len(toks):
        return False
    if toks[v + 1][0] in _OPENING_MARKS:
        return True  # "A German news organization called “The Local” cited"
    j = v + 1
    while j < len(toks) and toks[j][0][:1].isupper():
        j += 1  # the name; what follows it tells naming from "one lawmaker called Trump “the orange prince”"
    follows = toks[j][0] if j < len(toks) else ""
    return j > v + 1 and follows not in _OPENING_MARKS and follows.lower() not in DETERMINERS


def span_text(toks, r: tuple[int, int]) -> str:
    return " ".join(t[0] for t in toks[r[0]:r[1]])


# A relative pronoun or a subordinator opens a clause, which says what someone did or does, not what they are.
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|when|where|while|because|although)\b|\bwho['’]s\b", re.I)
_OPEN_END = re.compile(r"(?:[\s,]+(?:and|or|but))?[\s,]*$")  # what a clause cut off leaves: "the director and"
# A clause that says what someone is: a copula or "serves as", then a noun phrase opening with a determiner or a
# role word ("who is the director", "who was executive vice president").
_AGE = re.compile(r"^(?:aged?\s+)?\d{1,3}(?:\s*,\s*|\s*$)")  # an age says how old, not what one is: "Reyes, 67,"
_ROLE_ALTERNATIVES = "|".join(map(re.escape, sorted(ROLE_WORDS)))
_COPULA = re.compile(r"(?:who|which)(?:['’]s|\s+(?:is|was|has been|had been|remains))(?:\s+(?:now|also|then|still))?"
                     r"\s+(?=(?:a|an|the)\s|(?:\S+\s+)?(?:" + _ROLE_ALTERNATIVES + r")\b)"
                     r"|who\s+(?:serves|served|has served)\s+as\s+", re.IGNORECASE)


def as_role(apposition: str) -> str | None:
    """The role an apposition gives a name: a noun phrase, never a clause ("who runs the shelter": none; "a lobbyist
    who has donated": "a lobbyist"; "who is the director of the shelter": "the director of the shelter")."""
    if copula := _COPULA.match(apposition):
        return as_role(apposition[copula.end():])
    relative = _RELATIVE.search(apposition)
    head = apposition if relative is None else _OPEN_END.sub("", apposition[:relative.start()])
    return _AGE.sub("", head) or None
