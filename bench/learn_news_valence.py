"""Learn mediadiff's news valences (mediadiff/data/news_valence.tsv): VADER lexicon words re-rated for news.

Why: VADER's lexicon was rated for social media. In news, topic and role words ("security" +1.4,
"justice" +2.4, "crime" -2.5, "progress" +1.8) name what a story is about rather than how it is told,
and human ratings of news sentences disagree with them. We keep VADER (its rules for negation,
boosters, "but", capitals, punctuation) and re-estimate only the valence of lexicon words, where
news data say it is wrong.

Data (train only): the ODD article ids of the NYT editorial snippets (Hutto & Gilbert 2014; the even
ids are held out for bench/bench_sentiment.py) and NewsMTSC train (Hamborg & Donnay 2021; the sentence's
mean target polarity, 2/4/6 -> -4/0/+4, as a weaker sentence-level signal, weighted MT_WEIGHT).
Names are masked and reporting verbs zeroed first, exactly as at run time.

Method: VADER's sum of word sentiments is linear in the lexicon valences once its rules have been
applied, so for each sentence we read each lexicon word's multiplier (its sentiment when its valence is
1 vs 2: negation flips and dampens it, "but" re-weights it). Ridge regression then fits a correction
per word (seen in >= MIN_COUNT training sentences) of the rating's residual over VADER's sum, shrunk
towards VADER's own valence: a word moves only as far as the data support. The penalty and the
NewsMTSC weight are chosen by 5-fold cross-validation grouped by article on the odd NYT ids.

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

from mediadiff.tone import sentiment as S  # noqa: E402

OUT = REPO / "mediadiff" / "data" / "news_valence.tsv"
PENALTIES = (0.3, 1, 3, 10)
MT_WEIGHTS = (0.0, 0.25, 0.5, 1.0)
MIN_COUNT = 3
MIN_CHANGE = 0.05


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


def fit(M, S0, y, weights, base_valence, penalty: float):
    """Valences: VADER's plus a ridge correction (shrunk to 0) per candidate word."""
    import numpy as np
    from sklearn.linear_model import Ridge

    slope = float(np.polyfit(S0, y, 1, w=weights)[0])
    model = Ridge(alpha=penalty).fit(M.multiply(slope).tocsr(), y - slope * S0, sample_weight=weights)
    return np.clip(base_valence + model.coef_, -4, 4)


def main() -> None:
    import numpy as np
    from scipy.stats import pearsonr
    from sklearn.model_selection import GroupKFold

    base = S.base_news_lexicon()
    nyt = [(int(i.split("_")[0]), g, t) for i, g, t in read_nyt() if int(i.split("_")[0]) % 2 == 1]
    mt = read_newsmtsc_sentences()
    texts = prepared([t for _, _, t in nyt] + [t for t, _ in mt], base)
    y = np.array([g for _, g, _ in nyt] + [g for _, g in mt])
    counts = Counter(w for text in texts for w in {x.strip(S.PUNCT) for x in text.lower().split()} if w in base)
    skip = S.vader_rule_words()
    candidates = sorted(w for w, n in counts.items() if n >= MIN_COUNT and w not in skip and base[w] != 0)
    M, S0 = design(texts, base, candidates)
    base_valence = np.array([base[w] for w in candidates])
    n_nyt = len(nyt)
    groups = np.array([a for a, _, _ in nyt])
    scores: dict[tuple[float, float], float] = {}
    for penalty in PENALTIES:
        for mt_weight in MT_WEIGHTS:
            rs = []
            for train, test in GroupKFold(5).split(np.arange(n_nyt), groups=groups):
                rows = np.concatenate([train, np.arange(n_nyt, len(y))])
                weights = np.where(rows < n_nyt, 1.0, mt_weight)
                valence = fit(M[rows], S0[rows], y[rows], weights, base_valence, penalty)
                shift = M[test] @ (valence - base_valence)
                total = S0[test] + shift
                rs.append(pearsonr(total / np.sqrt(total * total + 15), y[test])[0])
            scores[(penalty, mt_weight)] = float(np.mean(rs))
            print(f"penalty {penalty}, NewsMTSC weight {mt_weight}: CV r {scores[(penalty, mt_weight)]:.4f}")
    penalty, mt_weight = max(scores, key=lambda k: scores[k])
    weights = np.where(np.arange(len(y)) < n_nyt, 1.0, mt_weight)
    valence = fit(M, S0, y, weights, base_valence, penalty)
    support = Counter(w for text in texts[:n_nyt] for w in {x.strip(S.PUNCT) for x in text.lower().split()})
    rows = [(w, base[w], v) for w, v in zip(candidates, valence) if abs(v - base[w]) >= MIN_CHANGE]
    OUT.write_text(
        "# News valences for mediadiff/tone/sentiment.py: VADER lexicon words re-rated for news.\n"
        "# Written by bench/learn_news_valence.py from the NYT editorial snippets with ODD article ids\n"
        f"# ({n_nyt} sentences) and NewsMTSC train ({len(mt)} sentences, weight {mt_weight}); ridge penalty\n"
        f"# {penalty} chosen by 5-fold CV grouped by article on the odd ids (CV r {scores[penalty, mt_weight]:.4f}).\n"
        "# Only words that moved by >= 0.05 are listed; every other word keeps its VADER valence.\n"
        "word\tvader\tnews\tnyt_train_n\n"
        + "".join(f"{w}\t{b:.2f}\t{v:.2f}\t{support[w]}\n" for w, b, v in rows),
        encoding="utf-8",
    )
    print(f"{len(rows)} words re-rated -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
