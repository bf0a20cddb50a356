"""The embedded store: built from code, read back, compared with build_graph,
appended to, crashed while writing, exported."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import duckdb
import networkx as nx
import pytest

from pipeline import store as store_mod
from pipeline.__main__ import main
from pipeline.export import generate_json, read_csv, read_gexf, read_graphml, read_json
from pipeline.graph import build_graph, edge_direction, filter_graph
from pipeline.store import Store, StoreError, append, write_build
from pipeline.types import Relation

from .conftest import ROOT
from .store_fixtures import CAMEO, hand_built, synthetic


def reference_graph(inputs) -> nx.Graph:
    """build_graph on the same inputs (its warnings about skipped ids are expected)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return build_graph(inputs.articles, inputs.actors, inputs.mentions, inputs.relations, cameo=CAMEO)


def plain(view: nx.Graph) -> nx.Graph:
    """A filtered view as a graph of its own, in the view's order."""
    G = nx.Graph(view)
    G.graph.update(view.graph)
    return G


@pytest.fixture
def inputs():
    return hand_built()


@pytest.fixture
def built(tmp_path, inputs):
    return write_build(tmp_path / "store.duckdb", *inputs.args(), cameo=CAMEO)


def table_counts(path: Path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "sentences", "mentions", "actors", "relations")}
    finally:
        con.close()


# ---------------------------------------------------------------------------
# round trip
# ---------------------------------------------------------------------------


def test_tables_hold_every_input_row(built, inputs):
    counts = table_counts(built)
    assert counts == {
        "articles": 3,
        "sentences": sum(len(t.sentences) for t in inputs.tagged),
        "mentions": len(inputs.mentions) + 1,  # every linked mention (the repeated one too) and the one NER mention no actor took
        "actors": len(inputs.actors),
        "relations": len(inputs.relations),
    }


def test_articles_and_reader_round_trip(built, inputs):
    with Store(built) as store:
        assert [a["id"] for a in store.articles()] == ["a1", "a2", "a3"]
        assert store.articles()[0] == {"id": "a1", "title": "لقاء في موسكو", "source": "سبق", "date": "2015-03-01", "url": "https://example.org/a1"}
        doc = store.article("a1")
        assert store.article("nope") is None
    assert doc["text"] == inputs.articles[0].text
    spans = [(m["actor"], doc["text"][m["start"] : m["end"]], m["text"]) for m in doc["mentions"]]
    assert spans == [("lavrov", "لافروف", "لافروف"), ("kerry", "كيري", "كيري"), ("moscow", "موسكو", "موسكو"),
                     ("lavrov", "ولافروف", "ولافروف"), ("russia", "روسيا", "روسيا"), ("ukraine", "أوكرانيا", "أوكرانيا")]


def test_nodes_keep_names_as_written_and_count_once(built):
    with Store(built) as store:
        G = store.graph()
    assert sorted(G) == ["kerry", "lavrov", "moscow", "russia", "ukraine", "un", "usa"]  # no ghost, no nomention
    lavrov = G.nodes["lavrov"]
    assert lavrov["aliases"] == ["لافروف", "سيرغي لافروف", "ولافروف"]
    assert (lavrov["mentions"], lavrov["article_mentions"], lavrov["articles"]) == (3, {"a1": 2, "a3": 1}, ["a1", "a3"])
    assert (lavrov["label_en"], lavrov["wikidata"], lavrov["type"]) == ("Sergey Lavrov", "Q80137", "PER")
    assert G.graph["articles"][2] == {"id": "a3", "title": "بلا تاريخ", "source": "عكاظ", "date": "", "url": ""}
    assert G.graph["cameo"] == dict(sorted(CAMEO.items()))


# ---------------------------------------------------------------------------
# evidence: one item per (pair, sentence)
# ---------------------------------------------------------------------------


def test_evidence_is_one_item_per_pair_and_sentence(built):
    with Store(built) as store:
        G = store.graph()
    kl = G.edges["kerry", "lavrov"]
    # a1: MEET twice, AGREE, CO_MENTION in one sentence; a3: a planned meeting (not asserted).
    assert (kl["weight"], kl["kind"], kl["relations"], kl["dominant_relation"], kl["cameo"], kl["cameo_codes"]) == (
        2, "interaction", {"AGREE": 1, "MEET": 1}, "MEET", "04", ["04", "05"])
    first, second = kl["evidence"]
    assert (first["article"], first["relations"], first["trigger"], first["directed"]) == ("a1", ["AGREE", "MEET"], "اتفقا; التقى", False)
    assert first["sentence"] == "التقى الوزير لافروف نظيره كيري في موسكو واتفقا على الهدنة."
    assert (second["article"], second["relations"], second["trigger"]) == ("a3", [], "")
    assert second["unasserted"] == [{"type": "MEET", "modality": "planned", "trigger": "يلتقي", "source": "kerry", "target": "lavrov", "directed": False}]

    ru = G.edges["russia", "ukraine"]
    # a1 negated attack (a co-mention), a2 both ways in one sentence, a2 an attack.
    assert (ru["weight"], ru["relations"], ru["dominant_relation"], ru["articles"]) == (3, {"ATTACK": 2, "OPPOSE": 1}, "ATTACK", ["a1", "a2"])
    negated, both_ways, attack = ru["evidence"]
    assert (negated["relations"], negated["unasserted"][0]["modality"]) == ([], "negated")
    assert (both_ways["relations"], both_ways["directed"], both_ways["source"], both_ways["target"]) == (["ATTACK", "OPPOSE"], False, "russia", "ukraine")
    assert (attack["relations"], attack["directed"], attack["source"], attack["target"]) == (["ATTACK"], True, "russia", "ukraine")

    assert G.edges["lavrov", "moscow"]["kind"] == "co-mention"
    assert G.edges["lavrov", "moscow"]["dominant_relation"] == "CO_MENTION"
    assert G.edges["lavrov", "moscow"]["cameo"] == ""
    assert G.edges["lavrov", "russia"]["evidence"][0]["source"] == "lavrov"  # a directed statement
    assert not G.has_edge("lavrov", "nomention")
    weights = {(u, v): w for u, v, w in G.edges(data="weight")}
    # a1: 3 pairs + 2 pairs, a2: 1 + 3 + 1, a3: 1 — one per (pair, sentence) among nodes
    assert sum(weights.values()) == 11


def test_evidence_on_demand_equals_the_edge(built):
    with Store(built) as store:
        G = store.graph()
        for u, v, items in G.edges(data="evidence"):
            assert store.evidence(u, v) == items
            assert store.evidence(v, u) == items
        assert store.evidence("kerry", "usa") == []
        assert [e["article"] for e in store.evidence("russia", "ukraine", articles=["a2"])] == ["a2", "a2"]
        assert [e["relations"] for e in store.evidence("russia", "ukraine", relation_types=["OPPOSE"])] == [["OPPOSE"]]


def store_graph_with_evidence(path, relation_types):
    with Store(path) as store:
        return store.graph(relation_types=relation_types)


def test_direction_without_evidence_is_the_evidence_direction(built):
    with Store(built) as store:
        G = store.graph()
        light = store.graph(evidence=False)
    directions = {(u, v): d["direction"] for u, v, d in light.edges(data=True)}
    assert directions == {(u, v): edge_direction(d) for u, v, d in G.edges(data=True)}
    assert directions["lavrov", "russia"] == ("lavrov", "russia")
    assert directions["kerry", "lavrov"] is None
    assert directions["ukraine", "usa"] == ("usa", "ukraine")
    # under a filter, from the sentences it keeps
    for types in (["ATTACK"], ["SUPPORT", "STATEMENT"], ["CO_MENTION"]):
        with Store(built) as store:
            light = store.graph(evidence=False, relation_types=types)
        full = store_graph_with_evidence(built, types)
        assert {(u, v): d["direction"] for u, v, d in light.edges(data=True)} == {(u, v): edge_direction(d) for u, v, d in full.edges(data=True)}


def test_graph_of_chosen_actors_without_evidence(built):
    with Store(built) as store:
        G = store.graph()
        chosen = ["kerry", "lavrov", "russia", "nobody"]
        H = store.graph(actors=chosen)
        light = store.graph(actors=chosen, evidence=False)
    expected = plain(nx.subgraph_view(G, filter_node=set(chosen).__contains__))  # in graph order
    assert list(H.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(H.edges(data=True)) == list(expected.edges(data=True))
    assert list(light.nodes(data=True)) == list(expected.nodes(data=True))
    # without evidence, each edge says its direction: what edge_direction reads from the evidence
    assert list(light.edges(data=True)) == [
        (u, v, {**{k: x for k, x in d.items() if k != "evidence"}, "direction": edge_direction(d)}) for u, v, d in expected.edges(data=True)
    ]


def test_views_give_the_same_links_to_plain_sql(built):
    with Store(built) as store:
        G = store.graph()
    con = duckdb.connect(str(built), read_only=True)
    try:
        rows = con.execute("SELECT a, b, weight, kind FROM edges ORDER BY a, b").fetchall()
        items = con.execute("SELECT a, b FROM items ORDER BY ALL").fetchall()
    finally:
        con.close()
    assert rows == [(u, v, d["weight"], d["kind"]) for u, v, d in G.edges(data=True)]
    # The stored items also hold the pair with an actor nobody mentions; queries leave it out.
    assert len(items) == sum(d["weight"] for _, _, d in G.edges(data=True)) + 1
    assert ("lavrov", "nomention") in items


def test_top_actors_rank_by_weighted_degree_then_mentions(built):
    with Store(built) as store:
        G = store.graph()
        top = store.top_actors(3)
        locs = store.top_actors(10, actor_types=["LOC"])
    strength = dict(G.degree(weight="weight"))
    expected = sorted(G, key=lambda n: (-strength[n], -G.nodes[n]["mentions"], n))
    assert [r["id"] for r in top] == expected[:3]
    assert top[0] == {"id": "ukraine", "label": "أوكرانيا", "label_en": "Ukraine", "type": "LOC", "mentions": 5, "articles": 2,
                      "degree": 3, "weighted_degree": 5}
    H = G.subgraph([n for n, t in G.nodes(data="type") if t == "LOC"])
    assert {r["id"]: r["weighted_degree"] for r in locs} == dict(H.degree(weight="weight"))


# ---------------------------------------------------------------------------
# the same graph as build_graph
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("make", [hand_built, lambda: synthetic(40)], ids=["hand-built", "synthetic"])
def test_graph_equals_build_graph(tmp_path, make):
    inputs = make()
    path = write_build(tmp_path / "s.duckdb", *inputs.args(), cameo=CAMEO)
    with Store(path) as store:
        assert generate_json(store.graph()) == generate_json(reference_graph(inputs))


FILTERS = [
    {},
    {"articles": ["a1", "a2"]},
    {"relation_types": ["ATTACK"]},
    {"relation_types": ["CO_MENTION", "MEET"]},
    {"date_from": "2015-03-02"},
    {"date_to": "2015-03", "actor_types": ["LOC"]},
    {"min_weight": 2, "keep_isolates": False},
    {"articles": []},
]


@pytest.mark.parametrize("filters", FILTERS, ids=[json.dumps(f) for f in FILTERS])
def test_filters_equal_filter_graph(tmp_path, inputs, filters):
    path = write_build(tmp_path / "s.duckdb", *inputs.args(), cameo=CAMEO)
    expected = plain(filter_graph(reference_graph(inputs), **filters))
    with Store(path) as store:
        assert generate_json(store.graph(**filters)) == generate_json(expected)


@pytest.mark.model
def test_seed_corpus_store_matches_build(tmp_path):
    from pipeline.actors import apply_curation, link_articles, load_curation, load_registry
    from pipeline.build import build
    from pipeline.relations import load_lexicon

    result = build(ROOT / "corpus", None, cache_dir=tmp_path / "cache")
    linked = apply_curation(link_articles(result.tagged, load_registry()), load_curation(ROOT / "corpus"), [])  # as build links
    path = write_build(tmp_path / "s.duckdb", result.ingest.articles, result.tagged, linked.mentions, linked.actors, result.relations)
    with Store(path) as store:
        G = store.graph()
    assert G.number_of_nodes() > 10 and G.number_of_edges() > 10
    assert generate_json(G) == generate_json(result.graph)
    assert G.graph["cameo"] == {t: v["code"] for t, v in sorted(load_lexicon().cameo.items())}


# ---------------------------------------------------------------------------
# append
# ---------------------------------------------------------------------------


def test_append_adds_only_new_articles(tmp_path, inputs):
    path = tmp_path / "s.duckdb"
    assert append(path, *inputs.only({"a1"}).args(), cameo=CAMEO) == ["a1"]
    before = table_counts(path)
    changed = inputs.only({"a1", "a2", "a3"})
    changed.articles[0] = type(changed.articles[0])("a1", changed.articles[0].text, title="عنوان آخر")
    assert append(path, *changed.args(), cameo=CAMEO) == ["a2", "a3"]
    assert append(path, *changed.args(), cameo=CAMEO) == []
    whole = write_build(tmp_path / "whole.duckdb", *inputs.args(), cameo=CAMEO)
    assert table_counts(path) == table_counts(whole)
    assert table_counts(path)["relations"] - before["relations"] == len(inputs.only({"a2", "a3"}).relations)
    with Store(path) as store, Store(whole) as reference:
        assert store.articles()[0]["title"] == "لقاء في موسكو"  # a stored article is never rewritten
        assert generate_json(store.graph()) == generate_json(reference.graph())


def test_a_reader_left_open_keeps_the_old_store_and_new_readers_see_the_new(tmp_path, inputs):
    path = write_build(tmp_path / "s.duckdb", *inputs.only({"a1"}).args(), cameo=CAMEO)
    with Store(path) as old:
        write_build(path, *inputs.args(), cameo=CAMEO)
        with Store(path) as new:
            assert (len(old.articles()), len(new.articles())) == (1, 3)


def test_append_links_new_evidence_to_old_actors(tmp_path, inputs):
    path = write_build(tmp_path / "s.duckdb", *inputs.only({"a1"}).args(), cameo=CAMEO)
    with Store(path) as store:
        assert store.graph().edges["kerry", "lavrov"]["weight"] == 1
    append(path, *inputs.only({"a3"}).args(), cameo=CAMEO)
    with Store(path) as store:
        assert store.graph().edges["kerry", "lavrov"]["weight"] == 2
        assert [a["id"] for a in store.articles()] == ["a1", "a3"]


# ---------------------------------------------------------------------------
# crashes
# ---------------------------------------------------------------------------


class Boom(RuntimeError):
    pass


def failing(relations: list[Relation], after: int):
    for i, r in enumerate(relations):
        if i == after:
            raise Boom("serialiser died half-way")
        yield r


def snapshot(path: Path) -> str:
    with Store(path) as store:
        return generate_json(store.graph())


def test_error_while_rewriting_leaves_the_previous_store(built, inputs):
    before, counts = snapshot(built), table_counts(built)
    bigger = synthetic(30)
    with pytest.raises(Boom):
        write_build(built, bigger.articles, bigger.tagged, bigger.mentions, bigger.actors, failing(bigger.relations, 50), cameo=CAMEO)
    assert snapshot(built) == before and table_counts(built) == counts
    assert sorted(p.name for p in built.parent.iterdir()) == ["store.duckdb"]


def test_error_while_appending_rolls_back(built, inputs):
    before, counts = snapshot(built), table_counts(built)
    more = synthetic(30)
    with pytest.raises(Boom):
        append(built, more.articles, more.tagged, more.mentions, more.actors, failing(more.relations, 50), cameo=CAMEO)
    assert snapshot(built) == before and table_counts(built) == counts
    assert append(built, *more.args(), cameo=CAMEO) == [a.id for a in more.articles]  # and the next append completes


# A child writes a large store, or appends to one; its relation stream
# announces that the transaction is well under way, then stalls so the
# parent can kill it there.
CHILD = """
import sys, time
from pathlib import Path
from pipeline.store import append, write_build
from tests.store_fixtures import CAMEO, synthetic

mode, path, marker = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
inputs = synthetic(400, prefix="k")

def stalled(relations):
    for i, r in enumerate(relations):
        if i == len(relations) // 2:
            marker.write_text("mid-write")
            time.sleep(600)
        yield r

write = write_build if mode == "write" else append
write(path, inputs.articles, inputs.tagged, inputs.mentions, inputs.actors, stalled(inputs.relations), cameo=CAMEO)
"""


@pytest.mark.parametrize("mode", ["write", "append"])
def test_sigkill_mid_write_leaves_the_previous_store_whole(built, tmp_path, mode):
    before, counts = snapshot(built), table_counts(built)
    marker = tmp_path / "marker"
    child = subprocess.Popen([sys.executable, "-c", CHILD, mode, str(built), str(marker)], cwd=ROOT, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300  # a bound on waiting, not a speed check
        while not marker.exists():
            assert child.poll() is None, child.stderr.read().decode()
            assert time.monotonic() < deadline, "the child never reached the middle of its write"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert snapshot(built) == before and table_counts(built) == counts
    # The next write completes and clears what the dead writer left.
    more = synthetic(5, prefix="n")
    assert append(built, *more.args(), cameo=CAMEO) == [a.id for a in more.articles]
    write_build(built, *hand_built().args(), cameo=CAMEO)
    assert snapshot(built) == before
    assert sorted(p.name for p in built.parent.iterdir() if p.name.startswith(".store")) == []


# ---------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------


def test_append_while_another_process_reads_says_so(built, inputs):
    reader = subprocess.Popen([sys.executable, "-c", "import sys; from pipeline.store import Store; s = Store(sys.argv[1]); print('open', flush=True); sys.stdin.read()", str(built)],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline() == "open\n"
        with pytest.raises(StoreError, match="open in another process"):
            append(built, *synthetic(2, prefix="r").args(), cameo=CAMEO)
    finally:
        reader.communicate("")
    assert table_counts(built)["articles"] == 3


def test_missing_store_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreError, match="python -m pipeline build"):
        Store(tmp_path)


def test_store_of_another_schema_is_refused(built, monkeypatch):
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", "999")
    with pytest.raises(StoreError, match="schema 2, this code reads 999"):
        Store(built)


def test_not_a_store_is_refused(tmp_path):
    (tmp_path / "store.duckdb").write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="not a readable store"):
        Store(tmp_path)


# ---------------------------------------------------------------------------
# export command
# ---------------------------------------------------------------------------


def test_export_command_writes_the_contract_files_from_the_store(built, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", str(built.parent), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["edges.csv", "graph.gexf", "graph.graphml", "graph.html", "graph.json", "nodes.csv"]
    with Store(built) as store:
        G = store.graph()
    assert generate_json(read_json(out / "graph.json")) == generate_json(G)
    for H in (read_graphml(out / "graph.graphml"), read_gexf(out / "graph.gexf"), read_csv(out / "nodes.csv", out / "edges.csv")):
        assert sorted(H.edges) == sorted(G.edges)
        assert all(H.edges[u, v]["evidence"] == d["evidence"] for u, v, d in G.edges(data=True))
    assert "wrote" in capsys.readouterr().out


def test_export_command_narrows_formats_and_refuses_bad_input(built, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", str(built), "--out", str(out), "--formats", "json,csv"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["edges.csv", "graph.json", "nodes.csv"]
    assert main(["export", str(built), "--out", str(out), "--formats", "json,pdf"]) == 2
    assert "pdf" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "nowhere"), "--out", str(out)]) == 2
    assert "no store here" in capsys.readouterr().err
