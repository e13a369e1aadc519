"""List the attribution speakers that change on PolNeAR train and dev between two versions of the code.

Saves every attribution record (``check_attribution_identical.attribution_record``) of the PolNeAR train
and dev articles, then prints each attribution whose speaker differs from a saved run (an attribution
found in one run only shows as ``'<none>'`` on the other side):

    python bench/diff_attribution_speakers.py --save /tmp/speakers-before.json   # on the code before
    python bench/diff_attribution_speakers.py --compare /tmp/speakers-before.json
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from check_attribution_identical import attribution_record  # noqa: E402
from learn_hedge_weights import bench_dir  # noqa: E402


def records() -> dict[str, dict]:
    import mediadiff

    out = {}
    for split in ("train", "dev"):
        for path in sorted(glob.glob(str(bench_dir() / "polnear" / split / "text" / "*.txt"))):
            out[f"{split}/{Path(path).stem}"] = json.loads(attribution_record(mediadiff.load_article(path)))
    return out


def changed(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    lines = []
    for key in before:
        old = {(a["start"], a["end"], a["kind"]): a for a in before[key]["attributions"]}
        new = {(a["start"], a["end"], a["kind"]): a for a in after[key]["attributions"]}
        for span in sorted(old.keys() | new.keys()):
            was, now = (d.get(span, {}).get("speaker", "<none>") for d in (old, new))
            if was != now:
                source = (new.get(span) or old[span])["source"]
                lines.append(f"{key}\t{span[0]}\t{source!r}\t{was!r} -> {now!r}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    args = parser.parse_args()
    if args.save:
        args.save.write_text(json.dumps(records()), encoding="utf-8")
        return
    lines = changed(json.loads(args.compare.read_text(encoding="utf-8")), records())
    print("\n".join(lines))
    for split in ("train", "dev"):
        print(f"{split}: {sum(line.startswith(split + '/') for line in lines)} speakers changed", file=sys.stderr)


if __name__ == "__main__":
    main()
