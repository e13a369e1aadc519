"""Limits of the corpus stage: what a file may be before it is skipped with a warning."""

# Far beyond any news article (the longest seed is 5 KB); protects memory and time.
MAX_FILE_BYTES = 10 * 1024 * 1024
