"""Stage 2, events: grouping articles into stories and the events inside them, and naming each group.

- ``terms``: the words (stemmed), names and numbers each line says, on a process pool for large corpora
- ``vectors``: articles as weighted term vectors (lead and spread across lines weigh most)
- ``calibration``: the corpus's chance similarity, which lowers the story threshold for short texts
- ``linkage``: a bounded, time-windowed neighbour graph and average linkage over it
- ``splitting``: one story into its events (in-story idf, the lead first, one outlet's reports apart)
- ``grouping``: ``group_stories`` (stories, each with its events), ``group_events``, ``group_texts``
- ``labels``: a group's label from its most distinctive shared names, words and dates
- ``label_dates``: which written dates a label shows (when the event could have happened, or a date as a name)
- ``label_names``: names as a label shows them: whole, without possessives, headline capitals or roles
- ``name_context``: what the texts write around a piece of a name: the whole it was cut from ("Freedom of
  Information Act", "Central Command"), or an abbreviated title ("Gen.")
- ``remembered``: groupings kept between commands (a digest of the articles, options and code), so
  ``--story``/``--event`` after ``mediadiff group`` does not group the corpus again
- ``params``: the tuned parameters of this stage and the data they were chosen on
"""
