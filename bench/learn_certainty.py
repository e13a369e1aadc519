"""Learn the certainty weights (mediadiff/data/certainty_weights.tsv) on Pei & Jurgens TRAIN only.

Data: ``certainty_pei_jurgens/sentence-level-certainty.train_val.jsonl``, rows with
``split == "train"`` (the val rows are never read here; bench/bench_certainty.py
measures them). Target: the mean rating 1..6 rescaled to [0, 1].

Features (families; ``bench/try_certainty_families.py`` compares them by the CV below):
  cues      ``certainty_features``: news-lexicon hedge weight (sum, max), boosters, attribution, evidentials
  function  modal, conditional and negation counts, hedges and boosters inside a negation's scope
  shape     length, a number, a question mark
  words     presence of function and epistemic words: the shipped stop-word list, the cue lexicons, the
            modal/conditional/negation/evidential sets and, since this pass, the single-word entries of five
            published epistemic lists (Hyland 2005 hedges; Hooper 1975 factives and assertives; Karttunen 1971
            implicatives; the Recasens et al. 2013 report verbs; from ``bias_lexicons``) with their regular
            inflections that are English words (``word_frequency.tsv``), less words WordNet reads mostly as
            nouns ("state", "issues"); seen in at least MIN_DF train sentences.
            Content words are left out on purpose, so a sentence's topic cannot move its certainty.
  list_words  the published lists' words among ``words`` (new in this pass)
  hedge_words  how many distinct Hyland hedge words a sentence holds, plus each approximator ("about",
            "around") right before a number: one shared weight the ridge can lean on, so a hedge word seen
            twice in train still lowers certainty like the others (folded into each Hyland word's own weight
            and the ``approximations`` weight when saved: the runtime model stays word weights)
  bigrams   pairs of function/epistemic words (the model before this pass; left out now: grouped CV better
            without them, see bench/results/scoring.md)

Model: ridge regression; the penalty is chosen by grouped 5-fold cross-validation on train, repeated
with 5 shuffles (groups: sentences sharing a quarter of their content words, near-restatements of one
finding, never split across folds), mean Pearson r of the clipped prediction; then refitted on all of
train; weights under 1e-4 are dropped.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_certainty.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from learn_hedge_weights import bench_dir  # noqa: E402

from mediadiff.tone import certainty as C  # noqa: E402
from mediadiff.tone.lexicons import load_lexicon, tokenize  # noqa: E402

OUT = REPO / "mediadiff" / "data" / "certainty_weights.tsv"
PENALTIES = (1, 3, 10, 30, 100)
MIN_DF = 2
REPEATS = 5
# Near-restatements of one finding share this share of their content words (Jaccard); 5 such pairs in train.
GROUP_OVERLAP = 0.25
SHIPPED = frozenset({"cues", "function", "shape", "words", "list_words", "hedge_words"})
BEFORE = frozenset({"cues", "function", "shape", "words", "bigrams"})  # main before this pass
# Which published list names a word's cue kind when it is in several ("suggest": Hyland, assertive, report).
CUE_LISTS = (("hedge", "hedges_hyland2005.txt"), ("factive", "factives_hooper1975.txt"),
             ("assertive", "assertives_hooper1975.txt"), ("implicative", "implicatives_karttunen1971.txt"),
             ("attribution", "report_verbs.txt"))
IRREGULAR = {"know": "knew known", "find": "found", "see": "saw seen", "forget": "forgot forgotten",
             "think": "thought", "say": "said", "write": "wrote written", "show": "shown", "tell": "told",
             "feel": "felt", "hear": "heard", "get": "got gotten", "keep": "kept", "choose": "chose chosen",
             "mean": "meant", "swear": "swore sworn", "teach": "taught", "learn": "learnt", "spread": "spread"}


def read_split(split: str) -> list[tuple[str, float]]:
    """(sentence, rating 1..6) rows of one split."""
    path = bench_dir() / "certainty_pei_jurgens" / "sentence-level-certainty.train_val.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["finding"], float(r["sentence-level-certainty"])) for r in rows if r["split"] == split]


def _data_words(name: str) -> set[str]:
    text = resources.files("mediadiff").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return {line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def inflections(word: str) -> set[str]:
    """The word and its regular (and listed irregular) verb and plural forms; callers keep the real ones."""
    forms = {word, word + "s", word + "ed", word + "d", word + "ing", *IRREGULAR.get(word, "").split()}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith(("s", "sh", "ch", "x")):
        forms.add(word + "es")
    return forms


@lru_cache(maxsize=1)
def cue_words() -> dict[str, str]:
    """Single-word entries of the published epistemic lists and their inflections that are English words
    -> cue kind (the first list of ``CUE_LISTS`` naming the word), less the news lexicon's own one-word
    cues, words mostly nouns and the approximators. Hyland's list is written out in full (its forms are
    listed), so it is taken as written."""
    english = _data_words("word_frequency.tsv")
    # a word the news lexicon lists is its cue there, with the lexicon's vetoes ("as soon as possible");
    # a word WordNet reads mostly as a noun ("state", "issues", "report") is mostly not the listed verb;
    # approximators are hedges before a number only (C.APPROXIMATORS, the approximations feature)
    listed = {entry.words[0] for entry in load_lexicon().entries if len(entry.words) == 1}
    listed |= _mostly_nouns() | C.APPROXIMATORS
    kinds: dict[str, str] = {}
    for kind, name in CUE_LISTS:
        path = bench_dir() / "bias_lexicons" / name
        entries = [line.strip().lower() for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
        for entry in entries:
            if not entry or entry.startswith("#") or " " in entry:
                continue
            forms = {entry} if kind == "hedge" else inflections(entry) & english
            for form in sorted(forms - listed):
                kinds.setdefault(form, kind)
    return kinds


def _mostly_nouns() -> set[str]:
    """Words with more WordNet noun senses than verb, adjective and adverb senses (``noun_words.tsv``)."""
    text = resources.files("mediadiff").joinpath("data/noun_words.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {word for word, noun, verb, other in rows if int(noun) > int(verb) + int(other)}


def hedge_words() -> frozenset[str]:
    return frozenset(w for w, kind in cue_words().items() if kind == "hedge")


def vocabulary(families: Iterable[str] = SHIPPED) -> set[str]:
    """Function and epistemic words: the only words allowed to carry weight (the published lists' words
    only with the list_words family, as in the shipped model)."""
    words = _data_words("stopwords.txt")
    for entry in load_lexicon().entries:
        words.update(entry.words)
    words |= C.MODALS | C.CONDITIONALS | C.NEGATIONS | C.EVIDENTIALS
    return words | set(cue_words()) if "list_words" in families else words


def sentence_words(texts: list[str]) -> list[list[str]]:
    return [[t.norm for t in tokenize(text)] for text in texts]


def base_features(texts: list[str]) -> list[dict[str, float]]:
    """The cue, function and shape features of each text (no word terms)."""
    lexicon = load_lexicon()
    out = []
    for text in texts:
        tokens = tokenize(text)
        out.append(C.certainty_features(text, tokens, lexicon.find(text, tokens), terms=False))
    return out


_FAMILY = {**dict.fromkeys(("hedge_sum", "hedge_max", "boosters", "attributions", "evidentials"), "cues"),
           **dict.fromkeys(("modals", "conditionals", "negations", "negated_hedges", "negated_boosters"), "function"),
           **dict.fromkeys(("length", "number", "question"), "shape")}


def terms(words: list[str], vocab: set[str], families: frozenset[str]) -> set[str]:
    out = {f"w:{w}" for w in words if w in vocab} if "words" in families else set()
    if "bigrams" in families:
        out |= {f"b:{a} {b}" for a, b in zip(words, words[1:]) if a in vocab and b in vocab}
    return out


def featurise(base: dict[str, float], words: list[str], allowed: set[str], vocab: set[str],
              families: frozenset[str]) -> dict[str, float]:
    features = {k: v for k, v in base.items() if _FAMILY.get(k) in families}
    features.update(dict.fromkeys(terms(words, vocab, families) & allowed, 1.0))
    if "hedge_words" in families:  # Hyland's hedges, approximators counted before a number only
        n = len(set(words) & hedge_words()) + base.get("approximations", 0.0)
        if n:
            features["hedge_words"] = float(n)
    return features


def fit(base: list[dict[str, float]], words: list[list[str]], targets: list[float], penalty: float, *,
        families: frozenset[str] = SHIPPED) -> tuple[float, dict[str, float]]:
    """Ridge on these rows: (bias, weight per feature), the hedge_words weight folded into each Hyland word's."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import Ridge

    vocab = vocabulary(families)
    df: Counter[str] = Counter()
    for ws in words:
        df.update(terms(ws, vocab, families))
    allowed = {t for t, n in df.items() if n >= MIN_DF}
    vectorizer = DictVectorizer()
    rows = [featurise(b, ws, allowed, vocab, families) for b, ws in zip(base, words)]
    model = Ridge(alpha=penalty).fit(vectorizer.fit_transform(rows), targets)
    weights = dict(zip(vectorizer.get_feature_names_out(), map(float, model.coef_)))
    shared = weights.pop("hedge_words", 0.0)
    if shared:
        for word in hedge_words():
            weights[f"w:{word}"] = weights.get(f"w:{word}", 0.0) + shared
        weights["approximations"] = shared
    return float(model.intercept_), weights


def predict(bias: float, weights: dict[str, float], base: list[dict[str, float]],
            words: list[list[str]]) -> list[float]:
    """The runtime model: features, word and pair presence, clipped to [0, 1]."""
    out = []
    for b, ws in zip(base, words):
        keys = {f"w:{w}" for w in ws} | {f"b:{x} {y}" for x, y in zip(ws, ws[1:])}
        raw = bias + sum(v * weights.get(k, 0.0) for k, v in b.items()) + sum(weights.get(k, 0.0) for k in keys)
        # (b holds approximations when a sentence has one: weighted only in a model that learned it)
        out.append(min(1.0, max(0.0, raw)))
    return out


def near_duplicate_groups(texts: list[str]) -> list[int]:
    """A group id per text: texts sharing GROUP_OVERLAP of their content words (and those linked to them)."""
    stop = _data_words("stopwords.txt")
    content = [{w for w in re.findall(r"[a-z]+", t.lower()) if w not in stop and len(w) > 2} for t in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in combinations(range(len(texts)), 2):
        a, b = content[i], content[j]
        if a and b and len(a & b) / len(a | b) >= GROUP_OVERLAP:
            parent[root(i)] = root(j)
    return [root(i) for i in range(len(texts))]


def grouped_cv(texts: list[str], targets: list[float], penalty: float, *,
               families: frozenset[str] = SHIPPED) -> list[float]:
    """Pearson r on each held-out fold: REPEATS shuffles x 5 grouped folds, the same folds for every call."""
    from scipy.stats import pearsonr
    from sklearn.model_selection import GroupKFold

    groups, base, words = near_duplicate_groups(texts), base_features(texts), sentence_words(texts)
    rs = []
    for seed in range(REPEATS):
        for a, b in GroupKFold(5, shuffle=True, random_state=seed).split(texts, groups=groups):
            bias, weights = fit([base[i] for i in a], [words[i] for i in a], [targets[i] for i in a], penalty,
                                families=families)
            predicted = predict(bias, weights, [base[i] for i in b], [words[i] for i in b])
            rs.append(float(pearsonr(predicted, [targets[i] for i in b])[0]))
    return rs


def choose_penalty(texts: list[str], targets: list[float], *,
                   families: frozenset[str] = SHIPPED) -> tuple[float, dict[float, list[float]]]:
    """The penalty of the best mean grouped-CV r, and every penalty's fold scores."""
    scores = {penalty: grouped_cv(texts, targets, penalty, families=families) for penalty in PENALTIES}
    return max(scores, key=lambda p: sum(scores[p]) / len(scores[p])), scores


def main() -> None:
    train = read_split("train")
    texts, targets = [t for t, _ in train], [(y - 1) / 5 for _, y in train]
    penalty, scores = choose_penalty(texts, targets)
    bias, weights = fit(base_features(texts), sentence_words(texts), targets, penalty)
    kept = sorted(((k, w) for k, w in weights.items() if abs(w) >= 1e-4), key=lambda kw: kw[0])
    kinds = cue_words()
    grid = ", ".join(f"{p}: {sum(r) / len(r):.3f}" for p, r in scores.items())
    OUT.write_text(
        "# Certainty weights for mediadiff/tone/certainty.py. Written by bench/learn_certainty.py from the\n"
        f"# Pei & Jurgens (2021) train split only ({len(train)} sentences, rating 1..6 -> [0, 1]).\n"
        f"# Ridge regression, penalty {penalty} chosen by grouped 5-fold CV on train, {REPEATS} shuffles\n"
        f"# (mean Pearson r: {grid}). cue: the kind of certainty cue a word of a published\n"
        "# epistemic list is shown as (Hyland 2005 hedge, Hooper 1975 factive/assertive, Karttunen 1971\n"
        "# implicative, Recasens et al. 2013 report verb: attribution); see data/README.md.\n"
        f"# bias: {bias:.6f}\nfeature\tweight\tcue\n"
        + "".join(f"{k}\t{w:.6f}\t{kinds.get(k[2:], '') if k.startswith('w:') else ''}\n" for k, w in kept),
        encoding="utf-8",
    )
    print(f"penalty {penalty} (grouped CV r {grid}); {len(kept)} weights -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
