"""The HTML report in a real headless browser (Debian's chromium), and its structure always."""

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from mediadiff.render.bundle import write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def report(seeds, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    return write_report([seeds["001"], seeds["003"], seeds["004"]], out)


class _Structure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.tags, self.problems = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in ("meta", "img", "br", "link", "input"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unexpected </{tag}>")
        else:
            self.stack.pop()


def test_report_html_is_well_formed_and_self_contained(report):
    html = report.html.read_text(encoding="utf-8")
    parser = _Structure()
    parser.feed(html)
    assert parser.problems == [] and parser.stack == []
    assert parser.tags.count("img") == len(report.charts)
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", html), "the report must not fetch anything"
    assert "<h2 id=coverage>Coverage" in html and "<h2 id=tone>Tone and hedging</h2>" in html


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_report_opens_in_headless_chromium_with_every_chart_shown(report, tmp_path):
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom",
        report.html.resolve().as_uri(),
    ]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120).stdout
    shown = re.search(r'data-charts-shown="(\d+)/(\d+)"', dom)
    assert shown, "the page's load handler did not run"
    assert shown.group(1) == shown.group(2) == str(len(report.charts))
