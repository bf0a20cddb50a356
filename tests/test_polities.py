"""Which places can act (``pipeline/data/polities.yaml``)."""
from __future__ import annotations

import pytest

from pipeline.relations.polities import PolitiesError, is_polity, load_polities


@pytest.mark.parametrize("name", ["السعودية", "وللسعودية", "بالأردن", "لبنان", "الولايات المتحدة الأمريكية",
                                  "جمهورية مصر العربية", "دولة الإمارات", "دول الخليج", "واشنطن", "وطهران", "إقليم كردستان"])
def test_countries_capitals_states_and_blocs_can_act(name):
    assert is_polity(name)


@pytest.mark.parametrize("name", ["المخا", "عدن", "مكة المكرمة", "القدس", "الأنبار", "حائل", "جنيف", "مستشفى الملك سلمان", ""])
def test_other_places_cannot(name):
    assert not is_polity(name)


def test_a_malformed_file_names_the_key(tmp_path):
    path = tmp_path / "polities.yaml"
    path.write_text("countries: [مصر]\ncapitals: القاهرة\nregions: []\nstate_heads: []\n", encoding="utf-8")
    with pytest.raises(PolitiesError, match="capitals"):
        load_polities(path)
    path.write_text("countries: [مصر]\n", encoding="utf-8")
    with pytest.raises(PolitiesError, match="missing key 'capitals'"):
        load_polities(path)
