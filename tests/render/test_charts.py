"""Charts: valid PNG files of the stated size, JSON twins, and no silent overwrite."""

import json
import struct

import pytest

from mediadiff.models import MediadiffError
from mediadiff.render import charts
from mediadiff.tone.scoring import score_article, score_corpus


def png_size(path):
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    return struct.unpack(">II", header[16:24])


@pytest.fixture(scope="module")
def outlet_rows(seeds):
    return [*score_corpus(list(seeds), by="outlet"), score_article(seeds["004"]).comments]


def test_sentiment_and_hedging_charts_are_valid_pngs_with_twins(tmp_path, outlet_rows):
    written = charts.write_charts([
        ("tone", lambda: (charts.sentiment_chart(outlet_rows), charts.sentiment_data(outlet_rows))),
        ("hedging", lambda: (charts.hedging_chart(outlet_rows), charts.hedging_data(outlet_rows))),
    ], tmp_path)
    assert [w.png.name for w in written] == ["tone.png", "hedging.png"]
    for chart in written:
        assert png_size(chart.png) == (1200, 675)
        assert chart.png.stat().st_size > 10_000
    twin = json.loads((tmp_path / "tone.json").read_text())
    assert {row["name"] for row in twin} >= {"Latin Times", "004 comments"}
    assert all(-1 <= row["sentiment_mean"] <= 1 for row in twin)


def test_existing_files_are_never_overwritten_without_force(tmp_path, outlet_rows):
    draw = [("tone", lambda: (charts.sentiment_chart(outlet_rows), charts.sentiment_data(outlet_rows)))]
    charts.write_charts(draw, tmp_path)
    (tmp_path / "tone.png").write_bytes(b"user's own file")
    with pytest.raises(MediadiffError, match="force=True"):
        charts.write_charts(draw, tmp_path)
    assert (tmp_path / "tone.png").read_bytes() == b"user's own file"
    charts.write_charts(draw, tmp_path, force=True)
    assert png_size(tmp_path / "tone.png") == (1200, 675)


def test_chart_functions_draw_into_a_given_axes(outlet_rows):
    from matplotlib.figure import Figure

    figure = Figure()
    left, right = figure.subplots(1, 2)
    assert charts.hedging_chart(outlet_rows, ax=right) is figure
    assert right.get_title() and left.get_title() == ""


def test_outlet_colours_are_stable_distinct_and_colour_blind_safe():
    names = ["Latin Times", "002 (outlet unknown)", "003 (outlet unknown)", "004 (outlet unknown)", "EFE", "AP"]
    colours = charts.outlet_palette(names)
    assert len(set(colours.values())) == len(names)
    assert set(colours.values()) <= set(charts.OKABE_ITO)
    assert charts.outlet_palette(list(reversed(names))) == colours


def test_reader_comments_sit_beside_their_outlet(outlet_rows):
    names = [row["name"] for row in charts.sentiment_data(outlet_rows)]
    assert names.index("004 comments") == names.index("004 (outlet unknown)") + 1


def test_every_chart_function_takes_a_result_and_returns_its_figure(seeds, tmp_path):
    from matplotlib.figure import Figure

    from mediadiff.align.comparison import compare
    from mediadiff.align.coverage import compare_many
    from mediadiff.events.grouping import group_events

    comparison = compare(seeds["003"], seeds["004"])
    coverage = compare_many([seeds["000"], seeds["003"], seeds["004"]])
    events = group_events(list(seeds))
    for draw in (lambda ax: charts.status_chart(comparison, ax=ax), lambda ax: charts.alignment_map(comparison, ax=ax),
                 lambda ax: charts.coverage_chart(coverage, ax=ax), lambda ax: charts.events_chart(events, seeds, ax=ax)):
        figure = Figure()
        assert draw(figure.add_subplot()) is figure
    data = charts.events_data(events, list(seeds))
    assert data["ids"] == list(seeds.ids) and len(data["similarity"]) == 5
    assert all(row[i] == 1.0 for i, row in enumerate(data["similarity"]))


def test_events_heatmap_names_articles_only_while_the_names_can_be_read():
    from types import SimpleNamespace

    def drawn(n):
        ids = [f"a{i}" for i in range(n)]
        matrix = [[1.0 if r == c else 0.1 for c in range(n)] for r in range(n)]
        events = [SimpleNamespace(id=f"S{k + 1}.1", article_ids=tuple(ids[k:k + 2])) for k in range(0, n, 2)]
        return charts.event_similarity_chart(ids, matrix, events).axes[0]

    few, many = drawn(6), drawn(charts.MAX_NAMED_ARTICLES + 2)
    assert [t.get_text() for t in few.get_yticklabels()][:2] == ["a0", "a1"]
    assert "S1.1" in [t.get_text() for t in few.texts]
    assert not many.get_yticklabels() and not many.texts
    assert f"{charts.MAX_NAMED_ARTICLES + 2} articles" in many.get_xlabel()


def test_events_data_of_an_unnamed_heatmap_lists_the_related_pairs_not_every_pair():
    from types import SimpleNamespace

    n = charts.MAX_NAMED_ARTICLES + 2
    ids = [f"a{i}" for i in range(n)]
    # a0 and a1 report one event; every other pair shares a few common words (0.02), as a large corpus does
    matrix = [[1.0 if r == c else 0.6 if {r, c} == {0, 1} else 0.02 for c in range(n)] for r in range(n)]
    events = [SimpleNamespace(id="S1.1", article_ids=("a0", "a1"))] + [
        SimpleNamespace(id=f"S{k}.1", article_ids=(i,)) for k, i in enumerate(ids[2:], 2)]
    data = charts.event_similarity_data(ids, matrix, events)
    assert data["ids"] == ids and data["groups"][:3] == ["S1.1", "S1.1", "S2.1"]
    assert "similarity" not in data and data["pairs"] == [["a0", "a1", 0.6]]
    assert 0.02 < data["pair_floor"] < 0.6
    few = charts.event_similarity_data(ids[:3], [row[:3] for row in matrix[:3]], events[:2])
    assert few["similarity"][0] == [1.0, 0.6, 0.02] and "pairs" not in few  # a named heatmap: every cell


def test_dollar_signs_in_article_text_and_outlets_are_drawn_as_written_not_as_tex():
    import io

    from mediadiff.align.comparison import compare
    from mediadiff.models import Article, Sentence

    def article(article_id, outlet, *texts):
        sentences, pos = [], 0
        for k, text in enumerate(texts):
            sentences.append(Sentence(k, text, pos, pos + len(text)))
            pos += len(text) + 1
        return Article(article_id, f"{article_id}.txt", " ".join(texts), tuple(sentences), outlet=outlet)

    a = article("a", "Cash $ Post", "Prices rose $5 to $10 per barrel on Monday.", "The $x^{2 cost was $3.")
    b = article("b", r"$\frac{1}{0}$ News", "Oil prices rose $5 to $10 a barrel on Monday.")
    figure = charts.alignment_map(compare(a, b))
    figure.savefig(io.BytesIO(), format="png")  # an unclosed "$x^{2" ended the chart with a TeX parse error
    texts = [t.get_text() for t in figure.findobj(lambda o: hasattr(o, "get_parse_math")) if t.get_text()]
    assert any("$10" in t for t in texts) and any(r"$\frac{1}{0}$ News" in t for t in texts)
    assert not any(t.get_parse_math() for t in figure.findobj(lambda o: hasattr(o, "get_parse_math")))


def test_control_characters_and_bidi_overrides_of_an_outlet_are_not_drawn():
    import io
    import warnings

    from mediadiff.align.comparison import compare
    from mediadiff.align.coverage import compare_many
    from mediadiff.models import Article, Sentence

    def article(article_id, outlet, text):
        return Article(article_id, f"{article_id}.txt", text, (Sentence(0, text, 0, len(text)),), outlet=outlet)

    a = article("a\x0f1", "Daily\x0f Post", "Prices rose on Monday.")
    b = article("b", "\u202eswen\x1b[2J Herald", "Prices rose on Monday, traders said.")
    c = article("c\x82", "Gazette", "Prices rose on Monday, dealers said.")
    for figure in (charts.alignment_map(compare(a, b)), charts.coverage_chart(compare_many([a, b, c]))):
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a glyph the font lacks is a UserWarning
            figure.savefig(io.BytesIO(), format="png")
    texts = [t.get_text() for t in figure.findobj(lambda o: hasattr(o, "get_parse_math")) if t.get_text()]
    assert any("Gazette" in t for t in texts) and any("c" in t for t in texts)
    assert not any(ch in t for t in texts for ch in "\x0f\x1b\u202e\x82")


def test_a_chart_given_another_result_says_which_it_takes(seeds):
    import mediadiff

    comparison = mediadiff.compare(seeds["003"], seeds["004"])
    sentence_rows = mediadiff.score_corpus([seeds["004"]], by="sentence")
    cases = [
        (charts.alignment_map, None, "mediadiff.compare"), (charts.status_chart, sentence_rows, "mediadiff.compare"),
        (charts.coverage_chart, comparison, "mediadiff.compare_many"),
        (charts.sentiment_chart, sentence_rows, "GroupScore rows"), (charts.hedging_chart, comparison, "GroupScore"),
        (charts.actor_tone_chart, sentence_rows, "ActorTone rows"),
    ]
    for chart, wrong, named in cases:
        with pytest.raises(mediadiff.ArgumentTypeError, match=f"{chart.__name__}\\(\\) takes .*{named}"):
            chart(wrong)


def test_the_tone_chart_mentions_reader_comments_only_when_it_shows_some(outlet_rows):
    with_readers = charts.sentiment_chart(outlet_rows).axes[0].get_title()
    without = charts.sentiment_chart([r for r in outlet_rows if r.kind != "comments"]).axes[0].get_title()
    assert "reader comments" in with_readers
    assert "reader comments" not in without and without.startswith("Tone of the coverage")


def test_the_status_chart_of_long_ids_wraps_its_names_and_labels_only_segments_wide_enough():
    from align_builders import article

    from mediadiff.align.comparison import compare

    shared = "The central bank raised its main interest rate to 4.5 percent on Tuesday."
    a = article("wash-post_2016-09-29_the-real-trump-showed-up-at-deba", shared,
                *(f"Paragraph {n} of the long analysis discusses topic number {n} at length." for n in range(30)))
    b = article("usa-today", shared, "Readers wrote letters about the election all week.")
    figure = charts.status_chart(compare(a, b))
    ax = figure.axes[0]
    assert "\n" in ax.get_title() and all(len(line) <= 80 for line in ax.get_title().splitlines())
    assert all(len(line) <= 28 for tick in ax.get_yticklabels() for line in tick.get_text().splitlines())
    inside = [t.get_text() for t in ax.texts]
    assert not any(t.startswith("reworded") or t.startswith("kept") for t in inside)  # 1 of 31: too narrow


def test_coverage_chart_draws_uncertain_links_apart_with_a_legend(seeds):
    # The reports mark with "?" an article that carries a fact only through uncertain rows; the chart must too.
    from dataclasses import replace

    from mediadiff.align.coverage import compare_many

    coverage = compare_many([seeds["001"], seeds["003"], seeds["004"]])
    sure = replace(coverage, facts=tuple(replace(f, uncertain=()) for f in coverage.facts))
    first = sure.facts[0]
    doubted = replace(sure, facts=(replace(first, uncertain=(next(iter(first.sentences)),)), *sure.facts[1:]))
    plain_axes, doubted_axes = charts.coverage_chart(sure).axes[0], charts.coverage_chart(doubted).axes[0]
    assert plain_axes.get_legend() is None and not any(p.get_hatch() for p in plain_axes.patches)
    assert sum(bool(p.get_hatch()) for p in doubted_axes.patches) == 1
    assert sum(t.get_text().endswith(" ?") for t in doubted_axes.texts) == 1
    labels = [t.get_text() for t in doubted_axes.get_legend().get_texts()]
    assert any("same fact?" in label for label in labels)
