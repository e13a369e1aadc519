"""Relative hedging on aligned sentences."""

from mediadiff.align.comparison import compare
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
