"""Stage 2, align: what two or more articles share, sentence by sentence.

- ``similarity``: sentence similarity and word-level diffs
- ``alignment``: sentence alignment: kept, reworded, dropped, added; splits and merges
- ``comparison``: ``compare()``: two articles, their quotes and a summary per article
- ``coverage``: ``compare_many()``: facts x articles for three or more
- ``params``: the tuned parameters of this stage and the data they were chosen on
"""
