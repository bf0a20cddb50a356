"""The relation benchmark's scoring, on hand-built gold and predictions (no model)."""
from __future__ import annotations

import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import relation_eval as ev  # noqa: E402

TEXT = "التقى كيري لافروف في جنيف. وقصفت روسيا مواقع داعش."


def gold(sentence: str, kind: str, agent: str, partner: str, modality: str = "asserted") -> ev.Gold:
    return ev.Gold(
        "a", sentence, kind, (ev.name_tokens(agent), ()), (ev.name_tokens(partner), ()), kind in ev.DIRECTED, modality,
        {"agent": agent, "partner": partner},
    )


def prediction(start: int, end: int, kind: str, source: str, target: str, names: dict) -> ev.Prediction:
    return ev.Prediction(
        "a", start, end, source, target, kind, kind in ev.DIRECTED, "", TEXT[start:end],
        {k: [ev.name_tokens(v)] for k, v in names.items()},
    )


NAMES = {"kerry": "جون كيري", "lavrov": "سيرغي لافروف", "russia": "روسيا", "isis": "داعش"}
FIRST, SECOND = (0, 26), (27, len(TEXT))


def test_an_undirected_pair_matches_in_either_order_and_a_wrong_direction_is_counted():
    golds = [gold("التقى كيري لافروف في جنيف.", "MEET", "لافروف", "كيري"),
             gold("وقصفت روسيا مواقع داعش.", "ATTACK", "روسيا", "داعش")]
    preds = [prediction(*FIRST, "MEET", "kerry", "lavrov", NAMES), prediction(*SECOND, "ATTACK", "isis", "russia", NAMES)]
    result = ev.score(golds, preds, {"a": TEXT})
    assert result["per_type"]["ALL"]["precision"] == 1.0 and result["per_type"]["ALL"]["recall"] == 1.0
    assert result["direction"] == {"right": 0, "total": 1, "accuracy": 0.0}


def test_a_prediction_of_a_planned_event_is_a_false_positive():
    golds = [gold("التقى كيري لافروف في جنيف.", "MEET", "كيري", "لافروف", modality="planned")]
    preds = [prediction(*FIRST, "MEET", "kerry", "lavrov", NAMES)]
    result = ev.score(golds, preds, {"a": TEXT})
    assert result["per_type"]["MEET"]["precision"] == 0.0 and result["hedged_gold_predicted_as_asserted"] == 1


def test_the_wrong_sentence_or_type_does_not_match():
    golds = [gold("التقى كيري لافروف في جنيف.", "MEET", "كيري", "لافروف")]
    preds = [prediction(*SECOND, "MEET", "kerry", "lavrov", NAMES), prediction(*FIRST, "AGREE", "kerry", "lavrov", NAMES)]
    assert ev.score(golds, preds, {"a": TEXT})["per_type"]["ALL"]["tp"] == 0
