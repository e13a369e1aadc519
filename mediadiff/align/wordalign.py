"""Which words of sentence A correspond to which words of sentence B.

A monolingual word aligner in the manner of Sultan et al. (2014, "Back to
basics for monolingual alignment"), kept small and fast:

- a content word links to a word of the other sentence that is the same word, has the same stem or base form
  ("rose"/"rise", "men"/"man"), is related ("Syrian"/"Syria", "stance"/"stand", or one is the other's broader
  word in WordNet: "murder"/"kill") or is a WordNet synonym in one of its common senses ("demanded"/"calls
  for", "purchase"/"buy"); numbers link only to the same number ("11"/"eleven", "1,029"/"1029");
- a function word ("the", "in") links only to the same word with an aligned or
  identical neighbour nearby, so lone "of"s do not pair up;
- every word links at most once; the strongest candidates go first, ties broken by supporting context
  (identical neighbours) and then by relative position.

Use::

    from mediadiff.align.wordalign import align_words
    for link in align_words("Mexico demanded an inquiry", "Mexico calls for a probe"):
        print(link.a_text, link.b_text, link.kind, link.score)

``align_words(a, b)`` returns a tuple of ``WordLink`` (frozen, with token indices and character offsets into
``a`` and ``b``), ordered by position in ``a``. ``analyse(text)`` gives the ``WordToken``s those indices refer
to, each with a ``weight`` (information: rarer words weigh more); ``words_of(text)`` the same words without
their word knowledge (cheap). All are cached per sentence: aligning one sentence against many costs one analysis.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mediadiff.align import lexicon
from mediadiff.align.figures import APPROXIMATE, SCALES, Figure, agree, read_figure, spells_percent
from mediadiff.align.params import CONTEXT_SHARE, INFORMATION_CAP, LINK_SCORES, NUMBER_INFORMATION
from mediadiff.align.wordnames import initialism_links, mark_name_runs, name_and_word, spelling_links

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = "one two three four five six seven eight nine".split()
# A compound number word is one token: "Sixty-seven" read as "Sixty" and "seven" made "figures differ: seven ->
# 67" beside "67 Republicans" (QA on AllSides).
_TOKEN = re.compile(rf"(?i:(?:{'|'.join(_TENS)})-(?:{'|'.join(_UNITS)}))(?![^\W\d_])"
                    r"|(?:[A-Za-z]\.){2,}[A-Za-z]?|\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen".split()
    )
} | {tens: str(value) for tens, value in _TENS.items()} | {"hundred": "100", "dozen": "12"} | {
    f"{tens}-{unit}": str(value + k) for tens, value in _TENS.items() for k, unit in enumerate(_UNITS, 1)}
# News abbreviations of scale and percent words, read as the words ("$5bn" / "5 billion dollars").
_ABBREVIATIONS = {"bn": "billion", "mn": "million", "mln": "million", "tn": "trillion", "trn": "trillion",
                  "pct": "percent"}
_CONTENT_KINDS = ("word", "name", "number")
_PERCENT_WORDS = frozenset(("percent", "per", "cent"))


def _load_stopwords() -> frozenset[str]:
    text = (Path(__file__).resolve().parent.parent / "data" / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


_STOPWORDS = _load_stopwords()


@dataclass(frozen=True)
class WordToken:
    """One word of a sentence as the aligner sees it.

    ``start``/``end`` are character offsets into the sentence; ``norm`` is the
    lower-cased form (possessive, dots and thousands separators dropped, number
    words as digits); ``kind`` is "number", "name" (capitalised inside a
    sentence that is not in title case), "word" or "function"; ``weight`` is the
    information content, INFORMATION_CAP minus the word's Zipf frequency (0 for
    function words); ``stems`` holds its stem and base forms, ``related``
    related stems, ``synonyms`` synset ids, ``antonyms`` stems of opposites;
    ``figure`` is a number's value and precision with its scale word ("9.2 million"), None for a word;
    ``in_name`` is True for a name beside another capitalised word ("United States", "Washington Post").
    """

    index: int
    start: int
    end: int
    text: str
    norm: str
    kind: str
    weight: float
    stems: frozenset[str]
    related: frozenset[str]
    synonyms: frozenset[str]
    antonyms: frozenset[str]
    figure: Figure | None = None
    in_name: bool = False

    @property
    def is_content(self) -> bool:
        return self.kind in _CONTENT_KINDS


@dataclass(frozen=True)
class WordLink:
    """A word of sentence A aligned to a word of sentence B.

    ``a_index``/``b_index`` index ``analyse(a)``/``analyse(b)``; ``a_start``..
    ``a_end`` and ``b_start``..``b_end`` are character offsets into the two
    sentences. ``kind`` says why they link: "same" (same word or number),
    "stem" (same stem or base form), "related" (Syrian/Syria), "synonym",
    "spelling" (a long word spelt almost alike: Rowhani/Rohani) or "figure" (a figure and its rounding:
    9.21 million/9.2 million);
    ``score`` in (0, 1] is the strength of that reason (1 for the same word).
    """

    a_index: int
    b_index: int
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str
    kind: str
    score: float

    def to_dict(self) -> dict[str, object]:
        return {"a": [self.a_start, self.a_end], "b": [self.b_start, self.b_end], "a_text": self.a_text,
                "b_text": self.b_text, "kind": self.kind, "score": round(self.score, 4)}


@lru_cache(maxsize=131072)  # every word of every sentence analysed; words recur
def normalise(word: str) -> str:
    """Lower-case; straighten apostrophes; drop a possessive, abbreviation dots and thousands commas."""
    written = word
    word = word.lower().replace("’", "'")
    if word[:1].isdigit():
        return word.rstrip("%").replace(",", "")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace(".", "")
    if "'" in word and not word.endswith("n't"):
        word = word.replace("'", "")  # Tian'anmen = Tiananmen, O'Neil = ONeil
    # "bn", "mn", "pct" as news writes them, in lower case: "MN" and "TN" are states, not "million", "trillion"
    return _NUMBER_WORDS.get(word) or (_ABBREVIATIONS.get(word, word) if written.islower() else word)


@lru_cache(maxsize=16384)
def analyse(text: str) -> tuple[WordToken, ...]:
    """The words of ``text`` with what the aligner compares (cached per sentence)."""
    words = words_of(text)
    norms = [norm for _, _, _, norm, _ in words]
    out = [_token(k, start, end, word, norm, kind, norms[k + 1] if k + 1 < len(norms) else "") if kind != "number"
           else _number(k, start, end, word, norm, norms) for k, (start, end, word, norm, kind) in enumerate(words)]
    return tuple(mark_name_runs(out, text))


@lru_cache(maxsize=16384)
def words_of(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, word as written, norm, kind) of each word of ``text``: ``analyse`` without word knowledge."""
    raw = [(m[0], *m.span()) for m in _TOKEN.finditer(text)]
    long_words = [w for w, _, _ in raw if w[:1].isalpha() and len(w) > 3]
    # Headlines In Title Case capitalise every word: none of them is a name then.
    title_case = len(long_words) >= 3 and sum(w[:1].isupper() for w in long_words) >= 0.6 * len(long_words)
    norms = [normalise(w) for w, _, _ in raw]
    all_caps = not any(ch.islower() for ch in text)
    out = []
    for index, ((word, start, end), norm) in enumerate(zip(raw, norms)):
        if norm[:1].isdigit():
            kind = "number"
        elif word.replace(".", "").isupper() and len(norm) >= 2 and not all_caps:
            kind = "name"  # "US", "U.S.", "WHO": an abbreviation, not the function word it spells
        elif norm in _STOPWORDS or len(norm) < 2 or norm.endswith("n't") \
                or (norm in _PERCENT_WORDS and spells_percent(norms, index)):
            kind = "function"
        elif index > 0 and word[:1].isupper() and not title_case:
            kind = "name"
        else:
            kind = "word"
        out.append((start, end, word, norm, kind))
    return tuple(out)




def _number(index: int, start: int, end: int, word: str, norm: str, norms: list[str]) -> WordToken:
    """A number, with the figure it writes read with the scale word after it and an "about" before it."""
    scale = norms[index + 1] if index + 1 < len(norms) and norms[index + 1] in SCALES else ""
    figure = read_figure(word if word[:1].isdigit() else norm, scale_word=scale,
                         approximate=index > 0 and norms[index - 1] in APPROXIMATE)
    return WordToken(index, start, end, word, norm, "number", NUMBER_INFORMATION, _NOTHING, _NOTHING, _NOTHING,
                     _NOTHING, figure)


_NOTHING: frozenset = frozenset()


def _token(index: int, start: int, end: int, word: str, norm: str, kind: str, next_norm: str) -> WordToken:
    if kind == "function":
        return WordToken(index, start, end, word, norm, kind, 0.0, _NOTHING, _NOTHING, _NOTHING, _NOTHING)
    own, stems, related, synonyms, antonyms, weight = _word_knowledge(norm)
    if next_norm and lexicon.is_phrase(own, lexicon.stem(next_norm)):
        # "calls for" carries the synonyms of the lemma "call_for" on its first word.
        synonyms = synonyms | lexicon.synonym_groups(f"{own}_{lexicon.stem(next_norm)}")
    return WordToken(index, start, end, word, norm, kind, weight, stems, related, synonyms, antonyms)


@lru_cache(maxsize=65536)
def _word_knowledge(norm: str) -> tuple[str, frozenset[str], frozenset[str], frozenset[str], frozenset[str], float]:
    """(stem, stems and base forms, related stems, synset ids, antonym stems, information) of a content word."""
    bare = norm.replace("'", "")
    own = lexicon.stem(bare)
    # Links only of lemmas the word can be: "conversation" is not "conversion", "stated" not the noun "state".
    bases, links = lexicon.word_links(bare)
    information = max(0.0, INFORMATION_CAP - lexicon.zipf(norm))
    # Related words include the broader word of a common sense ("murder" -> "kill", "quake" -> "shake"):
    # news rewording often names the same event more generally.
    related, broader = links.get("related", _NOTHING), links.get("broader", _NOTHING)
    related = related | broader if related and broader else related or broader  # no new set for one alone
    antonyms = links.get("antonym", _NOTHING)
    if not bases:  # most words: the word's own stem alone (the same sets, fewer built)
        return own, frozenset((own,)), related, _senses_of_form(norm, own, lexicon.synonym_groups(own)), \
            antonyms, information
    stems = frozenset({own} | bases)
    synonyms = frozenset().union(*(lexicon.synonym_groups(s) for s in stems))
    return own, stems, related, _senses_of_form(norm, own, synonyms), antonyms, information


# An inflection says which part of speech a word is: "closed" and "started" are verb forms (never the
# adjective "close", near, nor the noun "start", the first), "meeting" a verb form or noun. Their stems'
# other senses linked "nearly" to "closed" (of "closed-door") and "first" to "started" (QA). Not "-ly":
# "repeatedly" / "reiterated" (the verb senses of "repeat") is a seed development gold link's evidence.
# (suffix, what the stem lost to it, synset kinds kept)
_FORM_SENSES = (("ed", ("", "e"), frozenset("v")), ("ing", ("", "e"), frozenset("vn")))


def _senses_of_form(norm: str, own: str, synonyms: frozenset[str]) -> frozenset[str]:
    """``synonyms`` (synset ids, their first letter the part of speech) kept to those an inflected or
    derived form can have: a word that is its stem plus "-ed" or "-ing" keeps its suffix's kinds."""
    if not synonyms or norm == own:
        return synonyms
    for suffix, endings, kinds in _FORM_SENSES:
        if norm.endswith(suffix) and any(lexicon.stem(norm[:-len(suffix)] + e) == own for e in endings):
            return frozenset(s for s in synonyms if s[:1] in kinds)
    return synonyms


@dataclass(frozen=True)
class _Positions:
    """Where each comparison key of a sentence occurs: word positions by normalised word, by stem and base
    form, and by synonym group (one plain dict each: no key tuple to build per key or lookup)."""

    word: dict[str, list[int]]
    stem: dict[str, list[int]]
    group: dict[str, list[int]]


@lru_cache(maxsize=16384)
def _keyed(text: str) -> tuple[tuple[WordToken, ...], _Positions]:
    """``analyse(text)`` with the word positions holding each comparison key."""
    tokens = analyse(text)
    word: dict[str, list[int]] = defaultdict(list)
    stem: dict[str, list[int]] = defaultdict(list)
    group: dict[str, list[int]] = defaultdict(list)
    for token in tokens:
        word[token.norm].append(token.index)
        for key in token.stems:
            stem[key].append(token.index)
        for key in token.synonyms:
            group[key].append(token.index)
    return tokens, _Positions(dict(word), dict(stem), dict(group))


def _lexical_candidates(
    ta: tuple[WordToken, ...], tb: tuple[WordToken, ...], positions: _Positions
) -> dict[tuple[int, int], str]:
    """(i, j) -> the strongest reason word i of A may link to word j of B (``positions``: B's keys).

    Each pair keeps its strongest reason, whatever the order the reasons are found in.
    """
    found: dict[tuple[int, int], str] = {}
    rank = LINK_SCORES

    def offer(i: int, js: list[int], kind: str) -> None:
        for j in js:
            if tb[j].kind in ("word", "name") and rank[kind] > rank.get(found.get((i, j), ""), 0.0) \
                    and not ((ta[i].in_name or tb[j].in_name) and kind != "same" and name_and_word(ta[i], tb[j], kind)):
                found[i, j] = kind

    nowhere: list[int] = []
    stems_a: dict[str, list[int]] = defaultdict(list)
    for token in ta:
        for j in positions.word.get(token.norm, nowhere):
            found[token.index, j] = "same"
        if token.kind not in ("word", "name"):
            continue
        for key in token.stems:
            offer(token.index, positions.stem.get(key, nowhere), "stem")
            stems_a[key].append(token.index)
        for key in token.related:
            offer(token.index, positions.stem.get(key, nowhere), "related")
        for group in token.synonyms:
            offer(token.index, positions.group.get(group, nowhere), "synonym")
    _figure_candidates(ta, tb, found)
    # A's stems among B's related words, found from B's side: a sentence has few stems and many
    # related words (about 80), so indexing every sentence's related words cost more than this walk.
    for other in tb:
        for key in other.related:  # only words and names have related words
            for i in stems_a.get(key, nowhere):
                if rank["related"] > rank.get(found.get((i, other.index), ""), 0.0) \
                        and not ((ta[i].in_name or other.in_name) and name_and_word(ta[i], other, "related")):
                    found[i, other.index] = "related"
    return found


def _figure_candidates(ta: tuple[WordToken, ...], tb: tuple[WordToken, ...], found: dict[tuple[int, int], str]) -> None:
    """Numbers written differently that are one figure: "same" for one value, "figure" for a rounding."""
    figures_b = [t for t in tb if t.figure is not None]
    if not figures_b:
        return
    for x in ta:
        if x.figure is None:
            continue
        for y in figures_b:
            if x.norm != y.norm and agree(x.figure, y.figure):
                found[x.index, y.index] = "same" if x.figure.value == y.figure.value else "figure"


def _context(ta: tuple[WordToken, ...], i: int, j: int, positions_b: dict[str, list[int]]) -> float:
    """Support from identical neighbours on the same side within three words, in [0, 1]."""
    support = 0.0
    for step in (-1, 1):
        for di in (1, 2, 3):
            ii = i + step * di
            if not 0 <= ii < len(ta):
                break
            found = positions_b.get(ta[ii].norm)
            if not found:
                continue
            for dj in (1, 2, 3):
                if j + step * dj in found:
                    support += 1.0 / (di + dj - 1)
                    break
    return min(1.0, support)


def align_tokens(a: str, b: str) -> tuple[tuple[int, int, str, float], ...]:
    """One-to-one links (i, j, kind, score) between the words of ``analyse(a)`` and ``analyse(b)``.

    The same links whichever sentence comes first (computed in one fixed order,
    so ties cannot break differently), and cached per pair: the similarity
    score and the evidence of one aligned row read the same alignment.
    """
    if b < a:
        return tuple((i, j, kind, score) for j, i, kind, score in _align_ordered(b, a))
    return _align_ordered(a, b)


@lru_cache(maxsize=8192)
def _align_ordered(a: str, b: str) -> tuple[tuple[int, int, str, float], ...]:
    ta = analyse(a)
    tb, positions = _keyed(b)
    if not ta or not tb:
        return ()
    candidates = _lexical_candidates(ta, tb, positions)
    per_a = Counter(i for i, _ in candidates)
    per_b = Counter(j for _, j in candidates)
    ranked = []
    for (i, j), kind in candidates.items():
        # Context only reorders competing candidates (and admits function words):
        # an uncontested pair links whatever its neighbours, so skip the cost.
        contested = ta[i].kind == "function" or per_a[i] > 1 or per_b[j] > 1
        context = _context(ta, i, j, positions.word) if contested else 0.0
        if ta[i].kind == "function" and context == 0.0:
            continue
        score = LINK_SCORES[kind]
        drift = abs(i / len(ta) - j / len(tb))
        ranked.append(((1 - CONTEXT_SHARE) * score + CONTEXT_SHARE * context, -drift, i, j, kind, score))
    ranked.sort(reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    links = []
    for _, _, i, j, kind, score in ranked:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        links.append((i, j, kind, score))
    return tuple(links + spelling_links(ta, tb, used_a, used_b) + initialism_links(ta, tb, used_a, used_b))


def align_words(a: str, b: str) -> tuple[WordLink, ...]:
    """Word links between sentences ``a`` and ``b``, in the order of ``a``'s words (see module docstring)."""
    ta, tb = analyse(a), analyse(b)
    links = sorted(align_tokens(a, b))
    return tuple(
        WordLink(i, j, ta[i].start, ta[i].end, tb[j].start, tb[j].end, ta[i].text, tb[j].text, kind, score)
        for i, j, kind, score in links
    )
