"""A bare «ال + head» for the one organisation the article named before with that head (pipeline/actors/anaphora.py)."""
from __future__ import annotations

import pytest

from pipeline.actors import link_articles, load_registry
from pipeline.actors.anaphora import AnaphorError, build_anaphor_words
from pipeline.relations import extract_relations

from .test_actors import linked, make_tagged

DAY = "2015-07-22"

INSTITUTE = (
    "وقع معهد الإدارة العامة اتفاقية مع جامعة الجوف. "
    "وأوضح مدير عام المعهد الدكتور أحمد الشعيبي أن المعهد وقع اتفاقيات تعاون مع جامعة حائل."
)


def test_the_bare_head_is_the_one_body_named_before():
    # 2015-07-22 relation dev: «أن المعهد … وقع اتفاقيات تعاون» is «معهد الإدارة العامة»
    found = linked(INSTITUTE, [("أحمد الشعيبي", "PER")], DAY)
    assert ("org:معهد_الاداره_العامه", "المعهد") in found


def test_the_head_after_an_official_is_left_to_the_official():
    # «مدير عام المعهد» is the director's title: only the second «المعهد» points back
    found = linked(INSTITUTE, [("أحمد الشعيبي", "PER")], DAY)
    assert [text for actor, text in found if actor == "org:معهد_الاداره_العامه"] == ["معهد الإدارة العامة", "المعهد"]


def test_two_bodies_with_the_head_leave_it_alone():
    text = "التقى وزير الصحة مسؤولي وزارة الصحة ووزارة التعليم. وقالت الوزارة إن البرنامج يبدأ غدا."
    assert "الوزارة" not in [t for _, t in linked(text, [], DAY)]


def test_a_body_named_after_it_is_not_an_antecedent():
    text = "وقالت الوزارة إن البرنامج يبدأ غدا. وأعلنت وزارة الصحة البرنامج."
    assert "الوزارة" not in [t for _, t in linked(text, [], DAY)]


def test_a_definite_word_after_the_head_must_be_the_body_s_own():
    # a 2015-07-31 slice: «والهيئة العليا لتطوير مدينة الرياض» after «الهيئة العامة للسياحة»
    text = (
        "نظمت الهيئة العامة للسياحة والتراث الوطني دورة بالتعاون مع الهيئة العليا لتطوير مدينة الرياض. "
        "وقالت الهيئة العامة إن الدورة نجحت."
    )
    found = linked(text, [], DAY)
    assert [t for a, t in found if a == "org:الهيئه_العامه_للسياحه_والتراث_الوطني"] == [
        "الهيئة العامة للسياحة والتراث الوطني", "الهيئة العامة"
    ]


def test_another_lam_complement_makes_another_body():
    # a 2015-07-26 slice: «تأسيس الجمعية التعاونية لمنسوبي أمانة …» after «الجمعية التعاونية للتدريب …»
    text = (
        "نظمت الجمعية التعاونية للتدريب والدراسات دورة. "
        "وشكر الأمين جهود تأسيس الجمعية التعاونية لمنسوبي أمانة منطقة المدينة المنورة."
    )
    found = linked(text, [], DAY)
    assert [t for a, t in found if a == "org:الجمعيه_التعاونيه_للتدريب_والدراسات"] == ["الجمعية التعاونية للتدريب والدراسات"]


def test_a_demonstrative_points_at_what_the_sentence_just_named():
    text = "وقال رئيس هيئة السياحة إن الموسم جيد. وكنا في هيئة دبي للثقافة على هامش شراكة مع هذه الهيئة."
    assert "الهيئة" not in [t for _, t in linked(text, [], DAY)]


def test_the_anaphor_is_no_alias_of_the_actor():
    result = link_articles([make_tagged(INSTITUTE, [("أحمد الشعيبي", "PER")], DAY)], load_registry())
    actor = result.actors["org:معهد_الاداره_العامه"]
    assert "المعهد" not in actor.aliases and actor.label == "معهد الإدارة العامة"
    assert [lm.via for lm in result.mentions if lm.mention.text == "المعهد"] == ["anaphor"]


def test_the_anaphor_takes_part_in_a_relation():
    # a 2015-07-31 slice: «شنت القوات الجوية التركية سلسلة غارات جديدة ضد مواقع الحزب المحظور»
    text = (
        "تتركز الحملة العسكرية التركية على حزب العمال الكردستاني. "
        "وشنت تركيا سلسلة غارات جديدة ضد مواقع الحزب المحظور."
    )
    tagged = make_tagged(text, [("تركيا", "LOC")], "2015-07-31")
    result = link_articles([tagged], load_registry())
    relations = extract_relations(tagged, result.mentions)
    typed = {(r.type, r.source, r.target) for r in relations if r.type != "CO_MENTION"}
    assert ("ATTACK", "turkey", "pkk") in typed


def test_the_word_file_names_a_missing_key():
    with pytest.raises(AnaphorError, match="demonstratives"):
        build_anaphor_words({"heads": ["وزارة"], "not_after": []})
