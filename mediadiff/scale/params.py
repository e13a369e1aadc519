"""Limits of the scale stage: how many worker processes mediadiff will start."""

# --jobs N starts N worker processes, each holding its own copy of the scoring
# stage (about 60 MB). Beyond the cores there is no speed to gain, and
# `--jobs 10000` once forked 4,115 processes (13.9 GB) in 35 s. A limit, not a
# tuned value: 64 covers the largest common machines; `--jobs 0` still uses
# every core, however many there are.
MAX_JOBS = 64
