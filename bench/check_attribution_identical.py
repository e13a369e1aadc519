"""Check that voices attribution gives identical results before and after a speed change.

Runs ``mediadiff.voices.attribute`` on every seed article, every PolNeAR train and dev article, the
498 NYT-snippet articles of ``bench_score_speed.py`` and two generated 1,000-sentence pairs of
``bench_compare_speed.py`` (the speed workloads), and keeps the whole result of each: the
attributions (spans, sources, speakers, cues, offsets, ``to_dict``), the actors, every actor mention
and the unattributed quoted spans. It adds the compare JSON of the 20 ordered seed pairs and the
``voices`` JSON of the seeds. Run it once on the code before the change (``--save``) and once after
(``--check``): any difference is printed and the exit status is 1.

    python bench/check_attribution_identical.py --save /tmp/attribution-before.json
    python bench/check_attribution_identical.py --check /tmp/attribution-before.json
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import tempfile
import time
from itertools import permutations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from identity import count_differences  # noqa: E402
from learn_hedge_weights import bench_dir  # noqa: E402


def attribution_record(article) -> str:  # type: ignore[no-untyped-def]
    from mediadiff.voices.attribution import attribute

    result = attribute(article)
    record = result.to_dict() | {"mentions": [m.to_dict() for m in result.mentions],
                                 "unattributed": [list(span) for span in result.unattributed]}
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def articles() -> dict[str, list]:
    """Named groups of articles, each in a fixed order."""
    from bench_compare_speed import as_article
    from bench_score_speed import write_articles
    from edited_copies import make_pair

    import mediadiff

    groups: dict[str, list] = {"seeds": list(mediadiff.load_corpus(REPO / "seeds"))}
    for split in ("train", "dev"):
        paths = sorted(glob.glob(str(bench_dir() / "polnear" / split / "text" / "*.txt")))
        groups[f"polnear-{split}"] = [mediadiff.load_article(path) for path in paths]
    with tempfile.TemporaryDirectory() as tmp:
        write_articles(Path(tmp))
        groups["nyt"] = list(mediadiff.load_corpus(Path(tmp)))
    pairs = [make_pair(1000, seed) for seed in (0, 1)]
    groups["generated"] = [as_article(f"{side}{k}", getattr(p, side)) for k, p in enumerate(pairs)
                           for side in ("a", "b")]
    return groups


def results() -> dict[str, list[str]]:
    import mediadiff
    from mediadiff.align.comparison import compare
    from mediadiff.voices.summary import voices_by_outlet

    out: dict[str, list[str]] = {}
    for name, group in articles().items():
        start = time.process_time()
        out[name] = [attribution_record(a) for a in group]
        print(f"{name}: {len(group)} articles, {time.process_time() - start:.2f} s CPU", file=sys.stderr)
    seeds = list(mediadiff.load_corpus(REPO / "seeds"))
    out["compare-seeds"] = [json.dumps(compare(a, b).to_dict(), ensure_ascii=False, sort_keys=True)
                            for a, b in permutations(seeds, 2)]
    out["voices-seeds"] = [json.dumps(voices_by_outlet(seeds).to_dict(), ensure_ascii=False, sort_keys=True)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args()
    now = results()
    counts = ", ".join(f"{k} {len(v):,}" for k, v in now.items())
    if args.save:
        args.save.write_text(json.dumps(now), encoding="utf-8")
        print(f"saved {counts} to {args.save}")
        return
    before = json.loads(args.check.read_text(encoding="utf-8"))
    bad = count_differences(before, now)
    print(f"{'IDENTICAL' if not bad else f'{bad} DIFFERENCES'}: {counts}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
