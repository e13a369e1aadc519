"""Small words inside names and titles: the particles of a personal name, the joiners of an organisation's name,
and the words Title Case leaves in lower case; shared by the stages that read names and headings."""

from __future__ import annotations

# Lower-case particles inside a name ("Juan Ramón de la Fuente", "Ludwig van Beethoven"): they join a run of
# capitalised words when another capitalised word follows, so the name is not cut into "Fuente".
NAME_PARTICLES = frozenset("de la del da das do dos di du le van von der den ten ter bin ibn al el y".split())

# Words that join an organisation's head to the rest of its name ("Bureau of Labor Statistics", "Centers for
# Disease Control"): they join two runs of capitals only after such a head, since "Secretary of State" or
# "Jim Banks of Indiana" are a role and a place.
ORGANISATION_JOINERS = frozenset({"of", "for"})

# What Title Case leaves in lower case: articles, coordinating conjunctions, prepositions and the infinitive "to"
# (Chicago Manual of Style 8.159; AP capitalises prepositions of four letters or more, so those are here too). The
# corpus stage tells a heading's case by it (``lines.is_title_case``), tone a headline's (``tone.names``).
TITLE_CASE_SMALL = frozenset(
    "a an the and but or nor for so yet as at by in of off on out per to up via vs v from into onto over with than "
    "upon amid near past till like unto down about above after along among around before behind below beneath "
    "beside besides between beyond despite during except inside outside since through throughout toward towards "
    "under until versus within without".split())
