"""A reworded row's confidence reads the row's evidence and how much the two articles share."""

from __future__ import annotations

from mediadiff.align.alignment import align_sentences
from mediadiff.models import Sentence


def _sentences(texts: list[str]) -> list[Sentence]:
    found, start = [], 0
    for k, text in enumerate(texts):
        found.append(Sentence(k, text, start, start + len(text)))
        start += len(text) + 1
    return found


SHARED_ROW = ("The city council approved the new stadium budget on Monday night.",
              "On Monday night the council voted to approve the budget for the stadium.")
SAME_EVENT_A = ["The vote was 7 to 2 after a long public hearing.",
                "Opponents said the stadium would raise property taxes for residents.",
                "The mayor praised the decision as a win for downtown businesses."]
SAME_EVENT_B = ["The council split 7-2 after hours of public testimony.",
                "Critics warned that residents would pay higher property taxes for the stadium.",
                "The mayor called the vote a victory for businesses downtown."]
OTHER_ANGLE_B = ["A heat wave is expected to bring record temperatures this weekend.",
                 "The school district announced new bus routes for the fall semester.",
                 "Local farmers reported an unusually large harvest of apples."]


def _row_confidence(a: list[str], b: list[str]) -> float:
    rows = align_sentences(_sentences([SHARED_ROW[0], *a]), _sentences([SHARED_ROW[1], *b]))
    (row,) = [r for r in rows if r.a_indices == (0,)]
    assert row.status == "reworded" and row.b_indices == (0,)
    return row.confidence


def test_a_row_is_surer_when_the_two_articles_share_more_facts():
    assert _row_confidence(SAME_EVENT_A, OTHER_ANGLE_B) < _row_confidence(SAME_EVENT_A, SAME_EVENT_B)


def test_one_shared_verb_and_no_shared_argument_is_at_most_an_uncertain_pair():
    # "replace" is all the two share: no participant of one is the other's (qa15 A8)
    a = _sentences(["The historic dairy building burned down on Tuesday.", "You can't replace that."])
    b = _sentences(["A fire destroyed the historic dairy building on Tuesday.",
                    "She then replaced board members with her cronies."])
    rows = {(row.a_indices, row.b_indices): row for row in align_sentences(a, b)}
    assert rows[((0,), (0,))].confidence > 0.9 and not rows[((0,), (0,))].uncertain
    bare = rows.get(((1,), (1,)))
    assert bare is None or bare.uncertain
