"""How is actor A connected to actor B: the cheapest paths, each hop with its evidence.

:func:`find_paths` returns the ``k`` cheapest simple paths between two
actors (Yen's algorithm, :func:`networkx.shortest_simple_paths`), cheapest
first. Each :class:`Hop` carries the edge's evidence items (the contract's
``evidence``, one per sentence) and its direction relative to the path.
:func:`path_subgraph` is the part of the graph to draw, and
:func:`highlight` the node and edge ids to mark in a drawing.

The cost rule
-------------
A path's cost is the sum of its hops' costs (:func:`hop_cost`)::

    cost = base × (1 − min(0.25, 0.05 × log2(weight)))
    base = 1 for an ``interaction`` edge (a typed relation), 4 for a ``co-mention``

so a hop costs 1 (one sentence) down to 0.75 (32 sentences or more) when
typed, and 4 down to 3 when the two actors are only named together. Hence:

* a path of **two typed hops** (cost 1.5 to 2) is always preferred to a
  **single co-mention hop** (3 to 4): "Kerry met Zarif, who met Lavrov"
  says more than "Kerry and Lavrov were named in one sentence";
* three typed hops (2.25 to 3) are preferred to a co-mention hop of fewer
  than 32 sentences, and tie with one of 32 or more; four typed hops lose;
* among hops of one kind, heavier (better attested) ones are cheaper, but
  never by more than a quarter, so weight never outranks kind.

Ties keep the order networkx finds them in, which depends only on the
graph's node and edge order, so the same graph gives the same paths.

>>> from pipeline.graph import _example
>>> [p.nodes for p in find_paths(_example(), "kerry", "moscow")]
[('kerry', 'lavrov', 'moscow')]
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any

import networkx as nx

from .graph import CO_MENTIONED, INTERACTION, dominant_relation, edge_direction, edge_kind

__all__ = ["Hop", "Path", "find_paths", "hop_cost", "path_subgraph", "highlight", "KIND_COST", "DEFAULT_K"]

#: Base cost of a hop by edge kind (see the module docstring).
KIND_COST = {INTERACTION: 1.0, CO_MENTIONED: 4.0}
#: At most this share of a hop's base cost is taken off for weight.
MAX_WEIGHT_DISCOUNT = 0.25
#: Share taken off per doubling of the weight (sentences).
DISCOUNT_PER_DOUBLING = 0.05
DEFAULT_K = 3
_COST = "_path_cost"


def hop_cost(data: Mapping[str, Any]) -> float:
    """Cost of crossing an edge: 1 typed, 4 co-mention, up to a quarter less when heavier.

    Parameters
    ----------
    data : mapping
        Edge attributes of the output contract (``kind`` or ``relations``,
        ``weight``).

    Returns
    -------
    float

    Examples
    --------
    >>> hop_cost({"kind": "interaction", "weight": 1}), hop_cost({"kind": "co-mention", "weight": 1})
    (1.0, 4.0)
    >>> hop_cost({"kind": "interaction", "weight": 4}), hop_cost({"kind": "co-mention", "weight": 1000})
    (0.9, 3.0)
    """
    weight = max(1.0, float(data.get("weight") or 1))
    discount = min(MAX_WEIGHT_DISCOUNT, DISCOUNT_PER_DOUBLING * math.log2(weight))
    return round(KIND_COST[edge_kind(data)] * (1.0 - discount), 6)


@dataclass(frozen=True)
class Hop:
    """One step of a path, from ``source`` to ``target`` (in path order).

    Attributes
    ----------
    source, target : str
        Actor ids, in the order the path walks them.
    kind : str
        ``interaction`` or ``co-mention``.
    weight : int
        Distinct sentences behind the edge.
    relation : str
        The edge's dominant relation (``CO_MENTION`` for a co-mention).
    direction : str
        ``"forward"`` when the edge's typed sentences all say
        source → target, ``"backward"`` when they all say target → source,
        ``""`` when they do not agree or none is directed
        (:func:`pipeline.graph.edge_direction`).
    cost : float
        :func:`hop_cost` of the edge.
    evidence : tuple of dict
        The edge's evidence items, one per sentence, as in the graph
        (``article, sentence, start, end, source, target, relations, ...``).
    """

    source: str
    target: str
    kind: str
    weight: int
    relation: str
    direction: str
    cost: float
    evidence: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True)
class Path:
    """A simple path between two actors.

    ``nodes`` has one more element than ``hops``; a path from an actor to
    itself has one node, no hop and cost 0.
    """

    nodes: tuple[str, ...]
    hops: tuple[Hop, ...]
    cost: float

    @property
    def typed_hops(self) -> int:
        """How many hops rest on a typed relation."""
        return sum(h.kind == INTERACTION for h in self.hops)

    def edges(self) -> list[tuple[str, str]]:
        """The ``(source, target)`` pairs of the hops, in path order."""
        return [(h.source, h.target) for h in self.hops]


def _hop(G: nx.Graph, u: str, v: str) -> Hop:
    d = G.edges[u, v]
    direction = edge_direction(d)
    way = "" if direction is None else ("forward" if tuple(direction) == (u, v) else "backward")
    return Hop(
        source=u,
        target=v,
        kind=edge_kind(d),
        weight=int(d.get("weight") or len(d.get("evidence") or ()) or 1),
        relation=d.get("dominant_relation") or dominant_relation(d.get("relations")),
        direction=way,
        cost=hop_cost(d),
        evidence=tuple(d.get("evidence") or ()),
    )


def _path(G: nx.Graph, nodes: list[str]) -> Path:
    hops = tuple(_hop(G, u, v) for u, v in zip(nodes, nodes[1:]))
    return Path(tuple(nodes), hops, round(sum(h.cost for h in hops), 6))


def find_paths(G: nx.Graph, source: str, target: str, k: int = DEFAULT_K, *, max_hops: int | None = None) -> list[Path]:
    """The ``k`` cheapest simple paths from ``source`` to ``target``, cheapest first.

    Parameters
    ----------
    G : networkx.Graph
        A graph of the output contract, or a filtered view of one; never
        modified.
    source, target : str
        Actor ids.
    k : int
        How many paths at most (>= 1).
    max_hops : int, optional
        Skip paths with more hops than this (they are still searched
        through, so keep ``k`` small on large graphs).

    Returns
    -------
    list of Path
        Empty when no path joins the two actors. ``[Path((source,), (), 0.0)]``
        when ``source == target``.

    Raises
    ------
    KeyError
        When ``source`` or ``target`` is not an actor of ``G``; the message
        names the id.
    ValueError
        When ``k`` < 1.

    Examples
    --------
    Kerry and Moscow share no sentence; the path goes through Lavrov, whom
    Kerry meets (typed) and who is named with Moscow (co-mention):

    >>> from pipeline.graph import _example
    >>> G = _example()
    >>> [p] = find_paths(G, "kerry", "moscow")
    >>> p.nodes, p.cost, [(h.kind, h.relation, h.direction, h.weight) for h in p.hops]
    (('kerry', 'lavrov', 'moscow'), 4.95, [('interaction', 'MEET', '', 2), ('co-mention', 'CO_MENTION', '', 1)])
    >>> p.hops[0].evidence[0]["sentence"]
    'التقى لافروف كيري في موسكو'
    >>> find_paths(G, "kerry", "kerry")[0].hops
    ()
    """
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k!r}")
    for node in (source, target):
        if node not in G:
            raise KeyError(f"no actor {node!r} in the graph (it may have been filtered away)")
    if source == target:
        return [Path((source,), (), 0.0)]
    if not nx.has_path(G, source, target):
        return []

    def cost(u: str, v: str, d: Mapping[str, Any]) -> float:
        return hop_cost(d)

    # The generator is lazy: only as many paths as are taken are computed.
    found = nx.shortest_simple_paths(G, source, target, weight=cost)
    if max_hops is not None:
        found = (p for p in found if len(p) - 1 <= max_hops)
    return [_path(G, p) for p in islice(found, k)]


def highlight(paths: Iterable[Path]) -> dict[str, list]:
    """The node ids and edges of ``paths``, to mark in a drawing.

    Returns
    -------
    dict
        ``{"nodes": [id, ...], "edges": [[u, v], ...]}``: JSON-able, in path
        order, each once; an edge is listed as the path walks it (for an
        undirected drawing, match both orders).

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> highlight(find_paths(_example(), "kerry", "moscow"))
    {'nodes': ['kerry', 'lavrov', 'moscow'], 'edges': [['kerry', 'lavrov'], ['lavrov', 'moscow']]}
    """
    nodes: dict[str, None] = {}
    edges: dict[frozenset, list[str]] = {}
    for p in paths:
        nodes.update(dict.fromkeys(p.nodes))
        for u, v in p.edges():
            edges.setdefault(frozenset((u, v)), [u, v])
    return {"nodes": list(nodes), "edges": list(edges.values())}


def path_subgraph(G: nx.Graph, paths: Iterable[Path]) -> nx.Graph:
    """Read-only view of ``G`` holding only the nodes and edges of ``paths``.

    Edges between path nodes that no path uses are left out, so the drawing
    shows the paths and nothing else.

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> H = path_subgraph(_example(), find_paths(_example(), "kerry", "moscow"))
    >>> sorted(H.nodes), sorted(tuple(sorted(e)) for e in H.edges)
    (['kerry', 'lavrov', 'moscow'], [('kerry', 'lavrov'), ('lavrov', 'moscow')])
    """
    paths = list(paths)
    wanted = highlight(paths)
    nodes = set(wanted["nodes"])
    edges = {frozenset(e) for e in wanted["edges"]}
    return nx.subgraph_view(G, filter_node=nodes.__contains__, filter_edge=lambda u, v: frozenset((u, v)) in edges)
