"""Limits of the corpus stage: what a file may be before it is skipped with a warning."""

# Far beyond any news article (the longest seed is 5 KB); protects memory and time.
MAX_FILE_BYTES = 10 * 1024 * 1024

# Headings: a line without sentence-final punctuation and at most this many words is a headline or
# subhead (the longest seed headline has 14 words; unchanged from the first version).
HEADING_MAX_WORDS = 16
# ... and at most this many characters: 16 long words, with room to spare (a limit, not tuned).
HEADING_MAX_CHARS = 250
# Scripts written without spaces count words from characters. Not tuned on data: typical word
# lengths (Chinese words average under two characters, Japanese mixed kana and kanji about two,
# Thai about five code points with its vowel and tone marks), so a 16-word headline is about 32
# Han/kana or 80 Thai characters, and a body paragraph is longer.
CHARS_PER_WORD_HAN_KANA = 2.0
CHARS_PER_WORD_THAI_LIKE = 5.0

# Punkt (optional splitter) learns from at most this much of the corpus (about 200 news articles): a time
# budget, not a tuned value. Training is pure Python, about 10 s per million characters on this machine
# (bench/bench_punkt.py prints the training time of each run).
PUNKT_TRAINING_CHARS = 1_000_000
# The longest a sentence may be, in characters; a longer one is cut at a space. A limit, not a
# tuned value: the longest sentence of the seeds has 354 characters and of the 3,947 sentences of
# the AllSides stories 390. A 500 KB line of "Mr. Mr. ..." once reached sentiment scoring as one
# sentence, which took minutes (VADER's per-word work grows with the sentence).
MAX_SENTENCE_CHARS = 2_000
