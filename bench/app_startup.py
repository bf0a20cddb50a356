"""Time from opening the explorer to a drawn, frozen graph, in real Chromium.

    python bench/app_startup.py [--runs 5] [--graph graphs]

Starts ``streamlit run graph_app.py`` once, then for each run opens a new
browser page and times navigation → the graph's stabilisation (the first
run includes the server's cold start). Prints each run and the median.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--graph", type=Path, default=ROOT / "graphs")
    parser.add_argument("--screenshot", type=Path, help="save a PNG of the last run's page here")
    args = parser.parse_args()
    reason = missing_browser()
    if reason:
        sys.exit(f"cannot measure: {reason}")
    from playwright.sync_api import sync_playwright

    times = []
    with serve_app(args.graph) as url, sync_playwright() as pw:
        browser = launch_chromium(pw)
        for run in range(args.runs):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            start = time.perf_counter()
            page.goto(url)
            _, stats = graph_frame(page, lambda s: s.get("stabilizedMs") is not None, timeout=60)
            times.append(time.perf_counter() - start)
            print(f"run {run + 1}: {times[-1]:.2f}s to a frozen graph ({stats.get('nodes')} actors drawn)")
            if args.screenshot and run == args.runs - 1:
                page.wait_for_timeout(500)
                page.screenshot(path=str(args.screenshot), full_page=False)
            page.close()
        browser.close()
    print(f"first (cold server) {times[0]:.2f}s; median of the rest {statistics.median(times[1:] or times):.2f}s (target <= 3 s)")


if __name__ == "__main__":
    main()
