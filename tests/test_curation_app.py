"""The explorer's Curate tab (AppTest) and the pure logic behind it (pipeline.curation_view)."""
from __future__ import annotations

import networkx as nx
import pytest
import yaml

from pipeline.actors import load_registry
from pipeline.actors.curation import Decision, load_curation
from pipeline.curation_view import ReviewMemory, curate_graph, duplicate_candidates, junk_candidates

from .test_app import APP, TIMEOUT, AppTest, G, graph_dir, no_model, open_tab  # noqa: F401 - fixtures


def small_graph() -> nx.Graph:
    G = nx.Graph()
    G.add_node("per:جون_بولتون", label="جون بولتون", type="PER", aliases=["جون بولتون"], articles=["a1", "a2"], mentions=3)
    G.add_node("per:جون_بولتن", label="جون بولتن", type="PER", aliases=["وجون بولتن"], articles=["a1"], mentions=1)
    G.add_node("per:جيمي_كارتر", label="جيمي كارتر", type="PER", aliases=["جيمي كارتر"], articles=["a3"], mentions=2)
    G.add_node("cairo", label="القاهرة", type="LOC", aliases=["القاهرة"], articles=["a1", "a2"], mentions=2)
    G.add_node("misc:دولار", label="دولار", type="MISC", aliases=["دولار"], articles=["a2"], mentions=40)
    G.add_node("misc:20", label="20", type="MISC", aliases=["20"], articles=["a2"], mentions=1)
    G.add_edge("per:جون_بولتون", "cairo", weight=2, relations={"MEET": 2}, articles=["a1", "a2"], evidence=[{"source": "per:جون_بولتون", "target": "cairo"}] * 2)
    G.add_edge("per:جون_بولتن", "cairo", weight=1, relations={"MEET": 1}, articles=["a1"], evidence=[{"source": "per:جون_بولتن", "target": "cairo"}])
    G.add_edge("per:جون_بولتن", "per:جون_بولتون", weight=1, relations={}, articles=["a1"], evidence=[])
    return G


def test_curate_graph_merges_blocks_and_renames():
    H, notes = curate_graph(
        small_graph(),
        [
            Decision("merge", ("per:جون_بولتون", "per:جون_بولتن"), label="جون بولتون"),
            Decision("block", ("misc:دولار",)),
            Decision("rename", ("cairo",), label_en="Cairo"),
            Decision("block", ("per:غائب",)),
        ],
    )
    assert "per:جون_بولتن" not in H and "misc:دولار" not in H
    node = H.nodes["per:جون_بولتون"]
    assert node["mentions"] == 4 and set(node["aliases"]) == {"جون بولتون", "وجون بولتن"}
    edge = H.edges["per:جون_بولتون", "cairo"]
    assert (edge["weight"], edge["relations"], len(edge["evidence"])) == (3, {"MEET": 3}, 3)
    assert all(e["source"] == "per:جون_بولتون" for e in edge["evidence"])
    assert not H.has_edge("per:جون_بولتون", "per:جون_بولتون")
    assert H.nodes["cairo"]["label_en"] == "Cairo"
    assert notes == ["block: not in this graph: per:غائب"]


def test_the_queue_ranks_a_spelling_variant_that_shares_articles_and_neighbours_first():
    found = duplicate_candidates(small_graph())
    assert found[0].decision.ids == ("per:جون_بولتون", "per:جون_بولتن")  # the more mentioned one is kept
    assert not [s for s in found if "per:جيمي_كارتر" in s.decision.ids]  # no shared word


def test_the_queue_lists_likely_junk_most_mentioned_first():
    found = junk_candidates(small_graph(), load_registry())
    assert [s.decision.ids[0] for s in found] == ["misc:دولار", "misc:20"]


def test_answers_are_remembered(tmp_path):
    memory = ReviewMemory(tmp_path)
    queue = duplicate_candidates(small_graph())
    memory.answer(queue[0].key, "rejected")
    assert queue[0] not in ReviewMemory(tmp_path).pending(queue)
    assert yaml.safe_load((tmp_path / "curation_review.yaml").read_text(encoding="utf-8"))["answers"] == {queue[0].key: "rejected"}


# ----------------------------------------------------------------------------- the app


@pytest.fixture
def curate_app(graph_dir, monkeypatch, tmp_path, no_model):  # noqa: F811
    monkeypatch.setenv("GRAPH_DIR", str(graph_dir))
    monkeypatch.setenv("APP_WORK_DIR", str(tmp_path / "work"))
    monkeypatch.setenv("CURATION_DIR", str(tmp_path / "corpus"))
    (tmp_path / "corpus").mkdir()
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception, at.exception
    return open_tab(at, "Curate"), tmp_path / "corpus"


def test_pick_preview_apply_and_undo_a_merge(curate_app, G):  # noqa: F811
    at, corpus = curate_app
    before = G.number_of_nodes()
    at.multiselect(key="w_cur_pick").set_value(["kerry", "lavrov"]).run()
    at.text_input(key="w_cur_why").set_value("test merge").run()
    assert not at.exception, at.exception
    preview = {m.label: m.value for m in at.metric}
    assert int(preview["Actors"]) == before - 1
    at.button(key="w_cur_apply").click().run()
    assert not at.exception, at.exception
    decisions = load_curation(corpus).decisions
    assert [(d.op, d.ids, d.why) for d in decisions] == [("merge", ("kerry", "lavrov"), "test merge")]
    assert "Applied: merge kerry + lavrov" in " ".join(s.value for s in at.success)
    shown = {m.label: int(m.value) for m in at.metric}
    assert shown["Actors matching"] == before - 1  # the explorer now shows the curated graph
    open_tab(at, "Curate")
    at.button(key="w_cur_undo").click().run()
    assert not at.exception, at.exception
    assert load_curation(corpus).decisions == ()
    assert {m.label: int(m.value) for m in at.metric}["Actors matching"] == before


def test_block_through_the_app(curate_app, G):  # noqa: F811
    at, corpus = curate_app
    place = sorted(n for n in G if G.nodes[n]["type"] == "LOC")[0]
    at.multiselect(key="w_cur_pick").set_value([place]).run()
    at.radio(key="w_cur_op").set_value("block").run()
    at.button(key="w_cur_apply").click().run()
    assert not at.exception, at.exception
    assert [(d.op, d.ids) for d in load_curation(corpus).decisions] == [("block", (place,))]
    assert {m.label: int(m.value) for m in at.metric}["Actors matching"] == G.number_of_nodes() - 1


# ----------------------------------------------------------------------------- from a node's detail


def fix_key(at, field: str, node: str) -> str:
    """The widget key of a "Correct this actor" field (curation_app._key)."""
    generation = at.session_state["_fix_form"] if "_fix_form" in at.session_state else 0
    return f"w_fix_{field}_{node}_{generation}"


def select(at, node: str, seq: int = 1):
    """Click ``node`` in the drawing, as the component would report it."""
    at.session_state["w_graph"] = {"type": "node", "id": node, "seq": seq}
    return at.run()


def test_merge_with_from_the_detail_panel(curate_app, G):  # noqa: F811
    at, corpus = curate_app
    at = select(at, "kerry")
    assert not at.exception, at.exception
    at.radio(key="w_fix_op_kerry").set_value("Merge with…").run()
    at.text_input(key=fix_key(at, "why", "kerry")).set_value("one man").run()
    at.multiselect(key=fix_key(at, "merge", "kerry")).set_value(["lavrov"]).run()
    assert not at.exception, at.exception
    assert int({m.label: m.value for m in at.metric}["Actors"]) == G.number_of_nodes() - 1  # the preview
    at.button(key="w_fix_apply_kerry").click().run()
    assert not at.exception, at.exception
    assert [(d.op, d.ids, d.why) for d in load_curation(corpus).decisions] == [("merge", ("kerry", "lavrov"), "one man")]
    assert {m.label: int(m.value) for m in at.metric}["Actors matching"] == G.number_of_nodes() - 1
    open_tab(at, "Curate")
    at.button(key="w_cur_undo").click().run()  # undo stays in the Curate tab
    assert load_curation(corpus).decisions == ()
    assert {m.label: int(m.value) for m in at.metric}["Actors matching"] == G.number_of_nodes()


def test_rename_block_and_split_from_the_detail_panel(curate_app, G):  # noqa: F811
    at, corpus = curate_app
    at = select(at, "putin")
    at.radio(key="w_fix_op_putin").set_value("Rename").run()
    assert at.text_input(key=fix_key(at, "label", "putin")).value == G.nodes["putin"]["label"]  # starts from the current label
    at.text_input(key=fix_key(at, "label_en", "putin")).set_value("V. Putin").run()
    at.button(key="w_fix_apply_putin").click().run()
    assert not at.exception, at.exception
    stored = load_curation(corpus).decisions[-1]
    assert (stored.op, stored.ids, stored.label, stored.label_en, stored.type) == ("rename", ("putin",), "", "V. Putin", "")
    assert stored.who and stored.when
    assert at.text_input(key=fix_key(at, "label_en", "putin")).value == "V. Putin"  # a fresh form, from the renamed actor

    article = sorted(G.nodes["putin"]["articles"])[0]
    at.radio(key="w_fix_op_putin").set_value("Split by article").run()
    at.multiselect(key=fix_key(at, "split", "putin")).set_value([article]).run()
    assert "split of putin shows after a rebuild" in " ".join(c.value for c in at.caption)
    at.button(key="w_fix_apply_putin").click().run()
    assert not at.exception, at.exception
    stored = load_curation(corpus).decisions[-1]
    assert (stored.op, stored.ids, stored.articles, stored.new_id) == ("split", ("putin",), (article,), "putin~1")

    at.radio(key="w_fix_op_putin").set_value("Block (not an actor)").run()
    at.button(key="w_fix_apply_putin").click().run()
    assert not at.exception, at.exception
    assert load_curation(corpus).decisions[-1].op == "block"
    assert at.session_state["selection"] is None  # the actor is gone, so is its detail
    assert {m.label: int(m.value) for m in at.metric}["Actors matching"] == G.number_of_nodes() - 1
