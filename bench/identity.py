"""The comparison shared by the check_*_identical scripts that save lists of JSON strings per key."""

from __future__ import annotations

SHOWN = 5  # differences printed in full; the rest are counted


def count_differences(before: dict[str, list[str]], now: dict[str, list[str]]) -> int:
    """How many saved results differ between ``before`` and ``now`` (a key with another number of
    results counts once); the first few are printed around the first character that differs."""
    bad = 0
    for key, old in before.items():
        new = now.get(key, [])
        if len(new) != len(old):
            print(f"{key}: {len(old)} results before, {len(new)} now")
            bad += 1
            continue
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b:
                bad += 1
                if bad <= SHOWN:
                    cut = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
                    print(f"{key}[{i}] differs at character {cut}:\n  before …{a[max(0, cut - 200):cut + 300]}\n"
                          f"  now    …{b[max(0, cut - 200):cut + 300]}")
    return bad
