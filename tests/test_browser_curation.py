"""Curation through the app in a real browser: Streamlit server + Debian's Chromium.

On a small written graph, through the UI only:

* from a node's detail panel (click the actor in the drawing, open
  "Correct this actor"): merge it with another actor, and the drawing and the
  actor count lose one; rename it, and the detail and the drawing show the new
  label;
* from the Curate tab: block an actor, and it leaves the drawing; undo, and it
  is back.

The decision file the app writes (``CURATION_DIR/curation.yaml``) holds the
kept decisions with who, when and why. No request leaves the machine and no
console error appears.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from pipeline import graphdata
from pipeline.actors.curation import Decision
from pipeline.curation_view import curate_graph
from pipeline.graph import filter_graph
from pipeline.viewstate import ViewState

from .app_fixtures import write_graph_dir
from .browser_support import graph_frame, missing_browser, serve_app
from .test_browser import Recorder, browser, shoot  # noqa: F401 - browser is a fixture
from .test_browser_click import detail, node_point

pytestmark = [pytest.mark.browser, pytest.mark.skipif(missing_browser() is not None, reason=missing_browser() or "")]

WHO = "curation-tester"
NEW_LABEL = "جون فوربس كيري"
STATE = ViewState(physics=False)
NODE_DATA = "(id) => { const n = window.network.body.data.nodes.get(id); return n ? JSON.stringify(n) : null; }"


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory) -> Path:
    return write_graph_dir(tmp_path_factory.mktemp("curation-graph"), 10)


def drawn_count(G) -> int:
    """How many actors the app draws of ``G`` in the default view (physics off)."""
    return filter_graph(G, **STATE.filter_kwargs(max_nodes=True)).number_of_nodes()


def wait_drawn(page, count: int):
    """The drawing's frame once it shows ``count`` actors."""
    frame, _ = graph_frame(page, lambda s: s["nodes"] == count)
    return frame


def actor_total(page, count: int) -> None:
    """Wait for the page's summary to give ``count`` actors in the open graph."""
    page.get_by_text(f", {count} actors, ").wait_for(timeout=30_000)


IDLE = """() => !document.querySelector('[data-stale="true"], [data-testid="stStatusWidgetRunningIcon"], [data-testid="stStatusWidgetRunningManIcon"]')"""


def idle(page) -> None:
    """Wait until the app has finished its run (no stale element, no running icon)."""
    page.wait_for_timeout(300)  # let a rerun the last action asked for begin
    page.wait_for_function(IDLE, timeout=30_000)


def one(locator):
    """``locator`` once it matches a single element: while a rerun is under way Streamlit
    still shows the old widgets beside ones with new keys."""
    from playwright.sync_api import expect

    expect(locator).to_have_count(1, timeout=30_000)
    return locator


def pick(page, box, text: str) -> None:
    """Choose the option of a Streamlit multiselect ``box`` whose label contains ``text``."""
    idle(page)
    box.click()
    page.keyboard.type(text)
    page.get_by_role("option").filter(has_text=text).first.click()
    page.keyboard.press("Escape")


def give_why(form, why: str) -> None:
    """Type the reason and wait for the preview to carry it (the app has read it)."""
    idle(form.page)
    box = one(form.get_by_label("Why"))
    box.fill(why)
    box.press("Enter")
    form.get_by_text(f"{WHO}, now: {why}").wait_for(timeout=30_000)


def correct_form(page):
    """The open "Correct this actor" expander of the detail panel."""
    form = page.locator('[data-testid="stExpander"]').filter(has_text="Correct this actor")
    form.wait_for()
    if not form.get_by_text("Correction").is_visible():
        form.get_by_text("Correct this actor").click()
    form.get_by_text("Correction").wait_for()
    return form


def merge_from_detail(page, keep: str, other: str) -> None:
    form = correct_form(page)
    pick(page, form.locator('[data-testid="stMultiSelect"]'), f"— {other}")
    give_why(form, "the same man, two ids")
    form.get_by_role("button", name="Apply").click()
    page.get_by_text(f"Applied: merge {keep} + {other}").wait_for(timeout=30_000)


def rename_from_detail(page, node: str) -> None:
    form = correct_form(page)
    form.get_by_text("Rename", exact=True).click()
    label = form.get_by_label("New Arabic label")
    label.wait_for()
    one(label).fill(NEW_LABEL)
    label.press("Enter")
    give_why(form, "his full name")
    form.get_by_role("button", name="Apply").click()
    page.get_by_text(f"Applied: rename {node}").wait_for(timeout=30_000)


def curate_tab(page):
    page.get_by_role("tab", name="Curate").click()
    panel = page.locator('[role="tabpanel"]').filter(has_text="Review queue")
    panel.get_by_text("Pick actors").wait_for()
    return panel


def block_in_tab(page, node: str) -> None:
    panel = curate_tab(page)
    panel.get_by_text("block", exact=True).click()
    panel.get_by_text("Pick one actor.").wait_for()
    pick(page, one(panel.locator('[data-testid="stMultiSelect"]')), f"— {node}")
    give_why(panel, "not an actor here")
    panel.get_by_role("button", name="Apply").click()
    page.get_by_text(f"Applied: block {node}").wait_for(timeout=30_000)


def undo_in_tab(page, node: str) -> None:
    panel = curate_tab(page)
    panel.get_by_role("button", name="Undo the last decision").click()
    page.get_by_text(f"Undone: block {node}").wait_for(timeout=30_000)


def test_merge_rename_block_and_undo_in_chromium(browser, graph_dir, tmp_path):
    G = graphdata.load_graph_dir(graph_dir).graph
    merged, _ = curate_graph(G, [Decision("merge", ("kerry", "lavrov"))])
    drawn = filter_graph(merged, **STATE.filter_kwargs(max_nodes=True))
    place = sorted(n for n in drawn if G.nodes[n]["type"] == "LOC")[0]
    blocked, _ = curate_graph(merged, [Decision("block", (place,))])
    assert {"kerry", "lavrov"} <= set(filter_graph(G, **STATE.filter_kwargs(max_nodes=True)))
    assert drawn_count(merged) == drawn_count(G) - 1 and drawn_count(blocked) == drawn_count(merged) - 1

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    env = {"APP_WORK_DIR": str(tmp_path / "work"), "CURATION_DIR": str(corpus), "USER": WHO}
    with serve_app(graph_dir, env=env) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1600})
        page = context.new_page()
        seen = Recorder(page)
        page.goto(url + "/?v=2&physics=off")
        frame = wait_drawn(page, drawn_count(G))
        actor_total(page, G.number_of_nodes())

        # the node-detail path: click Kerry, merge Lavrov into him, rename him
        page.mouse.click(*node_point(page, frame, "kerry"))
        detail(page, "node", "kerry")
        merge_from_detail(page, "kerry", "lavrov")
        frame = wait_drawn(page, drawn_count(merged))
        actor_total(page, G.number_of_nodes() - 1)
        assert frame.evaluate(NODE_DATA, "lavrov") is None and frame.evaluate(NODE_DATA, "kerry")
        shoot(page, tmp_path, "curation-merge.png")

        rename_from_detail(page, "kerry")
        page.locator("div.selection-title").filter(has_text=NEW_LABEL).wait_for(timeout=30_000)
        frame, _ = graph_frame(page, lambda s: True)
        frame.wait_for_function(f"(id) => ({NODE_DATA})(id).includes({NEW_LABEL!r})", arg="kerry", timeout=30_000)
        assert one(correct_form(page).get_by_label("Why")).input_value() == ""  # a fresh form after applying

        # the Curate tab: block a place, then undo
        block_in_tab(page, place)
        frame = wait_drawn(page, drawn_count(blocked))
        assert frame.evaluate(NODE_DATA, place) is None
        shoot(page, tmp_path, "curation-block.png")
        undo_in_tab(page, place)
        frame = wait_drawn(page, drawn_count(merged))
        assert frame.evaluate(NODE_DATA, place) is not None
        context.close()

    decisions = yaml.safe_load((corpus / "curation.yaml").read_text(encoding="utf-8"))["decisions"]
    assert [(d["op"], d.get("ids") or d.get("id"), d["why"]) for d in decisions] == [
        ("merge", ["kerry", "lavrov"], "the same man, two ids"),
        ("rename", "kerry", "his full name"),
    ]
    assert decisions[1]["label"] == NEW_LABEL
    assert all(d["who"] == WHO for d in decisions)
    assert all(dt.datetime.fromisoformat(d["when"]).tzinfo is not None for d in decisions)
    assert seen.remote() == [], f"requests left the machine: {seen.remote()[:5]}"
    assert seen.errors == [], seen.errors
    assert seen.dialogs == []
