"""PolNeAR: direct quotes, speakers, cues and reported speech against gold attributions.

Gold: PolNeAR v1.0.0 (Newell, Margolin & Ruths 2018), ../shared/bench/polnear (train/dev; the test split is
held back). Each gold attribution relation has a Content span (what is attributed), a Source span (who,
as written) and a Cue. Develop on train, report dev:

    python bench/bench_polnear.py --split dev

Measures, for mediadiff.voices.attribute and, in the same run, the baseline (mediadiff 0.x's quotes.py,
frozen in bench/baseline_quotes.py):

* direct-quote precision: share of found direct quotes whose words lie (at least half) inside a gold
  Content span; recall: share of gold direct contents (a Content holding a double quote mark) that a
  found direct quote overlaps.
* speaker accuracy, where the gold source is a name (holds a capitalised word that is not a title or a
  pronoun): the speaker found (resolved actor, else the source as written) shares a name word with it.
  A quote with no speaker counts as wrong.
* no-speaker share: found direct quotes that match gold and have no source at all (a source found
  but naming nobody in particular, "officials said", is not counted here: it is a source).
* cue accuracy: matched quotes whose cue overlaps the gold cue's characters.
* reported-speech recall: gold contents without quote marks that a found reported clause covers (at
  least half of the gold content's characters).
* reported-speech precision: found reported clauses that overlap some gold Content (any, with or
  without quote marks, by at least one character), over all found reported clauses; a clause that
  overlaps no gold Content at all is junk. Lenient on purpose: it is there so a recall gain cannot
  hide clauses where PolNeAR's annotators saw no attribution whatever.
Gender Gap Tracker's published speaker accuracy (0.865, Asr et al. 2021) is on other data.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import sys
import time
from dataclasses import dataclass

BENCH = os.environ.get("MEDIADIFF_BENCH_DATA",
                       os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "bench"))
ROOT = os.path.join(BENCH, "polnear")
_T = re.compile(r"(T\d+)\t(\w+) ([\d ;]+)\t")
TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "secretary", "senator", "the", "former",
          "gop", "republican", "democratic", "democrat", "presidential", "candidate", "nominee", "u.s", "us", "vice",
          "speaker", "house", "minority", "majority", "leader", "gen", "lt", "col", "governor", "chairman"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "who", "which", "this", "that"}


@dataclass(frozen=True)
class Gold:
    content: tuple[int, int]
    text: str
    source: str | None
    cue: tuple[int, int] | None
    direct: bool


def load(split: str) -> list[tuple[str, list[Gold]]]:
    """(text path, gold relations) per article; the first annotator's file when several."""
    seen, out = set(), []
    for ann in sorted(glob.glob(os.path.join(ROOT, split, "attributions", "*.ann"))):
        name = os.path.basename(ann)[:-4].rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        path = os.path.join(ROOT, split, "text", name + ".txt")
        text = open(path, encoding="utf-8").read()
        spans, relations = {}, []
        for line in open(ann, encoding="utf-8"):
            m = _T.match(line)
            if m:
                parts = [tuple(map(int, x.split())) for x in m.group(3).split(";")]
                spans[m.group(1)] = (m.group(2), parts[0][0], parts[-1][1])
            elif line.startswith("E"):
                roles = dict(x.split(":") for x in line.split("\t")[1].split())
                content = spans.get(roles.get("Content", ""))
                if not content:
                    continue
                source = spans.get(roles.get("Source", ""))
                cue = spans.get(roles.get("Cue", ""))
                ctext = text[content[1]:content[2]]
                relations.append(Gold((content[1], content[2]), ctext,
                                      text[source[1]:source[2]] if source else None,
                                      (cue[1], cue[2]) if cue else None, bool(re.search("[\"“”]|''", ctext))))
        out.append((path, relations))
    return out


def name_words(text: str | None) -> set[str]:
    if not text:
        return set()
    words = re.findall(r"[A-Z][\w’'.-]*", text)
    return {re.sub(r"[’']s$", "", w).strip(".").lower() for w in words} - TITLES - PRONOUNS - {""}


def is_name(source: str | None) -> bool:
    return bool(source) and bool(name_words(source)) and source.split()[0].lower() not in PRONOUNS


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def evaluate(data, extract) -> dict[str, float]:
    """``extract(article) -> (direct, reported)`` with direct items (start, end,
    speaker, source, cue_start, cue_end) and reported items (start, end)."""
    from mediadiff import load_article

    tp = found = gold_direct = gold_hit = 0
    named = named_ok = no_speaker = cue_n = cue_ok = rep_n = rep_hit = rep_found = rep_ok = 0
    for path, golds in data:
        article = load_article(path)
        direct, reported = extract(article)
        gd = {g.content: g for g in golds if g.direct}
        gold_direct += len(gd)
        gold_hit += sum(any(overlap(g, (d[0], d[1])) for d in direct) for g in gd)
        for d in direct:
            found += 1
            inside = [g for g in golds if overlap(g.content, (d[0], d[1])) * 2 >= d[1] - d[0]]
            if not inside:
                continue
            tp += 1
            g = min(inside, key=lambda g: g.content[1] - g.content[0])
            if d[2] is None and d[3] is None:
                no_speaker += 1
            if is_name(g.source):
                named += 1
                named_ok += bool(name_words(g.source) & (name_words(d[2]) | name_words(d[3])))
            if g.cue:
                cue_n += 1
                cue_ok += d[4] is not None and overlap(g.cue, (d[4], d[5])) > 0
        for g in golds:
            if not g.direct and g.cue:
                rep_n += 1
                rep_hit += any(overlap(g.content, r) * 2 >= g.content[1] - g.content[0] for r in reported)
        rep_found += len(reported)
        rep_ok += sum(any(overlap(g.content, r) for g in golds) for r in reported)
    ratio = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {"precision": ratio(tp, found), "recall": ratio(gold_hit, gold_direct),
            "speaker_accuracy": ratio(named_ok, named), "no_speaker": ratio(no_speaker, tp),
            "cue_accuracy": ratio(cue_ok, cue_n), "reported_recall": ratio(rep_hit, rep_n),
            "reported_precision": ratio(rep_ok, rep_found), "found_reported": rep_found, "found": found,
            "gold_direct": gold_direct, "named": named, "gold_reported": rep_n}


def voices_extract(article):
    from mediadiff.voices import attribute

    result = attribute(article)
    direct = [(a.start, a.end, a.speaker, a.source, a.cue_start, a.cue_end) for a in result.direct]
    reported = [(a.start, a.end) for a in result.reported]
    return direct, reported


def baseline_extract(article):
    sys.path.insert(0, os.path.dirname(__file__))
    from baseline_quotes import extract_quotes

    direct = []
    for q in extract_quotes(article):
        direct.append((q.start, q.end, q.speaker, q.speaker, None, None))
    return direct, []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    data = load(args.split)[: args.limit or None]
    print(f"PolNeAR {args.split}: {len(data)} articles")
    keys = ("precision", "recall", "speaker_accuracy", "no_speaker", "cue_accuracy", "reported_recall",
            "reported_precision")
    print(f"{'method':<34}" + "".join(f"{k:>19}" for k in keys))
    for label, extract in (("baseline (0.x quotes.py)", baseline_extract), ("mediadiff.voices", voices_extract)):
        t = time.perf_counter()
        r = evaluate(data, extract)
        # The baseline gives neither cue offsets nor reported speech: those columns do not apply to it.
        shown = {k: ("n/a" if extract is baseline_extract and k in ("cue_accuracy", "reported_recall",
                                                                     "reported_precision")
                     else f"{r[k]:.3f}") for k in keys}
        print(f"{label:<34}" + "".join(f"{shown[k]:>19}" for k in keys)
              + f"   ({r['found']} found, {r['gold_direct']} gold direct, {r['named']} named, "
              f"{r['gold_reported']} gold reported, {r['found_reported']} found reported, "
              f"{time.perf_counter() - t:.1f}s)")
    print("Gender Gap Tracker (Asr et al. 2021, other data): speaker accuracy 0.865")


if __name__ == "__main__":
    main()
