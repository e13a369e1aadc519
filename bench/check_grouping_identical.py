"""Check that story and event grouping gives identical results before and after a speed change.

Groups, with the defaults, the scale workload of ``bench_group_scale.py`` (10,000 and 30,000
articles, ``jobs=2``), the seeds, the AllSides corpus (with and without dates), ECB+ (as
articles, and ``group_texts`` plus ``split_events`` inside every gold topic, as
``bench_ecbplus.py`` does) and GoogleNews-TS (``group_texts``), and writes every story's and
event's ``to_dict()`` (ids, labels, members, cohesion, shared terms, dates; floats in full) and
every label array to a JSON file. Run it once on the code before the change (``--save``) and
once after (``--check``): any difference is printed and the exit status is 1.

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/check_grouping_identical.py --save /tmp/before.json
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/check_grouping_identical.py --check /tmp/before.json
    ... --only seeds allsides ecbplus googlenews      # the small corpora only (seconds)
    ... --check /tmp/before.json --ignore label       # grouping identical, labels allowed to change

Each workload prints its CPU seconds (``process_time`` of this process plus its feature workers).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from identity_checks import without  # noqa: E402


def _stories(articles: list, **options: object) -> list[dict]:
    from mediadiff.events.grouping import group_stories

    return [story.to_dict() for story in group_stories(articles, **options)]


def scale(n: int) -> Callable[[], object]:
    def run() -> object:
        from bench_group_scale import articles

        return _stories(articles(n), jobs=2)

    return run


def seeds() -> object:
    from mediadiff.corpus.reading import load_corpus

    return _stories(list(load_corpus(REPO / "seeds")))


def allsides() -> object:
    import bench_allsides

    articles, _ = bench_allsides.load()
    return {"dated": _stories(articles), "undated": _stories([replace(a, published=None) for a in articles])}


def ecbplus() -> object:
    import bench_ecbplus

    from mediadiff.events.grouping import group_texts, split_events
    from mediadiff.events.vectors import lead_texts, vectorize
    from mediadiff.models import Article, Sentence

    docs = bench_ecbplus.load()
    texts = [d[2] for d in docs]
    articles = []
    for k, text in enumerate(texts):
        lines = text.split("\n")
        sentences = tuple(Sentence(i, line, 0, len(line)) for i, line in enumerate(lines))
        articles.append(Article(id=f"ecb{k}", path=f"ecb{k}.txt", raw=text, sentences=sentences))
    matrix = vectorize(texts, name_weight=1.0, number_weight=1.0).matrix
    leads = vectorize(lead_texts(texts), name_weight=1.0, number_weight=1.0).matrix
    topics = sorted({d[0] for d in docs})
    inside = {str(t): split_events(matrix, [i for i, d in enumerate(docs) if d[0] == t], lead_matrix=leads).tolist()
              for t in topics}
    return {"texts": group_texts(texts).tolist(), "events in topics": inside, "articles": _stories(articles)}


def googlenews() -> object:
    import bench_googlenews

    from mediadiff.events.grouping import group_texts

    return group_texts(bench_googlenews.load()[1]).tolist()


WORKLOADS: dict[str, Callable[[], object]] = {
    "seeds": seeds, "allsides": allsides, "ecbplus": ecbplus, "googlenews": googlenews,
    "scale10000": scale(10_000), "scale30000": scale(30_000),
}


def cpu_seconds() -> float:
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def differences(name: str, old: object, new: object, path: str = "") -> list[str]:
    """The first few places where ``old`` and ``new`` differ."""
    if type(old) is not type(new):
        return [f"{name}{path}: {old!r:.80} != {new!r:.80}"]
    if isinstance(old, dict):
        if old.keys() != new.keys():
            return [f"{name}{path}: keys {sorted(old)[:5]} != {sorted(new)[:5]}"]
        return [d for k in old for d in differences(name, old[k], new[k], f"{path}.{k}")][:5]
    if isinstance(old, list):
        if len(old) != len(new):
            return [f"{name}{path}: {len(old)} items != {len(new)}"]
        return [d for k, (a, b) in enumerate(zip(old, new)) for d in differences(name, a, b, f"{path}[{k}]")][:5]
    return [] if old == new else [f"{name}{path}: {old!r:.80} != {new!r:.80}"]


def main() -> None:
    parser = argparse.ArgumentParser()
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path)
    action.add_argument("--check", type=Path)
    parser.add_argument("--only", nargs="+", choices=list(WORKLOADS),
                        help="workloads to run (default: all, or with --check those saved)")
    parser.add_argument("--ignore", nargs="+", default=[], metavar="KEY",
                        help="with --check: keys left out of both sides (label: a label change only)")
    args = parser.parse_args()
    ignored = frozenset(args.ignore)
    before = without(json.loads(args.check.read_text()), ignored) if args.check else {}
    results, failed = {}, False
    for name in args.only or [name for name in WORKLOADS if not args.check or name in before]:
        start, cpu = time.perf_counter(), cpu_seconds()
        results[name] = json.loads(json.dumps(WORKLOADS[name]()))  # tuples as lists, as saved
        timing = f"{cpu_seconds() - cpu:.1f} s CPU, {time.perf_counter() - start:.1f} s wall"
        if args.check:
            found = (differences(name, before[name], without(results[name], ignored)) if name in before
                     else [f"{name}: not saved"])
            failed |= bool(found)
            print(f"{name}: {'DIFFERENT' if found else 'identical'} ({timing})", flush=True)
            for line in found:
                print("   ", line)
        else:
            print(f"{name}: saved ({timing})", flush=True)
    if args.save:
        args.save.write_text(json.dumps(results))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
