"""Learn mediadiff's news valences (mediadiff/data/news_valence.tsv): VADER lexicon words re-rated for
news, and subjective words VADER lacks given a news valence.

Why: VADER's lexicon was rated for social media. In news, topic and role words ("security" +1.4,
"justice" +2.4, "crime" -2.5, "progress" +1.8) name what a story is about rather than how it is told,
and human ratings of news sentences disagree with them. We keep VADER (its rules for negation,
boosters, "but", capitals, punctuation) and re-estimate only the valence of lexicon words, where
news data say it is wrong. Editorial prose also evaluates with words VADER never rated ("ineffective",
"arbitrary", "sensible"): subjective adjectives of the Pattern lexicon (De Smedt & Daelemans 2012, PDDL, as
shipped in TextBlob's `en-sentiment.xml`) that are not in VADER's lexicon become candidates too, starting
from their Pattern polarity (scaled to VADER's -4..4 by a factor chosen by CV) and held closer to it by a
heavier penalty. Only subjective words (Pattern subjectivity >= MIN_SUBJECTIVITY) whose WordNet senses are
mostly adjectives or adverbs are added: VADER reads words without their part of speech, and a noun or verb
reading ("military base", "prices rose") is topic, not tone; topic words ("border", "military") stay out.

Data (train only): the ODD article ids of the NYT editorial snippets (Hutto & Gilbert 2014; the even
ids are held out for bench/bench_sentiment.py) and NewsMTSC train (Hamborg & Donnay 2021; the sentence's
mean target polarity, 2/4/6 -> -4/0/+4, as a weaker sentence-level signal, weighted MT_WEIGHT).
Names are masked and reporting verbs zeroed first, exactly as at run time.

Method: VADER's sum of word sentiments is linear in the lexicon valences once its rules have been
applied, so for each sentence we read each lexicon word's multiplier (its sentiment when its valence is
1 vs 2: negation flips and dampens it, "but" re-weights it). Ridge regression then fits a correction
per word (seen in >= MIN_COUNT training sentences) of the rating's residual over VADER's sum, shrunk
towards VADER's own valence (or the Pattern prior): a word moves only as far as the data support. The
penalty, the NewsMTSC weight, the new words' extra penalty and prior scale (or no new words at all) are
chosen by 5-fold cross-validation grouped by article on the odd NYT ids, scoring the held-out folds as run
time does (length adjustment included).

    pip install textblob  # only its en-sentiment.xml is read, for the Pattern lexicon
    apt-get install wordnet-base  # WordNet 3.0 index files in /usr/share/wordnet (parts of speech)
    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_news_valence.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_sentiment import read_nyt  # noqa: E402
from learn_hedge_weights import bench_dir  # noqa: E402
from make_noun_words import wordnet_senses  # noqa: E402  (WordNet 3.0 sense counts, one reader for both scripts)

from mediadiff.tone import sentiment as S  # noqa: E402
from mediadiff.tone.params import LENGTH_EXPONENT  # noqa: E402

OUT = REPO / "mediadiff" / "data" / "news_valence.tsv"
PENALTIES = (0.3, 1, 3)
MT_WEIGHTS = (0.25, 0.5)
NEW_PENALTIES = (None, 3, 10)  # extra penalty factor for words VADER lacks; None: add no new words
PRIOR_SCALES = (0.5, 1.0)  # Pattern polarity (-1..1) times 4 times this is a new word's starting valence
MIN_COUNT = 3
MIN_COUNT_NEW = 2  # lower-case occurrences in the training sentences
MIN_SUBJECTIVITY = 0.3  # Pattern's scale: 0 objective .. 1 subjective
MIN_CHANGE = 0.05


def mostly_adjective(word: str, senses: dict[str, Counter]) -> bool:
    """More adjective and adverb senses than noun and verb senses, counting the regular inflections'
    base words too (stabbing -> stab, experienced -> experience)."""
    own = senses.get(word, Counter())
    other = own["n"] + own["v"]
    for suffix, replacement in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
                                ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = senses.get(word[: -len(suffix)] + replacement, Counter())
            other += base["v"] + (base["n"] if suffix in ("s", "es") else 0)
    return own["a"] + own["r"] > other


def subjective_words() -> dict[str, float]:
    """Pattern's English adjective lexicon (TextBlob's copy): word -> mean polarity in [-1, 1] over its
    senses, for words whose mean subjectivity reaches MIN_SUBJECTIVITY."""
    import importlib.util
    import xml.etree.ElementTree as ET

    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("needs the Pattern lexicon shipped with TextBlob: pip install textblob")
    path = Path(list(spec.submodule_search_locations)[0]) / "en" / "en-sentiment.xml"
    senses: dict[str, list[tuple[float, float]]] = {}
    for word in ET.parse(path).getroot().iter("word"):
        senses.setdefault(word.get("form", "").lower(), []).append(
            (float(word.get("polarity", 0)), float(word.get("subjectivity", 0))))
    wordnet = wordnet_senses()
    return {w: sum(p for p, _ in v) / len(v) for w, v in senses.items()
            if w.isalpha() and sum(s for _, s in v) / len(v) >= MIN_SUBJECTIVITY and mostly_adjective(w, wordnet)}


def read_newsmtsc_sentences() -> list[tuple[str, float]]:
    """NewsMTSC train sentences with the mean polarity of their targets on VADER's -4..4 scale."""
    out = []
    for line in (bench_dir() / "newsmtsc" / "train.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        polarity = [(t["polarity"] - 4) * 2 for t in row["targets"]]
        out.append((row["sentence_normalized"], sum(polarity) / len(polarity)))
    return out


def token_sentiments(analyzer, text: str) -> tuple[list[str], list[float]]:
    """VADER's per-token sentiments after its rules (vaderSentiment 3.3.2 internals)."""
    from vaderSentiment import vaderSentiment as V

    sentitext = V.SentiText(text)
    words = sentitext.words_and_emoticons
    sentiments: list[float] = []
    for i, item in enumerate(words):
        if item.lower() in V.BOOSTER_DICT or (item.lower() == "kind" and words[i + 1:i + 2] == ["of"]):
            sentiments.append(0)
            continue
        sentiments = analyzer.sentiment_valence(0, sentitext, item, i, sentiments)
    return [w.lower() for w in words], analyzer._but_check(words, sentiments)


def design(texts: list[str], base: dict[str, float], candidates: list[str]):
    """(M, S0): M[i, j] = summed multiplier of candidate j in sentence i; S0 = VADER sum under ``base``."""
    import numpy as np
    from scipy.sparse import lil_matrix
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    column = {w: j for j, w in enumerate(candidates)}
    ones, twos = dict(base), dict(base)
    ones.update(dict.fromkeys(candidates, 1.0))
    twos.update(dict.fromkeys(candidates, 2.0))
    M, S0 = lil_matrix((len(texts), len(candidates))), np.zeros(len(texts))
    for i, text in enumerate(texts):
        analyzer.lexicon = base
        S0[i] = sum(token_sentiments(analyzer, text)[1])
        analyzer.lexicon = ones
        words, s1 = token_sentiments(analyzer, text)
        analyzer.lexicon = twos
        _, s2 = token_sentiments(analyzer, text)
        for word, a, b in zip(words, s1, s2):
            if word in column and b != a:
                M[i, column[word]] += b - a
    return M.tocsr(), S0


def prepared(texts: list[str], base: dict[str, float]) -> list[str]:
    keep = S.vader_rule_words()
    return [S.mask_names(S.straighten_quotes(t), lexicon=base, keep=keep, rules=True).text for t in texts]


def fit(M, S0, y, weights, prior, penalty: float, scale):
    """Valences: the prior (VADER's, or a new word's Pattern start) plus a ridge correction per candidate
    word; ``scale`` < 1 holds a column closer to its prior (ridge penalty times 1 / scale**2). ``S0`` is
    VADER's sum with the prior valences."""
    import numpy as np
    from scipy.sparse import diags
    from sklearn.linear_model import Ridge

    slope = float(np.polyfit(S0, y, 1, w=weights)[0])
    model = Ridge(alpha=penalty).fit((M @ diags(slope * scale)).tocsr(), y - slope * S0, sample_weight=weights)
    return np.clip(prior + model.coef_ * scale, -4, 4)


def compound(total, n_words):
    """VADER's normalisation of summed sentiments, after mediadiff's length adjustment (as at run time)."""
    import numpy as np

    total = total / np.where(n_words > 10, (n_words / 10.0) ** LENGTH_EXPONENT, 1.0)
    return total / np.sqrt(total * total + 15)


def candidate_words(texts: list[str], base: dict[str, float], pattern: dict[str, float]) -> tuple[list, list]:
    """(VADER words to re-rate, subjective words VADER lacks) with enough support in ``texts``."""
    skip = S.vader_rule_words() | S.reporting_verbs()
    counts = Counter(w for text in texts for w in {x.strip(S.PUNCT).lower() for x in text.split()})
    lower = Counter(w for text in texts for w in {x.strip(S.PUNCT) for x in text.split()} if w[:1].islower())
    old = sorted(w for w, n in counts.items() if n >= MIN_COUNT and w in base and w not in skip and base[w] != 0)
    new = sorted(w for w, n in lower.items()
                 if n >= MIN_COUNT_NEW and w in pattern and w not in base and w not in skip)
    return old, new


def main() -> None:  # long because: one cross-validated grid, then the final fit and its file
    import numpy as np
    from scipy.stats import pearsonr
    from sklearn.model_selection import GroupKFold

    base = S.base_news_lexicon()
    pattern = subjective_words()
    nyt = [(int(i.split("_")[0]), g, t) for i, g, t in read_nyt() if int(i.split("_")[0]) % 2 == 1]
    mt = read_newsmtsc_sentences()
    raw = [S.straighten_quotes(t) for _, _, t in nyt] + [t for t, _ in mt]
    old, new = candidate_words(raw, base, pattern)
    # names are masked as at run time, where the new words are part of the lexicon
    texts = prepared(raw, {**base, **dict.fromkeys(new, 1.0)})
    candidates = old + new
    is_new = np.array([w not in base for w in candidates])
    y = np.array([g for _, g, _ in nyt] + [g for _, g in mt])
    n_words = np.array([len(t.split()) for t in texts])
    M, S0 = design(texts, base, candidates)  # S0: new words at 0
    vader = np.array([base.get(w, 0.0) for w in candidates])
    polarity = np.array([4 * pattern.get(w, 0.0) for w in candidates])
    n_nyt = len(nyt)
    folds = list(GroupKFold(5).split(np.arange(n_nyt), groups=np.array([a for a, _, _ in nyt])))

    def valences(rows, weights, penalty, new_penalty, prior_scale):
        if new_penalty is None:  # VADER's words only
            scale = np.where(is_new, 0.0, 1.0)
            prior = vader
        else:
            scale = np.where(is_new, new_penalty ** -0.5, 1.0)
            prior = np.where(is_new, prior_scale * polarity, vader)
        return fit(M[rows], S0[rows] + M[rows] @ (prior - vader), y[rows], weights, prior, penalty, scale)

    grid = [(p, w, q, s) for p in PENALTIES for w in MT_WEIGHTS for q in NEW_PENALTIES
            for s in (PRIOR_SCALES if q is not None else (0.0,))]
    scores: dict[tuple, float] = {}
    for config in grid:
        rs = []
        for train, test in folds:
            rows = np.concatenate([train, np.arange(n_nyt, len(y))])
            valence = valences(rows, np.where(rows < n_nyt, 1.0, config[1]), config[0], config[2], config[3])
            rs.append(pearsonr(compound(S0[test] + M[test] @ (valence - vader), n_words[test]), y[test])[0])
        scores[config] = float(np.mean(rs))
        print("penalty {}, NewsMTSC weight {}, new-word penalty {}, prior scale {}: CV r {:.4f}".format(
            *config, scores[config]), flush=True)
    best = max(scores, key=lambda k: scores[k])
    penalty, mt_weight, new_penalty, prior_scale = best
    without = max(v for k, v in scores.items() if k[2] is None)
    every = np.arange(len(y))
    valence = valences(every, np.where(every < n_nyt, 1.0, mt_weight), penalty, new_penalty, prior_scale)
    support = Counter(w for text in texts[:n_nyt] for w in {x.strip(S.PUNCT).lower() for x in text.split()})
    rows = [(w, base[w], v, "vader") for w, v in zip(old, valence[:len(old)]) if abs(v - base[w]) >= MIN_CHANGE]
    if new_penalty is not None:
        rows += [(w, 0.0, v, "pattern") for w, v in zip(new, valence[len(old):]) if abs(v) >= MIN_CHANGE]
    rows.sort()
    OUT.write_text(
        "# News valences for mediadiff/tone/sentiment.py: VADER lexicon words re-rated for news (source vader)\n"
        "# and subjective words VADER lacks (source pattern: Pattern lexicon, De Smedt & Daelemans 2012, PDDL).\n"
        "# Written by bench/learn_news_valence.py from the NYT editorial snippets with ODD article ids\n"
        f"# ({n_nyt} sentences) and NewsMTSC train ({len(mt)} sentences, weight {mt_weight}); ridge penalty\n"
        f"# {penalty}, new-word penalty x{new_penalty}, prior scale {prior_scale} chosen by 5-fold CV grouped by\n"
        f"# article on the odd ids (CV r {scores[best]:.4f}; VADER's words only: {without:.4f}).\n"
        "# Only words that moved by >= 0.05 are listed; every other word keeps its VADER valence.\n"
        "word\tvader\tnews\tnyt_train_n\tsource\n"
        + "".join(f"{w}\t{b:.2f}\t{v:.2f}\t{support[w]}\t{src}\n" for w, b, v, src in rows),
        encoding="utf-8",
    )
    print(f"{len(rows)} words -> {OUT.relative_to(REPO)} (CV r {scores[best]:.4f}, VADER's words only {without:.4f})")


if __name__ == "__main__":
    main()
