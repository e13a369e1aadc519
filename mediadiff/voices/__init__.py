"""Stage 2, voices: who says what, in whose voice.

- ``attribution``: ``attribute(article)`` divides a body into the outlet's own voice and attributed
  content (direct quotes, reported speech) with source, speaker, cue and offsets; ``actor_mentions``
- ``attributed``: what ``attribute`` gives: ``Attribution``, ``Voice``, ``Attributions`` (with ``to_records``)
- ``actors``: people, organisations and groups resolved across an article (``merge_actors`` re-exported)
- ``acronyms``: an acronym beside a name in parentheses ("... Border Protection (CBP)"): one actor
- ``resolution``: ``resolve``: the actor a source as written ("he", "Mrs. Clinton", "the department") is;
  ``register_source``: the actor a named source founds
- ``definites``: "the company" as a source after "Exxon said": the last business named (definite anaphora)
- ``actor_names``: one name per actor across a corpus (``merge_actors``, ``corpus_names``), shared by
  ``voices`` and ``score --by actor``
- ``actor_index``: indexes over one article's actors and mentions that keep reading linear in its length
- ``places_written``: a name the text writes as a place ("Suka Makmur village", "in Banda Aceh" every time) or a
  hyphenated modifier ("Indian Ocean-wide"): no actor, never "he" or "she"
- ``captions``: a photo's caption or credit left in a body ("(AP Photo/Jim Lee)"): no antecedent of a pronoun
- ``headlines``: names inside a Title Case headline, where capitals say nothing: only known actors count
- ``sentence_notes``: what a sentence tells about its actors beyond naming them (gender, statement issuers,
  relatives: "his son Hunter Biden")
- ``descriptors``: a noun of its kind beside a name makes it an organisation's ("investment bank Goldman Sachs")
- ``names``: names read: roles split off, places and accents folded, organisations told from people
- ``delegates``: an unnamed person acting for a named one ("a spokeswoman for Hillary Clinton"): herself, never
  the one she speaks for
- ``name_match``: whether two names name one actor (``same_actor``): what a longer name may add to a shorter
- ``capitals``: capitalised runs and which of their words name someone (a sentence's first word may not)
- ``name_reading``: the role and the name a capitalised phrase holds (``name_in``), ``None`` for no actor's
- ``lone_names``: a lone capitalised word as a source ("Exxon said") is of ``unknown`` kind, a person's or an
  organisation's, unless the article gives evidence of a person (a title, a first name, "he" or "she")
- ``first_names``: first names (an owner opening with one is a person), those of one sex (honorifics)
- ``wordclass``: what an ordinary English word can be (noun, verb, function word), from the shipped lists
- ``cues``: reporting verbs and phrases and the patterns that give them a source
- ``passives``: a passive reporting verb's subject is addressed, never the source ("deaths were reported")
- ``noun_uses``: reporting forms used as nouns ("Continuing claims", "Jobless claims fell"), figures and dates
  heading no source
- ``times``: time expressions and dates ("on Oct. 4"): adverbs between a subject and its verb, never a source
- ``hearers``: the hearer of "told", "warned", "urged" ("told reporters that"); "that" opening the clause, not a
  demonstrative hearer ("warned that more roads could flood")
- ``subject_participles``: a participle inside a subject reports a clause ending before the main verb ("Footage of
  the mayor saying “We are ready” was shared widely": not "was shared widely")
- ``participle_clauses``: a participle clause of report set off by commas takes its clause's subject ("The mayor
  spoke for an hour, saying ...", "Officials, saying ..., reopened the road": what was said ends at the comma)
- ``complements``: the words after a reporting verb that report nothing (an object of "added", a preposition),
  and where a reported clause opens when "and that" joins a second one to it
- ``phrases``: tokens and the noun phrases read backwards or forwards from a reporting verb; the role an
  apposition gives (``as_role``: a noun phrase, never a relative clause)
- ``possessives``: a run with a possessive inside names its owner and an organisation ("Trump's Justice Department")
- ``subjects``: the subject before a reporting verb, its apposition, two joined by "and" (one source, both),
  a head and its modifiers after it ("Analysts at Goldman Sachs said"), an adverbial between commas skipped
- ``predicates``: a subject's own verb after an aside between commas makes a reporting verb after a later comma
  inverted ("The driver, who was black, had seethed ..., said his girlfriend": the girlfriend speaks)
- ``postmodifiers``: the preposition opening a modifier after a source's head, read back past coordinated
  premodifiers ("Officials at the interior and commerce ministries said": the officials)
- ``parentheticals``: a cue between commas inside its sentence reports the sentence ("Residents, said Ruiz, were")
- ``conjoined``: a reported clause ends where another report joined to it by ", and" opens ("She explained how
  it worked, and prosecutors said")
- ``quotemarks``: which characters open and close a quote
- ``labels``: a heading or a verbless label before a colon ("What they're saying:", "His final assessment:") says
  nothing of its own; a contracted pronoun as a source ("They're") is the pronoun
- ``adjuncts``: a phrase of when or where alone after a reporting verb ("told O'Reilly this week.") reports nothing
- ``other_senses``: "tell lies", "call out" someone: a reporting verb that reports nothing
- ``idioms``: a connective on "say" opening a sentence ("Having said that,", "That said,", "Needless to say")
  reports nothing: the writer's own comment
- ``occasions``: a fronted participle clause of the occasion ("Asked whether ..., Ryan said no.", "Speaking to
  reporters, he said"): never the words said
- ``block_quotes``: a paragraph quoted whole after "X said:" with no quote marks (a block quote pasted as text): X's
- ``introductions``: quotes introduced by a colon or by the sentence before, with no verb beside them
- ``speech_senses``: "confirm", "disclose", "reveal" report only a clause, a colon or a quote, from a subject that
  can speak, never in the passive ("the Senate confirmed the nominee" reports nothing); "add", "continue", "go on"
  only from a subject that can speak ("the tariffs would add"), "go on" never before a time ("went on for a decade")
- ``verbs``: the reporting-verb lexicon (``data/reporting_verbs.tsv``): forms, stance, connotation; "call" that
  summons or cancels ("called to service", "called off": ``summoned``)
- ``quotes``: quotations in an article and matching them across articles
- ``quote_edits``: a word diff of two quotations read back as written: a cut, an ellipsis, a changed claim
- ``summary``: who gets the floor, per outlet (``mediadiff voices``)
- ``params``: the tuned parameters of this stage and the data they were chosen on
"""

from importlib import import_module
from typing import Any

# Loaded on first use (PEP 562), as ``mediadiff`` loads its stages: importing one module of this package
# (``verbs`` for the aligner, ``quotes`` for the quote classes) ran this file, which read in all of
# attribution (about 0.04 s), before ``compare`` could fork the process that reads the quotes.
_LAZY = {"Actor": "actors", "ActorMention": "actors", "merge_actors": "actors", "Attribution": "attributed",
         "Attributions": "attributed", "Voice": "attributed", "actor_mentions": "attribution",
         "attribute": "attribution"}

__all__ = ["Actor", "ActorMention", "Attribution", "Attributions", "Voice", "actor_mentions", "attribute",
           "merge_actors"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
