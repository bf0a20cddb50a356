"""A built graph as the explorer opens it.

:func:`load_graph_dir` opens a build folder as a :class:`GraphData`. When the
build has its store (``store.duckdb``, which every build writes and
``python -m pipeline add`` appends to) the explorer *queries* it: the graph
in memory carries counts but no evidence sentences, the evidence filters
(articles, dates, relation types) run in SQL, and evidence, article texts
and the drawn links' direction and sample sentences are fetched on demand.
A folder without a store (an older build, or only the contract files) is
read from ``graph.json`` and ``articles.json`` whole.
:func:`article_index` and :func:`date_bounds` read article metadata.
"""
from __future__ import annotations

import datetime as _dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx

from .labels import actor_label, actor_options
from .viewstate import iso_day

__all__ = ["GraphData", "StoreArticles", "load_graph_dir", "article_index", "date_bounds"]

#: Evidence-filtered graphs kept per build (each a whole filtered graph, without evidence).
FILTERED_KEPT = 8


class StoreArticles(Mapping):
    """Article id → its record (text and linked mentions, as in
    ``articles.json``), read from the store when asked, the last few kept.

    ``ids`` are the store's articles; membership needs no query.
    :meth:`prefetch` reads many records in one go."""

    def __init__(self, store: Path, ids: Iterable[str], keep: int = 512):
        self.store = Path(store)
        self._ids = tuple(ids)
        self._known = frozenset(self._ids)
        self._cache: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._keep = keep
        self._lock = threading.Lock()

    def __contains__(self, key: object) -> bool:
        return key in self._known

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, key: str) -> dict[str, Any]:
        if key not in self._known:
            raise KeyError(key)
        self.prefetch([key])
        with self._lock:
            return self._cache[key]

    def prefetch(self, keys: Iterable[str]) -> None:
        """Read the records of ``keys`` not yet kept, in one store connection."""
        from .store import Store

        with self._lock:
            wanted = [k for k in dict.fromkeys(keys) if k in self._known and k not in self._cache]
        if not wanted:
            return
        with Store(self.store) as s:
            found = {d["id"]: d for d in s.documents(ids=wanted)}
        with self._lock:
            for k in wanted:
                self._cache[k] = found.get(k) or {"id": k}
                self._cache.move_to_end(k)
            while len(self._cache) > max(self._keep, len(wanted)):
                self._cache.popitem(last=False)


@dataclass(frozen=True)
class GraphData:
    """A built graph and its article texts (``articles.json`` records).

    ``store``: the build's store when the graph was read from it; the graph
    then has no edge ``evidence`` (:meth:`evidence_source`,
    :meth:`with_evidence` and :meth:`drawn` fetch it) and ``articles`` is
    empty (:attr:`by_id` reads the store).
    """

    graph: nx.Graph
    articles: tuple[dict[str, Any], ...] = ()
    folder: Path | None = None
    store: Path | None = None
    _filtered: OrderedDict = field(default_factory=OrderedDict, repr=False, compare=False)
    _summaries: OrderedDict = field(default_factory=OrderedDict, repr=False, compare=False)
    _lock: Any = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def article_meta(self) -> list[dict[str, Any]]:
        """``{id, title, source, date, url}`` of every article, corpus order."""
        return list(self.graph.graph.get("articles") or [])

    @cached_property
    def by_id(self) -> Mapping[str, dict[str, Any]]:
        """Article id → ``articles.json`` record (from the store, on demand, when there is one)."""
        if self.store is not None:
            return StoreArticles(self.store, (a.get("id") for a in self.article_meta))
        return {r.get("id"): r for r in self.articles}

    # -- views ---------------------------------------------------------------

    def view(self, state: Any) -> tuple[nx.Graph, nx.Graph]:
        """:func:`pipeline.viewstate.view_graphs` of this build: the matching
        and the drawn graph. From a store, the evidence filters run in SQL
        (the last few filtered graphs are kept)."""
        from .viewstate import view_graphs

        if self.store is None:
            return view_graphs(self.graph, state, self.index)
        base, index = self._evidence_filtered(state)
        return view_graphs(base, _without_evidence_filters(state), index)

    def actor_rows(self, state: Any) -> tuple[list[dict[str, Any]], int | None]:
        """:func:`pipeline.viewstate.actor_rows` of this build: the Actors
        table of the matching actors, and the betweenness sample size
        (``None``: exact). From a store, the evidence filters run in SQL, as for :meth:`view`."""
        from .viewstate import actor_rows

        if self.store is None:
            return actor_rows(self.graph, state, self.index)
        base, index = self._evidence_filtered(state)
        return actor_rows(base, _without_evidence_filters(state), index)

    def _evidence_filtered(self, state: Any) -> tuple[nx.Graph, Any]:
        from .store import Store, _gc_paused
        from .viewindex import GraphIndex

        filters = _evidence_filters(state)
        if not any(v is not None for v in filters.values()):
            return self.graph, self.index
        key = _filters_key(filters)
        with self._lock:
            if key in self._filtered:
                self._filtered.move_to_end(key)
                return self._filtered[key]
        with Store(self.store) as s, _gc_paused():  # many new dicts: the collector's passes over the heap would cost more
            if filters["articles"] is None and filters["date_from"] is None and filters["date_to"] is None:
                # every article kept: the actors and their counts are the whole graph's, only the links change
                G = _same_actors(self.graph, s.links(relation_types=filters["relation_types"]))
            else:
                G = s.graph(evidence=False, **filters)
            found = (G, GraphIndex.of(G))
        with self._lock:
            self._filtered[key] = found
            while len(self._filtered) > FILTERED_KEPT:
                self._filtered.popitem(last=False)
        return found

    def with_summaries(self, drawn: nx.Graph, state: Any) -> nx.Graph:
        """The drawn graph with what the drawing shows of each link: from a
        store, its ``direction`` and first sentences (``sample``); else ``drawn``."""
        from .store import Store

        if self.store is None or drawn.number_of_edges() == 0:
            return drawn
        filters = _evidence_filters(state)
        key = _filters_key(filters)
        with self._lock:  # links drawn before under the same evidence filters are not asked again
            known = self._summaries.setdefault(key, {})
            self._summaries.move_to_end(key)
            while len(self._summaries) > FILTERED_KEPT:
                self._summaries.popitem(last=False)
            missing = [e for e in drawn.edges if tuple(sorted(e)) not in known]
        if missing:
            with Store(self.store) as s:
                found = s.edge_summaries(missing, **filters)
            with self._lock:
                known.update(found)
                known.update({tuple(sorted(e)): None for e in missing if tuple(sorted(e)) not in found})
        summaries = known
        out = nx.Graph(drawn)  # a thawed copy; attribute dicts are new
        for u, v, d in out.edges(data=True):
            found = summaries.get(tuple(sorted((u, v))))
            d["direction"] = tuple(found["direction"]) if found and found["direction"] else None
            d["sample"] = found["sample"] if found else []
        return nx.freeze(out)

    def timeline(self, H: nx.Graph, state: Any, period: str) -> list[dict[str, Any]]:
        """:func:`pipeline.graph.timeline` of ``H`` (a view of this build)."""
        if self.store is None:
            from .graph import timeline

            return timeline(H, period=period)
        from .store import Store

        with Store(self.store) as s:
            return s.timeline(H.edges, period, **_evidence_filters(state))

    def records(self) -> list[dict[str, Any]]:
        """Every article with its text (``id, title, source, date, url, text``), corpus order."""
        if self.store is None:
            return list(self.articles)
        from .store import Store

        with Store(self.store) as s:
            return s.articles(text=True)

    def evidence_source(self, state: Any) -> Callable[[str, Iterable[str] | None], dict[str, list]] | None:
        """``fetch(actor, partners)`` → partner → evidence items under the
        view's evidence filters, for :func:`pipeline.evidence.evidence_rows`;
        None when the graph holds its evidence."""
        if self.store is None:
            return None
        from .store import Store

        filters = _evidence_filters(state)
        store = self.store
        last: dict[tuple, dict[str, list]] = {}  # the rows and the count of one panel ask the same

        def fetch(actor: str, partners: Iterable[str] | None = None) -> dict[str, list]:
            key = (actor, None if partners is None else tuple(partners))
            if key not in last:
                with Store(store) as s:
                    found = s.actor_evidence(actor, partners, **filters)
                last.clear()
                last[key] = found
            return last[key]

        return fetch

    def with_evidence(self, H: nx.Graph, state: Any) -> nx.Graph:
        """``H`` (a view of this build) with its edges' evidence, for downloads
        and curation: ``H`` itself unless the graph came from a store."""
        if self.store is None:
            return H
        from .store import Store

        every = H.number_of_nodes() >= self.graph.number_of_nodes()  # no actor list to match against
        with Store(self.store) as s:
            full = s.graph(actors=None if every else list(H), **_evidence_filters(state))
        out = nx.Graph()
        out.graph.update(H.graph)
        out.add_nodes_from(H.nodes(data=True))
        out.add_edges_from(
            (u, v, {**{k: x for k, x in d.items() if k != "direction"}, "evidence": full.edges[u, v].get("evidence", []) if full.has_edge(u, v) else []})
            for u, v, d in H.edges(data=True)
        )
        return out

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


def _evidence_filters(state: Any) -> dict[str, Any]:
    """The evidence filters of a :class:`pipeline.viewstate.ViewState`, as :meth:`pipeline.store.Store.graph` takes them."""
    return {
        "articles": list(state.articles) or None,
        "date_from": state.date_from or None,
        "date_to": state.date_to or None,
        "relation_types": None if state.relation_types is None else list(state.relation_types),
    }


def _same_actors(G: nx.Graph, links: Iterable[tuple[str, str, dict[str, Any]]]) -> nx.Graph:
    """A graph of ``G``'s actors, in its order, and ``links``.

    The actors' attribute dicts are ``G``'s own, not copies (attributes are
    read-only by the graph contract): copying 60,000 of them took most of a
    relation-type filter's time."""
    H = nx.Graph()
    H.graph.update(G.graph)
    H._node.update(G._node)
    H._adj.update((n, {}) for n in G._node)
    H.add_edges_from(links)
    return H


def _filters_key(filters: Mapping[str, Any]) -> tuple:
    return tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(filters.items()))


def _without_evidence_filters(state: Any) -> Any:
    return replace(state, articles=(), date_from="", date_to="", relation_types=None)


def _decided_after_store(folder: Path) -> bool:
    """Whether the folder's graph files carry curation decisions its store
    lacks: an upload workspace keeps its own ``curation.yaml``, applied to
    the files (:func:`pipeline.workspaces.refresh`), not to the store."""
    from .actors.curation import CurationError, load_curation

    if not ((folder / "curation.yaml").is_file() and (folder / "graph.json").is_file()):
        return False
    try:
        return bool(load_curation(folder).decisions)
    except CurationError:
        return True  # the files were written before the file broke


def load_graph_dir(folder: str | Path) -> GraphData:
    """Open a build: its store when it has one, else ``graph.json`` (required)
    and ``articles.json`` (optional). A workspace whose own ``curation.yaml``
    holds decisions is read from its files, which carry them.

    Raises
    ------
    FileNotFoundError
        When the folder has neither a readable store nor ``graph.json``; the
        message says how to build it.
    """
    from .export import read_articles_json, read_json
    from .store import STORE_FILE, Store, StoreError

    folder = Path(folder)
    if (folder / STORE_FILE).is_file() and not _decided_after_store(folder):
        try:
            with Store(folder / STORE_FILE) as s:
                G = s.graph(evidence=False)
        except StoreError:
            pass  # an old or damaged store: the contract files below, if any
        else:
            return GraphData(G, (), folder, folder / STORE_FILE)
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
