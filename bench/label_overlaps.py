"""Overlapping labels in the explorer's drawing, in real Chromium.

    python bench/label_overlaps.py [--graph graphs] [--screenshot shot.png]

Opens the app on ``--graph`` with its default view, waits for the drawing
to freeze, and reads the label boxes vis-network drew
(:data:`tests.browser_support.LABEL_BOXES`); then zooms in about the centre
(x1.5, x2, x3) and reads them again. Prints, for each zoom, the labels drawn
(and how many of them were not drawn at x1) and the overlapping pairs (a few named).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser_support import (  # noqa: E402
    LABEL_BOXES, graph_frame, launch_chromium, missing_browser, overlapping_labels, serve_app,
)

ZOOMS = (1.0, 1.5, 2.0, 3.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", type=Path, default=ROOT / "graphs")
    parser.add_argument("--screenshot", type=Path, help="save a PNG of the default view here")
    parser.add_argument("--query", default="", help="view settings as the app's URL query (physics=on, labels=60)")
    parser.add_argument("--viewport", default="1280x900", help="browser window, WIDTHxHEIGHT px")
    args = parser.parse_args()
    reason = missing_browser()
    if reason:
        sys.exit(f"cannot measure: {reason}")
    from playwright.sync_api import sync_playwright

    with serve_app(args.graph) as url, sync_playwright() as pw:
        browser = launch_chromium(pw)
        width, height = (int(v) for v in args.viewport.split("x"))
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(f"{url}/?{args.query}")
        frame, stats = graph_frame(page, timeout=60)
        page.wait_for_timeout(500)
        if args.screenshot:
            page.screenshot(path=str(args.screenshot))
        fit = frame.evaluate("() => window.network.getScale()")
        first: set[str] = set()
        for zoom in ZOOMS:
            frame.evaluate("(s) => window.network.moveTo({scale: s})", fit * zoom)
            page.wait_for_timeout(200)
            boxes = frame.evaluate(LABEL_BOXES)
            first = first or {b["id"] for b in boxes}
            pairs = overlapping_labels(boxes)
            named = "; ".join(f"{a} / {b}" for a, b in pairs[:3])
            new = len({b["id"] for b in boxes} - first)
            print(f"zoom x{zoom:g}: {len(boxes)} labels drawn ({new} not drawn at x1), {len(pairs)} overlapping pairs {named}")
        browser.close()
    print(f"{stats['nodes']} actors drawn")


if __name__ == "__main__":
    main()
