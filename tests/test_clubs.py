"""Sports clubs whose names are common words (pipeline/actors/clubs.py), and how linking uses them.

One construction per test, on hand-built Arabic sentences; no model.
"""
from __future__ import annotations

import pytest

from pipeline.arabic import normalize, tokenize
from pipeline.actors.clubs import ClubsError, build_club_words, club_spans, is_sport_article

from pipeline.actors import link_articles, load_registry

from .test_actors import actor_ids, linked, make_tagged

SPORT = "واصل لاعبو الفريق تمارينهم وركز المدرب على اللاعبين قبل المباراة. "


def spans(text: str, sport: bool) -> list[str]:
    tokens = text.split()
    return [" ".join(tokens[s:e]) for s, e in club_spans([normalize(t) for t in tokens], sport)]


def test_sport_article_needs_several_sport_words():
    assert is_sport_article(normalize(t.text) for t in tokenize(SPORT))
    assert not is_sport_article(normalize(t) for t in "أعلن النادي الأدبي برنامجه".split())
    # words that are also common elsewhere (aim, season, the rank, camp) do not count
    assert not is_sport_article(normalize(t) for t in "هدف الفريق في الموسم من المعسكر هدف".split())


def test_a_penalty_shootout_report_is_about_sport():
    # 2015-07-21: the Gold Cup report has few player words but «لكرة القدم» and «بركلات الترجيح»
    text = "تأهلت بنما على حساب ترينيداد بركلات الترجيح في الكأس الذهبية لكرة القدم وسجل اللاعب هدفا"
    assert is_sport_article(normalize(w) for w in text.split())


def test_a_national_federation_is_not_the_club_of_the_same_name():
    norms = [normalize(w) for w in "وأعلن رئيس الاتحاد الليبيري ترشحه".split()]
    assert club_spans(norms, sport=True) == []


def test_club_name_is_a_club_in_a_sport_article():
    assert spans("تعادل الهلال مع النصر", sport=True) == ["الهلال", "النصر"]


def test_club_name_is_a_common_word_outside_sport():
    assert spans("ظهر الهلال في السماء بعد النصر", sport=False) == []


def test_head_makes_a_club_in_any_article_and_takes_the_suffix():
    assert spans("المنطقة المطلة على نادي الخليج الرياضي", sport=False) == ["نادي الخليج الرياضي"]


def test_a_head_with_a_glued_preposition_makes_a_club_too():
    # 2015-07-31: «كشف … عبدالله الشيخي المتحدث الرسمي للنادي الأهلي», «الأمانة العامة للنادي الأهلي»:
    # NER tagged «الأهلي» alone, and it was dropped as the adjective "civil" («السلم الأهلي»)
    assert spans("المتحدث الرسمي للنادي الأهلي", sport=False) == ["للنادي الأهلي"]
    assert actor_ids("أعلنت الأمانة العامة للنادي الأهلي عن فتح باب الترشح.", [("الأهلي", "ORG")]) == ["org:الاهلي"]
    assert actor_ids("وتؤدي إلى الاحتراب الأهلي وسقوط الدولة.", [("الأهلي", "ORG")]) == []


def test_category_word_before_a_club_name_makes_it_a_category():
    assert spans("فاز منتخب الشباب بالكأس", sport=True) == []


def test_club_name_with_lam_is_the_club_with_ba_is_not():
    assert spans("يشجعه على اللعب للاتحاد", sport=True) == ["للاتحاد"]
    assert spans("بالتعاون مع الوزارة", sport=True) == []


def test_clubs_file_reports_its_keys():
    with pytest.raises(ClubsError, match="min_cues"):  # the message lists the keys
        build_club_words({"clubs": []}, "x.yaml")


def test_linking_a_club_in_a_sport_article():
    assert ("org:الهلال", "الهلال") in linked(SPORT + "وسيلاقي الهلال فريق النصر.")


def test_linking_headed_and_bare_club_to_one_node():
    ids = {actor for actor, _ in linked("زار أعضاء نادي الوحدة مقر النادي. وطالبوا الوحدة بالتجديد.")}
    assert ids == {"org:الوحده"}


def test_linking_keeps_a_registry_name_that_starts_with_a_club_name():
    assert [a for a, _ in linked(SPORT + "وقال الاتحاد الأوروبي إن")] == ["european_union"]


def test_linking_prefers_the_organisation_rule_to_a_club():
    ids = [a for a, _ in linked(SPORT + "وقرر الاتحاد الآسيوي لكرة القدم إيقاف اللاعب.")]
    assert ids == ["afc"]  # the registry's Asian Football Confederation, not the club «الاتحاد»


def test_linking_a_club_whose_name_is_also_a_role_word():
    # «الاتحاد» is a word of a registry role (… في الاتحاد الأوروبي); in sport it is the club.
    assert ("org:الاتحاد", "الاتحاد") in linked(SPORT + "وتناولت الصحف خبر تعاقد الاتحاد مع اللاعب.")


def test_a_place_with_a_masculine_nationality_in_sport_is_a_club():
    # actor dev part 8 (2015-07-22): places are feminine («مدينة أزميت التركية»); «أزميت التركي» is the club
    found = linked(SPORT + "وفاز الكويت الكويتي على أزميت التركي بهدفين.", [("الكويت", "LOC"), ("أزميت", "LOC")])
    assert ("org:الكويت_الكويتي", "الكويت الكويتي") in found and ("org:ازميت_التركي", "أزميت التركي") in found
    assert not any(a == "kuwait" for a, _ in found)
    # the city, outside sport or feminine, stays a place
    assert actor_ids("وزار الوزير أزميت التركية أمس.", [("أزميت", "LOC")]) == ["loc:ازميت"]
    assert "org:الكويت_الكويتي" not in actor_ids("وفاز الكويت الكويتي بهدفين.", [("الكويت", "LOC")])


def test_linking_a_club_with_lam_names_the_bare_club():
    assert ("org:شالكه", "لشالكة") in linked(SPORT + "ويلعب اللاعب لشالكة الألماني.")


# ------------------------------------------------------------------ NER's own club tags outside sport


def test_ner_club_word_outside_sport_is_the_common_noun():
    # 2015-07-26 (alwatan, a column on Aden): «على موعد قريب مع النصر المحقق» is victory
    text = "وإننا على موعد قريب مع النصر المحقق والمبين لكامل وطننا."
    assert actor_ids(text, [("النصر", "ORG")]) == []


def test_ner_club_after_club_head_or_beside_another_club_stays():
    assert actor_ids("زار أعضاء نادي النصر المستشفى.", [("النصر", "ORG")]) == ["org:النصر"]
    # a column about two clubs with few sport words (2015-07-27, okaz)
    text = "أطالب كل الأهلاويين بالوقوف مع الأهلي، ولا أنسى الهلال."
    assert actor_ids(text, [("الأهلي", "ORG"), ("الهلال", "ORG")]) == ["org:الاهلي", "org:الهلال"]


def test_definite_club_head_makes_a_club_in_any_article():
    # 2015-08-01 (aljazirah): «إدارة النادي الأهلي» in a transfer report with too few sport cues
    assert spans("وكانت إدارة النادي الأهلي قد أعلنت التعاقد", sport=False) == ["النادي الأهلي"]
    assert spans("أعلن النادي الأدبي برنامجه", sport=False) == []  # no club name after it


def test_ner_club_after_definite_club_head_stays_and_joins_the_bare_club():
    ids = actor_ids("وكانت إدارة النادي الأهلي قد أعلنت التعاقد مع اللاعب.", [("الأهلي", "ORG")])
    assert ids == ["org:الاهلي"]


def test_club_with_a_two_letter_first_word_after_lam():
    assert spans("كان يلعب لأي سي ميلان الإيطالي", sport=True) == ["لأي سي ميلان"]


def test_listed_club_name_replaces_ner_organisation_cut_inside_it():
    # 2015-08-01 dev: NER tagged «سي ميلان» of «لأي سي ميلان»
    text = SPORT + "وكان اللاعب يلعب لأي سي ميلان بخمسة ملايين يورو."
    assert actor_ids(text, [("سي ميلان", "ORG")]) == ["org:اي_سي_ميلان"]


def test_a_club_seen_only_after_lam_is_labelled_without_it():
    # 2015-08-01 dev: the node read «لأي سي ميلان», a form no reader writes
    text = SPORT + "وكان اللاعب يلعب لأي سي ميلان بخمسة ملايين يورو."
    result = link_articles([make_tagged(text, [("سي ميلان", "ORG")])], load_registry())
    assert result.actors["org:اي_سي_ميلان"].label == "أي سي ميلان"


def test_a_stadium_is_a_sport_cue():
    # 2015-07-24: «… مباراة الهلال والسد … على ملعب …»; 2015-07-31 futsal round «على صالة ملعب الأمير نايف»
    text = "يلعب الهلال مع السد على ملعب الملك فهد بحضور المدرب قبل انطلاق الدوري وبعد الملعب الآخر"
    assert is_sport_article(normalize(w) for w in text.split())
    assert not is_sport_article(normalize(w) for w in "أعلنت الوزارة بناء ملعب جديد في المدينة".split())


def test_a_friendly_match_report_with_halves_is_about_sport():
    # 2015-07-25: «حقق الفريق الكروي الأول بالنادي الأهلي فوزاً ساحقاً … وبين شوطي اللقاء أدخل جروس كل من»
    text = (
        "حقق الفريق الكروي الأول بالنادي الأهلي فوزاً ساحقاً في أولى لقاءاته الودية. وخاض المدير الفني "
        "اللقاء بتشكيلتين، حيث شارك في الشوط الأول أسامة هوساوي. وبين شوطي اللقاء أدخل جروس أحمد الرحيلي. "
        "وسجل أهداف الأهلي على مجريات شوطي اللقاء إسلام سراج. وفضّل الجهاز الفني إراحة اللاعبين عن اللقاء."
    )
    assert is_sport_article(normalize(t.text) for t in tokenize(text))
    # «الكروي» alone does not count: «الوسط الكروي» in a column on the federation (actor dev part 2)
    assert not is_sport_article(normalize(t) for t in "يظل النظام حجر الزاوية في أي تنظيم كروي والوسط الكروي يترقب".split())


def test_a_federation_of_another_ball_game_is_not_the_football_federation():
    # a 2015-08-06 slice: «الاتحاد السعودي للكرة الطائرة» had matched the football federation's
    # alias «الاتحاد السعودي للكرة»
    text = "وقع الاتحاد السعودي للكرة الطائرة عقد رعاية مع شركة خبراء طيبة المحدودة لرعاية انشطة الاتحاد."
    assert actor_ids(text, [], date="2015-08-06")[0] == "saudi_volleyball_federation"
    assert actor_ids("وأعلن الاتحاد السعودي للكرة أمس جدول الدوري.", [], date="2015-08-06") == ["saff"]
    # another country's volleyball federation is no football federation either
    assert "saff" not in actor_ids("وأعلن اتحاد الكرة الطائرة الإيراني أمس جدول الدوري.", [], date="2015-08-06")


def _in_a_saudi_paper(text: str, ner=()) -> list[tuple[str, str]]:
    from dataclasses import replace

    tagged = make_tagged(text, ner)
    tagged = replace(tagged, article=replace(tagged.article, source="okaz"))
    result = link_articles([tagged], load_registry())
    return [(lm.actor_id, lm.mention.text) for lm in result.mentions]


def test_a_club_with_another_country_s_adjective_is_that_country_s_club():
    # 2015-07-31 actor dev part 4: «يذكر أن النصر سيلاقي … فريق السد القطري، ثم يواجه النصر الإماراتي»
    text = SPORT + "يذكر أن النصر سيلاقي بعد غد فريق السد القطري، ثم يواجه النصر الإماراتي الخميس."
    ids = {actor for actor, _ in _in_a_saudi_paper(text)}
    assert {"org:النصر", "org:النصر_الاماراتي"} <= ids
    # the outlet's own country's adjective adds nothing: «الهلال السعودي» in a Saudi paper is «الهلال»
    text = SPORT + "وفاز الهلال على الشباب، وقال مدرب الهلال السعودي إن فريقه جاهز."
    assert {actor for actor, _ in _in_a_saudi_paper(text) if "الهلال" in actor} == {"org:الهلال"}


def test_a_foreign_club_with_its_country_s_adjective_is_still_one_node():
    # «ريال مدريد» names one club: its adjective parts it from no other
    text = SPORT + "وانتقل اللاعب إلى ريال مدريد الإسباني، وقال إن ريال مدريد أكبر ناد."
    ner = [("ريال مدريد الإسباني", "ORG"), ("ريال مدريد", "ORG")]
    assert {actor for actor, _ in _in_a_saudi_paper(text, ner)} == {"org:ريال_مدريد"}


def test_a_club_named_only_with_its_head_is_labelled_as_written():
    # a 2015-08-06 slice: «وقعت إدارة نادي النهضة مع المدربين …» labelled «النهضه», the normalised id
    result = link_articles([make_tagged("وقعت إدارة نادي النهضة مع المدرب علي القرني.", [("علي القرني", "PER")])], load_registry())
    assert result.actors["org:النهضه"].label == "النهضة"
