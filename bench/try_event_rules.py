"""Rules measured for issue 12's last seed wrong pair (003:6 -> 004:7), none shipped.

003:6 "US President Donald Trump has reiterated the possibility of attacking
cartels operating in Mexico to combat drug trafficking" is merged with 003:13
(the Monday Trump-Sheinbaum call, the gold partner) into 004:7 "... Sheinbaum
and ... Trump spoke on January 12 about security, drug trafficking, trade, and
investment". The matching takes 003:6 -> 004:7 (tf-idf link 0.32 against 0.26
for 003:13) and 003:13 then joins as a merge part. Three general rules about
what news sentences are, each applied on top of the shipped aligner (the same
``ours()`` as the benches), printed without and with it in one run:

- ``containment``: inside a split or merge, the core is the member that covers
  most of the single sentence on the other side (information weights of the
  word aligner, names included; cosine penalises a long member for words the
  other side need not carry), and every other member, in order of coverage,
  stays only when it covers content of the other side (not names or dates)
  that the members kept before it do not; a member that fails is freed and
  matched again like a sentence a join set free.
- ``event``: a pair (and a join) must link the predicate: the word aligner
  links a word that reads as a verb in one of the two sentences (an inflected
  verb form of WordNet 3.0, a form after an auxiliary or "to"; an -ing word
  after a determiner or another content word is a noun: "drug trafficking").
- ``parts-event``: the core by containment as above, and every other member of
  a split or merge must link a verb (the event test only where a sentence is
  added to a pair, not on the pairs themselves).
- ``dates``: two sentences that both give explicit dates (a month with a day
  number) or both give weekdays, and share none, do not report the same claim;
  ``month-days``: the same with explicit dates only (a weekday is often when
  something was reported, not when it happened).

Sets: seed gold (both splits; development figures), AllSides development and
held-out pairs, generated edited copies of 1,000 sentences (3 seeds; CPU
seconds of ``align_sentences`` per pair, median of the 3, one run: indicative
only, each variant runs in its own process under the machine's load). Figures
and why nothing was shipped: bench/results/align.md ("Not fixed: 003:6 -> 004:7").

``parts`` prints, for every split or merge the shipped aligner makes on the
gold sets, how much of the other side each member covers (the figures behind
the containment rule).

Usage (repository root; ``event`` needs Debian's ``wordnet-base`` in /usr/share/wordnet)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_event_rules.py          # all rules
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_event_rules.py event    # one rule
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_event_rules.py parts
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_align_allsides import data_dir  # noqa: E402
from bench_align_generated import ours as generated_links  # noqa: E402
from bench_seed_alignment import load_gold, ours  # noqa: E402
from edited_copies import make_pair  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align.claims import _content_tokens  # noqa: E402
from mediadiff.align.wordalign import align_tokens, analyse  # noqa: E402
from mediadiff.corpus.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
AUXILIARIES = frozenset("is are was were be been being am has have had do does did will would can could may might "
                        "must shall should to not".split())
DETERMINERS = frozenset("the a an this that these those his her its their our my your whose".split())


# --- containment: which member is the core, and what each other member adds -------------------------------

def coverage(part: str, other: str, content_only: bool) -> dict[int, float]:
    """Words of ``other`` (index -> information x link strength) that ``part`` links to."""
    to, tp = analyse(other), analyse(part)
    allowed = _content_tokens(other) if content_only else {t.index for t in to if t.is_content}
    return {j: to[j].weight * s for i, j, _, s in align_tokens(part, other) if j in allowed and tp[i].is_content}


def prune_parts(groups: list, a: list, b: list, part_test=None) -> list:
    """Keep in each split or merge its core and the members that pass ``part_test(member, single)``
    (default: they cover content of the single side that the members kept before them do not)."""
    out = []
    for g in groups:
        if len(g.a) == len(g.b) == 1:
            out.append(g)
            continue
        many_a = len(g.a) > 1
        members = g.a if many_a else g.b
        texts = a if many_a else b
        single = (b[g.b[0]] if many_a else a[g.a[0]]).text
        ranked = sorted(members, key=lambda m: -sum(coverage(texts[m].text, single, False).values()))
        kept, seen = [ranked[0]], set(coverage(texts[ranked[0]].text, single, True))
        for m in ranked[1:]:
            adds = set(coverage(texts[m].text, single, True)) - seen
            if (part_test(texts[m].text, single) if part_test else adds):
                kept.append(m)
                seen |= adds
        out.append(alignment._Group(sorted(kept), list(g.b)) if many_a else alignment._Group(list(g.a), sorted(kept)))
    return out


def patch_containment(part_test=None) -> None:
    join = alignment._join_better

    def join_then_prune(groups, scores, va, vb, floor, same_claim):
        texts = patch_containment.texts
        return prune_parts(join(groups, scores, va, vb, floor, same_claim), *texts, part_test=part_test)

    def align(a, b, threshold, similarity):
        patch_containment.texts = (a, b)
        return original_align(a, b, threshold, similarity)

    original_align = alignment._align
    alignment._join_better = join_then_prune
    alignment._align = align


# --- event: the pair links a verb --------------------------------------------------------------------------

def wordnet() -> tuple[dict[str, Counter], dict[str, str]]:
    senses: dict[str, Counter] = {}
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        for line in (WORDNET / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                parts = line.split()
                senses.setdefault(parts[0], Counter())[pos] += int(parts[2])
    irregular = dict(line.split()[:2] for line in (WORDNET / "verb.exc").read_text(encoding="utf-8").splitlines())
    return senses, irregular


def verb_base(word: str, senses: dict[str, Counter], irregular: dict[str, str]) -> str | None:
    if word in irregular:
        return irregular[word]
    for suffix, replacement in (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
                                ("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)] + replacement
            if senses.get(base, Counter())["v"]:
                return base
    return None


def verb_positions(text: str, senses: dict[str, Counter], irregular: dict[str, str]) -> set[int]:
    tokens = analyse(text)
    found = set()
    for k, token in enumerate(tokens):
        word, before = token.norm, (tokens[k - 1] if k else None)
        if token.kind != "word" or verb_base(word, senses, irregular) is None and not senses.get(word, Counter())["v"]:
            continue
        if word.endswith("ing"):
            # "drug trafficking", "the ruling": a noun; "of attacking", "are skipping": a verb.
            if before is None or not (before.is_content or before.norm in DETERMINERS):
                found.add(k)
        elif word.endswith("ed") or word in irregular:
            found.add(k)
        elif before is not None and before.norm in AUXILIARIES:
            found.add(k)
    return found


def links_a_verb(a: str, b: str, senses: dict[str, Counter], irregular: dict[str, str]) -> bool:
    va, vb = verb_positions(a, senses, irregular), verb_positions(b, senses, irregular)
    return any(x in va or y in vb for x, y, _, _ in align_tokens(a, b))


def patch_parts_event() -> None:
    """The core by containment; every other member of a split or merge must link a verb."""
    senses, irregular = wordnet()
    patch_containment(lambda part, single: links_a_verb(part, single, senses, irregular))


def patch_event() -> None:
    senses, irregular = wordnet()
    rule = alignment._claim_rule

    def claim_rule(a, b):
        same_claim = rule(a, b)

        def with_event(i: int, j: int) -> bool:
            if not same_claim(i, j):
                return False
            return links_a_verb(a[i].text, b[j].text, senses, irregular)

        return with_event

    alignment._claim_rule = claim_rule


# --- dates: different explicit dates are different claims ---------------------------------------------------

def dates(text: str) -> tuple[set[tuple[str, str]], set[str]]:
    words = [t.norm for t in analyse(text)]
    months = {m.lower().rstrip(".") for m in (*MONTHS, *MONTH_ABBREVIATIONS)}
    days = set()
    for k, w in enumerate(words):
        if w in months:
            for n in (words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""):
                if n.isdigit() and len(n) <= 2:
                    days.add((w[:3], n))
    return days, {w for w in words if w in WEEKDAYS}


def patch_dates(weekdays: bool = True) -> None:
    rule = alignment._claim_rule

    def claim_rule(a, b):
        same_claim = rule(a, b)

        def consistent(i: int, j: int) -> bool:
            (days_a, weekdays_a), (days_b, weekdays_b) = dates(a[i].text), dates(b[j].text)
            if days_a and days_b and not days_a & days_b:
                return False
            if weekdays and weekdays_a and weekdays_b and not weekdays_a & weekdays_b:
                return False
            return same_claim(i, j)

        return consistent

    alignment._claim_rule = claim_rule


# --- measuring ----------------------------------------------------------------------------------------------

def gold_set_lines(*, held_out: bool = True) -> list[str]:
    """Link P / R / F1 rows on the seed gold ("test", dev) and the AllSides gold (development, and held-out
    unless ``held_out=False``) for the aligner as patched now; shared with try_reporting_verbs_rule.py."""
    lines = []
    seeds = {a.id[:3]: a for a in load_corpus(ROOT / "seeds")}
    for split in ("test", "dev"):
        pairs = [(seeds[g["a"]].sentences, seeds[g["b"]].sentences, g["links"]) for g in load_gold(split)]
        lines.append(score(f"seed {split}", pairs))
    gold = json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))
    corpus = load_corpus(data_dir() / "corpus")
    sets = [("AllSides development", "pairs")] + [("AllSides held-out", "pairs_second")] * held_out
    for name, key in sets:
        pairs = [(corpus[p["a"]].sentences, corpus[p["b"]].sentences, p["links"]) for p in gold[key]]
        lines.append(score(name, pairs))
    return lines


def measure(*, held_out: bool = True) -> list[str]:
    """Figures of the aligner as patched now; ``held_out=False`` leaves the AllSides held-out set unread."""
    lines = gold_set_lines(held_out=held_out)
    tp = predicted = total = 0
    seconds = []
    for seed in range(3):
        pair = make_pair(1000, seed)
        start = time.process_time()
        found = generated_links(pair)[0]
        seconds.append(time.process_time() - start)
        tp, predicted, total = tp + len(found & pair.links), predicted + len(found), total + len(pair.links)
    p, r = tp / predicted, tp / total
    f1 = 2 * p * r / (p + r)
    lines.append(f"| generated, 1,000 x 3 | {p:.3f} ({tp}/{predicted}) | {r:.3f} ({tp}/{total}) | {f1:.3f} |")
    lines.append(f"| CPU s per generated pair (median of 3, cold) | {statistics.median(seconds):.3f} | | |")
    seeds = {a.id[:3]: a for a in load_corpus(ROOT / "seeds")}
    seed = ours(seeds["003"].sentences, seeds["004"].sentences)
    lines.append(f"| 003:6 -> 004:7 linked | {(6, 7) in seed} | 003:13 -> 004:7 linked: {(13, 7) in seed} | |")
    return lines


def score(name: str, pairs: list) -> str:
    tp = predicted = total = 0
    for a, b, links in pairs:
        found, gold = ours(a, b), {tuple(link) for link in links}
        tp, predicted, total = tp + len(found & gold), predicted + len(found), total + len(gold)
    p, r = tp / predicted, tp / total
    return f"| {name} | {p:.3f} ({tp}/{predicted}) | {r:.3f} ({tp}/{total}) | {2 * p * r / (p + r):.3f} |"


def gold_pairs():
    """(set, a sentences, b sentences, gold links) of the four gold sets."""
    seeds = {a.id[:3]: a for a in load_corpus(ROOT / "seeds")}
    for split in ("test", "dev"):
        for g in load_gold(split):
            yield f"seed {split} {g['a']}/{g['b']}", seeds[g["a"]].sentences, seeds[g["b"]].sentences, g["links"]
    gold = json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))
    corpus = load_corpus(data_dir() / "corpus")
    for name, key in (("AllSides dev", "pairs"), ("AllSides held-out", "pairs_second")):
        for p in gold[key]:
            yield f"{name} {p['a']}/{p['b']}", corpus[p["a"]].sentences, corpus[p["b"]].sentences, p["links"]


def parts() -> None:
    """Every split or merge of the shipped aligner on the gold sets, each member with how much of the
    single sentence on the other side it covers (information share: all content words and names, then
    content words beyond names and dates only), what it covers that no other member does, and how much
    of its own information the other side covers."""
    print("| pair | group | member | gold | covers other (all / content) | only this member (all / content) "
          "| own covered (all / content) |", "|---|---|---|---|---|---|---|", sep="\n")
    for name, a, b, links in gold_pairs():
        gold = {tuple(link) for link in links}
        for row in alignment.align_sentences(a, b):
            many_a = len(row.a_indices) > 1
            if not row.a_indices or not row.b_indices or len(row.a_indices) + len(row.b_indices) == 2:
                continue
            members, texts = (row.a_indices, a) if many_a else (row.b_indices, b)
            single = (b[row.b_indices[0]] if many_a else a[row.a_indices[0]]).text
            for m in members:
                cells = []
                for content_only in (False, True):
                    covers = [coverage(texts[x].text, single, content_only) for x in members]
                    mine = covers[members.index(m)]
                    others = set().union(*(c for x, c in zip(members, covers) if x != m))
                    whole = information(single, content_only)
                    own = sum(coverage(single, texts[m].text, content_only).values())
                    cells.append((sum(mine.values()) / whole,
                                  sum(w for j, w in mine.items() if j not in others) / whole,
                                  own / information(texts[m].text, content_only)))
                link = (m, row.b_indices[0]) if many_a else (row.a_indices[0], m)
                print(f"| {name} | {row.a_indices} -> {row.b_indices} | {link} | {link in gold} | "
                      + " | ".join(f"{cells[0][k]:.2f} / {cells[1][k]:.2f}" for k in range(3)) + " |")


def information(text: str, content_only: bool) -> float:
    tokens = analyse(text)
    allowed = _content_tokens(text) if content_only else {t.index for t in tokens if t.is_content}
    return sum(tokens[k].weight for k in allowed) or 1e-9


def main() -> None:
    rules = {"containment": patch_containment, "event": patch_event, "parts-event": patch_parts_event,
             "dates": patch_dates, "month-days": lambda: patch_dates(weekdays=False)}
    if len(sys.argv) < 2:
        # Patches do not undo: each variant runs in its own process, one after the other.
        for name in ("shipped", *rules):
            subprocess.run([sys.executable, __file__, name], check=True)
        return
    name = sys.argv[1]
    if name == "parts":
        parts()
        return
    if name != "shipped":
        rules[name]()
    print(f"\n{name}:", "| set | link P | link R | F1 |", "|---|---|---|---|", *measure(), sep="\n", flush=True)


if __name__ == "__main__":
    main()
