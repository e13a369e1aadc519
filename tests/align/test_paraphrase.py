"""The paraphrase decision: a probability that two sentences state the same thing, and where rows carry it."""

from __future__ import annotations

from align_builders import sentences

from mediadiff.align.alignment import align_sentences
from mediadiff.align.evidence import claim_change, describe
from mediadiff.align.params import PARAPHRASE_MODEL
from mediadiff.align.paraphrase import FEATURE_NAMES, paraphrase_features, paraphrase_probability
from mediadiff.align.paraphrase import _edit_distance as edit_distance

PROFITS = "The company said profits rose 5% in the third quarter."
PROFITS_REORDERED = "Profits rose 5% in the third quarter, the company said."
PROFITS_AND_MORE = ("The company said profits rose 5% in the third quarter, and that it would cut 2,000 jobs "
                    "in Europe next year to save money.")
BANK = "Shares of the bank fell sharply after regulators opened an investigation."


def test_model_reads_every_feature():
    assert len(paraphrase_features(PROFITS, BANK)) == len(FEATURE_NAMES) == len(PARAPHRASE_MODEL.weights)


def test_probability_range_identity_and_symmetry():
    assert paraphrase_probability(PROFITS, PROFITS) == 1.0
    assert paraphrase_probability("", "") == 0.0
    for a, b in ((PROFITS, PROFITS_REORDERED), (PROFITS, PROFITS_AND_MORE), (PROFITS, BANK)):
        assert 0.0 <= paraphrase_probability(a, b) <= 1.0
        assert abs(paraphrase_probability(a, b) - paraphrase_probability(b, a)) < 1e-9


def test_restatement_beats_added_clause_and_unrelated():
    same = paraphrase_probability(PROFITS, PROFITS_REORDERED)
    assert same >= PARAPHRASE_MODEL.threshold
    assert paraphrase_probability(PROFITS, PROFITS_AND_MORE) < PARAPHRASE_MODEL.threshold
    assert paraphrase_probability(PROFITS, BANK) < PARAPHRASE_MODEL.threshold


def test_bit_parallel_edit_distance_matches_the_table():
    def table(a: str, b: str) -> int:
        previous = list(range(len(b) + 1))
        for i, x in enumerate(a, 1):
            current = [i]
            for j, y in enumerate(b, 1):
                current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
            previous = current
        return previous[-1]

    for a, b in (("kitten", "sitting"), ("", "abc"), ("abc", ""), ("flaw", "lawn"), ("abcabc", "cba"),
                 ("a" * 70, "a" * 65 + "b")):
        masks = [sum(1 << i for i, x in enumerate(a) if x == y) for y in b]
        assert edit_distance(len(a), masks) == table(a, b)


def test_rows_carry_the_decision():
    rows = align_sentences(sentences(PROFITS, BANK, "The chief executive resigned on Monday."),
                           sentences(PROFITS_REORDERED, "The chief executive resigned on Monday!",
                                     "Weather was mild across the region."))
    by_status = {row.status: row for row in rows}
    reworded, kept, dropped = by_status["reworded"], by_status["kept"], by_status["dropped"]
    assert reworded.restates is True and reworded.to_dict()["paraphrase"] >= PARAPHRASE_MODEL.threshold
    assert "restates it (paraphrase probability" in describe(reworded)
    assert kept.paraphrase == 1.0
    assert dropped.paraphrase is None and dropped.to_dict()["restates"] is None


def test_a_row_whose_figures_or_polarity_differ_does_not_restate():
    # The paraphrase probability is high for each pair (one word or figure differs); a reader must be told
    # what changed, not that B restates A.
    cases = [("The Senate approved the measure by 65 votes on Tuesday after a long debate.",
              "The Senate approved the measure by 56 votes on Tuesday after a long debate.", "figures differ: 65 -> 56"),
             ("The foundation funds the vaccination program in three northern provinces.",
              "The foundation does not fund the vaccination program in three northern provinces.",
              "negated in B only (not)"),
             ("No one was injured in the explosion at the chemical plant, police said.",
              "Someone was injured in the explosion at the chemical plant, police said.", "negated in A only (no)"),
             ("Oil prices rose sharply on Monday after the pipeline attack in the north.",
              "Oil prices fell sharply on Monday after the pipeline attack in the north.", "opposite words: rose -> fell")]
    for a, b, change in cases:
        (row,) = align_sentences(sentences(a), sentences(b))
        assert row.status == "reworded" and row.change == change and row.restates is False
        assert f"says something else: {change}" in describe(row)
        assert row.to_dict()["evidence"]["change"] == change and row.to_dict()["restates"] is False
    # A clause one side leaves out carries its own negation: that is saying more, not saying the opposite.
    (row,) = align_sentences(sentences("Scruggs, who did not testify, was cleared of a second charge on Friday."),
                             sentences("The jury cleared Scruggs of a second charge on Friday."))
    assert row.change is None


def test_a_changed_tally_score_or_range_is_a_changed_figure():
    # "65 to 35": neither number counts a word of its own; each is one end of a vote tally, as in a score
    # ("3-1") or a range ("18 to 24"), and a changed end is a changed figure (issue 12).
    cases = [("The Senate passed the bill 65 to 35 on Tuesday after a long debate.",
              "The Senate passed the bill 56 to 35 on Tuesday after a long debate.", "figures differ: 65 -> 56"),
             ("The Senate passed the bill 65-35 on Tuesday after a long debate.",
              "The Senate passed the bill 56-35 on Tuesday after a long debate.", "figures differ: 65 -> 56"),
             ("Arsenal beat Chelsea 3-1 at home on Sunday in the league.",
              "Arsenal beat Chelsea 3-2 at home on Sunday in the league.", "figures differ: 1 -> 2")]
    for a, b, change in cases:
        (row,) = align_sentences(sentences(a), sentences(b))
        assert row.status == "reworded" and row.change == change and row.restates is False
    # A tally's first figure counts what its other end counts, whichever side names it.
    assert claim_change("The bill passed by a vote of 65 to 35.", "The bill passed by a 56-35 vote.") \
        == "figures differ: 65 -> 56"
    assert claim_change("Profit will be 13 cents to 14 cents.", "Profit will be 8 to 9 cents.") \
        == "figures differ: 13, 14 -> 8, 9"
    # The same tally in other words is no change.
    assert claim_change("The Senate passed the bill 65-35.", "The Senate approved the measure by a 65 to 35 vote.") \
        is None


def test_a_figure_spelled_out_agrees_with_its_digits():
    # "Sixty-seven" was read as 60 and 7: "figures differ: seven -> 67" on a row that says the same.
    (row,) = align_sentences(sentences("Sixty-seven Republicans voted for the bill on Tuesday."),
                             sentences("In all, 67 Republicans voted for the bill on Tuesday."))
    assert row.change is None
    (other,) = align_sentences(sentences("Twenty-one people died in the fire, officials said."),
                               sentences("Twenty-two people died in the fire, officials said."))
    assert other.change == "figures differ: Twenty-one -> Twenty-two"


def test_a_verb_of_not_doing_says_what_not_says():
    # "skipped" says with a verb what "did not attend" says with "not": no change of claim (review).
    (row,) = align_sentences(sentences("The governor did not attend the budget meeting on Monday."),
                             sentences("The governor skipped the budget meeting on Monday."))
    assert row.change is None


def test_another_year_is_a_changed_figure_but_not_its_decade_nor_a_span_of_years():
    assert claim_change("Median income fell in 2002 to $42,409.", "Median income fell in 2003 to $42,409.") \
        == "figures differ: 2002 -> 2003"
    assert claim_change("He was accused of bribing judges in 1985.", "He was accused of bribing judges in the 1980s.") \
        is None
    assert claim_change("The program began two years ago.", "The program began in 2001.") is None
