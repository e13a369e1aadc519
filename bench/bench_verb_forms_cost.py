"""What the forms of rated verbs (``data/wordnet_verb_forms.tsv``, read into the news lexicon) cost: CPU time of
news tone and of sentence scoring as ``score`` does it (``_score_span``) with the shipped news lexicon and with the
lexicon before (the forms left out), swapped outside the clock, interleaved with plain VADER, in one process, on
the 5,190 NYT editorial snippets; CPU seconds (``time.process_time``), median of seven runs of each. The forms are
123 more keys of one dictionary, read once, so the two should cost the same.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/bench_verb_forms_cost.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_sentiment import read_nyt  # noqa: E402
from interleaved import interleaved_medians, print_against  # noqa: E402

from mediadiff.tone import reader  # noqa: E402
from mediadiff.tone import sentiment as S  # noqa: E402
from mediadiff.tone.lexicons import load_lexicon  # noqa: E402
from mediadiff.tone.scoring import _score_span  # noqa: E402


def main() -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    texts = [t for _, _, t in read_nyt()]
    lexicon, plain, analyzer = load_lexicon(), SentimentIntensityAnalyzer(), S._analyzer(True)
    shipped, forms = analyzer.lexicon, S.verb_forms()
    before = {w: v for w, v in shipped.items() if w not in forms}

    def using(words: dict):
        def swap() -> None:
            analyzer.lexicon = words
            S._notes.cache_clear()
            S._listing.cache_clear()
            S._listable.cache_clear()
            reader._RECORDS.clear()  # scoring's per-token records flag the news lexicon's words
        return swap

    def tone() -> None:
        for t in texts:
            S.sentence_tone(t)

    def scoring() -> None:
        for t in texts:
            _score_span(t, 0, len(t), index=0, article_id=None, lexicon=lexicon)

    vader = "plain VADER `polarity_scores`"
    runs = {vader: (None, lambda: [plain.polarity_scores(t) for t in texts]),
            "news tone, with the forms of rated verbs": (using(shipped), tone),
            "news tone, without them (before)": (using(before), tone),
            "sentence scoring as `score` does it, with the forms": (using(shipped), scoring),
            "sentence scoring, without them (before)": (using(before), scoring)}
    try:
        print_against(interleaved_medians(runs), vader, what=f"{len(texts):,} NYT snippets")
    finally:
        using(shipped)()


if __name__ == "__main__":
    main()
