"""Check that sentence scoring gives identical results before and after a speed change.

Scores every sentence of the NYT editorial snippets, MSRP (both sides, train and test) and
NewsMTSC (train and devtest_mt) the way ``score`` does (``_score_span``: tone, tone cues, hedge /
booster / attribution cues, hedge score, certainty and its cues, word count), plus plain VADER
through mediadiff (``news=False``), ``tone_toward`` on every NewsMTSC mention and the seeds in all
three voices (with the flat records the CSV and JSON Lines writers get), and writes the
``repr`` of every result (floats in full) to a file. Run it once on
the code before the change (``--save``) and once after (``--check``): any difference is printed
and the exit status is 1. Every run also checks ``mediadiff.tone.vader.compound`` against
vaderSentiment's own ``polarity_scores`` on every sentence, with VADER's lexicon on the text as
written and with the news lexicon on the text the news scorer gives VADER (names masked).

    python bench/check_scoring_identical.py --save /tmp/before.json
    python bench/check_scoring_identical.py --check /tmp/before.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from identity import count_differences  # noqa: E402
from learn_hedge_weights import bench_dir  # noqa: E402


def sentences() -> list[str]:
    """The distinct sentences of the NYT snippets, MSRP and NewsMTSC, in a fixed order."""
    root = bench_dir()
    texts: list[str] = []
    nyt = root / "vader_groundtruth" / "nytEditorialSnippets_GroundTruth.txt"
    texts += [line.split("\t", 2)[2] for line in nyt.read_text(encoding="utf-8-sig").splitlines()
              if line.count("\t") >= 2]
    for name in ("msr_paraphrase_train.txt", "msr_paraphrase_test.txt"):
        for line in (root / "msrp" / name).read_text(encoding="utf-8-sig").splitlines()[1:]:
            texts += line.split("\t")[3:5]
    for name in ("train.jsonl", "devtest_mt.jsonl"):
        for line in (root / "newsmtsc" / name).read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["sentence_normalized"])
    return list(dict.fromkeys(t for t in texts if t.strip()))


def mentions() -> list[tuple[str, int, int]]:
    rows = []
    for line in (bench_dir() / "newsmtsc" / "devtest_mt.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        rows += [(item["sentence_normalized"], t["from"], t["to"]) for t in item["targets"]]
    return rows


def results() -> dict[str, list[str]]:
    import mediadiff
    from mediadiff.scale.stream import score_records
    from mediadiff.tone.lexicons import load_lexicon
    from mediadiff.tone.scoring import _score_span, to_records
    from mediadiff.tone.sentiment import sentence_tone

    lexicon = load_lexicon()
    texts = sentences()
    out: dict[str, list[str]] = {
        "score": [repr(_score_span(t, 0, len(t), index=0, article_id=None, lexicon=lexicon)) for t in texts],
        "plain": [repr(sentence_tone(t, news=False)) for t in texts],
        "toward": [repr(mediadiff.tone_toward(t, a, b)) for t, a, b in mentions()],
        "texts": texts,
    }
    corpus = list(mediadiff.load_corpus(REPO / "seeds"))
    for voice in ("own", "quoted", "all"):
        out[f"seeds-{voice}"] = [repr(mediadiff.score_article(a, voice=voice)) for a in corpus]
        out[f"records-{voice}"] = [repr(score_records(a, by=by, voice=voice)) for a in corpus
                                   for by in ("sentence", "article")]
        out[f"records-{voice}"] += [repr(to_records(mediadiff.score_corpus(corpus, by="outlet", voice=voice)))]
    return out


def vader_differences(texts: list[str]) -> int:
    """Sentences where ``vader.compound`` and vaderSentiment's ``polarity_scores`` disagree."""
    from mediadiff.tone import sentiment as S

    try:
        from mediadiff.tone.vader import compound
    except ImportError:  # the code before the change may not have it
        print("no mediadiff.tone.vader in this tree: VADER comparison skipped")
        return 0

    bad = 0
    for news in (False, True):
        analyzer = S._analyzer(news)
        for text in texts:
            if news:
                text = S.mask_names(S.straighten_quotes(text), lexicon=analyzer.lexicon,
                                    keep=S.vader_rule_words(), rules=True).text
            ours, theirs = compound(analyzer, text), float(analyzer.polarity_scores(text)["compound"])
            if repr(ours) != repr(theirs):
                bad += 1
                if bad <= 5:
                    which = 'news' if news else 'plain'
                    print(f"vader ({which} lexicon) differs: {ours!r} vs {theirs!r}: {text[:200]}")
    print(f"vader.compound vs vaderSentiment polarity_scores: {2 * len(texts):,} scores, {bad} differences")
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args()
    now = results()
    vader_bad = vader_differences(now["texts"])
    counts = ", ".join(f"{k} {len(v):,}" for k, v in now.items() if k != "texts")
    if args.save:
        args.save.write_text(json.dumps(now), encoding="utf-8")
        print(f"saved {counts} to {args.save}")
        sys.exit(1 if vader_bad else 0)
    before = json.loads(args.check.read_text(encoding="utf-8"))
    bad = count_differences(before, now)
    print(f"{'IDENTICAL' if not bad else f'{bad} DIFFERENCES'}: {counts}")
    sys.exit(1 if bad or vader_bad else 0)


if __name__ == "__main__":
    main()
