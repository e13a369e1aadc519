"""Start-up time of whole `mediadiff` processes (the issue's budget: --help < 0.3 s, compare < 0.5 s).

Run from the repository root, with mediadiff installed:  python bench/bench_startup.py [--runs 15]

Each command runs as a fresh process; the table gives the median and the slowest wall time.
`python -X importtime -c "import mediadiff.cli"` shows where import time goes.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = {
    "mediadiff --help": ["--help"],
    "mediadiff list": ["list"],
    "mediadiff compare 001 003": ["compare", "001", "003", "--no-color"],
    "mediadiff score --by outlet": ["score", "--by", "outlet"],
    "mediadiff group": ["group"],
}
BUDGET = {"mediadiff --help": 0.3, "mediadiff compare 001 003": 0.5}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    # The installed command beside this interpreter (a venv not activated), else on PATH, else the
    # entry point itself: mediadiff.cli is a package with no __main__, so "-m" cannot run it.
    beside = Path(sys.executable).with_name("mediadiff")
    executable = str(beside) if beside.exists() else shutil.which("mediadiff")
    base = [executable] if executable else [sys.executable, "-c", "from mediadiff.cli import main; main()"]
    print(f"{runs} runs each, whole processes\n")
    print("| command | median s | slowest s | budget |\n|---|---|---|---|")
    for label, args in COMMANDS.items():
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(base + args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
        budget = BUDGET.get(label)
        verdict = "-" if budget is None else f"< {budget} s {'met' if statistics.median(times) < budget else 'MISSED'}"
        print(f"| `{label}` | {statistics.median(times):.3f} | {max(times):.3f} | {verdict} |")


if __name__ == "__main__":
    main()
