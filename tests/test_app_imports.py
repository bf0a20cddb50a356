"""The explorer never imports the NER model: an upload goes through ``pipeline.build``.

Each check runs the app (Streamlit's AppTest, every tab opened once) in a
fresh Python process, so no other test's imports hide an import the app
makes, and reports which of the heavy modules are then loaded.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .app_fixtures import write_graph_dir

pytest.importorskip("streamlit.testing.v1")

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("pipeline.ner", "stanza", "torch")
TABS = ("Actors", "Timeline", "Evidence", "Paths", "Article reader", "Export", "Add articles", "Curate")

PROBE = """
import json, sys
from streamlit.testing.v1 import AppTest
for name in sys.argv[3:]:
    __import__(name)  # a module the check must then report (proves the probe can fail)
at = AppTest.from_file(sys.argv[1], default_timeout=120).run()
assert not at.exception, at.exception
for tab in json.loads(sys.argv[2]):
    at.session_state["w_tab"] = tab
    at.run()
    assert not at.exception, (tab, at.exception)
heavy = {"pipeline.ner", "stanza", "torch"}
print(json.dumps(sorted(m for m in sys.modules if m in heavy or m.split(".")[0] in heavy)))
"""


def heavy_modules(graph_dir: Path, work: Path, preload: tuple[str, ...] = ()) -> list[str]:
    """The heavy modules loaded after the app's first run and a visit to every tab."""
    env = {**os.environ, "GRAPH_DIR": str(graph_dir), "APP_WORK_DIR": str(work), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(ROOT / "graph_app.py"), json.dumps(TABS), *preload],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory) -> Path:
    return write_graph_dir(tmp_path_factory.mktemp("graph"), 6)


def test_the_app_never_imports_the_ner_model(graph_dir, tmp_path):
    assert heavy_modules(graph_dir, tmp_path / "work") == []


def test_the_probe_sees_a_ner_import(graph_dir, tmp_path):
    # What the check above would report if the app (or a page module) imported the tagger.
    assert "pipeline.ner" in heavy_modules(graph_dir, tmp_path / "work", preload=("pipeline.ner",))

