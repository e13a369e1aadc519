"""dumps_indented writes exactly what json.dumps(indent=2, ensure_ascii=False) writes."""

from __future__ import annotations

import enum
import json
import random
from collections import OrderedDict

import pytest

from mediadiff.render.jsontext import dumps_indented
from mediadiff.render.tables import json_default, to_json


class Level(enum.IntEnum):
    HIGH = 3


class Label(enum.StrEnum):
    KEPT = "kept"


LEAVES = ["", "plain", "quote \" and \\ backslash", "line\nbreak\ttab\x00nul\x1f", "Ramón 漢字 😀 \u2028",
          0, -7, 10**30, True, False, None, 0.0, -0.0, 0.1, 1e-7, 1e22, 3.141592653589793, float("nan"),
          float("inf"), float("-inf"), Level.HIGH, Label.KEPT]


def random_value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if depth > 4 or roll < 0.45:
        return rng.choice(LEAVES)
    if roll < 0.7:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if roll < 0.8:
        return tuple(random_value(rng, depth + 1) for _ in range(rng.randint(0, 3)))
    keys = ["a", "é", "", 1, 2.5, True, False, None, "quote\""]
    return {rng.choice(keys): random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def test_same_text_as_the_standard_encoder():
    rng = random.Random(3)
    for _ in range(400):
        value = random_value(rng)
        assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_indent_default_and_subclasses_as_the_standard_encoder():
    value = {"set": frozenset({1}), "ordered": OrderedDict([("b", 1), ("a", [])]), "nested": {"t": (1, [2, {}])}}
    assert dumps_indented(value, indent=4, default=json_default) == json.dumps(
        value, indent=4, ensure_ascii=False, default=json_default)
    assert to_json({"x": 0.123456789}) == '{\n  "x": 0.1235\n}'


def test_unknown_objects_and_keys_are_refused():
    with pytest.raises(TypeError):
        dumps_indented({"x": object()})
    with pytest.raises(TypeError):
        dumps_indented({(1, 2): 1})
