"""Swapped roles: the same words around one verb, subject and object exchanged, say something else."""

from __future__ import annotations

from mediadiff.align.alignment import align_sentences
from mediadiff.align.evidence import claim_change, describe
from mediadiff.align.params import PARAPHRASE_MODEL
from mediadiff.models import Sentence


def _row(text_a: str, text_b: str):
    (row,) = align_sentences([Sentence(0, text_a, 0, len(text_a))], [Sentence(0, text_b, 0, len(text_b))])
    return row


def test_a_subject_and_object_swapped_around_one_verb_is_a_change():
    assert "roles swapped" in claim_change("Smith beat Jones in the mayoral race on Tuesday.",
                                           "Jones beat Smith in the mayoral race on Tuesday.")
    assert "roles swapped" in claim_change("Police arrested the suspect after the shooting, officials said.",
                                           "The suspect arrested police after the shooting, officials said.")


def test_the_passive_of_the_same_fact_is_no_change():
    assert claim_change("Smith beat Jones.", "Jones was beaten by Smith.") is None
    assert claim_change("Police arrested the suspect.", "The suspect was arrested by police.") is None
    assert "roles swapped" in claim_change("Jones was beaten by Smith.", "Smith was beaten by Jones.")


def test_a_symmetric_verb_takes_its_arguments_in_either_order():
    assert claim_change("Trump met Putin in Helsinki on Monday.", "Putin met Trump in Helsinki on Monday.") is None


def test_a_row_that_says_something_else_never_states_a_paraphrase_probability_that_restates():
    for text_a, text_b in (("Smith beat Jones in the race.", "Jones beat Smith in the race."),
                           ("The council did approve the budget on Monday.",
                            "The council did not approve the budget on Monday."),
                           ("The company said profits rose in the third quarter.",
                            "The company said profits fell in the third quarter.")):
        row = _row(text_a, text_b)
        assert row.change and not row.restates
        assert row.paraphrase < PARAPHRASE_MODEL.threshold
        assert "says something else" in describe(row)
    same = _row("The council approved the budget on Monday night.", "On Monday night the council approved the budget.")
    assert same.change is None and same.paraphrase >= PARAPHRASE_MODEL.threshold
