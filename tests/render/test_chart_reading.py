"""Charts read as a reader would read them: one colour per outlet everywhere, scales set by what matters."""

import math

import pytest
from matplotlib.colors import to_hex

from mediadiff.align.coverage import compare_many
from mediadiff.events.grouping import group_events
from mediadiff.render import charts
from mediadiff.tone.scoring import outlet_key, score_article, score_corpus


@pytest.fixture(scope="module")
def outlet_rows(seeds):
    return [*score_corpus(list(seeds), by="outlet"), score_article(seeds["004"]).comments]


def bar_colours(figure):
    return [to_hex(p.get_facecolor()) for p in figure.axes[0].patches]


def test_an_outlet_has_one_colour_in_every_chart_of_a_corpus(seeds, outlet_rows):
    palette = charts.corpus_palette(seeds)
    tone = charts.sentiment_chart([r for r in outlet_rows if r.kind == "outlet"], colours=palette)
    names = [d["outlet"] for d in charts.sentiment_data([r for r in outlet_rows if r.kind == "outlet"])]
    latin_tone = bar_colours(tone)[names.index("Latin Times")]
    coverage = compare_many([seeds["001"], seeds["003"], seeds["004"]])
    grid = charts.coverage_chart(coverage, colours=palette)
    assert latin_tone == palette["Latin Times"].lower()
    assert palette["Latin Times"].lower() in bar_colours(grid)
    assert palette == charts.corpus_palette(reversed(list(seeds)))  # order of reading does not matter
    assert set(palette) == {outlet_key(a) for a in seeds}


def test_events_heatmap_scale_is_not_swamped_by_the_diagonal(seeds):
    articles = list(seeds)
    figure = charts.events_chart(group_events(articles), articles)
    image = figure.axes[0].images[0]
    values = image.get_array()
    assert all(values.mask[i][i] or math.isnan(values[i][i]) for i in range(len(articles)))
    assert image.get_clim()[1] < 1.0


def test_hedging_scale_is_set_by_the_articles_not_the_comments(outlet_rows):
    figure = charts.hedging_chart(outlet_rows)
    data = charts.hedging_data(outlet_rows)
    article_top = max(max(d["hedges_per_100_words"], d["boosters_per_100_words"])
                      for d in data if d["kind"] == "outlet")
    comments_top = max(d["boosters_per_100_words"] for d in data if d["kind"] == "comments")
    assert comments_top > 2 * article_top  # the seeds' comments are the case the issue describes
    assert figure.axes[0].get_ylim()[1] < 2 * article_top


def test_chart_snippets_end_at_a_word(seeds):
    coverage = compare_many([seeds["001"], seeds["003"], seeds["004"]])
    labels = [t.get_text() for t in charts.coverage_chart(coverage).axes[0].get_yticklabels()]
    texts = {f.text for f in coverage.facts}
    for label in labels:
        if label.endswith("…"):
            head = label[:-1]
            assert any(t.startswith(head) and t[len(head)] == " " for t in texts), label


def _overlapping_tick_labels(figure):
    """Neighbouring bar names that run into each other: boxes that overlap, or for slanted names
    (parallel lines) a gap across the lines narrower than a line of text."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    labels = [t for t in figure.axes[0].get_xticklabels() if t.get_text()]
    overlaps = 0
    for a, b in zip(labels, labels[1:]):
        angle = math.radians(a.get_rotation())
        if angle == 0:
            overlaps += a.get_window_extent(renderer).overlaps(b.get_window_extent(renderer))
            continue
        gap = (b.get_window_extent(renderer).x1 - a.get_window_extent(renderer).x1) * math.sin(angle)
        overlaps += gap < a.get_fontsize() * figure.dpi / 72
    return overlaps


def test_tone_and_hedging_charts_of_many_bars_keep_their_names_apart(seeds):
    # --voice quoted gives a bar per source and outlet: over twenty on the seeds.
    rows = score_corpus(list(seeds), by="outlet", voice="quoted")
    assert len(rows) > 12
    for chart in (charts.sentiment_chart, charts.hedging_chart):
        assert _overlapping_tick_labels(chart(rows)) == 0
        assert _overlapping_tick_labels(chart(rows[:4])) == 0  # a few bars: names wrapped under each


def test_eight_bars_named_by_long_file_ids_keep_their_names_apart(seeds):
    # Eight bars were wrapped under each bar, and file names' pieces and "-0.07 (n=30)" ran into each other.
    from dataclasses import replace

    rows = score_corpus(list(seeds), by="outlet", voice="quoted")[:8]
    rows = [replace(r, name=f"politico_2016-06-1{k}_terrorism-experts-rebuke-trump-p") for k, r in enumerate(rows)]
    for chart in (charts.sentiment_chart, charts.hedging_chart):
        assert _overlapping_tick_labels(chart(rows)) == 0


def test_actor_tone_chart_of_many_outlets_gives_each_outlet_a_row():
    from types import SimpleNamespace

    def tones(outlets):
        return [SimpleNamespace(actor=actor, outlet=outlet, n_mentions=2, tone_mean=0.1, share_negative=0.0,
                                share_positive=0.5)
                for outlet in outlets for actor in ("Joe Biden", "Senate")]

    few = charts.actor_tone_chart(tones([f"Outlet {k}" for k in range(3)]))
    assert [t.get_text() for t in few.axes[0].get_yticklabels()] == ["Joe Biden", "Senate"]
    many = [f"Outlet {k}" for k in range(30)]
    figure = charts.actor_tone_chart(tones(many))
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == many  # a column per outlet was 40 inches wide
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Joe Biden", "Senate"]
    assert figure.get_figwidth() < figure.get_figheight()


def test_actor_tone_cell_is_coloured_by_the_models_classes_not_by_the_mean():
    # One mention the tone model calls neutral at P(pos) - P(neg) = +0.45 was drawn in near-full orange.
    from types import SimpleNamespace

    def cell(**shares):
        row = SimpleNamespace(actor="Senate", outlet="Outlet", n_mentions=shares.pop("n", 1), **shares)
        figure = charts.actor_tone_chart([row])
        (image,) = figure.axes[0].get_images()
        texts = [t.get_text() for t in figure.axes[0].texts]
        return float(image.get_array()[0][0]), texts

    colour, texts = cell(tone_mean=0.45, share_negative=0.0, share_positive=0.0)
    assert colour == 0 and texts == ["0+ 0\u2212\nn=1"]
    assert 0 < cell(tone_mean=0.3, share_negative=0.0, share_positive=1.0)[0] <= 0.5  # one mention: half colour at most
    assert cell(n=9, tone_mean=0.3, share_negative=0.0, share_positive=1.0)[0] > 0.5
    colour, texts = cell(n=4, tone_mean=-0.2, share_negative=0.5, share_positive=0.25)
    assert colour < 0 and texts == ["1+ 2\u2212\nn=4"]


def test_hedging_chart_of_quoted_voices_is_titled_by_source_not_outlet(seeds):
    quoted = score_corpus([seeds["001"], seeds["003"]], by="outlet", voice="quoted")
    assert charts.hedging_chart(quoted).axes[0].get_title().startswith("How much each quoted source hedges")
    own = score_corpus([seeds["001"], seeds["003"]], by="outlet")
    assert charts.hedging_chart(own).axes[0].get_title().startswith("How much each outlet hedges")


def test_the_alignment_map_gives_its_width_to_the_sentences_and_leaves_no_side_blank():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from mediadiff.align.comparison import compare
    from tests.align_builders import article

    a = article("a", "The central bank raised its main interest rate by half a point on Thursday.",
                "Markets in Frankfurt fell after the announcement of the decision.")
    b = article("b", "On Thursday the central bank raised its main rate by half a point.",
                "Analysts had expected a smaller step from the bank this month.")
    figure = charts.alignment_map(compare(a, b))
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    width = figure.bbox.width
    boxes = [t.get_window_extent(renderer) for t in figure.axes[0].texts if t.get_text()[:1].isdigit()]
    assert min(box.x0 for box in boxes) < 0.05 * width  # the labels of A reach the left edge
    assert max(box.x1 for box in boxes) > 0.95 * width  # those of B the right edge
