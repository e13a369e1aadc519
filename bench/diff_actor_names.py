"""List the actor names that change on PolNeAR between two versions of the code.

Reads the attribution records that ``bench/diff_attribution_speakers.py --save`` writes (run it on the
code before the change), computes them again with the code of this checkout, and prints, per split:
how many (article, actor) rows are gone, new or kept, and every name a mention moves from or to,
with the number of mentions it moves ("Rival Hillary Clinton -> Hillary Clinton (3)"):

    python bench/diff_attribution_speakers.py --save /tmp/speakers-before.json   # on the code before
    python bench/diff_actor_names.py --compare /tmp/speakers-before.json [--split dev]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from diff_attribution_speakers import missing, records  # noqa: E402


def actor_changes(before: dict[str, dict], after: dict[str, dict], split: str) -> tuple[Counter, list[str]]:
    counts: Counter = Counter()
    lines = []
    for key in sorted(k for k in before.keys() & after.keys() if k.startswith(split + "/")):
        old = {a["name"] for a in before[key]["actors"]}
        new = {a["name"] for a in after[key]["actors"]}
        counts.update(gone=len(old - new), new=len(new - old), kept=len(old & new))
        was = {(m["start"], m["end"]): m["actor"] for m in before[key]["mentions"]}
        now = {(m["start"], m["end"]): m["actor"] for m in after[key]["mentions"]}
        moves = Counter((was.get(span, "<no mention>"), now.get(span, "<no mention>"))
                        for span in was.keys() | now.keys() if was.get(span) != now.get(span))
        counts.update(mentions_moved=sum(moves.values()))
        for (a, b), n in sorted(moves.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"{key}\t{a!r} -> {b!r}\t({n})")
    return counts, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", type=Path, required=True)
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    args = parser.parse_args()
    before, after = json.loads(args.compare.read_text(encoding="utf-8")), records()
    counts, lines = actor_changes(before, after, args.split)
    print("\n".join(lines))
    if gone := [key for key in missing(before, after) if key.startswith(args.split + "/")]:
        print(f"{len(gone)} saved {args.split} articles not in this run, e.g. {gone[0]}", file=sys.stderr)
    print(f"{args.split}: (article, actor) rows gone {counts['gone']}, new {counts['new']}, "
          f"kept {counts['kept']}; mentions moved to another actor or none {counts['mentions_moved']}")


if __name__ == "__main__":
    main()
