"""No junk actors: currencies, amounts, months, weekdays, generic nouns, fragments, datelines.

``tests/fixtures/junk_forms.yaml`` holds real junk: forms the bundled model tagged in
1,000 SaudiNewsNet articles of 2015-07-21 that were among the 200 most-mentioned actors
before the never-actor lists existed, each with the sentence it was tagged in.
"""
from __future__ import annotations

import pytest
import yaml

from pipeline.actors import link_article, link_articles, load_registry
from pipeline.arabic import normalize, split_sentences
from pipeline.types import Article, Mention, TaggedArticle

from .conftest import ROOT
from .test_actors import actor_ids, linked

JUNK = yaml.safe_load((ROOT / "tests" / "fixtures" / "junk_forms.yaml").read_text(encoding="utf-8"))["forms"]
DAY = "2015-07-21"


def tagged_with(text: str, surface: str, kind: str, date: str = DAY) -> TaggedArticle:
    """``text`` with one NER mention: the first whole-token occurrence of ``surface``."""
    sentences = tuple(split_sentences(text))
    for sentence in sentences:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            for j in range(i, len(tokens)):
                if text[token.start : tokens[j].end] == surface:
                    mention = Mention("a", sentence.index, token.start, tokens[j].end, surface, kind, i, j + 1)
                    return TaggedArticle(Article("a", text, date=date), sentences, (mention,))
    raise AssertionError(f"{surface!r} is not a run of whole tokens in {text!r}")


def junk_ids(form: str) -> set[str]:
    key = "_".join(normalize(form).split())
    return {f"{t}:{key}" for t in ("per", "org", "loc", "misc")}


def test_the_fixture_is_real_output_with_every_category():
    assert len(JUNK) >= 12
    assert {"currency", "month", "generic noun"} <= {item["category"] for item in JUNK}
    for item in JUNK:
        assert item["form"] in item["sentence"] and item["article"].startswith("snn-2015-07-21-")


@pytest.mark.parametrize("item", JUNK, ids=[item["form"] for item in JUNK])
def test_real_junk_is_never_an_actor(item):
    found = link_article(tagged_with(item["sentence"], item["form"], item["type"]), load_registry())
    assert not [lm for lm in found if lm.mention.text == item["form"] or lm.actor_id in junk_ids(item["form"])]


@pytest.mark.parametrize(
    "text, ner",
    [
        ("ارتفع سعر الدولار إلى 3.75 ريال.", [("الدولار", "MISC"), ("ريال", "MISC")]),
        ("دفعت الشركة ثلاثة ملايين جنيه إسترليني.", [("جنيه إسترليني", "MISC")]),
        ("بلغت الصفقة 40 مليار دولار.", [("40 مليار دولار", "MISC")]),
        ("سجلت الحرارة خمسين درجة أمس.", [("درجة", "MISC")]),
        ("وقع الانفجار في 28 أبريل (نيسان) الماضي.", [("أبريل", "MISC"), ("نيسان", "ORG")]),
        ("صدر القرار في كانون الثاني الماضي.", [("كانون الثاني", "MISC")]),
        ("يبدأ شهر رمضان يوم الخميس.", [("رمضان", "PER"), ("الخميس", "MISC")]),
        ("عاد الحجاج في ذي الحجة.", [("ذي الحجة", "MISC")]),
        ("وصل الوفد يوم الاثنين.", [("الاثنين", "PER")]),
        ("بالدولار الأمريكي دفعت الرواتب.", [("بالدولار", "MISC")]),
    ],
)
def test_currencies_amounts_units_months_and_weekdays_are_not_actors(text, ner):
    assert linked(text, ner, DAY) == []


def test_a_condolence_gathering_is_no_organisation():
    # the 2015-08-06 slice: «وأبدى الأمير خالد الفيصل، لدى زيارته مجلس العزاء، عميق حزنه»
    text = "وأبدى الأمير خالد الفيصل، لدى زيارته مجلس العزاء، عميق حزنه."
    ids = actor_ids(text, [("خالد الفيصل", "PER"), ("مجلس العزاء", "ORG")], DAY)
    assert not any("العزاء" in i for i in ids)


def test_a_name_that_contains_a_month_or_currency_word_is_still_a_name():
    text = "وصل اللاعب رمضان صبحي إلى موسكو. وقال رياض الدولار إن الأمر انتهى."
    ids = actor_ids(text, [("رمضان صبحي", "PER"), ("موسكو", "LOC"), ("رياض الدولار", "PER")], DAY)
    assert "per:رمضان_صبحي" in ids and "per:رياض_الدولار" in ids


def test_a_dateline_is_not_a_mention_of_the_place():
    text = "لندن: قال رئيس الوزراء البريطاني ديفيد كاميرون إن التطرف خطر.\nالرياض - واس\nأعلنت الوزارة نتائج الاجتماع في الرياض."
    ner = [("لندن", "LOC"), ("ديفيد كاميرون", "PER"), ("الرياض", "LOC"), ("الرياض", "LOC")]
    found = linked(text, ner, DAY)
    assert ("loc:لندن", "لندن") not in found
    assert [a for a, _ in found].count("riyadh") == 1  # the one in the body, not the dateline
    assert ("david_cameron", "ديفيد كاميرون") in found


def test_a_place_inside_a_sentence_or_a_speaker_before_a_colon_is_kept():
    text = "قال كاميرون في لندن: لن نتراجع.\nلافروف: لا حل عسكري في سوريا."
    ids = actor_ids(text, [("كاميرون", "PER"), ("لندن", "LOC"), ("لافروف", "PER"), ("سوريا", "LOC")], DAY)
    assert ids == ["david_cameron", "loc:لندن", "sergey_lavrov", "syria"]


def test_a_word_with_nunation_is_not_a_name():
    # 2015-08-01 dev: «لوجستياً» tagged ORG, «شيخٍ» (a senator) tagged PER
    assert linked("استهدفت الضربات مركزا للتدريب وموقعاً لوجستياً للتنظيم.", [("لوجستياً", "ORG")], DAY) == []
    assert linked("تخطى خمسة وثلاثين وخمسمئة شيخٍ وممثلٍ للشعب.", [("شيخٍ", "PER")], DAY) == []


def test_the_same_word_without_nunation_is_still_a_name():
    assert actor_ids("وقال رامي عبدالرحمن إن الضربات مستمرة.", [("رامي عبدالرحمن", "PER")], DAY) == ["per:رامي_عبدالرحمن"]


def test_a_word_inside_an_email_address_is_not_a_name():
    # 2015-08-01 dev: a column's footer «tariq@asharqalawsat.com», «asharqalawsat» tagged PER
    text = "لم ينفع هذا النهج من قبل.\ntariq@asharqalawsat.com"
    assert linked(text, [("asharqalawsat", "PER")], DAY) == []


def test_a_name_fragment_alone_is_not_a_place_but_the_whole_name_is():
    ids = actor_ids("وصل الفريق إلى مدينة سان مورتيز السويسرية.", [("سان", "LOC")], DAY)
    assert ids == []
    ids = actor_ids("وصل الفريق إلى مدينة سان مورتيز السويسرية.", [("سان مورتيز", "LOC")], DAY)
    assert ids == ["loc:سان_مورتيز"]


def test_california_keeps_its_first_letter():
    text = "انتقل إلى كاليفورنيا العام الماضي."
    assert actor_ids(text, [("كاليفورنيا", "LOC")], DAY) == ["loc:كاليفورنيا"]


@pytest.mark.model
def test_the_model_on_the_real_junk_sentences_links_no_junk(tagger):
    """The bundled model tags the fixture's sentences; none of the junk forms becomes an actor."""
    articles = [Article(f"j{i}", item["sentence"], date=DAY) for i, item in enumerate(JUNK)]
    result = link_articles(tagger.tag_articles(articles), load_registry())
    bad = {a for item in JUNK for a in junk_ids(item["form"])} & set(result.actors)
    assert not bad
    assert result.actors  # the sentences still have real actors (تونس, الكونغرس, إيران...)


def test_greetings_and_set_phrases_are_no_people():
    # «وهي تقول: صباح الخير يا ماما» (2015-07-21 slice), «جميل المحيا» (actor dev part 1),
    # «طفولتي بين «يوم سعيد» وضحكات عبد الوهاب» (a film, 2015-07-21 slice)
    assert actor_ids("وهي تقول: صباح الخير يا ماما.", [("صباح الخير", "PER")], DAY) == []
    assert actor_ids("وكان رحمه الله جميل المحيا كريم الخلق.", [("جميل المحيا", "PER")], DAY) == []
    assert actor_ids("طفولتي بين «يوم سعيد» وضحكات عبد الوهاب.", [("يوم سعيد", "PER")], DAY) == []
    # the given name with a family name stays a person
    # (the Kuwaiti foreign minister: «صباح الأحمد», the emir, is a registry person since the thirty-first session)
    assert actor_ids("وقال صباح الخالد إن الحكومة بخير.", [("صباح الخالد", "PER")], DAY) == ["per:صباح_الخالد"]


def test_a_plural_nationality_with_a_glued_waw_is_no_person():
    # 2015-07-27 actor dev part 1: «نجوم الدراما الخليجية بحرينيون وكويتيون وسعوديون»
    assert actor_ids("اجتمع فيه حشد من نجوم الدراما الخليجية بحرينيون وكويتيون وسعوديون.", [("وكويتيون", "PER")], DAY) == []
    # a name that starts with و stays: «وليد» is no «و» + nationality
    assert actor_ids("وقال وليد جنبلاط إن الحكومة بخير.", [("وليد جنبلاط", "PER")], DAY) == ["walid_jumblatt"]


def test_a_person_a_league_or_cup_is_named_after_is_no_actor():
    # 2015-08-06: «من أندية دوري عبداللطيف جميل» (a person, 8 mentions in one slice)
    assert actor_ids("من أندية دوري عبداللطيف جميل وفي مقدمتها نادي الاتحاد.", [("عبداللطيف جميل", "PER")], DAY) == ["org:الاتحاد"]
    # the man himself stays: «وقال عبداللطيف جميل …»; and «دوري» is also a first name: «الدبلوماسي الإسرائيلي، دوري غولد»
    assert actor_ids("وقال عبداللطيف جميل إن الشركة ستتوسع.", [("عبداللطيف جميل", "PER")], DAY) == ["per:عبداللطيف_جميل"]
    assert actor_ids("ونقلت الوكالة عن الدبلوماسي الإسرائيلي، دوري غولد، قوله.", [("غولد", "PER")], DAY) == ["per:غولد"]


def test_a_royal_title_a_cup_is_named_after_is_not_the_king():
    # 2015-08-06: «للقاء السوبر الذي يجمع النصر … بالهلال بطل كأس خادم الحرمين الشريفين» (King Salman met al-Nassr)
    text = "يجمع السوبر النصر بالهلال بطل كأس خادم الحرمين الشريفين."
    assert "king_salman" not in actor_ids(text, [("النصر", "ORG")], DAY)
    # the title alone is still the king: «وجه خادم الحرمين الشريفين بصرف …»
    assert actor_ids("ووجه خادم الحرمين الشريفين بصرف مكافأة للطلاب.", [], DAY) == ["king_salman"]


def test_a_night_before_a_weekday_is_not_lille():
    # 2015-07-25: «أن المقاتلات التركية قصفت ليل الجمعة السبت سبعة أهداف لحزب العمال الكردستاني»
    text = "وأكدت الحكومة التركية أن المقاتلات التركية قصفت ليل الجمعة السبت سبعة أهداف لحزب العمال الكردستاني."
    assert "org:ليل" not in actor_ids(text, [("ليل", "ORG")], DAY)
    # the club stays: «فاز مرسيليا على ليل 5-4»
    assert "org:ليل" in actor_ids("وفاز مرسيليا على ليل في الدوري الفرنسي.", [("مرسيليا", "ORG"), ("ليل", "ORG")], DAY)


def test_a_head_noun_a_rank_or_a_pronoun_suffixed_noun_alone_is_no_actor():
    # 1,000 articles of 2015-07-31: each had become a node
    assert actor_ids("صد هجوم شنه تنظيم /داعش/ الإرهابي.", [("تنظيم", "ORG")]) == ["isis"]
    assert actor_ids("هدد جنرال بالجيش الكوري الشمالي بأن نشوب حرب.", [("جنرال", "ORG")]) == ["org:الجيش_الكوري_الشمالي"]
    assert actor_ids("وقال أحد مستشاريه إن الخطة مستمرة.", [("مستشاريه", "PER")]) == []


def test_a_protocol_in_quotes_is_no_body():
    # a 2015-07-31 slice: «بروتوكولا» tagged ORG had signed with the society's branch
    text = "وكان المهرجان وقع «بروتوكولا» مع فرع جمعية الثقافة والفنون بجدة."
    assert actor_ids(text, [("بروتوكولا", "ORG"), ("بجدة", "LOC")]) == ["org:فرع_جمعيه_الثقافه_والفنون_بجده"]


def test_a_pope_named_after_his_title_is_not_the_one_named_later():
    # «البابا» tagged apart from John Paul II had become Pope Francis, named next in the sentence
    text = "وقد دعا البابا يوحنا بولس الثاني إلى اليوبيل الاخير، وقرر البابا فرنسيس الدعوة إلى يوبيل الرحمة."
    ids = actor_ids(text, [("البابا", "PER"), ("يوحنا بولس", "PER"), ("اليوبيل", "ORG"), ("البابا فرنسيس", "PER")])
    assert ids == ["per:يوحنا_بولس", "per:فرنسيس"]


def test_the_bare_kingdom_is_no_actor_of_its_own_and_jordan_is_named_as_a_kingdom():
    # 1,000-article slices of 2015-07-31 and 2015-08-06: «المملكة» (6 to 21 mentions a slice) and
    # «المملكة الأردنية» (34 mentions of one) had each become a place of their own
    assert actor_ids("وأعلنت المملكة عن اتفاقيات مع روسيا.", [("المملكة", "LOC"), ("روسيا", "LOC")]) == ["russia"]
    assert actor_ids("وصل الأمير إلى المملكة الأردنية الهاشمية.", [("المملكة الأردنية الهاشمية", "LOC")]) == ["jordan"]
    assert actor_ids("وأكدت المملكة الأردنية دعمها.", [("المملكة الأردنية", "LOC")]) == ["jordan"]


def test_a_person_named_after_his_body_and_its_place_is_cut_from_it():
    # actor dev parts 6 (2015-07-24) and 3 (2015-08-01): NER ran the body's place into the director's name
    text = (
        "وأوضح مدير فرع الهيئة العامة للسياحة والتراث الوطني بمنطقة تبوك ناصر الخريصي أن اللجنة أعطت الملاك الفرصة، "
        "مشيرا إلى أن البلديات في تبوك تتابع ذلك."
    )
    ids = actor_ids(text, [("الهيئة العامة للسياحة والتراث الوطني", "ORG"), ("تبوك ناصر الخريصي", "ORG"), ("تبوك", "LOC")])
    assert "per:ناصر_الخريصي" in ids
    text = "من جانبه بين مدير فرع الجمعية العربية السعودية للثقافة والفنون بالطائف فيصل الخديدي أنه رصد للمسابقة جوائز."
    ids = actor_ids(text, [("الجمعية العربية السعودية للثقافة والفنون بالطائف فيصل الخديدي", "ORG")])
    assert "per:فيصل_الخديدي" in ids and "org:فرع_الجمعيه_العربيه_السعوديه_للثقافه_والفنون_بالطائف" in ids


def test_a_place_alone_cut_from_a_name_stays_a_place():
    # a 2015-07-26 slice: «[تبوك خالد مرضي العنزي]» tagged ORG had become a body «تبوك»
    text = "وقال مدير التعليم بمنطقة تبوك خالد مرضي العنزي إن المدارس جاهزة، وإن مدارس تبوك افتتحت."
    ids = actor_ids(text, [("تبوك خالد مرضي العنزي", "ORG"), ("تبوك", "LOC")])
    assert "per:خالد_مرضي_العنزي" in ids and "org:تبوك" not in ids


def test_a_verb_that_is_also_a_first_name_is_no_person_alone():
    # 1,000-article slices of 07-26…08-06: «أشرف» ("supervised") had become a person in every one
    assert actor_ids("كما أظهر التحليل، الذي أشرف عليه البروفيسور ريتشارد ألسوب.", [("أشرف", "PER"), ("ريتشارد ألسوب", "PER")]) == ["per:ريتشارد_السوب"]


def test_the_blessing_after_the_prophets_name_is_no_part_of_a_name():
    # 2015-07-23 actor dev part 7: NER's «محمد صلى» had become a person
    assert actor_ids("وقال النبي محمد صلى الله عليه وسلم إن الدين يسر.", [("محمد صلى", "PER")]) == []


def test_gods_grace_a_fierce_war_and_a_criminal_group_are_no_actors():
    # 2015-07-22 actor dev part 9: a person, an organisation and an organisation run into the next clause
    assert actor_ids("ما كان ذلك ليتم لولا توفيق الله ثم دعم زوجتي.", [("توفيق الله", "PER")], DAY) == []
    assert actor_ids("كان هدفا لحرب ضروس من جانب المحافظين.", [("ضروس", "ORG")], DAY) == []
    assert actor_ids("لو كان المكان مستهدفا من أي جماعة مجرمة ومرت الدقائق سريعا.", [], DAY) == []


def test_the_partner_in_quotes_is_no_actor():
    # the 2015-07-21 build: «الشريك» (NER: an organisation) met the Tunisian president
    text = "لإقناعهم بجدية «الشريك التونسي» في محاربة الإرهاب."
    assert actor_ids(text, [("الشريك", "ORG")], DAY) == []
