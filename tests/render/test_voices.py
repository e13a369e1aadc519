"""The voices renderers and the "who gets the floor" chart."""

from __future__ import annotations

import json

from mediadiff.render.voices import actor_colours, floor_chart, floor_data, render_voices
from mediadiff.voices.summary import voices_by_outlet


def test_text_json_csv(seeds):
    summary = voices_by_outlet(list(seeds))
    assert "Claudia Sheinbaum" in render_voices(summary)
    assert json.loads(render_voices(summary, fmt="json"))["outlets"][0]["sources"]
    assert render_voices(summary, fmt="csv").splitlines()[0].startswith("outlet,speaker")


def test_an_actor_has_one_colour_in_every_bar(seeds):
    summary = voices_by_outlet(list(seeds))
    colours = actor_colours(summary)
    assert len(set(colours.values())) == len(colours)
    data = floor_data(summary)
    for row in data["outlets"]:
        assert abs(sum(row["shares"].values()) - 1) < 1e-9 or not row["attributed_word_count"]
    figure = floor_chart(summary)
    assert "Who gets the floor" in figure.axes[0].get_title()


def test_legend_lists_actors_before_the_pools(seeds):
    # Latin Times draws its "several / unresolved source" segment before 004 draws some actors;
    # the legend must still read actors first, then others, several / unresolved, unknown.
    summary = voices_by_outlet(list(seeds))
    labels = [text.get_text() for text in floor_chart(summary).axes[0].get_legend().get_texts()]
    pools = [k for k, label in enumerate(labels) if label in ("others", "several / unresolved source", "unknown")]
    assert pools and pools == list(range(len(labels) - len(pools), len(labels)))


def test_an_outlet_with_few_attributed_words_is_faded_and_says_so():
    # Two words given to a source would otherwise draw a full-width bar, as wide as an outlet's hundreds.
    from align_builders import sentences

    from mediadiff.models import Article

    def article(id_, outlet, *texts):
        return Article(id=id_, path=f"{id_}.txt", raw=" ".join(texts), sentences=sentences(*texts),
                       title=id_, outlet=outlet, published="2026-01-16")

    long_quote = ('"We will rebuild every school, every clinic and every road that the storm destroyed, and we will '
                  'do it before the winter comes, because the families of this valley cannot wait any longer '
                  'for help," Governor Ana Ruiz said on Monday.')
    summary = voices_by_outlet([article("a", "Daily Post", long_quote),
                                article("b", "Weekly Star", '"Absolutely not," Governor Ana Ruiz said.')])
    rows = {row["outlet"]: row for row in floor_data(summary)["outlets"]}
    assert not rows["Daily Post"]["few_words"] and rows["Weekly Star"]["few_words"]
    axes = floor_chart(summary).axes[0]
    labels = [tick.get_text() for tick in axes.get_yticklabels()]
    assert "too few to compare" in labels[1] and "too few" not in labels[0]
    alphas = {round(bar.get_y() + bar.get_height() / 2): bar.get_alpha() for bar in axes.patches}
    assert alphas[0] == 1.0 and alphas[1] < 1.0
    text = render_voices(summary)
    assert "Weekly Star" in text and text.count("too few to compare shares") == 1
