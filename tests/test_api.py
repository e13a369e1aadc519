"""The public library API: every exported name resolves, and a research script's path works."""

import subprocess
import sys

import mediadiff


def test_every_public_name_resolves():
    for name in mediadiff.__all__:
        assert getattr(mediadiff, name) is not None, name


def test_import_does_not_load_heavy_dependencies():
    code = "import sys, mediadiff; print(sorted(m for m in ('matplotlib', 'sklearn', 'nltk', 'vaderSentiment') if m in sys.modules))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_research_script_path(seeds):
    result = mediadiff.compare(seeds["003"], seeds["004"])
    data = result.to_dict()
    assert [a["id"] for a in data["articles"]] == ["003", "004"]
    scores = mediadiff.score_article(seeds["004"])
    assert len(scores.comment_scores) == 5
    events = mediadiff.group_events(list(seeds))
    assert sorted(i for e in events for i in e.article_ids) == list(seeds.ids)
