"""Build the word lists behind ``mediadiff.align.wordalign`` from WordNet 3.0 and wordfreq.

Writes three files into ``mediadiff/data/`` (sources and licences in its README):

- ``word_frequency.tsv``: ``word<TAB>zipf``, English word frequencies on the
  Zipf scale (log10 of occurrences per billion words), words with Zipf >= 2.5
  only (rarer words are treated as rare).
- ``word_links.tsv``: ``stem<TAB>relation<TAB>lemma<TAB>pos<TAB>stem stem ...`` with relation
  ``form`` (irregular inflection -> base: fell -> fall, men -> man, stopped -> stop;
  ``lemma`` is the inflected form itself, ``pos`` the base's part of speech), ``related``
  (WordNet pertainyms and derivational links: syrian -> syria, stance -> stand; a person's group or place,
  MEMBERS: crewman -> crew; a verb and the verb of the change it causes, CAUSES: kill -> die)
  ``antonym`` (rise / fall, accept / reject) or ``broader`` (the direct WordNet
  hypernyms of the word's SYNONYM_SENSES first senses: murder -> kill). Each row
  names the WordNet lemma and part of speech (n, v, a, r) its links come from, as
  several lemmas share a stem ("conversation" and "conversion" are both "convers";
  the noun and the verb "state"): the aligner reads a row only for a word that can
  be that lemma in that part of speech (``mediadiff.align.lexicon.word_links``).
- ``synonyms.tsv``: ``stem<TAB>synset synset ...``, the WordNet 3.0 synsets
  (pos letter + offset, e.g. v01220303) among each word's SYNONYM_SENSES most
  frequent senses that have another such member (multi-word lemmas joined with
  ``_``), so "buy" meets "purchase" but not "steal"; RARE_SYNONYMS and CLOSED add rare demonyms
  ("somalian") and closed spellings of multi-word lemmas ("onboard").

Every file is sorted by its first column, so the package looks words up by
bisection without building a dictionary (first use costs milliseconds).

Words are reduced to Snowball stems, the same keys the aligner looks up.
Only words of the frequency list (Zipf >= 2.5) are kept.

Usage (needs Debian's ``wordnet-base`` for /usr/share/wordnet and ``pip install wordfreq``)::

    python bench/make_word_links.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import math
import re
from collections import defaultdict
from pathlib import Path

import snowballstemmer

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "mediadiff" / "data"
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
MIN_ZIPF = 2.5
# Senses per word whose synsets count as synonyms: the first three cover a
# word's common news meanings; more senses join rare ones ("buy" = "steal").
SYNONYM_SENSES = 3
_STEMMER = snowballstemmer.stemmer("english")


# Variants measured, not shipped (bench/results/align.md, alignrecall12): with --untagged-out, readings a
# written word is not read as: a lemma in a part of speech none of whose senses SemCor tags once, while the
# lemma is tagged in another ("clear" the noun, an open area, beside the adjective's 9 tagged senses; the verb
# "neighbor" beside the noun), whose hypernyms linked "country" to "clear" and "neighboring" to "border"; every
# relation but irregular forms leaves them out. With --similar, a satellite adjective of a word's first senses
# also relates to its head ("initial" -> "first"). Off by default: the shipped files are built without them.
UNTAGGED_OUT = False
UNREAD: set[tuple[str, str]] = set()
SIMILAR = False
# Classes of same-meaning words the aligner missed on development data (wordlinks13, bench/results/align.md;
# each on by default, off with its flag to measure without it):
# MEMBERS: a person and the group or place of which WordNet makes them a member (member holonym of a noun.person
# sense, the word's first noun sense or one it heads, no instance): "crewman" / "crew", "clergyman" / "clergy",
# "Norwegian" / "Norway"; only people, as WordNet's other members ("tree" / "forest", "Norway" / "NATO") are no
# rewording of one another.
MEMBERS = True
# RARE_SYNONYMS: a word rarer than the frequency list (Zipf < 2.5) in one of its first senses' synsets with a
# listed word is that word's synonym, for words of a place or people only (adjectives pertaining to a location or
# a people, the person nouns spelt as them): demonyms WordNet files together ("Somalian" / "Somali", "Azerbaijani" /
# "Azeri"); other rare members were mostly taxonomy and archaic words (16,000 more lines).
RARE_SYNONYMS = True
# CLOSED: a multi-word lemma written as one word ("onboard" = "on board", "timeframe" = "time frame") that
# WordNet does not list on its own has the multi-word lemma's synonyms ("onboard" / "aboard").
CLOSED = True
# ATTRIBUTES: an adjective and the attribute noun it is spelt from, by WordNet's attribute pointer ("northern" /
# "north", "healthy" / "health", "loyal" / "loyalty"); not a privative "-less" ("powerless" / "power": its opposite).
ATTRIBUTES = True
# CAUSES: a verb and the verb of the change it causes, by WordNet's cause pointer from one of its first senses to
# one of the other's ("kill" / "die", "raise" / "rise", "ignite" / "burn"): one event told by its cause or its
# result ("killed two people" / "two people died"; alignrecall14). Not entailment ("buy" * "pay", "snore" * "sleep":
# one event entails another, a different one).
CAUSES = True
# CAUSED_NOUNS: the verb of a cause and the noun WordNet derives from the verb of the change it causes, when that is
# the noun's first sense and an event, process or state ("kill" / "death", from "kill" > "die" and "die" / "death"):
# a toll told by its cause or by its result ("killed 24 people" / "24 deaths"; alignrecall15). Only where CAUSES
# links the two verbs.
CAUSED_NOUNS = True
PERSON_FILE = "18"  # WordNet's lexicographer file noun.person
PLACE_FILES = frozenset(("15", "14"))  # noun.location, noun.group (peoples: "Somali", the Somalis)
# noun.event, noun.process, noun.state; not noun.act, where "force" > "act" gave "action" = "pressure"
EVENT_FILES = frozenset(("11", "22", "26"))


LEXFILE: dict[str, str] = {}  # synset id -> WordNet lexicographer file number


def stem_lemma(lemma: str) -> str:
    return "_".join(_STEMMER.stemWord(part) for part in lemma.lower().replace("-", "_").split("_") if part)


def read_wordnet(root: Path) -> tuple[dict, dict, dict]:
    """(synset id -> (lemmas, pointers, synset type), lemma -> sense-ordered synset ids, irregular form -> bases)."""
    synsets: dict[str, tuple[list[str], list[tuple[str, str, int, int]]]] = {}
    for name, pos in POS.items():
        for line in (root / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            parts = line.split()
            count = int(parts[3], 16)
            words = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i].lower()) for i in range(count)]
            at = 4 + 2 * count
            pointers = []
            for _ in range(int(parts[at])):
                symbol, target, target_pos, source_target = parts[at + 1:at + 5]
                at += 4
                target_pos = "a" if target_pos == "s" else target_pos
                pointers.append((symbol, target_pos + target, int(source_target[:2], 16), int(source_target[2:], 16)))
            synsets[pos + parts[0]] = (words, pointers, parts[2])
            LEXFILE[pos + parts[0]] = parts[1]
    index: list[tuple[str, str, list[str]]] = []  # (lemma, pos, index line's fields)
    tagged: dict[tuple[str, str], int] = {}  # (lemma, pos) -> senses tagged in SemCor (the index's tagsense_cnt)
    for name, pos in POS.items():
        for line in (root / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            parts = line.split()
            index.append((parts[0], pos, parts))
            tagged[parts[0], pos] = int(parts[4 + int(parts[3]) + 1])
    UNREAD.clear()
    UNREAD.update(key for key, count in tagged.items() if UNTAGGED_OUT and not count
                  and any(tagged.get((key[0], other), 0) for other in POS.values() if other != key[1]))
    senses: dict[str, list[str]] = defaultdict(list)
    for lemma, pos, parts in index:
        if (lemma, pos) not in UNREAD:
            senses[lemma].extend(pos + offset for offset in parts[4 + int(parts[3]) + 2:][:SYNONYM_SENSES])
    irregular: dict[tuple[str, str], set[str]] = defaultdict(set)  # (form, pos of its bases) -> bases
    for name, pos in POS.items():
        for line in (root / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, *bases = line.split()
            irregular[form, pos].update(bases)
    return synsets, senses, irregular


def lexical_pairs(synsets: dict, symbols: set[str]) -> set[tuple[str, str, str]]:
    """(word, its part of speech, other word): pairs joined by a WordNet pointer with one of ``symbols``."""
    out = set()
    for synset_id, (words, pointers, _) in synsets.items():
        for symbol, target, source_index, target_index in pointers:
            if symbol not in symbols or target not in synsets:
                continue
            targets = synsets[target][0]
            sources = words if source_index == 0 else [words[source_index - 1]]
            targets = targets if target_index == 0 else [targets[target_index - 1]]
            out.update((a, synset_id[0], b) for a in sources for b in targets if a != b)
    return out


def caused_nouns(synsets: dict, senses: dict, caused: str, verb: str) -> set[str]:
    """Single-word nouns WordNet derives from ``verb`` in synset ``caused`` (a derivational pointer from that
    word) whose first noun sense that is, an act, event, process or state (not the doer: "feed" -> "feeder"):
    "die" -> "death"."""
    words, pointers, _ = synsets[caused]
    out = set()
    for symbol, target, source_index, target_index in pointers:
        if symbol == "+" and target[0] == "n" and target in synsets and source_index \
                and words[source_index - 1] == verb and target_index:
            noun = synsets[target][0][target_index - 1]
            first = next((i for i in senses.get(noun, ()) if i[0] == "n"), None)
            if "_" not in noun and target == first and LEXFILE[target] in EVENT_FILES:
                out.add(noun)
    return out


def same_stem_derivations(synsets: dict) -> set[tuple[str, str, str, str]]:
    """(word, its part of speech, other word, its part of speech): single words of one Snowball stem
    joined by a WordNet derivational pointer ("conversation" n / "converse" v)."""
    out = set()
    for synset_id, (words, pointers, _) in synsets.items():
        for symbol, target, source_index, target_index in pointers:
            if symbol != "+" or target not in synsets or not source_index or not target_index:
                continue
            a, b = words[source_index - 1], synsets[target][0][target_index - 1]
            if a != b and "_" not in a + b and stem_lemma(a) == stem_lemma(b):
                out.add((a, synset_id[0], b, target[0]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--shipped-frequencies", action="store_true",
                        help="read the shipped word_frequency.tsv instead of wordfreq (and leave it as it is)")
    parser.add_argument("--untagged-out", action="store_true", help="variant: leave out untagged readings")
    parser.add_argument("--similar", action="store_true", help="variant: satellite adjectives relate to heads")
    parser.add_argument("--no-members", action="store_true", help="variant: no person -> group or place links")
    parser.add_argument("--no-rare-synonyms", action="store_true", help="variant: synonyms of listed words only")
    parser.add_argument("--no-closed", action="store_true", help="variant: no closed spellings of phrases")
    parser.add_argument("--no-attributes", action="store_true", help="variant: no adjective / attribute noun links")
    parser.add_argument("--no-causes", action="store_true", help="variant: no verb / caused verb links")
    parser.add_argument("--no-caused-nouns", action="store_true", help="variant: no verb / caused noun links")
    args = parser.parse_args()
    global SIMILAR, UNTAGGED_OUT, MEMBERS, RARE_SYNONYMS, CLOSED, ATTRIBUTES, CAUSES, CAUSED_NOUNS
    SIMILAR, UNTAGGED_OUT = args.similar, args.untagged_out
    MEMBERS, RARE_SYNONYMS, CLOSED = not args.no_members, not args.no_rare_synonyms, not args.no_closed
    ATTRIBUTES, CAUSES, CAUSED_NOUNS = not args.no_attributes, not args.no_causes, not args.no_caused_nouns
    zipf = {}
    if args.shipped_frequencies:
        for line in (DATA / "word_frequency.tsv").read_text(encoding="utf-8").splitlines():
            word, value = line.split("\t")
            zipf[word] = float(value)
    else:
        from wordfreq import get_frequency_dict

        for word, freq in get_frequency_dict("en", wordlist="large").items():
            value = round(math.log10(freq * 1e9), 1)
            if value >= MIN_ZIPF and re.fullmatch(r"[a-z]+(?:['-][a-z]+)*", word):
                zipf[word] = value
        lines = sorted(f"{word}\t{value}" for word, value in zipf.items())
        (DATA / "word_frequency.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def known(lemma: str) -> bool:
        return all(part in zipf for part in lemma.replace("-", "_").split("_") if part)

    synsets, senses, irregular = read_wordnet(args.wordnet)
    # (stem, relation, lemma, part of speech) -> stems
    links: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    # Also a form of the same stem ("stopped" -> "stop", "running" -> "run"): the row says which lemma the
    # form is, as morphy's suffix rules do not find "stop" in "stopped".
    for (form, pos), bases in irregular.items():
        for base in bases:
            if known(form) and known(base) and form != base:
                links[stem_lemma(form), "form", form, pos].add(stem_lemma(base))
    for relation, symbols in (("related", {"\\", "+"}), ("antonym", {"!"})):
        for a, pos, b in lexical_pairs(synsets, symbols):
            if known(a) and known(b) and "_" not in a + b and stem_lemma(a) != stem_lemma(b) \
                    and (a, pos) not in UNREAD:
                links[stem_lemma(a), relation, a, pos].add(stem_lemma(b))
    if ATTRIBUTES:  # "northern" / "north": an adjective and the attribute noun it is spelt from
        for a, pos, b in lexical_pairs(synsets, {"="}):
            short, long = sorted((a, b), key=len)
            if known(a) and known(b) and "_" not in a + b and long.startswith(short) and a != b \
                    and not long.endswith("less") and stem_lemma(a) != stem_lemma(b):
                links[stem_lemma(a), "related", a, pos].add(stem_lemma(b))
    # Broader words: the direct hypernyms of a word's first senses ("murder" -> "kill", "storm" -> "assault").
    for lemma, ids in senses.items():
        if "_" in lemma or not known(lemma):
            continue
        for synset_id in ids:
            for symbol, target, _, _ in synsets[synset_id][1]:
                relation = "broader" if symbol in ("@", "@i") else "related" if symbol == "&" and SIMILAR \
                    and synsets[synset_id][2] == "s" else ""
                if relation and target in synsets:
                    for word in synsets[target][0]:
                        if "_" not in word and known(word) and stem_lemma(word) != stem_lemma(lemma):
                            links[stem_lemma(lemma), relation, lemma, synset_id[0]].add(stem_lemma(word))
    if CAUSES:  # "killed" / "died": a verb and the change it causes, WordNet's cause pointer (kill > die), both ways
        for lemma, ids in senses.items():
            if "_" in lemma or not known(lemma):
                continue
            for synset_id in ids:
                for symbol, target, _, _ in synsets[synset_id][1] if synset_id[0] == "v" else ():
                    for word in synsets[target][0] if symbol == ">" and target in synsets else ():
                        # Both senses among their words' first ones ("give" > "have" is a rare sense of "give"), and
                        # not one verb's two uses ("close" > "close", where "shut" is a synonym of both).
                        if "_" not in word and known(word) and stem_lemma(word) != stem_lemma(lemma) \
                                and target in senses.get(word, ()) and lemma not in synsets[target][0]:
                            links[stem_lemma(lemma), "related", lemma, "v"].add(stem_lemma(word))
                            links[stem_lemma(word), "related", word, "v"].add(stem_lemma(lemma))
                            for noun in caused_nouns(synsets, senses, target, word) if CAUSED_NOUNS else ():
                                if known(noun) and stem_lemma(noun) != stem_lemma(lemma):
                                    links[stem_lemma(lemma), "related", lemma, "v"].add(stem_lemma(noun))
                                    links[stem_lemma(noun), "related", noun, "n"].add(stem_lemma(lemma))
    if MEMBERS:  # a person's group or place ("crewman" -> "crew"): member holonyms of a person's first senses
        for lemma, ids in senses.items():
            if "_" in lemma or not known(lemma):
                continue
            # Only the word's first noun sense or one it heads (WordNet lists a synset's usual word first), and no
            # one person (an instance noun): a later sense where it is a lesser synonym linked everyday words in
            # every use ("man" -> "force" from serviceman/military man/man, "relations" -> "tribe" from
            # relative/relation), a surname its bearer's band ("Harrison" -> "Beatles"); "crewman" -> "crew",
            # "Georgian" -> "Georgia", "Serb" -> "Serbia" stay (review13 B13).
            first = next((i for i in ids if i[0] == "n"), None)
            for synset_id in ids:
                if LEXFILE[synset_id] != PERSON_FILE or synset_id[0] != "n" \
                        or synset_id != first and synsets[synset_id][0][0] != lemma \
                        or any(pointer[0] == "@i" for pointer in synsets[synset_id][1]):
                    continue
                for symbol, target, _, _ in synsets[synset_id][1]:
                    if symbol == "#m" and target in synsets:
                        for word in synsets[target][0]:
                            if "_" not in word and known(word) and stem_lemma(word) != stem_lemma(lemma):
                                links[stem_lemma(lemma), "related", lemma, "n"].add(stem_lemma(word))
    # A lemma also holds the links of the words of its stem it derives from or gives ("conversation" ->
    # the verb "converse": speak, talk), as WordNet's derivational pointers say; not of the others of its
    # stem ("conversion": figure, calculation). One step, read before any copy is made.
    own = {key: set(targets) for key, targets in links.items() if key[1] != "form"}
    # The receiving lemma may be rarer than its forms ("hospitalize" beside "hospitalized"): its rows are read
    # under the stem of frequent words anyway.
    own_of: dict[tuple[str, str], list[tuple[str, str, set[str]]]] = defaultdict(list)  # (lemma, pos) -> rows
    for (s, relation, lemma, pos), targets in own.items():
        own_of[lemma, pos].append((s, relation, targets))
    for a, pos_a, b, pos_b in same_stem_derivations(synsets):
        if known(b) and (a, pos_a) not in UNREAD:
            for s, relation, targets in own_of[b, pos_b]:
                if s == stem_lemma(b):
                    links[s, relation, a, pos_a] |= targets
    rows = sorted(f"{s}\t{relation}\t{lemma}\t{pos}\t{' '.join(sorted(targets))}"
                  for (s, relation, lemma, pos), targets in links.items())
    (DATA / "word_links.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")

    top_senses = {lemma: set(ids) for lemma, ids in senses.items()}
    member_of: dict[str, set[str]] = defaultdict(set)
    # Words of a place: adjective synsets that pertain to a noun of a place or people ("Somalian, Somali" ->
    # Somalia), and the noun.person synsets spelt like them (a Somali, a Somalian).
    of_places = {i for i, (_, pointers, _) in synsets.items() if i[0] == "a"
                 and any(symbol == "\\" and LEXFILE.get(t) in PLACE_FILES for symbol, t, _, _ in pointers)}
    adjectives = {w for i in of_places for w in synsets[i][0]}
    of_places |= {i for i, (words, _, _) in synsets.items() if LEXFILE[i] == PERSON_FILE and i[0] == "n"
                  and adjectives.intersection(words)}
    for synset_id in {i for ids in senses.values() for i in ids}:
        members = {stem_lemma(w) for w in synsets[synset_id][0] if known(w) and synset_id in top_senses.get(w, ())}
        if RARE_SYNONYMS and members and synset_id in of_places:
            members |= {stem_lemma(w) for w in synsets[synset_id][0] if w.isalpha() and not known(w)
                        and synset_id in top_senses.get(w, ())}
        if len(members) > 1:
            for member in members:
                member_of[member].add(synset_id)
    if CLOSED:  # "onboard" has the synonyms of "on_board" when WordNet has no lemma "onboard"
        for lemma in [lemma for lemma in senses if "_" in lemma or "-" in lemma]:
            closed = lemma.replace("_", "").replace("-", "")
            # Not a phrasal verb's senses: closed up it is a noun ("a checkin", "a bailout"), or a spoken "-in'"
            # ("doin", "eatin" are no "do in", "eat in").
            ids = {i for i in member_of.get(stem_lemma(lemma), ()) if i[0] != "v"}
            if closed in zipf and closed not in senses and ids:
                member_of[stem_lemma(closed)] |= ids
    groups = sorted(f"{member}\t{' '.join(sorted(ids))}" for member, ids in member_of.items())
    (DATA / "synonyms.tsv").write_text("\n".join(groups) + "\n", encoding="utf-8")
    print(f"{len(zipf)} words, {len(rows)} link rows, {len(groups)} words with synonyms")


if __name__ == "__main__":
    main()
