"""Delegates: an unnamed person acting for a named one ("a spokeswoman for Hillary Clinton", "Cameron's spokesman").

``delegate_of`` reads such a phrase into (role word, principal); ``delegate_source`` does so for a source as written;
``without_opener`` gives the name of the unnamed actor ("spokeswoman for Clinton"). Rules only.
"""

from __future__ import annotations

from functools import lru_cache

from mediadiff.voices.names import ORG_HEADS, ROLE_WORDS, split_role, strip_possessive, words_of

# Words that open a role phrase without naming anyone ("A spokeswoman for ...", "one aide to ...").
_ROLE_OPENERS = frozenset("a an the one".split())
# Role words of one person acting for another: a role word that is neither an organisation ("Clinton's
# campaign", "the White House press office") nor a group ("Obama's aides").
_PERSONAL_ROLES = ROLE_WORDS - ORG_HEADS - {"aides", "officials", "spokesmen"}


@lru_cache(maxsize=65536)
def delegate_of(phrase: str) -> tuple[str, str] | None:
    """(role word, principal) when ``phrase`` names an unnamed person acting for a named one:
    "A spokeswoman for Hillary Clinton", "an aide to Trump", "Cameron's spokesman" give
    ("spokeswoman", "Hillary Clinton"), ...; ``None`` for a name ("Spokeswoman Jessica Ditto").
    Such a person is an actor of their own, never the principal: a later "Clinton" is not them."""
    role, tokens = split_role(phrase)[0], phrase.split()
    low = [t.strip(".,").lower() for t in tokens]
    if role is not None and not (tokens[0][:1].islower() and words_of(role)[-1] in _PERSONAL_ROLES and {
            "for", "to"} & set(low)):  # "a spokeswoman for Sen. Ted Cruz": unnamed, the title the principal's
        return None  # "Spokesman for the State Department Ned Price", "Adviser to President Obama Valerie Jarrett"
    for i, word in enumerate(low[:-2]):  # "a [senior] spokeswoman for X": the role, then for/to, then X
        if word in _PERSONAL_ROLES and low[i + 1] in {"for", "to"} and all(
                t[:1].islower() or w in _ROLE_OPENERS for t, w in zip(tokens[:i], low[:i])):
            return word, " ".join(tokens[i + 2:])
    for i, token in enumerate(tokens[:-1]):  # "[Hillary] Clinton's [campaign] spokesman"
        if token.endswith(("'s", "’s")) and token[:1].isupper():
            after = low[i + 1:]
            if after[-1] in _PERSONAL_ROLES and all(t[:1].islower() for t in tokens[i + 1:]) and all(
                    t[:1].isupper() or w in _ROLE_OPENERS for t, w in zip(tokens[:i], low[:i])):
                return after[-1], strip_possessive(" ".join(tokens[:i + 1]))
            return None
    return None


def delegate_source(source: str) -> tuple[str, str] | None:
    """``delegate_of`` for a source as written, which opens with an article or a capital: a bare
    "spokeswoman for X" is the tail of an apposition ("Angelique Brunner, a developer and
    spokeswoman for the EB-5 Investment Coalition, said"), not someone of its own."""
    if not (source[:1].isupper() or source.partition(" ")[0] in _ROLE_OPENERS):
        return None
    return delegate_of(source)


def without_opener(phrase: str) -> str:
    """"spokeswoman for Clinton" from "A spokeswoman for Clinton": the name of an unnamed actor."""
    first, _, rest = phrase.partition(" ")
    return rest if rest and first.lower() in _ROLE_OPENERS else phrase
