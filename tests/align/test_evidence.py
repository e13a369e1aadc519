"""The evidence a reworded row shows: which words of A correspond to which words of B."""

from __future__ import annotations

from mediadiff.align.evidence import claim_change, pair_confidence, unmatched_row, word_pairs
from mediadiff.align.paraphrase import paraphrase_probability
from mediadiff.align.similarity import sentence_similarity
from mediadiff.align.wordalign import align_words
from mediadiff.models import Sentence

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


def test_a_score_just_under_the_floor_never_reads_as_the_floor():
    sentence = Sentence(text="One case involved an officer.", start=0, end=29, index=0)
    row = unmatched_row("dropped", sentence, (0.2099, -3), None, 0.21)
    assert "link score 0.210, below the floor 0.210" not in row.reason
    assert "link score 0.2099, below the floor 0.2100" in row.reason
    far = unmatched_row("added", sentence, (0.07, -1), None, 0.21)
    assert "nearest is A2, link score 0.07, below the floor 0.21" in far.reason


def test_a_nearest_sentence_refused_for_its_words_says_so_with_its_similarity():
    sentence = Sentence(text="They were about the only ones.", start=0, end=30, index=0)
    row = unmatched_row("added", sentence, (0.22, -4), None, 0.21, refusal="words", similarity=0.01)
    assert row.status == "added" and row.nearest == 4
    assert "nearest is A5 (link score 0.22), but their words hardly correspond" in row.reason
    assert "word similarity 0.01, below the floor 0.21" in row.reason


def test_an_approximate_figure_is_shown_beside_a_figure_it_may_round_only():
    said = "Police said {} people were hurt in the crash on Main Street."
    pairs = word_pairs(said.format("about 10"), said.format("6"))
    assert ("10", "6") not in pairs and ("people", "people") in pairs
    assert ("10", "11") in word_pairs(said.format("about 10"), said.format("11"))


def confidence_of(text_a: str, text_b: str, *, score: float) -> float:
    """The confidence a reworded one-to-one row of these sentences gets, from its real evidence."""
    return pair_confidence(text_a, text_b, score=score, similarity=sentence_similarity(text_a, text_b),
                           paraphrase=paraphrase_probability(text_a, text_b), pairs=word_pairs(text_a, text_b),
                           floor=0.21, parts=2, shared=0.5)


def test_a_row_sharing_only_names_is_less_sure_than_one_sharing_content():
    # compare 002 004 showed "REWORDED ... confidence 0.93" for such a pair: the names gave it its link score.
    results = "Mexican President Claudia Sheinbaum described the results of cooperation with Donald Trump as very substantial."
    names_only = "Sheinbaum and U.S. President Donald Trump spoke on January 12 about trade and investment."
    content = "Sheinbaum said cooperation with Trump had given very substantial results."
    assert confidence_of(names_only, results, score=0.35) < confidence_of(content, results, score=0.35)
    assert 0 < confidence_of(names_only, results, score=0.35) < 1



def test_figures_in_one_place_differ_though_they_count_words_named_otherwise():
    change = claim_change("A bombing killed at least two Afghan civilians near the mosque.",
                          "A bomb attack killed at least three people in the mosque.")
    assert change is not None and change.startswith("figures differ: two -> three")
    # A figure of another kind, or in no shared place, is no changed figure.
    assert claim_change("Prices rose 5 percent in May.", "Prices rose 3 in May.") is None
    assert claim_change("The two secretaries met on Thursday.", "They met on January 23.") is None
    assert claim_change("The school is about 3km from the freeway.", "The school is about two miles from the freeway.") \
        is None


def test_dropping_one_of_two_coordinated_figures_is_no_changed_figure():
    # One side keeps one of two figures that share a verb and drops the other: nothing it says differs.
    for a, b in (("Airstrikes killed 5 people in Syria and 7 in Iraq.", "Airstrikes killed 7 people in Iraq."),
                 ("The company cut 200 jobs in 2019 and 300 in 2020.", "The company cut 300 jobs in 2020."),
                 ("The team scored 3 goals in the first half and 2 in the second.",
                  "The team scored 2 goals in the second half.")):
        assert claim_change(a, b) is None and claim_change(b, a) is None
    # Near misses: the figure that stays does change, or the kept figure belongs to another verb.
    assert "5 -> 6" in (claim_change("Airstrikes killed 5 people in Syria and 7 in Iraq.",
                                     "Airstrikes killed 6 people in Syria and 7 in Iraq.") or "")
    assert "5 -> 9" in (claim_change("Airstrikes killed 5 people in Syria and 7 in Iraq.",
                                     "Airstrikes killed 9 people in Iraq.") or "")
    assert "5 -> 7" in (claim_change("Airstrikes killed 5 people and wounded 7 in Syria.",
                                     "Airstrikes killed 7 people in Syria.") or "")


def test_a_figure_in_one_place_differs_though_its_twin_is_elsewhere():
    change = claim_change("He was convicted in June 1998 of aggravated sexual assault.",
                          "Between 1991 and 1998 he was on parole until he returned to prison in June 1999 for assault.")
    assert change is not None and "1998 -> 1999" in change


def test_a_figure_in_another_unit_of_one_dimension_is_one_measure_converted():
    from mediadiff.align.evidence import claim_change

    # An agency writes kilometres, a US paper miles: the same depth converted and rounded (qa14 A2)
    assert claim_change("The quake struck at a depth of 10 kilometers, the US Geological Survey said.",
                        "The quake struck at a depth of six miles.") is None
    assert claim_change("Police seized 2 kg of cocaine.", "Police seized 4.4 pounds of cocaine.") is None
    assert claim_change("The fire burned 40 hectares of forest.", "The fire burned 100 acres of forest.") is None
    # The near misses: a converted figure that does not agree, and one unit on both sides, still differ
    assert "figures differ: 10 -> 60" in (claim_change("The quake struck at a depth of 10 kilometers.",
                                                       "The quake struck at a depth of 60 miles.") or "")
    assert "figures differ: 10 -> 6" in (claim_change("The quake struck at a depth of 10 kilometers.",
                                                      "The quake struck at a depth of 6 kilometers.") or "")
    # One time of day written three ways
    assert claim_change("The fire started at 6 a.m. on Sunday.", "The fire started at 06:00 on Sunday.") is None
    assert claim_change("The fire started at 6am on Sunday.", "The fire started at 06:00 BST on Sunday.") is None
