"""Run the app in a real Streamlit server and drive Debian's Chromium with Playwright.

Shared by ``tests/test_browser.py`` and ``bench/app_speed.py``. Playwright's
own browser downloads are not used: :func:`launch_chromium` starts
``/usr/bin/chromium`` (override with ``CHROMIUM``).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}
INERT_SCHEMES = ("data:", "blob:", "about:")


def missing_browser() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        return f"Chromium not found at {CHROMIUM} (Debian: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -r requirements.txt)"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve_app(graph_dir: Path, *, env: dict[str, str] | None = None, timeout: float = 60) -> Iterator[str]:
    """``streamlit run graph_app.py`` on a free port; yields its base URL."""
    port = free_port()
    environment = {**os.environ, "GRAPH_DIR": str(graph_dir), **(env or {})}
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "graph_app.py"),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none",
    ]
    log = open(Path(environment.get("APP_LOG", os.devnull)), "wb")
    process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {process.returncode} before serving")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not answer on {url} within {timeout:.0f} s")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def launch_chromium(playwright: Any):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)


def graph_frame(page: Any, predicate: Callable[[dict], bool] = lambda s: True, timeout: float = 30) -> tuple[Any, dict]:
    """The component frame whose drawing is frozen and whose window.graphStats passes ``predicate``."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        for frame in page.frames:
            if frame == page.main_frame:
                continue
            try:
                stats = frame.evaluate("() => (window.graphStats && window.graphStats.stabilizedMs !== null) ? window.graphStats : null")
            except Exception:  # a frame being replaced
                continue
            if stats:
                last = stats
                if predicate(stats):
                    return frame, stats
        page.wait_for_timeout(50)  # (not time.sleep: Playwright handles its events only inside its own calls)
    raise AssertionError(f"no frozen graph matching the condition within {timeout} s (last stats: {last})")


def is_local(url: str) -> bool:
    """True for loopback http(s)/ws(s) URLs and inert schemes (data:, blob:, about:)."""
    from urllib.parse import urlsplit

    if url.startswith(INERT_SCHEMES):
        return True
    parts = urlsplit(url)
    if parts.scheme == "file":
        return True
    return parts.scheme in ("http", "https", "ws", "wss") and (parts.hostname or "") in {h.strip("[]") for h in LOCAL_HOSTS}


# The label boxes vis-network draws, in the page's DOM (CSS px) coordinates:
# a fresh draw, then each node's label module where it is visible at the
# current zoom (vis-network skips labels under drawThreshold).
LABEL_BOXES = """() => {
  const net = window.network;
  net.redraw();
  const out = [];
  for (const id of net.body.nodeIndices) {
    const label = net.body.nodes[id].labelModule;
    if (!label.visible()) { continue; }
    const a = net.canvasToDOM({x: label.size.left, y: label.size.top});
    const b = net.canvasToDOM({x: label.size.left + label.size.width, y: label.size.top + label.size.height});
    out.push({id: String(id), text: label.elementOptions.label, x0: a.x, y0: a.y, x1: b.x, y1: b.y});
  }
  return out;
}"""


def overlapping_labels(boxes: list[dict], slack: float = 0.5) -> list[tuple[str, str]]:
    """Pairs of label boxes (from :data:`LABEL_BOXES`) that overlap by more than ``slack`` px both ways."""
    pairs = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > slack and min(a["y1"], b["y1"]) - max(a["y0"], b["y0"]) > slack:
                pairs.append((a["text"], b["text"]))
    return pairs
