"""No false merges: evidence in the article, institutions, name edges, cut names, namesakes.

Mentions are built by hand (no NER model), as in ``test_actors.py``; the registry is
the real one (``pipeline/data/actors.yaml``), which knows كارتر as Ashton Carter,
الأسد as Bashar al-Assad, «عبدالله بن عبدالعزيز» as King Abdullah and the Bushes.
"""
from __future__ import annotations

from pipeline.actors import link_articles, load_registry

from .test_actors import actor_ids, linked, make_tagged

DAY = "2015-07-21"  # Ashton Carter is the US defence secretary on this day


# ------------------------------------------------------- evidence in the article wins


def test_a_headline_surname_means_the_full_name_the_article_gives():
    text = "كارتر يزور غزة. وصل الرئيس الأمريكي الأسبق جيمي كارتر إلى غزة. وقال كارتر إن الحصار ظالم."
    ner = [("كارتر", "PER"), ("جيمي كارتر", "PER"), ("كارتر", "PER")]
    people = [a for a in actor_ids(text, ner, DAY) if a != "gaza"]
    assert people == ["per:جيمي_كارتر"] * 3


def test_a_surname_after_the_full_name_means_that_name():
    text = "قال رفعت الأسد إنه سيعود إلى سوريا. وأضاف الأسد أن الوضع صعب."
    assert actor_ids(text, [("رفعت الأسد", "PER"), ("سوريا", "LOC"), ("الأسد", "PER")], DAY) == [
        "per:رفعت_الاسد", "syria", "per:رفعت_الاسد",
    ]


def test_the_registry_person_keeps_the_surname_when_the_article_names_him_in_full():
    text = "الأسد يلقي خطابا. وقال الرئيس السوري بشار الأسد إن رفعت الأسد لا يمثل أحدا. وأضاف الأسد أن الجيش صامد."
    ner = [("الأسد", "PER"), ("بشار الأسد", "PER"), ("رفعت الأسد", "PER"), ("الأسد", "PER")]
    ids = actor_ids(text, ner, DAY)
    assert ids.count("bashar_al_assad") == 3 and ids.count("per:رفعت_الاسد") == 1


def test_a_surname_shared_by_two_full_names_of_the_article_goes_to_neither():
    text = "كارتر في الأخبار. التقى جيمي كارتر مع روزالين كارتر."
    ner = [("كارتر", "PER"), ("جيمي كارتر", "PER"), ("روزالين كارتر", "PER")]
    assert actor_ids(text, ner, DAY)[0] not in ("per:جيمي_كارتر", "per:روزالين_كارتر")


def test_the_article_full_name_does_not_leak_into_other_articles():
    first = make_tagged("وصل جيمي كارتر إلى غزة. وقال كارتر إن الحصار ظالم.", [("جيمي كارتر", "PER"), ("كارتر", "PER")], DAY, "one")
    second = make_tagged("قال كارتر إن البنتاغون مستعد.", [("كارتر", "PER")], DAY, "two")
    result = link_articles([first, second], load_registry())
    by_article = {(lm.mention.article_id, lm.actor_id) for lm in result.mentions if "كارتر" in lm.mention.text}
    assert by_article == {("one", "per:جيمي_كارتر"), ("two", "ashton_carter")}


# ------------------------------------------------- institutions named after people


def test_a_centre_named_after_the_king_is_an_organisation_when_ner_tags_the_king():
    text = "افتتح مركز الملك عبدالله بن عبدالعزيز العالمي للحوار فرعا جديدا."
    found = linked(text, [("الملك عبدالله بن عبدالعزيز", "PER")], DAY)
    # the whole name, the centre's adjective and complement included (name_tail)
    assert [a for a, _ in found] == ["org:مركز_الملك_عبدالله_بن_عبدالعزيز_العالمي_للحوار"]
    assert "king_abdullah_saudi" not in [a for a, _ in found]


def test_a_university_and_a_foundation_named_after_people_are_organisations():
    text = "تخرج من جامعة الملك سعود وعمل في مؤسسة محمد بن راشد."
    found = linked(text, [("الملك سعود", "PER"), ("محمد بن راشد", "PER")], DAY)
    assert found == [("org:جامعه_الملك_سعود", "جامعة الملك سعود"), ("org:مؤسسه_محمد_بن_راشد", "مؤسسة محمد بن راشد")]


def test_a_company_named_after_people_is_an_organisation():
    # 2015-07-21 actor dev part 5: «شركة رولز رويس» was a person; the 2015-08-06 slice's holding companies
    text = "ألان بوند، المهندس السابق في شركة رولز رويس، كان يعمل على نظام الدفع."
    assert linked(text, [("بوند", "PER"), ("رولز رويس", "PER")], DAY)[1] == ("org:شركه_رولز_رويس", "شركة رولز رويس")
    text = "وشركة محمد بن إبراهيم القاضي القابضة برأسمال 2 مليون ريال."
    assert actor_ids(text, [("محمد بن إبراهيم القاضي", "PER")], DAY) == ["org:شركه_محمد_بن_ابراهيم_القاضي_القابضه"]


def test_a_person_after_the_definite_company_is_a_person():
    # the rule's edge: «الشركة» heads no name, so the company's head is still a person
    assert actor_ids("وقال رئيس الشركة محمد العلي إن الأرباح زادت.", [("محمد العلي", "PER")], DAY) == ["per:محمد_العلي"]


def test_a_registry_alias_after_an_institution_head_is_not_the_person_even_without_ner():
    text = "زار الوفد مركز الملك عبدالله بن عبدالعزيز للحوار."
    assert "king_abdullah_saudi" not in actor_ids(text, (), DAY)


def test_the_person_himself_is_still_the_person():
    text = "استقبل الملك عبدالله بن عبدالعزيز وزير الخارجية."
    assert actor_ids(text, [("الملك عبدالله بن عبدالعزيز", "PER")], DAY) == ["king_abdullah_saudi"]


# ------------------------------------------------------ titles and adjectives at the edge


def test_former_after_a_registry_surname_is_not_the_office_holder():
    # Ashton Carter holds office on DAY: «كارتر الأسبق» is another Carter, not a third node.
    assert actor_ids("وقال كارتر الأسبق إن الحصار ظالم.", [("كارتر الأسبق", "PER")], DAY) == []


def test_adjectives_at_a_name_edge_are_no_part_of_it():
    text = "وصل جون بولتون السابق إلى بغداد. ورثت الراحلة فاتن حمامة شهرة واسعة."
    found = linked(text, [("جون بولتون السابق", "PER"), ("بغداد", "LOC"), ("الراحلة فاتن حمامة", "PER")], DAY)
    ids = [a for a, _ in found]
    assert "per:جون_بولتون" in ids and "per:فاتن_حمامه" in ids
    assert not [a for a in ids if "السابق" in a or "الراحله" in a]


def test_a_name_ending_like_an_adjective_in_an_organisation_is_kept():
    text = "فاز حزب الوفد الجديد بمقعدين."
    assert actor_ids(text, [("حزب الوفد الجديد", "ORG")], DAY) == ["org:حزب_الوفد_الجديد"]


def test_a_leading_title_still_goes():
    assert actor_ids("وقال الرئيس جيمي كارتر إن الحصار ظالم.", [("الرئيس جيمي كارتر", "PER")], DAY) == ["per:جيمي_كارتر"]


# ---------------------------------------------------------------- names NER cut in two


def test_a_place_cut_in_two_is_joined():
    found = linked("وصل الوفد إلى أديس أبابا أمس.", [("أديس", "LOC"), ("أبابا", "LOC")], DAY)
    assert found == [("loc:اديس_ابابا", "أديس أبابا")]


def test_subject_and_object_side_by_side_are_not_joined():
    text = "التقى الحريري وائل أبو فاعور. وتعادل الهلال النصر."
    ids = actor_ids(text, [("الحريري", "PER"), ("وائل أبو فاعور", "PER"), ("الهلال", "ORG"), ("النصر", "ORG")], DAY)
    assert ids == ["per:الحريري", "per:وائل_ابو_فاعور", "org:الهلال", "org:النصر"]


def test_two_registry_places_side_by_side_are_not_joined():
    ids = actor_ids("زار الوفد موسكو دمشق.", [("موسكو", "LOC"), ("دمشق", "LOC")], DAY)
    assert len(ids) == 2 and "_" not in "".join(i for i in ids if ":" in i)


# ------------------------------------------------------------------------- namesakes


def test_the_date_decides_which_bush_a_bare_surname_is():
    assert actor_ids("قال بوش إن الحرب ضرورية.", [("بوش", "PER")], "2003-03-20") == ["george_w_bush"]
    assert actor_ids("قال بوش إن الحرب ضرورية.", [("بوش", "PER")], "1991-01-20") == ["george_hw_bush"]


def test_three_bushes_in_one_article_are_three_actors():
    text = "التقى جورج بوش الأب بابنه جورج بوش الابن، وقال بوش الأب إن جيب بوش مرشح جيد."
    ner = [("جورج بوش الأب", "PER"), ("جورج بوش الابن", "PER"), ("بوش الأب", "PER"), ("جيب بوش", "PER")]
    ids = actor_ids(text, ner, DAY)
    assert ids == ["george_hw_bush", "george_w_bush", "george_hw_bush", "jeb_bush"]


def test_two_bushes_in_the_same_week_stay_two_actors_across_articles():
    father = make_tagged("قال جورج بوش الأب إن الحرب انتهت.", [("جورج بوش الأب", "PER")], "2015-07-20", "a1")
    son = make_tagged("قال جورج بوش الابن إن الحرب لم تنته.", [("جورج بوش الابن", "PER")], "2015-07-21", "a2")
    result = link_articles([father, son], load_registry())
    assert {"george_hw_bush", "george_w_bush"} <= set(result.actors)
    assert result.actor_articles["george_hw_bush"] == ("a1",) and result.actor_articles["george_w_bush"] == ("a2",)


def test_a_programme_of_a_person_without_a_title_still_names_the_person():
    text = "انتقد الجمهوريون مشروع أوباما للرعاية الصحية. ووقف أوباما أمام الكونغرس."
    assert actor_ids(text, [("أوباما", "PER"), ("أوباما", "PER")], DAY) == ["barack_obama", "barack_obama", "us_congress"]


def test_a_programme_named_after_a_king_is_an_organisation():
    text = "أعلن برنامج الملك عبدالله للابتعاث قبول طلاب جدد."
    assert actor_ids(text, [("الملك عبدالله", "PER")], DAY) == ["org:برنامج_الملك_عبدالله_للابتعاث"]


def test_a_preposition_glued_to_an_institution_head_is_no_part_of_the_name():
    text = "درس في جامعة إلينوي ثم عمل بجامعة إلينوي. ودعا لحزب المؤتمر الشعبي."
    ids = actor_ids(text, [("جامعة إلينوي", "ORG"), ("بجامعة إلينوي", "ORG"), ("لحزب المؤتمر الشعبي", "ORG")], DAY)
    assert ids == ["org:جامعه_الينوي", "org:جامعه_الينوي", "org:حزب_المؤتمر_الشعبي"]


def test_a_second_full_name_run_into_a_registry_name_is_another_person():
    # A footer of tags: NER ran King Salman's name into the King of Bahrain's.
    text = "سمات الملك سلمان بن عبدالعزيز حمد بن عيسى آل خليفة خادم الحرمين الشريفين"
    found = linked(text, [("سلمان بن عبدالعزيز حمد بن عيسى آل خليفة", "PER")], "2015-08-07")
    assert [a for a, _ in found][:2] == ["king_salman", "hamad_bin_isa"]  # (a registry person since the thirty-first session)


# ------------------------------------------------- streets named after people


def test_a_road_named_after_a_king_is_a_place_not_the_article_s_khalid():
    # 2015-07-26 (alweeam): «خالد» of «طريق الملك خالد» was joined to «خالد بن عبد القادر طاهر»
    text = (
        "وتابع معالي الدكتور خالد بن عبد القادر طاهر المشاريع. "
        "وشمل المشروع طريق الملك سعود , طريق الملك خالد , وطرقا أخرى."
    )
    found = linked(text, [("خالد بن عبد القادر طاهر", "PER"), ("سعود", "PER"), ("خالد", "PER")], DAY)
    assert found == [
        ("per:خالد_بن_عبدالقادر_طاهر", "خالد بن عبد القادر طاهر"),
        ("loc:طريق_الملك_سعود", "طريق الملك سعود"),
        ("loc:طريق_الملك_خالد", "طريق الملك خالد"),
    ]


def test_through_someone_is_no_road():
    assert linked("وتم التفاوض عن طريق محمد العلي وكيل اللاعب.", [("محمد العلي", "PER")], DAY) == [
        ("per:محمد_العلي", "محمد العلي")
    ]


def test_a_street_named_after_a_king_is_a_place():
    assert actor_ids("وقع الحادث في شارع الملك فهد أمس.", [("فهد", "PER")], DAY) == ["loc:شارع_الملك_فهد"]


# ------------------------------------------------- two one-word names run together


def test_two_players_by_one_name_each_are_two_people():
    # 2015-07-27 (okaz): NER tagged «عقيل وكردي» as one person
    assert linked("ويرى آخر أن الأهلي لا يحتاج الاثنين في ظل وجود عقيل وكردي!", [("عقيل وكردي", "PER")], DAY) == [
        ("per:عقيل", "عقيل"), ("per:كردي", "وكردي")
    ]


def test_a_given_name_that_starts_with_waw_stays_in_the_name():
    assert actor_ids("وقال محمد وجدي إن الفريق جاهز.", [("محمد وجدي", "PER")], DAY) == ["per:محمد_وجدي"]
    assert actor_ids("وقال سامي وليد إن الفريق جاهز.", [("سامي وليد", "PER")], DAY) == ["per:سامي_وليد"]


def test_foreign_surname_that_starts_with_waw_stays_in_the_name():
    # 2015-08-01 output: «ثيو والكوت» (Walcott), «جون واطسون», «بن ويتس» are one person each
    assert actor_ids("وسجل ثيو والكوت هدفا.", [("ثيو والكوت", "PER")], DAY) == ["per:ثيو_والكوت"]
    assert actor_ids("وقال جون واطسون إن", [("جون واطسون", "PER")], DAY) == ["per:جون_واطسون"]
    assert actor_ids("وقال بن ويتس إن", [("بن ويتس", "PER")], DAY) == ["per:بن_ويتس"]


def test_a_foreign_surname_written_with_wi_stays_in_the_name():
    # 2015-07-21 actor dev part 5: «مركز "سيمون ويزنتال"» had become «مركز "سيمون» and a person «يزنتال»
    assert actor_ids("وقال سيمون ويزنتال إن", [("سيمون ويزنتال", "PER")], DAY) == ["per:سيمون_ويزنتال"]
    text = 'أقيم حفل في مركز "سيمون ويزنتال" في لوس انجليس.'
    assert actor_ids(text, [("سيمون ويزنتال", "PER"), ("لوس انجليس", "LOC")], DAY)[0] == "org:مركز_سيمون_ويزنتال"


def test_two_arab_names_with_hamza_are_two_people():
    assert actor_ids("وشارك علي وأحمد في المباراة.", [("علي وأحمد", "PER")], DAY) == ["per:علي", "per:احمد"]


def test_a_namesake_of_the_un_envoy_to_yemen_stays_apart():
    # the registry's «إسماعيل ولد الشيخ أحمد» has no surname-only alias: «محمد ولد الشيخ أحمد» is another man
    text = "وقال محمد ولد الشيخ أحمد إن الوضع صعب."
    assert actor_ids(text, [("محمد ولد الشيخ أحمد", "PER")]) == ["per:محمد_ولد_الشيخ_احمد"]


def test_a_given_name_before_a_registry_persons_full_name_is_his_son():
    # 2015-07-27: «حيث التقوا تيمور وليد جنبلاط بحضور وزير الصحة العامة وائل أبو فاعور»
    text = "وتحرك الأهالي أمس باتجاه المختارة، حيث التقوا تيمور وليد جنبلاط بحضور وزير الصحة."
    assert actor_ids(text, [("تيمور وليد جنبلاط", "PER")], DAY) == ["per:تيمور_وليد_جنبلاط"]
    son = "وقال أحمد علي عبدالله صالح إن قواته لن تنسحب."
    assert actor_ids(son, [("أحمد علي عبدالله صالح", "PER")], DAY) == ["per:احمد_علي_عبدالله_صالح"]
    # a verb NER ran into the name is no given name: «سيغيب دي ميستورا» (2015-07-25)
    verb = "وقال مصدر إنه سيغيب دي ميستورا عن الاجتماع."
    assert actor_ids(verb, [("سيغيب دي ميستورا", "PER")], DAY) == ["staffan_de_mistura"]


def test_a_kin_noun_inside_a_name_parts_two_men():
    # 2015-07-26: «اعتقال عبدالكريم شقيق عبدالملك الحوثي»
    text = "اعتقال عبدالكريم الحوثي في عدن. وأعلنت المقاومة اعتقال عبدالكريم شقيق عبدالملك الحوثي."
    ids = actor_ids(text, [("عبدالكريم الحوثي", "PER"), ("عبدالكريم شقيق عبدالملك الحوثي", "PER")], DAY)
    assert [a for a in ids if a not in ("aden", "yemen_popular_resistance")] == [
        "per:عبدالكريم_الحوثي", "per:عبدالكريم_الحوثي", "abdul_malik_al_houthi",
    ]


def test_a_registry_surname_after_a_lone_al_is_the_family_not_the_man():
    # a 2015-08-09 slice: «العائلة ذات النفوذ الكبير لعلاقتها التاريخية بآل الأسد» is the Assad clan
    text = "وقام شخص من العائلة ذات النفوذ الكبير لعلاقتها التاريخية بآل الأسد بدعم سليمان."
    assert "bashar_al_assad" not in actor_ids(text, [("الأسد", "PER")], DAY)
    # the surname alone still names him
    assert actor_ids("وقال الأسد إن الحرب طويلة.", [("الأسد", "PER")], DAY) == ["bashar_al_assad"]
