"""Rank links by significance instead of raw sentence counts.

A hub (Saudi Arabia, the King, Riyadh) shares sentences with everyone, so
ranking links by weight draws the hubs' links and little else. The scores
here ask how much a link says *beyond what its two actors' frequencies
predict*:

``weight``
    the number of sentences behind the link (raw count);
``pmi``
    local pointwise mutual information, ``w · log2(w / E)`` where
    ``E = s_u · s_v / 2W`` is the weight the link would have if the two
    actors' sentences (their strengths ``s``; ``W`` the total weight) paired
    at random. Positive: more sentences than chance; negative: fewer. The
    factor ``w`` keeps one-sentence pairs of rare actors from topping the
    list, as plain PMI would;
``backbone``
    the disparity filter of Serrano, Boguñá and Vespignani (PNAS 2009): for
    an actor with ``k`` links and strength ``s``, a link of weight ``w``
    is significant at level ``alpha`` when ``(1 - w/s) ** (k - 1) < alpha``;
    a link is kept when either end finds it significant. Scored ``1 - p``,
    ``p`` the smaller of its two ends' p-values.

All functions are pure; edges are keyed ``(u, v)`` as ``G.edges()`` yields them.

>>> from pipeline.graph import _example
>>> sorted(edge_scores(_example(), "weight").values())
[1.0, 2.0]
>>> [e for e, _ in rank_edges(_example(), "pmi")]
[('kerry', 'lavrov'), ('lavrov', 'moscow')]
"""
from __future__ import annotations

import math
from collections.abc import Collection, Hashable
from typing import Any

import networkx as nx

__all__ = ["METHODS", "DEFAULT_ALPHA", "pmi_scores", "disparity_pvalues", "edge_scores", "rank_edges"]

#: Scoring methods → one-line explanation (shown in the app).
METHODS: dict[str, str] = {
    "pmi": "Surprise: sentences beyond what the two actors' frequencies predict (local PMI, w·log2(w/expected)); hubs' routine links sink.",
    "backbone": "Backbone: links that carry an unusually large share of either actor's sentences (disparity filter, Serrano et al. 2009); the rest are dropped.",
    "weight": "Raw weight: the number of sentences behind the link; hubs dominate.",
}
DEFAULT_ALPHA = 0.05

Edge = tuple[Hashable, Hashable]


def _weight(d: dict[str, Any]) -> float:
    return max(float(d.get("weight", 1) or 0), 0.0)


def pmi_scores(G: nx.Graph) -> dict[Edge, float]:
    """Local PMI of each link: ``w · log2(w / E)``, ``E = s_u s_v / 2W``.

    Parameters
    ----------
    G : networkx.Graph
        Edge ``weight`` is the number of sentences; strengths and the total
        come from ``G`` itself, so score a graph that holds the actors'
        other links too (the filtered graph, not only the drawn one).

    Returns
    -------
    dict
        ``(u, v)`` → score; ``0.0`` for a zero-weight link.

    Examples
    --------
    A pair that only ever appears together beats a pair of hubs with more
    sentences, which the hubs' many other links explain:

    >>> G = nx.Graph()
    >>> G.add_edge("hub1", "hub2", weight=3)
    >>> for i in range(10):
    ...     G.add_edge("hub1", f"x{i}", weight=3); G.add_edge("hub2", f"y{i}", weight=3)
    >>> G.add_edge("a", "b", weight=2)
    >>> s = pmi_scores(G)
    >>> s[("a", "b")] > s[("hub1", "hub2")], round(s[("a", "b")], 2)
    (True, 12.04)
    """
    edges = [(u, v, _weight(d)) for u, v, d in G.edges(data=True)]  # one pass: G may be a filtered view
    strength = _strengths(edges)
    total = sum(w for _, _, w in edges)
    out: dict[Edge, float] = {}
    for u, v, w in edges:
        if w <= 0 or total <= 0:
            out[(u, v)] = 0.0
            continue
        expected = strength[u] * strength[v] / (2.0 * total)
        out[(u, v)] = w * math.log2(w / expected) if expected > 0 else 0.0
    return out


def _strengths(edges: list[tuple[Hashable, Hashable, float]]) -> dict[Hashable, float]:
    strength: dict[Hashable, float] = {}
    for u, v, w in edges:
        strength[u] = strength.get(u, 0.0) + w
        strength[v] = strength.get(v, 0.0) + w
    return strength


def _end_pvalue(w: float, strength: float, degree: int) -> float:
    """Disparity-filter p-value of a link seen from one end."""
    if degree <= 1 or strength <= 0:
        return 1.0  # one link carries everything: no evidence of disparity
    return (1.0 - w / strength) ** (degree - 1)


def disparity_pvalues(G: nx.Graph) -> dict[Edge, float]:
    """Disparity-filter p-value of each link: the smaller of its two ends'.

    Seen from an actor with ``k`` links and strength ``s``, a link of
    weight ``w`` has ``p = (1 - w/s) ** (k - 1)``: the chance that a link
    takes so large a share if the actor's sentences were spread over its
    ``k`` links uniformly at random. An actor with one link gives ``p = 1``.

    Examples
    --------
    >>> G = nx.Graph([("a", "b", {"weight": 20}), ("a", "c", {"weight": 1}), ("a", "d", {"weight": 1})])
    >>> {e: round(p, 4) for e, p in disparity_pvalues(G).items()}
    {('a', 'b'): 0.0083, ('a', 'c'): 0.9112, ('a', 'd'): 0.9112}
    """
    edges = [(u, v, _weight(d)) for u, v, d in G.edges(data=True)]
    strength = _strengths(edges)
    degree: dict[Hashable, int] = {}
    for u, v, _ in edges:
        degree[u] = degree.get(u, 0) + 1
        degree[v] = degree.get(v, 0) + 1
    out: dict[Edge, float] = {}
    for u, v, w in edges:
        out[(u, v)] = min(_end_pvalue(w, strength[u], degree[u]), _end_pvalue(w, strength[v], degree[v]))
    return out


def edge_scores(G: nx.Graph, method: str = "pmi", *, alpha: float = DEFAULT_ALPHA) -> dict[Edge, float]:
    """Each link's score under ``method`` (a key of :data:`METHODS`); higher is stronger.

    ``backbone`` returns only the links significant at ``alpha``
    (scored ``1 - p``); the others return every link.

    Examples
    --------
    >>> G = nx.Graph([("a", "b", {"weight": 20}), ("a", "c", {"weight": 1}), ("a", "d", {"weight": 1})])
    >>> sorted(edge_scores(G, "backbone"))
    [('a', 'b')]
    >>> edge_scores(G, "nope")
    Traceback (most recent call last):
    ...
    ValueError: significance method must be one of pmi, backbone, weight; got 'nope'
    """
    if method not in METHODS:
        raise ValueError(f"significance method must be one of {', '.join(METHODS)}; got {method!r}")
    if method == "weight":
        return {(u, v): _weight(d) for u, v, d in G.edges(data=True)}
    if method == "pmi":
        return pmi_scores(G)
    if not 0.0 < float(alpha) <= 1.0:
        raise ValueError(f"alpha must be in (0, 1], got {alpha!r}")
    return {e: 1.0 - p for e, p in disparity_pvalues(G).items() if p < alpha}


def rank_edges(
    G: nx.Graph,
    method: str = "pmi",
    *,
    alpha: float = DEFAULT_ALPHA,
    n: int | None = None,
    among: Collection[Hashable] | None = None,
) -> list[tuple[Edge, float]]:
    """Links ranked by ``method``, strongest first: ``[((u, v), score), …]``.

    Scores are computed on the whole of ``G``; ``among`` (a node set)
    keeps only the links between those nodes (the drawn actors), and ``n``
    the first ``n`` of them. Ties go to the heavier link, then to the ids.

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> rank_edges(_example(), "weight", n=1)
    [(('kerry', 'lavrov'), 2.0)]
    >>> rank_edges(_example(), "weight", among={"lavrov", "moscow"})
    [(('lavrov', 'moscow'), 1.0)]
    """
    scores = edge_scores(G, method, alpha=alpha)
    keep = None if among is None else set(among)
    ranked = [
        (e, s)
        for e, s in scores.items()
        if keep is None or (e[0] in keep and e[1] in keep)
    ]
    weight = {(u, v): _weight(d) for u, v, d in G.edges(data=True)} if len(ranked) > 1 else {}
    ranked.sort(key=lambda es: (-es[1], -weight.get(es[0], 0.0), str(es[0][0]), str(es[0][1])))
    return ranked if n is None else ranked[: max(int(n), 0)]
