import re

from mediadiff.voices.phrases import tokens, tokens_between
from mediadiff.voices.verbs import verb_lexicon, verb_pattern

TEXT = ("“We pointed out the risk,” she said, pointing outward. The minister says so; he sayso, "
        "unsaid, and called  for talks, calls\nfor more, according to aides. Said X: Trump fired back, "
        "firing backs and refers to it, said_x, saidé, 3said, \"It reads,\" the sign reads: stop.")


def test_verb_pattern_finds_what_the_plain_list_of_forms_longest_first_finds():
    forms = sorted(verb_lexicon(), key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(f.replace(" ", r"\s+") for f in forms) + r")\b")
    for start, end in [(0, len(TEXT)), (5, 60), (40, 120), (119, len(TEXT) - 3)]:
        found = [(m.start(), m.end()) for m in verb_pattern().finditer(TEXT, start, end)]
        assert found == [(m.start(), m.end()) for m in plain.finditer(TEXT[:end], start)]
    assert "pointed out" in [m.group(0) for m in verb_pattern().finditer(TEXT)]


def test_tokens_between_are_the_tokens_of_the_slice_in_place():
    for start, end in [(0, len(TEXT)), (3, 44), (50, 51), (60, 60)]:
        shifted = [(w, a + start, b + start) for w, a, b in tokens(TEXT[start:end])]
        assert tokens_between(TEXT, start, end) == shifted
    assert tokens_between("Sen. Rand Paul, R-Ky., told", 0, 27, limit=3) is None
    assert tokens_between("Rubio agreed.", 0, 13, limit=3) == tokens("Rubio agreed.")
