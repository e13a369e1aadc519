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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediadiff.render.figures import (  # noqa: F401  (re-exported: charts.* is the public place)
    COMPARISON,
    COVERAGE,
    DPI,
    OKABE_ITO,
    READERS_COLOUR,
    SIZE,
    STATUS_COLOURS,
    colour_of,
    corpus_palette,
    expect,
    new_figure,
    outlet_palette,
    png_bytes,
)
from mediadiff.render.figures import wrap_label as _wrap
from mediadiff.render.numbers import round_floats
from mediadiff.render.safe import StagedFiles, check_writable, safe_filename, staged_files
from mediadiff.render.terminal import shorten
from mediadiff.render.tone_charts import (  # noqa: F401
    actor_tone_chart,
    actor_tone_data,
    hedging_chart,
    hedging_data,
    sentiment_chart,
    sentiment_data,
)


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
    with staged_files(directory, force=force) as staged:
        return stage_chart(staged, figure, data, name)


def stage_chart(staged: StagedFiles, figure: Any, data: object, name: str, *, dpi: float = DPI,
                colours: int | None = None) -> WrittenChart:
    """One chart and its twin into a ``staged_files`` block, ``name`` made a plain file name first;
    ``dpi`` and ``colours`` as ``figures.png_bytes`` takes them (the report's: ``REPORT_DPI``, ``REPORT_COLOURS``)."""
    name = safe_filename(name)
    staged.write_bytes(f"{name}.png", png_bytes(figure, dpi=dpi, colours=colours))
    twin = json.dumps(round_floats(data, json=True), indent=2, ensure_ascii=False, default=list) + "\n"
    staged.write_text(f"{name}.json", twin)
    return WrittenChart(staged.target(f"{name}.png"), staged.target(f"{name}.json"))


def write_charts(
    charts: Sequence[tuple[str, Callable[[], tuple[Any, object]]]], directory: str | Path, *, force: bool = False
) -> list[WrittenChart]:
    """Draw and save several charts, after checking that none would overwrite a file.

    ``charts`` holds ``(name, draw)`` pairs; ``draw()`` returns ``(figure, data)``.
    The files are written under temporary names and moved into place only when
    every chart is drawn, so a refused overwrite, a failure or Ctrl-C leaves
    the folder as it was.
    """
    with staged_files(directory, force=force) as staged:
        return write_charts_into(staged, charts)


def write_charts_into(
    staged: StagedFiles, charts: Sequence[tuple[str, Callable[[], tuple[Any, object]]]], *, dpi: float = DPI,
    colours: int | None = None,
) -> list[WrittenChart]:
    """``write_charts`` inside a bigger ``staged_files`` block (the report bundle, with its ``dpi`` and
    ``colours``, as ``stage_chart`` takes them); refuses before drawing."""
    for name, _ in charts:
        for suffix in (".png", ".json"):
            check_writable(staged.target(safe_filename(name) + suffix), force=staged.force)
    written = []
    for name, draw in charts:
        figure, data = draw()
        written.append(stage_chart(staged, figure, data, name, dpi=dpi, colours=colours))
    return written


# --- events ---------------------------------------------------------------------------------------

# Beyond this many articles their names (8 pt, on a heatmap of at most 12 inches) overlap into a black
# smear and drawing them takes most of the time (975 AllSides articles: 13 s of 17 s), so none is drawn.
MAX_NAMED_ARTICLES = 80


def event_similarity_data(ids: Sequence[str], matrix: Any, events: Sequence[Any]) -> dict[str, object]:
    """The numbers of the event-similarity heatmap: ids, each one's group and, while the chart names its
    articles (``MAX_NAMED_ARTICLES``), the whole ``similarity`` matrix (1 on the diagonal). Beyond, the chart
    names none and shows its groups and the few bright pairs between them: ``pairs`` lists each pair of
    different articles ``[id, id, similarity]`` at or above ``pair_floor``, the similarity below which
    grouping counts two articles unrelated (``events.params``: STORY_THRESHOLD * FLOOR_RATIO). The whole
    matrix of 975 AllSides articles was 12.6 MB, three quarters of its 475,000 pairs below 0.05."""
    group_of = {i: e.id for e in events for i in e.article_ids}
    data: dict[str, object] = {"ids": list(ids), "groups": [group_of.get(i) for i in ids]}
    if len(ids) <= MAX_NAMED_ARTICLES:
        data["similarity"] = [[round(float(v), 4) for v in row] for row in matrix]
        return data
    from mediadiff.events.params import FLOOR_RATIO, STORY_THRESHOLD

    floor = STORY_THRESHOLD * FLOOR_RATIO
    data["pair_floor"] = floor
    data["pairs"] = [[ids[r], ids[c], round(float(matrix[r][c]), 4)] for r in range(len(ids))
                     for c in range(r + 1, len(ids)) if float(matrix[r][c]) >= floor]
    return data


def event_similarity_chart(ids: Sequence[str], matrix: Any, events: Sequence[Any], *, ax: Any = None,
                           labels: dict[str, str] | None = None) -> Any:
    """Heatmap of article-to-article event similarity, articles ordered by group.

    The diagonal (an article against itself, always 1) is left blank and the
    colour scale ends at the highest similarity between two different articles,
    so the differences that decide the groups are what the colours show.
    """
    import math

    from matplotlib import colormaps

    order = [i for e in events for i in e.article_ids]
    position = {i: n for n, i in enumerate(ids)}
    index = [position[i] for i in order]
    values = [[float(matrix[r][c]) if r != c else math.nan for c in index] for r in index]
    off_diagonal = [v for row in values for v in row if not math.isnan(v)]
    top = max(0.1, math.ceil(max(off_diagonal, default=1.0) * 10) / 10)
    size = max(4.5, min(12.0, 0.45 * len(order) + 2.5))
    figure, ax = new_figure(ax, size=(size + 1.5, size))
    cmap = colormaps["viridis"].with_extremes(bad="#f2f2f2")
    image = ax.imshow(values, cmap=cmap, vmin=0, vmax=top)
    named = len(order) <= MAX_NAMED_ARTICLES
    if named:
        names = [f"{i} {(labels or {}).get(i, '')}".strip() for i in order]
        ax.set_xticks(range(len(order)), names, rotation=45, ha="right", fontsize=8)
        ax.set_yticks(range(len(order)), names, fontsize=8)
    else:
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlabel(f"{len(order)} articles in group order, too many to name (ids and groups: the JSON twin)")
    if len(order) <= 20:
        for r, row in enumerate(values):
            for c, value in enumerate(row):
                ax.text(c, r, "—" if math.isnan(value) else f"{value:.2f}", ha="center", va="center", fontsize=7,
                        color="black" if math.isnan(value) or value >= 0.6 * top else "white")
    start = 0
    for event in events:  # outline each group on the diagonal
        size_ = len(event.article_ids)
        if named or size_ > 1:
            ax.add_patch(_rectangle((start - 0.5, start - 0.5), size_, size_, linewidth=2 if named else 0.6))
        if named:
            ax.text(start - 0.42, start + size_ - 0.58, event.id, ha="left", va="bottom", fontsize=8,
                    color="#D55E00", bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
        start += size_
    figure.colorbar(image, ax=ax, label="event similarity (tf-idf cosine)")
    ax.set_title("Which articles report the same event (outlined: groups)", fontsize=11)
    return figure


def events_chart(events: Sequence[Any], articles: Sequence[Any], *, ax: Any = None) -> Any:
    """The event-similarity heatmap for grouped ``articles`` (``group_events`` result)."""
    ids, matrix = _similarity(articles)
    return event_similarity_chart(ids, matrix, events, ax=ax, labels={a.id: a.outlet or "" for a in articles})


def events_data(events: Sequence[Any], articles: Sequence[Any]) -> dict[str, object]:
    ids, matrix = _similarity(articles)
    return event_similarity_data(ids, matrix, events)


def _similarity(articles: Sequence[Any]) -> tuple[Any, Any]:
    from mediadiff.events.grouping import event_similarity

    return event_similarity(list(articles))


def _rectangle(xy: tuple[float, float], width: float, height: float, *, linewidth: float = 2) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle(xy, width, height, fill=False, edgecolor="#D55E00", linewidth=linewidth)


# --- comparisons ----------------------------------------------------------------------------------

def comparison_charts(result: Any, *, colours: Mapping[str, str] | None = None
                      ) -> list[tuple[str, Callable[[], tuple[Any, object]]]]:
    """The charts of ``mediadiff compare``: (name, draw) pairs for ``write_charts``;
    ``colours`` is the corpus's outlet palette (``corpus_palette``)."""
    from mediadiff.render.chart_names import comparison_chart_names

    if hasattr(result, "pairs"):  # two articles
        statuses, alignment = comparison_chart_names([result.a.id, result.b.id])
        return [
            (statuses, lambda: (status_chart(result), status_data(result))),
            (alignment, lambda: (alignment_map(result), alignment_map_data(result))),
        ]
    (name,) = comparison_chart_names([a.id for a in result.articles])
    return [(name, lambda: (coverage_chart(result, colours=colours), coverage_data(result)))]


def status_data(comparison: Any) -> list[dict[str, object]]:
    """Sentences of each article by status: ``sentence_count``, ``kept_count``, ``reworded_count``, and
    ``dropped_count`` (A) or ``added_count`` (B)."""
    expect("status_data", comparison, COMPARISON)
    rows = []
    for summary, article, unique in ((comparison.summary_a, comparison.a, "dropped"),
                                     (comparison.summary_b, comparison.b, "added")):
        rows.append({"id": article.id, "outlet": article.outlet, "sentence_count": summary.sentences,
                     "kept_count": summary.kept, "reworded_count": summary.reworded,
                     f"{unique}_count": summary.unique})
    return rows


def status_chart(comparison: Any, *, ax: Any = None) -> Any:
    """Stacked horizontal bars: how many sentences of each article were kept,
    reworded, or are its own (dropped from A / added in B)."""
    expect("status_chart", comparison, COMPARISON)
    data = status_data(comparison)
    figure, ax = new_figure(ax, size=(8.0, 3.2))
    # Long ids (PolNeAR file names) wrapped: unwrapped, a label took half the figure and the title ran off it.
    labels = [_wrap(f"A: {comparison.a.label}", 28), _wrap(f"B: {comparison.b.label}", 28)]
    scale = max([r["sentence_count"] for r in data] + [1])  # both bars share the axis: a label fits by its width
    for row, record in enumerate(data):
        left = 0
        for status in ("kept", "reworded", "dropped", "added"):
            count = record.get(f"{status}_count")
            if not count:
                continue
            ax.barh(row, count, left=left, color=STATUS_COLOURS[status], edgecolor="black", linewidth=0.6,
                    label=status if status not in ax.get_legend_handles_labels()[1] else None)
            if count >= 0.08 * scale:  # narrow segments: the legend names them
                ax.text(left + count / 2, row, f"{status}\n{count}", ha="center", va="center", fontsize=8,
                        color="white" if status in ("dropped", "kept") else "black")
            left += count
    ax.set_yticks([0, 1], labels, fontsize=9)
    ax.invert_yaxis()
    ax.set_xlabel("sentences")
    title = _wrap(f"What {comparison.b.id} kept, reworded and added compared with {comparison.a.id}", 80)
    ax.set_title(title, fontsize=11)
    lines = title.count("\n") + 1  # the legend sits above the title, whatever its number of lines
    ax.legend(fontsize=8, ncols=4, loc="lower right", bbox_to_anchor=(1, 1.08 + 0.09 * (lines - 1)), frameon=False)
    return figure


def alignment_map_data(comparison: Any) -> dict[str, object]:
    expect("alignment_map_data", comparison, COMPARISON)
    return {
        "a": {"id": comparison.a.id, "sentences": [s.text for s in comparison.a.sentences]},
        "b": {"id": comparison.b.id, "sentences": [s.text for s in comparison.b.sentences]},
        "links": [{"status": p.status, "a": list(p.a_indices), "b": list(p.b_indices),
                   "similarity": round(p.similarity, 4)} for p in comparison.pairs if p.similarity is not None],
    }


def alignment_map(comparison: Any, *, ax: Any = None, snippet: int = 46) -> Any:
    """Sentences of A (left) against sentences of B (right), in article order, each cut to ``snippet``
    characters at a word, joined where aligned: crossing lines show reordering, line width similarity."""
    own_figure = ax is None
    expect("alignment_map", comparison, COMPARISON)
    a, b = comparison.a.sentences, comparison.b.sentences
    rows = max(len(a), len(b), 1)
    figure, ax = new_figure(ax, size=(11.0, max(4.5, 0.32 * rows + 1.6)))
    for pair in comparison.pairs:
        if pair.status not in ("kept", "reworded"):
            continue
        for i in pair.a_indices:
            for j in pair.b_indices:
                ax.plot([0, 1], [i, j], color=STATUS_COLOURS[pair.status], linewidth=1 + 4 * pair.similarity,
                        alpha=0.85, solid_capstyle="round")
    matched_a = {i for p in comparison.pairs if p.status in ("kept", "reworded") for i in p.a_indices}
    matched_b = {j for p in comparison.pairs if p.status in ("kept", "reworded") for j in p.b_indices}
    for side, sentences, matched, lonely in ((0, a, matched_a, "dropped"), (1, b, matched_b, "added")):
        for s in sentences:
            colour = "black" if s.index in matched else STATUS_COLOURS[lonely]
            ax.plot(side, s.index, "o", color=colour, markersize=5)
            text = shorten(s.text, snippet)
            ax.text(side - 0.03 if side == 0 else side + 0.03, s.index, f"{s.index + 1}. {text}",
                    ha="right" if side == 0 else "left", va="center", fontsize=7,
                    color="black" if s.index in matched else STATUS_COLOURS[lonely])
    # In a figure of its own the axes hold the lines only and the labels hang outside them: the
    # constrained layout makes room for the widest label on each side, so the labels fill the width.
    # A fixed frame (-1.1, 2.1) left its outer fifth blank beside labels cut at 46 characters (reportapi13);
    # on an axes the caller placed, nothing makes room, so the labels keep that frame.
    ax.set_xlim(*((-0.04, 1.04) if own_figure else (-1.1, 2.1)))
    ax.set_ylim(rows - 0.5, -1.2)
    ax.axis("off")
    ax.text(0, -1, f"A: {comparison.a.label}", ha="right", fontsize=9, weight="bold")
    ax.text(1, -1, f"B: {comparison.b.label}", ha="left", fontsize=9, weight="bold")
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], color=STATUS_COLOURS[s], linewidth=3, label=s) for s in ("kept", "reworded")]
    handles += [Line2D([], [], marker="o", linestyle="", color=STATUS_COLOURS[s], label=s)
                for s in ("dropped", "added")]
    ax.legend(handles=handles, fontsize=8, loc="lower center", ncols=4, frameon=False, bbox_to_anchor=(0.5, -0.06))
    ax.set_title("Alignment map: sentence order in A (left) and B (right); lines join the same fact", fontsize=11)
    return figure


def coverage_data(coverage: Any) -> dict[str, object]:
    """Facts, articles and the facts x articles matrix (``Coverage.to_dict``)."""
    expect("coverage_data", coverage, COVERAGE)
    return coverage.to_dict()


def coverage_chart(coverage: Any, *, ax: Any = None, snippet: int = 70,
                   colours: Mapping[str, str] | None = None) -> Any:
    """Facts (rows) by article (columns): a filled cell, in the article's outlet colour
    (``colours``: ``corpus_palette``), means the article carries the fact; a pale hatched cell with "?" that it
    carries it only through links its two-article comparison marks uncertain (``Fact.uncertain``, the "?" of the
    text, Markdown and HTML reports), named in a legend below."""
    expect("coverage_chart", coverage, COVERAGE)
    from mediadiff.tone.scoring import outlet_key

    facts = coverage.facts
    articles = coverage.articles
    figure, ax = new_figure(ax, size=(max(8.0, 1.1 * len(articles) + 6), max(3.5, 0.32 * len(facts) + 1.8)))
    keys = [outlet_key(a) for a in articles]
    unsure_any = False
    for col, article in enumerate(articles):
        colour = colour_of(outlet_key(article), colours, keys)
        for row, fact in enumerate(facts):
            carried = article.id in fact.sentences
            unsure = carried and article.id in getattr(fact, "uncertain", ())
            unsure_any = unsure_any or unsure
            ax.add_patch(_unsure_cell((col - 0.45, row - 0.4), colour) if unsure else
                         _cell((col - 0.45, row - 0.4), colour if carried else "#f2f2f2"))
            if carried:
                numbers = ",".join(str(i + 1) for i in fact.sentences[article.id])
                ax.text(col, row, f"{numbers} ?" if unsure else numbers, ha="center", va="center", fontsize=7,
                        color="black" if unsure else "white", fontweight="bold" if unsure else "normal")
    ax.set_xlim(-0.6, len(articles) - 0.4)
    ax.set_ylim(len(facts) - 0.5, -0.5)
    ax.set_xticks(range(len(articles)), [_wrap(a.label, 12) for a in articles], fontsize=8)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(facts)),
                  [shorten(f.text, snippet) for f in facts], fontsize=7)
    ax.set_title("Coverage: which article carries which fact (numbers: its sentences)", fontsize=11, pad=28)
    if unsure_any:
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(facecolor="#555555", label="carries the fact"),
                           Patch(facecolor=_pale("#555555"), edgecolor="#555555", hatch="////",
                                 label=f"? {UNSURE_LABEL}")],
                  # anchored at the right edge, it grows leftwards and stays inside the figure
                  fontsize=8, loc="upper right", bbox_to_anchor=(1.0, 0.0), ncols=2, frameon=False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return figure


# What a hatched "?" cell means, in the words of the text report's legend.
UNSURE_LABEL = "only through rows that two-article compare marks (same fact?)"


def _pale(colour: str) -> tuple[float, float, float]:
    """``colour`` mixed two parts white to one: the outlet's hue, light enough for black text and a hatch."""
    from matplotlib.colors import to_rgb

    return tuple(1 - (1 - c) / 3 for c in to_rgb(colour))  # type: ignore[return-value]


def _unsure_cell(xy: tuple[float, float], colour: str) -> Any:
    """A cell the article fills only through uncertain links: pale, hatched in its outlet colour."""
    from matplotlib.patches import Rectangle

    return Rectangle(xy, 0.9, 0.8, facecolor=_pale(colour), edgecolor=colour, hatch="////", linewidth=1.0)


def _cell(xy: tuple[float, float], colour: str) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle(xy, 0.9, 0.8, facecolor=colour, edgecolor="white")
