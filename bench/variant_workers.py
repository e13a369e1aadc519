"""Run each variant of a learning script in a fresh process and collect what each wrote.

The learn_* scripts that patch word lists or rules before anything is read (learn_quantity_words.py,
learn_identity_words.py, learn_tone_rules.py) run every variant as ``python SCRIPT --worker NAME OUT``: a
fresh process, so no cache of one variant leaks into the next, writing its scores as JSON to OUT.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path


def run_variants(script: str, names: Iterable[str]) -> dict[str, dict]:
    """``{name: the JSON its worker wrote}`` for every variant ``name``, in order, one process each."""
    scores = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k, name in enumerate(names):
            out = f"{tmp}/{k}.json"
            subprocess.run([sys.executable, script, "--worker", name, out], check=True)
            scores[name] = json.loads(Path(out).read_text(encoding="utf-8"))
    return scores
