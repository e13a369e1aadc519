"""What follows a reporting verb: a clause it reports, or an object or a preposition that says nothing.

``cues`` reads the words after a reporting verb as what was said. Two readings of those words say otherwise:
``added_object`` ("The economy added 200,000 jobs": "add" in its commonest, non-reporting sense) and
``prepositional`` ("Mexico will respond firmly to tariffs": what the verb is about, not what was said).
``that_clause`` tells where a reported clause opens when "and that" joins a second one to it; ``opens_clause``
which words that end a subject read backwards may open one ("said there were", "said no one was hurt", "said if
elected he would": ``subordinate_opens``);
``embedded_question`` reads a wh-word after the verb as opening one ("explained how", "did not say what");
``infinitive_content`` the infinitive of a promise or request ("vowed to build", "urged Congress to act");
``clause_stop`` where such clauses end before the sentence does; ``content_before`` the clause before "SOURCE
VERB" or "VERB SOURCE" at a sentence's end ("The plan will fail, said Senator Hale");
``comment_after_comma`` reads what follows "said," as a comment on the saying, not a clause ("she said,
referring to the firms", "Hale said, a view the mayor shares");
``after_adjunct`` steps over a phrase of when or where something was said ("said on Tuesday", "said in a
statement") to the clause that follows it.
"""

from __future__ import annotations

import mediadiff.voices.labels as labels
from mediadiff.corpus.dates import MONTHS, WEEKDAYS
from mediadiff.corpus.grammar import (
    ARTICLES,
    BE,
    BE_FINITE,
    DETERMINERS,
    DO_FINITE,
    HAVE_FINITE,
    MODALS,
    POSSESSIVE_DETERMINERS,
    SUBJECT_PRONOUNS,
)
from mediadiff.voices.occasions import OCCASION_PARTICIPLES, asked_question, fronted_occasion
from mediadiff.voices.phrases import skip_aux_back
from mediadiff.voices.wordclass import function_words, is_inflected_form, senses

# Words right after "added" are its object (its commonest, non-reporting sense) when they open as a quantity
# ("added 200,000 jobs", "a provision", "another link") with no mark of a clause ("added a deal was near"); any
# other opening may start a clause with a verb no list tells ("added the deal fell apart"): reported speech.
_FINITE = MODALS | SUBJECT_PRONOUNS | {"there"} | (BE - {"being"}) | HAVE_FINITE | DO_FINITE
_QUANTITY_OPENERS = frozenset("a an another one two three four five six seven eight nine ten dozens hundreds".split())


# Number words inside a quantity ("a hundred stores"): no past tense for all their "-ed".
_NUMBER_WORDS = frozenset("hundred thousand million billion trillion dozen".split())


def added_object(words: str) -> bool:
    """Whether ``words``, right after "added", are its object rather than a clause it reports. A participle
    right after the quantity is the noun's modifier ("500 armed guards", "a hundred trained nurses"); one
    later is a clause's verb ("two people died", "a deal was near")."""
    low = words.lower().split()
    if not low or not (low[0][:1].isdigit() or low[0] in _QUANTITY_OPENERS):
        return False
    first = next((i for i, w in enumerate(low) if not (w[:1].isdigit() or w in _QUANTITY_OPENERS | _NUMBER_WORDS)),
                 len(low))
    return not any(w in _FINITE or len(w) > 4 and w.endswith("ed") and i > first for i, w in enumerate(low))


# Prepositions that open what a verb is about or to whom ("responded to", "spoke with"), never a clause.
VERB_PREPOSITIONS = frozenset("to with by from about against".split())


# "about" and "around" before a figure are adverbs of approximation, not prepositions ("over" and "under"
# are left alone: "retweeted over 25,000 times" counts, it reports nothing):
# "Police said about 300 people had died" reports a clause (a review found it unattributed).
_APPROXIMATORS = frozenset("about around".split())
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens "
    "half".split())
_FRACTIONS = frozenset("dozen hundred thousand million billion third quarter fifth tenth half".split())


def approximate_figure(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether ``toks[k]`` opens an approximate figure: "about 300", "over half", "around a dozen"."""
    if toks[k][0].lower() not in _APPROXIMATORS or k + 1 >= len(toks):
        return False
    after = toks[k + 1][0].lower()
    return after[:1].isdigit() or after in _NUMBER_WORDS or (
        after in ("a", "an") and k + 2 < len(toks) and toks[k + 2][0].lower() in _FRACTIONS)


# Words a reported clause may open with that end a subject read backwards (``phrases.BLOCK``): existential
# "there" before its verb ("said there were no injuries") and the negative determiner "no" ("said no decision
# had been made"; "said no to" is a reply). The focusing adverbs "only", "just", "not" were tried and left out:
# after "wrote", "boasted", "posted" they focus the object ("wrote only one amendment", "posted just two words"),
# and after "said" a time ("said just after midnight") as often as a clause (PolNeAR train, read).
_THERE_VERBS = MODALS | (BE - {"being"}) | HAVE_FINITE | frozenset("seems seemed appears appeared".split())


def opens_clause(toks: list[tuple[str, int, int]], k: int, verb: str | None = None) -> bool:
    """Whether ``toks[k]``, a word that ends a subject read backwards, opens the clause a reporting verb reports
    ("said there were", "said no one was hurt", "said about 300 people died": ``approximate_figure``; "said if
    elected he would": ``subordinate_opens``)."""
    if k + 1 >= len(toks) or approximate_figure(toks, k):
        return k < len(toks) and approximate_figure(toks, k)
    word, after = toks[k][0].lower(), toks[k + 1][0].lower()
    if embedded_question(toks, k) or infinitive_content(toks, k, verb):
        return True
    if word in _SUBORDINATORS:
        return subordinate_opens(toks, k, verb)  # "said if elected he would": a clause after its subordinate one
    if word == "there":
        return after in _THERE_VERBS
    return word == "no" and after.isalpha() and after != "to"


# Words opening an embedded question, the content of a verb of saying or asking ("explained how he would pay for
# it", "would not say what he would support", "asked why the plan failed"; Quirk et al. 1985, 15.5: a
# wh-interrogative clause as object). "when", "where" and "if" are left out: after "said" they say when or on
# what condition the words were said ("said when asked", "said where he spoke") as often as what (PolNeAR
# train, read); "whether" opens a clause already (it ends no subject). The wh-word must be followed by a word
# of its clause, not a comma or the sentence's end ("said what?").
_QUESTION_WORDS = frozenset("how what why who whom".split())


def embedded_question(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether ``toks[k]``, right after a reporting verb (and its hearer), opens an embedded question."""
    return k + 1 < len(toks) and toks[k][0].lower() in _QUESTION_WORDS and toks[k + 1][0][:1].isalnum()


def hearer_at(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether a hearer may stand at ``toks[k]``, after "told", "asked", "urged": not when a question opens there
    ("asked whether the vote was fair", "asked how it ended": no hearer, the question itself)."""
    return k < len(toks) and not (toks[k][0].lower() in {"whether", "if"} or embedded_question(toks, k))


_INFINITIVE_ENDS = frozenset(", ; : — – -".split())


def clause_stop(toks: list[tuple[str, int, int]], k: int) -> int | None:
    """Where a reported clause opening at ``toks[k]`` ends before the sentence does: an infinitive ("urged the
    board to act, and the board did"; "relatives, who asked the police to show them the video, watched it") at
    its first comma, semicolon, colon or dash ("told them to leave; they stayed"), a non-finite clause holding
    no clause of its own; an embedded question ("whether", a wh-word) in a fronted subordinate or participle
    clause ("When asked by a host whether ..., de Blasio said", "Asked whether ..., Ryan said") at the comma
    closing it, before the main clause. ``None`` otherwise: it runs to the sentence's end."""
    if k < len(toks) and toks[k][0].lower() == "to":
        return next((i for i in range(k + 1, len(toks)) if toks[i][0] in _INFINITIVE_ENDS), None)
    if k >= len(toks) or not (toks[k][0].lower() == "whether" or embedded_question(toks, k) or asked_question(toks, k)):
        return None
    fronted = any(toks[i][0].lower() in _FRONTING and (i == 0 or toks[i - 1][0] == ",") for i in range(k))
    return next((i for i in range(k + 1, len(toks)) if toks[i][0] == ","), None) if fronted else None


# Verbs of promising, threatening and directing, whose to-infinitive is what was promised or asked ("vowed to build
# a wall", "urged Congress to act", "told them to leave"; Quirk et al. 1985, 16.37 and 16.63: reported directives
# and commissives). The word after "to" must read as a verb (WordNet), not a noun ("promised to voters").
_INFINITIVE_VERBS = frozenset("vow promise pledge threaten urge ask tell warn remind demand".split())


def infinitive_content(toks: list[tuple[str, int, int]], k: int, verb: str | None) -> bool:
    """Whether ``toks[k]`` is the "to" of an infinitive that ``verb`` (a lemma) reports ("vowed to build a wall")."""
    if verb not in _INFINITIVE_VERBS or k + 1 >= len(toks) or toks[k][0].lower() != "to":
        return False
    if verb == "ask" and k and toks[k - 1][0].lower().startswith("ask"):
        return False  # "asked to speak anonymously": a request for oneself, the news formula of a source unnamed
    word = toks[k + 1][0]
    if not (word.isalpha() and word.islower()) or word in function_words():
        return False
    counts = senses(word)
    return counts is None or counts[1] > 0


def prepositional(toks: list[tuple[str, int, int]], k: int, verb: str | None = None) -> bool:
    """"responded (firmly) to tariffs", "spoke with reporters": a preposition after the verb, past its -ly
    adverbs, opens what the verb is about or to whom, not what was said ("said about 300 people died" does:
    there "about" qualifies a figure)."""
    while k < len(toks) and toks[k][0].lower().endswith("ly") and len(toks[k][0]) > 4:
        k += 1
    return k < len(toks) and toks[k][0].lower() in VERB_PREPOSITIONS and not approximate_figure(toks, k) \
        and not infinitive_content(toks, k, verb)


# A "that" followed by a finite auxiliary or modal is a demonstrative pronoun, the subject of a clause of its
# own ("said the plan failed, and that was the end of it"), not the conjunction opening a reported clause.
_AUXILIARY_VERBS = MODALS | BE_FINITE | HAVE_FINITE | DO_FINITE


def that_clause(toks: list[tuple[str, int, int]], k: int, j: int, opens: bool,
                object_verb: bool = False) -> tuple[int, int | None]:
    """The tokens of the clause a reporting verb reports when a "that" (or a colon) stands at token ``j``, the
    verb's words starting at token ``k``: where the clause opens and the token it stops before (``None``: it runs
    to the end). After "and that", "but that" or "or that" ("said the plan was a disaster and that residents
    deserved better"), when a clause can open at ``k`` (``opens``: no preposition, no comma), the clause before
    the conjunction is reported too: coordination joins like to like. There a demonstrative "that" opens a clause
    of the outlet's own, and the reported clause stops before the conjunction; a determiner ("add this category
    or that category") leaves the clause whole. A finite auxiliary or modal before the "that" heads a clause of
    its own, which the "that" is inside ("said it was clear that", "said he had been troubled to discover that",
    "said the actions wouldn't have prevented the shootings that"): the reported clause opens at ``k``, unless
    the verb takes an object, whose reported content needs its own "that" (``object_verb``: "mention", "describe
    himself as ... and has said that")."""
    if opens and toks[k][0].lower() == "to":
        return k, None  # "vowed to build a wall that Mexico would pay for": the infinitive holds the "that"
    if toks[j][0] != ":" and opens and not object_verb and any(t[0].lower() in _AUXILIARY_VERBS for t in toks[k:j]):
        return k, None
    if toks[j][0] == ":" or not opens or j < k + 2 or toks[j - 1][0].lower() not in {"and", "but", "or"}:
        return j + 1, None
    demonstrative = j + 1 < len(toks) and toks[j + 1][0].lower() in _AUXILIARY_VERBS
    return k, j - 1 if demonstrative else None


# A prepositional phrase right after a reporting verb that says when, or on what occasion or medium, something
# was said is an adjunct of the verb, and a reported clause with no "that" may follow it ("Officials said on
# Tuesday the plan was a disaster", "said in a statement the plan ..."): without "that" such a clause was read
# as no clause at all, since a preposition opens what the verb is about. The phrase is a preposition and at
# most four words up to a noun of time or of an occasion of speech, then any more such nouns, times and names
# ("in a Friday interview with Univision", "in a statement Thursday evening"). A clause follows only when the
# next word can open one (a determiner, a pronoun, a name) and three words or more come before the sentence ends.
_ADJUNCT_PREPOSITIONS = frozenset("on in at during".split())
_TIME_NOUNS = WEEKDAYS | frozenset(MONTHS) | frozenset(
    "morning afternoon evening night weekend today yesterday tonight week month year".split())
_TIME_MODIFIERS = frozenset("last this next early late earlier later".split())
_OCCASION_NOUNS = frozenset(
    "statement interview conference briefing hearing speech call post tweet email e-mail letter release remarks "
    "appearance rally debate meeting testimony filing message video broadcast podcast op-ed column".split())
_OCCASION_MEDIA = frozenset("twitter facebook instagram television tv radio".split())
_DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS | {"this"}
_NOT_IN_ADJUNCT = frozenset("to of for about that which who whom and or but".split())
_CLAUSE_STARTS = (DETERMINERS - {"that"}) | SUBJECT_PRONOUNS | frozenset("there no some many most all both".split())


def _adjunct_word(word: str) -> bool:
    word = word.lower()
    return word in _TIME_NOUNS or word in _OCCASION_MEDIA or word in _OCCASION_NOUNS or word[:-1] in _OCCASION_NOUNS


def adjunct_end(toks: list[tuple[str, int, int]], k: int) -> int:
    """The token after the phrases of time or occasion that open at ``toks[k]``, or ``k``."""
    if k < len(toks) and toks[k][0].lower() in _ADJUNCT_PREPOSITIONS:
        head = next((j for j in range(k + 1, min(len(toks), k + 5)) if _adjunct_word(toks[j][0])), None)
        opening = toks[k + 1][0] if k + 1 < len(toks) else ""
        if head is None or any(not t[0].isalpha() and t[0] != "-" or t[0].lower() in _NOT_IN_ADJUNCT
                               for t in toks[k + 1:head]) or not (
                head == k + 1 or opening.lower() in _DETERMINERS or opening[:1].isupper()):
            return k  # "called on police to release the videos": no phrase of time or occasion
        end = head + 1
    elif k + 1 < len(toks) and toks[k][0].lower() in _TIME_MODIFIERS and toks[k + 1][0].lower() in _TIME_NOUNS:
        end = k + 2  # "last month", "early Tuesday"
    else:
        return k
    while end < len(toks):  # more nouns of the same phrase: "a Friday interview", "statement Thursday evening"
        word = toks[end][0]
        if _adjunct_word(word):
            end += 1
        elif word.lower() in {"with", "to"} and end + 1 < len(toks) and toks[end + 1][0][:1].isupper():
            end += 2
            while end < len(toks) and toks[end][0][:1].isupper() and toks[end][0].lower() not in _CLAUSE_STARTS:
                end += 1
        else:
            break
    return adjunct_end(toks, end) if end > k else k


def after_adjunct(toks: list[tuple[str, int, int]], k: int) -> int:
    """Where a reported clause opens after phrases of time or occasion that follow a reporting verb at
    ``toks[k]`` ("said on Tuesday the plan ...", "said in a statement the plan ..."), or ``k``."""
    end = adjunct_end(toks, k)
    if end == k or end >= len(toks):
        return k
    word = toks[end][0]
    opener = word.lower() in _CLAUSE_STARTS or (word[:1].isupper() and not _adjunct_word(word))
    words = 0
    for token in toks[end:]:
        if token[0] in {".", ";", "?", "!"}:
            break
        words += token[0][:1].isalnum()
    return end if opener and words >= 3 else k


# A subordinate clause may open a reported clause ("He said if elected he would cut taxes", "said when the bill
# passes, prices will fall", "said because Obama is popular, 'he's a good surrogate'"): it belongs to the clause
# reported when a main clause follows it in the sentence. When none follows, it says when or why the words were
# said ('"Really," she added when the interviewer expressed shock', "he said when asked about it", "Hooton said
# after Rubio spoke"): no clause. A fronted subordinate clause ends at its first comma, where the main clause
# opens with a subject pronoun or has a finite auxiliary or modal within four words ("if he were president, DACA
# and DAPA would"); unpunctuated, the main clause is a subject pronoun and a modal after the subordinate clause's
# first word ("if elected he would", "after the convention he would not"; not "after being dissatisfied with the
# answers he was getting", a relative clause). After "ask" and "wonder", "if" asks a question ("asked if he would
# endorse her, he looked ..."): not this. PolNeAR train: the 47 "said/told/added ... <subordinator>" read.
_SUBORDINATORS = frozenset("if when once because after before unless although though while since until".split())
_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS | {"there"}
_FRONTING = _SUBORDINATORS | OCCASION_PARTICIPLES  # what opens a fronted clause the main clause's comma closes
_FINITE_AUX = MODALS | BE_FINITE | HAVE_FINITE | DO_FINITE
# Words after which a subject is an embedded question's or clause's ("when asked whether he would").
_EMBEDDING = frozenset("whether if that what how why who which where".split())
_QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "question"})


def _plain(word: str) -> str:
    return word.lower().replace("’", "'")


def _finite(word: str, *, modal: bool = False) -> bool:
    """A finite auxiliary or modal (``modal``: a modal only), alone or contracted onto its subject ("she'll",
    "he'd", "won't"; "they're", "he's" unless ``modal``)."""
    word = _plain(word)
    if modal:
        return word in MODALS or word.endswith(("'ll", "'d")) or word in {"won't", "wouldn't", "can't", "couldn't"}
    return word in _FINITE_AUX or word.endswith(("n't", "'ll", "'d", "'re", "'ve", "'m")) or (
        word.endswith("'s") and word[:-2] in _SUBJECT_PRONOUNS)


def _subject(word: str) -> bool:
    return _plain(word).split("'")[0] in _SUBJECT_PRONOUNS


def subordinate_opens(toks: list[tuple[str, int, int]], k: int, verb: str | None = None) -> bool:
    """Whether ``toks[k]``, right after the reporting verb ``verb``, opens a subordinate clause that a main
    clause follows in the sentence, so that both are what was said (see above)."""
    if k >= len(toks) or toks[k][0].lower() not in _SUBORDINATORS or verb in _QUESTION_VERBS:
        return False
    if any(t[0].lower() in OCCASION_PARTICIPLES for t in toks[k + 1:k + 3]):
        return False
    end = next((i for i in range(k + 1, len(toks)) if toks[i][0] in {".", ";", "?", "!"}), len(toks))
    for i in range(k + 2, end):
        word = toks[i][0]
        if word.lower() in _EMBEDDING:
            return False
        if word == ",":
            after = [t[0] for t in toks[i + 1:min(end, i + 5)]]
            return bool(after) and (_subject(after[0]) or any(map(_finite, after[1:])))
        if _subject(word) and (_finite(word, modal=True) or i + 1 < end and _finite(toks[i + 1][0], modal=True)):
            return True
    return False


def content_before(text: str, toks: list[tuple[str, int, int]], s: int, v: int | None = None,
                   s_end: int | None = None) -> tuple[int, int] | None:
    """"CONTENT, SOURCE VERB": the clause before the comma (or closing mark) before the source at token ``s``, three
    words or more. With the verb's token ``v`` given, also "CONTENT, VERB SOURCE" ("The plan will fail, said Senator
    Hale", "..., said several observers": before, no clause at all), where the words before must not open with a
    preposition or subordinator ("In Iowa on Tuesday, said ...": an occasion) and the source (tokens up to ``s_end``)
    must end its clause or a relative clause ("said the official who uses one name"; "attacked Rubio for ..." has an
    object). None when the words before end open (``OPEN_ENDS``) or a colon ends the verb's clause ("he said:")."""
    inverted = v is not None and s > v
    if inverted and (toks[v][0].lower().endswith("ing") or not _names_a_source(toks[s:s_end or s + 1])):
        return None  # "..., he said, referring to Jeffrey Feltman": the participle's object, no source
    if inverted:
        s = skip_aux_back(toks, v)
    goes_on = inverted and s_end is not None and s_end + 1 < len(toks) and toks[s_end][0] == "," and s > 1
    if s < 1 or toks[s - 1][0] not in {",", "”", '"', "’"} or goes_on and toks[s - 2][0].lower() in OPEN_ENDS:
        return None  # "The decision was, said one official, a disaster": the clause goes on past the source
    first = labels.label_end(toks, s) or 0  # not a label before a colon: "His final assessment:"
    if inverted and (toks[0][0].lower() in _NOT_CONTENT_OPENERS or s_end is not None and s_end < len(toks)
                     and toks[s_end][0][:1].isalnum() and toks[s_end][0] not in {"who", "whose"}) \
            or fronted_occasion(toks, first, s - 1) \
            or v is not None and toks[-1][0] == ":" and all(t[0] != "," for t in toks[v:-1]):
        return None  # "Asked whether he had spoken to Trump, Ryan said no.": the question put, not his words
    begin, end = toks[first][1], toks[s - 1][1]
    while end > begin and text[end - 1] in " ,":
        end -= 1
    return (begin, end) if len(text[begin:end].split()) >= 3 else None


# Words that leave a clause open when the sentence goes on past the source ("The decision was, said one official,
# a disaster"); at its end an auxiliary closes an ellipsis ("the way it once did, said Mr. Lou", PolNeAR train).
OPEN_ENDS = _FINITE_AUX | ARTICLES | {"to"}
_NOT_CONTENT_OPENERS = _SUBORDINATORS | _ADJUNCT_PREPOSITIONS | frozenset(
    "as after before with without from by for to of into about under over since during".split())

_IN_SOURCE = frozenset("of the at for and from in".split())


def _names_a_source(words: list[tuple[str, int, int]]) -> bool:
    """Whether tokens read forwards after an inverted verb are a source ("Steve Elmendorf", "several observers",
    "Secretary of State John F. Kerry"), not the clause the verb reports ("said parents still want schools",
    "said Mexico must rebut Trump's claims"): three tokens or fewer, or lower-case words only of a name's."""
    return len(words) <= 3 or all(w[0] in _IN_SOURCE or not w[0][:1].islower() for w in words)


# Nouns that name a statement or a stance: "a view the mayor shares", "a claim she repeated" after "said," are an
# apposition naming the words just reported, no clause of their own.
_STATEMENT_NOUNS = frozenset("""
view views claim claims sentiment position argument point reference allusion comment remark statement assessment
charge accusation prediction warning message refrain theme assertion belief opinion stance line suggestion
""".split())


def comment_after_comma(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the words at ``toks[k]``, right after "VERB," comment on the saying rather than report a clause:
    a participle clause modifies the verb ("she said, referring to the big firms", "he said, citing a report";
    its own cue, "adding that", is found apart), and an indefinite noun phrase headed within three words by a
    noun of statement is an apposition naming what was said ("Hale said, a view the mayor shares"), unless a
    finite verb follows that noun ("said, a claim is no proof")."""
    if k >= len(toks):
        return False
    word = toks[k][0]
    if word.islower() and word.endswith("ing") and is_inflected_form(word):
        return True
    if word.lower() not in {"a", "an", "one"}:
        return False
    for j in range(k + 1, min(len(toks), k + 4)):
        if toks[j][0].lower() in _STATEMENT_NOUNS:
            after = _plain(toks[j + 1][0]) if j + 1 < len(toks) else ""
            return after not in _FINITE_AUX
        if not toks[j][0].isalpha():
            return False
    return False
