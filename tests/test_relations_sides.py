"""data/sides.yaml: groups of allies, validated, and every id a registry actor."""
from __future__ import annotations

import pytest

from pipeline.actors import load_registry
from pipeline.relations.sides import SidesError, build_sides, load_sides

from .test_relations import relations_of
from .test_relations_rules import typed


def test_every_ally_is_a_registry_actor():
    registry = load_registry()
    assert sorted(a for a in load_sides().actors() if a not in registry) == []


def test_allies_are_pairs_within_one_group_only():
    sides = build_sides({"allies": [["a", "b"], ["c", "d"]]}, "t")
    assert (sides.allied("a", "b"), sides.allied("b", "a"), sides.allied("a", "c"), sides.allied("a", "a")) == (True, True, False, False)


@pytest.mark.parametrize(
    "data, message",
    [
        ({"allies": [["houthis"]]}, r"allies\[0\]"),
        ({"allies": "houthis"}, "list of lists"),
        ({"enemies": []}, "mapping with `allies`"),
    ],
)
def test_a_malformed_sides_file_names_the_entry(data, message):
    with pytest.raises(SidesError, match=message):
        build_sides(data, "sides.yaml")


def test_a_missing_sides_file_is_reported(tmp_path):
    with pytest.raises(SidesError, match="not found"):
        load_sides(tmp_path / "sides.yaml")


def test_the_houthis_leader_and_saleh_do_not_clash():
    # a 2015-07-22 slice, once NER's «صالح والحوثي» is two names
    text = "تشهدان مواجهات عنيفة ومستمرة منذ عدة أيام بين المقاومة الشعبية وميليشيا المخلوع صالح والحوثي."
    found = typed(relations_of(text, [("المقاومة الشعبية", "ORG"), ("صالح والحوثي", "PER")], date="2015-07-22"))
    assert ("ATTACK", "yemen_popular_resistance", "ali_abdullah_saleh") in found
    assert not any({a, b} == {"ali_abdullah_saleh", "abdul_malik_al_houthi"} for _, a, b in found)
