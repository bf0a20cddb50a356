"""A build opened through its store gives the views, evidence and timeline
its graph files give (pipeline.graphdata).

The fixture build is written twice, as graph files and as a store, from the
same hand-built Arabic articles; the files' graph, with its evidence, is the
reference.
"""
from __future__ import annotations

import networkx as nx
import pytest

from pipeline.evidence import evidence_count, evidence_rows
from pipeline.export import read_articles_json, read_json
from pipeline.graph import edge_direction, timeline
from pipeline.graphdata import load_graph_dir
from pipeline.viewstate import ViewState, view_graphs

from .app_fixtures import write_graph_dir
from .test_viewindex import random_states


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = write_graph_dir(tmp_path_factory.mktemp("both"), 12, store=True, sentences=6)
    return load_graph_dir(folder), read_json(folder / "graph.json"), {r["id"]: r for r in read_articles_json(folder / "articles.json")}


def shape(G: nx.Graph) -> tuple:
    return list(G), [(u, v, d["weight"], d["kind"], d["relations"]) for u, v, d in G.edges(data=True)]


def test_the_store_is_what_the_app_opens(built):
    data, reference, records = built
    assert data.store is not None and data.articles == ()
    assert shape(data.graph) == shape(reference)
    assert not any("evidence" in d for _, _, d in data.graph.edges(data=True))


def test_views_equal_the_files_views(built):
    data, reference, records = built
    for state in random_states(reference, 60, seed=3):
        matching, drawn = data.view(state)
        want_matching, want_drawn = view_graphs(reference, state)
        assert shape(matching) == shape(want_matching), state
        assert shape(drawn) == shape(want_drawn), state


def test_drawn_links_get_the_direction_and_first_sentences_of_their_evidence(built):
    data, reference, records = built
    for state in (ViewState(co_mentions=True), ViewState(co_mentions=True, relation_types=("ATTACK", "SUPPORT")), ViewState(articles=("art001", "art004"))):
        _, drawn = data.view(state)
        drawn = data.with_summaries(drawn, state)
        _, want = view_graphs(reference, state)
        assert drawn.number_of_edges() > 0
        for u, v, d in drawn.edges(data=True):
            evidence = want.edges[u, v]["evidence"]
            assert d["sample"] == evidence[:2]
            assert d["direction"] == edge_direction(want.edges[u, v])


def test_article_records_from_the_store_equal_articles_json(built):
    data, _, records = built
    assert list(data.by_id) == list(records)
    assert all(data.by_id[k] == records[k] for k in records)
    assert [r["text"] for r in data.records()] == [r["text"] for r in records.values()]


def test_evidence_and_timeline_from_the_store_equal_the_files(built):
    data, reference, records = built
    for state in (ViewState(co_mentions=True), ViewState(co_mentions=True, date_from="2015-10-11", date_to="2016-02-14")):
        H, _ = data.view(state)
        want, _ = view_graphs(reference, state)
        fetch = data.evidence_source(state)
        for actor in list(H)[:8]:
            for other in [None, *list(H[actor])[:2]]:
                got = evidence_rows(H, actor, other, articles=data.by_id, fetch=fetch)
                assert got == evidence_rows(want, actor, other, articles=records)
                assert evidence_count(H, actor, other, fetch) == evidence_count(want, actor, other) == len(got)
        for period in ("day", "month"):
            assert data.timeline(H, state, period) == timeline(want, period=period)


def windowed_states(reference: nx.Graph, n: int, seed: int) -> list[ViewState]:
    """random_states, a third of them also under a date window of the build's article dates."""
    import random
    from dataclasses import replace

    rng = random.Random(seed)
    days = sorted({a["date"][:10] for a in reference.graph["articles"] if a.get("date")})
    states = []
    for state in random_states(reference, n, seed):
        if days and rng.random() < 0.34:
            first, last = sorted(rng.sample(days, 2)) if len(days) > 1 else (days[0], days[0])
            state = replace(state, date_from=first, date_to=last)
        states.append(state)
    return states


def attributes(G: nx.Graph) -> tuple:
    return [(n, dict(d)) for n, d in G.nodes(data=True)], [(u, v, dict(d)) for u, v, d in G.edges(data=True)]


def test_the_drawing_read_from_arrays_is_the_views_drawing(built):
    data, reference, records = built
    states = windowed_states(reference, 60, seed=11)
    assert sum(bool(s.date_from) for s in states) >= 10 and sum(s.relation_types is not None for s in states) >= 10
    for state in states:
        matching, drawn = data.view(state)
        got = data.drawing(state)
        assert attributes(got.drawn) == attributes(drawn), state
        assert (got.count, got.links) == (matching.number_of_nodes(), matching.number_of_edges()), state
        _, want = view_graphs(reference, state)
        assert shape(got.drawn) == shape(want), state


def test_the_strongest_actors_and_links_are_the_matching_graphs(built):
    from pipeline.graph import _strongest_subgraph

    data, reference, records = built
    for state in windowed_states(reference, 40, seed=12):
        matching, _ = data.view(state)
        for n in (3, 10_000):
            got, count = data.strongest(state, n)
            want = _strongest_subgraph(matching, n)
            assert count == matching.number_of_nodes()
            assert sorted(got) == sorted(want), state
            assert sorted((tuple(sorted(e)), w) for *e, w in got.edges(data="weight")) == sorted(
                (tuple(sorted(e)), w) for *e, w in want.edges(data="weight")), state
            for node, d in got.nodes(data=True):
                assert d["mentions"] == want.nodes[node]["mentions"]
                assert d["articles"] in (want.nodes[node]["articles"], len(want.nodes[node]["articles"]))


def test_the_timeline_of_a_state_reads_its_matching_links(built):
    data, reference, records = built
    for state in windowed_states(reference, 12, seed=13):
        H, _ = data.view(state)
        assert data.matching_links(state) == list(H.edges)
        for period in ("day", "month"):
            assert data.timeline(None, state, period) == data.timeline(H, state, period)


def test_a_window_has_the_counts_of_the_filtered_graph(built):
    from pipeline.store import Store

    data, reference, records = built
    days = sorted({a["date"][:10] for a in reference.graph["articles"] if a.get("date")})
    with Store(data.store) as s:
        for filters in ({}, {"relation_types": ["MEET"]}, {"date_from": days[1], "date_to": days[-2]},
                        {"articles": ["art001", "art004"], "relation_types": ["CO_MENTION", "ATTACK"]}, {"date_from": "2099"}):
            G = s.graph(evidence=False, **filters)
            w = s.window(**filters)
            assert list(w.nodes) == list(G), filters
            assert w.mentions.tolist() == [G.nodes[n]["mentions"] for n in G]
            assert s.article_counts(list(G), **filters) == {n: len(G.nodes[n]["articles"]) for n in G}
            pairs = [(w.nodes[a], w.nodes[b]) for a, b in zip(w.a, w.b)]
            assert pairs == list(G.edges)
            assert w.weight.tolist() == [d["weight"] for *_, d in G.edges(data=True)]
            assert w.interaction.tolist() == [d["kind"] == "interaction" for *_, d in G.edges(data=True)]
            assert list(w.articles) == [a["id"] for a in G.graph["articles"]]


def test_a_link_with_typed_and_untyped_sentences_is_an_interaction_only_while_a_typed_one_is_kept(tmp_path):
    from pipeline.store import Store, write_build
    from pipeline.types import Actor, Article, Evidence, LinkedMention, Mention, Relation, Sentence, TaggedArticle

    s1 = "التقى لافروف كيري في موسكو"
    s2 = "وقال لافروف إن كيري سيزور المنطقة"
    arts = [Article("a1", s1, "t1", "src", "2015-03-01"), Article("a2", s2, "t2", "src", "2015-03-02")]
    acts = {"lavrov": Actor("lavrov", "لافروف", "PER", "Lavrov"), "kerry": Actor("kerry", "كيري", "PER", "Kerry")}
    ms = [LinkedMention(Mention("a1", 0, 6, 12, "لافروف", "PER"), "lavrov"), LinkedMention(Mention("a1", 0, 13, 17, "كيري", "PER"), "kerry"),
          LinkedMention(Mention("a2", 0, 5, 11, "لافروف", "PER"), "lavrov"), LinkedMention(Mention("a2", 0, 15, 19, "كيري", "PER"), "kerry")]
    rs = [Relation("kerry", "lavrov", "MEET", Evidence("a1", s1, 0, len(s1)), trigger="التقى"),
          Relation("kerry", "lavrov", "CO_MENTION", Evidence("a2", s2, 0, len(s2)))]
    path = write_build(tmp_path / "store.duckdb", arts, [TaggedArticle(a, (Sentence(0, 0, len(a.text), ()),)) for a in arts], ms, acts, rs)
    with Store(path) as s:
        for filters, weight, interaction in (({}, 2, True), ({"relation_types": ["CO_MENTION"]}, 1, False),
                                             ({"relation_types": ["MEET"]}, 1, True), ({"date_from": "2015-03-02"}, 1, False)):
            w = s.window(**filters)
            assert (w.weight.tolist(), w.interaction.tolist()) == ([weight], [interaction]), filters
            assert s.graph(evidence=False, **filters).edges["kerry", "lavrov"]["kind"] == ("interaction" if interaction else "co-mention")


def test_a_page_of_evidence_is_read_alone_and_equals_the_first_rows_of_the_files(built):
    from pipeline.selection import article_counts

    data, reference, records = built
    for state in (ViewState(co_mentions=True), ViewState(co_mentions=True, relation_types=("CO_MENTION", "MEET")), ViewState(co_mentions=True, min_weight=2)):
        H, _ = data.view(state)
        want, _ = view_graphs(reference, state)
        fetch = data.evidence_source(state)
        hubs = sorted(H, key=lambda n: -H.degree(n, weight="weight"))[:4]
        for actor in hubs:
            total = evidence_count(want, actor)
            assert total > 3
            for limit in (1, 3, total + 5):
                got = evidence_rows(H, actor, None, articles=data.by_id, limit=limit, fetch=fetch)
                assert got == evidence_rows(want, actor, None, articles=records, limit=limit)
                assert sum(len(items) for items in fetch(actor, list(H[actor]), limit=limit).values()) == sum(len(r["partners"]) for r in got)
            assert evidence_count(H, actor, None, fetch) == total
            assert article_counts(H, actor, fetch) == article_counts(want, actor)


def test_the_evidence_tabs_graph_gives_the_matching_graphs_choices_and_rows(built):
    from pipeline.labels import actor_options

    data, reference, records = built
    for state in windowed_states(reference, 30, seed=14):
        H, _ = data.view(state)
        E = data.evidence_graph(state)
        assert actor_options(E) == actor_options(H), state
        assert [(u, v, d["weight"], d["kind"]) for u, v, d in E.edges(data=True)] == [(u, v, d["weight"], d["kind"]) for u, v, d in H.edges(data=True)]
        fetch = data.evidence_source(state)
        for actor in actor_options(H)[:3]:
            for other in [None, *list(H[actor])[:1]]:
                assert evidence_rows(E, actor, other, articles=data.by_id, limit=4, fetch=fetch) == evidence_rows(H, actor, other, articles=data.by_id, limit=4, fetch=fetch)
                assert evidence_count(E, actor, other, fetch) == evidence_count(H, actor, other, fetch)


def test_a_page_shares_one_store_connection_and_closes_it_after(built, monkeypatch):
    import pipeline.store as store_module

    data, reference, records = built
    opened = []
    real_init = store_module.Store.__init__

    def counting(self, path):
        opened.append(path)
        real_init(self, path)

    monkeypatch.setattr(store_module.Store, "__init__", counting)
    state = ViewState(co_mentions=True, date_from="2015-10-11", date_to="2016-02-14")
    data._filtered.clear()
    data._summaries.clear()
    with data.session() as s:
        drawing = data.drawing(state)
        data.with_summaries(drawing.drawn, state)
        with data.session() as inner:
            assert inner is s
    assert len(opened) == 1
    assert data._local.store is None  # closed: an append may open the file for writing
    data.drawing(state)
    assert len(opened) == 2


def test_one_pages_drawing_table_and_timeline_rank_the_view_once(built, monkeypatch):
    import pipeline.viewindex as viewindex

    data, reference, records = built
    calls = []
    real = viewindex.fast_view
    monkeypatch.setattr(viewindex, "fast_view", lambda *a, **k: calls.append(k.get("search")) or real(*a, **k))
    data._views.clear()
    for state in (ViewState(search="كيري"), ViewState(search="كيري", date_from="2015-10-11", date_to="2016-02-14")):
        data.drawing(state)
        data.strongest(state, 2000)
        data.timeline(None, state, "month")
        data.evidence_graph(state)
    assert calls == ["كيري", "كيري"]  # once per state
    data.drawing(ViewState(search="لافروف"))
    assert calls[-1] == "لافروف"
