"""Names inside a Title Case headline: only actors the ordinary sentences name count."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import actor_mentions, attribute
from mediadiff.voices.headlines import is_title_case

HEADLINE = "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton."


def test_title_case_is_every_long_word_capitalised():
    assert is_title_case(HEADLINE)
    assert is_title_case("SHEINBAUM REJECTS U.S. MILITARY ACTION")
    # Names make a sentence dense with capitals, but one long lower-case word makes it ordinary.
    assert not is_title_case("Secretary of State Marco Rubio and Foreign Minister Juan Ramón de la Fuente spoke.")
    assert not is_title_case("Later, Governor John Smith met Chairman Ali Khan of the Finance Committee.")
    assert not is_title_case("Trump Said No")  # fewer than three long words: too short to tell
    # A heading in capitals before an ordinary byline does not make the sentence a headline.
    assert not is_title_case("RED STATES OUTNUMBER BLUE STATES - Jeffrey Jones: “Gallup's analysis shows it.”")


def test_a_headline_names_only_actors_the_body_names():
    mentions = actor_mentions(article(
        HEADLINE,
        "A poll shows that wealthy voters have abandoned the Republican party in favor of Hillary Clinton.",
        "Clinton beats Donald Trump by 46 percent to 42 percent, according to the poll."))
    actors = {m.actor for m in mentions}
    assert "Hillary Clinton" in actors and "Donald Trump" in actors
    assert not any("Wealthy" in actor or "Voters" in actor for actor in actors)
    # The headline's "Hillary Clinton" is a mention of her, at its own place in the headline.
    (in_headline,) = [m for m in mentions if m.start < len(HEADLINE)]
    assert (in_headline.actor, in_headline.text) == ("Hillary Clinton", "Hillary Clinton")
    assert HEADLINE[in_headline.start:in_headline.end] == "Hillary Clinton"


def test_a_headline_founds_no_actor_of_its_own():
    mentions = actor_mentions(article("Sheinbaum Rejects Pentagon Plan for Border Strikes",
                                      "Mexican President Claudia Sheinbaum said on Monday she would not accept it."))
    # "Sheinbaum Rejects Pentagon Plan" is no actor; a lone surname before the body names her is left
    # out rather than guessed (the body's full name comes later in reading order).
    assert {m.actor for m in mentions} == {"Claudia Sheinbaum"}
    assert all(m.start > 50 for m in mentions)


def test_a_name_with_a_middle_initial_counts_in_a_byline():
    mentions = actor_mentions(article("Michael P. McDonald, United States Elections Project",
                                      "“Turnout will be high,” McDonald said on Tuesday."))
    assert "Michael P. McDonald" in {m.actor for m in mentions}
    assert all(m.actor == "Michael P. McDonald" for m in mentions if "McDonald" in m.text)


def _title_case_feed(headlines: int) -> tuple:
    """An ordinary sentence naming two people, then ``headlines`` Title Case sentences of ordinary
    words, one in four naming Clinton: a scraped feed written in Title Case throughout."""
    body = ["Hillary Clinton met Donald Trump in Ohio on Tuesday, officials said."]
    for k in range(headlines):
        who = "Senator Hillary Clinton" if k % 4 == 0 else "The Governor"
        body.append(f"Voters In Rural Counties Weigh Rising Prices As {who} Tours Factories And Schools "
                    f"Across The State Before Week {k} Of The Long Campaign Season Ends.")
    return article(*body)


def _readings(monkeypatch, feed) -> tuple[int, set[str]]:
    """How many parts of headlines ``read_actors`` reads, and the actors it finds."""
    from mediadiff.voices import actors

    calls = []
    real = actors._part_reading
    monkeypatch.setattr(actors, "_part_reading", lambda part: calls.append(part) or real(part))
    registry = actors.read_actors(feed)
    return len(calls), {m.actor for m in registry.mentions}


def test_a_title_case_feed_reads_parts_only_near_known_names(monkeypatch):
    small, small_actors = _readings(monkeypatch, _title_case_feed(40))
    large, large_actors = _readings(monkeypatch, _title_case_feed(160))
    assert "Hillary Clinton" in small_actors and "Hillary Clinton" in large_actors
    assert not any("Voters" in actor or "Governor" in actor for actor in large_actors)
    # Every part of every word was read (nine per word, 3,000 on the large feed); now only the parts
    # holding a word that may end a known name, and the work grows with the text, not faster.
    words = sum(len(s.text.split()) for s in _title_case_feed(160).sentences)
    assert large < words / 4
    assert large <= 4 * small + 10


def _every_part(runs, known, read):
    """``known_parts`` as it was: every part of every run read, the longest first (the reference)."""
    from mediadiff.voices.headlines import _WITH_MIDDLE_INITIAL, MAX_NAME_WORDS, _is_known, _tokens

    found = []
    for phrase, start, _ in runs:
        tokens, i = _tokens(phrase), 0
        while i < len(tokens):
            for j in range(min(len(tokens), i + MAX_NAME_WORDS), i, -1):
                reading = read(phrase[tokens[i][0]:tokens[j - 1][1]])
                if reading is not None and (_is_known(reading[2], known) or _WITH_MIDDLE_INITIAL.fullmatch(reading[1])):
                    at = start + tokens[i][0] + reading[0]
                    found.append((reading[1], at, at + len(reading[1])))
                    i = j
                    break
            else:
                i += 1
    return found


def test_known_parts_answers_as_reading_every_part():
    import random

    from mediadiff.voices.actors import _part_reading
    from mediadiff.voices.headlines import by_last_word, known_parts

    known = by_last_word(["Hillary Clinton", "Donald Trump", "It", "The New York Times", "State Department",
                          "Bernie Sanders", "Juan Ramón de la Fuente", "Mr. Smith", "Jones'"])
    # Words that cut a name's end (of, a place, a time, a possessive, a mark) beside names, roles and initials.
    vocabulary = ("Hillary Clinton Clinton's Clinton, Trump Trump. It It's Times State Department Sanders of Of "
                  "Vermont Ohio New York The the and for de la Fuente Ramón Juan Mr. Smith Jones' Jones ’s 's , . "
                  "Senator President Says Voters Tuesday Tuesday's June EST Standard Time P. Michael McDonald "
                  "Rising Prices Big Plan On Last Week").split()
    rng = random.Random(7)
    runs = [(" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 14))), 100 * k, 0) for k in range(400)]
    # A person's state after "of" and a time cut from a name's end: the words after the name are read too.
    runs += [("Senator Bernie Sanders of Vermont Says", 0, 0), ("Voters Hillary Clinton Tuesday Rising", 100, 0)]
    assert known_parts(runs[-2:], known, _part_reading) == [("Senator Bernie Sanders of Vermont", 0, 33),
                                                            ("Hillary Clinton", 107, 122)]
    assert known_parts(runs, known, _part_reading) == _every_part(runs, known, _part_reading)


@pytest.mark.parametrize("text", [
    "Sweaters? Forget It. Dresses? Hard To Find.",
    "Such Convenience Ought To Attract Wide Interest. Or Will It?",
    "So Goes The Routine. Now And Again, Something Different Happens.",
    "Donald Trump Is Right About Trade, Critics Admit.",
])
def test_a_closed_class_word_is_never_part_of_a_name_in_title_case_text(text):
    names = {a.name for a in attribute(article(text)).actors}
    assert not any(w in name.split() for name in names for w in ("It", "So", "Is", "Or", "Now"))


def test_an_adverb_opening_a_sentence_is_cut_and_one_inside_a_name_stays():
    assert [a.speaker for a in attribute(article("Now Donald Trump says the deal is dead.")).items] == ["Donald Trump"]
    text = "The Liberty Now PAC and Unite Here backed the strike. The union said it would go on."
    assert {"Liberty Now PAC", "Unite Here"} <= {a.name for a in attribute(article(text)).actors}
