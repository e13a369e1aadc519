"""Error analysis of news tone on the NYT editorial snippets with ODD article ids (issue 14, NYT item).

Each odd-id snippet is scored out of fold (5 folds grouped by article, the first shuffling of
bench/learn_tone_blend.py: news valences fitted without the snippet's fold), the rating (-4..4) is regressed on the
score (Pearson r is linear: the least-squares line is what r measures), and the snippets with the largest
|rating - fitted| are listed with the words behind their score. Each of the 100 largest was read and given one
main cause by hand (bench/results/nyt_error_causes.tsv, for the tone before TOPIC_NOUN_WEIGHT: topic nouns at full
valence); the table counts them per cause, with the mean |residual| of the same snippets under the tone before and
under the shipped tone. Nothing from the even ids is read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/analyse_nyt_errors.py          # the table
    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/analyse_nyt_errors.py --list   # the 100 snippets
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import learn_topic_noun_weight as W  # noqa: E402
from bench_sentiment import read_nyt  # noqa: E402

from mediadiff.tone.newsrules import topic_words  # noqa: E402
from mediadiff.tone.params import PATTERN_WEIGHT, TOPIC_NOUN_WEIGHT  # noqa: E402
from mediadiff.tone.sentiment import sentence_tone  # noqa: E402

LABELS = REPO / "bench" / "results" / "nyt_error_causes.tsv"
TOP = 100
CAUSES = {
    "missed": "missed word: the evaluative word or phrase is in no lexicon (\"baffling\", \"flourished\", \"devoid\")",
    "topic": "topic or role word counted as tone (\"care\", \"free speech\", \"credit\", \"for the poor\")",
    "negation": "negation, contrast or quantifier structure (\"few find it funny\", \"not worth\")",
    "figurative": "irony, sarcasm, idiom or metaphor (\"Dreams won't pay the rent\")",
    "reducer": "a bad thing the sentence reduces, ends or lacks read as bad news (\"reduce the risk of ...\")",
    "weak": "the one tone word is rated but weakly (\"Hooray.\", \"an American hero\", \"absurd\")",
    "exclamation": "an exclamation with no rated word (\"Of course they could!\")",
    "sense": "a lexicon word in a non-evaluative sense (\"as well\", \"strong opposition\", \"the right size\")",
    "wrong_sign": "a rated word with the wrong sign (WordNet words \"awed\", \"irrepressible\")",
    "saturation": "many tone words saturating VADER's compound, or one divided by length",
    "rule": "a set-aside rule removed the tone word (\"A promising feature ... is\")",
}


def residuals(run: dict, w: float):
    """(out-of-fold score, rating minus the least-squares line through the scores) on the first shuffling."""
    import numpy as np
    from learn_news_valence import compound

    _, total = run["folds"][0]
    score = (1 - w) * compound(total, run["n_words"]) + w * run["pattern"]
    slope, intercept = np.polyfit(score, run["y"], 1)
    return score, run["y"] - (slope * score + intercept)


def main() -> None:
    import numpy as np

    ids = [i for i, _, _ in read_nyt() if int(i.split("_")[0]) % 2 == 1]
    before = W.held_out()
    topic = topic_words()
    shipped = W.held_out(lambda word: TOPIC_NOUN_WEIGHT if word in topic else 1.0)
    score, residual = residuals(before, PATTERN_WEIGHT)
    _, after = residuals(shipped, PATTERN_WEIGHT)
    order = np.argsort(-np.abs(residual))[:TOP]
    if "--list" in sys.argv:
        for rank, i in enumerate(order):
            text = before["nyt"][i][2]
            print(f"{rank}\t{ids[i]}\trating {before['y'][i]:+.2f}\tscore {score[i]:+.2f}\tresidual {residual[i]:+.2f}"
                  f"\t{text}\t{'; '.join(sentence_tone(text).words)}")
        return
    rows = [line.split("\t") for line in LABELS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(("#", "id\t"))]
    cause = {row[0]: row[1] for row in rows}
    position = {snippet: i for i, snippet in enumerate(ids)}
    if sorted(cause) != sorted(ids[i] for i in order):
        sys.exit(f"{LABELS.name} does not list this run's {TOP} largest residuals (the tone before changed?)")
    grouped = defaultdict(list)
    for snippet, name in cause.items():
        grouped[name].append(position[snippet])
    print(f"| cause | of the {TOP} | mean rating | mean \\|residual\\| before | topic nouns x{TOPIC_NOUN_WEIGHT} |")
    print("|---|---|---|---|---|")
    for name, members in sorted(grouped.items(), key=lambda item: -len(item[1])):
        print(f"| {CAUSES[name]} | {len(members)} | {before['y'][members].mean():+.2f} | "
              f"{np.abs(residual[members]).mean():.2f} | {np.abs(after[members]).mean():.2f} |")
    print(f"| all {TOP} | {TOP} | {before['y'][order].mean():+.2f} | {np.abs(residual[order]).mean():.2f} | "
          f"{np.abs(after[order]).mean():.2f} |")
    print(f"all {len(ids)} odd-id snippets: residual SD {residual.std():.3f} before, {after.std():.3f} after")


if __name__ == "__main__":
    main()
