"""GraphML and GEXF text, written element by element instead of as one document.

The networkx writers build the whole document as an ElementTree (and our old
exporter first copied the graph twice to make it XML-ready): for a whole
corpus that was the build's memory peak. Here the graph is read twice, a
first pass for what the header needs (attribute keys and their types), then
one node or edge at a time is made XML-ready, turned into a small element
and serialised. Each element is serialised as ElementTree serialises it, indented as
``ElementTree.indent`` indents a whole document, so the text is byte for byte
what the networkx writers plus ``indent`` made: same keys, ids, attribute
types and order (see :mod:`pipeline.export` for the normalisation).

``node_extra(node)`` and ``edge_extra(u, v, data)`` give attributes to add to
each node or edge (the Gephi attributes), after its own.

>>> import networkx as nx
>>> G = nx.Graph(articles=[{"id": "a1"}])
>>> G.add_edge("a", "b", weight=2, articles=["a1"])
>>> text = "".join(graphml_chunks(G))
>>> '<edge source="a" target="b" id="e0">' in text, '<data key="d3">["a1"]</data>' in text
(True, True)
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring
from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # ElementTree's own escaping, so the text is its text

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from networkx.readwrite.graphml import GraphMLWriter

from .jsontext import dumps

__all__ = ["xml_text", "graphml_chunks", "gexf_chunks", "XML_DECLARATION"]

XML_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CONTAINERS = (list, tuple, dict, set, frozenset)
_SCALARS = (bool, int, float)
_INDENT = "  "

NodeExtra = Callable[[Any], Mapping[str, Any]]
EdgeExtra = Callable[[Any, Any, Mapping[str, Any]], Mapping[str, Any]]


def _no_extra(*args: Any) -> Mapping[str, Any]:
    return {}


# ---------------------------------------------------------------------------
# normalisation (one element at a time)
# ---------------------------------------------------------------------------


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids, line ends as ``\\n``.

    >>> xml_text("a\\x00b\\x0bc\\r\\nd\\te")
    'abc\\nd\\te'
    """
    return _XML_INVALID.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def _json_keys(records: Iterable[Mapping[str, Any]]) -> set[str]:
    """Attribute names holding a list or dict in any of ``records``."""
    return {k for d in records for k, v in d.items() if isinstance(v, _CONTAINERS)}


def _xml_value(value: Any, as_json: bool) -> Any:
    if as_json:
        return xml_text(dumps(value))
    if value is None:
        return ""
    if isinstance(value, _SCALARS):
        return value
    return xml_text(str(value))


class _Normaliser:
    """Makes one node's, edge's or the graph's attributes XML-ready, and says their types without doing it."""

    def __init__(self, G: nx.Graph) -> None:
        self.json_keys = {
            "graph": _json_keys([G.graph]),
            "node": _json_keys(d for _, d in G.nodes(data=True)),
            "edge": _json_keys(d for _, _, d in G.edges(data=True)),
        }
        self._names: dict[Any, str] = {}
        self.ids = {n: xml_text(str(n)) for n in G}
        if len(set(self.ids.values())) != len(self.ids):
            seen: dict[str, int] = {}
            for clean in self.ids.values():
                seen[clean] = seen.get(clean, 0) + 1
            clash = sorted(str(n) for n, clean in self.ids.items() if seen[clean] > 1)[:4]
            raise ValueError(f"node ids {clash!r} collide once XML-invalid characters are removed; rename them")

    def name(self, key: Any) -> str:
        try:
            return self._names[key]
        except KeyError:
            return self._names.setdefault(key, xml_text(str(key)))

    def spec(self) -> dict[str, list[str]]:
        """Which attributes are JSON strings, per kind (what the readers turn back)."""
        return {kind: sorted(self.name(k) for k in found) for kind, found in self.json_keys.items()}

    def attrs(self, data: Mapping[str, Any], kind: str) -> dict[str, Any]:
        keys = self.json_keys[kind]
        return {self.name(k): _xml_value(v, k in keys) for k, v in data.items()}

    def types(self, data: Mapping[str, Any], kind: str) -> dict[str, type]:
        """``{name: type(value)}`` of :meth:`attrs`, without encoding anything."""
        keys = self.json_keys[kind]
        return {self.name(k): type(v) if isinstance(v, _SCALARS) and k not in keys else str for k, v in data.items()}


def _element(el: Element, level: int) -> str:
    """``el`` serialised as it would be inside a document indented by ``ElementTree.indent``.

    The text is what ``indent(el, level=level)`` then ``tostring(el)`` make (tested
    against them), written directly: ElementTree's serialiser, namespace pass
    included, was most of the time of a whole corpus's GraphML and GEXF.
    """
    parts: list[str] = []
    _write(el, level, parts)
    if el.tail:
        parts.append(_escape_cdata(el.tail))
    return "".join(parts)


def _write(el: Element, level: int, parts: list[str]) -> None:
    """One element without namespaces (``{uri}`` tags), as indented and serialised by ElementTree."""
    tag = el.tag
    parts.append("<" + tag)
    for key, value in el.attrib.items():
        parts.append(f' {key}="{_escape_attrib(value)}"')
    if len(el):
        inner = "\n" + _INDENT * (level + 1)
        text = el.text if el.text and el.text.strip() else inner
        parts.append(">" + _escape_cdata(text))
        last = len(el) - 1
        for i, child in enumerate(el):
            _write(child, level + 1, parts)
            tail = child.tail if child.tail and child.tail.strip() else ("\n" + _INDENT * level if i == last else inner)
            parts.append(_escape_cdata(tail))
        parts.append(f"</{tag}>")
    elif el.text:
        parts.append(">" + _escape_cdata(el.text) + f"</{tag}>")
    else:
        parts.append(" />")


def _start_tag(el: Element) -> str:
    """``<tag attr="...">`` of an element without children (ElementTree's escaping)."""
    return tostring(el, encoding="unicode")[: -len(" />")] + ">"


def _container(el: Element, children: Iterable[str], level: int) -> Iterator[str]:
    """``el``'s start tag, then each serialised child on its own line, then its end tag."""
    first = True
    inner = "\n" + _INDENT * (level + 1)
    for child in children:
        if first:
            yield _start_tag(el)
            first = False
        yield inner + child
    if first:
        yield tostring(el, encoding="unicode")
    else:
        yield "\n" + _INDENT * level + f"</{el.tag}>"


# ---------------------------------------------------------------------------
# GraphML
# ---------------------------------------------------------------------------


def graphml_chunks(G: nx.Graph, node_extra: NodeExtra = _no_extra, edge_extra: EdgeExtra = _no_extra) -> Iterator[str]:
    """GraphML text of ``G`` in chunks, as :class:`networkx.readwrite.graphml.GraphMLWriter` with inferred numeric types.

    The graph attribute ``json_attributes`` names the attributes written as
    JSON strings; edges have ids ``e0 … eN``.
    """
    norm = _Normaliser(G)
    writer = GraphMLWriter(infer_numeric_types=True)  # for its type names and inference
    graph_attrs = norm.attrs(G.graph, "graph")
    graph_attrs["json_attributes"] = dumps(norm.spec(), sort_keys=True)
    graph_id = graph_attrs.pop("id", None)
    graph_data = {k: v for k, v in graph_attrs.items() if k not in ("node_default", "edge_default")}

    # First pass: every (name, scope) in the order the writer meets it, and the types of its values.
    order: dict[tuple[str, str], None] = {}

    def seen(types: Mapping[str, type], scope: str) -> None:
        for name, kind in types.items():
            order.setdefault((name, scope), None)
            writer.attribute_types[(name, scope)].add(kind)

    seen({k: type(v) for k, v in graph_data.items()}, "graph")
    for n, d in G.nodes(data=True):
        seen({**norm.types(d, "node"), **{k: type(v) for k, v in node_extra(n).items()}}, "node")
    for u, v, d in G.edges(data=True):
        seen({**norm.types(d, "edge"), **{k: type(x) for k, x in edge_extra(u, v, d).items()}}, "edge")
    keys = {}
    key_elements = []
    for i, (name, scope) in enumerate(order):
        keys[name, scope] = f"d{i}"
        xml_type = writer.get_xml_type(writer.attr_type(name, scope, None))
        key_elements.append(Element("key", {"id": f"d{i}", "for": scope, "attr.name": name, "attr.type": xml_type}))

    def data(el: Element, attrs: Mapping[str, Any], scope: str) -> Element:
        for name, value in attrs.items():
            SubElement(el, "data", key=keys[name, scope]).text = str(value)
        return el

    def children() -> Iterator[str]:
        for n, d in G.nodes(data=True):
            attrs = norm.attrs(d, "node")
            attrs.update(node_extra(n))
            yield _element(data(Element("node", id=norm.ids[n]), attrs, "node"), 2)
        for i, (u, v, d) in enumerate(G.edges(data=True)):
            attrs = norm.attrs(d, "edge")
            attrs.update(edge_extra(u, v, d))
            el = Element("edge", source=norm.ids[u], target=norm.ids[v])
            el.set("id", f"e{i}")
            yield _element(data(el, attrs, "edge"), 2)
        for name, value in graph_data.items():  # the writer appends the graph's data last
            el = Element("data", key=keys[name, "graph"])
            el.text = str(value)
            yield _element(el, 2)

    root = Element("graphml", {"xmlns": writer.NS_GRAPHML, "xmlns:xsi": writer.NS_XSI, "xsi:schemaLocation": writer.SCHEMALOCATION})
    graph = Element("graph", edgedefault="directed" if G.is_directed() else "undirected")
    if graph_id is not None:
        graph.set("id", graph_id)

    yield from _graphml_document(root, key_elements, graph, children())


def _graphml_document(root: Element, key_elements: list[Element], graph: Element, children: Iterator[str]) -> Iterator[str]:
    yield XML_DECLARATION
    yield _start_tag(root)
    for key in reversed(key_elements):  # the writer inserts each new key first
        yield "\n" + _INDENT + _element(key, 1)
    yield "\n" + _INDENT
    yield from _container(graph, children, 1)
    yield "\n</graphml>\n"


# ---------------------------------------------------------------------------
# GEXF
# ---------------------------------------------------------------------------

# What networkx's GEXF writer takes out of the attributes into the XML element (GEXF 1.2draft).
_NODE_XML = ("pid", "start", "end")
_EDGE_XML = ("label", "weight", "type", "start", "end")
_UNSUPPORTED = ("parents", "spells")


def _time_format(kind: type) -> str:
    """The graph's ``timeformat`` for a ``start``/``end`` value of type ``kind``."""
    if issubclass(kind, str):
        return "date"
    if issubclass(kind, float):
        return "double"
    if issubclass(kind, int):
        return "long"
    raise nx.NetworkXError("timeformat should be of the type int, float or str")


def gexf_chunks(G: nx.Graph, node_extra: NodeExtra = _no_extra, edge_extra: EdgeExtra = _no_extra) -> Iterator[str]:
    """GEXF 1.2draft text of ``G`` in chunks, as :class:`networkx.readwrite.gexf.GEXFWriter` writes it.

    GEXF has no graph attributes: they go, as JSON with the names of the
    attributes written as JSON strings, into ``<meta><description>``. Edges
    have ids ``e0 … eN``.
    """
    norm = _Normaliser(G)
    graph_attrs = {norm.name(k): v for k, v in G.graph.items()}
    description = xml_text(dumps({"graph": graph_attrs, "json_attributes": norm.spec()}, sort_keys=True))
    writer = GEXFWriter(version="1.2draft")  # for its namespaces and type names
    attr_ids: dict[tuple[str, str], str] = {}
    declared: dict[str, list[Element]] = {}
    graph = Element("graph", defaultedgetype="directed" if G.is_directed() else "undirected", mode="static", name="")
    has_viz = False

    # First pass: the attribute ids and types (first value met), the time format, whether viz: is used.
    def seen(types: dict[str, type], scope: str, special: tuple[str, ...]) -> None:
        types.pop("id", None)  # a node's is its GEXF id; an edge's is replaced by e0 … eN
        if scope == "node":
            types.pop("label", None)
        for name in _UNSUPPORTED:
            if name in types:
                raise ValueError(f"a {scope} attribute named {name!r} has a meaning in GEXF that this writer does not support; rename it")
        for name in ("start", "end"):
            if name in types:
                graph.set("timeformat", _time_format(types[name]))
                graph.set("mode", "dynamic")
        for name in special:
            types.pop(name, None)
        types.pop("viz", None)
        for name, kind in types.items():
            title = "networkx_key" if name == "key" else name
            if kind not in writer.xml_type:
                raise TypeError(f"attribute value type is not allowed: {kind}")
            if (scope, title) not in attr_ids:
                attr_ids[scope, title] = str(len(attr_ids))
                declared.setdefault(scope, []).append(Element("attribute", id=attr_ids[scope, title], title=title, type=writer.xml_type[kind]))

    for n, d in G.nodes(data=True):
        extra = node_extra(n)
        has_viz |= bool(extra.get("viz"))
        seen({**norm.types(d, "node"), **{k: type(x) for k, x in extra.items()}}, "node", _NODE_XML)
    for u, v, d in G.edges(data=True):
        extra = edge_extra(u, v, d)
        has_viz |= bool(extra.get("viz"))
        seen({**norm.types(d, "edge"), **{k: type(x) for k, x in extra.items()}}, "edge", _EDGE_XML)
    xml_ids = {n: norm.ids[n] for n in G}
    for n, d in G.nodes(data=True):  # a node attribute "id" is its GEXF id
        if any(norm.name(k) == "id" for k in d):
            xml_ids[n] = str(norm.attrs(d, "node")["id"])

    def attvalues(el: Element, attrs: Mapping[str, Any], scope: str) -> None:
        if not attrs:
            return
        values = SubElement(el, "attvalues")
        for name, value in attrs.items():
            e = SubElement(values, "attvalue")
            e.attrib["for"] = attr_ids[scope, "networkx_key" if name == "key" else name]
            if isinstance(value, bool):
                e.attrib["value"] = str(value).lower()
            else:
                text = str(value)
                if type(value) is float:
                    text = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}.get(text, text)
                e.attrib["value"] = text

    def nodes() -> Iterator[str]:
        for n, d in G.nodes(data=True):
            attrs = norm.attrs(d, "node")
            attrs.update(node_extra(n))
            attrs.pop("id", None)
            kw = {"id": xml_ids[n], "label": str(attrs.pop("label", norm.ids[n]))}
            for name in _NODE_XML:
                if name in attrs:
                    kw[name] = str(attrs.pop(name))
            el = Element("node", **kw)
            _viz(el, attrs.pop("viz", None))
            attvalues(el, attrs, "node")
            yield _element(el, 3)

    def edges() -> Iterator[str]:
        for i, (u, v, d) in enumerate(G.edges(data=True)):
            attrs = norm.attrs(d, "edge")
            attrs.update(edge_extra(u, v, d))
            attrs.pop("id", None)
            kw = {"id": f"e{i}"}
            for name in _EDGE_XML:
                if name in attrs:
                    kw[name] = str(attrs.pop(name))
            el = Element("edge", source=xml_ids[u], target=xml_ids[v], **kw)
            _viz(el, attrs.pop("viz", None))
            attvalues(el, attrs, "edge")
            yield _element(el, 3)

    root = _start_tag(
        Element("gexf", {"xmlns": writer.NS_GEXF, "xmlns:xsi": writer.NS_XSI, "xsi:schemaLocation": writer.SCHEMALOCATION, "version": writer.VERSION})
    )
    if has_viz:  # ElementTree declares the namespaces a document uses first, on its root
        root = root.replace("<gexf ", f'<gexf xmlns:viz="{writer.NS_VIZ}" ', 1)
    meta = Element("meta")
    SubElement(meta, "creator").text = f"NetworkX {nx.__version__}"
    meta.set("lastmodifieddate", time.strftime("%Y-%m-%d"))
    SubElement(meta, "description").text = description

    yield from _gexf_document(root, meta, graph, declared, nodes(), edges())


def _gexf_document(root: str, meta: Element, graph: Element, declared: Mapping[str, list[Element]], nodes, edges) -> Iterator[str]:
    inner = "\n" + _INDENT * 2
    yield XML_DECLARATION
    yield root
    yield "\n" + _INDENT + _element(meta, 1)
    yield "\n" + _INDENT + _start_tag(graph)
    for scope in ("edge", "node"):  # the writer inserts each new <attributes> first, and meets nodes first
        if scope in declared:
            holder = Element("attributes", {"mode": "static", "class": scope})
            holder.extend(declared[scope])
            yield inner + _element(holder, 2)
    yield inner
    yield from _container(Element("nodes"), nodes, 2)
    yield inner
    yield from _container(Element("edges"), edges, 2)
    yield "\n" + _INDENT + "</graph>\n</gexf>\n"


def _viz(el: Element, viz: Any) -> None:
    """GEXF ``viz:`` children from a ``viz`` dict, as the networkx writer adds them."""
    if not viz:
        return
    color = viz.get("color")
    if color is not None:
        SubElement(el, "viz:color", r=str(color.get("r")), g=str(color.get("g")), b=str(color.get("b")), a=str(color.get("a", 1.0)))
    if viz.get("size") is not None:
        SubElement(el, "viz:size", value=str(viz["size"]))
    if viz.get("thickness") is not None:
        SubElement(el, "viz:thickness", value=str(viz["thickness"]))
    shape = viz.get("shape")
    if shape is not None:
        if shape.startswith("http"):
            SubElement(el, "viz:shape", value="image", uri=str(shape))
        else:
            SubElement(el, "viz:shape", value=str(shape))
    position = viz.get("position")
    if position is not None:
        SubElement(el, "viz:position", x=str(position.get("x")), y=str(position.get("y")), z=str(position.get("z")))
