"""Reporting cues in a sentence: the verb or phrase, who it is given to, what it covers.

A cue is a reporting verb from ``data/reporting_verbs.tsv`` with a source
next to it, found by the patterns of the quote-extraction literature
(Pareti 2016; the Gender Gap Tracker's rules): "SOURCE [aux/adverbs] VERB",
"… , VERB SOURCE" (inverted after a quote or a comma), "VERB … by SOURCE"
(passive), "SOURCE, APPOSITION, VERB", "…, who/which VERB", a participle
("…, adding that") taking the clause's subject, and "according to SOURCE".
The text given to the cue is masked: quoted words are blanked, so a verb
inside a quote is never a cue. A verb with no source is not a cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from operator import itemgetter

import mediadiff.voices.complements as complements
import mediadiff.voices.hearers as hearers
import mediadiff.voices.participle_clauses as participle_clauses
import mediadiff.voices.speech_senses as speech_senses
import mediadiff.voices.verbs as lexicon_verbs
from mediadiff.voices.complements import added_object, after_adjunct, opens_clause, prepositional, that_clause
from mediadiff.voices.labels import uncontracted
from mediadiff.voices.noun_uses import gerund_object, headed_by_number, subject_word
from mediadiff.voices.passives import CLAUSE_OPENERS, closed_charge, is_passive, passive_clause, reduced_passive
from mediadiff.voices.phrases import (
    BLOCK,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    is_named,
    names_a_thing,
    names_by_head,
    np_forward,
    relative_before,
    relative_head,
    skip_aux_back,
    span_text,
    tokens_between,
)
from mediadiff.voices.predicates import absolute_subject, own_subject
from mediadiff.voices.speech_senses import CLAUSE_OR_QUOTE_ONLY, SENSES, reports_speech, shared_subject
from mediadiff.voices.subjects import modifiers_after, people_noun
from mediadiff.voices.verbs import ADJACENT_ONLY, NOUN_TOO, OBJECT_VERBS, VerbEntry, verb_lexicon, verb_pattern

_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\b")
_SPACES, _TWO_WORDS = re.compile(r"\s+"), re.compile(r"\s*\S+\s+\S")  # matched in place: no copy of a clause
_START = itemgetter(1)  # a token's start offset
_NOT_MODIFIERS, _SOURCE_OPENERS = BLOCK | PRONOUNS | DETERMINERS, DETERMINERS | PRONOUNS | QUANTIFIERS  # built once
_SOURCE_ENDS = PREPOSITIONS | {"while", "when", "as", "who"}  # what may follow an inverted source
_ABOUT_VERBS = OBJECT_VERBS | {"argue"}  # "criticized for using ...", "argued for ...": the preposition's words are it
_NOT_CLAUSE_OPENERS = BLOCK | {",", ".", ";", "?", "!", "in", "on", "at", "during"}  # a reported clause never opens so
_OBJECT_FIRST = OBJECT_VERBS | {"according to"}  # no "CONTENT, VERB SOURCE": an object; "according to" is read apart


@dataclass(frozen=True)
class Cue:
    """A reporting cue found in a masked text: offsets into that text.

    ``source``/``source_start``/``source_end`` is the source as written;
    ``content_start``/``content_end`` the reported clause it introduces
    (``None`` when the cue covers only an adjacent quote).
    """

    text: str
    start: int
    end: int
    entry: VerbEntry
    source: str | None
    source_start: int | None
    source_end: int | None
    content_start: int | None = None
    content_end: int | None = None
    role: str | None = None
    # A passive verb's subject ("Mr. Trump was asked about it"): who is asked, told or criticised, never who
    # speaks. Such a cue reports nothing; ``find_cues`` gives it apart (``addressed``), as the person it
    # names has the floor next ("... was asked about it. He said").
    addressed: bool = False


def find_cues(masked: str, start: int = 0, end: int | None = None, *, addressed: list[Cue] | None = None) -> list[Cue]:
    """Reporting cues in ``masked[start:end]`` (quoted words blanked), in order; the subjects of passive
    reporting verbs with no agent are appended to ``addressed`` when it is given (``Cue.addressed``)."""
    end = len(masked) if end is None else end
    # Verbs and "according to" first: most sentences have neither, and need no tokens and no copy up to ``end``.
    verbs = list(verb_pattern().finditer(masked, start, end))
    according = list(_ACCORDING.finditer(masked, start, end)) if masked.find("ccording", start, end) >= 0 else []
    if not verbs and not according:
        return []
    text = masked  # read up to ``end`` only: patterns that look ahead are given ``end``
    toks = tokens_between(masked, start, end)
    cues: list[Cue] = []
    lexicon = verb_lexicon()
    for m in verbs:
        form = m.group(0)
        if not form.isalpha():  # "pointed  out": one space between words
            form = _SPACES.sub(" ", form)
        entry = lexicon[form] if form in lexicon else lexicon[form.lower()]  # "Asked whether" opening a sentence
        v = _token_starting(toks, m.start())
        if v is None:
            continue
        if v and (toks[v - 1][0].lower() in DETERMINERS or toks[v - 1][0].endswith(("'s", "’s"))):
            continue  # "the report", "a claim", "Trump's remarks": nouns
        before = skip_aux_back(toks, v)
        if form in NOUN_TOO and " " not in form and v and not (before < v or subject_word(toks, v - 1, form)
                                                               or toks[v - 1][0].lower() in PRONOUNS
                                                               or absolute_subject(toks, v, form)):
            continue
        if speech_senses.not_said(toks, v, form, entry.verb):
            continue  # "declined to say whether", "did not say how", "left without saying": a statement not made
        if form.endswith("ing") and gerund_object(toks, v):
            continue  # "came under attack over new reporting in Peril": a preposition's object, no participle
        if entry.verb == "call" and lexicon_verbs.not_naming(toks, v + 1, is_passive(toks, v, form)):
            continue  # "members, called to service by the governor,", "called police to tell them": no speech
        if entry.verb in CLAUSE_OR_QUOTE_ONLY and is_passive(toks, v, form):
            continue  # "details were not disclosed": no one speaks (``speech_senses``)
        cue = uncontracted(_cue_at(text, toks, v, m, entry, end, addressed))  # "They're": they
        if cue and " " not in form and names_a_thing(toks, v, _token_from(toks, cue.source_start or 0),
                                                     reports=lexicon.__contains__):
            continue  # "launched a new fashion line called Mantra": naming, not speech
        if cue and form in ADJACENT_ONLY and not _next_to_quote(text, cue, m, end):
            continue
        if cue and entry.verb in SENSES and not reports_speech(
                text, cue, _ends_with_that(text, cue.content_start or 0), _next_to_quote(text, cue, m, end)):
            continue  # "the Senate confirmed the nominee": a vote, no speech
        if cue and cue.source_start is not None \
                and speech_senses.negative_subject(toks, _token_from(toks, cue.source_start)):
            continue  # "Nobody explained how ...", "No one said": no one spoke
        if cue and cue.addressed:
            if addressed is not None:
                addressed.append(cue)
            continue
        if cue and cues and form.endswith("ing") and re.fullmatch(r"[\s,]*", text[cues[-1].end:m.start()]):
            # "…,” Law said, noting that …": the participle continues the cue before it
            cue = replace(cue, source=cues[-1].source, source_start=cues[-1].source_start,
                          source_end=cues[-1].source_end, role=cues[-1].role)
        if cue:
            cues.append(cue)
    cues += _according_to(text, toks, according)
    return sorted(cues, key=lambda c: c.start)


_QUOTE_BEFORE = re.compile(r"[”\"’'],?\s*$")
_COLON_AFTER = re.compile(r"\s*:")


def _next_to_quote(text: str, cue: Cue, m: re.Match, end: int) -> bool:
    first = min(m.start(), cue.source_start if cue.source_start is not None else m.start())
    last = first  # a closing mark (and a comma) right before the trailing spaces: read from there only
    while last > 0 and text[last - 1].isspace():
        last -= 1
    return bool(_QUOTE_BEFORE.search(text, max(0, last - 2), first) or _COLON_AFTER.match(text, m.end(), end))


def _token_starting(toks, offset: int) -> int | None:
    """The index of the token starting at ``offset``, if one does: a bisection over the tokens, which
    are in order of their starts (a sentence has one or two verbs, and many tokens to index)."""
    k = bisect_left(toks, offset, key=_START)
    return k if k < len(toks) and toks[k][1] == offset else None


def _token_from(toks, offset: int) -> int:
    return bisect_left(toks, offset, key=_START)  # the first token starting at or after ``offset``


def _clause_subject(toks, v) -> tuple[int, int, None] | None:
    """The subject a participle or a colon takes ("X defended it, emphasizing
    that"; "X fired back: “…”"): a passive agent ("dismissed by X, telling"),
    else the last noun phrase before ``v`` that opens the sentence or follows a
    comma and is followed by a verb-like lower-case word ("On Tuesday, X endorsed").
    A name or pronoun subject after the agent is the main clause's, the agent that of a participle
    clause before it: "Pressed by CNN's Kaitlan Collins, Mr Biden appeared agitated, responding" is Biden."""
    agent = None
    for k in range(v - 1, 0, -1):
        if toks[k][0].lower() == "by" and k + 1 < v:
            np = np_forward(toks, k + 1)
            if np and np[1] <= v:
                agent = np[0], np[1], None
                break
        if toks[k][0] in {".", "?", "!"}:
            break
    found = None
    for k in range(v):
        conjoined = k > 1 and toks[k - 1][0] in {"but", "and", "yet"} and toks[k - 2][0] == ","
        if k and toks[k - 1][0] not in {",", ".", "?", "!", ";", "—"} and not conjoined:
            continue
        np = np_forward(toks, k)
        if np and conjoined and not (is_named(toks, np) or toks[np[0]][0].lower() in PRONOUNS):
            continue  # ", but Austin directed a rapid pace, telling": a new clause; ", but went on to say": none
        if np and np[1] < v and toks[np[1]][0][:1].islower() and toks[np[1]][0].isalpha() \
                and toks[np[1]][0] not in {"of", "for", "and", "or"}:
            found = (np[0], np[1], None)
    after_agent = found and agent and found[0] >= agent[1] and (is_named(toks, found) or toks[found[0]][0].lower()
                                                                in PRONOUNS)  # not "..., his best response was"
    return agent if agent and not after_agent else found


def _inverted_source(toks, k: int) -> tuple[int, int] | None:
    """The source after an inverted verb: a noun phrase, or lower-case modifiers and
    then a name ("said retired neurosurgeon Ben Carson", "said former Vermont governor Howard Dean")."""
    np = np_forward(toks, k)
    j = k
    while j < len(toks) and j - k < 4 and toks[j][0][:1].islower() and toks[j][0].isalpha() \
            and toks[j][0].lower() not in _NOT_MODIFIERS:
        j += 1
    if j > k and j < len(toks) and toks[j][0][:1].isupper() and (np is None or np[1] <= j):
        name = np_forward(toks, j)
        if name:
            return k, name[1]
    return np


def _inverted_apposition(toks, np: tuple[int, int]) -> tuple[int, int, str | None]:
    """An inverted source and the apposition after it: "said Scott Reed, the Chamber's strategist"
    (the name, the description as its role) or "said another Twitter user, Johanna Bayer" (the name
    after the description is the source; the description its role)."""
    other = np_forward(toks, np[1] + 1) if np[1] + 1 < len(toks) and toks[np[1]][0] == "," else None
    if other is None:
        return np[0], np[1], None
    if names_by_head(toks, np):
        return np[0], np[1], None if names_by_head(toks, other) else span_text(toks, other)
    closes = other[1] >= len(toks) or not toks[other[1]][0][:1].isalpha()
    if closes and is_named(toks, other) and (names_by_head(toks, other) or toks[other[0]][0][:1].isupper()):
        return other[0], other[1], span_text(toks, np)
    return np[0], np[1], None


def _verb_end_token(toks, v, m) -> int:
    """One past the token where the verb ``m`` (starting at token ``v``) ends; read from ``v``, as no
    token before it ends at or after the verb's end."""
    return next((k for k in range(v, len(toks)) if toks[k][2] >= m.end()), len(toks) - 1) + 1


_AGENT = re.compile(r"\s+(?:\w+\s+){0,4}?by\s+")
_THAT_OR_COLON = re.compile(r"(?:\bthat|:)\s*$")


def _ends_with_that(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with "that" or ":" (then whitespace), read from
    the end: searching the whole prefix made every cue cost the article's length."""
    last = end
    while last > 0 and text[last - 1].isspace():
        last -= 1
    return _THAT_OR_COLON.search(text, max(0, last - 4), end) is not None


def _passive_content(text, toks, k, verb, *, reduced: bool = False, agent: bool = False) -> tuple[int, int] | None:
    j = passive_clause(toks, k, evaluates=verb in _ABOUT_VERBS, reduced=reduced)  # "it was reported that ..."
    content = None if j is None else _clause(text, toks, j)
    # "accused of X was arrested"; after its agent the charge is read as written ("accused by the government of")
    return closed_charge(text, toks, content) if content and reduced and not agent else content


def _addressed(text, toks, m, entry, subject) -> Cue:
    s_start, s_end = toks[subject[0]][1], toks[subject[1] - 1][2]
    return Cue(text[m.start():m.end()], m.start(), m.end(), entry, text[s_start:s_end], s_start, s_end, addressed=True)


def _cue_at(text, toks, v, m, entry, end, addressed: list[Cue] | None = None) -> Cue | None:
    # long because the sources of a reporting verb are tried in one order (own subject, infinitive, inverted, agent)
    after = _verb_end_token(toks, v, m)
    reduced = entry.verb in lexicon_verbs.REDUCED_RELATIVE_VERBS and reduced_passive(toks, v, m.group(0))  # "accused"
    passive = reduced or is_passive(toks, v, m.group(0)) and m.group(0).split()[0] != entry.verb  # "all she did was"
    source = own_subject(toks, v, m.group(0), entry.verb)  # none: "The driver, ..., had seethed ..., said his girl"
    if source and source[0] > 0 and toks[source[0] - 1][0].lower() in PREPOSITIONS:
        source = absolute_subject(toks, v, m.group(0)) or relative_before(toks, source[0])  # "with X warning", "who at"
    if source and toks[source[0]][0].lower() in {"who", "which"}:
        head = relative_head(toks, source[0])
        source = (head[0], head[1], None) if head else None
    subject, source = None if reduced else source, None if passive else source  # the one accused is not addressed
    if source is None and v and toks[v - 1][0].lower() == "to":
        source = None if speech_senses.object_control(toks, v - 1) else (  # "want the agency to explain"
            speech_senses.caller(toks, v - 1) or relative_before(toks, v) or _clause_subject(toks, v))  # "to reaffirm"
    participle, far_subject = m.group(0).endswith("ing"), False
    if source is None and not passive:
        far_subject = (source := shared_subject(toks, v)) is not None  # "Baker declined to comment but said"
    if source is None and not participle and not passive:
        prev = toks[skip_aux_back(toks, v) - 1][0] if skip_aux_back(toks, v) else ""
        if prev in {",", "”", "“", '"', "’", "'", "—", "–"} or skip_aux_back(toks, v) == 0:
            np = _inverted_source(toks, after)  # "…,” said Donald Trump
            np = np and modifiers_after(toks, np)  # "…,” said people familiar with the matter
            ends = np is not None and (np[1] >= len(toks) or not toks[np[1]][0][:1].isalpha()
                                       or toks[np[1]][0].lower() in _SOURCE_ENDS)
            first = toks[np[0]][0] if np else ""
            if ends and (first[:1].isupper() or first.lower() in _SOURCE_OPENERS or is_named(toks, np)
                         or first.islower() and ((low := toks[np[1] - 1][0].lower()).endswith("s")
                                                 or low == "people") and people_noun(low)):  # "said officials"
                source = _inverted_apposition(toks, np)
                after = len(toks)  # "…,” said X, a pollster: what follows X describes X
    if source is None:
        agent = _AGENT.match(text, m.end(), end)  # at the verb's end, without copying the rest of the text
        if agent and not re.search(r"[,.;]", agent.group(0)) and not CLAUSE_OPENERS & set(agent.group(0).split()):
            # "revealed that he bankrolled lawsuits by Hulk Hogan": a "by" inside the clause is not the agent
            np = np_forward(toks, _token_from(toks, agent.end()))
            if np:
                source = (np[0], np[1], None)
                after = np[1]
                if passive and subject and addressed is not None and not headed_by_number(toks, subject):
                    addressed.append(_addressed(text, toks, m, entry, subject))  # "Rubio was asked by Baker"
    if participle and source and source[0] > 0 and toks[source[0] - 1][0][:1].islower() \
            and toks[source[0] - 1][0].lower() not in PREPOSITIONS | lexicon_verbs.OBJECT_SPEAKS:
        source = _clause_subject(toks, v) or source  # "X issued a statement reaffirming": X, not the statement
    if source is None and participle:
        source = participle_clauses.subject(toks, v, _clause_subject(toks, v))  # "X spoke for an hour, saying"
    if source is None and passive:
        told = None if subject is None or headed_by_number(toks, subject) else _addressed(text, toks, m, entry, subject)
        content = _passive_content(text, toks, after, entry.verb, reduced=reduced)
        if content is None:
            return told
        if told is not None and addressed is not None:
            addressed.append(told)  # "Psaki was asked whether ...": a question by nobody named, put to her
        return Cue(text[m.start():m.end()], m.start(), m.end(), entry, None, None, None, *content)
    if source is None or headed_by_number(toks, source):
        return None
    s_start, s_end = toks[source[0]][1], toks[source[1] - 1][2]
    # after a passive's agent no hearer comes: "was asked by host John Dickerson whether ..."
    content = _passive_content(text, toks, after, entry.verb, reduced=reduced, agent=True) if passive else \
        _content_after(text, toks, after, entry.verb)  # "criticized by X said that": the clause is not X's
    if participle and content:  # "Footage of the mayor saying “...” was shared": not "was shared"
        content = participle_clauses.content(text, toks, v, content)  # and "X, saying ..., reopened"
    if entry.verb == "add" and content and after < len(toks) and content[0] == toks[after][1] \
            and added_object(text[content[0]:content[1]].split(",")[0]):
        return None  # "The economy added 200,000 jobs", "added a provision": an object, nothing said
    if content and entry.verb in OBJECT_VERBS and not _ends_with_that(text, content[0]):
        quoted = _QUOTED_OBJECT.match(text, content[0], content[1])  # 'critics called "reckless," would pass'
        comma = c.start() if (c := _CLAUSE_COMMA.search(text, content[0], content[1])) else -1
        content = (content[0], quoted.end()) if quoted else (content[0], comma) if comma > content[0] else content
    if s_start > 0 and not far_subject and content is None and not speech_senses.quantity_object(toks, after):
        content = complements.content_before(text, toks, source[0], v if entry.verb not in _OBJECT_FIRST else None,
                                             source[1])  # "CONTENT, said X" too
    return Cue(text[m.start():m.end()], m.start(), m.end(), entry, text[s_start:s_end], s_start, s_end,
               *(content or (None, None)), role=source[2])


# A quote (masked) that opens a verb's object is the whole object, the name it gives ('called "reckless"'):
# what follows it is the rest of the sentence, not more of what was said.
_QUOTED_OBJECT = re.compile(r"[\"“‘']~[~\s]*[\"”’']")
_CLAUSE_COMMA = re.compile(r",(?!\d)")  # not one between digits ("the $1,200 checks"): as passives.CLAUSE_COMMA


def _content_after(text, toks, k, verb) -> tuple[int, int] | None:
    """The clause a cue introduces: after "that", ":" or the hearer of "told"."""
    k = after_adjunct(toks, hearers.after_hearer(toks, k, verb))  # "told reporters | on Monday | that"
    opens = k < len(toks) and (toks[k][0].lower() not in _NOT_CLAUSE_OPENERS or opens_clause(toks, k, verb)) \
        and not (verb not in _ABOUT_VERBS and prepositional(toks, k, verb) or speech_senses.no_complement(toks, k))
    for j in range(k, min(len(toks), k + 12)):
        word = toks[j][0].lower()
        if word in {"that", ":"}:  # "said X and that Y": X and Y (``that_clause``)
            return _clause(text, toks, *that_clause(toks, k, j, opens, verb in OBJECT_VERBS))
        if word in {".", ";", "?", "!"} or participle_clauses.writers_comment(toks, j):
            break  # "said the plan failed, prompting fears that": not the verb's "that"
    if verb == "say" and k < len(toks) and toks[k][0].lower() == "of":
        return None  # "said of life in Flint ...": the topic, not what was said ("warned of X" keeps X)
    if opens:
        return _clause(text, toks, k)
    coordinated = k + 1 < len(toks) and toks[k + 1][0].lower() in {"and", "but", "or"}
    if k < len(toks) and toks[k][0] == "," and not coordinated \
            and not complements.comment_after_comma(toks, k + 1):  # ", and temperatures rose": a clause of its own
        return _clause(text, toks, k + 1)
    return None


def _clause(text, toks, j, stop: int | None = None) -> tuple[int, int] | None:
    if j >= len(toks):
        return None
    start = toks[j][1]
    end = toks[(stop or participle_clauses.clause_stop(toks, j) or len(toks)) - 1][2]  # "When asked why ..., X said"
    while end > start and text[end - 1] in " .,;!?”\"’'\n":
        end -= 1
    return (start, end) if _TWO_WORDS.match(text, start, end) else None


def _according_to(text, toks, matches) -> list[Cue]:
    entry = verb_lexicon()["according to"]
    cues = []
    for m in matches:
        k = next((i for i, t in enumerate(toks) if t[1] >= m.end()), len(toks))
        np = np_forward(toks, k)
        if not np:
            continue
        np = modifiers_after(toks, np)  # "according to a statement from the state health department"
        s_start, s_end = toks[np[0]][1], toks[np[1] - 1][2]
        content = None
        if np[1] < len(toks) and toks[np[1]][0] == ",":
            content = _clause(text, toks, np[1] + 1)
        if content is None and k > 0:
            content = complements.content_before(text, toks, k - 1) if k > 1 else None
            if content is None and toks[0][1] < m.start():
                begin, stop = toks[0][1], m.start()
                while stop > begin and text[stop - 1] in " ,":
                    stop -= 1
                content = (begin, stop) if len(text[begin:stop].split()) >= 3 else None
        cues.append(Cue(m.group(0), m.start(), m.end(), entry, text[s_start:s_end], s_start, s_end,
                        *(content or (None, None))))
    return cues
