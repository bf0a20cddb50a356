"""The explorer's click-to-inspect part: the clickable drawing and the detail under it.

UI only. :func:`graph_events` reads the drawing's last click from the
session (the component's value) and applies it with
:func:`pipeline.selection.apply_event`; :func:`drawing` shows the page in
:func:`pipeline.graph_component.graph_view`; :func:`detail_panel` shows the
selected actor (evidence, articles, strongest partners, expand, and the
"Correct this actor" form the app passes in) or link (its evidence). Session keys: ``selection`` (a
:class:`pipeline.selection.Selection` or ``None``), ``expanded`` (tuple of
actor ids, also in the URL as ``expand``), ``w_graph`` (the component).
"""
from __future__ import annotations

from collections.abc import Callable

import networkx as nx
import streamlit as st

from pipeline import selection as sel
from pipeline.evidence import evidence_count, evidence_rows
from pipeline.graph_component import graph_view
from pipeline.graphdata import GraphData, article_index
from pipeline.labels import actor_label, article_label
from pipeline.render import RELATION_NAMES, evidence_block_html, title_html

GRAPH_KEY = "w_graph"
DETAIL_EVIDENCE_LIMIT = 50
HINT = (
    "Click an actor for its evidence, articles and strongest partners; click a link for the pair's evidence; "
    "double-click an actor (or press “Expand”) to add its neighbours to the drawing."
)


def expanded() -> tuple[str, ...]:
    """The expanded actors of this session, oldest first."""
    return tuple(st.session_state.get("expanded") or ())


def load_expanded(params: dict, actors) -> None:
    """Take the expanded actors from the URL (a session's first run)."""
    st.session_state["expanded"] = sel.expanded_from_params(params, actors)


def clear(*, expansion: bool = True) -> None:
    """Forget the selection (and the expanded actors)."""
    st.session_state["selection"] = None
    if expansion:
        st.session_state["expanded"] = ()


def graph_events(graph: Callable[[], nx.Graph]) -> None:
    """Apply the drawing's last click, once, to the session's selection and expansion.

    ``graph()`` gives the filtered graph before the search and the focus
    narrow it (what an expanded actor may bring in); it is called only when
    there is a new click. Clicks naming anything else are ignored.
    """
    ss = st.session_state
    event = ss.get(GRAPH_KEY)
    if not isinstance(event, dict) or event.get("seq") == ss.get("_graph_seq"):
        return
    ss["_graph_seq"] = event.get("seq")
    if event.get("type") == "drawn":  # the page's first drawing is frozen: nothing to select
        return
    ss["selection"], ss["expanded"] = sel.apply_event(event, ss.get("selection"), expanded(), graph())


def drawing(page: str, height: int) -> None:
    """The clickable drawing, the current selection marked, and the hint under it."""
    choice = st.session_state.get("selection")
    selected = None
    if choice is not None:
        selected = {"type": "node", "id": choice.source} if choice.kind == "node" else {"type": "edge", "source": choice.source, "target": choice.target}
    graph_view(page, height=height, key=GRAPH_KEY, selected=selected)
    st.caption(HINT)


def _title(text: str) -> None:
    st.html(title_html(text))


def _evidence_block(data: GraphData, H: nx.Graph, choice: sel.Selection, language: str, fetch=None) -> str:
    other = choice.target if choice.kind == "edge" else None
    with data.session():  # one store connection for the rows, the count and the article texts
        rows = evidence_rows(H, choice.source, other, articles=data.by_id, language=language, limit=DETAIL_EVIDENCE_LIMIT, fetch=fetch)
        count = evidence_count(H, choice.source, other, fetch)
    return evidence_block_html(choice.kind, choice.source, choice.target, rows, count, DETAIL_EVIDENCE_LIMIT, language)


def _node_detail(data: GraphData, H: nx.Graph, node: str, language: str, fetch=None) -> None:
    import pandas as pd

    names = RELATION_NAMES[language]
    _title(actor_label(H, node, language))
    left, right = st.columns([3, 2])
    with left:
        st.html(_evidence_block(data, H, sel.Selection.node(node), language, fetch))
    with right:
        partners = sel.strongest_partners(H, node)
        st.caption("Strongest partners")
        st.dataframe(
            pd.DataFrame(
                [{"Partner": actor_label(H, p["id"], language), "Sentences": p["weight"], "Relation": names.get(p["relation"], p["relation"])} for p in partners],
                columns=["Partner", "Sentences", "Relation"],
            ),
            hide_index=True,
            key="w_detail_partners",
        )
        meta = article_index(data.article_meta)
        articles = sel.article_counts(H, node, fetch)
        st.caption(f"Articles ({len(articles)})")
        st.dataframe(
            pd.DataFrame(
                [{"Article": article_label(meta.get(a, {"id": a}), 90), "Sentences": n} for a, n in articles],
                columns=["Article", "Sentences"],
            ),
            hide_index=True,
            key="w_detail_articles",
        )


def _expand(node: str) -> None:
    st.session_state["expanded"] = sel.add_expanded(expanded(), node)


def detail_panel(data: GraphData, graph: Callable[[], nx.Graph], language: str, correct: Callable[[str], None] | None = None, fetch=None) -> None:
    """The selected actor's or link's detail, with the expand and clear buttons.

    ``graph()`` gives the graph of :func:`graph_events`; it is called only
    when something is selected. ``correct(actor)``, when given, shows the
    curation form for a selected actor (:func:`curation_app.actor_corrections`).
    ``fetch``: the evidence source of a graph read from a store
    (:meth:`pipeline.graphdata.GraphData.evidence_source`)."""
    ss = st.session_state
    choice = ss.get("selection")
    H = graph() if choice is not None else None
    if choice is not None and not choice.valid_in(H):
        choice = ss["selection"] = None  # filtered away
    if choice is None:
        if expanded():
            st.button(f"Collapse the {len(expanded())} expanded actor(s)", on_click=clear, key="w_collapse")
        return
    with st.container(border=True):
        buttons = st.columns([1, 1, 1, 3])
        if choice.kind == "node":
            buttons[0].button("Expand", on_click=_expand, args=(choice.source,), key="w_expand", help="Add this actor's neighbours to the drawing.", disabled=choice.source in expanded())
        buttons[1].button("Close", on_click=clear, kwargs={"expansion": False}, key="w_close_detail")
        if expanded():
            buttons[2].button(f"Collapse ({len(expanded())})", on_click=clear, key="w_collapse")
        if choice.kind == "node":
            _node_detail(data, H, choice.source, language, fetch)
            if correct is not None:
                correct(choice.source)
        else:
            a, b = (actor_label(H, n, language) for n in (choice.source, choice.target))
            _title(f"{a} — {b}")
            st.html(_evidence_block(data, H, choice, language, fetch))
