"""The evidence a reworded row shows: which words of A correspond to which words of B."""

from __future__ import annotations

from mediadiff.align.evidence import word_pairs
from mediadiff.align.wordalign import align_words

CONTACTS = "Upcoming bilateral contacts will require concrete results."
BORDER = "The results will protect communities on both sides of the border."


def test_a_broader_word_alone_is_not_shown_as_corresponding():
    # The word aligner links "contacts" to "border" through a broader WordNet word (to border = to contact);
    # nothing around them agrees, so the row does not show it.
    assert ("contacts", "border", "related") in {(link.a_text, link.b_text, link.kind)
                                                for link in align_words(CONTACTS, BORDER)}
    assert word_pairs(CONTACTS, BORDER) == (("results", "results"),)


def test_a_broader_word_with_agreeing_neighbours_is_shown():
    pairs = word_pairs("Two men were murdered in Ohio on Sunday.", "Two men were killed in Ohio on Sunday.")
    assert ("murdered", "killed") in pairs


def test_forms_of_one_word_need_no_context():
    # "Mexican"/"Mexico's" are related forms, not a broader word: shown wherever they are.
    assert ("Mexican", "Mexico's") in word_pairs("The Mexican government refused.",
                                                 "Officials said the offer was rejected by Mexico's leaders.")
