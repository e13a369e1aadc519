"""One reading of a sentence's words, shared by every member of sentence scoring: its types.

Scoring reads each sentence for several members: the cue lexicon (hedges, boosters, attribution),
certainty, name masking and the news rules, VADER, Pattern's member and the tone words. Each used to
look every whitespace token up in dictionaries of its own (about a dozen per token, most of them
cold probes into tables of thousands of words). Now each distinct whitespace token is read once
into a ``TokenRecord`` holding what every member asks of it; a sentence is then one lookup per token
and one transposition of those records into columns (a ``Reading``), and each member reads its
columns. ``mediadiff.tone.reader.read_sentence`` makes readings; the members take the columns they
read as optional arguments and read the words themselves without them, as before.
"""

from __future__ import annotations

from typing import NamedTuple

from mediadiff.tone.lexicons import Tokens

__all__ = ["Reading", "TokenRecord"]


class TokenRecord(NamedTuple):
    """What the members of scoring ask of one ASCII whitespace token (computed once per distinct token; the
    reader keeps each as a plain tuple of these fields, ``tone.reader.token_record`` names them)."""

    lower: str  # lower-cased core, without surrounding punctuation (``names._CORES``)
    word: str | None  # ``tokenize``'s only word of the token, lower-cased ("" none, ``None`` several)
    word_at: int  # where that word starts in the token
    parts: tuple[tuple[str, ...], tuple[int, ...], int]  # all its words, where each starts, joins (``_WORDS_IN``)
    vader_lower: str  # VADER's word for the token, lower-cased (``vader._VADER_LOWER``)
    in_news: bool  # ``lower`` is a word of the news lexicon (masking and the news rules start there)
    trigger: bool  # ``lower`` starts a news rule (copula, "clear": ``newsrules._TRIGGERS``)
    vader_hit: bool  # ``vader_lower`` is a word of the news lexicon
    vader_rule: bool  # ``vader_lower`` is a VADER booster or "kind" (VADER's compound filters those)
    rated: bool  # ``lower`` is rated by Pattern's member
    pattern_rule: bool  # ``lower`` is a Pattern modifier or negation
    listing: tuple[int, int, str | None, str, float] | None  # ``sentiment._listing(True)[token]``
    opens_cue: bool  # ``word`` opens a cue of the news cue lexicon
    weighted: bool  # ``word`` has a weight in the certainty model
    cue_word: bool  # ``word`` may be a certainty cue besides lexicon matches


class Reading(NamedTuple):
    """A sentence's whitespace tokens, where each starts, and its records' fields as columns (one entry
    per token, in order; see ``TokenRecord``). ``words`` are ``tokenize``'s words of the sentence; the
    word flags (``opens_cue``, ``weighted``, ``cue_word``) are one per word, ``None`` when a token holds
    no word or several ("--", "U.S.": then words and tokens do not pair up, and the members look the
    words up themselves)."""

    tokens: tuple[str, ...]
    starts: tuple[int, ...]
    lower: tuple[str, ...]
    words: Tokens
    vader_lower: tuple[str, ...]
    in_news: tuple[bool, ...]
    trigger: tuple[bool, ...]
    vader_hit: tuple[bool, ...]
    vader_rule: tuple[bool, ...]
    rated: tuple[bool, ...]
    pattern_rule: tuple[bool, ...]
    listing: tuple[tuple[int, int, str | None, str, float] | None, ...]
    opens_cue: tuple[bool, ...] | None
    weighted: tuple[bool, ...] | None
    cue_word: tuple[bool, ...] | None
