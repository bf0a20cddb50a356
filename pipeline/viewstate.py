"""Every sidebar setting of the explorer as plain values, and its URL.

:class:`ViewState` holds the settings; :meth:`ViewState.to_query_params`
and :meth:`ViewState.from_query_params` round-trip them through URL query
parameters (so a view can be shared); :func:`view_graphs` gives the
matching and the drawn graph of a view (links ranked by
:mod:`pipeline.significance`) and :func:`render_options` the drawing's
keywords.

>>> state = ViewState(actor_types=("PER",), search="لافروف", max_nodes=50)
>>> params = state.to_query_params()
>>> params
{'type': ['PER'], 'q': 'لافروف', 'max_nodes': '50', 'v': '2'}
>>> ViewState.from_query_params(params) == state
True

A link made before co-mention links and physics were turned off by default
(no ``v``) still opens with them on:

>>> old = ViewState.from_query_params({"type": "PER"})
>>> old.co_mentions, old.physics
(True, True)
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

import networkx as nx

from .layouts import LAYOUT_NAME
from .render import COLOR_BY, DEFAULT_LABELS, LANGUAGES, SIZE_BY
from .significance import DEFAULT_ALPHA, METHODS
from .types import ENTITY_TYPES, RELATION_TYPES

__all__ = [
    "DEFAULT_MAX_NODES",
    "DEFAULT_MAX_EDGES",
    "MAX_NODES_LIMIT",
    "MAX_EDGES_LIMIT",
    "MAX_LABELS",
    "MAX_DEPTH",
    "WORKSPACE_PARAM",
    "ViewState",
    "iso_day",
    "view_graphs",
    "render_options",
]

DEFAULT_MAX_NODES = 150
DEFAULT_MAX_EDGES = 300
MAX_NODES_LIMIT = 2000
MAX_EDGES_LIMIT = 20000
MAX_LABELS = 500
#: The version of the URL's defaults: links without ``v`` were made when
#: co-mention links and physics were on by default, and keep them on.
URL_VERSION = "2"
_LEGACY_DEFAULTS = {"co_mentions": True, "physics": True}
MAX_DEPTH = 3

# Query parameter names, one per setting.
PARAMS = {
    "articles": "article",
    "actor_types": "type",
    "relation_types": "rel",
    "min_weight": "min_weight",
    "date_from": "from",
    "date_to": "to",
    "search": "q",
    "focus": "focus",
    "depth": "depth",
    "hide_isolates": "isolates",
    "co_mentions": "co_mention",
    "max_nodes": "max_nodes",
    "label_language": "lang",
    "physics": "physics",
    "size_by": "size",
    "significance": "rank",
    "alpha": "alpha",
    "max_edges": "max_links",
    "labels": "labels",
    "color_by": "color",
    "layout": "layout",
}
#: The open upload workspace's name (:mod:`pipeline.workspaces`): not a view
#: setting, but kept in the same URL so a reload or a restart reopens it.
WORKSPACE_PARAM = "ws"
_LIST_FIELDS = ("articles", "actor_types", "relation_types")
_TRUE = {"1", "true", "on", "yes"}
_FALSE = {"0", "false", "off", "no"}


def iso_day(value: Any) -> str:
    """``YYYY-MM-DD`` of a date, datetime or ISO string; ``""`` when not a date."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value or "").strip()[:10]
    try:
        return _dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return ""


def _int(value: Any, low: int, high: int) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if low <= number <= high else None


@dataclass(frozen=True)
class ViewState:
    """Every sidebar setting of the explorer, as plain values.

    ``articles``: selected article ids, ``()`` meaning *all* articles (the
    articles list can be long; an empty box reads "all").
    ``actor_types`` / ``relation_types``: ``None`` for all, else the selected
    types; an empty selection means all too (it is stored as ``None``), as
    in the widgets, where an empty box reads "all". ``date_from``/``date_to``: ISO dates or
    ``""`` for open ends (the date window). ``focus``: an actor id or ``""``.
    ``co_mentions``: also show links that rest on co-mention only (edge
    ``kind`` ``co-mention``); off by default, so typed interactions carry
    the picture. ``significance``/``alpha``/``max_edges``: which links are
    drawn among the drawn actors, the ``max_edges`` strongest by a
    :data:`pipeline.significance.METHODS` score (``alpha``: the backbone's
    level). ``labels``: how many actors' labels show without zooming;
    ``color_by``: ``community`` or ``type``; ``layout``: a pinned layout's
    name (:func:`pipeline.layouts.save_layout`), ``""`` for the computed one. The rest are
    the drawing options passed to :func:`pipeline.render.render_html`.
    """

    articles: tuple[str, ...] = ()
    actor_types: tuple[str, ...] | None = None
    relation_types: tuple[str, ...] | None = None
    min_weight: int = 1
    date_from: str = ""
    date_to: str = ""
    search: str = ""
    focus: str = ""
    depth: int = 1
    hide_isolates: bool = False
    co_mentions: bool = False
    max_nodes: int = DEFAULT_MAX_NODES
    label_language: str = "ar"
    physics: bool = False
    size_by: str = "mentions"
    significance: str = "pmi"
    alpha: float = DEFAULT_ALPHA
    max_edges: int = DEFAULT_MAX_EDGES
    labels: int = DEFAULT_LABELS
    color_by: str = "community"
    layout: str = ""

    def __post_init__(self) -> None:
        for name in ("actor_types", "relation_types"):
            if getattr(self, name) is not None and not getattr(self, name):
                object.__setattr__(self, name, None)

    def filter_kwargs(self, *, max_nodes: bool = False) -> dict[str, Any]:
        """Keyword arguments for :func:`pipeline.graph.filter_graph`.

        ``max_nodes`` is left out (``None``: all filtered actors) unless
        asked for: the cap is a drawing limit, not a filter.

        >>> ViewState(search="Lavrov", focus="lavrov", depth=2).filter_kwargs()["focus"]
        'lavrov'
        >>> ViewState().filter_kwargs(max_nodes=True)["max_nodes"]
        150
        >>> ViewState(co_mentions=False).filter_kwargs()["kinds"]
        ('interaction',)
        """
        return {
            "articles": list(self.articles) or None,
            "actor_types": None if self.actor_types is None else list(self.actor_types),
            "relation_types": None if self.relation_types is None else list(self.relation_types),
            "min_weight": int(self.min_weight),
            "date_from": self.date_from or None,
            "date_to": self.date_to or None,
            "search": self.search or None,
            "focus": self.focus or None,
            "depth": int(self.depth),
            "max_nodes": int(self.max_nodes) if max_nodes else None,
            "keep_isolates": not self.hide_isolates,
            "kinds": None if self.co_mentions else ("interaction",),
        }

    def filters(self, *, capped: bool = True) -> "ViewState":
        """Only what decides the graph: drawing options reset to defaults
        (and ``max_nodes`` too unless ``capped``), for cache keys.

        >>> ViewState(search="x", physics=False, max_nodes=10).filters(capped=False) == ViewState(search="x")
        True
        """
        default = ViewState()
        return replace(
            self,
            label_language=default.label_language,
            physics=default.physics,
            size_by=default.size_by,
            labels=default.labels,
            color_by=default.color_by,
            layout=default.layout,
            max_nodes=self.max_nodes if capped else default.max_nodes,
            significance=self.significance if capped else default.significance,
            alpha=self.alpha if capped else default.alpha,
            max_edges=self.max_edges if capped else default.max_edges,
        )

    def render_kwargs(self, drawn: nx.Graph | None = None) -> dict[str, Any]:
        """Keyword arguments for :func:`pipeline.render.render_html`.

        With the ``drawn`` graph, also the focus and the search hits to
        highlight in it.

        >>> from pipeline.graph import _example
        >>> kw = ViewState(search="Lavrov").render_kwargs(_example())
        >>> kw["highlight"], kw["color_by"], kw["labels"]
        (['lavrov'], 'community', 30)
        """
        out: dict[str, Any] = {
            "label_language": self.label_language,
            "physics": bool(self.physics),
            "size_by": self.size_by,
            "color_by": self.color_by,
            "labels": int(self.labels),
        }
        if drawn is not None:
            from .graph import search_nodes

            out["focus"] = self.focus if self.focus in drawn else None
            out["highlight"] = search_nodes(drawn, self.search) if self.search else []
        return out

    def key(self) -> tuple:
        """A hashable tuple of the settings (for caches)."""
        return tuple(getattr(self, f.name) for f in fields(self))

    def to_query_params(self) -> dict[str, str | list[str]]:
        """The settings that differ from the defaults, as query parameters.

        Lists become repeated keys.

        A non-default view also carries ``v`` (:data:`URL_VERSION`), so that
        links made with older defaults keep their meaning.

        >>> ViewState(relation_types=("MEET", "ATTACK"), physics=True, label_language="en").to_query_params()
        {'rel': ['MEET', 'ATTACK'], 'lang': 'en', 'physics': 'on', 'v': '2'}
        >>> ViewState(hide_isolates=True, co_mentions=True, significance="backbone", alpha=0.01).to_query_params()
        {'isolates': 'hide', 'co_mention': 'show', 'rank': 'backbone', 'alpha': '0.01', 'v': '2'}
        >>> ViewState().to_query_params()
        {}
        """
        default = ViewState()
        out: dict[str, str | list[str]] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value == getattr(default, f.name):
                continue
            name = PARAMS[f.name]
            if f.name in _LIST_FIELDS:
                out[name] = list(value)
            elif f.name == "hide_isolates":
                out[name] = "hide" if value else "show"
            elif f.name == "co_mentions":
                out[name] = "show" if value else "hide"
            elif isinstance(value, bool):
                out[name] = "on" if value else "off"
            else:
                out[name] = str(value)
        if out:
            out["v"] = URL_VERSION
        return out

    @classmethod
    def from_query_params(
        cls,
        params: Mapping[str, str | Sequence[str]],
        *,
        articles: Collection[str] | None = None,
        actors: Collection[str] | None = None,
        max_nodes_limit: int = MAX_NODES_LIMIT,
    ) -> "ViewState":
        """Read the settings back from query parameters, ignoring bad values.

        A value that does not parse, or names an article or actor that is not
        in ``articles``/``actors`` (when given), is dropped and the default
        used, so a stale or hand-edited link still opens.

        >>> ViewState.from_query_params({"depth": "9", "size": "pagerank", "type": ["PER", "XYZ"], "v": "2"})
        ViewState(articles=(), actor_types=('PER',), relation_types=None, min_weight=1, date_from='', date_to='', search='', focus='', depth=1, hide_isolates=False, co_mentions=False, max_nodes=150, label_language='ar', physics=False, size_by='pagerank', significance='pmi', alpha=0.05, max_edges=300, labels=30, color_by='community', layout='')
        >>> ViewState.from_query_params({"focus": "nobody"}, actors={"lavrov"}).focus
        ''

        Parameters present but no ``v``: a link from before version 2,
        opened with the defaults it was made with (co-mention links and
        physics on). The workspace parameter alone (:data:`WORKSPACE_PARAM`)
        is not a view, and keeps today's defaults:

        >>> ViewState.from_query_params({"ws": "talks"}) == ViewState()
        True
        """

        def values(name: str) -> list[str] | None:
            raw = params.get(PARAMS[name])
            if raw is None:
                return None
            return [str(v) for v in ([raw] if isinstance(raw, str) else raw)]

        def last(name: str) -> str | None:
            got = values(name)
            return got[-1].strip() if got else None

        settings: dict[str, Any] = {}
        version = params.get("v")
        if not version and any(k != WORKSPACE_PARAM for k in params):
            settings.update(_LEGACY_DEFAULTS)
        got = values("articles")
        if got is not None:
            chosen = [a for a in dict.fromkeys(got) if a and (articles is None or a in articles)]
            settings["articles"] = tuple(chosen)
        for name, allowed in (("actor_types", ENTITY_TYPES), ("relation_types", RELATION_TYPES)):
            got = values(name)
            if got is not None:
                settings[name] = tuple(v for v in dict.fromkeys(got) if v in allowed)
        number = _int(last("min_weight"), 1, 1_000_000)
        if number is not None:
            settings["min_weight"] = number
        for name in ("date_from", "date_to"):
            day = iso_day(last(name))
            if day:
                settings[name] = day
        if settings.get("date_from") and settings.get("date_to") and settings["date_from"] > settings["date_to"]:
            settings["date_from"], settings["date_to"] = settings["date_to"], settings["date_from"]
        text = last("search")
        if text:
            settings["search"] = text[:200]
        focus = last("focus")
        if focus and (actors is None or focus in actors):
            settings["focus"] = focus
        number = _int(last("depth"), 1, MAX_DEPTH)
        if number is not None:
            settings["depth"] = number
        flag = (last("hide_isolates") or "").lower()
        if flag in ("hide", "show"):
            settings["hide_isolates"] = flag == "hide"
        flag = (last("co_mentions") or "").lower()
        if flag in ("hide", "show"):
            settings["co_mentions"] = flag == "show"
        number = _int(last("max_nodes"), 1, max_nodes_limit)
        if number is not None:
            settings["max_nodes"] = number
        language = last("label_language")
        if language in LANGUAGES:
            settings["label_language"] = language
        flag = (last("physics") or "").lower()
        if flag in _TRUE | _FALSE:
            settings["physics"] = flag in _TRUE
        size = last("size_by")
        if size in SIZE_BY:
            settings["size_by"] = size
        method = last("significance")
        if method in METHODS:
            settings["significance"] = method
        try:
            alpha = float(last("alpha") or "nan")
        except ValueError:
            alpha = float("nan")
        if 0.0 < alpha <= 1.0:
            settings["alpha"] = alpha
        number = _int(last("max_edges"), 0, MAX_EDGES_LIMIT)
        if number is not None:
            settings["max_edges"] = number
        number = _int(last("labels"), 0, MAX_LABELS)
        if number is not None:
            settings["labels"] = number
        colour = last("color_by")
        if colour in COLOR_BY:
            settings["color_by"] = colour
        name = last("layout") or ""
        if LAYOUT_NAME.match(name):
            settings["layout"] = name
        return cls(**settings)


def view_graphs(G: nx.Graph, state: ViewState, index: Any = None) -> tuple[nx.Graph, nx.Graph]:
    """The actors matching ``state`` and the ones drawn, in one filtering pass.

    ``matching`` is ``filter_graph(G, **state.filter_kwargs())``. The drawn
    actors are ``filter_graph(G, **state.filter_kwargs(max_nodes=True))``'s
    (the focus and search hits first, then the strongest by weighted
    degree); the evidence filters (articles, dates, relation types), which
    rebuild the graph, run once. Among the drawn actors only the
    ``state.max_edges`` links strongest by ``state.significance`` are drawn,
    scored on the whole matching graph (so a hub's routine links are judged
    against all its links, not only the drawn ones; the backbone drops the
    links that are not significant at ``state.alpha``).

    The work is done on arrays (:mod:`pipeline.viewindex`); ``index``, a
    :class:`pipeline.viewindex.GraphIndex` of ``G`` made once, saves
    indexing ``G`` on every call. It is used only while no evidence filter
    is set (the evidence filters make a new graph).

    >>> from pipeline.graph import _example, filter_graph
    >>> state = ViewState(relation_types=("MEET",), focus="kerry", max_nodes=1)
    >>> matching, drawn = view_graphs(_example(), state)
    >>> sorted(matching), sorted(drawn)
    (['kerry', 'lavrov'], ['kerry'])
    >>> sorted(drawn) == sorted(filter_graph(_example(), **state.filter_kwargs(max_nodes=True)))
    True
    >>> _, drawn = view_graphs(_example(), ViewState(co_mentions=True, significance="weight", max_edges=1))
    >>> list(drawn.edges)
    [('kerry', 'lavrov')]
    """
    from .graph import by_evidence
    from .viewindex import GraphIndex, as_plain, fast_view

    kw = state.filter_kwargs()
    base = by_evidence(G, articles=kw["articles"], relation_types=kw["relation_types"], date_from=kw["date_from"], date_to=kw["date_to"])
    ix = index if index is not None and base is G and index.graph is G else GraphIndex.of(base)
    view = fast_view(
        ix,
        actor_types=kw["actor_types"],
        min_weight=kw["min_weight"],
        kinds=kw["kinds"],
        keep_isolates=kw["keep_isolates"],
        search=kw["search"],
        focus=kw["focus"],
        depth=kw["depth"],
        max_nodes=int(state.max_nodes),
        significance=state.significance,
        alpha=float(state.alpha),
        max_edges=int(state.max_edges),
    )
    return view.matching, as_plain(ix, view)


def actor_rows(G: nx.Graph, state: ViewState, index: Any = None) -> tuple[list[dict[str, Any]], int | None]:
    """The Actors table of the actors matching ``state``:
    ``pipeline.graph.actor_rows(view_graphs(G, state)[0])``, computed on
    arrays (:func:`pipeline.viewindex.actor_rows`); ``index`` as for
    :func:`view_graphs`. On a whole corpus, reading the matching networkx
    view alone took more than half a second.

    >>> from pipeline.graph import _example
    >>> rows, k = actor_rows(_example(), ViewState(relation_types=("MEET",)))
    >>> [(r["id"], r["degree"]) for r in rows], k
    ([('lavrov', 1), ('kerry', 1), ('moscow', 0)], None)
    """
    from .graph import by_evidence
    from .viewindex import GraphIndex, matching_masks
    from .viewindex import actor_rows as rows_of

    kw = state.filter_kwargs()
    base = by_evidence(G, articles=kw["articles"], relation_types=kw["relation_types"], date_from=kw["date_from"], date_to=kw["date_to"])
    ix = index if index is not None and base is G and index.graph is G else GraphIndex.of(base)
    nodes, edges, _ = matching_masks(
        ix,
        actor_types=kw["actor_types"],
        min_weight=kw["min_weight"],
        kinds=kw["kinds"],
        keep_isolates=kw["keep_isolates"],
        search=kw["search"],
        focus=kw["focus"],
        depth=kw["depth"],
    )
    return rows_of(ix, nodes, edges)


def render_options(drawn: nx.Graph, state: ViewState, positions: Mapping[str, Sequence[float]] | None = None) -> dict[str, Any]:
    """:func:`pipeline.render.render_html` keywords for a view: the drawing
    options, focus and search hits of ``state``, and ``positions`` (the
    shared layout, a pinned one over it) unless physics lays it out.

    >>> from pipeline.graph import _example
    >>> sorted(render_options(_example(), ViewState(focus="kerry"), {"kerry": (0, 0)}))
    ['color_by', 'focus', 'highlight', 'label_language', 'labels', 'physics', 'positions', 'size_by']
    """
    return {**state.render_kwargs(drawn), "positions": positions}
