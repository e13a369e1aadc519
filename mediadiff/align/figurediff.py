"""Figures two sentences state differently: a number of each side, left without a counterpart, counting one thing.

- ``figure_changes``: the figures of A and of B that disagree ("65 votes" / "56 votes", "in June 1998" / "in
  June 1999"), read by ``evidence.claim_change`` ("figures differ: 65 -> 56") and by the joins of splits and
  merges (``contradicts_carried``: a part that gives another figure for what the row already states the same).
  Two times of day disagree only when they time one event: a time adverbial modifies the predicate or noun
  next to it, so the content word nearest each (before it, else after it) must correspond to a word next to
  the other ("the protest began around 8:30pm" / "At this point (10:30 p.m.), ... the crowd has dispersed"
  time two events; "The quake struck at 7:48 a.m." / "At 4:43 a.m. the quake struck" one; qa15 A7).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mediadiff.align.claims import MONTH_WORDS
from mediadiff.align.figures import APPROXIMATE, SCALES, kept_one_of_two, one_measure, same_time, time_of_day
from mediadiff.align.replaced import is_suffixed
from mediadiff.align.wordalign import WordToken, align_tokens, analyse, words_of


def figure_changes(text_a: str, ta: tuple[WordToken, ...], left_a: Sequence[WordToken], text_b: str,
                   tb: tuple[WordToken, ...], left_b: Sequence[WordToken], pairs: set[tuple[int, int]]
                   ) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(figures of A, figures of B) that disagree, as written: the numbers left without a counterpart on both sides
    that count one thing (``_roles``), all in one entry, then two numbers in one place (``_figures_in_one_place``).
    ``left_a``/``left_b`` are the tokens left unlinked by the word links ``pairs``."""
    roles_a, roles_b = _figure_roles(text_a, ta, left_a), _figure_roles(text_b, tb, left_b)
    for x, y in [(x, y) for x in roles_a for y in roles_b if "time of day" in roles_a[x] & roles_b[y]]:
        if same_time(x, y):  # "06:00 BST" / "just after 6am": one time, written two ways
            roles_a.pop(x, None), roles_b.pop(y, None)
    _times_of_one_event(text_a, ta, roles_a, text_b, tb, roles_b)
    shared = frozenset().union(*roles_a.values()) & frozenset().union(*roles_b.values())
    figures = [(tuple(x for x, r in roles_a.items() if r & shared),
                tuple(x for x, r in roles_b.items() if r & shared))] if shared else []
    return figures + _figures_in_one_place(text_a, ta, left_a, text_b, tb, left_b, pairs, roles_a, roles_b, shared)


def contradicts_carried(part: str, single: str, members: Sequence[str]) -> bool:
    """True when ``part`` gives another figure for something whose figure in ``single`` a sentence of ``members``
    states the same (links word for word), and states none of ``single``'s figures itself: two values of one count
    cannot both restate it, and the one that agrees is its partner ("caught 29 passes" / "39 passes ... last
    season" / "201 yards on 29 catches", qa14 A1). A part that gives one of the figures the same restates that
    much, whatever else it counts ("Hillis ran for 101 yards" / "Hillis added 101 yards ..., who had 352 yards")."""
    # Both must hold a figure: read first without word knowledge (``words_of``, the kinds ``analyse`` gives), so
    # the many joins without one cost no word analysis (about 0.05 s at 1,000 sentences).
    if not any(w[4] == "number" for w in words_of(part)) or not any(w[4] == "number" for w in words_of(single)):
        return False
    ts, tp = analyse(single), analyse(part)
    pairs = {(i, j) for i, j, _, _ in align_tokens(single, part)}
    if any(ts[i].kind == "number" and tp[j].kind == "number" for i, j in pairs):
        return False
    linked_s, linked_p = {i for i, _ in pairs}, {j for _, j in pairs}
    changes = figure_changes(single, ts, [t for t in ts if t.index not in linked_s],
                             part, tp, [t for t in tp if t.index not in linked_p], pairs)
    differing = {x for xs, _ in changes for x in xs}
    if not differing:
        return False
    for member in members:
        carried = {i for i, j, _, _ in align_tokens(single, member) if ts[i].kind == "number"}
        if any(ts[i].text in differing for i in carried):
            return True
    return False


# Words of a time of day that are no content of their own ("8:30 pm", "10:30 p.m."), and how far from the time
# the words it modifies stand (``_times_of_one_event``).
_CLOCK_WORDS = frozenset(("am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "est", "edt", "pst", "pdt", "local", "time"))
_TIME_REACH = 4
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+[A-Z“\"]")


def _times_of_one_event(text_a: str, ta: tuple[WordToken, ...], roles_a: dict[str, frozenset[str]], text_b: str,
                        tb: tuple[WordToken, ...], roles_b: dict[str, frozenset[str]]) -> None:
    """Take out of ``roles_a``/``roles_b`` each time of day that times another event than every time of the other
    side: the content word nearest it (``_time_anchor``) is no word (nor synonym) near the other's, nor the other's
    nearest a word near it. A time with no such word nearby is kept (nothing says it times another event)."""
    times_a = {x: _time_anchor(text_a, ta, x) for x, r in roles_a.items() if r == {"time of day"}}
    times_b = {y: _time_anchor(text_b, tb, y) for y, r in roles_b.items() if r == {"time of day"}}

    def one_event(x: str, y: str) -> bool:
        (anchor_a, near_a), (anchor_b, near_b) = times_a[x], times_b[y]
        return anchor_a is None or anchor_b is None or any(_one_word(ta[anchor_a], tb[j]) for j in near_b) \
            or any(_one_word(ta[i], tb[anchor_b]) for i in near_a)

    for x in [x for x in times_a if times_b and not any(one_event(x, y) for y in times_b)]:
        roles_a.pop(x)
    for y in [y for y in times_b if times_a and not any(one_event(x, y) for x in times_a)]:
        roles_b.pop(y)


def _one_word(x: WordToken, y: WordToken) -> bool:
    """The same word or a synonym ("struck" / "hit"), not a word merely related ("began" / "point")."""
    return bool(x.stems & y.stems or x.synonyms & y.synonyms)


def _time_anchor(text: str, tokens: tuple[WordToken, ...], clock: str) -> tuple[int | None, set[int]]:
    """(index of the content word nearest the time of day ``clock``, before it within ``_TIME_REACH`` words of its
    sentence, else after it; the indices of the content words within that reach on either side)."""
    span = [t.index for t in tokens if t.kind == "number" and time_of_day(text, t.start) == clock]
    if not span:
        return None, set()

    def content(k: int) -> bool:
        t = tokens[k]
        return t.is_content and t.kind != "number" and t.norm not in APPROXIMATE and t.norm not in _CLOCK_WORDS

    def same_sentence(i: int, j: int) -> bool:
        return not _SENTENCE_END.search(text[tokens[min(i, j)].end:tokens[max(i, j)].start])

    before = [k for k in range(span[0] - 1, max(-1, span[0] - 1 - _TIME_REACH), -1)
              if content(k) and same_sentence(k, span[0])]
    after = [k for k in range(span[-1] + 1, min(len(tokens), span[-1] + 2 + _TIME_REACH))  # one more: "a.m."
             if content(k) and same_sentence(span[-1], k)]
    anchor = before[0] if before else after[0] if after else None
    return anchor, set(before) | set(after)


# Roles that say what kind of figure a number is, not what it counts: two figures in one place compare only
# when they are of one kind ("in June 1998" / "in 1999 percent" never; "two Afghan civilians" / "three people" do).
_FIGURE_KINDS = frozenset(("date", "percent", "year number", "time of day", "tally", "$", "€", "£", "¥"))


def _figures_in_one_place(text_a: str, ta: tuple[WordToken, ...], left_a: Sequence[WordToken], text_b: str,
                          tb: tuple[WordToken, ...], left_b: Sequence[WordToken], pairs: set[tuple[int, int]],
                          roles_a: dict[str, frozenset[str]], roles_b: dict[str, frozenset[str]],
                          shared: frozenset[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """"x -> y" for two numbers, one or both unlinked, whose words before them link: one slot ("killed at least two
    Afghan civilians" / "killed at least three people"; "in June 1998" / "in June 1999", 1998 linked elsewhere). Never
    two kinds, an approximate one ("about 3km"), one of two coordinated (``kept_one_of_two``) nor ``one_measure``."""
    left = {("a", t.index) for t in left_a} | {("b", t.index) for t in left_b}
    out: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for x, kind_x in _slot_figures(text_a, ta, roles_a, shared):
        for y, kind_y in _slot_figures(text_b, tb, roles_b, shared):
            # A figure linked elsewhere needs a content word to mark the slot (a month): a linked "in" may be
            # another "in" ("2.92 million in 2002" / "3.03 million in 2001 to 2.92 million in 2002").
            either = ("a", x.index) in left and ("b", y.index) in left or \
                (("a", x.index) in left or ("b", y.index) in left) and ta[x.index - 1].kind != "function"
            if either and (x.index - 1, y.index - 1) in pairs and x.norm != y.norm and kind_x == kind_y \
                    and not kept_one_of_two(ta, tb, x, y, pairs) and not one_measure(ta, x, tb, y):
                out.append(((x.text,), (y.text,)))
                break
    return out


def _slot_figures(text: str, tokens: tuple[WordToken, ...], roles: dict[str, frozenset[str]],
                  shared: frozenset[str]) -> list[tuple[WordToken, frozenset[str]]]:
    """(number, its kinds of figure) after a word, not approximate, of a time of day nor shown as differing."""
    return [(t, (roles[t.text] if t.text in roles else _roles(text, tokens, t)) & _FIGURE_KINDS) for t in tokens
            if t.kind == "number" and t.index and tokens[t.index - 1].norm not in APPROXIMATE
            and not is_suffixed(tokens, t) and not time_of_day(text, t.start)
            and not (t.text in roles and roles[t.text] & shared)]


def _figure_roles(text: str, tokens: tuple[WordToken, ...], left: Sequence[WordToken]) -> dict[str, frozenset[str]]:
    """The numbers left without a counterpart, as written, each with what it counts (``_roles``); the hour and
    minutes of a time of day are one figure, written whole ("7:48 a.m." / "4:43 a.m." differ)."""
    found: dict[str, frozenset[str]] = {}
    for t in left:
        if t.kind == "number" and not is_suffixed(tokens, t):
            clock = time_of_day(text, t.start)
            found[clock or t.text] = frozenset(("time of day",)) if clock else _roles(text, tokens, t)
    return found


def _roles(text: str, tokens: tuple[WordToken, ...], number: WordToken) -> frozenset[str]:
    """What a number counts, so that only figures of one thing are compared ("65 votes" / "56 votes",
    "$928 billion" / "$920 billion", "Jan. 11" / "Jan. 12"), not "the two secretaries" / "January 23":
    "date" after a month name, "percent", a currency sign, else the stem of the word after it. A number
    with none of these that is one end of a tally, score or range ("passed 65 to 35", "won 3-1", "8 to 9
    cents") is a "tally" and counts what its other end counts, so that "a vote of 65 to 35" / "a 56-35
    vote" and "13 cents to 14 cents" / "8 to 9 cents" compare their first figures. Empty if none holds."""
    own = _unit(text, tokens, number)
    if own:
        return frozenset((own,))
    partners = _tally_partners(text, tokens, number)
    return frozenset(("tally", *(_unit(text, tokens, p) for p in partners))) - {""} if partners else frozenset()


# What joins the two ends of a tally, score or range, and nothing else between them: "65 to 35", "65-35",
# "3–1", "18-to-64" (not "39%, to $3.18" nor "2002 to $42,409", where "to" joins a change to its end point).
_TALLY_JOINS = frozenset(("to", "-", "–", "-to-"))


def _tally_partners(text: str, tokens: tuple[WordToken, ...], number: WordToken) -> list[WordToken]:
    """The number at the other end of a tally, score or range holding ``number``, if any (at most one)."""
    for k in (number.index - 1, number.index + 1, number.index - 2, number.index + 2):
        if 0 <= k < len(tokens) and tokens[k].kind == "number":
            first, second = (tokens[k], number) if k < number.index else (number, tokens[k])
            if text[first.end:second.start].strip().lower() in _TALLY_JOINS:
                return [tokens[k]]
    return []


def _unit(text: str, tokens: tuple[WordToken, ...], number: WordToken) -> str:
    """The role a number has by its own neighbours: a date, percent, currency or the word it counts."""
    before = tokens[number.index - 1] if number.index else None
    if before is not None and before.norm in MONTH_WORDS:
        return "date"
    after = [t for t in tokens[number.index + 1:number.index + 3] if t.norm not in SCALES]
    if number.text.endswith("%") or (after and after[0].norm in ("percent", "per")):
        return "percent"
    sign = text[:number.start].rstrip()[-1:]
    if sign in "$€£¥" and sign:
        return sign
    if after and after[0].is_content and after[0].kind != "number" and after[0].start - number.end <= 1:
        return min(after[0].stems) if after[0].stems else after[0].norm
    # "fell in 2002" / "in 2003": a bare four-digit figure of these is a year; "the 1980s" is a decade, which
    # a year inside it does not contradict.
    if _YEAR.fullmatch(number.text) and not text[number.end:number.end + 1].isalpha():
        return "year number"  # not "year", the unit of "two years"
    return ""


_YEAR = re.compile(r"1[89]\d\d|20\d\d")
