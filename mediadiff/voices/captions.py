"""Photo captions and credits left in a body: lines beside the story, never its sentences' antecedents.

``corpus.cleaning`` sets captions and credits aside when it reads a file, but an ``Article`` built by a caller
(a library user's own segmentation, a feed's text) may still hold them: "Photo: Mary Smith at the rally.",
"Mary Smith waves at the rally. (AP Photo/Jim Lee)". A caption stands apart from the story (it describes a
picture, AP Stylebook "captions"), so the names in it are no one the story's next "he" or "she" refers to: in
'"We will win," he added.' after such a line, "he" is the story's last man, not the photographer. A paragraph
is one when ``corpus.furniture.is_caption`` reads it so (a label "Photo:", "Image:", or a credit at its end).
"""

from __future__ import annotations

from mediadiff.corpus.furniture import is_caption
from mediadiff.models import Article


def caption_starts(article: Article) -> frozenset[int]:
    """Where the sentences of ``article``'s caption or credit paragraphs start."""
    paragraphs: dict[int, list] = {}
    for sentence in article.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    return frozenset(s.start for group in paragraphs.values() if len(group) <= 3
                     and is_caption(article.raw[group[0].start:group[-1].end]) for s in group)
