"""Two names, one actor or two: what a longer name may add to a shorter one (``name_match.same_actor``)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from voices_builders import article

from mediadiff.cli import main
from mediadiff.voices.actor_names import merge_actors
from mediadiff.voices.attribution import attribute
from mediadiff.voices.name_match import same_actor


@pytest.mark.parametrize("short, long", [
    ("Clinton", "Hillary Clinton"),
    ("Donald Trump", "Donald J. Trump"),
    ("Sharp", "Twitter's Adam Sharp"),
    ("Cheryl Mills", "Chief of Staff Cheryl Mills"),
    ("State Department", "the U.S. State Department"),
    ("Food and Drug Administration", "U.S. Food and Drug Administration"),
    ("Office for Civil Rights", "DOE's Office for Civil Rights"),
    ("Las Vegas Sands", "Las Vegas Sands Corp"),
])
def test_a_longer_name_of_the_same_actor_folds_the_shorter(short, long):
    assert same_actor(short, long, across=True) and same_actor(long, short, across=True)


@pytest.mark.parametrize("short, long", [
    ("White House", "Federal Reserve and White House"),  # "and": two actors, never either
    ("Federal Reserve", "Federal Reserve and White House"),
    ("Melinda Gates", "Bill and Melinda Gates Foundation"),
    ("Hillary Clinton", "Bill and Hillary Clinton"),
    ("Washington Post", "Bob Woodward and Robert Costa of The Washington Post"),
    ("State Department", "Alabama State Department of Education"),  # of-phrases: another entity
    ("Boston", "Muslim American Society of Boston"),
    ("God", "Living Church of God"),
    ("Wall Street Journal", "Carol Lee of the Wall Street Journal"),
    ("Supreme Court", "Supreme Court Commission"),  # another head: a part or another body
    ("House Intelligence Committee", "House Intelligence Committee Democrats"),
    ("Donald J. Trump", "Donald J. Trump Foundation"),
    ("Senate Republicans", "Arizona Senate Republicans"),  # a state's own body
    ("Supreme Court", "New York's State Supreme Court"),
    ("Chamber of Commerce", "Hollywood Chamber of Commerce"),  # a city's
    ("Syrian Army", "Free Syrian Army"),  # another name before it
    ("Facebook", "Donald Trump's Facebook"),  # a thing a person owns
    ("News", "News Corp"),
])
def test_a_part_of_another_actors_name_does_not_fold(short, long):
    assert not same_actor(short, long, across=True) and not same_actor(long, short, across=True)


def test_within_an_article_a_short_form_folds_but_not_across_a_corpus():
    assert same_actor("Foreign Ministry", "Chinese Foreign Ministry")  # one story: whose ministry is clear
    assert not same_actor("Foreign Ministry", "Chinese Foreign Ministry", across=True)
    assert same_actor("Security Council", "United Nations Security Council")
    assert same_actor("Justice Department", "Trump's Justice Department")
    assert not same_actor("White House", "Federal Reserve and White House")  # "and": never, even in one
    assert merge_actors(["Foreign Ministry", "Chinese Foreign Ministry"])["Foreign Ministry"] == "Foreign Ministry"


def test_merge_keeps_the_actors_a_longer_name_joins_apart():
    names = ["Federal Reserve and White House", "White House", "White House", "Federal Reserve",
             "Supreme Court Commission", "Supreme Court", "U.S. Supreme Court"]
    merged = merge_actors(names)
    assert merged["White House"] == "White House" and merged["Federal Reserve"] == "Federal Reserve"
    assert merged["Supreme Court"] == merged["U.S. Supreme Court"] != "Supreme Court Commission"


FED = ("The Federal Reserve and White House announced a new plan on Monday to steady markets.",
       "“We will act,” the White House said in a statement.",
       "The Federal Reserve said it would cut rates by half a point.")


def test_an_and_joins_two_organisations_the_article_names_alone():
    speakers = [(a.source, a.speaker) for a in attribute(article(*FED)).items]
    assert speakers == [("The Federal Reserve and White House", None), ("the White House", "White House"),
                        ("The Federal Reserve", "Federal Reserve")]


def test_voices_shows_the_two_organisations_apart(tmp_path):
    (tmp_path / "fw.txt").write_text("\n\n".join(FED) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["voices", str(tmp_path / "fw.txt"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    sources = {line.split(",")[1] for line in result.output.splitlines()[1:]}
    assert {"Federal Reserve", "White House"} <= sources and "Federal Reserve and White House" not in sources


def test_an_acronym_joins_its_organisation_across_a_corpus_only_when_one_article_gives_both():
    assert same_actor("FBI", "Federal Bureau of Investigation")  # within one article
    assert not same_actor("ISIS", "Institute for Science and International Security", across=True)
    institute = ["Institute for Science and International Security"]
    names = ["ISIS", "ISIS"] + institute
    assert merge_actors(names, together=[["ISIS"], ["ISIS"], institute])["ISIS"] == "ISIS"
    spelled = ["Federal Bureau of Investigation", "FBI"]  # one article writes both
    merged = merge_actors(["FBI", "FBI", *spelled], together=[["FBI"], spelled])
    assert merged["FBI"] == "Federal Bureau of Investigation"
    assert merge_actors(names)["ISIS"] == institute[0]  # no articles given: every acronym joins, as before


def test_voices_keeps_an_acronym_apart_from_an_organisation_no_article_spells_it_as(tmp_path):
    texts = {"a": "The Institute for Science and International Security said Iran was close to a bomb.",
             "b": "ISIS said it carried out the attack in Brussels.",
             "c": "The Federal Bureau of Investigation (FBI) said it would review the emails.",
             "d": "The FBI said it found nothing new."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["voices", "--corpus", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    sources = {line.split(",")[1] for line in result.output.splitlines()[1:]}
    assert "ISIS" in sources and "FBI" not in sources and "Federal Bureau of Investigation" in sources


@pytest.mark.parametrize("one, other", [
    ("Gaza", "Gaza Strip"),  # a place and its land
    ("Tsai", "Tsai Ing-wen"),  # a family name written first
    ("Moon", "Moon Jae-in"),
    ("Charles E. Schumer", "Chuck Schumer"),  # a nickname, an initial aside
    ("G7", "the Group of Seven"),  # a club of countries named by its size
    ("G-7", "G7"),
])
def test_one_actor_written_two_ways_that_share_no_run_of_words(one, other):
    assert same_actor(one, other, across=True) and same_actor(other, one)


@pytest.mark.parametrize("one, other", [
    ("Nikole", "Nikole Hannah-Jones"),  # a double surname: "Nikole" is no family name
    ("Joe Biden", "Jill Biden"),  # not a nickname of each other
    ("Bill Clinton", "Hillary Clinton"),
    ("G7", "Group of Eight"),
    ("G7", "G20"),
])
def test_other_names_stay_apart(one, other):
    assert not same_actor(one, other, across=True)


def test_a_nickname_and_a_full_name_are_one_source_in_voices(tmp_path):
    texts = {"a": "“We will not back down,” Chuck Schumer said on Monday.",
             "b": "“The bill is dead,” Charles E. Schumer said on Tuesday.",
             "c": "“The island will not bow,” Tsai Ing-wen said.", "d": "“We are ready,” Tsai said."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["voices", "--corpus", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    sources = {line.split(",")[1] for line in result.output.splitlines()[1:]}  # one row per outlet (article)
    assert len([s for s in sources if "Schumer" in s]) == 1 and len([s for s in sources if "Tsai" in s]) == 1


@pytest.mark.parametrize("short, long, same", [
    ("King", "Representative Peter T. King", True),  # a role word as a surname, after a first name
    ("Secretary of State", "California Secretary of State", False),  # a role, not a surname
    ("Advisers", "Sanders's top advisers", False),  # no surname is written in lower case
])
def test_a_surname_is_capitalised_and_a_role_word_only_after_a_first_name(short, long, same):
    assert same_actor(short, long, across=True) is same


def test_a_chinese_or_korean_family_name_written_first_names_the_person_alone():
    from mediadiff.voices.name_match import same_actor

    assert same_actor("Xi", "Xi Jinping") and same_actor("Kim", "Kim Jong Un") and same_actor("Li", "Li Keqiang")
    assert not same_actor("Kim", "Kim Davis")  # an English surname after a given name


def test_a_titled_name_kept_apart_joins_a_later_full_name_of_its_sex():
    from mediadiff.voices.name_match import joins, same_actor

    assert joins("Mr. Trump", "Donald J. Trump") and joins("Mr Xi", "Xi Jinping")
    assert not joins("Mr. Trump", "Melania Trump") and not joins("Donald J. Trump", "Mr. Trump")
    assert same_actor("Mr Biden", "Joe Biden", across=True) and not same_actor("Mrs. Clinton", "Bill Clinton",
                                                                                 across=True)


@pytest.mark.parametrize(("body", "organ"), [("United Nations", "United Nations Security Council"),
                                              ("Senate", "Senate Intelligence Committee")])
def test_a_body_is_not_the_organ_whose_name_it_opens(body, organ):
    assert not same_actor(body, organ)
    found = attribute(article(f"The {organ} met on Monday. The {body} has said the attacks could be war crimes."))
    assert [a.speaker for a in found] == [body]


def test_the_organ_named_alone_is_still_the_organ():
    assert same_actor("Security Council", "United Nations Security Council")


def test_a_company_named_without_its_company_noun_is_the_company():
    found = attribute(article("Kraft Foods makes cheese. Kraft said sales rose."))
    assert [(a.source, a.speaker) for a in found] == [("Kraft", "Kraft Foods")]


def test_a_surname_known_as_a_person_is_not_a_company_named_after_him():
    found = attribute(article("Donald Trump opened Trump Hotels in 1990. Trump said the hotels made money."))
    assert [a.speaker for a in found] == ["Donald Trump"]


def test_a_possessive_owner_before_a_participle_and_its_noun_stays_in_the_source():
    found = attribute(article("Sudan's armed forces denied they carried out the strike."))
    assert [a.source for a in found] == ["Sudan's armed forces"]
