"""Held-out actor evaluation on SaudiNewsNet: the scorer, the gold file, and the real run.

The scoring functions live in ``bench/actor_eval.py`` (the benchmark prints recall and
precision against the targets); these tests check that the scorer scores what it
claims on hand-built graphs, that the gold file is consistent with the fixture, and,
with the bundled model (``-m model``), that the real pipeline makes no false merges
and is not broken. The recall/precision targets themselves are the benchmark's
business, not asserted here.
"""
import importlib.util
import sys
from collections import defaultdict

import networkx as nx
import pytest

from pipeline.arabic import normalize

from .conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "snn_heldout"


def _load_bench():
    """bench/ is not a package: load bench/actor_eval.py by path (once)."""
    if "actor_eval" in sys.modules:
        return sys.modules["actor_eval"]
    spec = importlib.util.spec_from_file_location("actor_eval", ROOT / "bench" / "actor_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["actor_eval"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


ae = _load_bench()


def gold_of(articles: dict) -> dict:
    return ae.parse_gold({"articles": articles})


def graph_of(*nodes) -> nx.Graph:
    G = nx.Graph()
    for node_id, kind, aliases, articles in nodes:
        G.add_node(node_id, label=aliases[0], type=kind, aliases=list(aliases), articles=list(articles), mentions=1)
    return G


LAVROV = {"key": "sergey_lavrov", "type": "PER", "forms": ["سيرجي لافروف", "لافروف"]}
KERRY = {"key": "john_kerry", "type": "PER", "forms": ["جون كيري", "كيري"]}
PENTAGON_A = {"key": "pentagon", "type": "ORG", "forms": ["وزارة الدفاع الأميركية", "البنتاغون"]}
PENTAGON_B = {"key": "pentagon", "type": "ORG", "forms": ["البنتاجون"]}
ALI_SALEH = {"key": "ali_abdullah_saleh", "type": "PER", "forms": ["علي عبدالله صالح", "صالح"]}
TAREQ = {"key": "tareq_saleh", "type": "PER", "forms": ["طارق محمد عبدالله صالح"]}


# ---------------------------------------------------------------------------
# the scorer, on hand-built graphs (no model)
# ---------------------------------------------------------------------------


def test_perfect_graph_scores_one_with_one_node_per_actor():
    gold = gold_of({"a": [LAVROV, KERRY], "b": [LAVROV, PENTAGON_A], "c": [PENTAGON_B]})
    G = graph_of(
        ("lavrov", "PER", ["سيرجي لافروف", "لافروف"], ["a", "b"]),
        ("kerry", "PER", ["كيري"], ["a"]),
        ("pentagon", "ORG", ["البنتاغون", "البنتاجون"], ["b", "c"]),
    )
    s = ae.score_graph(G, gold).as_dict()
    assert s["recall"]["ALL"] == {"hit": 5, "total": 5, "ratio": 1.0}
    assert s["precision"]["ALL"] == {"hit": 5, "total": 5, "ratio": 1.0}
    assert s["recall"]["PER"]["total"] == 3 and s["recall"]["ORG"]["total"] == 2
    assert s["splits"] == 0 and s["false_merges"] == 0
    assert {u["key"] for u in s["unified_list"]} == {"sergey_lavrov", "pentagon"}


def test_alias_containing_a_form_with_clitics_and_titles_is_found():
    gold = gold_of({"a": [LAVROV]})
    G = graph_of(("x", "PER", ["ووزير الخارجية الروسي سيرجي لافروف"], ["a"]))
    s = ae.score_graph(G, gold).as_dict()
    assert s["recall"]["ALL"]["hit"] == 1 and s["precision"]["ALL"]["hit"] == 1


def test_normalisation_folds_hamza_and_teh_marbuta_but_not_letter_variants():
    gold = gold_of({"a": [{"key": "un", "type": "ORG", "forms": ["الأمم المتحدة"]}], "b": [PENTAGON_A]})
    G = graph_of(("un", "ORG", ["الامم المتحده"], ["a"]), ("p", "ORG", ["البنتاجون"], ["b"]))
    s = ae.score_graph(G, gold).as_dict()
    # hamza/teh marbuta are spelling; غ/ج is a different spelling the linker must know.
    assert [m["key"] for m in s["miss_list"]] == ["pentagon"]
    assert [f["node"] for f in s["false_positive_list"]] == ["p"]


def test_partial_name_and_substring_are_not_matches():
    gold = gold_of({"a": [KERRY, {"key": "cheikh", "type": "PER", "forms": ["إسماعيل ولد الشيخ أحمد"]}]})
    G = graph_of(("t", "PER", ["تفكيري"], ["a"]), ("w", "PER", ["ولد الشيخ أحمد"], ["a"]))
    s = ae.score_graph(G, gold).as_dict()
    assert s["recall"]["ALL"]["hit"] == 0 and s["precision"]["ALL"]["hit"] == 0
    cheikh = next(m for m in s["miss_list"] if m["key"] == "cheikh")
    assert any(h.startswith("w [PER]") for h in cheikh["near"])  # the hint points at the partial span


def test_split_across_articles_is_counted():
    gold = gold_of({"a": [LAVROV], "b": [{"key": "sergey_lavrov", "type": "PER", "forms": ["سيرغي لافروف"]}]})
    G = graph_of(("l1", "PER", ["سيرجي لافروف"], ["a"]), ("l2", "PER", ["سيرغي لافروف"], ["b"]))
    s = ae.score_graph(G, gold).as_dict()
    assert s["recall"]["ALL"]["ratio"] == 1.0
    assert s["splits"] == 1 and s["split_list"][0]["nodes"] == ["l1", "l2"]


def test_two_nodes_for_one_actor_in_one_article_is_a_split():
    gold = gold_of({"a": [LAVROV], "b": [LAVROV]})
    G = graph_of(("l1", "PER", ["سيرجي لافروف"], ["a", "b"]), ("l2", "PER", ["لافروف"], ["a"]))
    s = ae.score_graph(G, gold).as_dict()
    assert s["splits"] == 1 and s["split_list"][0]["by_article"]["a"] == ["l1", "l2"]
    assert s["duplicate_list"] == [{"article": "a", "key": "sergey_lavrov", "nodes": ["l1", "l2"]}]


def test_duplicate_nodes_of_a_single_article_actor_are_listed():
    gold = gold_of({"a": [{"key": "abu_zeid", "type": "PER", "forms": ["أحمد أبو زيد", "أبو زيد"]}]})
    G = graph_of(("full", "PER", ["أحمد أبو زيد"], ["a"]), ("short", "PER", ["أبو زيد"], ["a"]))
    s = ae.score_graph(G, gold).as_dict()
    assert s["splits"] == 0 and s["within_article_duplicates"] == 1


def test_false_merge_of_two_people_is_counted():
    gold = gold_of({"a": [ALI_SALEH, TAREQ]})
    G = graph_of(("saleh", "PER", ["علي عبدالله صالح", "طارق محمد عبدالله صالح"], ["a"]))
    s = ae.score_graph(G, gold).as_dict()
    assert s["false_merges"] == 1
    assert s["false_merge_list"][0]["keys"] == {"ali_abdullah_saleh": ["a"], "tareq_saleh": ["a"]}


def test_false_merge_across_articles_is_counted():
    gold = gold_of({"a": [KERRY], "b": [LAVROV]})
    G = graph_of(("x", "PER", ["كيري", "لافروف"], ["a", "b"]))
    s = ae.score_graph(G, gold).as_dict()
    assert s["false_merges"] == 1 and s["recall"]["ALL"]["hit"] == 2
    assert s["false_merge_list"][0]["kind"] == "aliases of different actors"


def test_one_span_covering_two_names_is_a_false_merge_of_its_own_kind():
    gold = gold_of({"a": [KERRY, {"key": "sameh_shoukry", "type": "PER", "forms": ["سامح شكري", "شكري"]}]})
    G = graph_of(("kerry", "PER", ["جون كيري"], ["a"]), ("both", "PER", ["شكري وكيري"], ["a"]))
    s = ae.score_graph(G, gold).as_dict()
    assert [(m["node"], m["kind"], m["spans"]) for m in s["false_merge_list"]] == [
        ("both", "one span names several actors", ["شكري وكيري"])
    ]


def test_longest_form_wins_so_a_relative_is_not_credited_to_the_other():
    gold = gold_of({"a": [ALI_SALEH, TAREQ]})
    G = graph_of(("tareq", "PER", ["طارق محمد عبدالله صالح"], ["a"]))
    s = ae.score_graph(G, gold).as_dict()
    assert s["false_merges"] == 0
    assert [m["key"] for m in s["miss_list"]] == ["ali_abdullah_saleh"]


def test_optional_actors_count_neither_for_recall_nor_as_false_positives():
    gold = gold_of(
        {"a": [KERRY, {"key": "coalition", "type": "ORG", "forms": ["التحالف الدولي"], "optional": True}, LAVROV | {"optional": True}]}
    )
    G = graph_of(("kerry", "PER", ["كيري"], ["a"]), ("c", "ORG", ["التحالف الدولي"], ["a"]))
    s = ae.score_graph(G, gold).as_dict()
    assert s["recall"]["ALL"] == {"hit": 1, "total": 1, "ratio": 1.0}  # the missing optional Lavrov is no miss
    assert s["precision"]["ALL"] == {"hit": 2, "total": 2, "ratio": 1.0}
    assert s["optional_only_nodes"] == 1 and s["precision_without_optional_matches"]["total"] == 1
    assert s["optional_found"] == 1


def test_loc_and_misc_nodes_and_other_articles_are_ignored():
    gold = gold_of({"a": [KERRY]})
    G = graph_of(
        ("kerry", "PER", ["كيري"], ["a"]),
        ("moscow", "LOC", ["موسكو"], ["a"]),
        ("elsewhere", "PER", ["أوباما"], ["z"]),
    )
    s = ae.score_graph(G, gold).as_dict()
    assert s["precision"]["ALL"]["total"] == 1


def test_type_mismatch_is_found_and_reported():
    gold = gold_of({"a": [PENTAGON_A]})
    G = graph_of(("p", "PER", ["البنتاغون"], ["a"]))
    s = ae.score_graph(G, gold).as_dict()
    assert s["recall"]["ORG"]["hit"] == 1 and s["precision"]["PER"]["hit"] == 1
    assert s["type_mismatches"] == [{"article": "a", "key": "pentagon", "gold": "ORG", "node": "p", "predicted": "PER"}]


def test_only_aliases_occurring_in_the_article_text_are_used():
    # The node is in article a only through a mention that names nobody («الجانبين»);
    # its alias «سيرجي لافروف» comes from article b and must not earn it credit in a.
    gold = gold_of({"a": [{"key": "sergey_lavrov", "type": "PER", "forms": ["لافروف"]}], "b": [LAVROV]})
    G = graph_of(("lavrov", "PER", ["سيرجي لافروف", "الجانبين"], ["a", "b"]))
    texts = {"a": "بحث الجانبين الوضع وقال لاحقا إن لافروف غادر", "b": "قال سيرجي لافروف"}
    blind = ae.score_graph(G, gold).as_dict()
    assert blind["recall"]["ALL"]["hit"] == 2 and blind["false_positive_list"] == []
    s = ae.score_graph(G, gold, texts).as_dict()
    assert s["recall"]["ALL"]["hit"] == 1 and [m["article"] for m in s["miss_list"]] == ["a"]
    assert [(f["article"], f["aliases"]) for f in s["false_positive_list"]] == [("a", ["الجانبين"])]


def test_node_with_no_alias_in_the_text_falls_back_to_all_aliases_and_is_listed():
    gold = gold_of({"a": [KERRY]})
    G = graph_of(("kerry", "PER", ["جون كيري"], ["a"]))
    s = ae.score_graph(G, gold, {"a": "وصل وزير الخارجية الأمريكي"}).as_dict()
    assert s["recall"]["ALL"]["hit"] == 1
    assert s["unverified_nodes"] == [{"article": "a", "node": "kerry", "aliases": ["جون كيري"]}]


def test_report_formats_every_section():
    gold = gold_of({"a": [KERRY, LAVROV], "b": [LAVROV]})
    G = graph_of(("x", "PER", ["كيري", "لافروف"], ["a"]), ("y", "ORG", ["الجانبين"], ["a"]), ("l", "PER", ["لافروف"], ["b"]))
    report = ae.format_report(ae.score_graph(G, gold).as_dict())
    for heading in ("FALSE MERGES (1)", "SPLITS", "MISSES (0)", "FALSE POSITIVES (1)", "recall", "precision"):
        assert heading in report, report


@pytest.mark.parametrize(
    "entry, message",
    [
        ({"key": "k", "type": "LOC", "forms": ["x"]}, "type must be PER or ORG"),
        ({"key": "k", "type": "PER", "forms": []}, "'forms'"),
        ({"type": "PER", "forms": ["x"]}, "missing 'key'"),
    ],
)
def test_malformed_gold_entry_is_named(entry, message):
    with pytest.raises(ValueError, match=message):
        gold_of({"a": [entry]})


# ---------------------------------------------------------------------------
# the gold file against the fixture (no model)
# ---------------------------------------------------------------------------


def absent_forms(gold: dict, texts: dict) -> list[tuple[str, str, str]]:
    """(article, key, form) of every gold form its article's text does not contain."""
    return [
        (aid, actor.key, form)
        for aid, actors in gold.items()
        for actor in actors
        for form in actor.forms
        if not ae.contains(ae.name_tokens(texts[aid]), ae.name_tokens(form))
    ]


def keys_with_several_types(gold: dict) -> dict:
    types = defaultdict(set)
    for actors in gold.values():
        for actor in actors:
            types[actor.key].add(actor.type)
    return {k: t for k, t in types.items() if len(t) > 1}


@pytest.fixture(scope="module")
def fixture_gold():
    gold = ae.load_gold(FIXTURE / "gold.yaml")
    ingested, texts = ae.fixture_texts(FIXTURE)
    return gold, ingested, texts


def test_every_gold_article_is_ingested_and_every_form_occurs_in_it(fixture_gold):
    gold, ingested, texts = fixture_gold
    assert set(gold) == set(texts) and len(texts) == 43
    assert sorted(s.path for s in ingested.skipped) == ["gold.yaml", "select_more.py"]  # no article dropped as a duplicate
    assert absent_forms(gold, texts) == []


def test_a_key_has_one_type_everywhere(fixture_gold):
    gold, _, _ = fixture_gold
    assert keys_with_several_types(gold) == {}


def test_fixture_has_cross_article_spelling_variants(fixture_gold):
    gold, _, _ = fixture_gold
    forms = defaultdict(dict)  # key -> article -> normalised forms
    for aid, actors in gold.items():
        for actor in actors:
            if not actor.optional:
                forms[actor.key][aid] = {normalize(f) for f in actor.forms}
    variants = {k for k, arts in forms.items() if len(arts) >= 2 and len({frozenset(v) for v in arts.values()}) > 1}
    assert {"pentagon", "sergey_lavrov", "peter_maurer", "abdrabbuh_mansur_hadi", "ali_abdullah_saleh", "cnn"} <= variants


# ---------------------------------------------------------------------------
# the real pipeline (bundled model)
# ---------------------------------------------------------------------------


@pytest.mark.model
def test_heldout_build_has_no_false_merges_and_is_not_broken(tmp_path):
    result = ae.evaluate(FIXTURE, cache_dir=tmp_path / "cache")
    assert result["missing_articles"] == []
    assert result["recall"]["ALL"]["total"] == result["gold"]["required"]["PER"] + result["gold"]["required"]["ORG"]
    assert result["false_merges"] == 0, ae.format_report(result)
    # Floors that catch a broken pipeline; the targets (0.90 / 0.85) are bench/actor_eval.py's report.
    assert result["recall"]["ALL"]["ratio"] >= 0.5, ae.format_report(result)
    assert result["precision"]["ALL"]["ratio"] >= 0.5, ae.format_report(result)
    assert result["recall"]["PER"]["ratio"] >= 0.5 and result["recall"]["ORG"]["ratio"] >= 0.4, ae.format_report(result)


# Part 3's gold is kept as first committed: two names stood in a footer that ingest now cuts, and
# «لأي سي ميلان» glues ل to a word the scorer's clitic reading does not strip.
_KNOWN_ABSENT = {
    "snn_actor_dev3": {
        ("snn-0801-695", "ac_milan", "أي سي ميلان"),
        ("snn-0801-402", "mohammad_javad_zarif", "ظريف"),
        ("snn-0801-402", "nouri_al_maliki", "المالكي"),
    },
    # only in 3alyoum's tag footer («سمات …»), which ingest cuts since the twenty-sixth session
    "snn_actor_dev6": {("snn-0724-61", "isis", "داعش")},
    "snn_actor_dev10": {("snn-0806-138", "dawood_al_shiryan", "داود الشريان")},
}


@pytest.mark.parametrize("part", ["snn_actor_dev", "snn_actor_dev2", "snn_actor_dev3", "snn_actor_dev4", "snn_actor_dev5", "snn_actor_dev6", "snn_actor_dev7", "snn_actor_dev8", "snn_actor_dev9", "snn_actor_dev10"])
def test_every_dev_part_gold_form_occurs_in_its_article(part):
    folder = ROOT / "tests" / "fixtures" / part
    gold = ae.load_gold(folder / "gold.yaml")
    _, texts = ae.fixture_texts(folder)
    assert set(gold) == set(texts)
    assert set(absent_forms(gold, texts)) == _KNOWN_ABSENT.get(part, set())
    assert keys_with_several_types(gold) == {}
