"""Carry tone over WordNet 3.0 to verbs (and to the nouns WordNet derives from rated words) that neither VADER nor
Pattern rates; writes the part that helped, ``mediadiff/data/wordnet_verb_forms.tsv``: the unrated inflections of
rated verbs ("sabotaged" from "sabotage").

Why (issue 14, NYT item): the error analysis of the odd ids (bench/results/nyt_error_causes.tsv) found "missed
words" the largest cause (24 of 100), mostly verbs and nouns ("flourished", "sabotaged", "dwindled", "antics");
bench/make_wordnet_tone.py carried tone to adjectives and adverbs only. The same lexicon expansion (Hu & Liu
2004; Esuli & Sebastiani 2006) for verbs, one step from rated words:

* synonyms: the other lemmas of the synsets of the verb's first SENSES verb senses (ranked by SemCor counts);
* verb groups (``$``: senses WordNet groups as similar);
* antonyms (``!``), sign flipped;
* derivation (``+``): a rated noun or adjective the verb sense is derived from or to ("sabotage" n).

and for NOUNS only derivation: a noun sense among the first SENSES with a ``+`` link to a rated verb or
adjective ("corruption" <- "corrupt", "celebration" <- "celebrate"), or an antonym of one. Each link votes with
the rated neighbour's polarity (Pattern's, else VADER's valence / 4); a verb lemma VADER rates only in an
inflected form ("ruined") votes with the mean of its rated forms. A lemma is kept when its signed votes all agree
(AGREEMENT), their mean is at least MIN_POLARITY from 0, and the mean subjectivity of the neighbours is at least
MIN_SUBJECTIVITY; then its inflections WordNet lists (``verb.exc``) or regular rules make (-s, -ed, -ing; nouns:
plural) are written, each form only when it is frequent (``word_frequency.tsv``, Zipf >= 2.5) and not excluded.

Never candidates (issue 14): words VADER or Pattern rate, reporting verbs (never tone), function words, hedges and
boosters, VADER's rule words, the adjectives and adverbs make_wordnet_tone.py writes; verb candidates must be
mostly verbs in WordNet (more verb senses than noun senses: "boom", "sacrifice" are nouns first), derived nouns
mostly nouns. Nouns go only where the topic-noun rule (``newsrules.topic_nouns``) sees them: the news lexicon of
VADER's member, where a topic noun classifying a noun or heading a subject carries no tone and elsewhere counts
``TOPIC_NOUN_WEIGHT`` times.

Settings are checked against Liu's opinion lexicon (read here only, never shipped: no licence stated), as for the
adjectives; whether the words help news tone is measured by bench/learn_wordnet_verbs.py (CV on NYT odd ids): the
propagated verbs and nouns did not (within noise, or worse); the one relation that did is morphology, a rated
verb's inflections that VADER's lexicon lacks (relation "inflection"), and only that part is written, for the
lemmas whose rating is of the verb (``rated_as_verb``: VADER rates a verb-only form of it, the verb is its commonest
use in SemCor, or its verb senses' rated neighbours share the rating's sign; bench/learn_verb_form_senses.py).

    apt-get install wordnet-base  # WordNet 3.0 in /usr/share/wordnet
    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/make_wordnet_verbs.py [--grid] [--reach]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import make_wordnet_tone as A  # noqa: E402

OUT = ROOT / "mediadiff" / "data" / "wordnet_verb_forms.tsv"
WORDNET = A.WORDNET
SENSES = 3
MIN_VOTES = 1
AGREEMENT = 1.0
MIN_POLARITY = 0.2
MIN_SUBJECTIVITY = 0.5
INFLECTIONS = True
VERB_ONLY_FORMS = True
LEMMA_FILTER = "verb third"  # chosen by bench/learn_wordnet_verbs.py (one-standard-error rule)
VERB_SENSE = "verb sense"  # which rated lemmas' rating is of the verb (rated_as_verb; bench/learn_verb_form_senses.py)
VERB_RELATIONS = ("synonym", "group", "antonym", "derived")
NOUN_RELATIONS = ("derived", "antonym")
# the missed words of the error table (bench/results/nyt_error_causes.tsv), as they are written there
MISSED = ("claimed smashed god-awful genius anemic sabotaged leaky baffling flourish stood filling victory sense "
          "flourished celebration charade dwindled extinction wanting devoid grayness shabbiness shot paralyzed "
          "dispiritingly commendably antics berserk sacrifice realistic celebration homeless plateau").split()


def read_synsets() -> tuple[dict, dict]:
    """(synset id -> (lemmas, pointers), lemma -> {"v": verb synsets, "n": noun synsets} in order of use),
    for all four parts of speech (adjective and adverb synsets are link targets)."""
    synsets = A.read_data_files((("adj", "a"), ("adv", "r"), ("verb", "v"), ("noun", "n")))
    tagged: Counter = Counter()
    for line in (WORDNET / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, number, count = line.split()
        lemma, _, kind = key.partition("%")
        pos = {"1": "n", "2": "v"}.get(kind[:1])
        if pos:
            tagged[lemma, pos, int(number)] += int(count)
    senses: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for name, pos in (("verb", "v"), ("noun", "n")):
        for line in (WORDNET / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if not line.startswith("  "):
                parts = line.split()
                offsets = parts[4 + int(parts[3]) + 2:]
                ranked = sorted((-tagged[parts[0], pos, n], n, pos + o) for n, o in enumerate(offsets, start=1))
                senses[parts[0]][pos] = [synset for *_, synset in ranked]
    return synsets, senses


def verb_forms() -> tuple[dict[str, set[str]], dict[str, list[str]]]:
    """(lemma -> irregular forms, form -> lemmas) from WordNet's verb.exc ("fell" -> "fall")."""
    forms: dict[str, set[str]] = defaultdict(set)
    lemmas: dict[str, list[str]] = defaultdict(list)
    for line in (WORDNET / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *bases = line.split()
        for base in bases:
            forms[base].add(form)
            lemmas[form].append(base)
    return forms, lemmas


def inflect(lemma: str, pos: str, irregular: dict[str, set[str]]) -> set[str]:
    """The lemma and its regular (and, for verbs, irregular) inflections; unchecked forms are filtered later."""
    out = {lemma}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    ies = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else ""
    sibilant = lemma.endswith(("s", "x", "z", "ch", "sh"))
    out.add(ies or (lemma + "es" if sibilant else lemma + "s"))
    if pos == "v":
        out |= irregular.get(lemma, set())
        past = lemma[:-1] + "ied" if ies else stem + "ed"
        out |= {past, stem + "ing", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


def verb_seeds(seeds: dict, lemmas_of: dict[str, list[str]]) -> dict[str, tuple[float, float]]:
    """Verb lemma -> (polarity, subjectivity) from its rated forms when the lemma itself is not rated: VADER rates
    "ruined" and "destroyed" beside "ruin" and "destroy", sometimes only the inflected form."""
    found: dict[str, list[tuple[float, float]]] = defaultdict(list)
    suffixes = (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", ""), ("es", ""), ("ied", "y"),
                ("ies", "y"))
    for word, value in seeds.items():
        bases = set(lemmas_of.get(word, []))
        bases |= {word[: -len(s)] + r for s, r in suffixes if word.endswith(s) and len(word) > len(s) + 2}
        for base in bases:
            if base not in seeds:
                found[base].append(value)
    return {w: (sum(p for p, _ in v) / len(v), sum(s for _, s in v) / len(v)) for w, v in found.items()}


def votes(lemma: str, pos: str, synsets: dict, senses: dict, rated: dict) -> list[tuple[str, str, float]]:
    """(relation, rated neighbour, signed polarity) for each link of ``lemma`` (a verb or noun) to a rated word."""
    out = []
    for synset in senses.get(lemma, {}).get(pos, [])[:SENSES]:
        lemmas, pointers = synsets[synset]
        own = lemmas.index(lemma) + 1 if lemma in lemmas else -1
        if pos == "v":
            out += [("synonym", w, rated[w][0]) for w in lemmas if w != lemma and w in rated]
        for symbol, target, source, index in pointers:
            if target not in synsets or (source and source != own):
                continue
            sign, relation = {"$": (1, "group"), "!": (-1, "antonym"), "+": (1, "derived")}.get(symbol, (0, ""))
            if not sign or (pos == "n" and relation == "group") or (relation == "derived" and target[0] not in "va"
                                                                   and pos == "n"):
                continue
            targets = synsets[target][0] if not index else [synsets[target][0][index - 1]]
            out += [(relation, w, sign * rated[w][0]) for w in targets if w != lemma and w in rated]
    return list({(r, w): (r, w, p) for r, w, p in out}.values())


def load() -> dict:
    """Everything the derivation reads, once."""
    from make_noun_words import wordnet_senses

    synsets, senses = read_synsets()
    irregular, lemmas_of = verb_forms()
    seeds = A.seed_polarities()
    rated = {**verb_seeds(seeds, lemmas_of), **seeds}
    frequent = {line.split("\t")[0] for line in
                (ROOT / "mediadiff" / "data" / "word_frequency.tsv").read_text(encoding="utf-8").splitlines()}
    from mediadiff.tone.pattern import wordnet_words

    adjectives = set(A.pattern_adjectives()) | set(wordnet_words())
    skip = A.excluded() | adjectives
    from mediadiff.tone.newsrules import function_words
    from mediadiff.tone.pattern import NEGATIONS
    from mediadiff.tone.sentiment import base_news_lexicon, reporting_verbs, vader_rule_words

    never = reporting_verbs() | vader_rule_words() | NEGATIONS | function_words() | A.certainty_cues()
    form_of: dict[str, set[str]] = defaultdict(set)
    for lemma, by_pos in senses.items():
        if "v" in by_pos:
            for form in inflect(lemma, "v", irregular):
                form_of[form].add(lemma)
    return {"form_of": form_of, "never": never, "synsets": synsets, "senses": senses, "irregular": irregular,
            "rated": rated, "seeds": seeds, "uses": semcor_uses(), "vader": dict(base_news_lexicon()),
            "frequent": frequent, "skip": skip, "counts": wordnet_senses()}


def mostly(lemma: str, pos: str, counts: dict) -> bool:
    """A verb candidate has more verb senses than noun senses ("boom" is a noun first); a noun candidate at least
    as many noun senses as verb senses (``newsrules.is_topic_noun``); both more than adjective and adverb senses."""
    own = counts.get(lemma, Counter())
    other = own["a"] + own["r"]
    if pos == "v":
        return own["v"] > own["n"] and own["v"] > other
    return own["n"] >= own["v"] and own["n"] > other


def derive(min_votes: int = MIN_VOTES, agreement: float = AGREEMENT, min_polarity: float = MIN_POLARITY,
           min_subjectivity: float = MIN_SUBJECTIVITY, *, pos_kept: str = "vn", inflections: bool = INFLECTIONS,
           verb_only_forms: bool = VERB_ONLY_FORMS, plurals: bool = False, lemma_filter: str = LEMMA_FILTER,
           verb_sense: str = "any", data: dict) -> dict[str, tuple]:
    """Surface form -> (polarity, subjectivity, votes, links, lemma, part of speech) of every form that passes.
    ``inflections``: the unrated forms of rated verbs; ``verb_only_forms``: the -ed / -ing forms of verbs that
    are mostly nouns ("flourished"), never the bare lemma, which reads as the noun; ``plurals``: the unrated
    plurals of rated nouns ("failures"; tried, see bench/learn_wordnet_verbs.py); ``lemma_filter``: which rated
    lemmas pass their rating to their forms (``rated_sense_kept``); ``verb_sense``: and which of those are rated as
    verbs (``rated_as_verb``; "any": no check, as learn_wordnet_verbs.py measured)."""
    rated, skip, frequent = data["rated"], data["skip"], data["frequent"]
    out: dict[str, tuple] = {}
    for lemma, by_pos in data["senses"].items():
        for pos in (p for p in "vn" if p in by_pos and p in pos_kept):
            if lemma in data["never"] or not lemma.isalpha() or (pos == "n" and not mostly(lemma, pos, data["counts"])):
                continue
            if lemma in data["seeds"]:  # a rated lemma: its unrated forms ("sabotage" -> "sabotaged")
                wanted = inflections if pos == "v" else plurals
                if not wanted or not rated_sense_kept(lemma, pos, data["counts"], lemma_filter) or (
                        pos == "v" and not rated_as_verb(lemma, data, verb_sense)):
                    continue
                found = [("inflection" if pos == "v" else "plural", lemma, data["seeds"][lemma][0])]
            elif lemma in rated or lemma in skip or not mostly(lemma, pos, data["counts"]) and not verb_only_forms:
                continue
            else:
                found = votes(lemma, pos, data["synsets"], data["senses"], rated)
            signed = [p for _, _, p in found if p]
            if len(found) < min_votes or not signed:
                continue
            majority = max(sum(p > 0 for p in signed), sum(p < 0 for p in signed)) / len(signed)
            polarity = sum(p for _, _, p in found) / len(found)
            subjectivity = sum(rated[w][1] for _, w, _ in found) / len(found)
            if majority < agreement or abs(polarity) < min_polarity or subjectivity < min_subjectivity:
                continue
            links = " ".join(f"{r}:{w}" for r, w, _ in found)
            forms = inflect(lemma, pos, data["irregular"])
            if lemma in data["seeds"] and pos == "n":  # "nhs", "vips": plurals of abbreviations are not words
                if len(lemma) < 4:
                    continue
                forms = {f for f in forms if f != lemma}
            elif pos == "v" and (lemma in data["seeds"] or not mostly(lemma, pos, data["counts"])):
                # the lemma is rated, or mostly a noun ("flourish", "sacrifice"): only the forms that are verbs
                forms = {f for f in forms if f != lemma and not is_noun(f, data["counts"])}
            for form in forms:
                if len(data["form_of"].get(form, ())) > 1:
                    continue  # the form of two verbs: "wining" (win, wine), "hoped" (hop, hope)
                if form in frequent and form not in skip and form not in data["seeds"] and form not in out:
                    out[form] = (polarity, subjectivity, len(found), links, lemma, pos)
    return out


def rated_sense_kept(lemma: str, pos: str, counts: dict, how: str) -> bool:
    """Whether a rated lemma's rating carries to its inflections. "not adjective": unless the lemma is mostly an
    adjective or adverb (VADER rated "fine", "cool", "fair" as adjectives; "fined", "cooled" are other senses; a
    noun and its verb, "bomb" / "bombed", "sabotage" / "sabotaged", usually share their evaluation); "verb third":
    that, and at least a third as many senses of the form's part of speech as of the other (VADER's "hand" +2.2 is
    the noun's "a hand", not "handed"); "mostly":
    only a lemma mostly of the form's own part of speech (``mostly``); "any": every rated lemma."""
    if how == "any":
        return True
    if how == "mostly":
        return mostly(lemma, pos, counts)
    own = counts.get(lemma, Counter())
    if how == "verb third":  # and not mostly a noun by make_noun_words.py's measure: "hand" (14 noun, 2 verb senses)
        other = "n" if pos == "v" else "v"
        return own["a"] + own["r"] < own[pos] and 3 * own[pos] >= own[other]
    return own["a"] + own["r"] < own[pos]


def semcor_uses() -> Counter:
    """(lemma, part of speech) -> SemCor-tagged uses over all its senses (WordNet 3.0 ``cntlist.rev``; adjective
    satellites and adverbs count as "a")."""
    uses: Counter = Counter()
    for line in (WORDNET / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, _, kind = key.partition("%")
        uses[lemma, {"1": "n", "2": "v", "3": "a", "4": "a", "5": "a"}[kind[:1]]] += int(count)
    return uses


def verb_usage(lemma: str, data: dict) -> bool:
    """Whether the verb is the lemma's commonest use, as a rater reading the word alone would read it: SemCor-tagged
    verb uses at least its noun uses and its adjective and adverb uses; a lemma SemCor never tags ("sabotage",
    "scam"): verb senses at least noun senses and more than adjective and adverb senses."""
    uses = data["uses"]
    v, n, a = uses[lemma, "v"], uses[lemma, "n"], uses[lemma, "a"]
    if v + n + a:
        return v >= n and v >= a
    own = data["counts"].get(lemma, Counter())
    return own["v"] >= own["n"] and own["v"] > own["a"] + own["r"]


def verb_evidence(lemma: str, rating: float, data: dict, *, verb_rated_only: bool = False) -> int:
    """+1 when the rated words the lemma's first verb senses link to (``votes``) have, on mean, the rating's sign;
    -1 when the other sign; 0 when they link to no rated word. ``verb_rated_only``: count only neighbours whose
    own rating is of a verb (``verb_usage`` or ``vader_rates_verb_form``), not "clear" (an adjective) for "top"."""
    found = votes(lemma, "v", data["synsets"], data["senses"], data["rated"])
    if verb_rated_only:
        found = [x for x in found if verb_usage(x[1], data) or vader_rates_verb_form(x[1], data)]
    mean = sum(p for _, _, p in found) / len(found) if found else 0.0
    return 0 if not mean else (1 if (mean > 0) == (rating > 0) else -1)


def vader_rates_verb_form(lemma: str, data: dict) -> bool:
    """Whether VADER rates a form of the lemma that can only be a verb (-ed, -ing, an irregular past: "protected",
    "helping"; not "-s", which may be a plural) with the lemma's sign: its raters read that word as a verb. A form
    of two verbs ("robed": rob, robe) is no evidence."""
    rating = data["seeds"].get(lemma, (0.0, 0.0))[0]
    forms = {f for f in inflect(lemma, "v", data["irregular"]) if f != lemma and not f.endswith("s")}
    return any(f in data["vader"] and data["vader"][f] * rating > 0 and len(data["form_of"].get(f, ())) == 1
               for f in forms)


def rated_as_verb(lemma: str, data: dict, how: str = "verb sense") -> bool:
    """Whether a rated lemma's rating is of its verb, so its verb forms may take it (VADER rates words, not
    senses: "fan" +1.3 is a fan, not fanning the flames; "temper" -1.8 a temper, not tempering steel). "verb
    sense": any of three kinds of evidence: VADER rates a verb-only form of it (``vader_rates_verb_form``), the
    verb is its commonest use (``verb_usage``), or its verb senses' rated neighbours share the rating's sign
    (``verb_evidence``); "verb sense, verb-rated neighbours": the same, counting only neighbours rated as verbs;
    "any": no check (the shipped forms before toneforms)."""
    if how == "any":
        return True
    rating = data["seeds"][lemma][0]
    return (vader_rates_verb_form(lemma, data) or verb_usage(lemma, data)
            or verb_evidence(lemma, rating, data, verb_rated_only=how != "verb sense") > 0)


def is_noun(form: str, counts: dict) -> bool:
    """Whether WordNet knows the form as a noun ("sacrifices", "claims"; not "sacrificed")."""
    if counts.get(form, Counter())["n"] > 0:
        return True
    bases = [form[:-1], form[:-2], form[:-3] + "y"] if form.endswith("s") else []
    return any(counts.get(base, Counter())["n"] > 0 for base in bases)


def reach(derived: dict) -> None:
    """Which missed words of the error table the derived words reach."""
    hit = [w for w in dict.fromkeys(MISSED) if w in derived]
    print(f"missed words of the error table reached: {len(hit)} of {len(set(MISSED))}: "
          + ", ".join(f"{w} ({derived[w][0]:+.2f} from {derived[w][3]})" for w in hit))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", action="store_true", help="print the settings grid against Liu's lexicon")
    parser.add_argument("--reach", action="store_true", help="only list the missed words reached, write nothing")
    args = parser.parse_args()
    data, liu = load(), A.liu_signs()
    if args.grid:
        print("| parts of speech | min votes | agreement | min polarity | forms | lemmas | in Liu's lexicon | "
              "sign agrees |\n|---|---|---|---|---|---|---|---|")
        for pos in ("v", "n", "vn"):
            for min_votes in (1, 2):
                for agreement in (0.75, 1.0):
                    for min_polarity in (0.1, 0.2, 0.3):
                        derived = derive(min_votes, agreement, min_polarity, MIN_SUBJECTIVITY, pos_kept=pos, data=data)
                        n, listed, share = A.agreement_with_liu(derived, liu)
                        lemmas = len({v[4] for v in derived.values()})
                        print(f"| {pos} | {min_votes} | {agreement} | {min_polarity} | {n} | {lemmas} | "
                              f"{listed} | {share:.3f} |")
        for relation in ("synonym", "group", "antonym", "derived", "inflection"):
            derived = {w: v for w, v in derive(data=data).items()
                       if {x.split(":")[0] for x in v[3].split()} == {relation}}
            n, listed, share = A.agreement_with_liu(derived, liu)
            print(f"{relation} alone: {n} forms, {listed} in Liu's lexicon, sign agrees {share:.3f}")
    derived = derive(data=data)
    reach(derived)
    n, listed, share = A.agreement_with_liu(derived, liu)
    relations = Counter(link.split(":")[0] for v in derived.values() for link in v[3].split())
    print(f"the whole propagation: {n} forms ({sum(v[5] == 'v' for v in derived.values())} verb forms); {listed} in "
          f"Liu's opinion lexicon, sign agrees on {share:.3f}; links: {dict(relations)}")
    forms = shipped(data)
    reach(forms)
    n, listed, share = A.agreement_with_liu(forms, liu)
    print(f"shipped, the unrated forms of rated verbs: {n} forms; {listed} in Liu's lexicon, sign agrees on "
          f"{share:.3f}")
    if not args.reach:
        write(forms)
        print(f"-> {OUT.relative_to(ROOT)}")


def shipped(data: dict) -> dict[str, tuple]:
    """What ships (the one-standard-error choice of bench/learn_wordnet_verbs.py): the unrated inflections of rated
    verbs whose lemma is not mostly an adjective, each with its lemma's rating; the propagated verbs and nouns did
    not help news tone beyond noise. Only lemmas whose rating is of the verb (``rated_as_verb``, toneforms: not
    "fanned" from a fan or "tempered" from a temper; bench/learn_verb_form_senses.py)."""
    return {w: v for w, v in derive(pos_kept="v", verb_sense=VERB_SENSE, data=data).items()
            if {x.split(":")[0] for x in v[3].split()} == {"inflection"}}


def write(forms: dict) -> None:
    header = """\
Inflected forms of rated verbs that VADER's lexicon does not list (VADER rates word forms, not lemmas:
"sabotage" -2.4 but not "sabotaged"), each with its lemma's rating on VADER's -4..4 scale (VADER's valence,
or 4 x Pattern's polarity for a lemma only Pattern rates); the news lexicon reads a form at its lemma's
news valence (data/news_valence.tsv) where the lemma is re-rated, else at this one. Forms from WordNet 3.0
(verb.exc) and the regular -s / -ed / -ing rules, kept when frequent (data/word_frequency.tsv), not a noun
in WordNet, the form of one verb only, the lemma not mostly an adjective or adverb ("fined" is not "fine"),
with at least a third as many verb senses as noun senses ("handed" is not VADER's "hand"), and its rating
of the verb: VADER rates a verb-only form of it, the verb is its commonest use in SemCor, or its verb
senses' rated WordNet neighbours share the rating's sign ("fanned" is not VADER's "fan", "tempered" not its
"temper"). Reporting verbs, hedges, boosters and function words are never listed. Written by
bench/make_wordnet_verbs.py; read by mediadiff/tone/sentiment.py into the news lexicon.
WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (WORDNET_LICENSE.txt)"""
    OUT.write_text("".join(f"# {line}\n" for line in header.splitlines()) + "word\tvalence\tlemma\n"
                   + "".join(f"{w}\t{4 * p:.3g}\t{lemma}\n" for w, (p, _, _, _, lemma, _) in sorted(forms.items())),
                   encoding="utf-8")


if __name__ == "__main__":
    main()
