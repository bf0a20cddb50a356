"""Click events → selection and expansion: the pure functions, and the app driven with AppTest.

AppTest cannot click inside a component, but it can set the component's
value (``session_state["w_graph"]``) as the browser would; the clicks
themselves are tested in Chromium (``tests/test_browser_click.py``).
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from pipeline import evidence, graphdata
from pipeline.graph import _example, filter_graph
from pipeline.selection import (
    MAX_EXPANDED,
    Selection,
    apply_event,
    article_counts,
    expand_view,
    expanded_from_params,
    strongest_partners,
)
from pipeline.viewstate import ViewState

from .app_fixtures import write_graph_dir

AppTest = pytest.importorskip("streamlit.testing.v1").AppTest
APP = str(Path(__file__).resolve().parent.parent / "graph_app.py")
GRAPH_HEIGHT = 660


@pytest.fixture(scope="module")
def G() -> nx.Graph:
    return _example()


@pytest.mark.parametrize(
    "event",
    [
        None,
        "node",
        {"type": "node"},
        {"type": "node", "id": 3},
        {"type": "node", "id": "nobody"},
        {"type": "edge", "source": "kerry"},
        {"type": "edge", "source": "kerry", "target": "nobody"},
        {"type": "edge", "source": "moscow", "target": "moscow"},
        {"type": "expand", "id": ["kerry"]},
        {"type": "hover", "id": "kerry"},
    ],
)
def test_bad_events_change_nothing(G, event):
    before = (Selection.node("lavrov"), ("kerry",))
    assert apply_event(event, *before, G) == before


def test_node_edge_and_expand_events(G):
    assert apply_event({"type": "node", "id": "kerry", "seq": 5}, None, (), G) == (Selection.node("kerry"), ())
    # either direction selects the same pair
    one = apply_event({"type": "edge", "source": "lavrov", "target": "kerry"}, None, (), G)[0]
    other = apply_event({"type": "edge", "source": "kerry", "target": "lavrov"}, None, (), G)[0]
    assert one == other == Selection("edge", "kerry", "lavrov")
    assert one.valid_in(G) and not Selection.edge("kerry", "nobody").valid_in(G)
    # expand selects the actor and keeps each actor once, the newest last
    selection, expanded = apply_event({"type": "expand", "id": "kerry"}, one, ("kerry", "moscow"), G)
    assert selection == Selection.node("kerry") and expanded == ("moscow", "kerry")


def test_expanded_list_is_bounded():
    G = nx.star_graph(MAX_EXPANDED + 5)
    G = nx.relabel_nodes(G, str)
    expanded: tuple[str, ...] = ()
    for node in G:
        expanded = apply_event({"type": "expand", "id": node}, None, expanded, G)[1]
    assert len(expanded) == MAX_EXPANDED and expanded[-1] == str(MAX_EXPANDED + 5)


def test_expand_view_adds_neighbours_that_match(G):
    drawn = G.subgraph(["kerry"])
    grown = expand_view(G, drawn, ["lavrov"])
    assert set(grown) == {"kerry", "lavrov", "moscow"}
    assert set(grown.edges) == set(G.subgraph(grown).edges)
    assert expand_view(G, drawn, ["nobody"]) is drawn
    narrowed = G.subgraph(["kerry", "lavrov"])  # moscow filtered away: not brought back
    assert set(expand_view(narrowed, narrowed.subgraph(["kerry"]), ["lavrov"])) == {"kerry", "lavrov"}


def test_expanded_from_params_drops_unknown_ids():
    assert expanded_from_params({}, {"kerry"}) == ()
    assert expanded_from_params({"expand": "kerry"}, {"kerry"}) == ("kerry",)
    assert expanded_from_params({"expand": ["<b>", "kerry", "kerry"]}, {"kerry"}) == ("kerry",)


def test_partners_and_articles_count_sentences(G):
    partners = strongest_partners(G, "kerry")
    assert [p["id"] for p in partners] == sorted(G["kerry"], key=lambda n: (-G.edges["kerry", n]["weight"], n))
    total = sum(n for _, n in article_counts(G, "lavrov"))
    assert total == evidence.evidence_count(G, "lavrov")
    assert strongest_partners(G, "nobody") == [] and article_counts(G, "nobody") == []


# ---------------------------------------------------------------------------
# the app, with the component's value set as the browser would
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory) -> Path:
    return write_graph_dir(tmp_path_factory.mktemp("selection-graph"), 6)


def drawn_page(at) -> str:
    [frame] = [e for e in at.get("component_instance") if e.proto.component_name.endswith(".graph_view")]
    return json.loads(frame.proto.json_args)["page"]


def details(at) -> list[str]:
    return [h.value for h in at.html if 'class="selection-detail"' in h.value]


def test_app_applies_click_events(graph_dir, monkeypatch):
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    monkeypatch.setenv("APP_WORK_DIR", str(graph_dir / "work"))
    G = graphdata.load_graph_dir(graph_dir).graph
    state = ViewState(max_nodes=3)
    matching = filter_graph(G, **state.filter_kwargs())
    drawn = filter_graph(G, **state.filter_kwargs(max_nodes=True))
    node = max(drawn, key=lambda n: (matching.degree(n), n))

    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params = state.to_query_params()
    at.run()
    assert not at.exception and details(at) == []
    assert any("Click an actor" in c.value for c in at.caption)  # the hint

    at.session_state["w_graph"] = {"type": "node", "id": node, "seq": 1}
    at.run()
    [panel] = details(at)
    assert f'data-source="{node}"' in panel and f'data-count="{evidence.evidence_count(matching, node)}"' in panel

    partner = max(matching[node], key=lambda n: (matching.edges[node, n]["weight"], n))
    at.session_state["w_graph"] = {"type": "edge", "source": partner, "target": node, "seq": 2}
    at.run()
    [panel] = details(at)
    a, b = sorted((node, partner))
    assert f'data-kind="edge" data-source="{a}" data-target="{b}"' in panel
    assert f'data-count="{evidence.evidence_count(matching, a, b)}"' in panel

    # expand: the neighbours are drawn and the URL keeps the actor; a filter change keeps it
    at.session_state["w_graph"] = {"type": "expand", "id": node, "seq": 3}
    at.run()
    grown = expand_view(matching, drawn, [node])
    assert {m.label: int(m.value) for m in at.metric}["Actors drawn"] == grown.number_of_nodes()
    assert f'data-node-count="{grown.number_of_nodes()}"' in drawn_page(at)
    assert at.query_params["expand"] == [node] or at.query_params["expand"] == node
    at.radio(key="w_language").set_value("en").run()
    assert f'data-node-count="{grown.number_of_nodes()}"' in drawn_page(at)

    # the same value again (an unrelated rerun) is not applied twice; Close keeps the expansion
    at.button(key="w_close_detail").click().run()
    assert details(at) == [] and at.session_state["expanded"] == (node,)
    at.button(key="w_collapse").click().run()
    assert at.session_state["expanded"] == () and "expand" not in at.query_params
    assert f'data-node-count="{drawn.number_of_nodes()}"' in drawn_page(at)


def test_app_expand_button_and_url(graph_dir, monkeypatch):
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    monkeypatch.setenv("APP_WORK_DIR", str(graph_dir / "work"))
    G = graphdata.load_graph_dir(graph_dir).graph
    state = ViewState(max_nodes=3)
    matching = filter_graph(G, **state.filter_kwargs())
    drawn = filter_graph(G, **state.filter_kwargs(max_nodes=True))
    node = max(drawn, key=lambda n: (matching.degree(n), n))
    grown = expand_view(matching, drawn, [node])

    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params = state.to_query_params()
    at.run()
    at.session_state["w_graph"] = {"type": "node", "id": node, "seq": 1}
    at.run()
    at.button(key="w_expand").click().run()
    assert f'data-node-count="{grown.number_of_nodes()}"' in drawn_page(at)

    # a shared link opens expanded; ids the graph lacks are dropped
    again = AppTest.from_file(APP, default_timeout=60)
    again.query_params = {**state.to_query_params(), "expand": [node, "nobody"]}
    again.run()
    assert not again.exception
    assert f'data-node-count="{grown.number_of_nodes()}"' in drawn_page(again)
    assert again.session_state["expanded"] == (node,)


def test_expanding_reaches_beyond_the_focus(graph_dir, monkeypatch):
    """An actor at the edge of a focus view brings in neighbours the focus left out."""
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    monkeypatch.setenv("APP_WORK_DIR", str(graph_dir / "work"))
    G = graphdata.load_graph_dir(graph_dir).graph
    context = filter_graph(G, **ViewState().filter_kwargs())
    focus = "lavrov"
    state = ViewState(focus=focus, depth=1)
    drawn = filter_graph(G, **state.filter_kwargs(max_nodes=True))
    edge_of_view = next(n for n in sorted(drawn) if set(context[n]) - set(drawn))
    grown = expand_view(context, drawn, [edge_of_view])
    assert grown.number_of_nodes() > drawn.number_of_nodes()

    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params = state.to_query_params()
    at.run()
    at.session_state["w_graph"] = {"type": "expand", "id": edge_of_view, "seq": 1}
    at.run()
    assert not at.exception
    assert f'data-node-count="{grown.number_of_nodes()}"' in drawn_page(at)
    outside = sorted(set(grown) - set(drawn))[0]
    at.session_state["w_graph"] = {"type": "node", "id": outside, "seq": 2}  # a newly drawn actor can be inspected
    at.run()
    [panel] = details(at)
    assert f'data-source="{outside}"' in panel and f'data-count="{evidence.evidence_count(context, outside)}"' in panel
