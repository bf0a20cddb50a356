"""A PNG of a drawing page, made server-side with headless Chromium.

:func:`png_of_page` writes a page from :func:`pipeline.render.render_html`
to a temporary folder and asks Chromium for a screenshot
(``chromium --headless --screenshot``). The page loads nothing from the
network, so neither does Chromium; its profile is a temporary folder,
removed afterwards. Chromium is ``$CHROMIUM``, else the first of
``chromium``, ``chromium-browser``, ``google-chrome`` on the ``PATH``.

The layout must be settled when the picture is taken: draw with
``physics=False`` (a seeded layout, drawn at once) for a picture that is
the same every time; with physics on, Chromium runs the page's virtual
clock for ``settle_ms`` first (layout frozen after 200 iterations).

>>> from pipeline.graph import _example
>>> from pipeline.render import render_html
>>> png = png_of_page(render_html(_example(), physics=False))  # doctest: +SKIP
>>> png[:8] == b"\\x89PNG\\r\\n\\x1a\\n"  # doctest: +SKIP
True
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

__all__ = ["png_of_page", "find_chromium", "ChromiumMissing"]

CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class ChromiumMissing(FileNotFoundError):
    """No Chromium to take the screenshot with."""


def find_chromium() -> str:
    """Path of the Chromium to use; raises :class:`ChromiumMissing` with the fix."""
    wanted = os.environ.get("CHROMIUM")
    if wanted:
        if Path(wanted).is_file():
            return wanted
        raise ChromiumMissing(f"CHROMIUM={wanted!r} is not a file; point it at a Chromium binary")
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise ChromiumMissing("no Chromium found for the PNG export: install it (Debian: apt-get install chromium) or set CHROMIUM")


def png_of_page(page: str, *, width: int = 1200, height: int = 800, settle_ms: int = 5000, timeout: float = 60) -> bytes:
    """Screenshot of an HTML page as PNG bytes.

    Parameters
    ----------
    page : str
        A standalone page (e.g. :func:`pipeline.render.render_html`).
    width, height : int
        Window size in CSS pixels; the picture has this size.
    settle_ms : int
        Virtual time the page runs before the shot (physics layouts settle).
    timeout : float
        Seconds before Chromium is given up on.

    Returns
    -------
    bytes
        The PNG.

    Raises
    ------
    ChromiumMissing
        No Chromium (see :func:`find_chromium`).
    RuntimeError
        Chromium ran but wrote no PNG; the message holds its last output.
    """
    chromium = find_chromium()
    with tempfile.TemporaryDirectory(prefix="snapshot-") as tmp:
        folder = Path(tmp)
        source = folder / "page.html"
        source.write_text(page, encoding="utf-8")
        out = folder / "page.png"
        args = [
            chromium,
            "--headless",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-sync",
            "--mute-audio",
            f"--user-data-dir={folder / 'profile'}",
            f"--window-size={int(width)},{int(height)}",
            f"--virtual-time-budget={int(settle_ms)}",
            f"--screenshot={out}",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
        args.append(source.as_uri())
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
        data = out.read_bytes() if out.is_file() else b""
    if not data.startswith(PNG_MAGIC):
        tail = (done.stderr or done.stdout or "").strip().splitlines()[-3:]
        raise RuntimeError(f"Chromium wrote no PNG (exit {done.returncode}): {' | '.join(tail)}")
    return data
