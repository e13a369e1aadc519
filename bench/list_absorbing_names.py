"""List the actor names that ``merge_actors`` folds into a longer name across a corpus.

Attributes every article of a corpus folder, merges their actor names as ``voices`` and ``score --by actor``
do (``voices.summary.articles_names``) and prints the count of shown names, the shown names with "and", "of"
or a possessive that absorb other names (the QA scan of the voicesmerge pass), and with ``--all`` every name
folded into another, with its mentions:

    python bench/list_absorbing_names.py /work/shared/bench/allsides_stories/corpus
    python bench/list_absorbing_names.py /work/shared/bench/polnear/train/text --all
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    import mediadiff
    from mediadiff.voices.actor_names import attribution_names, corpus_names
    from mediadiff.voices.attribution import attribute

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--all", action="store_true", help="every folded name, with its mentions")
    args = parser.parse_args()
    results = [attribute(article) for article in mediadiff.load_corpus(args.corpus)]
    names = [name for result in results for name in attribution_names(result)]
    shown = corpus_names(results)
    groups: dict[str, set[str]] = defaultdict(set)
    for name, lead in shown.items():
        groups[lead].add(name)
    absorbing = sorted((lead, sorted(members - {lead})) for lead, members in groups.items() if members - {lead}
                       and any(mark in lead for mark in (" and ", " of ", "'s ", "’s ")))
    print(f"{len(groups)} shown names; {len(absorbing)} with and/of/'s absorbing other names")
    for lead, members in absorbing:
        print(f"   {lead} <= {members[:6]}")
    if args.all:
        counts = Counter(names)
        for name, lead in sorted(shown.items(), key=lambda kv: (kv[1], kv[0])):
            if name != lead:
                print(f"{counts[name]:5d}  {name!r} -> {lead!r}")


if __name__ == "__main__":
    main()
