"""The explorer's Paths tab: how is actor A connected to actor B.

UI only (Streamlit widgets → :func:`pipeline.paths.find_paths`).
``graph_app.py`` calls :func:`paths_panel` from one place.

Two pickers (searchable by Arabic or English name: type in the box) choose
the actors; the tab lists the cheapest paths (typed relations preferred over
co-mentions, see :mod:`pipeline.paths` for the cost rule), each hop with its
evidence sentences, and draws the paths on their own.

For the main drawing
--------------------
After each run the tab leaves in ``st.session_state[HIGHLIGHT_KEY]``
(``"path_highlight"``) the ids to mark: ``{"nodes": [id, ...], "edges":
[[u, v], ...]}`` (:func:`pipeline.paths.highlight`; empty lists when no
path is shown). The drawing code may read it to highlight the paths in the
main graph; the tab itself draws the path subgraph with
:func:`pipeline.render.render_html`.

PNG of the current view
-----------------------
:data:`PNG_DOWNLOAD_JS` is a snippet for the drawing page (it needs
``window.network``, which :mod:`pipeline.render`'s page sets): it adds a
"PNG" button that saves the vis-network canvas, white background under it,
as ``actor-network.png``. It is not wired here: the page belongs to
:mod:`pipeline.render`.
"""
from __future__ import annotations

from collections.abc import Callable

import networkx as nx
import streamlit as st

from pipeline.evidence import evidence_rows
from pipeline.viewstate import ViewState
from pipeline.graphdata import GraphData
from pipeline.labels import actor_label, actor_options
from pipeline.paths import DEFAULT_K, find_paths, highlight, path_subgraph
from pipeline.render import hop_html, path_html, render_html

HIGHLIGHT_KEY = "path_highlight"
MAX_PATHS = 10
EVIDENCE_PER_HOP = 20
DRAWING_HEIGHT = 380

#: A "PNG" button for the drawing page: the canvas (white behind it) as a PNG download.
PNG_DOWNLOAD_JS = """
(function () {
  "use strict";
  function savePng() {
    var canvas = document.querySelector("#graph canvas");
    if (!canvas) { return; }
    var out = document.createElement("canvas");
    out.width = canvas.width; out.height = canvas.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    var link = document.createElement("a");
    link.download = "actor-network.png";
    link.href = out.toDataURL("image/png");
    document.body.appendChild(link); link.click(); link.remove();
  }
  var button = document.createElement("button");
  button.type = "button"; button.id = "save-png"; button.textContent = "PNG";
  button.setAttribute("aria-label", "Save the drawing as a PNG image");
  button.style.cssText = "position:absolute;bottom:8px;inset-inline-end:8px;font-size:12px;";
  button.addEventListener("click", savePng);
  var wrap = document.querySelector(".graph-wrap") || document.body;
  wrap.appendChild(button);
  window.saveGraphPng = savePng;
})();
"""


def path_controls(G: nx.Graph, language: str = "ar") -> tuple[str | None, str | None, int, bool]:
    """The two actor pickers, the number of paths and the scope; returns their values."""
    options = actor_options(G)
    ss = st.session_state
    for key in ("w_path_from", "w_path_to"):
        if ss.get(key) is not None and ss[key] not in G:
            ss[key] = None  # gone from the graph (an upload or curation changed it)

    def label(n: str) -> str:
        return actor_label(G, n, language)

    left, right = st.columns(2)
    source = left.selectbox("From", options, index=None, format_func=label, key="w_path_from", placeholder="Type an Arabic or English name")
    target = right.selectbox("To", options, index=None, format_func=label, key="w_path_to", placeholder="Type an Arabic or English name")
    a, b = st.columns(2)
    k = int(a.number_input("Paths to list", min_value=1, max_value=MAX_PATHS, value=DEFAULT_K, key="w_path_k"))
    within = b.toggle(
        "Only through what the filters show",
        value=False,
        key="w_path_filtered",
        help="Off: search the whole graph. On: only actors and links that match the sidebar filters.",
    )
    return source, target, k, within


def paths_panel(data: GraphData, H: nx.Graph | Callable[[], nx.Graph], language: str = "ar", fetch=None) -> list:
    """The Paths tab. ``H`` is the filtered graph, or a function making it
    (for the "only through the filters" scope, off by default);
    ``fetch`` its evidence source when it was read from a store
    (:meth:`pipeline.graphdata.GraphData.evidence_source`).

    Returns the paths shown (a list of :class:`pipeline.paths.Path`) and
    leaves their ids in ``st.session_state[HIGHLIGHT_KEY]``.
    """
    G = data.graph
    ss = st.session_state
    ss[HIGHLIGHT_KEY] = highlight([])
    source, target, k, within = path_controls(G, language)
    if source is None or target is None:
        st.caption("Pick two actors. Paths through typed relations (meetings, statements, attacks…) come before mere co-mentions.")
        return []
    scope = (H() if callable(H) else H) if within else G
    missing = [n for n in (source, target) if n not in scope]
    if missing:
        st.warning("Not in the filtered graph: " + ", ".join(actor_label(G, n, language) for n in missing) + ". Widen the filters or turn the toggle off.")
        return []
    paths = find_paths(scope, source, target, k)
    if not paths:
        st.info(f"No path joins {actor_label(G, source, language)} and {actor_label(G, target, language)}" + (" within the filters." if within else " in this graph."))
        return []
    if len(paths[0].nodes) == 1:
        st.info("Pick two different actors.")
        return []
    ss[HIGHLIGHT_KEY] = highlight(paths)
    drawn = path_subgraph(scope, paths)
    st.iframe(render_html(drawn, physics=False, height=f"{DRAWING_HEIGHT}px", label_language=language), height=DRAWING_HEIGHT + 8)
    st.caption(f"{len(paths)} path{'s' if len(paths) != 1 else ''}, cheapest first: a typed hop costs 1, a co-mention 4, heavier links a little less.")
    for i, p in enumerate(paths, 1):
        walk = " → ".join(actor_label(G, n, language) for n in p.nodes)
        st.markdown(f"**Path {i}** · {len(p.hops)} hop{'s' if len(p.hops) != 1 else ''}, {p.typed_hops} typed · cost {p.cost:g}")
        hops = []
        for hop in p.hops:
            source = None if data.store is None else (fetch if within else data.evidence_source(ViewState()))
            rows = evidence_rows(scope, hop.source, hop.target, articles=data.by_id, language=language, limit=EVIDENCE_PER_HOP, fetch=source)
            names = (actor_label(G, n, language) for n in (hop.source, hop.target))
            hops.append(hop_html(*names, hop.direction, hop.relation, rows, len(hop.evidence) or hop.weight, language))
        st.html(path_html(i, walk, hops))
    return paths
