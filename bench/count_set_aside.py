"""Count the lines the corpus stage sets aside (``Article.removed``) on real news, and show what moved.

Reads the seeds, PolNeAR train and dev (``text/*.txt``, 924 articles), the AllSides corpus (975 JSON
stories) and the ECB+ documents of the development topics 1-35 (772, one tokenised sentence a line, as
``bench_ecbplus.load`` rebuilds them; the test topics are left out) with the defaults, and records every
set-aside line (corpus, article id, reason, text) and every body sentence count. Run it on the code
before a cleaning change (``--save``) and after (``--compare``): it prints the count by reason before and
after, then the lines newly set aside and the lines no longer set aside, each with its reason
(``--show N`` of each, default 60), and the articles whose authors or wire changed.

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/count_set_aside.py --save /tmp/aside-before.json
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/count_set_aside.py --compare /tmp/aside-before.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from learn_hedge_weights import bench_dir  # noqa: E402


def corpora() -> dict[str, Path | None]:
    root = bench_dir()
    return {"seeds": REPO / "seeds", "polnear-train": root / "polnear" / "train" / "text",
            "polnear-dev": root / "polnear" / "dev" / "text", "allsides": root / "allsides_stories" / "corpus",
            "ecbplus-dev": None}


def _ecbplus_dev() -> list:
    from bench_ecbplus import TEST_TOPICS, load

    from mediadiff.corpus.cleaning import clean_text

    return [clean_text(text + "\n", article_id=f"{topic}-{number}", path="-")
            for number, (topic, _, text) in enumerate(load()) if topic not in TEST_TOPICS]


def record() -> dict[str, dict[str, object]]:
    from mediadiff.corpus.reading import load_corpus

    found: dict[str, dict[str, object]] = {}
    for name, folder in corpora().items():
        for article in load_corpus(folder) if folder is not None else _ecbplus_dev():
            found[f"{name}/{article.id}"] = {
                "sentences": len(article.sentences), "published": article.published,
                "removed": [[r.reason, r.text] for r in article.removed],
                "authors": list(article.authors), "wire": article.wire}
    return found


def _lines(found: dict[str, dict[str, object]]) -> Counter:
    return Counter((key, reason, text) for key, value in found.items()
                   for reason, text in value["removed"])  # type: ignore[attr-defined]


def compare(before: dict[str, dict[str, object]], after: dict[str, dict[str, object]], show: int) -> None:
    for name in corpora():
        keys = [key for key in after if key.startswith(name + "/")]
        count_before = Counter(reason for key in keys for reason, _ in before.get(key, {}).get("removed", []))
        count_after = Counter(reason for key in keys for reason, _ in after[key]["removed"])  # type: ignore[union-attr]
        sentences = [sum(int(found[key]["sentences"]) for key in keys if key in found) for found in (before, after)]
        dated = [sum(bool(found.get(key, {}).get("published")) for key in keys) for found in (before, after)]
        print(f"{name}: {len(keys)} articles, body sentences {sentences[0]} -> {sentences[1]}, "
              f"dated {dated[0]} -> {dated[1]}")
        for reason in sorted(set(count_before) | set(count_after)):
            if count_before[reason] != count_after[reason]:
                print(f"  {reason:22} {count_before[reason]:6} -> {count_after[reason]:6}")
    old, new = _lines(before), _lines(after)
    old_text = Counter((key, text) for key, _, text in old.elements())
    new_text = Counter((key, text) for key, _, text in new.elements())
    added = [line for line in (new - old).elements()]
    dropped = [line for line in (old - new).elements()]
    relabelled = [line for line in added if (line[0], line[2]) in old_text]
    fresh = [line for line in added if (line[0], line[2]) not in old_text]
    gone = [line for line in dropped if (line[0], line[2]) not in new_text]
    for title, lines in (("newly set aside", fresh), ("set aside before, with another reason now", relabelled),
                         ("no longer set aside", gone)):
        print(f"\n{title}: {len(lines)} (by reason: {dict(Counter(r for _, r, _ in lines).most_common())})")
        for key, reason, text in random.Random(0).sample(lines, min(show, len(lines))):
            print(f"  {reason:16} {key[:40]:40} {text[:150]!r}")
    for field in ("authors", "wire"):  # metadata the set-aside lines give (a save before they were kept has none)
        moved = [(key, before[key].get(field), value[field]) for key, value in after.items()
                 if key in before and field in before[key] and before[key][field] != value[field]]
        print(f"\n{field} changed: {len(moved)}")
        for key, old_value, new_value in moved[:show]:
            print(f"  {key[:40]:40} {old_value!r} -> {new_value!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--save")
    parser.add_argument("--compare")
    parser.add_argument("--show", type=int, default=60)
    args = parser.parse_args()
    found = record()
    if args.save:
        Path(args.save).write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(found)} articles to {args.save}")
    if args.compare:
        compare(json.loads(Path(args.compare).read_text(encoding="utf-8")), found, args.show)


if __name__ == "__main__":
    main()
