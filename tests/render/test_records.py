"""write_csv writes each cell as csv_cell(round_floats(value)), the header from the first record's keys."""

import csv
import io
import math

from mediadiff.render.numbers import round_floats
from mediadiff.render.records import write_csv
from mediadiff.render.safe import csv_cell


def _written(records):
    out = io.StringIO()
    write_csv(iter(records), out)
    return list(csv.reader(io.StringIO(out.getvalue())))


def test_cells_are_rounded_made_safe_and_missing_keys_left_empty():
    first = {"id": "001", "text": "=HYPERLINK(1)", "score": 0.123456789, "n": 3, "flag": True, "none": None,
             "neg": -0.00001, "spaced": " @x", "number": "-0.25", "cues": ("a", 0.98765)}
    second = {"id": "002", "text": "plain", "score": -0.5, "extra": "left out"}  # keys missing, one added
    header, row, other = _written([first, second])
    assert header == list(first)
    assert row == ["001", "'=HYPERLINK(1)", "0.1235", "3", "True", "", "0.0", "' @x", "-0.25", "['a', 0.9877]"]
    assert other == ["002", "plain", "-0.5", "", "", "", "", "", "", ""]


def test_each_cell_reads_as_the_round_floats_and_csv_cell_of_its_value():
    values = ["", "+1", "-x", "\tt", "text, with comma", 'a "quote"', 7, False, 2.5e-7, -0.0, math.inf,
              {"k": 0.333333}, [1.23456], {2}]
    header, row = _written([{f"c{i}": v for i, v in enumerate(values)}])
    expected = io.StringIO()
    csv.writer(expected, lineterminator="\n").writerow([csv_cell(round_floats(v)) for v in values])
    assert row == next(csv.reader(io.StringIO(expected.getvalue())))
