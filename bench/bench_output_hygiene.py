"""Output hygiene: what rounding costs and saves, and how much hostile text Markdown escaping keeps in place.

    python bench/bench_output_hygiene.py

1. Rounding (``render/numbers.py``): for the data behind the seeds' JSON outputs, the CPU time of
   ``json.dumps`` with and without ``round_floats`` (medians of repeats,
   ``time.process_time``, so other processes on the machine count little), the bytes
   written and how many floats had more than 4 decimals.
2. Markdown escaping (``render/safe.py`` ``md_escape``): hostile strings put in a
   paragraph, a table cell and a list item and rendered by markdown-it-py with tables,
   strike-through and dollar math; a string counts as kept when every place reads back
   as the string itself with no other token. Baseline in the same run: the escaping of
   main e4e058f (before this change), copied below.
"""

from __future__ import annotations

import importlib.util
import json
import re
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LONG_FLOAT = re.compile(r"(?<![\w.])-?\d+\.\d{5,}(?![\w.])")


def cpu(function, repeats: int = 7) -> float:
    """Median CPU seconds of ``function()`` over ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return statistics.median(times)


def rounding_rows() -> list[tuple[str, int, int, int, int, float, float]]:
    import mediadiff
    from mediadiff.render.numbers import round_floats
    from mediadiff.tone.scoring import score_corpus, to_records

    corpus = mediadiff.load_corpus(ROOT / "seeds")
    outputs = {
        "compare(001, 003).to_dict()": mediadiff.compare(corpus["001"], corpus["003"]).to_dict(),
        "score_corpus(seeds, by=sentence) records": {"sentences": to_records(score_corpus(corpus, by="sentence"))},
        "score_corpus(seeds, by=outlet) records": {"rows": to_records(score_corpus(corpus, by="outlet"))},
    }
    rows = []
    for name, data in outputs.items():
        plain = json.dumps(data, indent=2, ensure_ascii=False, default=list)
        rounded = json.dumps(round_floats(data), indent=2, ensure_ascii=False, default=list)
        rows.append((name, len(plain.encode()), len(rounded.encode()), len(LONG_FLOAT.findall(plain)),
                     len(LONG_FLOAT.findall(rounded)),
                     cpu(lambda d=data: json.dumps(d, indent=2, ensure_ascii=False, default=list)),
                     cpu(lambda d=data: json.dumps(round_floats(d), indent=2, ensure_ascii=False, default=list))))
    return rows


# The escaping of main e4e058f, before this change (baseline).
_OLD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_OLD_BLOCK_START = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)](?:\s|$)))")
_OLD_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def old_md_escape(text: str) -> str:
    from mediadiff.render.safe import terminal_safe

    text = terminal_safe(str(text)).replace("\n", " ").replace("\t", " ")
    text = _OLD_SPECIAL.sub(r"\\\1", text)
    text = _OLD_BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if not m.group(2).isdigit()
                                else m.group(1) + m.group(2) + "\\", text, count=1)
    return "".join(_OLD_HTML.get(ch, ch) for ch in text)


def kept_in_place(escape, text: str, parser) -> bool:
    cell = escape(text)
    tokens = parser.parse(f"{cell}\n\n| a | b |\n|---|---|\n| {cell} | x |\n\n- {cell}\n")
    opened = [t.type for t in tokens if t.nesting == 1]
    if opened != ["paragraph_open", "table_open", "thead_open", "tr_open", "th_open", "th_open", "tbody_open",
                  "tr_open", "td_open", "td_open", "bullet_list_open", "list_item_open", "paragraph_open"]:
        return False
    inlines = [t for t in tokens if t.type == "inline"]
    expected = " ".join(text.replace("\t", " ").split("\n")).lstrip(" ")
    return all({c.type for c in inline.children} <= {"text"}
               and "".join(c.content for c in inline.children) == expected
               for inline in (inlines[0], inlines[3], inlines[5]))


def markdown_rows() -> list[tuple[str, int, int, list[str]]]:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    from mediadiff.render.safe import md_escape

    # The same hostile strings as the test of the escaping (tests/render/test_safe.py).
    spec = importlib.util.spec_from_file_location("test_safe", ROOT / "tests" / "render" / "test_safe.py")
    tests = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tests)
    HOSTILE_MARKDOWN = tests.HOSTILE_MARKDOWN

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(dollarmath_plugin, double_inline=True)
    rows = []
    for name, escape in (("main e4e058f (baseline)", old_md_escape), ("this change", md_escape)):
        broken = [text for text in HOSTILE_MARKDOWN if not kept_in_place(escape, text, parser)]
        rows.append((name, len(HOSTILE_MARKDOWN) - len(broken), len(HOSTILE_MARKDOWN), broken))
    return rows


def main() -> None:
    print("Rounding floats for JSON (seeds; CPU ms, median of 7)")
    print("| output | bytes before | bytes after | floats > 4 decimals before | after | dumps ms | round+dumps ms |")
    print("|---|---|---|---|---|---|---|")
    for name, b0, b1, f0, f1, t0, t1 in rounding_rows():
        print(f"| `{name}` | {b0:,} | {b1:,} | {f0} | {f1} | {t0 * 1000:.2f} | {t1 * 1000:.2f} |")
    print()
    print("Hostile strings kept in place by Markdown escaping (paragraph, table cell, list item)")
    print("| escaping | kept | of | broken |")
    print("|---|---|---|---|")
    for name, kept, total, broken in markdown_rows():
        print(f"| {name} | {kept} | {total} | {'; '.join(repr(b) for b in broken) or '-'} |")


if __name__ == "__main__":
    main()
