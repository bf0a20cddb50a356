"""The Paths tab in real Chromium: pick two actors by name, see the paths drawn and their evidence."""
from __future__ import annotations

import pytest

from pipeline import graphdata
from pipeline.paths import find_paths, highlight

from .app_fixtures import write_graph_dir
from .browser_support import graph_frame, launch_chromium, missing_browser, serve_app
from .test_browser import INJECTED, Recorder

pytestmark = [pytest.mark.browser, pytest.mark.skipif(bool(missing_browser()), reason=missing_browser() or "")]


def pick(page, label: str, typed: str) -> None:
    """Type into a Streamlit selectbox and take the first match."""
    box = page.get_by_label(label, exact=True).and_(page.locator("input"))
    box.click()
    box.fill(typed)
    box.press("Enter")


@pytest.mark.parametrize("hostile", [False, True], ids=["plain", "hostile"])
def test_paths_are_drawn_and_listed(tmp_path, hostile):
    folder = write_graph_dir(tmp_path / "graph", 10, hostile=hostile)
    G = graphdata.load_graph_dir(folder).graph
    paths = find_paths(G, "kerry", "geneva", 3)
    assert paths and not G.has_edge("kerry", "geneva")
    marked = highlight(paths)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw, serve_app(folder, env={"APP_WORK_DIR": str(tmp_path / "work")}) as url:
        browser = launch_chromium(pw)
        context = browser.new_context(viewport={"width": 1400, "height": 1800})
        page = context.new_page()
        seen = Recorder(page)
        page.goto(url + "/")
        graph_frame(page)
        page.get_by_role("tab", name="Paths").click()
        # searchable by the English name (the Arabic one in the label too)
        pick(page, "From", "John Kerry" if not hostile else "svg onload")  # hostile: Kerry is named by a payload
        pick(page, "To", "Geneva")
        frame, stats = graph_frame(page, lambda s: s["nodes"] == len(marked["nodes"]))
        assert stats["edges"] == len(marked["edges"])
        drawn = set(frame.evaluate("() => window.network.body.data.nodes.getIds()"))
        assert drawn == set(marked["nodes"])
        page.locator("div.path").first.wait_for()
        text = page.inner_text("div.path >> nth=0")
        for hop in paths[0].hops:
            assert hop.evidence[0]["sentence"].split()[0] in text
        assert page.locator("div.path").count() == len(paths)
        page.wait_for_timeout(300)
        bad = page.evaluate(INJECTED) + [b for f in page.frames if f != page.main_frame and not f.is_detached() for b in f.evaluate(INJECTED)]
        context.close()
        browser.close()
    assert bad == []
    assert seen.dialogs == [] and seen.remote() == [] and seen.errors == [], (seen.dialogs, seen.remote()[:3], seen.errors)
