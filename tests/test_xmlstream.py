"""The streamed GraphML and GEXF are the text the networkx writers make of the same graph.

The oracle is networkx's own writer, given the graph with what the stream
adds (the ``json_attributes`` graph attribute, edge ids, the extras), its
whole tree indented by ``ElementTree.indent``: what the export did before it
streamed. Graphs here hold only XML-ready scalars, so no normalisation is
involved.
"""
from __future__ import annotations

import json
from xml.etree.ElementTree import SubElement, indent, tostring

import networkx as nx
import pytest
from networkx.readwrite.gexf import GEXFWriter
from networkx.readwrite.graphml import GraphMLWriter

from pipeline.xmlstream import XML_DECLARATION, gexf_chunks, graphml_chunks


def scalar_graph() -> nx.Graph:
    """Odd but XML-ready: a graph id, a node "id", pid, an attribute named key, inf, mixed numeric types, a self-loop."""
    G = nx.Graph(id="g1", name="nm", note="ملاحظة <b>&</b>")
    G.add_node("a", id="A1", pid="p", key=3, v=1, label="كيري")
    G.add_node("b", v=2.5, label=7, flag=True)
    G.add_node("c")
    G.add_node("d", v=4, text='quote " and\nnew line\ttab')
    G.add_edge("a", "b", label="L", type="undirected", key="k", x=float("inf"), y=True, weight=2)
    G.add_edge("b", "c")
    G.add_edge("c", "c", weight=2.0)
    G.add_edge("d", "a", note="ع")
    return G


def node_extra(n):
    return {"pagerank": 0.25, "community": 1, "viz": {"color": {"r": 1, "g": 2, "b": 3, "a": 1.0}, "size": 12.5, "position": {"x": 1.0, "y": -2.0, "z": 0.0}}}


def edge_extra(u, v, d):
    return {"direction_source": u, "direction_target": "", "viz": {"color": {"r": 9, "g": 8, "b": 7, "a": 1.0}}}


def without_viz(extra):
    return lambda *args: {k: v for k, v in extra(*args).items() if k != "viz"}


def document(root) -> str:
    indent(root, space="  ")
    return XML_DECLARATION + tostring(root, encoding="unicode") + "\n"


SPEC = json.dumps({"edge": [], "graph": [], "node": []}, sort_keys=True)


def graphml_oracle(G: nx.Graph, extras: bool) -> str:
    H = G.copy()
    if extras:
        for n, d in H.nodes(data=True):
            d.update(without_viz(node_extra)(n))
        for u, v, d in H.edges(data=True):
            d.update(without_viz(edge_extra)(u, v, d))
    H.graph["json_attributes"] = SPEC
    writer = GraphMLWriter(encoding="utf-8", prettyprint=False, infer_numeric_types=True)
    writer.add_graph_element(H)
    for i, edge in enumerate(writer.xml.iter("edge")):
        edge.set("id", f"e{i}")
    return document(writer.xml)


def gexf_oracle(G: nx.Graph, extras: bool) -> str:
    H = G.copy()
    H.graph.clear()
    for i, (u, v, d) in enumerate(H.edges(data=True)):
        if extras:
            d.update(edge_extra(u, v, d))
        d["id"] = f"e{i}"
    if extras:
        for n, d in H.nodes(data=True):
            d.update(node_extra(n))
    writer = GEXFWriter(encoding="utf-8", prettyprint=False, version="1.2draft")
    writer.add_graph(H)
    description = SubElement(writer.xml.find("meta"), "description")
    description.text = json.dumps({"graph": G.graph, "json_attributes": json.loads(SPEC)}, ensure_ascii=False, sort_keys=True)
    return document(writer.xml)


@pytest.mark.parametrize("extras", [False, True])
def test_graphml_is_what_the_networkx_writer_makes(extras):
    G = scalar_graph()
    more = (without_viz(node_extra), without_viz(edge_extra)) if extras else ()  # GraphML has no viz
    assert "".join(graphml_chunks(G, *more)) == graphml_oracle(G, extras)


@pytest.mark.parametrize("extras", [False, True])
def test_gexf_is_what_the_networkx_writer_makes(extras):
    G = scalar_graph()
    more = (node_extra, edge_extra) if extras else ()
    assert "".join(gexf_chunks(G, *more)) == gexf_oracle(G, extras)


def test_gexf_dynamic_attributes_set_the_graph_mode_as_networkx_does():
    G = nx.Graph()
    G.add_node("a", start=1990, end=2000)
    G.add_node("b", start=1995)
    G.add_edge("a", "b", start=1996)
    assert "".join(gexf_chunks(G)) == gexf_oracle(G, False)


def test_empty_graph_matches_too():
    G = nx.Graph()
    assert "".join(graphml_chunks(G)) == graphml_oracle(G, False)
    assert "".join(gexf_chunks(G)) == gexf_oracle(G, False)


def _elements():
    from xml.etree.ElementTree import Element

    yield Element("data", key="d0")  # empty: short form
    leaf = Element("data", key="d1")
    leaf.text = 'a & b < c > d "e" \n\t\r سلام'
    yield leaf
    node = Element("node", {"id": 'x"&<>\n\t\r', "label": "لافروف"})
    for i in range(3):
        SubElement(node, "data", key=f"d{i}").text = str(i) if i else ""
    yield node
    deep = Element("edge", source="a", target="b")
    values = SubElement(deep, "attvalues")
    SubElement(values, "attvalue", {"for": "0", "value": "[\"a1\"]"})
    SubElement(deep, "viz:color", r="1", g="2", b="3", a="1.0")
    yield deep
    mixed = Element("p")
    mixed.text = "kept text"
    SubElement(mixed, "b").text = "x"
    SubElement(mixed, "i").tail = "kept tail"
    mixed.tail = "\n"
    yield mixed


@pytest.mark.parametrize("level", [0, 1, 3])
def test_an_element_is_written_as_elementtree_indents_and_serialises_it(level):
    import copy

    from pipeline.xmlstream import _element

    for el in _elements():
        expected = copy.deepcopy(el)
        indent(expected, space="  ", level=level)
        assert _element(el, level) == tostring(expected, encoding="unicode")
