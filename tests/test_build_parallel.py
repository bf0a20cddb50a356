"""A build with two workers writes the same files as with one, and a failed export child changes nothing.

With ``workers >= 2`` a forked child writes some formats (``CHILD_FORMATS``)
into the staging folder while the build writes the rest; these tests build
the seed corpus both ways and compare every file, then make the child fail.
"""
import json
import os
import shutil
import signal

import duckdb
import pytest

import pipeline.export
import pipeline.forkwork
from pipeline.build import build
from pipeline.errors import ExportError

from .conftest import ROOT

pytestmark = [pytest.mark.model, pytest.mark.skipif(not pipeline.forkwork.available(), reason="this platform cannot fork")]

CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    """Warm: both builds take every article from it, so their manifests' counts agree."""
    cache = tmp_path_factory.mktemp("cache")
    build(CORPUS, None, cache_dir=cache)
    return cache


def store_rows(path):
    """Every table of the store, sorted rows (its bytes differ between identical
    builds), without the time the store was written (``meta.created``)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables ORDER BY table_name").fetchall()]
        assert tables
        rows = {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables}
        rows["meta"] = sorted(map(repr, con.execute("SELECT * FROM meta WHERE key <> 'created'").fetchall()))
        assert rows["meta"]
        return rows
    finally:
        con.close()


def outputs(folder):
    """Each file's bytes; the manifest without its timings, the store by its rows."""
    found = {}
    for p in sorted(folder.iterdir()):
        if not p.is_file():
            continue
        if p.name == "build.json":
            manifest = json.loads(p.read_bytes())
            del manifest["stats"]["seconds"]
            found[p.name] = manifest
        elif p.suffix == ".duckdb":
            found[p.name] = store_rows(p)
        else:
            found[p.name] = p.read_bytes()
    return found


@pytest.fixture
def spy(monkeypatch):
    """What each build gave a forked child to write."""
    given = []
    real = pipeline.forkwork.forked

    def forked(work, what):
        given.append(what)
        return real(work, what)

    monkeypatch.setattr(pipeline.forkwork, "forked", forked)
    return given


@pytest.mark.parametrize("formats", [None, ["gexf", "json"]])
def test_two_workers_write_the_same_bytes_as_one(cache_dir, tmp_path, spy, formats):
    one, two = tmp_path / "one", tmp_path / "two"
    build(CORPUS, one, cache_dir=cache_dir, workers=1, formats=formats)
    assert spy == []
    build(CORPUS, two, cache_dir=cache_dir, workers=2, formats=formats)
    assert spy == ["graph.graphml, graph.gexf" if formats is None else "graph.gexf"]  # the child did write
    first, second = outputs(one), outputs(two)
    assert list(first) == list(second)
    for name in first:
        assert first[name] == second[name], name
    assert list(first["build.json"]["files"]) == list(second["build.json"]["files"])  # same order too
    assert not list(two.glob(".staging-*"))


@pytest.mark.parametrize("how", ["raises", "is killed"])
def test_a_failed_child_leaves_the_previous_files(cache_dir, tmp_path, monkeypatch, how):
    out = tmp_path / "out"
    build(CORPUS, out, cache_dir=cache_dir, workers=2)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    parent = os.getpid()

    def gexf(*args, **kwargs):  # the child's file, half-way through
        assert os.getpid() != parent, "graph.gexf is the child's to write"
        yield "<?xml"
        if how == "raises":
            raise RuntimeError("disk full")
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(pipeline.export, "iter_gexf", gexf)
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "002_2dcb032de962edab.txt").unlink()
    why = "RuntimeError: disk full" if how == "raises" else "killed by signal 9"
    with pytest.raises(ExportError, match=rf"writing graph\.graphml, graph\.gexf in a child process failed: {why}"):
        build(corpus, out, cache_dir=cache_dir, workers=2)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not list(out.glob(".staging-*"))


def test_a_failure_in_the_parent_while_the_child_writes_leaves_the_previous_files(cache_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(CORPUS, out, cache_dir=cache_dir, workers=2)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def crash(*args, **kwargs):
        yield "source,target\r\n"
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline.export, "iter_edges_csv", crash)  # one of the parent's files
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "002_2dcb032de962edab.txt").unlink()
    with pytest.raises(RuntimeError, match="disk full"):
        build(corpus, out, cache_dir=cache_dir, workers=2)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not list(out.glob(".staging-*"))
