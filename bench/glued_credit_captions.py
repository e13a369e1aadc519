"""How many body paragraphs the caption rule would take for a caption if a photo credit were glued under them.

HuffPost's pages in PolNeAR print a photo's credit alone between blank lines ("Scott Olson via Getty Images."),
its caption left out, right under a paragraph of the story. A paste that loses the blank line glues the credit
to that paragraph, and ``furniture.has_caption_shape`` alone then decides whether the paragraph is set aside as
the photo's caption. Every such paragraph is body text, so each one that reads as a caption is an error:

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/glued_credit_captions.py [-v]
"""

from __future__ import annotations

import glob
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from learn_hedge_weights import bench_dir  # noqa: E402

from mediadiff.corpus.furniture import credit_line, has_caption_shape  # noqa: E402


def main() -> None:
    taken = total = 0
    for split in ("train", "dev"):
        for path in sorted(glob.glob(str(bench_dir() / "polnear" / split / "text" / "*.txt"))):
            lines = [line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
            for above, line in zip(lines, lines[1:]):
                if credit_line(line) is not None:
                    total += 1
                    taken += has_caption_shape(above)
                    if has_caption_shape(above) and "-v" in sys.argv:
                        print(f"  {Path(path).stem[:40]:40} {above[:120]!r}")
    print(f"{taken} of {total} paragraphs above a credit read as a caption (PolNeAR train and dev)")


if __name__ == "__main__":
    main()
