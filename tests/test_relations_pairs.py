"""The pair-level learned step: candidates and features on hand-built sentences, and the shipped model.

Sentences are built as in ``test_relations_candidates.py`` (NER from the registry's names).
"""
from __future__ import annotations

import json

from pipeline.actors import link_article, load_registry
from pipeline.relations import extract_relations, load_lexicon, sentence_views
from pipeline.relations.classifier import NONE, PAIR_MODEL_PATH, load_pair_model
from pipeline.relations.pairs import MAX_BETWEEN, direction_features, pair_candidates, stem

from .test_relations import make_tagged

TYPES = {"MEET", "AGREE", "SUPPORT", "OPPOSE", "COOPERATE", "ATTACK", "STATEMENT"}


def view_of(text: str, ner=()):
    tagged = make_tagged(text, ner)
    [view] = list(sentence_views(tagged, link_article(tagged, load_registry())))
    return view


def pairs_of(view, cands):
    return [(view.slots[c.first].actor, view.slots[c.second].actor) for c in cands]


# ------------------------------------------------------------------ candidates


def test_every_pair_is_a_candidate_without_a_trigger():
    # no lexicon predicate at all: the trigger-based candidates give nothing here
    view = view_of("كان جون كيري وفلاديمير بوتين في موسكو.")
    cands = pair_candidates(view)
    assert pairs_of(view, cands) == [("john_kerry", "vladimir_putin")]  # موسكو is a venue, no party
    [cand] = cands
    assert cand.pred is None and cand.modality == "none"


def test_three_actors_give_three_pairs_in_text_order():
    view = view_of("وقال كيري إن روسيا قصفت مواقع داعش.")
    assert pairs_of(view, pair_candidates(view)) == [("john_kerry", "russia"), ("john_kerry", "isis"), ("russia", "isis")]


def test_pairs_typed_by_the_rules_are_skipped():
    view = view_of("وقال كيري إن روسيا قصفت مواقع داعش.")
    cands = pair_candidates(view, skip=frozenset({frozenset(("russia", "isis"))}))
    assert ("russia", "isis") not in pairs_of(view, cands)
    assert len(cands) == 2


def test_pairs_with_too_many_actors_between_are_no_candidates():
    view = view_of("حضر الاجتماع كيري ولافروف وبوتين وأوباما وميركل وهولاند.")
    pairs = pairs_of(view, pair_candidates(view))
    assert MAX_BETWEEN == 3
    assert ("john_kerry", "angela_merkel") in pairs  # three between
    assert ("john_kerry", "francois_hollande") not in pairs  # four between
    assert len(pairs) == 6 * 5 // 2 - 1


def test_a_planned_predicate_is_left_out_when_only_asserted_ones_are_asked_for():
    view = view_of("سيلتقي جون كيري مع فلاديمير بوتين.")
    [cand] = pair_candidates(view)
    assert (cand.pred.type, cand.modality) == ("MEET", "planned")
    assert pair_candidates(view, asserted_only=True) == []


# ------------------------------------------------------------------ features


def test_features_of_a_meeting_with_ma():
    view = view_of("وبحث جون كيري مع فلاديمير بوتين الأزمة السورية.")
    [cand] = pair_candidates(view)
    f = cand.features
    assert (f["pre1"], f["lead"], f["mid"]) == ("بحث", "بحث", "-")  # the verb before both (VSO)
    assert f["bw=مع"] == 1 and f["gap_words"] == "مع"
    assert (f["a_intro"], f["b_intro"], f["intros"]) == ("-", "مع", "-|مع")
    assert f["post=ازمه"] == 1 and f["post=سوريه"] == 1  # normalised, article stripped
    assert f["trig_before=MEET"] == 1 and f["form=بحث"] == 1
    assert (f["modality"], f["pred_type_modality"]) == ("asserted", "MEET|asserted")
    assert (f["gap"], f["slots_between"], f["kinds"], f["n_actors"]) == ("1", "0", "PER-PER", "2")
    assert f["conj"] is False and f["comp"] is False and f["comma"] is False and f["rule_any"] is False


def test_features_across_a_complementizer():
    view = view_of("وقال كيري إن روسيا قصفت مواقع داعش.")
    by_pair = dict(zip(pairs_of(view, cands := pair_candidates(view)), cands))
    far = by_pair[("john_kerry", "isis")].features
    assert far["comp"] is True and far["bw=ان"] == 1 and far["bw=قصفت"] == 1
    assert far["trig_between=ATTACK"] == 1 and far["mid"] == "قصفت"
    assert far["gap_words"] == "ان <X> قصفت مواقع"  # روسيا is another actor: <X>, not its name
    near = by_pair[("russia", "isis")].features
    assert near["comp"] is False and near["gap_words"] == "قصفت مواقع" and near["pre1"] == "ان"
    assert near["kinds"] == "LOC-ORG" and near["both_bare_lead"] == "-"


def test_coordinated_actors_are_marked():
    view = view_of("حضر الاجتماع كيري ولافروف وبوتين.")
    [first, *_] = pair_candidates(view)
    assert first.features["conj"] is True and first.features["b_conj"] is True
    assert first.features["lead"] == "اجتماع" and first.features["pre=حضر"] == 1


def test_the_rules_reading_is_a_feature():
    view = view_of("سيلتقي جون كيري مع فلاديمير بوتين.")
    ruled = {frozenset(("john_kerry", "vladimir_putin")): {"MEET": "planned"}}
    [cand] = pair_candidates(view, ruled=ruled)
    assert cand.features["rule=MEET|planned"] == 1 and cand.features["rule_any"] is True


def test_stem_and_direction_features():
    assert stem("والاتفاق") == "اتفاق" and stem("") == ""
    d = direction_features({"a_intro": "ب", "comp": True, "conj": False, "bw=مع": 1}, "ATTACK")
    assert d == {"type": "ATTACK", "a_intro=ب": 1, "ATTACK|a_intro=ب": 1, "comp": True, "ATTACK|comp": True, "bw=مع": 1, "ATTACK|bw=مع": 1}


# ------------------------------------------------------------------ the shipped model


def test_the_shipped_pair_model_loads_and_scores():
    data = json.loads(PAIR_MODEL_PATH.read_text(encoding="utf-8"))
    assert data["enabled"] is False  # shipped off: docs/relations.md, 'The pair-level step'
    model = load_pair_model()
    assert model is not None and model.threshold == data["threshold"]
    assert set(model.types.classes) == TYPES | {NONE}
    assert model.direction.classes == ("first", "second")
    view = view_of("وبحث جون كيري مع فلاديمير بوتين الأزمة السورية.")
    [cand] = pair_candidates(view)
    probs = model.types.proba(cand.features)
    assert abs(sum(probs.values()) - 1) < 1e-9 and all(0 <= p <= 1 for p in probs.values())
    first = model.direction.proba(direction_features(cand.features, "SUPPORT"))
    assert abs(first["first"] + first["second"] - 1) < 1e-9


def test_the_pair_model_turns_scores_into_relations():
    from dataclasses import replace

    model = replace(load_pair_model(), threshold=0.0)  # every type: checks the plumbing, not the model
    view = view_of("وقال كيري إن روسيا قصفت مواقع داعش.")
    cands = pair_candidates(view, asserted_only=True)
    relations = model.relations(view, cands, load_lexicon().directed)
    assert {r.type for r in relations} == TYPES
    assert all(r.modality == "asserted" and r.evidence == view.evidence for r in relations)
    for r in relations:
        assert r.directed == (r.type in load_lexicon().directed)
        if not r.directed:
            assert r.source < r.target


def test_extraction_with_the_pair_step_keeps_the_rules_relations():
    tagged = make_tagged("التقى جون كيري مع فلاديمير بوتين.")
    mentions = link_article(tagged, load_registry())
    model = load_pair_model()
    with_step = extract_relations(tagged, mentions, load_lexicon(), pairs=model)
    rules = extract_relations(tagged, mentions, load_lexicon(), pairs=None)
    meet = {("MEET", "john_kerry", "vladimir_putin")}
    assert {(r.type, r.source, r.target) for r in rules if r.type == "MEET"} == meet
    assert {(r.type, r.source, r.target) for r in with_step if r.type == "MEET"} == meet
    # shipped off: the default is the rules alone
    assert extract_relations(tagged, mentions, load_lexicon()) == rules
