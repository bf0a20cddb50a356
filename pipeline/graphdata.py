"""A built graph as the explorer opens it: :func:`load_graph_dir` reads
``graph.json`` and ``articles.json`` of a build into a :class:`GraphData`;
:func:`article_index` and :func:`date_bounds` read its article metadata.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx

from .labels import actor_label, actor_options
from .viewstate import iso_day

__all__ = ["GraphData", "load_graph_dir", "article_index", "date_bounds"]


@dataclass(frozen=True)
class GraphData:
    """A built graph and its article texts (``articles.json`` records)."""

    graph: nx.Graph
    articles: tuple[dict[str, Any], ...] = ()
    folder: Path | None = None

    @property
    def article_meta(self) -> list[dict[str, Any]]:
        """``{id, title, source, date, url}`` of every article, corpus order."""
        return list(self.graph.graph.get("articles") or [])

    @cached_property
    def by_id(self) -> dict[str, dict[str, Any]]:
        """Article id → ``articles.json`` record."""
        return {r.get("id"): r for r in self.articles}

    # The sidebar lists every actor on every run; sorting and naming thousands
    # of them once per build, not per run, keeps the first paint short.
    @cached_property
    def actor_ids(self) -> tuple[str, ...]:
        """Actor ids, strongest first (:func:`pipeline.labels.actor_options`)."""
        return tuple(actor_options(self.graph))

    @cached_property
    def actor_names(self) -> dict[str, str]:
        """Actor id → display name, Arabic first (:func:`pipeline.labels.actor_label`)."""
        return {n: actor_label(self.graph, n) for n in self.graph}

    @cached_property
    def index(self):
        """The graph as arrays, for fast views (:class:`pipeline.viewindex.GraphIndex`)."""
        from .viewindex import GraphIndex

        return GraphIndex.of(self.graph)

    @cached_property
    def heaviest_link(self) -> int:
        """The largest link weight (sentences), 1 without links."""
        return int(max((w for _, _, w in self.graph.edges(data="weight", default=1)), default=1))


def load_graph_dir(folder: str | Path) -> GraphData:
    """Read ``graph.json`` (required) and ``articles.json`` (optional) of a build.

    Raises
    ------
    FileNotFoundError
        When ``folder/graph.json`` does not exist; the message says how to
        build it.
    """
    from .export import read_articles_json, read_json

    folder = Path(folder)
    path = folder / "graph.json"
    if not path.is_file():
        raise FileNotFoundError(f"no graph at {path}: build one with `python -m pipeline build corpus --out {folder}`")
    G = read_json(path)
    records: list[dict[str, Any]] = []
    if (folder / "articles.json").is_file():
        records = [r for r in read_articles_json(folder / "articles.json") if isinstance(r, dict)]
    known = {a.get("id") for a in G.graph.get("articles") or []}
    if records and not known:  # an older graph without the attribute: take it from the texts
        G.graph["articles"] = [{k: r.get(k, "") for k in ("id", "title", "source", "date", "url")} for r in records]
    return GraphData(G, tuple(records), folder)


def article_index(meta: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Article id → its metadata dict."""
    return {str(m.get("id")): dict(m) for m in meta}


def date_bounds(meta: Iterable[Mapping[str, Any]]) -> tuple[_dt.date, _dt.date] | None:
    """First and last article date, or None when no article is dated.

    >>> date_bounds([{"date": "2016-07-28"}, {"date": ""}, {"date": "2015-10-11"}])
    (datetime.date(2015, 10, 11), datetime.date(2016, 7, 28))
    """
    days = sorted(d for d in (iso_day(m.get("date")) for m in meta) if d)
    if not days:
        return None
    return _dt.date.fromisoformat(days[0]), _dt.date.fromisoformat(days[-1])
