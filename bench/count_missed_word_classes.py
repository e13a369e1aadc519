"""Classes of same-fact word pairs the word aligner leaves unlinked, on iSTS headlines train (wordlinks13).

For every gold EQUI or SIMI chunk pair (``bench_word_pairs_ists.load``) in which exactly one content word of
each side is left unlinked by ``align_tokens``, the class of that word pair: different numbers, one word inside
the other (compound, prefix, abbreviation), spelling, WordNet synonym in a first-three sense or only in a rarer
one, a cause or entailment pointer (kill > die, directly or through a derivation: killing / death),
hypernym within two steps, siblings (a shared hypernym within two steps), derivation, or other. Reads
WordNet 3.0 as ``make_word_links.py`` does (Debian ``wordnet-base``). Development data only.

``--msrp`` counts MSRP train paraphrases (quality 1) instead whose alignment leaves exactly one content word
of each sentence unlinked (a one-word substitution); the test split is never read. ``--allsides`` counts, over the
sentence pairs of the AllSides development gold links (``pairs``, ``pairs_third``; the held-out
``pairs_second`` is never read), each unlinked content word of A with each of B that a relation other than
siblings joins (long news sentences seldom leave one word each side).

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/count_missed_word_classes.py [--msrp | --allsides]
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_word_pairs_ists as ists  # noqa: E402
import make_word_links as builder  # noqa: E402

from mediadiff.align.wordalign import align_tokens, analyse  # noqa: E402

builder.SYNONYM_SENSES = 99  # every sense, in order
SYNSETS, SENSES, IRREGULAR = builder.read_wordnet(Path("/usr/share/wordnet"))
_SUFFIXES = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("men", "man"))


def lemmas(word: str) -> set[str]:
    word = word.lower()
    out = {word} | {word[: -len(s)] + r for s, r in _SUFFIXES if word.endswith(s)}
    out |= {base for (form, _), bases in IRREGULAR.items() if form == word for base in bases}
    return {w for w in out if w in SENSES}


def synsets(word: str) -> set[str]:
    return {s for lemma in lemmas(word) for s in SENSES[lemma]}


def hypernyms(ids: set[str], depth: int = 2) -> set[str]:
    out, frontier = set(), set(ids)
    for _ in range(depth):
        frontier = {t for s in frontier for p, t, _, _ in SYNSETS[s][1] if p in ("@", "@i") and t in SYNSETS}
        out |= frontier
    return out


def classify(x, y) -> str:
    a, b = x.norm.lower(), y.norm.lower()
    if "number" in (x.kind, y.kind):
        return "numbers"
    if a in b or b in a:
        return "one inside the other"
    if SequenceMatcher(None, a, b).ratio() >= 0.8:
        return "spelling"
    sa, sb = synsets(a), synsets(b)
    if sa & sb:
        top = all(any(s in SENSES[lemma][:3] for lemma in lemmas(w)) for w in (a, b) for s in sa & sb)
        return "synonym, first three senses" if top else "synonym, rarer sense only"
    if caused(sa) & sb or caused(sb) & sa:
        return "cause or entailment"
    if caused(with_derived(sa)) & with_derived(sb) or caused(with_derived(sb)) & with_derived(sa):
        return "cause or entailment through a derivation"
    if hypernyms(sa) & sb or hypernyms(sb) & sa:
        return "hypernym within two steps"
    if hypernyms(sa) & hypernyms(sb):
        return "siblings"
    return "derivation" if derived(sa) & lemmas(b) or derived(sb) & lemmas(a) else "other"


def caused(ids: set[str]) -> set[str]:
    """Synsets a cause (kill > die) or entailment (snore * sleep) pointer of these verb synsets reaches."""
    return {t for s in ids for p, t, _, _ in SYNSETS[s][1] if p in (">", "*") and t in SYNSETS}


def with_derived(ids: set[str]) -> set[str]:
    """These synsets and those a derivational pointer reaches (the noun "killing" and the verb "kill")."""
    return ids | {t for s in ids for p, t, _, _ in SYNSETS[s][1] if p == "+" and t in SYNSETS}


def derived(ids: set[str]) -> set[str]:
    """Words a derivational or pertainym pointer of these synsets reaches."""
    return {w.lower() for s in ids for p, t, _, _ in SYNSETS[s][1] if p in ("+", "\\") and t in SYNSETS
            for w in SYNSETS[t][0]}


def msrp_pairs() -> list[tuple[str, str]]:
    """MSRP train paraphrases (quality 1) as (A, B); the test split is never read."""
    path = Path(os.environ.get("MEDIADIFF_BENCH_DATA", ROOT.parent / "shared" / "bench")) / "msrp"
    lines = (path / "msr_paraphrase_train.txt").read_text(encoding="utf-8-sig").splitlines()[1:]
    return [(a, b) for quality, _, _, a, b in (line.split("\t") for line in lines) if quality == "1"]


def allsides_pairs() -> list[tuple[str, str]]:
    """Sentence pairs of the AllSides development gold links (``pairs``, ``pairs_third``; never ``pairs_second``)."""
    from bench_align_allsides import data_dir

    from mediadiff.corpus.reading import load_corpus

    gold = json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))
    corpus = load_corpus(data_dir() / "corpus")
    return [(corpus[pair["a"]].sentences[i].text, corpus[pair["b"]].sentences[j].text)
            for pair in gold["pairs"] + gold["pairs_third"] for i, j in pair["links"]]


def count_substitutions(pairs: list[tuple[str, str]], counts: Counter,
                        examples: dict[str, list[tuple[str, str]]], every: bool = False) -> None:
    """Pairs with exactly one unlinked content word on each side: a one-word substitution (``every``: each
    unlinked word of A with each of B, counted when a relation other than siblings joins them)."""
    for a, b in pairs:
        ta, tb = analyse(a), analyse(b)
        links = align_tokens(a, b)
        linked_a, linked_b = {i for i, _, _, _ in links}, {j for _, j, _, _ in links}
        left_a = [t for t in ta if t.index not in linked_a and t.kind != "function"]
        left_b = [t for t in tb if t.index not in linked_b and t.kind != "function"]
        if every:  # every pair of unlinked content words, kept when a relation joins them
            for x in left_a:
                for y in left_b:
                    found = classify(x, y)
                    if found not in ("other", "siblings", "numbers"):
                        counts[found] += 1
                        examples[found].append((x.text, y.text))
        elif len(left_a) == 1 and len(left_b) == 1:
            found = classify(left_a[0], left_b[0])
            counts[found] += 1
            examples[found].append((left_a[0].text, left_b[0].text))


def main() -> None:
    counts: Counter = Counter()
    examples: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if "--msrp" in sys.argv or "--allsides" in sys.argv:
        msrp = "--msrp" in sys.argv
        count_substitutions(msrp_pairs() if msrp else allsides_pairs(), counts, examples, every=not msrp)
        print(f"{sum(counts.values())} " + ("MSRP train paraphrases with one unlinked content word each side\n"
              if msrp else "unlinked word pairs in AllSides development gold links joined by a relation\n"))
        print("| class | pairs | examples |\n|---|---|---|")
        for found, count in counts.most_common():
            print(f"| {found} | {count} | {', '.join(f'{x}/{y}' for x, y in examples[found][:8])} |")
        return
    for raw_a, raw_b, chunks in ists.load():
        a, b = " ".join(raw_a), " ".join(raw_b)
        ta, tb = analyse(a), analyse(b)
        links = align_tokens(a, b)
        linked_a, linked_b = {i for i, _, _, _ in links}, {j for _, j, _, _ in links}
        spans_a = [(sum(len(w) + 1 for w in raw_a[:k]), len(raw_a[k])) for k in range(len(raw_a))]
        spans_b = [(sum(len(w) + 1 for w in raw_b[:k]), len(raw_b[k])) for k in range(len(raw_b))]
        for ids_a, ids_b, kind in chunks:
            if not kind.startswith(("EQUI", "SIMI")):
                continue
            left_a = [t for t in ta if t.index not in linked_a and t.kind != "function"
                      and any(spans_a[k - 1][0] <= t.start < sum(spans_a[k - 1]) for k in ids_a)]
            left_b = [t for t in tb if t.index not in linked_b and t.kind != "function"
                      and any(spans_b[k - 1][0] <= t.start < sum(spans_b[k - 1]) for k in ids_b)]
            if len(left_a) == 1 and len(left_b) == 1:
                found = classify(left_a[0], left_b[0])
                counts[found] += 1
                examples[found].append((left_a[0].text, left_b[0].text))
    print(f"{sum(counts.values())} gold EQUI/SIMI chunk pairs with one unlinked content word each side\n")
    print("| class | pairs | examples |\n|---|---|---|")
    for found, count in counts.most_common():
        print(f"| {found} | {count} | {', '.join(f'{x}/{y}' for x, y in examples[found][:6])} |")


if __name__ == "__main__":
    main()
