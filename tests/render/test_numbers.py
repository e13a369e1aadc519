"""Floats written to JSON and CSV are rounded once, in one place; containers keep their shape."""

import json
import math

from mediadiff.render.numbers import OUTPUT_DIGITS, round_floats


def test_floats_are_rounded_at_any_depth():
    data = {"a": 0.6659906704385695, "b": [0.1234567, {"c": (1.0000001, 2)}], "d": "0.123456789"}
    assert round_floats(data) == {"a": 0.666, "b": [0.1235, {"c": [1.0, 2]}], "d": "0.123456789"}
    assert round_floats(0.123456, digits=2) == 0.12


def test_other_values_are_unchanged():
    for value in (None, True, False, 3, 10**30, "text", ""):
        assert round_floats(value) == value and type(round_floats(value)) is type(value)


def test_negative_zero_and_non_finite_values():
    assert json.dumps(round_floats(-0.00001)) == "0.0"
    assert math.isnan(round_floats(float("nan")))
    assert round_floats(float("-inf")) == float("-inf")


def test_the_input_is_not_changed():
    data = {"x": [0.123456789]}
    round_floats(data)
    assert data == {"x": [0.123456789]}
    assert len(repr(round_floats(1 / 3))) == OUTPUT_DIGITS + 2


def test_json_gets_null_where_python_would_write_nan_or_infinity():
    data = {"window_days": float("inf"), "x": [float("nan"), 0.5]}
    assert json.dumps(round_floats(data, json=True)) == '{"window_days": null, "x": [null, 0.5]}'


def test_a_tone_that_rounds_to_zero_is_shown_without_a_sign():
    from mediadiff.render.numbers import signed

    assert [signed(v) for v in (-0.003, 0.0, -0.0, 0.004, -0.42, 0.29)] == [
        "0.00", "0.00", "0.00", "0.00", "-0.42", "+0.29"]
