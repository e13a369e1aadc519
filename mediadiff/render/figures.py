"""What every chart shares: size and resolution, the colour-blind-safe palette, one
colour per outlet for a whole corpus (``corpus_palette``), a fresh figure, wrapped tick labels."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from mediadiff.models import ArgumentTypeError
from mediadiff.render.safe import terminal_safe

DPI = 150
SIZE = (8.0, 4.5)  # inches: 1200 x 675 pixels at 150 dpi
# The report's charts (report.html embeds them, and users mail it). 100 dpi is a screen's own
# resolution: an 8-inch chart is 800 pixels, shown at its size in the report's 1,200-pixel column,
# while at 150 dpi the 11-inch alignment map (1,650 pixels) was shrunk to fit it, its 7 pt text no
# larger on screen than at 100 dpi. A chart is flat colours and anti-aliased text: in a palette of 256
# colours (its own colours exact, ``palette_image``) it looks the same side by side (read on the QA
# event S5.1's 23 charts) at a third of the bytes.
# bench/results/report.md has the sizes and times.
REPORT_DPI = 100
REPORT_COLOURS = 256
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
STATUS_COLOURS = {"kept": "#009E73", "reworded": "#56B4E9", "dropped": "#D55E00", "added": "#E69F00"}
READERS_COLOUR = "#999999"


_PALETTE = OKABE_ITO[:-2]  # without yellow (unreadable on white) and black (text colour)


def outlet_palette(outlets: Iterable[str]) -> dict[str, str]:
    """One colour per outlet name: the names sorted (case-insensitively), then coloured in
    turn. Built once from all the outlets of a corpus (``corpus_palette``) and passed to
    every chart, it gives an outlet the same colour everywhere the corpus is drawn; more
    than six outlets reuse the colours in the same order."""
    names = sorted(set(outlets), key=lambda n: (n.casefold(), n))
    return {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(names)}


def corpus_palette(articles: Iterable[Any]) -> dict[str, str]:
    """``outlet_palette`` over the outlets of ``articles``, keyed like ``tone.scoring.outlet_key``
    (an article without an outlet is its own key, "002 (outlet unknown)")."""
    from mediadiff.tone.scoring import outlet_key

    return outlet_palette(outlet_key(a) for a in articles)


def colour_of(key: str, colours: Mapping[str, str] | None, keys: Iterable[str]) -> str:
    """The colour of ``key``: from ``colours`` (a corpus palette) when it has it, else from
    the palette of ``keys`` (the outlets of one chart). A corpus of more than six outlets
    reuses its colours, so two outlets of one chart may share one (Associated Press and
    Detroit Free Press in a report of three AllSides articles): then the chart's outlets are
    coloured by the palette of the outlets it shows, the same for every chart of them."""
    keys = [*keys, key]
    if colours and key in colours:
        shown = {k: colours[k] for k in keys if k in colours}
        if len(set(shown.values())) == len(shown) or len(shown) > len(_PALETTE):
            return colours[key]
        return outlet_palette(shown)[key]
    return outlet_palette(keys)[key]


# what each chart draws, by the attributes it reads (duck-typed: render does not import the stages to check)
COMPARISON = ("a result of mediadiff.compare", ("a", "b", "pairs", "summary_a", "summary_b"))
COVERAGE = ("a result of mediadiff.compare_many", ("facts", "articles", "matrix"))
GROUP_ROWS = ("a list of GroupScore rows (mediadiff.score_corpus(..., by='outlet' or 'article'))",
              ("name", "kind", "sentiment_mean", "hedges_per_100_words"))
ACTOR_TONE_ROWS = ("a list of ActorTone rows (mediadiff.actor_tones(...))",
                   ("actor", "outlet", "tone_mean", "n_mentions", "share_negative", "share_positive"))


def expect(function: str, value: Any, wanted: tuple[str, tuple[str, ...]], *, rows: bool = False) -> None:
    """Raise ``ArgumentTypeError`` (a ``MediadiffError``) unless ``value`` (with ``rows``: a list or tuple,
    each of its items) has the attributes ``wanted`` names: a chart given another result says which one it
    takes, instead of an ``AttributeError`` from inside the drawing."""
    what, attributes = wanted
    if rows and not isinstance(value, (list, tuple)):
        raise ArgumentTypeError(f"{function}() takes {what}, not {type(value).__name__}")
    for item in value if rows else (value,):
        if not all(hasattr(item, name) for name in attributes):
            raise ArgumentTypeError(f"{function}() takes {what}, not {'a list holding ' if rows else ''}"
                                    f"{type(item).__name__}")


def png_bytes(figure: Any, *, dpi: float = DPI, colours: int | None = None) -> bytes:
    """``figure`` as PNG at ``dpi``; with ``colours`` (at most 256), an 8-bit PNG of at most that many
    colours (``palette_image``)."""
    import io

    buffer = io.BytesIO()
    if not colours:
        figure.savefig(buffer, dpi=dpi, format="png")
        return buffer.getvalue()
    from PIL import Image  # matplotlib's own dependency: it writes every PNG with it

    # uncompressed: it is read back at once, and compressing it would only cost time
    figure.savefig(buffer, dpi=dpi, format="png", pil_kwargs={"compress_level": 0})
    with Image.open(buffer) as image:
        palette = palette_image(image.convert("RGB"), drawn_colours(figure), colours)
    out = io.BytesIO()
    palette.save(out, format="png")
    return out.getvalue()


def palette_image(image: Any, exact: Sequence[tuple[int, int, int]], colours: int = 256) -> Any:
    """An RGB Pillow ``image`` in a palette of ``colours``: every pixel of one of the ``exact`` colours
    (the colours the chart's artists are drawn in, at most half the palette) keeps it, the others take
    the nearest of a median cut of the image (without dithering: dots in flat colours would cost bytes
    and look like noise). Median cut alone merged a legend's rare green (kept) with the blue
    (reworded) into one teal, and tinted the white background."""
    import numpy as np
    from PIL import Image

    exact = list(dict.fromkeys(exact))[: colours // 2]
    free = colours - len(exact)
    rgb = np.asarray(image, dtype=np.uint8)
    codes = (rgb[..., 0].astype(np.uint32) << 16) | (rgb[..., 1].astype(np.uint32) << 8) | rgb[..., 2]
    index = np.zeros(codes.shape, dtype=np.uint8)
    taken = np.zeros(codes.shape, dtype=bool)
    for k, (r, g, b) in enumerate(exact):
        same = codes == (r << 16) | (g << 8) | b
        index[same] = free + k
        taken |= same
    palette: list[int] = []
    rest = rgb[~taken]  # the anti-aliased edges: cut on their own, so no flat colour takes their entries
    if len(rest):
        cut = Image.fromarray(rest.reshape(-1, 1, 3)).quantize(free, method=Image.Quantize.MEDIANCUT,
                                                              dither=Image.Dither.NONE)
        index[~taken] = np.asarray(cut).reshape(-1)
        palette = (cut.getpalette() or [])[: 3 * free]
    palette += [0] * (3 * free - len(palette)) + [v for colour in exact for v in colour]
    out = Image.fromarray(index, mode="P")
    out.putpalette(palette)
    return out


def drawn_colours(figure: Any) -> list[tuple[int, int, int]]:
    """The colours ``figure``'s artists (patches, lines, markers, text, the figure's own face) are drawn
    in, as 8-bit RGB over white (a colour with alpha as it shows on white)."""
    from matplotlib.colors import to_rgba_array

    found = []
    for artist in figure.findobj():
        for getter in ("get_color", "get_facecolor", "get_edgecolor", "get_markerfacecolor", "get_markeredgecolor"):
            try:
                rgba = to_rgba_array(getattr(artist, getter)())
            except (AttributeError, TypeError, ValueError):  # no such colour, or "none" / "auto"
                continue
            found += [(_byte(r, a), _byte(g, a), _byte(b, a)) for r, g, b, a in rgba if a > 0]
    return list(dict.fromkeys(found))


def _byte(channel: float, alpha: float) -> int:
    return round((alpha * channel + 1 - alpha) * 255)


def new_figure(ax: Any = None, *, size: tuple[float, float] = SIZE) -> tuple[Any, Any]:
    """A fresh ``(figure, axes)`` pair, or the figure of a given ``ax``."""
    if ax is not None:
        return ax.figure, ax
    figure = _plain_text_figure()(figsize=size, dpi=DPI, layout="constrained")
    return figure, figure.add_subplot()


@cache
def _plain_text_figure() -> type:
    """A matplotlib Figure that draws every text as written.

    Matplotlib reads text between two dollar signs as TeX math: "rose $5 to $10" lost its
    dollars and figures, "$\\frac{1}{0}$ News" became a fraction, and an unclosed brace
    ("$x^{2") ended the chart with a parse error. Article text and outlet names are
    untrusted, so no text of a mediadiff chart is read as math, and control characters and
    bidi overrides are dropped as in the terminal (the font has no glyph for them: they drew
    as boxes with a warning).
    """
    from matplotlib.figure import Figure  # imported here: only drawing needs matplotlib
    from matplotlib.text import Text
    from matplotlib.ticker import FixedFormatter, FuncFormatter

    class PlainLabels(FuncFormatter):
        def __call__(self, x: Any, pos: Any = None) -> str:
            return terminal_safe(str(super().__call__(x, pos)))

    class PlainTextFigure(Figure):
        def draw(self, renderer: Any) -> None:
            for text in self.findobj(Text):
                text.set_parse_math(False)
                text.set_text(terminal_safe(text.get_text()))
            for axes in self.axes:  # tick labels are made during the draw, from the labels given to set_xticks
                for axis in (axes.xaxis, axes.yaxis):
                    formatter = axis.get_major_formatter()
                    if isinstance(formatter, FixedFormatter):
                        formatter.seq = [terminal_safe(str(label)) for label in formatter.seq]
                    elif type(formatter) is FuncFormatter:
                        axis.set_major_formatter(PlainLabels(formatter.func))
            super().draw(renderer)

    return PlainTextFigure


def wrap_label(label: str, width: int = 14) -> str:
    words, lines, line = [p for w in label.split() for p in _pieces(w, width)], [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


def _pieces(word: str, width: int) -> list[str]:
    """A word longer than ``width`` in pieces, each ending at a '_' or '-' where one falls in reach: a file
    name as long as 'wash-post_2016-09-29_the-real-trump-showed-up-at-deba' ran into its neighbours' labels."""
    pieces = []
    while len(word) > width:
        cut = max(word.rfind("_", 1, width), word.rfind("-", 1, width)) + 1 or width
        pieces.append(word[:cut])
        word = word[cut:]
    return [*pieces, word]
