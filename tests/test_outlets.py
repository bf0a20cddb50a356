"""The outlet → country file (pipeline/data/outlets.yaml)."""
from __future__ import annotations

import pytest

from pipeline.actors import load_registry
from pipeline.actors.outlets import OutletError, load_outlets, outlet_country


def test_every_outlet_country_is_a_registry_country():
    registry = load_registry()
    assert {code: registry.country_actor(code) for code in set(load_outlets().values())} == {"sa": "saudi_arabia"}


def test_an_outlet_is_named_as_the_articles_source_in_any_case():
    assert (outlet_country("aawsat"), outlet_country("AAWSAT"), outlet_country(""), outlet_country("reuters")) == ("sa", "sa", None, None)


def test_a_malformed_outlet_file_names_the_entry(tmp_path):
    path = tmp_path / "outlets.yaml"
    path.write_text("countries: [sabq]\n", encoding="utf-8")
    with pytest.raises(OutletError, match="expected `countries`"):
        load_outlets(path)
    path.write_text("countries: {sabq: }\n", encoding="utf-8")
    with pytest.raises(OutletError, match="'sabq' needs a country code"):
        load_outlets(path)
