"""The per-article summary of a two-article comparison, in words, for every report format.

Text, Markdown and HTML all say the same thing: how much of each article the
other shares, whether the shared facts lead or are buried, and which names and
words an article adds to the facts both report.
"""

from __future__ import annotations

from typing import Any


def summary_lines(comparison: Any) -> list[tuple[str, str]]:
    """Per article: what it shares, where the shared facts sit (lead, buried), and the
    words it adds to them; plain text, for the text, Markdown and HTML reports alike."""
    lines = []
    for summary, article, unique, side in ((comparison.summary_a, comparison.a, "dropped", "A"),
                                           (comparison.summary_b, comparison.b, "added", "B")):
        n = summary.sentences or 1
        line = (f"{article.label}: {summary.sentences} sentence{'s' * (summary.sentences != 1)}; "
                f"kept {summary.kept} ({summary.kept / n:.0%}), "
                f"reworded {summary.reworded} ({summary.reworded / n:.0%}), {unique} {summary.unique} "
                f"({summary.unique / n:.0%}); shared facts in its lead: {summary.lead_shared}")
        if summary.buried:
            # Numbered as the rows are (A4, B5): a bare "4" read as a count of buried facts.
            line += f"; buried (lead elsewhere): {', '.join(f'{side}{i + 1}' for i in summary.buried)}"
        names = getattr(summary, "added_names", ())
        added = "; ".join(part for part in (
            f"names it adds to shared facts: {_listed(names, 6)}" if names else "",
            f"words it adds to shared facts: {_listed(summary.added_words, 10)}" if summary.added_words else "",
        ) if part)
        lines.append((line, added))
    return lines


def _listed(items: Any, shown: int) -> str:
    """The first ``shown`` items and how many more there are, as the evidence counts its words
    ("(+5 more)"): a list cut without a word read as the whole list, which the JSON gives."""
    more = len(items) - shown
    return ", ".join(items[:shown]) + (f" (+{more} more)" if more > 0 else "")
