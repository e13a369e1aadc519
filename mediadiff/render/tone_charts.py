"""Tone charts: sentence tone, hedging and certainty per outlet (readers beside them),
and tone toward actors by outlet. Each has a ``*_data`` twin with the numbers it draws."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from mediadiff.render.figures import ACTOR_TONE_ROWS, GROUP_ROWS, READERS_COLOUR, SIZE, colour_of, expect, new_figure
from mediadiff.render.figures import wrap_label as _wrap
from mediadiff.render.numbers import signed
from mediadiff.render.terminal import shorten

_READERS = ("comments", "comment")
# Beyond this many bars, names wrapped under each bar run into each other (score --voice quoted has a bar
# per source and outlet; a corpus of many outlets a bar per outlet): the figure widens and the names,
# one line each, are turned 60 degrees. A presentation choice.
MANY_BARS = 8
_SLANTED_NAME_CHARS = 56
# Fewer bars are slanted too when a wrapped line would be wider than its bar's room: the plot takes about
# 6.8 of the figure's 8 inches and a 9-point DejaVu Sans character about 0.075 inch (digits 0.08), so eight
# bars leave about 10 characters a line, and "-0.07 (n=30)" or a file name's pieces ran into the next label.
_PLOT_INCHES, _CHAR_INCHES, _WRAP_CHARS, _NARROWEST_WRAP = SIZE[0] - 1.2, 0.075, 14, 8


def _wrap_width(n_bars: int) -> int:
    return min(_WRAP_CHARS, int(_PLOT_INCHES / max(n_bars, 1) / _CHAR_INCHES) - 1)


def _slanted(names: Sequence[str], details: Sequence[str]) -> bool:
    width = _wrap_width(len(names))
    return len(names) > MANY_BARS or width < _NARROWEST_WRAP or any(len(d) > width for d in details)


def _figure_for_bars(ax: Any, names: Sequence[str], details: Sequence[str]) -> tuple[Any, Any]:
    if not _slanted(names, details):
        return new_figure(ax)
    return new_figure(ax, size=(max(SIZE[0], 0.38 * len(names) + 2.5), SIZE[1] + 2.0))


def _bar_names(ax: Any, names: Sequence[str], details: Sequence[str]) -> None:
    """Each bar's name and detail under it: wrapped beneath a few bars, one slanted line where they would not fit."""
    if not _slanted(names, details):
        width = _wrap_width(len(names))
        ax.set_xticks(range(len(names)), [f"{_wrap(n, width)}\n{d}" for n, d in zip(names, details)], fontsize=9)
        return
    ax.set_xticks(range(len(names)), [f"{shorten(n, _SLANTED_NAME_CHARS)}  {d}" for n, d in zip(names, details)],
                  fontsize=8, rotation=60, ha="right", rotation_mode="anchor")


def _comments_beside_their_outlet(rows: Sequence[Any]) -> list[Any]:
    ordered = [r for r in rows if r.kind not in ("comments", "comment")]
    for row in (r for r in rows if r.kind in ("comments", "comment")):
        places = [i for i, r in enumerate(ordered) if r.outlet == row.outlet and r.kind not in ("comments", "comment")]
        ordered.insert(places[-1] + 1 if places else len(ordered), row)
    return ordered


def voice_note(rows: Sequence[Any]) -> str:
    """Which voice a chart shows, for its title (``GroupScore.voice``; see ``score --voice``)."""
    voices = {getattr(r, "voice", "all") for r in rows if r.kind not in ("comments", "comment")}
    if voices == {"own"}:
        return "outlets' own voice: quotes and reported speech left out"
    if voices == {"quoted"}:
        return "the quoted sources' voices"
    return "own and quoted words together"


def sentiment_data(rows: Sequence[Any]) -> list[dict[str, object]]:
    """Mean and spread of sentence tone per row, with the readers' tone where known;
    a comments row follows the outlet whose article it answers."""
    expect("sentiment_data", rows, GROUP_ROWS, rows=True)
    rows = _comments_beside_their_outlet(rows)
    return [
        {"name": r.name, "kind": r.kind, "outlet": getattr(r, "outlet", None), "sentiment_mean": r.sentiment_mean,
         "sentiment_stdev": r.sentiment_stdev, "sentence_count": r.n_sentences,
         "readers_sentiment": getattr(r, "readers_sentiment", None)}
        for r in rows if r.sentiment_mean is not None
    ]


def sentiment_chart(rows: Sequence[Any], *, ax: Any = None, title: str | None = None,
                    colours: Mapping[str, str] | None = None) -> Any:
    """Mean news tone per outlet or article (bar) with ±1 standard deviation,
    reader comments as grey bars beside the tone of the articles they answer.
    ``colours`` maps outlet to colour for the whole corpus (``figures.corpus_palette``)."""
    expect("sentiment_chart", rows, GROUP_ROWS, rows=True)
    data = sentiment_data(rows)
    names = [str(d["name"]) for d in data]
    details = [f"{signed(d['sentiment_mean'])} (n={d['sentence_count']})" for d in data]
    figure, ax = _figure_for_bars(ax, names, details)
    means = [d["sentiment_mean"] for d in data]
    spread = [d["sentiment_stdev"] for d in data]
    keys = [str(d["outlet"] or d["name"]) for d in data]
    fills = [READERS_COLOUR if d["kind"] in _READERS else colour_of(k, colours, keys) for d, k in zip(data, keys)]
    positions = range(len(data))
    ax.bar(positions, means, yerr=spread, color=fills, capsize=4, edgecolor="black", linewidth=0.6)
    ax.axhline(0, color="black", linewidth=0.8)
    _bar_names(ax, names, details)
    ax.set_ylim(-1, 1)
    ax.set_ylabel("mean sentence tone (news tone, -1 to 1)\n← unfavourable · favourable →")
    # Promise reader comments only when there are some: a corpus without comments showed none beside it.
    readers = ", reader comments beside it" if any(d["kind"] in _READERS for d in data) else ""
    ax.set_title(title or f"Tone of the coverage{readers}\n({voice_note(rows)};\n"
                 "bar: mean sentence tone; whiskers: ±1 sd; n: sentences)", fontsize=10)
    ax.grid(axis="y", alpha=0.3)
    return figure


def hedging_data(rows: Sequence[Any]) -> list[dict[str, object]]:
    expect("hedging_data", rows, GROUP_ROWS, rows=True)
    rows = _comments_beside_their_outlet(rows)
    return [
        {"name": r.name, "kind": r.kind, "hedges_per_100_words": r.hedges_per_100_words,
         "boosters_per_100_words": r.boosters_per_100_words, "hedge_count": r.hedges, "booster_count": r.boosters,
         "word_count": r.n_words, "top_hedges": list(r.top_hedges), "top_boosters": list(r.top_boosters),
         "certainty_mean": getattr(r, "certainty_mean", None)}
        for r in rows
    ]


def hedging_chart(rows: Sequence[Any], *, ax: Any = None, title: str | None = None) -> Any:
    """Hedges and boosters per 100 words, side by side for each outlet or article.

    The scale is set by the articles: reader comments are short, so a couple of
    cues give them rates that would flatten every outlet's bars. A comments bar
    taller than the scale is cut at the top and labelled with its value.
    """
    expect("hedging_chart", rows, GROUP_ROWS, rows=True)
    data = hedging_data(rows)
    names, details = [str(d["name"]) for d in data], [f"{d['word_count']} words" for d in data]
    figure, ax = _figure_for_bars(ax, names, details)
    width = 0.38
    article_rates = [d[k] for d in data if d["kind"] not in _READERS
                     for k in ("hedges_per_100_words", "boosters_per_100_words")]
    top = max([*(article_rates or [d[k] for d in data for k in ("hedges_per_100_words", "boosters_per_100_words")]),
               0.5]) * 1.3
    for offset, key, label, colour, hatch in (
        (-width / 2, "hedges_per_100_words", "hedges (may, reportedly, suspected …)", "#56B4E9", ""),
        (width / 2, "boosters_per_100_words", "boosters (clearly, must, made clear …)", "#D55E00", "//"),
    ):
        values = [d[key] for d in data]
        bars = ax.bar([i + offset for i in range(len(data))], [min(v, top) for v in values], width, label=label,
                      color=colour, hatch=hatch, edgecolor="black", linewidth=0.6)
        count_key = "hedge_count" if key.startswith("hedges") else "booster_count"
        ax.bar_label(bars, labels=[f"{d[count_key]}" if v <= top else f"{d[count_key]}\n({v:.1f}, cut)"
                                   for d, v in zip(data, values)], fontsize=8, padding=2)
    _bar_names(ax, names, details)
    ax.set_ylim(0, top * 1.12)
    ax.set_ylabel("cues per 100 words (bar labels: counts)")
    quoted = {getattr(r, "voice", "all") for r in rows if r.kind not in _READERS} == {"quoted"}
    who = "each quoted source" if quoted else "each outlet"  # score --voice quoted: a bar per source
    ax.set_title(title or f"How much {who} hedges and how much it asserts\n({voice_note(rows)}; "
                 "◆ mean sentence certainty, right axis)", fontsize=10)
    handles, labels = ax.get_legend_handles_labels()
    certain = [(i, d["certainty_mean"]) for i, d in enumerate(data) if d["certainty_mean"] is not None]
    if certain:
        right = ax.twinx()
        right.plot([i for i, _ in certain], [c for _, c in certain], "D", color="black", markersize=6,
                   label="certainty (0 guessed … 1 stated as fact)")
        for i, c in certain:
            # Beside the diamond on a white box: above it, the label ran into the top edge of the hedge bar.
            right.annotate(f"{c:.2f}", (i, c), textcoords="offset points", xytext=(7, 0), ha="left", va="center",
                           fontsize=8, bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                                             "alpha": 0.85})
        right.set_ylim(0, 1.15)
        right.set_ylabel("mean sentence certainty [0, 1]")
        extra_handles, extra_labels = right.get_legend_handles_labels()
        handles, labels = handles + extra_handles, labels + extra_labels
    ax.legend(handles, labels, fontsize=8, loc="upper left")
    ax.grid(axis="y", alpha=0.3)
    return figure


ACTOR_ROWS = 12  # actors shown in the chart: the most mentioned; a presentation choice


def actor_tone_data(rows: Sequence[Any], *, top: int = ACTOR_ROWS) -> dict[str, object]:
    """Actors (most mentioned first, at most ``top``) x outlets: mean tone toward each actor (``tone``), the
    share of its mentions the tone-toward model calls favourable minus the share it calls unfavourable
    (``net``, in [-1, 1]: what the chart's colours draw) and the number of mentions behind them
    (``mediadiff.tone.actors.ActorTone`` rows)."""
    expect("actor_tone_data", rows, ACTOR_TONE_ROWS, rows=True)
    totals: dict[str, int] = {}
    for r in rows:
        totals[r.actor] = totals.get(r.actor, 0) + r.n_mentions
    actors = sorted(totals, key=lambda a: (-totals[a], a))[:top]
    outlets = list(dict.fromkeys(r.outlet for r in rows))
    cells = {(r.actor, r.outlet): r for r in rows}

    def grid(value: Callable[[Any], Any], empty: Any = None) -> list[list[Any]]:
        return [[value(cells[a, o]) if (a, o) in cells else empty for o in outlets] for a in actors]

    return {"actors": actors, "outlets": outlets, "tone": grid(lambda r: r.tone_mean),
            "net": grid(lambda r: r.share_positive - r.share_negative), "mentions": grid(lambda r: r.n_mentions, 0)}


# Beyond this many outlets, outlets are the rows and actors the columns: one column per outlet made
# a chart of 70 outlets 11,000 pixels wide. A presentation choice.
MANY_OUTLETS = 12


def actor_tone_chart(rows: Sequence[Any], *, ax: Any = None, title: str | None = None, top: int = ACTOR_ROWS) -> Any:
    """Heat map of the tone each outlet takes toward each actor: the share of mentions the tone-toward model
    calls favourable minus the share it calls unfavourable, drawn at n / (n + 1) of its value so that one mention
    is half colour at most (blue unfavourable, orange favourable, white as many of each or all neutral; each cell
    counts them, "+" favourable, "−" unfavourable, of n mentions; blank: never mentioned).
    Actors are the rows, outlets the columns; with more than ``MANY_OUTLETS`` outlets, the reverse."""
    expect("actor_tone_chart", rows, ACTOR_TONE_ROWS, rows=True)
    data = actor_tone_data(rows, top=top)
    groups = {r.actor for r in rows if getattr(r, "kind", "") == "group"}  # people named by a plural, not one
    actors = [f"{a} (group)" if a in groups else a for a in data["actors"]]
    outlets, net, mentions = data["outlets"], data["net"], data["mentions"]
    cells = {(r.actor, r.outlet): r for r in rows}
    counts = [[_class_counts(cells.get((a, o))) for o in outlets] for a in data["actors"]]
    rows_are_actors = len(outlets) <= MANY_OUTLETS
    if not rows_are_actors:
        actors, outlets = outlets, actors  # row and column names below, whichever they are
        net, mentions, counts = ([list(c) for c in zip(*grid)] for grid in (net, mentions, counts))
    figure, ax = new_figure(ax, size=(max(6.0, 1.6 * len(outlets) + 3), max(3.0, 0.45 * len(actors) + 1.8)))
    from matplotlib.colors import LinearSegmentedColormap

    cmap = LinearSegmentedColormap.from_list("tone", ["#0072B2", "#FFFFFF", "#E69F00"]).with_extremes(bad="#EEEEEE")
    # A cell's colour is the balance of the model's classes, not the mean of P(pos) - P(neg): a mention the model
    # calls neutral has that difference up to about +-0.5 (AllSides, own voice: median 0.10, 99th centile 0.38),
    # so one neutral mention drew a cell in near-full colour (the mean stays in the table and the chart's data).
    # The balance is drawn as if one more mention were neutral (additive smoothing toward neutral: n / (n + 1) of
    # it), so a cell from one mention is half colour at most and full colour needs many mentions that agree.
    grid = [[float("nan") if v is None else v * n / (n + 1) for v, n in zip(row, ns)] for row, ns in zip(net, mentions)]
    image = ax.imshow(grid or [[float("nan")]], cmap=cmap, vmin=-1, vmax=1, aspect="auto")
    for i, row in enumerate(counts):
        for j, (favourable, unfavourable, n) in enumerate(row):
            if n:
                ax.text(j, i, f"{favourable}+ {unfavourable}\u2212\nn={n}", ha="center", va="center", fontsize=7)
    ax.set_xticks(range(len(outlets)), [_wrap(str(o)) for o in outlets], fontsize=8)
    ax.set_yticks(range(len(actors)), [str(a) for a in actors], fontsize=8)
    figure.colorbar(image, ax=ax, label="share of mentions favourable − unfavourable, x n/(n+1)\n"
                    "← unfavourable · favourable →", shrink=0.8)
    ax.set_title(title or "How each outlet writes about each actor (own voice; mentions the tone model calls "
                 "favourable +, unfavourable \u2212, of n)", fontsize=10)
    return figure


def _class_counts(row: Any) -> tuple[int, int, int]:
    """(favourable, unfavourable, all) mentions of one ``ActorTone`` row; zeros for no row."""
    if row is None:
        return 0, 0, 0
    n = row.n_mentions
    return round(row.share_positive * n), round(row.share_negative * n), n
