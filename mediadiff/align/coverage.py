"""Which outlets report which facts: sentence clusters across many articles.

``compare_many`` runs the full two-article aligner on every pair of articles,
so two sentences are linked exactly when ``compare`` would align them. A fact
is then a group of sentences that are linked *to each other*, not merely
through a chain: groups grow from the strongest links down, and two groups
merge only when most pairs of their sentences from different articles (more
than half) are themselves linked. One sentence that says two things
therefore no longer glues two different facts together (a near-clique rule,
where connected components chained whole articles into one "fact").
A sentence that ``compare`` aligns but that joins no group (linked to one
member of a fact and not to the others) is not lost: it and its strongest
partner form a fact of their own, so an article whose lead another outlet
rewords is shown carrying that fact (its partner is then in two facts). The
sentences of one article left alone with the same strongest partner form that
one fact with it: an article that says in three sentences what another says in
one (a split) is one row, not three rows that repeat the one. Sentences of
different articles left alone with one partner stay apart (the partner may say
two things, one to each, as a lead does).
An article that carries a fact only through links its pairwise comparison marks uncertain (a row shown
"reworded (same fact?)": "struck at 7:48 a.m." / "struck at 4:43 a.m.", two quakes) is listed in the fact's
``uncertain``, and every rendering marks it apart from a plain tick.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from mediadiff.align.alignment import DEFAULT_THRESHOLD, AlignedPair, align_sentences
from mediadiff.align.comparison import sentence_numbers
from mediadiff.align.params import MAX_ARTICLES
from mediadiff.align.similarity import guess_language
from mediadiff.models import Article, MediadiffError, fields_dict

Node = tuple[int, int]  # (article position, sentence index)


# What every rendering (text, Markdown, HTML) calls ``Coverage.sentences_in_facts``, its last row.
COUNT_NOTE = "sentences in these facts (each counted once)"


class TooFewArticlesError(MediadiffError):
    """compare_many needs at least two distinct articles."""


class TooManyArticlesError(MediadiffError):
    """compare_many was given more articles than it can align pairwise in reasonable time."""


@dataclass(frozen=True)
class Fact:
    """A cluster of sentences that say the same thing in different articles.

    ``sentences`` maps article id to that article's sentence indices in the
    cluster; ``text`` is the sentence from the earliest listed article, or from
    the next one when that sentence already names another fact. ``uncertain``:
    the ids of the articles whose sentences are linked to the fact's other
    articles only by rows their two-article comparison marks uncertain (same fact?).
    """

    id: int
    text: str
    sentences: dict[str, tuple[int, ...]]
    uncertain: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """``id``, ``text`` and ``sentences`` (article id -> sentence indices); ``Coverage.to_dict`` adds the counts."""
        return fields_dict(self)

    @property
    def n_articles(self) -> int:
        """How many articles carry the fact (an outlet may have several articles: ``Coverage.to_dict``
        counts distinct outlets too)."""
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

    def _outlets_of(self, fact: Fact) -> int:
        """Distinct outlets among the fact's articles; an article without an outlet counts as its own."""
        outlet = {a.id: a.outlet or f"article {a.id}" for a in self.articles}
        return len({outlet.get(article_id, article_id) for article_id in fact.sentences})

    def sentences_in_facts(self) -> tuple[int, ...]:
        """Per article (in ``articles`` order): how many of its sentences sit in a listed fact, each counted
        once. The count of an article's ticks would count a sentence twice when it sits in two facts (a
        lone sentence's partner: on the five seeds 004 is ticked 17 times with 12 sentences)."""
        return tuple(len({i for f in self.facts for i in f.sentences.get(a.id, ())}) for a in self.articles)

    def to_dict(self) -> dict:
        """Articles (each with ``sentence_count`` and ``fact_sentence_count``, its sentences in a listed fact
        each counted once: ``sentences_in_facts``), facts (each with ``article_count`` and ``outlet_count``,
        how many articles and distinct outlets carry it, ``sentences``, article id -> indices, and
        ``uncertain``: the articles that carry it only through uncertain links), the facts x articles
        ``matrix``, the threshold and warnings. Counts are named ``*_count``, as in every JSON of mediadiff."""
        return {
            "articles": [{"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
                          "sentence_count": len(a.sentences), "fact_sentence_count": n}
                         for a, n in zip(self.articles, self.sentences_in_facts())],
            "facts": [{"id": f.id, "text": f.text, "article_count": f.n_articles,
                       "outlet_count": self._outlets_of(f),
                       "sentences": {k: list(v) for k, v in f.sentences.items()}, "uncertain": list(f.uncertain)}
                      for f in self.facts],
            "matrix": [list(row) for row in self.matrix],
            "threshold": self.threshold,
            "warnings": list(self.warnings),
        }

    def to_records(self) -> list[dict]:
        """One flat record per fact: the rows ``compare A B C ... --format csv`` writes
        (``mediadiff.to_records(coverage)``): its id (as in the JSON), its text, how many articles carry it,
        per article id the numbers of the sentences carrying it, counted from 1 as the text report and the
        two-article rows count them (empty if none), and ``uncertain``: the ids (``;``-separated) of the
        articles that carry it only through links marked uncertain (same fact?). An article whose id is one
        of those keys (a file ``text.txt``) has the column ``article:<id>``: it overwrote the fixed one."""
        fixed = ("fact", "text", "article_count", "uncertain")
        columns = {a.id: a.id for a in self.articles}
        for article_id in columns:
            while columns[article_id] in fixed or list(columns.values()).count(columns[article_id]) > 1:
                columns[article_id] = f"article:{columns[article_id]}"
        return [
            {"fact": fact.id, "text": fact.text, "article_count": fact.n_articles,
             **{columns[a.id]: sentence_numbers(fact.sentences.get(a.id, ())) for a in self.articles},
             "uncertain": ";".join(fact.uncertain)}
            for fact in self.facts
        ]


def compare_many(
    articles: Sequence[Article], *, threshold: float = DEFAULT_THRESHOLD, min_articles: int = 2,
    aligner: Callable[..., tuple[AlignedPair, ...]] | None = None,
) -> Coverage:
    """Cluster the sentences of many articles into facts and say who reports each.

    ``threshold`` is the aligner's link floor (as in ``align_sentences``);
    ``min_articles`` (>= 2) is the fewest articles a fact must appear in to be
    listed; ``aligner`` (``None``: ``align_sentences``) aligns each pair, called as it is
    (``compare`` takes the same, so a caller aligning some pairs for both
    passes one that remembers its rows). Raises ``TooFewArticlesError`` for
    fewer than two distinct articles and ``TooManyArticlesError`` beyond
    ``MAX_ARTICLES``; articles without sentences and duplicates (same id) are
    skipped with a warning.
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
    # As compare warns for two: syndicated wire copy is kept and compared, but the reader should know.
    first_with: dict[str, Article] = {}
    for art in kept:
        twin = first_with.setdefault(art.raw, art)
        if twin is not art and twin.sentences == art.sentences:
            warnings.append(f"articles {twin.id} and {art.id} have the same text")
    if len(kept) < 2:
        raise TooFewArticlesError("compare_many needs at least two distinct articles with body text")
    if len(kept) > MAX_ARTICLES:
        raise TooManyArticlesError(
            f"{len(kept)} articles: coverage aligns every pair of articles and accepts at most "
            f"{MAX_ARTICLES}; compare one event at a time (--event) or fewer articles")
    languages = {art.id: guess_language(art.body) for art in kept}
    if len(set(languages.values()) - {None}) > 1:
        listed = ", ".join(f"{k}: {v}" for k, v in languages.items() if v)
        warnings.append(f"articles are in different languages ({listed}); few sentences can align")
    links, doubtful = _pairwise(kept, threshold, aligner)
    groups = fact_groups(links)
    facts: list[dict[int, list[int]]] = []
    for members in groups:
        by_article: dict[int, list[int]] = {}
        for k, i in sorted(members):
            by_article.setdefault(k, []).append(i)
        if len(by_article) >= max(2, min_articles):
            facts.append(by_article)
    facts.sort(key=lambda f: (-len(f), min(f), min(f[min(f)])))  # stable: a lone sentence's pair after groups
    # A sentence can be in two facts (a lone sentence's pair): the second is named in the next article's words.
    named: set[Node] = set()
    texts = []
    for by_article in facts:
        firsts = [(k, v[0]) for k, v in sorted(by_article.items())]
        k, i = next((node for node in firsts if node not in named), firsts[0])
        named.add((k, i))
        texts.append(kept[k].sentences[i].text)
    return Coverage(
        tuple(kept),
        tuple(Fact(n, text, {kept[k].id: tuple(v) for k, v in sorted(ba.items())},
                   tuple(kept[k].id for k in _only_uncertain(ba, links, doubtful)))
              for n, (ba, text) in enumerate(zip(facts, texts))),
        threshold,
        tuple(warnings),
    )


def pairwise_links(articles: Sequence[Article], threshold: float) -> dict[frozenset[Node], float]:
    """Every pair of sentences the two-article aligner links, for every pair of articles, with its link score."""
    return _pairwise(articles, threshold)[0]


def _pairwise(articles: Sequence[Article], threshold: float,
              aligner: Callable[..., tuple[AlignedPair, ...]] | None = None,
              ) -> tuple[dict[frozenset[Node], float], set[frozenset[Node]]]:
    """``pairwise_links``, and those of its links made by rows marked uncertain (``AlignedPair.uncertain``)."""
    links: dict[frozenset[Node], float] = {}
    doubtful: set[frozenset[Node]] = set()
    for k, other in combinations(range(len(articles)), 2):
        rows = (aligner or align_sentences)(articles[k].sentences, articles[other].sentences, threshold=threshold)
        for row in rows:
            if row.status in ("kept", "reworded"):
                for i in row.a_indices:
                    for j in row.b_indices:
                        links[frozenset({(k, i), (other, j)})] = row.score
                        if row.uncertain:
                            doubtful.add(frozenset({(k, i), (other, j)}))
    return links, doubtful


def _only_uncertain(by_article: dict[int, list[int]], links: dict[frozenset[Node], float],
                    doubtful: set[frozenset[Node]]) -> list[int]:
    """The articles of a fact linked to its other articles by uncertain links only (none sure)."""
    found = []
    for k, own in sorted(by_article.items()):
        pairs = [frozenset({(k, i), (m, j)}) for i in own for m, theirs in by_article.items() if m != k
                 for j in theirs]
        linked = [p for p in pairs if p in links]
        if linked and all(p in doubtful for p in linked):
            found.append(k)
    return found


def fact_groups(links: dict[frozenset[Node], float]) -> list[list[Node]]:
    """Groups of sentences linked to each other: strongest links first, merging near-cliques only.

    Two groups merge when more than half of the pairs of their sentences that
    come from different articles are linked and, in the merged group, every
    sentence is linked with at least half of the sentences of other articles
    (no member hangs on by one link); sentences of one article in one group (a
    split) need no link between them. "At least half" for the pairs between
    groups lets a sentence join a two-sentence fact by one link of two, a chain:
    on the seed gold the sentence pairs put in one fact fall from 0.89 to 0.68
    precision (``bench/bench_coverage_facts.py``). A linked sentence left alone
    instead forms a group with its strongest partner, which stays in its own group;
    the sentences of one article left alone with one strongest partner form one
    group with it (a split: "A field goal tied the game at 13" against three
    sentences of another report was three rows of one fact; bench/results/report.md).
    """
    groups = merged_groups(links)
    alone = {group[0] for group in groups if len(group) == 1}
    best: dict[Node, tuple[float, Node]] = {}  # a lone sentence -> (-score, partner), least first
    for pair, score in links.items():
        u, v = sorted(pair)
        for x, y in ((u, v), (v, u)):
            if x in alone and (x not in best or (-score, y) < best[x]):
                best[x] = (-score, y)
    split: dict[tuple[Node, int], list[Node]] = {}  # (partner, article) -> the partner and that article's lone
    for x, (_, y) in sorted(best.items()):
        split.setdefault((y, x[0]), [y]).append(x)
    return [group for group in groups if len(group) > 1] + list(split.values())


def _more_than_half(linked: int, cross: int) -> bool:
    return 2 * linked > cross


def merged_groups(links: dict[frozenset[Node], float], *,
                  merges: Callable[[int, int], bool] = _more_than_half) -> list[list[Node]]:
    """Every linked sentence in one group, groups grown from the strongest links: two groups merge when
    ``merges(linked, cross)`` holds for their linked and all cross-article pairs (the shipped rule: more
    than half) and every member stays linked with half the others (``bench/bench_coverage_facts.py``
    measures other rules). Groups of one sentence included."""
    group_of: dict[Node, int] = {}
    members: dict[int, list[Node]] = {}
    for pair, _ in sorted(links.items(), key=lambda item: (-item[1], sorted(item[0]))):
        u, v = sorted(pair)
        for node in (u, v):
            if node not in group_of:
                group_of[node] = len(group_of)
                members[group_of[node]] = [node]
        gu, gv = group_of[u], group_of[v]
        if gu == gv:
            continue
        cross = [frozenset({x, y}) for x in members[gu] for y in members[gv] if x[0] != y[0]]
        if merges(sum(p in links for p in cross), len(cross)) and _each_linked_to_half(
                members[gu] + members[gv], links):
            for node in members[gv]:
                group_of[node] = gu
            members[gu].extend(members.pop(gv))
    return list(members.values())


def _each_linked_to_half(group: list[Node], links: dict[frozenset[Node], float]) -> bool:
    """Whether every sentence of ``group`` is linked with at least half of its sentences from other articles."""
    for x in group:
        others = [y for y in group if y[0] != x[0]]
        if 2 * sum(frozenset({x, y}) in links for y in others) < len(others):
            return False
    return True
