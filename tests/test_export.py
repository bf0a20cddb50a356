"""Round-trips for every export format, built from a hand-made hostile graph."""
from __future__ import annotations

import copy
import csv
import io
import json
import os
import random
import re
import shutil
import subprocess
import zipfile

import networkx as nx
import pytest
from lxml import etree

from pipeline import export as ex
from pipeline import xmlstream
from pipeline.formats import FILES
from pipeline.layouts import gephi_positions
from pipeline.graph import build_graph, filter_graph
from pipeline.types import Actor, Article, Evidence, LinkedMention, Mention, Relation

HOSTILE_SENTENCE = 'قال «لافروف»:\n"<script>alert(1)</script>" & ]]> \x00\x0b\x1f\r\nتم\t.'
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
GEXF_NS = "{http://www.gexf.net/1.2draft}"


def hostile_graph() -> nx.Graph:
    """The contract's shapes, filled with everything that breaks writers."""
    G = nx.Graph()
    G.graph["articles"] = [
        {"id": "a1", "title": "عنوان «أول»\n<b>", "source": "الجزيرة", "date": "2015-03-01", "url": "https://example.org/a?x=1&y=2"},
        {"id": "a2", "title": "None", "source": "", "date": "", "url": ""},
    ]
    G.graph["cameo"] = {"AGREE": "05", "ATTACK": "19", "MEET": "04"}
    G.add_node(
        "lavrov",
        label="سيرغي لافروف",
        label_en="Sergey Lavrov",
        type="PER",
        aliases=["لافروف", "سيرجي لافروف", "<script>alert(1)</script>"],
        articles=["a1", "a2"],
        mentions=3,
        article_mentions={"a1": 2, "a2": 1},
        wikidata="Q207437",
    )
    G.add_node(
        "kerry",
        label="كيري\x00\x0b",  # control characters in a plain string
        label_en="None",  # a None-looking string stays a string
        type="PER",
        aliases=[],
        articles=["a1"],
        mentions=1,
        article_mentions={"a1": 1},
        wikidata="",
    )
    G.add_node(
        "moscow",
        label="موسكو\r\nالعاصمة",
        label_en="",
        type="LOC",
        aliases=["null", "موسكو"],
        articles=["a2"],
        mentions=1,
        article_mentions={"a2": 1},
        wikidata="",
    )
    evidence = [
        {
            "article": "a1", "sentence": HOSTILE_SENTENCE, "start": 0, "end": 40, "source": "kerry", "target": "lavrov",
            "relations": ["AGREE", "MEET"], "trigger": "اتفق; قال", "directed": False,
            "unasserted": [{"type": "ATTACK", "modality": "negated", "trigger": "لم يهاجم", "source": "lavrov", "target": "kerry", "directed": True}],
        },
        {
            "article": "a1", "sentence": "هاجم\x1fكيري", "start": 50, "end": 60, "source": "lavrov", "target": "kerry",
            "relations": ["ATTACK"], "trigger": "هاجم", "directed": True, "unasserted": [],
        },
    ]
    G.add_edge(
        "kerry", "lavrov", kind="interaction", weight=2, relations={"AGREE": 1, "ATTACK": 1, "MEET": 1}, dominant_relation="MEET",
        cameo="04", cameo_codes=["04", "05", "19"], articles=["a1"], evidence=evidence,
    )
    G.add_edge(
        "lavrov",
        "moscow",
        kind="co-mention",
        weight=1,
        relations={},
        dominant_relation="CO_MENTION",
        cameo="",  # no code: an empty string, never None
        cameo_codes=[],
        articles=["a2"],
        evidence=[{"article": "a2", "sentence": "None", "start": 0, "end": 4, "source": "lavrov", "target": "moscow", "relations": [], "trigger": "", "directed": False, "unasserted": []}],
    )
    return G


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_normalised(G: nx.Graph) -> nx.Graph:
    """What the XML formats promise: plain strings lose XML-invalid characters
    and \\r; None becomes ""; lists/dicts come back exactly."""

    def fix(value):
        if value is None:
            return ""
        if isinstance(value, str):
            return _XML_BAD.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
        return value

    H = copy.deepcopy(G)
    for _, d in H.nodes(data=True):
        d.update({k: fix(v) for k, v in d.items()})
    for _, _, d in H.edges(data=True):
        d.update({k: fix(v) for k, v in d.items()})
    return H


def without_gephi(H: nx.Graph, G: nx.Graph) -> nx.Graph:
    """``H`` less the attributes the Gephi exports add (ex.GEPHI_*), unless ``G`` has them."""
    H = copy.deepcopy(H)
    for n, d in H.nodes(data=True):
        for k in ex.GEPHI_NODE_ATTRIBUTES:
            if k not in G.nodes[n]:
                d.pop(k, None)
    for u, v, d in H.edges(data=True):
        for k in ex.GEPHI_EDGE_ATTRIBUTES:
            if k not in G.edges[u, v]:
                d.pop(k, None)
    return H


def assert_same_graph(H: nx.Graph, G: nx.Graph, *, graph_attrs: bool = True) -> None:
    """Same nodes, edges and attributes; the Gephi attributes of the XML formats are checked elsewhere."""
    assert sorted(H.nodes) == sorted(G.nodes)
    H = without_gephi(H, G)
    assert {frozenset(e) for e in H.edges} == {frozenset(e) for e in G.edges}
    for n in G:
        assert H.nodes[n] == G.nodes[n], n
    for u, v in G.edges:
        assert H.edges[u, v] == G.edges[u, v], (u, v)
    if graph_attrs:
        assert H.graph == G.graph


def strict_xml(text: str) -> etree._Element:
    parser = etree.XMLParser(recover=False, resolve_entities=False, no_network=True)
    return etree.fromstring(text.encode("utf-8"), parser)


# ---------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------


def test_json_round_trip_is_exact(tmp_path):
    G = hostile_graph()
    H = ex.read_json(ex.write_json(G, tmp_path / "graph.json"))
    assert_same_graph(H, G)
    data = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    assert "edges" in data and "links" not in data
    assert "سيرغي لافروف" in (tmp_path / "graph.json").read_text(encoding="utf-8")  # UTF-8, not \\u escapes


def test_json_of_a_filtered_view(tmp_path):
    view = filter_graph(hostile_graph(), actor_types=["PER"])
    H = ex.read_json(ex.write_json(view, tmp_path / "graph.json"))
    assert sorted(H.nodes) == ["kerry", "lavrov"]


# ---------------------------------------------------------------------------
# GraphML / GEXF
# ---------------------------------------------------------------------------


def test_graphml_round_trip_after_normalisation(tmp_path):
    G = hostile_graph()
    H = ex.read_graphml(ex.write_graphml(G, tmp_path / "graph.graphml"))
    assert_same_graph(H, xml_normalised(G))
    # the evidence sentence is JSON inside XML: its control characters survive
    assert H.edges["kerry", "lavrov"]["evidence"][0]["sentence"] == HOSTILE_SENTENCE
    assert H.nodes["kerry"]["label"] == "كيري"
    assert H.nodes["kerry"]["label_en"] == "None"


def test_graphml_is_strict_xml_with_unique_edge_ids():
    root = strict_xml(ex.generate_graphml(hostile_graph()))
    ids = [e.get("id") for e in root.iter(f"{GRAPHML_NS}edge")]
    assert ids == ["e0", "e1"]
    names = {k.get("attr.name") for k in root.iter(f"{GRAPHML_NS}key")}
    assert "id" not in names  # the edge id is not duplicated as a data column
    assert {"label", "label_en", "type", "aliases", "articles", "mentions", "weight", "relations", "evidence"} <= names


def test_gexf_round_trip_after_normalisation(tmp_path):
    G = hostile_graph()
    H = ex.read_gexf(ex.write_gexf(G, tmp_path / "graph.gexf"))
    assert_same_graph(H, xml_normalised(G))
    assert isinstance(H.edges["kerry", "lavrov"]["weight"], int)


def test_gexf_is_strict_xml_with_display_labels_and_unique_edge_ids():
    root = strict_xml(ex.generate_gexf(hostile_graph()))
    assert root.get("version") == "1.2"
    labels = {n.get("id"): n.get("label") for n in root.iter(f"{GEXF_NS}node")}
    assert labels["lavrov"] == "سيرغي لافروف"
    ids = [e.get("id") for e in root.iter(f"{GEXF_NS}edge")]
    assert ids == ["e0", "e1"] and len(set(ids)) == len(ids)
    weights = [e.get("weight") for e in root.iter(f"{GEXF_NS}edge")]
    assert weights == ["2", "1"]


@pytest.mark.parametrize("generate", [ex.generate_graphml, ex.generate_gexf])
def test_xml_has_no_invalid_characters_and_escapes_markup(generate):
    text = generate(hostile_graph())
    assert not _XML_BAD.search(text)
    assert "<script>" not in text  # escaped as &lt;script&gt;
    strict_xml(text)


@pytest.mark.parametrize("generate", [ex.generate_graphml, ex.generate_gexf])
def test_none_values_and_odd_keys(generate, tmp_path):
    G = nx.Graph(note=None)
    G.add_node("x", label=None, score=0.5, flag=True, **{"bad\x01key": "v"})
    G.add_node("y", label="ي", score=1.5, flag=False, **{"bad\x01key": "w"})
    G.add_edge("x", "y", weight=1)
    root = strict_xml(generate(G))
    assert root is not None
    read = ex.read_graphml if generate is ex.generate_graphml else ex.read_gexf
    path = tmp_path / "g.xml"
    path.write_text(generate(G), encoding="utf-8")
    H = read(path)
    assert H.nodes["x"]["label"] == ""
    assert H.nodes["x"]["badkey"] == "v"
    assert H.nodes["y"]["score"] == 1.5 and H.nodes["y"]["flag"] is False


@pytest.mark.parametrize("generate", [ex.generate_json, ex.generate_graphml, ex.generate_gexf, ex.generate_nodes_csv, ex.generate_edges_csv])
def test_empty_graph(generate):
    G = nx.Graph(articles=[])
    assert generate(G)


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------


def test_csv_round_trip_is_exact(tmp_path):
    G = hostile_graph()
    H = ex.read_csv(ex.write_nodes_csv(G, tmp_path / "nodes.csv"), ex.write_edges_csv(G, tmp_path / "edges.csv"))
    assert_same_graph(H, G, graph_attrs=False)


def test_csv_is_utf8_with_bom_for_excel(tmp_path):
    raw = ex.write_nodes_csv(hostile_graph(), tmp_path / "nodes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")  # a BOM is valid UTF-8
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    assert rows[0][:4] == ["id", "label", "label_en", "type"]
    assert rows[1][:2] == ["lavrov", "سيرغي لافروف"]
    no_bom = ex.generate_nodes_csv(hostile_graph(), bom=False)
    assert not no_bom.startswith("\ufeff")


def test_csv_zip(tmp_path):
    data = ex.generate_csv_zip(hostile_graph())
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.namelist() == ["nodes.csv", "edges.csv"]
        (tmp_path / "n.csv").write_bytes(zf.read("nodes.csv"))
        (tmp_path / "e.csv").write_bytes(zf.read("edges.csv"))
    assert_same_graph(ex.read_csv(tmp_path / "n.csv", tmp_path / "e.csv"), hostile_graph(), graph_attrs=False)
    assert data == ex.generate_csv_zip(hostile_graph())  # fixed timestamps: same bytes


# ---------------------------------------------------------------------------
# atomic writes
# ---------------------------------------------------------------------------


def test_atomic_write_keeps_old_file_when_serialisation_raises(tmp_path, monkeypatch):
    path = ex.write_graphml(hostile_graph(), tmp_path / "graph.graphml")
    before = path.read_bytes()
    serialise = xmlstream._element
    seen = []

    def explode(el, level):
        seen.append(el.tag)
        if el.tag == "edge":  # the header and the nodes are already in the temporary file
            raise RuntimeError("serialiser died")
        return serialise(el, level)

    monkeypatch.setattr(xmlstream, "_element", explode)
    monkeypatch.setattr(ex, "_WRITE_SIZE", 1)  # every piece goes to the file as it comes
    with pytest.raises(RuntimeError):
        ex.write_graphml(nx.complete_graph(3), path)
    assert seen.count("node") == 3
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.graphml"]


def test_atomic_write_keeps_old_file_when_writing_fails_half_way(tmp_path, monkeypatch):
    path = tmp_path / "graph.json"
    ex.atomic_write(path, "old")

    def chunks():
        yield "new, half"
        raise OSError("disk full")

    with pytest.raises(OSError):
        ex.atomic_write(path, chunks())
    assert path.read_text() == "old"

    def no_replace(src, dst):
        raise OSError("rename failed")

    monkeypatch.setattr(os, "replace", no_replace)
    with pytest.raises(OSError):
        ex.atomic_write(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]


def test_atomic_write_keeps_permissions(tmp_path):
    path = tmp_path / "nodes.csv"
    ex.atomic_write(path, b"a")
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o640)
    ex.atomic_write(path, b"b")
    assert path.stat().st_mode & 0o777 == 0o640


def test_write_all_writes_every_format_or_nothing(tmp_path, monkeypatch):
    paths = ex.write_all(hostile_graph(), tmp_path)
    assert {p.name for p in paths.values()} == set(FILES.values())
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def explode(G):
        yield "source,target\r\n"
        raise RuntimeError("edges.csv failed half-way")  # after json, graphml and gexf were written

    monkeypatch.setattr(ex, "iter_edges_csv", explode)
    with pytest.raises(RuntimeError):
        ex.write_all(nx.complete_graph(2), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_every_format_reads_back_to_the_same_graph(tmp_path):
    G = hostile_graph()
    ex.write_all(G, tmp_path)
    expected = xml_normalised(G)
    assert_same_graph(ex.read_json(tmp_path / "graph.json"), G)
    assert_same_graph(ex.read_graphml(tmp_path / "graph.graphml"), expected)
    assert_same_graph(ex.read_gexf(tmp_path / "graph.gexf"), expected)
    assert_same_graph(ex.read_csv(tmp_path / "nodes.csv", tmp_path / "edges.csv"), G, graph_attrs=False)


# ---------------------------------------------------------------------------
# stable output
# ---------------------------------------------------------------------------


def _inputs():
    text = "التقى لافروف كيري في موسكو"
    articles = [Article("a1", text, "t", "s", "2015-03-01"), Article("a2", text, "t", "s", "2015-03-02")]
    actors = {
        "lavrov": Actor("lavrov", "لافروف", "PER", "Lavrov", ("لافروف",)),
        "kerry": Actor("kerry", "كيري", "PER", "Kerry"),
        "moscow": Actor("moscow", "موسكو", "LOC"),
    }
    mentions = [
        LinkedMention(Mention(a, 0, s, e, t, ty), i)
        for a in ("a1", "a2")
        for s, e, t, ty, i in [(6, 12, "لافروف", "PER", "lavrov"), (13, 17, "كيري", "PER", "kerry"), (21, 26, "موسكو", "LOC", "moscow")]
    ]
    relations = [
        Relation(s, t, ty, Evidence(a, text, 0, len(text)), directed=d)
        for a in ("a2", "a1")
        for s, t, ty, d in [("lavrov", "kerry", "MEET", False), ("kerry", "lavrov", "STATEMENT", True), ("moscow", "lavrov", "CO_MENTION", False)]
    ]
    return articles, actors, mentions, relations


def test_build_is_stable_whatever_the_input_order():
    articles, actors, mentions, relations = _inputs()
    first = ex.generate_json(build_graph(articles, actors, mentions, relations))
    rnd = random.Random(3)
    for _ in range(3):
        m, r = list(mentions), list(relations)
        rnd.shuffle(m)
        rnd.shuffle(r)
        a = dict(sorted(actors.items(), key=lambda kv: rnd.random()))
        assert ex.generate_json(build_graph(articles, a, m, r)) == first
        assert ex.generate_graphml(build_graph(articles, a, m, r)) == ex.generate_graphml(build_graph(articles, actors, mentions, relations))


def test_built_graph_follows_the_contract(tmp_path):
    G = build_graph(*_inputs())
    data = json.loads(ex.generate_json(G))
    node = next(n for n in data["nodes"] if n["id"] == "lavrov")
    assert {"id", "label", "label_en", "type", "aliases", "articles", "mentions"} <= set(node)
    assert node["articles"] == ["a1", "a2"] and node["mentions"] == 2
    moscow = next(n for n in data["nodes"] if n["id"] == "moscow")
    assert moscow["label_en"] == ""
    edge = next(e for e in data["edges"] if {e["source"], e["target"]} == {"kerry", "lavrov"})
    # one sentence per article, each asserting MEET and Kerry's STATEMENT about Lavrov
    assert edge["kind"] == "interaction" and edge["weight"] == 2 and edge["relations"] == {"MEET": 2, "STATEMENT": 2}
    assert edge["dominant_relation"] == "MEET"  # a tie: MEET comes first in RELATION_TYPES
    assert edge["cameo"] == "04" and edge["cameo_codes"] == ["02", "04"]  # CAMEO 04 Consult, 02 Appeal
    assert [(e["article"], e["relations"]) for e in edge["evidence"]] == [("a1", ["MEET", "STATEMENT"]), ("a2", ["MEET", "STATEMENT"])]
    first = edge["evidence"][0]
    assert (first["source"], first["target"], first["directed"]) == ("kerry", "lavrov", True)
    assert {"article", "sentence", "start", "end", "source", "target", "relations", "trigger", "directed"} <= set(first)
    place = next(e for e in data["edges"] if {e["source"], e["target"]} == {"lavrov", "moscow"})
    assert place["kind"] == "co-mention" and place["weight"] == 2 and place["relations"] == {}
    assert (place["dominant_relation"], place["cameo"], place["cameo_codes"]) == ("CO_MENTION", "", [])
    assert [e["relations"] for e in place["evidence"]] == [[], []]
    assert [a["id"] for a in data["graph"]["articles"]] == ["a1", "a2"]


def test_every_format_carries_kind_dominant_relation_and_cameo(tmp_path):
    G = build_graph(*_inputs())
    ex.write_all(G, tmp_path)
    with open(tmp_path / "edges.csv", encoding="utf-8-sig", newline="") as fh:
        rows = {(r["source"], r["target"]): r for r in csv.DictReader(fh)}
    assert list(rows["kerry", "lavrov"])[:8] == ["source", "target", "kind", "weight", "relations", "dominant_relation", "cameo", "cameo_codes"]
    assert (rows["kerry", "lavrov"]["kind"], rows["kerry", "lavrov"]["dominant_relation"], rows["kerry", "lavrov"]["cameo"]) == ("interaction", "MEET", "04")
    assert (rows["lavrov", "moscow"]["kind"], rows["lavrov", "moscow"]["dominant_relation"], rows["lavrov", "moscow"]["cameo"]) == ("co-mention", "CO_MENTION", "")
    assert json.loads(rows["kerry", "lavrov"]["evidence"])[0]["relations"] == ["MEET", "STATEMENT"]
    for name, read in (("graph.graphml", ex.read_graphml), ("graph.gexf", ex.read_gexf)):
        text = (tmp_path / name).read_text(encoding="utf-8")
        strict_xml(text)  # Gephi needs well-formed XML
        assert "None" not in text
        H = read(tmp_path / name)
        assert_same_graph(H, G)
        assert H.edges["kerry", "lavrov"]["evidence"][1]["relations"] == ["MEET", "STATEMENT"]
    names = {k.get("attr.name") for k in strict_xml((tmp_path / "graph.graphml").read_text(encoding="utf-8")).iter(f"{GRAPHML_NS}key")}
    assert {"kind", "dominant_relation", "cameo", "cameo_codes", "evidence"} <= names
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert '"dashes": true' in page and '"dashes": false' in page  # the co-mention link is drawn dashed


def test_filtered_export_recomputes_the_contract_fields(tmp_path):
    G = build_graph(*_inputs())
    H = filter_graph(G, relation_types=["STATEMENT"])
    edge = json.loads(ex.generate_json(H))["edges"][0]
    assert (edge["weight"], edge["relations"], edge["dominant_relation"], edge["cameo"]) == (2, {"STATEMENT": 2}, "STATEMENT", "02")
    assert [e["relations"] for e in edge["evidence"]] == [["STATEMENT"], ["STATEMENT"]]


# ---------------------------------------------------------------------------
# what the app shows, for Gephi: direction, colour, size, position, PageRank, community
# ---------------------------------------------------------------------------


def test_gephi_attributes_match_the_app(tmp_path):
    from pipeline.graph import actor_table
    from pipeline.render import RELATION_COLORS, TYPE_COLORS

    G = hostile_graph()
    rows = {r["id"]: r for r in actor_table(G)}
    H = ex.read_graphml(ex.write_graphml(G, tmp_path / "g.graphml"))
    for n in G:
        d = H.nodes[n]
        assert d["pagerank"] == pytest.approx(rows[n]["pagerank"]) and d["community"] == rows[n]["community"]
        assert "#%02x%02x%02x" % (d["r"], d["g"], d["b"]) == TYPE_COLORS[G.nodes[n]["type"]]
        assert 10 <= d["size"] <= 42 and isinstance(d["x"], float) and isinstance(d["y"], float)
    # the attack sentence is directed, the agreement sentence is not: no dominant direction
    assert (H.edges["kerry", "lavrov"]["direction_source"], H.edges["kerry", "lavrov"]["direction_target"]) == ("", "")
    e = H.edges["lavrov", "moscow"]
    assert "#%02x%02x%02x" % (e["r"], e["g"], e["b"]) == RELATION_COLORS["CO_MENTION"]
    assert H.edges["kerry", "lavrov"]["dominant_relation"] == "MEET" and H.edges["kerry", "lavrov"]["cameo"] == "04"


def test_edge_direction_is_exported_when_the_sentences_agree(tmp_path):
    G = build_graph(*_inputs())  # Kerry's STATEMENT about Lavrov, in both sentences
    for read, name in ((ex.read_graphml, "g.graphml"), (ex.read_gexf, "g.gexf")):
        (tmp_path / name).write_text((ex.generate_graphml if name.endswith("graphml") else ex.generate_gexf)(G), encoding="utf-8")
        H = read(tmp_path / name)
        assert (H.edges["kerry", "lavrov"]["direction_source"], H.edges["kerry", "lavrov"]["direction_target"]) == ("kerry", "lavrov")
        assert H.edges["lavrov", "moscow"]["direction_source"] == ""


def test_gexf_viz_colour_size_position(tmp_path):
    from pipeline.render import TYPE_COLORS

    G = hostile_graph()
    text = ex.generate_gexf(G)
    root = strict_xml(text)
    viz = "{http://www.gexf.net/1.2draft/viz}"
    for node in root.iter(f"{GEXF_NS}node"):
        colour = node.find(f"{viz}color")
        assert "#%02x%02x%02x" % tuple(int(colour.get(c)) for c in "rgb") == TYPE_COLORS[G.nodes[node.get("id")]["type"]]
        assert float(node.find(f"{viz}size").get("value")) >= 10
        position = node.find(f"{viz}position")
        assert {"x", "y", "z"} <= set(position.attrib)
    path = tmp_path / "g.gexf"
    path.write_text(text, encoding="utf-8")
    H = ex.read_gexf(path)
    assert set(H.nodes["lavrov"]["viz"]) == {"color", "size", "position"}


def test_positions_and_colours_from_the_caller(tmp_path):
    G = hostile_graph()
    pos = {"lavrov": (1.5, -2.0), "kerry": (0.0, 0.0), "moscow": (10.0, 20.0)}
    text = ex.generate_graphml(G, positions=pos, colors={"moscow": "#010203"})
    path = tmp_path / "g.graphml"
    path.write_text(text, encoding="utf-8")
    H = ex.read_graphml(path)
    assert (H.nodes["moscow"]["x"], H.nodes["moscow"]["y"]) == (10.0, 20.0)
    assert (H.nodes["moscow"]["r"], H.nodes["moscow"]["g"], H.nodes["moscow"]["b"]) == (1, 2, 3)


def test_layout_is_deterministic_and_covers_big_graphs():
    G = nx.gnm_random_graph(60, 120, seed=1)
    nx.set_edge_attributes(G, 1, "weight")
    a = gephi_positions(G, max_nodes=20)
    assert a == gephi_positions(G, max_nodes=20)
    assert set(a) == set(G)
    assert len(set(a.values())) == len(a)


def test_gephi_attributes_can_be_left_out():
    G = hostile_graph()
    names = {k.get("attr.name") for k in strict_xml(ex.generate_graphml(G, gephi=False)).iter(f"{GRAPHML_NS}key")}
    assert not names & {"pagerank", "community", "r", "x", "direction_source"}


def test_graphml_reads_back_in_igraph(tmp_path):
    igraph = pytest.importorskip("igraph")
    G = hostile_graph()
    path = ex.write_graphml(G, tmp_path / "g.graphml")
    g = igraph.Graph.Read_GraphML(str(path))
    assert g.vcount() == 3 and g.ecount() == 2 and not g.is_directed()
    by_id = {v["id"]: v for v in g.vs}
    assert by_id["lavrov"]["label"] == "سيرغي لافروف"
    assert json.loads(by_id["lavrov"]["aliases"])[0] == "لافروف"
    assert by_id["lavrov"]["community"] == 0 and by_id["lavrov"]["pagerank"] > 0
    e = g.es[g.get_eid(by_id["kerry"].index, by_id["lavrov"].index)]
    assert e["dominant_relation"] == "MEET" and e["cameo"] == "04" and e["weight"] == 2
    assert json.loads(e["evidence"])[0]["sentence"] == HOSTILE_SENTENCE


JS_DIR = os.path.join(os.path.dirname(__file__), "js")


@pytest.mark.skipif(
    not (shutil.which("node") and os.path.isdir(os.path.join(JS_DIR, "node_modules", "graphology-gexf"))),
    reason="needs node and `npm ci --prefix tests/js` (graphology-gexf, as Gephi Lite reads GEXF)",
)
def test_gexf_reads_back_in_graphology(tmp_path):
    G = build_graph(*_inputs())
    path = ex.write_gexf(G, tmp_path / "g.gexf")
    out = subprocess.run(["node", os.path.join(JS_DIR, "read_gexf.js"), str(path)], capture_output=True, text=True, check=True, timeout=60)
    g = json.loads(out.stdout)
    assert (g["order"], g["size"], g["type"]) == (3, 2, "undirected")
    lavrov = g["nodes"]["lavrov"]
    assert lavrov["label"] == "لافروف" and lavrov["color"].startswith("rgba(225,87,89")
    assert lavrov["size"] >= 10 and "x" in lavrov and "community" in lavrov and "pagerank" in lavrov
    edge = next(e for e in g["edges"] if {e["source"], e["target"]} == {"kerry", "lavrov"})
    attrs = edge["attributes"]
    assert (attrs["dominant_relation"], attrs["cameo"], attrs["direction_source"], attrs["direction_target"]) == ("MEET", "04", "kerry", "lavrov")
    assert json.loads(attrs["evidence"])[0]["sentence"] == "التقى لافروف كيري في موسكو"


def test_write_all_writes_only_the_formats_asked_for(tmp_path):
    paths = ex.write_all(hostile_graph(), tmp_path, formats=["csv", "json"])
    assert sorted(p.name for p in paths.values()) == ["edges.csv", "graph.json", "nodes.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edges.csv", "graph.json", "nodes.csv"]
    with pytest.raises(ValueError, match="xml"):
        ex.write_all(hostile_graph(), tmp_path, formats=["xml"])
