"""An organisation's short and long forms within one article (pipeline/actors/org_forms.py).

One construction per test: the pure rule on hand-written ids, then linking on hand-built
articles with their NER tags; the must-not-merge cases alongside.
"""
from __future__ import annotations

from pipeline.actors import link_articles, load_registry
from pipeline.actors.org_forms import org_form_redirects

from .test_actors import linked, make_tagged

SAUDI = frozenset({"السعوديه", "الامريكيه", "الروسيه", "السوري", "الاسباني"})


def redirects(*ids: str) -> dict[str, str]:
    return org_form_redirects(set(ids), SAUDI)


# ------------------------------------------------------------------ forms that are one body


def test_name_without_its_head_noun_joins_the_full_name():
    assert redirects("org:الشركه_القابضه_للكيماويات", "org:القابضه_للكيماويات") == {
        "org:القابضه_للكيماويات": "org:الشركه_القابضه_للكيماويات"
    }


def test_name_with_a_country_adjective_joins_the_bare_name():
    # The bare name is what other articles call it: the node keeps it.
    assert redirects("org:سابك", "org:سابك_السعوديه") == {"org:سابك_السعوديه": "org:سابك"}


def test_a_hospital_without_its_general_joins_the_full_name():
    # actor dev parts 5 and 7: «مستشفى العقيق» and «مستشفى العقيق العام» were two nodes
    assert set(redirects("org:مستشفي_العقيق", "org:مستشفي_العقيق_العام").items()) in (
        {("org:مستشفي_العقيق", "org:مستشفي_العقيق_العام")}, {("org:مستشفي_العقيق_العام", "org:مستشفي_العقيق")}
    )


def test_a_place_with_and_without_its_region_word_is_one_body():
    # actor dev part 8: «بالباحة» and «بمنطقة الباحة» were two directorates
    found = redirects("org:الاداره_العامه_للطرق_والنقل_بالباحه", "org:الاداره_العامه_للطرق_والنقل_بمنطقه_الباحه")
    assert len(found) == 1


def test_an_affairs_directorate_with_and_without_its_head_is_one_body():
    # 2015-07-25 actor dev part 8: «المديرية العامة للشؤون الصحية بمنطقة مكة المكرمة» and «الشؤون الصحية …»
    found = redirects("org:المديريه_العامه_للشؤون_الصحيه_بمنطقه_مكه_المكرمه", "org:الشؤون_الصحيه_بمنطقه_مكه_المكرمه")
    assert len(found) == 1


def test_a_secretariat_is_not_the_body_it_serves():
    assert redirects("org:الامانه_العامه_للجامعه_العربيه", "org:الجامعه_العربيه") == {}


def test_two_hospitals_of_one_place_stay_apart():
    assert redirects("org:مستشفي_العقيق_العام", "org:مستشفي_الملك_فهد_العام") == {}


def test_name_without_its_lam_complement_joins_the_full_name():
    assert redirects("org:اللجنه_العليا", "org:اللجنه_العليا_للاغاثه") == {
        "org:اللجنه_العليا": "org:اللجنه_العليا_للاغاثه"
    }


def test_head_name_with_a_country_adjective_keeps_the_country_form():
    # Many countries have «البنك المركزي»: the node takes the article's own country.
    text = "أعلن البنك المركزي أمس. وقال البنك المركزي اليمني إن الريال مستقر."
    ner = [("البنك المركزي", "ORG"), ("البنك المركزي اليمني", "ORG")]
    assert {actor for actor, _ in linked(text, ner)} == {"org:البنك_المركزي_اليمني"}


def test_three_forms_of_one_name_are_one_node():
    out = redirects("org:وزاره_الصحه", "org:الصحه_السعوديه", "org:وزاره_الصحه_السعوديه")
    assert out == {"org:الصحه_السعوديه": "org:وزاره_الصحه_السعوديه", "org:وزاره_الصحه": "org:وزاره_الصحه_السعوديه"}


# ------------------------------------------------------------------ forms that are not


def test_two_bodies_sharing_a_head_stay_apart():
    assert redirects("org:وزاره_الصحه", "org:وزاره_التعليم") == {}


def test_short_form_of_two_countries_bodies_stays_apart():
    # «وزارة الخارجية» could be either ministry: nothing merges.
    assert redirects("org:وزاره_الخارجيه", "org:وزاره_الخارجيه_الامريكيه", "org:وزاره_الخارجيه_الروسيه") == {}


def test_another_adjective_makes_another_body():
    # «الجيش الوطني» / «الجيش الوطني الحر»: an adjective that is no country's is part of the name.
    assert redirects("org:حزب_الشعب", "org:حزب_الشعب_الجمهوري") == {}


def test_a_head_alone_is_no_short_form():
    assert redirects("org:الوزاره", "org:وزاره_الصحه") == {}


def test_a_head_and_a_country_adjective_are_no_short_form():
    assert redirects("org:الجيش_السوري", "org:الجيش_السوري_الحر") == {}


def test_a_person_never_joins_an_organisation():
    assert redirects("per:سابك", "org:سابك_السعوديه") == {}


def test_a_prefix_followed_by_another_word_is_no_short_form():
    # Only a «لـ» complement extends a name; «بمرافقة» (accompanied by) is NER over-reach.
    assert redirects("org:مستشفي_الملك_خالد", "org:مستشفي_الملك_خالد_بمرافقه") == {}


# ------------------------------------------------------------------ linking


def test_linking_joins_the_short_form_given_after_the_full_name():
    text = "وقعت الشركة القابضة للكيماويات عقدا. وقالت القابضة للكيماويات إن العقد كبير."
    ner = [("الشركة القابضة للكيماويات", "ORG"), ("القابضة للكيماويات", "ORG")]
    ids = {actor for actor, _ in linked(text, ner)}
    assert ids == {"org:الشركه_القابضه_للكيماويات"}


def test_linking_joins_a_country_form_given_before_the_bare_name():
    # (not SABIC itself, a registry company since 2015-07-23's market reports; nor SAFCO, one since
    # the thirty-first session)
    text = "أعلنت كيمانول السعودية أرباحها. وقالت كيمانول إن الأرباح زادت."
    ids = {actor for actor, _ in linked(text, [("كيمانول السعودية", "ORG"), ("كيمانول", "ORG")])}
    assert ids == {"org:كيمانول"}


def test_linking_keeps_forms_in_different_articles_apart():
    first = make_tagged("أعلنت كيمانول السعودية أرباحها.", [("كيمانول السعودية", "ORG")], article_id="a")
    second = make_tagged("وقالت كيمانول إن الأرباح زادت.", [("كيمانول", "ORG")], article_id="b")
    result = link_articles([first, second], load_registry())
    assert {"org:كيمانول", "org:كيمانول_السعوديه"} <= set(result.actors)


def test_a_proper_name_keeps_its_bare_form_over_a_headed_one():
    # «برشلونة» is what other articles call the club; «نادي برشلونة الإسباني» joins it.
    assert redirects("org:برشلونه", "org:نادي_برشلونه_الاسباني") == {"org:نادي_برشلونه_الاسباني": "org:برشلونه"}


def test_a_name_of_several_words_keeps_its_bare_form_over_a_headed_one():
    out = redirects("org:هيومن_رايتس_ووتش", "org:منظمه_هيومن_رايتس_ووتش")
    assert out == {"org:منظمه_هيومن_رايتس_ووتش": "org:هيومن_رايتس_ووتش"}


def test_a_word_that_starts_with_lam_is_no_complement():
    assert redirects("org:سي", "org:سي_لينك") == {}


def test_one_definite_word_is_no_short_form_of_a_headed_name():
    # «التعاون» is cooperation as often as «منظمة التعاون الإسلامي».
    assert redirects("org:التعاون", "org:منظمه_التعاون_الاسلامي") == {}


def test_of_two_proper_forms_the_shorter_is_the_node():
    out = redirects("org:بدرخان", "org:بدرخان_للثقافه_والفنون")
    assert out == {"org:بدرخان_للثقافه_والفنون": "org:بدرخان"}


# ------------------------------------------------------------------ the other name in brackets


def test_name_in_brackets_after_an_organisation_is_the_same_body():
    text = "في ظل حكم ائتلاف اليسار (سيريزا) تعطلت الخطة. وقال سيريزا إن الخطة مستمرة."
    ner = [("ائتلاف اليسار", "ORG"), ("سيريزا", "ORG"), ("سيريزا", "ORG")]
    assert {actor for actor, _ in linked(text, ner)} == {"org:سيريزا"}


def test_name_in_quotes_after_a_definite_adjective_is_the_same_body():
    text = "هاجم الجيش جماعة القوات المسلحة الثورية الكولومبية المتمردة «فارك» أمس."
    ner = [("جماعة القوات المسلحة الثورية الكولومبية", "ORG"), ("فارك", "ORG")]
    assert {actor for actor, _ in linked(text, ner)} == {"org:فارك"}


def test_short_name_in_brackets_after_a_registry_organisation_is_that_actor():
    text = "حذرت منظمة الأمم المتحدة للأغذية والزراعة (الفاو) من نقص الغذاء. وقالت الفاو إن الأسعار سترتفع."
    ner = [("الفاو", "ORG"), ("الفاو", "ORG")]
    assert {actor for actor, _ in linked(text, ner)} == {"fao"}


def test_a_registry_body_in_quotes_after_words_that_name_no_body_stays_itself():
    # 2015-07-31: NER took «الأكراد سيقاتلون» ("the Kurds will fight") for a body, and every
    # «داعش» of the article had become that node
    text = "لأن الأكراد سيقاتلون «داعش» والقوات التركية. وهاجم داعش المدينة."
    ner = [("الأكراد سيقاتلون", "ORG"), ("داعش", "ORG"), ("داعش", "ORG")]
    ids = [actor for actor, _ in linked(text, ner)]
    assert ids.count("isis") == 2


def test_a_registry_body_in_quotes_after_a_headed_name_is_that_body():
    text = "وأعلنت جماعة أنصار بيت المقدس «داعش» مسؤوليتها. وقال داعش إنه سيواصل."
    ner = [("جماعة أنصار بيت المقدس", "ORG"), ("داعش", "ORG"), ("داعش", "ORG")]
    assert {actor for actor, _ in linked(text, ner)} == {"isis"}


def test_a_short_name_in_brackets_after_a_registry_person_stays_apart():
    text = "وقال الرئيس باراك أوباما (البيت) إن الخطة مستمرة."
    ids = {actor for actor, _ in linked(text, [("البيت", "ORG")])}
    assert ids == {"barack_obama", "org:البيت"}


def test_unesco_is_not_the_united_nations():
    text = "وأعلنت منظمة الأمم المتحدة للتربية والعلوم والثقافة (يونيسكو) إدراج الموقع."
    assert {actor for actor, _ in linked(text, [("يونيسكو", "ORG")])} == {"unesco"}


def test_uefa_is_not_the_european_union():
    text = 'وقال ميشيل بلاتيني رئيس الاتحاد الأوروبي لكرة القدم "يويفا" إن الخطة مستمرة.'
    ids = {actor for actor, _ in linked(text, [("ميشيل بلاتيني", "PER"), ("يويفا", "ORG")])}
    assert ids == {"michel_platini", "uefa"}


def test_name_in_brackets_after_a_person_stays_apart():
    text = "وقال أحمد علي (سيريزا) إن الخطة مستمرة."
    ids = {actor for actor, _ in linked(text, [("أحمد علي", "PER"), ("سيريزا", "ORG")])}
    assert ids == {"per:احمد_علي", "org:سيريزا"}


def test_one_name_in_brackets_after_two_bodies_joins_neither():
    text = "انتقد حزب الشعب (الائتلاف) الخطة. ورد حزب العمل (الائتلاف) عليه."
    ner = [("حزب الشعب", "ORG"), ("الائتلاف", "ORG"), ("حزب العمل", "ORG"), ("الائتلاف", "ORG")]
    ids = {actor for actor, _ in linked(text, ner)}
    assert {"org:حزب_الشعب", "org:حزب_العمل"} <= ids


def test_description_in_brackets_joins_the_name_before_it():
    # «البنك المركزي» is many countries' bank: the proper name keeps the node.
    text = "رفع مجلس الاحتياطي الاتحادي (البنك المركزي) سعر الفائدة."
    ner = [("مجلس الاحتياطي الاتحادي", "ORG"), ("البنك المركزي", "ORG")]
    assert {actor for actor, _ in linked(text, ner)} == {"org:مجلس_الاحتياطي_الاتحادي"}


def test_a_known_outlet_is_the_short_form_of_its_newspaper():
    assert redirects("org:الجزيره", "org:صحيفه_الجزيره") == {"org:الجزيره": "org:صحيفه_الجزيره"}


def test_an_outlet_of_two_media_stays_apart():
    # «الجزيرة» could be the channel or the newspaper.
    assert redirects("org:الجزيره", "org:صحيفه_الجزيره", "org:قناه_الجزيره") == {}


def test_a_two_word_proper_name_and_its_last_word_are_one_body_under_the_full_name():
    # 2015-08-01 dev3: «مانشستر يونايتد» and «يونايتد» were two nodes of one article
    assert org_form_redirects({"org:مانشستر_يونايتد", "org:يونايتد"}) == {"org:يونايتد": "org:مانشستر_يونايتد"}


def test_a_last_word_shared_by_two_names_joins_neither():
    assert org_form_redirects({"org:مانشستر_يونايتد", "org:نيوكاسل_يونايتد", "org:يونايتد"}) == {}


def test_an_acronym_in_quotes_that_ner_took_for_a_person_is_the_organisation():
    # 2015-07-22: «وكرم الاتحاد الدولي للسيارات «فيا» بيانكي» had FIA honour a person «فيا»
    text = "وكرم الاتحاد الدولي للسيارات «فيا» بيانكي بسحب رقم 17 من بطولة العالم."
    ids = {actor for actor, _ in linked(text, [("الاتحاد الدولي للسيارات", "ORG"), ("فيا", "PER")])}
    assert ids == {"org:الاتحاد_الدولي_للسيارات"}


def test_a_quote_that_closes_one_name_opens_no_other():
    # 2015-07-23: «… وشركة بترول أبوظبي الوطنية للتوزيع "أدنوك للتوزيع" وشركة بترول الإمارات الوطنية "أينوك".»
    # ADNOC Distribution and ENOC are two companies; the quote after the first short name closes it
    text = 'وشركة بترول أبوظبي الوطنية للتوزيع "أدنوك للتوزيع" وشركة بترول الإمارات الوطنية "أينوك". وقال المسؤول إن الأسعار سترتفع.'
    ner = [
        ("بترول أبوظبي الوطنية للتوزيع", "ORG"), ("أدنوك للتوزيع", "ORG"),
        ("وشركة بترول الإمارات الوطنية", "ORG"), ("أينوك", "ORG"),
    ]
    got = [actor for actor, _ in linked(text, ner)]
    assert got == ["org:ادنوك_للتوزيع", "org:ادنوك_للتوزيع", "org:اينوك", "org:اينوك"]
