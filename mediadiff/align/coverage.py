"""Which outlets report which facts: sentence clusters across many articles.

For a handful of articles (up to ``PAIRWISE_LIMIT``) ``compare_many`` runs the
two-article aligner on every pair, so a fact links exactly as in ``compare``
(paraphrases and same-fact rewordings). For more articles that would be
quadratic in articles, so it scores only sentence pairs that share a content
stem (an inverted index keeps 200 articles tractable) and links each sentence
to its best partner in every other article when the link is mutual and above
the paraphrase threshold. Either way the connected components (union-find) of
the links are the facts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mediadiff.align.alignment import DEFAULT_SAME_FACT_FLOOR, DEFAULT_THRESHOLD, align_sentences
from mediadiff.align.params import (
    COMMON_STEM_SHARE,
    PAIRWISE_LIMIT,
)
from mediadiff.align.similarity import features, guess_language, score_features
from mediadiff.models import Article, MediadiffError


class TooFewArticlesError(MediadiffError):
    """compare_many needs at least two distinct articles."""


@dataclass(frozen=True)
class Fact:
    """A cluster of sentences that say the same thing in different articles.

    ``sentences`` maps article id to that article's sentence indices in the
    cluster; ``text`` is the sentence from the earliest listed article.
    """

    id: int
    text: str
    sentences: dict[str, tuple[int, ...]]

    @property
    def outlets(self) -> int:
        return len(self.sentences)


@dataclass(frozen=True)
class Coverage:
    """Facts x articles: ``matrix[f][k]`` is True when article k reports fact f.

    ``facts`` are ordered by how many articles report them (most first);
    only facts reported by at least ``min_articles`` articles are listed.
    """

    articles: tuple[Article, ...]
    facts: tuple[Fact, ...]
    threshold: float
    warnings: tuple[str, ...] = ()

    @property
    def matrix(self) -> tuple[tuple[bool, ...], ...]:
        return tuple(tuple(a.id in f.sentences for a in self.articles) for f in self.facts)

    def to_dict(self) -> dict:
        return {
            "articles": [{"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published}
                         for a in self.articles],
            "facts": [{"id": f.id, "text": f.text, "outlets": f.outlets,
                       "sentences": {k: list(v) for k, v in f.sentences.items()}} for f in self.facts],
            "matrix": [list(row) for row in self.matrix],
            "threshold": self.threshold,
            "warnings": list(self.warnings),
        }


def compare_many(
    articles: Sequence[Article], *, threshold: float = DEFAULT_THRESHOLD, min_articles: int = 2,
    same_fact_floor: float = DEFAULT_SAME_FACT_FLOOR,
) -> Coverage:
    """Cluster the sentences of many articles into facts and say who reports each.

    ``threshold`` as in ``align_sentences``; ``min_articles`` (>= 2) is the
    fewest articles a fact must appear in to be listed. Raises
    ``TooFewArticlesError`` for fewer than two distinct articles; articles
    without sentences and duplicates (same id) are skipped with a warning.
    """
    warnings: list[str] = []
    kept: list[Article] = []
    for art in articles:
        if any(k.id == art.id for k in kept):
            warnings.append(f"article {art.id} given twice; compared once")
        elif not art.sentences:
            warnings.append(f"article {art.label} has no body sentences; skipped")
        else:
            kept.append(art)
    if len(kept) < 2:
        raise TooFewArticlesError("compare_many needs at least two distinct articles with body text")
    languages = {art.id: guess_language(art.body) for art in kept}
    if len(set(languages.values()) - {None}) > 1:
        listed = ", ".join(f"{k}: {v}" for k, v in languages.items() if v)
        warnings.append(f"articles are in different languages ({listed}); few sentences can align")
    nodes = [(k, s.index, features(s.text)) for k, art in enumerate(kept) for s in art.sentences]
    parent = list(range(len(nodes)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if len(kept) <= PAIRWISE_LIMIT:
        _link_pairwise(kept, parent, find, threshold, same_fact_floor)
    else:
        warnings.append(f"{len(kept)} articles: facts are linked at paraphrase level only "
                        f"(same-fact rewordings are found for up to {PAIRWISE_LIMIT} articles)")
        _link_by_index(nodes, parent, find, threshold)
    clusters: dict[int, list[int]] = defaultdict(list)
    for n in range(len(nodes)):
        clusters[find(n)].append(n)
    facts = []
    for members in clusters.values():
        by_article: dict[int, list[int]] = defaultdict(list)
        for n in members:
            by_article[nodes[n][0]].append(nodes[n][1])
        if len(by_article) >= max(2, min_articles):
            first = min(by_article)
            text = kept[first].sentences[min(by_article[first])].text
            facts.append((by_article, text))
    facts.sort(key=lambda f: (-len(f[0]), min(f[0]), min(f[0][min(f[0])])))
    return Coverage(
        tuple(kept),
        tuple(Fact(i, text, {kept[k].id: tuple(sorted(v)) for k, v in sorted(ba.items())})
              for i, (ba, text) in enumerate(facts)),
        threshold,
        tuple(warnings),
    )


def _link_pairwise(articles: Sequence[Article], parent: list[int], find: Any, threshold: float,
                   same_fact_floor: float) -> None:
    """Union the sentences the two-article aligner links, for every pair of articles."""
    offsets, total = [], 0
    for art in articles:
        offsets.append(total)
        total += len(art.sentences)
    for k in range(len(articles)):
        for other in range(k + 1, len(articles)):
            pairs = align_sentences(articles[k].sentences, articles[other].sentences, threshold=threshold,
                                    same_fact_floor=same_fact_floor)
            for pair in pairs:
                if pair.status in ("kept", "reworded"):
                    nodes = [offsets[k] + i for i in pair.a_indices] + [offsets[other] + j for j in pair.b_indices]
                    for node in nodes[1:]:
                        parent[find(node)] = find(nodes[0])


def _link_by_index(nodes: list[tuple[int, int, Any]], parent: list[int], find: Any, threshold: float) -> None:
    """Union mutual best partners above ``threshold``, scoring only pairs that share a stem."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, (_, _, feats) in enumerate(nodes):
        for key in feats.weights:
            postings[key].append(n)
    limit = max(50, int(COMMON_STEM_SHARE * len(nodes)))
    # best[(node, other article)] = (score, partner node)
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for n, (k, _, feats) in enumerate(nodes):
        candidates = {m for key in feats.weights if len(postings[key]) <= limit for m in postings[key]}
        for m in candidates:
            if m <= n or nodes[m][0] == k:
                continue
            score = score_features(feats, nodes[m][2])
            if score < threshold:
                continue
            for a, b in ((n, m), (m, n)):
                slot = (a, nodes[b][0])
                if score > best.get(slot, (0.0, -1))[0]:
                    best[slot] = (score, b)
    for (n, _other), (_, m) in best.items():
        if best.get((m, nodes[n][0]), (0.0, -1))[1] == n:
            parent[find(n)] = find(m)
