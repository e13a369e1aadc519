"""A second partner by word alignment (align/partners.py): the other part of a fact summed up in one sentence."""

from __future__ import annotations

from align_builders import sentences

from mediadiff.align.alignment import align_sentences
from mediadiff.align.figurediff import contradicts_carried
from mediadiff.align.partners import own_evidence
from mediadiff.align.wordalign import analyse

# One outlet's lead sums up what the other gives in two sentences (AllSides development story s0705/s0706):
# "will spend $3.5 billion to buy and donate 500 million doses" shares few stems with "formally announced
# its plan to purchase and donate", so its tf-idf link score stays under the floor, while its words
# correspond and it carries what the other part does not (the purchase, the donation, Thursday).
SUMMED_UP = (
    "The White House on Thursday formally announced its plan to purchase and donate 500 million doses of the "
    "Pfizer-BioNTech vaccine to 92 poorer countries and the African Union, dubbing it the \u201clargest-ever "
    "purchase and donation of vaccines by a single country and a commitment by the American people to help "
    "protect people around the world from COVID-19.\u201d",
    "President Biden will outline the plan in remarks from Cornwall, England, on the eve of the Group of "
    "Seven nations summit.",
    "Mr. Biden will call on the other leaders \u201cto do their parts in contributing to the global supply of...",
)
SPREAD = (
    "The United States will spend $3.5 billion to buy and donate 500 million doses of the Pfizer (PFE.N) "
    "coronavirus vaccine to some of the world\u2019s poorest countries, it said on Thursday, urging other G7 "
    "nations to follow suit.",
    "The vaccine donation - the largest ever by a single country - was announced before U.S. President Joe "
    "Biden meets leaders of the Group of Seven advanced economies in western England.",
    "The 500 million doses are destined for the world's 100 poorest countries.",
    "A senior Biden administration official described the gesture as a \"major...",
)


def rows_by_a(a, b):
    return {r.a_indices: r for r in align_sentences(sentences(*a), sentences(*b)) if r.a_indices}


def test_a_lead_that_sums_up_two_sentences_is_split_over_both():
    row = rows_by_a(SUMMED_UP, SPREAD)[(0,)]
    assert row.status == "reworded"
    assert row.b_indices == (0, 2)


def test_the_same_from_the_other_side_is_a_merge():
    rows = align_sentences(sentences(*SPREAD), sentences(*SUMMED_UP))
    assert any(r.a_indices == (0, 2) and r.b_indices == (0,) for r in rows)


def test_an_unrelated_sentence_does_not_join_a_row():
    a = SUMMED_UP
    b = (*SPREAD[:2], "The stadium will get 500 million dollars of renovations before the season opens.",
         SPREAD[3])
    rows = rows_by_a(a, b)
    assert all(2 not in r.b_indices for r in rows.values())


# A press-statement story (an ECB+ development story, in prose): the general manager's quote is one row; another
# quote of his, on another matter, shares with that row's single sentence only his name and "said".
MANAGER_SAID = "Chargers General Manager A.J. Smith said he was aware of Jackson's \"off-the-field issue.\""
MANAGER_STATEMENT = "\"We're aware of the off-the-field issue involving Vincent."


def test_a_speech_verb_is_no_evidence_of_its_own():
    other_quote = "\"You're a Charger one year at a time,\" Smith has often said."
    assert not own_evidence(other_quote, MANAGER_SAID, [MANAGER_STATEMENT])


def test_what_the_part_says_is_evidence_of_its_own():
    quoted_in = "Smith said in a statement that the team was aware of the issue and said nothing more."
    words = analyse(MANAGER_SAID)
    assert {words[t].text for t in own_evidence(quoted_in, MANAGER_SAID, [])} >= {"aware", "issue"}
    assert "said" not in {words[t].text for t in own_evidence(quoted_in, MANAGER_SAID, [])}


def test_a_summed_up_lead_keeps_the_evidence_of_its_second_part():
    words = analyse(SUMMED_UP[0])
    assert {words[t].text for t in own_evidence(SPREAD[0], SUMMED_UP[0], [SPREAD[2]])} >= {"purchase", "donate"}


# A weekly jobless-claims report told two ways (AllSides development story s0900/s0901, shortened): "fell by
# 92,000 to 498,000" shares few words with "fell 92,000 last week from 590,000" (word similarity under the link
# floor), but both report the fall and give its figure.
CLAIMS = (
    "Weekly unemployment claims fell to 498,000 last week, a new low since the pandemic began more than a year ago.",
    "Worker filings for jobless claims, a proxy for layoffs, fell 92,000 last week from 590,000 the prior week.",
    "That brings the four-week average of initial claims to the lowest point since the pandemic took hold.",
)
CLAIMS_OTHER = (
    "Applications for state unemployment insurance fell last week to a fresh pandemic low as the economy reopened.",
    "Initial claims in regular state programs fell by 92,000 to 498,000 in the week ended May 1, Labor Department "
    "data showed Thursday.",
    "The median estimate in a survey of economists called for 538,000 claims.",
    "The prior week's figure was revised up to 590,000.",
)


def test_a_part_that_reports_the_same_event_with_a_shared_figure_joins_under_the_floor():
    assert rows_by_a(CLAIMS, CLAIMS_OTHER)[(1,)].b_indices == (1, 3)


def test_a_part_that_shares_no_argument_does_not():
    other = (*CLAIMS_OTHER[:1], CLAIMS_OTHER[1].replace("92,000", "10,000"), *CLAIMS_OTHER[2:])
    assert rows_by_a(CLAIMS, other)[(1,)].b_indices == (3,)


# qa14 A1: B gives last season's statistics and this season's in two sentences, and a third about his college
# years; A gives this season's. The sentence that states A's figures the same is its partner; the others give
# other figures for the same counts (passes, yards) and are other facts, not parts of A's.
SEASON = ("He finished with 269 yards and two touchdowns rushing and caught 29 passes for 201 yards.",)
SEASONS = (
    "He had 793 yards and six touchdowns on 147 carries and caught 39 passes for 302 yards last season.",
    "But this season he had only 269 yards and two touchdowns on 83 carries and another 201 yards on 29 catches.",
    "He played at Wayne State, where he finished with 6,728 yards rushing.",
)


def test_a_part_with_other_figures_for_what_the_row_states_does_not_join():
    row = rows_by_a(SEASON, SEASONS)[(0,)]
    assert row.b_indices == (1,)
    assert row.change is None


def test_a_part_contradicts_only_a_figure_another_part_states_the_same():
    # With no part stating A's figures, the one that differs may still be the partner (and the row says so).
    assert contradicts_carried(SEASONS[0], SEASON[0], [SEASONS[1]])
    assert contradicts_carried(SEASONS[2], SEASON[0], [SEASONS[1]])
    assert not contradicts_carried(SEASONS[0], SEASON[0], ["He played in every game this season."])
    assert not contradicts_carried(SEASONS[1], SEASON[0], [SEASONS[0]])
