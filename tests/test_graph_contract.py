"""The edge and evidence contract: one evidence item per (pair, sentence), and
every count (weight, relation counts, filters, timeline, the app's evidence
counts) counts distinct sentences.

The graphs are built by hand from real sentences of the seed articles (and
SaudiNewsNet-style ones); the expected counts are read off the sentences.
"""
from __future__ import annotations

import pytest

from pipeline import evidence
from pipeline.graph import by_articles, by_dates, by_kinds, by_min_weight, by_relation_types, build_graph, filter_graph, timeline
from pipeline.types import Actor, Article, Evidence, LinkedMention, Mention, Relation

# 2015-07-21: Kerry meets Lavrov and they agree, in one sentence.
MEET_AGREE = "والتقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في فيينا، واتفق الوزيران على مواصلة التنسيق بشأن سوريا."
# 2015-07-21: Lavrov speaks about Kerry; Vienna is only where it happened.
STATEMENT = "وقال لافروف في فيينا إن كيري أكد التزام واشنطن بالاتفاق."
# 2015-08-06: Carter supports Kerry's efforts (directed), Kerry only named.
SUPPORT = "وأعرب وزير الدفاع الأمريكي آشتون كارتر عن دعمه لجهود كيري في المفاوضات."
# 2015-08-06: a denied meeting: not a relation that took place.
DENIED = "ونفى المتحدث باسم الكرملين أن يكون بوتين قد التقى كيري في موسكو."

ACTORS = {
    "john_kerry": Actor("john_kerry", "جون كيري", "PER", "John Kerry", ("كيري", "جون كيري")),
    "sergey_lavrov": Actor("sergey_lavrov", "سيرغي لافروف", "PER", "Sergey Lavrov", ("لافروف", "سيرغي لافروف")),
    "ashton_carter": Actor("ashton_carter", "آشتون كارتر", "PER", "Ashton Carter", ("كارتر",)),
    "vladimir_putin": Actor("vladimir_putin", "فلاديمير بوتين", "PER", "Vladimir Putin", ("بوتين",)),
    "vienna": Actor("vienna", "فيينا", "LOC", "Vienna", ("فيينا",)),
    "moscow": Actor("moscow", "موسكو", "LOC", "Moscow", ("موسكو",)),
}


def _mention(article: str, text: str, sentence: str, offset: int, surface: str, actor: str) -> LinkedMention:
    start = offset + sentence.index(surface)
    assert text[start : start + len(surface)] == surface
    return LinkedMention(Mention(article, 0, start, start + len(surface), surface, ACTORS[actor].type), actor)


def corpus():
    """Two articles: a1 = MEET_AGREE + STATEMENT (2015-07-21), a2 = SUPPORT + DENIED (2015-08-06)."""
    a1 = MEET_AGREE + " " + STATEMENT
    a2 = SUPPORT + " " + DENIED
    articles = [Article("a1", a1, "كيري ولافروف في فيينا", "الرياض", "2015-07-21"), Article("a2", a2, "كارتر يدعم كيري", "عكاظ", "2015-08-06")]
    s1, s2 = 0, len(MEET_AGREE) + 1
    s3, s4 = 0, len(SUPPORT) + 1
    ev1 = Evidence("a1", MEET_AGREE, s1, s1 + len(MEET_AGREE))
    ev2 = Evidence("a1", STATEMENT, s2, s2 + len(STATEMENT))
    ev3 = Evidence("a2", SUPPORT, s3, s3 + len(SUPPORT))
    ev4 = Evidence("a2", DENIED, s4, s4 + len(DENIED))
    mentions = [
        _mention("a1", a1, MEET_AGREE, s1, "جون كيري", "john_kerry"),
        _mention("a1", a1, MEET_AGREE, s1, "سيرغي لافروف", "sergey_lavrov"),
        _mention("a1", a1, MEET_AGREE, s1, "فيينا", "vienna"),
        _mention("a1", a1, STATEMENT, s2, "لافروف", "sergey_lavrov"),
        _mention("a1", a1, STATEMENT, s2, "فيينا", "vienna"),
        _mention("a1", a1, STATEMENT, s2, "كيري", "john_kerry"),
        _mention("a2", a2, SUPPORT, s3, "آشتون كارتر", "ashton_carter"),
        _mention("a2", a2, SUPPORT, s3, "كيري", "john_kerry"),
        _mention("a2", a2, DENIED, s4, "بوتين", "vladimir_putin"),
        _mention("a2", a2, DENIED, s4, "كيري", "john_kerry"),
        _mention("a2", a2, DENIED, s4, "موسكو", "moscow"),
    ]
    relations = [
        Relation("john_kerry", "sergey_lavrov", "MEET", ev1, trigger="التقى"),
        Relation("john_kerry", "sergey_lavrov", "AGREE", ev1, trigger="اتفق"),
        Relation("sergey_lavrov", "john_kerry", "MEET", ev1, trigger="التقى"),  # the same MEET again, reversed
        Relation("john_kerry", "vienna", "CO_MENTION", ev1),
        Relation("sergey_lavrov", "vienna", "CO_MENTION", ev1),
        Relation("sergey_lavrov", "john_kerry", "STATEMENT", ev2, directed=True, trigger="قال"),
        Relation("sergey_lavrov", "vienna", "CO_MENTION", ev2),
        Relation("john_kerry", "vienna", "CO_MENTION", ev2),
        Relation("ashton_carter", "john_kerry", "SUPPORT", ev3, directed=True, trigger="دعمه"),
        Relation("vladimir_putin", "john_kerry", "MEET", ev4, trigger="التقى", modality="negated"),
        Relation("john_kerry", "moscow", "CO_MENTION", ev4),
        Relation("vladimir_putin", "moscow", "CO_MENTION", ev4),
    ]
    return articles, ACTORS, mentions, relations


@pytest.fixture
def G():
    return build_graph(*corpus())


def test_meet_and_agree_in_one_sentence_is_one_evidence_item_of_weight_one(G):
    d = G.edges["john_kerry", "sergey_lavrov"]
    # two sentences: MEET_AGREE and STATEMENT
    assert d["weight"] == 2 and len(d["evidence"]) == 2
    assert d["relations"] == {"AGREE": 1, "MEET": 1, "STATEMENT": 1}
    first, second = d["evidence"]
    assert first["sentence"] == MEET_AGREE and first["relations"] == ["AGREE", "MEET"]
    assert set(first["trigger"].split("; ")) == {"التقى", "اتفق"}
    assert first["directed"] is False and (first["source"], first["target"]) == ("john_kerry", "sergey_lavrov")
    assert second["relations"] == ["STATEMENT"] and second["directed"] is True
    assert (second["source"], second["target"]) == ("sergey_lavrov", "john_kerry")
    assert d["kind"] == "interaction"


def test_evidence_offsets_point_at_the_sentence(G):
    articles = {a.id: a.text for a in corpus()[0]}
    for _, _, evidence in G.edges(data="evidence"):
        for e in evidence:
            assert articles[e["article"]][e["start"] : e["end"]] == e["sentence"]


def test_a_relation_repeated_counts_once():
    articles, actors, mentions, relations = corpus()
    once = build_graph(articles, actors, mentions, relations)
    thrice = build_graph(articles, actors, mentions, relations * 3)
    assert thrice.edges(data=True) and list(thrice.edges(data=True)) == list(once.edges(data=True))


def test_co_mention_only_is_a_co_mention_link(G):
    d = G.edges["sergey_lavrov", "vienna"]
    assert d["kind"] == "co-mention" and d["weight"] == 2 and d["relations"] == {}
    assert d["dominant_relation"] == "CO_MENTION" and d["cameo"] == "" and d["cameo_codes"] == []
    assert [e["relations"] for e in d["evidence"]] == [[], []]


def test_a_denied_meeting_is_kept_for_the_reader_but_never_counted(G):
    d = G.edges["john_kerry", "vladimir_putin"]
    assert d["kind"] == "co-mention" and d["weight"] == 1 and d["relations"] == {}
    (item,) = d["evidence"]
    assert item["relations"] == [] and item["sentence"] == DENIED
    assert [(u["type"], u["modality"], u["trigger"]) for u in item["unasserted"]] == [("MEET", "negated", "التقى")]
    assert not by_relation_types(G, ["MEET"]).has_edge("john_kerry", "vladimir_putin")


def test_directed_relation_gives_the_direction_and_cameo(G):
    d = G.edges["ashton_carter", "john_kerry"]
    (item,) = d["evidence"]
    assert (item["source"], item["target"], item["directed"], item["relations"]) == ("ashton_carter", "john_kerry", True, ["SUPPORT"])
    # CAMEO root 05, "Engage in diplomatic cooperation", for SUPPORT in pipeline/data/triggers.yaml
    assert (d["dominant_relation"], d["cameo"], d["cameo_codes"]) == ("SUPPORT", "05", ["05"])


def test_opposite_directions_in_one_sentence_make_an_undirected_item():
    text = "وانتقد لافروف كيري وانتقد كيري لافروف."
    ev = Evidence("a", text, 0, len(text))
    articles = [Article("a", text)]
    mentions = [
        LinkedMention(Mention("a", 0, 7, 13, "لافروف", "PER"), "sergey_lavrov"),
        LinkedMention(Mention("a", 0, 14, 18, "كيري", "PER"), "john_kerry"),
    ]
    relations = [
        Relation("sergey_lavrov", "john_kerry", "OPPOSE", ev, directed=True, trigger="انتقد"),
        Relation("john_kerry", "sergey_lavrov", "OPPOSE", ev, directed=True, trigger="انتقد"),
    ]
    (item,) = build_graph(articles, ACTORS, mentions, relations).edges["john_kerry", "sergey_lavrov"]["evidence"]
    assert item["directed"] is False and (item["source"], item["target"]) == ("john_kerry", "sergey_lavrov")
    assert item["relations"] == ["OPPOSE"] and item["trigger"] == "انتقد"


def test_dominant_relation_ties_go_to_the_first_type_and_cameo_follows(G):
    d = G.edges["john_kerry", "sergey_lavrov"]
    # AGREE, MEET and STATEMENT one sentence each: MEET is first in RELATION_TYPES
    assert d["dominant_relation"] == "MEET" and d["cameo"] == "04"  # CAMEO 04 Consult
    assert d["cameo_codes"] == ["02", "04", "05"]  # 02 Appeal, 04 Consult, 05 diplomatic cooperation


@pytest.mark.parametrize("kept", [["MEET"], ["AGREE"], ["MEET", "AGREE"]])
def test_a_relation_filter_keeps_the_sentence_once(G, kept):
    d = by_relation_types(G, kept).edges["john_kerry", "sergey_lavrov"]
    assert d["weight"] == 1 and [e["sentence"] for e in d["evidence"]] == [MEET_AGREE]
    assert d["relations"] == {t: 1 for t in kept}
    assert d["evidence"][0]["relations"] == sorted(kept)
    assert G.edges["john_kerry", "sergey_lavrov"]["evidence"][0]["relations"] == ["AGREE", "MEET"]  # input untouched


def test_co_mention_filter_keeps_the_sentences_without_a_type(G):
    H = by_relation_types(G, ["CO_MENTION"])
    assert not H.has_edge("john_kerry", "sergey_lavrov") and not H.has_edge("ashton_carter", "john_kerry")
    assert H.edges["john_kerry", "vienna"]["weight"] == 2
    assert H.edges["john_kerry", "vladimir_putin"]["weight"] == 1  # the denied meeting is a co-mention


def test_min_weight_counts_sentences_not_types(G):
    # Kerry–Lavrov: 3 relation types but 2 sentences
    assert by_min_weight(G, 2).has_edge("john_kerry", "sergey_lavrov")
    assert not by_min_weight(G, 3).has_edge("john_kerry", "sergey_lavrov")
    H = filter_graph(G, relation_types=["MEET", "AGREE"], min_weight=2)
    assert not H.has_edge("john_kerry", "sergey_lavrov")  # one sentence asserts both


def test_article_and_date_filters_recompute_from_evidence_items(G):
    H = by_articles(G, ["a1"])
    assert H.edges["john_kerry", "sergey_lavrov"]["weight"] == 2 and not H.has_edge("ashton_carter", "john_kerry")
    H = by_dates(G, "2015-08-01", "2015-08-31")
    assert not H.has_edge("john_kerry", "sergey_lavrov")
    assert H.edges["ashton_carter", "john_kerry"]["weight"] == 1 and H.edges["ashton_carter", "john_kerry"]["kind"] == "interaction"


def test_kind_filter(G):
    interactions = {frozenset(e) for e in by_kinds(G, ["interaction"]).edges}
    assert interactions == {frozenset(("john_kerry", "sergey_lavrov")), frozenset(("ashton_carter", "john_kerry"))}
    co = {frozenset(e) for e in filter_graph(G, kinds=["co-mention"]).edges}
    assert frozenset(("sergey_lavrov", "vienna")) in co and frozenset(("john_kerry", "sergey_lavrov")) not in co
    assert set(filter_graph(G, kinds=["interaction", "co-mention"]).edges) == set(G.edges)
    # the kind is recomputed after the evidence filters: in August Kerry only meets Putin in a denial
    assert set(filter_graph(G, date_from="2015-08-01", kinds=["interaction"], keep_isolates=False)) == {"ashton_carter", "john_kerry"}
    with pytest.raises(ValueError, match="edge kinds"):
        filter_graph(G, kinds=["typed"])


def test_timeline_counts_each_sentence_once(G):
    # four sentences: MEET_AGREE (counted as MEET), STATEMENT, SUPPORT, DENIED (no type)
    rows = timeline(G)
    assert rows == [
        {"date": "2015-07-21", "relation": "MEET", "count": 1},
        {"date": "2015-07-21", "relation": "STATEMENT", "count": 1},
        {"date": "2015-08-06", "relation": "CO_MENTION", "count": 1},
        {"date": "2015-08-06", "relation": "SUPPORT", "count": 1},
    ]
    assert sum(r["count"] for r in timeline(G, period="year")) == 4
    assert timeline(by_relation_types(G, ["AGREE"])) == [{"date": "2015-07-21", "relation": "AGREE", "count": 1}]


def test_evidence_rows_and_counts_are_distinct_sentences(G):
    # Kerry is in all four sentences, with several partners in three of them
    assert evidence.evidence_count(G, "john_kerry") == 4
    rows = evidence.evidence_rows(G, "john_kerry")
    assert [r["sentence"] for r in rows] == [MEET_AGREE, STATEMENT, SUPPORT, DENIED]
    assert sorted(rows[0]["partners"]) == ["sergey_lavrov", "vienna"]
    assert rows[0]["relations"] == ["AGREE", "MEET"] and rows[3]["relations"] == []
    assert rows[0]["html"].count("<mark") == 3  # Kerry, Lavrov, Vienna
    pair = evidence.evidence_rows(G, "john_kerry", "sergey_lavrov")
    assert len(pair) == evidence.evidence_count(G, "john_kerry", "sergey_lavrov") == 2
    H = filter_graph(G, relation_types=["MEET"])
    assert evidence.evidence_count(H, "john_kerry") == 1
    assert [r["relations"] for r in evidence.evidence_rows(H, "john_kerry")] == [["MEET"]]
