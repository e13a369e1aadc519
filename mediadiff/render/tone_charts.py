"""Tone charts: sentence tone, hedging and certainty per outlet (readers beside them),
and tone toward actors by outlet. Each has a ``*_data`` twin with the numbers it draws."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mediadiff.render.figures import READERS_COLOUR, colour_of, new_figure
from mediadiff.render.figures import wrap_label as _wrap

_READERS = ("comments", "comment")


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
    rows = _comments_beside_their_outlet(rows)
    return [
        {"name": r.name, "kind": r.kind, "outlet": getattr(r, "outlet", None), "sentiment_mean": r.sentiment_mean,
         "sentiment_stdev": r.sentiment_stdev, "n_sentences": r.n_sentences,
         "readers_sentiment": getattr(r, "readers_sentiment", None)}
        for r in rows if r.sentiment_mean is not None
    ]


def sentiment_chart(rows: Sequence[Any], *, ax: Any = None, title: str | None = None,
                    colours: Mapping[str, str] | None = None) -> Any:
    """Mean VADER tone per outlet or article (bar) with ±1 standard deviation,
    reader comments as grey bars beside the tone of the articles they answer.
    ``colours`` maps outlet to colour for the whole corpus (``figures.corpus_palette``)."""
    data = sentiment_data(rows)
    figure, ax = new_figure(ax)
    means = [d["sentiment_mean"] for d in data]
    spread = [d["sentiment_stdev"] for d in data]
    keys = [str(d["outlet"] or d["name"]) for d in data]
    fills = [READERS_COLOUR if d["kind"] in _READERS else colour_of(k, colours, keys) for d, k in zip(data, keys)]
    positions = range(len(data))
    ax.bar(positions, means, yerr=spread, color=fills, capsize=4, edgecolor="black", linewidth=0.6)
    ax.axhline(0, color="black", linewidth=0.8)
    labels = [f"{_wrap(str(d['name']))}\n{d['sentiment_mean']:+.2f} (n={d['n_sentences']})" for d in data]
    ax.set_xticks(list(positions), labels, fontsize=9)
    ax.set_ylim(-1, 1)
    ax.set_ylabel("mean sentence tone (VADER compound)\n← unfavourable · favourable →")
    ax.set_title(title or f"Tone of the coverage ({voice_note(rows)}), reader comments beside it\n"
                 "(bar: mean sentence tone; whiskers: ±1 sd; n: sentences)", fontsize=10)
    ax.grid(axis="y", alpha=0.3)
    return figure


def hedging_data(rows: Sequence[Any]) -> list[dict[str, object]]:
    rows = _comments_beside_their_outlet(rows)
    return [
        {"name": r.name, "kind": r.kind, "hedges_per_100_words": r.hedges_per_100_words,
         "boosters_per_100_words": r.boosters_per_100_words, "hedges": r.hedges, "boosters": r.boosters,
         "n_words": r.n_words, "top_hedges": list(r.top_hedges), "top_boosters": list(r.top_boosters)}
        for r in rows
    ]


def hedging_chart(rows: Sequence[Any], *, ax: Any = None, title: str | None = None) -> Any:
    """Hedges and boosters per 100 words, side by side for each outlet or article.

    The scale is set by the articles: reader comments are short, so a couple of
    cues give them rates that would flatten every outlet's bars. A comments bar
    taller than the scale is cut at the top and labelled with its value.
    """
    data = hedging_data(rows)
    figure, ax = new_figure(ax)
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
        count_key = "hedges" if key.startswith("hedges") else "boosters"
        ax.bar_label(bars, labels=[f"{d[count_key]}" if v <= top else f"{d[count_key]}\n({v:.1f}, cut)"
                                   for d, v in zip(data, values)], fontsize=8, padding=2)
    ax.set_xticks(range(len(data)), [f"{_wrap(str(d['name']))}\n{d['n_words']} words" for d in data], fontsize=9)
    ax.set_ylim(0, top * 1.12)
    ax.set_ylabel("cues per 100 words (bar labels: counts)")
    ax.set_title(title or f"How much each outlet hedges and how much it asserts\n({voice_note(rows)})")
    ax.legend(fontsize=8, loc="upper left")
    ax.grid(axis="y", alpha=0.3)
    return figure
