"""The closed classes of English that every stage reads words with: the forms of "be", "have" and "do", the modal
auxiliaries, the determiners, the personal pronouns by case.

Closed classes are listed, not fitted. The members are those of the Penn Treebank tagging guidelines (Santorini
1990: MD for the modals, DT and PRP$ for the determiners, PRP for the personal pronouns) and of the Cambridge
Grammar of the English Language (Huddleston and Pullum 2002, ch. 3 for the auxiliaries, ch. 5 for the determiners
and pronouns), lower-cased as the stages compare words. A stage composes what it needs from these sets and adds its
own words beside them, so where a stage's set leaves out a form ("being" among tone's copulas) or adds one
("get" of a passive) the difference stands written in that stage. The calendar words are in ``corpus.dates``, the
particles inside personal names in ``corpus.namewords``.
"""

from __future__ import annotations

# The finite forms of "be" (present "am is are", past "was were"), then its plain form and participles.
BE_FINITE = frozenset("am is are was were".split())
BE = BE_FINITE | frozenset("be been being".split())
# The finite forms of "have", the perfect auxiliary ("has said", "had left").
HAVE_FINITE = frozenset("has have had".split())
# The finite forms of "do", the auxiliary of negation and questions ("did not say", "does he know").
DO_FINITE = frozenset("do does did".split())
# The central modal auxiliaries (Penn's MD; CGEL's modals): finite only, with no "-s" form and no participle.
MODALS = frozenset("can could may might must shall should will would".split())

# The determiners that open a noun phrase and nothing else: articles, demonstratives and the possessive
# determiners (Penn's DT and PRP$; quantifiers such as "some", "all", "no" are added where a stage needs them).
ARTICLES = frozenset("the a an".split())
DEMONSTRATIVES = frozenset("this that these those".split())
POSSESSIVE_DETERMINERS = frozenset("my your his her its our their".split())
DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVE_DETERMINERS

# The personal pronouns by case (CGEL's nominative and accusative): "you" and "it" are both.
SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
OBJECT_PRONOUNS = frozenset("me you him her it us them".split())

# "no" before these is no quantifier of a noun phrase: "no longer", "no sooner ... than", "no more/fewer than", "no
# matter" (CGEL ch. 5 on "no" as a degree adverb and in fixed phrases).
NOT_QUANTIFIED = frozenset("longer sooner more less fewer later earlier matter".split())
# Nor, outside "there is no ...", before these: the sentence adverbs "no doubt", "no wonder", "no surprise", "no
# question" assert the clause after them ("No doubt the attack was brutal"); "there is no question that ..." keeps its
# "no" a determiner, the existential's (tone.scopes).
SENTENCE_ADVERBS = frozenset("doubt wonder surprise question".split())
