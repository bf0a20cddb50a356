"""PNG of the drawing, taken server-side by headless Chromium (pipeline.snapshot)."""
from __future__ import annotations

import io

import pytest

from pipeline import snapshot
from pipeline.graph import _example
from pipeline.render import TYPE_COLORS, render_html

try:
    snapshot.find_chromium()
    MISSING = ""
except snapshot.ChromiumMissing as exc:
    MISSING = str(exc)


@pytest.mark.browser
@pytest.mark.skipif(bool(MISSING), reason=MISSING or "chromium")
def test_png_of_the_drawing_shows_the_actors():
    Image = pytest.importorskip("PIL.Image")
    png = snapshot.png_of_page(render_html(_example(), physics=False, height="600px"), width=900, height=640)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (900, 640)
    colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
    person = tuple(int(TYPE_COLORS["PER"][i : i + 2], 16) for i in (1, 3, 5))
    place = tuple(int(TYPE_COLORS["LOC"][i : i + 2], 16) for i in (1, 3, 5))
    assert person in colours and place in colours  # Kerry and Lavrov, Moscow: drawn, not a blank page


def test_missing_chromium_says_how_to_fix(monkeypatch, tmp_path):
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "no-such-browser"))
    with pytest.raises(snapshot.ChromiumMissing, match="CHROMIUM"):
        snapshot.png_of_page("<html></html>")


@pytest.mark.browser
@pytest.mark.skipif(bool(MISSING), reason=MISSING or "chromium")
def test_png_button_snippet_downloads_the_canvas(tmp_path):
    """app_paths.PNG_DOWNLOAD_JS, put into a drawing page, saves the canvas as a PNG."""
    from playwright.sync_api import sync_playwright

    from app_paths import PNG_DOWNLOAD_JS

    from .browser_support import launch_chromium

    page_html = render_html(_example(), physics=False).replace("</body>", f"<script>{PNG_DOWNLOAD_JS}</script>\n</body>")
    path = tmp_path / "page.html"
    path.write_text(page_html, encoding="utf-8")
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        context = browser.new_context(accept_downloads=True)
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_function("() => window.graphStats && window.graphStats.stabilizedMs !== null", timeout=15_000)
        with page.expect_download() as download:
            page.click("#save-png")
        saved = tmp_path / "saved.png"
        download.value.save_as(saved)
        name = download.value.suggested_filename
        context.close()
        browser.close()
    assert name == "actor-network.png"
    assert saved.read_bytes().startswith(snapshot.PNG_MAGIC) and saved.stat().st_size > 2_000
