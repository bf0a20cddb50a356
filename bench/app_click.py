"""Time from a click in the drawing to the answer, in real Chromium.

    python bench/app_click.py [--graph graphs] [--runs 3]

Starts ``streamlit run graph_app.py`` once, opens the explorer with physics
off, and for each run times: a click on the most linked drawn actor → its
detail panel; a click on a link → the pair's evidence; a double click on
the actor → the redrawn, frozen graph with its neighbours (then Collapse).
Prints each run and the medians.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser_support import graph_frame, launch_chromium, missing_browser, serve_app  # noqa: E402
from tests.test_browser_click import detail, edge_point, node_point  # noqa: E402


# The most linked drawn actor that a click on its centre hits (hubs overlap).
HITTABLE_HUB = """() => {
  const n = window.network;
  const ranked = n.body.data.nodes.getIds().map(id => [n.getConnectedEdges(id).length, id]).sort((a, b) => b[0] - a[0]);
  for (const [, id] of ranked) {
    if (n.getNodeAt(n.canvasToDOM(n.getPositions([id])[id])) === id) { return id; }
  }
  return null;
}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--graph", type=Path, default=ROOT / "graphs")
    args = parser.parse_args()
    reason = missing_browser()
    if reason:
        sys.exit(f"cannot measure: {reason}")
    from playwright.sync_api import sync_playwright

    timings: dict[str, list[float]] = {"node": [], "edge": [], "expand": []}
    with serve_app(args.graph) as url, sync_playwright() as pw:
        browser = launch_chromium(pw)
        page = browser.new_page(viewport={"width": 1400, "height": 1400})
        page.goto(url + "/?physics=off")
        frame, stats = graph_frame(page, timeout=120)
        node = frame.evaluate(HITTABLE_HUB)
        for run in range(args.runs):
            frame, stats = graph_frame(page, timeout=120)
            start = time.perf_counter()
            page.mouse.click(*node_point(page, frame, node))
            detail(page, "node", node)
            timings["node"].append(time.perf_counter() - start)

            u, v, x, y = edge_point(page, frame)
            start = time.perf_counter()
            page.mouse.click(x, y)
            detail(page, "edge", *sorted((u, v)))
            timings["edge"].append(time.perf_counter() - start)

            before = stats["nodes"]
            start = time.perf_counter()
            page.mouse.dblclick(*node_point(page, frame, node))
            _, grown = graph_frame(page, lambda s: s["nodes"] > before, timeout=120)
            timings["expand"].append(time.perf_counter() - start)
            print(
                f"run {run + 1}: node {timings['node'][-1]:.2f}s, edge {timings['edge'][-1]:.2f}s, "
                f"expand {timings['expand'][-1]:.2f}s ({before} → {grown['nodes']} actors drawn)"
            )
            page.get_by_role("button", name="Collapse").first.click()
            graph_frame(page, lambda s: s["nodes"] == before, timeout=120)
        browser.close()
    print("median: " + ", ".join(f"{k} {statistics.median(v):.2f}s" for k, v in timings.items()))


if __name__ == "__main__":
    main()
