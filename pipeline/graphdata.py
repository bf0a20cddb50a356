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
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from .labels import actor_label, actor_options
from .viewstate import iso_day, view_arguments

__all__ = ["GraphData", "Drawing", "StoreArticles", "StoreEvidence", "load_graph_dir", "article_index", "date_bounds"]

#: Evidence-filtered graphs kept per build (each a whole filtered graph, without evidence).
FILTERED_KEPT = 8


class StoreArticles(Mapping):
    """Article id → its record (text and linked mentions, as in
    ``articles.json``), read from the store when asked, the last few kept.

    ``ids`` are the store's articles; membership needs no query.
    :meth:`prefetch` reads many records in one go."""

    def __init__(self, store: Path, ids: Iterable[str], keep: int = 512, session: Callable[[], Any] | None = None):
        self.store = Path(store)
        self._session = session  # an open store to share (GraphData.session), else one is opened per read
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
        with (self._session() if self._session is not None else Store(self.store)) as s:
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
    _views: OrderedDict = field(default_factory=OrderedDict, repr=False, compare=False)
    _lock: Any = field(default_factory=threading.Lock, repr=False, compare=False)
    _local: Any = field(default_factory=threading.local, repr=False, compare=False)

    @contextmanager
    def session(self) -> Iterator[Any]:
        """The build's store, open for a page's queries: opening it costs tens
        of milliseconds, and a page asks several. Nested uses in a thread
        share one connection; it is closed when the outermost use ends (so
        an append to the store is never blocked between pages). None
        without a store."""
        from .store import Store

        open_ = getattr(self._local, "store", None)
        if open_ is not None or self.store is None:  # shared, or no store to open
            yield open_
            return
        with Store(self.store) as s:
            self._local.store = s
            try:
                yield s
            finally:
                self._local.store = None

    @property
    def article_meta(self) -> list[dict[str, Any]]:
        """``{id, title, source, date, url}`` of every article, corpus order."""
        return list(self.graph.graph.get("articles") or [])

    @cached_property
    def by_id(self) -> Mapping[str, dict[str, Any]]:
        """Article id → ``articles.json`` record (from the store, on demand, when there is one)."""
        if self.store is not None:
            return StoreArticles(self.store, (a.get("id") for a in self.article_meta), session=self.session)
        return {r.get("id"): r for r in self.articles}

    # -- views ---------------------------------------------------------------

    def drawing(self, state: Any) -> Drawing:
        """What the drawing of a view needs: the drawn graph (as
        :meth:`view` draws it) and how many actors and links match.

        From a store under evidence filters, the view is ranked on the
        store's arrays (:meth:`pipeline.store.Store.window`) and only the
        drawn actors and links are read as a graph: the matching graph of
        tens of thousands of actors is not made (:meth:`view` makes it)."""
        with self.session():
            return self._drawing(state)

    def _drawing(self, state: Any) -> Drawing:
        from .viewindex import as_plain

        quick = self._quick_index(state)
        if quick is None:
            matching, drawn = self.view(state)
            return Drawing(drawn, matching.number_of_nodes(), matching.number_of_edges())
        ix, filters, window = quick
        view = self._ranked(ix, state)
        if window is None:
            drawn = as_plain(ix, view)
        else:
            drawn = self._drawn_from_store(view, filters, window)
        return Drawing(drawn, int(view.nodes.sum()), int(view.edges.sum()))

    def strongest(self, state: Any, n: int) -> tuple[nx.Graph, int]:
        """The ``n`` strongest matching actors and the matching links among
        them (what the Actors table measures: :func:`pipeline.graph.actor_rows`
        of the matching graph picks the same), and how many actors match.

        Picked on the view's arrays: iterating the matching networkx view of
        a whole corpus took more than half a second. From a store under
        evidence filters each actor has ``label``, ``label_en``, ``type``,
        ``mentions`` and ``articles`` (a count, not a list) and each link its
        ``weight``; otherwise the actors' own attributes."""
        from .graph import _strongest_subgraph
        from .viewindex import strongest

        quick = self._quick_index(state)
        if quick is None:
            matching, _ = self.view(state)
            count = matching.number_of_nodes()
            return (_strongest_subgraph(matching, n) if count > n else matching), count
        ix, _, window = quick
        view = self._ranked(ix, state)
        chosen, links = strongest(ix, view, n)
        G = nx.Graph()
        data, names = ix.data, ix.nodes
        picked = np.flatnonzero(chosen).tolist()
        filters = _evidence_filters(state)
        if window is not None and _every_article(filters):
            articles = {names[i]: len(data[names[i]].get("articles") or ()) for i in picked}  # every article kept: the whole graph's counts
        elif window is not None:
            with self.session() as s:
                articles = s.article_counts([names[i] for i in picked], **filters)
        for i in picked:
            d = data[names[i]]
            if window is None:
                G.add_node(names[i], **d)
            else:
                G.add_node(names[i], label=d.get("label"), label_en=d.get("label_en"), type=d.get("type"),
                           mentions=int(window.mentions[i]), articles=articles.get(names[i], 0))
        us, vs = ix.u[links].tolist(), ix.v[links].tolist()
        if window is None:  # the raw weights: integers stay integers in the weighted degree
            adj = ix.graph._adj
            G.add_edges_from((names[a], names[b], {"weight": adj[names[a]][names[b]].get("weight", 1)}) for a, b in zip(us, vs))
        else:
            G.add_edges_from((names[a], names[b], {"weight": w}) for a, b, w in zip(us, vs, window.weight[links].tolist()))
        return G, int(view.nodes.sum())

    def evidence_graph(self, state: Any) -> nx.Graph:
        """The matching actors and links as the Evidence tab reads them: the
        actors' names, ``type`` and ``mentions``, the links' ``weight`` and
        ``kind``, and the kept articles (``graph["articles"]``); their
        evidence comes from :meth:`evidence_source`.

        From a store under evidence filters it is made from the view's
        arrays, a fraction of the matching graph's cost (:meth:`view`);
        otherwise it is the matching graph."""
        from .graph import CO_MENTIONED, INTERACTION

        quick = self._quick_index(state)
        if quick is None:
            return self.view(state)[0]
        ix, _, window = quick
        view = self._ranked(ix, state)
        if window is None:  # the graph itself: the matching actors as a view of it
            from .graph import _kinds, restricted_view

            arguments = view_arguments(state)
            return restricted_view(ix.graph, [ix.nodes[i] for i in np.flatnonzero(view.nodes)], int(arguments["min_weight"]), _kinds(arguments["kinds"]))
        G = nx.Graph()
        G.graph.update(self.graph.graph)
        G.graph["articles"] = [self.article_by_id[a] for a in window.articles]
        names, data = ix.nodes, ix.data
        keys = ("label", "label_en", "type", "aliases", "wikidata")
        for i in np.flatnonzero(view.nodes).tolist():
            d = data[names[i]]
            G.add_node(names[i], **{k: d[k] for k in keys if k in d}, mentions=int(window.mentions[i]))
        links = np.flatnonzero(view.edges)
        kinds = np.where(window.interaction[links], INTERACTION, CO_MENTIONED).tolist()
        G.add_edges_from(
            (names[a], names[b], {"weight": w, "kind": k})
            for a, b, w, k in zip(ix.u[links].tolist(), ix.v[links].tolist(), window.weight[links].tolist(), kinds)
        )
        return G

    def matching_links(self, state: Any) -> list[tuple[Any, Any]]:
        """The links of the actors matching ``state`` (the matching graph's edges)."""
        quick = self._quick_index(state)
        if quick is None:
            return list(self.view(state)[0].edges)
        ix = quick[0]  # arrays: iterating a filtered networkx view of a whole corpus took seconds
        view = self._ranked(ix, state)
        return [(ix.nodes[ix.u[e]], ix.nodes[ix.v[e]]) for e in np.flatnonzero(view.edges)]

    def _ranked(self, ix: Any, state: Any) -> Any:
        """:func:`pipeline.viewindex.fast_view` of ``state`` on ``ix``, the last
        few kept: the drawing, the Actors table and the timeline of one page
        ask for the same view (a search walks every actor's names)."""
        from .viewindex import fast_view

        arguments = view_arguments(state)
        key = (id(ix), tuple(sorted((k, tuple(v) if isinstance(v, (list, set, frozenset)) else v) for k, v in arguments.items())))
        kept = self._views
        with self._lock:
            if key in kept and kept[key][0] is ix:
                kept.move_to_end(key)
                return kept[key][1]
        view = fast_view(ix, **arguments, matching=False)
        with self._lock:
            kept[key] = (ix, view)  # the index itself is kept with it: its id is not reused while it lives
            while len(kept) > FILTERED_KEPT:
                kept.popitem(last=False)
        return view

    def _quick_index(self, state: Any):
        """(index, evidence filters, store window or None) for the array path;
        None when the view goes through :meth:`view` (graph files under
        evidence filters)."""
        filters = _evidence_filters(state)
        if not any(v is not None for v in filters.values()):
            return self.index, filters, None
        if self.store is None:
            return None
        return self._window(filters)

    def _window(self, filters: Mapping[str, Any]):
        from .store import Store
        from .viewindex import GraphIndex

        key = ("window", _filters_key(filters))
        with self._lock:
            if key in self._filtered:
                self._filtered.move_to_end(key)
                return self._filtered[key]
        with self.session() as s:
            window = s.window(**filters)
        found = (GraphIndex.from_window(window, self.graph._node, self.index), dict(filters), window)
        with self._lock:
            self._filtered[key] = found
            while len(self._filtered) > FILTERED_KEPT:
                self._filtered.popitem(last=False)
        return found

    def _drawn_from_store(self, view: Any, filters: Mapping[str, Any], window: Any) -> nx.Graph:
        """The drawn actors and links of ``view``, with the attributes the
        filtered graph gives them, read for them alone."""
        from .store import Store

        every_article = _every_article(filters)
        with self.session() as s:
            # with every article kept (a relation-type filter) the actors' counts are the whole graph's
            counts = None if every_article else s.article_mentions(view.drawn_nodes, **filters)
            links = {(u, v): d for u, v, d in s.pair_links(view.drawn_edges, **filters)}
        small = nx.Graph()
        small.graph.update(self.graph.graph)
        small.graph["articles"] = [self.article_by_id[a] for a in window.articles]
        for n in view.drawn_nodes:
            if counts is None:
                small.add_node(n, **self.graph._node[n])
                continue
            d, per_article = self.graph._node[n], counts.get(n, {})
            # the unfiltered actor's names; its counts in the kept articles (as pipeline.graph.by_evidence makes them)
            small.add_node(n, **{**d, "articles": list(per_article), "mentions": sum(per_article.values()), "article_mentions": per_article})
        small.add_edges_from((u, v, links[tuple(sorted((u, v)))]) for u, v in view.drawn_edges)
        return nx.freeze(small)

    def view(self, state: Any) -> tuple[nx.Graph, nx.Graph]:
        """:func:`pipeline.viewstate.view_graphs` of this build: the matching
        and the drawn graph. From a store, the evidence filters run in SQL
        (the last few filtered graphs are kept)."""
        from .viewstate import view_graphs

        if self.store is None:
            return view_graphs(self.graph, state, self.index)
        base, index = self._evidence_filtered(state)
        return view_graphs(base, _without_evidence_filters(state), index)

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
        with self.session() as s, _gc_paused():  # many new dicts: the collector's passes over the heap would cost more
            if _every_article(filters):
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
            with self.session() as s:
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

    def timeline(self, H: nx.Graph | None, state: Any, period: str) -> list[dict[str, Any]]:
        """:func:`pipeline.graph.timeline` of ``H`` (a view of this build;
        None: the view of ``state``, whose links a store reads without making it)."""
        if self.store is None:
            from .graph import timeline

            return timeline(self.view(state)[0] if H is None else H, period=period)
        from .store import Store

        links = self.matching_links(state) if H is None else H.edges
        with self.session() as s:
            every = H is None and len(links) == self._quick_index(state)[0].u.size  # no need to list them
            return s.timeline(None if every else links, period, **_evidence_filters(state))

    def records(self) -> list[dict[str, Any]]:
        """Every article with its text (``id, title, source, date, url, text``), corpus order."""
        if self.store is None:
            return list(self.articles)
        from .store import Store

        with self.session() as s:
            return s.articles(text=True)

    def evidence_source(self, state: Any) -> StoreEvidence | None:
        """The view's evidence, read from the store on demand, for
        :func:`pipeline.evidence.evidence_rows` (``fetch``); None when the
        graph holds its evidence."""
        if self.store is None:
            return None
        return StoreEvidence(self.store, _evidence_filters(state), self.session)

    def with_evidence(self, H: nx.Graph, state: Any) -> nx.Graph:
        """``H`` (a view of this build) with its edges' evidence, for downloads
        and curation: ``H`` itself unless the graph came from a store."""
        if self.store is None:
            return H
        from .store import Store

        every = H.number_of_nodes() >= self.graph.number_of_nodes()  # no actor list to match against
        with self.session() as s:
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

    def warm_search(self) -> None:
        """Read every actor's names into the search's token cache
        (:func:`pipeline.graph._node_tokens`): the first search of a whole
        corpus otherwise pays for tens of thousands of actors (about 2 s)."""
        from .graph import _node_tokens

        for node, d in self.graph.nodes(data=True):
            _node_tokens(node, d)

    @cached_property
    def article_by_id(self) -> dict[str, dict[str, Any]]:
        """Article id → its metadata dict (the graph's own, not copies), made once per build."""
        return {a.get("id"): a for a in self.article_meta}

    @cached_property
    def date_bounds(self) -> tuple[_dt.date, _dt.date] | None:
        """First and last article date (:func:`date_bounds`), read once per build."""
        return date_bounds(self.article_meta)

    @cached_property
    def link_count(self) -> int:
        """The graph's number of links (networkx counts them anew on every call)."""
        return self.graph.number_of_edges()

    @cached_property
    def article_labels(self) -> dict[str, str]:
        """Article id → its label in the pickers (:func:`pipeline.labels.article_label`), made once per build."""
        from .labels import article_label

        return {str(a.get("id")): article_label(a) for a in self.article_meta}

    @cached_property
    def heaviest_link(self) -> int:
        """The largest link weight (sentences), 1 without links."""
        return int(max((w for _, _, w in self.graph.edges(data="weight", default=1)), default=1))


class StoreEvidence:
    """A store's evidence under a view's evidence filters, on demand.

    Called as ``fetch(actor, partners, limit=None)``: partner → evidence
    items (only those of the first ``limit`` sentences when given);
    :meth:`sentence_counts` counts sentences per article without reading
    them. The last answer of each is kept: a panel's rows and counts ask twice.
    """

    def __init__(self, store: Path, filters: Mapping[str, Any], session: Callable[[], Any] | None = None):
        self.store = Path(store)
        self.filters = dict(filters)
        self._session = session
        self._last: dict[tuple, Any] = {}

    def __call__(self, actor: str, partners: Iterable[str] | None = None, limit: int | None = None) -> dict[str, list]:
        return self._ask("actor_evidence", actor, partners, limit=limit)

    def sentence_counts(self, actor: str, partners: Iterable[str] | None = None) -> dict[str, int]:
        """Article → distinct sentences linking ``actor`` to ``partners``."""
        return self._ask("sentence_counts", actor, partners)

    def _ask(self, method: str, actor: str, partners: Iterable[str] | None, **options: Any) -> Any:
        from .store import Store

        partners = None if partners is None else tuple(partners)
        key = (method, actor, partners, tuple(sorted(options.items())))
        if key not in self._last:
            with (self._session() if self._session is not None else Store(self.store)) as s:
                found = getattr(s, method)(actor, partners, **options, **self.filters)
            self._last = {k: v for k, v in self._last.items() if k[0] != method}
            self._last[key] = found
        return self._last[key]


@dataclass(frozen=True)
class Drawing:
    """A view's drawn graph (frozen, before :meth:`GraphData.with_summaries`)
    and the number of matching actors and links."""

    drawn: nx.Graph
    count: int
    links: int


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


def _every_article(filters: Mapping[str, Any]) -> bool:
    """Whether the evidence filters keep every article (none of articles or dates is set):
    the actors and their counts are then the whole graph's."""
    return filters["articles"] is None and filters["date_from"] is None and filters["date_to"] is None


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
