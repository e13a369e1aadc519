"""Sentence ends that a change of ``corpus/segment.py`` adds or removes, on real news.

Splits every text of the seeds, PolNeAR train and dev (``text/*.txt``) and the AllSides corpus (its
JSON ``text``) with the splitter of two trees, and prints, per corpus, the sentence count of each and
the ends found by one tree only, each with the words around it, so every one can be read. Texts:
``$MEDIADIFF_BENCH_DATA`` or ``../shared/bench``::

    python bench/diff_sentence_splits.py BEFORE_TREE . [--show 40]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def texts() -> Iterator[tuple[str, str, str]]:
    """(corpus, article, text) for every text read."""
    root = Path(os.environ.get("MEDIADIFF_BENCH_DATA", "../shared/bench"))
    for path in sorted((REPO / "seeds").glob("*.txt")):
        yield "seeds", path.stem, path.read_text(encoding="utf-8")
    for split in ("train", "dev"):
        for path in sorted((root / "polnear" / split / "text").glob("*.txt")):
            yield f"polnear-{split}", path.stem, path.read_text(encoding="utf-8")
    for path in sorted((root / "allsides_stories" / "corpus").glob("*.json")):
        yield "allsides", path.stem, json.loads(path.read_text(encoding="utf-8")).get("text") or ""


def splitter(tree: str):
    spec = importlib.util.spec_from_file_location(f"segment_{abs(hash(tree))}",
                                                  Path(tree) / "mediadiff" / "corpus" / "segment.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.split_sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    split_before, split_after = splitter(args.before), splitter(args.after)
    counts: dict[str, list[int]] = {}
    moved: dict[str, list[str]] = {"ends removed": [], "ends added": []}
    for corpus, article, text in texts():
        ends_before = {end for _, end in split_before(text)}
        ends_after = {end for _, end in split_after(text)}
        tally = counts.setdefault(corpus, [0, 0])
        tally[0] += len(ends_before)
        tally[1] += len(ends_after)
        for title, ends in (("ends removed", ends_before - ends_after), ("ends added", ends_after - ends_before)):
            for end in sorted(ends):
                context = " ".join(text[max(0, end - 50):end].split()) + " ‖ " + " ".join(text[end:end + 30].split())
                moved[title].append(f"{corpus}/{article}: …{context}…")
    for corpus, (before, after) in counts.items():
        print(f"{corpus}: sentences {before} -> {after}")
    for title, lines in moved.items():
        print(f"\n{title}: {len(lines)}")
        for line in lines[: args.show]:
            print(f"  {line}")


if __name__ == "__main__":
    main()
