"""Words that join the parts of a personal name, shared by the stages that read names."""

from __future__ import annotations

# Lower-case particles inside a name ("Juan Ramón de la Fuente", "Ludwig van Beethoven"): they join a run of
# capitalised words when another capitalised word follows, so the name is not cut into "Fuente".
NAME_PARTICLES = frozenset("de la del da das do dos di du le van von der den ten ter bin ibn al el y".split())

# Words that join an organisation's head to the rest of its name ("Bureau of Labor Statistics", "Centers for
# Disease Control"): they join two runs of capitals only after such a head, since "Secretary of State" or
# "Jim Banks of Indiana" are a role and a place.
ORGANISATION_JOINERS = frozenset({"of", "for"})
