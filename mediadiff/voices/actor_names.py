"""One name per actor across a corpus, the same for every command that names actors.

``merge_actors`` joins the names that articles give one actor ("Sheinbaum" in one, "Claudia Sheinbaum" in
another) and picks the name shown for it. ``corpus_names`` feeds it every name the articles' attributions
give (each mention, each actor, each speaker), so ``voices`` (speakers) and ``score --by actor`` (mentions)
read one mapping from the same names: before, each merged only its own names and one said "Donald Trump"
and "Bill Clinton" where the other said "Donald J. Trump" and "Hillary Clinton".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from mediadiff.voices.name_match import acronym_key, acronym_of, numbered_group, same_actor
from mediadiff.voices.names import canonical_org, index_keys, is_organisation

__all__ = ["attribution_names", "corpus_names", "merge_actors"]


def merge_actors(names: Sequence[str], *, together: Iterable[Iterable[str]] | None = None) -> dict[str, str]:
    """Corpus-level merge: each name -> the one name shown for the actor it shares with other names
    ("Sheinbaum" -> "Claudia Sheinbaum"). ``names`` may repeat a name once per mention: a short name that
    fits two actors ("Clinton": Bill and Hillary) joins the more mentioned one, not the longer-named one,
    and a person is shown by the full name (two words or more) written most often ("Donald Trump" over
    one "Donald J. Trump"); with each name given once, the longest name leads, as before.

    ``together``: the names each article gives (``attribution_names``), one collection per article. An
    acronym then joins an organisation whose initials it spells only when some article gives both (writes
    the name beside the acronym, or both): "ISIS" is the Islamic State in most news, and was shown as the
    "Institute for Science and International Security" (50 mentions, PolNeAR train) that one article names
    without its acronym. Without ``together``, every acronym joins such an organisation, as before."""
    spelled = None if together is None else _spelled_out(together)
    counts = Counter(names)
    groups: list[list[str]] = []
    # Groups by the keys of their lead: ``same_actor`` never holds for two names without a key in common,
    # so a name is compared with the groups sharing one, not with every group (that was quadratic: about
    # 2.5 s for the 1,269 names of 975 AllSides articles). A name without keys is compared with every group.
    by_key: dict[str, list[int]] = defaultdict(list)
    keyless: list[int] = []
    # The longest name leads its group ("the" aside); of equal ones, the spelling with accents.
    for name in sorted(counts, key=lambda n: (-len(canonical_org(n)), n.isascii(), n)):
        keys = _merge_keys(name)
        candidates = sorted({g for key in keys for g in by_key.get(key, ())}.union(keyless)) if keys \
            else range(len(groups))
        fitting = [groups[g] for g in candidates if same_actor(groups[g][0], name, across=True)
                   or _acronym_joins(groups[g][0], name, spelled)]
        if fitting:  # in the order the groups were made, as before
            max(fitting, key=lambda group: sum(counts[n] for n in group)).append(name)  # first of equals
        else:
            for key in keys:
                by_key[key].append(len(groups))
            if not keys:
                keyless.append(len(groups))
            groups.append([name])
    canonical: dict[str, str] = {}
    for group in groups:
        shown = canonical_org if is_organisation(group[0]) else str
        lead = _unshouted(shown(group[0]) if shown is canonical_org else _shown(group, counts), group, counts, shown)
        for name in group:
            canonical[name] = lead
    return canonical


def _merge_keys(name: str) -> tuple[str, ...]:
    """Keys two names share whenever ``same_actor`` holds for them: the words compared or the place spelt
    (``names.index_keys``), an acronym's letters ("NYT" and "New York Times") and a numbered group ("G7")."""
    letters, group = acronym_key(name), numbered_group(name)
    return (*index_keys(name), *(("acronym:" + letters,) if letters and len(letters) >= 3 else ()),
            *(("group:" + group,) if group else ()))


def _spelled_out(together: Iterable[Iterable[str]]) -> set[tuple[str, tuple[str, ...]]]:
    """(acronym's letters, organisation's words) of each acronym and organisation one article gives both."""
    pairs = set()
    for names in together:
        by_letters: dict[str, list[str]] = defaultdict(list)
        for name in set(names):
            letters = acronym_key(name)
            if letters and len(letters) >= 3:
                by_letters[letters].append(name)
        pairs.update((short.replace(".", ""), index_keys(long)) for group in by_letters.values() if len(group) > 1
                     for short in group for long in group if acronym_of(short, long))
    return pairs


def _acronym_joins(a: str, b: str, spelled: set[tuple[str, tuple[str, ...]]] | None) -> bool:
    return any(acronym_of(short, long) and (spelled is None or (short.replace(".", ""), index_keys(long)) in spelled)
               for short, long in ((a, b), (b, a)))


def _shown(group: list[str], counts: Counter[str]) -> str:
    """The name shown for a person: of the full names (two words or more), the one written most often;
    of equals, the first (the longest)."""
    full = [name for name in group if len(name.split()) > 1]
    return max(full, key=lambda name: counts[name]) if full else group[0]


def _unshouted(lead: str, group: list[str], counts: Counter[str], shown: Callable[[str], str]) -> str:
    """The lead, or else the spelling of the same words in upper and lower case (the most written one) when
    the lead is in capitals only: "DEMOCRATS" of a shouted headline ("BEST THING THAT HAPPENED TO
    DEMOCRATS", PolNeAR train) is no name for the Democrats of every other sentence, nor "DONALD TRUMP" for
    Donald Trump. One word in capitals may be an acronym, written so most of the time: it stays when
    written more often than each other spelling ("NATO" over one "Nato")."""
    if not lead.isupper():
        return lead
    written: Counter[str] = Counter()
    for name in group:
        if shown(name).casefold() == lead.casefold():
            written[shown(name)] += counts[name]
    mixed = [name for name in written if not name.isupper()]  # in the group's order: first of equals
    best = max(mixed, key=lambda name: written[name], default=None)
    acronym_like = len(lead.split()) == 1  # several words in capitals are never an acronym: always a shout
    return best if best is not None and (written[best] >= written[lead] or not acronym_like) else lead


def attribution_names(result: Any) -> list[str]:
    """The names one article's attribution (``voices.attribute``) gives its actors, each time given: every
    mention's, every actor's and every speaker's (what ``corpus_names`` counts); and an acronym or name as
    written where the article read it as the other ("FBI" of a mention of the "Federal Bureau of
    Investigation"), so ``merge_actors`` knows the article gives both."""
    written = (canonical_org(m.text.strip()) for m in result.mentions)
    return [*(m.actor for m in result.mentions), *(a.name for a in result.actors),
            *(i.speaker for i in result.items if i.speaker),
            *(w for w, m in zip(written, result.mentions) if acronym_of(w, m.actor) or acronym_of(m.actor, w))]


def corpus_names(attributions: Iterable[Any]) -> dict[str, str]:
    """Each actor name of ``attributions`` (``voices.attribute`` results of a corpus) -> the one name
    shown for its actor everywhere: every mention, actor and speaker counted (``merge_actors``)."""
    per_article = [attribution_names(result) for result in attributions]
    return merge_actors([name for names in per_article for name in names], together=per_article)
