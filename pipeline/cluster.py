"""Tagging on a Dask distributed cluster (``build --scheduler tcp://HOST:PORT``).

Tagging is the only expensive stage and each article is tagged on its own,
so it is the stage that goes to the cluster: the client sends chunks of
articles, each worker tags them with its own copy of the model, and the
client gets :class:`~pipeline.types.TaggedArticle` objects back in input
order. They go into the local cache as in a local build; linking, relations,
the graph and the files are made on the client, so the result equals a local
build's.

Workers run from a checkout of the same code with the same model (the bundled
``models/`` by default). Each result carries the worker's model version and
extraction-code version; a worker with other ones is an error, never a
silently different graph. The model is loaded once per worker process
(:func:`pipeline.ner.load_tagger` keeps it) and reused for every chunk; start
workers with one thread each (``--nthreads 1``) and as many processes as
cores (``--nworkers``): a Stanza pipeline is not shared between threads.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from .errors import PipelineError
from .types import Article, TaggedArticle

__all__ = ["ClusterError", "loaded_models", "tag_chunks"]

CONNECT_TIMEOUT = "20s"
_WORKER_TAGGERS: dict[tuple[str, str | None], object] = {}  # this worker's loaded models


class ClusterError(PipelineError):
    """The Dask scheduler cannot be reached, or a worker differs from the client."""


def tag_chunks(
    chunks: list[list[Article]], ner: str, model_dir: Path | None, address: str, expected: str
) -> Iterator[list[TaggedArticle]]:
    """Yield each chunk tagged on the cluster at ``address``, in order.

    Parameters
    ----------
    chunks : articles to tag, a list per task
    ner, model_dir : the backend and model folder, as the workers resolve them
        (``None``: each worker's bundled ``models/``)
    address : the scheduler, e.g. ``tcp://10.0.0.5:8786``
    expected : ``model version/extraction version`` of the client; a worker
        reporting another raises :class:`ClusterError`
    """
    try:
        from distributed import Client
    except ImportError as exc:
        raise ClusterError(f"--scheduler needs dask's distributed package ({exc}); install it with `pip install -r requirements.txt`") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address} ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
            "start one with `dask scheduler` and workers with `dask worker ADDRESS --nthreads 1`"
        ) from None
    folder = str(model_dir) if model_dir is not None else None
    with client:
        futures = []
        try:
            futures = client.map(_tag_chunk, chunks, ner=ner, model_dir=folder, pure=False)
            for future in futures:
                try:
                    worker, version, tagged = future.result()
                except Exception as exc:
                    missing = _missing_module(exc)
                    if missing is None:
                        raise
                    raise ClusterError(
                        f"the Dask scheduler or a worker at {address} cannot import {missing!r}: start each of them "
                        "from the repository root with PYTHONPATH=. (see the README)"
                    ) from None
                if version != expected:
                    raise ClusterError(
                        f"worker {worker} tags with {version}, this build with {expected}: "
                        "run every worker from a checkout of the same code and model"
                    )
                yield tagged
        finally:
            client.cancel(futures)


def _missing_module(exc: BaseException) -> str | None:
    """The module a ModuleNotFoundError in ``exc``'s chain names (Dask wraps it), or None."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, ModuleNotFoundError):
            return exc.name or str(exc)
        exc = exc.__cause__ or exc.__context__
    return None


def _tag_chunk(articles: list[Article], ner: str, model_dir: str | None) -> tuple[str, str, list[TaggedArticle]]:
    """On a worker: (worker, model/extraction version, tagged articles)."""
    tagger = _worker_tagger(ner, model_dir)
    return _worker_name(), _version(tagger.version), tagger.tag_articles(articles)


def _worker_tagger(ner: str, model_dir: str | None):
    """The worker's tagger: loaded on its first chunk, then kept for every later one."""
    key = (ner, model_dir)
    if key not in _WORKER_TAGGERS:
        import torch

        from .ner import load_tagger

        torch.set_num_threads(1)  # one thread per worker process; processes use the cores
        _WORKER_TAGGERS[key] = load_tagger(ner, Path(model_dir) if model_dir else None)
    return _WORKER_TAGGERS[key]


def _version(model_version: str) -> str:
    from .cache import extraction_version

    return f"{model_version}/{extraction_version()}"


def expected_version(ner: str, model_dir: Path | None) -> str:
    """The ``model/extraction`` version a worker must report for this build."""
    from .ner import model_version

    return _version(model_version(ner, model_dir))


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return f"pid {os.getpid()}"


def loaded_models() -> int:
    """How many models this process has loaded (run on workers with ``Client.run``)."""
    return len(_WORKER_TAGGERS)
