"""`mediadiff voices` output: per-outlet source tables, JSON, CSV, and the "who gets the floor" chart.

The chart is a horizontal stacked bar per outlet: each source's share of the
words the outlet attributes to someone. An actor keeps one colour in every
outlet's bar (colours go to the actors with the most words across the chart);
the rest are pooled as "others"; sources written but naming no single actor
("Both governments", "Rubio and de la Fuente") as "several / unresolved
source"; words with no source written at all as "unknown". An outlet that gives
sources fewer than ``FEW_WORDS`` words is drawn faded and labelled so.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from mediadiff.render.charts import OKABE_ITO, new_figure
from mediadiff.render.tables import table, to_csv, to_json
from mediadiff.render.terminal import fit_lines, terminal_width

OTHERS_COLOUR = "#BBBBBB"
UNKNOWN_COLOUR = "#FFFFFF"
UNRESOLVED_COLOUR = "#E8E8E8"
OTHERS, UNRESOLVED, UNKNOWN = "others", "several / unresolved source", "unknown"
_POOLS = {OTHERS: (OTHERS_COLOUR, ""), UNRESOLVED: (UNRESOLVED_COLOUR, ".."), UNKNOWN: (UNKNOWN_COLOUR, "//")}
_ACTOR_COLOURS = OKABE_ITO[:6] + ("#882255", "#44AA99", "#999933")  # Okabe-Ito, then Tol's muted
# An outlet that gives sources fewer words than this (one long quoted sentence) gets a faded bar and a note:
# its shares are percentages of a handful of words, and a full-width bar of 2 words would read like anyone else's.
FEW_WORDS = 30


def render_voices(summary: Any, *, fmt: str = "text") -> str:
    """The summary as a text table per outlet, JSON (``VoicesSummary.to_dict``) or CSV."""
    if fmt == "json":
        return to_json(summary.to_dict())
    if fmt == "csv":
        return to_csv(summary.to_records())
    blocks = []
    for outlet in summary.outlets:
        total = outlet.own_words + outlet.attributed_words
        head = (f"{outlet.outlet} ({len(outlet.articles)} article{'s' * (len(outlet.articles) != 1)}): "
                f"{outlet.attributed_words} of {total} body words attributed to sources"
                + (" (too few to compare shares)" if outlet.attributed_words < FEW_WORDS else ""))
        rows = [[s.label, s.role or "", s.direct, s.reported, s.words, f"{s.share:.0%}",
                 ", ".join(f"{v} {n}" for v, n in s.verbs[:4]) or "-", s.loaded]
                for s in outlet.sources]
        headers = ["source", "role", "quotes", "reported", "words", "share", "verbs", "loaded"]
        body = table(rows, headers, keep=["quotes", "reported", "words", "share", "loaded"], prefer=["source"]) \
            if rows else "  (nobody is quoted)"
        blocks.append("\n".join(fit_lines([head], terminal_width())) + "\n" + body)
    legend = ("quotes: direct quotations; reported: clauses given to the source without quote marks; words: "
              "words given to the source (a reported clause's words without the quote it holds); share: of "
              "the outlet's attributed words; a source \"in quotes\" is as written and names no single actor "
              "(several speakers, a document, a pronoun with nobody to refer to); unknown: no source written; "
              "loaded: verbs that tell the reader how to take the words "
              "(claimed, admitted, insisted …), see mediadiff/data/reporting_verbs.tsv.")
    return "\n\n".join(blocks + ["\n".join(fit_lines([legend], terminal_width()))])


def actor_colours(summary: Any, *, limit: int = len(_ACTOR_COLOURS)) -> dict[str, str]:
    """One colour per actor with the most words across the chart, the same in every bar."""
    totals: Counter[str] = Counter()
    for outlet in summary.outlets:
        for s in outlet.sources:
            if s.speaker:
                totals[s.speaker] += s.words
    ranked = sorted(totals, key=lambda name: (-totals[name], name))[:limit]
    return {name: _ACTOR_COLOURS[i] for i, name in enumerate(ranked)}


def floor_data(summary: Any) -> dict[str, object]:
    """The numbers of ``floor_chart``: per outlet, each coloured actor's share
    of attributed words, then "others", "several / unresolved source" (a source
    written that resolves to no single actor) and "unknown" (no source written)."""
    colours = actor_colours(summary)
    rows = []
    for outlet in summary.outlets:
        total = sum(s.words for s in outlet.sources)
        shares: dict[str, float] = {}
        for s in outlet.sources:
            key = s.speaker if s.speaker in colours else (
                OTHERS if s.speaker else UNRESOLVED if s.source else UNKNOWN)
            shares[key] = shares.get(key, 0.0) + (s.words / total if total else 0.0)
        rows.append({"outlet": outlet.outlet, "attributed_word_count": total, "shares": shares,
                     "few_words": total < FEW_WORDS})
    return {"colours": colours, "outlets": rows}


def floor_chart(summary: Any, *, ax: Any = None) -> Any:
    """Who gets the floor: share of quoted and reported words by source, per outlet."""
    data = floor_data(summary)
    colours: dict[str, str] = dict(data["colours"])  # type: ignore[arg-type]
    colours |= {name: colour for name, (colour, _) in _POOLS.items()}
    outlets = data["outlets"]  # type: ignore[assignment]
    figure, ax = new_figure(ax, size=(9.0, max(3.0, 1.2 + 0.6 * len(outlets))))
    drawn: set[str] = set()
    for row, outlet in enumerate(outlets):
        left = 0.0
        faded = outlet["few_words"]
        for name in [*data["colours"], *_POOLS]:  # type: ignore[misc]
            share = outlet["shares"].get(name, 0.0)
            if not share:
                continue
            ax.barh(row, share, left=left, color=colours[name], edgecolor="black", linewidth=0.5,
                    hatch=_POOLS.get(name, ("", ""))[1], label=None if name in drawn else _short(name),
                    alpha=0.3 if faded else 1.0)
            if share >= 0.08 and not faded:
                # Pooled segments are pale and hatched: their label sits on a white patch so the
                # hatching does not run through the digits.
                pooled = name in _POOLS
                ax.text(left + share / 2, row, f"{share:.0%}", ha="center", va="center", fontsize=8,
                        color="black" if pooled else "white",
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.0} if pooled else None)
            drawn.add(name)
            left += share
    ax.set_yticks(range(len(outlets)), [f"{o['outlet']}\n({o['attributed_word_count']} words"
                                        f"{', too few to compare' if o['few_words'] else ''})" for o in outlets],
                  fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the words an outlet gives to sources (quoted and reported)"
                  + (f"; faded: fewer than {FEW_WORDS} words" if any(o["few_words"] for o in outlets) else ""))
    ax.set_title("Who gets the floor: quoted and reported words by source")
    # Legend in the bars' order (actors, then the pools), not in the order outlets first drew them.
    handles, labels = ax.get_legend_handles_labels()
    rank = {_short(name): k for k, name in enumerate([*data["colours"], *_POOLS])}  # type: ignore[misc]
    ordered = sorted(zip(handles, labels), key=lambda pair: rank.get(pair[1], len(rank)))
    ax.legend([h for h, _ in ordered], [lab for _, lab in ordered], fontsize=7, loc="upper left",
              bbox_to_anchor=(1.01, 1.0), frameon=False)
    return figure


def _short(name: str, width: int = 30) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"
