"""Archive exports: the labels a news archive prints between the parts of a stored article.

An article exported from an archive (ProQuest, LexisNexis, the NYT's own) is a record: its headline, then its
parts under labels in capitals ("ABSTRACT.", "FULL TEXT.", "BODY:"), and fields the archive adds ("LENGTH: 812
words", "LOAD-DATE: September 9, 2016"). The labels and fields are the archive's, not the writer's: a line that
is only a label, or a field of the archive's own, is no body text. The line above the record's first label is
its headline, whatever its case and though the archive ended it in a full stop. The lists are in ``params``.
"""

from __future__ import annotations

import re

from mediadiff.corpus.params import EXPORT_FIELDS, EXPORT_LABELS

_LABEL = re.compile(r"\s*(?P<label>[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,3})\s*[.:]?\s*", re.IGNORECASE)
# A field is written as the archive prints it, in capitals ("LENGTH: 812 words"): "Length: 812 words" may be prose.
_FIELD = re.compile(r"(?P<label>[A-Z][A-Z-]{1,30}): \S")


def is_export_label(text: str) -> bool:
    """A line that is only an archive's label ("ABSTRACT.", "FULL TEXT.", "Full text:", "BODY:") or a field of
    the archive's record in capitals ("LENGTH: 812 words", "LOAD-DATE: September 9, 2016", "LANGUAGE: ENGLISH")."""
    if len(text) > 200:
        return False
    label = _LABEL.fullmatch(text)
    if label is not None and label["label"].lower() in EXPORT_LABELS:
        return True
    field = _FIELD.match(text)
    return field is not None and field["label"] in EXPORT_FIELDS
