"""kill -9 during a build leaves the previous output whole, and the next build completes.

A real build in a subprocess, with the real model, on the seed corpus plus one
article; killed at a few moments (early, while tagging, during the file
moves), then checked and rebuilt.
"""
import json
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.model

CORPUS = ROOT / "corpus"
NEW = (
    "---\ntitle: لقاء\ndate: 2016-07-27\n---\n"
    "التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في فيينتيان أمس وبحثا الأزمة السورية.\n"
)


def run_build(corpus, out, cache):
    return [sys.executable, "-m", "pipeline", "build", str(corpus), "--out", str(out), "--cache", str(cache), "--workers", "1"]


def files(folder):
    """Each file's bytes; the store (whose bytes differ between identical builds) by its graph."""
    return {p.name: store_content(p) if p.suffix == ".duckdb" else p.read_bytes() for p in folder.iterdir() if p.is_file()}


def store_content(path):
    from pipeline.export import generate_json
    from pipeline.store import Store

    with Store(path) as store:
        return generate_json(store.graph()).encode()


def readable(folder):
    """Every output file parses; the manifest names only files that exist."""
    json.loads((folder / "graph.json").read_bytes())
    json.loads((folder / "articles.json").read_bytes())
    ET.fromstring((folder / "graph.graphml").read_bytes())
    ET.fromstring((folder / "graph.gexf").read_bytes())
    manifest = folder / "build.json"
    if manifest.exists():
        for name in json.loads(manifest.read_bytes())["files"].values():
            assert (folder / name).is_file()


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """The corpus with a new article, the old output, and a clean build of the new corpus to compare with."""
    root = tmp_path_factory.mktemp("crash")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "new.txt").write_text(NEW, encoding="utf-8")
    old = root / "old"
    subprocess.run(run_build(CORPUS, old, root / "old-cache"), cwd=ROOT, check=True, capture_output=True)
    new = root / "new"
    subprocess.run(run_build(corpus, new, root / "new-cache"), cwd=ROOT, check=True, capture_output=True)
    return corpus, old, new


def kill_when(process, ready, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not ready() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait()


@pytest.mark.parametrize("moment", ["0.3 s", "1.5 s", "staging"])
def test_kill_9_leaves_the_previous_output_whole_and_the_next_build_completes(builds, tmp_path, moment):
    corpus, old, new = builds
    out, cache = tmp_path / "out", tmp_path / "cache"
    shutil.copytree(old, out)
    before, after = files(old), files(new)
    process = subprocess.Popen(run_build(corpus, out, cache), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if moment == "staging":  # the files are being written and moved into place
        kill_when(process, lambda: any(out.glob(".staging-*/graph.*")))
    else:
        start = time.monotonic()
        kill_when(process, lambda: time.monotonic() - start >= float(moment.split()[0]))
    assert process.returncode == -signal.SIGKILL, "the build ended before it was killed"
    now = files(out)
    for name, data in now.items():
        if name == "build.json" and data not in (before[name], after[name]):
            data = json.loads(data)["fingerprint"]  # the timings differ from run to run
            assert data in (json.loads(before[name])["fingerprint"], json.loads(after[name])["fingerprint"])
            continue
        assert data in (before.get(name), after.get(name)), f"{name} is neither the old nor the new file"
    assert set(before) - {"build.json"} <= set(now)
    readable(out)
    if "build.json" in now:  # a manifest only ever describes the files beside it
        current = before if now["build.json"] == before["build.json"] else after
        assert {k: v for k, v in now.items() if k != "build.json"} == {k: v for k, v in current.items() if k != "build.json"}
    rerun = subprocess.run(run_build(corpus, out, cache), cwd=ROOT, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    final = files(out)
    assert json.loads(final.pop("build.json"))["fingerprint"] == json.loads(after["build.json"])["fingerprint"]
    assert final == {k: v for k, v in after.items() if k != "build.json"}
    assert not list(out.glob(".staging-*"))
