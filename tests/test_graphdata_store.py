"""A build opened through its store gives the views, evidence and timeline
its graph files give (pipeline.graphdata).

The fixture build is written twice, as graph files and as a store, from the
same hand-built Arabic articles; the files' graph, with its evidence, is the
reference.
"""
from __future__ import annotations

import networkx as nx
import pytest

from pipeline.evidence import evidence_count, evidence_rows
from pipeline.export import read_articles_json, read_json
from pipeline.graph import edge_direction, timeline
from pipeline.graphdata import load_graph_dir
from pipeline.viewstate import ViewState, view_graphs

from .app_fixtures import write_graph_dir
from .test_viewindex import random_states


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = write_graph_dir(tmp_path_factory.mktemp("both"), 12, store=True, sentences=6)
    return load_graph_dir(folder), read_json(folder / "graph.json"), {r["id"]: r for r in read_articles_json(folder / "articles.json")}


def shape(G: nx.Graph) -> tuple:
    return list(G), [(u, v, d["weight"], d["kind"], d["relations"]) for u, v, d in G.edges(data=True)]


def test_the_store_is_what_the_app_opens(built):
    data, reference, records = built
    assert data.store is not None and data.articles == ()
    assert shape(data.graph) == shape(reference)
    assert not any("evidence" in d for _, _, d in data.graph.edges(data=True))


def test_views_equal_the_files_views(built):
    data, reference, records = built
    for state in random_states(reference, 60, seed=3):
        matching, drawn = data.view(state)
        want_matching, want_drawn = view_graphs(reference, state)
        assert shape(matching) == shape(want_matching), state
        assert shape(drawn) == shape(want_drawn), state


def test_drawn_links_get_the_direction_and_first_sentences_of_their_evidence(built):
    data, reference, records = built
    for state in (ViewState(co_mentions=True), ViewState(co_mentions=True, relation_types=("ATTACK", "SUPPORT")), ViewState(articles=("art001", "art004"))):
        _, drawn = data.view(state)
        drawn = data.with_summaries(drawn, state)
        _, want = view_graphs(reference, state)
        assert drawn.number_of_edges() > 0
        for u, v, d in drawn.edges(data=True):
            evidence = want.edges[u, v]["evidence"]
            assert d["sample"] == evidence[:2]
            assert d["direction"] == edge_direction(want.edges[u, v])


def test_article_records_from_the_store_equal_articles_json(built):
    data, _, records = built
    assert list(data.by_id) == list(records)
    assert all(data.by_id[k] == records[k] for k in records)
    assert [r["text"] for r in data.records()] == [r["text"] for r in records.values()]


def test_evidence_and_timeline_from_the_store_equal_the_files(built):
    data, reference, records = built
    for state in (ViewState(co_mentions=True), ViewState(co_mentions=True, date_from="2015-10-11", date_to="2016-02-14")):
        H, _ = data.view(state)
        want, _ = view_graphs(reference, state)
        fetch = data.evidence_source(state)
        for actor in list(H)[:8]:
            for other in [None, *list(H[actor])[:2]]:
                got = evidence_rows(H, actor, other, articles=data.by_id, fetch=fetch)
                assert got == evidence_rows(want, actor, other, articles=records)
                assert evidence_count(H, actor, other, fetch) == evidence_count(want, actor, other) == len(got)
        for period in ("day", "month"):
            assert data.timeline(H, state, period) == timeline(want, period=period)
