"""How a quotation both articles use reads in every format (text, Markdown, HTML)."""

from __future__ import annotations

from typing import Any


def quoted(text: str, quote: Any) -> str:
    """A quote's words as the article gives them: in quote marks when it quotes them, without when it
    reports them (the journalist's words; ``reported_note`` says so): in marks they read as a quote.
    ``text`` is already escaped for the format."""
    return f"“{text}”" if getattr(quote, "kind", "direct") == "direct" else text


def reported_note(quote: Any) -> str:
    """"; reported speech" after the speaker of a reported clause, nothing after a direct quote's."""
    return "" if getattr(quote, "kind", "direct") == "direct" else "; reported speech"
