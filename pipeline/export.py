"""Serialise the actor graph: ``generate_*`` (pure) and ``write_*`` (atomic).

Formats and what reads back
---------------------------
Every format carries the same contract (:mod:`pipeline.graph`): on each
edge its ``kind`` (``interaction`` or ``co-mention``), ``weight`` (distinct
sentences), ``relations`` (type → sentences), ``dominant_relation``,
``cameo`` (its CAMEO root code) and ``cameo_codes``, and the ``evidence``
items, one per sentence, each listing its types under ``relations``.

``graph.json``
    NetworkX node-link JSON with the ``edges`` key (the output contract).
    Lists and dicts stay JSON; reads back exactly.
``graph.graphml`` / ``graph.gexf``
    Same data for Gephi. Every attribute holding a list or dict (for any
    node, edge or the graph) is written as a JSON string for all of them;
    the names of those attributes are recorded in the graph attribute
    ``json_attributes`` (GraphML) or the ``<meta><description>`` (GEXF,
    which also carries the graph attributes), and the ``read_*`` functions
    turn them back into lists and dicts. Each edge has an explicit unique id
    ``e0 … eN`` in graph order. Normalisation, applied when writing so the
    file says what reads back: ``None`` becomes ``""``; characters XML 1.0
    forbids (``\\x00``-``\\x08``, ``\\x0b``, ``\\x0c``, ``\\x0e``-``\\x1f``,
    ``\\ufffe``, ``\\uffff``) are removed from plain strings, keys and ids,
    and ``\\r\\n``/``\\r`` become ``\\n`` (XML parsers would do that). Inside
    JSON strings control characters are escaped by JSON, so evidence text
    reads back exactly (so do GEXF graph attributes, stored as JSON). GEXF
    stores the edge weight as a float: it reads
    back as an int when integral. A GEXF node without ``label`` reads back
    with its id as label.
``graph.graphml`` / ``graph.gexf``: what the app shows, for Gephi
    Unless ``gephi=False``, both also carry (:func:`gephi_attributes`), on
    each node its ``pagerank`` and ``community`` (the Actors table's numbers:
    :func:`pipeline.graph.actor_table`, seeded Louvain), its colour (actor
    type, :data:`pipeline.render.TYPE_COLORS`), size (PageRank) and position
    (seeded layout); on each edge ``direction_source``/``direction_target``
    (:func:`pipeline.graph.edge_direction`, ``""`` when the sentences do not
    agree) and its colour (dominant relation,
    :data:`pipeline.render.RELATION_COLORS`). GEXF puts colour, size and
    position in ``viz:color``/``viz:size``/``viz:position`` (read back as a
    ``viz`` dict); GraphML as plain ``r, g, b, size, x, y`` attributes, which
    Gephi's GraphML importer reads as colour, size and position.
``nodes.csv`` / ``edges.csv``
    UTF-8 *with* a byte-order mark, so Excel shows Arabic instead of
    mojibake (Python: ``encoding="utf-8-sig"``; pandas strips it too).
    Lists and dicts are JSON in their cell. :func:`read_csv` restores the
    contract columns (ints and JSON); other columns read back as strings.
    Graph attributes are not in the CSV files.
``graph.html``
    :func:`pipeline.render.render_html`, a standalone offline page.

>>> from pipeline.graph import _example
>>> G = _example()
>>> generate_nodes_csv(G).splitlines()[0]
'\\ufeffid,label,label_en,type,mentions,articles,aliases,article_mentions,wikidata'
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import fromstring

import networkx as nx

from .durable import fsync_path
from .formats import FILES, FORMATS, formats_named
from .jsontext import chunks as _json_chunks
from .jsontext import dumps as _dumps
from .layouts import gephi_positions
from .xmlstream import gexf_chunks, graphml_chunks, xml_text

__all__ = [
    "atomic_write",
    "generate_json",
    "generate_graphml",
    "generate_gexf",
    "generate_nodes_csv",
    "generate_edges_csv",
    "generate_csv_zip",
    "generate_html",
    "iter_json",
    "iter_graphml",
    "iter_gexf",
    "iter_nodes_csv",
    "iter_edges_csv",
    "write_json",
    "write_graphml",
    "write_gexf",
    "write_nodes_csv",
    "write_edges_csv",
    "write_csv_zip",
    "write_html",
    "write_all",
    "iter_article_records",
    "read_json",
    "read_graphml",
    "read_gexf",
    "read_csv",
    "HTML_MAX_NODES",
    "gephi_attributes",
    "GEPHI_NODE_ATTRIBUTES",
    "GEPHI_EDGE_ATTRIBUTES",
]

# What the contract stores as lists/dicts, used when a file does not say.
JSON_ATTRIBUTES = {
    "graph": ["articles", "cameo"],
    "node": ["aliases", "article_mentions", "articles"],
    "edge": ["articles", "cameo_codes", "evidence", "relations"],
}
NODE_COLUMNS = ["id", "label", "label_en", "type", "mentions", "articles", "aliases", "article_mentions", "wikidata"]
EDGE_COLUMNS = ["source", "target", "kind", "weight", "relations", "dominant_relation", "cameo", "cameo_codes", "articles", "evidence"]
_INT_COLUMNS = {"mentions", "weight"}
_JSON_COLUMNS = {"articles", "aliases", "article_mentions", "relations", "cameo_codes", "evidence"}
BOM = "\ufeff"
_CONTAINERS = (list, tuple, dict, set, frozenset)
HTML_MAX_NODES = 500
# The order :func:`write_all` writes its files in (keys of :data:`pipeline.formats.FILES`).
WRITE_ORDER = ("json", "graphml", "gexf", "nodes_csv", "edges_csv", "html")
_WRITE_SIZE = 1 << 20  # characters joined into one write
#: What the Gephi exports add to the contract (GEXF: ``viz`` instead of r, g, b, size, x, y).
GEPHI_NODE_ATTRIBUTES = ("pagerank", "community", "r", "g", "b", "size", "x", "y", "viz")
GEPHI_EDGE_ATTRIBUTES = ("direction_source", "direction_target", "r", "g", "b", "viz")
SIZE_RANGE = (10.0, 42.0)


# ---------------------------------------------------------------------------
# atomic writes
# ---------------------------------------------------------------------------


def atomic_write(path: str | os.PathLike, data: str | bytes | Iterable[str | bytes]) -> Path:
    """Write ``data`` to ``path`` so readers see the old file or the new one.

    The data goes to a temporary file in the same directory, is flushed and
    fsynced, then renamed over ``path`` with :func:`os.replace`. If anything
    raises before the rename (including an iterable of chunks failing
    half-way) the temporary file is removed and ``path`` is untouched.
    Strings are encoded as UTF-8. The file keeps the old file's permissions,
    or gets ``0o644``.

    Parameters
    ----------
    path : str or path-like
    data : str, bytes, or iterable of str/bytes chunks

    Returns
    -------
    pathlib.Path
        ``path``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> atomic_write(d / "a.txt", "سلام").read_text(encoding="utf-8")
    'سلام'
    >>> def broken():
    ...     yield "half"
    ...     raise RuntimeError("serialiser died")
    >>> try:
    ...     atomic_write(d / "a.txt", broken())
    ... except RuntimeError:
    ...     pass
    >>> (d / "a.txt").read_text(encoding="utf-8"), sorted(p.name for p in d.iterdir())
    ('سلام', ['a.txt'])
    """
    path = Path(path)
    tmp = _write_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    fsync_path(path.parent)
    return path


def _write_temp(path: Path, data: str | bytes | Iterable[str | bytes]) -> Path:
    """Write ``data`` to a fsynced temporary file beside ``path`` (removed if writing fails)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    chunks = [data] if isinstance(data, (str, bytes)) else data
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            # Generators yield many small pieces: join them into big writes.
            text: list[str] = []
            size = 0
            for chunk in chunks:
                if isinstance(chunk, str):
                    text.append(chunk)
                    size += len(chunk)
                    if size < _WRITE_SIZE:
                        continue
                if text:
                    fh.write("".join(text).encode("utf-8"))
                    text, size = [], 0
                if isinstance(chunk, bytes):
                    fh.write(chunk)
            if text:
                fh.write("".join(text).encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        _remove(Path(tmp))
        raise
    return Path(tmp)


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


# ---------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------


def generate_json(G: nx.Graph) -> str:
    """Node-link JSON of ``G`` (``edges`` key), Arabic kept as UTF-8.

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> data = json.loads(generate_json(_example()))
    >>> sorted(data), data["nodes"][0]["id"], data["edges"][0]["weight"], data["edges"][0]["kind"]
    (['directed', 'edges', 'graph', 'multigraph', 'nodes'], 'kerry', 2, 'interaction')
    """
    return "".join(iter_json(G))


def iter_json(G: nx.Graph) -> Iterator[str]:
    """:func:`generate_json` in chunks (the same text: ``json.dumps`` joins these very pieces)."""
    yield from _json_chunks(nx.node_link_data(G, edges="edges"), indent=1)
    yield "\n"


def read_json(path: str | os.PathLike) -> nx.Graph:
    """Read :func:`generate_json` output back into a graph.

    >>> import tempfile, pathlib
    >>> from pipeline.graph import _example
    >>> p = write_json(_example(), pathlib.Path(tempfile.mkdtemp()) / "g.json")
    >>> read_json(p).nodes["lavrov"]["aliases"]
    ['لافروف', 'سيرغي لافروف']
    """
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return nx.node_link_graph(data, edges="edges")


# ---------------------------------------------------------------------------
# XML (GraphML, GEXF)
# ---------------------------------------------------------------------------


def _restore(G: nx.Graph, spec: Mapping[str, Iterable[str]]) -> nx.Graph:
    """Turn the JSON-string attributes named in ``spec`` back into lists/dicts."""

    def load(data: dict[str, Any], keys: Iterable[str]) -> None:
        for k in keys:
            if isinstance(data.get(k), str):
                data[k] = json.loads(data[k])

    load(G.graph, spec.get("graph", ()))
    for _, d in G.nodes(data=True):
        load(d, spec.get("node", ()))
    for _, _, d in G.edges(data=True):
        load(d, spec.get("edge", ()))
        d.pop("id", None)  # the XML edge id, not an attribute
    return G


def _rgb(colour: str) -> tuple[int, int, int]:
    """``"#e15759"`` → ``(225, 87, 89)``."""
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def gephi_attributes(
    G: nx.Graph,
    *,
    positions: Mapping[Any, tuple[float, float]] | None = None,
    colors: Mapping[Any, str] | None = None,
    seed: int = 0,
) -> tuple[dict[Any, dict[str, Any]], dict[tuple[Any, Any], dict[str, Any]]]:
    """What the app shows, per node and per edge, for the Gephi exports.

    Parameters
    ----------
    G : networkx.Graph
    positions : mapping of node to (x, y), optional
        E.g. the positions of the drawing; default :func:`pipeline.layouts.gephi_positions`.
        Nodes missing from it get the default layout's position.
    colors : mapping of node to ``"#rrggbb"``, optional
        E.g. community colours; default the actor type's colour
        (:data:`pipeline.render.TYPE_COLORS`, as drawn).
    seed : int
        Louvain's seed, as for the Actors table (:func:`pipeline.graph.actor_table`).

    Returns
    -------
    (dict, dict)
        Node → ``{pagerank, community, color: (r, g, b), size, x, y}`` and
        edge ``(u, v)`` → ``{direction_source, direction_target, color}``.
        ``size`` is PageRank square-root scaled to 10-42, the drawing's range.

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> nodes, edges = gephi_attributes(_example())
    >>> nodes["kerry"]["color"], nodes["kerry"]["community"], round(nodes["lavrov"]["pagerank"], 3)
    ((225, 87, 89), 0, 0.486)
    >>> edges["kerry", "lavrov"]
    {'direction_source': '', 'direction_target': '', 'color': (31, 119, 180)}
    """
    nodes = _gephi_nodes(G, positions=positions, colors=colors, seed=seed)
    return nodes, {(u, v): _gephi_edge(d) for u, v, d in G.edges(data=True)}


def _gephi_nodes(
    G: nx.Graph,
    *,
    positions: Mapping[Any, tuple[float, float]] | None = None,
    colors: Mapping[Any, str] | None = None,
    seed: int = 0,
) -> dict[Any, dict[str, Any]]:
    """Node → its Gephi attributes (:func:`gephi_attributes` without the edges)."""
    import math

    from .graph import actor_table
    from .render import OTHER_COLOR, TYPE_COLORS

    # Betweenness is not exported: skipping it keeps its cost (nodes × edges) out of a whole-corpus export.
    rows = {r["id"]: r for r in actor_table(G, seed=seed, betweenness=False)}
    pos = dict(positions or {})
    if any(n not in pos for n in G):
        pos = {**gephi_positions(G), **pos}
    ranks = [r["pagerank"] for r in rows.values()]
    lo, hi = (min(ranks), max(ranks)) if ranks else (0.0, 0.0)
    small, big = SIZE_RANGE

    def size(value: float) -> float:
        if hi <= lo:
            return round((small + big) / 2, 2)
        return round(small + (big - small) * math.sqrt((value - lo) / (hi - lo)), 2)

    nodes = {}
    for n, d in G.nodes(data=True):
        colour = (colors or {}).get(n) or TYPE_COLORS.get(d.get("type"), OTHER_COLOR)
        x, y = pos[n]
        nodes[n] = {
            "pagerank": rows[n]["pagerank"],
            "community": rows[n]["community"],
            "color": _rgb(colour),
            "size": size(rows[n]["pagerank"]),
            "x": float(x),
            "y": float(y),
        }
    return nodes


def _gephi_edge(d: Mapping[str, Any]) -> dict[str, Any]:
    """One edge's Gephi attributes, from its data (made while writing, so no table of every edge is kept)."""
    from .graph import dominant_relation, edge_direction
    from .render import OTHER_COLOR, RELATION_COLORS

    direction = edge_direction(d)
    relation = d.get("dominant_relation") or dominant_relation(d.get("relations"))
    return {
        "direction_source": "" if direction is None else xml_text(str(direction[0])),
        "direction_target": "" if direction is None else xml_text(str(direction[1])),
        "color": _rgb(RELATION_COLORS.get(relation, OTHER_COLOR)),
    }


def _gephi_extras(nodes: Mapping[Any, Mapping[str, Any]], fmt: str) -> tuple[Callable, Callable]:
    """What each node and edge gets added for Gephi (GraphML: plain ``r, g, b, size, x, y``; GEXF: ``viz``).

    Made per node and per edge while writing, so no copy of the graph is kept.
    """

    def node_extra(n: Any) -> dict[str, Any]:
        e = nodes[n]
        r, g, b = e["color"]
        out = {"pagerank": float(e["pagerank"]), "community": int(e["community"])}
        if fmt == "gexf":
            out["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": e["size"], "position": {"x": e["x"], "y": e["y"], "z": 0.0}}
        else:
            out.update(r=r, g=g, b=b, size=e["size"], x=e["x"], y=e["y"])
        return out

    def edge_extra(u: Any, v: Any, d: Mapping[str, Any]) -> dict[str, Any]:
        e = _gephi_edge(d)
        r, g, b = e["color"]
        out = {"direction_source": e["direction_source"], "direction_target": e["direction_target"]}
        if fmt == "gexf":
            out["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}}
        else:
            out.update(r=r, g=g, b=b)
        return out

    return node_extra, edge_extra


def generate_graphml(G: nx.Graph, *, gephi: bool = True, **gephi_options: Any) -> str:
    """GraphML of ``G`` for Gephi and other tools.

    Lists and dicts are JSON strings (their names in the graph attribute
    ``json_attributes``); edges get unique ids ``e0 … eN``; see the module
    docstring for the normalisation.

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> text = generate_graphml(_example())
    >>> root = fromstring(text.encode("utf-8"))
    >>> [e.get("id") for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    ['e0', 'e1']
    >>> sorted(k.get("attr.name") for k in root.iter("{http://graphml.graphdrawing.org/xmlns}key")
    ...        if k.get("attr.name") in GEPHI_NODE_ATTRIBUTES + GEPHI_EDGE_ATTRIBUTES and k.get("for") == "node")
    ['b', 'community', 'g', 'pagerank', 'r', 'size', 'x', 'y']
    """
    return "".join(iter_graphml(G, gephi=gephi, **gephi_options))


def iter_graphml(G: nx.Graph, *, gephi: bool = True, gephi_nodes: Mapping | None = None, **gephi_options: Any) -> Iterator[str]:
    """:func:`generate_graphml` in chunks, for writing to a file without the whole text in memory.

    ``gephi_nodes``: the nodes' Gephi attributes when already computed (:func:`write_all` shares them).
    """
    extras = _gephi_extras(gephi_nodes or _gephi_nodes(G, **gephi_options), "graphml") if gephi else ()
    return graphml_chunks(G, *extras)


def read_graphml(path: str | os.PathLike) -> nx.Graph:
    """Read :func:`generate_graphml` output, lists and dicts restored.

    >>> import tempfile, pathlib
    >>> from pipeline.graph import _example
    >>> p = write_graphml(_example(), pathlib.Path(tempfile.mkdtemp()) / "g.graphml")
    >>> H = read_graphml(p)
    >>> H.nodes["lavrov"]["article_mentions"], H.edges["kerry", "lavrov"]["relations"]
    ({'a1': 2, 'a2': 1}, {'ATTACK': 1, 'MEET': 2})
    >>> H.edges["kerry", "lavrov"]["evidence"][1]["relations"], H.edges["kerry", "lavrov"]["cameo_codes"]
    (['ATTACK', 'MEET'], ['04', '19'])
    """
    G = nx.read_graphml(path, node_type=str)
    G = nx.Graph(G) if G.is_directed() or G.is_multigraph() else G
    spec = G.graph.pop("json_attributes", None)
    for key in ("node_default", "edge_default"):  # added by the reader when empty
        if G.graph.get(key) == {}:
            del G.graph[key]
    return _restore(G, json.loads(spec) if spec else JSON_ATTRIBUTES)


_GEXF_NS = "http://www.gexf.net/1.2draft"


def generate_gexf(G: nx.Graph, *, gephi: bool = True, **gephi_options: Any) -> str:
    """GEXF 1.2draft of ``G`` for Gephi.

    Node ``label`` is the GEXF display label and edge ``weight`` the GEXF
    weight; other attributes are columns. Lists and dicts are JSON strings.
    The graph attributes, and which attributes are JSON, are kept as JSON in
    ``<meta><description>`` (GEXF has no graph attributes). Edges have ids
    ``e0 … eN``.

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> root = fromstring(generate_gexf(_example()).encode("utf-8"))
    >>> ns = {"g": "http://www.gexf.net/1.2draft"}
    >>> [n.get("label") for n in root.iterfind(".//g:node", ns)]
    ['كيري', 'لافروف', 'موسكو']
    >>> viz = "{http://www.gexf.net/1.2draft/viz}"
    >>> [c.get("r") for c in root.iter(viz + "color")][:3]
    ['225', '225', '89']
    """
    return "".join(iter_gexf(G, gephi=gephi, **gephi_options))


def iter_gexf(G: nx.Graph, *, gephi: bool = True, gephi_nodes: Mapping | None = None, **gephi_options: Any) -> Iterator[str]:
    """:func:`generate_gexf` in chunks (see :func:`iter_graphml`)."""
    extras = _gephi_extras(gephi_nodes or _gephi_nodes(G, **gephi_options), "gexf") if gephi else ()
    return gexf_chunks(G, *extras)


def read_gexf(path: str | os.PathLike) -> nx.Graph:
    """Read :func:`generate_gexf` output, graph attributes and lists restored.

    >>> import tempfile, pathlib
    >>> from pipeline.graph import _example
    >>> p = write_gexf(_example(), pathlib.Path(tempfile.mkdtemp()) / "g.gexf")
    >>> H = read_gexf(p)
    >>> H.edges["kerry", "lavrov"]["weight"], H.edges["kerry", "lavrov"]["cameo"], H.graph["articles"][0]["id"]
    (2, '04', 'a1')
    """
    G = nx.read_gexf(path, node_type=str)
    G = nx.Graph(G) if G.is_directed() or G.is_multigraph() else G
    G.graph.clear()
    meta = _gexf_meta(path)
    G.graph.update(meta.get("graph", {}))
    _restore(G, meta.get("json_attributes", JSON_ATTRIBUTES))
    for _, _, d in G.edges(data=True):
        w = d.get("weight")
        if isinstance(w, float) and w.is_integer():
            d["weight"] = int(w)
    return G


def _gexf_meta(path: str | os.PathLike) -> dict[str, Any]:
    with open(path, "rb") as fh:
        root = fromstring(fh.read())
    node = root.find(f"{{{_GEXF_NS}}}meta/{{{_GEXF_NS}}}description")
    if node is None or not (node.text or "").strip():
        return {}
    try:
        meta = json.loads(node.text)
    except json.JSONDecodeError:
        return {}
    return meta if isinstance(meta, dict) else {}


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _CONTAINERS):
        return _dumps(value)
    return str(value)


def _csv(header: list[str], rows: Iterable[list[Any]], bom: bool) -> Iterator[str]:
    """CSV text, a block of rows at a time."""
    buf = io.StringIO()
    if bom:
        buf.write(BOM)
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_csv_cell(v) for v in row])
        if buf.tell() >= _WRITE_SIZE:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _columns(fixed: list[str], records: Iterable[Mapping[str, Any]]) -> list[str]:
    extra = sorted({str(k) for d in records for k in d} - set(fixed))
    return fixed + extra


def generate_nodes_csv(G: nx.Graph, *, bom: bool = True) -> str:
    """One row per node: ``id`` then the node attributes.

    Contract columns come first (:data:`NODE_COLUMNS`), other attributes
    after, sorted. Lists and dicts are JSON. Starts with a BOM unless
    ``bom=False``.

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> rows = list(csv.reader(io.StringIO(generate_nodes_csv(_example(), bom=False))))
    >>> rows[2][:5], rows[2][6]
    (['lavrov', 'لافروف', 'Sergey Lavrov', 'PER', '3'], '["لافروف", "سيرغي لافروف"]')
    """
    return "".join(iter_nodes_csv(G, bom=bom))


def iter_nodes_csv(G: nx.Graph, *, bom: bool = True) -> Iterator[str]:
    """:func:`generate_nodes_csv` in chunks."""
    columns = _columns(NODE_COLUMNS, (d for _, d in G.nodes(data=True)))
    rows = ([n, *(d.get(c, "") for c in columns[1:])] for n, d in G.nodes(data=True))
    return _csv(columns, rows, bom)


def generate_edges_csv(G: nx.Graph, *, bom: bool = True) -> str:
    """One row per edge: ``source, target`` then the edge attributes.

    Contract columns come first (:data:`EDGE_COLUMNS`): ``source, target,
    kind, weight, relations, dominant_relation, cameo, cameo_codes, articles,
    evidence``; ``relations``, ``cameo_codes``, ``articles`` and ``evidence``
    are JSON (``evidence`` is long: Excel cuts cells at 32,767 characters).

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> rows = list(csv.reader(io.StringIO(generate_edges_csv(_example(), bom=False))))
    >>> rows[0][:8]
    ['source', 'target', 'kind', 'weight', 'relations', 'dominant_relation', 'cameo', 'cameo_codes']
    >>> rows[1][:8], rows[2][:8]
    (['kerry', 'lavrov', 'interaction', '2', '{"ATTACK": 1, "MEET": 2}', 'MEET', '04', '["04", "19"]'], ['lavrov', 'moscow', 'co-mention', '1', '{}', 'CO_MENTION', '', '[]'])
    """
    return "".join(iter_edges_csv(G, bom=bom))


def iter_edges_csv(G: nx.Graph, *, bom: bool = True) -> Iterator[str]:
    """:func:`generate_edges_csv` in chunks."""
    columns = _columns(EDGE_COLUMNS, (d for _, _, d in G.edges(data=True)))
    rows = ([u, v, *(d.get(c, "") for c in columns[2:])] for u, v, d in G.edges(data=True))
    return _csv(columns, rows, bom)


def generate_csv_zip(G: nx.Graph) -> bytes:
    """A zip holding ``nodes.csv`` and ``edges.csv`` (fixed timestamps).

    >>> from pipeline.graph import _example
    >>> zf = zipfile.ZipFile(io.BytesIO(generate_csv_zip(_example())))
    >>> zf.namelist()
    ['nodes.csv', 'edges.csv']
    """
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, text in (("nodes.csv", generate_nodes_csv(G)), ("edges.csv", generate_edges_csv(G))):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def _csv_value(column: str, text: str) -> Any:
    if column in _INT_COLUMNS and text != "":
        return int(text)
    if column in _JSON_COLUMNS and text != "":
        return json.loads(text)
    return text


def _read_rows(path: str | os.PathLike) -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        yield from csv.DictReader(fh)


def read_csv(nodes_path: str | os.PathLike, edges_path: str | os.PathLike) -> nx.Graph:
    """Rebuild a graph from ``nodes.csv`` and ``edges.csv``.

    Contract columns get their types back (``mentions``/``weight`` ints,
    list/dict columns from JSON); other columns stay strings. A BOM is
    accepted but not required.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from pipeline.graph import _example
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> G = _example()
    >>> H = read_csv(write_nodes_csv(G, d / "n.csv"), write_edges_csv(G, d / "e.csv"))
    >>> H.nodes["lavrov"] == G.nodes["lavrov"], H.edges["kerry", "lavrov"] == G.edges["kerry", "lavrov"]
    (True, True)
    """
    G = nx.Graph()
    for row in _read_rows(nodes_path):
        node = row.pop("id")
        G.add_node(node, **{k: _csv_value(k, v) for k, v in row.items()})
    for row in _read_rows(edges_path):
        u, v = row.pop("source"), row.pop("target")
        G.add_edge(u, v, **{k: _csv_value(k, x) for k, x in row.items()})
    return G


# ---------------------------------------------------------------------------
# HTML and writers
# ---------------------------------------------------------------------------


def generate_html(G: nx.Graph, **options: Any) -> str:
    """Standalone offline HTML page; see :func:`pipeline.render.render_html`.

    >>> from pipeline.graph import _example
    >>> "data-node-count=\\"3\\"" in generate_html(_example(), physics=False)
    True
    """
    from .render import render_html

    return render_html(G, **options)


def write_json(G: nx.Graph, path: str | os.PathLike) -> Path:
    """Atomically write :func:`generate_json` to ``path``, a chunk at a time."""
    return atomic_write(path, iter_json(G))


def write_graphml(G: nx.Graph, path: str | os.PathLike) -> Path:
    """Atomically write :func:`generate_graphml` to ``path``, a chunk at a time."""
    return atomic_write(path, iter_graphml(G))


def write_gexf(G: nx.Graph, path: str | os.PathLike) -> Path:
    """Atomically write :func:`generate_gexf` to ``path``, a chunk at a time."""
    return atomic_write(path, iter_gexf(G))


def write_nodes_csv(G: nx.Graph, path: str | os.PathLike) -> Path:
    """Atomically write :func:`generate_nodes_csv` to ``path``, a chunk at a time."""
    return atomic_write(path, iter_nodes_csv(G))


def write_edges_csv(G: nx.Graph, path: str | os.PathLike) -> Path:
    """Atomically write :func:`generate_edges_csv` to ``path``, a chunk at a time."""
    return atomic_write(path, iter_edges_csv(G))


def write_csv_zip(G: nx.Graph, path: str | os.PathLike) -> Path:
    """Atomically write :func:`generate_csv_zip` to ``path``."""
    return atomic_write(path, generate_csv_zip(G))


def write_html(G: nx.Graph, path: str | os.PathLike, **options: Any) -> Path:
    """Atomically write :func:`generate_html` to ``path``."""
    return atomic_write(path, generate_html(G, **options))


def write_all(
    G: nx.Graph,
    out_dir: str | os.PathLike,
    *,
    html_options: Mapping[str, Any] | None = None,
    gephi: bool = True,
    gephi_options: Mapping[str, Any] | None = None,
    formats: Iterable[str] | None = None,
) -> dict[str, Path]:
    """Write every format into ``out_dir`` (names in :data:`pipeline.formats.FILES`).

    Each format is streamed to a temporary file in turn (a chunk of text in
    memory at a time, not the whole file), then every file is renamed into place: if
    serialisation fails, no file changes; a crash while writing leaves each
    file either old or new, never partial.

    Parameters
    ----------
    G : networkx.Graph
    out_dir : str or path-like
        Created when missing.
    html_options : mapping, optional
        Passed to :func:`pipeline.render.render_html`; by default the page
        draws the :data:`HTML_MAX_NODES` strongest actors.
    gephi : bool
        Add the Gephi attributes to GraphML and GEXF (:func:`gephi_attributes`).
    gephi_options : mapping, optional
        Passed to :func:`gephi_attributes` (``positions``, ``colors``, ``seed``).
    formats : iterable of str, optional
        Only these of :data:`pipeline.formats.FORMATS` (``csv`` is both CSV files); all by default.

    Returns
    -------
    dict of str to pathlib.Path
        Format name → file written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from pipeline.graph import _example
    >>> paths = write_all(_example(), tempfile.mkdtemp())
    >>> sorted(p.name for p in paths.values())
    ['edges.csv', 'graph.gexf', 'graph.graphml', 'graph.html', 'graph.json', 'nodes.csv']
    """
    options = {"max_nodes": HTML_MAX_NODES, **(html_options or {})}
    shared: dict[str, Any] = {}

    def xml(iterate: Callable[..., Iterator[str]]) -> Iterator[str]:
        if gephi and "nodes" not in shared:  # costly (PageRank, communities, layout): once for both formats
            shared["nodes"] = _gephi_nodes(G, **(gephi_options or {}))
        return iterate(G, gephi=gephi, gephi_nodes=shared.get("nodes"))

    # Each is a generator of text chunks: no format is ever whole in memory.
    generators = {
        "json": lambda: iter_json(G),
        "graphml": lambda: xml(iter_graphml),
        "gexf": lambda: xml(iter_gexf),
        "nodes_csv": lambda: iter_nodes_csv(G),
        "edges_csv": lambda: iter_edges_csv(G),
        "html": lambda: generate_html(G, **options),
    }
    wanted = {file.key for f in formats_named(formats) for file in FORMATS[f].files} if formats is not None else set(generators)
    generators = {k: generators[k] for k in WRITE_ORDER if k in wanted}
    out = Path(out_dir)
    # Each format streamed to a temporary file (a whole corpus makes hundreds of MB of
    # each); only when all are written are they renamed into place.
    temps: dict[str, Path] = {}
    try:
        for fmt, generate in generators.items():
            temps[fmt] = _write_temp(out / FILES[fmt], generate())
        paths = {}
        for fmt, tmp in temps.items():
            os.replace(tmp, out / FILES[fmt])
            paths[fmt] = out / FILES[fmt]
    except BaseException:
        for tmp in temps.values():
            _remove(tmp)
        raise
    fsync_path(out)
    return paths


def generate_articles_json(tagged: Iterable[Any], mentions: Iterable[Any]) -> str:
    """Article texts with their linked mentions, for the reader and evidence views.

    One record per article: ``id, title, source, date, url, text`` and
    ``mentions``, a list of ``{start, end, actor, type, text}`` (character
    offsets into ``text``), in text order.
    """
    return "".join(iter_articles_json(tagged, mentions))


def iter_articles_json(tagged: Iterable[Any], mentions: Iterable[Any]) -> Iterator[str]:
    """:func:`generate_articles_json` one article at a time (its span dicts made only then)."""
    by_article: dict[str, list[Any]] = {}
    for lm in mentions:
        by_article.setdefault(lm.mention.article_id, []).append(lm)

    def records() -> Iterator[dict[str, Any]]:
        for item in tagged:
            a = item.article
            linked = sorted(by_article.get(a.id, ()), key=lambda lm: (lm.mention.start, lm.mention.end))
            spans = [{"start": lm.mention.start, "end": lm.mention.end, "actor": lm.actor_id, "type": lm.mention.type, "text": lm.mention.text} for lm in linked]
            yield {"id": a.id, "title": a.title, "source": a.source, "date": a.date, "url": a.url, "text": a.text, "mentions": spans}

    yield from iter_article_records(records())


def iter_article_records(records: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """``articles.json`` from ready records (:meth:`pipeline.store.Store.documents`), one at a time.

    >>> "".join(iter_article_records([{"id": "a", "mentions": []}, {"id": "b", "mentions": []}]))
    '[{"id": "a", "mentions": []}, {"id": "b", "mentions": []}]'
    """
    yield "["
    for i, record in enumerate(records):
        yield (", " if i else "") + _dumps(record)
    yield "]"


def read_articles_json(path: str | os.PathLike) -> list[dict[str, Any]]:
    return json.loads(Path(path).read_text(encoding="utf-8"))
