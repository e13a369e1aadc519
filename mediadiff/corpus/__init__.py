"""Stage 1, corpus: article files and folders in, cleaned ``Article`` objects out.

- ``reading``: files and folders -> ``Corpus``; ids (``article_ids``)
- ``limits``: the size limit of one article file, sizes said in bytes, KB or MB, a corpus read in vain
- ``named``: articles named one by one: file paths, standard input, ids resolved in a corpus
- ``formats``: one decoded file -> text and metadata, by format (Markdown, HTML, JSON, JSON Lines)
- ``encoding``: bytes -> text (UTF-8, UTF-16/32, cp1252 ...), and text made safe to keep
- ``manifest``: ``manifest.csv`` / ``manifest.toml``: metadata by article id
- ``cleaning``: one file's text -> ``Article``: metadata, boilerplate, duplicates, reader comments
- ``keys``: the key that tells a repeated title, line or sentence whatever its case and punctuation
- ``comments``: reader comments after a comments header: authors and their text ("name: text" or two lines)
- ``lines``: a file's lines as paragraphs: hard-wrapped lines joined, each line's place, subheads and decks
- ``furniture``: the lines a pasted web page adds: comment headers and controls, captions, bylines, furniture
- ``pagelines``: the lines a page's layout tells, read with their neighbours: a caption over its credit,
  links under "Read more:", key points that are sentences without a stop, a headline ending in a full stop
- ``notes``: lines about the article: corrections, editor's notes, contributors' credits, contact lines, bios
- ``exports``: the labels and fields of an archive's export ("ABSTRACT.", "FULL TEXT.", "LENGTH: 812 words")
- ``outlets``: the outlet a copyright line names, without the holder's legal form ("Fox News Network, LLC")
- ``bylines``: the people a byline names ("By Jane Doe and John Roe, Reuters") and the agency it credits
- ``datelines``: the dateline opening a story's first paragraph ("SPRINGFIELD, Ill. (AP) — "): place and agency
- ``prose``: whether a file's text is an article at all (prose), not a table, code or a JSON dump
- ``segment``: offline sentence splitting with character offsets (linear time)
- ``punkt``: optional NLTK Punkt splitter trained on the corpus being read (``mediadiff[nltk]``)
- ``scripts``: the writing system of a text and the language it most likely means
- ``figuredates``: dates all in figures ("03/04/2025"): day or month first, as the file tells
- ``dates``: month and weekday names, shared by the stages that read dates, and the date in a file's name
- ``grammar``: the closed classes of English (forms of "be", "have", "do"; modals; determiners; pronouns by case)
- ``namewords``: small words in names and titles ("de la", "van"; Title Case's "of", "and"), shared by stages
- ``wordtables``: the shipped sorted word tables (frequencies, word links, first names), read once, bisected
- ``params``: the limits of this stage
"""
