"""The Actors table's metrics equal networkx's, and the explorer's array path equals the networkx path."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from pipeline.export import read_json
from pipeline.graph import actor_rows, actor_table, by_kinds
from pipeline.graphdata import load_graph_dir
from pipeline.viewstate import ViewState

GRAPHS = Path(__file__).resolve().parents[1] / "graphs"


def real_graphs():
    G = read_json(GRAPHS / "graph.json")
    typed = nx.Graph(by_kinds(G, ["interaction"]))  # isolates: dangling nodes for PageRank
    yield G
    yield typed
    yield nx.Graph(G.subgraph(sorted(G)[: len(G) // 2]))


@pytest.mark.parametrize("G", list(real_graphs()), ids=["whole", "typed", "half"])
def test_pagerank_and_exact_betweenness_are_networkxs(G):
    rows = {r["id"]: r for r in actor_table(G)}
    pagerank = nx.pagerank(G, weight="weight", tol=1e-12, max_iter=10_000)
    betweenness = nx.betweenness_centrality(G, normalized=True)
    for n in G:
        assert rows[n]["pagerank"] == pytest.approx(pagerank[n], abs=1e-9)
        assert rows[n]["betweenness"] == pytest.approx(betweenness[n], abs=1e-12)
    default = nx.pagerank(G, weight="weight")  # networkx's own tolerance
    assert max(abs(rows[n]["pagerank"] - default[n]) for n in G) < 1e-5


@pytest.mark.parametrize("k", [2, 10, 30])
def test_sampled_betweenness_is_networkxs_estimate(k):
    G = read_json(GRAPHS / "graph.json")
    rows = {r["id"]: r for r in actor_table(G, betweenness_k=k, seed=3)}
    want = nx.betweenness_centrality(G, k=k, normalized=True, seed=3)
    for n in G:
        assert rows[n]["betweenness"] == pytest.approx(want[n], abs=1e-12)


def test_same_graph_and_seed_same_table():
    G = read_json(GRAPHS / "graph.json")
    assert actor_table(G, seed=5) == actor_table(G, seed=5)


def test_betweenness_can_be_skipped():
    G = read_json(GRAPHS / "graph.json")
    rows = actor_table(G, betweenness=False)
    assert all(r["betweenness"] is None for r in rows)
    assert [r["pagerank"] for r in rows] == [r["pagerank"] for r in actor_table(G)]


STATES = [
    ViewState(),
    ViewState(co_mentions=True),
    ViewState(actor_types=("PER", "ORG")),
    ViewState(min_weight=2, co_mentions=True),
    ViewState(hide_isolates=True),
    ViewState(relation_types=("MEET", "STATEMENT")),
]


@pytest.mark.parametrize("state", STATES, ids=range(len(STATES)))
@pytest.mark.parametrize("limit", [2000, 7])
def test_the_explorers_array_path_equals_the_networkx_path(state, limit):
    data = load_graph_dir(GRAPHS)
    matching, _ = data.view(state)
    strongest, count = data.strongest(state, limit)
    assert count == matching.number_of_nodes()
    assert actor_rows(strongest, limit=None) == actor_rows(matching, limit=limit)
