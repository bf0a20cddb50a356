"""The HTML page: offline, escaped, and the hooks browser tests read."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import networkx as nx
import pytest

from pipeline.graph import _example
from pipeline.render import RELATION_COLORS, TYPE_COLORS, render_html, script_json

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "\"'></script><script>alert(1)</script>",
    "</SCRIPT ><!--<script>",
    "\u2028\u2029&amp;",
]
DATA_BLOCK = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.S)


def hostile_graph() -> nx.Graph:
    G = nx.Graph(articles=[{"id": "a1", "title": PAYLOADS[0], "source": "", "date": "", "url": ""}])
    for i, payload in enumerate(PAYLOADS):
        G.add_node(
            f"n{i}",
            label=payload,
            label_en=payload,
            type=payload if i % 2 else "PER",  # an unknown type reaches the legend, escaped
            aliases=[payload, "لافروف"],
            articles=["a1"],
            mentions=i + 1,
            article_mentions={"a1": i + 1},
        )
    for i in range(len(PAYLOADS) - 1):
        evidence = [{"article": "a1", "sentence": PAYLOADS[i], "start": 0, "end": 5, "source": f"n{i}", "target": f"n{i + 1}", "relations": ["ATTACK"], "trigger": PAYLOADS[i + 1], "directed": True, "unasserted": []}]
        G.add_edge(f"n{i}", f"n{i + 1}", kind="interaction", weight=1, relations={"ATTACK": 1}, dominant_relation="ATTACK", cameo="19", cameo_codes=["19"], articles=["a1"], evidence=evidence)
    return G


def embedded(page: str) -> dict:
    blocks = DATA_BLOCK.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def outside_data(page: str) -> str:
    return DATA_BLOCK.sub("", page)


@pytest.fixture(scope="module")
def hostile_page() -> str:
    return render_html(hostile_graph(), physics=False, heading=PAYLOADS[3])


def test_no_external_urls(no_network):
    page = render_html(_example())
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"<script[^>]+src\s*=", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page, re.I)
    assert "new vis.Network" in page and "vis-network" in page  # the library is inlined


class Elements(HTMLParser):
    """Tags as an HTML tokenizer sees them (script content is raw text)."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._open: dict | None = None
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._open = dict(attrs)
            self.scripts.append((self._open, ""))

    def handle_data(self, data):
        if self._open is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._open = None


def test_page_has_exactly_our_elements(hostile_page):
    parsed = Elements(hostile_page)
    assert [attrs for attrs, _ in parsed.scripts] == [{}, {"type": "application/json", "id": "graph-data"}, {}]
    assert json.loads(parsed.scripts[1][1]) == embedded(hostile_page)
    tags = {tag for tag, _ in parsed.tags}
    assert tags <= {"html", "head", "meta", "title", "style", "script", "body", "h1", "div", "span"}, tags
    for _, attrs in parsed.tags:
        assert not any(k.startswith("on") for k in attrs)
        assert "src" not in attrs and "href" not in attrs


def test_hostile_strings_never_appear_raw(hostile_page):
    assert "</script><script>alert" not in hostile_page
    rest = outside_data(hostile_page)
    for payload in PAYLOADS[:4]:
        assert payload not in rest, payload
    assert "<img src=x" not in hostile_page
    for _, text in Elements(hostile_page).scripts:  # (in HTML text they are harmless)
        assert "\u2028" not in text and "\u2029" not in text
    data_block = DATA_BLOCK.search(hostile_page).group(1)
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block


def test_hostile_strings_load_back_exactly(hostile_page):
    data = embedded(hostile_page)
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels == {f"n{i}": p for i, p in enumerate(PAYLOADS)}
    titles = {n["id"]: n["title"] for n in data["nodes"]}
    for i, payload in enumerate(PAYLOADS):
        assert isinstance(titles[f"n{i}"], str)  # plain text: vis-network 9 shows a string with innerText
        assert titles[f"n{i}"].startswith(payload + "\n")
    edge_titles = " ".join(e["title"] for e in data["edges"])
    assert PAYLOADS[0] in edge_titles


def test_heading_and_legend_are_escaped(hostile_page):
    assert "<h1" in hostile_page
    assert "&quot;&#x27;&gt;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in hostile_page
    assert "&lt;img src=x onerror=alert(1)&gt;" in hostile_page  # unknown type in the legend


def test_counts_on_the_container():
    G = _example()
    page = render_html(G, physics=False)
    assert 'data-node-count="3"' in page and 'data-edge-count="2"' in page
    assert len(embedded(page)["nodes"]) == 3
    capped = render_html(G, max_nodes=2)
    assert 'data-node-count="2"' in capped and 'data-total-nodes="3"' in capped
    assert sorted(n["id"] for n in embedded(capped)["nodes"]) == ["kerry", "lavrov"]


def test_styles_follow_types_and_relations():
    data = embedded(render_html(_example(), physics=False, size_by="pagerank"))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["lavrov"]["color"] == TYPE_COLORS["PER"] and nodes["moscow"]["color"] == TYPE_COLORS["LOC"]
    assert nodes["lavrov"]["size"] > nodes["moscow"]["size"]
    edges = {(e["from"], e["to"]): e for e in data["edges"]}
    heavy, light = edges["kerry", "lavrov"], edges["lavrov", "moscow"]
    assert heavy["color"] == RELATION_COLORS["MEET"] and light["color"] == RELATION_COLORS["CO_MENTION"]
    assert heavy["width"] > light["width"]


def test_directed_evidence_draws_an_arrow():
    data = embedded(render_html(hostile_graph(), physics=False))
    assert all(e.get("arrows") == "to" for e in data["edges"])
    data = embedded(render_html(_example(), physics=False))
    assert all("arrows" not in e for e in data["edges"])  # mixed directions: no arrow


def _carter_kerry(*sentences: tuple[list[str], bool]) -> nx.Graph:
    """Carter and Kerry linked by the given sentences: (types, directed Carter→Kerry)."""
    G = nx.Graph(articles=[{"id": "a1", "title": "", "source": "", "date": "", "url": ""}])
    for n, label in (("carter", "آشتون كارتر"), ("kerry", "جون كيري")):
        G.add_node(n, label=label, type="PER", articles=["a1"], mentions=1)
    text = "أعرب كارتر عن دعمه لجهود كيري"
    evidence = [
        {"article": "a1", "sentence": text, "start": 40 * i, "end": 40 * i + len(text), "source": "carter",
         "target": "kerry", "relations": types, "trigger": "دعمه" if types else "", "directed": directed, "unasserted": []}
        for i, (types, directed) in enumerate(sentences)
    ]
    counts = {t: sum(t in e["relations"] for e in evidence) for e in evidence for t in e["relations"]}
    G.add_edge("carter", "kerry", kind="interaction" if counts else "co-mention", weight=len(evidence), relations=counts, articles=["a1"], evidence=evidence)
    return G


def test_co_mention_sentences_do_not_cancel_a_direction():
    data = embedded(render_html(_carter_kerry((["SUPPORT"], True), ([], False), ([], False)), physics=False))
    (edge,) = data["edges"]
    assert (edge["from"], edge["to"], edge.get("arrows")) == ("carter", "kerry", "to")
    assert edge["dashes"] is False and edge["color"] == RELATION_COLORS["SUPPORT"]
    assert edge["title"].splitlines()[1] == "الجمل: 3 · دعم 1"


def test_co_mention_links_are_dashed_and_grey():
    data = embedded(render_html(_carter_kerry(([], False), ([], False)), physics=False, label_language="en"))
    (edge,) = data["edges"]
    assert edge["dashes"] is True and "arrows" not in edge
    assert edge["color"] == RELATION_COLORS["CO_MENTION"]
    assert edge["title"].splitlines()[1] == "2 sentences · co-mention"
    legend = render_html(_carter_kerry(([], False),), physics=False, label_language="en")
    assert f'border-top:3px dashed {RELATION_COLORS["CO_MENTION"]}' in legend and "co-mention</span>" in legend


def test_physics_modes():
    on = embedded(render_html(_example(), physics=True))
    assert on["options"]["physics"]["enabled"] is True
    assert on["options"]["physics"]["stabilization"]["iterations"] == 200
    assert all("x" not in n for n in on["nodes"])
    off = embedded(render_html(_example(), physics=False))
    assert off["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in off["nodes"])
    assert off == embedded(render_html(_example(), physics=False))  # seeded layout


def test_arabic_direction_and_font():
    page = render_html(_example())
    assert '<div id="graph" dir="rtl" lang="ar"' in page
    assert "Noto Naskh Arabic" in embedded(page)["options"]["nodes"]["font"]["face"]
    en = render_html(_example(), label_language="en")
    assert '<div id="graph" dir="ltr" lang="en"' in en
    assert {n["label"] for n in embedded(en)["nodes"]} == {"Sergey Lavrov", "John Kerry", "Moscow"}


@pytest.mark.parametrize("kwargs", [{"label_language": "fr"}, {"size_by": "x"}, {"height": "1px;}</style><script>"}])
def test_bad_options_raise(kwargs):
    with pytest.raises(ValueError):
        render_html(_example(), **kwargs)


def test_empty_graph():
    page = render_html(nx.Graph())
    assert 'data-node-count="0"' in page and embedded(page)["nodes"] == []


def test_script_json_escapes():
    assert script_json("</script>") == '"\\u003c/script\\u003e"'
    assert json.loads(script_json({"a": "\u2028<&>"})) == {"a": "\u2028<&>"}


# The page's own script, run in node against a stub of vis-network.
HARNESS = r"""
const fs = require("fs");
const [dataText, script] = [fs.readFileSync(process.argv[2], "utf8"), fs.readFileSync(process.argv[3], "utf8")];
const handlers = {}; const calls = [];
const attrs = {"data-total-nodes": "3"};
globalThis.window = globalThis;
globalThis.document = {getElementById: (id) => ({
  "graph-data": {textContent: dataText},
  "graph": {getAttribute: (k) => attrs[k], setAttribute: (k, v) => { attrs[k] = v; }},
  "graph-status": {textContent: ""},
}[id])};
globalThis.vis = {
  DataSet: class { constructor(items) { this.items = items; } },
  Network: class {
    constructor(c, d, o) { this.options = o; }
    on(e, f) { (handlers[e] = handlers[e] || []).push(f); }
    once(e, f) { this.on(e, f); }
    setOptions(o) { calls.push(["setOptions", o]); }
    setData(d) { calls.push(["setData", d.nodes.items.length, d.edges.items.length]); }
  },
};
eval(script);
const before = JSON.stringify(window.graphStats);
for (const f of handlers.stabilizationProgress || []) f({iterations: 50, total: 200});
for (const f of handlers.stabilizationIterationsDone || handlers.afterDrawing || []) f();
console.log(JSON.stringify({before: JSON.parse(before), after: window.graphStats, calls, attrs}));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
@pytest.mark.parametrize("physics", [True, False])
def test_page_script_sets_graph_stats(tmp_path, physics):
    page = render_html(_example(), physics=physics)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    (tmp_path / "data.json").write_text(DATA_BLOCK.search(page).group(1), encoding="utf-8")
    (tmp_path / "init.js").write_text(scripts[-1], encoding="utf-8")
    (tmp_path / "vis.js").write_text(scripts[0], encoding="utf-8")
    (tmp_path / "harness.js").write_text(HARNESS, encoding="utf-8")
    check = subprocess.run(["node", "--check", str(tmp_path / "vis.js")], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stderr
    run = subprocess.run(["node", str(tmp_path / "harness.js"), str(tmp_path / "data.json"), str(tmp_path / "init.js")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["before"] == {"nodes": 3, "edges": 2, "totalNodes": 3, "stabilizedMs": None}
    assert isinstance(out["after"]["stabilizedMs"], int)
    assert ["setData", 3, 2] in out["calls"]
    assert ["setOptions", {"physics": {"enabled": False}}] in out["calls"]
    assert out["attrs"]["data-stabilized"] == "true"


# ---------------------------------------------------------------------------


# The page in a real browser (hostile labels, tooltips, the exported file):
# tests/test_browser.py, driven by Playwright with explicit waits.


# ---------------------------------------------------------------------------
# communities, labels, highlight, stable positions (issue 10)
# ---------------------------------------------------------------------------


def two_camps() -> nx.Graph:
    """Two groups of actors, linked inside each group and once across."""
    G = nx.Graph(articles=[{"id": "a1", "title": "", "source": "", "date": "", "url": ""}])
    camps = [["جون كيري", "باراك أوباما", "واشنطن", "البنتاغون"], ["سيرغي لافروف", "فلاديمير بوتين", "موسكو", "الكرملين"]]
    kinds = ["PER", "PER", "LOC", "ORG"]
    for camp in camps:
        for name, kind in zip(camp, kinds):
            G.add_node(name, label=name, label_en="", type=kind, articles=["a1"], mentions=len(name))
        for i, u in enumerate(camp):
            for v in camp[i + 1:]:
                G.add_edge(u, v, kind="co-mention", weight=3, relations={}, articles=["a1"], evidence=[])
    G.add_edge("جون كيري", "سيرغي لافروف", kind="interaction", weight=1, relations={"MEET": 1}, articles=["a1"], evidence=[])
    return G


def test_communities_colour_the_nodes_and_types_become_shapes():
    from pipeline.render import COMMUNITY_COLORS

    data = embedded(render_html(two_camps(), physics=False, color_by="community"))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["جون كيري"]["color"] == nodes["واشنطن"]["color"] != nodes["موسكو"]["color"]
    assert {nodes["جون كيري"]["color"], nodes["موسكو"]["color"]} <= set(COMMUNITY_COLORS)
    assert (nodes["جون كيري"]["shape"], nodes["واشنطن"]["shape"], nodes["الكرملين"]["shape"]) == ("dot", "triangle", "square")
    by_type = embedded(render_html(two_camps(), physics=False))
    assert {n["id"]: n["color"] for n in by_type["nodes"]}["واشنطن"] == TYPE_COLORS["LOC"]


def test_only_fitting_labels_of_the_top_actors_show():
    G = two_camps()
    data = embedded(render_html(G, physics=False, labels=3))
    fonts = {n["id"]: n["font"]["size"] for n in data["nodes"]}
    big = max(fonts.values())
    shown = {n for n, size in fonts.items() if size == big}
    assert 1 <= len(shown) <= 3
    # the rest stay in the data (tooltips, zoom) with a font too small to draw at the fitted zoom
    assert all(n["label"] and n["title"].startswith(n["label"]) for n in data["nodes"])
    assert data["options"]["nodes"]["scaling"]["label"]["drawThreshold"] > min(fonts.values()) * 0.99
    # every label when not limited
    assert all("font" not in n for n in embedded(render_html(G, physics=False))["nodes"])


def test_the_page_gets_the_label_priority_focus_hits_then_strength():
    G = two_camps()
    plan = embedded(render_html(G, physics=False, focus="موسكو", highlight=["الكرملين", "جون كيري"], labels=2))["labels"]
    strongest = sorted(G, key=lambda n: (-G.nodes[n]["mentions"], n))
    assert plan["order"][:3] == ["موسكو", *sorted(["جون كيري", "الكرملين"], key=strongest.index)]  # hits by strength
    assert plan["order"][3:] == [n for n in strongest if n not in plan["order"][:3]]
    assert plan["limit"] == 2 and plan["px"] > embedded(render_html(G, labels=2))["options"]["nodes"]["scaling"]["label"]["drawThreshold"]
    assert "labels" not in embedded(render_html(G, physics=False))  # every label: nothing to choose


def test_focus_and_search_hits_are_marked():
    from pipeline.render import FOCUS_BORDER, HIT_BORDER

    page = render_html(two_camps(), physics=False, focus="موسكو", highlight=["جون كيري"], labels=1, label_language="en")
    nodes = {n["id"]: n for n in embedded(page)["nodes"]}
    plain = {n["id"]: n for n in embedded(render_html(two_camps(), physics=False, labels=1))["nodes"]}
    assert nodes["موسكو"]["color"]["border"] == FOCUS_BORDER and nodes["موسكو"]["borderWidth"] == 5
    assert nodes["جون كيري"]["color"]["border"] == HIT_BORDER and nodes["جون كيري"]["borderWidth"] == 4
    assert nodes["موسكو"]["size"] > plain["موسكو"]["size"]
    fonts = {n: d["font"]["size"] for n, d in nodes.items()}
    assert fonts["موسكو"] == fonts["جون كيري"] == max(fonts.values())  # their labels show
    assert "Focus" in page and "Search hits" in page


def test_given_positions_are_kept_for_the_nodes_that_stay():
    from pipeline.layouts import layout_positions

    G = two_camps()
    base = layout_positions(G)
    sub = G.subgraph([n for n in G if n != "الكرملين"])
    for physics in (False, True):
        nodes = embedded(render_html(sub, physics=physics, positions=base))["nodes"]
        assert all((n["x"], n["y"]) == base[n["id"]] for n in nodes)
    # a node the layout does not know is set beside its neighbours
    H = nx.Graph(G)
    H.add_edge("موسكو", "دمشق", weight=1)
    H.nodes["دمشق"].update(label="دمشق", type="LOC", mentions=1)
    nodes = {n["id"]: n for n in embedded(render_html(H, physics=False, positions=base))["nodes"]}
    assert ((nodes["دمشق"]["x"] - base["موسكو"][0]) ** 2 + (nodes["دمشق"]["y"] - base["موسكو"][1]) ** 2) ** 0.5 < 100


def test_legend_sits_outside_the_canvas_and_is_escaped():
    page = render_html(hostile_graph(), physics=False, color_by="community")
    canvas_end = page.index('<div id="graph-status"')
    assert page.index('<div class="legend"') > canvas_end
    assert "position: absolute; top" not in page
    for payload in PAYLOADS[:2]:
        assert payload not in outside_data(page)
    assert "legend" not in render_html(hostile_graph(), physics=False, legend=False).split("</style>")[-1]
