"""What the user clicked in the drawing, and which actors he expanded.

The graph component (:mod:`pipeline.graph_component`) sends one event per
click: ``{"type": "node", "id": ...}``, ``{"type": "edge", "source": ...,
"target": ...}`` or, on a double click, ``{"type": "expand", "id": ...}``.
:func:`apply_event` turns an event into the app's state: the
:class:`Selection` whose detail is shown, and the tuple of expanded actors,
whose neighbours :func:`expand_view` adds to the drawing. Everything here is
plain Python on plain values, so it is tested without a browser.

The expanded actors travel in the URL as repeated ``expand`` parameters
(:func:`expanded_from_params`, :func:`expanded_params`).
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from .graph import dominant_relation

__all__ = [
    "Selection",
    "apply_event",
    "add_expanded",
    "expand_view",
    "expanded_from_params",
    "expanded_params",
    "strongest_partners",
    "article_counts",
    "EXPAND_PARAM",
    "MAX_EXPANDED",
]

EXPAND_PARAM = "expand"
#: At most this many expanded actors are kept (the oldest are dropped).
MAX_EXPANDED = 20


@dataclass(frozen=True)
class Selection:
    """An actor (``kind="node"``, ``source`` its id) or a link (``kind="edge"``).

    A link's ends are stored in sorted order, so clicking the same edge drawn
    either way selects the same pair.

    >>> Selection.edge("lavrov", "kerry")
    Selection(kind='edge', source='kerry', target='lavrov')
    """

    kind: str
    source: str
    target: str = ""

    @classmethod
    def node(cls, node: str) -> "Selection":
        return cls("node", str(node))

    @classmethod
    def edge(cls, u: str, v: str) -> "Selection":
        a, b = sorted((str(u), str(v)))
        return cls("edge", a, b)

    def valid_in(self, G: nx.Graph) -> bool:
        """True when the actor, or both ends and their link, are in ``G``."""
        if self.kind == "node":
            return self.source in G
        return self.kind == "edge" and G.has_edge(self.source, self.target)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def apply_event(
    event: Any,
    selection: Selection | None,
    expanded: Sequence[str],
    G: nx.Graph,
) -> tuple[Selection | None, tuple[str, ...]]:
    """The selection and expanded actors after the component's ``event``.

    Parameters
    ----------
    event : dict or None
        The component's value. Anything that is not a well-formed event
        naming actors (and, for an edge, a link) of ``G`` changes nothing:
        the value comes from the browser.
    selection : Selection or None
        The current selection.
    expanded : sequence of str
        The actors expanded so far, oldest first.
    G : networkx.Graph
        The graph the event's ids must belong to (the filtered graph).

    Returns
    -------
    (Selection or None, tuple of str)
        An ``expand`` event also selects the actor; expanding an actor twice
        keeps one entry. At most :data:`MAX_EXPANDED` are kept.

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> G = _example()
    >>> apply_event({"type": "node", "id": "kerry"}, None, (), G)
    (Selection(kind='node', source='kerry', target=''), ())
    >>> apply_event({"type": "edge", "source": "lavrov", "target": "kerry"}, None, (), G)[0]
    Selection(kind='edge', source='kerry', target='lavrov')
    >>> apply_event({"type": "expand", "id": "moscow"}, None, ("kerry",), G)[1]
    ('kerry', 'moscow')
    >>> apply_event({"type": "node", "id": "<script>"}, None, ("kerry",), G)
    (None, ('kerry',))
    """
    expanded = tuple(expanded)
    if not isinstance(event, Mapping):
        return selection, expanded
    kind = event.get("type")
    if kind in ("node", "expand"):
        node = _text(event.get("id"))
        if node is None or node not in G:
            return selection, expanded
        return Selection.node(node), add_expanded(expanded, node) if kind == "expand" else expanded
    if kind == "edge":
        u, v = _text(event.get("source")), _text(event.get("target"))
        if u is None or v is None or not G.has_edge(u, v):
            return selection, expanded
        return Selection.edge(u, v), expanded
    return selection, expanded


def add_expanded(expanded: Sequence[str], node: str) -> tuple[str, ...]:
    """``expanded`` with ``node`` last (once), at most :data:`MAX_EXPANDED` long.

    >>> add_expanded(("kerry", "moscow"), "kerry")
    ('moscow', 'kerry')
    """
    return (tuple(n for n in expanded if n != node) + (node,))[-MAX_EXPANDED:]


def expand_view(matching: nx.Graph, drawn: nx.Graph, expanded: Iterable[str]) -> nx.Graph:
    """``drawn`` plus each expanded actor and its neighbours in ``matching``.

    ``matching`` is the graph the neighbours come from: in the app, the
    filtered graph before the search and the focus narrow it, so that an
    actor at the edge of a focus view can be expanded beyond it. Expanded
    actors that the filters removed are skipped. Returns ``drawn`` itself
    when nothing is added, else a read-only view of ``matching``, its nodes
    in ``matching``'s order (a set's order would change between processes).

    >>> from pipeline.graph import _example
    >>> G = _example()
    >>> sorted(expand_view(G, G.subgraph(["kerry"]), ["moscow"]))
    ['kerry', 'lavrov', 'moscow']
    >>> H = G.subgraph(["kerry"])
    >>> expand_view(G, H, ["nobody"]) is H
    True
    """
    nodes = set(drawn)
    for node in expanded:
        if node in matching:
            nodes.add(node)
            nodes.update(matching[node])
    if len(nodes) == drawn.number_of_nodes():
        return drawn
    return nx.subgraph_view(matching, filter_node=nodes.__contains__)


def expanded_from_params(params: Mapping[str, str | Sequence[str]], actors: Collection[str] | None = None) -> tuple[str, ...]:
    """The expanded actors named in query parameters (unknown ids dropped).

    >>> expanded_from_params({"expand": ["kerry", "nobody", "kerry"]}, {"kerry"})
    ('kerry',)
    """
    raw = params.get(EXPAND_PARAM)
    if raw is None:
        return ()
    values = [raw] if isinstance(raw, str) else list(raw)
    kept = [str(v) for v in dict.fromkeys(values) if v and (actors is None or v in actors)]
    return tuple(kept[-MAX_EXPANDED:])


def expanded_params(expanded: Sequence[str]) -> dict[str, list[str]]:
    """Query parameters holding ``expanded`` (none when empty).

    >>> expanded_params(("kerry", "moscow")), expanded_params(())
    ({'expand': ['kerry', 'moscow']}, {})
    """
    return {EXPAND_PARAM: list(expanded)} if expanded else {}


def strongest_partners(G: nx.Graph, node: str, limit: int = 10) -> list[dict[str, Any]]:
    """``node``'s links, heaviest first: ``{id, weight, relation, kind}``.

    >>> from pipeline.graph import _example
    >>> [(p["id"], p["weight"], p["relation"]) for p in strongest_partners(_example(), "lavrov")]
    [('kerry', 2, 'MEET'), ('moscow', 1, 'CO_MENTION')]
    """
    if node not in G:
        return []
    rows = []
    for partner in G[node]:
        d = G.edges[node, partner]
        rows.append(
            {
                "id": str(partner),
                "weight": int(d.get("weight", 1)),
                "relation": d.get("dominant_relation") or dominant_relation(d.get("relations")),
                "kind": str(d.get("kind") or ""),
            }
        )
    rows.sort(key=lambda r: (-r["weight"], r["id"]))
    return rows[:limit]


def article_counts(G: nx.Graph, node: str, fetch: Any = None) -> list[tuple[str, int]]:
    """Articles with sentences linking ``node`` to a partner in ``G``, and how many
    such sentences each has (each sentence once), most first.

    ``fetch``: as in :func:`pipeline.evidence.evidence_rows`, for a graph
    without edge evidence.

    >>> from pipeline.graph import _example
    >>> article_counts(_example(), "lavrov")
    [('a1', 1), ('a2', 1)]
    """
    if node not in G:
        return []
    from .evidence import sentence_counts

    counts = sentence_counts(G, node, list(G[node]), fetch)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
