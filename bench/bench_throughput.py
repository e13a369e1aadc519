"""Throughput and peak memory of mediadiff's pipeline at research scale, against a naive pipeline.

    python bench/bench_throughput.py --sizes 1000 10000 100000
    python bench/bench_throughput.py --report-only        # redraw the table and chart from cached runs

Workload (``workload``): article files written to ``--work-dir`` (default
``$TMPDIR/mediadiff-throughput``), so every step also pays for reading and
cleaning, as a researcher's run does. Articles alternate between ECB+ full
texts (982, one sentence per line, the URL sentence of ECB+ files dropped) and
GoogleNews-TS title+snippet items (11,109). When a size needs more than a
source holds, the source is cycled: copy k >= 1 of a text drops one sentence
(ECB+) or one word (GoogleNews), chosen by k, so copies are near-duplicates
(as republished wire stories are) rather than exact ones. Copies of a text go
to different outlets (60 fictional outlets, given in manifest.csv with a date).
Writing the files is not timed.

Each measurement runs in a fresh child process: wall time of the step, and
peak resident memory (``ru_maxrss``) of the child and, with ``jobs=2``, of its
largest worker. Imports and word lists are loaded before the clock starts. Steps:

* ``read``: ``stream.iter_articles`` over the folder (reading + cleaning only).
* ``score``: ``write_csv(stream_scores(iter_articles(folder), by="sentence", jobs=J), /dev/null)``.
* ``group+compare``: ``load_corpus``, ``events.group_events``, then ``align.compare``
  on every pair of the first 5 distinct-text articles of each event (<= 10 pairs per event).
* naive ``score``: ``load_corpus`` then a plain loop building every record in a
  list, written at the end (what the CLI did before streaming).
* naive ``group``: ``difflib.SequenceMatcher(None, words_a, words_b).ratio()`` on
  every pair, single-link union of pairs >= 0.5. Quadratic, so measured at
  small sizes only and extrapolated with a fitted ``t = c * pairs`` (marked
  as extrapolated in the table and chart).

Results are cached as JSON lines in the work dir (re-runs skip what is cached);
the Markdown table goes to bench/results/throughput.md, the chart to bench/throughput.png.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

DATA = Path(os.environ.get("MEDIADIFF_BENCH_DATA", ROOT.parent / "shared" / "bench"))
OUTLETS = [f"Outlet {i:02}" for i in range(1, 61)]
EVENT_CAP = 5  # articles compared per event
NAIVE_THRESHOLD = 0.5
NAIVE_GROUP_SIZES = (250, 500, 1000)
REPORT = BENCH / "results" / "throughput.md"
NOTES_MARKER = "<!-- hand-written notes below: kept when the tables above are regenerated -->"
CHART = BENCH / "throughput.png"


# --- workload -----------------------------------------------------------------------------------

def sources() -> tuple[list[str], list[str]]:
    """ECB+ texts (one sentence per line) and GoogleNews-TS texts, in file order."""
    import bench_ecbplus
    import bench_googlenews

    return [d[2] for d in bench_ecbplus.load()], bench_googlenews.load()[1]


def variant(text: str, copy: int) -> str:
    """Copy ``copy`` of a text: itself for 0, else one sentence (or, for one-line texts, one word) dropped."""
    if copy == 0:
        return text
    lines = text.split("\n")
    if len(lines) > 1:
        drop = (copy - 1) % len(lines)
        lines = lines[:drop] + lines[drop + 1 :]
        if copy > len(lines) + 1:  # every single-line drop used: drop a word of the first line too
            words = lines[0].split()
            del words[(copy // (len(lines) + 1)) % len(words)]
            lines[0] = " ".join(words)
        return "\n".join(lines)
    words = text.split()
    if len(words) > 1:
        del words[(copy - 1) % len(words)]
    return " ".join(words)


def workload(n: int, ecb: list[str], news: list[str]) -> Iterator[tuple[str, str, str, str]]:
    """(id, outlet, published, text) for n articles, alternating ECB+ and GoogleNews texts."""
    start = date(2014, 1, 1)
    for i in range(n):
        source = ecb if i % 2 == 0 else news
        j = i // 2
        copy, k = divmod(j, len(source))
        outlet = OUTLETS[(k + copy) % len(OUTLETS)]  # copies of one text land at different outlets
        yield f"{i:06d}", outlet, (start + timedelta(days=i % 365)).isoformat(), variant(source[k], copy)


def write_workload(n: int, work_dir: Path) -> Path:
    folder = work_dir / f"n{n}"
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    ecb, news = sources()
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        manifest = csv.writer(handle)
        manifest.writerow(["id", "outlet", "published"])
        for article_id, outlet, published, text in workload(n, ecb, news):
            (folder / f"{article_id}_bench.txt").write_text(text + "\n", encoding="utf-8")
            manifest.writerow([article_id, outlet, published])
    done.touch()
    return folder


# --- steps (run in a child process) -------------------------------------------------------------

def step_read(folder: Path, jobs: int) -> dict[str, object]:
    from mediadiff.scale.stream import iter_articles

    return {"articles": sum(1 for _ in iter_articles(folder))}


def step_score(folder: Path, jobs: int) -> dict[str, object]:
    from mediadiff.render.records import write_csv
    from mediadiff.scale.stream import iter_articles, stream_scores

    with open(os.devnull, "w", encoding="utf-8") as out:
        rows = write_csv(stream_scores(iter_articles(folder), by="sentence", jobs=jobs), out)
    return {"rows": rows}


def step_naive_score(folder: Path, jobs: int) -> dict[str, object]:
    from mediadiff.corpus.reading import load_corpus
    from mediadiff.render.records import write_csv
    from mediadiff.scale.stream import score_records

    corpus = load_corpus(folder)
    records = []
    for article in corpus:
        records.extend(score_records(article, by="sentence"))
    with open(os.devnull, "w", encoding="utf-8") as out:
        write_csv(records, out)
    return {"rows": len(records)}


def step_group_compare(folder: Path, jobs: int) -> dict[str, object]:
    from itertools import combinations

    from mediadiff.align.comparison import compare
    from mediadiff.corpus.reading import load_corpus
    from mediadiff.events.grouping import group_events
    from mediadiff.models import MediadiffError

    t0 = time.perf_counter()
    corpus = load_corpus(folder)
    t1 = time.perf_counter()
    events = group_events(list(corpus))
    t2 = time.perf_counter()
    group_rss = _maxrss_mib(resource.RUSAGE_SELF)
    by_id = {a.id: a for a in corpus}
    pairs = failed = 0
    for event in events:
        chosen, bodies = [], set()
        for article_id in event.article_ids:
            article = by_id[article_id]
            if article.body not in bodies:
                bodies.add(article.body)
                chosen.append(article)
            if len(chosen) == EVENT_CAP:
                break
        for a, b in combinations(chosen, 2):
            try:
                compare(a, b)
                pairs += 1
            except MediadiffError:  # e.g. an article with no body sentences
                failed += 1
    t3 = time.perf_counter()
    return {
        "load_s": t1 - t0, "group_s": t2 - t1, "compare_s": t3 - t2, "group_rss_mib": group_rss,
        "events": len(events), "multi_events": sum(len(e.article_ids) > 1 for e in events),
        "pairs": pairs, "failed_pairs": failed,
    }


def step_naive_group(folder: Path, jobs: int) -> dict[str, object]:
    from difflib import SequenceMatcher

    from mediadiff.corpus.reading import load_corpus

    t0 = time.perf_counter()
    words = [a.body.lower().split() for a in load_corpus(folder)]
    t1 = time.perf_counter()
    parent = list(range(len(words)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            if SequenceMatcher(None, words[i], words[j]).ratio() >= NAIVE_THRESHOLD:
                parent[root(i)] = root(j)
    t2 = time.perf_counter()
    return {"load_s": t1 - t0, "group_s": t2 - t1, "groups": len({root(i) for i in range(len(words))})}


STEPS = {
    "read": step_read, "score": step_score, "naive-score": step_naive_score,
    "group+compare": step_group_compare, "naive-group": step_naive_group,
}


def _maxrss_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def warm_up(step: str) -> None:
    """Import what the step needs and load its word lists, so timings exclude start-up."""
    from mediadiff.corpus.cleaning import clean_text
    from mediadiff.scale.stream import score_records

    article = clean_text("Officials said the plan may work. Critics disagreed.\n", article_id="w", path="w")
    if "score" in step:
        score_records(article)
    if step == "group+compare":
        from mediadiff.align.comparison import compare
        from mediadiff.events.grouping import group_events

        other = clean_text("Officials said the plan might work. Critics agreed.\n", article_id="v", path="v")
        group_events([article, other])
        compare(article, other)


def child(step: str, folder: Path, jobs: int) -> None:
    warm_up(step)
    start = time.perf_counter()
    result = STEPS[step](folder, jobs)
    result["seconds"] = time.perf_counter() - start
    result["rss_mib"] = _maxrss_mib(resource.RUSAGE_SELF)
    result["worker_rss_mib"] = _maxrss_mib(resource.RUSAGE_CHILDREN)
    print(json.dumps(result))


# --- orchestration ------------------------------------------------------------------------------

def key(record: dict[str, object]) -> tuple[object, ...]:
    return record["step"], record["n"], record["jobs"]


def load_cache(path: Path) -> dict[tuple[object, ...], dict[str, object]]:
    if not path.exists():
        return {}
    records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {key(r): r for r in records}


def plan(sizes: list[int], naive_sizes: list[int]) -> list[tuple[str, int, int]]:
    runs = []
    for n in sorted(sizes):
        runs += [("read", n, 1), ("score", n, 1), ("score", n, 2), ("naive-score", n, 1), ("group+compare", n, 1)]
    runs += [("naive-group", n, 1) for n in sorted(naive_sizes)]
    return sorted(runs, key=lambda r: (r[1], r[0]))


def run(args: argparse.Namespace) -> None:
    cache_path = args.work_dir / "throughput.jsonl"
    cache = load_cache(cache_path)
    deadline = time.monotonic() + args.budget_minutes * 60
    for step, n, jobs in plan(args.sizes, args.naive_group_sizes):
        if (step, n, jobs) in cache and cache[step, n, jobs].get("status") == "ok":
            continue
        if step in args.skip:
            continue
        left = deadline - time.monotonic()
        record: dict[str, object] = {"step": step, "n": n, "jobs": jobs}
        if left < 10:
            record["status"] = "not run: time budget used up"
        else:
            folder = write_workload(n, args.work_dir)
            command = [sys.executable, __file__, "--child", step, str(folder), str(jobs)]
            print(f"{step} n={n:,} jobs={jobs} ...", file=sys.stderr, flush=True)
            try:
                done = subprocess.run(command, capture_output=True, text=True, timeout=min(left, args.timeout))
                if done.returncode:
                    last = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
                    record["status"] = f"failed: {last}"
                else:
                    record |= json.loads(done.stdout.strip().splitlines()[-1]) | {"status": "ok"}
            except subprocess.TimeoutExpired:
                record["status"] = f"not finished within {min(left, args.timeout):.0f} s"
        print(json.dumps(record), file=sys.stderr, flush=True)
        cache[step, n, jobs] = record
        with cache_path.open("a") as handle:
            handle.write(json.dumps(record) + "\n")
    report(list(cache.values()), args)


# --- report -------------------------------------------------------------------------------------

SERIES = [  # label, step, jobs, seconds field
    ("read (iter_articles)", "read", 1, "seconds"),
    ("score, streaming, jobs=1", "score", 1, "seconds"),
    ("score, streaming, jobs=2", "score", 2, "seconds"),
    ("naive score (list, then write)", "naive-score", 1, "seconds"),
    ("group (group_events)", "group+compare", 1, "group_s"),
    ("compare within events", "group+compare", 1, "compare_s"),
    ("naive group (difflib, all pairs)", "naive-group", 1, "group_s"),
]


def exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) on log(n): 1 is linear, 2 quadratic."""
    points = [(n, t) for n, t in points if t > 0]
    if len(points) < 2:
        return None
    xs, ys = [math.log(n) for n, _ in points], [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def quadratic(points: list[tuple[int, float]]) -> float:
    """c in seconds = c * n(n-1)/2, least squares through the origin."""
    pairs = [(n * (n - 1) / 2, t) for n, t in points]
    return sum(p * t for p, t in pairs) / sum(p * p for p, _ in pairs)


def report(records: list[dict[str, object]], args: argparse.Namespace) -> None:
    ok = {key(r): r for r in records if r.get("status") == "ok"}
    sizes = sorted({int(r["n"]) for r in records if r["step"] != "naive-group"})  # type: ignore[arg-type]
    lines = [
        "# Throughput at research scale",
        "",
        f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}. Generated by `bench/bench_throughput.py` "
        "(workload, steps and naive pipeline are described in its docstring): article files written to a temp "
        "folder (alternating ECB+ full texts and GoogleNews-TS items, cycled as near-duplicate copies beyond "
        "the 982 + 11,109 originals, 60 outlets via manifest.csv), so every step includes reading and cleaning "
        "the files. Each figure is one run in a fresh process.",
        "",
        "Commands:",
        "",
        "```",
        f"python bench/bench_throughput.py --sizes {' '.join(map(str, args.sizes))} "
        f"--naive-group-sizes {' '.join(map(str, args.naive_group_sizes))} --budget-minutes {args.budget_minutes:g}",
        "python bench/bench_throughput.py --report-only   # this file and bench/throughput.png from the cache",
        "```",
        "",
        "## Wall time (seconds) and articles per second",
        "",
        "| step | " + " | ".join(f"{n:,} articles" for n in sizes) + " | growth exponent |",
        "|---|" + "---|" * (len(sizes) + 1),
    ]
    chart_series = []
    for label, step, jobs, field in SERIES:
        if step == "naive-group":
            continue
        cells, points = [], []
        for n in sizes:
            r = ok.get((step, n, jobs))
            if r is None:
                status = next((x["status"] for x in records if key(x) == (step, n, jobs)), "not run")
                cells.append("not run" if status == "not run" else "— (see Not run)")
                continue
            t = float(r[field])  # type: ignore[arg-type]
            points.append((n, t))
            cells.append(f"{t:,.1f} ({n / t:,.0f}/s)" if t else "0")
        e = exponent(points)
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {'—' if e is None else f'{e:.2f}'} |")
        chart_series.append((label, points, []))

    naive = sorted((int(r["n"]), float(r["group_s"])) for k, r in ok.items() if k[0] == "naive-group")  # type: ignore[arg-type]
    extrapolated = []
    if naive:
        c = quadratic(naive)
        extrapolated = [(n, c * n * (n - 1) / 2) for n in sizes if n > max(m for m, _ in naive)]
        cells = []
        for n in sizes:
            measured = dict(naive).get(n)
            if measured is not None:
                cells.append(f"{measured:,.1f} ({n / measured:,.0f}/s)")
            else:
                t = c * n * (n - 1) / 2
                cells.append(f"≈{t:,.0f} = {t / 3600:,.1f} h (extrapolated)")
        e = exponent(naive)
        lines.append("| naive group (difflib, all pairs) | " + " | ".join(cells) + f" | {e:.2f} (measured) |")
        chart_series.append(("naive group (difflib, all pairs)", naive, extrapolated))
    lines += [
        "",
        "Growth exponent: least-squares slope of log(seconds) on log(articles) over the measured sizes "
        "(1 = linear, 2 = quadratic).",
    ]
    if naive:
        lines.append(
            f"Naive grouping was measured at {', '.join(f'{n:,}' for n, _ in naive)} articles "
            f"({', '.join(f'{t:.1f} s' for _, t in naive)}); larger sizes are EXTRAPOLATED from the fitted "
            f"t = {quadratic(naive) * 1e6:.1f} µs × n(n−1)/2 pairs, not run."
        )

    lines += ["", "## Peak memory (MiB, ru_maxrss of the measuring process; largest worker for jobs=2)", "",
              "| step | " + " | ".join(f"{n:,}" for n in sizes) + " |", "|---|" + "---|" * len(sizes)]
    memory_series = []
    for label, step, jobs in [("read", "read", 1), ("score, streaming, jobs=1", "score", 1),
                              ("score, streaming, jobs=2 (main / worker)", "score", 2),
                              ("naive score", "naive-score", 1), ("load + group", "group+compare", 1),
                              ("load + group + compare", "group+compare", 1)]:
        cells, points = [], []
        for n in sizes:
            r = ok.get((step, n, jobs))
            if r is None:
                cells.append("not run")
                continue
            if label == "load + group":
                value = float(r["group_rss_mib"])  # type: ignore[arg-type]
            else:
                value = float(r["rss_mib"])  # type: ignore[arg-type]
            points.append((n, value))
            cells.append(f"{value:,.0f} / {float(r['worker_rss_mib']):,.0f}" if jobs == 2 else f"{value:,.0f}")  # type: ignore[arg-type]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
        if label in ("score, streaming, jobs=1", "naive score", "load + group + compare"):
            memory_series.append((label, points))

    details = [r for r in ok.values() if r["step"] == "group+compare"]
    if details:
        lines += ["", "## Grouping and comparison details", "",
                  "| articles | load s | group s | events | events with 2+ articles | pairs compared | compare s |",
                  "|---|---|---|---|---|---|---|"]
        for r in sorted(details, key=lambda r: int(r["n"])):  # type: ignore[arg-type]
            lines.append(f"| {int(r['n']):,} | {float(r['load_s']):.1f} | {float(r['group_s']):.1f} | "  # type: ignore[arg-type]
                         f"{r['events']:,} | {r['multi_events']:,} | {r['pairs']:,} | {float(r['compare_s']):.1f} |")  # type: ignore[arg-type]
    missing = [r for r in records if r.get("status") != "ok"]
    if missing:
        lines += ["", "## Not run", ""]
        lines += [f"- {r['step']} at {int(r['n']):,} articles, jobs={r['jobs']}: {r['status']}" for r in missing]  # type: ignore[arg-type]
    notes = ""
    if REPORT.exists() and NOTES_MARKER in (old := REPORT.read_text(encoding="utf-8")):
        notes = old.split(NOTES_MARKER, 1)[1]
    lines += ["", NOTES_MARKER]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + (notes or "\n"), encoding="utf-8")
    draw(chart_series, memory_series)
    print(f"wrote {REPORT} and {CHART}", file=sys.stderr)


def draw(time_series: list, memory_series: list) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(11, 4.8), layout="constrained")
    left, right = figure.subplots(1, 2)
    for label, points, extrapolated in time_series:
        if not points:
            continue
        dashed = label.startswith("naive")
        (line,) = left.plot(*zip(*points), marker="o", linestyle="--" if dashed else "-", label=label)
        if extrapolated:
            left.plot([points[-1][0]] + [n for n, _ in extrapolated], [points[-1][1]] + [t for _, t in extrapolated],
                      linestyle=":", marker="o", markerfacecolor="none", color=line.get_color(),
                      label=f"{label}, extrapolated")
    left.set(xscale="log", yscale="log", xlabel="articles", ylabel="wall time (s)",
             title="Wall time (2 cores; hollow = extrapolated)")
    left.grid(True, which="both", alpha=0.3)
    left.legend(fontsize=7)
    for label, points in memory_series:
        if points:
            right.plot(*zip(*points), marker="o", linestyle="--" if label.startswith("naive") else "-", label=label)
    right.set(xscale="log", yscale="log", xlabel="articles", ylabel="peak RSS (MiB)", title="Peak memory")
    right.grid(True, which="both", alpha=0.3)
    right.legend(fontsize=7)
    figure.savefig(CHART, dpi=110)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--naive-group-sizes", type=int, nargs="+", default=list(NAIVE_GROUP_SIZES))
    parser.add_argument("--budget-minutes", type=float, default=30.0, help="stop starting new runs after this")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds allowed for one run")
    parser.add_argument("--skip", nargs="*", default=[], choices=list(STEPS), help="steps not to run")
    parser.add_argument("--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "mediadiff-throughput")
    parser.add_argument("--report-only", action="store_true")
    args = parser.parse_args()
    args.work_dir.mkdir(parents=True, exist_ok=True)
    if args.report_only:
        report(list(load_cache(args.work_dir / "throughput.jsonl").values()), args)
    else:
        run(args)


if __name__ == "__main__":
    main()
