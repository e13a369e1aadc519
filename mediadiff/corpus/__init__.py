"""Stage 1, corpus: article files and folders in, cleaned ``Article`` objects out.

- ``reading``: files and folders (txt, md, html, json, jsonl, manifest) -> ``Corpus``; id resolution
- ``cleaning``: one file's text -> ``Article``: metadata, boilerplate, duplicates, reader comments
- ``segment``: offline sentence splitting with character offsets
"""
