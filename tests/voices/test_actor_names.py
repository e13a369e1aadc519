"""One name per actor across a corpus: the same for `voices` and `score --by actor`."""

from __future__ import annotations

from dataclasses import replace

from click.testing import CliRunner
from voices_builders import article

from mediadiff.cli import main
from mediadiff.tone.actors import actor_tones
from mediadiff.voices.actor_names import merge_actors
from mediadiff.voices.summary import voices_by_outlet


def test_a_short_name_joins_the_more_mentioned_of_two_bearers():
    names = ["Bill Clinton"] + ["Hillary Clinton"] * 3 + ["Clinton"]
    assert merge_actors(names)["Clinton"] == "Hillary Clinton"
    assert merge_actors(["Bill Clinton"] * 3 + ["Hillary Clinton", "Clinton"])["Clinton"] == "Bill Clinton"


def test_a_person_is_shown_by_the_full_name_written_most_often():
    merged = merge_actors(["Donald J. Trump"] + ["Donald Trump"] * 4 + ["Trump"])
    assert set(merged.values()) == {"Donald Trump"}
    assert merge_actors(["Donald J. Trump", "Donald Trump", "Trump"])["Trump"] == "Donald J. Trump"  # once each


def test_a_spelling_in_capitals_gives_way_to_the_name_in_upper_and_lower_case():
    assert set(merge_actors(["Democrats"] * 3 + ["DEMOCRATS"]).values()) == {"Democrats"}
    assert set(merge_actors(["Republicans", "REPUBLICANS"]).values()) == {"Republicans"}
    assert set(merge_actors(["Donald Trump"] * 2 + ["DONALD TRUMP"] * 3).values()) == {"Donald Trump"}
    assert set(merge_actors(["NATO"] * 3 + ["Nato"]).values()) == {"NATO"}  # an acronym, written so mostly


def test_a_shouted_headline_does_not_rename_an_actor():
    a = replace(article("BEST THING THAT HAPPENED TO DEMOCRATS",
                        "Democrats said on Monday that the vote was a win.", id_="a"), outlet="Daily")
    b = replace(article("Democrats said the bill would pass.", id_="b"), outlet="Weekly")
    speakers = {s.speaker for o in voices_by_outlet([a, b]).outlets for s in o.sources}
    assert speakers == {"Democrats"}


def _corpus():
    a = replace(article("Donald Trump spoke in Ohio on Monday.", "“We will win Ohio easily,” Trump said.",
                        id_="a"), outlet="Daily")
    b = replace(article("Donald J. Trump visited Ohio again on Tuesday.", id_="b"), outlet="Weekly")
    return [a, b]


def test_voices_and_actor_tone_name_one_actor_alike():
    articles = _corpus()
    speakers = {s.speaker for o in voices_by_outlet(articles).outlets for s in o.sources if s.speaker}
    actors = {row.actor for row in actor_tones(articles)}
    trump = {name for name in speakers | actors if "Trump" in name}
    assert len(trump) == 1 and trump <= speakers and trump <= actors


def test_the_commands_print_the_same_name(tmp_path):
    for a in _corpus():
        (tmp_path / f"{a.id}.txt").write_text(a.raw, encoding="utf-8")
    runner = CliRunner()
    voices = runner.invoke(main, ["voices", "--corpus", str(tmp_path), "--format", "csv"])
    scored = runner.invoke(main, ["score", "--by", "actor", "--corpus", str(tmp_path), "--format", "csv"])
    assert voices.exit_code == 0 and scored.exit_code == 0, voices.output + scored.output
    named = [{line.split(",")[i] for line in out.output.splitlines()[1:] if "Trump" in line}
             for out, i in ((voices, 1), (scored, 0))]
    assert named[0] and named[0] == named[1]


def test_quoted_voices_rows_use_the_corpus_name():
    from mediadiff.tone.scoring import score_corpus

    a = replace(article("“We will win Ohio easily,” Trump said.", id_="a"), outlet="Daily")
    b = replace(article("Donald Trump visited Ohio again on Tuesday.", id_="b"), outlet="Weekly")
    rows = score_corpus([a, b], by="outlet", voice="quoted")
    assert "Donald Trump in Daily" in {row.name for row in rows}
    assert "Donald Trump" in {s.speaker for o in voices_by_outlet([a, b]).outlets for s in o.sources}


def test_the_keyed_merge_finds_every_group_an_exhaustive_search_finds():
    # merge_actors compares a name only with the groups whose lead shares a key with it; an exhaustive
    # search over every group (the rule written out) must give the same groups
    from collections import Counter

    from mediadiff.voices.name_match import acronym_of, same_actor
    from mediadiff.voices.names import canonical_org

    names = ["NYT", "New York Times", "the New York Times", "F.B.I.", "Federal Bureau of Investigation", "the FBI",
             "U.S.", "United States", "the U.S.", "Clinton", "Hillary Clinton", "Bill Clinton", "Hillary Clinton",
             "a spokeswoman for Clinton", "spokeswoman for Clinton", "State Department", "U.S. State Department",
             "Juan Ramón de la Fuente", "Juan Ramon de la Fuente", "de la Fuente", "Customs and Border Protection",
             "CBP", "Mr. Obama", "Barack Obama", "Michelle Obama", "Obama", "Obama"]
    counts = Counter(names)
    groups: list[list[str]] = []
    for name in sorted(counts, key=lambda n: (-len(canonical_org(n)), n.isascii(), n)):
        fitting = [group for group in groups if same_actor(group[0], name, across=True)
                   or acronym_of(group[0], name) or acronym_of(name, group[0])]
        if fitting:
            max(fitting, key=lambda group: sum(counts[n] for n in group)).append(name)
        else:
            groups.append([name])
    merged = merge_actors(names)
    for group in groups:
        assert len({merged[name] for name in group}) == 1, group
    assert len(set(merged.values())) == len(groups)
