"""Click to inspect, in a real browser: Streamlit server + Debian's Chromium.

The drawing is the graph component (:mod:`pipeline.graph_component`): its
frame holds an inner frame with the page of :func:`pipeline.render.render_html`.
The tests find an actor's or a link's place on the canvas through the
page's vis-network instance (``getPositions`` + ``canvasToDOM``), click
there with the mouse, and wait for the app's detail panel
(``div.selection-detail``) to show the matching evidence: as many sentences
as :func:`pipeline.evidence.evidence_count` gives for the actor or the pair.
A double click expands an actor: its neighbours are drawn and the URL holds
``expand``, and the actor stays selected in the redrawn page. No request leaves the machine, no console error appears, and on
hostile data no click runs anything.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import evidence, graphdata
from pipeline.graph import filter_graph
from pipeline.selection import expand_view
from pipeline.viewstate import ViewState

from pipeline.export import read_json

from .app_fixtures import write_graph_dir
from .browser_support import graph_frame, missing_browser, serve_app
from .test_browser import INJECTED, Recorder, browser, shoot  # noqa: F401 - browser is a fixture

pytestmark = [pytest.mark.browser, pytest.mark.skipif(missing_browser() is not None, reason=missing_browser() or "")]

# The midpoint of each drawn link, in the page's DOM coordinates, when that
# point hits the link and no actor (so a click there selects the link).
EDGE_POINTS = """() => {
  const net = window.network;
  const positions = net.getPositions();
  const out = [];
  for (const edge of net.body.data.edges.get()) {
    const a = positions[edge.from], b = positions[edge.to];
    const point = net.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
    if (net.getNodeAt(point) === undefined && net.getEdgeAt(point) === edge.id) {
      out.push({from: String(edge.from), to: String(edge.to), x: point.x, y: point.y});
    }
  }
  return out;
}"""


def _offset(page, frame) -> tuple[float, float]:
    """Where the frame's ``#graph`` element starts in the page's viewport."""
    box = frame.frame_element().bounding_box()
    graph = frame.eval_on_selector("#graph", "el => { const r = el.getBoundingClientRect(); return {x: r.left, y: r.top}; }")
    return box["x"] + graph["x"], box["y"] + graph["y"]


def node_point(page, frame, node: str) -> tuple[float, float]:
    """``node``'s centre in the page's viewport (checked to hit ``node``, not an actor drawn over it)."""
    point = frame.evaluate(
        "(id) => { const n = window.network; const p = n.canvasToDOM(n.getPositions([id])[id]); return {x: p.x, y: p.y, hit: n.getNodeAt(p)}; }", node
    )
    assert point["hit"] == node, f"a click on {node}'s centre would hit {point['hit']}"
    x, y = _offset(page, frame)
    return x + point["x"], y + point["y"]


def edge_point(page, frame) -> tuple[str, str, float, float]:
    """A link whose midpoint a click selects, and that point in the page's viewport."""
    points = frame.evaluate(EDGE_POINTS)
    assert points, "no link midpoint is clear of the actors"
    x, y = _offset(page, frame)
    first = points[0]
    return first["from"], first["to"], x + first["x"], y + first["y"]


def detail(page, kind: str, source: str, target: str = ""):
    """The detail panel for this selection, once it is shown."""
    locator = page.locator(f'div.selection-detail[data-kind="{kind}"][data-source="{source}"][data-target="{target}"]')
    locator.wait_for(timeout=20_000)
    return locator


@pytest.fixture(scope="module", params=["files", "store"])
def plain_dir(request, tmp_path_factory) -> Path:
    """The build read from its graph files, and queried from its store."""
    return write_graph_dir(tmp_path_factory.mktemp(f"click-graph-{request.param}"), 10, store=request.param == "store")


@pytest.fixture(scope="module", params=["files", "store"])
def hostile_dir(request, tmp_path_factory) -> Path:
    return write_graph_dir(tmp_path_factory.mktemp(f"click-hostile-{request.param}"), 6, hostile=True, store=request.param == "store")


def test_click_node_edge_and_expand(browser, plain_dir, tmp_path):
    G = read_json(plain_dir / "graph.json")  # the reference, with its evidence
    state = ViewState(physics=False, max_nodes=4)
    matching = filter_graph(G, **state.filter_kwargs())
    drawn = filter_graph(G, **state.filter_kwargs(max_nodes=True))
    node = max(drawn, key=lambda n: (matching.degree(n), n))
    grown = expand_view(matching, drawn, [node])
    assert grown.number_of_nodes() > drawn.number_of_nodes()  # the expansion shows something new

    with serve_app(plain_dir, env={"APP_WORK_DIR": str(tmp_path / "work")}) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1400})
        page = context.new_page()
        seen = Recorder(page)
        page.goto(url + "/?v=2&physics=off&max_nodes=4")
        frame, stats = graph_frame(page, lambda s: s["nodes"] == drawn.number_of_nodes())
        page.get_by_text("Click an actor for its evidence").wait_for()

        # a node
        page.mouse.click(*node_point(page, frame, node))
        panel = detail(page, "node", node)
        count = evidence.evidence_count(matching, node)
        assert panel.get_attribute("data-count") == str(count)
        assert panel.locator("div.evidence > div").count() == min(count, 50)
        first = evidence.evidence_rows(matching, node, limit=1)[0]["sentence"]
        assert " ".join(first.split()) in " ".join(panel.inner_text().split())
        shoot(page, tmp_path, "click-node.png")

        # a link
        frame, _ = graph_frame(page)
        u, v, x, y = edge_point(page, frame)
        page.mouse.click(x, y)
        a, b = sorted((u, v))
        panel = detail(page, "edge", a, b)
        assert panel.get_attribute("data-count") == str(evidence.evidence_count(matching, a, b))

        # a double click expands: the neighbours are drawn, the URL keeps it
        frame, _ = graph_frame(page)
        page.mouse.dblclick(*node_point(page, frame, node))
        frame, stats = graph_frame(page, lambda s: s["nodes"] == grown.number_of_nodes())
        assert stats["edges"] == grown.number_of_edges()
        page.wait_for_function("(id) => new URLSearchParams(location.search).getAll('expand').includes(id)", arg=node, timeout=10_000)
        detail(page, "node", node)
        frame.wait_for_function("(id) => window.network.getSelectedNodes().includes(id)", arg=node, timeout=10_000)  # still marked after the redraw
        shoot(page, tmp_path, "click-expand.png")
        context.close()

    assert seen.remote() == [], f"requests left the machine: {seen.remote()[:5]}"
    assert seen.errors == [], seen.errors
    assert seen.dialogs == []


def test_clicks_on_hostile_data_run_nothing(browser, hostile_dir, tmp_path):
    with serve_app(hostile_dir, env={"APP_WORK_DIR": str(tmp_path / "work")}) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1400})
        page = context.new_page()
        seen = Recorder(page)
        page.goto(url + "/?v=2&focus=lavrov&physics=off")
        frame, _ = graph_frame(page)
        page.mouse.click(*node_point(page, frame, "lavrov"))
        panel = detail(page, "node", "lavrov")
        assert "<script>alert(1)</script>" in page.locator("div.selection-title").first.inner_text()  # the name, as text
        assert "<img src=x onerror=alert(1)>" in panel.inner_text() or "</script><script>alert(1)</script>" in panel.inner_text()

        frame, _ = graph_frame(page)
        u, v, x, y = edge_point(page, frame)
        page.mouse.click(x, y)
        detail(page, "edge", *sorted((u, v)))

        frame, _ = graph_frame(page)
        page.mouse.dblclick(*node_point(page, frame, "kerry" if "kerry" in (u, v) else u))
        page.wait_for_function("() => new URLSearchParams(location.search).has('expand')", timeout=20_000)
        graph_frame(page)
        page.wait_for_timeout(500)  # let any injected handler fire
        bad = [b for f in page.frames if not f.is_detached() for b in f.evaluate(INJECTED)]
        shoot(page, tmp_path, "click-hostile.png")
        context.close()

    assert bad == [], bad
    assert seen.dialogs == [], seen.dialogs
    assert seen.remote() == [], seen.remote()[:5]
    assert seen.errors == [], seen.errors


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    """The render tests' payload corpus (names, types, sentences, triggers) as a build folder."""
    from pipeline.export import write_all

    from .test_render import hostile_graph

    folder = tmp_path_factory.mktemp("click-corpus")
    write_all(hostile_graph(), folder)
    return folder


def test_clicking_every_payload_runs_nothing(browser, corpus_dir, tmp_path):
    from .test_render import PAYLOADS, hostile_graph

    G = hostile_graph()
    with serve_app(corpus_dir, env={"APP_WORK_DIR": str(tmp_path / "work")}) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1400})
        page = context.new_page()
        seen = Recorder(page)
        page.goto(url + "/?v=2&physics=on")  # physics spreads the tiny graph: the shared layout may stack two actors
        frame, stats = graph_frame(page, lambda s: s["nodes"] == G.number_of_nodes())
        shown = []
        for node in G:
            frame, _ = graph_frame(page)
            page.mouse.click(*node_point(page, frame, node))
            detail(page, "node", node)
            shown.append(page.locator("div.selection-title").first.inner_text())
        frame, _ = graph_frame(page)
        u, v, x, y = edge_point(page, frame)
        page.mouse.click(x, y)
        detail(page, "edge", *sorted((u, v)))
        page.wait_for_timeout(500)  # let any injected handler fire
        bad = [b for f in page.frames if not f.is_detached() for b in f.evaluate(INJECTED)]
        context.close()

    assert [" ".join(s.split()) for s in shown[:5]] == [" ".join(p.split()) for p in PAYLOADS[:5]]  # names shown as text
    assert bad == [], bad
    assert seen.dialogs == [], seen.dialogs
    assert seen.remote() == [], seen.remote()[:5]
    assert seen.errors == [], seen.errors
