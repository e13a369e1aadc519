"""Render a comparison (two articles) or a coverage (three or more) as text or Markdown.

The terminal report is side by side: article A on the left, B on the right,
one block per aligned row, with the word-level diff of reworded pairs under it.
Colour is optional and passed in; without it, deletions read ``[-old-]`` and
insertions ``{+new+}`` (the convention of ``git diff --word-diff``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mediadiff.align.evidence import describe as evidence_text
from mediadiff.align.similarity import equal_share
from mediadiff.render.quotes import quoted, reported_note
from mediadiff.render.safe import md_escape, own_words
from mediadiff.render.summaries import summary_lines
from mediadiff.render.tables import to_json
from mediadiff.render.terminal import display_width, fit_lines, pad, shorten, style, terminal_width, wrap

STATUS_COLOUR = {"kept": "green", "reworded": "cyan", "dropped": "red", "added": "yellow"}


def render_comparison(comparison: Any, *, fmt: str = "text", color: bool = False, width: int | None = None) -> str:
    if fmt == "csv":
        from mediadiff.render.tables import to_csv

        return to_csv(comparison_records(comparison))
    if fmt == "json":
        from mediadiff.tone.stance import stance_shifts

        data = comparison.to_dict()
        data["stance"] = [shift.to_dict() for shift in stance_shifts(comparison)]
        return to_json(data)
    if fmt == "markdown":
        return comparison_markdown(comparison)
    if fmt == "html":
        from mediadiff.render.html import comparison_page

        return comparison_page(comparison)
    return comparison_text(comparison, color=color, width=width)


def comparison_records(comparison: Any) -> list[dict[str, object]]:
    """One flat record per aligned row (the CSV of ``mediadiff compare A B``): ``Comparison.to_records``."""
    return comparison.to_records()


def coverage_records(coverage: Any) -> list[dict[str, object]]:
    """One flat record per fact (the CSV of ``mediadiff compare A B C ...``): ``Coverage.to_records``."""
    return coverage.to_records()


def inline_diff(diff: Sequence[Any], *, color: bool = False, markdown: bool = False) -> str:
    """One line that shows how sentence A became sentence B, word by word."""
    parts = []
    for op in diff:
        removed, inserted = op.a_text, op.b_text
        if op.op == "equal":
            parts.append(md_escape(removed) if markdown else removed)
            continue
        if removed:
            parts.append(f"~~{md_escape(removed)}~~" if markdown else
                         style(removed, fg="red", strikethrough=True) if color else f"[-{removed}-]")
        if inserted:
            parts.append(f"**{md_escape(inserted)}**" if markdown else
                         style(inserted, fg="green", bold=True) if color else f"{{+{inserted}+}}")
    return " ".join(p for p in parts if p)


def marked_side(diff: Sequence[Any], side: str) -> str:
    """Sentence ``side`` ("a" or "b") of a reworded row as Markdown, its own words only: A's words the other
    side lacks struck out, B's words the other side lacks in bold.

    Each cell is the one article's sentence: a B cell that also carried A's struck-out words was B's text
    with A's words in it ("Riva had ~~not~~ yet ~~regained~~ **to regain** ..."), which reads wrongly once
    copied or read without the marks.
    """
    return own_words(diff, side, escape=md_escape, removed="~~{}~~", added="**{}**")


def _label(article: Any) -> str:
    title = f" “{article.title}”" if article.title else ""
    return f"{article.label}{title}"


def _columns(left: str, right: str, column: int) -> list[str]:
    left_lines = wrap(left, column)
    right_lines = list(left_lines) if right == left else wrap(right, column)  # a kept row: one text
    height = max(len(left_lines), len(right_lines))
    left_lines += [""] * (height - len(left_lines))
    right_lines += [""] * (height - len(right_lines))
    return [f"  {pad(a, column)} │ {b}".rstrip() for a, b in zip(left_lines, right_lines)]


def _diff_lines(diff: Sequence[Any], *, color: bool, width: int) -> list[str]:
    # A word diff of two mostly different sentences is noise; name the shared words instead.
    if equal_share(diff) < 0.3:
        from mediadiff.align.similarity import STOPWORDS

        shared = [op.a_text for op in diff
                  if op.op == "equal"
                  and any(w.lower().strip(".,;:'\"“”’") not in STOPWORDS for w in op.a_text.split())]
        # "none" alone read as a contradiction beside the evidence's corresponding words (support=supporting).
        return wrap("shared words: " + (" … ".join(shared) or "none word for word"), width, first_indent="  ",
                    indent="    ")
    return wrap("diff: " + inline_diff(diff, color=color), width, first_indent="  ", indent="    ")


def comparison_text(comparison: Any, *, color: bool = False, width: int | None = None) -> str:
    width = width or terminal_width()
    column = max(15, (width - 5) // 2)
    a, b = comparison.a, comparison.b
    counts = {s: comparison.count(s) for s in ("kept", "reworded", "dropped", "added")}
    out = [
        # Wrapped here, not by fit_lines: its re-wrap of a long title joined "A  s0663" into "A s0663".
        *wrap(_label(a), width, first_indent="A  ", indent="   "),
        *wrap(_label(b), width, first_indent="B  ", indent="   "),
        # Rows, not sentences: a split or merge row holds several sentences, so "reworded 4" here and
        # "reworded 5" in the summary are both right; say which is which.
        "rows: " + "   ".join(f"{name} {count}" for name, count in counts.items())
        + f"   (link floor {comparison.threshold:.2f}; the summary counts sentences)",
        "",
    ]
    for warning in comparison.warnings:
        out.append(f"warning: {warning}")
    for pair in comparison.pairs:
        a_where = "A" + ",".join(str(i + 1) for i in pair.a_indices)
        b_where = "B" + ",".join(str(i + 1) for i in pair.b_indices)
        where = a_where if not pair.b_indices else b_where if not pair.a_indices else f"{a_where} → {b_where}"
        scores = (f"similarity {pair.similarity:.2f}, " if pair.similarity is not None else "")
        header = f"{pair.label.upper():<9} {where}  {scores}confidence {pair.confidence:.2f}"
        out.append(style(header, fg=STATUS_COLOUR.get(pair.status), bold=True) if color else header)
        out.extend(_columns(pair.a_text or "—", pair.b_text or "—", column))
        if pair.status == "reworded" and pair.diff:
            out.extend(_diff_lines(pair.diff, color=color, width=width))
        out.extend(wrap("evidence: " + evidence_text(pair), width, first_indent="  ", indent="    "))
        out.append("")
    if comparison.quotes:
        out.append("Quotes found in both")
        for match in comparison.quotes:
            out.extend(_quote_lines(match, width))
        out.append("")
    out.extend(_stance_lines(comparison))
    out.append("Summary")
    for line, added in summary_lines(comparison):
        out.append(f"  {line}")
        if added:
            out.append(f"    {added}")
    return "\n".join(fit_lines(out, width))


def _quote_lines(match: Any, width: int) -> list[str]:
    """A quote both articles use: A's and B's words under one another, each wrapped under its own
    text, then the differences. Wrapped here, not by ``fit_lines``: re-wrapping joined the padding
    after the status ("trimmed A:" beside "same      A:"). A status wider than the column
    ("reported-to-direct") has a line of its own, so every quote's words start in one column."""
    column = 9
    out = [f"  {match.status}"] if len(match.status) > column else []
    for letter, quote, status in (("A", match.a, match.status if not out else ""), ("B", match.b, "")):
        prefix = f"  {status:<{column}} {letter}: "
        said = f"{quoted(quote.text, quote)} ({quote.speaker or '?'}, {quote.verb or '-'}{reported_note(quote)})"
        out.extend(wrap(said, width, first_indent=prefix, indent=" " * len(prefix)))
    bullet = f"  {'':<{column}} "
    for difference in match.differences:
        out.extend(wrap(f"• {difference}", width, first_indent=bullet, indent=bullet + "  "))
    return out


def _stance_lines(comparison: Any) -> list[str]:
    from mediadiff.tone.stance import stance_shifts

    shifts = stance_shifts(comparison)
    if not shifts:
        return []
    out = ["Same fact, different certainty (hedges ⟨…⟩, boosters ⟦…⟧)"]
    for shift in shifts:
        where = f"A{','.join(str(i + 1) for i in shift.a_indices)} → B{','.join(str(i + 1) for i in shift.b_indices)}"
        out.append(f"  {where}: {shift.direction}; A: {cues(shift.a_hedges, shift.a_boosters)}; "
                   f"B: {cues(shift.b_hedges, shift.b_boosters)}")
    out.append("")
    return out


def cues(hedges: Sequence[str], boosters: Sequence[str]) -> str:
    """Cue words as ``⟨hedge⟩ ⟦booster⟧``, or ``none``."""
    return " ".join([*(f"⟨{h}⟩" for h in hedges), *(f"⟦{b}⟧" for b in boosters)]) or "none"


def comparison_markdown(comparison: Any, *, level: int = 1, status_chart: str = "", map_chart: str = "") -> str:
    """The comparison as Markdown; ``level`` is the heading level of its title (2 inside a report);
    ``status_chart`` and ``map_chart`` (Markdown images, in a report) go under the row counts they draw
    and above the alignment table they map."""
    a, b = comparison.a, comparison.b
    head, sub = "#" * level, "#" * (level + 1)
    out = [f"{head} {_md(a.label)} vs {_md(b.label)}", "", f"- **A**: {_md(_label(a))}",
           f"- **B**: {_md(_label(b))}", ""]
    out.append("Rows by status (the summary counts sentences):\n\n"
               "| kept | reworded | dropped | added |\n|---|---|---|---|")
    out.append("| " + " | ".join(str(comparison.count(s)) for s in ("kept", "reworded", "dropped", "added")) + " |")
    out += ["", status_chart] if status_chart else []
    out += ["", f"{sub} Summary", ""]
    for line, added in summary_lines(comparison):
        out.append(f"- {_md(line)}" + (f"; {_md(added)}" if added else ""))
    out += ["", f"{sub} Alignment", "", f"Link floor {comparison.threshold:.2f}. Similarity is given for aligned rows "
            "only; a dropped or added row names its nearest sentence in the evidence. A reworded row strikes "
            "out the words of A that B lacks and puts in bold the words of B that A lacks.", "",
            *([map_chart, ""] if map_chart else []),
            "| status | A# | A | B# | B | similarity | confidence | evidence |", "|---|---|---|---|---|---|---|---|"]
    for pair in comparison.pairs:
        rewritten = pair.status != "reworded" or equal_share(pair.diff) < 0.3
        a_cell = _md(pair.a_text or "—") if rewritten else marked_side(pair.diff, "a")
        b_cell = _md(pair.b_text or "—") if rewritten else marked_side(pair.diff, "b")
        similarity = f"{pair.similarity:.2f}" if pair.similarity is not None else "—"
        # The sentence numbers, as text and HTML give them: the evidence ("nearest is B13") and the
        # summary ("buried: B5") name sentences by number.
        out.append(f"| {_md(pair.label)} | {_numbers(pair.a_indices)} | {a_cell} "
                   f"| {_numbers(pair.b_indices)} | {b_cell} | {similarity} "
                   f"| {pair.confidence:.2f} | {_md(evidence_text(pair))} |")
    out.extend(_stance_markdown(comparison, sub))
    if comparison.quotes:
        out += ["", f"{sub} Quotes", "", "| status | A | B | differences |", "|---|---|---|---|"]
        for m in comparison.quotes:
            a_cell = f"{quoted(_md(m.a.text), m.a)} ({_md(m.a.speaker or '?')}{reported_note(m.a)})"
            b_cell = f"{quoted(_md(m.b.text), m.b)} ({_md(m.b.speaker or '?')}{reported_note(m.b)})"
            out.append(f"| {m.status} | {a_cell} | {b_cell} | {_md('; '.join(m.differences)) or '—'} |")
    return "\n".join(out)


def _numbers(indices: Sequence[int], *, joiner: str = ",", none: str = "—") -> str:
    """1-based sentence numbers of a row's side, ``none`` for none."""
    return joiner.join(str(i + 1) for i in indices) or none


def _stance_markdown(comparison: Any, sub: str) -> list[str]:
    """The aligned facts one article hedges and the other asserts, as the text and HTML reports list them."""
    from mediadiff.tone.stance import stance_shifts

    shifts = stance_shifts(comparison)
    if not shifts:
        return []
    out = ["", f"{sub} Same fact, different certainty", "", "| A# | B# | shift | A's cues | B's cues |",
           "|---|---|---|---|---|"]
    for shift in shifts:
        out.append(f"| {_numbers(shift.a_indices)} | {_numbers(shift.b_indices)} | {_md(shift.direction)} "
                   f"| {_md(cues(shift.a_hedges, shift.a_boosters))} | {_md(cues(shift.b_hedges, shift.b_boosters))} |")
    return out


def _md(text: str) -> str:
    """Article text as literal Markdown: no HTML, links or table breaks (see ``render.safe``)."""
    return md_escape(text)


def render_coverage(coverage: Any, *, fmt: str = "text", color: bool = False, width: int | None = None) -> str:
    """Facts (rows) by article (columns) for three or more articles."""
    if fmt == "json":
        return to_json(coverage.to_dict())
    if fmt == "csv":
        from mediadiff.render.tables import to_csv

        return to_csv(coverage_records(coverage))
    ids = [a.id for a in coverage.articles]
    if fmt == "markdown":
        return _coverage_markdown(coverage)
    if fmt == "html":
        from mediadiff.render.html import coverage_page

        return coverage_page(coverage)
    width = width or terminal_width()
    labels = ids
    if sum(max(4, display_width(i)) for i in ids) + 2 * (len(ids) - 1) + 3 + 20 > width:
        # Each column was as wide as its id: four PolNeAR file names took the whole line, their header
        # wrapped and the facts kept a few words. Number the articles, as the list above them shows.
        labels = [f"#{k}" for k in range(1, len(ids) + 1)]
    rows = [[a.id, a.outlet or "-", a.title or a.body] for a in coverage.articles]
    out = ["Articles:"]
    out += wrap_rows([[k, *r] for k, r in zip(labels, rows)] if labels != ids else rows, width)
    out += ["", f"{len(coverage.facts)} fact{'s' * (len(coverage.facts) != 1)} reported by two or more articles "
            f"(✓ = the article carries it{_UNSURE_LEGEND if _any_uncertain(coverage) else ''})", ""]
    cells = [max(4, display_width(i)) for i in labels]
    marks_width = sum(cells) + 2 * (len(ids) - 1) + 3
    out.append("  ".join(pad(i, c, right=True) for i, c in zip(labels, cells)) + "   fact")
    for fact, row in zip(coverage.facts, coverage.matrix):
        unsure = getattr(fact, "uncertain", ())
        marks = "  ".join(("?" if i in unsure else "✓" if carried else "·").rjust(c)
                          for i, carried, c in zip(ids, row, cells))
        out.append(f"{marks}   {shorten(fact.text, max(20, width - marks_width))}")
    from mediadiff.align.coverage import COUNT_NOTE

    totals = coverage.sentences_in_facts()
    out.append("  ".join(str(t).rjust(c) for t, c in zip(totals, cells)) + f"   {COUNT_NOTE}")
    for warning in coverage.warnings:
        out.append(f"warning: {warning}")
    return "\n".join(fit_lines(out, width))


# The coverage legend's words for "?": an article linked to a fact only by rows its two-article comparison
# marks "(same fact?)" carries the fact no more surely than those rows do.
_UNSURE_LEGEND = "; ? = only through rows that two-article compare marks (same fact?)"


def _any_uncertain(coverage: Any) -> bool:
    return any(getattr(fact, "uncertain", ()) for fact in coverage.facts)


def _coverage_markdown(coverage: Any) -> str:
    """Which article carries which fact, as the text says it: the articles named, each cell with the
    article's sentence numbers (as the coverage chart shows them), the count of facts per article."""
    ids = [a.id for a in coverage.articles]
    out = [f"- **{_md(a.id)}**: {_md(a.outlet or '—')}" + (f", “{_md(a.title)}”" if a.title else "")
           for a in coverage.articles]
    out += ["", f"{len(coverage.facts)} fact{'s' * (len(coverage.facts) != 1)} reported by two or more articles "
            "(✓ and the article's sentence "
            f"numbers where it carries one{_UNSURE_LEGEND if _any_uncertain(coverage) else ''}).", "",
            "| fact | " + " | ".join(_md(i) for i in ids) + " |", "|---|" + "---|" * len(ids)]
    for fact, row in zip(coverage.facts, coverage.matrix):
        unsure = getattr(fact, "uncertain", ())
        cells = [f"{'?' if i in unsure else '✓'} {_numbers(fact.sentences.get(i, ()))}" if carried else ""
                 for i, carried in zip(ids, row)]
        out.append(f"| {_md(fact.text)} | " + " | ".join(cells) + " |")
    from mediadiff.align.coverage import COUNT_NOTE

    totals = [str(n) for n in coverage.sentences_in_facts()]
    out.append(f"| *{COUNT_NOTE}* | " + " | ".join(totals) + " |")
    out += [f"\nwarning: {_md(warning)}" for warning in coverage.warnings]
    return "\n".join(out)


def wrap_rows(rows: list[list[str]], width: int) -> list[str]:
    """Rows of id, outlet and title (after a number, when rows have four cells), indented two spaces,
    the title shortened to fit."""
    from mediadiff.render.tables import table

    headers = ("id", "outlet", "title (or first words)")
    if rows and len(rows[0]) == 4:
        headers = ("#", *headers)
    return ["  " + line for line in table(rows, headers, width=width - 2, keep=("#", "id"),
                                           prefer=("title (or first words)", "outlet")).splitlines()]
