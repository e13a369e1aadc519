"""Relative hedging on aligned sentences."""

from mediadiff.align.comparison import compare
from mediadiff.align.evidence import certainty_change
from mediadiff.models import Article, Sentence
from mediadiff.tone.stance import stance_shifts


def article(id_, *texts):
    sentences, position = [], 0
    for index, text in enumerate(texts):
        sentences.append(Sentence(index, text, position, position + len(text)))
        position += len(text) + 1
    return Article(id=id_, path=f"{id_}.txt", raw=" ".join(texts), sentences=tuple(sentences), outlet=id_)


def test_one_outlet_hedges_what_the_other_asserts():
    a = article("A", "The cartel reportedly ran the fentanyl lab in Sinaloa, officials said on Monday.",
                "The World Cup opens in June.")
    b = article("B", "The cartel ran the fentanyl lab in Sinaloa, officials said on Monday.",
                "Prices of tortillas rose again.")
    (shift,) = stance_shifts(compare(a, b))
    assert shift.direction == "A hedges, B asserts"
    assert shift.a_hedges == ("reportedly",) and shift.b_hedges == ()
    assert shift.a_indices == (0,) and shift.b_indices == (0,)


def test_added_certainty_and_no_shift_when_both_agree():
    a = article("A", "The State Department demanded results from Mexico against fentanyl trafficking.")
    b = article("B", "The State Department made clear it demanded results from Mexico against fentanyl trafficking.")
    (shift,) = stance_shifts(compare(a, b))
    assert shift.direction == "B adds certainty" and "made clear" in shift.b_boosters
    assert stance_shifts(compare(a, article("C", a.sentences[0].text + " "))) == ()


def test_a_hedge_on_a_clause_the_other_side_lacks_is_no_shift():
    a = article("A", "Senators voted 67-32 to open the debate, with 17 Republicans joining all 50 Democrats to launch "
                     "a floor effort that could conclude with a Senate victory for the package.")
    b = article("B", "The legislation cleared the 60-vote hurdle with 17 Republicans joining all 50 Senate Democrats.")
    assert stance_shifts(compare(a, b)) == ()


def test_a_booster_inside_a_quote_is_the_source_not_the_outlet():
    a = article("A", "Education Secretary Miguel Cardona said state leaders were putting politics over the "
                     "health of students.")
    b = article("B", "Education Secretary Miguel Cardona said “it is clearly unacceptable that state leaders are "
                     "putting politics over the health of students.”")
    assert stance_shifts(compare(a, b)) == ()
    outside = article("C", "Education Secretary Miguel Cardona clearly said state leaders were putting politics "
                           "over the health of students.")
    assert [s.direction for s in stance_shifts(compare(a, outside))] == ["B adds certainty"]


def test_the_stance_list_and_the_row_note_read_the_same_cues():
    from types import SimpleNamespace

    from mediadiff.align.evidence import certainty_change
    from mediadiff.tone.stance import stance_shifts

    pairs = [("The plan failed.", "Clearly, the plan failed."),
             ("The storm hits the coast on Friday.", "The storm may hit the coast on Friday."),
             ("Lohan checked into the clinic, facing the prospect of arrest.", "Lohan checked into the clinic, dodging arrest."),
             ("The Chiefs failed to convert on fourth down.", "The Chiefs failed to convert on a crucial fourth down."),
             ("A commission met to study potential changes to the court, warning it would undermine its legitimacy.",
              'A commission met on changes to the court. "Expansion is likely to undermine its legitimacy," it said.')]
    for a, b in pairs:
        row = SimpleNamespace(status="reworded", a_text=a, b_text=b, a_indices=(0,), b_indices=(0,))
        shifts = stance_shifts(SimpleNamespace(pairs=[row]))
        note = certainty_change(a, b)
        assert bool(shifts) == bool(note), (a, b)
        for shift in shifts:
            for cue in shift.a_hedges + shift.a_boosters + shift.b_hedges + shift.b_boosters:
                assert cue in note


def test_a_quote_that_hedges_the_fact_is_no_side_asserting_it():
    # "it appeared ..." in the outlet's voice, "It appears as if ..." in a quote: both hedge (qa15 A3, T5)
    a = article("A", "Police said in a statement it appeared the group was insufficiently equipped for the climb.")
    b = article("B", '"It appears as if the party were insufficiently equipped for the climb," police said.')
    assert stance_shifts(compare(a, b)) == ()
    assert certainty_change(a.sentences[0].text, b.sentences[0].text) is None
    # a quote that hedges nothing leaves the outlet's own hedge a shift
    c = article("C", '"The party were insufficiently equipped for the climb," police said.')
    (shift,) = stance_shifts(compare(a, c))
    assert shift.direction == "A hedges, B asserts"
