"""Two articles compared: aligned sentences, shared quotes and a summary per article.

``compare`` checks the pair can be compared, aligns the sentences
(``mediadiff.align.alignment.align_sentences``), matches the quotations both use
(``mediadiff.voices.quotes``) and sums up, for each article, what it shares with the
other, where the shared facts sit (lead or buried) and the words it adds.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain

from mediadiff.align.additions import added_terms
from mediadiff.align.alignment import DEFAULT_THRESHOLD, AlignedPair, align_sentences, cycle_collector_paused
from mediadiff.align.beside import beside
from mediadiff.align.params import BURIED_MIN_SENTENCES, COMPARE_GAP_DAYS, LEAD_SIZE, QUOTES_BESIDE_MIN_SENTENCES
from mediadiff.align.similarity import guess_language
from mediadiff.align.vectors import sentence_tokens
from mediadiff.checks import usable_cores
from mediadiff.models import Article, InvalidArgument, MediadiffError
from mediadiff.voices.quotes import QuoteMatch, extract_quotes, match_quotes


class SameArticleError(MediadiffError):
    """Both sides of a comparison are the same article."""


class EmptyArticleError(MediadiffError):
    """An article has no body sentences to align."""


@dataclass(frozen=True)
class ArticleSummary:
    """How one article of a comparison relates to the other.

    Counts are of this article's sentences: ``kept``/``reworded`` are shared
    with the other article, ``unique`` are dropped (article A) or added
    (article B); ``shares`` divide them by ``sentences`` (in [0, 1]).
    ``lead_shared`` counts shared sentences among the first ``LEAD_SIZE``;
    ``buried`` lists this article's indices of shared sentences that sit
    outside its lead while the other article has them in its lead (none in a
    brief shorter than ``BURIED_MIN_SENTENCES``, whose end is near its top).
    ``added_words`` are content words of its shared sentences that none of
    the counterpart sentences contain, compared by stem with accents folded
    ("Ramon" = "Ramón"), most frequent first, less frequent English words that
    are not nouns ("makes", "said"); ``added_names`` the names (runs of
    capitals, as written) of which the counterpart sentences name no part
    (``mediadiff.align.additions``).
    """

    article_id: str
    sentences: int
    kept: int
    reworded: int
    unique: int
    lead_shared: int
    buried: tuple[int, ...]
    added_words: tuple[str, ...]
    added_names: tuple[str, ...] = ()

    def to_dict(self, unique_name: str) -> dict:
        """Counts named ``*_count`` as in every JSON of mediadiff (``sentence_count``, ``kept_count``,
        ``reworded_count``, ``<unique_name>_count``, ``lead_shared_count``); ``shares`` are fractions in
        [0, 1] named by status; ``buried`` lists sentence indices."""
        n = self.sentences or 1
        return {
            "id": self.article_id, "sentence_count": self.sentences, "kept_count": self.kept,
            "reworded_count": self.reworded, f"{unique_name}_count": self.unique,
            "shares": {"kept": round(self.kept / n, 3), "reworded": round(self.reworded / n, 3),
                       unique_name: round(self.unique / n, 3)},
            "lead_shared_count": self.lead_shared, "buried": list(self.buried),
            "added_words": list(self.added_words), "added_names": list(self.added_names),
        }


@dataclass(frozen=True)
class Comparison:
    """Article A against article B: aligned sentences, matched quotes, summaries.

    ``warnings`` are one-line notes such as different languages; ``languages``
    holds the guessed language of A and of B (``similarity.guess_language``,
    guessed once: on long articles the guess reads every word), empty when
    not given.
    """

    a: Article
    b: Article
    pairs: tuple[AlignedPair, ...]
    quotes: tuple[QuoteMatch, ...]
    summary_a: ArticleSummary
    summary_b: ArticleSummary
    threshold: float
    warnings: tuple[str, ...] = ()
    languages: tuple[str | None, ...] = ()

    def count(self, status: str) -> int:
        """How many rows have ``status`` ("kept", "reworded", "dropped" or "added")."""
        return sum(p.status == status for p in self.pairs)

    @property
    def counts(self) -> dict[str, int]:
        """Rows per status, as the summary line gives them: ``{"kept": 0, "reworded": 8, ...}``."""
        return {status: self.count(status) for status in ("kept", "reworded", "dropped", "added")}

    def __repr__(self) -> str:
        # The default repr held both articles' whole text (44 KB for two seeds); the ids and counts say which.
        counts = ", ".join(f"{status}={n}" for status, n in self.counts.items())
        return f"Comparison(a={self.a.id!r}, b={self.b.id!r}, {counts}, threshold={self.threshold})"

    def to_dict(self) -> dict:
        def article(art: Article, language: str | None) -> dict:
            return {"id": art.id, "outlet": art.outlet, "title": art.title, "published": art.published,
                    "sentence_count": len(art.sentences), "language": language}

        lang_a, lang_b = self.languages or (guess_language(self.a.body), guess_language(self.b.body))
        return {
            "articles": [article(self.a, lang_a), article(self.b, lang_b)],
            "alignment": [pair.to_dict() for pair in self.pairs],
            "quotes": [match.to_dict() for match in self.quotes],
            "summary": {
                **{f"{status}_count": n for status, n in self.counts.items()},  # rows, as `counts`
                "threshold": self.threshold,
                "uncertain_count": sum(p.uncertain for p in self.pairs),
                "a": self.summary_a.to_dict("dropped"),
                "b": self.summary_b.to_dict("added"),
            },
            "warnings": list(self.warnings),
        }

    def to_records(self) -> list[dict]:
        """One flat record per aligned row: the rows ``compare A B --format csv`` writes
        (``mediadiff.to_records(comparison)``, a ``pandas.DataFrame`` as it is).

        Sentences are numbered from 1, as the text and Markdown reports and the row's own ``label`` number
        them ("dropped (or reworded as B1?)" beside ``nearest_sentence`` 1): ``a_sentences``/``b_sentences``
        joined by ``;`` (a split or merge holds several). The columns say so in their names: with 0-based
        ``a_indices`` and ``nearest`` (the JSON's indices) the label and the index of one row disagreed by one.
        ``similarity`` is set for kept and reworded rows only; every row has its link ``score``,
        ``confidence`` and (dropped/added) ``nearest_sentence`` of the other article, as in the JSON.
        """
        return [{
            "a_id": self.a.id, "b_id": self.b.id, "status": pair.status, "label": pair.label,
            "a_sentences": sentence_numbers(pair.a_indices), "b_sentences": sentence_numbers(pair.b_indices),
            "similarity": None if pair.similarity is None else round(pair.similarity, 4),
            "paraphrase": None if pair.paraphrase is None else round(pair.paraphrase, 3),
            "score": round(pair.score, 4), "confidence": round(pair.confidence, 3),
            "nearest_sentence": pair.nearest_sentence,
            "a": pair.a_text, "b": pair.b_text,
        } for pair in self.pairs]


def sentence_numbers(indices: Sequence[int]) -> str:
    """Sentence indices as the CSV rows give them: numbers from 1 joined by ``;``, "" for none."""
    return ";".join(str(i + 1) for i in indices)


def _summarise(article: Article, pairs: Sequence[AlignedPair], side: str, *,
               written_lower: Collection[str] | None = None) -> ArticleSummary:
    mine = "a" if side == "a" else "b"
    kept = reworded = unique = 0
    shared: list[tuple[int, AlignedPair]] = []
    own_texts: list[str] = []
    other_texts: list[str] = []
    paired: list[tuple[str, ...]] = []  # the words of each own text that its row's word alignment pairs
    for pair in pairs:
        indices = pair.a_indices if mine == "a" else pair.b_indices
        if pair.status in ("kept", "reworded"):
            kept += len(indices) * (pair.status == "kept")
            reworded += len(indices) * (pair.status == "reworded")
            shared.extend((i, pair) for i in indices)
            own, other = (pair.a_text, pair.b_text) if mine == "a" else (pair.b_text, pair.a_text)
            own_texts.append(own or "")
            other_texts.append(other or "")
            paired.append(tuple(words[mine == "b"] for words in pair.word_pairs))
        else:
            unique += len(indices)
    buried = sorted(
        i for i, pair in shared
        if i >= LEAD_SIZE and min(pair.b_indices if mine == "a" else pair.a_indices) < LEAD_SIZE
    ) if len(article.sentences) >= BURIED_MIN_SENTENCES else []
    names, words = added_terms(own_texts, other_texts, paired=paired, written_lower=written_lower)
    return ArticleSummary(
        article.id, len(article.sentences), kept, reworded, unique,
        sum(i < LEAD_SIZE for i, _ in shared), tuple(buried), tuple(words[:15]), added_names=tuple(names[:15]),
    )


def check_comparable(a: Article, b: Article, *, languages: tuple[str | None, str | None] | None = None
                     ) -> tuple[str, ...]:
    """Raise for inputs that cannot be compared; return warnings for doubtful ones: articles in different
    languages, or published more than ``COMPARE_GAP_DAYS`` days apart (both dates known: they may report
    different events of one story, or different stories).

    ``languages``: the guessed languages of A and B when already known.
    """
    same_text = a.raw == b.raw and a.sentences == b.sentences
    if a.id == b.id or (same_text and a.path and a.path == b.path):
        raise SameArticleError(f"cannot compare article {a.id} with itself")
    for article in (a, b):
        if not article.sentences:
            raise EmptyArticleError(f"article {article.label} has no body sentences to compare")
    if same_text:  # two files, one text: syndicated wire copy is worth seeing as such, all kept
        return (f"articles {a.id} and {b.id} have the same text",)
    warnings = []
    lang_a, lang_b = languages or (guess_language(a.body), guess_language(b.body))
    if lang_a and lang_b and lang_a != lang_b:
        warnings.append(f"articles are in different languages ({a.id}: {lang_a}, {b.id}: {lang_b}); "
                        "few sentences can align")
    day_a, day_b = _day(a.published), _day(b.published)
    if day_a and day_b and abs(day_a - day_b).days > COMPARE_GAP_DAYS:
        warnings.append(f"articles {a.id} and {b.id} were published {abs(day_a - day_b).days} days apart "
                        f"({day_a}, {day_b}); they may report different events")
    return tuple(warnings)


def _day(published: str | None) -> date | None:
    """The calendar day of an ISO date or timestamp as the article gives it, ``None`` if absent or unreadable."""
    try:
        return date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    except ValueError:
        return None


def _language(article: Article) -> str | None:
    """``guess_language(article.body)``, its words read from the sentences' cached words (the body's
    words are its sentences' in order: no word spans the space that joins two), which the aligner reads."""
    return guess_language(article.body, words=chain.from_iterable(sentence_tokens(s.text) for s in article.sentences))


def compare(
    article_a: Article,
    article_b: Article,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    jobs: int = 1,
    aligner: Callable[..., tuple[AlignedPair, ...]] | None = None,
) -> Comparison:
    """Compare two articles about one event: what B kept, reworded, dropped and added.

    ``threshold`` is the aligner's link floor (tf-idf cosine in [0, 1], see
    ``align_sentences``). ``jobs`` 2 or more (0: every core) reads the two
    articles' quotes in a second, forked process while this one aligns their
    sentences, when they are long enough to gain (``mediadiff.align.beside``:
    Linux, a caller without threads of its own); the result is the same.
    ``aligner`` (``None``: ``align_sentences``) aligns the sentences, called as it is (``(a, b, threshold=...)``):
    a caller that has aligned the pair already (``compare_many`` of the same articles) passes one
    that returns those rows, as ``mediadiff report`` does, rather than align them twice.

    Raises ``SameArticleError`` for one article twice and ``EmptyArticleError``
    for an article without body sentences; articles in different languages
    or published more than a week apart give a warning in the result;
    ``InvalidArgument`` (a ``ValueError``) for a negative ``jobs``.
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise InvalidArgument(f"jobs must be a whole number, 0 (every core) or more, not {jobs!r}")
    sentences = len(article_a.sentences) + len(article_b.sentences)
    fork = (jobs > 1 or (jobs == 0 and usable_cores() > 1)) and sentences >= QUOTES_BESIDE_MIN_SENTENCES
    # The collector stays paused for the whole comparison, not only the alignment: reading the
    # voices of two long articles allocates as much again, and its passes over everything the
    # aligner cached made 3,000 sentences cost a fifth more than three times 1,000.
    with cycle_collector_paused():
        check_comparable(article_a, article_b, languages=(None, None))  # refused before the work
        # Reading who is quoted (attribution) and aligning the sentences share nothing until the
        # report: on two cores they run at once, a third of a 1,000-sentence comparison's time each.
        # The language guess goes with the quotes: the aligner, the longer side, needs neither.
        with beside(_quotes_and_languages, article_a, article_b, fork=fork) as quoting:
            pairs = (aligner or align_sentences)(article_a.sentences, article_b.sentences, threshold=threshold)
            lower = _lower_case_words(article_a, article_b)
            summaries = (_summarise(article_a, pairs, "a", written_lower=lower),
                         _summarise(article_b, pairs, "b", written_lower=lower))
            quotes, languages = quoting.result()
        warnings = check_comparable(article_a, article_b, languages=languages)
        return Comparison(article_a, article_b, pairs, quotes, *summaries, threshold, warnings, languages)


def _quotes_and_languages(article_a: Article, article_b: Article
                          ) -> tuple[tuple[QuoteMatch, ...], tuple[str | None, str | None]]:
    """The quotes both articles use, and the guessed language of each (once, for ``to_dict`` too)."""
    languages = (_language(article_a), _language(article_b))
    return match_quotes(extract_quotes(article_a, reported=True), extract_quotes(article_b, reported=True)), languages


def _lower_case_words(*articles: Article) -> frozenset[str]:
    """The words the articles write in lower case: the evidence that a capital opening a sentence of the
    summary's words is the sentence's ("Trade" is "trade" where a text writes "trade"). A row's text is its
    sentences joined by spaces, and no word spans a space, so every row's words are among them."""
    return frozenset(word for article in articles for sentence in article.sentences
                     for word in sentence_tokens(sentence.text) if word.islower())
