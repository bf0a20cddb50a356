"""The explorer in a real browser: Streamlit server + Debian's Chromium via Playwright.

* the graph is drawn inside the component iframe (a canvas), with the node
  count of :func:`pipeline.graph.filter_graph`; a filter set through the URL
  and one set by typing into the sidebar change it, and the URL follows;
* no request leaves the machine and the console stays free of errors;
* hostile names, titles and sentences (script, img/onerror, svg/onload,
  ``javascript:`` and quote-breaking payloads) run nothing and inject no
  element: in the app, its evidence panel and article reader, the graph
  tooltips, and the downloaded standalone HTML page.

Screenshots go to a temporary folder and, when ``SCREENSHOT_DIR`` is set,
there too.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from pipeline import graphdata, viewstate
from pipeline.graph import filter_graph
from pipeline.viewstate import ViewState

from .app_fixtures import write_graph_dir
from .browser_support import graph_frame, is_local, launch_chromium, missing_browser, serve_app

pytestmark = [pytest.mark.browser, pytest.mark.skipif(missing_browser() is not None, reason=missing_browser() or "")]

INJECTED = """() => {
  const doc = document;
  const bad = [];
  for (const el of doc.querySelectorAll('img, svg, iframe:not([title]), a, [onerror], [onload], [onclick], [onmouseover]')) {
    const src = el.getAttribute('src') || '';
    const href = el.getAttribute('href') || '';
    if (el.hasAttribute('onerror') || el.hasAttribute('onload') || el.hasAttribute('onclick') || el.hasAttribute('onmouseover')
        || src === 'x' || /^\\s*javascript:/i.test(href)) {
      bad.push(el.outerHTML.slice(0, 120));
    }
  }
  for (const s of doc.querySelectorAll('script')) {
    if ((s.type || '').toLowerCase() !== 'application/json' && s.textContent.includes('alert(1)')) {
      bad.push('script: ' + s.textContent.slice(0, 120));
    }
  }
  return bad;
}"""


def shoot(page, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    page.screenshot(path=str(path))
    target = os.environ.get("SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / name)
    assert path.stat().st_size > 10_000
    return path


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = launch_chromium(pw)
        yield chromium
        chromium.close()


class Recorder:
    """Every request, console error, page error and dialog of a page."""

    def __init__(self, page):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

        def dialog(d):
            self.dialogs.append(f"{d.type}: {d.message}")
            d.dismiss()

        page.on("dialog", dialog)

    def remote(self) -> list[str]:
        return [u for u in self.requests if not is_local(u)]


@pytest.fixture(scope="module")
def plain_dir(tmp_path_factory) -> Path:
    return write_graph_dir(tmp_path_factory.mktemp("browser-graph"), 10)


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    return write_graph_dir(tmp_path_factory.mktemp("browser-hostile"), 6, hostile=True)


def test_graph_draws_filters_and_stays_offline(browser, plain_dir, tmp_path):
    G = graphdata.load_graph_dir(plain_dir).graph
    every = filter_graph(G, **ViewState().filter_kwargs(max_nodes=True))
    people = ViewState(actor_types=("PER",), max_nodes=5)
    few = filter_graph(G, **people.filter_kwargs(max_nodes=True))
    searched = filter_graph(G, **ViewState(search="لافروف").filter_kwargs(max_nodes=True))
    assert len({every.number_of_nodes(), few.number_of_nodes(), searched.number_of_nodes()}) == 3

    with serve_app(plain_dir, env={"APP_WORK_DIR": str(tmp_path / "work")}) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        seen = Recorder(page)
        start = time.monotonic()
        page.goto(url + "/")
        frame, stats = graph_frame(page)
        opened = time.monotonic() - start
        frame.wait_for_selector("#graph canvas")
        assert stats["nodes"] == every.number_of_nodes() and stats["edges"] == every.number_of_edges()
        assert frame.get_attribute("#graph", "data-node-count") == str(every.number_of_nodes())
        assert frame.get_attribute("#graph", "dir") == "rtl"
        assert frame.evaluate("() => window.network.body.data.nodes.length") == every.number_of_nodes()
        shoot(page, tmp_path, "app-default.png")

        # a filter through the URL
        page.goto(url + "/?" + "&".join(f"{k}={v}" for k, vs in people.to_query_params().items() for v in (vs if isinstance(vs, list) else [vs])))
        frame, stats = graph_frame(page, lambda s: s["nodes"] == few.number_of_nodes())
        assert stats["totalNodes"] == filter_graph(G, **people.filter_kwargs()).number_of_nodes()

        # a filter typed into the sidebar; the URL follows
        page.goto(url + "/")
        graph_frame(page, lambda s: s["nodes"] == every.number_of_nodes())
        box = page.get_by_label("Search actors", exact=True).and_(page.locator("input"))
        box.fill("لافروف")
        box.press("Enter")
        frame, stats = graph_frame(page, lambda s: s["nodes"] == searched.number_of_nodes())
        page.wait_for_function("() => decodeURIComponent(location.search).includes('q=لافروف')", timeout=10_000)
        shoot(page, tmp_path, "app-search.png")

        page.get_by_role("tab", name="Evidence").click()
        page.locator("div.evidence mark").locator("visible=true").first.wait_for()
        page.get_by_role("tab", name="Article reader").click()
        page.locator("div[dir=rtl] mark").locator("visible=true").first.wait_for()

        # the date window: move its start to its end (the last day only); the drawing follows
        page.goto(url + "/?co_mention=show&v=2")
        frame, stats = graph_frame(page)
        links = stats["edges"]
        thumb = page.locator('[data-testid="stSlider"]', has_text="Date window").get_by_role("slider").first
        thumb.focus()
        thumb.press("End")
        page.wait_for_function("() => location.search.includes('from=')", timeout=10_000)
        frame, stats = graph_frame(page, lambda s: s["edges"] != links)
        last_day = dict(item.split("=") for item in page.evaluate("() => location.search").lstrip("?").split("&"))
        window = ViewState(co_mentions=True, date_from=last_day["from"], date_to=last_day.get("to", ""))
        assert stats["edges"] == viewstate.view_graphs(G, window)[1].number_of_edges() < links
        context.close()

    assert seen.remote() == [], f"requests left the machine: {seen.remote()[:5]}"
    assert seen.errors == [], seen.errors
    assert seen.dialogs == []
    print(f"app opened and drew the graph in {opened:.2f} s")


def hover_node(page, frame, node: str) -> str:
    """Move the mouse over ``node`` in the drawing; return the tooltip's text."""
    point = frame.evaluate(
        "(id) => { const p = window.network.getPositions([id])[id]; return window.network.canvasToDOM(p); }", node
    )
    box = {"x": 0, "y": 0} if frame == page.main_frame else frame.frame_element().bounding_box()
    graph = frame.eval_on_selector("#graph", "el => { const r = el.getBoundingClientRect(); return {x: r.left, y: r.top}; }")
    page.mouse.move(box["x"] + graph["x"] + point["x"], box["y"] + graph["y"] + point["y"])
    frame.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    return frame.inner_text("div.vis-tooltip")


def test_the_open_tab_fills_in_once_the_graph_is_drawn(browser, plain_dir, tmp_path):
    # First paint: the Actors tab waits for the drawing, which reports itself drawn and reruns the page.
    with serve_app(plain_dir, env={"APP_WORK_DIR": str(tmp_path / "work")}) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url + "/")
        graph_frame(page)
        page.get_by_text("actors match the filters").first.wait_for(timeout=20_000)
        assert page.get_by_text("Loading…").count() == 0
        page.close()


def test_hostile_data_runs_nothing(browser, hostile_dir, tmp_path):
    with serve_app(hostile_dir, env={"APP_WORK_DIR": str(tmp_path / "work")}) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1600}, accept_downloads=True)
        page = context.new_page()
        seen = Recorder(page)
        page.goto(url + "/?focus=lavrov&physics=off")
        frame, stats = graph_frame(page)
        assert stats["nodes"] > 1
        tooltip = hover_node(page, frame, "lavrov")
        assert "<script>alert(1)</script>" in tooltip  # shown as text
        assert frame.evaluate("() => document.querySelectorAll('div.vis-tooltip *:not(br)').length") == 0  # innerText: line breaks only

        page.get_by_role("tab", name="Evidence").click()
        page.locator("div.evidence mark").locator("visible=true").first.wait_for()
        assert "<img src=x onerror=alert(1)>" in page.inner_text("div.evidence")
        page.get_by_role("tab", name="Article reader").click()
        page.wait_for_function("() => document.body.innerText.includes('<svg onload=alert(1)>')")
        shoot(page, tmp_path, "app-hostile.png")

        page.get_by_role("tab", name="Export").click()
        with page.expect_download() as download:
            page.get_by_role("button", name="HTML page").click()
        exported = tmp_path / "exported.html"
        download.value.save_as(exported)
        page.wait_for_timeout(500)  # let any injected handler fire
        main_bad = page.evaluate(INJECTED)
        frame_bad = frame.evaluate(INJECTED) if not frame.is_detached() else []
        app_frames = [f for f in page.frames if f != page.main_frame]
        frame_bad += [b for f in app_frames if not f.is_detached() for b in f.evaluate(INJECTED)]
        context.close()

    assert main_bad == [] and frame_bad == [], (main_bad, frame_bad)
    assert seen.dialogs == [], seen.dialogs
    assert seen.remote() == [], seen.remote()[:5]
    assert seen.errors == [], seen.errors

    # the downloaded standalone page, opened from disk
    text = exported.read_text(encoding="utf-8")
    assert 'data-node-count="' in text
    context = browser.new_context()
    page = context.new_page()
    seen = Recorder(page)
    page.goto(exported.as_uri())
    page.wait_for_function("() => window.graphStats && window.graphStats.stabilizedMs !== null", timeout=15_000)
    tooltip = hover_node(page, page.main_frame, "lavrov")
    assert "<script>alert(1)</script>" in tooltip and "<svg onload=alert(1)>" in tooltip
    page.wait_for_timeout(300)
    bad = page.evaluate(INJECTED)
    scripts = page.evaluate("() => document.scripts.length")
    context.close()
    assert bad == []
    assert scripts == 3  # vis-network, the JSON data block, the start-up script
    assert seen.dialogs == [] and seen.errors == []
    assert [u for u in seen.requests if not u.startswith("file:")] == []
