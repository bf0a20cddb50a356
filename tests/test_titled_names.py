"""Person names after a title or profession (pipeline/actors/titled_names.py) and their linking.

One construction per test, on hand-built Arabic sentences; no model.
"""
from __future__ import annotations

import pytest

from pipeline.actors.titled_names import TitledNamesError, build_titled_words

from .test_actors import linked


def test_title_then_first_name_and_family_name_is_a_person():
    assert linked("وناقشت اللجنة برئاسة المهندس جديع القحطاني التقارير.") == [
        ("per:جديع_القحطاني", "جديع القحطاني")
    ]


def test_title_extends_a_person_ner_cut_short():
    assert linked("لم تقرر الفنانة وجنات رهبي المشاركة.", [("رهبي", "PER")]) == [("per:وجنات_رهبي", "وجنات رهبي")]


def test_lone_word_after_a_title_is_no_person():
    assert linked("وبناء على طلب اللاعب الذي أبدى موافقة مبدئية.") == []
    assert linked("وركز المدرب الروماني بولوني على الجوانب النفسية.") == []


def test_verb_after_a_title_is_no_person():
    assert linked("وقال إن الممثل يعود إلى المسرح.") == []


def test_preposition_after_a_first_word_ends_it():
    assert linked("وقال الشاعر قصيدته على المسرح.") == []


def test_title_used_as_an_adjective_starts_no_name():
    assert linked("وأشار إلى أن الحملة الإعلامية والتوعوية تهدف إلى حشد المواطنين.") == []


def test_person_ner_found_from_its_first_word_is_kept():
    assert linked("وقال الدكتور محمد الزعبي إن", [("محمد الزعبي", "PER")]) == [("per:محمد_الزعبي", "محمد الزعبي")]


def test_titled_names_file_reports_its_keys():
    with pytest.raises(TitledNamesError, match="name_titles"):
        build_titled_words({"not_names": []}, "x.yaml")


def test_person_inside_a_quoted_work_title_is_no_person():
    text = 'وهذه فكرة بدأت مع مسلسل "أولاد بو جاسم" قبل عشرين عاما.'
    assert linked(text, [("بو جاسم", "PER")]) == []


def test_person_in_quotes_after_a_speech_verb_is_kept():
    text = 'وقال "كيري" إن المحادثات مثمرة.'
    assert linked(text, [("كيري", "PER")]) == [("john_kerry", "كيري")]


def test_ethnic_group_is_no_actor():
    assert linked("وانتزع الأكراد السيطرة على البلدة.", [("الأكراد", "ORG")]) == []
