"""PNG charts for reports, drawn with matplotlib's object API on the Agg backend.

Every chart function takes a result object (and optionally a matplotlib
``Axes`` to draw into) and returns the ``Figure``; it never touches pyplot's
global state, so charts are safe in scripts, notebooks and threads. Every chart
also has a data twin (``*_data`` functions): the numbers it draws, as plain
records, written beside the PNG as JSON so a researcher can redraw it.

Colours: the Okabe–Ito palette (safe for the common colour-vision
deficiencies); an outlet always gets the same colour, in every chart and every
run, because the colour is chosen from a hash of its name.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .models import MediadiffError

DPI = 150
SIZE = (8.0, 4.5)  # inches: 1200 x 675 pixels at 150 dpi
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
STATUS_COLOURS = {"kept": "#009E73", "reworded": "#56B4E9", "dropped": "#D55E00", "added": "#E69F00"}
READERS_COLOUR = "#999999"


def outlet_colour(name: str) -> str:
    """The fixed colour of an outlet (or any label), from a hash of its name."""
    return OKABE_ITO[zlib.crc32(name.encode("utf-8")) % (len(OKABE_ITO) - 2)]  # skip yellow and black


def new_figure(ax: Any = None, *, size: tuple[float, float] = SIZE) -> tuple[Any, Any]:
    """A fresh ``(figure, axes)`` pair, or the figure of a given ``ax``."""
    if ax is not None:
        return ax.figure, ax
    from matplotlib.figure import Figure  # imported here: only drawing needs matplotlib

    figure = Figure(figsize=size, dpi=DPI, layout="constrained")
    return figure, figure.add_subplot()


@dataclass(frozen=True)
class WrittenChart:
    """Paths of one chart written to disk: the PNG and its data twin."""

    png: Path
    data: Path


def save_chart(figure: Any, data: object, directory: str | Path, name: str, *, force: bool = False) -> WrittenChart:
    """Write ``name.png`` and ``name.json`` into ``directory``.

    Existing files are never overwritten unless ``force``: a ``MediadiffError``
    names the first file in the way, and nothing is written.
    """
    directory = Path(directory)
    png, twin = directory / f"{name}.png", directory / f"{name}.json"
    if not force:
        for path in (png, twin):
            if path.exists():
                raise MediadiffError(f"{path} already exists; use --force to overwrite it")
    if directory.exists() and not directory.is_dir():
        raise MediadiffError(f"{directory} is not a folder")
    directory.mkdir(parents=True, exist_ok=True)
    figure.savefig(png, dpi=DPI)
    twin.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=list) + "\n", encoding="utf-8")
    return WrittenChart(png, twin)


def write_charts(
    charts: Sequence[tuple[str, Callable[[], tuple[Any, object]]]], directory: str | Path, *, force: bool = False
) -> list[WrittenChart]:
    """Draw and save several charts, after checking that none would overwrite a file.

    ``charts`` holds ``(name, draw)`` pairs; ``draw()`` returns ``(figure, data)``.
    Checking first means a refused overwrite leaves the folder as it was.
    """
    directory = Path(directory)
    if not force:
        for name, _ in charts:
            for suffix in (".png", ".json"):
                if (directory / f"{name}{suffix}").exists():
                    raise MediadiffError(f"{directory / (name + suffix)} already exists; use --force to overwrite it")
    written = []
    for name, draw in charts:
        figure, data = draw()
        written.append(save_chart(figure, data, directory, name, force=True))
    return written


# --- sentiment and hedging ------------------------------------------------------------------------

def sentiment_data(rows: Sequence[Any]) -> list[dict[str, object]]:
    """Mean and spread of sentence tone per row, with the readers' tone where known."""
    return [
        {"name": r.name, "kind": r.kind, "sentiment_mean": r.sentiment_mean, "sentiment_stdev": r.sentiment_stdev,
         "n_sentences": r.n_sentences, "readers_sentiment": getattr(r, "readers_sentiment", None)}
        for r in rows if r.sentiment_mean is not None
    ]


def sentiment_chart(rows: Sequence[Any], *, ax: Any = None, title: str | None = None) -> Any:
    """Mean VADER tone per outlet or article (bar) with ±1 standard deviation,
    reader comments as grey bars beside the tone of the articles they answer."""
    data = sentiment_data(rows)
    figure, ax = new_figure(ax)
    names = [d["name"] for d in data]
    means = [d["sentiment_mean"] for d in data]
    spread = [d["sentiment_stdev"] for d in data]
    colours = [READERS_COLOUR if d["kind"] in ("comments", "comment") else outlet_colour(str(d["name"])) for d in data]
    positions = range(len(data))
    ax.bar(positions, means, yerr=spread, color=colours, capsize=4, edgecolor="black", linewidth=0.6)
    ax.axhline(0, color="black", linewidth=0.8)
    labels = [f"{_wrap(str(d['name']))}\n{d['sentiment_mean']:+.2f} (n={d['n_sentences']})" for d in data]
    ax.set_xticks(list(positions), labels, fontsize=9)
    ax.set_ylim(-1, 1)
    ax.set_ylabel("mean sentence tone (VADER compound)\n← unfavourable · favourable →")
    ax.set_title(title or "Tone of the coverage, reader comments beside it\n(bar: mean sentence tone; whiskers: ±1 sd; n: sentences)", fontsize=11)
    ax.grid(axis="y", alpha=0.3)
    return figure


def hedging_data(rows: Sequence[Any]) -> list[dict[str, object]]:
    return [
        {"name": r.name, "kind": r.kind, "hedges_per_100_words": r.hedges_per_100_words,
         "boosters_per_100_words": r.boosters_per_100_words, "hedges": r.hedges, "boosters": r.boosters,
         "n_words": r.n_words, "top_hedges": list(r.top_hedges), "top_boosters": list(r.top_boosters)}
        for r in rows
    ]


def hedging_chart(rows: Sequence[Any], *, ax: Any = None, title: str | None = None) -> Any:
    """Hedges and boosters per 100 words, side by side for each outlet or article."""
    data = hedging_data(rows)
    figure, ax = new_figure(ax)
    width = 0.38
    for offset, key, label, colour, hatch in (
        (-width / 2, "hedges_per_100_words", "hedges (may, reportedly, suspected …)", "#56B4E9", ""),
        (width / 2, "boosters_per_100_words", "boosters (clearly, must, made clear …)", "#D55E00", "//"),
    ):
        values = [d[key] for d in data]
        bars = ax.bar([i + offset for i in range(len(data))], values, width, label=label, color=colour,
                      hatch=hatch, edgecolor="black", linewidth=0.6)
        count_key = "hedges" if key.startswith("hedges") else "boosters"
        ax.bar_label(bars, labels=[str(d[count_key]) for d in data], fontsize=8, padding=2)
    ax.set_xticks(range(len(data)), [_wrap(str(d["name"])) for d in data], fontsize=9)
    ax.set_ylabel("cues per 100 words (bar labels: counts)")
    ax.set_title(title or "How much each outlet hedges and how much it asserts")
    ax.legend(fontsize=8, loc="upper left")
    ax.grid(axis="y", alpha=0.3)
    ax.margins(y=0.15)
    return figure


def _wrap(label: str, width: int = 14) -> str:
    words, lines, line = label.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


# --- events ---------------------------------------------------------------------------------------

def event_similarity_data(ids: Sequence[str], matrix: Any, events: Sequence[Any]) -> dict[str, object]:
    group_of = {i: e.id for e in events for i in e.article_ids}
    return {"ids": list(ids), "groups": [group_of.get(i) for i in ids],
            "similarity": [[round(float(v), 4) for v in row] for row in matrix]}


def event_similarity_chart(ids: Sequence[str], matrix: Any, events: Sequence[Any], *, ax: Any = None,
                           labels: dict[str, str] | None = None) -> Any:
    """Heatmap of article-to-article event similarity, articles ordered by group."""
    order = [i for e in events for i in e.article_ids]
    position = {i: n for n, i in enumerate(ids)}
    index = [position[i] for i in order]
    values = [[float(matrix[r][c]) for c in index] for r in index]
    size = max(4.5, min(12.0, 0.45 * len(order) + 2.5))
    figure, ax = new_figure(ax, size=(size + 1.5, size))
    image = ax.imshow(values, cmap="viridis", vmin=0, vmax=1)
    names = [f"{i} {(labels or {}).get(i, '')}".strip() for i in order]
    ax.set_xticks(range(len(order)), names, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(len(order)), names, fontsize=8)
    if len(order) <= 20:
        for r, row in enumerate(values):
            for c, value in enumerate(row):
                ax.text(c, r, f"{value:.2f}", ha="center", va="center", fontsize=7,
                        color="white" if value < 0.6 else "black")
    start = 0
    for event in events:  # outline each group on the diagonal
        size_ = len(event.article_ids)
        ax.add_patch(_rectangle((start - 0.5, start - 0.5), size_, size_))
        ax.text(start - 0.42, start + size_ - 0.58, event.id, ha="left", va="bottom", fontsize=8,
                color="#D55E00", bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
        start += size_
    figure.colorbar(image, ax=ax, label="event similarity (cosine of name/number/word tf-idf)")
    ax.set_title("Which articles report the same event (outlined: groups)", fontsize=11)
    return figure


def _rectangle(xy: tuple[float, float], width: float, height: float) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle(xy, width, height, fill=False, edgecolor="#D55E00", linewidth=2)
