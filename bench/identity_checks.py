"""What the ``check_*_identical.py`` scripts share: leaving named keys out of saved JSON results."""

from __future__ import annotations


def without(value: object, keys: frozenset[str]) -> object:
    """``value`` with every dict entry named in ``keys`` left out, at any depth."""
    if isinstance(value, dict):
        return {k: without(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [without(v, keys) for v in value]
    return value
