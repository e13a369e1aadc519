"""Stage 3, scale: running the stages over corpora of any size.

- ``stream``: lazy reading and row-by-row scoring
- ``parallel``: ``--jobs`` worker processes and the Dask engine
- ``grouping``: the pair search of story grouping on Dask, in blocks of rows
- ``params``: the limits of this stage (worker processes)
"""
