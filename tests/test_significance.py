"""Link significance on hand-built graphs (pipeline.significance)."""
from __future__ import annotations

import networkx as nx
import pytest

from pipeline.significance import METHODS, disparity_pvalues, edge_scores, pmi_scores, rank_edges


def hubs_and_pair() -> nx.Graph:
    """Two hubs (the King and Riyadh) linked to everyone, plus a rare pair
    (Kerry and Lavrov) that only ever appear together."""
    G = nx.Graph()
    G.add_edge("الملك سلمان", "الرياض", weight=6)
    for i in range(12):
        G.add_edge("الملك سلمان", f"وزير{i}", weight=5)
        G.add_edge("الرياض", f"مدينة{i}", weight=5)
    G.add_edge("جون كيري", "سيرغي لافروف", weight=3)
    return G


def test_pair_beyond_chance_beats_a_pair_of_hubs():
    G = hubs_and_pair()
    pmi = pmi_scores(G)
    assert G.edges["الملك سلمان", "الرياض"]["weight"] > G.edges["جون كيري", "سيرغي لافروف"]["weight"]
    assert pmi[("جون كيري", "سيرغي لافروف")] > pmi[("الملك سلمان", "الرياض")]
    ranked = [e for e, _ in rank_edges(G, "pmi")]
    assert ranked[0] == ("جون كيري", "سيرغي لافروف")
    # raw weight puts the hubs first
    assert rank_edges(G, "weight")[0][0] == ("الملك سلمان", "الرياض")


def test_fewer_sentences_than_expected_scores_below_zero():
    G = nx.Graph([("a", "b", {"weight": 1}), ("a", "c", {"weight": 50}), ("b", "d", {"weight": 50})])
    assert pmi_scores(G)[("a", "b")] < 0 < pmi_scores(G)[("a", "c")]


def test_disparity_keeps_a_low_degree_nodes_strong_link_and_drops_a_weak_hub_link():
    G = nx.Graph()
    # a hub with 20 even links, one of them to a small actor
    for i in range(20):
        G.add_edge("الرياض", f"n{i}", weight=4)
    # the small actor (3 links) puts nearly all its sentences on one
    G.add_edge("n0", "لافروف", weight=30)
    G.add_edge("n0", "x", weight=1)
    p = disparity_pvalues(G)
    assert p[("n0", "لافروف")] < 0.05
    kept = edge_scores(G, "backbone", alpha=0.05)
    assert ("n0", "لافروف") in kept
    assert ("الرياض", "n5") not in kept  # a weak, ordinary link of the hub
    assert ("n0", "x") not in kept


def test_alpha_is_configurable():
    G = nx.Graph([("a", "b", {"weight": 6}), ("a", "c", {"weight": 2}), ("a", "d", {"weight": 2})])
    p = disparity_pvalues(G)[("a", "b")]  # (1 - 0.6) ** 2 = 0.16
    assert p == pytest.approx(0.16)
    assert ("a", "b") not in edge_scores(G, "backbone", alpha=0.05)
    assert ("a", "b") in edge_scores(G, "backbone", alpha=0.2)
    with pytest.raises(ValueError, match="alpha"):
        edge_scores(G, "backbone", alpha=0)


def test_rank_among_drawn_nodes_and_top_n_is_deterministic():
    G = hubs_and_pair()
    among = {"الملك سلمان", "الرياض", "وزير0", "وزير1"}
    got = rank_edges(G, "pmi", among=among, n=2)
    assert len(got) == 2 and all(u in among and v in among for (u, v), _ in got)
    assert got == rank_edges(G.copy(), "pmi", among=among, n=2)
    assert rank_edges(nx.Graph(), "backbone") == []


@pytest.mark.parametrize("method", list(METHODS))
def test_every_method_has_an_explanation_and_scores(method):
    assert METHODS[method] and "\n" not in METHODS[method]
    assert isinstance(edge_scores(hubs_and_pair(), method), dict)
