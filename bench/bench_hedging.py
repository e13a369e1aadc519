"""Sentence-level hedge detection: CoNLL-2010 Wikipedia test and BioScope.

F1 of the uncertain class. Systems: the bare Hyland (2005) list (any match =
uncertain), mediadiff's default news lexicon (``SentenceScore.hedged``), and
the ``wikipedia`` profile whose weights and threshold were learned on the
Wikipedia TRAIN split by bench/learn_hedge_weights.py. Nothing is tuned here.

    python bench/bench_hedging.py
"""

from __future__ import annotations

import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from learn_hedge_weights import bench_dir, f1, read_wikiweasel  # noqa: E402

from mediadiff.tone.lexicons import Lexicon, LexiconEntry, load_lexicon, tokenize  # noqa: E402

RESULTS = REPO / "bench" / "results" / "scoring.md"


def hyland() -> Lexicon:
    path = bench_dir() / "bias_lexicons" / "hedges_hyland2005.txt"
    words = [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
    return Lexicon(tuple(LexiconEntry("hedge", w, tuple(t.norm for t in tokenize(w)), 1.0) for w in words))


def read_bioscope() -> list[tuple[str, int]]:
    out = []
    for name in ("abstracts.xml", "full_papers.xml"):
        root = ET.parse(bench_dir() / "hedge_bioscope" / name).getroot()
        for sentence in root.iter("sentence"):
            text = "".join(sentence.itertext()).strip()
            spec = any(c.get("type") == "speculation" for c in sentence.iter("cue"))
            if text:
                out.append((text, int(spec)))
    return out


def hedged(lexicon: Lexicon, text: str) -> bool:
    tokens = tokenize(text)
    return lexicon.is_hedged(lexicon.hedge_score(tokens, lexicon.find(text, tokens)))


def prf(lexicon: Lexicon, data: list[tuple[str, int]]) -> tuple[float, float, float]:
    pred = [hedged(lexicon, t) for t, _ in data]
    gold = [y for _, y in data]
    tp = sum(p and g for p, g in zip(pred, gold))
    return (tp / max(sum(pred), 1), tp / max(sum(gold), 1), f1(pred, gold))


def write_section(name: str, body: str) -> None:
    """Replace this script's block in bench/results/scoring.md, keeping the others."""
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Scoring benchmarks\n"
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")


def main() -> None:
    t0 = time.perf_counter()
    systems = {
        "Hyland 2005 list, any match": hyland(),
        "mediadiff news lexicon (default)": load_lexicon("news"),
        "mediadiff `wikipedia` profile (weights learned on Wikipedia train)": load_lexicon("wikipedia"),
    }
    sets = {"Wikipedia test (7,288)": read_wikiweasel("test"), "BioScope abstracts+papers": read_bioscope()}
    lines = ["| system | " + " | ".join(f"{s} P / R / **F1**" for s in sets) + " |",
             "|---|" + "---|" * len(sets)]
    for name, lexicon in systems.items():
        cells = []
        for data in sets.values():
            p, r, f = prf(lexicon, data)
            cells.append(f"{p:.3f} / {r:.3f} / **{f:.3f}**")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(table)
    n_bio = len(sets["BioScope abstracts+papers"])
    write_section("hedging", f"""## Hedge detection (sentence level, F1 of the uncertain class)

Command: `python bench/bench_hedging.py` (from the repo root; data from `../shared/bench`
or `$MEDIADIFF_BENCH_DATA`; {time.perf_counter() - t0:.0f} s). Weights re-learned with
`python bench/learn_hedge_weights.py` (reads `hedge_wikiweasel/train.csv` only).

{table}

What is measured:
- **`wikipedia` profile** = the learned classifier: L1 logistic regression over word unigrams/bigrams
  (min. 2 train sentences), fitted on Wikipedia *train*; C and the probability threshold picked by 5-fold
  CV on train. Its non-zero coefficients are the shipped cue weights (log-odds); a sentence is uncertain
  when sigmoid(bias + sum of its n-gram weights) reaches the threshold. (The Tjong Kim Sang 2010
  precision/max-cue baseline reached CV F1 0.58 on train and 0.569 on test, below the 0.60 target.)
  These `scope=wiki` rows (weasel words such as "some", "many", "is considered") live in
  `mediadiff/data/hedges.tsv` but are **not** used by mediadiff's default scoring.
- **news lexicon** = what `score_text`/`score_article` use (`SentenceScore.hedged`): curated epistemic
  hedges with hand-set news weights. It is not built for Wikipedia weasels, so its low recall there is expected.
- BioScope ({n_bio:,} sentences; uncertain iff a `speculation` cue): evaluation only, **no weights adapted**
  to the biomedical domain. CoNLL-2010 anchors: Wikipedia best ~60 (official eval set, different class balance),
  Tjong Kim Sang cue-weight baseline 62.8; BioScope best 86.4 on the held-out bio set.
""")


if __name__ == "__main__":
    main()
