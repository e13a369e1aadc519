"""Compare two ``check_alignment_identical.py --save`` files when only row confidences may differ.

Every result must be identical once the confidence, the ``uncertain`` flag and the label that
follows it ("dropped (or reworded as B9?)"), and ``summary.uncertain`` are left out; counts the
rows whose confidence or uncertain flag changed (JSON results of ``compare``; the ``repr``
results hold the same rows)::

    python bench/check_alignment_identical.py --save /tmp/after.json
    python bench/diff_row_confidence.py /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from identity_checks import without

CONFIDENCE = re.compile(r"confidence=[0-9.e-]+")
ROW_KEYS = frozenset({"confidence", "uncertain", "label"})


def main(before_path: str, after_path: str) -> int:
    before = json.loads(Path(before_path).read_text(encoding="utf-8"))
    after = json.loads(Path(after_path).read_text(encoding="utf-8"))
    differ, rows, confidence, flags = [], 0, 0, [0, 0]
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old is None or new is None:
            differ.append(key)
        elif old.startswith("{"):
            a, b = json.loads(old), json.loads(new)
            if without(a, ROW_KEYS | {"summary"}) != without(b, ROW_KEYS | {"summary"}) or \
                    without(a.get("summary"), ROW_KEYS) != without(b.get("summary"), ROW_KEYS):
                differ.append(key)
            for x, y in zip(a.get("alignment", []), b.get("alignment", [])):
                rows += 1
                confidence += x["confidence"] != y["confidence"]
                if x["uncertain"] != y["uncertain"]:
                    flags[y["uncertain"]] += 1
        elif CONFIDENCE.sub("confidence=", old) != CONFIDENCE.sub("confidence=", new):
            differ.append(key)
    for key in differ:
        print(f"DIFFERENT beyond confidence: {key}")
    print(f"{len(after)} results, {len(differ)} different beyond confidence; compare rows: {rows}, "
          f"confidence changed on {confidence}, uncertain flag lost on {flags[0]}, gained on {flags[1]}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
