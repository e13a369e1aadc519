"""The reporting-verb lexicon (``data/reporting_verbs.tsv``): forms, stance and connotation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Forms that are also nouns ("a recent report noted"): a cue only after a name or pronoun.
NOUN_TOO = frozenset("""
calls call brands labels remarks report reports claim claims note notes comment comments demand demands state
states post promise promises pledge pledges vow vows warning attack joke jokes quip charge
quote quotes question questions chant chants email emails thanks praise blame yell scream
""".split())
# Verbs whose object is a noun phrase, not a clause: their reported content needs "that".
OBJECT_VERBS = frozenset("""
call dub label brand repeat criticize highlight mention describe demand call for urge reiterate stress emphasize
announce deny accuse threaten reaffirm underscore praise blast slam attack reveal affirm promise pledge vow predict
recall mock deride denounce chide dismiss blame question praise thank quote cite assure
""".split())
# Forms that report only right after a quote or before a colon ("“…,” the sign read"; "it reads:"):
# elsewhere they are reading, not saying.
ADJACENT_ONLY = frozenset({"read", "reads"})


@dataclass(frozen=True)
class VerbEntry:
    """One reporting verb: ``verb`` (lemma), ``stance`` neutral|loaded, ``connotation``."""

    verb: str
    stance: str
    connotation: str | None


@lru_cache(maxsize=1)
def verb_lexicon() -> dict[str, VerbEntry]:
    """Surface form (lower case, words joined by one space) -> its entry."""
    rows = resources.files("mediadiff").joinpath("data/reporting_verbs.tsv").read_text(encoding="utf-8")
    forms: dict[str, VerbEntry] = {}
    header = None
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells + [""] * len(header)))
        entry = VerbEntry(row["verb"], row["stance"], row["connotation"] or None)
        for form in (row["forms"] or row["verb"]).split("|"):
            forms[form.strip()] = entry
    return forms


@lru_cache(maxsize=1)
def verb_pattern() -> re.Pattern:
    forms = sorted(verb_lexicon(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(f.replace(" ", r"\s+") for f in forms) + r")\b")
