"""Labels that fit (issue 10), in real Chromium: the standalone page of
:func:`pipeline.render.render_html` (the app's component shows the same page).

A hand-made graph with a dense cluster of long Arabic names: once the
drawing is frozen no two drawn labels overlap (boxes as vis-network draws
them, :data:`tests.browser_support.LABEL_BOXES`); zooming into the cluster
shows labels that were hidden, still without overlaps; a node whose label is
hidden names itself in its tooltip; nodes keep their places and colours.
"""
from __future__ import annotations

import networkx as nx
import pytest

from pipeline.render import render_html

from .browser_support import LABEL_BOXES, missing_browser, overlapping_labels
from .test_browser import browser, hover_node  # noqa: F401 - browser is a fixture

pytestmark = [pytest.mark.browser, pytest.mark.skipif(missing_browser() is not None, reason=missing_browser() or "")]

NAMES = ["المملكة العربية السعودية", "سلمان بن عبدالعزيز", "مجلس التعاون الخليجي", "تنظيم الدولة الإسلامية", "الولايات المتحدة"]


def dense_graph() -> tuple[nx.Graph, dict[str, tuple[float, float]]]:
    """36 actors packed 40 units apart, 8 more on a wide ring (so the fitted zoom is small)."""
    G = nx.Graph(articles=[{"id": "a1", "title": "", "source": "", "date": "", "url": ""}])
    positions = {}
    for i in range(44):
        node = f"n{i}"
        G.add_node(node, label=f"{NAMES[i % len(NAMES)]} {i}", type="PER", articles=["a1"], mentions=100 - i)
        positions[node] = (40.0 * (i % 6), 40.0 * (i // 6)) if i < 36 else (900.0 * (-1) ** i, 120.0 * (i - 40))
    for i in range(1, 44):
        G.add_edge("n0", f"n{i}", weight=1, relations={}, articles=["a1"], evidence=[])
    return G, positions


# Nodes drawn in another colour than their data's.
RECOLOURED = """() => window.network.body.data.nodes.get().filter(
  (n) => window.network.body.nodes[n.id].options.color.background !== (n.color.background || n.color)).map((n) => n.id)"""


def drawn(page) -> dict[str, dict]:
    return {b["id"]: b for b in page.evaluate(LABEL_BOXES)}


def open_page(browser, path, errors: list | None = None, **options):  # noqa: F811
    """The dense graph's page, drawn and frozen; page errors go into ``errors``."""
    G, positions = dense_graph()
    # coloured by community: vis-network's group (type) colour must not replace it
    path.write_text(render_html(G, physics=False, positions=positions, labels=30, color_by="community", **options), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    if errors is not None:
        page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("() => window.graphStats && window.graphStats.stabilizedMs !== null", timeout=15_000)
    return page


def test_labels_never_overlap_and_show_on_zoom_and_hover(browser, tmp_path):  # noqa: F811
    G, _ = dense_graph()
    errors: list[str] = []
    page = open_page(browser, tmp_path / "dense.html", errors)
    before = page.evaluate("() => window.network.getPositions()")

    shown = drawn(page)
    assert 3 <= len(shown) <= 30
    assert overlapping_labels(list(shown.values())) == []
    hidden = sorted(set(G) - set(shown), key=lambda n: int(n[1:]))
    assert any(int(n[1:]) < 36 for n in hidden)  # the cluster cannot show every name

    # zoom into the cluster: labels that were hidden appear, still apart
    page.evaluate("() => window.network.moveTo({position: {x: 100, y: 100}, scale: window.network.getScale() * 4})")
    page.wait_for_timeout(300)
    zoomed = drawn(page)
    assert set(zoomed) & set(hidden)
    assert overlapping_labels(list(zoomed.values())) == []

    # back to the whole drawing: a hidden label's node names itself on hover
    page.evaluate("() => window.network.fit({animation: false})")
    page.wait_for_timeout(300)
    assert overlapping_labels(list(drawn(page).values())) == []
    node = next(n for n in hidden if n not in drawn(page) and page.evaluate(
        "(id) => { const n = window.network; return n.getNodeAt(n.canvasToDOM(n.getPositions([id])[id])) === id; }", n))
    assert G.nodes[node]["label"] in hover_node(page, page.main_frame, node)

    assert page.evaluate("() => window.network.getPositions()") == before  # nodes stay where they were
    assert page.evaluate(RECOLOURED) == []
    assert errors == []
    page.close()


def test_the_focus_label_shows_first(browser, tmp_path):  # noqa: F811
    # n33 sits in the cluster and is among the weakest: without focus its label does not fit
    plain = open_page(browser, tmp_path / "plain.html")
    assert "n33" not in drawn(plain)
    plain.close()
    page = open_page(browser, tmp_path / "focus.html", focus="n33")
    shown = drawn(page)
    assert "n33" in shown and overlapping_labels(list(shown.values())) == []
    page.close()
