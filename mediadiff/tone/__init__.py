"""Stage 2, tone: how an article says things, and about whom.

- ``sentiment``: VADER with proper names masked and the news adjustment
- ``names``: which words of a sentence are part of a proper name (masked before VADER scores it)
- ``pattern``: Pattern's adjective lexicon with Pattern's rules, the second member of news tone
- ``vader``: VADER's compound score from vaderSentiment's own data and rules, lower-casing each sentence once
- ``newsrules``: words that are not tone in news (reporting verbs, subjects of an evaluation)
- ``scopes``: words whose scope changes others' tone (what is reduced or ended; "hardly"; negative quantifier
  subjects: "no one was hurt"; what is lacking: "short of support"; downward operators, off)
- ``objectscope``: a negative pronoun object negates its verb, not its topic ("said nothing about the attack"); a
  comparative someone deserves is lacking ("residents deserve better")
- ``compounds``: the fixed news compounds table ("super PAC", "threatened or endangered species") and where one
  stands
- ``senses``: words whose tone is one sense's, told by the words around them ("treated for burns": care; "a
  justice": a judge)
- ``harms``: words of crime and disaster reports told by what they take ("shots were fired": a weapon's; "the death
  toll rose": more of something bad; "commit theft": a support verb)
- ``events``: the reported event named again ("what caused the fire": the topic of a fire report, no tone)
- ``sides``: "right" that places, not judges ("a big right hand", "his right knee")
- ``sizes``: size words of something bad grade it, not approve ("significant damage", "the fire was quite
  significant"); "a good portion of" is an amount
- ``timewords``: words that say when, not how good ("late Thursday", "effective Nov. 8", "500,000 new jobs")
- ``newswords``: the word tables the news lexicon adds to VADER's (news valences, verb forms, SentiWordNet priors)
- ``lexicons``: hedge, booster and attribution cue lists (``mediadiff/data/*.tsv``)
- ``modality``: whether a booster says how sure the writer is ("it must be true") or not ("must sign": obligation)
- ``claimscope``: cues that are no word of the writer's on a claim (an embedded question's modal, denied evidence's
  "suggest", "faces the prospect of arrest")
- ``certainty``: graded certainty of a sentence in [0, 1] with the cues behind it
- ``toward``: tone toward a mention (``tone_toward``)
- ``actors``: tone toward each actor, by outlet (``score --by actor``)
- ``voice``: the outlet's own words apart from the words it attributes to others
- ``scoring``: sentence, article, outlet and comment scores with the cues behind them
- ``results``: the frozen result dataclasses of scoring
- ``reading``: one reading of a sentence's words (a record per token) that every member of scoring reads
- ``reader``: makes those readings, each distinct token read once
- ``lazy``: cue fields of a sentence score built when first read (scoring keeps plain values until then)
- ``stance``: the same fact hedged by one outlet and asserted by another
- ``params``: the tuned parameters of this stage and the data they were chosen on
"""
