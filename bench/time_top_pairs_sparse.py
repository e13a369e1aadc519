"""Could ``vectors._top_pairs`` be one scipy.sparse product? Its CPU, the product's, and the imports it would add.

``_top_pairs`` (pure Python: an inverted index over the rare terms, a dict of partial dot products
per sentence of A, a heap per sentence of B) against the same candidates computed as one sparse
matrix product, (A rows x rare terms) @ (B rows x rare terms).T, with the top partners of each
row and each column read from the CSR arrays (``numpy.argsort``, stable). Also a dense-list
accumulator variant of the pure-Python loop. For each method: CPU seconds (``time.process_time``,
median of ``--repeats``, methods interleaved) and whether its pair set equals ``_top_pairs``'s.
``compare`` imports neither numpy nor scipy (``python -X importtime``), so the sparse version would
add their imports: timed in fresh processes (median of 5, bytecode already compiled).
Pairs: ``bench_compare_cli.py``'s generated edited copies. Usage (repository root)::

    MEDIADIFF_BENCH_DATA=../shared/bench python bench/time_top_pairs_sparse.py --sizes 1000,3000
"""

from __future__ import annotations

import argparse
import heapq
import os
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from time import process_time

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_compare_cli import write_pair  # noqa: E402

import mediadiff  # noqa: E402
from mediadiff.align.params import CANDIDATE_MAX_POSTINGS, CANDIDATES_PER_SENTENCE  # noqa: E402
from mediadiff.align.vectors import _top_pairs, document_frequency, sentence_terms, tfidf_vectors  # noqa: E402

_IMPORTS = """
from time import process_time
start = process_time()
import numpy
middle = process_time()
import scipy.sparse
print(middle - start, process_time() - middle)
"""


def sparse_top_pairs(va, vb, df) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
    import numpy as np
    import scipy.sparse as sp

    column = {t: k for k, t in enumerate(t for t, n in df.items() if n <= CANDIDATE_MAX_POSTINGS)}

    def matrix(vectors):  # type: ignore[no-untyped-def]
        cells = [(r, column[t], x) for r, v in enumerate(vectors) for t, x in v.items() if t in column]
        rows, cols, values = zip(*cells) if cells else ((), (), ())
        return sp.csr_matrix((values, (rows, cols)), shape=(len(vectors), len(column)))

    product = (matrix(va) @ matrix(vb).T).tocsr()
    pairs: set[tuple[int, int]] = set()
    for transposed, m in ((False, product), (True, product.T.tocsr())):
        for r in range(m.shape[0]):
            lo, hi = m.indptr[r], m.indptr[r + 1]
            cols = m.indices[lo:hi]
            if hi - lo > CANDIDATES_PER_SENTENCE:
                cols = cols[np.argsort(-m.data[lo:hi], kind="stable")[:CANDIDATES_PER_SENTENCE]]
            pairs.update((int(c), r) if transposed else (r, int(c)) for c in cols)
    return pairs


def list_top_pairs(va, vb, df) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """``_top_pairs`` with one dense list of partial dots reused for every row (products are > 0)."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, v in enumerate(vb):
        for t, x in v.items():
            if df[t] <= CANDIDATE_MAX_POSTINGS:
                postings[t].append((j, x))
    keep, pairs, dots = CANDIDATES_PER_SENTENCE, set(), [0.0] * len(vb)
    best_of_b: list[list[tuple[float, int]]] = [[] for _ in vb]
    for i, u in enumerate(va):
        touched = []
        for t, x in u.items():
            for j, y in postings.get(t, ()):
                if dots[j]:
                    dots[j] += x * y
                else:
                    dots[j] = x * y
                    touched.append(j)
        top = sorted(touched, key=dots.__getitem__, reverse=True)[:keep] if len(touched) > keep else touched
        pairs.update((i, j) for j in top)
        for j in touched:
            dot, dots[j], heap = dots[j], 0.0, best_of_b[j]
            if len(heap) < keep:
                heapq.heappush(heap, (dot, i))
            elif dot > heap[0][0]:
                heapq.heapreplace(heap, (dot, i))
    pairs.update((i, j) for j, heap in enumerate(best_of_b) for _, i in heap)
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,3000")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    methods = {"_top_pairs (shipped)": _top_pairs, "dense-list accumulator": list_top_pairs,
               "scipy.sparse product": sparse_top_pairs}
    sparse_top_pairs({}, {}, {})  # numpy and scipy imported before the clock starts
    print("| n | method | CPU s | same pairs as shipped | pairs only in one |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for n in (int(x) for x in args.sizes.split(",")):
            a, b = (mediadiff.load_article(path) for path in write_pair(n, Path(folder)))
            terms_a = [sentence_terms(s.text) for s in a.sentences]
            terms_b = [sentence_terms(s.text) for s in b.sentences]
            df = document_frequency(terms_a + terms_b)
            total = len(terms_a) + len(terms_b)
            va, vb = tfidf_vectors(terms_a, df, total), tfidf_vectors(terms_b, df, total)
            seconds: dict[str, list[float]] = defaultdict(list)
            found: dict[str, set[tuple[int, int]]] = {}
            for _ in range(args.repeats):
                for name, method in methods.items():
                    start = process_time()
                    found[name] = method(va, vb, df)
                    seconds[name].append(process_time() - start)
            shipped = found["_top_pairs (shipped)"]
            for name in methods:
                print(f"| {n:,} | {name} | {statistics.median(seconds[name]):.4f} | "
                      f"{'yes' if found[name] == shipped else 'NO'} | {len(found[name] ^ shipped)} |")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}  # the installed .pyc files
    imports = [[float(x) for x in subprocess.run([sys.executable, "-c", _IMPORTS], capture_output=True, text=True,
                                                 check=True, env=env).stdout.split()] for _ in range(5)]
    print(f"\nimports in a fresh process (median of 5): numpy {statistics.median(i[0] for i in imports):.3f} s, "
          f"then scipy.sparse {statistics.median(i[1] for i in imports):.3f} s")


if __name__ == "__main__":
    main()
