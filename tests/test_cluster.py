"""Tagging on a Dask cluster (two single-thread worker processes on localhost) gives the local build's graph."""
import shutil

import pytest

import pipeline.build
from pipeline.build import build
from pipeline.cluster import ClusterError, loaded_models
from pipeline.export import generate_json

from .conftest import ROOT
from .test_ingest import ADEN, ASSAD, BAN, CAMERON, COOK, IRAN, JUBEIR, KERRY, MOD, PENTAGON, RAIDS, front

pytestmark = pytest.mark.model

CORPUS = ROOT / "corpus"
TEXTS = {"kerry": KERRY, "cook": COOK, "mod": MOD, "raids": RAIDS, "iran": IRAN, "aden": ADEN,
         "cameron": CAMERON, "jubeir": JUBEIR, "ban": BAN, "assad": ASSAD, "pentagon": PENTAGON}


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        with distributed.Client(local) as client:
            yield local.scheduler_address, client


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """The seed articles and eleven more, so the work is split over both workers."""
    corpus = tmp_path_factory.mktemp("many")
    shutil.copytree(CORPUS, corpus, dirs_exist_ok=True)
    for i, (name, text) in enumerate(TEXTS.items()):
        (corpus / f"{name}.txt").write_text(front(name, f"2015-08-{i + 1:02d}") + text, encoding="utf-8")
    return corpus


@pytest.mark.parametrize("corpus", ["seed", "many"])
def test_a_cluster_build_equals_a_local_build(cluster, many, corpus, tmp_path, monkeypatch):
    address, client = cluster
    folder = CORPUS if corpus == "seed" else many
    monkeypatch.setattr(pipeline.build, "CHUNK", 2)  # several tasks, so both workers tag
    local = build(folder, tmp_path / "local", cache_dir=tmp_path / "local-cache", workers=1)
    remote = build(folder, tmp_path / "remote", cache_dir=tmp_path / "remote-cache", scheduler=address)
    assert remote.stats.tagged == local.stats.tagged == local.stats.articles
    assert generate_json(remote.graph) == generate_json(local.graph)
    assert (tmp_path / "remote" / "graph.json").read_bytes() == (tmp_path / "local" / "graph.json").read_bytes()
    # each worker loaded the model once, however many chunks it tagged
    assert set(client.run(loaded_models).values()) <= {0, 1}
    assert sum(client.run(loaded_models).values()) >= 1


def test_the_model_is_loaded_once_per_worker_for_many_chunks(cluster, many, tmp_path, monkeypatch):
    address, client = cluster
    monkeypatch.setattr(pipeline.build, "CHUNK", 1)
    result = build(many, None, cache_dir=tmp_path / "cache", scheduler=address)
    assert result.stats.tagged == 13
    assert client.run(loaded_models) and set(client.run(loaded_models).values()) == {1}


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr("pipeline.cluster.CONNECT_TIMEOUT", "1s")
    with pytest.raises(ClusterError, match=r"cannot reach the Dask scheduler at tcp://127.0.0.1:9 .*dask scheduler"):
        build(CORPUS, tmp_path / "out", cache_dir=tmp_path / "cache", scheduler="tcp://127.0.0.1:9")
    assert not (tmp_path / "out").exists()
