"""Build ``mediadiff/data/wordnet_adjectives.tsv``: the tone of evaluative adjectives and adverbs that
neither VADER nor Pattern rates, carried over WordNet 3.0 from the words they do rate.

Why (issue 14, NYT item): news tone reads two lexicons, VADER's and Pattern's adjectives
(``mediadiff/tone/pattern.py``); an editorial's "unwise", "sensibly", "formidable" or "angrier" is in
neither, so it reads as no tone. Lexicon expansion over WordNet (Hu & Liu 2004; Esuli & Sebastiani 2005,
2006, SentiWordNet) gives such a word the polarity of its rated neighbours:

* synonyms: the other words of the same synset, among the word's first SENSES senses;
* similar-to: the words of a synset WordNet links by ``&`` (a satellite adjective and its head);
* antonyms: a lexical ``!`` link, with the sign flipped ("unwise" from "wise");
* morphology (issue 14 (b)): an adverb's ``\\`` link to the adjective it is derived from ("sensibly" from
  "sensible"), an -ly adverb of a rated adjective, and comparatives and superlatives (``adj.exc``: "angrier"
  -> "angry"; regular -er / -est).

Each link is a vote with the neighbour's polarity (Pattern's, on its -1..1 scale, else VADER's valence / 4);
a word gets the mean of its votes when it has at least MIN_VOTES and at least AGREEMENT of the signed
votes agree in sign, and is written when that mean is at least MIN_POLARITY away from 0 (a word whose
neighbours are neutral stays unknown). One step only, from rated words: propagating from propagated words
drifts (Esuli & Sebastiani). Only words whose WordNet senses are mostly adjective or adverb are candidates
(topic nouns and verbs are not tone), not VADER's negations and boosters, not reporting verbs, and only words
of ``word_frequency.tsv`` (Zipf >= 2.5).

The settings are checked against an independent lexicon, not against the NYT ratings: Liu's opinion
lexicon (Hu & Liu 2004; Liu, Hu & Cheng 2005; ``bias_lexicons/positive_liu2005.txt``, ``negative_...``,
read here only, never shipped): the share of derived words it lists whose sign it shares. Whether the
words help news tone is measured by ``bench/learn_wordnet_tone.py`` (CV on the NYT odd ids).

    apt-get install wordnet-base  # WordNet 3.0 in /usr/share/wordnet
    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/make_wordnet_tone.py [--grid]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
OUT = ROOT / "mediadiff" / "data" / "wordnet_adjectives.tsv"
WORDNET = Path("/usr/share/wordnet")
SENSES = 3  # a word's first senses whose synsets vote (as make_word_links.py SYNONYM_SENSES: its news meanings)
MIN_VOTES = 1
AGREEMENT = 1.0  # share of the signed votes on the majority side
MIN_POLARITY = 0.2  # on Pattern's -1..1 scale
MIN_SUBJECTIVITY = 0.5  # mean subjectivity of the rated neighbours (Pattern's; VADER's words count as 1)
COMPARATIVES = (("ier", "y"), ("iest", "y"), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"))
ADVERBS = (("ily", "y"), ("ly", ""), ("ly", "le"), ("ally", ""))


def read_data_files(files: tuple[tuple[str, str], ...]) -> dict[str, tuple[list[str], list[tuple[str, str, int, int]]]]:
    """WordNet's ``data.<name>`` files, each with its part-of-speech letter: synset id (letter + offset) ->
    (lemmas, pointers (symbol, target id, source index, target index)); satellites are adjectives ("a")."""
    synsets: dict[str, tuple[list[str], list[tuple[str, str, int, int]]]] = {}
    for name, pos in files:
        for line in (WORDNET / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            parts = line.split()
            count = int(parts[3], 16)
            words = [parts[4 + 2 * i].lower().split("(")[0] for i in range(count)]
            at, pointers = 4 + 2 * count, []
            for _ in range(int(parts[at])):
                symbol, target, target_pos, where = parts[at + 1:at + 5]
                at += 4
                target_pos = "a" if target_pos == "s" else target_pos
                pointers.append((symbol, target_pos + target, int(where[:2], 16), int(where[2:], 16)))
            synsets[pos + parts[0]] = (words, pointers)
    return synsets


def read_synsets() -> tuple[dict, dict]:
    """(synset id -> (lemmas, pointers (symbol, target id, source index, target index)),
    lemma -> its adjective and adverb synset ids in sense order)."""
    synsets = read_data_files((("adj", "a"), ("adv", "r")))
    tagged = sense_counts()
    ranked: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for name, pos in (("adj", "a"), ("adv", "r")):
        for line in (WORDNET / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if not line.startswith("  "):
                parts = line.split()
                for number, offset in enumerate(parts[4 + int(parts[3]) + 2:], start=1):
                    count = tagged.get((parts[0], pos, number), 0)
                    ranked[parts[0]].append((-count, len(ranked[parts[0]]), pos + offset))
    # a word's senses in order of use, adjective and adverb senses together ("just" is mostly "only")
    return synsets, {word: [synset for *_, synset in sorted(found)] for word, found in ranked.items()}


def sense_counts() -> dict[tuple[str, str, int], int]:
    """(lemma, "a" or "r", sense number) -> times the sense was tagged in SemCor (WordNet's cntlist.rev)."""
    out: dict[tuple[str, str, int], int] = {}
    for line in (WORDNET / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, number, count = line.split()
        lemma, _, kind = key.partition("%")
        pos = {"3": "a", "5": "a", "4": "r"}.get(kind[:1])
        if pos:
            out[lemma, pos, int(number)] = out.get((lemma, pos, int(number)), 0) + int(count)
    return out


def seed_polarities() -> dict[str, tuple[float, float]]:
    """Rated word -> (polarity on Pattern's -1..1 scale, subjectivity): Pattern's shipped adjectives first,
    else VADER's valence / 4 (subjectivity 1: VADER rates only sentiment-laden words)."""
    from mediadiff.tone.sentiment import base_news_lexicon

    seeds = {w: (v / 4.0, 1.0) for w, v in base_news_lexicon().items() if w.isalpha()}
    seeds.update({w: (polarity, subjectivity) for w, (polarity, subjectivity) in pattern_adjectives().items()})
    return seeds


def pattern_adjectives() -> dict[str, tuple[float, float]]:
    """``data/pattern_adjectives.tsv`` alone (mediadiff's Pattern lexicon also holds the words written here):
    word -> (polarity, subjectivity), the -ly adverbs Pattern gives its adjectives included."""
    from mediadiff.tone.pattern import _rows

    return {r[0]: (float(r[1]), float(r[2])) for r in _rows("pattern_adjectives.tsv")}


def excluded() -> set[str]:
    """Words that are never candidates: rated anywhere in Pattern's full lexicon (with the -ly adverbs of its
    adjectives) or VADER's, VADER's rule
    words, reporting verbs, Pattern's negations and function words (``stopwords.txt``: "in", "up", "all" are
    adverbs in WordNet, never tone), hedges and boosters."""
    import xml.etree.ElementTree as ET

    from make_pattern_lexicon import xml_path

    from mediadiff.tone.pattern import NEGATIONS
    from mediadiff.tone.sentiment import _analyzer, reporting_verbs, vader_rule_words

    pattern_all = {w.get("form", "").lower() for w in ET.parse(xml_path()).getroot().iter("word")}
    stopwords = (ROOT / "mediadiff" / "data" / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    function_words = {w.strip() for w in stopwords if w.strip() and not w.startswith("#")}
    return (pattern_all | set(pattern_adjectives()) | set(_analyzer().lexicon) | vader_rule_words()
            | reporting_verbs() | NEGATIONS | function_words | certainty_cues())


def certainty_cues() -> set[str]:
    """Single-word hedges and boosters ("probably", "possibly", "actually"): certainty, scored apart, not tone."""
    from mediadiff.tone.lexicons import read_rows

    return {f.strip() for kind in ("hedge", "booster") for row in read_rows(kind)[0]
            for f in (row.get("forms") or row["cue"]).split("|") if " " not in f.strip()}


def candidates(senses: dict, skip: set[str]) -> list[str]:
    from learn_news_valence import mostly_adjective
    from make_noun_words import wordnet_senses

    frequent = {line.split("\t")[0] for line in
                (ROOT / "mediadiff" / "data" / "word_frequency.tsv").read_text(encoding="utf-8").splitlines()}
    counts = wordnet_senses()
    # forms WordNet does not list: regular comparatives, superlatives and -ly adverbs ("clearer", "cheapest")
    regular = {w for w in frequent if w not in counts and w.endswith(("er", "est", "ly"))}
    words = set(senses) | {f for f in inflections() if f in frequent} | regular
    return sorted(w for w in words if w.isalpha() and w in frequent and w not in skip and not relational(w, senses)
                  and (mostly_adjective(w, counts) or w not in counts))


def relational(word: str, senses: dict) -> bool:
    """Whether one of the word's first SENSES adjective senses is a pertainym, an adjective that relates to a
    noun ("racial" to "race", "judicial", "fiscal"): it classifies what a story is about, it is not tone."""
    synsets = _SYNSETS
    for synset in senses.get(word, [])[:SENSES]:
        lemmas, pointers = synsets[synset]
        own = lemmas.index(word) + 1 if word in lemmas else -1
        if synset[0] == "a" and any(s == "\\" and source in (0, own) for s, _, source, _ in pointers):
            return True
    return False


def inflections() -> dict[str, list[str]]:
    """Comparative or superlative form -> base adjectives, from WordNet's adj.exc ("angrier" -> "angry")."""
    out: dict[str, list[str]] = {}
    for line in (WORDNET / "adj.exc").read_text(encoding="latin-1").splitlines():
        form, *bases = line.split()
        out[form] = bases
    return out


def votes(word: str, synsets: dict, senses: dict, seeds: dict, irregular: dict) -> list[tuple[str, str, float]]:
    """(relation, rated neighbour, signed polarity) for each link of ``word`` to a rated word."""
    out = []
    for synset in senses.get(word, [])[:SENSES]:
        lemmas, pointers = synsets[synset]
        out += [("synonym", w, seeds[w][0]) for w in lemmas if w != word and w in seeds]
        own = lemmas.index(word) + 1 if word in lemmas else -1
        for symbol, target, source, index in pointers:
            if target not in synsets or (source and source != own):
                continue
            targets = synsets[target][0] if not index else [synsets[target][0][index - 1]]
            sign, relation = {"&": (1, "similar"), "!": (-1, "antonym"), "\\": (1, "derived")}.get(symbol, (0, ""))
            if synset[0] == "a" and symbol == "\\":
                continue  # an adjective's pertainym is a noun's relation ("presidential" -> "president"): topic
            out += [(relation, w, sign * seeds[w][0]) for w in targets if sign and w != word and w in seeds]
    bases = list(irregular.get(word, []))
    bases += [word[: -len(s)] + r for s, r in COMPARATIVES if word.endswith(s) and len(word) > len(s) + 2]
    bases += [b[:-1] for b in bases if len(b) > 3 and b[-1] == b[-2]]  # "bigger" -> "bigg" -> "big"
    adjectives = [b for b in dict.fromkeys(bases) if b in seeds and any(x[0] == "a" for x in senses.get(b, []))]
    out += [("comparative", b, seeds[b][0]) for b in adjectives[:1]]
    if not any(r == "derived" for r, _, _ in out):
        adverb_bases = [word[: -len(s)] + r for s, r in ADVERBS if word.endswith(s) and len(word) > len(s) + 2]
        out += [("adverb", b, seeds[b][0]) for b in dict.fromkeys(adverb_bases) if b in seeds][:1]
    return list({(r, w): (r, w, p) for r, w, p in out}.values())


def derive(min_votes: int, agreement: float, min_polarity: float, min_subjectivity: float = 0.0, *,
           relations: frozenset[str] | None = None, data: tuple | None = None) -> dict[str, tuple]:
    """Word -> (polarity, subjectivity, votes, the links behind it) for every candidate that passes; only
    links of ``relations`` when given."""
    synsets, senses, seeds, irregular, words = data or load()
    out = {}
    for word in words:
        found = [v for v in votes(word, synsets, senses, seeds, irregular) if relations is None or v[0] in relations]
        signed = [p for _, _, p in found if p]
        if len(found) < min_votes or not signed:
            continue
        majority = max(sum(p > 0 for p in signed), sum(p < 0 for p in signed)) / len(signed)
        polarity = sum(p for _, _, p in found) / len(found)
        subjectivity = sum(seeds[w][1] for _, w, _ in found) / len(found)
        if majority >= agreement and abs(polarity) >= min_polarity and subjectivity >= min_subjectivity:
            links = " ".join(f"{r}:{w}" for r, w, _ in found)
            out[word] = (polarity, subjectivity, len(found), links)
    return out


_SYNSETS: dict = {}


def load() -> tuple:
    synsets, senses = read_synsets()
    _SYNSETS.update(synsets)
    seeds, irregular = seed_polarities(), inflections()
    return synsets, senses, seeds, irregular, candidates(senses, excluded())


def liu_signs() -> dict[str, int]:
    from learn_hedge_weights import bench_dir

    out = {}
    for name, sign in (("positive_liu2005.txt", 1), ("negative_liu2005.txt", -1)):
        text = (bench_dir() / "bias_lexicons" / name).read_text(encoding="latin-1")
        out.update({w.strip(): sign for w in text.splitlines() if w.strip() and not w.startswith(";")})
    return out


def agreement_with_liu(derived: dict, liu: dict[str, int]) -> tuple[int, int, float]:
    listed = [w for w in derived if w in liu]
    right = sum((derived[w][0] > 0) == (liu[w] > 0) for w in listed)
    return len(derived), len(listed), right / max(len(listed), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", action="store_true", help="print the settings grid against Liu's lexicon")
    args = parser.parse_args()
    data, liu = load(), liu_signs()
    if args.grid:
        print("| min votes | agreement | min polarity | min subjectivity | words | in Liu's lexicon | sign agrees |\n"
              "|---|---|---|---|---|---|---|")
        for min_votes in (1, 2, 3):
            for agreement in (0.75, 1.0):
                for min_polarity in (0.1, 0.2):
                    for min_subjectivity in (0.0, 0.5):
                        derived = derive(min_votes, agreement, min_polarity, min_subjectivity, data=data)
                        n, listed, share = agreement_with_liu(derived, liu)
                        print(f"| {min_votes} | {agreement} | {min_polarity} | {min_subjectivity} | {n} | {listed} | "
                              f"{share:.3f} |")
        for relation in ("synonym", "similar", "antonym", "derived", "adverb", "comparative"):
            n, listed, share = agreement_with_liu(derive(MIN_VOTES, AGREEMENT, MIN_POLARITY, MIN_SUBJECTIVITY,
                                                         relations=frozenset({relation}), data=data), liu)
            print(f"{relation} only: {n} words, {listed} in Liu's lexicon, sign agrees {share:.3f}")
    derived = derive(MIN_VOTES, AGREEMENT, MIN_POLARITY, MIN_SUBJECTIVITY, data=data)
    n, listed, share = agreement_with_liu(derived, liu)
    write(derived)
    print(f"{n} words -> {OUT.relative_to(ROOT)}; {listed} in Liu's opinion lexicon, sign agrees on {share:.3f}")
    relations = Counter(link.split(":")[0] for _, _, _, links in derived.values() for link in links.split())
    print("links:", dict(relations))


def write(derived: dict) -> None:
    OUT.write_text(
        "# Adjectives and adverbs that neither VADER nor Pattern rates, with the mean polarity of the rated words\n"
        "# WordNet 3.0 links them to (synonyms and similar-to synsets of their first "
        f"{SENSES} senses, antonyms sign-flipped,\n"
        "# the adjective an adverb derives from, the base of a comparative or superlative). Written by\n"
        f"# bench/make_wordnet_tone.py (min votes {MIN_VOTES}, sign agreement {AGREEMENT}, |polarity| >= "
        f"{MIN_POLARITY},\n# neighbours' subjectivity >= {MIN_SUBJECTIVITY}). Read with"
        " data/pattern_adjectives.tsv by mediadiff/tone/pattern.py.\n# polarity -1..1 (Pattern's scale), "
        "subjectivity 0..1.\n"
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (WORDNET_LICENSE.txt)\n"
        "word\tpolarity\tsubjectivity\tvotes\tlinks\n"
        + "".join(f"{w}\t{p:.4g}\t{s:.4g}\t{n}\t{links}\n" for w, (p, s, n, links) in sorted(derived.items())),
        encoding="utf-8")


if __name__ == "__main__":
    main()
