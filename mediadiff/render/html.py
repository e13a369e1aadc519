"""Self-contained HTML pages: one file with its charts embedded, nothing fetched.

``report_page`` builds the page of ``mediadiff report``; ``comparison_page``
and ``coverage_page`` back ``mediadiff compare --format html``. Everything is
escaped with ``html.escape``, after control characters and bidi overrides are
removed (``render.safe.terminal_safe``, as for Markdown): article text is untrusted input.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from typing import Any

from mediadiff.align.evidence import describe as evidence_text
from mediadiff.render.numbers import signed
from mediadiff.render.quotes import quoted, reported_note
from mediadiff.render.safe import own_words, terminal_safe
from mediadiff.render.tone_charts import voice_note


def escape(text: object) -> str:
    """``text`` as HTML text: no tags, no control characters, no bidi override that reorders the page."""
    return html.escape(terminal_safe(str(text)))


STYLE = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1200px;
padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;
vertical-align:top;text-align:left}th{background:#f5f5f5}
.kept{background:#e3f4ee}.reworded{background:#e6f3fb}.dropped{background:#fbe9e1}.added{background:#fdf3dc}
del{background:#f7c9b8;text-decoration:line-through}ins{background:#bfe8d4;text-decoration:none;font-weight:600}
.hedge{background:#d6ecfa;border-bottom:2px solid #0072B2}.booster{background:#fbe0d3;border-bottom:2px solid #D55E00}
.attribution{background:#eee;border-bottom:2px dotted #555}
figure{margin:1rem 0}figure img{max-width:100%;border:1px solid #eee}figcaption{color:#555;font-size:.9rem}
.num{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#777}
"""


# Marks on <body> how many embedded charts the browser decoded (used by the browser test,
# and a visible note for a reader whose viewer blocks data: images).
CHART_CHECK = """window.addEventListener('load',function(){var i=document.images,n=0;
for(var k=0;k<i.length;k++){if(i[k].naturalWidth>0)n++;}document.body.dataset.chartsShown=n+'/'+i.length;
if(n<i.length){var p=document.createElement('p');p.textContent='Some charts could not be shown: '
+'open the PNG files beside this report.';document.body.prepend(p);}});"""


def page(title: str, body: Sequence[str]) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="mediadiff">'  # the corpus reader skips what mediadiff wrote
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n<body>\n"
            + "\n".join(body) + f"\n<script>{CHART_CHECK}</script>\n</body></html>\n")


def marked_side_html(diff: Sequence[Any], side: str) -> str:
    """Sentence ``side`` ("a" or "b") of a reworded row, its own words only: A's words B lacks in ``<del>``,
    B's words A lacks in ``<ins>`` (a B cell holding A's removed words too read, once copied, as B's text)."""
    return own_words(diff, side, escape=escape, removed="<del>{}</del>", added="<ins>{}</ins>")


def articles_table(articles: Sequence[Any]) -> str:
    rows = "".join(
        f"<tr><td>{escape(a.id)}</td><td>{escape(a.outlet or '—')}</td>"
        f"<td>{escape(', '.join(getattr(a, 'authors', ())) or '—')}</td><td>{escape(a.title or '—')}</td>"
        f"<td>{escape(a.published or '—')}</td><td>{escape(a.wire or '—')}</td>"
        f"<td class=num>{len(a.sentences)}</td><td class=num>{len(a.comments)}</td></tr>"
        for a in articles
    )
    return ("<table class=articles><tr><th>id</th><th>outlet</th><th>authors</th><th>title</th><th>published</th>"
            f"<th>wire</th><th>sentences</th><th>comments</th></tr>{rows}</table>")


def alignment_section(comparison: Any, *, anchor: str = "", status_figure: str = "", map_figure: str = "") -> str:
    """The alignment of two articles under its heading (``id`` ``anchor`` when given, for a table of
    contents); ``status_figure`` and ``map_figure`` (``figure_html``, in a report) go under the row counts
    they draw and above the table they map."""
    counts = "rows: " + " · ".join(f"{s} {comparison.count(s)}" for s in ("kept", "reworded", "dropped", "added"))
    rows = []
    for pair in comparison.pairs:
        a_cell, b_cell = escape(pair.a_text or "—"), escape(pair.b_text or "—")
        if pair.status == "reworded":
            from mediadiff.align.similarity import equal_share

            # A word diff of two mostly different sentences is noise: show B as written.
            if equal_share(pair.diff) >= 0.3:
                a_cell, b_cell = marked_side_html(pair.diff, "a"), marked_side_html(pair.diff, "b")
            else:
                b_cell = f"{b_cell}<br><span class=muted>(mostly rewritten)</span>"
        similarity = f"{pair.similarity:.2f}" if pair.similarity is not None else "—"
        a_where = ",".join(str(i + 1) for i in pair.a_indices) or "—"
        b_where = ",".join(str(i + 1) for i in pair.b_indices) or "—"
        rows.append(f"<tr class={pair.status}><td>{escape(pair.label)}</td><td class=num>{a_where}</td>"
                    f"<td>{a_cell}</td><td class=num>{b_where}</td><td>{b_cell}</td>"
                    f"<td class=num>{similarity}</td><td class=num>{pair.confidence:.2f}</td>"
                    f"<td class=muted>{escape(evidence_text(pair))}</td></tr>")
    heading = f"<h2 id={anchor}>" if anchor else "<h2>"
    return (f"{heading}{escape(alignment_title(comparison))}</h2>"
            f"<p>{counts} <span class=muted>(link floor {comparison.threshold:.2f}; the summary counts sentences; "
            "similarity only for aligned "
            "rows, a dropped or added row names its nearest sentence under evidence; "
            "reworded rows show A with the words B lacks <del>struck out</del> and B with the words A lacks "
            "<ins>underlined</ins>)</span></p>"
            + status_figure + summary_section(comparison) + map_figure +
            "<table class=alignment><tr><th>status</th><th>A#</th><th>A</th><th>B#</th><th>B</th>"
            f"<th>similarity</th><th>confidence</th><th>evidence</th></tr>{''.join(rows)}</table>"
            + stance_section(comparison) + quotes_section(comparison))


def alignment_title(comparison: Any) -> str:
    return f"Alignment: {comparison.a.label} → {comparison.b.label}"


def summary_section(comparison: Any) -> str:
    """Per article: shares, lead and buried facts, and the words it adds to shared facts."""
    from mediadiff.render.summaries import summary_lines

    items = "".join(f"<li>{escape(line)}" + (f"<br><span class=muted>{escape(added)}</span>" if added else "")
                    + "</li>" for line, added in summary_lines(comparison))
    return f"<h3>Summary</h3><ul class=summary>{items}</ul>"


def stance_section(comparison: Any) -> str:
    from mediadiff.tone.stance import stance_shifts

    shifts = stance_shifts(comparison)
    if not shifts:
        return "<p class=muted>No aligned fact is hedged in one article and asserted in the other.</p>"
    rows = "".join(
        f"<tr><td>{escape(s.direction)}</td><td>{escape(s.a_text)}<br><span class=muted>hedges: "
        f"{escape(', '.join(s.a_hedges) or '—')}; boosters: {escape(', '.join(s.a_boosters) or '—')}</span></td>"
        f"<td>{escape(s.b_text)}<br><span class=muted>hedges: {escape(', '.join(s.b_hedges) or '—')}; "
        f"boosters: {escape(', '.join(s.b_boosters) or '—')}</span></td></tr>"
        for s in shifts
    )
    return ("<h3>Same fact, different certainty</h3><table class=stance><tr><th>shift</th><th>A</th><th>B</th></tr>"
            f"{rows}</table>")


def quotes_section(comparison: Any) -> str:
    if not comparison.quotes:
        return "<p class=muted>No quotation appears in both articles.</p>"
    def cell(q: Any) -> str:
        return (f"<td>{quoted(escape(q.text), q)}<br><span class=muted>{escape(q.speaker or '?')}, "
                f"{escape(q.verb or '—')}{reported_note(q)}</span></td>")

    rows = "".join(
        f"<tr><td>{escape(m.status)}</td>{cell(m.a)}{cell(m.b)}"
        f"<td>{'<br>'.join(escape(d) for d in m.differences) or '—'}</td></tr>"
        for m in comparison.quotes
    )
    return ("<h3>Quotes in both articles</h3><table class=quotes><tr><th>match</th><th>A</th><th>B</th>"
            f"<th>differences</th></tr>{rows}</table>")


def coverage_section(coverage: Any) -> str:
    head = "".join(f"<th>{escape(a.label)}</th>" for a in coverage.articles)
    rows = "".join(
        f"<tr><td>{escape(f.text)}</td>"
        + "".join(f"<td class='num uncertain' title='same fact? only through rows two-article compare marks "
                  f"uncertain'>{','.join(str(i + 1) for i in f.sentences[a.id])} ?</td>"
                  if a.id in getattr(f, "uncertain", ()) else
                  f"<td class='num kept'>{','.join(str(i + 1) for i in f.sentences[a.id])}</td>"
                  if a.id in f.sentences else "<td></td>" for a in coverage.articles)
        + "</tr>"
        for f in coverage.facts
    )
    from mediadiff.align.coverage import COUNT_NOTE

    totals = (f"<tr><td class=muted>{escape(COUNT_NOTE)}</td>"
              + "".join(f"<td class=num>{n}</td>" for n in coverage.sentences_in_facts()) + "</tr>")
    legend = ("<p class=muted>numbers: the article's sentences carrying the fact; “?”: only through rows that "
              "two-article compare marks (same fact?)</p>" if any(getattr(f, "uncertain", ()) for f in coverage.facts)
              else "")
    return (f"<h2 id=coverage>Coverage: facts carried by two or more articles</h2>{legend}"
            f"<table class=coverage><tr><th>fact</th>{head}"
            f"</tr>{rows}{totals}</table>")


def marked_sentence(score: Any) -> str:
    """Sentence text with each cue wrapped in a span of its kind."""
    text, base, cursor, parts = score.text, score.start, 0, []
    for cue in sorted(score.cues, key=lambda c: c.start):
        left, right = cue.start - base, cue.end - base
        if left < cursor:
            continue
        parts.append(escape(text[cursor:left]))
        parts.append(f'<span class="{escape(cue.kind)}" title="{escape(cue.kind)}">{escape(text[left:right])}</span>')
        cursor = right
    parts.append(escape(text[cursor:]))
    return "".join(parts)


def scores_section(group_rows: Sequence[Any], sentences: Sequence[Any]) -> str:
    head = ("<tr><th>row</th><th>sentences</th><th>tone (mean ± sd)</th><th>neg / neu / pos</th>"
            "<th>hedges /100w</th><th>boosters /100w</th><th>cue words</th></tr>")
    rows = "".join(
        f"<tr><td>{escape(r.name)}</td><td class=num>{r.n_sentences}</td>"
        f"<td class=num>{_signed(r.sentiment_mean)} ± {(r.sentiment_stdev or 0):.2f}</td>"
        f"<td class=num>{r.share_negative:.0%} / {r.share_neutral:.0%} / {r.share_positive:.0%}</td>"
        f"<td class=num>{r.hedges_per_100_words:.2f}</td><td class=num>{r.boosters_per_100_words:.2f}</td>"
        f"<td>{escape('; '.join((*r.top_hedges, *r.top_boosters)) or '—')}</td></tr>"
        for r in group_rows
    )
    sentence_rows = "".join(
        f"<tr><td>{escape(s.article_id or '')}{' comment ' + str(s.comment + 1) if s.comment is not None else ''}"
        f"</td><td class=num>{s.index + 1}</td><td class=num>{signed(s.compound)}</td><td>{marked_sentence(s)}</td>"
        f"<td class=muted>{escape(', '.join(s.sentiment_words))}</td></tr>"
        for s in sentences
    )
    return (f"<h2 id=tone>Tone and hedging</h2><p class=muted>In the {escape(voice_note(group_rows))}. "
            "Tone: news tone in [-1, 1] (VADER adjusted for news, blended with Pattern's adjective lexicon), "
            "negative is unfavourable. Reader comments are their own rows.</p>"
            f"<table class=scores>{head}{rows}</table>"
            "<h3>Sentences with their cue words</h3><p><span class=hedge>hedge</span> "
            "<span class=booster>booster</span> <span class=attribution>attribution</span></p>"
            "<table class=sentences><tr><th>article</th><th>#</th><th>tone</th><th>sentence</th>"
            f"<th>sentiment words</th></tr>{sentence_rows}</table>")


def _signed(value: float | None) -> str:
    return "—" if value is None else signed(value)


def figure_html(png: bytes, caption: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return (f'<figure><img alt="{escape(caption)}" src="data:image/png;base64,{data}">'
            f"<figcaption>{escape(caption)}</figcaption></figure>")


def comparison_page(comparison: Any) -> str:
    title = f"mediadiff: {comparison.a.label} vs {comparison.b.label}"
    return page(title, [f"<h1>{escape(title)}</h1>", articles_table([comparison.a, comparison.b]),
                        alignment_section(comparison)])


def coverage_page(coverage: Any) -> str:
    title = "mediadiff: coverage of " + ", ".join(a.id for a in coverage.articles)
    return page(title, [f"<h1>{escape(title)}</h1>", articles_table(coverage.articles), coverage_section(coverage)])


def report_page(*, title: str, articles: Sequence[Any], comparisons: Sequence[Any], coverage: Any | None,
                group_rows: Sequence[Any], sentences: Sequence[Any], overview: Sequence[tuple[bytes, str]] = (),
                pair_figures: Sequence[Sequence[tuple[bytes, str]]] = (), pairs_note: Any = None) -> str:
    """The report as one page: a table of contents, the articles, an Overview of the charts of all of them
    (``overview``: PNG and caption), the coverage, each pair's alignment with its own charts
    (``pair_figures[k]`` for ``comparisons[k]``: statuses, then the alignment map), tone and hedging.
    ``pairs_note`` (``bundle.PairsNote``): which pairs it aligns, why, and a command for the others."""
    pair_figures = [*pair_figures, *[()] * (len(comparisons) - len(pair_figures))]
    sections = [("articles", "Articles"), *([("overview", "Overview")] if overview else []),
                *([("coverage", "Coverage")] if coverage is not None else []),
                *((f"pair-{k + 1}", alignment_title(c)) for k, c in enumerate(comparisons)),
                ("tone", "Tone and hedging")]
    contents = "".join(f'<li><a href="#{anchor}">{escape(name)}</a></li>' for anchor, name in sections)
    body = [f"<h1>{escape(title)}</h1>", f"<nav><h2>Contents</h2><ol class=contents>{contents}</ol></nav>",
            "<h2 id=articles>Articles</h2>", articles_table(articles)]
    if pairs_note is not None and pairs_note.text:
        body.append(f"<p class=pairs>{pairs_note.render(escape, lambda c: f'<code>{escape(c)}</code>')}</p>")
    if overview:
        body.append("<h2 id=overview>Overview</h2><p class=muted>Charts of all the articles; the tables are under "
                    '<a href="#coverage">Coverage</a> and <a href="#tone">Tone and hedging</a>, each pair\'s '
                    "charts in its own section.</p>" if coverage is not None else
                    "<h2 id=overview>Overview</h2><p class=muted>Charts of all the articles; the table is under "
                    '<a href="#tone">Tone and hedging</a>, the pair\'s charts in its own section.</p>')
        body += [figure_html(png, caption) for png, caption in overview]
    if coverage is not None:
        body.append(coverage_section(coverage))
    for k, (comparison, figures) in enumerate(zip(comparisons, pair_figures)):
        shown = [figure_html(png, caption) for png, caption in figures]
        body.append(alignment_section(comparison, anchor=f"pair-{k + 1}", status_figure="".join(shown[:1]),
                                      map_figure="".join(shown[1:])))
    body.append(scores_section(group_rows, sentences))
    return page(title, body)
