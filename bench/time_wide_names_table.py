"""CPU time of one text table of N rows whose names share a long beginning, for a tree.

    python bench/time_wide_names_table.py TREE N WIDTH      # e.g. . 10000 60

Thirteen score columns, names "Outlet number 17 of the Washington Press Group": the case where cutting the
names apart (``tablefit.shorten_apart``) was quadratic. Prints the tree, N, the width, CPU seconds
(``time.process_time``) and how many blocks the table took.
"""

from __future__ import annotations

import sys
import time

HEADERS = ["row", "sents", "words", "tone", "±sd", "neg", "neu", "pos", "hedge", "boost", "attr", "cert", "readers"]


def main() -> None:
    tree, n, width = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    sys.path.insert(0, tree)
    from mediadiff.render.tablefit import fit_table

    rows = [[f"Outlet number {i} of the Washington Press Group", 8, 143, "+0.05", "0.13", "12%", "38%", "50%",
             "1.40", "0.00", "1.25", "0.70", "-"] for i in range(n)]
    start = time.process_time()
    out = fit_table(rows, HEADERS, width=width, keep=HEADERS[1:])
    print(tree, n, width, round(time.process_time() - start, 2), "s CPU", out.count("\n\n") + 1, "blocks")


if __name__ == "__main__":
    main()
