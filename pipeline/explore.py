"""What the explorer app needs that is not drawing widgets.

``graph_app.py`` is UI only; everything it computes comes from here or from
:mod:`pipeline.graph`, :mod:`pipeline.export` and :mod:`pipeline.render`:

* :class:`ViewState`: every sidebar setting as plain values, its
  :func:`~ViewState.filter_kwargs` for :func:`pipeline.graph.filter_graph`,
  and its round trip through URL query parameters (so a view can be shared);
* :func:`view_graphs`: the matching and the drawn graph of a view (links
  ranked by :mod:`pipeline.significance`), :func:`render_options` and
  :func:`base_layout` (one seeded layout shared by every view, so actors
  keep their places), :func:`save_layout`/:func:`load_layout`/
  :func:`saved_layouts` (pinned layouts in the work folder);
* :func:`load_graph_dir`: ``graph.json`` and ``articles.json`` of a build;
* :func:`article_label`, :func:`date_bounds`, :func:`actor_options`: what the
  widgets list;
* :func:`evidence_rows`, :func:`highlight_html`, :func:`article_html`: source
  sentences and article texts with the actors' names marked, as *escaped*
  HTML (every character of the data goes through :func:`html.escape`);
* :data:`EXPORTS` / :func:`export_payload`: the download files of a graph;
* :func:`merge_uploads`, :func:`uncached`, :func:`rebuild`: adding uploaded
  articles to the graph in a workspace folder, never in ``graphs/``.

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
import html
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx

from .arabic import normalize, strip_clitics
from .render import COLOR_BY, DEFAULT_LABELS, LANGUAGES, SIZE_BY
from .significance import DEFAULT_ALPHA, METHODS
from .types import ENTITY_TYPES, RELATION_TYPES, Article, IngestResult, Skipped

__all__ = [
    "DEFAULT_MAX_NODES",
    "DEFAULT_MAX_EDGES",
    "MAX_NODES_LIMIT",
    "ViewState",
    "GraphData",
    "view_graphs",
    "render_options",
    "base_layout",
    "save_layout",
    "load_layout",
    "saved_layouts",
    "actor_rows",
    "load_graph_dir",
    "article_label",
    "article_index",
    "date_bounds",
    "actor_label",
    "actor_options",
    "evidence_rows",
    "evidence_count",
    "highlight_html",
    "name_spans",
    "article_html",
    "EXPORTS",
    "export_payload",
    "UploadReport",
    "articles_from_records",
    "merge_uploads",
    "uncached",
    "rebuild",
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
_LAYOUT_NAME = re.compile(r"^[0-9a-f]{12}$")
_LIST_FIELDS = ("articles", "actor_types", "relation_types")
_TRUE = {"1", "true", "on", "yes"}
_FALSE = {"0", "false", "off", "no"}


# ---------------------------------------------------------------------------
# the view state and the URL
# ---------------------------------------------------------------------------


def _iso(value: Any) -> str:
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
    name (:func:`save_layout`), ``""`` for the computed one. The rest are
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
        physics on).
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
        if params and not version:
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
            day = _iso(last(name))
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
        if _LAYOUT_NAME.match(name):
            settings["layout"] = name
        return cls(**settings)


# ---------------------------------------------------------------------------
# the graphs of a view
# ---------------------------------------------------------------------------


def view_graphs(G: nx.Graph, state: ViewState) -> tuple[nx.Graph, nx.Graph]:
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
    from .graph import filter_graph
    from .significance import rank_edges

    matching = filter_graph(G, **state.filter_kwargs())
    drawn = filter_graph(matching, search=state.search or None, focus=state.focus or None, depth=int(state.depth), max_nodes=int(state.max_nodes))
    ranked = rank_edges(matching, state.significance, alpha=float(state.alpha), n=int(state.max_edges), among=set(drawn))
    keep = {e for e, _ in ranked}
    keep |= {(v, u) for u, v in keep}
    # a small, plain graph: the drawing reads it many times, and a view of a
    # view of the whole graph checks every actor of it on each read
    small = nx.Graph()
    small.graph.update(drawn.graph)
    small.add_nodes_from(drawn.nodes(data=True))
    small.add_edges_from((u, v, d) for u, v, d in drawn.edges(data=True) if (u, v) in keep)
    return matching, nx.freeze(small)


#: How many of the strongest actors of the whole graph the shared layout
#: places (:func:`base_layout`), besides every actor with a typed link; the
#: others are placed beside them.
BASE_LAYOUT_NODES = 800
#: Typed links pull their actors this much harder than co-mentions in the layout.
INTERACTION_PULL = 3.0


def base_layout(G: nx.Graph, n: int = BASE_LAYOUT_NODES) -> dict[str, tuple[float, float]]:
    """One deterministic layout for every view of ``G``.

    A seeded force-directed layout (:func:`pipeline.render.layout_positions`)
    of the ``n`` strongest actors of the unfiltered graph plus every actor
    with a typed link, over all their links (typed ones weighted
    :data:`INTERACTION_PULL` times more), its radii then evened out (an
    actor's distance from the centre becomes its rank among all
    distances, square-rooted), so the dense core of a large graph spreads
    over the drawing. Passed to the drawing, an actor keeps its place when
    a filter changes; actors outside it are set beside their neighbours.

    >>> from pipeline.graph import _example
    >>> pos = base_layout(_example())
    >>> sorted(pos), pos == base_layout(_example())
    (['kerry', 'lavrov', 'moscow'], True)
    """
    from .graph import INTERACTION, edge_kind, top_nodes
    from .render import layout_positions

    keep = set(top_nodes(G, n))
    keep |= {x for u, v, d in G.edges(data=True) if edge_kind(d) == INTERACTION for x in (u, v)}
    H = nx.Graph()
    H.add_nodes_from(x for x in G if x in keep)
    H.add_weighted_edges_from(
        (u, v, float(d.get("weight", 1)) * (INTERACTION_PULL if edge_kind(d) == INTERACTION else 1.0))
        for u, v, d in G.edges(data=True)
        if u in keep and v in keep
    )
    pos = layout_positions(H)
    if len(pos) < 3:
        return pos
    import math

    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    polar = {k: (math.hypot(x - cx, y - cy), math.atan2(y - cy, x - cx)) for k, (x, y) in pos.items()}
    outer = max(r for r, _ in polar.values()) or 1.0
    order = sorted(polar, key=lambda k: (polar[k][0], str(k)))
    out = {}
    for rank, k in enumerate(order):
        r = outer * math.sqrt((rank + 0.5) / len(order))
        out[k] = (round(r * math.cos(polar[k][1]), 1), round(r * math.sin(polar[k][1]), 1))
    return out


def render_options(drawn: nx.Graph, state: ViewState, positions: Mapping[str, Sequence[float]] | None = None) -> dict[str, Any]:
    """:func:`pipeline.render.render_html` keywords for a view: the drawing
    options, focus and search hits of ``state``, and ``positions`` (the
    shared layout, a pinned one over it) unless physics lays it out.

    >>> from pipeline.graph import _example
    >>> sorted(render_options(_example(), ViewState(focus="kerry"), {"kerry": (0, 0)}))
    ['color_by', 'focus', 'highlight', 'label_language', 'labels', 'physics', 'positions', 'size_by']
    """
    return {**state.render_kwargs(drawn), "positions": positions}


def _layout_dir(work: Path) -> Path:
    return Path(work) / "layouts"


def save_layout(work: str | Path, positions: Mapping[str, Sequence[float]]) -> str:
    """Pin a layout: write ``positions`` to ``WORK/layouts/NAME.json``; returns ``NAME``.

    ``NAME`` is a hash of the positions (12 hex digits), so pinning the same
    layout twice gives the same name and file. Written atomically.

    >>> import tempfile
    >>> work = tempfile.mkdtemp()
    >>> name = save_layout(work, {"lavrov": (1.0, 2.0)})
    >>> load_layout(work, name), saved_layouts(work) == [name]
    ({'lavrov': (1.0, 2.0)}, True)
    """
    import hashlib
    import json
    import os
    import tempfile

    data = {str(k): [round(float(x), 1), round(float(y), 1)] for k, (x, y) in sorted(positions.items(), key=lambda kv: str(kv[0]))}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    name = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    folder = _layout_dir(Path(work))
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, folder / f"{name}.json")
    return name


def load_layout(work: str | Path, name: str) -> dict[str, tuple[float, float]] | None:
    """The positions pinned as ``name``, or ``None`` when there is no such layout (or it is damaged)."""
    import json

    if not _LAYOUT_NAME.match(name or ""):
        return None
    try:
        data = json.loads((_layout_dir(Path(work)) / f"{name}.json").read_text(encoding="utf-8"))
        return {str(k): (float(v[0]), float(v[1])) for k, v in data.items()}
    except (OSError, ValueError, TypeError, IndexError, AttributeError):
        return None


def saved_layouts(work: str | Path) -> list[str]:
    """Names of the pinned layouts in ``work``, newest first."""
    folder = _layout_dir(Path(work))
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.json") if _LAYOUT_NAME.match(p.stem)]
    return [p.stem for p in sorted(files, key=lambda p: (-p.stat().st_mtime_ns, p.stem))]


#: Work budget for the betweenness estimate of :func:`actor_rows`: source
#: samples × edges. Sampling more sources costs time linearly.
BETWEENNESS_BUDGET = 400_000


def actor_rows(G: nx.Graph, *, seed: int = 0) -> tuple[list[dict[str, Any]], int | None]:
    """:func:`pipeline.graph.actor_table` with a bounded cost, and the sample size.

    Betweenness is exact up to 500 actors; above, it is estimated from
    ``k`` source samples, ``k`` chosen so that ``k × edges`` stays within
    :data:`BETWEENNESS_BUDGET` (between 16 and 100): about a second on a
    4,000-actor graph of 1,000 articles instead of several. Returns the rows
    and ``k`` (``None`` when exact).

    >>> from pipeline.graph import _example
    >>> rows, k = actor_rows(_example())
    >>> [r["id"] for r in rows], k
    (['lavrov', 'kerry', 'moscow'], None)
    """
    from .graph import actor_table

    exact_below = 500
    n, m = G.number_of_nodes(), G.number_of_edges()
    k = None if n <= exact_below else max(16, min(100, BETWEENNESS_BUDGET // max(m, 1), n))
    return actor_table(G, seed=seed, betweenness_k=k or 100, exact_below=exact_below), k


# ---------------------------------------------------------------------------
# loading a built graph
# ---------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------
# what the widgets list
# ---------------------------------------------------------------------------


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def article_label(meta: Mapping[str, Any], limit: int = 70) -> str:
    """``title — source · date`` for an article (plain text, for widget labels).

    Each part is a bidi isolate (U+2068 … U+2069), so an Arabic title or
    outlet does not reorder the date next to it.

    >>> label = article_label({"id": "a1", "title": "لقاء   في جنيف", "source": "الوطن", "date": "2016-07-28"})
    >>> label.replace("\u2068", "").replace("\u2069", "")
    'لقاء في جنيف — الوطن · 2016-07-28'
    >>> article_label({"id": "a2"})
    '\u2068a2\u2069'
    """
    title = _short(meta.get("title") or meta.get("id") or "", limit)
    parts = [f"\u2068{x}\u2069" for x in (meta.get("source"), meta.get("date")) if x]
    extra = " · ".join(parts)
    return f"\u2068{title}\u2069 — {extra}" if extra else f"\u2068{title}\u2069"


def article_index(meta: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Article id → its metadata dict."""
    return {str(m.get("id")): dict(m) for m in meta}


def date_bounds(meta: Iterable[Mapping[str, Any]]) -> tuple[_dt.date, _dt.date] | None:
    """First and last article date, or None when no article is dated.

    >>> date_bounds([{"date": "2016-07-28"}, {"date": ""}, {"date": "2015-10-11"}])
    (datetime.date(2015, 10, 11), datetime.date(2016, 7, 28))
    """
    days = sorted(d for d in (_iso(m.get("date")) for m in meta) if d)
    if not days:
        return None
    return _dt.date.fromisoformat(days[0]), _dt.date.fromisoformat(days[-1])


def actor_label(G: nx.Graph, node: str, language: str = "ar") -> str:
    """Display name of an actor: Arabic (English) or English (Arabic).

    >>> from pipeline.graph import _example
    >>> actor_label(_example(), "lavrov"), actor_label(_example(), "lavrov", "en")
    ('لافروف (Sergey Lavrov)', 'Sergey Lavrov (لافروف)')
    """
    if node not in G:
        return str(node)
    d = G.nodes[node]
    ar, en = str(d.get("label") or ""), str(d.get("label_en") or "")
    first, second = (en, ar) if language == "en" and en else (ar or en, en if ar else "")
    first = first or str(node)
    return f"{first} ({second})" if second and second != first else first


def actor_options(G: nx.Graph) -> list[str]:
    """Actor ids, strongest first (weighted degree, mentions, id).

    >>> from pipeline.graph import _example
    >>> actor_options(_example())
    ['lavrov', 'kerry', 'moscow']
    """
    strength = dict(G.degree(weight="weight"))
    return sorted(G, key=lambda n: (-strength[n], -(G.nodes[n].get("mentions") or 0), str(n)))


# ---------------------------------------------------------------------------
# highlighted, escaped HTML
# ---------------------------------------------------------------------------

_MARK_STYLE = "background:{bg};border-radius:3px;padding:0 2px;"
_TINTS = {"PER": "#fde0e0", "ORG": "#dde7f3", "LOC": "#e0f0dc", "MISC": "#efe3ee"}
_FOCUS_TINT = "#ffe08a"
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of text: offsets, actor type and a tooltip."""

    start: int
    end: int
    type: str = ""
    title: str = ""
    strong: bool = False  # the selected actor: stronger colour


def highlight_html(text: str, spans: Iterable[Span]) -> str:
    """``text`` as escaped HTML, each span wrapped in ``<mark>``.

    Overlapping spans keep the earliest (then the longest); spans outside the
    text are ignored. Text, tooltips and every attribute are escaped, so the
    result holds no markup of the data's own.

    >>> highlight_html("قال <b>كيري</b>", [Span(7, 11, "PER", 'John "K"')])
    'قال &lt;b&gt;<mark style="background:#fde0e0;border-radius:3px;padding:0 2px;" title="John &quot;K&quot;">كيري</mark>&lt;/b&gt;'
    """
    esc = html.escape
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        start, end = max(span.start, 0), min(span.end, len(text))
        if start < pos or end <= start:
            continue
        out.append(esc(text[pos:start]))
        style = _MARK_STYLE.format(bg=_FOCUS_TINT if span.strong else _TINTS.get(span.type, "#eeeeee"))
        title = f' title="{esc(span.title, quote=True)}"' if span.title else ""
        out.append(f'<mark style="{style}"{title}>{esc(text[start:end])}</mark>')
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def _name_tokens(name: str) -> list[str]:
    return _WORD.findall(normalize(name))


def name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where any of ``names`` occurs in ``text``, matching whole tokens.

    Tokens are compared after :func:`pipeline.arabic.normalize`, and a text
    token also matches without its clitics (و ف ب ل ك ال), so «ولافروف»
    matches لافروف but «الكيريين» does not match كيري. Used when a sentence
    has no recorded mention offsets.

    >>> text = "وقال لافروف إن موسكو ترحب"
    >>> [text[s:e] for s, e in name_spans(text, ["لافروف", "موسكو"])]
    ['لافروف', 'موسكو']
    >>> name_spans("قالت الكيريين", ["كيري"])
    []
    """
    words = [(m.start(), m.end(), set(strip_clitics(normalize(m.group())))) for m in _WORD.finditer(text)]
    wanted = sorted({tuple(t) for t in map(_name_tokens, names) if t}, key=len, reverse=True)
    found: list[tuple[int, int]] = []
    for i in range(len(words)):
        for tokens in wanted:
            if i + len(tokens) <= len(words) and all(tok in words[i + k][2] for k, tok in enumerate(tokens)):
                found.append((words[i][0], words[i + len(tokens) - 1][1]))
                break
    return found


def _mention_spans(record: Mapping[str, Any] | None, start: int, end: int, actors: Collection[str]) -> list[dict[str, Any]]:
    if not record:
        return []
    return [
        m
        for m in record.get("mentions") or ()
        if m.get("actor") in actors and isinstance(m.get("start"), int) and isinstance(m.get("end"), int) and start <= m["start"] and m["end"] <= end
    ]


def _sentence_spans(
    G: nx.Graph, sentence: str, ev: Mapping[str, Any], record: Mapping[str, Any] | None, actors: Sequence[str], focus: str, language: str
) -> list[Span]:
    """Spans of ``actors`` in an evidence sentence: recorded offsets, else name matching."""
    start = ev.get("start") if isinstance(ev.get("start"), int) else None
    spans: list[Span] = []
    text = str((record or {}).get("text") or "")
    if start is not None and text[start : start + len(sentence)] == sentence:
        for m in _mention_spans(record, start, start + len(sentence), set(actors)):
            actor = m["actor"]
            spans.append(Span(m["start"] - start, m["end"] - start, str(G.nodes[actor].get("type") or "") if actor in G else "", actor_label(G, actor, language), actor == focus))
    covered = {s.title for s in spans}
    for actor in actors:
        if actor not in G or actor_label(G, actor, language) in covered:
            continue
        d = G.nodes[actor]
        names = [str(d.get("label") or ""), *map(str, d.get("aliases") or ())]
        for s, e in name_spans(sentence, names):
            spans.append(Span(s, e, str(d.get("type") or ""), actor_label(G, actor, language), actor == focus))
    return spans


def _evidence_groups(G: nx.Graph, actor: str, other: str | None) -> dict[tuple[str, Any, Any], list[tuple[str, Mapping[str, Any]]]]:
    """(article, start, end) of each sentence linking ``actor`` to ``other`` (or
    to anyone) → its ``(partner, evidence item)`` pairs, one per partner."""
    if other is not None:
        partners = [other] if G.has_edge(actor, other) else []
    else:
        partners = list(G[actor])
    groups: dict[tuple[str, Any, Any], list[tuple[str, Mapping[str, Any]]]] = {}
    for partner in partners:
        for ev in G.edges[actor, partner].get("evidence") or ():
            groups.setdefault((str(ev.get("article") or ""), ev.get("start"), ev.get("end")), []).append((partner, ev))
    return groups


def _link(ev: Mapping[str, Any], actor: str, partner: str) -> dict[str, Any]:
    return {
        "source": str(ev.get("source") or actor),
        "target": str(ev.get("target") or partner),
        "relations": list(ev.get("relations") or ()),
        "trigger": str(ev.get("trigger") or ""),
        "directed": bool(ev.get("directed")),
    }


def evidence_rows(
    G: nx.Graph,
    actor: str,
    other: str | None = None,
    *,
    articles: Mapping[str, Mapping[str, Any]] | None = None,
    language: str = "ar",
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Every source sentence linking ``actor`` to ``other`` (or to anyone), once each.

    Parameters
    ----------
    G : networkx.Graph
        The (filtered) graph: its edges' ``evidence`` lists are the source.
    actor, other : str
        Actor ids; ``other=None`` takes all of ``actor``'s links, and a
        sentence naming several of his partners is one row.
    articles : mapping, optional
        Article id → ``articles.json`` record (text and mention offsets) or
        metadata; titles, sources and dates come from here, else from
        ``G.graph["articles"]``.
    language : {"ar", "en"}
        Language of actor names in the rows.
    limit : int, optional
        At most this many rows.

    Returns
    -------
    list of dict
        ``{article, title, source, date, relations, trigger, partners, links,
        sentence, html}``, in article then text order: ``relations`` are the
        types the sentence asserts between ``actor`` and its partners (sorted,
        ``[]`` for a co-mention), ``links`` one ``{source, target, relations,
        trigger, directed}`` per partner; ``html`` is the sentence escaped,
        the actors' names in ``<mark>`` (the selected actor in a stronger
        colour).

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> rows = evidence_rows(_example(), "moscow")
    >>> [(r["article"], r["relations"], r["title"]) for r in rows]
    [('a1', [], 't1')]
    >>> rows[0]["html"].count("<mark")
    2

    In a1 Lavrov meets Kerry in Moscow: one sentence, one row, two partners.

    >>> [(r["article"], r["partners"], r["relations"]) for r in evidence_rows(_example(), "lavrov")]
    [('a1', ['kerry', 'moscow'], ['MEET']), ('a2', ['kerry'], ['ATTACK', 'MEET'])]
    >>> [(r["relations"], r["links"][0]["source"], r["links"][0]["directed"]) for r in evidence_rows(_example(), "lavrov", "kerry")]
    [(['MEET'], 'kerry', False), (['ATTACK', 'MEET'], 'lavrov', True)]
    """
    if actor not in G:
        return []
    meta = article_index(G.graph.get("articles") or [])
    records = dict(articles or {})
    order = {a: i for i, a in enumerate(meta)}
    groups = _evidence_groups(G, actor, other)
    keys = sorted(groups, key=lambda k: (order.get(k[0], len(order)), k[0], k[1] if isinstance(k[1], int) else 0, k[2] if isinstance(k[2], int) else 0))
    rows = []
    for key in keys[:limit] if limit is not None else keys:  # highlight only what is returned
        items = groups[key]
        article = key[0]
        record = records.get(article)
        info = {**meta.get(article, {}), **(record or {})}
        first = items[0][1]
        sentence = str(first.get("sentence") or "")
        partners = [p for p, _ in items]
        spans = _sentence_spans(G, sentence, first, record, [actor, *partners], actor, language)
        links = [_link(ev, actor, p) for p, ev in items]
        rows.append(
            {
                "article": article,
                "title": str(info.get("title") or ""),
                "source": str(info.get("source") or ""),
                "date": str(info.get("date") or ""),
                "relations": sorted({t for link in links for t in link["relations"]}),
                "trigger": "; ".join(dict.fromkeys(link["trigger"] for link in links if link["trigger"])),
                "partners": partners,
                "links": links,
                "sentence": sentence,
                "html": highlight_html(sentence, spans),
            }
        )
    return rows


def evidence_count(G: nx.Graph, actor: str, other: str | None = None) -> int:
    """How many distinct sentences link ``actor`` to ``other`` (or to anyone):
    the rows :func:`evidence_rows` would give without a limit.

    >>> from pipeline.graph import _example
    >>> evidence_count(_example(), "lavrov"), evidence_count(_example(), "lavrov", "kerry")
    (2, 2)
    """
    if actor not in G:
        return 0
    return len(_evidence_groups(G, actor, other))


def article_html(record: Mapping[str, Any], G: nx.Graph | None = None, *, language: str = "ar", focus: str = "") -> str:
    """An article's text as escaped, right-to-left HTML, its entities marked.

    Mention offsets come from the ``articles.json`` record; a mention whose
    actor is in ``G`` gets the actor's name as tooltip, and ``focus`` (an
    actor id) a stronger colour. Line breaks are kept (``pre-wrap``).

    >>> rec = {"id": "a1", "text": "التقى لافروف <script>", "mentions": [{"start": 6, "end": 12, "actor": "lavrov", "type": "PER", "text": "لافروف"}]}
    >>> page = article_html(rec)
    >>> "<mark" in page, "<script>" in page, "&lt;script&gt;" in page, 'dir="rtl"' in page
    (True, False, True, True)
    """
    text = str(record.get("text") or "")
    spans = []
    for m in record.get("mentions") or ():
        if not (isinstance(m.get("start"), int) and isinstance(m.get("end"), int)):
            continue
        actor = str(m.get("actor") or "")
        title = actor_label(G, actor, language) if G is not None and actor in G else str(m.get("text") or actor)
        kind = str(m.get("type") or "")
        spans.append(Span(m["start"], m["end"], kind, f"{title} · {kind}" if kind else title, bool(focus) and actor == focus))
    body = highlight_html(text, spans)
    return (
        '<div dir="rtl" lang="ar" style="white-space:pre-wrap;unicode-bidi:plaintext;text-align:start;'
        'font-family:\'Noto Naskh Arabic\',Amiri,Tahoma,Arial,sans-serif;font-size:1.08rem;line-height:1.9;'
        'max-height:560px;overflow-y:auto;padding:0.5rem 1rem;border:1px solid #e6e6e6;border-radius:6px;">'
        f"{body}</div>"
    )


def type_legend_html(language: str = "ar") -> str:
    """A one-line legend of the highlight colours (escaped HTML).

    >>> "<mark" in type_legend_html("en")
    True
    """
    from .render import TYPE_NAMES

    names = TYPE_NAMES.get(language, TYPE_NAMES["en"])
    parts = [
        f'<mark style="{_MARK_STYLE.format(bg=_TINTS[t])}">{html.escape(names.get(t, t))}</mark>' for t in ENTITY_TYPES
    ]
    return '<div style="font-size:0.85rem;color:#555;">' + " ".join(parts) + "</div>"


# ---------------------------------------------------------------------------
# exports
# ---------------------------------------------------------------------------


def _graphml(G: nx.Graph, **_: Any) -> bytes:
    from .export import generate_graphml

    return generate_graphml(G).encode("utf-8")


def _gexf(G: nx.Graph, **_: Any) -> bytes:
    from .export import generate_gexf

    return generate_gexf(G).encode("utf-8")


def _json(G: nx.Graph, **_: Any) -> bytes:
    from .export import generate_json

    return generate_json(G).encode("utf-8")


def _csv_zip(G: nx.Graph, **_: Any) -> bytes:
    from .export import generate_csv_zip

    return generate_csv_zip(G)


def _html(G: nx.Graph, **options: Any) -> bytes:
    from .export import generate_html

    return generate_html(G, **options).encode("utf-8")


@dataclass(frozen=True)
class ExportFormat:
    label: str
    file_name: str
    mime: str
    generate: Callable[..., bytes] = field(repr=False)


EXPORTS: dict[str, ExportFormat] = {
    "graphml": ExportFormat("GraphML", "graph.graphml", "application/graphml+xml", _graphml),
    "gexf": ExportFormat("GEXF", "graph.gexf", "application/gexf+xml", _gexf),
    "json": ExportFormat("JSON", "graph.json", "application/json", _json),
    "csv": ExportFormat("CSV (zip)", "graph-csv.zip", "application/zip", _csv_zip),
    "html": ExportFormat("HTML page", "graph.html", "text/html", _html),
}


def export_payload(G: nx.Graph, fmt: str, **html_options: Any) -> bytes:
    """The bytes of ``G`` in format ``fmt`` (a key of :data:`EXPORTS`).

    ``html_options`` go to :func:`pipeline.render.render_html` (the HTML
    page); the data formats ignore them.

    >>> import json
    >>> from pipeline.graph import _example
    >>> json.loads(export_payload(_example(), "json"))["nodes"][0]["id"]
    'kerry'
    >>> b'data-node-count="2"' in export_payload(_example(), "html", max_nodes=2, physics=False)
    True
    """
    if fmt not in EXPORTS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTS)}")
    return EXPORTS[fmt].generate(G, **html_options)


# ---------------------------------------------------------------------------
# adding uploaded articles
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class UploadReport:
    """What became of each uploaded file.

    ``accepted``: file name → ids of its new articles; ``rejected``: files or
    records not added, with the reason; ``warnings``: repairs that still
    added the article.
    """

    accepted: dict[str, tuple[str, ...]]
    rejected: tuple[Skipped, ...]
    warnings: tuple[Skipped, ...] = ()

    @property
    def new_articles(self) -> int:
        return sum(len(ids) for ids in self.accepted.values())


def articles_from_records(records: Iterable[Mapping[str, Any]]) -> list[Article]:
    """Articles back from ``articles.json`` records (the texts as ingested).

    >>> articles_from_records([{"id": "a", "text": "نص", "title": "t", "date": "2015-01-01"}])[0].date
    '2015-01-01'
    """
    out = []
    for r in records:
        if r.get("id") and isinstance(r.get("text"), str):
            out.append(
                Article(
                    id=str(r["id"]),
                    text=r["text"],
                    title=str(r.get("title") or ""),
                    source=str(r.get("source") or ""),
                    date=str(r.get("date") or ""),
                    url=str(r.get("url") or ""),
                )
            )
    return out


def merge_uploads(base: Sequence[Article], files: Sequence[tuple[str, bytes]]) -> tuple[IngestResult, UploadReport]:
    """The corpus plus the uploaded files' articles, and a per-file report.

    Uploads go through :func:`pipeline.ingest.ingest_uploads` (formats,
    encodings, bad files and duplicates among the uploads); an uploaded
    article whose id or text is already in ``base`` is rejected too. Never
    raises for bad file contents.

    >>> text = "قال وزير الخارجية الأمريكي جون كيري إن الاجتماع مع لافروف كان مفيدا جدا. " * 2
    >>> merged, report = merge_uploads([], [("kerry.txt", text.encode()), ("x.pdf", b"%PDF-1.4"), ("kerry2.txt", text.encode())])
    >>> [a.id for a in merged.articles], report.accepted
    (['kerry'], {'kerry.txt': ('kerry',)})
    >>> [(s.path, s.reason.split(" (")[0]) for s in report.rejected]
    [('kerry2.txt', 'duplicate of kerry'), ('x.pdf', 'unsupported file type .pdf')]
    """
    from .ingest import ingest_uploads

    uploaded = ingest_uploads(list(files))
    ids = {a.id for a in base}
    texts = {a.text: a.id for a in base}
    new: list[Article] = []
    rejected: list[Skipped] = []
    for article in uploaded.articles:
        where = article.path or article.id
        if article.id in ids:
            rejected.append(Skipped(where, f"article id {article.id!r} is already in the graph"))
        elif article.text in texts:
            rejected.append(Skipped(where, f"duplicate of {texts[article.text]} (already in the graph)"))
        else:
            new.append(article)
            ids.add(article.id)
            texts[article.text] = article.id
    rejected.extend(uploaded.skipped)
    accepted: dict[str, tuple[str, ...]] = {}
    for article in new:
        key = article.path or article.id
        accepted[key] = accepted.get(key, ()) + (article.id,)
    report = UploadReport(accepted, tuple(sorted(rejected, key=lambda s: s.path)), tuple(uploaded.warnings))
    merged = IngestResult(tuple(base) + tuple(new), tuple(uploaded.skipped), tuple(uploaded.warnings))
    return merged, report


def uncached(articles: Sequence[Article], cache_dir: Path, *, ner: str = "bundled", model_dir: Path | None = None) -> list[Article]:
    """The articles whose NER output is not in the cache (they need the model)."""
    from .cache import ExtractionCache
    from .ner import model_version

    cache = ExtractionCache(Path(cache_dir))
    version = model_version(ner, model_dir)
    return [a for a in articles if cache.get(a, version) is None]


def rebuild(
    ingested: IngestResult,
    out: Path,
    *,
    cache_dir: Path,
    model_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
):
    """Build ``ingested`` into ``out`` with :func:`pipeline.build.build`.

    ``out`` is a workspace folder (never the committed ``graphs/``); the
    extraction cache is shared, so articles already tagged are not tagged
    again and the model loads only for new ones.
    """
    from .build import build

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return build(ingested, out, cache_dir=Path(cache_dir), model_dir=model_dir, progress=progress)
