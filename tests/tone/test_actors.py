"""Tone toward actors by outlet: mentions come from an injectable finder; own voice skips quotes."""

from __future__ import annotations

from dataclasses import dataclass

from mediadiff.models import Article, Sentence
from mediadiff.tone.actors import actor_tones, mention_tones


@dataclass(frozen=True)
class FakeMention:
    actor: str
    text: str
    start: int
    end: int


def build(id: str, outlet: str, body: list[str]) -> Article:
    raw, sentences = "", []
    for i, text in enumerate(body):
        sentences.append(Sentence(i, text, len(raw), len(raw) + len(text)))
        raw += text + " "
    return Article(id=id, path=f"{id}.txt", raw=raw, sentences=tuple(sentences), outlet=outlet)


def finder(*names: str):
    def mentions(article: Article):
        return [FakeMention(name, name, i, i + len(name)) for name in names
                for i in _all(article.raw, name)]
    return mentions


def _all(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def test_rows_are_actors_by_outlet_with_their_tone():
    harsh = build("1", "Daily", ["Critics condemned Smith for the disastrous, corrupt deal."])
    kind = build("2", "Herald", ["Smith won praise for a brilliant, generous deal."])
    rows = actor_tones([harsh, kind], mentions=finder("Smith"))
    by_outlet = {r.outlet: r for r in rows}
    assert set(by_outlet) == {"Daily", "Herald"}
    assert by_outlet["Daily"].tone_mean < by_outlet["Herald"].tone_mean
    assert all(r.actor == "Smith" and r.n_mentions == 1 for r in rows)
    assert rows[0].to_records()[0]["actor"] == "Smith"


def test_two_actors_in_one_sentence_are_told_apart():
    article = build("1", "Daily", ["Critics condemned Smith for the disastrous failure, while Jones won praise "
                                   "for her brilliant success."])
    tones = {t.actor: t.tone for t in mention_tones(article, mentions=finder("Smith", "Jones"))}
    assert tones["Smith"] < tones["Jones"]


def test_min_mentions_drops_thin_rows():
    article = build("1", "Daily", ["Smith spoke.", "Smith left.", "Jones stayed."])
    rows = actor_tones([article], mentions=finder("Smith", "Jones"), min_mentions=2)
    assert [r.actor for r in rows] == ["Smith"]


def test_each_article_is_attributed_once_for_the_actor_table(seeds, monkeypatch):
    import mediadiff.voices.attribution as attribution

    calls = []
    real = attribution.attribute
    monkeypatch.setattr(attribution, "attribute", lambda article: calls.append(article.id) or real(article))
    rows = actor_tones([seeds["003"], seeds["004"]])
    assert rows and sorted(calls) == ["003", "004"]  # its mentions and its voices from one reading


def test_shares_count_the_tone_models_classes():
    # A mention the tone-toward model calls neutral was counted positive when P(pos) - P(neg) passed VADER's
    # +-0.05 band: "Jim Durkin said on Tuesday." read +0.20, 100% positive.
    from mediadiff.tone.toward import target_tone

    text = "Jim Durkin said on Tuesday."
    article = build("1", "Daily", [text])
    (mention,) = mention_tones(article, mentions=finder("Jim Durkin"))
    assert mention.label == target_tone(text, 0, len("Jim Durkin")).label
    (row,) = actor_tones([article], mentions=finder("Jim Durkin"))
    shares = {"negative": row.share_negative, "neutral": row.share_neutral, "positive": row.share_positive}
    assert shares[mention.label] == 1


def test_examples_give_the_sentence_clause_tone_and_cue_words():
    article = build("7", "Daily", ["The weather was mild.", "Critics condemned Smith for the disastrous, corrupt deal.",
                                   "Smith won praise for a brilliant deal."])
    (row,) = actor_tones([article], mentions=finder("Smith"))
    low, high = row.example_mentions
    assert row.examples == (str(low), str(high)) == ("7 [2]", "7 [3]")  # the strings the CLI prints
    assert (low.article_id, low.sentence, low.mention) == ("7", 1, "Smith") and low.tone < high.tone
    assert "Critics condemned Smith" in low.clause and "Smith" in high.clause
    assert dict(low.cues)["condemned"] < 0 and dict(high.cues)["brilliant"] > 0
    assert "smith" not in dict(low.cues)
    as_dict = row.to_dict()["example_mentions"][1]
    assert as_dict["sentence"] == 2 and {"word": "brilliant", "valence": dict(high.cues)["brilliant"]} in as_dict["cues"]
    assert "7 [3]: " in row.to_records()[0]["example_mentions"] and "brilliant" in row.to_records()[0]["example_mentions"]


def test_an_example_shows_its_clause_with_single_spaces():
    # The clause kept the article's runs of spaces and line breaks, which broke the lines of every table.
    article = build("7", "Daily", ["Critics   condemned\n  Smith for the\tdisastrous deal."])
    (row,) = actor_tones([article], mentions=finder("Smith"))
    (example,) = row.example_mentions
    assert not any(c in example.clause for c in "\n\t") and "  " not in example.clause
    assert "Critics condemned Smith" in example.clause


@dataclass(frozen=True)
class KindedMention:
    actor: str
    text: str
    start: int
    end: int
    kind: str


def kinded(name: str, kinds: dict[str, str]):
    def mentions(article: Article):
        return [KindedMention(name, name, i, i + len(name), kinds[article.id]) for i in _all(article.raw, name)]
    return mentions


def test_a_name_read_as_an_organisation_once_is_one_in_every_outlet():
    # review12 item 6: one article names Exxon a company; the others type it unknown (or a person) for want of
    # evidence, so score --by actor says organisation everywhere, as voices does
    articles = [build("a", "A", ["The oil company Exxon said the lawsuit was baseless."]),
                build("b", "B", ["Exxon said its profits fell."]),
                build("c", "C", ["Exxon said the lawsuit was baseless."])]
    rows = actor_tones(articles, mentions=kinded("Exxon", {"a": "organisation", "b": "unknown", "c": "person"}))
    assert {r.kind for r in rows} == {"organisation"}
    # near miss: with no organisation reading, the majority of the mentions' kinds stands
    rows = actor_tones(articles, mentions=kinded("Exxon", {"a": "unknown", "b": "unknown", "c": "person"}))
    assert {r.kind for r in rows} == {"unknown"}


def test_score_by_actor_and_voices_agree_on_kind(tmp_path):
    import json

    from click.testing import CliRunner

    from mediadiff.cli import main

    for name, body in (("a", "The oil company Exxon said the lawsuit was baseless."),
                       ("b", "Exxon said its profits fell sharply in the third quarter."),
                       ("c", "Exxon said the lawsuit was baseless.")):
        (tmp_path / f"{name}.txt").write_text(f"Title: Exxon {name}\n\n{body}\n")
    runner = CliRunner()
    scored = runner.invoke(main, ["--corpus", str(tmp_path), "score", "--by", "actor", "--format", "json"])
    voiced = runner.invoke(main, ["--corpus", str(tmp_path), "voices", "--format", "json"])
    assert scored.exit_code == 0 and voiced.exit_code == 0, scored.output + voiced.output
    score_kinds = {r["kind"] for r in json.loads(scored.output)["actors"] if r["actor"] == "Exxon"}
    voice_kinds = {s["kind"] for o in json.loads(voiced.output)["outlets"] for s in o["sources"]
                   if s["speaker"] == "Exxon"}
    assert score_kinds == voice_kinds == {"organisation"}
