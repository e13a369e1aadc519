import pytest

from mediadiff.events.grouping import group_stories
from mediadiff.models import Article, Sentence

dask = pytest.importorskip("distributed")


def build_article(id, *sentences, published=None, outlet=None):
    return Article(id=id, path=f"{id}.txt", raw="\n".join(sentences),
                   sentences=tuple(Sentence(i, t, 0, len(t)) for i, t in enumerate(sentences)),
                   published=published, outlet=outlet)


ARTICLES = [
    build_article("a1", "A magnitude 6.4 earthquake struck Valparaiso in Chile on Tuesday.",
                  "Rescue teams pulled 14 survivors from collapsed buildings.", published="2026-01-13"),
    build_article("a2", "Rescuers searched rubble in Valparaiso after a 6.4-magnitude quake shook Chile.",
                  "Officials said 14 people were rescued alive.", published="2026-01-13"),
    build_article("b1", "Canada's Mark Carney promised retaliation against 25 percent steel tariffs.",
                  "Ottawa called the levies an attack on its workers.", published="2026-01-14"),
    build_article("b2", "Mark Carney said Canada would answer the 25 percent tariffs on steel.",
                  "The tariffs on Canadian steel start next week.", published="2026-01-14"),
    build_article("c1", "Voters in Portugal elected a new parliament on Sunday.", published="2026-01-18"),
]


def test_dask_engine_on_a_local_cluster_gives_the_local_stories():
    from distributed import Client, LocalCluster

    from mediadiff.scale.grouping import dask_search

    local = group_stories(ARTICLES)
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            remote = group_stories(ARTICLES, search=dask_search(client, rows_per_task=2))
    assert remote == local
    assert [s.label for s in remote] == [s.label for s in local]
