"""Stage 4, render: every output a person or another program reads.

- ``terminal``: the terminal's width and colour rule, lines that fit, ANSI styling
- ``tablefit``: text tables that fit the width (columns shrink, cells cut with "…", empty columns left out)
- ``tables``: text tables, JSON and CSV, and the score and group output
- ``articles``: ``list`` and ``show``: one row per article, one cleaned article
- ``records``: row-by-row CSV and JSON Lines writers
- ``numbers``: floats rounded once for every JSON and CSV writer
- ``jsontext``: indented JSON text, as ``json.dumps(indent=2)`` writes it, faster
- ``comparison``: text and Markdown for compare (two articles, or a coverage matrix)
- ``summaries``: the per-article summary of a comparison, for every format
- ``quotes``: a quotation both articles use, in quote marks or as reported speech, for every format
- ``html``: self-contained HTML pages
- ``figures``: what every chart shares (size, palette, one colour per outlet)
- ``charts``: comparison and event charts and their JSON twins
- ``tone_charts``: tone, hedging, certainty and actor charts
- ``voices``: ``mediadiff voices`` output and the "who gets the floor" chart
- ``chart_names``: chart file names that say what the chart holds
- ``bundle``: the report command: HTML + Markdown + charts in one folder
- ``safe``: what every writer calls on untrusted text: CSV cells, Markdown text, terminal text,
  file names from ids, and all-or-nothing writes
"""
