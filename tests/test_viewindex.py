"""The array-based view (pipeline.viewindex) gives what the networkx filters give.

:func:`pipeline.viewstate.view_graphs` computes on arrays; the reference here
is the slow path its contract names: ``filter_graph`` for the matching and
drawn actors, then ``rank_edges`` on the matching graph among the drawn ones.
"""
from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import pytest

from pipeline.export import read_json
from pipeline.graph import filter_graph
from pipeline.significance import rank_edges
from pipeline.viewindex import GraphIndex
from pipeline.viewstate import ViewState, view_graphs

GRAPH = Path(__file__).resolve().parents[1] / "graphs" / "graph.json"


def reference(G: nx.Graph, state: ViewState) -> tuple[list, list, list, list]:
    matching = filter_graph(G, **state.filter_kwargs())
    drawn = filter_graph(matching, search=state.search or None, focus=state.focus or None, depth=int(state.depth), max_nodes=int(state.max_nodes))
    ranked = rank_edges(matching, state.significance, alpha=float(state.alpha), n=int(state.max_edges), among=set(drawn))
    keep = {e for e, _ in ranked} | {(v, u) for (u, v), _ in ranked}
    return list(matching), list(matching.edges), list(drawn), [(u, v) for u, v in drawn.edges if (u, v) in keep]


def random_states(G: nx.Graph, n: int, seed: int) -> list[ViewState]:
    rng = random.Random(seed)
    nodes = list(G)
    articles = [a["id"] for a in G.graph["articles"]]
    names = [str(G.nodes[x].get("label") or "") for x in nodes[:40]] + ["Lavrov", "كيري", "وزير"]
    states = []
    for _ in range(n):
        states.append(
            ViewState(
                actor_types=rng.choice([None, ("PER",), ("ORG", "LOC"), ("MISC",)]),
                relation_types=rng.choice([None, None, ("MEET",), ("CO_MENTION", "ATTACK")]),
                articles=tuple(rng.sample(articles, min(len(articles), rng.choice([0, 0, 1])))),
                min_weight=rng.choice([1, 1, 2, 3]),
                co_mentions=rng.random() < 0.5,
                hide_isolates=rng.random() < 0.5,
                search=rng.choice(["", "", *names]).split(" ")[0],
                focus=rng.choice(["", "", rng.choice(nodes)]),
                depth=rng.choice([1, 2, 3]),
                max_nodes=rng.choice([0, 1, 5, 20, 150]),
                significance=rng.choice(["pmi", "weight", "backbone"]),
                alpha=rng.choice([0.01, 0.05, 0.2]),
                max_edges=rng.choice([0, 3, 300]),
            )
        )
    return states


@pytest.fixture(scope="module")
def committed() -> tuple[nx.Graph, GraphIndex]:
    G = read_json(GRAPH)
    return G, GraphIndex.of(G)


def test_fast_view_equals_networkx_filters_on_the_committed_graph(committed):
    G, ix = committed
    for state in random_states(G, 120, seed=7):
        matching, drawn = view_graphs(G, state, ix)
        assert (list(matching), list(matching.edges), list(drawn), list(drawn.edges)) == reference(G, state), state


def test_defaults_and_a_focus_draw_what_the_filters_draw(committed):
    G, ix = committed
    hub = max(G, key=lambda n: G.degree(n, weight="weight"))
    for state in (ViewState(), ViewState(co_mentions=True), ViewState(focus=hub, depth=2, co_mentions=True, max_nodes=10)):
        matching, drawn = view_graphs(G, state, ix)
        assert drawn.number_of_nodes() > 0
        assert (list(matching), list(matching.edges), list(drawn), list(drawn.edges)) == reference(G, state)


def test_an_index_of_another_graph_is_not_used(committed):
    G, ix = committed
    H = G.copy()
    H.remove_node(next(iter(H)))
    matching, _ = view_graphs(H, ViewState(co_mentions=True), ix)
    assert list(matching) == list(H)


def test_drawn_graph_is_a_plain_frozen_copy(committed):
    G, ix = committed
    _, drawn = view_graphs(G, ViewState(co_mentions=True), ix)
    assert type(drawn) is nx.Graph and nx.is_frozen(drawn)
    u, v = next(iter(drawn.edges))
    assert drawn.edges[u, v]["weight"] == G.edges[u, v]["weight"]
