"""Stage 2, align: what two or more articles share, sentence by sentence.

- ``wordalign``: which words of one sentence correspond to which words of another
- ``wordnames``: the words of multi-word names and what they may link to; one name spelt two ways
- ``figures``: when two written figures are one figure ("9.21 million" / "9.2 million")
- ``figurediff``: the figures two sentences state differently ("65 votes" / "56 votes"); a split or merge part
  that contradicts what the row states
- ``lexicon``: word knowledge for the word aligner (frequencies, inflections, related words, synonyms)
- ``similarity``: sentence similarity and word-level diffs
- ``paraphrase``: whether one sentence restates another (a probability fitted on MSRP train)
- ``alignment``: sentence alignment: kept, reworded, dropped, added; splits and merges
- ``partners``: a second partner by word alignment: the other parts of a fact summed up in one sentence
- ``vectors``: sentences as tf-idf vectors, and the candidate pairs worth scoring (inverted index)
- ``matching``: exact maximum-weight one-to-one matching over a sparse candidate graph
- ``events``: the event a sentence reports (its main clause's predicate, through reporting and light verbs)
- ``claims``: what two sentences must share to be one claim: content beyond names and dates
- ``frames``: a sentence's attribution frame ("..., spokesman Sutopo Purwo Nugroho said."), no evidence of one fact
- ``replaced``: names and ordinals one sentence puts where the other has another ("Rahman" / "Thompson")
- ``modality``: certainty cues (modal, evidential, distancing, negation) and whether they bear on the shared fact
- ``negation``: what a negator negates, and whether a sentence negates anything (a claim's change, not certainty)
- ``quotemarks``: whether a character stands inside quotation marks (a cue there is the quoted source's)
- ``roles``: who does what to whom: a subject and an object swapped around one verb ("Smith beat Jones")
- ``rows``: ``AlignedPair``, one row of an alignment with its evidence
- ``evidence``: corresponding words, certainty changes, confidence, why a sentence was not aligned
- ``comparison``: ``compare()``: two articles, their quotes and a summary per article
- ``beside``: one call in a forked process while this one works (``compare`` reads quotes while it aligns)
- ``additions``: the names (as written) and content words one article adds to the facts it shares
- ``coverage``: ``compare_many()``: facts x articles for three or more
- ``params``: the tuned parameters of this stage and the data they were chosen on
"""
