"""Stage 2, events: grouping articles by the event they report, and naming each group.

- ``grouping``: sparse tf-idf blocks, a bounded neighbour graph and average linkage (``group_events``)
- ``labels``: an event's label from its most distinctive shared names, words and dates
- ``params``: the tuned parameters of this stage and the data they were chosen on
"""
