"""Actor registry and mention linking, on hand-built mentions (no NER model)."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pipeline.actors import (
    LinkResult,
    RegistryError,
    link_article,
    link_articles,
    load_registry,
    name_readings,
    non_registry_id,
)
from pipeline.arabic import split_sentences
from pipeline.types import ENTITY_TYPES, Article, Mention, TaggedArticle


def make_tagged(text: str, ner=(), date: str = "", article_id: str = "a") -> TaggedArticle:
    """An article with NER mentions given as (surface, type) in reading order.

    Each surface is looked up after the previous one and must cover whole
    tokens, the way the NER stage cuts them.
    """
    article = Article(article_id, text, date=date)
    sentences = tuple(split_sentences(text))
    mentions, cursor = [], 0
    for surface, kind in ner:
        start = text.index(surface, cursor)
        end = start + len(surface)
        cursor = end
        sentence = next(s for s in sentences if s.start <= start < s.end)
        first = next(i for i, t in enumerate(sentence.tokens) if t.start == start)
        last = next(i for i, t in enumerate(sentence.tokens) if t.end == end)
        mentions.append(Mention(article_id, sentence.index, start, end, surface, kind, first, last + 1))
    return TaggedArticle(article, sentences, tuple(mentions))


def linked(text: str, ner=(), date: str = "") -> list[tuple[str, str]]:
    """(actor id, surface) for each linked mention."""
    tagged = make_tagged(text, ner, date)
    return [(lm.actor_id, lm.mention.text) for lm in link_article(tagged, load_registry())]


def actor_ids(text: str, ner=(), date: str = "") -> list[str]:
    return [actor for actor, _ in linked(text, ner, date)]


@pytest.fixture(scope="module")
def registry():
    return load_registry()


# ------------------------------------------------------------------ registry file


def test_registry_loads_with_unique_slugs_and_valid_types(registry):
    assert len(registry) >= 100
    for actor in registry.actors.values():
        assert actor.type in ENTITY_TYPES
        assert actor.label and actor.aliases
    assert registry.actors["pentagon"].type == "ORG"
    assert registry.actors["john_kerry"].label_en == "John Kerry"


def test_registry_is_cached():
    assert load_registry() is load_registry()


def write_registry(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_schema_error_names_the_entry(tmp_path):
    path = write_registry(
        tmp_path,
        """
        actors:
          - {id: good_one, label: كيري, type: PER, aliases: [كيري]}
          - {id: bad_one, label: فلان, type: PERSON, aliases: [فلان]}
        """,
    )
    with pytest.raises(RegistryError, match=r"actor #2 \(bad_one\).*type"):
        load_registry(path)


@pytest.mark.parametrize(
    "entry, message",
    [
        ("{id: Bad-Id, label: س, type: PER, aliases: [س]}", "slug"),
        ("{id: no_alias, label: س, type: PER, aliases: []}", "aliases"),
        ("{id: bad_date, label: س, type: PER, aliases: [س], roles: [{title: وزير, start: 2015-13, end: null}]}", "date"),
        ("{id: reversed, label: س, type: PER, aliases: [س], roles: [{title: وزير, start: 2016-01-01, end: 2015-01-01}]}", "before"),
        ("{id: odd_key, label: س, type: PER, aliases: [س], nickname: x}", "unknown key"),
    ],
)
def test_schema_errors_say_what_is_wrong(tmp_path, entry, message):
    path = write_registry(tmp_path, f"actors:\n  - {entry}\n")
    with pytest.raises(RegistryError, match=message):
        load_registry(path)


def test_duplicate_ids_are_rejected(tmp_path):
    path = write_registry(
        tmp_path,
        """
        actors:
          - {id: twin, label: أ, type: PER, aliases: [أحمد]}
          - {id: twin, label: ب, type: PER, aliases: [باسل]}
        """,
    )
    with pytest.raises(RegistryError, match="duplicate id 'twin'"):
        load_registry(path)


def test_missing_registry_says_how_to_restore(tmp_path):
    with pytest.raises(RegistryError, match="git checkout"):
        load_registry(tmp_path / "nope.yaml")


def test_role_holder_depends_on_the_date(registry):
    assert registry.role_holder("وزير الدفاع الأمريكي", "2014-06-01") == "chuck_hagel"
    assert registry.role_holder("وزير الدفاع الأميركي", "2016-07-28") == "ashton_carter"
    assert registry.role_holder("وزير الدفاع الأمريكي", "2017-03-01") == "jim_mattis"
    assert registry.role_holder("وزير الخارجية الروسي", "2015-10-11") == "sergey_lavrov"
    # The end date is exclusive: on the hand-over day the successor holds the office.
    assert registry.role_holder("وزير الدفاع الأمريكي", "2015-02-17") == "ashton_carter"
    assert registry.role_holder("وزير الدفاع الأمريكي", "") is None


# ------------------------------------------------------------------ spelling and clitics


def test_spelling_variants_of_the_pentagon_are_one_actor():
    text = "قال البنتاغون. وقالت البنتاجون. وأعلنت وزارة الدفاع الأمريكية. ونفت وزارة الدفاع الأميركية."
    result = link_articles([make_tagged(text)], load_registry())
    assert [lm.actor_id for lm in result.mentions] == ["pentagon"] * 4
    assert result.actors["pentagon"].aliases == tuple(
        sorted(["البنتاغون", "البنتاجون", "وزارة الدفاع الأمريكية", "وزارة الدفاع الأميركية"])
    )
    assert result.mention_counts["pentagon"] == 4


def test_alef_hamza_and_diacritics_do_not_matter():
    assert actor_ids("وصل اشتون كارتر.") == ["ashton_carter"]
    assert actor_ids("وصل آشْتُون كارتر.") == ["ashton_carter"]


@pytest.mark.parametrize(
    "text, surface, actor",
    [
        ("التقى كيري ولافروف أمس.", "ولافروف", "sergey_lavrov"),
        ("وقال مصدر لكيري إن الأمر انتهى.", "لكيري", "john_kerry"),
        ("واتصل وبالبنتاغون مسؤولون.", "وبالبنتاغون", "pentagon"),
        ("وأكد وللأمم المتحدة دور.", "وللأمم المتحدة", "united_nations"),
    ],
)
def test_clitics_on_names_are_read_through(text, surface, actor):
    assert (actor, surface) in linked(text)


def test_surface_keeps_the_clitic_as_written():
    result = link_articles([make_tagged("التقى كيري ولافروف أمس.", [("ولافروف", "PER")])], load_registry())
    assert result.actors["sergey_lavrov"].aliases == ("ولافروف",)


@pytest.mark.parametrize(
    "text",
    [
        "افتتح مصرف جديد في المدينة.",  # مصر inside مصرف (a bank)
        "زار وفد جمهورية كيريباتي.",  # كيري inside كيريباتي
        "أظهر اللاعبون الحماس في المباراة.",  # حماس only with the article: "the enthusiasm"
        "تحدث الداعشي عن المعركة.",  # داعش inside الداعشي
    ],
)
def test_a_name_inside_a_longer_word_does_not_match(text):
    assert actor_ids(text) == []


def test_name_readings_do_not_drop_the_article():
    assert "حماس" not in name_readings("والحماس")
    assert "البنتاغون" in name_readings("للبنتاغون")


def test_blocking_phrase_keeps_an_alias_inside_it_unlinked():
    assert "un_security_council" not in actor_ids("اجتمع مجلس الأمن القومي الأمريكي.")
    assert actor_ids("اجتمع مجلس الأمن أمس.") == ["un_security_council"]


# ------------------------------------------------------------------ NER mentions and the registry


def test_ner_mention_on_a_registry_alias_keeps_its_mention_unchanged():
    tagged = make_tagged("وصرح لكيري مسؤول.", [("لكيري", "LOC")])  # NER got the type wrong
    [lm] = link_article(tagged, load_registry())
    assert lm.mention is tagged.mentions[0]
    assert lm.actor_id == "john_kerry" and lm.via == "alias"


def test_mention_without_a_token_span_is_placed_by_its_offsets():
    text = "وقال مسؤول إن لافروف وصل."
    start = text.index("لافروف")
    mention = Mention("a", 0, start, start + len("لافروف"), "لافروف", "PER")  # token span left at 0:0
    tagged = TaggedArticle(Article("a", text), tuple(split_sentences(text)), (mention,))
    [lm] = link_article(tagged, load_registry())
    assert lm.mention is mention and lm.actor_id == "sergey_lavrov"


def test_registry_alias_is_found_when_ner_missed_it():
    tagged = make_tagged("وأشار ديفيز إلى أن تغيير مسار الطائرة حدث منذ عقد مؤتمر.")
    [lm] = link_article(tagged, load_registry())
    assert (lm.actor_id, lm.mention.text, lm.mention.type) == ("jeff_davis", "ديفيز", "PER")
    sentence = tagged.sentences[0]
    assert sentence.tokens[lm.mention.token_start].text == "ديفيز"


def test_ner_mention_spanning_two_registry_actors_is_split():
    tagged = make_tagged("توصل كيري ولافروف إلى اتفاق.", [("كيري ولافروف", "PER")])
    assert [lm.actor_id for lm in link_article(tagged, load_registry())] == ["john_kerry", "sergey_lavrov"]


def test_a_longer_ner_name_around_a_surname_alias_is_someone_else():
    ids = actor_ids("قال تيم كوك إن الشركة تنمو.", [("تيم كوك", "PER")])
    assert ids == [non_registry_id(["تيم", "كوك"], "PER")]


def test_a_transliteration_variant_of_the_first_name_stays_the_registry_actor():
    assert actor_ids("قال سيرجيه لافروف إن الحل سياسي.", [("سيرجيه لافروف", "PER")]) == ["sergey_lavrov"]


def test_an_organisation_named_after_a_city_is_not_the_city():
    ids = actor_ids("قالت جامعة دمشق إن الدراسة مستمرة.", [("جامعة دمشق", "ORG")])
    assert ids == ["org:جامعه_دمشق"]


# ------------------------------------------------------------------ roles


def test_role_phrase_links_to_the_office_holder_at_the_article_date():
    text = "وقال وزير الدفاع الأمريكي إن القوات ستبقى."
    assert linked(text, date="2014-05-10") == [("chuck_hagel", "وزير الدفاع الأمريكي")]
    assert linked(text, date="2016-05-10") == [("ashton_carter", "وزير الدفاع الأمريكي")]


def test_role_spelling_variant_and_clitic():
    assert actor_ids("ووزير الدفاع الأميركي يزور المنطقة.", date="2016-05-10") == ["ashton_carter"]


def test_role_followed_by_a_name_is_the_name_not_a_second_mention():
    text = "ناقش وزير الخارجية الأميركي جون كيري مع الرئيس الروسي فلاديمير بوتين مسودة مقترح."
    ner = [("جون كيري", "PER"), ("فلاديمير بوتين", "PER")]
    # Even at a date when Kerry no longer held the office, the name decides.
    assert linked(text, ner, date="2018-01-01") == [("john_kerry", "جون كيري"), ("vladimir_putin", "فلاديمير بوتين")]


def test_title_between_role_and_name_is_skipped():
    text = "وأكد رئيس هيئة الأركان الأميركية المشتركة الجنرال جوزيف دانفورد أن أي تعاون لن يقوم على الثقة."
    assert actor_ids(text, date="2016-07-28") == ["joseph_dunford"]


def test_role_with_an_unknown_name_gives_the_name():
    text = "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو ترفض ذلك."
    ids = actor_ids(text, [("ماريا زاخاروفا", "PER"), ("موسكو", "LOC")], date="2016-01-01")
    assert ids == ["maria_zakharova", "moscow"]


def test_role_in_apposition_after_a_name_is_the_name():
    text = "وقال جون كيري، وزير الخارجية الأمريكي، إن الاتفاق قريب."
    assert actor_ids(text, date="2016-05-10") == ["john_kerry"]


def test_role_joined_by_waw_after_a_name_is_another_person():
    text = "التقى لافروف ووزير الخارجية الأمريكي في جنيف."
    assert actor_ids(text, date="2016-05-10") == ["sergey_lavrov", "john_kerry", "geneva"]


def test_role_without_an_article_date_is_not_guessed():
    assert linked("وقال وزير الدفاع الأمريكي إن القوات ستبقى.", date="") == []


def test_former_holder_is_not_the_current_one():
    assert actor_ids("وقال وزير الدفاع الأمريكي السابق إن الحرب طويلة.", date="2016-05-10") == []


def test_ambiguous_role_is_settled_by_who_the_article_already_named(tmp_path):
    path = write_registry(
        tmp_path,
        """
        actors:
          - id: spokesman_a
            label: بيتر كوك
            type: PER
            aliases: [بيتر كوك]
            roles: [{title: المتحدث باسم البنتاغون, start: 2015-01-01, end: null}]
          - id: spokesman_b
            label: جيف ديفيز
            type: PER
            aliases: [جيف ديفيز]
            roles: [{title: المتحدث باسم البنتاغون, start: 2015-01-01, end: null}]
        """,
    )
    registry = load_registry(path)
    alone = make_tagged("وأكد المتحدث باسم البنتاغون أن الجانبين توصلا إلى تقدم.", date="2015-10-11")
    assert link_article(alone, registry) == []
    text = "قال جيف ديفيز إن المحادثات مهنية. وأكد المتحدث باسم البنتاغون أن الجانبين توصلا إلى تقدم."
    after = make_tagged(text, date="2015-10-11")
    assert [lm.actor_id for lm in link_article(after, registry)] == ["spokesman_b", "spokesman_b"]


def test_counterpart_of_an_organisation_in_another_country():
    text = "وأعلنت وزارة الدفاع الروسية أنها بحثت مع نظيرتها الأميركية مسائل أمن الطيران."
    assert linked(text, date="2016-07-28") == [
        ("russian_mod", "وزارة الدفاع الروسية"),
        ("pentagon", "نظيرتها الأميركية"),
    ]


def test_counterpart_of_a_minister_is_resolved_at_the_date():
    text = "التقى لافروف نظيره الأمريكي في جنيف."
    assert actor_ids(text, date="2014-01-10") == ["sergey_lavrov", "john_kerry", "geneva"]
    assert actor_ids(text, date="2017-06-10") == ["sergey_lavrov", "rex_tillerson", "geneva"]


# ------------------------------------------------------------------ names outside the registry


def test_later_short_form_links_to_the_full_name_given_earlier():
    text = "قال مستشار الأمن جون بولتون إن الاتفاق سيئ. وأضاف بولتون أن الوقت حان."
    tagged = make_tagged(text, [("جون بولتون", "PER"), ("بولتون", "PER")])
    first, second = link_article(tagged, load_registry())
    assert first.actor_id == second.actor_id == "per:جون_بولتون"
    assert (first.via, second.via) == ("name", "short-form")


def test_short_form_before_any_full_name_is_not_merged():
    text = "وأضاف بولتون أن الوقت حان. وقال جون بولتون إن الاتفاق سيئ."
    ids = actor_ids(text, [("بولتون", "PER"), ("جون بولتون", "PER")])
    assert ids == ["per:بولتون", "per:جون_بولتون"]


def test_two_full_names_sharing_a_surname_are_never_merged():
    text = "التقى مارك تونر وستيف تونر. وقال تونر إن اللقاء مفيد."
    ner = [("مارك تونر", "PER"), ("وستيف تونر", "PER"), ("تونر", "PER")]
    tagged = make_tagged(text, ner)
    result = link_articles([tagged], load_registry())
    ids = [lm.actor_id for lm in result.mentions]
    assert ids[0] == "per:مارك_تونر"
    assert ids[1] not in (ids[0], ids[2])
    assert ids[2] == "per:تونر"  # ambiguous short form: left on its own


def test_registry_people_sharing_a_surname_are_told_apart_by_the_article():
    text = "ترشح جيب بوش للرئاسة. وقال بوش إن حملته قوية."
    assert actor_ids(text, [("جيب بوش", "PER"), ("بوش", "PER")], date="2015-08-01") == ["jeb_bush", "jeb_bush"]
    text = "حكم جورج بوش الأب أربع سنوات. وقال بوش إن الحرب انتهت."
    assert actor_ids(text, date="2015-08-01") == ["george_hw_bush", "george_hw_bush"]
    assert "george_w_bush" not in actor_ids("وقال بوش إن الحرب انتهت.", date="2015-08-01")


def test_titles_and_a_clitic_before_the_article_are_not_part_of_a_name():
    text = "واستقبل والرئيس رودريغو دوتيرتي الوفد. وتحدث والقحطاني للصحفيين."
    ner = [("والرئيس رودريغو دوتيرتي", "PER"), ("والقحطاني", "PER")]
    result = link_articles([make_tagged(text, ner)], load_registry())
    assert [lm.actor_id for lm in result.mentions] == ["per:رودريغو_دوتيرتي", "per:القحطاني"]
    assert result.actors["per:رودريغو_دوتيرتي"].label == "رودريغو دوتيرتي"
    assert result.actors["per:رودريغو_دوتيرتي"].aliases == ("والرئيس رودريغو دوتيرتي",)
    assert result.actors["per:القحطاني"].label == "القحطاني"


def test_a_bare_waw_is_kept_because_it_may_begin_a_name():
    assert actor_ids("وقال وليد جنبلاط إن لبنان بخير.", [("وليد جنبلاط", "PER")])[0] == "per:وليد_جنبلاط"


@pytest.mark.parametrize("surface", ["،", "5", "م"])
def test_junk_mentions_are_dropped(surface):
    assert actor_ids(f"قال {surface} شيئا.", [(surface, "PER")]) == []


# ------------------------------------------------------------------ across articles


def test_same_full_name_in_two_articles_is_one_node():
    one = make_tagged("قال جون بولتون إن الاتفاق سيئ.", [("جون بولتون", "PER")], article_id="one")
    two = make_tagged("ورد جون بولتون على المنتقدين.", [("جون بولتون", "PER")], article_id="two")
    result = link_articles([one, two], load_registry())
    assert isinstance(result, LinkResult)
    assert set(result.actors) == {"per:جون_بولتون"}
    assert result.actor_articles["per:جون_بولتون"] == ("one", "two")
    assert result.mention_counts["per:جون_بولتون"] == 2


def test_a_name_seen_only_with_a_clitic_joins_the_bare_name():
    one = make_tagged("التقى الوزير وجون بولتون.", [("وجون بولتون", "PER")], article_id="one")
    two = make_tagged("قال جون بولتون إن الاتفاق سيئ.", [("جون بولتون", "PER")], article_id="two")
    result = link_articles([one, two], load_registry())
    assert set(result.actors) == {"per:جون_بولتون"}
    assert result.actors["per:جون_بولتون"].aliases == ("جون بولتون", "وجون بولتون")
    assert result.actors["per:جون_بولتون"].label == "جون بولتون"


def test_ids_are_stable_across_builds():
    docs = [make_tagged("قال جون بولتون إن كيري أخطأ.", [("جون بولتون", "PER")])]
    first = link_articles(docs, load_registry())
    second = link_articles(list(docs), load_registry())
    assert first == second


def test_mentions_come_in_article_sentence_offset_order():
    one = make_tagged("قال كيري. وقال لافروف وبوتين.", article_id="one")
    two = make_tagged("وأعلن البنتاغون.", article_id="two")
    mentions = link_articles([one, two], load_registry()).mentions
    keys = [(m.mention.article_id, m.mention.sentence, m.mention.start) for m in mentions]
    assert keys == [("one", 0, 4), ("one", 1, 15), ("one", 1, 22), ("two", 0, 6)]


def test_registry_actor_keeps_registry_label_and_wikidata():
    result = link_articles([make_tagged("قال أوباما إن الاتفاق جيد.")], load_registry())
    actor = result.actors["barack_obama"]
    assert (actor.label, actor.label_en, actor.wikidata) == ("باراك أوباما", "Barack Obama", "Q76")
    assert actor.aliases == ("أوباما",)


# ------------------------------------------------------------------ NER spans against registry names

TANF = "وطغت الاختلافات بعد قصف طائرات روسية لموقع «جيش سورية الجديدة» في معبر التنف الحدودي."


def test_ner_span_inside_a_registry_name_does_not_shorten_it():
    # NER tagged only the country inside the group's name (as the bundled model does on seed 000).
    assert linked(TANF, [("سورية", "LOC")], date="2016-07-28") == [("new_syria_army", "جيش سورية الجديدة")]


def test_ner_span_covering_a_registry_name_with_a_clitic_keeps_the_written_form():
    assert linked("وقال ولافروف إن الاتفاق ممكن.", [("ولافروف", "PER")]) == [("sergey_lavrov", "ولافروف")]


@pytest.mark.parametrize("surface", ["عسكريون روس", "وروس", "المسؤولون الأميركيون"])
def test_nationalities_and_collective_nouns_tagged_as_people_are_not_actors(surface):
    text = f"أجرى مسؤولون {surface} مباحثات أمس."
    assert linked(text, [(surface, "PER")]) == []


def test_a_real_name_beside_a_nationality_is_still_an_actor():
    text = "وقال الدبلوماسي الروسي ميخائيل بوغدانوف إن المحادثات مفيدة."
    assert actor_ids(text, [("ميخائيل بوغدانوف", "PER")]) == [non_registry_id(["ميخائيل", "بوغدانوف"], "PER")]


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # NER ran two coordinated people into one span: never one node for both.
        ("وبحث شكري وكيري الأزمة في اتصال هاتفي.", "شكري وكيري", [non_registry_id(["شكري"], "PER"), "john_kerry"]),
        ("توصل كيري ولافروف إلى اتفاق.", "كيري ولافروف", ["john_kerry", "sergey_lavrov"]),
    ],
)
def test_coordinated_names_in_one_ner_span_are_split(text, surface, expected):
    assert actor_ids(text, [(surface, "PER")], date="2016-07-28") == expected


def test_a_name_that_starts_with_waw_is_not_split():
    text = "وقال الممثل دون ستيوارت وايت إن الفيلم جاهز."
    ids = actor_ids(text, [("دون ستيوارت وايت", "PER")])
    assert ids == [non_registry_id(["دون", "ستيوارت", "وايت"], "PER")]
