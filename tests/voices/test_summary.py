"""Who gets the floor, per outlet: sources, counts, words and verbs."""

from __future__ import annotations

from dataclasses import replace

from voices_builders import article

from mediadiff.voices.summary import articles_names, voices_by_outlet, written_role


def test_sources_pooled_per_outlet_and_merged_across_articles():
    a = replace(article("“We will win the vote,” Jane Doe said.", id_="a"), outlet="Daily")
    b = replace(article("Doe claimed that the vote was rigged.", "Jane Doe spoke again.", id_="b"), outlet="Daily")
    c = replace(article("“Nobody won anything at all here,” an observer said.", id_="c"), outlet="Weekly")
    summary = voices_by_outlet([a, b, c])
    daily, weekly = summary.outlets
    (doe,) = daily.sources
    assert (doe.speaker, doe.direct, doe.reported) == ("Jane Doe", 1, 1)
    assert dict(doe.verbs) == {"say": 1, "claim": 1} and doe.loaded == 1
    assert doe.words == 5 + 4 and doe.share == 1.0
    assert weekly.sources[0].speaker is None  # "an observer": nobody in particular, never guessed
    assert daily.own_words + daily.attributed_words == sum(len(s.text.split()) for x in (a, b) for s in x.sentences)


def test_records_are_flat_rows(seeds):
    rows = voices_by_outlet([seeds["000"], seeds["001"]]).to_records()
    assert rows and all(isinstance(v, (str, int, float, type(None))) for r in rows for v in r.values())


def test_a_source_naming_no_single_actor_is_its_own_row_not_unknown():
    doc = replace(article("“We will keep working on it together,” both governments said.",
                          "“This is a long road for everyone,” Jane Doe said.",
                          "“And nobody knows where it ends.”", "Then came “the long part” of the talks.",
                          id_="g"), outlet="Daily")
    (daily,) = voices_by_outlet([doc]).outlets
    rows = {s.label: s for s in daily.sources}
    group = rows['"both governments"']
    assert group.speaker is None and group.source == "both governments" and group.direct == 1
    assert "Jane Doe" in rows and all(s.source is None for s in daily.sources if s.speaker)
    assert group.to_dict()["source"] == "both governments"


def test_each_attributed_word_counts_once(seeds):
    # 002 reads one reported clause twice, whole and from "adding that ..." on: the words they share
    # count once, so each outlet's sources add up to its attributed words and their shares to 1.
    summary = voices_by_outlet(seeds)
    for outlet in summary.outlets:
        assert sum(s.words for s in outlet.sources) == outlet.attributed_words
        assert abs(sum(s.share for s in outlet.sources) - 1.0) < 1e-9 or not outlet.sources


def test_articles_names_gives_one_name_per_actor_across_articles():
    a = article("“We will win the vote,” Jane Doe said.", id_="a")
    b = article("Doe claimed that the vote was rigged.", id_="b")
    names = articles_names([a, b])
    assert names["Doe"] == names["Jane Doe"] == "Jane Doe"


def test_a_verb_counts_as_often_as_it_is_written():
    # One "claimed" gives a reported clause and the partial quote inside it; the quote opening the next
    # paragraph runs on under the same speaker with no verb written: one "claim", one loaded verb.
    doc = replace(article("Jane Doe claimed that the vote was “rigged from the start by everyone”.",
                          "“Nobody counted the ballots in the north at all,” Doe said.",
                          id_="v"), outlet="Daily")
    run_on = replace(article("“We will win the vote in the end,” Jane Doe said.",
                             "“And then we will govern for all of the people here.”", id_="w"), outlet="Daily")
    (daily,) = voices_by_outlet([doc, run_on]).outlets
    (doe,) = daily.sources
    assert doe.direct == 4 and dict(doe.verbs) == {"claim": 1, "say": 2} and doe.loaded == 1


def test_a_name_one_article_reads_as_an_organisations_is_one_in_every_article():
    a = replace(article("Clinton spoke to investment bank Goldman Sachs.", "“We paid her,” Goldman Sachs said.",
                        id_="a"), outlet="Daily")
    b = replace(article("“We had a strong quarter,” Goldman Sachs said on Monday.", id_="b"), outlet="Weekly")
    kinds = {(o.outlet, s.speaker): s.kind for o in voices_by_outlet([a, b]).outlets for s in o.sources}
    assert kinds == {("Daily", "Goldman Sachs"): "organisation", ("Weekly", "Goldman Sachs"): "organisation"}


def test_a_body_named_at_a_sentence_start_and_then_they_is_one_row():
    doc = replace(article("Police say the shootings happened minutes after she was suspended.",
                          "They say she forced her way through security at gunpoint.", id_="p"), outlet="Daily")
    (daily,) = voices_by_outlet([doc]).outlets
    assert [(s.label, s.reported) for s in daily.sources] == [("Police", 2)]


def test_a_resolved_source_keeps_every_way_it_was_written():
    a = replace(article("“We will win the vote,” Jane Doe said.", id_="a"), outlet="Daily")
    b = replace(article("Doe claimed that the vote was rigged.", id_="b"), outlet="Daily")
    (doe,) = voices_by_outlet([a, b]).outlets[0].sources
    assert doe.speaker == "Jane Doe" and doe.source is None and doe.written_as == ("Jane Doe", "Doe")
    assert doe.to_dict()["written_as"] == ["Jane Doe", "Doe"]
    assert voices_by_outlet([a, b]).to_records()[0]["written_as"] == "Jane Doe; Doe"


def test_a_source_naming_no_actor_gets_the_role_its_phrase_says():
    a = replace(article("“The talks have stalled for now,” a White House official said.",
                        "Both governments said they would meet.", id_="a"),
                outlet="Daily")
    by_source = {s.source: s for s in voices_by_outlet([a]).outlets[0].sources}
    official = by_source["a White House official"]
    assert official.speaker is None and (official.kind, official.role) == ("person", "official")
    assert written_role("officials familiar with the talks") == ("group", "official")
    assert by_source["Both governments"].role is None


def test_police_and_staff_are_a_group_though_singular_in_form():
    assert written_role("local police") == ("group", "police")
    assert written_role("hospital staff") == ("group", "staff")
    assert written_role("a police officer") == written_role("an officer")
