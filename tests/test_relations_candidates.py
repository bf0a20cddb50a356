"""The learned step: candidate features on hand-built sentences, and the shipped model.

One construction per test, built as in ``test_relations_rules.py``.
"""
from __future__ import annotations

from pipeline.actors import link_article, load_registry
from pipeline.relations import extract_relations, load_lexicon, sentence_views
from pipeline.relations.candidates import sentence_candidates
from pipeline.relations.classifier import DEFAULT_MODEL_PATH, NONE, feature_items, load_model, orient

from .test_relations import make_tagged


def candidates_of(text: str, ner=()):
    tagged = make_tagged(text, ner)
    [view] = list(sentence_views(tagged, link_article(tagged, load_registry())))
    return view, sentence_candidates(view)


def pair(view, cand):
    return view.slots[cand.first].actor, view.slots[cand.second].actor


def test_a_verb_before_both_actors():
    view, [cand] = candidates_of("التقى جون كيري مع فلاديمير بوتين.")
    f = cand.features
    assert pair(view, cand) == ("john_kerry", "vladimir_putin")
    assert (f["type"], f["pos"], f["order"]) == ("MEET", "verb", "before")
    assert f["a_first_after"] is True and f["b_first_after"] is False
    assert (f["a_intro"], f["b_intro"]) == ("-", "مع")
    assert f["rule_same_type"] is True


def test_a_subject_before_the_verb_puts_the_trigger_between():
    view, cands = candidates_of("وقال كيري إن روسيا قصفت مواقع داعش.")
    [cand] = [c for c in cands if pair(view, c) == ("russia", "isis")]
    assert (cand.pred.type, cand.features["order"]) == ("ATTACK", "between")
    assert cand.features["a_comp"] is False and cand.features["b_first_after"] is True


def test_a_complementizer_between_the_trigger_and_an_actor_is_marked():
    view, cands = candidates_of("وقال كيري إن روسيا قصفت مواقع داعش.")
    [far] = [c for c in cands if "john_kerry" in pair(view, c) and "isis" in pair(view, c)]
    assert far.features["a_comp"] is True  # إن stands between كيري and the verb
    assert far.features["rule_any"] is False


def test_a_verbal_noun_is_a_noun_candidate():
    view, cands = candidates_of("وجرت محادثات بين جون كيري وسيرغي لافروف.")
    [cand] = [c for c in cands if c.pred.pos == "noun"]
    assert (cand.features["pos"], cand.features["b_conj"]) == ("noun", True)
    assert cand.features["ab_conj"] is True


def test_a_planned_meeting_carries_its_modality():
    view, [cand] = candidates_of("سيلتقي جون كيري مع فلاديمير بوتين.")
    assert cand.modality == "planned" and cand.features["future"] is True


def test_no_trigger_no_candidate():
    view, cands = candidates_of("كان جون كيري وفلاديمير بوتين في موسكو.")
    assert cands == []


def test_the_number_of_actors_is_bucketed():
    view, [cand] = candidates_of("التقى جون كيري مع فلاديمير بوتين.")
    assert cand.features["n_actors"] == "2"


def test_features_read_as_dictvectorizer_names():
    assert dict(feature_items({"type": "MEET", "future": True, "n": 2})) == {"type=MEET": 1.0, "future": 1.0, "n": 2.0}


def test_direction_without_a_rule_link_runs_from_the_earlier_bare_actor():
    view, [cand] = candidates_of("التقى جون كيري مع فلاديمير بوتين.")
    from dataclasses import replace

    agent, partner = orient(view, replace(cand, rule_link=None))
    assert (view.slots[agent].actor, view.slots[partner].actor) == ("john_kerry", "vladimir_putin")


# ------------------------------------------------------------------ the shipped model


def test_the_shipped_model_loads_and_meets_a_clear_meeting():
    model = load_model(DEFAULT_MODEL_PATH)
    assert model is not None and NONE in model.classes
    view, [cand] = candidates_of("التقى جون كيري مع فلاديمير بوتين.")
    probs = model.proba(cand.features)
    assert max(probs, key=probs.get) == "MEET"
    assert abs(sum(probs.values()) - 1) < 1e-9


def test_extraction_with_the_model_keeps_the_rules_meeting():
    tagged = make_tagged("التقى جون كيري مع فلاديمير بوتين.")
    mentions = link_article(tagged, load_registry())
    model = load_model(DEFAULT_MODEL_PATH)
    with_model = extract_relations(tagged, mentions, load_lexicon(), classifier=model)
    rules = extract_relations(tagged, mentions, load_lexicon(), classifier=None)
    assert {(r.type, r.source, r.target) for r in with_model if r.type == "MEET"} == {("MEET", "john_kerry", "vladimir_putin")}
    assert {(r.type, r.source, r.target) for r in rules if r.type == "MEET"} == {("MEET", "john_kerry", "vladimir_putin")}
