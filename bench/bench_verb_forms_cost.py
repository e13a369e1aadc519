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

from news_lexicon_cost import shipped_news_lexicon, time_against_before  # noqa: E402

from mediadiff.tone import sentiment as S  # noqa: E402


def main() -> None:
    forms = S.verb_forms()
    before = {w: v for w, v in shipped_news_lexicon().items() if w not in forms}
    time_against_before(before, shipped_as="with the forms of rated verbs", before_as="without them")


if __name__ == "__main__":
    main()
