"""Organisation names read off head nouns (pipeline/actors/org_names.py), and how linking uses them.

One construction per test, on hand-built Arabic sentences; no model.
"""
from __future__ import annotations

import pytest

from pipeline.actors import load_registry
from pipeline.actors.names import name_readings, normalize_token
from pipeline.actors.org_names import OrgNamesError, build_org_words, org_phrase_spans, quoted_outlets

from .test_actors import linked


def phrases(text: str, names: dict[int, int] | None = None) -> list[str]:
    """The organisation names found in a whitespace-tokenised sentence."""
    tokens = text.split()
    registry = load_registry()
    spans = org_phrase_spans(
        [normalize_token(t) for t in tokens], [name_readings(t) for t in tokens], names or {},
        registry.title_words, registry.demonyms,
    )
    return [" ".join(tokens[s:e]) for s, e in spans]


# ------------------------------------------------------------------ construct heads


def test_construct_head_takes_the_definite_noun_after_it():
    assert phrases("أعلنت وزارة الاستثمار أمس عن خطة") == ["وزارة الاستثمار"]


def test_construct_head_takes_nisba_adjectives_after_its_noun():
    assert phrases("وكان مجلس الوزراء السعودي قد وافق") == ["مجلس الوزراء السعودي"]


def test_construct_head_takes_listed_adjectives():
    assert phrases("بالشراكة مع صندوق الاستثمارات العامة في المشروع") == ["صندوق الاستثمارات العامة"]


def test_construct_head_with_a_clitic():
    assert phrases("وقدم الطلب لوزارة التعليم العالي") == ["لوزارة التعليم العالي"]


def test_construct_chain_of_nouns_ending_in_a_definite_one():
    assert phrases("وأكدت هيئة كبار العلماء أن") == ["هيئة كبار العلماء"]


def test_construct_head_before_a_place_takes_the_place():
    # «أبوظبي» is a place the caller found (NER or registry): token 2.
    assert phrases("رغبة قناة أبوظبي الرياضية بنقل المباريات", names={2: 3}) == ["قناة أبوظبي الرياضية"]


def test_construct_head_takes_coordinated_definite_nouns():
    assert phrases("بالتعاون مع هيئة السياحة والآثار في") == ["هيئة السياحة والآثار"]


def test_definite_object_after_the_name_is_not_part_of_it():
    # VSO order: the verb's definite object follows the subject; it is no adjective.
    assert phrases("وناقشت وزارة الداخلية الخطة الأمنية") == ["وزارة الداخلية"]


def test_generic_complement_is_no_name():
    assert phrases("وقال رئيس مجلس الإدارة إن") == []
    assert phrases("وتواصل مع إدارة النادي أمس") == []


def test_verb_after_a_head_is_no_name():
    assert phrases("وقالت إن هيئة تضم الخبراء ستعقد") == []


def test_title_after_a_head_is_left_to_the_people_rule():
    # «جامعة الملك سعود» is named after a person: pipeline.actors.link handles it.
    assert phrases("في جامعة الملك سعود بالرياض") == []


def test_time_noun_before_a_time_adjective_is_cut():
    assert phrases("وجهت وزارة التعليم العام الماضي تعميما") == ["وزارة التعليم"]


def test_lam_complement_right_after_a_construct_name_is_not_taken():
    assert phrases("ووجهت وزارة التعليم للمدارس تعميما") == ["وزارة التعليم"]


# ------------------------------------------------------------------ definite heads


def test_definite_head_with_a_lam_complement():
    assert phrases("وأعلنت اللجنة العامة للانتخابات البلدية اكتمال الاستعدادات") == ["اللجنة العامة للانتخابات البلدية"]


def test_definite_head_with_a_lam_chain():
    assert phrases("قال المرصد السوري لحقوق الإنسان إن") == ["المرصد السوري لحقوق الإنسان"]


def test_definite_head_with_a_region_adjective():
    assert phrases("وكانت المفوضية الأوروبية أعلنت") == ["المفوضية الأوروبية"]


def test_definite_head_with_one_plain_adjective_is_a_description():
    assert phrases("وناقشت اللجنة التنظيمية الخطة") == []
    assert phrases("وقررت الإدارة الجديدة") == []


def test_definite_head_without_lam_complement_takes_no_lam_word():
    # «دعت الوزارة للتحقيق»: no adjective before the ل, so no name.
    assert phrases("ودعت الهيئة للتحقيق في الحادث") == []


def test_place_closes_a_lam_complement():
    names = {7: 8}  # «سوريا»
    text = "وتواصل الحملة الوطنية السعودية لنصرة الأشقاء في سوريا تنفيذ"
    assert phrases(text, names) == ["الحملة الوطنية السعودية لنصرة الأشقاء في سوريا"]


def test_club_with_a_country_adjective_is_a_description():
    assert phrases("تواصل مع مسؤولي النادي السعودي") == []


# ------------------------------------------------------------------ demonym heads


def test_government_with_a_country_adjective():
    assert phrases("تستعد الحكومة المصرية لبدء جولة") == ["الحكومة المصرية"]


def test_army_with_a_country_adjective():
    assert phrases("وتقدم الجيش العراقي نحو الرمادي") == ["الجيش العراقي"]


def test_government_with_a_plain_adjective_is_a_description():
    assert phrases("لعودة الحكومة الشرعية إلى عدن") == []


# ------------------------------------------------------------------ outlets in quotes


def test_outlet_between_quotes_after_a_citing_word():
    tokens = ["وقال", "لـ", '"', "الوطن", '"', "أمس"]
    assert quoted_outlets([normalize_token(t) for t in tokens], [name_readings(t) for t in tokens]) == [(3, 4)]


def test_outlet_name_without_quotes_is_a_common_word():
    tokens = ["حب", "الوطن", "واجب"]
    assert quoted_outlets([normalize_token(t) for t in tokens], [name_readings(t) for t in tokens]) == []


# ------------------------------------------------------------------ data file


def test_org_names_file_reports_a_missing_key():
    with pytest.raises(OrgNamesError, match="construct_heads"):
        build_org_words({"definite_heads": []}, "x.yaml")


# ------------------------------------------------------------------ linking


def test_linking_adds_an_organisation_ner_missed():
    assert linked("وأعلنت وزارة الاستثمار أمس خطة جديدة.") == [("org:وزاره_الاستثمار", "وزارة الاستثمار")]


def test_linking_extends_an_organisation_ner_cut_short():
    text = "وطلب الوزير مساعدة صندوق النقد الدولي رسميا."
    assert linked(text, [("النقد الدولي", "ORG")]) == [("org:صندوق_النقد_الدولي", "صندوق النقد الدولي")]


def test_linking_replaces_a_place_inside_an_organisation_name():
    text = "أكدت مصادر رغبة قناة أبوظبي الرياضية بنقل المباريات."
    assert linked(text, [("أبوظبي", "LOC")]) == [("org:قناه_ابوظبي_الرياضيه", "قناة أبوظبي الرياضية")]


def test_linking_replaces_a_registry_place_used_as_an_adjective():
    # «السعودية» is a registry country; inside the channel's name it is an adjective.
    text = "نفت مصادر مقربة من القناة الرياضية السعودية الأنباء."
    assert linked(text) == [("org:القناه_الرياضيه_السعوديه", "القناة الرياضية السعودية")]


def test_linking_keeps_an_ner_company_name_after_its_head():
    # «شركة كيمانول»: NER's own name stays the actor, the head is not glued on (the example was
    # «شركة سافكو» until SAFCO joined the registry in the thirty-first session).
    assert linked("وقال إن شركة كيمانول حققت أرباحا.", [("كيمانول", "ORG")]) == [("org:كيمانول", "كيمانول")]


def test_linking_keeps_a_registry_organisation():
    assert linked("وقالت وزارة الدفاع الأمريكية إن") == [("pentagon", "وزارة الدفاع الأمريكية")]


def test_linking_leaves_a_person_inside_a_head_phrase_alone():
    text = "وقال رئيس هيئة الأركان محمد علي إن"
    assert ("per:محمد_علي", "محمد علي") in linked(text, [("محمد علي", "PER")])


def test_linking_reads_a_quoted_outlet_in_a_sentence_ner_left_empty():
    assert linked('وقالت لـ"الوطن" أمس إنها بخير.') == [("org:الوطن", "الوطن")]


def test_linking_reads_a_quoted_demonym_as_the_agency():
    assert linked('وبحسب "الفرنسية"، فقد ذكر المصدر.') == [("org:الفرنسيه", "الفرنسية")]


def test_linking_cuts_a_phrase_before_a_registry_name_it_would_swallow():
    text = "أي البنك المركزي الأوروبي وصندوق النقد الدولي والاتحاد الأوروبي."
    ids = [actor for actor, _ in linked(text)]
    assert ids == ["org:البنك_المركزي_الاوروبي", "org:صندوق_النقد_الدولي", "european_union"]


def test_coordinated_second_body_is_not_part_of_the_first():
    assert phrases("وقالت المفوضية الأوروبية والبنك المركزي الأوروبي إن") == [
        "المفوضية الأوروبية", "والبنك المركزي الأوروبي"
    ]


def test_company_with_only_a_country_adjective_is_a_description():
    assert phrases("وقالت الشركة اليابانية إن") == []
    assert phrases("وأعلنت الشركة السعودية للكهرباء أمس") == ["الشركة السعودية للكهرباء"]


def test_quoted_word_without_a_citing_word_is_no_outlet():
    # «تحرضهم على «الثورة»»: the revolution, not the Syrian daily.
    tokens = ["فتحرضهم", "على", "«", "الثورة", "»"]
    assert quoted_outlets([normalize_token(t) for t in tokens], [name_readings(t) for t in tokens]) == []


def test_name_head_before_a_place():
    assert phrases("وقال رئيس غرفة جدة إن", names={3: 4}) == ["غرفة جدة"]


def test_name_head_before_a_common_noun_is_no_name():
    assert phrases("اجتمعوا في غرفة العمليات أمس") == []


def test_forces_with_their_own_complement():
    assert phrases("استهدف الهجوم قوات الطوارئ الخاصة في عسير") == ["قوات الطوارئ الخاصة"]


def test_forces_without_an_adjective_are_described():
    assert phrases("وقالت قوات الأمن إن") == []
    assert phrases("وهاجمت قوات المرتزقة القرية") == []


def test_group_head_with_a_construct_chain():
    assert phrases("وقالت جماعة أنصار الشريعة إن") == ["جماعة أنصار الشريعة"]


def test_registry_spelling_of_militia_with_one_ya_is_the_houthis():
    assert linked("وقصفت مليشيات الحوثي الأحياء السكنية.") == [("houthis", "مليشيات الحوثي")]


def test_bare_popular_resistance_is_the_yemeni_one():
    assert linked("وتقدمت المقاومة الشعبية في عدن.")[0] == ("yemen_popular_resistance", "المقاومة الشعبية")


def test_coordinated_forces_end_the_first_name():
    assert phrases("انسحبت قوات الحلف الأطلسي والقوات الحكومية") == ["قوات الحلف الأطلسي"]


def test_coordinated_noun_after_an_adjective_is_another_party():
    assert phrases("وتقدم الجيش العراقي والميليشيات الشيعية نحو المدينة") == ["الجيش العراقي"]


def test_coordinated_adjective_goes_on_the_name():
    assert phrases("وقال محافظ المؤسسة العامة للتدريب التقني والمهني إن") == [
        "المؤسسة العامة للتدريب التقني والمهني"
    ]


def test_second_lam_phrase_is_a_purpose_not_the_name():
    assert phrases("وعقدت اللجنة التنفيذية للاحتفالات لإنجاح الفعاليات اجتماعها") == [
        "اللجنة التنفيذية للاحتفالات"
    ]


def test_lam_phrase_after_a_country_body_is_a_purpose():
    assert phrases("وانتشر الجيش التونسي لحماية الحدود") == ["الجيش التونسي"]


def test_international_alone_describes():
    assert phrases("وطالبت اللجنة الدولية بالتحقيق") == []


def test_relative_pronoun_with_wa_ends_the_name():
    assert phrases("وكان اتحاد الكرة والتي تضم الأندية") == ["اتحاد الكرة"]


def test_coordinated_noun_inside_a_construct_name_goes_on():
    assert phrases("وأعلنت وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد أمس") == [
        "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد"
    ]


def test_lam_purpose_clause_is_not_a_complement():
    assert phrases("وقرر الحزب الاشتراكي الديمقراطي لتعيين مرشح الحزب") == ["الحزب الاشتراكي الديمقراطي"]


def test_coordinated_person_noun_ends_the_name():
    assert phrases("قال وكيل وزارة النقل والمتحدث الرسمي للوزارة إن") == ["وزارة النقل"]


def test_coordinated_title_ends_the_name():
    assert phrases("مدير عام الإدارة العامة للطوارئ والدكتور خالد") == ["الإدارة العامة للطوارئ"]


def test_linking_drops_a_clitic_glued_to_a_construct_head():
    text = "وأوضح المتحدث الرسمي بمديرية الدفاع المدني أن الحريق محدود."
    assert ("org:مديريه_الدفاع_المدني", "بمديرية الدفاع المدني") in linked(text)


def test_indefinite_adjective_after_a_head_is_a_description():
    assert phrases("وقال رئيس جماعة بارزة لحقوق المثليين إن") == []


def test_lam_word_after_a_head_is_a_description():
    assert phrases("تبذلها الوزارة ومنظمة للجهود الأهلية التطوعية في المجالات") == []


def test_country_adjective_of_another_gender_is_not_the_heads():
    # «التونسي» describes the (masculine) president, not the (feminine) government.
    assert phrases("لكن رئيس الحكومة التونسي قال") == []


def test_adjective_of_another_gender_ends_the_name():
    assert phrases("وأعلنت الحكومة التونسية الحقوقي أمس") == ["الحكومة التونسية"]


def test_listed_adjective_ending_in_ya_is_no_masculine_nisba():
    # «الكبرى» normalises to «الكبري»: a listed feminine adjective, not a nisba.
    assert phrases("وقالت الشركة الأوروبية الكبرى للسيارات إن") == ["الشركة الأوروبية الكبرى للسيارات"]


def test_rubbish_bin_is_no_fund():
    assert phrases("ويلقونه في صندوق القمامة بعد ذلك") == []


def test_military_campaign_is_an_event():
    assert phrases("أصبحت الحملة العسكرية التركية تتركز على الحزب") == []


def test_national_campaign_is_a_body():
    assert phrases("وأعلنت الحملة الوطنية السعودية لنصرة الأشقاء") == ["الحملة الوطنية السعودية لنصرة الأشقاء"]


# ------------------------------------------------------------------ bodies named with office words


def test_federation_with_country_adjective_is_kept_though_its_words_are_office_words():
    # 2015-07-26 (alweeam): «رئيس الاتحاد» and «الفرنسي» are both words of office titles
    text = "قال نويل لو جريت رئيس الاتحاد الفرنسي إنها مجموعة متوازنة."
    assert ("org:الاتحاد_الفرنسي", "الاتحاد الفرنسي") in linked(text, [("نويل لو جريت", "PER")])


def test_stop_phrase_inside_a_longer_name_does_not_block_it():
    # «الاتحاد السعودي» alone is a stop phrase (not the Federation Council); the full name is a body
    # (the registry's Saudi football federation since the fourteenth session)
    text = "تتحمل لجنة الاحتراف بالاتحاد السعودي لكرة القدم هذا العبث."
    assert ("saff", "بالاتحاد السعودي لكرة القدم") in linked(text)
    text = "تتحمل لجنة الاحتراف بالاتحاد السعودي للرياضات الجوية هذا العبث."
    assert ("org:الاتحاد_السعودي_للرياضات_الجويه", "بالاتحاد السعودي للرياضات الجوية") in linked(text)


def test_bare_ministry_of_office_words_stays_out():
    # «وزارة الدفاع» names a different ministry in each country's news: joined across
    # articles it would be one actor, so without a country it is left out
    text = "وصلت السفينة بالتنسيق مع خلية الإجلاء بوزارة الدفاع إلى الميناء."
    assert not [a for a, _ in linked(text) if a.startswith("org:وزاره")]


# ------------------------------------------------------------------ institutions named after people: the rest of the name


def test_institution_named_after_a_king_takes_its_complement():
    # 2015-07-26 (alwatan, alriyadh): NER and the person rule stopped at «مركز الملك سلمان»
    text = "وبإشراف من مركز الملك سلمان للإغاثة والأعمال الإنسانية وصلت السفينة."
    assert linked(text, [("سلمان", "PER")]) == [
        ("org:مركز_الملك_سلمان_للاغاثه_والاعمال_الانسانيه", "مركز الملك سلمان للإغاثة والأعمال الإنسانية")
    ]


def test_institution_named_after_a_king_takes_its_adjective():
    text = "وافتتح مستشفى الملك خالد الجامعي أمس جناحا جديدا."
    assert linked(text, [("خالد", "PER")]) == [("org:مستشفي_الملك_خالد_الجامعي", "مستشفى الملك خالد الجامعي")]


def test_another_body_after_the_name_is_not_its_complement():
    # «لوكالة الأنباء» is whom the director spoke to
    text = "وقال مدير مستشفى الملك فهد لوكالة الأنباء إن الحالة مستقرة."
    assert ("org:مستشفي_الملك_فهد", "مستشفى الملك فهد") in linked(text, [("فهد", "PER")])


# ------------------------------------------------------------------ a branch in a place: «بـ» + place


def test_region_glued_to_ba_closes_the_name():
    # 2015-07-26 (alweeam): NER tagged nothing; the name without its region was a false positive
    assert phrases("استقبلت الإدارة العامة للتعليم بمنطقة الحدود الشمالية المعلمين الجدد") == [
        "الإدارة العامة للتعليم بمنطقة الحدود الشمالية"
    ]


def test_definite_region_and_its_adjective_close_the_name():
    assert phrases("أعلنت وزارة العدل بالمنطقة الشرقية عن وظائف") == ["وزارة العدل بالمنطقة الشرقية"]


def test_known_place_glued_to_ba_names_a_body_with_one_adjective():
    # «الهيئة الملكية» alone (one adjective) is no name; in Jubail it is the Royal Commission's branch
    tokens = "من قبل الهيئة الملكية بالجبيل في منطقة تجمع الدوائر".split()
    assert phrases(" ".join(tokens), names={tokens.index("بالجبيل"): tokens.index("بالجبيل") + 1}) == [
        "الهيئة الملكية بالجبيل"
    ]
    assert phrases("قامت الهيئة الملكية بالبناء والتأثيث") == []


def test_place_after_fi_is_where_the_verb_happened():
    tokens = "وقال حزب الأمة في الخرطوم إن".split()
    assert phrases(" ".join(tokens), names={4: 5}) == ["حزب الأمة"]


# ------------------------------------------------------------------ more heads and cues (2015-07-26 dev)


def test_national_centre_with_a_complement_is_a_body():
    assert phrases("وأعلن المركز السعودي لكفاءة الطاقة أمس") == ["المركز السعودي لكفاءة الطاقة"]


def test_centre_alone_or_a_ranking_is_no_body():
    assert phrases("وأكد المركز الإعلامي أن الفريق حصل على المركز الثاني") == []


def test_a_generic_complement_ends_no_name():
    # «المركز الرئيسي للشركة» is the company's headquarters
    assert phrases("وأكد المركز الرئيسي للشركة أن الأرباح ارتفعت") == []


def test_municipality_and_stock_exchange_before_a_place():
    tokens = "وقال مصدر في بلدية بيش إن الشركة مدرجة في بورصة نيويورك".split()
    names = {tokens.index("بيش"): tokens.index("بيش") + 1, tokens.index("نيويورك"): tokens.index("نيويورك") + 1}
    assert phrases(" ".join(tokens), names=names) == ["بلدية بيش", "بورصة نيويورك"]
    assert phrases("وارتفعت بورصة الأسهم وطالبت بلدية المحافظة") == []


def test_outlet_that_tried_to_reach_someone_is_cited():
    # 2015-07-26 (alyaum): «حاولت «اليوم» التواصل مع وزارة العدل»
    assert ("org:اليوم", "اليوم") in linked("حاولت «اليوم» التواصل مع وزارة العدل عبر الناطق الإعلامي.")


def test_sports_pages_cited_in_quotes_are_named_whole():
    # 2015-07-26 and 2015-07-27 (alriyadh): NER took «دنيا» alone
    text = 'من جهته أكد مصدر نصراوي ل"دنيا الرياضة" أن الإدارة لم تتلق أي طلب.'
    assert linked(text, [("دنيا", "ORG")]) == [("org:دنيا_الرياضه", "دنيا الرياضة")]


# ------------------------------------------------------------------ units, branches and parents (2015-07-26 dev)


def test_a_unit_of_a_named_body_takes_its_parent():
    assert phrases("أصدر المركز الإعلامي بنادي الهلال بيانا") == ["المركز الإعلامي بنادي الهلال"]


def test_a_named_body_before_ba_keeps_its_own_name():
    # «أشادت … بنادي الهلال»: the club is what the committee praised
    assert phrases("أشادت اللجنة الأولمبية السعودية بنادي الهلال") == ["اللجنة الأولمبية السعودية", "بنادي الهلال"]


def test_branch_and_cell_are_construct_heads():
    assert phrases("أثار اعلان فرع وزارة العدل بالمنطقة الشرقية في عدد") == ["فرع وزارة العدل بالمنطقة الشرقية"]
    assert phrases("بالتنسيق مع خلية الإجلاء والعمليات الإنسانية بوزارة الدفاع وهي") == [
        "خلية الإجلاء والعمليات الإنسانية", "بوزارة الدفاع"
    ]


def test_health_affairs_of_a_region_is_a_body_the_bare_affairs_are_not():
    # «الشؤون» is a broken plural: its adjective is feminine singular
    assert phrases("وقدم مدير عام الشؤون الصحية بمنطقة الجوف حسين الراوي شكره") == ["الشؤون الصحية بمنطقة الجوف"]
    assert phrases("وأوضحت الشؤون الصحية في منطقة مكة المكرمة أنه") == ["الشؤون الصحية في منطقة مكة المكرمة"]
    assert phrases("ناقشت الشؤون الاجتماعية في الاجتماع") == []


def test_guard_with_a_country_adjective_is_a_body():
    assert phrases("يتلقون تدريبات على يد الحرس الجمهوري الإيراني وميليشيات") == ["الحرس الجمهوري الإيراني"]
    assert phrases("وقال إن الحرس الوطني جاهز") == []


def test_affairs_after_lam_are_a_role_s_portfolio():
    assert phrases("وتفقد المساعد للشؤون التعليمية للبنين عمل اللجان") == []


def test_affairs_with_a_complement_but_no_place_are_no_body():
    # 2015-07-31 output: «التدخل في الشؤون الداخلية للدول العربية»
    assert phrases("ورفض التدخل في الشؤون الداخلية للدول العربية") == []


def test_place_tagged_elsewhere_in_the_article_closes_a_name_glued_to_ba():
    # 2015-07-26 (alyaum): NER tagged «الجبيل» in one sentence, not «بالجبيل» in another
    text = "وانتقلت الدوائر إلى الجبيل الصناعية. وقال مواطن إن الهيئة الملكية بالجبيل أنشأت المبنى."
    assert ("org:الهيئه_الملكيه_بالجبيل", "الهيئة الملكية بالجبيل") in linked(text, [("الجبيل", "LOC")])
    assert linked("وزار الجبيل. قامت الهيئة الملكية بالبناء.", [("الجبيل", "LOC")]) == [("loc:الجبيل", "الجبيل")]


# ------------------------------------------------------------------ 2015-08-01 dev (snn_actor_dev3)


def test_construct_head_takes_nouns_then_a_place_name():
    assert phrases("والمشاركون وأمانة محافظة جدة والهيئة", names={3: 4}) == ["وأمانة محافظة جدة"]


def test_construct_head_does_not_take_a_second_party_after_waw():
    # 2015-08-01 dev: «لنادي شالكة وانتر ميلان» had become one name
    assert phrases("لاعب الوسط السابق لنادي شالكة وانتر ميلان", names={5: 7}) == []


def test_construct_head_takes_a_tafeel_verbal_noun():
    text = "وهيئة تطوير مكة المكرمة والمشاعر المقدسة ،"
    assert phrases(text, names={2: 4}) == ["وهيئة تطوير مكة المكرمة والمشاعر المقدسة"]


def test_construct_head_before_an_imperfect_verb_is_no_name():
    assert phrases("وقالت إن هيئة تستمر في عملها") == []


def test_dual_head_names_two_bodies():
    # 2015-08-01 dev: «لكسر سيطرة شركتي آبل وجوجل على سوق الأجهزة الذكية»
    text = "وذلك لكسر سيطرة شركتي آبل وجوجل على سوق الأجهزة الذكية."
    assert [a for a, _ in linked(text)] == ["org:ابل", "org:جوجل"]


def test_dual_head_before_definite_words_names_no_body():
    assert linked("واجتمع ممثلو وزارتي الخارجية والداخلية أمس.") == []


def test_office_with_an_adjective_is_a_body():
    assert phrases("تلقى بلاغا من مكتب تحقيقات حوادث الطيران البريطاني ، يفيد") == [
        "مكتب تحقيقات حوادث الطيران البريطاني"
    ]


def test_office_without_an_adjective_is_no_body():
    assert phrases("واستقبله في مكتب الوزير أمس") == []


def test_an_organ_joined_by_lam_to_a_registry_body_stands_for_it():
    # snn-0723-498 (relation dev part): the secretariat condemned Maliki, not the OIC.
    # The mention covers the whole phrase, so the verb's subject is found right after it.
    assert linked("استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات المالكي.") == [
        ("oic", "الأمانة العامة لمنظمة التعاون الإسلامي")
    ]
    assert [actor for actor, _ in linked("وقال المكتب الإقليمي لمنظمة الصحة العالمية إن الحالات زادت.")] == ["who"]
    # joined by «و», a body of its own, as before
    assert [actor for actor, _ in linked("وقالت وزارة الصحة ومنظمة الصحة العالمية إن")] == ["org:وزاره_الصحه", "who"]


def test_an_institute_with_a_definite_noun_is_a_body():
    # 2015-07-26 / 08-01 output: «معهد الاقتصاد الألماني», «معهد المحاسبين القانونيين»
    assert phrases("وقال معهد الاقتصاد الألماني إن النمو تباطأ") == ["معهد الاقتصاد الألماني"]
    assert phrases("وافتتح معهد تعليمي خاص أبوابه") == []


def test_a_bare_ministry_field_with_a_country_adjective_is_the_ministry():
    # 2015-07-23 actor dev part 7: «المتحدث باسم الخارجية المصرية»; one node with the full form
    text = "وقال المتحدث باسم الخارجية المصرية إن القاهرة ترفض. وأكدت وزارة الخارجية المصرية ذلك."
    ids = [actor for actor, _ in linked(text)]
    assert ids.count("org:وزاره_الخارجيه_المصريه") == 2
    assert ("russian_mfa", "الخارجية الروسية") in linked("وقالت الخارجية الروسية إن موسكو ترفض.")


def test_a_group_named_after_a_place_is_a_body():
    # 2015-07-23 actor dev part 7: «مجموعة خراسان» (NER took the place alone); «مجموعة من» is no body
    assert ("org:مجموعه_خراسان", "مجموعة خراسان") in linked("وكان الفضلي قائدا في مجموعة خراسان في سوريا.", [("خراسان", "LOC")])
    assert not any(a.startswith("org:") for a, _ in linked("والتقى مجموعة من المسؤولين في سوريا."))


def test_health_affairs_and_a_hospital_named_by_their_place_are_bodies():
    # 2015-07-23 actor dev part 7: «فيما أكدت صحة تبوك», «استعان مستشفى البدع العام»
    ids = [a for a, _ in linked("فيما أكدت صحة تبوك أن عملية الخلط تتم يدوياً.", [("تبوك", "LOC")])]
    assert "org:صحه_تبوك" in ids
    ids = [a for a, _ in linked("استعان مستشفى البدع العام بأحد عمال النظافة.", [("البدع", "LOC")])]
    assert any(a.startswith("org:مستشفي_البدع") for a in ids)
    assert not any(a.startswith("org:") for a, _ in linked("وأكد أهمية صحة المواطن في المملكة."))


def test_an_organisation_s_name_in_quotes_after_its_head_is_the_body():
    # 2015-07-23 actor dev part 7: «وفقا لتقرير أصدرته منظمة "أنقذوا الأطفال"»
    ids = [a for a, _ in linked('وفقا لتقرير أصدرته منظمة "أنقذوا الأطفال" أمس.')]
    assert any("انقذوا_الاطفال" in a for a in ids)


def test_a_hospital_s_place_takes_its_speciality():
    # 2015-07-31 actor dev part 4: «إلى مستشفى أبها للنساء والأطفال»
    assert linked("أدخلت ابنتي إلى مستشفى أبها للنساء والأطفال أمس.", [("أبها", "LOC")]) == [
        ("org:مستشفي_ابها_للنساء_والاطفال", "مستشفى أبها للنساء والأطفال")
    ]


def test_a_centre_named_after_a_place_needs_its_field():
    # a 2015-07-31 slice: «مركز الرياض لتنمية الأعمال» had been read as Riyadh
    text = "والتنسيق في ذلك مع مركز الرياض لتنمية الأعمال الصغيرة والمتوسطة."
    assert linked(text, [("الرياض", "LOC")]) == [("org:مركز_الرياض_لتنميه_الاعمال", "مركز الرياض لتنمية الأعمال")]
    assert phrases("مع مركز الملك فيصل للبحوث والدراسات الإسلامية اليوم", {2: 4}) == ["مركز الملك فيصل للبحوث والدراسات الإسلامية"]
    # a district, and a purpose after it, name no centre
    assert phrases("وزار الأمير مركز نخال أمس", {3: 4}) == []
    assert phrases("وزار الأمير مركز نخال لتفقد المشاريع", {3: 4}) == []
    # a registry body the centre is named after stays out of it: Aramco did not sign (a 2015-07-31 slice)
    text = "وقعت مدينة الملك عبدالله الاقتصادية ومركز أرامكو لريادة الأعمال مذكرة تفاهم."
    assert linked(text, []) == [("org:مركز_ارامكو_لرياده_الاعمال", "ومركز أرامكو لريادة الأعمال")]
    assert linked(text, [("أرامكو", "ORG")]) == [("org:مركز_ارامكو_لرياده_الاعمال", "ومركز أرامكو لريادة الأعمال")]


def test_an_administration_is_a_body_when_its_country_adjective_closes_it():
    # 2015-07-26 actor dev part 2: «إدارة معلومات الطاقة الأميركية» was missed
    assert phrases("أعلنت إدارة معلومات الطاقة الأميركية أمس أن المخزون ارتفع") == ["إدارة معلومات الطاقة الأميركية"]
    assert phrases("ووافقت إدارة الغذاء والدواء الأمريكية على الدواء") == ["إدارة الغذاء والدواء الأمريكية"]
    # managing a crisis or a file is no body
    assert phrases("وتتولى إدارة الأزمة الحالية الملف") == []
    assert phrases("وتولت إدارة الملف السوري منذ عام") == []


def test_a_head_with_an_indefinite_adjective_is_no_name():
    # 2015-07-24 actor dev part 6: «ومنظمة محلية أبلغتا السلطات المحلية» was read as a body's name
    assert phrases("إن وزارة الامن الداخلي ومنظمة محلية أبلغتا السلطات المحلية باحتجاز المرأة") == ["وزارة الامن الداخلي"]
    assert phrases("كيف استطاعت شركة صينية بناء فيلا طابقين") == []


def test_nouns_ending_like_adjectives_still_make_names():
    assert phrases("التردد المشبوه لحزب ديمقراطية الشعوب") == ["لحزب ديمقراطية الشعوب"]
    assert phrases("وفاز بكأس رابطة أندية المحترفين الانجليزية") == ["رابطة أندية المحترفين الانجليزية"]
    assert phrases("وقالت وزارة المالية اليونانية إن") == ["وزارة المالية اليونانية"]


def test_a_place_the_article_tagged_elsewhere_names_a_body_after_its_head():
    # 2015-07-31 actor dev part 4: NER tagged «عسير» once; «تواصلت مع صحة عسير» left it untagged
    text = "وقال والد الطفلة إن المستشفى في عسير أهملها. وتواصلت سبق مع صحة عسير ممثلة بمتحدثها الرسمي."
    ids = [a for a, _ in linked(text, [("عسير", "LOC")])]
    assert "org:صحه_عسير" in ids


def test_the_suez_canal_is_a_waterway_and_its_authority_a_body():
    # 2015-07-26 slice: «قناة السويس» had become an organisation after the head «قناة»
    text = "وأعلنت هيئة قناة السويس أن قناة السويس الجديدة ستفتتح في أغسطس."
    got = linked(text, [("هيئة قناة السويس", "ORG"), ("قناة السويس الجديدة", "LOC")])
    assert [a for a, _ in got] == ["org:هيئه_قناه_السويس", "suez_canal"]


def test_a_company_named_before_its_trade_is_a_body():
    # 2015-07-27 actor dev part 1: «بعد اتفاق شركة صلة للتسويق الرياضي المسوق الحصري للفريق»
    ids = [a for a, _ in linked("بعد اتفاق شركة صلة للتسويق الرياضي المسوق الحصري للفريق مع القناة.")]
    assert "org:شركه_صله_للتسويق_الرياضي" in ids
    # an indefinite adjective is no name, and a university's office is no company
    assert linked("أعلنت شركة متخصصة للتطوير عن عروض جديدة.") == []
    assert not any("للتطوير" in a for a, _ in linked("وقال وكيل جامعة طيبة للتطوير والجودة إن العمل مستمر.", [("جامعة طيبة", "ORG")]))


def test_a_plural_country_adjective_and_an_attache_office_end_a_bodys_name():
    # 2015-07-23 actor dev part 7: «الجمعية العلمية للطلبة السعوديين بالمملكة المتحدة», «الملحقية الثقافية السعودية في لندن»
    got = linked("وأعلنت الجمعية العلمية للطلبة السعوديين بالمملكة المتحدة عن برنامجها.", [("بالمملكة المتحدة", "LOC")])
    assert [a for a, _ in got] == ["org:الجمعيه_العلميه_للطلبه_السعوديين_بالمملكه_المتحده"]
    got = linked("وقال رئيس الملحقية الثقافية السعودية في لندن إن البرنامج مستمر.", [("لندن", "LOC")])
    assert [a for a, _ in got][0] == "org:الملحقيه_الثقافيه_السعوديه"
    # after «والـ…» a plural adjective is the second party's: «وزارة الدفاع والحلفاء الإقليميين للولايات المتحدة»
    got = linked("وتعمل وزارة الدفاع والحلفاء الإقليميين للولايات المتحدة على الخطة.", [("للولايات المتحدة", "LOC")])
    assert "united_states" in [a for a, _ in got]


def test_sheikh_zuweid_is_a_town_not_a_person():
    # 2015-07-27 slice: «عقب وقوع هجوم استهدف نقطة أمنية في كرم القواديس بالشيخ زويد» (NER: a person «زويد»)
    got = linked("عقب وقوع هجوم استهدف نقطة أمنية بالشيخ زويد، ما أسفر عن مقتل 33 جنديا.", [("زويد", "PER")])
    assert [a for a, _ in got] == ["sheikh_zuweid"]


def test_the_founder_is_one_person_and_what_is_named_after_him_is_not_him():
    # 2015-07-21: «بدءًا بالملك المؤسس عبد العزيز» (a bare «عبدالعزيز» that took in other men of the name)
    assert [a for a, _ in linked("على يد الملك المؤسس عبد العزيز، وأبنائه من بعده.", [("عبد العزيز", "PER")])] == ["king_abdulaziz"]
    # a prince whose name ends with «عبد العزيز آل سعود» is not the founder
    prince = "وحضر الأمير عبد العزيز بن سلمان بن عبد العزيز آل سعود الحفل."
    assert "king_abdulaziz" not in [a for a, _ in linked(prince, [("عبد العزيز بن سلمان بن عبد العزيز آل سعود", "PER")])]
    # a library, a medal and a centre named after him (2015-08-01 actor dev part 3; 2015-07-21; 2015-07-24)
    assert [a for a, _ in linked("وزار مكتبة الملك عبد العزيز العامة بالرياض.")][0] == "org:مكتبه_الملك_عبدالعزيز_العامه"
    assert linked("وقلده وسام الملك عبد العزيز من الدرجة الثالثة.") == []
    centre = "ضمن حملة التي أطلقها المركز السعودي لكفاءة الطاقة بمدينة الملك عبدالعزيز للعلوم والتقنية للتعريف بالبطاقة."
    got = [a for a, _ in linked(centre, [("الملك عبدالعزيز للعلوم والتقنية", "ORG")])]
    assert got == ["org:المركز_السعودي_لكفاءه_الطاقه_بمدينه_الملك_عبدالعزيز_للعلوم_والتقنيه"]


def test_a_head_before_a_saudi_place_ner_left_untagged_names_a_body():
    # 2015-07-23 actor dev part 7: «صحة تبوك» (Tabuk's health affairs) and «مستشفى البدع العام» were missed
    assert [a for a, _ in linked("فيما أكدت صحة تبوك؛ أن عملية الخلط تتم يدوياً.", [])] == ["org:صحه_تبوك"]
    assert [a for a, _ in linked("استعان مستشفى البدع العام بأحد عمال النظافة.", [])] == ["org:مستشفي_البدع_العام"]
    # a common word is no such place: «صحة الخبر» is the truth of the news
    assert linked("وأكد صحة الخبر مصدر مطلع.", []) == []


def test_words_a_definite_nisba_follows_are_a_proper_name():
    # 2015-07-23 actor dev part 7: «مدير جمعية ويلكام تراست الخيرية الصحية»; the 2015-07-21 build's
    # «شركة تويوتا اليابانية», «صحيفة وول ستريت جورنال الأمريكية» (the adjective makes the construct definite)
    assert phrases("وقال جيريمي فارار مدير جمعية ويلكام تراست الخيرية الصحية الذي شارك") == ["جمعية ويلكام تراست الخيرية الصحية"]
    assert phrases("أعلنت شركة تويوتا اليابانية أمس") == ["شركة تويوتا اليابانية"]
    assert phrases("وذكرت صحيفة وول ستريت جورنال الأمريكية أن") == ["صحيفة وول ستريت جورنال الأمريكية"]


def test_no_proper_name_from_a_verb_or_a_word_ending_in_ya_that_is_no_adjective():
    assert phrases("وأعلنت رابطة تخدم الأندية السعودية برنامجها") == []  # 2015-07-26 actor dev part 2
    assert phrases("وقال إن نادي يوفنتوس التقى فريق الشباب") == []  # «التقى» normalises to «التقي»


# ------------------------------------------------------------------ national programmes (national_heads)


def test_a_national_programme_with_its_field_is_a_body():
    # actor dev parts 1, 2 and 8 (2015-07-27, 07-26, 07-25): three programmes NER left untagged
    assert phrases("وأوضح أن البرنامج الوطني للمعارض والمؤتمرات يعمل على") == ["البرنامج الوطني للمعارض والمؤتمرات"]
    assert phrases("وأطلق البرنامج السعودي لكفاءة الطاقة حملة") == ["البرنامج السعودي لكفاءة الطاقة"]


def test_a_programme_without_a_national_adjective_is_a_plan():
    assert phrases("وحضر الموظفون البرنامج التدريبي للموظفين الجدد") == []
    assert phrases("وأعلن البرنامج الزمني للمشروع") == []
    assert phrases("وأعلن البرنامج الوطني أمس") == []


def test_education_with_a_place_is_the_regions_directorate():
    # 2015-07-25 actor dev part 8: «من "تعليم الطائف"», «بتعليم الطائف» were left untagged
    assert phrases("حقق الطالب من ثانوية صقلية بتعليم الطائف المركز الأول", {6: 7}) == ["بتعليم الطائف"]  # الطائف: a name
    assert phrases("ويهدف البرنامج إلى تعليم الطلاب مهارات جديدة") == []


def test_a_network_with_a_national_adjective_and_a_complement_is_a_body():
    # 2015-07-22 actor dev part 9: NER cut «الشبكة السعودية للمدفوعات» at the adjective
    assert phrases("وحققت الشبكة السعودية للمدفوعات نموا كبيرا") == ["الشبكة السعودية للمدفوعات"]
    assert phrases("ونشر الفيديو على الشبكة العنكبوتية العالمية أمس") == []


def test_a_body_named_by_its_town_after_the_region_noun():
    # «لشرطة محافظة خميس مشيط» (2015-07-22 actor dev part 9), «بلدية مدينة نيويورك»
    assert phrases("أنه ورد لشرطة محافظة خميس مشيط بلاغ", {4: 6}) == ["لشرطة محافظة خميس مشيط"]
    assert phrases("وقالت بلدية مدينة نيويورك إن", {3: 4}) == ["بلدية مدينة نيويورك"]
    assert phrases("أنه ورد لشرطة محافظة بلاغ") == []


def test_the_following_closes_no_body_name():
    # 2015-07-22 actor dev part 9: «… للتخصصات الصحية التالية:» had become part of the commission's name
    assert phrases("واشتراطات الهيئة السعودية للتخصصات الصحية التالية : أولا") == ["الهيئة السعودية للتخصصات الصحية"]


def test_a_command_is_a_body_before_one_of_its_fields():
    # actor dev parts 3, 6 and 9: all four were missed
    assert phrases("كشف مصدر في قيادة عمليات الأنبار ، عن مقتل") == ["قيادة عمليات الأنبار"]
    assert phrases("بحسب رئاسة أركان الجيش التركي .") == ["رئاسة أركان الجيش التركي"]
    assert phrases("أعلنت القيادة العامة للقوات المسلحة الإماراتية أمس") == ["القيادة العامة للقوات المسلحة الإماراتية"]
    # not what the aircraft are for (2015-07-23 dev)
    assert phrases("طائرات تابعة لقيادة القوات الجوية السعودية لنقل المساعدات") == ["لقيادة القوات الجوية السعودية"]


def test_leading_driving_or_the_coalitions_command_is_no_new_body():
    for text in ("وأكدت قيادة المملكة أن", "تعلم قيادة السيارة", "تحت قيادة الجيش في", "ودعا القيادة العامة إلى",
                 "أن وقوف قيادة قوات التحالف مع الشعب"):
        assert phrases(text) == [], text


def test_a_commands_id_drops_the_glued_preposition():
    text = "بتأمين طائرات شحن تابعة لقيادة القوات الجوية السعودية."
    assert ("org:قياده_القوات_الجويه_السعوديه", "لقيادة القوات الجوية السعودية") in linked(text)


def test_a_body_of_its_own_with_a_pronoun_is_no_name():
    # a 2015-08-10 slice: «ممثلة بمجلس إدارتها وأعضائها التفجير الإجرامي» had become an organisation
    assert phrases("استنكرت الجمعية ممثلة بمجلس إدارتها وأعضائها التفجير الإجرامي الآثم") == []
    # a construct chain without a pronoun still names one: «مجلس التعاون»
    assert phrases("وأكد مجلس التعاون دعمه") == ["مجلس التعاون"]


def test_a_purpose_after_a_name_is_no_part_of_it():
    # a 2015-08-08 slice: «وصندوق النقد الدولي للحصول على قروض» had named «صندوق النقد الدولي للحصول»
    assert phrases("مفاوضات مع الاتحاد الأوروبي وصندوق النقد الدولي للحصول على قروض جديدة") == ["الاتحاد الأوروبي", "وصندوق النقد الدولي"]
    # a field after «لـ» still names the body: «الصندوق السعودي للتنمية»
    assert phrases("وقع الصندوق السعودي للتنمية اتفاقية") == ["الصندوق السعودي للتنمية"]


def test_a_field_noun_joined_by_waw_goes_on_the_name():
    # actor dev part 10 (2015-08-06): «هيئة الاتصالات وتقنية المعلومات» had ended at «الاتصالات»
    assert phrases("بعد قرار هيئة الاتصالات وتقنية المعلومات بتخفيض الأسعار") == ["هيئة الاتصالات وتقنية المعلومات"]
    # a second party after «و» is no field: the ministry ends before it
    assert phrases("اجتمعت وزارة الصحة ومديري المستشفيات أمس") == ["وزارة الصحة"]


def test_a_named_body_takes_the_field_it_serves():
    # actor dev part 10 (2015-08-06): «جمعية عنيزة للتنمية والخدمات الإنسانية» had been «جمعية عنيزة»
    assert phrases("وقالت جمعية عنيزة للتنمية والخدمات الإنسانية إن", {2: 3}) == ["جمعية عنيزة للتنمية والخدمات الإنسانية"]
    # a purpose after the name is none of it
    assert phrases("زار وفد جامعة تبوك لتفقد المشاريع", {3: 4}) == ["جامعة تبوك"]
    # nor a deputy's portfolio (the 2015-07-21 build)
    assert phrases("وقال وكيل أمانة الرياض للخدمات إن", {3: 4}) == ["أمانة الرياض"]


def test_an_outlet_quoted_after_its_letter_or_what_it_sponsors():
    # actor dev part 10 (2015-08-06): «في رده على خطاب "الوطن"», «الذي ترعاه "سبق" إلكترونياً»
    def outlets(text):
        toks = text.split()
        return [" ".join(toks[s:e]) for s, e in quoted_outlets([normalize_token(t) for t in toks], [name_readings(t) for t in toks])]

    assert outlets('في رده على خطاب " الوطن " وجود أي حفر') == ["الوطن"]
    assert outlets('الذي ترعاه " سبق " إلكترونياً') == ["سبق"]
    assert outlets('ثار الناس على " الظلم " كله') == []


def test_what_a_committee_rules_on_after_fi_goes_on_its_name():
    # actor dev parts 6 and 10 (Jazan's and the Eastern Province's election appeals committees)
    assert phrases("وقال رئيس لجنة الفصل في الطعون والمخالفات الانتخابية بالمنطقة الشرقية إن") == [
        "لجنة الفصل في الطعون والمخالفات الانتخابية بالمنطقة الشرقية"
    ]
    # a place after «في» stays out of other complements
    assert phrases("وقالت لجنة الانتخابات في الرياض إن") == ["لجنة الانتخابات"]
