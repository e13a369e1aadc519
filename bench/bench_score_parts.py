"""Where sentence scoring's time goes: CPU time with each part switched off in turn, in one process.

Scores the 5,190 NYT editorial snippets as ``score`` does (``_score_span``, results kept in a list) with
everything on, and with each of these replaced by a stub that returns "nothing found": Pattern's member of
news tone, certainty, name masking with the news rules, and the whole news tone (VADER, masking, Pattern, tone
words). Plain VADER in the same process for scale; CPU seconds (``time.process_time``), median of five
interleaved runs. A part's share is what switching it off saves, so it includes the memory it allocates.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/bench_score_parts.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_sentiment import read_nyt  # noqa: E402

from mediadiff.tone import scoring, sentiment  # noqa: E402
from mediadiff.tone.lexicons import load_lexicon  # noqa: E402


def main() -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    texts = [t for _, _, t in read_nyt()]
    plain, lexicon = SentimentIntensityAnalyzer(), load_lexicon()
    # each part as (module, name, stub) triples: masking has one function per way of reading the sentence
    stubs = {"Pattern's member": [(sentiment, "pattern_parts", lambda *a, **k: sentiment.NO_PATTERN_PARTS)],
             "certainty": [(scoring, "certainty_parts", lambda *a, **k: (1.0, ()))],
             "name masking and news rules": [(sentiment, "mask_parts", lambda text, **k: (text, (), ())),
                                             (sentiment, "masked_parts", lambda text, *a, **k: (text, (), (), {}))],
             "the whole news tone": [(scoring, "tone_parts", lambda text, **k: (0.0, (), ()))]}

    def score() -> None:
        [scoring._score_span(t, 0, len(t), index=0, article_id=None, lexicon=lexicon) for t in texts]

    def without(part: str):  # type: ignore[no-untyped-def]
        real = [(module, name, getattr(module, name)) for module, name, _ in stubs[part]]

        def run() -> None:
            for module, name, stub in stubs[part]:
                setattr(module, name, stub)
            try:
                score()
            finally:
                for module, name, function in real:
                    setattr(module, name, function)
        return run

    runs = {"plain VADER": lambda: [plain.polarity_scores(t) for t in texts], "sentence scoring": score,
            **{part: without(part) for part in stubs}}
    for run in runs.values():
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(5):
        for name, run in runs.items():
            start = time.process_time()
            run()
            times[name].append(time.process_time() - start)
    median = {name: statistics.median(values) for name, values in times.items()}
    full, n = median["sentence scoring"], len(texts)
    print(f"{n:,} NYT snippets; CPU seconds, median of 5 interleaved runs\n")
    print("| part of sentence scoring | CPU time without it | its share | per sentence |\n|---|---|---|---|")
    vader = median["plain VADER"]
    print(f"| (plain VADER, same process) | {vader:.3f} s | | {vader / n * 1e6:.0f} us |")
    print(f"| (sentence scoring, everything on: {full / vader:.2f}x VADER) | {full:.3f} s | 100% "
          f"| {full / n * 1e6:.0f} us |")
    for part in stubs:
        print(f"| {part} | {median[part]:.3f} s | {(full - median[part]) / full:.0%} | "
              f"{(full - median[part]) / n * 1e6:.0f} us |")


if __name__ == "__main__":
    main()
