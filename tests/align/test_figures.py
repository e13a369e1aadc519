"""Figures: one figure written at two precisions, with scale words and approximations."""

from __future__ import annotations

from decimal import Decimal

from mediadiff.align.figures import agree, read_figure


def figure(digits: str, scale: str = "", *, approximate: bool = False):
    found = read_figure(digits, scale_word=scale, approximate=approximate)
    assert found is not None
    return found


def test_a_figure_reads_its_scale_word_and_the_place_of_its_last_digit():
    nine = figure("9.21", "million")
    assert nine.value == Decimal("9210000") and nine.unit == Decimal("10000") and nine.rounded
    assert figure("9,200,000").value == Decimal("9200000")
    assert figure("5", "bn").value == Decimal("5000000000")
    assert figure("600", approximate=True).unit == Decimal("100")
    assert not figure("14").rounded


def test_a_rounding_agrees_with_the_finer_figure():
    assert agree(figure("9.21", "million"), figure("9.2", "million"))
    assert agree(figure("9.2", "million"), figure("9,200,000"))
    assert agree(figure("9.21", "million"), figure("9", "million"))
    assert agree(figure("610"), figure("600", approximate=True))
    assert agree(figure("3.4"), figure("3", approximate=True))


def test_other_figures_do_not_agree():
    assert not agree(figure("9.21", "million"), figure("9.3", "million"))
    assert not agree(figure("9.21", "million"), figure("9.24", "million"))  # same precision, different figure
    assert not agree(figure("14"), figure("10"))  # a plain whole number is exact as written
    assert not agree(figure("2014"), figure("2000"))
    assert not agree(figure("3.4"), figure("3"))
    assert not agree(figure("9.2", "million"), figure("9.2"))
    assert not agree(figure("200", approximate=True), figure("150", approximate=True))  # half a unit away


def test_a_rounding_keeps_the_leading_digit_of_what_it_rounds():
    about_ten = figure("10", approximate=True)
    assert agree(figure("9.6"), about_ten) and agree(figure("14"), about_ten)
    assert not agree(figure("6"), about_ten) and not agree(figure("8.9"), about_ten)
    about_hundred = figure("100", approximate=True)
    assert agree(figure("96"), about_hundred) and agree(figure("140"), about_hundred)
    assert agree(figure("94"), about_hundred)  # "nearly 100" for 94: carried up to the round figure
    assert not agree(figure("51"), about_hundred) and not agree(figure("89"), about_hundred)
    assert agree(figure("10,503"), figure("10,000", approximate=True))
    assert not agree(figure("600,000"), figure("1", "million"))
    assert agree(figure("1,040,000"), figure("1", "million"))
    assert not agree(figure("0"), about_ten)


def test_what_is_not_a_figure_is_refused():
    assert read_figure("1.2.3") is None
    assert read_figure("2,14") is None
    assert read_figure("000") is None  # the tail of "13 , 000" written in two pieces
    assert figure("0.5").value == Decimal("0.5")


def test_two_times_of_day_differ_as_figures_and_one_time_written_two_ways_does_not():
    from mediadiff.align.evidence import claim_change
    from mediadiff.align.figures import same_time, time_of_day

    change = claim_change("The quake struck at 7:48 a.m. local time, the survey said.",
                          "The quake struck at 4:43 a.m. local time, the survey said.")
    assert change is not None and "figures differ: 7:48 a.m. -> 4:43 a.m." in change
    assert "figures differ" in (claim_change("The fire was out by 7 a.m., officials said.",
                                             "The fire was out by 6:40 a.m., officials said.") or "")
    assert "figures differ" not in (claim_change("Crews were called at 06:00 to the store in High Street.",
                                                 "Crews were called to the store in High Street just after 6am.")
                                    or "")
    assert time_of_day("won 3-1 at home", 4) is None and time_of_day("at 11pm.", 3) == "11pm"
    assert same_time("4 p.m.", "16:00") and not same_time("4 a.m.", "4 p.m.")


def test_two_times_of_day_differ_only_when_they_time_one_event():
    from mediadiff.align.evidence import claim_change

    # the protest's start and the crowd's dispersal: two events, no contradiction (qa15 A7)
    assert "figures" not in (claim_change(
        "They said the protest began around 8:30pm tonight but the crowd is being dispersed by police.",
        "At this point (10:30 p.m.), the police said that the crowd has dispersed.") or "")
    assert "figures" not in (claim_change("The fire broke out at 3:30 a.m., officials said.",
                                          "The first engine arrived at 3:45 a.m., officials said.") or "")
    # one event, the same verb or a synonym next to each time, before or after it: the times disagree
    assert "figures differ: 7:48 a.m. -> 4:43 a.m." in (claim_change(
        "The quake struck at 7:48 a.m. local time.", "At 4:43 a.m., the quake struck the coast.") or "")
    assert "figures differ: 7:48 a.m. -> 4:43 a.m." in (claim_change(
        "The earthquake struck at 7:48 a.m.", "The earthquake hit at 4:43 a.m.") or "")
