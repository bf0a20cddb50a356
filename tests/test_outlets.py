"""The outlet → country file (pipeline/data/outlets.yaml)."""
from __future__ import annotations

import pytest

from pipeline.actors import load_registry
from pipeline.actors.outlets import OutletError, home_titles, load_outlets, outlet_country


def test_every_outlet_country_is_a_registry_country():
    registry = load_registry()
    assert {code: registry.country_actor(code) for code in set(load_outlets().countries.values())} == {"sa": "saudi_arabia"}


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
    path.write_text("countries: {sabq: sa}\nhome_titles: {sa: {ولي العهد: {unless: [ولي عهد]}}}\n", encoding="utf-8")
    with pytest.raises(OutletError, match="home_titles sa 'ولي العهد': expected a registry role title"):
        load_outlets(path)


def test_every_home_title_stands_for_a_registry_role_held_in_2015():
    registry = load_registry()
    for code in set(load_outlets().countries.values()):
        for bare, title in home_titles(code).items():
            assert registry.role_holders(title.role, "2015-07-23"), bare
            assert registry.role_countries(title.role, "2015-07-23") <= {code, ""}, bare
