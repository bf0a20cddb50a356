"""The Streamlit explorer, driven with AppTest on graphs built from code.

Every sidebar control is set and the drawn subgraph checked against
:func:`pipeline.graph.filter_graph` on the same graph: the metrics (drawn
and matching actors, drawn links) and the page in the graph component, which must be
exactly :func:`pipeline.render.render_html` of that subgraph. The tab
controls (evidence, reader, timeline), the downloads, the URL round trip and
uploads are driven too. The upload and workspace tests that add an article
load the NER model (``-m model``).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

import networkx as nx
import pytest

from .app_fixtures import write_graph_dir
from pipeline import export, graphdata, layouts, render, viewstate
from pipeline.evidence import evidence_rows
from pipeline.graph import filter_graph
from pipeline.labels import actor_options, article_label
from pipeline.render import TYPE_COLORS, render_html
from pipeline.viewstate import ViewState

streamlit_testing = pytest.importorskip("streamlit.testing.v1")
AppTest = streamlit_testing.AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "graph_app.py")
TIMEOUT = 60
GRAPH_HEIGHT = 660  # graph_app.GRAPH_HEIGHT (importing the app would run it)


# ---------------------------------------------------------------------------
# fixtures and helpers
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["files", "store"])
def graph_dir(request, tmp_path_factory) -> Path:
    """The fixture build twice: read from its graph files, and queried from its store."""
    return write_graph_dir(tmp_path_factory.mktemp(f"graph-{request.param}"), 6, store=request.param == "store")


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    return write_graph_dir(tmp_path_factory.mktemp("hostile"), 6, hostile=True)


@pytest.fixture(scope="module")
def G(graph_dir) -> nx.Graph:
    """The reference: the build's whole graph with its evidence (``graph.json``),
    which the app must show whether it reads the files or queries the store."""
    from pipeline.export import read_json

    return read_json(graph_dir / "graph.json")


@pytest.fixture
def no_model(monkeypatch):
    """Fail the test if anything tries to load the NER model."""
    import pipeline.ner

    def refuse(*args, **kwargs):
        raise AssertionError("the NER model was loaded")

    monkeypatch.setattr(pipeline.ner, "load_tagger", refuse)
    monkeypatch.setattr(pipeline.ner.Tagger, "__init__", refuse)


def open_app(graph_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    monkeypatch.setenv("APP_WORK_DIR", str(tmp_path / "work"))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.fixture
def app(graph_dir, monkeypatch, tmp_path, no_model):
    return open_app(graph_dir, monkeypatch, tmp_path)


ALL_LINKS = {"co_mention": "show", "v": "2"}


@pytest.fixture
def app_all(graph_dir, monkeypatch, tmp_path, no_model):
    """The app opened on a link that shows co-mention links too (the whole
    graph, as the evidence and ego tests need)."""
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    monkeypatch.setenv("APP_WORK_DIR", str(tmp_path / "work"))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params = dict(ALL_LINKS)
    at.run()
    assert not at.exception, at.exception
    return at


def table(at, column: str):
    """The st.dataframe holding ``column``."""
    for frame in at.dataframe:
        if column in frame.value.columns:
            return frame.value
    raise AssertionError(f"no table with a {column!r} column")


def open_tab(at, label: str):
    """Switch to a tab (only the open tab's panel runs) and rerun."""
    at.session_state["w_tab"] = label
    return at.run()


def metrics(at) -> dict[str, int]:
    return {m.label: int(m.value) for m in at.metric}


def page(at) -> str:
    """The page the graph component draws (its ``page`` argument)."""
    frames = [e for e in at.get("component_instance") if e.proto.component_name.endswith(".graph_view")]
    assert len(frames) == 1
    return json.loads(frames[0].proto.json_args)["page"]


def html_blocks(at) -> str:
    return "\n".join(h.value for h in at.html)


def check_view(at, G, state: ViewState, positions=None) -> None:
    """The app shows exactly filter_graph + render_html of ``state``: the
    actors of filter_graph, the links viewstate.view_graphs ranks among them,
    drawn at the shared layout's positions (or ``positions``)."""
    assert not at.exception, at.exception
    drawn = filter_graph(G, **state.filter_kwargs(max_nodes=True))
    matching = filter_graph(G, **state.filter_kwargs())
    _, drawn_links = viewstate.view_graphs(G, state)
    assert sorted(drawn_links) == sorted(drawn)
    got = metrics(at)
    assert got["Actors drawn"] == drawn.number_of_nodes()
    assert got["Links drawn"] == drawn_links.number_of_edges() <= drawn.number_of_edges()
    assert got["Actors matching"] == matching.number_of_nodes()
    options = viewstate.render_options(drawn_links, state, positions or layouts.base_layout(G))
    want = render_html(drawn_links, height=f"{GRAPH_HEIGHT}px", total_nodes=matching.number_of_nodes(), legend=False, **options)
    assert page(at) == want
    assert f'data-node-count="{drawn.number_of_nodes()}"' in want


def params(at) -> dict:
    return {k: (v if isinstance(v, list) else [v]) for k, v in at.query_params.items()}


def state_of(at) -> ViewState:
    """The view the URL describes."""
    return ViewState.from_query_params(params(at))


# ---------------------------------------------------------------------------
# opening
# ---------------------------------------------------------------------------


def test_opens_on_the_graph_without_loading_the_model(app, G):
    check_view(app, G, ViewState())
    assert app.query_params == {}
    assert metrics(app)["Articles selected"] == len(G.graph["articles"])
    assert "Arabic actor networks" in app.title[0].value
    assert [t.label for t in app.tabs] == ["Actors", "Timeline", "Evidence", "Paths", "Article reader", "Export", "Add articles", "Curate"]


def test_missing_graph_says_how_to_build(monkeypatch, tmp_path, no_model):
    monkeypatch.setenv("GRAPH_DIR", str(tmp_path / "nothing"))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert "python -m pipeline build corpus --out graphs" in at.info[0].value
    assert len(at.file_uploader) == 1  # uploads still possible


def test_damaged_graph_is_reported(monkeypatch, tmp_path, no_model):
    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("GRAPH_DIR", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert "Could not read the graph" in at.error[0].value


# ---------------------------------------------------------------------------
# every sidebar control
# ---------------------------------------------------------------------------


def _articles(G):
    return [a["id"] for a in G.graph["articles"]]


CONTROLS = [
    # (name, how to set the widget, the ViewState it must give)
    ("articles", lambda at, G: at.multiselect(key="w_articles").set_value(_articles(G)[:2]), lambda G: ViewState(articles=tuple(_articles(G)[:2]))),
    ("actor types", lambda at, G: at.multiselect(key="w_types").set_value(["PER", "LOC"]), lambda G: ViewState(actor_types=("PER", "LOC"))),
    ("relation types", lambda at, G: at.multiselect(key="w_relations").set_value(["MEET", "ATTACK"]), lambda G: ViewState(relation_types=("MEET", "ATTACK"))),
    ("min weight", lambda at, G: at.slider(key="w_min_weight").set_value(2), lambda G: ViewState(min_weight=2)),
    ("dates", lambda at, G: at.slider(key="w_dates").set_value((dt.date(2015, 10, 11), dt.date(2015, 11, 30))), lambda G: ViewState(date_from="2015-10-11", date_to="2015-11-30")),
    ("search arabic", lambda at, G: at.text_input(key="w_search").input("لافروف"), lambda G: ViewState(search="لافروف")),
    ("search english", lambda at, G: at.text_input(key="w_search").input("Lavrov"), lambda G: ViewState(search="Lavrov")),
    ("focus", lambda at, G: at.selectbox(key="w_focus").set_value("geneva"), lambda G: ViewState(focus="geneva")),
    ("max nodes", lambda at, G: at.number_input(key="w_max_nodes").set_value(7), lambda G: ViewState(max_nodes=7)),
    ("label language", lambda at, G: at.radio(key="w_language").set_value("en"), lambda G: ViewState(label_language="en")),
    ("physics", lambda at, G: at.toggle(key="w_physics").set_value(True), lambda G: ViewState(physics=True)),
    ("co-mention links", lambda at, G: at.checkbox(key="w_co_mentions").check(), lambda G: ViewState(co_mentions=True)),
    ("size by", lambda at, G: at.selectbox(key="w_size_by").set_value("pagerank"), lambda G: ViewState(size_by="pagerank")),
]


@pytest.mark.parametrize("name, action, expected", CONTROLS, ids=[c[0] for c in CONTROLS])
def test_each_control_changes_the_drawn_subgraph(app, G, name, action, expected):
    before = page(app)
    action(app, G)
    app.run()
    want = expected(G)
    check_view(app, G, want)
    assert state_of(app) == want, f"URL does not hold the {name} setting: {app.query_params}"
    assert page(app) != before, f"{name} did not change the drawing"


def test_search_finds_arabic_and_english_alike(app, G):
    app.text_input(key="w_search").input("لافروف").run()
    arabic = metrics(app)
    app.text_input(key="w_search").input("lavrov").run()
    assert metrics(app) == arabic
    assert 1 < arabic["Actors drawn"] < G.number_of_nodes()


def test_focus_depth_widens_the_ego_network(app_all, G):
    app = app_all
    app.selectbox(key="w_focus").set_value("geneva").run()
    one = metrics(app)["Actors drawn"]
    assert not app.slider(key="w_depth").disabled
    app.slider(key="w_depth").set_value(2).run()
    check_view(app, G, ViewState(focus="geneva", depth=2, co_mentions=True))
    assert metrics(app)["Actors drawn"] > one


def test_hide_isolates_drops_actors_left_without_links(app, G):
    app.slider(key="w_min_weight").set_value(2).run()
    with_isolates = metrics(app)["Actors drawn"]
    app.toggle(key="w_hide_isolates").set_value(True).run()
    check_view(app, G, ViewState(min_weight=2, hide_isolates=True))
    assert metrics(app)["Actors drawn"] < with_isolates
    assert app.query_params == {"min_weight": "2", "isolates": "hide", "v": "2"}


def test_filters_combine_and_reset(app, G):
    app.multiselect(key="w_types").set_value(["PER", "ORG"])
    app.slider(key="w_min_weight").set_value(2)
    app.toggle(key="w_hide_isolates").set_value(True)
    app.number_input(key="w_max_nodes").set_value(5)
    app.run()
    want = ViewState(actor_types=("PER", "ORG"), min_weight=2, hide_isolates=True, max_nodes=5)
    check_view(app, G, want)
    assert app.query_params == {"type": ["PER", "ORG"], "min_weight": "2", "isolates": "hide", "max_nodes": "5", "v": "2"}
    app.button(key="w_reset").click().run()
    check_view(app, G, ViewState())
    assert app.query_params == {}


def test_drawn_actors_are_capped_with_focus_kept(app_all, G):
    app = app_all
    app.selectbox(key="w_focus").set_value("ankara").run()
    app.slider(key="w_depth").set_value(3)
    app.number_input(key="w_max_nodes").set_value(4)
    app.run()
    check_view(app, G, ViewState(focus="ankara", depth=3, max_nodes=4, co_mentions=True))
    assert metrics(app)["Actors drawn"] == 4
    assert '"id": "ankara"' in page(app)
    assert any("strongest of" in c.value for c in app.caption)


# ---------------------------------------------------------------------------
# the URL
# ---------------------------------------------------------------------------


def test_query_params_round_trip(graph_dir, G, monkeypatch, no_model):
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    arts = _articles(G)
    state = ViewState(
        articles=tuple(arts[:4]),
        actor_types=("PER", "ORG", "LOC"),
        relation_types=("MEET", "AGREE", "SUPPORT", "COOPERATE", "CO_MENTION"),
        min_weight=1,
        date_from="2015-10-15",
        date_to="2016-06-01",
        search="",
        focus="moscow",
        depth=2,
        hide_isolates=True,
        co_mentions=False,
        max_nodes=9,
        label_language="en",
        physics=False,
        size_by="degree",
    )
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params = state.to_query_params()
    at.run()
    check_view(at, G, state)
    # the widgets show the shared view ...
    assert at.multiselect(key="w_articles").value == list(arts[:4])
    assert at.selectbox(key="w_focus").value == "moscow"
    assert at.radio(key="w_language").value == "en"
    assert at.toggle(key="w_physics").value is False
    assert at.checkbox(key="w_co_mentions").value is False
    assert at.slider(key="w_dates").value == (dt.date(2015, 10, 15), dt.date(2016, 6, 1))
    # ... and the URL still says the same after the run
    assert state_of(at) == state
    # a second browser opening that URL sees the same drawing
    again = AppTest.from_file(APP, default_timeout=TIMEOUT)
    again.query_params = dict(at.query_params)
    again.run()
    assert page(again) == page(at)


def test_bad_query_params_are_ignored(graph_dir, G, monkeypatch, no_model):
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params = {"focus": "nobody", "depth": "99", "max_nodes": "-3", "lang": "fr", "type": ["PER", "<b>"], "article": "missing", "from": "yesterday", "size": "x"}
    at.run()
    # no "v": a link from before co-mention links and physics were off by default keeps them on
    legacy = ViewState(actor_types=("PER",), co_mentions=True, physics=True)
    check_view(at, G, legacy)
    assert at.query_params == {"type": "PER", "co_mention": "show", "physics": "on", "v": "2"}
    assert state_of(at) == legacy


def test_empty_type_boxes_mean_all(app, G):
    app.multiselect(key="w_relations").set_value(["MEET"]).run()
    assert app.query_params == {"rel": "MEET", "v": "2"}
    app.multiselect(key="w_relations").set_value([]).run()
    check_view(app, G, ViewState())
    assert app.query_params == {}


# ---------------------------------------------------------------------------
# panels
# ---------------------------------------------------------------------------


def test_actors_table_follows_the_filters(app, G):
    rows = table(app, "pagerank")
    assert len(rows) == G.number_of_nodes()
    assert {"label", "label_en", "type_name", "mentions", "articles", "degree", "pagerank", "betweenness", "community"} <= set(rows.columns)
    assert "سيرغي لافروف" in set(rows["label"]) and "Sergey Lavrov" in set(rows["label_en"])
    app.multiselect(key="w_types").set_value(["LOC"]).run()
    rows = table(app, "pagerank")
    assert set(rows["type_name"]) == {"Place"}
    assert len(rows) == metrics(app)["Actors matching"]
    charts = [c.proto.spec for c in app.get("vega_lite_chart")]
    assert any("Top actors" in spec for spec in charts)


def test_timeline_counts_relations_per_period(app, G):
    open_tab(app, "Timeline")

    def spec():
        return next(json.loads(c.proto.spec) for c in app.get("vega_lite_chart") if "Relations over article dates" in c.proto.spec)

    assert spec()["encoding"]["x"]["title"] == "Month"
    app.radio(key="w_period").set_value("year").run()
    assert spec()["encoding"]["x"]["title"] == "Year"
    assert any("evidence sentences from dated articles" in c.value for c in app.caption)


def test_evidence_panel_for_actor_and_pair(app_all, G, graph_dir):
    app = app_all
    records = {r["id"]: r for r in export.read_articles_json(graph_dir / "articles.json")}
    open_tab(app, "Evidence")
    app.selectbox(key="w_evidence_actor").set_value("lavrov").run()
    rows = evidence_rows(G, "lavrov", articles=records)
    assert rows
    text = html_blocks(app)
    assert text.count("<mark") >= len(rows)
    for row in rows:
        assert row["html"] in text
    partner = max(G["lavrov"], key=lambda n: G.edges["lavrov", n]["weight"])
    app.selectbox(key="w_evidence_other").set_value(partner).run()
    pair = evidence_rows(G, "lavrov", partner, articles=records)
    assert len(pair) == G.edges["lavrov", partner]["weight"]
    assert any(f"{len(pair)} source sentence" in c.value for c in app.caption)
    evidence = next(h.value for h in app.html if 'class="evidence"' in h.value)
    assert evidence.count('border-bottom') == len(pair)
    meta = {a["id"]: a for a in G.graph["articles"]}
    assert meta[pair[0]["article"]]["title"] in evidence and meta[pair[0]["article"]]["date"] in evidence


def test_evidence_follows_filters(app, G):
    H = filter_graph(G, relation_types=["MEET"])
    actor = next(n for n in actor_options(H) if H.degree(n))
    open_tab(app, "Evidence")
    app.multiselect(key="w_relations").set_value(["MEET"]).run()
    app.selectbox(key="w_evidence_actor").set_value(actor).run()
    rows = evidence_rows(H, actor)
    assert rows and all(r["relations"] in (["MEET"], []) for r in rows)
    assert any(r["relations"] == ["MEET"] for r in rows)
    assert any(f"{len(rows)} source sentence" in c.value for c in app.caption)


def _sentences_with(actor: str | None = None) -> set[tuple[str, int]]:
    """(article, sentence) of the fixture sentences naming two or more actors
    (``actor`` among them), read off the linked mentions, not the graph."""
    from .app_fixtures import build_fixture

    _, _, mentions = build_fixture(6)
    actors: dict[tuple[str, int], set[str]] = {}
    for lm in mentions:
        actors.setdefault((lm.mention.article_id, lm.mention.sentence), set()).add(lm.actor_id)
    return {key for key, found in actors.items() if len(found) >= 2 and (actor is None or actor in found)}


def test_source_sentence_count_is_distinct_sentences(app_all, G):
    app = app_all
    # a place sits in sentences with two other actors: one sentence, two links
    place = max(("moscow", "geneva", "damascus", "riyadh", "ankara", "vienna", "washington"), key=lambda n: G.degree(n) if n in G else 0)
    expected = len(_sentences_with(place))
    assert sum(G.edges[place, n]["weight"] for n in G[place]) > expected  # counting per link would overstate
    open_tab(app, "Evidence")
    app.selectbox(key="w_evidence_actor").set_value(place).run()
    assert any(c.value.startswith(f"{expected} source sentence") for c in app.caption)
    evidence = next(h.value for h in app.html if 'class="evidence"' in h.value)
    assert evidence.count("border-bottom") == expected


def test_timeline_total_is_distinct_sentences(app, G):
    open_tab(app, "Timeline")
    total = len(_sentences_with())
    assert any(c.value.startswith(f"{total} evidence sentences from dated articles") for c in app.caption)


def test_co_mention_links_are_off_by_default_behind_the_checkbox(app, G):
    box = app.checkbox(key="w_co_mentions")
    assert box.label == "Show co-mention links" and box.value is False  # typed interactions only
    check_view(app, G, ViewState(co_mentions=False))
    assert app.query_params == {}
    shown = filter_graph(G, **ViewState().filter_kwargs())
    assert shown.number_of_edges() and all(d["kind"] == "interaction" for _, _, d in shown.edges(data=True))
    assert '"dashes": true' not in page(app)
    typed = metrics(app)["Links drawn"]
    assert 0 < typed < G.number_of_edges()
    box.check().run()
    check_view(app, G, ViewState(co_mentions=True))
    assert app.query_params == ALL_LINKS
    assert metrics(app)["Links drawn"] > typed and '"dashes": true' in page(app)


def test_panels_recover_when_their_choice_is_filtered_away(app_all, G):
    app = app_all
    open_tab(app, "Evidence")
    app.selectbox(key="w_evidence_actor").set_value("lavrov").run()
    app.selectbox(key="w_evidence_other").set_value(next(iter(G["lavrov"]))).run()
    app.multiselect(key="w_types").set_value(["LOC"]).run()
    assert not app.exception, app.exception
    H = filter_graph(G, actor_types=["LOC"])
    assert app.selectbox(key="w_evidence_actor").value == actor_options(H)[0]
    assert app.selectbox(key="w_evidence_other").value is None
    arts = _articles(G)
    open_tab(app, "Article reader")
    app.selectbox(key="w_reader").set_value(arts[0]).run()
    app.multiselect(key="w_articles").set_value([arts[2]]).run()
    assert not app.exception, app.exception
    assert app.selectbox(key="w_reader").value == arts[2]


def test_article_reader_highlights_entities(app, G, graph_dir):
    records = {r["id"]: r for r in export.read_articles_json(graph_dir / "articles.json")}
    chosen = _articles(G)[3]
    open_tab(app, "Article reader")
    app.selectbox(key="w_reader").set_value(chosen).run()
    text = html_blocks(app)
    assert render.article_html(records[chosen], G) in text
    assert text.count("<mark") >= len(records[chosen]["mentions"])
    assert 'dir="rtl"' in text
    assert G.graph["articles"][3]["title"] in text


def test_reader_lists_selected_articles_only(app, G):
    arts = _articles(G)
    open_tab(app, "Article reader")
    app.multiselect(key="w_articles").set_value([arts[1], arts[4]]).run()
    assert app.selectbox(key="w_reader").options == [article_label(G.graph["articles"][i], 110) for i in (1, 4)]


# ---------------------------------------------------------------------------
# downloads
# ---------------------------------------------------------------------------


@pytest.fixture
def deferred(monkeypatch):
    """The callables behind deferred download buttons, by file name."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    captured: dict[str, object] = {}
    original = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        captured[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name, **kw)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return captured


def test_downloads_hold_the_filtered_graph(graph_dir, G, monkeypatch, deferred, tmp_path, no_model):
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    state = ViewState(actor_types=("PER", "ORG"), min_weight=1, max_nodes=6, label_language="en", physics=False)
    at.query_params = state.to_query_params()
    at.run()
    open_tab(at, "Export")
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels[:5] == ["GraphML", "GEXF", "JSON", "CSV (zip)", "HTML page"]
    H = filter_graph(G, **state.filter_kwargs())
    drawn = filter_graph(G, **state.filter_kwargs(max_nodes=True))
    assert H.number_of_nodes() > drawn.number_of_nodes()

    data = {name: fn() for name, fn in deferred.items()}
    assert json.loads(data["graph.json"]) == json.loads(export.generate_json(H))
    (tmp_path / "g.graphml").write_bytes(data["graph.graphml"])
    assert sorted(export.read_graphml(tmp_path / "g.graphml").nodes) == sorted(H.nodes)
    (tmp_path / "g.gexf").write_bytes(data["graph.gexf"])
    assert export.read_gexf(tmp_path / "g.gexf").number_of_edges() == H.number_of_edges()
    with zipfile.ZipFile(io.BytesIO(data["graph-csv.zip"])) as zf:
        nodes = list(csv.reader(io.StringIO(zf.read("nodes.csv").decode("utf-8-sig"))))
    assert len(nodes) - 1 == H.number_of_nodes()
    html_page = data["graph.html"].decode("utf-8")
    assert f'data-node-count="{drawn.number_of_nodes()}"' in html_page
    assert f'data-total-nodes="{H.number_of_nodes()}"' in html_page
    assert '<html lang="en">' in html_page and '"enabled": false' in html_page


def test_the_png_download_is_a_picture_of_the_drawn_view(graph_dir, monkeypatch, deferred, no_model):
    from pipeline import snapshot

    try:
        snapshot.find_chromium()
    except snapshot.ChromiumMissing as exc:
        pytest.skip(str(exc))
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params = ViewState(max_nodes=6, physics=False).to_query_params()
    at.run()
    open_tab(at, "Export")
    assert "PNG of the drawing" in [b.proto.label for b in at.get("download_button")]
    png = deferred["graph.png"]()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5_000  # a drawn picture, not an empty frame


# ---------------------------------------------------------------------------
# uploads
# ---------------------------------------------------------------------------

ENGLISH = b"The foreign ministers met in Geneva on Monday to discuss the ceasefire and humanitarian access."


def test_bad_uploads_are_reported_and_the_graph_kept(app, G, graph_dir):
    before = page(app)
    open_tab(app, "Add articles")
    app.file_uploader[0].set_value(
        [
            ("english.txt", ENGLISH, "text/plain"),
            ("broken.json", b'{"id": "x", "content": ', "application/json"),
            ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "text/plain"),
            ("empty.html", b"", "text/html"),
        ]
    )
    app.run()
    app.button(key="w_upload_go").click().run()
    assert not app.exception, app.exception
    report = table(app, "Details")
    reasons = dict(zip(report["File"], report["Details"]))
    assert set(report["Result"]) == {"rejected"}
    assert "no Arabic text" in reasons["english.txt"]
    assert "malformed JSON" in reasons["broken.json"]
    assert "binary file (PNG image)" in reasons["image.txt"]
    assert reasons["empty.html"] == "empty file"
    assert any("rejected" in w.value for w in app.warning)
    assert any("graph is unchanged" in e.value for e in app.error)
    assert page(app) == before
    assert metrics(app)["Articles selected"] == len(G.graph["articles"])


def test_upload_duplicate_of_the_graph_is_rejected(app, graph_dir):
    record = export.read_articles_json(graph_dir / "articles.json")[0]
    upload = json.dumps({"id": "copy", "title": "copy", "content": record["text"]}, ensure_ascii=False).encode()
    open_tab(app, "Add articles")
    app.file_uploader[0].set_value(("copy.json", upload, "application/json")).run()
    app.button(key="w_upload_go").click().run()
    reasons = dict(zip(*(table(app, "Details")[c] for c in ("File", "Details"))))
    assert reasons == {"copy.json": f"duplicate of {record['id']} (already in the graph)"}


GOOD = (
    "---\ntitle: لافروف وكيري يبحثان الهدنة\nsource: Test Wire\ndate: 2016-08-02\n---\n"
    "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف أمس لبحث الهدنة في سورية. "
    "وقال لافروف إن موسكو وواشنطن اتفقتا على تعزيز التنسيق العسكري. "
    "من جانبه قال المتحدث باسم البنتاغون بيتر كوك إن المحادثات استغرقت نحو ساعة ونصف الساعة.\n"
).encode("utf-8")


def test_model_error_is_shown_and_the_graph_kept(graph_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("NER_MODEL_DIR", str(tmp_path / "no-model"))  # fails before stanza is touched
    app = open_app(graph_dir, monkeypatch, tmp_path)
    before = page(app)
    open_tab(app, "Add articles")
    app.file_uploader[0].set_value(("new.txt", GOOD, "text/plain")).run()
    app.button(key="w_upload_go").click().run()
    assert not app.exception
    errors = " ".join(e.value for e in app.error)
    assert "NER model could not be loaded" in errors and "NER model file missing" in errors
    assert "restore it with" in errors  # NerModelError says how to fix it
    assert page(app) == before
    assert not list((tmp_path / "work" / "workspaces").iterdir())  # the workspace it made for them is gone
    assert "ws" not in params(app)


@pytest.mark.parametrize("name", ["nothing-here", "../graphs", "/etc"])
def test_an_unknown_or_bad_workspace_in_the_url_opens_the_committed_graph(name, graph_dir, G, monkeypatch, tmp_path, no_model):
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    monkeypatch.setenv("APP_WORK_DIR", str(tmp_path / "work"))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params = {"ws": name, "type": "PER", "v": "2"}
    at.run()
    assert not at.exception, at.exception
    assert any("Showing the committed graph" in w.value for w in at.warning)
    assert metrics(at)["Articles selected"] == len(G.graph["articles"])
    assert "ws" not in params(at) and state_of(at).actor_types == ("PER",)  # the view itself is kept
    assert not (tmp_path / "work" / "workspaces").exists()


def test_a_bad_workspace_name_is_refused_before_anything_is_tagged(app, G, tmp_path):
    open_tab(app, "Add articles")
    app.text_input(key="w_ws_name").set_value("../graphs").run()
    app.file_uploader[0].set_value(("new.txt", GOOD, "text/plain")).run()
    app.button(key="w_upload_go").click().run()
    assert not app.exception, app.exception
    assert any("use letters, digits" in e.value and "nothing was added" in e.value for e in app.error)
    assert metrics(app)["Articles selected"] == len(G.graph["articles"])
    assert not list((tmp_path / "work").glob("**/graph.json"))


@pytest.mark.model
def test_upload_to_a_build_without_a_store_builds_the_workspace_once(graph_dir, G, monkeypatch, tmp_path):
    """The fixture build has graph files only: the first upload builds the workspace's store
    from its articles and the new one; the committed graph is not touched."""
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    monkeypatch.setenv("APP_WORK_DIR", str(tmp_path / "work"))
    committed = {p.name: p.stat().st_mtime_ns for p in graph_dir.iterdir()}
    at = AppTest.from_file(APP, default_timeout=300)
    at.run()
    open_tab(at, "Add articles")
    at.text_input(key="w_ws_name").set_value("جنيف-2016").run()
    at.file_uploader[0].set_value([("new.txt", GOOD, "text/plain"), ("english.txt", ENGLISH, "text/plain")]).run()
    at.button(key="w_upload_go").click().run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert any("Added 1 article" in s.value and "جنيف-2016" in s.value for s in at.success)
    options = at.multiselect(key="w_articles").options
    assert len(options) == len(G.graph["articles"]) + 1
    assert any("لافروف وكيري يبحثان الهدنة" in o for o in options)
    assert metrics(at)["Articles selected"] == len(G.graph["articles"]) + 1
    report = table(at, "Details")
    assert dict(zip(report["File"], report["Result"])) == {"new.txt": "added", "english.txt": "rejected"}
    assert params(at)["ws"] == ["جنيف-2016"]
    # the workspace holds the build, not the committed graph
    assert {p.name: p.stat().st_mtime_ns for p in graph_dir.iterdir()} == committed
    folder = tmp_path / "work" / "workspaces" / "جنيف-2016"
    assert {"store.duckdb", "workspace.json"} <= {p.name for p in folder.iterdir()}  # the explorer queries the store
    # the new article is in the reader, with its entities marked
    open_tab(at, "Article reader")
    at.multiselect(key="w_articles").set_value(["new"]).run()
    assert metrics(at)["Actors matching"] > 0
    assert "<mark" in html_blocks(at)
    at.button(key="w_back").click().run()
    assert len(at.multiselect(key="w_articles").options) == len(G.graph["articles"])
    assert "ws" not in params(at)


SEEDS = sorted((ROOT / "corpus").glob("*.txt"))


@pytest.fixture(scope="module")
def store_build(tmp_path_factory):
    """A real build of one corpus seed (graph files and store), and its extraction cache."""
    from pipeline.build import build

    corpus = tmp_path_factory.mktemp("seed")
    (corpus / SEEDS[0].name).write_bytes(SEEDS[0].read_bytes())
    out, cache = tmp_path_factory.mktemp("built"), tmp_path_factory.mktemp("cache")
    build(corpus, out, cache_dir=cache, formats=["json"])
    return out, cache


def fresh_session(build_dir, work, monkeypatch, query: dict | None = None):
    """A new browser session on the same server data (as after a reload or a restart)."""
    monkeypatch.setenv("GRAPH_DIR", str(build_dir))
    monkeypatch.setenv("APP_WORK_DIR", str(work))
    at = AppTest.from_file(APP, default_timeout=300)
    if query:
        at.query_params = dict(query)
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.mark.model
def test_a_workspace_survives_a_restart_and_can_be_removed(store_build, monkeypatch, tmp_path):
    from pipeline.incremental import append_articles  # noqa: F401 - what the upload goes through
    from pipeline.store import Store

    build_dir, cache = store_build
    monkeypatch.setenv("APP_CACHE_DIR", str(cache))
    work = tmp_path / "work"
    committed = {p.name: p.stat().st_mtime_ns for p in build_dir.iterdir()}
    at = fresh_session(build_dir, work, monkeypatch)
    n = len(at.multiselect(key="w_articles").options)
    open_tab(at, "Add articles")
    at.text_input(key="w_ws_name").set_value("talks").run()
    at.file_uploader[0].set_value(("talks.txt", GOOD, "text/plain")).run()
    at.button(key="w_upload_go").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("Added 1 article(s) to the workspace talks (1 tagged now)" in s.value for s in at.success)
    assert params(at)["ws"] == ["talks"]
    assert len(at.multiselect(key="w_articles").options) == n + 1
    folder = work / "workspaces" / "talks"
    with Store(folder / "store.duckdb") as store:
        assert [a["id"] for a in store.articles()][-1] == "talks"
    assert {p.name: p.stat().st_mtime_ns for p in build_dir.iterdir()} == committed

    # a reload, or a server restart: a new session opens the workspace the URL names
    again = fresh_session(build_dir, work, monkeypatch, {"ws": "talks"})
    assert len(again.multiselect(key="w_articles").options) == n + 1
    assert any("talks" in c.value for c in again.sidebar.caption)
    assert again.multiselect(key="w_articles").value == [] and state_of(again) == ViewState()  # today's defaults
    open_tab(again, "Add articles")
    assert "talks" in " ".join(m.value for m in again.markdown) and "1 article added" in " ".join(m.value for m in again.markdown)

    # a second upload appends to the same workspace
    second = GOOD.replace("لافروف وكيري يبحثان الهدنة".encode(), "جولة ثانية في جنيف".encode()).replace("ساعة ونصف الساعة".encode(), "ثلاث ساعات".encode())
    again.file_uploader[0].set_value(("second.txt", second, "text/plain")).run()
    again.button(key="w_upload_go").click().run()
    assert not again.error, [e.value for e in again.error]
    assert len(again.multiselect(key="w_articles").options) == n + 2

    # a session on the committed graph opens it from the list
    other = fresh_session(build_dir, work, monkeypatch)
    assert len(other.multiselect(key="w_articles").options) == n and "ws" not in params(other)
    open_tab(other, "Add articles")
    other.button(key="w_ws_open_talks").click().run()
    assert not other.exception, other.exception
    assert len(other.multiselect(key="w_articles").options) == n + 2 and params(other)["ws"] == ["talks"]
    assert "2 articles added" in " ".join(m.value for m in other.markdown)

    # removal asks first, then goes back to the committed graph
    open_tab(again, "Add articles")
    again.button(key="w_ws_remove_talks").click().run()
    assert folder.is_dir() and any("Remove the workspace" in w.value for w in again.warning)
    again.button(key="w_ws_remove_no").click().run()
    assert folder.is_dir()
    again.button(key="w_ws_remove_talks").click().run()
    again.button(key="w_ws_remove_yes").click().run()
    assert not again.exception, again.exception
    assert not folder.exists()
    assert "ws" not in params(again)
    assert len(again.multiselect(key="w_articles").options) == n
    assert any("Removed the workspace talks" in s.value for s in again.success)

    # an old link to it opens the committed graph and says why
    stale = fresh_session(build_dir, work, monkeypatch, {"ws": "talks"})
    assert any("No workspace named “talks”" in w.value for w in stale.warning)
    assert len(stale.multiselect(key="w_articles").options) == n
    assert "ws" not in params(stale)


@pytest.mark.model
def test_curation_in_a_workspace_goes_to_its_own_file_and_survives_a_reload(store_build, monkeypatch, tmp_path):
    from pipeline.actors.curation import load_curation

    build_dir, cache = store_build
    monkeypatch.setenv("APP_CACHE_DIR", str(cache))
    work = tmp_path / "work"
    at = fresh_session(build_dir, work, monkeypatch)
    open_tab(at, "Add articles")
    at.text_input(key="w_ws_name").set_value("talks").run()
    at.file_uploader[0].set_value(("talks.txt", GOOD, "text/plain")).run()
    at.button(key="w_upload_go").click().run()
    assert not at.error, [e.value for e in at.error]
    G = graphdata.load_graph_dir(work / "workspaces" / "talks").graph
    actor = max(G, key=lambda n: (G.nodes[n]["mentions"], n))
    corpus_before = (ROOT / "corpus" / "curation.yaml").read_bytes() if (ROOT / "corpus" / "curation.yaml").exists() else None
    matching = metrics(at)["Actors matching"]
    open_tab(at, "Curate")
    at.multiselect(key="w_cur_pick").set_value([actor]).run()
    at.radio(key="w_cur_op").set_value("block").run()
    at.button(key="w_cur_apply").click().run()
    assert not at.exception, at.exception
    assert [(d.op, d.ids) for d in load_curation(work / "workspaces" / "talks").decisions][-1] == ("block", (actor,))
    assert ((ROOT / "corpus" / "curation.yaml").read_bytes() if corpus_before is not None else None) == corpus_before
    assert metrics(at)["Actors matching"] == matching - 1
    assert actor not in graphdata.load_graph_dir(work / "workspaces" / "talks").graph  # the workspace's own files
    # a reload shows the decision too; undo brings the actor back, in the files as well
    again = fresh_session(build_dir, work, monkeypatch, {"ws": "talks"})
    assert metrics(again)["Actors matching"] == matching - 1
    open_tab(again, "Curate")
    again.button(key="w_cur_undo").click().run()
    assert not again.exception, again.exception
    assert metrics(again)["Actors matching"] == matching
    assert actor in graphdata.load_graph_dir(work / "workspaces" / "talks").graph


# ---------------------------------------------------------------------------
# hostile data
# ---------------------------------------------------------------------------


def test_hostile_names_are_escaped_everywhere(hostile_dir, monkeypatch, no_model):
    monkeypatch.setenv("GRAPH_DIR", str(hostile_dir))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params = {"focus": "lavrov"}
    at.run()
    assert not at.exception
    open_tab(at, "Evidence")
    at.selectbox(key="w_evidence_actor").set_value("lavrov").run()
    text = html_blocks(at)
    open_tab(at, "Article reader")
    text += html_blocks(at)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "&lt;svg onload=alert(1)&gt;" in text
    assert not re.search(r"<(script|img|svg|iframe)\b", text, re.I)
    assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", text, re.I)
    assert "href=" not in text  # a javascript: URL is shown as text, never linked
    drawing = page(at)
    assert "<script>alert(1)" not in drawing and "<img src=x" not in drawing and "<svg onload" not in drawing


# ---------------------------------------------------------------------------
# paths
# ---------------------------------------------------------------------------


def test_paths_tab_lists_a_path_with_evidence(app, G):
    from pipeline.paths import find_paths, highlight

    # two actors with no direct link, so the path has at least two hops
    source, target = next((u, v) for u in sorted(G) for v in sorted(G) if u < v and not G.has_edge(u, v) and nx.has_path(G, u, v) and G.degree(u) and G.degree(v))
    at = open_tab(app, "Paths")
    assert not at.exception, at.exception
    assert "Pick two actors" in at.caption[-1].value
    at.selectbox(key="w_path_from").set_value(source)
    at.selectbox(key="w_path_to").set_value(target).run()
    assert not at.exception, at.exception
    want = find_paths(G, source, target, 3)
    assert want and len(want[0].hops) >= 2
    shown = [h.value for h in at.html if 'class="path"' in h.value]
    assert len(shown) == len(want)
    first = shown[0]
    import html as _html

    text = _html.unescape(re.sub(r"<[^>]+>", "", first))
    for hop in want[0].hops:  # every hop's sentences are listed, in Arabic
        for e in hop.evidence[:20]:
            assert e["sentence"] in text
    assert first.count('class="path-evidence"') == sum(min(len(h.evidence), 20) for h in want[0].hops)
    assert at.session_state["path_highlight"] == highlight(want)
    # the paths are drawn on their own (the main drawing is the click component, not an iframe)
    frames = at.get("iframe")
    assert len(frames) == 1
    assert f'data-node-count="{len(highlight(want)["nodes"])}"' in frames[0].proto.srcdoc


def test_paths_tab_says_when_no_path(tmp_path, monkeypatch, no_model):
    """Two actors in separate components: a clear message, nothing highlighted."""
    from pipeline.export import write_all

    folder = write_graph_dir(tmp_path / "g", 6)
    Gx = graphdata.load_graph_dir(folder).graph
    H = nx.Graph(Gx)
    H.add_node("lonely", label="ناشط مجهول", label_en="Unknown activist", type="PER", aliases=[], articles=[], mentions=1, article_mentions={}, wikidata="")
    write_all(H, folder)
    at = open_app(folder, monkeypatch, tmp_path)
    at = open_tab(at, "Paths")
    at.selectbox(key="w_path_from").set_value("lavrov")
    at.selectbox(key="w_path_to").set_value("lonely").run()
    assert not at.exception, at.exception
    assert any("No path joins" in i.value for i in at.info)
    assert at.session_state["path_highlight"] == {"nodes": [], "edges": []}
# issue 10: significance, orientation, time
# ---------------------------------------------------------------------------


def drawn_nodes(at) -> dict[str, dict]:
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page(at), re.S).group(1))
    return {n["id"]: n for n in data["nodes"]}


def drawn_edges(at) -> set[frozenset]:
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page(at), re.S).group(1))
    return {frozenset((e["from"], e["to"])) for e in data["edges"]}


def test_significance_choice_changes_the_drawn_links(app_all, G):
    from pipeline.significance import rank_edges

    app = app_all
    app.number_input(key="w_max_edges").set_value(6).run()
    assert app.radio(key="w_significance").value == "pmi"
    assert any("Surprise" in c for c in app.radio(key="w_significance").options) or app.radio(key="w_significance").options
    by_pmi = drawn_edges(app)
    assert len(by_pmi) == 6
    app.radio(key="w_significance").set_value("weight").run()
    state = ViewState(co_mentions=True, max_edges=6, significance="weight")
    check_view(app, G, state)
    by_weight = drawn_edges(app)
    assert by_weight != by_pmi
    heaviest = {frozenset(e) for e, _ in rank_edges(filter_graph(G, **state.filter_kwargs()), "weight", n=6)}
    assert by_weight == heaviest
    assert app.query_params == {**ALL_LINKS, "rank": "weight", "max_links": "6"}
    # the backbone keeps only significant links; alpha widens it
    app.radio(key="w_significance").set_value("backbone").run()
    strict = metrics(app)["Links drawn"]
    app.select_slider(key="w_alpha").set_value(0.2).run()
    check_view(app, G, ViewState(co_mentions=True, max_edges=6, significance="backbone", alpha=0.2))
    assert metrics(app)["Links drawn"] >= strict
    assert state_of(app).alpha == 0.2


def test_date_window_changes_the_graph_and_the_url(app, G):
    slider = app.slider(key="w_dates")
    assert tuple(slider.value) == graphdata.date_bounds(G.graph["articles"])  # the whole range
    before = drawn_edges(app)
    window = (dt.date(2015, 10, 11), dt.date(2015, 11, 30))
    slider.set_value(window).run()
    want = ViewState(date_from="2015-10-11", date_to="2015-11-30")
    check_view(app, G, want)
    inside = filter_graph(G, date_from="2015-10-11", date_to="2015-11-30", kinds=["interaction"])
    assert drawn_edges(app) == {frozenset(e) for e in inside.edges} != before  # only what was said in the window
    assert app.query_params["from"] == "2015-10-11" and app.query_params["to"] == "2015-11-30"


def test_positions_stay_when_a_filter_changes(app_all, G):
    app = app_all
    before = {n: (d["x"], d["y"]) for n, d in drawn_nodes(app).items()}
    app.multiselect(key="w_types").set_value(["PER", "LOC"]).run()
    after = {n: (d["x"], d["y"]) for n, d in drawn_nodes(app).items()}
    stay = set(before) & set(after)
    assert stay and len(after) < len(before)
    assert all(before[n] == after[n] for n in stay)


def test_focus_and_search_hits_are_highlighted(app_all, G):
    from pipeline.render import FOCUS_BORDER, HIT_BORDER

    app = app_all
    app.text_input(key="w_search").input("لافروف").run()
    nodes = drawn_nodes(app)
    assert nodes["lavrov"]["color"]["border"] == HIT_BORDER
    assert all(isinstance(d["color"], str) for n, d in nodes.items() if n != "lavrov")
    app.text_input(key="w_search").input("").run()
    app.selectbox(key="w_focus").set_value("geneva").run()
    assert drawn_nodes(app)["geneva"]["color"]["border"] == FOCUS_BORDER
    legend = next(h.value for h in app.html if 'class="legend"' in h.value)
    assert "المحور" in legend  # the legend, under the drawing, names the marker


def test_communities_colour_the_default_view_and_labels_are_limited(app_all, G):
    from pipeline.render import COMMUNITY_COLORS, SMALL_COMMUNITY_COLOR

    app = app_all
    nodes = drawn_nodes(app)
    colours = {d["color"] for d in nodes.values()}
    assert colours & set(COMMUNITY_COLORS) and colours <= set(COMMUNITY_COLORS) | {SMALL_COMMUNITY_COLOR}
    app.number_input(key="w_labels").set_value(2).run()
    fonts = [d["font"]["size"] for d in drawn_nodes(app).values()]
    assert fonts.count(max(fonts)) <= 2 < len(fonts)
    app.radio(key="w_color_by").set_value("type").run()
    assert {d["color"] for d in drawn_nodes(app).values()} <= set(TYPE_COLORS.values())
    assert state_of(app).labels == 2 and state_of(app).color_by == "type"


def test_pin_a_layout_and_restore_it(app_all, G, tmp_path):
    app = app_all
    app.toggle(key="w_physics").set_value(True).run()  # physics: vis moves the nodes, so a pin matters
    app.button(key="w_pin").click().run()
    assert not app.exception, app.exception
    name = app.selectbox(key="w_layout").value
    assert name and app.query_params["layout"] == name
    pinned = layouts.load_layout(tmp_path / "work", name)
    assert pinned and set(pinned) == set(drawn_nodes(app))
    assert all((d["x"], d["y"]) == pinned[n] for n, d in drawn_nodes(app).items())
    # back to the computed layout, then restore the pin from the list
    app.selectbox(key="w_layout").set_value("").run()
    assert "layout" not in app.query_params
    app.multiselect(key="w_types").set_value(["PER"]).run()
    app.selectbox(key="w_layout").set_value(name).run()
    nodes = drawn_nodes(app)
    assert nodes and all((d["x"], d["y"]) == pinned[n] for n, d in nodes.items())
    check_view(app, G, ViewState(co_mentions=True, physics=True, actor_types=("PER",), layout=name), {**layouts.base_layout(G), **pinned})


def test_timeline_has_a_date_axis(app, G):
    open_tab(app, "Timeline")
    spec = next(json.loads(c.proto.spec) for c in app.get("vega_lite_chart") if "Relations over article dates" in c.proto.spec)
    assert spec["encoding"]["x"]["type"] == "temporal"


def test_week_buttons_move_the_date_window(app, G):
    app.slider(key="w_dates").set_value((dt.date(2015, 10, 11), dt.date(2015, 10, 20))).run()
    app.button(key="w_week_forward").click().run()
    assert tuple(app.slider(key="w_dates").value) == (dt.date(2015, 10, 18), dt.date(2015, 10, 27))
    check_view(app, G, ViewState(date_from="2015-10-18", date_to="2015-10-27"))
    dated = [a for a in G.graph["articles"] if "2015-10-18" <= (a.get("date") or "")[:10] <= "2015-10-27"]
    assert 0 < len(dated) < len(G.graph["articles"])
    assert metrics(app)["Articles selected"] == len(dated)  # the window's articles, not the whole corpus
    app.button(key="w_week_back").click().run()
    app.button(key="w_week_back").click().run()
    lo, _ = graphdata.date_bounds(G.graph["articles"])
    assert tuple(app.slider(key="w_dates").value) == (lo, lo + dt.timedelta(days=9))  # stops at the first day
