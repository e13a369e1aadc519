"""List the size words of ``mediadiff/tone/sizes.py`` (``SIZE_WORDS``): adjectives of size, amount or importance that
a member of news tone rates positive.

A word is listed when its commonest WordNet 3.0 adjective sense (the first in index.adj, SemCor's order) is the head
of, or a satellite similar to ("&"), large.a.01 (01382086), considerable.a.01 (00624026), significant.a.01 (02161433)
or important.a.01 (01275562), and the shipped news tone rates it positive (VADER's news lexicon, Pattern, the
WordNet and SentiWordNet tables: ``sentence_tone`` lists it with a positive value in "It was WORD news today.").
Prints the words; ``sizes.SIZE_WORDS`` is this list.

    apt-get install wordnet-base  # WordNet 3.0 in /usr/share/wordnet
    python bench/make_size_words.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediadiff.tone.sentiment import sentence_tone  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
HEADS = {"01382086", "00624026", "02161433", "01275562"}


def size_synsets() -> set[str]:
    """Offsets of the heads and of every satellite similar to one."""
    found = set()
    for line in (WORDNET / "data.adj").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        rest = fields[4 + 2 * int(fields[3], 16):]
        pointers = [rest[1 + 4 * i: 5 + 4 * i] for i in range(int(rest[0]))]
        if fields[0] in HEADS or any(p[0] == "&" and p[1] in HEADS for p in pointers):
            found.add(fields[0])
    return found


def main() -> None:
    if not WORDNET.is_dir():
        sys.exit(f"needs WordNet 3.0 in {WORDNET}: apt-get install wordnet-base")
    sizes, words = size_synsets(), []
    for line in (WORDNET / "index.adj").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        word, offsets = fields[0], fields[4 + int(fields[3]) + 2:]
        if "_" in word or offsets[0] not in sizes:
            continue
        rated = [w for w in sentence_tone(f"It was {word} news today.").words if w.startswith(word + " (")]
        if rated and all(re.search(r"[+]\d", w) for w in rated):
            words.append(word)
    print(" ".join(words))


if __name__ == "__main__":
    main()
