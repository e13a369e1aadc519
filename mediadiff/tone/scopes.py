"""Words whose scope changes the tone of the words after them in news (beside ``newsrules``' words that are not tone).

* **What is reduced or ended.** Verbs that lessen, end or combat what they take, their forms and nouns ("reduce the
  **risk** of heart disease", "prevent **attacks**", "an end to the **war**", "curb **violence**"): the negative
  words of their object name what is lessened, not bad news, and carry no tone, as a refused thing's positive words
  carry none (``newsrules.REFUSALS``). Nor does the verb's own negative tone then: lessening something bad is no bad
  news ("avoided a costly strike" scored -0.51 from "avoided"), while "avoided questions" keeps it. The object reaches
  ``params.REDUCED_SCOPE`` words on, within the clause, through "of", "to" and "against" but no other preposition
  ("ended in **disaster**" keeps its tone), nor past an auxiliary or copula: a verb there makes the reducer a noun
  subject ("the budget cuts were **devastating**", "the fighting is **terrible**"), which takes no object. A reducer
  is a verb, taking its object directly, only after a word that puts a verb there ("to", a modal, a pronoun, "that",
  an -ly adverb) or in a past form; else a noun, whose object follows "of", "to" or "against" ("heavy fighting
  **killed** 20", "budget cuts **hurt** schools" keep their tone). An adverb right after it has none ("the meeting
  ended **badly**", "tackled **hard**", "stopped short of blaming"). What is mostly good by its words is no bad
  thing lessened and keeps them all ("suppressed **peaceful** protests"); "tackle" takes problems or groups of
  people, not one person ("tackled the armed suspect": football; "tackle violent criminals": policy). "Fight" is
  not among them (one fights a **brutal** war as often as disease). Shipped, chosen by bench/learn_tone_rules.py, as
  were the verbs added later ("decrease", "minimize", "lower", "slash", "deter", "suppress", "tackle"; not "limit").
* **Downward-entailing operators** (Klima 1964's "affective" words; Ladusaw 1979): "few", "little" (no determiner
  before: "a few", "the little" are not), "hardly", "barely", "scarcely" and "no longer" reverse what is in their scope
  as "not" does ("few find it funny"). VADER negates after "rarely" and "seldom", but dampens after "hardly",
  "barely", "scarcely", "little" (boosters) and ignores "few". Reading each as VADER's "not" (its three-word scope and
  scalar; the "no" of "no longer" set aside) was measured by bench/learn_tone_rules.py and is OFF (``DOWNWARD`` empty):
  NYT odd-id CV r -0.0006 +- 0.0038, 32 snippets changed, 16 nearer the rating and 16 further ("in so little time,
  what marvels": VADER's scope crosses the comma; "hardly less offensive"; "can no longer afford" is a loss to the
  raters). Kept so that script can measure it again.
* **Narrow negators.** "Hardly" and "scarcely" before a verb or adjective deny it ("the meeting hardly **improved**
  relations", "they're hardly **super**", "hardly **compelling**"): VADER reads them as boosters that only dampen, so
  "hardly improved" scored positive. They negate the one word they modify, the next word in the same clause
  (``modified_negated``), as VADER's "not" would (its N_SCALAR, on top of the adverb's dampening), and nothing
  further, so the three-word scope that failed above ("in so little time, what marvels") is not reopened. Not
  "barely": it entails what it modifies ("barely won" is a win, "barely survived" survived; Horn 2002), where
  "hardly won" is no win. Measured (bench/results/scoring.md, "Narrow negators"): PolNeAR train/dev and
  the seeds, 6 sentences change, 6 right by reading; NYT odd ids 4 snippets (in-sample r 0.5845 -> 0.5843: the
  raters rate the rest of the sentence, "they are scarcely treasonous, as charged" -1.5); NewsMTSC train none.
* **Negative quantifier subjects.** A subject that is a negative quantifier ("no one", "nobody", "nothing", "none of
  them", "neither of the men", "no" + noun phrase) negates the predicate it is the subject of (Quirk et al. 1985,
  10.58-10.64: clausal negation by a negative subject): "No one was **hurt**" says that nobody was hurt, no harm, as
  "He was not hurt" does. The predicate's head (the first word after the subject and its auxiliaries and adverbs:
  "was seriously **hurt**", "**likes** him"; and a word coordinated with it: "killed or **injured**") is read with
  VADER's N_SCALAR, as after "not", unless VADER already negates it (a negation or "no" within its reach: "no one
  hurt"). The quantifier's "no" is no tone of its own there, nor as the notional subject of an existential "there
  is no ..." ("There were no casualties"), unless VADER reads it as the negation of a rated word within two words
  ("no serious damage"): VADER's -1.2 for "no" rates the answer "No!", not the determiner. Measured in
  bench/results/scoring.md ("Negative quantifier subjects"). Not a negative subject (review: each flipped the sign):
  "no" + "doubt", "wonder", "surprise", "question" before a clause is a sentence adverb, an idiom that asserts the
  clause ("No doubt the attack was brutal", "No wonder the children were scared"), and a noun phrase after "no" ends
  before a determiner or subject pronoun, which opens the clause's own subject; "no fewer than 20" is a quantity, as
  "no more/less than" ("No fewer than 20 were killed": 20 were); "no other X" with a comparative or superlative in
  the clause is a superlative claim about the predicate ("No other country has suffered more": it suffered most),
  as "no state was hurt more than Wyoming" is: the predicate keeps its tone (the determiner "no" is still no tone).
  A subject opens a clause after a reporting verb whose "that" news drops, and after a verb of telling and its
  hearer ("Officials told reporters nobody was **killed**": Quirk et al. 1985, 16.58), as when it comes first.
* **What is lacking.** "short of", "lack of", "absence of", "shortage of", "dearth of", "devoid of", "lacks" and "out
  of reach" negate what they take ("short of **support**", "lacks the **integrity**"): its first rated word is read
  negated (``lacked_objects``), unless "no", "nothing", "anything" or a negation comes first ("no shortage of").

Tokens are lower-cased cores and whitespace tokens as written, as in ``newsrules.not_tone``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from itertools import compress

from mediadiff.corpus.grammar import NOT_QUANTIFIED, SENTENCE_ADVERBS, SUBJECT_PRONOUNS
from mediadiff.corpus.wordtables import table_row
from mediadiff.tone.lexicons import read_rows
from mediadiff.tone.newsrules import (
    AUXILIARIES,
    CLAUSE_MARKS,
    CLAUSE_OPENERS,
    DETERMINERS,
    PREPOSITIONS,
    VERB_POSITION,
)
from mediadiff.tone.params import REDUCED_SCOPE
from mediadiff.tone.vader import is_negation

__all__ = ["READ_AS_NOT", "lacked_objects", "modified_negated", "quantifier_scope", "read_as_not", "reduced_objects",
           "reporting_verbs"]

REDUCERS = frozenset(
    "reduce reduces reduced reducing reduction cut cuts cutting curb curbs curbed curbing prevent prevents "
    "prevented preventing prevention avert averts averted averting stop stops stopped stopping halt halts halted "
    "halting avoid avoids avoided avoiding end ends ended ending ease eases eased easing relieve relieves relieved "
    "relieving alleviate "
    "alleviates alleviated alleviating lessen lessens lessened lessening mitigate mitigates mitigated mitigating "
    "combat combats combated combating eliminate eliminates eliminated eliminating "
    "eradicate eradicates eradicated eradicating cure cures cured curing "
    # verbs of lessening and of holding in check (tonefix12: "could decrease breast cancer fatalities", "deter
    # violators", "tackle the opioid epidemic"); not "limit": its adjective "limited" ("a limited strike") is common
    "decrease decreases decreased decreasing diminish diminishes diminished diminishing minimize minimizes minimized "
    "minimizing minimise minimises minimised minimising lower lowers lowered lowering slash slashes slashed slashing "
    "deter deters deterred deterring suppress suppresses suppressed suppressing tackle tackles tackled "
    "tackling".split())
TACKLE = frozenset("tackle tackles tackled tackling".split())  # a reducer of problems only: see reduced_objects
REDUCED_THROUGH = frozenset({"of", "to", "against"})  # an object holds these; any other preposition ends it
OTHER_PREPOSITIONS = PREPOSITIONS | frozenset(
    "in on at by for from with into about over under after before through during".split())
DOWNWARD: frozenset[str] = frozenset()  # measured: "few little hardly barely scarcely" (bench/learn_tone_rules.py)
DOWNWARD_QUANTIFIERS = frozenset({"few", "little"})
# Adverbs that negate the one word they modify ("hardly **improved**", "scarcely **helped**"); see the docstring.
NARROW_NEGATORS = frozenset({"hardly", "scarcely"})
NO_LONGER = False
# Negative quantifiers that stand as a whole subject ("nobody", "none of them"); "no" opens one ("no one", "no
# injuries"). "None" and "neither" are VADER negations already, but their reach (three words) seldom gets past
# "of them was".
NEGATIVE_PRONOUNS = frozenset({"nobody", "nothing", "none", "neither"})
NEGATIVE_QUANTIFIERS, SUBJECT_PREPOSITIONS = NEGATIVE_PRONOUNS | {"no"}, frozenset("of about in at from".split())
QUANTIFIER_ASIDE = "negative quantifier: negates its predicate"
THERE_BE = frozenset("is was are were be been".split())
# "no" before corpus.grammar's NOT_QUANTIFIED ("no longer", "no matter") is no quantifier of a noun phrase, nor,
# outside "there is no ...", before its SENTENCE_ADVERBS ("no doubt", "no wonder"): see the docstring.
# After "no other X", a comparative or superlative in the clause makes it a superlative claim ("No other country has
# suffered more"): the predicate holds of the one compared, not negated. "-iest" superlatives count too.
COMPARED = frozenset("more less fewer most least better worse best worst greatest highest largest biggest longest "
                     "strongest".split())
# Verbs of telling, which take a hearer before the clause they report ("told reporters nobody was killed"); see
# ``_after_hearer``. A hearer is a short noun phrase: "reporters", "the Associated Press", "the victims' families".
TELLING = frozenset("tell tells told telling assure assures assured assuring reassure reassures reassured "
                    "reassuring inform informs informed informing remind reminds reminded reminding warn warns warned "
                    "warning notify notifies notified notifying promise promises promised promising advise advises "
                    "advised advising convince convinces convinced convincing persuade persuades persuaded "
                    "persuading".split())
HEARER_WORDS = 4
READ_AS_NOT = "part of 'no longer', read as not"  # why the "no" of "no longer" is set aside


def reduced_objects(tokens: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float],
                    keep: Collection[str] = ()) -> dict[int, str]:
    """Token index -> why, for the negative lexicon words of what a reducing verb takes ("reduce the **risk** of")."""
    out: dict[int, str] = {}
    for i in compress(range(len(tokens)), map(REDUCERS.__contains__, tokens)):
        verb, marked = _verb_use(tokens, i), {}
        j = i
        taken: list[int] = []  # the words of its object, in order
        while j + 1 < len(tokens) and j - i < REDUCED_SCOPE and not raw[j].endswith(CLAUSE_MARKS):
            j += 1
            word = tokens[j]
            if j == i + 1 and not verb and word not in REDUCED_THROUGH:
                break  # a noun takes its object through "of", "to", "against" only: "heavy fighting killed 20"
            if j == i + 1 and (word.endswith("ly") or word in ("up", "short", "hard", "back", "again")):
                break  # an adverb of manner, "end up", "stop short of": "the meeting ended badly" has no object
            if word in CLAUSE_OPENERS or word in AUXILIARIES or (word in OTHER_PREPOSITIONS
                                                                and word not in REDUCED_THROUGH):
                break  # a verb after it: the reducer was a noun subject ("the cuts were devastating"), no object
            taken.append(j)
            if word not in keep and lexicon.get(word, 0.0) < 0:
                marked[j] = "what is reduced or ended"
        head = _head(tokens, taken)
        if head is None or (tokens[i] in TACKLE and not tokens[head].endswith("s")
                            and table_row("people_nouns.tsv", tokens[head])):
            continue  # "tackled the armed suspect": one person, the football sense; "tackle violent criminals": policy
        good = [k for k in taken if k < head and tokens[k] not in keep and lexicon.get(tokens[k], 0.0) > 0]
        if sum(lexicon[tokens[k]] for k in [*good, *marked]) > 0:
            continue  # mostly good ("suppressed peaceful protests"): not something bad lessened; all keep their tone
        out.update((k, why) for k, why in marked.items() if k not in out)
        if head in marked and tokens[i] not in keep and lexicon.get(tokens[i], 0.0) < 0:
            # Lessening something bad is no bad news ("avoided a costly strike"); the verb keeps its tone when
            # only a modifier of what it takes is bad ("avoided tough questions").
            out.setdefault(i, "lessens or ends something bad")
    return out



def _head(tokens: Sequence[str], taken: Sequence[int]) -> int | None:
    """The head of the first noun phrase among the object's words ``taken``: its last word before "of", "to" or
    "against" ("the **risk** of heart disease", "a costly **strike**")."""
    head = None
    for k in taken:
        if tokens[k] in REDUCED_THROUGH:
            if head is not None:
                break
            continue  # a noun reducer's object opens with it: "an end to the war"
        head = k
    return head


def _verb_use(tokens: Sequence[str], i: int) -> bool:
    """Whether reducer ``tokens[i]`` is a verb, which takes its object directly ("to curb violence", "can cure
    infections", "which prevent attacks", "sharply reduced costs", "cuts the risk"), rather than a noun, whose
    object follows "of", "to" or "against" ("an end to the war"; "budget cuts hurt schools", "heavy fighting broke
    out" have none). Without a tagger: the word before it, a past form, or a determiner after it."""
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (before in VERB_POSITION or before in ("that", "which") or before.endswith("ly")
            or tokens[i].endswith("ed") or after in DETERMINERS)  # "the vaccine cuts the risk": a verb's object


def modified_negated(lower: Sequence[str], raw: Sequence[str]) -> list[int]:
    """The token indices of the words a narrow negator modifies: the word right after "hardly" or "scarcely"
    (``NARROW_NEGATORS``) in the same clause ("hardly **improved**"), which VADER should read negated
    (its N_SCALAR) on top of the adverb's dampening; nothing further on ("hardly improved, and prices fell")."""
    if NARROW_NEGATORS.isdisjoint(lower):  # most sentences have none (a set test in C)
        return []
    return [i + 1 for i, word in enumerate(lower[:-1])
            if word in NARROW_NEGATORS and not raw[i].endswith(CLAUSE_MARKS)]


# Words of lacking: what they take is what is missing ("short of **support**", "a lack of **transparency**", "lacks
# **credibility**"), so its first rated word within LACK_SCOPE words is read negated, as after "not" (VADER's
# N_SCALAR): "short of support amid a liberal revolt" read +2.3 from "support" (QA, tone toward Biden). A
# privative preposition phrase (Quirk et al. 1985, 9.56 "without"; 9.10 complex prepositions "short of", "for lack
# of", "in the absence of") negates its complement as "without", a VADER negation, does. "Out of reach": the idiom's
# "reach" (+1.2 in news) is what cannot be had. The nouns need "of"; the verb "lack" takes its object directly.
LACK_OF = frozenset("short lack absence shortage dearth devoid".split())
LACK_VERBS = frozenset("lacks lacked lacking".split())
LACK_SCOPE = 3
# Before a word of lacking these make it emphatic or doubly negative: "no shortage of", "nothing short of a miracle"
# (the miracle itself), "anything short of failure" (a concession); VADER's negations count too ("not lacking").
EMPHATIC_BEFORE_LACK = frozenset({"no", "nothing", "anything", "little"})


def lacked_objects(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> list[int]:
    """The token indices of the first rated word of what a word of lacking takes (see ``LACK_OF``'s comment), in
    the same clause and within ``LACK_SCOPE`` words; "reach" in "out of reach"."""
    if LACK_OF.isdisjoint(lower) and LACK_VERBS.isdisjoint(lower) and "reach" not in lower:
        return []
    out = []
    for i, word in enumerate(lower[:-1]):
        if raw[i].endswith(CLAUSE_MARKS):
            continue
        if word == "out" and lower[i + 1] == "of" and i + 2 < len(lower) and lower[i + 2] == "reach" \
                and not raw[i + 1].endswith(CLAUSE_MARKS):
            out.append(i + 2)
            continue
        if i and (is_negation(lower[i - 1]) or lower[i - 1] in EMPHATIC_BEFORE_LACK
                  or lower[i - 1] in ("stop", "stops", "stopped", "stopping")):
            continue  # "no shortage of", "nothing short of an attack", "stopped short of blaming": no lack of it
        if word in LACK_OF and lower[i + 1] == "of" and not raw[i + 1].endswith(CLAUSE_MARKS):
            first = i + 2
        elif word in LACK_VERBS or (word == "lack" and i and lower[i - 1] in VERB_POSITION):
            first = i + 1
        else:
            continue
        for k in range(first, min(first + LACK_SCOPE, len(lower))):
            if lower[k] in CLAUSE_OPENERS or lower[k] in AUXILIARIES or (k > first and lower[k].endswith("ed")):
                break  # the noun phrase ends before a verb: "his lack of knowledge is disturbing", "... action angered"
            if lexicon.get(lower[k]):
                out.append(k)
                break
            if raw[k].endswith(CLAUSE_MARKS):
                break
    return out


def quantifier_scope(lower: Sequence[str], raw: Sequence[str], *,
                     lexicon: Mapping[str, float]) -> tuple[list[int], list[int]]:
    """(the "no" of each negative quantifier subject to set aside, the predicate words it negates: read with VADER's
    N_SCALAR), see the docstring. ``lower``: lower-cased cores, ``raw``: whitespace tokens as written."""
    if NEGATIVE_QUANTIFIERS.isdisjoint(lower):  # most sentences have none (a set test in C)
        return [], []
    aside: list[int] = []
    negated: list[int] = []
    for q in compress(range(len(lower)), map(NEGATIVE_QUANTIFIERS.__contains__, lower)):
        word = lower[q]
        if word == "no" and q + 1 < len(lower) and lower[q + 1] in NOT_QUANTIFIED:
            continue
        existential = word == "no" and q > 1 and lower[q - 1] in THERE_BE and "there" in lower[max(0, q - 3):q]
        if word == "no" and not existential and q + 1 < len(lower) and lower[q + 1] in SENTENCE_ADVERBS:
            continue
        if not existential and not _subject_start(lower, raw, q):
            continue
        end = _subject_end(lower, raw, q, lexicon=lexicon)
        if end is None and not existential:
            continue
        if word == "no" and not any(lower[k] in lexicon for k in range(q + 1, min(q + 3, len(lower)))):
            aside.append(q)  # VADER would count "no" itself (-1.2): it negates no rated word near
        if existential or end is None:
            continue
        head = _predicate_head(lower, raw, end)
        if head is None:
            continue
        if lower[head] in PREPOSITIONS or _comparative(lower, raw, head, other=lower[q + 1] == "other"):
            continue  # "no one is like him": no predicate word; "no state was hurt more than Wyoming": Wyoming most
        heads = [head]
        if head + 2 < len(lower) and lower[head + 1] in ("or", "and", "nor") and not raw[head].endswith(CLAUSE_MARKS):
            heads.append(head + 2)  # "killed or injured"
        negated += [k for k in heads if lexicon.get(lower[k]) and not _vader_negates(lower, k)]
    return aside, negated


def _subject_start(lower: Sequence[str], raw: Sequence[str], q: int) -> bool:
    """Token ``q`` opens a clause's subject: it starts the sentence or follows a clause mark, an opening quote or a
    word that opens a clause ("that no one ...", "and nobody ...") or a reporting verb, whose "that" news drops
    ("Police said no one was hurt"), or a verb of telling and its hearer ("Officials told reporters nobody was
    killed", ``_after_hearer``)."""
    if q == 0 or raw[q - 1].endswith(CLAUSE_MARKS) or raw[q][:1] in "\"'\u201c\u2018":
        return True
    return lower[q - 1] in CLAUSE_OPENERS or lower[q - 1] in reporting_verbs() or _after_hearer(lower, raw, q)


def _after_hearer(lower: Sequence[str], raw: Sequence[str], q: int) -> bool:
    """Token ``q`` follows a verb of telling (``TELLING``) and its hearer, a noun phrase of up to ``HEARER_WORDS``
    words ("told **reporters** nobody was killed", "assured **the families** no one was hurt"): the verb's two
    objects, the hearer and a clause whose "that" news drops (Quirk et al. 1985, 16.58: ditransitive
    complementation with a that-clause). The hearer holds no clause mark, auxiliary, preposition, clause opener nor
    subject pronoun: past one of those the quantifier is no longer next to the verb's objects ("told reporters he
    found nothing")."""
    for k in range(q - 2, max(-1, q - 2 - HEARER_WORDS), -1):
        between = lower[k + 1]
        if raw[k].endswith(CLAUSE_MARKS) or between in AUXILIARIES or between in OTHER_PREPOSITIONS \
                or between in CLAUSE_OPENERS or between in SUBJECT_PRONOUNS or between in NEGATIVE_QUANTIFIERS:
            return False
        if lower[k] in TELLING:
            return True
    return False


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """One-word forms of the attribution cues (said, stressed, warned ...): in news they report who said
    something, so they carry no tone ("stressed" is -1.4 in VADER; ``sentiment`` reads them from here), and a
    negative quantifier after one opens its dropped-"that" clause's subject ("Police said no one was hurt")."""
    forms = {f.strip() for row in read_rows("attribution")[0] for f in (row.get("forms") or row["cue"]).split("|")}
    return frozenset(f for f in forms if f and " " not in f)


def _subject_end(lower: Sequence[str], raw: Sequence[str], q: int, *, lexicon: Mapping[str, float]) -> int | None:
    """The last token of the subject the quantifier at ``q`` opens, or ``None`` when no verb group is found: a
    pronoun ("nobody") is the whole subject unless "of" or a preposition of place or topic follows ("nothing about
    the plan was"); "no one" ends at "one"; "no" and "none/neither of"
    take up to three more words of a noun phrase, which must end at an auxiliary ("no injuries were", "none of the
    passengers was"): without a tagger, a verb is only sure there."""
    word = lower[q]
    if raw[q].endswith(CLAUSE_MARKS):
        return None
    if word == "no" and q + 1 < len(lower) and lower[q + 1] == "one":
        return q + 1 if not raw[q + 1].endswith(CLAUSE_MARKS) else None
    if word in NEGATIVE_PRONOUNS and (q + 1 >= len(lower) or lower[q + 1] not in SUBJECT_PREPOSITIONS):
        return q
    start = q + 2 if word != "no" else q + 1  # past "of", or the determiner "no"
    for k in range(start, min(start + 3, len(lower) - 1)):
        if lower[k] in AUXILIARIES or lower[k] in CLAUSE_OPENERS or lower[k] in OTHER_PREPOSITIONS:
            return None
        if word == "no" and (lower[k] in DETERMINERS or lower[k] in SUBJECT_PRONOUNS):
            return None  # a new noun phrase opens the clause's subject: "no doubt the attack was", "no wonder they"
        if raw[k].endswith(CLAUSE_MARKS):
            return None
        if lower[k + 1] in AUXILIARIES:
            return k
    return None


def _predicate_head(lower: Sequence[str], raw: Sequence[str], end: int) -> int | None:
    """The first word of the predicate after the subject ending at ``end``, past auxiliaries and adverbs ("was
    seriously **hurt**"); ``None`` past a negation (double negation is left to VADER) or a clause end."""
    k = end + 1
    while k < len(lower) and not raw[k - 1].endswith(CLAUSE_MARKS):
        word = lower[k]
        if word in ("not", "never") or word.endswith("n't"):
            return None
        if word in AUXILIARIES or word.endswith("ly") or word in ("ever", "even", "yet", "also", "being", "been"):
            k += 1
            continue
        return k
    return None


def _comparative(lower: Sequence[str], raw: Sequence[str], head: int, *, other: bool = False) -> bool:
    """A "than" follows the predicate head within its clause, or after "no other X" (``other``) a comparative or
    superlative (``COMPARED``, "-iest"): the quantifier denies that anything exceeds, and the predicate holds most
    of what is compared ("no state has been hurt more ... than Wyoming", "no other country has suffered more")."""
    for k in range(head, len(lower)):
        word = lower[k]
        if word == "than" or other and (word in COMPARED or word.endswith("iest")):
            return True
        if raw[k].endswith(CLAUSE_MARKS):
            return False
    return False


def _vader_negates(lower: Sequence[str], k: int) -> bool:
    """VADER negates word ``k`` itself: "no" one or two words before it, or one of its negations within three."""
    if "no" in lower[max(0, k - 2):k]:
        return True
    return any(map(is_negation, lower[max(0, k - 3):k]))


def read_as_not(tokens: Sequence[str], raw: Sequence[str]) -> tuple[list[int], list[int]]:
    """(the downward-entailing operators VADER should read as its "not", the "no" of each "no longer": set aside).
    Nothing while ``DOWNWARD`` is empty and ``NO_LONGER`` off (the shipped setting)."""
    if not DOWNWARD and not NO_LONGER:
        return [], []
    operators, parts = [], []
    for i, word in enumerate(tokens):
        if word in DOWNWARD and (word not in DOWNWARD_QUANTIFIERS or i == 0 or tokens[i - 1] not in DETERMINERS):
            operators.append(i)
        elif NO_LONGER and word == "longer" and i > 0 and tokens[i - 1] == "no" \
                and not raw[i - 1].endswith(CLAUSE_MARKS):
            operators.append(i)
            parts.append(i - 1)
    return operators, parts
