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
per word of the rating's residual over VADER's sum, shrunk towards VADER's own valence (0 for a word
VADER lacks, or a fraction of its Pattern polarity): a word moves only as far as the data support.
Regularisation, all chosen together by cross-validation inside the training data (5 folds grouped by
article on the odd NYT ids, repeated over REPEATS shufflings; NewsMTSC train is in every training fold
and never scored; held-out folds are scored as run time does, length adjustment included):
  - the ridge penalty (how far a word may move from its VADER rating) and the NewsMTSC weight;
  - a minimum evidence count: a word is re-rated or added only when it counts (after names, reporting
    verbs, evaluated subjects and topic nouns are set aside) in at least that many training sentences,
    counted in the training folds only; every other word keeps VADER's rating (or stays out);
  - for words VADER lacks: none at all, or an extra penalty factor, a prior (0: shrink to absent, or
    half the Pattern polarity), a minimum Pattern subjectivity (0.3, or 0.5: words with many objective
    senses, such as "first" and "new", stay out) and whether a word's room to move is its subjectivity;
  - the long-sentence de-saturation exponent (tone/params.py LENGTH_EXPONENT), scored in the same folds.
One rule holds throughout (SIGN_KEPT): a learned valence keeps the sign of the word's dictionary rating (VADER's,
or Pattern's polarity for a word VADER lacks) or becomes 0: news data may say how strongly a word is tone, but a
word they push across zero, or one Pattern rates neutral, is read as topic ("sexual assault", "prison sentence").
CV differences between neighbouring settings are within noise, so the one-standard-error rule decides:
of the settings whose CV r is below the best's by less than one standard error of their paired per-fold
difference, the one whose lexicon departs least from VADER's (sum of squared valence changes) is refitted
on all training sentences.

    pip install textblob  # only its en-sentiment.xml is read, for the Pattern lexicon
    apt-get install wordnet-base  # WordNet 3.0 index files in /usr/share/wordnet (parts of speech)
    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_news_valence.py

The valences are the VADER member of news tone; after re-learning them, re-choose the blend (negative weight and
Pattern's weight, tone/params.py) with bench/learn_tone_blend.py, whose SHIPPED must be the setting chosen here.
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

from mediadiff.tone import newsrules  # noqa: E402
from mediadiff.tone import sentiment as S  # noqa: E402
from mediadiff.tone.names import PUNCT  # noqa: E402
from mediadiff.tone.params import LENGTH_EXPONENT  # noqa: E402

OUT = REPO / "mediadiff" / "data" / "news_valence.tsv"
PENALTIES = (1, 3, 10, 30)
MT_WEIGHTS = (0.25, 0.5)
MIN_EVIDENCE = (3, 5, 10, 20)  # training sentences in which a word counts, for it to be re-rated or added
NEW_PENALTIES = (None, 1, 3, 10)  # extra penalty factor for words VADER lacks; None: add no new words
PRIOR_SCALES = (0.0, 0.5)  # Pattern polarity (-1..1) times 4 times this is a new word's prior valence
SUBJECTIVITY = (0.3, 0.5)  # minimum mean Pattern subjectivity of an added word (0 objective .. 1 subjective)
# True: an added word's room to move from its prior is its Pattern subjectivity (a word with many objective
# senses, such as "first", is held closer: its penalty is divided by subjectivity squared)
SUBJECTIVITY_WIDTH = (False, True)
LENGTH_EXPONENTS = (0.25, 0.5, 0.75, 1.0)  # the long-sentence de-saturation (tone/params.py), scored in the same CV
# A rule, not a choice of the CV (issue 14: topic is not tone): a learned valence keeps the sign of the
# word's dictionary rating (VADER's, or Pattern's for a word VADER lacks) or becomes 0.
SIGN_KEPT = True
REPEATS = 2  # shufflings of the grouped folds (less noise in the choice)
MIN_COUNT = 3  # occurrences in the training sentences for a VADER word to enter the design at all
MIN_COUNT_NEW = 2  # lower-case occurrences in the training sentences, for a word VADER lacks
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


def subjective_words() -> dict[str, tuple[float, float]]:
    """Pattern's English adjective lexicon (TextBlob's copy): word -> (mean polarity in [-1, 1], mean
    subjectivity in [0, 1]) over its senses, for words whose mean subjectivity reaches min(SUBJECTIVITY)."""
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
    means = {w: (sum(p for p, _ in v) / len(v), sum(s for _, s in v) / len(v)) for w, v in senses.items()}
    return {w: m for w, m in means.items()
            if w.isalpha() and m[1] >= min(SUBJECTIVITY) and mostly_adjective(w, wordnet)}


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


def compound(total, n_words, exponent: float = LENGTH_EXPONENT):
    """VADER's normalisation of summed sentiments, after mediadiff's length adjustment (as at run time)."""
    import numpy as np

    total = total / np.where(n_words > 10, (n_words / 10.0) ** exponent, 1.0)
    return total / np.sqrt(total * total + 15)


def candidate_words(texts: list[str], base: dict[str, float],
                    pattern: dict[str, tuple[float, float]]) -> tuple[list, list]:
    """(VADER words to re-rate, subjective words VADER lacks) with enough support in ``texts``."""
    # never tone, as at run time
    skip = S.vader_rule_words() | S.reporting_verbs() | newsrules.QUANTITY_WORDS | newsrules.identity_words()
    counts = Counter(w for text in texts for w in {x.strip(PUNCT).lower() for x in text.split()})
    lower = Counter(w for text in texts for w in {x.strip(PUNCT) for x in text.split()} if w[:1].islower())
    old = sorted(w for w, n in counts.items() if n >= MIN_COUNT and w in base and w not in skip and base[w] != 0)
    new = sorted(w for w, n in lower.items()
                 if n >= MIN_COUNT_NEW and w in pattern and w not in base and w not in skip)
    return old, new


def grid() -> list[tuple]:
    """(penalty, NewsMTSC weight, minimum evidence, new-word penalty, prior scale, minimum subjectivity,
    subjectivity as width)."""
    added = [(None, 0.0, 0.0, False)] + [(q, s, m, b) for q in NEW_PENALTIES if q is not None
                                         for s in PRIOR_SCALES for m in SUBJECTIVITY for b in SUBJECTIVITY_WIDTH]
    return [(p, w, e, *a) for p in PENALTIES for w in MT_WEIGHTS for e in MIN_EVIDENCE for a in added]


def valences(data: dict, rows, config: tuple, evidence):
    """Valences fitted on ``rows`` under ``config``; ``evidence``: training sentences per word in ``rows``."""
    import numpy as np

    penalty, mt_weight, min_evidence, new_penalty, prior_scale, min_subjectivity, width = config
    is_new = data["is_new"]
    used = evidence >= min_evidence
    used &= ~is_new if new_penalty is None else ~is_new | (data["subjectivity"] >= min_subjectivity)
    room = (new_penalty or 1) ** -0.5 * (data["subjectivity"] if width else 1.0)
    scale = np.where(is_new, room, 1.0) * used  # 0: the word keeps its prior
    prior = np.where(is_new, prior_scale * data["polarity"] * used, data["vader"])
    M, y = data["M"][rows], data["y"][rows]
    weights = np.where(rows < data["n_nyt"], 1.0, mt_weight)
    fitted = fit(M, data["S0"][rows] + M @ (prior - data["vader"]), y, weights, prior, penalty, scale)
    if not SIGN_KEPT:
        return fitted
    # data may change how strongly a word is tone in news, not its direction: a word pushed across zero
    # (VADER's "sentence" +0.3 to -1.1 by prison sentences, Pattern's "sexual" +0.5 to -1.5 by "sexual
    # assault") or one Pattern rates neutral ("private", "only") is read as topic, and carries no tone
    direction = np.sign(np.where(is_new, data["polarity"], data["vader"]))
    return np.where(fitted * direction > 0, fitted, 0.0)


def cross_validate(data: dict, configs: list[tuple], groups) -> dict[tuple, list[float]]:
    """(config, length exponent) -> Pearson r on each held-out NYT fold (odd ids only), folds in one order."""
    import numpy as np
    from scipy.stats import pearsonr
    from sklearn.model_selection import GroupKFold

    n_nyt, n = data["n_nyt"], len(data["y"])
    rs: dict[tuple, list[float]] = {(c, e): [] for c in configs for e in LENGTH_EXPONENTS}
    for seed in range(REPEATS):
        for train, test in GroupKFold(5, shuffle=True, random_state=seed).split(np.arange(n_nyt), groups=groups):
            rows = np.concatenate([train, np.arange(n_nyt, n)])
            evidence = np.asarray(data["present"][rows].sum(axis=0)).ravel()
            for config in configs:
                valence = valences(data, rows, config, evidence)
                total = data["S0"][test] + data["M"][test] @ (valence - data["vader"])
                for exponent in LENGTH_EXPONENTS:
                    predicted = compound(total, data["n_words"][test], exponent)
                    rs[config, exponent].append(float(pearsonr(predicted, data["y"][test])[0]))
    return rs


def one_standard_error(data: dict, rs: dict[tuple, list[float]], evidence) -> tuple[tuple, tuple]:
    """(CV-best key, chosen key). The one-standard-error rule (Breiman et al. 1984; Hastie, Tibshirani &
    Friedman 2009, 7.10) on paired fold differences: of the settings whose CV r is below the best's by
    less than one standard error of their per-fold difference, the one whose lexicon departs least from
    VADER's (sum of squared changes over the candidate words, fitted on all training sentences); its
    length exponent is then the best one for it (the exponent is not a regulariser)."""
    import numpy as np

    best = max(rs, key=lambda k: np.mean(rs[k]))
    by_config: dict[tuple, tuple] = {}
    for key in rs:
        if key[0] not in by_config or np.mean(rs[key]) > np.mean(rs[by_config[key[0]]]):
            by_config[key[0]] = key
    every = np.arange(len(data["y"]))
    departure = {}
    for config, key in by_config.items():
        difference = np.array(rs[key]) - np.array(rs[best])
        if difference.mean() >= -difference.std(ddof=1) / np.sqrt(len(difference)):
            fitted = valences(data, every, config, evidence)
            departure[key] = float(((fitted - data["vader"]) ** 2).sum())
    chosen = min(departure, key=lambda k: (departure[k], -np.mean(rs[k])))
    print(f"{len(departure)} settings within one standard error of the best; departure from VADER: best "
          f"{departure[best]:.1f}, chosen {departure[chosen]:.1f}")
    return best, chosen


def training_data() -> tuple[dict, dict, list, list, list[str], list[str], dict]:
    """(VADER base lexicon, Pattern words, odd-id NYT snippets, NewsMTSC train, prepared texts, candidate
    words, design data) exactly as the run-time rules see them; shared with learn_tone_blend.py."""
    import numpy as np

    base = S.base_news_lexicon()
    pattern = subjective_words()
    nyt = [(int(i.split("_")[0]), g, t) for i, g, t in read_nyt() if int(i.split("_")[0]) % 2 == 1]
    mt = read_newsmtsc_sentences()
    raw = [S.straighten_quotes(t) for _, _, t in nyt] + [t for t, _ in mt]
    old, new = candidate_words(raw, base, pattern)
    # names, reporting verbs, evaluated subjects and topic nouns are set aside as at run time, where the
    # new words are part of the lexicon
    texts = prepared(raw, {**base, **dict.fromkeys(new, 1.0)})
    candidates = old + new
    M, S0 = design(texts, base, candidates)  # S0: new words at 0
    data = {"M": M, "S0": S0, "n_nyt": len(nyt), "present": (M != 0).astype(float).tocsr(),
            "y": np.array([g for _, g, _ in nyt] + [g for _, g in mt]),
            "n_words": np.array([len(t.split()) for t in texts]),
            "is_new": np.array([w not in base for w in candidates]),
            "vader": np.array([base.get(w, 0.0) for w in candidates]),
            "polarity": np.array([4 * pattern.get(w, (0.0, 0.0))[0] for w in candidates]),
            "subjectivity": np.array([pattern.get(w, (0.0, 0.0))[1] for w in candidates])}
    return base, pattern, nyt, mt, texts, candidates, data


def main() -> None:  # long because: the data, the cross-validated grid, then the final fit and its file
    import numpy as np

    base, pattern, nyt, mt, texts, candidates, data = training_data()
    configs = grid()
    rs = cross_validate(data, configs, np.array([a for a, _, _ in nyt]))
    scores = {k: (float(np.mean(v)), float(np.std(v, ddof=1) / np.sqrt(len(v)))) for k, v in rs.items()}
    for key, (mean, se) in scores.items():
        print("penalty {}, NewsMTSC weight {}, min evidence {}, new-word penalty {}, prior scale {}, "
              "min subjectivity {}, subjectivity width {}".format(*key[0])
              + f", length exponent {key[1]}: CV r {mean:.4f} ± {se:.4f}")
    report_margins(scores)
    without = max(v[0] for k, v in scores.items() if k[0][3] is None)
    every = np.arange(len(data["y"]))
    evidence = np.asarray(data["present"].sum(axis=0)).ravel()
    top, best = one_standard_error(data, rs, evidence)
    print(f"CV-best {top} (CV r {scores[top][0]:.4f}); chosen {best} (CV r {scores[best][0]:.4f})")
    for key in (top, best):
        fitted = valences(data, every, key[0], evidence)
        print(key, {w: round(float(fitted[candidates.index(w)]), 2) for w in ("first", "new", "skittish", "support")
                    if w in candidates})
    valence = valences(data, every, best[0], evidence)
    support = Counter(w for text in texts[:len(nyt)] for w in {x.strip(PUNCT).lower() for x in text.split()})
    rows = [(w, base.get(w, 0.0), v, support[w], int(n), "pattern" if w not in base else "vader")
            for w, v, n in zip(candidates, valence, evidence) if abs(v - base.get(w, 0.0)) >= MIN_CHANGE]
    write(sorted(rows), best, scores[best][0], without, n_nyt=len(nyt), n_mt=len(mt), top=(top, scores[top][0]))
    for word in ("first", "new", "skittish", "security", "progress", "support"):
        j = candidates.index(word) if word in candidates else None
        print(word, "not a candidate" if j is None else f"{valence[j]:+.2f} (VADER {base.get(word, 0.0):+.1f}, "
              f"evidence {int(evidence[j])})")
    print(f"{len(rows)} words -> {OUT.relative_to(REPO)}: {best} (CV r {scores[best][0]:.4f} ± "
          f"{scores[best][1]:.4f}, VADER's words only {without:.4f})")


def report_margins(scores: dict[tuple, tuple[float, float]]) -> None:
    """For each setting of each choice, the best CV r over every other choice."""
    names = ("penalty", "NewsMTSC weight", "min evidence", "new-word penalty", "prior scale", "min subjectivity",
             "subjectivity width")
    for k, name in enumerate(names):
        best: dict = {}
        for (config, _), (mean, _) in scores.items():
            best[config[k]] = max(best.get(config[k], -1.0), mean)
        print(f"{name}: " + ", ".join(f"{value} {r:.4f}" for value, r in best.items()))
    best = {}
    for (_, exponent), (mean, _) in scores.items():
        best[exponent] = max(best.get(exponent, -1.0), mean)
    print("length exponent: " + ", ".join(f"{value} {r:.4f}" for value, r in best.items()))


def write(rows: list[tuple], best: tuple, cv_r: float, without: float, *, n_nyt: int, n_mt: int,
          top: tuple) -> None:
    (penalty, mt_weight, min_evidence, new_penalty, prior_scale, min_subjectivity, width), exponent = best
    sign = "; a valence keeps its dictionary sign or is 0" if SIGN_KEPT else ""
    added = ("no words VADER lacks" if new_penalty is None else
             f"words VADER lacks: penalty x{new_penalty}" + (" / subjectivity^2" if width else "")
             + f", prior {prior_scale} x 4 x Pattern polarity, Pattern subjectivity >= {min_subjectivity}")
    OUT.write_text(
        "# News valences for mediadiff/tone/sentiment.py: VADER lexicon words re-rated for news (source vader)\n"
        "# and subjective words VADER lacks (source pattern: Pattern lexicon, De Smedt & Daelemans 2012, PDDL).\n"
        "# Written by bench/learn_news_valence.py from the NYT editorial snippets with ODD article ids\n"
        f"# ({n_nyt} sentences) and NewsMTSC train ({n_mt} sentences, weight {mt_weight}), names, reporting verbs,\n"
        "# evaluated subjects and topic nouns set aside as at run time. Ridge penalty "
        f"{penalty}, minimum evidence\n# {min_evidence} training sentences, {added};\n"
        f"# length exponent {exponent} (tone/params.py LENGTH_EXPONENT must be this){sign};\n"
        f"# chosen by 5-fold CV grouped by article on the odd ids, {REPEATS} shufflings, one-standard-error rule\n"
        f"# (the setting nearest VADER within one SE of the best: CV r {cv_r:.4f}; best {top[1]:.4f}; VADER's words\n"
        f"# only {without:.4f}). Only words that moved by >= {MIN_CHANGE} are listed; every other\n"
        "# word keeps its VADER valence. evidence: training sentences (NYT odd + NewsMTSC) in which the word counts.\n"
        "word\tvader\tnews\tnyt_train_n\tevidence\tsource\n"
        + "".join(f"{w}\t{b:.2f}\t{v:.2f}\t{s}\t{n}\t{src}\n" for w, b, v, s, n, src in rows),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
