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
        paths = sorted(glob.glob(str(bench_dir() / "polnear" / split / "text" / "*.txt")))
        if not paths:  # a worktree outside /work/main finds no data by default: every saved article was a KeyError
            raise SystemExit(f"no PolNeAR {split} articles in {bench_dir() / 'polnear' / split / 'text'}: "
                             "set MEDIADIFF_BENCH_DATA to the bench data folder")
        for path in paths:
            out[f"{split}/{Path(path).stem}"] = json.loads(attribution_record(mediadiff.load_article(path)))
    return out


def missing(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    """The articles of the saved run that this run has not (a file gone from the data), said rather than a
    KeyError."""
    return sorted(set(before) - set(after))


def changed(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    lines = []
    for key in sorted(set(before) & set(after)):
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
    before, after = json.loads(args.compare.read_text(encoding="utf-8")), records()
    lines = changed(before, after)
    print("\n".join(lines))
    if gone := missing(before, after):
        print(f"{len(gone)} saved articles not in this run, e.g. {gone[0]}", file=sys.stderr)
    for split in ("train", "dev"):
        print(f"{split}: {sum(line.startswith(split + '/') for line in lines)} speakers changed", file=sys.stderr)


if __name__ == "__main__":
    main()
