"""Named workspaces: a build's store, copied once, that takes uploaded articles.

A workspace is the folder ``ROOT/workspaces/NAME/`` (``ROOT`` is the
explorer's ``APP_WORK_DIR``). It holds:

``store.duckdb``
    A copy of the base build's store (:data:`pipeline.build.STORE_FILE`),
    made when the workspace is created. Uploads are appended to it by
    :func:`pipeline.incremental.append_articles`, the code behind
    ``python -m pipeline add``: one transaction, and only the new articles
    are tagged.
``workspace.json``
    The manifest: when it was created, from which build, and each upload
    (when, and which articles each file brought).
``curation.yaml``
    The analyst's decisions on this workspace, started from the corpus's
    (:func:`pipeline.uploads.inherit_curation`).
``graph.json``, ``articles.json``
    The files the explorer reads today, rewritten from the store after each
    append by :func:`refresh` (the one place that knows of them).

A base build without a store (graph files only) is rebuilt once, with its
articles and the first upload, by :func:`pipeline.uploads.rebuild`; from then
on the workspace has a store and appends.

Crash safety: the append is one store transaction; the manifest and the
refreshed files are written atomically (:func:`pipeline.export.atomic_write`),
and the manifest says ``"files": "stale"`` between the commit and the
refresh, so :func:`open_workspace` redoes a refresh that a crash cut short.
A failed append leaves the workspace as it was; a workspace whose first
upload fails is removed again (:func:`create` then :func:`append`).

Names are checked (:func:`check_name`): letters (Arabic ones too), digits,
``-`` and ``_``; no dots or slashes, so a name can never leave ``ROOT``.

>>> import tempfile
>>> root = Path(tempfile.mkdtemp())
>>> check_name("حملة-2016"), folder(root, "talks").relative_to(root).as_posix()
('حملة-2016', 'workspaces/talks')
>>> check_name("../graphs")
Traceback (most recent call last):
...
pipeline.workspaces.WorkspaceError: workspace name '../graphs': use letters, digits, - and _ (at most 64, starting with a letter or digit)
>>> list_workspaces(root)
[]
"""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import PipelineError
from .types import Article

__all__ = [
    "MANIFEST",
    "Workspace",
    "WorkspaceError",
    "append",
    "check_name",
    "create",
    "default_name",
    "exists",
    "folder",
    "list_workspaces",
    "open_workspace",
    "refresh",
    "remove",
]

FOLDER = "workspaces"
MANIFEST = "workspace.json"
_NAME = re.compile(r"[^\W_][\w-]{0,63}")


class WorkspaceError(PipelineError, ValueError):
    """A bad or unknown workspace name, or a damaged workspace."""


@dataclass(frozen=True)
class Workspace:
    """One workspace, as its manifest describes it.

    ``uploads``: one ``{"when": ISO time, "files": {file name: [article ids]}}``
    per upload, oldest first.
    """

    name: str
    folder: Path
    created: str
    base: str
    uploads: tuple[dict[str, Any], ...] = ()
    stale: bool = False

    @property
    def article_ids(self) -> list[str]:
        """The ids of every article uploaded into it, in upload order."""
        return [i for u in self.uploads for ids in u["files"].values() for i in ids]

    @property
    def added(self) -> int:
        """How many articles were uploaded into it."""
        return len(self.article_ids)

    @property
    def updated(self) -> str:
        """When it last changed: the last upload, else its creation."""
        return self.uploads[-1]["when"] if self.uploads else self.created


def check_name(name: str) -> str:
    """``name`` when it is a valid workspace name, else :class:`WorkspaceError`."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise WorkspaceError(f"workspace name {name!r}: use letters, digits, - and _ (at most 64, starting with a letter or digit)")
    return name


def folder(root: Path, name: str) -> Path:
    """The folder of workspace ``name`` under ``root`` (the name checked first)."""
    return Path(root) / FOLDER / check_name(name)


def default_name(now: dt.datetime | None = None) -> str:
    """A fresh name from the time, ``upload-YYYYMMDD-HHMMSS``.

    >>> default_name(dt.datetime(2016, 8, 2, 9, 30, 5))
    'upload-20160802-093005'
    """
    return f"upload-{(now or dt.datetime.now()):%Y%m%d-%H%M%S}"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _write_manifest(ws: Workspace) -> Workspace:
    from .export import atomic_write

    record = {"name": ws.name, "created": ws.created, "base": ws.base, "files": "stale" if ws.stale else "current", "uploads": list(ws.uploads)}
    atomic_write(ws.folder / MANIFEST, json.dumps(record, ensure_ascii=False, indent=1) + "\n")
    return ws


def _read_manifest(path: Path, name: str) -> Workspace:
    try:
        record = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        return Workspace(
            name=name,
            folder=path,
            created=str(record["created"]),
            base=str(record.get("base") or ""),
            uploads=tuple({"when": str(u["when"]), "files": {str(k): [str(i) for i in v] for k, v in u["files"].items()}} for u in record.get("uploads") or ()),
            stale=record.get("files") == "stale",
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WorkspaceError(f"workspace {name!r} is damaged ({path / MANIFEST}: {exc}); remove it") from exc


def create(root: Path, name: str, base: Path, *, curation_from: Path | None = None) -> Workspace:
    """A new workspace ``name`` started from the build in ``base``.

    Copies ``base``'s store (not its graph files) when it has one, and
    ``curation_from``'s ``curation.yaml`` (the corpus's decisions). Raises
    :class:`WorkspaceError` when the name is bad or taken.
    """
    from .build import STORE_FILE
    from .durable import fsync_path
    from .uploads import inherit_curation

    path = folder(root, name)
    if path.exists():
        raise WorkspaceError(f"workspace {name!r} exists already; pick another name or open it")
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.parent / f".{name}.new"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        store = Path(base) / STORE_FILE
        if store.is_file():
            shutil.copyfile(store, staging / STORE_FILE)
            if Path(f"{store}.wal").is_file():  # not yet folded into the file: it holds committed rows
                shutil.copyfile(f"{store}.wal", staging / f"{STORE_FILE}.wal")
            fsync_path(staging / STORE_FILE)
        if curation_from is not None:
            inherit_curation(curation_from, staging)
        _write_manifest(Workspace(name, staging, _now(), str(base), (), stale=True))
        staging.rename(path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_path(path.parent)
    return open_workspace(root, name, repair=False)


def open_workspace(root: Path, name: str, *, repair: bool = True) -> Workspace:
    """The workspace ``name``; :class:`WorkspaceError` when it does not exist.

    ``repair``: redo a refresh that a crash cut short (the manifest says the
    files are stale and the store is there).
    """
    from .build import STORE_FILE

    path = folder(root, name)
    if not (path / MANIFEST).is_file():
        raise WorkspaceError(f"no workspace named {name!r}")
    ws = _read_manifest(path, name)
    if repair and ws.stale and (path / STORE_FILE).is_file():
        refresh(path)
        ws = _write_manifest(_replace(ws, stale=False))
    return ws


def exists(root: Path, name: str) -> bool:
    """Whether a workspace ``name`` is there (a bad name is not)."""
    try:
        return (folder(root, name) / MANIFEST).is_file()
    except WorkspaceError:
        return False


def list_workspaces(root: Path) -> list[Workspace]:
    """Every workspace under ``root``, most recently changed first (damaged ones left out)."""
    base = Path(root) / FOLDER
    found = []
    for path in sorted(base.iterdir()) if base.is_dir() else ():
        if path.is_dir() and _NAME.fullmatch(path.name) and (path / MANIFEST).is_file():
            try:
                found.append(_read_manifest(path, path.name))
            except WorkspaceError:
                continue
    return sorted(found, key=lambda w: (w.updated, w.name), reverse=True)


def remove(root: Path, name: str) -> None:
    """Delete the workspace ``name`` and everything in it."""
    path = folder(root, name)
    if not (path / MANIFEST).is_file():
        raise WorkspaceError(f"no workspace named {name!r}")
    # moved aside first: a half-deleted folder is never taken for a workspace
    doomed = path.parent / f".{name}.removed"
    shutil.rmtree(doomed, ignore_errors=True)
    path.rename(doomed)
    shutil.rmtree(doomed, ignore_errors=True)


def append(
    ws: Workspace,
    articles: Sequence[Article],
    files: Mapping[str, Sequence[str]],
    *,
    cache_dir: Path,
    model_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    base_articles: Callable[[], Sequence[Article]] | None = None,
) -> tuple[Workspace, int]:
    """Append ``articles`` (already ingested) to ``ws`` and refresh its files.

    ``files``: uploaded file name → ids of its articles, kept in the
    manifest. Returns the workspace as it is now and how many articles were
    tagged now (the rest came from the cache). The store append is
    :func:`pipeline.incremental.append_articles`, with the workspace's own
    ``curation.yaml``. A workspace without a store (its base had none) is
    built once from ``base_articles()`` and ``articles``.

    Raises whatever the append raises (:class:`pipeline.errors.NerModelError`
    among them), with the workspace unchanged.
    """
    from .build import STORE_FILE
    from .incremental import append_articles
    from .types import IngestResult
    from .uploads import rebuild

    if (ws.folder / STORE_FILE).is_file():
        result = append_articles(ws.folder, articles, curation_dir=ws.folder, model_dir=model_dir, cache_dir=cache_dir, progress=progress)
        added, tagged = set(result.added), result.tagged
        stale = True
    else:
        base = list(base_articles() if base_articles else ())
        built = rebuild(IngestResult(tuple(base) + tuple(articles), ()), ws.folder, cache_dir=Path(cache_dir), model_dir=model_dir,
                        progress=progress, curation_dir=ws.folder, formats=["json"])
        added, tagged = {a.id for a in articles}, built.stats.tagged
        stale = False  # build wrote the files from the same content
    kept = {name: [i for i in ids if i in added] for name, ids in files.items()}
    upload = {"when": _now(), "files": {k: v for k, v in kept.items() if v}}
    ws = _read_manifest(ws.folder, ws.name)  # as it is now: another session may have added to it since
    ws = _write_manifest(_replace(ws, uploads=ws.uploads + ((upload,) if upload["files"] else ()), stale=stale))
    if stale:
        refresh(ws.folder)
        ws = _write_manifest(_replace(ws, stale=False))
    return ws, tagged


def refresh(path: Path) -> None:
    """Bring the workspace's graph files in line with its store and decisions.

    The explorer queries the store (:func:`pipeline.graphdata.load_graph_dir`)
    unless the workspace's own ``curation.yaml`` holds decisions made after
    the store was written; only then are ``graph.json`` and ``articles.json``
    written: the store's graph with the decisions applied
    (:func:`pipeline.curation_view.curate_graph`), each file replaced
    atomically. Without decisions, graph files left from earlier ones are
    removed, so none can be stale.
    """
    from .actors.curation import load_curation
    from .build import STORE_FILE
    from .curation_view import curate_graph
    from .export import atomic_write, iter_article_records, write_all
    from .store import Store

    path = Path(path)
    decisions = load_curation(path).decisions
    if not decisions:
        for name in ("graph.json", "articles.json"):
            (path / name).unlink(missing_ok=True)
        return
    with Store(path / STORE_FILE) as store:
        graph = store.graph()
        atomic_write(path / "articles.json", iter_article_records(store.documents()))
    graph, _ = curate_graph(graph, decisions)
    write_all(graph, path, formats=["json"])


def _replace(ws: Workspace, **changes: Any) -> Workspace:
    from dataclasses import replace

    return replace(ws, **changes)
