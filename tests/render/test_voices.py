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
        assert abs(sum(row["shares"].values()) - 1) < 1e-9 or not row["attributed_words"]
    figure = floor_chart(summary)
    assert "Who gets the floor" in figure.axes[0].get_title()


def test_legend_lists_actors_before_the_pools(seeds):
    # Latin Times draws its "several / unresolved source" segment before 004 draws some actors;
    # the legend must still read actors first, then others, several / unresolved, unknown.
    summary = voices_by_outlet(list(seeds))
    labels = [text.get_text() for text in floor_chart(summary).axes[0].get_legend().get_texts()]
    pools = [k for k, label in enumerate(labels) if label in ("others", "several / unresolved source", "unknown")]
    assert pools and pools == list(range(len(labels) - len(pools), len(labels)))
