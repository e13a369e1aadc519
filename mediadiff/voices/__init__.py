"""Stage 2, voices: who says what, in whose voice.

- ``attribution``: ``attribute(article)`` divides a body into the outlet's own voice and attributed
  content (direct quotes, reported speech) with source, speaker, cue and offsets; ``actor_mentions``
- ``actors``: people and organisations resolved across an article; ``merge_actors`` across a corpus
- ``cues``: reporting verbs and phrases and the patterns that give them a source
- ``quotemarks``: which characters open and close a quote
- ``quotes``: quotations in an article and matching them across articles
"""

from mediadiff.voices.actors import Actor, ActorMention, merge_actors
from mediadiff.voices.attribution import Attribution, Attributions, Voice, actor_mentions, attribute

__all__ = ["Actor", "ActorMention", "Attribution", "Attributions", "Voice", "actor_mentions", "attribute",
           "merge_actors"]
