"""Paths between actors (pipeline.paths), on hand-built graphs and on the seed graph."""
from __future__ import annotations

from pathlib import Path as FsPath

import networkx as nx
import pytest

from pipeline.export import read_json
from pipeline.graph import build_graph
from pipeline.paths import find_paths, highlight, hop_cost, path_subgraph
from pipeline.types import Actor, Article, Evidence, LinkedMention, Mention, Relation

ROOT = FsPath(__file__).resolve().parent.parent

ACTORS = {
    "kerry": Actor("kerry", "جون كيري", "PER", "John Kerry"),
    "lavrov": Actor("lavrov", "سيرغي لافروف", "PER", "Sergey Lavrov"),
    "zarif": Actor("zarif", "محمد جواد ظريف", "PER", "Mohammad Javad Zarif"),
    "iran": Actor("iran", "إيران", "LOC", "Iran"),
    "demistura": Actor("demistura", "ستافان دي ميستورا", "PER", "Staffan de Mistura"),
    "assad": Actor("assad", "بشار الأسد", "PER", "Bashar al-Assad"),
    "riyadh": Actor("riyadh", "الرياض", "LOC", "Riyadh"),
}

# (article, sentence, [(actor, surface)], relation type or None, directed source or None, trigger)
SENTENCES = [
    ("a1", "التقى جون كيري نظيره الإيراني محمد جواد ظريف في فيينا.", [("kerry", "جون كيري"), ("zarif", "محمد جواد ظريف")], "MEET", None, "التقى"),
    ("a1", "وبحث محمد جواد ظريف مع سيرغي لافروف الملف النووي.", [("zarif", "محمد جواد ظريف"), ("lavrov", "سيرغي لافروف")], "MEET", None, "بحث"),
    ("a2", "ذكرت الصحيفة جون كيري و سيرغي لافروف في تقرير واحد.", [("kerry", "جون كيري"), ("lavrov", "سيرغي لافروف")], None, None, ""),
    ("a2", "هاجم سيرغي لافروف إيران بسبب تصريحاتها الأخيرة.", [("lavrov", "سيرغي لافروف"), ("iran", "إيران")], "ATTACK", "lavrov", "هاجم"),
    ("a3", "انتقد بشار الأسد ستافان دي ميستورا بشدة.", [("assad", "بشار الأسد"), ("demistura", "ستافان دي ميستورا")], "OPPOSE", "assad", "انتقد"),
]


def build(sentences=SENTENCES, actors=ACTORS) -> nx.Graph:
    by_article: dict[str, list] = {}
    for s in sentences:
        by_article.setdefault(s[0], []).append(s)
    articles, mentions, relations = [], [], []
    for aid, items in by_article.items():
        text, offset = "", 0
        for index, (_, sentence, names, rel, src, trigger) in enumerate(items):
            start = len(text)
            text += sentence + " "
            ev = Evidence(aid, sentence, start, start + len(sentence))
            for actor, surface in names:
                at = sentence.index(surface)
                mentions.append(LinkedMention(Mention(aid, index, start + at, start + at + len(surface), surface, actors[actor].type), actor))
            (a, _), (b, _) = names
            if rel is None:
                relations.append(Relation(a, b, "CO_MENTION", ev))
            elif src is None:
                relations.append(Relation(a, b, rel, ev, trigger=trigger))
            else:
                relations.append(Relation(src, b if src == a else a, rel, ev, directed=True, trigger=trigger))
        articles.append(Article(aid, text.strip(), f"خبر {aid}", "الوطن", "2015-10-1" + aid[-1]))
    return build_graph(articles, actors, mentions, relations, cameo={})


@pytest.fixture(scope="module")
def G() -> nx.Graph:
    return build()


def test_two_typed_hops_beat_one_co_mention_hop(G):
    """Kerry and Lavrov are named together once; Kerry met Zarif, who met Lavrov."""
    paths = find_paths(G, "kerry", "lavrov", k=3)
    assert [p.nodes for p in paths] == [("kerry", "zarif", "lavrov"), ("kerry", "lavrov")]
    best, direct = paths
    assert best.cost == 2.0 and best.typed_hops == 2
    assert direct.cost == 4.0 and direct.hops[0].kind == "co-mention"
    assert best.cost < direct.cost


def test_a_co_mention_hop_beats_four_typed_hops():
    """The rule in the docstring: a co-mention costs 3 to 4 typed hops, no more."""
    chain = ["kerry", "zarif", "iran", "riyadh", "lavrov"]
    sentences = []
    for i, (a, b) in enumerate(zip(chain, chain[1:])):
        la, lb = ACTORS[a].label, ACTORS[b].label
        sentences.append((f"c{i}", f"التقى {la} مع {lb} أمس.", [(a, la), (b, lb)], "MEET", None, "التقى"))
    sentences.append(("c9", "ذكر التقرير جون كيري و سيرغي لافروف.", [("kerry", "جون كيري"), ("lavrov", "سيرغي لافروف")], None, None, ""))
    H = build(sentences)
    assert find_paths(H, "kerry", "lavrov", k=1)[0].nodes == ("kerry", "lavrov")
    assert find_paths(H, "kerry", "lavrov", k=2)[1].nodes == tuple(chain)


def test_heavier_edges_cost_less_but_never_change_kind_order():
    assert hop_cost({"kind": "interaction", "weight": 1}) == 1.0
    assert hop_cost({"kind": "interaction", "weight": 2}) == 0.95
    assert hop_cost({"kind": "interaction", "weight": 10_000}) == 0.75
    assert hop_cost({"kind": "co-mention", "weight": 10_000}) == 3.0
    assert hop_cost({"relations": {"MEET": 1}, "weight": 1}) == 1.0  # kind read from the counts


def test_every_hop_has_its_evidence_and_direction(G):
    best = find_paths(G, "kerry", "iran")[0]
    assert best.nodes == ("kerry", "zarif", "lavrov", "iran")
    last = best.hops[-1]
    assert (last.source, last.target, last.relation, last.direction) == ("lavrov", "iran", "ATTACK", "forward")
    assert [e["sentence"] for e in last.evidence] == ["هاجم سيرغي لافروف إيران بسبب تصريحاتها الأخيرة."]
    assert best.hops[0].direction == ""  # a meeting has no direction
    back = find_paths(G, "iran", "lavrov")[0].hops[0]
    assert back.direction == "backward"  # Lavrov attacked Iran: against the walk
    for hop in best.hops:
        assert hop.evidence and all(e["sentence"] for e in hop.evidence)
        assert all({hop.source, hop.target} == {e["source"], e["target"]} for e in hop.evidence)


def test_no_path_is_an_empty_list(G):
    assert find_paths(G, "kerry", "assad") == []
    assert highlight([]) == {"nodes": [], "edges": []}
    assert path_subgraph(G, []).number_of_nodes() == 0


def test_same_actor_is_one_node_and_no_hop(G):
    [p] = find_paths(G, "kerry", "kerry")
    assert p.nodes == ("kerry",) and p.hops == () and p.cost == 0.0


def test_unknown_actor_is_named(G):
    with pytest.raises(KeyError, match="nobody"):
        find_paths(G, "kerry", "nobody")
    with pytest.raises(ValueError, match="k must be"):
        find_paths(G, "kerry", "lavrov", k=0)


def test_max_hops_drops_longer_paths(G):
    assert [p.nodes for p in find_paths(G, "kerry", "lavrov", max_hops=1)] == [("kerry", "lavrov")]


def test_subgraph_and_highlight_hold_only_the_paths(G):
    paths = find_paths(G, "kerry", "iran", k=2)
    H = path_subgraph(G, paths)
    marked = highlight(paths)
    assert set(H.nodes) == set(marked["nodes"]) == {"kerry", "zarif", "lavrov", "iran"}
    assert {frozenset(e) for e in H.edges} == {frozenset(e) for e in marked["edges"]}
    assert H.number_of_edges() == 4  # both paths: via Zarif, and the co-mention
    # attributes come from G unchanged
    assert H.edges["lavrov", "iran"] is G.edges["lavrov", "iran"]


def test_paths_in_a_filtered_view():
    """Paths follow what a filter left: without co-mentions the direct link is gone."""
    from pipeline.graph import by_kinds

    G = build()
    typed = by_kinds(G, ["interaction"])
    assert [p.nodes for p in find_paths(typed, "kerry", "lavrov", k=5)] == [("kerry", "zarif", "lavrov")]


def test_seed_graph_paths_have_evidence():
    """On the committed seed graph: Kerry reaches Lavrov, each hop backed by sentences."""
    G = read_json(ROOT / "graphs" / "graph.json")
    paths = find_paths(G, "john_kerry", "sergey_lavrov", k=3)
    assert paths, "Kerry and Lavrov should be connected in the seed graph"
    assert paths == sorted(paths, key=lambda p: p.cost)
    for p in paths:
        assert p.nodes[0] == "john_kerry" and p.nodes[-1] == "sergey_lavrov"
        assert len(set(p.nodes)) == len(p.nodes)
        for hop in p.hops:
            assert G.has_edge(hop.source, hop.target)
            assert len(hop.evidence) == hop.weight
            for e in hop.evidence:
                assert e["sentence"].strip()
                assert {e["source"], e["target"]} == {hop.source, hop.target}
