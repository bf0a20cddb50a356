"""Streamlit explorer of the actor network: ``streamlit run graph_app.py``.

UI only: widgets → ``pipeline`` calls → rendering. The settings and the
URL are :mod:`pipeline.viewstate`, loading a build :mod:`pipeline.graphdata`,
filtering :func:`pipeline.graph.filter_graph`, the layout :mod:`pipeline.layouts`,
every piece of HTML (the drawing, legends, evidence, articles) :mod:`pipeline.render`,
the evidence rows :mod:`pipeline.evidence`, the downloads :mod:`pipeline.formats`,
reading uploads :mod:`pipeline.uploads`, and the named upload workspaces
:mod:`pipeline.workspaces`, which append the new articles to a copy of the
build's store (:func:`pipeline.incremental.append_articles`, as
``python -m pipeline add`` does). The open workspace's name is the URL's
``ws`` parameter, so a reload or a server restart reopens it.

It opens on the committed graph of ``corpus/`` (``graphs/graph.json``). The app
never imports :mod:`pipeline.ner`: the NER model loads inside the build, only
when uploaded articles need tagging.

Environment
-----------
``GRAPH_DIR``     the build to open (default ``graphs/``)
``APP_WORK_DIR``  where the workspaces live, in ``workspaces/NAME/`` (default
                  ``.cache/app/``; never ``graphs/``)
``NER_MODEL_DIR`` the NER model for uploads (default ``models/``)
``APP_CACHE_DIR`` the extraction cache for uploads (default: the build's own
                  ``GRAPH_DIR/.cache`` when there is one, so the corpus articles
                  are not tagged again; else ``APP_WORK_DIR/ner-cache``)
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import threading
import os
from dataclasses import replace
from pathlib import Path

import streamlit as st

import selection_panel
from app_paths import paths_panel
from curation_app import actor_corrections, curation_dir, curation_panel
from pipeline import layouts, render, snapshot, uploads, workspaces
from pipeline.evidence import evidence_count, evidence_rows
from pipeline import selection as sel
from pipeline.errors import NerModelError
from pipeline.formats import FORMATS, download_bytes
from pipeline.graph import ACTOR_TABLE_LIMIT
from pipeline.graph import actor_rows as measure_actors
from pipeline.graphdata import GraphData, article_index, load_graph_dir
from pipeline.labels import actor_label, actor_options, article_label, first_choices
from pipeline.render import RELATION_COLORS, RELATION_NAMES, TYPE_COLORS, TYPE_NAMES, legend_html, render_html
from pipeline.significance import METHODS
from pipeline.types import ENTITY_TYPES, RELATION_TYPES
from pipeline.viewstate import MAX_DEPTH, MAX_EDGES_LIMIT, MAX_LABELS, MAX_NODES_LIMIT, WORKSPACE_PARAM, ViewState, render_options, view_graphs

ROOT = Path(__file__).resolve().parent
#: Tabs that may write to the build's store (uploads append to it; decisions rewrite it).
WRITING_TABS = ("Add articles", "Curate")
GRAPH_HEIGHT = 660
EVIDENCE_LIMIT = 200
UPLOAD_TYPES = ["txt", "json", "jsonl", "html", "htm"]
LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}
SIZE_NAMES = {"mentions": "Mentions", "pagerank": "PageRank", "degree": "Weighted degree"}
SIGNIFICANCE_NAMES = {"pmi": "Surprise (PMI)", "backbone": "Backbone", "weight": "Raw weight"}
COLOR_NAMES = {"community": "Community", "type": "Actor type"}
ALPHAS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.2]
#: The long pickers' choices on a browser session's first run (:func:`first_paint`).
FIRST_PAINT_CHOICES = 100
# Widget keys, one per ViewState field.
KEYS = {
    "articles": "w_articles",
    "actor_types": "w_types",
    "relation_types": "w_relations",
    "min_weight": "w_min_weight",
    "dates": "w_dates",
    "search": "w_search",
    "focus": "w_focus",
    "depth": "w_depth",
    "hide_isolates": "w_hide_isolates",
    "co_mentions": "w_co_mentions",
    "max_nodes": "w_max_nodes",
    "label_language": "w_language",
    "physics": "w_physics",
    "size_by": "w_size_by",
    "significance": "w_significance",
    "alpha": "w_alpha",
    "max_edges": "w_max_edges",
    "labels": "w_labels",
    "color_by": "w_color_by",
    "layout": "w_layout",
}


def graph_dir() -> Path:
    return Path(os.environ.get("GRAPH_DIR") or ROOT / "graphs")


def work_dir() -> Path:
    return Path(os.environ.get("APP_WORK_DIR") or ROOT / ".cache" / "app")


def cache_dir() -> Path:
    value = os.environ.get("APP_CACHE_DIR")
    if value:
        return Path(value)
    built = graph_dir() / ".cache"
    return built if built.is_dir() else work_dir() / "ner-cache"


def model_dir() -> Path | None:
    value = os.environ.get("NER_MODEL_DIR")
    return Path(value) if value else None


# ---------------------------------------------------------------------------
# cached data: heavy objects as resources, derived values as data
# ---------------------------------------------------------------------------


def _stamp(folder: Path) -> tuple:
    """Changes whenever the build in ``folder`` is rewritten (cache key)."""
    out = []
    for name in ("store.duckdb", "graph.json", "articles.json"):
        try:
            out.append((name, (folder / name).stat().st_mtime_ns))
        except OSError:
            out.append((name, None))
    return tuple(out)


@st.cache_resource(max_entries=8, show_spinner=False)
def load_data(folder: str, stamp: tuple) -> GraphData:
    """The graph and article texts of a build (shared, read-only). The search's
    name tokens are read in the background, so a first search does not wait for them."""
    data = load_graph_dir(folder)
    threading.Thread(target=data.warm_search, name="warm-search", daemon=True).start()
    return data


@st.cache_resource(max_entries=16, show_spinner=False)
def _view_graphs(folder: str, stamp: tuple, filters: ViewState):
    return load_data(folder, stamp).view(filters)


@st.cache_resource(max_entries=16, show_spinner=False)
def _drawing(folder: str, stamp: tuple, filters: ViewState):
    """The drawn graph and the matching counts: from a store, without making the matching graph."""
    return load_data(folder, stamp).drawing(filters)


@st.cache_resource(max_entries=8, show_spinner=False)
def evidence_graph(folder: str, stamp: tuple, filters: ViewState):
    """The matching actors and links as the Evidence tab reads them (shared, read-only)."""
    return load_data(folder, stamp).evidence_graph(filters)


def filtered(folder: str, stamp: tuple, state: ViewState, capped: bool):
    """The filtered graph (a shared read-only view); ``capped``: only the actors drawn."""
    matching, drawn = _view_graphs(folder, stamp, state.filters())
    return drawn if capped else matching


def context(folder: str, stamp: tuple, state: ViewState):
    """The filtered graph before the search and the focus narrow it: clicks and
    the detail panel read it, and expanded actors bring their neighbours from it."""
    return filtered(folder, stamp, replace(state, search="", focus=""), False)


@st.cache_data(max_entries=4, show_spinner=False)
def base_layout(folder: str, stamp: tuple) -> dict:
    """One seeded layout of the strongest actors of the whole graph, shared by every view."""
    return layouts.base_layout(load_data(folder, stamp).graph)


def positions(folder: str, stamp: tuple, layout: str) -> dict:
    """The shared layout, with a pinned layout's positions over it."""
    base = base_layout(folder, stamp)
    pinned = layouts.load_layout(work_dir(), layout) if layout else None
    return {**base, **pinned} if pinned else base


@st.cache_data(max_entries=32, show_spinner=False)
def graph_page(folder: str, stamp: tuple, state: ViewState, expanded: tuple[str, ...] = ()) -> tuple[str, int, int, int, str, dict, int]:
    """The drawing as a standalone page, the drawn/filtered counts, the
    legend (shown under the drawing), the drawn positions and how many
    articles the evidence filters keep.

    ``expanded``: actors whose neighbours are drawn too (double click, "Expand")."""
    data = load_data(folder, stamp)
    with data.session():  # one store connection for the page's queries
        drawing = _drawing(folder, stamp, state.filters())
        drawn, total = drawing.drawn, drawing.count
        if expanded:
            drawn = sel.expand_view(context(folder, stamp, state), drawn, expanded)
        drawn = data.with_summaries(drawn, state)
    options = render_options(drawn, state, positions(folder, stamp, state.layout))
    page = render_html(drawn, height=f"{GRAPH_HEIGHT}px", total_nodes=total, legend=False, **options)
    legend = legend_html(drawn, state.label_language, total=total, color_by=state.color_by, focus=options["focus"], highlight=options["highlight"])
    return page, drawn.number_of_nodes(), drawn.number_of_edges(), total, legend, layouts.place(drawn, options["positions"]), len(drawing.drawn.graph.get("articles") or ())


@st.cache_data(max_entries=16, show_spinner=False)
def actor_rows(folder: str, stamp: tuple, filters: ViewState) -> tuple[list[dict], int | None, int]:
    """The Actors table's rows, the betweenness sample size and how many actors match."""
    strongest, matching = load_data(folder, stamp).strongest(filters, ACTOR_TABLE_LIMIT)
    rows, k = measure_actors(strongest, limit=None)
    return rows, k, matching


@st.cache_data(max_entries=16, show_spinner=False)
def timeline_rows(folder: str, stamp: tuple, filters: ViewState, period: str) -> list[dict]:
    return load_data(folder, stamp).timeline(None, filters, period)


# ---------------------------------------------------------------------------
# widget state ↔ ViewState ↔ URL
# ---------------------------------------------------------------------------


def widget_values(state: ViewState, bounds: tuple[dt.date, dt.date] | None) -> dict:
    """Widget values showing ``state``."""
    values = {
        KEYS["articles"]: list(state.articles),
        KEYS["actor_types"]: list(state.actor_types or ()),
        KEYS["relation_types"]: list(state.relation_types or ()),
        KEYS["min_weight"]: state.min_weight,
        KEYS["search"]: state.search,
        KEYS["focus"]: state.focus or None,
        KEYS["depth"]: state.depth,
        KEYS["hide_isolates"]: state.hide_isolates,
        KEYS["co_mentions"]: state.co_mentions,
        KEYS["max_nodes"]: state.max_nodes,
        KEYS["label_language"]: state.label_language,
        KEYS["physics"]: state.physics,
        KEYS["size_by"]: state.size_by,
        KEYS["significance"]: state.significance,
        KEYS["alpha"]: min(ALPHAS, key=lambda a: (abs(a - state.alpha), a)),
        KEYS["max_edges"]: state.max_edges,
        KEYS["labels"]: state.labels,
        KEYS["color_by"]: state.color_by,
        KEYS["layout"]: state.layout,
    }
    if bounds:
        lo, hi = bounds
        start = dt.date.fromisoformat(state.date_from) if state.date_from else lo
        end = dt.date.fromisoformat(state.date_to) if state.date_to else hi
        values[KEYS["dates"]] = (min(max(start, lo), hi), max(min(end, hi), lo))
    return values


def current_params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def sync_url(state: ViewState, expanded: tuple[str, ...] = ()) -> None:
    """Write the view, the expanded actors and the open workspace into the URL (only when it changed)."""
    wanted = {k: v if isinstance(v, list) else [v] for k, v in state.to_query_params().items()}
    wanted.update(sel.expanded_params(expanded))
    if st.session_state.get("ws_name"):
        wanted[WORKSPACE_PARAM] = [st.session_state["ws_name"]]
    if wanted != current_params():
        st.query_params.from_dict(wanted)


def prepare_state(data: GraphData, bounds) -> None:
    """Fill the widget state: from the URL on a session's first run, and
    repair values the current graph no longer offers (after an upload)."""
    G = data.graph
    ss = st.session_state
    if not ss.get("_url_loaded"):
        state = ViewState.from_query_params(
            current_params(), articles={a.get("id") for a in data.article_meta}, actors=set(G)
        )
        ss.update(widget_values(state, bounds))
        selection_panel.load_expanded(current_params(), set(G))
        ss["_url_loaded"] = True
    defaults = widget_values(ViewState(), bounds)
    for key, value in defaults.items():
        ss.setdefault(key, value)
    known = {a.get("id") for a in data.article_meta}
    ss[KEYS["articles"]] = [a for a in ss[KEYS["articles"]] if a in known]
    if ss[KEYS["focus"]] is not None and ss[KEYS["focus"]] not in G:
        ss[KEYS["focus"]] = None
    ss["expanded"] = tuple(n for n in selection_panel.expanded() if n in G)
    if bounds and KEYS["dates"] in ss:
        dates = tuple(ss[KEYS["dates"]]) or bounds
        if ss.get("_date_bounds") not in (None, bounds) and dates == tuple(ss["_date_bounds"]):
            dates = bounds  # the whole range before new articles came: the whole range now
        lo, hi = bounds
        ss[KEYS["dates"]] = tuple(min(max(d, lo), hi) for d in dates)
    ss["_date_bounds"] = bounds


def shift_window(bounds, days: int) -> None:
    """Move the date window by ``days``, keeping its length, within ``bounds``."""
    ss = st.session_state
    start, end = tuple(ss.get(KEYS["dates"]) or bounds)
    length = end - start
    lo, hi = bounds
    start = min(max(start + dt.timedelta(days=days), lo), hi - length)
    ss[KEYS["dates"]] = (start, start + length)


def reset_view(bounds) -> None:
    st.session_state.update(widget_values(ViewState(), bounds))
    selection_panel.clear()


# ---------------------------------------------------------------------------
# controls: draw widgets, return plain values
# ---------------------------------------------------------------------------


def filter_controls(data: GraphData, bounds, short: bool = False) -> dict:
    """The filters in the sidebar; returns their values.

    ``short``: the first paint (:func:`first_paint`), when the long pickers
    list only their first choices and the chosen ones."""
    labels = data.article_labels  # made once per build: a corpus has tens of thousands
    ss = st.session_state
    st.sidebar.header("Filters")
    articles = st.sidebar.multiselect(
        "Articles",
        options=first_choices(labels, ss[KEYS["articles"]], FIRST_PAINT_CHOICES if short else None),
        format_func=lambda a: labels.get(a) or article_label({"id": a}),
        key=KEYS["articles"],
        placeholder="All articles",
        help="Only what these articles say. Empty: all articles.",
    )
    types = st.sidebar.multiselect(
        "Actor types",
        options=list(ENTITY_TYPES),
        format_func=lambda t: f"{TYPE_NAMES['en'][t]} · {TYPE_NAMES['ar'][t]}",
        key=KEYS["actor_types"],
        placeholder="All types",
        help="Only actors of these types. Empty: all types.",
    )
    relations = st.sidebar.multiselect(
        "Relation types",
        options=list(RELATION_TYPES),
        format_func=lambda r: f"{RELATION_NAMES['en'][r]} · {RELATION_NAMES['ar'][r]}",
        key=KEYS["relation_types"],
        placeholder="All relations",
        help="Only links backed by these kinds of sentence. Empty: all relations.",
    )
    top = max(2, data.heaviest_link, int(st.session_state[KEYS["min_weight"]]))
    min_weight = st.sidebar.slider(
        "Minimum link weight", min_value=1, max_value=top, key=KEYS["min_weight"], help="Hide links backed by fewer sentences."
    )
    dates = None
    if bounds and bounds[0] < bounds[1]:
        dates = st.sidebar.slider(
            "Date window",
            min_value=bounds[0],
            max_value=bounds[1],
            key=KEYS["dates"],
            step=dt.timedelta(days=1),
            format="YYYY-MM-DD",
            help="Only what the articles of these days say.",
        )
        back, forward = st.sidebar.columns(2)
        back.button("◀ Week", key="w_week_back", on_click=shift_window, args=(bounds, -7), width="stretch", help="Move the window a week earlier.")
        forward.button("Week ▶", key="w_week_forward", on_click=shift_window, args=(bounds, 7), width="stretch", help="Move the window a week later (press again to play on).")
    search = st.sidebar.text_input(
        "Search actors", key=KEYS["search"], placeholder="لافروف or Lavrov", help="Arabic or English names; matches and their neighbours."
    )
    focus = st.sidebar.selectbox(
        "Focus actor",
        options=first_choices(data.actor_ids, [ss[KEYS["focus"]]], FIRST_PAINT_CHOICES if short else None),
        format_func=data.actor_names.__getitem__,
        key=KEYS["focus"],
        index=None,
        placeholder="No focus (whole network)",
        help="Show only the actors within a few links of this one.",
    )
    depth = st.sidebar.slider("Focus depth (links)", min_value=1, max_value=MAX_DEPTH, key=KEYS["depth"], disabled=focus is None)
    co_mentions = st.sidebar.checkbox(
        "Show co-mention links",
        key=KEYS["co_mentions"],
        help="Also draw links whose sentences only name the two actors together, with no typed relation between them (drawn dashed). Off: typed interactions only.",
    )
    hide_isolates = st.sidebar.toggle("Hide actors without links", key=KEYS["hide_isolates"])
    return {
        "articles": articles, "types": types, "relations": relations, "min_weight": min_weight, "dates": dates,
        "search": search, "focus": focus, "depth": depth, "hide_isolates": hide_isolates, "co_mentions": co_mentions,
    }


def display_controls() -> dict:
    """The drawing options in the sidebar; returns their values."""
    st.sidebar.header("Display")
    max_nodes = st.sidebar.number_input(
        "Maximum actors drawn", min_value=1, max_value=MAX_NODES_LIMIT, step=25, key=KEYS["max_nodes"],
        help="The strongest actors by weighted degree; the focus and search matches first.",
    )
    language = st.sidebar.radio(
        "Labels", options=list(LANGUAGE_NAMES), format_func=LANGUAGE_NAMES.get, key=KEYS["label_language"], horizontal=True
    )
    significance = st.sidebar.radio(
        "Rank links by",
        options=list(SIGNIFICANCE_NAMES),
        format_func=SIGNIFICANCE_NAMES.get,
        captions=[METHODS[m] for m in SIGNIFICANCE_NAMES],
        key=KEYS["significance"],
    )
    alpha = st.sidebar.select_slider(
        "Backbone level (alpha)", options=ALPHAS, key=KEYS["alpha"], disabled=significance != "backbone",
        help="Keep a link when its share of an actor's sentences is this unlikely by chance; smaller keeps fewer.",
    )
    max_edges = st.sidebar.number_input(
        "Maximum links drawn", min_value=0, max_value=MAX_EDGES_LIMIT, step=50, key=KEYS["max_edges"],
        help="The strongest links among the drawn actors, by the ranking above.",
    )
    size_by = st.sidebar.selectbox("Node size", options=list(SIZE_NAMES), format_func=SIZE_NAMES.get, key=KEYS["size_by"])
    color_by = st.sidebar.radio("Colour", options=list(COLOR_NAMES), format_func=COLOR_NAMES.get, key=KEYS["color_by"], horizontal=True,
                                help="Community: seeded Louvain groups of the drawn actors; the type is then the shape.")
    labels = st.sidebar.number_input(
        "Labels shown", min_value=0, max_value=MAX_LABELS, step=10, key=KEYS["labels"],
        help="Names of the strongest actors (by node size) that fit without overlapping; the others show when you zoom in or hover.",
    )
    physics = st.sidebar.toggle("Physics layout", key=KEYS["physics"], help="Off: a fixed layout shared by every view, so actors keep their places when a filter changes.")
    return {"max_nodes": max_nodes, "language": language, "size_by": size_by, "physics": physics, "significance": significance,
            "alpha": alpha, "max_edges": max_edges, "labels": labels, "color_by": color_by}


def layout_controls(drawn_positions: dict) -> None:
    """Pin the drawn layout (saved in the work folder) and restore a pinned one."""
    ss = st.session_state
    pins = layouts.saved_layouts(work_dir())
    if ss.get(KEYS["layout"]) and ss[KEYS["layout"]] not in pins:
        ss[KEYS["layout"]] = ""

    def pin() -> None:
        ss[KEYS["layout"]] = layouts.save_layout(work_dir(), drawn_positions)

    left, right = st.sidebar.columns([1, 2])
    left.button("Pin layout", on_click=pin, key="w_pin", help="Save the drawn actors' positions; they keep them until you choose “computed”.")
    right.selectbox(
        "Layout", options=["", *pins], format_func=lambda n: f"pinned {n[:6]}" if n else "computed", key=KEYS["layout"], label_visibility="collapsed",
    )


def view_state(f: dict, d: dict, bounds) -> ViewState:
    """The ViewState of the widget values."""
    types = tuple(t for t in ENTITY_TYPES if t in f["types"])
    relations = tuple(r for r in RELATION_TYPES if r in f["relations"])
    date_from = date_to = ""
    dates = tuple(f["dates"] or ())
    if bounds and len(dates) and dates:
        if dates[0] != bounds[0] or (len(dates) > 1 and dates[1] != bounds[1]):
            date_from = dates[0].isoformat()
            date_to = dates[1].isoformat() if len(dates) > 1 else ""
    return ViewState(
        articles=tuple(f["articles"]),
        actor_types=None if len(types) in (0, len(ENTITY_TYPES)) else types,
        relation_types=None if len(relations) in (0, len(RELATION_TYPES)) else relations,
        min_weight=int(f["min_weight"]),
        date_from=date_from,
        date_to=date_to,
        search=(f["search"] or "").strip(),
        focus=f["focus"] or "",
        depth=int(f["depth"]),
        hide_isolates=bool(f["hide_isolates"]),
        co_mentions=bool(f["co_mentions"]),
        max_nodes=int(d["max_nodes"]),
        label_language=d["language"],
        physics=bool(d["physics"]),
        size_by=d["size_by"],
        significance=d["significance"],
        alpha=float(d["alpha"]),
        max_edges=int(d["max_edges"]),
        labels=int(d["labels"]),
        color_by=d["color_by"],
        layout=st.session_state.get(KEYS["layout"]) or "",
    )


def evidence_controls(H, state: ViewState) -> tuple[str | None, str | None]:
    """Pick an actor, and optionally a partner; returns their ids."""
    options = actor_options(H)
    if not options:
        return None, None
    ss = st.session_state
    if ss.get("w_evidence_actor") is not None and ss["w_evidence_actor"] not in H:
        del ss["w_evidence_actor"]  # filtered away: start again from the default
    default = state.focus if state.focus in H else options[0]
    left, right = st.columns(2)
    actor = left.selectbox(
        "Actor", options=options, index=options.index(default), format_func=lambda n: actor_label(H, n, state.label_language), key="w_evidence_actor"
    )
    partners = sorted(H[actor], key=lambda n: (-H.edges[actor, n].get("weight", 1), str(n))) if actor in H else []
    if ss.get("w_evidence_other") is not None and ss["w_evidence_other"] not in partners:
        ss["w_evidence_other"] = None
    other = right.selectbox(
        "Linked with",
        options=partners,
        index=None,
        placeholder="Anyone",
        format_func=lambda n: f"{actor_label(H, n, state.label_language)} ({H.edges[actor, n].get('weight', 1)})",
        key="w_evidence_other",
    )
    return actor, other


def upload_controls() -> list[tuple[str, bytes]] | None:
    """The uploader; returns the files when the user asks to add them."""
    n = st.session_state.setdefault("_uploader", 0)
    files = st.file_uploader(
        "Article files (.txt, .json, .jsonl, .html)", type=UPLOAD_TYPES, accept_multiple_files=True, key=f"w_upload_{n}"
    )
    clicked = st.button("Add to the graph", type="primary", disabled=not files, key="w_upload_go")
    if clicked and files:
        return [(f.name, f.getvalue()) for f in files]
    return None


# ---------------------------------------------------------------------------
# panels
# ---------------------------------------------------------------------------


def actors_panel(folder, stamp, state: ViewState) -> None:
    import altair as alt
    import pandas as pd

    with st.spinner("Measuring the actors…"):
        rows, k, matching = actor_rows(folder, stamp, state.filters(capped=False))
    if not rows:
        st.info("No actors match the filters.")
        return
    df = pd.DataFrame(rows)
    df["type_name"] = df["type"].map(lambda t: TYPE_NAMES["en"].get(t, t))
    name = "label_en" if state.label_language == "en" else "label"
    df["name"] = [r[name] or r["label"] or r["label_en"] or r["id"] for r in rows]
    metric = {"mentions": "mentions", "pagerank": "pagerank", "degree": "weighted_degree"}[state.size_by]
    top = df.sort_values([metric, "id"], ascending=[False, True]).head(15)
    chart = (
        alt.Chart(top, title=f"Top actors by {SIZE_NAMES[state.size_by].lower()}")
        .mark_bar()
        .encode(
            x=alt.X(f"{metric}:Q", title=SIZE_NAMES[state.size_by]),
            y=alt.Y("name:N", sort="-x", title=None, axis=alt.Axis(labelLimit=240, labelOverlap=False, labelFontSize=12)),
            color=alt.Color(
                "type:N",
                title="Type",
                scale=alt.Scale(domain=list(TYPE_COLORS), range=list(TYPE_COLORS.values())),
                legend=alt.Legend(orient="bottom", direction="horizontal", columns=2, labelExpr="{'PER':'Person','ORG':'Organisation','LOC':'Place','MISC':'Other'}[datum.label]"),
            ),
            tooltip=[alt.Tooltip("label:N", title="Arabic"), alt.Tooltip("label_en:N", title="English"), alt.Tooltip(f"{metric}:Q", format=",.4~f")],
        )
        .properties(height=120 + 28 * len(top))
    )
    left, right = st.columns([3, 2])
    with left:
        table = df[["label", "label_en", "type_name", "mentions", "articles", "degree", "weighted_degree", "pagerank", "betweenness", "community"]]
        st.dataframe(
            table,
            hide_index=True,
            height=min(520, 38 + 35 * len(table)),
            column_config={
                "label": st.column_config.TextColumn("Arabic name"),
                "label_en": st.column_config.TextColumn("English name"),
                "type_name": st.column_config.TextColumn("Type"),
                "mentions": st.column_config.NumberColumn("Mentions", format="%d"),
                "articles": st.column_config.NumberColumn("Articles", format="%d"),
                "degree": st.column_config.NumberColumn("Degree", format="%d"),
                "weighted_degree": st.column_config.NumberColumn("Weighted degree", format="%d"),
                "pagerank": st.column_config.NumberColumn("PageRank", format="%.4f"),
                "betweenness": st.column_config.NumberColumn("Betweenness", format="%.4f"),
                "community": st.column_config.NumberColumn("Community", format="%d"),
            },
            key="actors_table",
        )
        note = f" Betweenness estimated from {k} sampled sources (exact would cost too much with this many links)." if k else " Betweenness is exact."
        if matching > len(df):
            st.caption(f"The {len(df):,} strongest of the {matching:,} actors that match the filters, measured among themselves "
                       f"(narrow the filters to measure the others). Click a column header to sort.{note}")
        else:
            st.caption(f"{len(df)} actors match the filters. Click a column header to sort.{note}")
    with right:
        st.altair_chart(chart, width="stretch")


def timeline_panel(folder, stamp, state: ViewState) -> None:
    import altair as alt
    import pandas as pd

    period = st.radio("Period", ["day", "month", "year"], index=1, horizontal=True, key="w_period", format_func=str.capitalize)
    rows = timeline_rows(folder, stamp, state.filters(capped=False), period)
    if not rows:
        st.info("No dated relations match the filters.")
        return
    df = pd.DataFrame(rows)
    df["name"] = df["relation"].map(lambda r: RELATION_NAMES["en"].get(r, r))
    # a real date axis: empty months show as gaps
    df["when"] = pd.to_datetime(df["date"], format={"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[period])
    unit = {"day": "yearmonthdate", "month": "yearmonth", "year": "year"}[period]
    chart = (
        alt.Chart(df, title="Relations over article dates")
        .mark_bar()
        .encode(
            x=alt.X(f"{unit}(when):T", title=period.capitalize(), axis=alt.Axis(labelAngle=0, labelOverlap="greedy")),
            y=alt.Y("sum(count):Q", title="Evidence sentences"),
            color=alt.Color(
                "name:N",
                title="Relation",
                scale=alt.Scale(domain=[RELATION_NAMES["en"][r] for r in RELATION_COLORS], range=list(RELATION_COLORS.values())),
            ),
            tooltip=["date:O", alt.Tooltip("name:N", title="Relation"), alt.Tooltip("count:Q", title="Sentences")],
        )
        .properties(height=320)
    )
    st.altair_chart(chart, width="stretch")
    st.caption(f"{int(df['count'].sum())} evidence sentences from dated articles, each counted once, under the first relation type it asserts.")


def evidence_panel(data: GraphData, H, state: ViewState) -> None:
    with data.session():  # one store connection for the rows, the count and the article texts
        _evidence_panel(data, H, state)


def _evidence_panel(data: GraphData, H, state: ViewState) -> None:
    actor, other = evidence_controls(H, state)
    if actor is None:
        st.info("No actors match the filters.")
        return
    fetch = data.evidence_source(state)
    shown = evidence_rows(H, actor, other, articles=data.by_id, language=state.label_language, limit=EVIDENCE_LIMIT, fetch=fetch)
    count = evidence_count(H, actor, other, fetch)
    st.caption(
        f"{count} source sentence{'s' if count != 1 else ''}"
        + (f"; the first {EVIDENCE_LIMIT} shown." if count > EVIDENCE_LIMIT else ".")
    )
    if not shown:
        return
    st.html(render.evidence_list_html(shown, state.label_language))


def reader_panel(data: GraphData, G, state: ViewState) -> None:
    meta = article_index(data.article_meta)
    ids = list(state.articles) or [i for i in meta if i in data.by_id] or list(meta)
    if not ids:
        st.info("No articles.")
        return
    if st.session_state.get("w_reader") is not None and st.session_state["w_reader"] not in ids:
        del st.session_state["w_reader"]
    chosen = st.selectbox("Article", options=ids, format_func=lambda a: article_label(meta.get(a, {"id": a}), 110), key="w_reader")
    record = data.by_id.get(chosen)
    st.html(render.article_header_html(meta.get(chosen, {}), chosen))
    if not record:
        st.info("This build has no article texts (articles.json).")
        return
    st.html(render.type_legend_html(state.label_language))
    st.html(render.article_html(record, G, language=state.label_language, focus=state.focus))


def export_panel(folder, stamp, state: ViewState, drawn_count: int, page: str = "") -> None:
    data = load_data(folder, stamp)
    H = filtered(folder, stamp, state, False)
    st.write(
        f"Downloads hold the **{H.number_of_nodes()} actors and {H.number_of_edges()} links** that match the filters; "
        f"the HTML page draws the {drawn_count} shown, with the current labels, sizes and layout, and works offline."
    )
    columns = st.columns(len(FORMATS))
    for column, (fmt, spec) in zip(columns, FORMATS.items()):

        def payload(fmt=fmt) -> bytes:
            # from a store, the evidence is read now, on click
            drawn = data.with_summaries(filtered(folder, stamp, state, True), state) if fmt == "html" else data.with_evidence(H, state)
            options = {**state.render_kwargs(), "total_nodes": H.number_of_nodes()} if fmt == "html" else {}
            return download_bytes(drawn, fmt, **options)

        column.download_button(
            spec.label, data=payload, file_name=spec.download, mime=spec.mime, key=f"w_export_{fmt}", on_click="ignore", icon=":material/download:"
        )
    png_button(page)


def png_button(page: str) -> None:
    """A PNG of the drawing as it is now (same filters, positions, colours, labels), made on
    click by headless Chromium from the drawing's own page (:mod:`pipeline.snapshot`)."""
    try:
        snapshot.find_chromium()
    except snapshot.ChromiumMissing as exc:
        st.caption(f"A PNG of the drawing needs Chromium on the server: {exc}")
        return
    st.download_button(
        "PNG of the drawing", data=lambda: snapshot.png_of_page(page), file_name="graph.png", mime="image/png",
        key="w_export_png", on_click="ignore", icon=":material/image:",
    )


def upload_panel(data: GraphData | None) -> None:
    """The "Add articles" tab: the uploader, its report, and the workspaces."""
    ss = st.session_state
    st.write(
        "Uploaded articles go into a named **workspace**: a copy of the committed graph's store that keeps them "
        "across reloads and server restarts (its name is in the URL). Only the new articles are tagged, with the "
        "bundled NER model (loaded now, once); the committed graph is not changed."
    )
    name = ss.get("ws_name")
    if name:
        st.caption(f"Uploads go to the open workspace **{name}**.")
    else:
        st.text_input(
            "New workspace name", key="w_ws_name", max_chars=64, placeholder="upload-YYYYMMDD-HHMMSS when left empty",
            help="Letters (Arabic too), digits, - and _. The first upload creates the workspace from the committed graph.",
        )
    files = upload_controls()
    if files:
        add_articles(data, files)
    report = ss.get("upload_report")
    if report is not None:
        upload_report(report)
    error = ss.get("upload_error")
    if error:
        st.error(error)
    workspace_list()


def workspace_list() -> None:
    """Every workspace: open one, remove one (after a confirmation), or go back to the committed graph."""
    ss = st.session_state
    st.subheader("Workspaces")
    found = workspaces.list_workspaces(work_dir())
    if not found:
        st.caption("None yet: the first upload creates one.")
    for ws in found:
        row = st.columns([4, 2, 3, 1, 1], vertical_alignment="center")
        is_open = ws.name == ss.get("ws_name")
        row[0].markdown(f"**{ws.name}**" + (" (open)" if is_open else ""))
        row[1].write(f"{ws.added} article{'s' if ws.added != 1 else ''} added")
        row[2].write(ws.updated.replace("T", " ")[:16] + " UTC")
        row[3].button("Open", key=f"w_ws_open_{ws.name}", disabled=is_open, on_click=open_clicked, args=(ws.name,))
        row[4].button("Remove", key=f"w_ws_remove_{ws.name}", on_click=ss.__setitem__, args=("ws_confirm", ws.name))
        if ss.get("ws_confirm") == ws.name:
            st.warning(f"Remove the workspace **{ws.name}** and its {ws.added} uploaded article(s)? This cannot be undone.")
            yes, no = st.columns(2)
            yes.button("Yes, remove it", key="w_ws_remove_yes", type="primary", on_click=remove_workspace, args=(ws.name,))
            no.button("Cancel", key="w_ws_remove_no", on_click=ss.__setitem__, args=("ws_confirm", None))
    if ss.get("ws_name"):
        st.button("Back to the committed graph", key="w_back_tab", on_click=back_to_committed)


def upload_report(report: uploads.UploadReport) -> None:
    import pandas as pd

    rows = [{"File": name, "Result": "added", "Details": f"{len(ids)} article{'s' if len(ids) != 1 else ''}: {', '.join(ids)}"} for name, ids in report.accepted.items()]
    rows += [{"File": s.path, "Result": "rejected", "Details": s.reason} for s in report.rejected]
    rows += [{"File": s.path, "Result": "note", "Details": s.reason} for s in report.warnings]
    st.subheader("Ingest report")
    if report.rejected:
        st.warning(f"{len(report.rejected)} file{'s' if len(report.rejected) != 1 else ''} or record{'s' if len(report.rejected) != 1 else ''} rejected; see the reasons below.")
    st.dataframe(pd.DataFrame(rows, columns=["File", "Result", "Details"]), hide_index=True, key="upload_table")


def add_articles(data: GraphData | None, files: list[tuple[str, bytes]]) -> None:
    """Ingest the uploads and append the new articles to the workspace, then open it.

    The open workspace takes them; on the committed graph, the first upload
    creates the workspace named in the tab (:func:`pipeline.workspaces.create`).
    The append (:func:`pipeline.workspaces.append`) loads the NER model (once
    per process) when a new article is not in the extraction cache. Bad files
    are reported, never raised; the open graph and every workspace stay as
    they were when anything fails."""
    ss = st.session_state
    ss["upload_error"] = None
    try:
        base = uploads.articles_from_records(data.records()) if data else []
        merged, report = uploads.merge_uploads(base, files)
    except Exception as exc:  # noqa: BLE001 - report, keep the graph
        ss["upload_report"] = None
        ss["upload_error"] = f"Could not read the uploaded files: {exc}"
        return
    ss["upload_report"] = report
    if not report.accepted:
        ss["upload_error"] = "No new articles to add; the graph is unchanged."
        return
    accepted = {i for ids in report.accepted.values() for i in ids}
    new = [a for a in merged.articles if a.id in accepted]
    name = ss.get("ws_name")
    created = None
    try:
        if name:
            ws = workspaces.open_workspace(work_dir(), name)
        else:
            name = (ss.get("w_ws_name") or "").strip() or workspaces.default_name()
            # the analyst's decisions on the corpus apply to the workspace too (its own curation.yaml)
            ws = created = workspaces.create(work_dir(), name, graph_dir(), curation_from=curation_dir(work_dir()))
    except workspaces.WorkspaceError as exc:
        ss["upload_error"] = f"{exc}; nothing was added."
        return
    try:
        bar = st.progress(0.0, text="Tagging new articles…")

        def progress(done: int, total: int) -> None:
            bar.progress(done / total if total else 1.0, text=f"Tagging new articles: {done} / {total}")

        ws, tagged = workspaces.append(
            ws, new, report.accepted, cache_dir=cache_dir(), model_dir=model_dir(), progress=progress,
            base_articles=lambda: uploads.articles_from_records(data.articles) if data else [],
        )
        bar.progress(1.0, text="Done.")
    except Exception as exc:  # noqa: BLE001 - report, keep the graph
        if created is not None:
            workspaces.remove(work_dir(), created.name)  # it held nothing yet
        if isinstance(exc, NerModelError):
            ss["upload_error"] = f"The NER model could not be loaded, so the new articles were not added: {exc}"
        else:
            ss["upload_error"] = f"Adding the articles failed ({type(exc).__name__}: {exc}); the graph is unchanged."
        return
    enter_workspace(ws.name)
    ss["build_note"] = (
        f"Added {report.new_articles} article(s) to the workspace {ws.name} ({tagged} tagged now); "
        f"it holds {ws.added} uploaded article(s) in all."
    )
    ss["_uploader"] = ss.get("_uploader", 0) + 1  # a fresh, empty uploader
    st.rerun()


def enter_workspace(name: str, *, missing: str = "") -> bool:
    """Open the workspace ``name`` (its graph, its curation file, its URL parameter).

    An unknown or damaged one leaves the committed graph open, with a message
    (``missing``: what to say instead of the error)."""
    ss = st.session_state
    try:
        ws = workspaces.open_workspace(work_dir(), name)
    except workspaces.WorkspaceError as exc:
        back_to_committed()
        ss["ws_message"] = (missing or f"Could not open the workspace: {exc}.") + " Showing the committed graph."
        return False
    ss.update(ws_name=ws.name, workspace=str(ws.folder), curation_stack=[], ws_confirm=None, ws_message=None, build_note=None)
    return True


def open_clicked(name: str) -> None:
    """The list's "Open": the workspace, without the last upload's report."""
    st.session_state["upload_report"] = None
    st.session_state["upload_error"] = None
    enter_workspace(name)


def remove_workspace(name: str) -> None:
    """Delete the workspace ``name``; the committed graph opens when it was the open one."""
    ss = st.session_state
    ss["ws_confirm"] = None
    if ss.get("ws_name") == name:
        back_to_committed()
    try:
        workspaces.remove(work_dir(), name)
    except workspaces.WorkspaceError as exc:
        ss["upload_error"] = str(exc)
        return
    ss["build_note"] = f"Removed the workspace {name}."


def back_to_committed() -> None:
    st.session_state.update(ws_name=None, workspace=None, build_note=None, upload_report=None, curation_stack=[], ws_message=None)


def workspace_from_url() -> None:
    """On a session's first run, open the workspace the URL names (a reload, a shared link,
    a server restart); and fall back to the committed graph when the open one is gone."""
    ss = st.session_state
    if not ss.get("_ws_loaded"):
        ss["_ws_loaded"] = True
        name = st.query_params.get(WORKSPACE_PARAM)
        if name:
            enter_workspace(name, missing=f"No workspace named “{name}” (removed, or never made here).")
    name = ss.get("ws_name")
    if name and not workspaces.exists(work_dir(), name):
        back_to_committed()
        ss["ws_message"] = f"The workspace “{name}” was removed. Showing the committed graph."


# ---------------------------------------------------------------------------
# the page
# ---------------------------------------------------------------------------


def main() -> None:
    st.set_page_config(page_title="Arabic actor networks", layout="wide")
    ss = st.session_state
    workspace_from_url()
    folder = Path(ss.get("workspace") or graph_dir())
    stamp = _stamp(folder)
    try:
        data = load_data(str(folder), stamp)
    except FileNotFoundError:
        data = None
    except Exception as exc:  # noqa: BLE001 - a damaged graph file: say so, offer uploads
        st.error(f"Could not read the graph in {folder}: {exc}")
        data = None

    st.title("Arabic actor networks")
    if ss.get("ws_message"):
        st.warning(ss["ws_message"])
    if data is None:
        st.info(f"No graph built yet in `{folder}`: run `python -m pipeline build corpus --out graphs`, or add articles below.")
        upload_panel(None)
        return

    G = data.graph
    bounds = data.date_bounds
    prepare_state(data, bounds)
    wait = first_paint()
    f = filter_controls(data, bounds, short=wait)
    d = display_controls()
    state = view_state(f, d, bounds)
    # The matching graph (tens of thousands of actors from a store under a date
    # window) is made only when a click, a selection or the open tab needs it.
    H = functools.partial(filtered, str(folder), stamp, state, False)
    C = functools.partial(context, str(folder), stamp, state)
    selection_panel.graph_events(C)
    sync_url(state, selection_panel.expanded())
    st.sidebar.divider()
    st.sidebar.button("Reset view", on_click=reset_view, args=(bounds,), key="w_reset", width="stretch")
    if ss.get("ws_name"):
        st.sidebar.caption(f"Showing the workspace “{ss['ws_name']}” (committed graph + uploaded articles).")
    if ss.get("workspace"):
        st.sidebar.button("Back to the committed graph", on_click=back_to_committed, key="w_back", width="stretch")

    n_articles = len(data.article_meta)
    outlets = len({a.get("source") for a in data.article_meta if a.get("source")})
    span = f"{bounds[0]} – {bounds[1]}" if bounds else "undated"
    st.caption(
        f"Who deals with whom in Arabic news: {n_articles} articles from {outlets} outlets ({span}), "
        f"{G.number_of_nodes()} actors, {data.link_count} links. Filters and display options are in the sidebar; the URL keeps them."
    )
    if ss.get("build_note"):
        st.success(ss["build_note"])

    # One store connection for the page and the open tab (opening one costs tens of ms); not
    # while a tab that writes to the store is open, so an append never meets a reader of ours.
    reading = contextlib.ExitStack()
    if ss.get("w_tab") not in WRITING_TABS:
        reading.enter_context(data.session())
    with reading:
        page, drawn_nodes, drawn_edges, total, legend, drawn_positions, kept_articles = graph_page(str(folder), stamp, state, selection_panel.expanded())
        layout_controls(drawn_positions)
        m1, m2, m3, m4 = st.columns(4)
        m1.metric("Actors drawn", drawn_nodes)
        m2.metric("Links drawn", drawn_edges, help=METHODS[state.significance])
        m3.metric("Actors matching", total)
        m4.metric("Articles selected", kept_articles, help="The articles the article picker and the date window keep.")
        if total == 0:
            st.warning("No actor matches these filters. Widen them, or press “Reset view” in the sidebar.")
        selection_panel.drawing(page, GRAPH_HEIGHT + 8)
        st.html(render.legend_block_html(legend))
        if drawn_nodes < total:
            more = " and the neighbours of the expanded actors" if selection_panel.expanded() else ""
            st.caption(f"Drawing the {drawn_nodes} strongest of {total} matching actors{more}; raise “Maximum actors drawn” to see more.")
        correct = functools.partial(actor_corrections, data, folder, work_dir())
        selection_panel.detail_panel(data, C, state.label_language, correct, data.evidence_source(state))

        # Only the open tab runs (and is sent to the browser): the page opens faster.
        panels = {
            "Actors": lambda: actors_panel(str(folder), stamp, state),
            "Timeline": lambda: timeline_panel(str(folder), stamp, state),
            "Evidence": lambda: evidence_panel(data, evidence_graph(str(folder), stamp, state.filters()), state),
            "Paths": lambda: paths_panel(data, H, state.label_language, data.evidence_source(state)),
            "Article reader": lambda: reader_panel(data, G, state),
            "Export": lambda: export_panel(str(folder), stamp, state, drawn_nodes, page),
            "Add articles": lambda: upload_panel(data),
            "Curate": lambda: curation_panel(data, folder, work_dir()),
        }
        for tab, draw in zip(st.tabs(list(panels), key="w_tab", on_change="rerun"), panels.values()):
            if tab.open:
                with tab:
                    if wait:
                        st.caption("Loading…")
                    else:
                        draw()
    ss["_runs"] = ss.get("_runs", 0) + 1


def first_paint() -> bool:
    """Whether this is a browser session's first run: the drawing comes first.

    The open tab's widgets (the Actors tab: a table of every actor, a chart)
    and the long pickers (thousands of actors, every article) make the
    browser build them while it loads the drawing, and slow the first
    drawing by more than a second. So the first run shows the tabs empty and
    the pickers short; the drawing reports itself drawn
    (:mod:`pipeline.graph_component`), which reruns the page at once with
    everything; any other change reruns it too. A session without a browser
    (AppTest) has no drawing to wait for.
    """
    return bool(st.context.headers) and not st.session_state.get("_runs")


main()
