"""What a negation or an opposite word says once its scope is read (align.negation, through claim_change)."""

from mediadiff.align.evidence import claim_change


def test_not_until_is_a_time_limit_not_a_negation():
    # "could not be rescued until the next morning" says they were rescued the next morning (qa15 A2)
    for a in ("A helicopter found the climbers but they could not be rescued until the next morning.",
              "The climbers were not rescued till the next morning.",
              "It was not until the next morning that the climbers were rescued."):
        assert "negated" not in (claim_change(a, "The climbers were rescued the next morning.") or ""), a
    # the near miss: "until" in another clause leaves the negation its own
    assert "negated in A only (not)" in (claim_change(
        "The climbers were not rescued, and they waited until the next morning.",
        "The climbers were rescued, and they waited until the next morning.") or "")


def test_too_x_to_v_negates_v_so_a_negation_beside_it_is_no_change():
    # "had too much common sense to point a gun" = would not point it (qa15 A7)
    a = "His sister said he had too much common sense to point a loaded gun at an officer."
    b = "His sister said he wouldn't point a loaded gun at an officer."
    assert "negated" not in (claim_change(a, b) or "") and "negated" not in (claim_change(b, a) or "")
    # an additive "too" set off by commas negates nothing
    assert "negated in B only" in (claim_change("He, too, wanted to point the gun at the officer.",
                                                "He did not want to point the gun at the officer.") or "")


def test_an_opposite_word_under_a_negating_adverb_says_the_same():
    # "insufficiently" scopes over "equipped and experienced": = "inexperienced" (qa15 A3)
    a = "Police said the group was insufficiently equipped and experienced for the climb."
    b = "Police said the group was insufficiently equipped and inexperienced for the climb."
    assert "opposite" not in (claim_change(a, b) or "")
    assert "opposite" not in (claim_change("The team was not experienced in the mountains.",
                                           "The team was inexperienced in the mountains.") or "")
    # unnegated, they are opposites
    assert "opposite words: experienced -> inexperienced" in (claim_change(
        "The group was experienced for the climb.", "The group was inexperienced for the climb.") or "")


def test_review15_near_misses_keep_their_notes():
    # "until" timing a second predicate leaves the first one's negation its own
    assert "negated in A only (not)" in (claim_change(
        "He was not charged and remained free until his arrest in May.",
        "He was charged and remained free until his arrest in May.") or "")
    # "barely won" asserts winning: against "lost" it is an opposite
    assert "opposite words: won -> lost" in (claim_change(
        "Smith barely won the race in Ohio on Tuesday.", "Smith lost the race in Ohio on Tuesday.") or "")
    # "too early to say" elsewhere in the sentence negates nothing the other side says
    assert "negated in A only (not)" in (claim_change(
        "The vaccine did not work in older patients, the researchers said.",
        "The vaccine worked in older patients, the researchers said, though it was too early to say whether "
        "regulators would approve it.") or "")
