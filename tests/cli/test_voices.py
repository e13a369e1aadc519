"""`mediadiff voices` end to end."""

from __future__ import annotations

import json

from paths import SEEDS

from mediadiff.cli import main


def test_voices_text_json_csv_and_chart(runner, tmp_path):
    text = runner.invoke(main, ["voices", "--corpus", str(SEEDS), "000", "001"])
    assert text.exit_code == 0 and "Claudia Sheinbaum" in text.output
    out = runner.invoke(main, ["voices", "--corpus", str(SEEDS), "--format", "json"])
    data = json.loads(out.output)
    assert {"outlets", "articles"} <= set(data)
    csv = runner.invoke(main, ["voices", "--corpus", str(SEEDS), "--format", "csv", "003"])
    assert csv.exit_code == 0 and csv.output.startswith("outlet,")
    charts = runner.invoke(main, ["voices", "--corpus", str(SEEDS), "--charts", str(tmp_path), "-q"])
    assert charts.exit_code == 0 and (tmp_path / "who-gets-the-floor.png").exists()
    again = runner.invoke(main, ["voices", "--corpus", str(SEEDS), "--charts", str(tmp_path), "-q"])
    assert again.exit_code == 1 and "--force" in again.output


def test_voices_unknown_id_is_one_line(runner):
    result = runner.invoke(main, ["voices", "--corpus", str(SEEDS), "nope"])
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_score_voice_option(runner):
    own = runner.invoke(main, ["score", "--corpus", str(SEEDS), "003", "--by", "sentence", "--format", "json"])
    cues = [c for s in json.loads(own.output)["sentences"] for c in s["cues"]]
    assert cues and all(c["voice"] == "own" for c in cues)
    quoted = runner.invoke(main, ["score", "--corpus", str(SEEDS), "--by", "outlet", "--voice", "quoted",
                                  "--format", "json"])
    assert quoted.exit_code == 0 and any(" in " in r["name"] for r in json.loads(quoted.output)["rows"])


def test_score_by_actor_text_json_and_chart(runner, tmp_path):
    text = runner.invoke(main, ["score", "--corpus", str(SEEDS), "--by", "actor"])
    assert text.exit_code == 0 and "Claudia Sheinbaum" in text.output and "mentions" in text.output
    # tone and the neg/neu/pos shares are two measures: the legend says what each is, so a row that leans
    # negative while every mention is most probably neutral reads as such (QA: "mean -0.25 but 100% neutral")
    legend = " ".join(text.output.split())
    assert "most probable class" in legend and "P(favourable) - P(unfavourable)" in legend
    rows = json.loads(runner.invoke(main, ["score", "--corpus", str(SEEDS), "--by", "actor", "--format",
                                           "json"]).output)["actors"]
    assert rows and all(-1 <= r["tone_mean"] <= 1 and r["mention_count"] >= 1 for r in rows)
    assert {"Latin Times"} <= {r["outlet"] for r in rows}
    charts = runner.invoke(main, ["score", "--corpus", str(SEEDS), "--by", "actor", "--charts", str(tmp_path),
                                  "-q"])
    assert charts.exit_code == 0 and (tmp_path / "actor-tone-by-outlet.png").exists()
    data = json.loads((tmp_path / "actor-tone-by-outlet.json").read_text(encoding="utf-8"))
    assert data["actors"] and data["outlets"]


def test_chart_actor_tone(runner, tmp_path):
    result = runner.invoke(main, ["chart", "actor-tone", "--corpus", str(SEEDS), "--out", str(tmp_path), "-q"])
    assert result.exit_code == 0 and (tmp_path / "actor-tone-by-outlet.png").exists()



def test_voices_group_sources_are_not_unknown(runner, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "g.txt").write_text("Talks end\n\nBoth governments said they would “keep working together on "
                                  "security and trade”.\n\n“We are not done yet,” Jane Doe said.\n", encoding="utf-8")
    text = runner.invoke(main, ["voices", "--corpus", str(corpus)])
    assert text.exit_code == 0 and '"Both governments"' in text.output
    data = json.loads(runner.invoke(main, ["voices", "--corpus", str(corpus), "--format", "json"]).output)
    group = next(s for s in data["outlets"][0]["sources"] if s["source"])
    assert (group["speaker"], group["source"]) == (None, "Both governments")
    charts = runner.invoke(main, ["voices", "--corpus", str(corpus), "--charts", str(tmp_path), "-q"])
    assert charts.exit_code == 0
    floor = json.loads((tmp_path / "who-gets-the-floor.json").read_text(encoding="utf-8"))
    shares = floor["outlets"][0]["shares"]
    assert shares.get("several / unresolved source") and "unknown" not in shares


def test_a_group_is_one_kind_in_actor_mentions_score_by_actor_voices_and_the_chart(runner, tmp_path):
    import mediadiff
    from mediadiff.render.tone_charts import actor_tone_chart

    path = tmp_path / "g.txt"
    path.write_text("Democratic and Republican leaders said the plan would fail.\n\n"
                    "Senate Republicans, a cautious group, met on Tuesday.\n", encoding="utf-8")
    kinds = {(m.actor, m.kind) for m in mediadiff.actor_mentions(mediadiff.load_article(str(path)))}
    assert {("Democratic and Republican leaders", "group"), ("Senate Republicans", "group")} <= kinds
    rows = json.loads(runner.invoke(main, ["score", str(path), "--by", "actor", "--format", "json"]).output)["actors"]
    assert {(r["actor"], r["kind"]) for r in rows} == {("Senate Republicans", "group"),
                                                       ("Democratic and Republican leaders", "group")}
    text = runner.invoke(main, ["score", str(path), "--by", "actor"]).output
    assert "kind" in text and "group" in text
    voices = json.loads(runner.invoke(main, ["voices", str(path), "--format", "json"]).output)
    assert "Democratic and Republican leaders" in json.dumps(voices)
    figure = actor_tone_chart(mediadiff.actor_tones([mediadiff.load_article(str(path))]))
    assert {t.get_text() for t in figure.axes[0].get_yticklabels()} == {"Senate Republicans (group)",
                                                                    "Democratic and Republican leaders (group)"}
