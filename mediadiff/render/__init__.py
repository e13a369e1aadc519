"""Stage 4, render: every output a person or another program reads.

- ``tables``: text tables and JSON for list, show, score and group
- ``records``: row-by-row CSV and JSON Lines writers
- ``comparison``: text and Markdown for compare (two articles, or a coverage matrix)
- ``html``: self-contained HTML pages
- ``charts``: matplotlib figures (Agg, object API) and their JSON twins
- ``bundle``: the report command: HTML + Markdown + charts in one folder
- ``safe``: what every writer calls on untrusted text: CSV cells, Markdown text, terminal text,
  file names from ids, and all-or-nothing writes
"""
