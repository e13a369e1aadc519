"""What the WordNet-propagated adjectives (``data/wordnet_adjectives.tsv``) cost: CPU time of news tone and of
sentence scoring with Pattern's member reading them and reading Pattern's adjectives only, in one process.

Scores the 5,190 NYT editorial snippets with plain VADER, news tone and sentence scoring as ``score`` does it
(``_score_span``), each with both lexicons (swapped outside the clock), interleaved; CPU seconds
(``time.process_time``), median of seven runs of each.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/bench_wordnet_cost.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from interleaved import interleaved_medians, print_against  # noqa: E402
from nyt_workloads import PLAIN_VADER, nyt_workloads  # noqa: E402

from mediadiff.tone import pattern as P  # noqa: E402
from mediadiff.tone import reader  # noqa: E402
from mediadiff.tone import sentiment as S  # noqa: E402


def main() -> None:
    texts, plain_vader, tone, scoring = nyt_workloads()
    shipped = P.load_pattern_lexicon
    full = shipped()
    only_pattern = {w: row for w, row in full.items() if w not in P.wordnet_words()}

    def use(words: dict) -> None:
        P.load_pattern_lexicon = S.load_pattern_lexicon = lambda: words
        for cached in (P._polarities, P._modifiers, P._triggers):
            cached.cache_clear()
        reader._RECORDS.clear()  # scoring's per-token records flag the words Pattern's member rates
        P._polarities(), P._modifiers(), P._triggers()

    vader = PLAIN_VADER
    runs = {vader: (lambda: use(full), plain_vader),
            "news tone, with the WordNet words": (lambda: use(full), tone),
            "news tone, Pattern's adjectives only (before)": (lambda: use(only_pattern), tone),
            "sentence scoring as `score` does it, with the WordNet words": (lambda: use(full), scoring),
            "sentence scoring, Pattern's adjectives only (before)": (lambda: use(only_pattern), scoring)}
    medians = interleaved_medians(runs)
    use(full)
    print_against(medians, vader, what=f"{len(texts):,} NYT snippets")

if __name__ == "__main__":
    main()
