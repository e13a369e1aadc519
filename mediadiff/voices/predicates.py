"""Subjects a reporting verb's nearest noun phrase is not, or is, by the shape of the clause.

A subject's own predicate after an aside: "The driver, who was black, had seethed ..., said his girlfriend".

A relative clause or an apposition set off by commas after a subject closes at its second comma; when a finite
auxiliary or modal opens what follows that comma ("had seethed", "was", "will"), the subject has its verb there,
so a reporting verb after a later comma is inverted ("..., said his girlfriend"), its source after it, not the
subject before the aside. Not when a relative clause opened after the subject with no verb of its own before that
comma: the comma closed an aside inside the relative ("The mayor, who, as a candidate, had promised lower taxes,
said": the mayor speaks) (Quirk et al. 1985, 17.3: non-restrictive relatives; 18.48: subject-verb inversion after
the reported clause). And an absolute clause, "with" and a noun phrase then a participle, opening after a comma
or the sentence's start: the noun phrase is the participle's subject ("..., with some members warning it would
“undermine” its legitimacy": the members warn; Quirk et al. 1985, 15.60), though "with" is a preposition
and "warning" may be a noun. A verb of perception before a noun phrase and a bare infinitive ("she heard someone
say", "saw him tell") has that noun phrase as the infinitive's subject (Quirk et al. 1985, 16.52): the perceiving
verb and its subject are no part of the source (``_PERCEIVING``: "heard someone" was a source). So too before a
participle: a verb of showing or quoting takes the one shown as the participle's subject ("A video shows Trump
telling the crowd": Trump; ``verbs.OBJECT_SPEAKS``), and so does a noun of a recording or picture before "of"
("footage of Trump saying", "a video of Smith saying": the one shown speaking; Quirk et al. 1985, 17.53).
Rules of English grammar only; nothing here was fitted.
"""

from __future__ import annotations

from mediadiff.corpus.grammar import BE_FINITE, DO_FINITE, HAVE_FINITE, MODALS, SUBJECT_PRONOUNS
from mediadiff.voices.phrases import DETERMINERS, PREPOSITIONS, np_backward, skip_aux_back
from mediadiff.voices.subjects import source_before
from mediadiff.voices.verbs import OBJECT_SPEAKS
from mediadiff.voices.wordclass import IRREGULAR_PASTS, reads_as_verb

_FINITE = BE_FINITE | DO_FINITE | HAVE_FINITE | MODALS
_PERCEIVING = frozenset("hear heard hears hearing overhear overheard overhears see saw sees seeing seen watch watched "
                        "watches watching".split())
# A relative clause after the subject holds its own verb; a finite verb after a comma is the subject's only when
# the relative's verb came before that comma: else the comma closed an aside inside the relative ("who, as a
# candidate, had promised", "whose hometown, Miami, is projected": the relative's own verb).
_RELATIVES = frozenset("who whom whose which that".split())
# "watch" is a noun as often as a verb ("a neighborhood watch volunteer", "the watch commander"): read as the
# perceiving verb only after its subject pronoun, an auxiliary or modal, or "to" ("we watch", "could watch").
_VERB_OPENERS = _FINITE | SUBJECT_PRONOUNS | {"to"}
# The perceived one is a short noun phrase ("someone", "the officer", "him"); a longer run is no such object.
_PERCEIVED_MAX = 4
# Nouns of a recording or picture, whose "of" names the one shown ("footage of Trump saying").
_DEPICTIONS = frozenset("""
footage video videos clip clips tape tapes videotape recording recordings audio image images photo photos picture
pictures film livestream
""".split())


def predicate_after_aside(toks, start: int, verb: int, form: str) -> bool:
    """Whether, between the subject ending at token ``start`` and the reporting verb ``form`` at token ``verb``
    (with its auxiliaries) after a comma, a comma is followed by a finite auxiliary or modal: the aside closed
    there and the subject's own predicate opened, so the verb is inverted. A participle ("..., noting that",
    "referring to") is never inverted: it takes the clause's subject."""
    first = skip_aux_back(toks, verb)
    if first < 2 or toks[first - 1][0] != "," or form.split()[0].endswith("ing"):
        return False
    relative = toks[start + 1][0].lower() in _RELATIVES
    for k in range(start + 1, first - 2):
        if toks[k][0] == "," and toks[k + 1][0].lower() in _FINITE and (
                not relative or any(_verb(t[0].lower()) for t in toks[start + 2:k])
                or toks[start + 1][0].lower() in {"who", "which"} and toks[start + 2][0].lower().endswith("s")):
            return True
    return False


def _verb(low: str) -> bool:
    """A finite verb: an auxiliary or modal, a past ("worked", "met") or a present in -s read as a verb ("says");
    right after "who" or "which", the subject of the relative, any word in -s is its verb ("who leads")."""
    return low in _FINITE or low in IRREGULAR_PASTS or low.endswith("ed") or low.endswith("s") and reads_as_verb(low)


def own_subject(toks, verb: int, form: str, lemma: str | None = None) -> tuple[int, int, str | None] | None:
    """The subject before the reporting verb ``form`` at token ``verb`` (``subjects.source_before``), ``None`` when
    it already had its own predicate after an aside (``predicate_after_aside``): the verb is then inverted. When
    ``form`` is the bare infinitive (its ``lemma``) after a verb of perception and a short noun phrase, that noun
    phrase ("she heard someone say": someone)."""
    source = source_before(toks, verb)
    cut = source and lemma and form.lower() == lemma and _perceiver(toks, source)
    if source and not cut and form.endswith("ing"):
        cut = _depicted(toks, source[0], source[1]) or _perceiver(toks, source, OBJECT_SPEAKS)  # "shows Trump telling"
        if cut and toks[cut][0] != "of" and toks[cut - 1][0].lower() in DETERMINERS | PREPOSITIONS:
            cut = None  # a noun: "sent a statement to film industry trade papers saying"
    if cut:
        source = (cut + 1, source[1], None)  # "she heard someone say": someone
    return None if source and predicate_after_aside(toks, source[1], verb, form) else source


def _perceiver(toks, source, verbs: frozenset[str] = _PERCEIVING) -> int | None:
    """The token of a verb of perception (of ``verbs``) inside ``source`` right before a short noun phrase that ends
    the source ("heard someone", "saw him"), ``None`` when there is none or it sits in a relative clause ("People
    who saw the crash told": the people) or is the noun "watch"."""
    start, end = source[0], source[1]
    for k in range(end - 2, max(start, end - 2 - _PERCEIVED_MAX) - 1, -1):
        low = toks[k][0]  # lower case only: not "Judicial Watch"
        if low not in verbs:
            continue
        if any(t[0].lower() in _RELATIVES for t in toks[start:k]):
            return None
        if low.startswith("watch") and not low.endswith("ed") and (
                k == 0 or toks[k - 1][0].lower() not in _VERB_OPENERS):
            return None
        return k
    return None


def absolute_subject(toks, verb: int, form: str) -> tuple[int, int, None] | None:
    """The subject of a participle ``form`` at token ``verb`` in an absolute clause: ", with some members
    warning", "With analysts saying": the noun phrase right before it, after "with"/"without" that opens the
    sentence or follows a comma; or after "of" and a noun of a recording ("footage of Trump saying"); ``None``
    otherwise."""
    if not form.endswith("ing") or (np := np_backward(toks, verb)) is None:
        return None
    if (of := _depicted(toks, np[0], np[1])) is not None:
        return of + 1, np[1], None  # "footage of Trump saying": the one shown
    opener = np[0] - 1
    if opener < 0:
        return None
    if toks[opener][0].lower() not in {"with", "without"} or opener and toks[opener - 1][0] not in {",", ";", "—"}:
        return None
    return np[0], np[1], None


def _depicted(toks, start: int, end: int) -> int | None:
    """The token of "of" after a noun of a recording or picture (``_DEPICTIONS``) at most ``_PERCEIVED_MAX`` tokens
    before ``end``, inside ``[start, end)`` or right before it: what follows it is the one shown."""
    for k in range(end - 2, max(start - 1, end - 2 - _PERCEIVED_MAX) - 1, -1):
        if toks[k][0] == "of" and k and toks[k - 1][0].lower() in _DEPICTIONS:
            return k
    return None
