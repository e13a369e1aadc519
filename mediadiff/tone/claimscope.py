"""Whether a hedge or booster is the writer's word on a claim, or part of something else the sentence says.

Three places where a cue of the lexicon stands in a sentence and still says nothing about how sure the writer is,
read off the lower-cased words (no tagger), for ``tone.modality.epistemic``:

* **An embedded question owns its modal.** "Officials asked whether the storm could hit the coast": "could" is
  part of what was asked, an open question reported as a fact, not the writer's doubt that the storm hits
  (Huddleston and Pullum 2002, 11.5: an interrogative content clause denotes a question, not a proposition; a
  modal inside it has no speaker commitment to weaken). A question opens at "whether", or at "if" right after a
  verb or adjective of asking or knowing ("asked residents if", "unclear if"), and runs until a coordinator or
  subordinator opens another clause ("and", "but", "because" ...) or clause punctuation ends it (a comma, colon,
  semicolon, dash or bracket, when the caller gives the text between the words). A fronted "Whether the deal
  passes, the company could lose money" or "Regardless of whether the bill passes, prices could rise" is an
  adjunct (a conditional-concessive, Huddleston and Pullum 2002, 8.14), and the main clause after its comma holds
  the writer's own modal; "To be sure, if rates rise, inflation could ease" is no question at all. A subject
  clause "Whether the storm could hit remains unclear" has no comma and stays a question. A direct question the
  sentence quotes is asked as much (Huddleston and Pullum 2002, 10.4: a closed interrogative, quoted): a cue inside
  quotation marks that close right after its question mark ("\"Could the deal survive?\" she asked, adding that
  talks would resume") is the question's, and only the asked clause is: from the quotation's opening mark, or the
  last clause end or comma before a coordinator, wh-word or inverted auxiliary before the "?" ("\"It could work,
  but will it?\"", "\"It looks like we lose, who knows?\"": "could" and "looks like" are asserted), to the "?";
  "would" after the closing mark stays the writer's, and a question mark outside quotation marks ("Is this fair,
  she asked, or could it fail?", the writer's own question) opens nothing. Fitted on nothing: Pei and Jurgens'
  train split holds one sentence with a "?", and the model has no weight for a question as such.
* **Denied evidence asserts the absence.** "There is no evidence to suggest that the drug causes cancer": the
  writer denies that any evidence suggests it, flatly; "suggest" is the verb of the denied noun's complement,
  not the writer's inference ("the data suggest"). Pei and Jurgens (2021) raters put such findings at the top of
  their scale ("There is no evidence that ...", "We found no evidence of ...": 6 of 6 in train and val, where a
  hedged finding averages about 3.5). BioScope (CoNLL-2010) marks "no evidence" itself as a speculation cue in
  half its uses (4 of 8 sentences; the other 4 as a negation): the claim X is left open, but the writer's
  statement is certain, which is what the certainty score measures. So a verb of inference is no hedge after "no"
  + an evidence noun (+ "to"), or after "nothing" ("nothing to suggest", "nothing suggests").
* **A noun of possibility may name a possible thing.** "He faces the prospect of arrest": the noun phrase names
  what he faces; it hedges nothing the writer claims (Biber et al. 1999 on stance nouns: stance with a complement
  clause, "the possibility that ..."). "possibility" and "prospect" are hedges before "that" or "whether", as what
  there is ("there is a real possibility"), and as the object of a verb that puts the possibility forward ("raised
  the possibility of a deal", "reiterated the possibility of attacking cartels", "support the possibility"):
  BioScope marks those two verbs' objects as speculation cues (2 of 2) and no object of "explore", "address",
  "examine" or "offer" (0 of 5); a noun of possibility anywhere else is a thing named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["Breaks", "aside", "clause_breaks", "names_possible_thing", "in_denied_evidence", "in_embedded_question"]
# Punctuation that ends a clause inside a sentence (not "." of "U.S.", nor a hyphen or a quotation mark).
_CLAUSE_PUNCTUATION = frozenset(",;:()\u2014\u2013")

# Verbs and adjectives of asking or knowing: "if" right after one (or its hearer) opens an embedded question.
ASKING = frozenset("ask asks asked asking wonder wonders wondered wondering question questions questioned "
                   "questioning know knows knew unclear uncertain unsure decide decides decided determine determines "
                   "determined check checks checked see sure".split())
# Words that open another clause, ending an embedded question's reach ("asked whether ..., and the storm could").
QUESTION_ENDS = frozenset("and but or because while although though since so as when after before then that "
                          "said says".split())
QUESTION_REACH = 10  # words back from the cue to "whether" or "if"
# Nouns of evidence whose denial ("no evidence to suggest") asserts an absence (see the module docstring).
EVIDENCE_NOUNS = frozenset("evidence sign signs indication indications proof data basis reason".split())
INFERENCE_VERBS = frozenset("suggest suggests suggesting indicate indicates show shows prove proves imply "
                            "implies".split())
POSSIBILITY_NOUNS = frozenset("possibility possibilities prospect prospects".split())
# The modal verbs, which certainty counts where they stand (``aside``).
_MODALS = frozenset("may might could would should must can will shall cannot ought".split())
# Verbs that put a possibility forward: their object "the possibility of X" is a hedge of X (module docstring).
ADVANCING = frozenset("raise raises raised raising reiterate reiterates reiterated reiterating support supports "
                      "supported supporting suggest suggests suggested suggesting open opened opening float floats "
                      "floated floating increase increases increased increasing heighten heightens heightened "
                      "heightening".split())
_THERE_BE = frozenset("is was are were be been remains".split())
_BEFORE_NOUN = frozenset("a an the some no little real strong distinct".split())


# Double quotation marks (straight, curly, and the doubled apostrophes of the NYT's style) and single ones.
_DOUBLE_MARKS = ("\"", "\u201c", "\u201d", "''")
# A question mark and the quotation mark that closes right after it ("?\"", "?\u201d", "?'", "?\u2019").
_QUESTION_CLOSED = re.compile("\\?[\"\u201d\u2019']")
# An opening single quotation mark: one at a word's start ("'Is this fair?'"); an apostrophe is inside or after one.
_SINGLE_OPENING = re.compile("(?:^|(?<=[\\s(\\[\u2014]))['\u2018]")
# What ends a clause before the question's: a clause end, or a comma before a coordinator ("It could work, but will
# it?"), a wh-word or an inverted auxiliary opening the question ("It looks like we lose, who knows?", "I think one
# has to ask, is this a priority?"): only the asked clause is asked. Commas inside it ("Could the deal, as drafted,
# survive?") open none of these.
_CLAUSE_BEFORE_QUESTION = re.compile(
    "[.;:!\u2014]|,\\s*(?:but|and|or|so|yet|who|what|why|how|when|where|which|is|are|was|were|do|does|did|has|have"
    "|had|can|could|will|would|shall|should|may|might|must)\\b", re.IGNORECASE)
_SINGLE_CLOSING = re.compile("['\u2019](?=[\\s,.;:!?)\\]\u2014]|$)")


class Breaks:
    """The clause punctuation of one sentence (``text``, its words at ``starts``/``ends``), read only at the few
    cues that need it: ``breaks(k)`` says whether clause punctuation (a comma, semicolon, colon, dash or bracket)
    stands right before word k; ``quoted_question(i)`` whether word i is inside a direct question in quotation
    marks (see the module docstring). A plain class with slots, not a frozen dataclass: the cue matcher builds one at
    every cue it checks, and a frozen dataclass costs three times as much to build."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, text: str, starts: Sequence[int], ends: Sequence[int]) -> None:
        self.text, self.starts, self.ends = text, starts, ends

    def __call__(self, k: int) -> bool:
        return k > 0 and not _CLAUSE_PUNCTUATION.isdisjoint(self.text[self.ends[k - 1]:self.starts[k]])

    def quoted_question(self, i: int) -> bool:
        """Word ``i`` stands between an opening quotation mark and a "?" the same quotation closes right after."""
        text = self.text
        mark = text.find("?", self.ends[i])
        closed = _QUESTION_CLOSED.match(text, mark) if mark >= 0 else None
        if closed is None:
            return False
        between = text[self.ends[i]:mark]
        if any(m in between for m in _DOUBLE_MARKS) or _CLAUSE_BEFORE_QUESTION.search(between):
            return False  # the quotation closed before the "?", or the question is a later clause of it
        before = text[:self.starts[i]]
        # a double quotation: an odd number of straight marks before, or an open curly one
        if closed.group()[1] in "\"\u201d" or text.startswith("''", mark + 1):
            return before.count("\"") % 2 == 1 or before.count("''") % 2 == 1 \
                or before.rfind("\u201c") > before.rfind("\u201d")
        opening = [m.start() for m in _SINGLE_OPENING.finditer(before)]
        # no single mark closes between the opening one and the "?" (an apostrophe after an -s reads as one: no)
        return bool(opening) and _SINGLE_CLOSING.search(text[opening[-1] + 1:mark]) is None


def clause_breaks(text: str, starts: Sequence[int], ends: Sequence[int]) -> Breaks:
    """The ``Breaks`` of a sentence whose words stand at ``starts``/``ends`` of ``text``."""
    return Breaks(text, starts, ends)


def in_embedded_question(norms: Sequence[str], i: int, breaks: Breaks | None = None) -> bool:
    """Whether word ``i`` stands inside an embedded question: after "whether", or after "if" right after a word of
    ``ASKING`` (with up to two words of a hearer between: "asked residents if"), within ``QUESTION_REACH`` words
    and no clause opener between, nor clause punctuation (``breaks``, when given: "Whether X, the case will"); or
    inside a direct question in quotation marks (``Breaks.quoted_question``, when ``breaks`` is given)."""
    if breaks is not None and "?" in breaks.text and breaks.quoted_question(i):
        return True
    for k in range(i - 1, max(-1, i - 1 - QUESTION_REACH), -1):
        if breaks is not None and breaks(k + 1):
            return False
        word = norms[k]
        if word == "whether":
            return True
        if word == "if":
            for j in range(k - 1, max(-1, k - 4), -1):  # "asked residents if", not "To be sure, if"
                if breaks is not None and breaks(j + 1):
                    return False
                if norms[j] in ASKING:
                    return True
            return False
        if word in QUESTION_ENDS:
            return False
    return False


def in_denied_evidence(norms: Sequence[str], i: int) -> bool:
    """Whether the verb of inference at ``i`` is the complement of denied evidence: "no evidence (to) suggest",
    "no sign to indicate", "nothing (to) suggest(s)" (see the module docstring)."""
    if norms[i] not in INFERENCE_VERBS:
        return False
    k = i - 1 if i and norms[i - 1] == "to" else i
    if k >= 1 and norms[k - 1] == "nothing":
        return True
    return k >= 2 and norms[k - 1] in EVIDENCE_NOUNS and norms[k - 2] == "no"


def names_possible_thing(norms: Sequence[str], i: int) -> bool:
    """Whether the hedge opening at ``i`` is a noun of possibility naming a possible thing ("faces the prospect of
    arrest") rather than heading the claim ("the possibility that", "there is a possibility", "raised the
    possibility of")."""
    j = i + 1 if norms[i] == "the" else i  # the lexicon's "the prospect of"
    if j >= len(norms) or norms[j] not in POSSIBILITY_NOUNS:
        return False
    if j + 1 < len(norms) and norms[j + 1] in ("that", "whether"):
        return False
    k = j - 1
    while k >= 0 and norms[k] in _BEFORE_NOUN:
        k -= 1
    if k >= 0 and norms[k] in ADVANCING:
        return False  # "raised the possibility of a deal"
    return not (k >= 1 and norms[k] in _THERE_BE and norms[k - 1] == "there")


def aside(words: Sequence[str], i: int, breaks: Breaks | None = None) -> bool:
    """Whether ``tone.certainty`` should not count word ``i`` (a modal or a verb of inference) as the writer's: a
    modal inside an embedded question ("asked whether it could"), a verb of inference after denied evidence ("no
    evidence to suggest"). Its count, its word weight and its cue are left out together."""
    word = words[i]
    if word in _MODALS:
        return in_embedded_question(words, i, breaks)
    return word in INFERENCE_VERBS and in_denied_evidence(words, i)
