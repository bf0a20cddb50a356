"""The explorer's view of a large graph, computed on arrays.

:func:`pipeline.viewstate.view_graphs` filters the actors and links, caps
the drawing to the strongest actors and ranks the drawn links. Done with
networkx subgraph views, every degree, strength and score re-checks the
filters on every read: a second or more per control change on a
60,000-actor graph. :class:`GraphIndex` holds a graph's nodes and edges as
numpy arrays once, and :func:`fast_view` computes the same view from them in
a few passes; networkx is used only for the (lazy) matching view it returns
and the small drawn graph.

The results equal those of :func:`pipeline.graph.filter_graph` and
:func:`pipeline.significance.rank_edges` (tested on real builds); the
evidence filters (articles, dates, relation types) are applied before, by
the caller, because they rebuild the graph.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any
from dataclasses import dataclass

import networkx as nx
import numpy as np

from .graph import INTERACTION, _kinds, _node_tokens, _WORD, _fold, edge_kind, restricted_view

__all__ = ["GraphIndex", "ViewResult", "fast_view", "strongest", "as_plain"]


@dataclass(frozen=True, eq=False)
class GraphIndex:
    """A graph's nodes and edges as arrays, in the graph's own order.

    ``u``/``v`` are node positions of each edge as ``G.edges()`` reports it
    (so orientation and order match networkx's), ``weight`` the raw
    ``weight`` (default 1), ``interaction`` whether :func:`edge_kind` says
    interaction.
    """

    graph: nx.Graph | None  # None for an index made from a store's arrays (from_window)
    nodes: tuple[Hashable, ...]
    position: dict[Hashable, int]
    types: np.ndarray  # object: each node's "type"
    mentions: np.ndarray  # float
    id_rank: np.ndarray  # position of str(node) in sorted order: the last tie-break
    u: np.ndarray
    v: np.ndarray
    weight: np.ndarray  # float, d.get("weight", 1)
    interaction: np.ndarray  # bool
    node_data: Mapping[Hashable, Mapping] | None = None  # attributes the search reads; default the graph's

    @property
    def data(self) -> Mapping[Hashable, Mapping]:
        """Node → attribute dict (names and aliases, for the search)."""
        return self.node_data if self.node_data is not None else self.graph._node

    @classmethod
    def from_window(cls, window: Any, node_data: Mapping[Hashable, Mapping], whole: GraphIndex | None = None) -> GraphIndex:
        """Index a store's evidence-filtered arrays (:class:`pipeline.store.Window`),
        without a graph: ``node_data`` gives each actor's type, names and
        aliases (the unfiltered graph's: they do not depend on the filters);
        ``whole``, the unfiltered graph's index, gives the types at once when
        the window keeps every actor (a relation-type filter does)."""
        nodes = tuple(window.nodes)
        if whole is not None and nodes == whole.nodes:
            types = whole.types
        else:
            types = np.array([node_data[n].get("type") for n in nodes], dtype=object) if nodes else np.zeros(0, dtype=object)
        return cls(
            graph=None,
            nodes=nodes,
            position=whole.position if whole is not None and types is whole.types else {n: i for i, n in enumerate(nodes)},
            types=types,
            mentions=np.asarray(window.mentions, dtype=float),
            id_rank=np.arange(len(nodes), dtype=np.int64),  # the window's actors are sorted
            u=np.asarray(window.a, dtype=np.int64),
            v=np.asarray(window.b, dtype=np.int64),
            weight=np.asarray(window.weight, dtype=float),
            interaction=np.asarray(window.interaction, dtype=bool),
            node_data=node_data,
        )

    @classmethod
    def of(cls, G: nx.Graph) -> GraphIndex:
        """Index ``G`` (one pass over its nodes and edges)."""
        nodes = tuple(G)
        position = {n: i for i, n in enumerate(nodes)}
        types = np.array([d.get("type") for d in G._node.values()], dtype=object) if nodes else np.zeros(0, dtype=object)
        mentions = np.array([float(d.get("mentions") or 0) for d in G._node.values()], dtype=float)
        order = sorted(range(len(nodes)), key=lambda i: str(nodes[i]))
        id_rank = np.empty(len(nodes), dtype=np.int64)
        id_rank[order] = np.arange(len(nodes))
        us, vs, ws, kinds = [], [], [], []
        for a, b, d in G.edges(data=True):
            us.append(position[a])
            vs.append(position[b])
            ws.append(d.get("weight", 1))
            kinds.append(edge_kind(d) == INTERACTION)
        return cls(
            graph=G,
            nodes=nodes,
            position=position,
            types=types,
            mentions=mentions,
            id_rank=id_rank,
            u=np.array(us, dtype=np.int64),
            v=np.array(vs, dtype=np.int64),
            weight=np.array([float(w) for w in ws], dtype=float),
            interaction=np.array(kinds, dtype=bool),
        )

    def __len__(self) -> int:
        return len(self.nodes)


@dataclass(frozen=True)
class ViewResult:
    """A view: the matching graph (a lazy read-only view; None when not
    asked for), the drawn actors in graph order, the drawn links ``(u, v)``
    in graph order, and the matching actors and links as masks over the
    index's nodes and edges."""

    matching: nx.Graph | None
    drawn_nodes: tuple[Hashable, ...]
    drawn_edges: tuple[tuple[Hashable, Hashable], ...]
    nodes: np.ndarray | None = None
    edges: np.ndarray | None = None


def _edge_mask(ix: GraphIndex, nodes: np.ndarray, min_weight: int, kinds: frozenset[str] | None) -> np.ndarray:
    mask = nodes[ix.u] & nodes[ix.v]
    if min_weight > 1:
        mask &= ix.weight >= min_weight
    if kinds is not None:
        mask &= ix.interaction if INTERACTION in kinds else ~ix.interaction
    return mask


def _sum_at(ix: GraphIndex, edges: np.ndarray, values: np.ndarray) -> np.ndarray:
    n = len(ix)
    return np.bincount(ix.u[edges], values[edges], minlength=n) + np.bincount(ix.v[edges], values[edges], minlength=n)


def _search_hits(ix: GraphIndex, nodes: np.ndarray, query: str) -> list[int]:
    """:func:`pipeline.graph.search_nodes` over the kept nodes, as positions."""
    terms = _WORD.findall(_fold(query or ""))
    data = ix.data
    hits = []
    for i in np.flatnonzero(nodes):
        node = ix.nodes[i]
        tokens = _node_tokens(node, data[node])
        if all(any(tok.startswith(term) for tok in tokens) for term in terms):
            hits.append(int(i))
    return hits


def _reach(ix: GraphIndex, nodes: np.ndarray, edges: np.ndarray, start: int, depth: int) -> np.ndarray:
    """Nodes within ``depth`` kept edges of ``start``."""
    n = len(ix)
    if not nodes[start]:
        return np.zeros(n, dtype=bool)
    u, v = ix.u[edges], ix.v[edges]
    reached = np.zeros(n, dtype=bool)
    reached[start] = True
    frontier = reached.copy()
    for _ in range(depth):
        step = np.zeros(n, dtype=bool)
        step[v[frontier[u]]] = True
        step[u[frontier[v]]] = True
        frontier = step & ~reached
        if not frontier.any():
            break
        reached |= frontier
    return reached


def _top(ix: GraphIndex, nodes: np.ndarray, edges: np.ndarray, n: int, keep: Sequence[int]) -> np.ndarray:
    """:func:`pipeline.graph._top_nodes`: the ``keep`` nodes first, then the
    strongest (weighted degree, mentions, id); a mask."""
    if n < 0:
        raise ValueError(f"max_nodes must be >= 0, got {n!r}")
    chosen = [k for k in dict.fromkeys(keep) if nodes[k]][:n]
    out = np.zeros(len(ix), dtype=bool)
    out[chosen] = True
    rest = n - len(chosen)
    if rest > 0:
        strength = _sum_at(ix, edges, ix.weight)
        candidates = np.flatnonzero(nodes & ~out)
        order = np.lexsort((ix.id_rank[candidates], -ix.mentions[candidates], -strength[candidates]))
        out[candidates[order[:rest]]] = True
    return out


def _scores(ix: GraphIndex, edges: np.ndarray, method: str, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """:func:`pipeline.significance.edge_scores` of the kept edges: (scores, defined)."""
    w = np.maximum(np.nan_to_num(ix.weight), 0.0)
    if method == "weight":
        return w, edges.copy()
    strength = _sum_at(ix, edges, w)
    if method == "pmi":
        total = float(w[edges].sum())
        scores = np.zeros(len(w))
        if total > 0:
            expected = strength[ix.u] * strength[ix.v] / (2.0 * total)
            ok = edges & (w > 0) & (expected > 0)
            with np.errstate(divide="ignore", invalid="ignore"):
                scores[ok] = w[ok] * np.log2(w[ok] / expected[ok])
        return scores, edges.copy()
    if not 0.0 < float(alpha) <= 1.0:
        raise ValueError(f"alpha must be in (0, 1], got {alpha!r}")
    degree = _sum_at(ix, edges, np.ones(len(w)))

    def end_p(s: np.ndarray, k: np.ndarray) -> np.ndarray:
        p = np.ones(len(w))
        ok = (k > 1) & (s > 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            p[ok] = (1.0 - w[ok] / s[ok]) ** (k[ok] - 1)
        return p

    p = np.minimum(end_p(strength[ix.u], degree[ix.u]), end_p(strength[ix.v], degree[ix.v]))
    return 1.0 - p, edges & (p < alpha)


def _ranked_edges(ix: GraphIndex, edges: np.ndarray, drawn: np.ndarray, method: str, alpha: float, n: int) -> np.ndarray:
    """Positions of the ``n`` best kept edges among drawn nodes, by
    :func:`pipeline.significance.rank_edges`'s order (score, weight, ids)."""
    scores, defined = _scores(ix, edges, method, alpha)
    among = np.flatnonzero(defined & drawn[ix.u] & drawn[ix.v])
    if n <= 0 or not len(among):
        return among[:0]
    w = np.maximum(np.nan_to_num(ix.weight), 0.0)
    # exact ties of score and weight are rare; the ids break them in Python
    keys = sorted(among.tolist(), key=lambda e: (-scores[e], -w[e], str(ix.nodes[ix.u[e]]), str(ix.nodes[ix.v[e]])))
    return np.array(keys[: int(n)], dtype=np.int64)


def fast_view(
    ix: GraphIndex,
    *,
    actor_types: Iterable[str] | None = None,
    min_weight: int = 1,
    kinds: Iterable[str] | None = None,
    keep_isolates: bool = True,
    search: str | None = None,
    focus: str | None = None,
    depth: int = 1,
    max_nodes: int,
    significance: str = "pmi",
    alpha: float = 0.05,
    max_edges: int,
    matching: bool = True,
) -> ViewResult:
    """The view of ``ix.graph`` (already restricted by the evidence filters).

    Steps 2-5 of :func:`pipeline.graph.filter_graph`, then the link ranking
    of :func:`pipeline.viewstate.view_graphs`, with the same arguments and
    the same results. ``matching=False`` leaves out the matching graph (an
    index without a graph has none); its masks are there either way.

    >>> from pipeline.graph import _example
    >>> r = fast_view(GraphIndex.of(_example()), focus="moscow", depth=1, max_nodes=5, max_edges=5, keep_isolates=False)
    >>> sorted(r.matching), r.drawn_nodes, r.drawn_edges
    (['lavrov', 'moscow'], ('lavrov', 'moscow'), (('lavrov', 'moscow'),))
    """
    from .graph import MAX_DEPTH

    chosen_kinds = _kinds(kinds)
    min_weight = int(min_weight)
    n = len(ix)
    if actor_types is None:
        nodes = np.ones(n, dtype=bool)
    else:
        nodes = np.isin(ix.types, np.array(sorted(set(actor_types)), dtype=object)) if n else np.zeros(0, dtype=bool)
    edges = _edge_mask(ix, nodes, min_weight, chosen_kinds)
    if not keep_isolates:
        nodes &= _sum_at(ix, edges, np.ones(len(ix.u))) > 0
    priority: list[int] = []
    if _WORD.findall(_fold(search or "")):
        priority = _search_hits(ix, nodes, search or "")
        near = np.zeros(n, dtype=bool)
        near[priority] = True
        hit = near.copy()
        near[ix.v[edges & hit[ix.u]]] = True
        near[ix.u[edges & hit[ix.v]]] = True
        nodes &= near
        edges &= nodes[ix.u] & nodes[ix.v]
    if focus is not None:
        if not 1 <= int(depth) <= MAX_DEPTH:
            raise ValueError(f"depth must be between 1 and {MAX_DEPTH}, got {depth!r}")
        start = ix.position.get(focus)
        nodes &= _reach(ix, nodes, edges, start, int(depth)) if start is not None else np.zeros(n, dtype=bool)
        edges &= nodes[ix.u] & nodes[ix.v]
        if start is not None:
            priority = [start, *priority]
    drawn = _top(ix, nodes, edges, int(max_nodes), priority)
    ranked = _ranked_edges(ix, edges, drawn, significance, float(alpha), int(max_edges))
    kept = np.zeros(len(ix.u), dtype=bool)
    kept[ranked] = True
    view = None
    if matching:
        view = restricted_view(ix.graph, [ix.nodes[i] for i in np.flatnonzero(nodes)], min_weight, chosen_kinds)
    return ViewResult(
        matching=view,
        drawn_nodes=tuple(ix.nodes[i] for i in np.flatnonzero(drawn)),
        drawn_edges=tuple((ix.nodes[ix.u[e]], ix.nodes[ix.v[e]]) for e in np.flatnonzero(kept)),
        nodes=nodes,
        edges=edges & nodes[ix.u] & nodes[ix.v],
    )


def strongest(ix: GraphIndex, view: ViewResult, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``n`` strongest matching actors (weighted degree, mentions, id:
    :func:`pipeline.graph._strongest_subgraph`'s order) and the matching
    links among them, as masks."""
    chosen = _top(ix, view.nodes, view.edges, int(n), ())
    return chosen, view.edges & chosen[ix.u] & chosen[ix.v]


def as_plain(ix: GraphIndex, view: ViewResult) -> nx.Graph:
    """The drawn graph as a small frozen plain graph (the drawing reads it many times)."""
    G = ix.graph
    small = nx.Graph()
    small.graph.update(G.graph)
    small.add_nodes_from((n, G._node[n]) for n in view.drawn_nodes)
    small.add_edges_from((u, v, G._adj[u][v]) for u, v in view.drawn_edges)
    return nx.freeze(small)
