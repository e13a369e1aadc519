"""How far the report's palette PNGs are from the same charts in full colour.

Draws the charts `mediadiff report` draws for the given articles, renders each once at the report's
resolution in full colour, puts that render in the report's palette (``render.figures.palette_image``
with the chart's ``drawn_colours``) and compares the two pixel by pixel: the share of pixels exact, the
mean and the largest error (0-255, the largest channel), by kind of chart. Usage (repository root)::

    python bench/check_report_palette.py --corpus DIR IDS ...
"""

from __future__ import annotations

import argparse
import io

import numpy as np
from PIL import Image

import mediadiff
from mediadiff.align.comparison import compare
from mediadiff.align.coverage import compare_many
from mediadiff.render import charts
from mediadiff.render.figures import REPORT_COLOURS, REPORT_DPI, drawn_colours, palette_image
from mediadiff.tone.scoring import outlet_scores, score_article

KINDS = ("statuses", "alignment-map", "coverage", "sentiment", "hedging")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("ids", nargs="+")
    options = parser.parse_args()
    corpus = mediadiff.load_corpus(options.corpus)
    articles = [corpus[i] for i in options.ids]
    colours = charts.corpus_palette(articles)
    rows = list(outlet_scores([score_article(a) for a in articles]))
    drawings = charts.comparison_charts(compare_many(articles), colours=colours) if len(articles) > 2 else []
    drawings += [chart for i, a in enumerate(articles) for b in articles[i + 1:]
                 for chart in charts.comparison_charts(compare(a, b))]
    drawings += [("sentiment", lambda: (charts.sentiment_chart(rows, colours=colours), None)),
                 ("hedging", lambda: (charts.hedging_chart(rows), None))]
    found: dict[str, list[tuple[float, float, int]]] = {}
    for name, draw in drawings:
        figure, _ = draw()
        buffer = io.BytesIO()
        figure.savefig(buffer, dpi=REPORT_DPI, format="png")
        image = Image.open(buffer).convert("RGB")
        full = np.asarray(image).astype(int)
        shown = np.asarray(palette_image(image, drawn_colours(figure), REPORT_COLOURS).convert("RGB")).astype(int)
        error = np.abs(full - shown).max(axis=2)
        kind = next(k for k in KINDS if k in name)
        found.setdefault(kind, []).append(((error == 0).mean(), error.mean(), int(error.max())))
    print("| chart | n | pixels exact (least) | mean error (most) | largest error |\n|---|---|---|---|---|")
    for kind, values in found.items():
        print(f"| {kind} | {len(values)} | {min(v[0] for v in values):.1%} | {max(v[1] for v in values):.3f} "
              f"| {max(v[2] for v in values)} |")


if __name__ == "__main__":
    main()
