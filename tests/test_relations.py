"""Typed relations with evidence, on real sentences from the seed articles.

Mentions are built by hand (no NER model); the registry finds what NER would
miss, exactly as in a build.
"""
from __future__ import annotations

import textwrap

import pytest

from pipeline.actors import link_article, load_registry
from pipeline.arabic import split_sentences
from pipeline.relations import LexiconError, build_lexicon, extract_relations, load_lexicon
from pipeline.types import RELATION_TYPES, Article, Mention, TaggedArticle

# Sentences from seed 000 (Al-Watan, 2016-07-28) and 002 (Syrian Telegraph, 2015-10-11).
KERRY_LAVROV = (
    "وقبل أقل من أسبوعين، توصل كيري ولافروف بعد محادثات ماراثونية في موسكو، إلى اتفاق على قائمة طويلة من "
    "«الخطوات الملموسة» الهادفة إلى تحقيق التعاون الروسي الأميركي ضد النصرة وداعش في سورية، واستئناف العملية "
    "السياسية المتعثرة لحل أزمتها."
)
LAVROV_LAOS = (
    "وبعد محادثاتهما أول من أمس في لاوس، أعلن لافروف أن تنفيذ «الخطوات» منوط بعمليات القوات الروسية وقوات "
    "التحالف الدولي."
)
KERRY_PUTIN = (
    "ومنتصف الشهر الجاري، ناقش وزير الخارجية الأميركي جون كيري مع الرئيس الروسي فلاديمير بوتين مسودة مقترح "
    "أعدتها إدارة الرئيس أوباما للتعاون الأمني بين واشنطن وموسكو في مواجهة جبهة النصرة."
)
CARTER_KERRY = (
    "وأعلن وزير الدفاع الأميركي آشتون كارتر دعمه لجهود كيري في استطلاع إمكانية التعاون مع الروس، لكنه أعرب عن "
    "تحفظات قوية وشكوك عميقة."
)
MOD_COUNTERPART = (
    "وأعلنت وزارة الدفاع الروسية أنها بحثت مع نظيرتها الأميركية مسائل أمن الطيران في الأجواء السورية."
)
MOD_PENTAGON_AGREE = (
    "أكدت وزارة الدفاع الروسية تحقيق تقدم في بلورة اتفاق محتمل بينها وبين البنتاغون بشأن ضمان سلامة الطلعات "
    "التي تنفذها قوات سلاح الجو الروسية والأمريكية في سوريا."
)
PENTAGON_REFUSES = (
    "وجعلت هذه الحادثة التي بررها المسؤولون العسكريون الروس لكون القاعدة بعيدة عن مواقع «المعارضة المسلحة "
    "المعتدلة» في غرب البلاد، البنتاغون أكثر تشدداً في رفض التعاون مع روسيا."
)
NO_TRIGGER = "ووصف كوك جولة المناقشات بالمهنية في مهمة تحليقات الطائرات الحربية لكل من روسيا والتحالف الدولي."


def make_tagged(text: str, ner=(), date: str = "2016-07-28", article_id: str = "000") -> TaggedArticle:
    """An article with NER mentions given as (surface, type) in reading order."""
    article = Article(article_id, text, date=date)
    sentences = tuple(split_sentences(text))
    mentions, cursor = [], 0
    for surface, kind in ner:
        start = text.index(surface, cursor)
        end = cursor = start + len(surface)
        sentence = next(s for s in sentences if s.start <= start < s.end)
        first = next(i for i, t in enumerate(sentence.tokens) if t.start == start)
        last = next(i for i, t in enumerate(sentence.tokens) if t.end == end)
        mentions.append(Mention(article_id, sentence.index, start, end, surface, kind, first, last + 1))
    return TaggedArticle(article, sentences, tuple(mentions))


def relations_of(text: str, ner=(), date: str = "2016-07-28"):
    tagged = make_tagged(text, ner, date)
    return extract_relations(tagged, link_article(tagged, load_registry()))


def typed(relations) -> set[tuple[str, str, str, bool]]:
    """(type, source, target, directed) of the relations that are not CO_MENTION."""
    return {(r.type, r.source, r.target, r.directed) for r in relations if r.type != "CO_MENTION"}


def between(relations, a: str, b: str) -> set[str]:
    return {r.type for r in relations if {r.source, r.target} == {a, b}}


# ------------------------------------------------------------------ the seed expectations


def test_kerry_and_lavrov_meet_and_agree():
    relations = relations_of(KERRY_LAVROV, [("كيري", "PER"), ("ولافروف", "PER"), ("موسكو", "LOC")])
    assert between(relations, "john_kerry", "sergey_lavrov") == {"MEET", "AGREE"}
    meet = next(r for r in relations if r.type == "MEET")
    assert (meet.source, meet.target, meet.directed) == ("john_kerry", "sergey_lavrov", False)
    assert meet.trigger == "محادثات"


def test_the_venue_of_the_talks_is_not_a_party():
    relations = relations_of(KERRY_LAVROV)
    assert between(relations, "sergey_lavrov", "moscow") == {"CO_MENTION"}


def test_kerry_discusses_with_putin_is_a_meeting():
    relations = relations_of(KERRY_PUTIN, [("جون كيري", "PER"), ("فلاديمير بوتين", "PER")])
    assert between(relations, "john_kerry", "vladimir_putin") == {"MEET"}
    assert ("COOPERATE", "moscow", "washington", False) in typed(relations)


def test_carter_supports_kerry():
    relations = relations_of(CARTER_KERRY, [("آشتون كارتر", "PER"), ("كيري", "PER")])
    assert typed(relations) == {("SUPPORT", "ashton_carter", "john_kerry", True)}
    [support] = [r for r in relations if r.type == "SUPPORT"]
    assert support.trigger == "دعمه"


def test_pentagon_and_russian_mod_meet_through_the_counterpart_phrase():
    relations = relations_of(MOD_COUNTERPART, [("وزارة الدفاع الروسية", "ORG")])
    assert typed(relations) == {("MEET", "pentagon", "russian_mod", False)}


def test_a_possible_agreement_between_pentagon_and_russian_mod_is_hypothetical():
    relations = relations_of(MOD_PENTAGON_AGREE, [("وزارة الدفاع الروسية", "ORG"), ("البنتاغون", "LOC")], "2015-10-11")
    [agree] = [r for r in relations if r.type == "AGREE"]
    assert {agree.source, agree.target} == {"pentagon", "russian_mod"}
    assert agree.modality == "hypothetical"  # «اتفاق محتمل»: not (yet) agreed


def test_saying_something_about_an_actor_is_no_statement_to_it():
    relations = relations_of(LAVROV_LAOS, [("لاوس", "LOC"), ("لافروف", "PER")])
    assert typed(relations) == set()


def test_refused_cooperation_is_negated_cooperation():
    relations = relations_of(PENTAGON_REFUSES, [("البنتاغون", "ORG"), ("روسيا", "LOC")])
    [cooperate] = [r for r in relations if r.type == "COOPERATE"]
    assert {cooperate.source, cooperate.target} == {"pentagon", "russia"} and cooperate.modality == "negated"
    assert not [r for r in relations if r.type != "CO_MENTION" and r.modality == "asserted"]


# ------------------------------------------------------------------ directions and fallbacks


def test_attack_runs_from_the_subject_after_the_verb_to_the_object():
    relations = relations_of("وشنت روسيا غارات على مواقع داعش في ريف حلب.")
    assert ("ATTACK", "russia", "isis", True) in typed(relations)
    assert between(relations, "isis", "aleppo") == {"CO_MENTION"}


def test_attack_with_the_subject_before_the_verb():
    relations = relations_of("وقال مسؤول إن التحالف الدولي قصف مواقع داعش قرب الرقة.")
    assert ("ATTACK", "us_led_coalition", "isis", True) in typed(relations)


def test_support_given_by_the_actor_after_min_runs_from_it():
    relations = relations_of("وسيطر الحوثيون على المدينة بدعم من إيران.")
    assert typed(relations) == {("SUPPORT", "iran", "houthis", True)}


def test_conjoined_subjects_are_not_each_others_target():
    relations = relations_of("قصفت روسيا وسوريا مواقع المعارضة.")
    assert between(relations, "russia", "syria") == {"CO_MENTION"}


def test_co_mention_when_no_trigger_applies():
    relations = relations_of(NO_TRIGGER, [("كوك", "PER")], "2015-10-11")
    [pair] = [r for r in relations if {r.source, r.target} == {"russia", "us_led_coalition"}]
    assert pair.type == "CO_MENTION" and not pair.directed
    assert (pair.source, pair.target) == ("russia", "us_led_coalition")  # undirected: sorted ids


def test_a_list_of_many_actors_makes_no_clique():
    relations = relations_of("وأكدت روسيا وإيران والسعودية وتركيا ومصر والأردن وقطر أن الحل سياسي.")
    assert relations == []


def test_far_apart_actors_are_not_co_mentioned():
    relations = relations_of(KERRY_PUTIN)
    assert not between(relations, "john_kerry", "jabhat_al_nusra")


def test_no_relation_of_an_actor_with_itself():
    text = "بعد أن خففت وزارة الدفاع الأميركية «البنتاغون» اعتراضاتها على التعاون مع البنتاجون."
    relations = relations_of(text)
    assert relations == []


def test_relations_do_not_cross_sentences():
    relations = relations_of("التقى كيري الوفد. وقال لافروف إن الاجتماع مفيد.")
    assert relations == []


def test_types_are_known_and_undirected_ones_are_sorted():
    text = "\n".join([KERRY_LAVROV, LAVROV_LAOS, KERRY_PUTIN, CARTER_KERRY, MOD_COUNTERPART])
    relations = relations_of(text)
    assert relations
    for relation in relations:
        assert relation.type in RELATION_TYPES
        assert relation.source != relation.target
        if not relation.directed:
            assert relation.source < relation.target


# ------------------------------------------------------------------ evidence


def test_evidence_offsets_slice_the_article_text_to_the_sentence():
    text = "سورية\n\n" + KERRY_LAVROV + " " + CARTER_KERRY
    tagged = make_tagged(text)
    relations = extract_relations(tagged, link_article(tagged, load_registry()))
    assert relations
    sentence_spans = {(s.start, s.end) for s in tagged.sentences}
    for relation in relations:
        evidence = relation.evidence
        assert evidence.article == "000"
        assert text[evidence.start : evidence.end] == evidence.sentence
        assert (evidence.start, evidence.end) in sentence_spans
    carter = next(r for r in relations if r.type == "SUPPORT")
    assert carter.evidence.sentence.startswith("وأعلن وزير الدفاع الأميركي")
    assert carter.evidence.sentence.endswith("تحفظات قوية وشكوك عميقة.")


def test_mentions_of_other_articles_are_ignored():
    tagged = make_tagged(KERRY_PUTIN)
    other = make_tagged(KERRY_PUTIN, article_id="other")
    assert extract_relations(tagged, link_article(other, load_registry())) == []


# ------------------------------------------------------------------ the lexicon


@pytest.mark.parametrize(
    "word, kind",
    [
        ("التقى", "MEET"),
        ("وبحثا", "MEET"),
        ("محادثاتهما", "MEET"),
        ("سيلتقي", "MEET"),
        ("والمباحثات", "MEET"),
        ("توصلا", "AGREE"),
        ("الاتفاق", "AGREE"),
        ("دعمه", "SUPPORT"),
        ("يرحبون", "SUPPORT"),
        ("ونددت", "OPPOSE"),
        ("اعتراضاتهما", "OPPOSE"),
        ("بالتنسيق", "COOPERATE"),
        ("قصفت", "ATTACK"),
        ("غاراتها", "ATTACK"),
        ("ودعت", "STATEMENT"),
        ("وطالبت", "STATEMENT"),
    ],
)
def test_lexicon_reads_inflections_and_clitics(word, kind):
    assert load_lexicon().type_of(word) == kind


@pytest.mark.parametrize("word", ["البحثية", "قالب", "بيانات", "المعارضة", "التحالف", "وأعلنت", "قال"])
def test_lexicon_matches_whole_words_only(word):
    assert load_lexicon().type_of(word) is None


def test_lexicon_rejects_a_word_listed_twice(tmp_path):
    path = tmp_path / "triggers.yaml"
    path.write_text(
        textwrap.dedent(
            """
            triggers:
              MEET: {verbs: [التقى]}
              AGREE: {verbs: [التقى]}
            """
        ),
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="listed twice"):
        load_lexicon(path)


def test_lexicon_rejects_an_unknown_type(tmp_path):
    path = tmp_path / "triggers.yaml"
    path.write_text("triggers:\n  HUG: {verbs: [عانق]}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="HUG"):
        load_lexicon(path)


def test_a_custom_lexicon_changes_the_type(tmp_path):
    path = tmp_path / "triggers.yaml"
    path.write_text("triggers:\n  OPPOSE: {verbs: [ناقش]}\n", encoding="utf-8")
    tagged = make_tagged(KERRY_PUTIN)
    relations = extract_relations(tagged, link_article(tagged, load_registry()), load_lexicon(path))
    assert between(relations, "john_kerry", "vladimir_putin") == {"OPPOSE"}


def test_shipped_lexicon_maps_every_type_to_a_cameo_root_code():
    from pipeline.types import RELATION_TYPES

    cameo = load_lexicon().cameo
    assert set(cameo) == set(RELATION_TYPES) - {"CO_MENTION"}
    assert cameo["MEET"]["code"] == "04" and cameo["OPPOSE"]["code"] == "11" and cameo["ATTACK"]["code"] == "19"


def test_lexicon_rejects_a_malformed_cameo_code():
    with pytest.raises(LexiconError, match="cameo.MEET"):
        build_lexicon({"triggers": {"MEET": {"verbs": ["التقى"]}}, "cameo": {"MEET": {"code": 4, "name": "Consult"}}})


def test_lexicon_rejects_argument_kinds_for_a_word_that_is_no_trigger():
    with pytest.raises(LexiconError, match="argument_kinds.*انضم"):
        build_lexicon({"triggers": {"MEET": {"verbs": ["التقى"]}}, "argument_kinds": [{"words": ["انضم"], "agent": "PER", "partner": "ORG"}]})


def test_lexicon_rejects_own_agent_only_for_a_word_that_is_no_trigger():
    with pytest.raises(LexiconError, match="own_agent_only.*حرب"):
        build_lexicon({"triggers": {"MEET": {"verbs": ["التقى"]}}, "own_agent_only": ["حرب"]})


def test_lexicon_rejects_an_unknown_window():
    with pytest.raises(LexiconError, match="windows.betwen"):
        build_lexicon({"triggers": {"MEET": {"verbs": ["التقى"]}}, "windows": {"betwen": 6}})


def test_lexicon_rejects_an_unknown_argument_kind():
    with pytest.raises(LexiconError, match=r"argument_kinds\[0\].*PER, ORG, LOC"):
        build_lexicon({"triggers": {"AGREE": {"verbs": ["انضم"]}}, "argument_kinds": [{"words": ["انضم"], "agent": "PERSON"}]})


def test_argument_kinds_give_a_word_its_own_frame():
    lexicon = build_lexicon(
        {"triggers": {"AGREE": {"verbs": ["انضم"]}}, "frames": {"AGREE": {"verbs": ["مع"]}},
         "argument_kinds": [{"words": ["انضم"], "agent": "PER", "partner": "ORG", "frame": ["إلى"], "sport": True}]}
    )
    [entry] = lexicon.starts("وانضم")
    assert (entry.agent_kind, entry.partner_kind, entry.sport_only) == ("PER", "ORG", True)
    assert lexicon.entry_frame(entry) == {"الي"} and lexicon.frame("AGREE", "verb") == {"مع"}
