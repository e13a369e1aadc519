"""Generated edited copies of real news text, with gold sentence links.

An "article" A is n sentences drawn at random from MSRP (news sentences from
clusters of online news about the same stories; ``../shared/bench/msrp``, train
and test pooled, de-duplicated, de-tokenised). Its edited copy B is made
sentence by sentence, each edit with a fixed probability:

| edit | share | gold |
|---|---|---|
| kept verbatim | 0.40 | link, kept |
| typographic edit (curly quotes, dashes, final stop) | 0.10 | link, kept |
| reworded: replaced by its MSRP paraphrase (pairs judged paraphrases by MSRP's annotators) | 0.20 | link, reworded |
| dropped | 0.10 | none |
| split in two at ", and" / ", but" / ";" ("X, and Y" -> "X." "And Y."; halves of 6+ words) | 0.10 | two links, kept |
| merged with the next A sentence ("First. Second." -> "First; second.") | 0.10 | two links, kept |

An edit that cannot apply (no paraphrase, no split point, last sentence) keeps
the sentence. Then 0.10 x n sentences are *added* at random places: each is an
MSRP sentence outside A that shares a rare content word with a random A
sentence (same topic, different statement), and 0.05 x n sentences of B are
*moved* to random places. Gold links join each A sentence to the B
sentence(s) carrying it. Everything is seeded and every choice is made in a
fixed order (a random.Random(seed), sets sorted before use), so
``make_pair(n, seed)`` returns the same pair in every process and on every
machine, whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

import os
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EDITS = (("kept", 0.40), ("typographic", 0.10), ("reworded", 0.20), ("dropped", 0.10),
         ("split", 0.10), ("merged", 0.10))
ADDED_SHARE = 0.10
MOVED_SHARE = 0.05
_SPLIT = re.compile(r", and |, but |; ")
_STOP = frozenset("the a an of to in and or for on at by with from that this is was were be been has have had "
                  "it its he she they we said says will would as but not are which who".split())


@dataclass(frozen=True)
class EditedPair:
    """Sentences of A and of its edited copy B; ``links`` are the gold (a, b) index pairs."""

    a: tuple[str, ...]
    b: tuple[str, ...]
    links: frozenset[tuple[int, int]]
    kept: frozenset[tuple[int, int]]


def data_dir() -> Path:
    env = os.environ.get("MEDIADIFF_BENCH_DATA")
    return Path(env) / "msrp" if env else ROOT.parent / "shared" / "bench" / "msrp"


def detokenise(text: str) -> str:
    text = text.replace("<QUOTE>", '"')
    text = re.sub(r" ([.,;:?!%)])", r"\1", text)
    text = re.sub(r"([($]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d)\b", r"\1", text)
    return re.sub(r'" ([^"]*?) "', r'"\1"', text)


@lru_cache(maxsize=1)
def sources() -> tuple[tuple[tuple[str, str | None], tuple[str, ...]], ...]:
    """One row per cluster of MSRP sentences linked by pairs: (sentence, its paraphrase or None), all members.

    A takes at most one sentence per cluster, so no two sentences of A are
    paraphrases of each other; additions come from clusters A does not use.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs = []
    for split in ("train", "test"):
        lines = (data_dir() / f"msr_paraphrase_{split}.txt").read_text(encoding="utf-8-sig").splitlines()[1:]
        for line in lines:
            quality, _, _, first, second = line.split("\t")
            first, second = detokenise(first), detokenise(second)
            pairs.append((quality == "1", first, second))
            parent[find(first)] = find(second)
    clusters: dict[str, dict] = {}
    for positive, first, second in pairs:
        row = clusters.setdefault(find(first), {"members": {}, "pick": None})
        row["members"].update({first: None, second: None})
        if positive and row["pick"] is None:
            row["pick"] = (first, second)
    out = []
    for row in clusters.values():
        members = tuple(row["members"])
        out.append((row["pick"] or (members[0], None), members))
    return tuple(out)


def _typographic(text: str, rng: random.Random) -> str:
    text = re.sub(r'"([^"]*)"', "“\\1”", text).replace("'", "’").replace(" - ", " — ")
    if rng.random() < 0.5 and text.endswith("."):
        text = text[:-1]
    return text


def _split(text: str) -> tuple[str, str] | None:
    for match in _SPLIT.finditer(text):
        head, tail = text[: match.start()], text[match.end():]
        if len(head.split()) >= 6 and len(tail.split()) >= 6:
            joiner = match.group().strip(" ,;")
            if joiner:
                return head + ".", joiner.capitalize() + " " + tail
            return head + ".", tail[0].upper() + tail[1:]
    return None


def _merge(first: str, second: str) -> str:
    word = second.split()[0]
    lower = word.lower() in _STOP or word in ("He", "She", "They", "It", "We", "But", "Some", "Many")
    return first.rstrip(".") + "; " + (second[0].lower() + second[1:] if lower else second)


def _topic_index(texts: list[str]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for k, text in enumerate(texts):
        for word in set(re.findall(r"[a-z]{5,}", text.lower())) - _STOP:
            index[word].append(k)
    return index


def make_pair(n: int, seed: int = 0) -> EditedPair:
    """An article of ``n`` MSRP sentences and its edited copy, with gold links."""
    rng = random.Random(seed)
    pool = list(sources())
    order = rng.sample(range(len(pool)), len(pool))
    chosen, rest = order[:n], order[n:]
    a = [pool[k][0][0] for k in chosen]
    paraphrase = [pool[k][0][1] for k in chosen]
    b: list[tuple[str, list[int], bool]] = []  # text, A sources, kept
    i = 0
    while i < n:
        edit = rng.choices([e for e, _ in EDITS], [w for _, w in EDITS])[0]
        parts = _split(a[i]) if edit == "split" else None
        if edit == "dropped":
            pass
        elif edit == "typographic":
            b.append((_typographic(a[i], rng), [i], True))
        elif edit == "reworded" and paraphrase[i]:
            b.append((paraphrase[i], [i], False))
        elif parts:
            b.extend([(parts[0], [i], True), (parts[1], [i], True)])
        elif edit == "merged" and i + 1 < n:
            b.append((_merge(a[i], a[i + 1]), [i, i + 1], True))
            i += 1
        else:
            b.append((a[i], [i], True))
        i += 1
    spare = [text for k in rest for text in pool[k][1]]
    topics = _topic_index(spare)
    for _ in range(int(ADDED_SHARE * n)):
        # rarest word first, ties by spelling: a set's order depends on hash randomisation
        words = sorted(set(re.findall(r"[a-z]{5,}", rng.choice(a).lower())) - _STOP,
                       key=lambda w: (len(topics.get(w, ())) or 10**9, w))
        near = topics.get(words[0], []) if words else []
        text = spare[rng.choice(near)] if near else rng.choice(spare)
        b.insert(rng.randrange(len(b) + 1), (text, [], False))
    for _ in range(int(MOVED_SHARE * n)):
        b.insert(rng.randrange(len(b)), b.pop(rng.randrange(len(b))))
    links = frozenset((i, j) for j, (_, sources_, _) in enumerate(b) for i in sources_)
    kept = frozenset((i, j) for j, (_, sources_, same) in enumerate(b) if same for i in sources_)
    return EditedPair(tuple(a), tuple(text for text, _, _ in b), links, kept)
