"""The issue's expectations on the seed articles, through the real NER model."""
from __future__ import annotations

import pytest

from pipeline.build import build

from .conftest import ROOT

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def relations(tmp_path_factory):
    result = build(ROOT / "corpus", None, cache_dir=tmp_path_factory.mktemp("cache"))
    return [r for r in result.relations if r.modality == "asserted"]


def types_between(relations, a: str, b: str) -> set[str]:
    return {r.type for r in relations if {r.source, r.target} == {a, b}}


def test_kerry_and_lavrov_meet_and_agree(relations):
    assert {"MEET", "AGREE"} <= types_between(relations, "john_kerry", "sergey_lavrov")


def test_carter_supports_kerry(relations):
    assert any(
        (r.type, r.source, r.target, r.directed) == ("SUPPORT", "ashton_carter", "john_kerry", True) for r in relations
    )


def test_pentagon_and_russian_mod_meet(relations):
    assert "MEET" in types_between(relations, "pentagon", "russian_mod")


def test_laos_and_geneva_do_not_meet(relations):
    assert "MEET" not in types_between(relations, "geneva", "laos")


def test_a_statement_reported_by_a_channel_is_no_statement_to_it(relations):
    sentence = [r for r in relations if "روسيا اليوم" in r.evidence.sentence and r.source == "russian_mod"]
    assert not [r for r in sentence if r.type == "STATEMENT"]
