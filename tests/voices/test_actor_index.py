"""Indexes over an article's actors and mentions: the same answers as reading every mention."""

from __future__ import annotations

from voices_builders import article

from mediadiff.voices.actors import read_actors

TEXT = article(
    "Mexican President Claudia Sheinbaum met Secretary of State Marco Rubio and the U.S. State Department.",
    "Governor Smith spoke to the Foreign Ministry. Smith said the department had agreed.",
    "French President Emmanuel Macron called the Mexican president. The Justice Department stayed silent.",
    "Later, Governor John Smith met Chairman Ali Khan of the Finance Committee and the Mexican Foreign Ministry.",
)


def _read_back(registry, kind, before, head, qualifiers=()):  # type: ignore[no-untyped-def]
    for m in registry.by_position.latest_first(before):
        actor = registry.actors.get(m.actor)
        if m.kind != kind or actor is None:
            continue
        described = " ".join(w.strip(".,'").lower() for w in (actor.name + " " + (actor.role or "")).split())
        if head in described.split() and all(q in described for q in qualifiers):
            return actor
    return None


def test_last_by_head_is_the_latest_mention_read_back():
    registry = read_actors(TEXT)
    heads = [("person", "president", ()), ("person", "president", ("mexi",)), ("person", "governor", ()),
             ("organisation", "department", ()), ("organisation", "ministry", ("fore",)),
             ("person", "chairman", ()), ("person", "ambassador", ())]
    for before in range(0, len(TEXT.raw) + 1, 7):
        for kind, head, qualifiers in heads:
            assert registry.last(kind, before, head=head, qualifiers=qualifiers) == \
                _read_back(registry, kind, before, head, qualifiers), (before, head)


def test_an_earlier_short_name_is_retargeted_to_the_full_name():
    registry = read_actors(TEXT)
    smiths = [m for m in registry.mentions if "Smith" in m.text]
    assert len(smiths) >= 2 and {m.actor for m in smiths} == {"John Smith"}
    assert registry.by_position.latest_of("John Smith", "person", len(TEXT.raw))[0] == max(m.start for m in smiths)


def test_mention_indexes_follow_every_rename():
    text = article(
        "Governor Smith met CBP officials. Later, Governor John Smith said CBP (Customs and Border Protection)",
        "would act. The Customs and Border Protection agency and Governor Smith agreed.")
    for registry in (read_actors(text), read_actors(TEXT)):
        for m in registry.mentions:
            for before in sorted({x.start + 1 for x in registry.mentions}):
                starts = [(x.start, i) for i, x in enumerate(registry.mentions)
                          if (x.actor, x.kind) == (m.actor, m.kind) and x.start < before]
                latest = max((s for s, _ in starts), default=None)
                assert registry.by_position.latest_of(m.actor, m.kind, before) == \
                    min((x for x in starts if x[0] == latest), default=None)


def test_an_actor_named_again_is_moved_last_as_taking_it_out_and_back_would():
    from mediadiff.voices.actor_index import ActorTable, reinsert
    from mediadiff.voices.actors import Actor
    from mediadiff.voices.names import index_keys

    def table():  # type: ignore[no-untyped-def]
        return ActorTable({name: Actor(name, "person", None) for name in ("Claudia Sheinbaum", "Marco Rubio",
                                                                        "Donald Trump")}, keys=index_keys)

    moved, rebuilt = table(), table()
    reinsert(moved, "Claudia Sheinbaum", moved["Claudia Sheinbaum"])
    actor = rebuilt.pop("Claudia Sheinbaum")
    rebuilt["Claudia Sheinbaum"] = actor
    assert list(moved) == list(rebuilt) == ["Marco Rubio", "Donald Trump", "Claudia Sheinbaum"]
    for name in ("Sheinbaum", "Claudia", "Rubio"):
        assert moved.candidates(name) == rebuilt.candidates(name)
        assert moved.first_of(name, lambda a: True, latest=True) == rebuilt.first_of(name, lambda a: True, latest=True)
