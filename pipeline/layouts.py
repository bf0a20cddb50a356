"""Where the actors sit in the drawing.

:func:`layout_positions` is a seeded force-directed layout;
:func:`base_layout` lays out the strongest actors of the whole graph once,
so every view of it shares one layout and an actor keeps its place when a
filter changes; :func:`place` puts a view's actors at their shared
positions, the others beside their neighbours. A user can pin the drawn
layout: :func:`save_layout`/:func:`load_layout`/:func:`saved_layouts`
keep pinned layouts in the work folder. :func:`gephi_positions` places every
actor for the Gephi exports.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import tempfile
import zlib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

__all__ = [
    "BASE_LAYOUT_NODES",
    "LAYOUT_NAME",
    "layout_positions",
    "gephi_positions",
    "place",
    "base_layout",
    "save_layout",
    "load_layout",
    "saved_layouts",
]

#: A pinned layout's name: 12 hex digits of its positions' hash.
LAYOUT_NAME = re.compile(r"^[0-9a-f]{12}$")
#: How many of the strongest actors of the whole graph the shared layout
#: places (:func:`base_layout`), besides every actor with a typed link; the
#: others are placed beside them.
BASE_LAYOUT_NODES = 800
#: Typed links pull their actors this much harder than co-mentions in the layout.
INTERACTION_PULL = 3.0
#: The Gephi exports' layout (:func:`gephi_positions`): above this many nodes only the
#: strongest are laid out by force (the rest on a ring): networkx's spring layout is
#: dense numpy below 500 nodes, a much slower sparse loop from 500.
GEPHI_MAX_NODES = 499
GEPHI_SEED = 7
GEPHI_SCALE = 1000.0


def layout_positions(G: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Seeded force-directed layout of ``G`` in vis-network pixels.

    Deterministic (same graph, same positions) and cached on the graph's
    structure, so re-rendering the same nodes (another label language or
    size metric) does not lay them out again. Lay out a large, unfiltered
    graph once and pass it to :func:`place` to keep the actors that stay
    where they were when a filter changes.

    >>> from pipeline.graph import _example
    >>> pos = layout_positions(_example())
    >>> sorted(pos) == ["kerry", "lavrov", "moscow"], pos == layout_positions(_example())
    (True, True)
    """
    nodes = tuple(G)
    edges = tuple((u, v, float(w)) for u, v, w in G.edges(data="weight", default=1))
    return _layout(nodes, edges)


def _hash_angle(node: Any) -> float:
    return (zlib.crc32(str(node).encode("utf-8")) % 3600) / 3600 * 2 * math.pi


def place(G: nx.Graph, base: Mapping[Any, Sequence[float]]) -> dict[Any, tuple[float, float]]:
    """A position for every node of ``G``: its ``base`` position when it has one.

    The others go next to their placed neighbours (their mean, plus a small
    offset in a direction fixed by the node id), or, with none, on a ring
    around the drawing. Deterministic.

    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b"), ("b", "c")])
    >>> pos = place(G, {"a": (0.0, 0.0), "b": (100.0, 0.0), "z": (5.0, 5.0)})
    >>> pos["a"], pos["b"], sorted(pos)
    ((0.0, 0.0), (100.0, 0.0), ['a', 'b', 'c'])
    >>> 60 < math.dist(pos["c"], pos["b"]) < 90
    True
    """
    out: dict[Any, tuple[float, float]] = {n: (float(base[n][0]), float(base[n][1])) for n in G if n in base}
    if len(out) == G.number_of_nodes():
        return out
    xs = [p[0] for p in out.values()] or [0.0]
    ys = [p[1] for p in out.values()] or [0.0]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    radius = max(250.0, (max(xs) - min(xs)) / 2 + 80, (max(ys) - min(ys)) / 2 + 80)
    missing = [n for n in G if n not in out]
    # nodes with placed neighbours first (most placed neighbours first), then the rest
    for _ in range(2):
        for n in list(missing):
            near = [out[m] for m in G[n] if m in out]
            if not near:
                continue
            a = _hash_angle(n)
            out[n] = (round(sum(p[0] for p in near) / len(near) + 70 * math.cos(a), 1),
                      round(sum(p[1] for p in near) / len(near) + 70 * math.sin(a), 1))
            missing.remove(n)
    for n in missing:
        a = _hash_angle(n)
        out[n] = (round(cx + radius * math.cos(a), 1), round(cy + radius * math.sin(a), 1))
    return out


@lru_cache(maxsize=8)
def _layout(nodes: tuple, edges: tuple) -> dict[Any, tuple[float, float]]:
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    adjacency = np.zeros((n, n), dtype=np.float32)
    for u, v, w in edges:
        adjacency[index[u], index[v]] = adjacency[index[v], index[u]] = math.log1p(max(w, 0.0))
    pos = _fruchterman_reingold(adjacency)
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    scale = max(250.0, 45.0 * math.sqrt(n))
    return {node: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for node, (x, y) in zip(nodes, pos)}


def _fruchterman_reingold(adjacency: np.ndarray, iterations: int = 50, seed: int = 7) -> np.ndarray:
    """Force-directed positions (Fruchterman-Reingold, as in networkx), vectorised.

    Dense in memory (``n × n``): fine for what is drawn (a few thousand
    nodes); ``networkx.spring_layout`` switches to a much slower sparse
    loop from 500 nodes.
    """
    n = adjacency.shape[0]
    pos = np.random.default_rng(seed).random((n, 2), dtype=np.float32)
    if n == 1:
        return pos
    k = np.float32(math.sqrt(1.0 / n))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        dx = pos[:, 0, None] - pos[None, :, 0]
        dy = pos[:, 1, None] - pos[None, :, 1]
        distance2 = dx * dx + dy * dy
        np.clip(distance2, 1e-4, None, out=distance2)
        force = k * k / distance2 - adjacency * np.sqrt(distance2) / k
        displacement = np.stack([(dx * force).sum(axis=1), (dy * force).sum(axis=1)], axis=1)
        length = np.sqrt((displacement * displacement).sum(axis=-1))
        length[length < 0.01] = 0.1
        pos += displacement * (temperature / length)[:, None]
        temperature -= cooling
    return pos


def base_layout(G: nx.Graph, n: int = BASE_LAYOUT_NODES) -> dict[str, tuple[float, float]]:
    """One deterministic layout for every view of ``G``.

    A seeded force-directed layout (:func:`layout_positions`)
    of the ``n`` strongest actors of the unfiltered graph plus every actor
    with a typed link, over all their links (typed ones weighted
    :data:`INTERACTION_PULL` times more), its radii then evened out (an
    actor's distance from the centre becomes its rank among all
    distances, square-rooted), so the dense core of a large graph spreads
    over the drawing. Passed to the drawing, an actor keeps its place when
    a filter changes; actors outside it are set beside their neighbours.

    >>> from pipeline.graph import _example
    >>> pos = base_layout(_example())
    >>> sorted(pos), pos == base_layout(_example())
    (['kerry', 'lavrov', 'moscow'], True)
    """
    from .graph import INTERACTION, edge_kind, top_nodes

    keep = set(top_nodes(G, n))
    keep |= {x for u, v, d in G.edges(data=True) if edge_kind(d) == INTERACTION for x in (u, v)}
    H = nx.Graph()
    H.add_nodes_from(x for x in G if x in keep)
    H.add_weighted_edges_from(
        (u, v, float(d.get("weight", 1)) * (INTERACTION_PULL if edge_kind(d) == INTERACTION else 1.0))
        for u, v, d in G.edges(data=True)
        if u in keep and v in keep
    )
    pos = layout_positions(H)
    if len(pos) < 3:
        return pos
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    polar = {k: (math.hypot(x - cx, y - cy), math.atan2(y - cy, x - cx)) for k, (x, y) in pos.items()}
    outer = max(r for r, _ in polar.values()) or 1.0
    order = sorted(polar, key=lambda k: (polar[k][0], str(k)))
    out = {}
    for rank, k in enumerate(order):
        r = outer * math.sqrt((rank + 0.5) / len(order))
        out[k] = (round(r * math.cos(polar[k][1]), 1), round(r * math.sin(polar[k][1]), 1))
    return out


def _layout_dir(work: Path) -> Path:
    return Path(work) / "layouts"


def save_layout(work: str | Path, positions: Mapping[str, Sequence[float]]) -> str:
    """Pin a layout: write ``positions`` to ``WORK/layouts/NAME.json``; returns ``NAME``.

    ``NAME`` is a hash of the positions (12 hex digits), so pinning the same
    layout twice gives the same name and file. Written atomically.

    >>> import tempfile
    >>> work = tempfile.mkdtemp()
    >>> name = save_layout(work, {"lavrov": (1.0, 2.0)})
    >>> load_layout(work, name), saved_layouts(work) == [name]
    ({'lavrov': (1.0, 2.0)}, True)
    """

    data = {str(k): [round(float(x), 1), round(float(y), 1)] for k, (x, y) in sorted(positions.items(), key=lambda kv: str(kv[0]))}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    name = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    folder = _layout_dir(Path(work))
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, folder / f"{name}.json")
    return name


def load_layout(work: str | Path, name: str) -> dict[str, tuple[float, float]] | None:
    """The positions pinned as ``name``, or ``None`` when there is no such layout (or it is damaged)."""

    if not LAYOUT_NAME.match(name or ""):
        return None
    try:
        data = json.loads((_layout_dir(Path(work)) / f"{name}.json").read_text(encoding="utf-8"))
        return {str(k): (float(v[0]), float(v[1])) for k, v in data.items()}
    except (OSError, ValueError, TypeError, IndexError, AttributeError):
        return None


def saved_layouts(work: str | Path) -> list[str]:
    """Names of the pinned layouts in ``work``, newest first."""
    folder = _layout_dir(Path(work))
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.json") if LAYOUT_NAME.match(p.stem)]
    return [p.stem for p in sorted(files, key=lambda p: (-p.stat().st_mtime_ns, p.stem))]


def gephi_positions(G: nx.Graph, *, seed: int = GEPHI_SEED, max_nodes: int = GEPHI_MAX_NODES) -> dict[Any, tuple[float, float]]:
    """Deterministic positions for every node, in Gephi units (about ±1000).

    A seeded :func:`networkx.spring_layout` (Fruchterman-Reingold, unweighted)
    of the ``max_nodes`` strongest actors (:func:`pipeline.graph.top_nodes`);
    the others, when there are more, sit on a ring around them in graph
    order. The force layout costs seconds per thousand nodes, so the cap
    keeps an export of 8,000 actors quick (the 1,000-article SaudiNewsNet graph, 8,233 actors: 11 s
    with 1,000 laid out, 2.4 s with 499, on a shared 2-core machine); re-run ForceAtlas2 in Gephi for a
    full layout.

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> pos = gephi_positions(_example())
    >>> sorted(pos) == ["kerry", "lavrov", "moscow"], pos == gephi_positions(_example())
    (True, True)
    >>> all(abs(c) <= GEPHI_SCALE * 1.5 for xy in pos.values() for c in xy)
    True
    """
    from .graph import top_nodes

    if G.number_of_nodes() == 0:
        return {}
    core = set(top_nodes(G, max_nodes)) if G.number_of_nodes() > max_nodes else None
    # In the graph's own order: a subgraph view of a few nodes iterates its node set, whose
    # order follows string hashes, and the seeded layout would differ from run to run.
    nodes = [n for n in G if core is None or n in core]
    plain = nx.Graph()
    plain.add_nodes_from(nodes)
    plain.add_edges_from((u, v) for u, v in G.edges(nodes) if core is None or v in core)
    pos = nx.spring_layout(plain, seed=seed) if plain.number_of_nodes() > 1 else {n: (0.0, 0.0) for n in plain}
    out = {n: (round(float(x) * GEPHI_SCALE, 2), round(float(y) * GEPHI_SCALE, 2)) for n, (x, y) in pos.items()}
    rest = [n for n in G if n not in out]
    for i, n in enumerate(rest):
        angle = 2 * math.pi * i / len(rest)
        out[n] = (round(1.3 * GEPHI_SCALE * math.cos(angle), 2), round(1.3 * GEPHI_SCALE * math.sin(angle), 2))
    return out
