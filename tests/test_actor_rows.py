"""The Actors table on a large graph: only the strongest actors are measured."""
from __future__ import annotations

from pathlib import Path

from pipeline.export import read_json
from pipeline.graph import actor_rows, actor_table

GRAPH = Path(__file__).resolve().parents[1] / "graphs" / "graph.json"


def test_a_graph_above_the_limit_is_measured_on_its_strongest_actors():
    G = read_json(GRAPH)
    strength = dict(G.degree(weight="weight"))
    want = sorted(G, key=lambda n: (-strength[n], -(G.nodes[n].get("mentions") or 0), str(n)))[:6]
    rows, _ = actor_rows(G, limit=6)
    assert sorted(r["id"] for r in rows) == sorted(want)
    among = G.subgraph(want)
    for r in rows:  # degrees count the links among the chosen only
        assert r["degree"] == among.degree(r["id"])
        assert r["weighted_degree"] == among.degree(r["id"], weight="weight")
    assert abs(sum(r["pagerank"] for r in rows) - 1.0) < 1e-6


def test_below_the_limit_the_table_is_the_whole_graphs():
    G = read_json(GRAPH)
    rows, k = actor_rows(G)
    assert G.number_of_nodes() < 2000
    assert k is None  # exact betweenness: a graph this small is far within the budget
    assert rows == actor_table(G)
