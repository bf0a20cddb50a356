"""Who is the agent and who the partner (or target) of a predicate, from Arabic word order.

Rules, per predicate (``frames`` and the word lists in ``data/triggers.yaml`` say
which prepositions introduce each type's partner):

* **Verbs.** The subject is, in this order: the main clause's subject after
  «أنها/إنه» or «أن يكون» («أعلنت الوزارة أنها بحثت مع …»); the actor right before
  the verb (SVO: «واشنطن تدعم», «إن التحالف قصف»); the antecedent of «الذي/التي»
  («المالكي الذي اتهم …»); the first actor after the verb with no preposition (VSO:
  «استقبل الملك سلمان الرئيس»; a title with a glued preposition stays inside the
  subject: «أثنى القيادي بالمقاومة سالم سمران»); for «وبحث» the previous verb's subject;
  for «كلمة ثمن فيها» the subject of the light verb that carries it.
  The partner is the first actor after the verb (or its subject) that the type's
  frame introduces: a bare object («قصف التحالف مواقع داعش»), مع، ب، على، ل …; a
  transitive meeting verb looks past venues and times («استقبل X … في قصره مساء اليوم Y»).
* **Verbal nouns.** «بين X وY» makes every pair a party («تم الاتفاق بين …»);
  a genitive actor is the agent («محادثات كيري ولافروف», «قصف روسيا لداعش»), or the
  target for ``patient_genitive`` nouns («اغتيال …»); «بدعم من X» makes X the agent;
  a noun with a partner but no agent of its own takes the subject of the light verb
  that carries it («عقد X اجتماعا مع Y», «رفع X التهاني إلى Y») or the nearest actor
  before it in the clause («لافروف بعد اجتماع مع نظيره»), except for ``strict`` nouns
  («الاتفاق» alone is "the deal").
* **Coordination.** «X وY» as subject: each is an agent; undirected types then
  pair X with Y when no partner follows («توصل كيري ولافروف إلى اتفاق»), but never
  four or more (a list); a ``gathers`` verb pairs everyone («لقاء ثلاثي جمع X وY وZ»).
* **Clauses.** Punctuation and complementizers (أن، إن، الذي …) bound every search,
  so «قال X إن Y هاجم Z» gives Y → Z. A venue («في موسكو») is never a party.

>>> from pipeline.types import Article, TaggedArticle
>>> from pipeline.arabic import split_sentences
>>> from pipeline.actors import link_article, load_registry
>>> from pipeline.relations.sentence import build_view
>>> from pipeline.relations.lexicon import load_lexicon
>>> from pipeline.relations.predicates import find_predicates
>>> text = "وقال كيري إن روسيا قصفت مواقع داعش في سوريا."
>>> tagged = TaggedArticle(Article("a", text), tuple(split_sentences(text)))
>>> view = build_view(tagged, tagged.sentences[0], link_article(tagged, load_registry()), load_registry())
>>> predicates = find_predicates([t.text for t in view.sentence.tokens], load_lexicon())
>>> [(view.slots[l.agent].actor, view.slots[l.partner].actor) for _, l in assign_arguments(view, predicates, load_lexicon())]
[('russia', 'isis')]
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ..actors.names import QUOTES, WORDS, drop_clitic_before_article
from ..actors.org_names import ORG_WORDS
from ..actors.nationalities import nationality_of
from ..arabic import strip_clitics
from .conveyed import conveyed_links
from .grammar import GRAMMAR
from .lexicon import BARE, Lexicon, is_definite, load_lexicon, normalize_token, trigger_readings, with_pronoun, without_suffix
from .polities import is_polity, load_polities
from .predicates import Predicate, find_predicates
from .references import is_office_head, is_role_head, load_role_words, role_before_name
from .asides import DASHES as _DASHES
from .sentence import AND_BETWEEN as _AND_BETWEEN
from .sentence import BUILDINGS, COMMAS, COMPLEMENTIZERS, PREPOSITIONS, PRONOUN_COMPLEMENTIZERS, VENUE_HEADS, SentenceView, is_leader_word
from .sentence import VENUE_PREPOSITIONS as _VENUE_PREPOSITIONS
from .sides import load_sides

__all__ = ["Link", "assign_arguments", "in_context"]

# Words that may stand between a subject and its verb («روسيا قد قصفت»).
_FILLERS = GRAMMAR.fillers
# «بين» with the first party as a pronoun: «اتفاق بينها وبين البنتاغون».
_BETWEEN = normalize_token("بين")
_BETWEEN_PRONOUNS = GRAMMAR.between_pronouns
_FROM = normalize_token("من")
_TO = normalize_token("إلى")
_FROM_ABOUT = normalize_token("عن")
_THAT = frozenset(normalize_token(w) for w in ("إن", "أن"))
_INSTITUTION_HEADS = ORG_WORDS.construct_heads | ORG_WORDS.definite_heads | ORG_WORDS.name_heads
_BY = normalize_token("قبل")
_AGENCY_NOUNS = GRAMMAR.agency_nouns
_PRAISED = _AGENCY_NOUNS | GRAMMAR.praised_deeds  # «…، جهود X», «…، اهتمام X»: X is praised
# forces, acts and organs of a state, and parts played: a country adjective after one is the doer
_ACT_HEADS = WORDS.force_heads | WORDS.state_heads | _AGENCY_NOUNS
_TOPIC = frozenset({normalize_token("أما"), normalize_token("وأما")})  # «أما X فـ…»
_AGENCY_REACH = 8  # tokens from the verbal noun back to «دور»: the actor's name and two adjectives
_IN = normalize_token("في")
_WITH = normalize_token("مع")
_ALSO = normalize_token("كما")
_BOTH = frozenset({normalize_token("كلا"), normalize_token("كل")})
_AGAINST = frozenset({normalize_token("ضد"), normalize_token("على")})
_AGAINST_ONLY = frozenset({normalize_token("ضد")})  # the own frame of a noun that opposes only «ضد» someone
_FORCE_HEADS = GRAMMAR.force_heads
_ALLEGIANCE = GRAMMAR.allegiance
_ONE_SIDE = (normalize_token("من"), normalize_token("جهة"))  # «بين X من جهة وY»
_PLATFORMS = GRAMMAR.platforms
_MEDIA_PREPOSITIONS = GRAMMAR.media_prepositions
_CARRYING_VERBS = GRAMMAR.carrying_verbs
_KILLING_VERBS = GRAMMAR.killing_verbs
_KILLED_IN = GRAMMAR.killed_in
_DUAL_HEADS = GRAMMAR.dual_heads
_SUFFER = GRAMMAR.suffer_verbs
_OUTLET_HEADS = GRAMMAR.outlet_heads
_PRESS_HEADS = GRAMMAR.press_heads
_CANALS = GRAMMAR.canals
_ROSTER = 4  # conjoined actors: this many or more are a list, not parties to one another
# «بين» names the parties themselves: four after it are still parties («مفاوضات الإنقاذ … تجري بين
# اليونان والمفوضية الأوروبية والبنك المركزي الأوروبي وصندوق النقد الدولي», 2015-07-25)
_BETWEEN_ROSTER = 5
_GATHERED = 5  # actors a verb of gathering names: this many or more are a roster («لقاء رباعي» gathers four)
_RECEIVED_REACH = 30  # tokens: how far «استقبل X …» may look for the person received
_QUOTES = frozenset('«»“”„‟"\'‹›')
# «ألقى X كلمة ثمن فيها …»: a pronoun after the verb points back to what carries it
_BACK_POINTERS = GRAMMAR.back_pointers
_OBLIQUE_PRONOUNS = GRAMMAR.oblique_pronouns
_CLUB_RANKS = GRAMMAR.club_ranks
_BE = GRAMMAR.be
_PAST_BE = GRAMMAR.past_be
_DIRECTIVES = GRAMMAR.directives
_HANDS = GRAMMAR.hands
_RELATIVES = GRAMMAR.relatives
_TIMES = GRAMMAR.time_words - {normalize_token("من")}
_PERIODS = GRAMMAR.period_nouns
_TIME_HEADS = GRAMMAR.time_phrase_heads
_TIME_NOUNS = GRAMMAR.time_nouns
_EACH = GRAMMAR.each
_TEAM_COLOURS = GRAMMAR.team_colours
_PART_HEADS = GRAMMAR.part_heads
_ADDITIONS = GRAMMAR.additions
_WHEN_WORDS = GRAMMAR.when_words
_AREA_HEADS = GRAMMAR.area_heads
_BARE_OUTLETS = GRAMMAR.bare_outlets
_ACT_NOUNS = GRAMMAR.act_nouns
_PASSIVE_INJURIES = GRAMMAR.passive_injuries
_RELATION_NOUNS = GRAMMAR.relation_nouns
_TIES = GRAMMAR.ties
_ANAPHORS = GRAMMAR.anaphors
_MAKING_NOUNS = GRAMMAR.making_nouns
_COMMENT_NOUNS = GRAMMAR.comment_nouns
_DEMONSTRATIVES = GRAMMAR.demonstratives
_PASSIVE_REACH = 12  # tokens from a killing verb to the «وأصيب» that makes it passive
_NEWS = GRAMMAR.news_words
_SINGULAR_RELATIVES = GRAMMAR.singular_relatives
_COUNTS = GRAMMAR.counts
_MEMBERS = GRAMMAR.members
_FIGHTERS = GRAMMAR.fighters
_FIGHTER_GROUPS = GRAMMAR.fighter_groups
_CAPTION_PARTICIPLES = GRAMMAR.caption_participles
_COMPANIONS = GRAMMAR.companions
_PARTITIVES = GRAMMAR.partitives
_OWN_WITH = GRAMMAR.own_with_nouns
_OWNED_OBJECT_TYPES = frozenset({"SUPPORT", "OPPOSE"})
_THEN = frozenset({normalize_token("ثم"), normalize_token("أو")})
_QUOTED_NAME_WORDS = 3  # words at most of a quoted name that is a verb's subject («التقت «صحتك» …»)
_ASKED_REACH = 2  # words at most between a request's subject and the «من» of whom it asks («طلبت تركيا أمس من الناتو»)
_OBJECT_AFTER_TITLE = 3  # tokens at most from the comma closing the subject's title to the object
_APPOSITION = 10  # tokens at most between the two commas of an apposition the partner search reads past
_GLUED_OBJECT_REACH = 3  # tokens from a comma after the subject to the actor a glued «بـ»/«لـ» there introduces
_LONG_TITLE = 16  # tokens at most in a subject's title set off by commas, when it is all title words
_LONG_TITLE_PLAIN = 2  # words of such a title that are no title, definite or time word, nor an actor
_OWNER_REACH = 4  # tokens from «التي» to the clause's subject, titles not counted: «التي أدلى بها» + two words of a title
_ELIDED_REACH = 3  # «وغيرت تركيا», «وصل الرئيس المصري عبد الفتاح السيسي»: the subject opens the sentence
_HARD_BREAKS = frozenset({".", "؛", ";", ":", "؟", "!"})  # a participle does not reach back past these
_SEMICOLONS = frozenset({"؛", ";"})
_QAD = normalize_token("قد")
_QAD_REACH = 5  # tokens from «كان» to «قد»: the unnamed subject between
_CONTRASTS = GRAMMAR.contrasts  # «…، فيما شدّد Z»: a subject of its own
_ABSTRACT_SUBJECTS = GRAMMAR.abstract_subjects  # «تلتقي مصالح X»: the verb's subject, X its genitive
_EVENT_NOUNS = GRAMMAR.event_nouns  # «عزل», «غزو»: their genitive is acted on, by no one named here
_TRAIL = GRAMMAR.trail  # between conjoined actors and a noun after them: «كيري ولافروف بعد محادثات»
_POSSESSION = GRAMMAR.possession
_DURING = GRAMMAR.during  # «أثناء لقائه X»: the main subject's meeting with X
_ANSWERS = GRAMMAR.answers  # «استجابة لطلب X»: X asked the one who answered
_INVITATIONS = GRAMMAR.invitations  # «بدعوة من X»: X invited the main clause's subject
_APPRECIATION = GRAMMAR.appreciation_verbs
_TEAMS = GRAMMAR.teams
_MATCH_VERBS = GRAMMAR.match_verbs
_MATCH_NOUNS = GRAMMAR.match_nouns
_TOPICS = GRAMMAR.topics
_APPRECIATION_REACH = 3  # tokens before the host: «وقدر المهندس محمد المخرج»
_FIRM_MANNERS = GRAMMAR.firm_manners  # «بشدة», «بقوة»: how firmly, before the object
_SPEECH_NOUNS = GRAMMAR.speech_nouns  # «التصريحات التي صدرت عن X»: X said them
_SPEECH_SOURCES = GRAMMAR.speech_sources  # «صدرت عن», «أدلى بها»: between statements and their speaker
_TIME_CLAUSE_HEADS = GRAMMAR.time_clause_heads  # «بعد أن»: a clause of time, no reported speech
_EXISTENTIALS = GRAMMAR.existentials  # «هناك تهديد لتركيا»: no one named threatens
_IN_THE_NAME_OF = GRAMMAR.in_the_name_of
_ON_BEHALF_OF = GRAMMAR.on_behalf_of  # «نيابة عن X»: X is represented, no partner
_OWNED_TARGETS = GRAMMAR.owned_targets  # «مواقع», «معاقل»: places of a side, struck
_NOT_A_COUNTRY_AFTER = GRAMMAR.not_a_country_after
_DEPARTMENTS = GRAMMAR.department_heads
_PRECEDENCE = GRAMMAR.precedence_verbs
_WITH_PRONOUNS = frozenset(normalize_token(_WITH + p) for p in ("ه", "ها", "هم", "هما", "هن"))  # «معه», «معهم» …
_PRESENCE = GRAMMAR.presence


@dataclass(frozen=True)
class Link:
    """Slot indices of a predicate's agent and partner (``agent`` is the source of directed types)."""

    agent: int
    partner: int


def assign_arguments(view: SentenceView, predicates: Sequence[Predicate], lexicon: Lexicon) -> list[tuple[Predicate, Link]]:
    """Every (predicate, link) the sentence's structure supports, in predicate order."""
    out: list[tuple[Predicate, Link]] = []
    predicates = in_context(view, predicates, lexicon)
    stops = _Stops(predicates, view)
    last_agents: list[int] = []
    fronted: list[int] = []  # the last verb's agents when they stand before it
    last_gender: str | None = None  # of the verb whose agents those are
    read: set[int] = set()  # where the verbs that found an agent or a link end
    for pred in predicates:
        if pred.pos == "verb":
            gender = lexicon.verb_gender(pred.entry)
            # «ويرفض جيب بوش دبلوماسية أوباما …، وينظر لإيران باعتبارها دولة … وتشن حربا» (2015-07-21): a
            # verb of the other gender has a subject of its own
            shared = not (gender and last_gender and gender != last_gender)
            agents = _verb_agents(view, pred, lexicon, last_agents if shared else [], fronted if shared else [], stops, shared)
            links = list(_verb_links(view, pred, lexicon, agents, stops)) or _told_the_speaker(view, pred, agents)
            if pred.entry.persons_only:
                # «حيث زار القاهرة الخميس الماضي، ووقع مع الرئيس السيسي» (2015-08-06): the place visited
                # is no subject the next verb shares
                agents = _visitors(view, pred, agents)
            if agents or links or _relative_before(view, pred) is not None:
                read.add(pred.end)  # (a relative clause's subject is its antecedent, named or not)
            if agents:
                last_agents, last_gender = agents, gender
                fronted = agents if all(view.slots[a].end <= pred.start for a in agents) else []
        elif (
            # a verb with no subject it could name leaves the noun its own arguments: «وقعت مذكرتي تفاهم بين
            # وزارة الصحة من جهة، وجامعتي الملك عبدالعزيز وجدة» (a 2015-08-06 window, passive)
            not view.norms[pred.start].startswith("و") and pred.start in read
            and any(v.pos == "verb" and v.end == pred.start and _carried(v, pred) for v in predicates)
            and not _carried_by_relative(view, pred, lexicon, stops)
            # statements their speaker is named after are his: «تابعت بأسى التصريحات التي صدرت عن المالكي ضد السعودية»
            and not _speech_owner(view, pred.start, set())
        ):
            # «وشنت غارات على داعش»: the verb right before it has the noun's arguments (not «قصفاً
            # واشتباكات»), unless a relative clause gives the noun its own: «وأشاد بالدعم الذي يقدمه
            # التحالف العربي بقيادة المملكة للجيش والمقاومة» (a 2015-08-06 slice)
            links = []
        elif pred.entry.verdict:
            links = _verdict_links(view, pred)
        elif (conveyed := conveyed_links(view, pred)) is not None:
            links = [Link(a, b) for a, b in conveyed]  # «ونقل كارتر للملك تحيات الرئيس أوباما»
        else:
            links = list(_noun_links(view, pred, lexicon, stops))
        out.extend(
            (pred, link)
            for link in links
            if view.slots[link.agent].actor != view.slots[link.partner].actor
            and _kinds_fit(view, pred, link)
            and not _a_match(view, pred, link)
            and not _team_colours(view, pred, link)
            and not any(_apposed_relation(view, view.slots[k]) for k in (link.agent, link.partner))
            and not _an_interview(view, pred, link)
            and not _own_country(view, link)
            and not _allies_attacking(view, pred, link)
            and not any(_a_platform(view, view.slots[k]) for k in (link.agent, link.partner))
        )
    return [(pred, Link(link.partner, link.agent)) if _suffered(view, pred, link) else (pred, link) for pred, link in out]


_SUFFER_REACH = 8  # tokens from «تعرض» to the attack it names with لـ
_CONSENT_VERBS = GRAMMAR.consent_verbs  # «وافق X على عرض Y»: X agreed with Y
_OFFER_NOUNS = GRAMMAR.offer_nouns
_OFFER_LINKS = GRAMMAR.offer_links
_PERMISSIONS = GRAMMAR.permissions
_ON = normalize_token("على")
_OR = normalize_token("أو")
_CONSENT_REACH = 4  # tokens from the consent verb's subject to «على»
_CONSENT_SPAN = _CONSENT_REACH + 4  # tokens from the verb to «على»: its subjects, then «الأسبوع الماضي»
_OFFER_REACH = 4  # tokens from the offer noun to its maker («الذي تقدم به»)
_RESULT_VERBS = GRAMMAR.result_verbs  # «ما أسفر عن مقتل …»: who an attack killed
_CASUALTY_NOUNS = GRAMMAR.casualty_nouns
_RESULT_REACH = 16  # tokens from an attack's agent to its result clause
_CASUALTY_REACH = 5  # tokens from «مقتل» to the actor it names («15 من», «العشرات من مسلحي»)
_KILLED_REACH = _CASUALTY_REACH + 4  # tokens from the killing word to «في هجوم»: the count, «من» and the killed


def _apposed_relation(view: SentenceView, slot) -> bool:
    """An actor right after an ally or partner noun is that noun's genitive, a description of
    another actor: «ويهدد اسرائيل حليفة الولايات المتحدة» (2015-07-23: Israel had threatened the US)."""
    return slot.start > 0 and view.slot_at(slot.start - 1) is None and view.norms[slot.start - 1] in _RELATION_NOUNS


def _team_colours(view: SentenceView, pred: Predicate, link: Link) -> bool:
    """«ودافع لويس عن ألوان اتلتيكو» (2015-07-22): who defended a club's colours played for it; no
    support (the lexicon's «دافع عن ألوان» only when no subject stands between)."""
    if pred.type != "SUPPORT" or pred.pos != "verb":
        return False
    start = view.slots[link.partner].start
    return any(view.norms[i] in _TEAM_COLOURS for i in range(max(pred.end, start - 2), start))


def _suffered(view: SentenceView, pred: Predicate, link: Link) -> bool:
    """«تعرضت ثلاث مواقع لـ«داعش» فيها لضربات جوية تركية» (2015-07-25): an attack named with ل after
    a form of «تعرض» (suffered) has the sufferer before it, the doer after it; a link read the
    other way round (agent before, partner after) is turned."""
    if pred.type != "ATTACK" or pred.pos != "noun" or view.clitic_preposition(pred.start) != "ل":
        return False
    if not view.slots[link.agent].end <= pred.start < view.slots[link.partner].start:
        return False
    for i in range(pred.start - 1, max(pred.start - 1 - _SUFFER_REACH, -1), -1):
        if view.is_break(i):
            return False
        if not _SUFFER.isdisjoint(strip_clitics(view.norms[i])):
            return True
    return False


def _a_platform(view: SentenceView, slot) -> bool:
    """A social platform (``platforms`` in ``grammar.yaml``): where words were posted, no party; nor
    is a name after «عبر» (``media_prepositions``), an outlet's head or quotes between at most: the
    medium or route («عبر شبكة ام بي سي»)."""
    at = _before_outlet_name(view, slot)
    if 0 <= at < slot.start - 1 and view.norms[at] in _MEDIA_PREPOSITIONS:
        return True  # not a bare «عبر X»: «وعبر الأمير جلوي عن سعادته» is the verb "expressed"
    return tuple(view.norms[slot.start : slot.end]) in _PLATFORMS or tuple(
        drop_clitic_before_article(n) for n in view.norms[slot.start : slot.end]
    ) in _PLATFORMS


def _allies_attacking(view: SentenceView, pred: Predicate, link: Link) -> bool:
    """An attack between two allies of the time (``sides.yaml``) is a misread: «استهداف تجمعات
    الحوثي وصالح» names both as the target (2015-08-02); so is one between two bodies of one
    country («اشتباكات … بين تنظيم داعش والحرس التركي والجيش التركي», 2015-07-25)."""
    if pred.type != "ATTACK":
        return False
    agent, partner = view.slots[link.agent], view.slots[link.partner]
    if load_sides().allied(agent.actor, partner.actor):
        return True
    if agent.kind != "ORG" or partner.kind != "ORG":
        return False
    own = {nationality_of(n) for n in view.norms[agent.start : agent.end]} - {None}
    return bool(own) and own == {nationality_of(n) for n in view.norms[partner.start : partner.end]} - {None}


def _own_country(view: SentenceView, link: Link) -> bool:
    """A head of state or minister and the country whose office he holds on the article's date, a
    country and its capital
    («تعزيز التعاون … بين الأردن والسعودية» after «الملك سلمان … والملك عبدالله الثاني», 2015-08-06;
    «رحب السيسي بضيف مصر», 2015-07-31): he acts for it, never with or on it."""
    slots = view.slots[link.agent], view.slots[link.partner]
    kinds = {s.kind for s in slots}
    if kinds not in ({"ORG", "LOC"}, {"PER", "LOC"}, {"LOC"}):
        return False  # most links: no registry lookup
    from ..actors import load_registry

    registry = load_registry()
    if kinds == {"LOC"}:
        # «الضربات التركية … لدخول انقرة بقوة في الحملة» (2015-07-26): a capital stands for its own country
        return any(registry.capital_of(a.actor) == b.actor for a, b in (slots, slots[::-1]))
    if kinds == {"ORG", "LOC"}:
        # «غارات … للجيش التركي» with Turkey: a country and its own army, ministry or forces
        body, place = slots if slots[0].kind == "ORG" else slots[::-1]
        codes = {nationality_of(n) for n in view.norms[body.start : body.end]} - {None}
        return any(registry.country_actor(code) == place.actor for code in codes)
    for person, place in (slots, slots[::-1]):
        if person.kind == "PER" and place.kind == "LOC" and person.actor in registry:
            if any(registry.country_actor(code) == place.actor for code in registry.countries_of(person.actor, view.date)):
                return True
    return False


def _an_interview(view: SentenceView, pred: Predicate, link: Link) -> bool:
    """«لقاء «الشرق الأوسط» مع …», «خلال اتصال هاتفي مع «الشرق الأوسط»» (2015-08-06), «في اتصال
    هاتفي مع وكالة رويترز» (2015-07-26): a news outlet that meets or calls someone interviews them;
    no talks between actors took place. Nor does the outlet a source spoke to do what the source
    tells it («كشفت مصادر تركية لـ«الشرق الأوسط» عن مسار جديد للغارات على «داعش»», 2015-07-26)."""
    if pred.type == "MEET":
        return any(_an_outlet(view, view.slots[k], press=True) for k in (link.agent, link.partner))
    partner = view.slots[link.partner]
    told = partner.start - 1
    while told > 0 and view.norms[told] in _QUOTES:
        told -= 1
    if _an_outlet(view, partner) and (partner.clitic == "ل" or (told >= 0 and view.clitic_preposition(told) == "ل")):
        # nor is the outlet told the partner: «أشاد مراقبان عسكريان يمنيان لـ«عكاظ» بأهمية القرار» (2015-07-31)
        return True
    if pred.pos == "noun" and _an_outlet(view, view.slots[link.agent]):
        # nor is it the agent of the act it reports: «تشير مصادر «الجزيرة» عن رفض لاعبي الوحدة …», «ما نشرته
        # "الوطن" … بشأن توقفها عن إتمام صفقة التعاقد مع الغاني مبارك أكاسوا» (2015-08-06)
        return True
    # nor is it attacked: «في معارك شمال شرقي بعقوبة وقالت مصادر بالقوات لوكالة الأنباء الألمانية» (2015-07-22)
    return pred.type == "ATTACK" and any(_an_outlet(view, view.slots[k]) for k in (link.agent, link.partner))


def _before_outlet_name(view: SentenceView, slot) -> int:
    """The token before ``slot``'s name past its quote marks and an outlet's head («عبر شبكة "…"»,
    «نقلته وكالة "رويترز"»); -1 at the sentence's start."""
    at = slot.start - 1
    while at >= 0 and view.norms[at] in _QUOTES:
        at -= 1
    if at > 0 and view.slot_at(at) is None and not _OUTLET_HEADS.isdisjoint(strip_clitics(view.norms[at])):
        at -= 1
    return at


def _an_outlet(view: SentenceView, slot, press: bool = False) -> bool:
    """A news outlet in quotes, or named after an outlet's head: «وكالة رويترز», «صحيفة الحياة»,
    «وكالة الأنباء الألمانية»; with ``press``, any name after a head that names only the press
    (``press_heads``: a meeting with «قناة السعودية الاخبارية» is an interview, while «بدأت قناة الهلال
    بالتعاون مع شركة إبداع الحدث» is a channel's own cooperation, a 2015-08-08 slice)."""
    if _quoted_outlet(view, slot):
        return True
    if slot.end - slot.start >= 2 and view.norms[slot.start + 1] in _NEWS and not _OUTLET_HEADS.isdisjoint(strip_clitics(view.norms[slot.start])):
        return True
    if press and slot.end - slot.start >= 2 and not _PRESS_HEADS.isdisjoint(strip_clitics(view.norms[slot.start])) and view.norms[slot.start + 1] not in _CANALS:
        return True  # «قناة السعودية الاخبارية», «صحيفة الحياة»: the press by its head alone (not «قناة السويس»)
    if press and _named_outlet(view, slot):
        return True  # «في اتصال مع فرانس برس» (2015-08-07): an outlet's name of two words or more, unquoted
    for at, name in ((slot.start, slot.start + 1), (slot.start - 1, slot.start)):  # the head inside or before
        if at >= 0 and not _OUTLET_HEADS.isdisjoint(strip_clitics(view.norms[at])):  # «ووكالة», «بصحيفة» too
            # quote marks inside the span do not count: «في اتصال هاتفي مع وكالة "رويترز"» (2015-07-26)
            return tuple(n for n in view.norms[name : slot.end] if n not in _QUOTES) in ORG_WORDS.quoted_outlets
    # any name in quotes after an outlet's head: «نشرت صحيفة "سبورتس اونلاين" الغانية» (2015-07-27)
    at = slot.start - 2
    return at >= 0 and view.norms[slot.start - 1] in QUOTES and not _OUTLET_HEADS.isdisjoint(strip_clitics(view.norms[at]))


def _named_outlet(view: SentenceView, slot) -> bool:
    """An outlet of ``quoted_outlets`` named by two words or more (no common word alone: «فرانس برس»,
    «سكاي نيوز عربية»), or one of ``bare_outlets`` («رويترز»), with or without «وكالة/قناة» before
    them in the span."""
    names = [n for n in view.norms[slot.start : slot.end] if n not in _QUOTES]
    if names and not _OUTLET_HEADS.isdisjoint(strip_clitics(names[0])):
        names = names[1:]
    if len(names) == 1 and names[0] in _BARE_OUTLETS:
        return True  # «في اتصال مع رويترز» (2015-08-06): a name that is no common word
    return len(names) >= 2 and tuple(names) in ORG_WORDS.quoted_outlets


def _quoted_outlet(view: SentenceView, slot) -> bool:
    """A news outlet (``quoted_outlets`` in ``org_names.yaml``) written in quotes, as the press
    names itself: «الشرق الأوسط», not «نادي الاتحاد» (the club shares a newspaper's name)."""
    quoted = 0 < slot.start and slot.end < len(view.norms) and view.norms[slot.start - 1] in QUOTES and view.norms[slot.end] in QUOTES
    if not quoted:
        return False
    if slot.actor.startswith("org:"):
        return tuple(slot.actor[4:].split("_")) in ORG_WORDS.quoted_outlets
    # a registry outlet written in quotes: «والتقت "واس" بأحد مرتادي العين» (2015-07-24)
    return tuple(view.norms[slot.start : slot.end]) in ORG_WORDS.quoted_outlets


def _names_a_match(norms: Sequence[str]) -> bool:
    """A sentence that names a match («المباراة»), or a team meeting another («يلتقي فريق الهلال مع
    نظيره الرياض», 2015-07-31), is about sport whatever its article's other words."""
    if any(not _MATCH_NOUNS.isdisjoint(strip_clitics(n)) for n in norms):
        return True
    return any(
        norms[i + 1] in _TEAMS and not _MATCH_VERBS.isdisjoint(strip_clitics(norms[i])) for i in range(len(norms) - 1)
    )


def _a_match(view: SentenceView, pred: Predicate, link: Link) -> bool:
    """«تلتقي المكسيك مع بنما», «لقاء السوبر الذي يجمع النصر بـ…» in an article about sport: two
    teams (organisations or countries) that "meet" play a match; no talks took place (2015-07-21).
    Nor does a team that "pounds" another attack it («وكان الأهلي قد دك مورجس السويسري بعشرة
    أهداف», 2015-08-01) or "target" the coach it wants to sign; and «اللقاء» with the article is the
    match whoever it names (2015-07-26)."""
    if not view.sport and not _names_a_match(view.norms):
        return False
    if pred.entry.sport_match and any(r.startswith("ال") for r in strip_clitics(view.norms[pred.start])):
        return True  # «دخل مدرب الفيحاء خليل المصري اللقاء بالتشكيل التالي مروان مادو …»: the match
    if pred.entry.sport_match and pred.end < len(view.norms) and view.norms[pred.end] in _TEAMS:
        return True  # «خلال لقاء الفريق مع الزمالك»: the team's match
    agent = view.slots[link.agent]
    if agent.kind == "ORG" and agent.start == pred.end and not _MATCH_VERBS.isdisjoint(strip_clitics(view.norms[pred.start])):
        return True  # «التقى الهلال بالشباب وفاز عليه بهدف نجمه عبدالله فوده»: a club playing
    meet = pred.type == "MEET" and (pred.pos == "verb" or pred.entry.sport_match)  # «مفاوضات مع» stays talks
    if pred.type == "ATTACK":  # a club "targets" a coach it wants («استهدفت إدارة مانشستر يونايتد … انشيلوتي»)
        return any(view.slots[k].kind == "ORG" for k in (link.agent, link.partner))
    if not meet:
        return False
    return all(view.slots[k].kind in ("ORG", "LOC") for k in (link.agent, link.partner))


def in_context(view: SentenceView, predicates: Sequence[Predicate], lexicon: Lexicon | None = None) -> list[Predicate]:
    """``predicates`` without the sport-only words of an article not about sport, so that
    «رحب … بانضمام الأمير … إلى اللجنة» is no signing and does not stop the search for the
    partner of «رحب»; a verb form that is the object of the verb before it is read as its verbal
    noun (:func:`_as_object_noun`)."""
    kept = [
        p for p in predicates
        if (view.sport or not p.entry.sport_only) and not _names_a_department(view, p) and not _vocalised_surname(view, p)
        and not _short_masdar(view, p) and not _known_of(view, p) and not _answered_request(view, p, lexicon)
    ]
    if lexicon is None:
        return kept
    return [_as_object_noun(view, p, kept, lexicon) or _thanks_to(view, p, lexicon) or _after_preposition(view, p, lexicon) or p for p in kept]


def _after_preposition(view: SentenceView, pred: Predicate, lexicon: Lexicon) -> Predicate | None:
    """The verbal noun a bare verb form right after a standalone preposition stands for, which no verb
    follows: «إضافة إلى دعم انجس كينج السيناتور المستقل عن ولاية مين» (a 2015-08-08 window) is the
    senator's support; as a verb, «عن» had named its partner."""
    if pred.pos != "verb" or pred.future or pred.end - pred.start != 1 or pred.start == 0 or view.norms[pred.start][:1] in ("و", "ف"):
        return None
    if view.norms[pred.start - 1] not in PREPOSITIONS or view.slot_at(pred.start - 1) is not None:
        return None
    return _read_as_noun(pred, view.norms[pred.start], lexicon)


_KNOWLEDGE = GRAMMAR.knowledge_nouns
_ABOUT_THE_MATTER = normalize_token("بأمر")


def _known_of(view: SentenceView, pred: Predicate) -> bool:
    """A noun glued to «بـ» right after a noun of knowing (``knowledge_nouns``), «بأمر» between allowed:
    «على علم بالاجتماعات», «على علم بأمر اللقاء» name what was known, no event of the knower's."""
    if pred.pos != "noun" or pred.start == 0:
        return False
    i = pred.start - 1
    if view.norms[i] == _ABOUT_THE_MATTER:
        i -= 1
    elif view.clitic_preposition(pred.start) != "ب":
        return False
    return i >= 0 and not _KNOWLEDGE.isdisjoint(strip_clitics(view.norms[i]))


def _thanks_to(view: SentenceView, pred: Predicate, lexicon: Lexicon) -> Predicate | None:
    """The verbal noun of a support verb form glued to و with a pronoun and followed by «لـ»: «عبر …
    عن اعتزازه البالغ وشكره لمقام خادم الحرمين الشريفين» (a 2015-07-26 slice) is his thanks to the king,
    not "and he thanked him" («وشكره على …»)."""
    if pred.pos != "verb" or pred.type != "SUPPORT" or view.norms[pred.start][:1] != "و" or pred.end >= len(view.norms):
        return None
    if not _object_pronoun(view, pred) or view.clitic_preposition(pred.end) != "ل":
        return None
    return _read_as_noun(pred, pred.entry.tokens[0], lexicon)


def _short_masdar(view: SentenceView, pred: Predicate) -> bool:
    """True for a verb of two letters glued to و («وشن», «وحث») with no actor right after it (titles
    between at most): «بعد مطاردة أميركا له، وشن غاراتها على طالبان» (a 2015-08-01 slice) is the
    verbal noun, "and the launching of its raids", no verb whose subject is the one named before."""
    norm = view.norms[pred.start]
    if pred.pos != "verb" or len(norm) != 3 or norm[0] not in "وف" or len(pred.entry.tokens[0]) != 2:
        return False
    return view.slot_at(view.past_honorifics(pred.end)) is None


def _precedence_subject(view: SentenceView, pred: Predicate) -> tuple[bool, int | None]:
    """Whether the verb follows «سبق لـX أن» (``precedence_verbs``), and X's slot when X is an actor."""
    i = pred.start - 1
    if i < 2 or view.norms[i] not in _THAT or view.norms[i - 1][:1] != "ل":
        return False, None
    k = view.slot_at(i - 1)
    start = view.slots[k].start if k is not None else i - 1
    if start == 0 or view.norms[start - 1] not in _PRECEDENCE:
        return False, None
    # «لماردونا»: the linker may leave an unknown name's «لـ» on; NER may tag nothing there
    return True, (k if k is not None and view.slots[k].end == i and view.slots[k].party else None)


# fatha … hamza below, sukun and madda; not tanween (arabic._DIACRITICS has it): «قدم الراشد دعماً» is a predicate
_SHORT_VOWELS = frozenset(chr(c) for c in range(0x064E, 0x0656))


def _vocalised_surname(view: SentenceView, pred: Predicate) -> bool:
    """«احتفلت عائلتا … والدكتور حاتم بن سليمان طٓلِب بزفاف ابنهم» (2015-08-06): a word written with its
    vowels right after a person's name is that name's last part, vowelled so it is not read as a verb
    («طلب», requested)."""
    k = view.slot_at(pred.start - 1) if pred.start > 0 else None
    return (
        k is not None and view.slots[k].kind == "PER" and view.slots[k].end == pred.start
        and not _SHORT_VOWELS.isdisjoint(view.sentence.tokens[pred.start].text)
    )


def _no_places(view: SentenceView, partners: list[int]) -> list[int]:
    """The partners of a visit or a reception that are no place: not a place, nor a building visited
    («زار محافظ عنيزة … مستشفى الملك سعود بعنيزة», a 2015-07-25 window)."""
    return [k for k in partners if view.slots[k].kind != "LOC" and view.norms[view.slots[k].start] not in BUILDINGS]


def _tie_after_pronoun(view: SentenceView, pred: Predicate) -> bool:
    """A verb of gathering whose objects are its pronoun («يجمعهما») and whose subject right after it is
    a tie or an abstract noun (``ties``, ``abstract_subjects``): «تجمعهما علاقات تاريخية»."""
    at = pred.end
    return (
        _object_pronoun(view, pred) and at < len(view.norms) and view.slot_at(at) is None
        and not (_TIES | _ABSTRACT_SUBJECTS).isdisjoint(_without_pronoun(view.norms[at]))
    )


def _ties_gather(view: SentenceView, pred: Predicate) -> bool:
    """A verb of gathering after a relative pronoun whose noun is one of ties (``ties``), adjectives
    between allowed: «العلاقات التاريخية التي تجمع المملكة ومصر» names no meeting."""
    i = pred.start - 1
    if i < 1 or view.norms[i] not in _RELATIVES:
        return False
    for j in range(i - 1, max(i - 4, -1), -1):  # the noun, or one or two adjectives («التاريخية») first
        if view.slot_at(j) is not None:
            return False
        if not _TIES.isdisjoint(_without_pronoun(view.norms[j])):
            return True
        if not (_adjective_like(view.norms[j]) and is_definite(view.norms[j])):
            return False
    return False


def _names_a_department(view: SentenceView, pred: Predicate) -> bool:
    """«رئيس قسم اللقاءات بجامعة نايف» (2015-07-31), «إدارة التعاون الدولي»: a definite verbal noun right
    after a department's head (``department_heads``) is the department's name, no event."""
    return (
        pred.start > 0 and is_definite(view.norms[pred.start])
        and not _DEPARTMENTS.isdisjoint(strip_clitics(view.norms[pred.start - 1]))
    )


def _as_object_noun(view: SentenceView, pred: Predicate, predicates: Sequence[Predicate], lexicon: Lexicon) -> Predicate | None:
    """The verbal noun a bare verb form stands for when it follows the subject of a verb before it in
    its clause: «أدانت منظمة هيومن رايتس ووتش أمس قصف المتمردين الحوثيين مناطق سكنية» (2015-07-31)
    is the Houthis' shelling that the organisation condemned, not its own; a second verb would take
    «و» or a complementizer."""
    if pred.pos != "verb" or pred.future or pred.end - pred.start != 1 or view.norms[pred.start][:1] in ("و", "ف"):
        return None
    i = pred.start - 1
    while i >= 0 and view.norms[i] in _TIMES:
        i -= 1
    k = view.slot_at(i) if i >= 0 else None
    if k is None or view.slots[k].end != i + 1:
        return None
    subject = view.slots[k]
    ends = [p.end for p in predicates if p.pos == "verb" and p.end <= subject.start]
    # or a light verb that carries nouns: «أكد وزير العدل … الصمعاني دعم وزارة العدل لاستراتيجية وزارة
    # الإسكان» (a 2015-08-06 slice: the ministry's support, not the minister supporting it)
    # («أعلن … كارتر دعمه لجهود كيري» keeps its reading: the verb form with a pronoun, read as a verb;
    # so does an attack the light verb continues: «وواصلت الطائرات التركية قصف مواقع حزب العمال»)
    if not _object_pronoun(view, pred) and pred.type != "ATTACK":
        light = next((j for j in range(subject.start - 1, -1, -1) if view.is_break(j) or (
            view.slot_at(j) is None and lexicon.is_light_verb(view.sentence.tokens[j].text)
        )), None)  # the nearest one in the subject's clause
        if light is not None and not view.is_break(light):
            ends.append(light + 1)
    if subject.start > 0 and not _ANSWER_NOUNS.isdisjoint(strip_clitics(view.norms[subject.start - 1])):
        ends.append(subject.start)  # «قبول تركيا طلب التحالف»: the noun governs its actor, then its object
    last = max(ends, default=None)
    if last is None or _broken(view, last, subject.start):
        return None
    if subject.start - last - view.title_words(last, subject.start) > lexicon.window("lead"):
        return None  # the subject's titles do not count («أكد وزير العدل رئيس المجلس الأعلى للقضاء الشيخ الدكتور …»)
    return _read_as_noun(pred, view.norms[pred.start], lexicon)


_ANSWER_NOUNS = GRAMMAR.answer_nouns
_BORDER_NOUNS = GRAMMAR.border_nouns


def _answered_request(view: SentenceView, pred: Predicate, lexicon: Lexicon | None) -> bool:
    """A bare verb form right after an actor that a noun of answering governs («قبول تركيا طلب
    التحالف»), which the lexicon has no verbal noun for: the object noun, no event of the actor's."""
    if pred.pos != "verb" or pred.end - pred.start != 1 or view.norms[pred.start][:1] in ("و", "ف") or pred.start == 0:
        return False
    k = view.slot_at(pred.start - 1)
    if k is None or view.slots[k].start == 0:
        return False
    governed = not _ANSWER_NOUNS.isdisjoint(strip_clitics(view.norms[view.slots[k].start - 1]))
    return governed and (lexicon is None or _read_as_noun(pred, view.norms[pred.start], lexicon) is None)


def _read_as_noun(pred: Predicate, word: str, lexicon: Lexicon) -> Predicate | None:
    """``pred`` read as the lexicon's verbal noun of its type that «ال» + ``word`` spells, or None."""
    nouns = [p for p in find_predicates(["ال" + word], lexicon) if p.pos == "noun" and p.type == pred.type]
    return replace(pred, entry=nouns[0].entry) if nouns else None


def _kinds_fit(view: SentenceView, pred: Predicate, link: Link) -> bool:
    """True unless the predicate's ``argument_kinds`` rule out the link («ضم» signs a player
    (PER) to a club (ORG); «ضمت القائمة …» or «انضمت تركيا إلى الناتو» are no signings)."""
    entry = pred.entry
    kinds = (not entry.agent_kind or view.slots[link.agent].kind == entry.agent_kind) and (
        not entry.partner_kind or view.slots[link.partner].kind == entry.partner_kind
    )
    return kinds and (not entry.sport_only or _joins_the_club(view, view.slots[link.partner], pred.end)) and not (
        entry.partner_kind == "ORG" and _an_area(view, view.slots[link.partner])
    )


def _an_area(view: SentenceView, slot) -> bool:
    """An organisation NER found that is an area named by its head (``area_heads``), in the span or
    right before it (quotes between allowed): «سيطرة المقاومة على مديرية التواهي», «على منطقة «الفاو»»
    (a 2015-07-21 window): a place taken, no force."""
    at = slot.start - 1
    while at >= 0 and view.norms[at] in QUOTES:
        at -= 1
    heads = [view.norms[slot.start]] + ([view.norms[at]] if at >= 0 and view.slot_at(at) is None else [])
    return any(not _AREA_HEADS.isdisjoint(strip_clitics(h)) for h in heads)


def _joins_the_club(view: SentenceView, slot, lo: int) -> bool:
    """The partner of a signing word is the club itself or its ranks: «إلى النصر», «للنصر», «إلى صفوف
    الريال»; not «لمعسكر الفريق» (joined the training camp, 2015-07-21)."""
    if slot.clitic or slot.start <= lo:
        return True
    intro, distance = view.introducer(slot, lo)
    if intro == BARE or _listed_after_partitive(view, slot, lo) == BARE:
        return True  # «ضم عددا من اللاعبين أبرزهم كارلوس»: the players themselves
    carrier = slot.start - distance - 1
    words = range(carrier if view.norms[carrier] not in PREPOSITIONS else carrier + 1, slot.start)
    return all(not _CLUB_RANKS.isdisjoint(strip_clitics(view.norms[i])) for i in words)


class _Stops:
    """Token positions where a partner search stops: another clause's verb, another type's noun."""

    def __init__(self, predicates: Sequence[Predicate], view: SentenceView | None = None):
        # «ودعا الرئيس خلال لقائه، أمس، إسماعيل ولد الشيخ إلى …»: a noun after «خلال» is an aside,
        # unless a preposition right after it opens its own argument: «وأدان ليون … عقب لقائه بوزير
        # الخارجية الإيطالي باولو جينتيلوني … اختطاف الموظفين» (2015-07-22: Gentiloni was met, not condemned)
        self._predicates = [p for p in predicates if view is None or not _during_phrase(view, p) or _own_argument(view, p)]
        # «استقبل أمين منطقة المدينة المنورة …، الرئيس التنفيذي للعمليات بشركة الشارقة للبيئة فهد بن علي شهيل» (a 2015-08-09
        # slice): a noun in an office's title is no clause of its own
        self._predicates = [p for p in self._predicates if view is None or not _in_office_title(view, p)]
        self._view = view

    @property
    def predicates(self) -> Sequence[Predicate]:
        return self._predicates

    def between(self, pred: Predicate, lo: int, hi: int) -> bool:
        # «شنت روسيا غارات على داعش», «التهاني والتبريكات لـ»: the search goes past a noun of its own type
        return any(
            lo <= p.start < hi and p is not pred and not _carried(pred, p) and not _object_after_genitive(self._view, pred, p)
            for p in self._predicates
        )

    def covers(self, i: int) -> bool:
        """True when token ``i`` is part of a predicate."""
        return any(p.start <= i < p.end for p in self._predicates)

    def carried_at(self, pred: Predicate, i: int) -> bool:
        """True when a noun that ``pred`` carries starts at token ``i`` («شنت غارات»)."""
        return any(p.start == i and _carried(pred, p) for p in self._predicates)


def _in_office_title(view: SentenceView, pred: Predicate) -> bool:
    """A verbal noun that is an office's genitive («مدير العمليات»: the head without «ال») or its «لـ» complement
    («الرئيس التنفيذي للعمليات», «نائب الرئيس للعمليات»: an adjective may stand between) is part of a title.
    Not «أدان الرئيس الهجوم»: a definite head takes no genitive."""
    if pred.pos != "noun":
        return False
    norm, words = view.norms[pred.start].removeprefix("و"), load_role_words()

    def head(at: int) -> bool:
        return at >= 0 and view.slot_at(at) is None and any(is_office_head(r, words) for r in strip_clitics(view.norms[at]))

    if norm.startswith("ال") and head(pred.start - 1):
        return not view.norms[pred.start - 1].removeprefix("و").startswith(("ال", "لل", "بال"))
    if norm.startswith("لل"):
        return head(pred.start - 1) or (pred.start >= 2 and view.norms[pred.start - 1].startswith("ال") and head(pred.start - 2))
    return False


def _object_after_genitive(view: SentenceView | None, pred: Predicate, other: Predicate) -> bool:
    """A noun of the same type right after the actor a verbal noun governs is its object: «توقيع البنك
    الأهلي اتفاقية مع جمعية تكافل الخيرية» (2015-07-24 relation dev: the signing's partner after it)."""
    if view is None or pred.pos != "noun" or other.pos != "noun" or other.type != pred.type:
        return False
    k = view.slot_at(pred.end)
    return k is not None and view.slots[k].start == pred.end and view.slots[k].end == other.start


def _own_argument(view: SentenceView, pred: Predicate) -> bool:
    """A preposition right after the noun: «لقائه بوزير …», «محادثاته مع …»."""
    at = pred.end
    return at < len(view.norms) and (view.norms[at] == _WITH or view.clitic_preposition(at) == "ب")


def _during_phrase(view: SentenceView, pred: Predicate) -> bool:
    """A verbal noun right after «خلال», «أثناء», «لدى» … (``during``): an adverbial phrase."""
    return pred.pos == "noun" and pred.start > 0 and view.norms[pred.start - 1] in _DURING


def _carried(pred: Predicate, other: Predicate) -> bool:
    """A noun of the same type that a verb carries («شنت غارات على») or that joins the noun
    right after it («التهاني والتبريكات لـ»); another «اتفاق» further on is a clause of its own."""
    return other.pos == "noun" and other.type == pred.type and (pred.pos == "verb" or other.start == pred.end)


# ------------------------------------------------------------------------------------- verbs


def _verb_agents(
    view: SentenceView, pred: Predicate, lexicon: Lexicon, last_agents: list[int], fronted: list[int], stops: _Stops,
    shared: bool = True,
) -> list[int]:
    """The verb's agents. ``shared``: it may share the subject of the clause it is glued to (not
    when the verb before it, whose subject that is, has the other gender)."""
    norms = view.norms
    if norms[pred.start].removeprefix("و") in _CAPTION_PARTICIPLES:
        before = pred.start - (pred.start > 0 and norms[pred.start - 1] in COMMAS)
        k = view.slot_at(before - 1) if before > 0 else None
        return _group(view, k) if k is not None and view.slots[k].kind == "PER" else []  # «X مستقبلا Y»
    if lexicon.is_participle(view.sentence.tokens[pred.start].text):
        if _describes_noun_before(view, pred.start):
            return []  # «وتشارك فيها أطراف يمنية مؤيدة للرئيس عبد ربه منصور هادي»: the parties support him
        return _named_main_subject(view, pred.start)  # «أكد كيري …، مشيدا بـ…»
    if pred.type == "ATTACK" and _at_the_hands_of(view, pred.end):
        return []  # «مقاتلين … دربهم الجيش الأمريكي اعتقلوا على أيدي مقاتلي جبهة النصرة»: arrested by them
    if pred.start > 0 and norms[pred.start - 1] in PRONOUN_COMPLEMENTIZERS:
        k = _first_complement_subject(view, pred.start - 1) if norms[pred.start - 1].startswith("و") else None
        if k is None:
            k = _subject_before(view, pred.start - 1, len(norms), commas=True)
        return _group(view, k) if k is not None else []
    preceded, k = _precedence_subject(view, pred)
    if preceded:  # «وسبق لماردونا أن اتهم بلاتر …»: Maradona, named or not, accused Blatter
        return _group(view, k) if k is not None else []
    if pred.start > 1 and norms[pred.start - 1] in _BE and norms[pred.start - 2] in COMPLEMENTIZERS:
        k = _subject_before(view, pred.start - 2, len(norms), commas=True)  # «نفى لافروف أن يكون التقى»
        return _group(view, k) if k is not None else []
    # «ووافقت», «فشنت»: a conjunction glued to the verb; «وافقت», «وقع» begin with a و of their own
    glued = (
        norms[pred.start][:1] in "وف" and (len(norms[pred.start]) > 3 or len(pred.entry.tokens[0]) == 2)  # «وشن»
        and not norms[pred.start].startswith(pred.entry.tokens[0])
    )
    glued = glued or _continues(view, pred)  # «…، حيث التقى», «ثم اجتمع مع»: as if joined by و
    if not glued or _topic_answer(view, pred):
        k = _adjacent_subject(view, pred.start)
        if k is not None and _own_subject_after_relative(view, pred):
            # «صندوق حماية الودائع الذي دعت مؤسسة النقد إلى إنشائه» (a later 2015-07-23 slice): a feminine
            # verb after «الذي» has its own subject, named after it; the fund is no caller
            k = None
        if k is not None and norms[pred.start] in _KILLING_VERBS and pred.end < len(norms) and norms[pred.end] in _KILLED_IN:
            return []  # «الملا يعقوب قتل في كمين لأنصار أختر منصور» (2015-08-06): he was killed
        if k is not None and _abstract_head(view, view.slots[k].start):
            return []  # «هدف هذا التنظيم يلتقي مع هدف إيران»: the aims meet, not the actors
        if k is not None and _governed_list(view, k):
            return []  # «بالتعاون مع مجلس التعاون ووزارة الصحة والمركز الوطني للسكري يبحث»: a list «مع» governs
        if k is not None and _object_pronoun(view, pred) and _noun_subject_after(view, pred):
            # «مقاتلي المقاومة تدعمهم الضربات الجوية التي ينفذها التحالف» (a 2015-07-22 slice): the
            # actor before is what the pronoun stands for, the object; the subject is the noun after
            return []
        if k is not None:
            return _group(view, k)
        if _unnamed_subject_before_qad(view, pred.start):
            return []  # «وكان أمير الرياض قد التقى مدير جامعة الملك سعود»: the subject stands before «قد», unnamed
    k = _antecedent(view, pred)
    disagrees = k is not None and _own_subject_after_relative(view, pred)
    k = None if disagrees else k  # (as above: the verb's own subject is read after it, below)
    oblique = disagrees or (pred.end < len(norms) and norms[pred.end] in _OBLIQUE_PRONOUNS)  # «التي قصفت منها المليشيات»
    oblique = oblique or (pred.end < len(norms) and norms[pred.end] in _BACK_POINTERS)  # «القاهرة التي التقى فيها الملك»: where
    if (
        k is None and _relative_before(view, pred) is not None and not _object_pronoun(view, pred) and not oblique
        and not pred.entry.gathers  # «اللقاء الذي جمع الأمير بندر مع …» gathers the two
    ):
        return []  # «سلسلة من العمليات العسكرية التي استهدفت الحوثيين»: the operations targeted them
    if k is not None and not _object_pronoun(view, pred) and not oblique:
        if view.slots[k].kind == "PER" and _relative_before(view, pred) in _SINGULAR_RELATIVES:
            return [k]  # «… ورئيس مجلس إدارة البنك الأهلي منصور الميمان الذي بدوره ثمّن»: him alone
        return _group(view, k)  # «المالكي الذي اتهم المملكة»
    if pred.end < len(norms) and norms[pred.end] in _BACK_POINTERS and _abstract_antecedent(view, pred):
        return []  # «سياسة تجتمع فيها أمريكا، وإيران، وإسرائيل» (a later 2015-07-22 slice): a shared policy
    if pred.end < len(norms) and norms[pred.end] in _BACK_POINTERS:
        # «القاهرة التي التقى فيها الملك فهد بالرئيس المصري»: the subject right after the pointer;
        # else the clause's speaker («ألقى X كلمة أشاد فيها بـ…»)
        k = _subject_after(view, pred.end + 1)
        if k is not None:
            return _group(view, k)
        # «غادر الأمير محمد بن سلمان … مصر بعد زيارة عمل التقى خلالها بفخامة الرئيس المصري» (a 2015-07-31
        # slice): with no light verb to carry it, the clause's is the sentence's opening subject
        return _host(view, pred, lexicon, fallback=False) or _opening_subject(view, pred.start)
    if pred.end < len(norms) and view.slot_at(pred.end) is None and not _ABSTRACT_SUBJECTS.isdisjoint(strip_clitics(norms[pred.end])):
        return []  # «تلتقي مصالح إسرائيل وأميركا مع إيران»: interests meet, not the states
    if _quoted_subject(view, pred.end):
        return []  # «التقت «صحتك» الدكتور ممدوح سبحي»: a page no actor stands for met him
    if pred.type == "ATTACK" and _passive_killing(view, pred):
        return []  # «قتل المصور … سيمون كامبرز وأصيب زميله …»: killed, not killing
    if pred.entry.tokens[0].endswith("وا") and norms[pred.start].endswith("وا"):
        # «التقوا رئيس النادي محمد الغروي ونائب الرئيس سفر مستور» (a later 2015-08-10 slice): the plural
        # ending is the subject; the names after the verb are its objects
        return (list(last_agents) if shared else []) if glued else []
    lead = lexicon.window("lead")
    lo = _past_time_phrase(view, pred.end)
    owner = _owned_force_subject(view, lo) if pred.type == "ATTACK" else None
    if owner is not None:
        return _group(view, owner)  # «غارة شنتها طائرة تابعة لقوات التحالف الدولي على موقع لتنظيم داعش»
    for k, slot in enumerate(view.slots):
        if slot.start < lo:
            continue
        if slot.start - lo - view.title_words(lo, slot.start) > lead and not (slot.kind == "PER" and _titled_object(view, lo, slot.start, lead)):
            # (a long title that opens right after the verb does not count: «استقبل معالي الأمين العام لمجلس
            # التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني», a 2015-08-10 slice)
            break
        if _broken(view, lo, slot.start) and not _apposed_name(view, lo, slot):
            break
        intro, distance = view.introducer(slot, lo)
        if intro == _FROM and _each_of(view, pred, lexicon, lo, slot):
            intro = BARE
        if intro == _BETWEEN and pred.entry.gathers and view.norms[pred.end] == _BETWEEN and _gathered_by_meeting(pred, stops):
            # «بالاجتماع الذي جمع بين الرئيس السيسي وسمو ولي ولي العهد» (a 2015-07-31 slice); not «مشروع ضخم
            # يجمع بين الجمعية وشركة «حافل»», «من أفضل ما جمع بين جون واين والمخرج جون فورد» (a film)
            intro = BARE
        if intro == BARE and _genitive_of_a_noun(view, lo, slot):
            break  # «انتقدت جماعات حقوق الإنسان اختيار الفيفا لروسيا»: FIFA's choice, not FIFA, is criticised
        if (
            intro == BARE and pred.type == "ATTACK" and lo <= slot.start - 1 and norms[slot.start - 1] in _OWNED_TARGETS
            and not norms[pred.start].startswith("ف")  # «وزار كيري روسيا فقصفت مواقع داعش»: a clause of its own
        ):
            break  # «دكت مواقع المتمردين الحوثيين»: whose positions were struck, no subject
        if intro == BARE and _kin_genitive(view, lo, slot):
            break  # «ناشد ذوو المواطن عوض حميد المطيري مقام خادم الحرمين» (2015-07-21): his family appealed
        if intro != BARE and _title_place_before_name(view, lo, k):
            continue  # «التقى سفير خادم الحرمين الشريفين لدى كندا نايف بن بندر السديري» (a 2015-08-06 window)
        if intro != BARE and _in_charge_title(view, lo, slot, distance):
            continue  # «التقى … المشرف العام على مركز الملك سلمان للإغاثة … د. عبدالله الربيعة» (a 2015-08-10 window)
        if intro != BARE and not _inside_apposition(view, pred, slot, distance) and not _authored(view, lo, slot):
            break
        if _listed_after_partitive(view, slot, lo) is not None:
            break  # «، حيث ضم عدة لاعبين منهم حسين المقهوي»: names that stand for the object, no subject
        if slot.party:
            k = _named_holder(view, pred, k)
            group = [c for c in view.conjuncts(k) if view.slots[c].party]
            second = group[-1] + 1
            if second < len(view.slots) and view.slots[second].party and _second_subject_past_adjective(view, view.slots[group[-1]].end, view.slots[second]):
                group.append(second)  # «اتهمت الحكومة اليمنية المقيمة وقوات التحالف، الحوثيين»: both accused
            if glued and _only_object(view, pred, lexicon, group, fronted, stops):
                return list(fronted)
            elided = _clause_continued(view, pred, glued, last_agents) if shared else []
            if glued and shared and last_agents and _feminine_country_after_masculine_verb(view, pred, lexicon, group, last_agents):
                return list(last_agents)
            if elided and _feminine_body_for_masculine_verb(view, pred, lexicon, elided):
                elided = []  # «أقامت هيئة الهلال الأحمر …، واستقبل سمو الأمير بندر …» (2015-08-06): he received them
            if elided and (_only_object(view, pred, lexicon, group, elided, stops) or _object_by_kind(view, pred, group, elided)):
                return elided  # «قام السفير … بزيارة لمقر صحيفة عكاظ، حيث التقى رئيس التحرير محمد الفال»
            return group
    if glued:
        return (list(last_agents) or _elided_subject(view, pred, stops)) if shared else []
    if _antecedent(view, pred) is not None:
        return []
    # «ألقى X كلمة أشاد فيها بـ…»: the subject of the verb that carries the clause
    return _host(view, pred, lexicon, fallback=False)


_REPORT_NOUNS = GRAMMAR.report_nouns
_AUTHOR_REACH = 3  # tokens from the report noun to its author's «لـ»: «تقرير أخير لـ«…»»


_CONTINUATIONS = GRAMMAR.clause_continuations
_MEETING_REACH = 2  # tokens from a meeting noun to the verb that gathered it («الاجتماع الذي جمع»)


def _gathered_by_meeting(pred: Predicate, stops: _Stops) -> bool:
    """True when a meeting noun stands right before the gathering verb («لقاء جمع», «الاجتماع الذي جمع»)."""
    return any(p.type == "MEET" and p.pos == "noun" and 0 <= pred.start - p.end <= _MEETING_REACH for p in stops.predicates)


def _continues(view: SentenceView, pred: Predicate) -> bool:
    """True for a verb right after a word that goes on with the clause before (``clause_continuations``)."""
    return pred.start > 0 and view.norms[pred.start - 1] in _CONTINUATIONS


def _clause_start(view: SentenceView, pred: Predicate) -> int:
    """Where the verb's own clause begins: at the «حيث»/«ثم» before it, else at the verb."""
    return pred.start - 1 if _continues(view, pred) else pred.start


def _clause_continued(view: SentenceView, pred: Predicate, glued: bool, last_agents: list[int]) -> list[int]:
    """The sentence's opening subject (:func:`_opening_subject`) for a verb that goes on with its
    clause: after «حيث» or a glued و («ووصل كيري إلى الرياض، والتقى الأمير محمد بن سلمان»), when no
    verb before it had a subject read (the verbs before are no triggers: «هنأ الزعيم الرئيس
    ماتاريلا …، واستقبل …» read Mattarella, wrongly, for the first) and the verb carries no object
    pronoun («واستقبله الأمير»: the one after it is the subject)."""
    if last_agents or not glued or _object_pronoun(view, pred):
        return []
    return _opening_subject(view, _clause_start(view, pred))


def _authored(view: SentenceView, lo: int, slot) -> bool:
    """True when the verb's subject is a written work of ``slot``'s, named with «لـ» right after it
    (``report_nouns``): «وانتقد تقرير أخير لـ«هيومان رايتس ووتش» وحدات حماية الشعب الكردية»."""
    if lo >= len(view.norms) or view.norms[lo] not in _REPORT_NOUNS or view.slot_at(lo) is not None:
        return False
    intro, _ = view.introducer(slot, lo + 1)
    return intro == "ل" and slot.start - lo <= _AUTHOR_REACH + 1 and not _broken(view, lo, slot.start)


def _abstract_head(view: SentenceView, start: int) -> bool:
    """The actor at ``start`` is the genitive of an abstract noun before it (a demonstrative between):
    «هدف هذا التنظيم»."""
    at = start - 1
    if at >= 0 and view.norms[at] in _DEMONSTRATIVES:
        at -= 1
    return at >= 0 and view.slot_at(at) is None and not _ABSTRACT_SUBJECTS.isdisjoint(strip_clitics(view.norms[at]))


def _describes_a_noun(view: SentenceView, pred: Predicate) -> bool:
    """A definite participle of the «المتـ» forms right after forces no actor names: an adjective
    of them, whose parties are not the sentence's actors («والقوات المتحالفة معها»); «الجماعة المتحالفة
    مع ايران» (the Houthis, named before) keeps its reading."""
    norm = view.norms[pred.start]
    if not norm.startswith("المت") or pred.start == 0 or view.slot_at(pred.start - 1) is not None:
        return False
    return not _FORCE_HEADS.isdisjoint(_bare_readings(view.norms[pred.start - 1]))


def _described_actor(view: SentenceView, pred: Predicate) -> int | None:
    """The party right before a definite participle of the «المتـ» forms, which describes it:
    «تقدما على جماعة الحوثي المتحالفة مع إيران»."""
    if not view.norms[pred.start].startswith("المت") or pred.start == 0:
        return None
    k = view.slot_at(pred.start - 1)
    return k if k is not None and view.slots[k].party and not view.slots[k].venue else None


def _at_the_hands_of(view: SentenceView, i: int) -> bool:
    """True when «على أيدي», «على يد» or «بأيدي» (``hands``) stands at ``i``."""
    norms = view.norms
    if i + 1 < len(norms) and norms[i] == _ON and norms[i + 1] in _HANDS:
        return True
    return i < len(norms) and norms[i].startswith("ب") and norms[i][1:] in _HANDS


def _passive_killing(view: SentenceView, pred: Predicate) -> bool:
    """A killing verb with a passive verb of injury joined after it in its clause (``passive_injuries``)."""
    for i in range(pred.end, min(pred.end + _PASSIVE_REACH, len(view.norms))):
        if view.is_break(i, commas=False):
            return False
        if view.norms[i] in _PASSIVE_INJURIES:
            return True
    return False


def _genitive_of_a_noun(view: SentenceView, lo: int, slot) -> bool:
    """True when the word right before ``slot`` (at or after ``lo``) is a noun of an act
    (``act_nouns``) the actor is the genitive of: «اختيار الفيفا» (2015-07-22)."""
    at = slot.start - 1
    return at >= lo and slot.kind != "LOC" and view.slot_at(at) is None and at not in view.named and view.norms[at] in _ACT_NOUNS


def _each_of(view: SentenceView, pred: Predicate, lexicon: Lexicon, lo: int, slot) -> bool:
    """True when «كل من» («both») opens ``slot`` as the verb's subjects: after its object or a verb
    that takes none («وقع الاتفاقية كل من X وY»), not right after a transitive verb, whose objects
    it names («درب كلاً من الاتحاد، والقادسية»). Honorifics may stand before the name."""
    at = slot.start - 1
    while at > lo and view.norms[at] in view.honorifics:
        at -= 1
    if at <= lo or view.norms[at] != _FROM or view.norms[at - 1] not in _EACH:
        return False
    return at - 1 > lo or not (pred.entry.transitive or BARE in lexicon.entry_frame(pred.entry))


def _past_time_phrase(view: SentenceView, i: int) -> int:
    """The token after a time phrase that starts at ``i`` («في شهر شعبان الماضي», «خلال الأسبوع
    الماضي»), else ``i``: a subject after its verb may follow one («التي وقعها في شهر شعبان الماضي
    وزير التعليم … ووزير الصحة …», 2015-07-22 dev). The phrase holds no actor and a time noun."""
    from ..actors import load_registry

    never_actor = load_registry().is_never_actor  # month names (not_actors.yaml)
    norms = view.norms
    j = i + (i < len(norms) and norms[i] in _TIME_HEADS)
    k = j
    timed = False
    while k < len(norms) and k - j < 5 and view.slot_at(k) is None:
        norm = norms[k]
        if norm in _TIMES or norm in _PERIODS or norm in _TIME_NOUNS:
            timed = True
        elif not (norm.isdigit() or never_actor([norm])):
            break
        k += 1
    return k if timed and k > j else i


def _first_complement_subject(view: SentenceView, before: int) -> int | None:
    """The actor right after the sentence's first «إن/أن», which a second complement's pronoun («وإنها»)
    points back to: «قال هندرسون إن إيران تعرقل … إعادة حكم الرئيس هادي، وإنها تدعم قوات المعارضة»
    (2015-07-31: Iran supports them, not Hadi)."""
    for i in range(before):
        if view.norms[i] in _THAT and i + 1 < before:
            k = view.slot_at(i + 1)
            return k if k is not None and view.slots[k].start == i + 1 and view.slots[k].party else None
    return None


def _quoted_subject(view: SentenceView, at: int) -> bool:
    """True when a quoted name of at most three words that no actor stands for opens at ``at``
    (right after a verb): the verb's subject («التقت «صحتك» الدكتور …»)."""
    norms = view.norms
    if at >= len(norms) or norms[at] not in _QUOTES:
        return False
    close = next((j for j in range(at + 1, min(at + 2 + _QUOTED_NAME_WORDS, len(norms))) if norms[j] in _QUOTES), None)
    return close is not None and close > at + 1 and all(view.slot_at(j) is None for j in range(at + 1, close))


def _only_object(view: SentenceView, pred: Predicate, lexicon: Lexicon, group: list[int], fronted: list[int], stops: _Stops) -> bool:
    """«فابيوس الذي زار إيران، والتقى الرئيس حسن روحاني»: the actors right after a meeting verb
    joined by و to the one before, with no object after them, are its object, not its subject,
    when the verb before had a person or an organisation standing before it for subject (one
    read after it may be its object: «هنأ خادم الحرمين الرئيس ماتاريلا» with the king unlinked)."""
    if not (pred.entry.transitive and pred.type == "MEET" and fronted):
        return False
    if any(view.slots[a].kind == "LOC" for a in fronted):
        return False
    end = view.slots[group[-1]].end
    if end < len(view.norms) and view.norms[end] == _WITH:
        return False  # «حيث التقى السفير الإسرائيلي … رون ديرمر مع مجموعة من 40 عضوا» (a 2015-07-22 slice): «مع» follows its subject
    frame = lexicon.entry_frame(pred.entry)
    return not _partners(view, pred, lexicon, view.slots[group[-1]].end, set(group), frame, True, stops)


_MASCULINE_PLACES = GRAMMAR.masculine_places


def _feminine_country_after_masculine_verb(view: SentenceView, pred: Predicate, lexicon: Lexicon, group: list[int], subjects: list[int]) -> bool:
    """A masculine verb glued after a person's clause, with countries named without the article
    right after it (feminine: «إيران», not «العراق», ``masculine_places``): they are its object
    and the person its subject («ويرفض جيب بوش دبلوماسية أوباما وينتقد إيران», 2015-07-21)."""
    return (
        lexicon.verb_gender(pred.entry) == "m" and all(view.slots[s].kind == "PER" for s in subjects)
        and all(view.slots[a].kind == "LOC" and not view.norms[view.slots[a].start].startswith("ال") for a in group)
        and not any(view.norms[view.slots[a].start] in _MASCULINE_PLACES for a in group)
    )


def _feminine_body_for_masculine_verb(view: SentenceView, pred: Predicate, lexicon: Lexicon, subjects: list[int]) -> bool:
    """A masculine verb cannot take a body whose head is a feminine noun («هيئة», «وزارة») for
    subject: the actor after it is its subject, not its object."""
    return lexicon.verb_gender(pred.entry) == "m" and all(
        view.slots[s].kind == "ORG" and view.sentence.tokens[view.slots[s].start].text.removeprefix("و").endswith("ة")
        for s in subjects
    )


def _object_by_kind(view: SentenceView, pred: Predicate, group: list[int], subjects: list[int]) -> bool:
    """«وأنهى مانشستر سيتي الجدل وضم الدولي الإنكليزي رحيم سترلينغ» (2015-07-25 relation dev): after a
    glued verb whose subject and object are of set kinds (``argument_kinds``: a club signs a player),
    the actors right after it of the object's kind are its object when the clause's subject is of
    the subject's kind."""
    agent, partner = pred.entry.agent_kind, pred.entry.partner_kind
    return (
        bool(agent and partner) and agent != partner
        and all(view.slots[a].kind == partner for a in group) and all(view.slots[s].kind == agent for s in subjects)
    )


def _apposed_name(view: SentenceView, lo: int, slot) -> bool:
    """«تحالف القاعدي الليبي الشرس، عبد الحكيم بلحاج، مع …»: a name set off by commas right
    after a description of the subject (the only break between ``lo`` and it is the comma before it),
    honorifics perhaps after the comma: «وقع مذكرتي التفاهم نائب وزير الصحة للشؤون الصحية، الدكتور حمد
    الضويلع، ومدير …» (the 2015-07-21 build)."""
    before = view.honorifics_start(slot.start, lo + 1) - 1
    return (
        before > lo
        and view.norms[before] in COMMAS
        and not _broken(view, lo, before)
        and slot.end < len(view.norms)
        and view.norms[slot.end] in COMMAS
    )


def _topic_answer(view: SentenceView, pred: Predicate) -> bool:
    """«أما أمريكا فشنت هجوما»: after «أما X» the ف of the verb answers the topic, X is its subject."""
    norms = view.norms
    if norms[pred.start][:1] != "ف":
        return False
    i = pred.start
    while i > 0 and norms[i - 1] in _FILLERS:
        i -= 1
    k = view.slot_at(i - 1) if i > 0 else None
    if k is None or view.slots[k].start == 0:
        return False
    # the subject's title between: «أما وزير الخارجية الأوكراني باولو كليمكين فاتهم روسيا» (a 2015-07-31 slice)
    start, words = view.slots[k].start, load_role_words()
    return any(
        norms[j] in _TOPIC and (j == start - 1 or role_before_name(norms[j + 1 : start], words))
        for j in range(max(0, start - 1 - words.title_reach), start)
    )


def _passive_links(view: SentenceView, pred: Predicate, agent: int) -> Iterator[Link]:
    """«الحوثيون المدعومون من إيران»: a passive participle's agent acts only on the actor the
    participle describes, right before it."""
    at = pred.start - 1
    if at > 0 and view.slot_at(at) is None and _adjective_run(view, at) == 1:
        at -= 1  # «المقاومة الشعبية الجنوبية مسنودة بالقوات … الموالية للرئيس هادي» (2015-07-26): its adjective between
    before = view.slot_at(at) if at >= 0 else None
    if before is not None and view.slots[before].party and before != agent:
        yield Link(agent, before)


def _backer(view: SentenceView, i: int) -> int | None:
    """The actor glued to ب at token ``i``, or after «بقوات» there: «المسنود بالمقاومة», «المسنودة
    بقوات الجيش الموالي للشرعية»; None otherwise."""
    if i >= len(view.norms):
        return None
    k = view.slot_at(i)
    if k is not None:
        return k if view.slots[k].clitic == "ب" else None
    if view.norms[i].startswith("ب") and view.norms[i][1:] in _FORCE_HEADS and i + 1 < len(view.norms):
        k = view.slot_at(i + 1)
        # «والحوثيين المدعومين بقوات موالية للرئيس اليمني السابق صالح» (a 2015-08-09 slice): whom they are loyal to
        return k if k is not None else _loyal_to(view, i + 1)
    return None


def _answered(view: SentenceView, pred: Predicate) -> tuple[bool, int | None]:
    """Whether the request or invitation is one someone answered — «استجابة لطلب …», «تلبية لدعوة …»,
    «بناء على طلب …» — and the actor named between as the one who answered («استجابة القيادة
    السعودية لطلب …», 2015-08-06), if any."""
    i = pred.start - 1
    if view.clitic_preposition(pred.start) != "ل" and i >= 0 and view.norms[i] == normalize_token("على"):
        i -= 1  # «بناء على طلب»
    answerer = view.slot_at(i) if i >= 0 and view.clitic_preposition(pred.start) == "ل" else None
    if answerer is not None and view.slots[answerer].party and not view.slots[answerer].clitic:
        i = view.slots[answerer].start - (2 if view.slots[answerer].demonym else 1)  # «القيادة السعودية»: its noun too
    else:
        answerer = None
    if i > 0 and answerer is None and view.slot_at(i) is None and view.norms[i].startswith("ال") and view.norms[i].endswith(("يه", "ي")):
        i -= 1  # «شرعت المملكة ودول التحالف بالاستجابة الفورية لطلب الحكومة اليمنية» (2015-07-31)
    return i >= 0 and not _ANSWERS.isdisjoint(strip_clitics(view.norms[i])), answerer


_AIRCRAFT = GRAMMAR.aircraft


def _owned_force_subject(view: SentenceView, i: int) -> int | None:
    """The owner of an unnamed force that is an attack verb's subject, after a word of possession:
    «قتلت غارة شنتها طائرة تابعة لقوات التحالف الدولي على موقع لتنظيم داعش» (a 2015-07-31 slice)."""
    norms = view.norms
    if i + 2 >= len(norms) or view.slot_at(i) is not None or norms[i + 1] not in _POSSESSION:
        return None
    if _FORCE_HEADS.isdisjoint(_bare_readings(norms[i])) and _AIRCRAFT.isdisjoint(strip_clitics(norms[i])):
        return None
    k = view.slot_at(i + 2)
    return k if k is not None and view.slots[k].start == i + 2 and view.slots[k].clitic == "ل" and view.slots[k].party else None


def _force_owner(view: SentenceView, pred: Predicate) -> int | None:
    """The actor whose forces carry out an attack noun, glued to «لـ» right after it (one adjective
    or number may stand between): «ثلاث غارات لطيران التحالف العربي», «قصف مدفعي لقوات الحوثي»."""
    i = pred.end
    if i < len(view.norms) and view.slot_at(i) is None and _adjective_like(view.norms[i]) and not view.norms[i].startswith("ل"):
        i += 1
    if i + 1 >= len(view.norms) or not (view.norms[i].startswith("ل") and view.norms[i][1:] in _FORCE_HEADS):
        return None
    k = view.slot_at(i)
    if k is None:  # «لقوات» outside the name: the owner right after it
        k = view.slot_at(i + 1)
    return k if k is not None and view.slots[k].party else None


def _attacker_with_li(view: SentenceView, pred: Predicate) -> int | None:
    """An organisation glued to «لـ» right after an attack noun (one adjective may stand between):
    «هجوم لتنظيم داعش», «هجوم انتحاري لحركة الشباب»; whether it attacks or is attacked is read
    from a target after it (the caller)."""
    i = pred.end
    if i < len(view.norms) and view.slot_at(i) is None and _adjective_like(view.norms[i]) and not view.norms[i].startswith("ل"):
        i += 1
    k = view.slot_at(i) if i < len(view.norms) else None
    if k is None or view.slots[k].start != i or view.slots[k].kind != "ORG" or not view.slots[k].party:
        return None
    return k if view.introducer(view.slots[k], pred.end)[0] == "ل" else None


def _speech_object_at(view: SentenceView, lo: int, adjectives: int = 0) -> int | None:
    """The token after a noun of ``speech_nouns`` standing as a bare object at ``lo`` (a comma
    may come first: «أدانت رابطة العالم الإسلامي، التصريحات …»; up to ``adjectives`` words of
    the predicate noun's before it: «استنكاره الشديد للتصريحات»), else None."""
    at = lo + 1 if lo < len(view.norms) and view.norms[lo] in COMMAS else lo
    if at < len(view.norms) and view.norms[at].removeprefix("و") in _FIRM_MANNERS:
        at += 1  # «استنكر … الزياني، بشدة تصريحات … نوري المالكي», «استنكرت مملكة البحرين وبشدة تصريحات …» (2015-07-23/24)
    while adjectives and at < len(view.norms) and view.slot_at(at) is None and _adjective_like(view.norms[at]) and _SPEECH_NOUNS.isdisjoint(strip_clitics(view.norms[at])):
        at, adjectives = at + 1, adjectives - 1
    if at >= len(view.norms) or view.slot_at(at) is not None or _SPEECH_NOUNS.isdisjoint(strip_clitics(view.norms[at])):
        return None
    return at + 1


def _speech_owner(view: SentenceView, lo: int, exclude: set[int], adjectives: int = 0) -> list[int]:
    """The speaker (with his conjuncts) of statements standing as the object at ``lo``
    (:func:`_speech_object_at`, :func:`_speaker_after`), unless he is one of ``exclude``."""
    said = _speech_object_at(view, lo, adjectives)
    speaker = _speaker_after(view, said) if said is not None else None
    if speaker is None or speaker in exclude:
        return []
    return [c for c in view.conjuncts(speaker) if view.slots[c].party]


def _speaker_after(view: SentenceView, i: int) -> int | None:
    """The actor named as the speaker of the statements whose noun ends right before token ``i``:
    «التصريحات الطائفية التي صدرت عن نائب رئيس الجمهورية العراقية نوري المالكي», «تصريحات أطلقها
    المالكي» (two adjectives and a relative pronoun may come first, and a title before the name)."""
    norms, j = view.norms, i

    def source_at(j: int) -> tuple[str, ...] | None:
        return next((p for p in _SPEECH_SOURCES if tuple(norms[j : j + len(p)]) == p), None)

    if 0 < i < len(norms) and not is_definite(norms[i - 1]):
        # the speaker as the genitive: «تصريحات نائب رئيس الجمهورية العراقي نوري المالكي» (2015-07-23/24)
        k = next((n for n, s in enumerate(view.slots) if s.start >= i), None)
        if k is not None and view.slots[k].party and not view.slots[k].clitic:
            between = norms[i : view.slots[k].start]
            if not between or role_before_name(between, load_role_words()):
                return k

    # the source phrase is looked for before an adjective is skipped: «أطلقها» reads like one
    skipped = 0
    while (phrase := source_at(j)) is None and j < len(norms) and skipped < 2 and view.slot_at(j) is None and norms[j] not in _RELATIVES:
        if norms[j] in _QUOTES:
            j += 1  # an adjective in quotes: «التصريحات «الطائفية» التي صدرت عن …» (2015-08-06 slice)
        elif _adjective_like(norms[j]):
            j, skipped = j + 1, skipped + 1
        else:
            break
    if phrase is None and j < len(norms) and norms[j] in _RELATIVES:
        j += 1
        phrase = source_at(j)
    if phrase is None:
        return None
    at = j + len(phrase)
    k = next((n for n, s in enumerate(view.slots) if s.start >= at), None)
    while k is not None and view.slots[k].start == at + 1 and norms[at] in _TOPICS and k + 1 < len(view.slots):
        # «التصريحات التي ادلى بها حول الجزائر الرئيس الفرنسي السابق نيكولا ساركوزي» (a 2015-07-26
        # slice): what they were about comes first, then who made them
        at, k = view.slots[k].end, k + 1
    if k is None or not view.slots[k].party:
        return None
    between = norms[at : view.slots[k].start]
    return k if not between or role_before_name(between, load_role_words()) else None


def _relative_verb_after(view: SentenceView, pred: Predicate, lexicon: Lexicon) -> Predicate | None:
    """A verb of the noun's own type in a relative clause right after it, whose subject the noun is:
    «هجماتها التي تستهدف المسلحين الحوثيين» (2015-07-25 dev); None otherwise."""
    at = pred.end
    if at < len(view.norms) and view.norms[at] in _RELATIVES:
        verb = at + 1
    elif _bare_noun(view.sentence.tokens[pred.start].text, pred):
        # an indefinite noun takes its clause with no relative pronoun, one adjective between at most:
        # «شن طيران التحالف العربي … ضربات جوية استهدفت تجمعات ومواقع الحوثيين» (a 2015-08-06 slice)
        if at < len(view.norms) and view.slot_at(at) is None and not is_definite(view.norms[at]) and _adjective_like(view.norms[at]):
            if not find_predicates([view.sentence.tokens[at].text], lexicon):
                at += 1
        verb = at
    else:
        return None
    if verb >= len(view.norms) or view.slot_at(verb) is not None:
        return None
    found = find_predicates([view.sentence.tokens[verb].text], lexicon)
    if not found or found[0].type != pred.type or found[0].pos != "verb":
        return None
    return replace(found[0], start=verb, end=verb + 1)  # found in a one-token list: placed back in the sentence


def _bare_noun(token: str, pred: Predicate) -> bool:
    """An indefinite verbal noun: no article, no pronoun after it («ضربات», not «الضربات», «هجماتها»)."""
    return not is_definite(token) and not with_pronoun(token, pred.entry.tokens[-1])


def _adjective_like(norm: str) -> bool:
    """A word that may be an adjective after a verbal noun: no preposition, no punctuation, not «و…»
    («مفاوضات جديدة», «اجتماعا مغلقا»)."""
    return len(norm) > 2 and norm not in PREPOSITIONS and norm not in COMMAS and not norm.startswith("و") and norm.isalpha()


def _event_between(view: SentenceView, lo: int, hi: int) -> bool:
    """True when a verbal noun of ``event_nouns`` stands in tokens ``lo:hi``: the actor after it is
    that event's patient («انتقدت إيران عزل الرئيس محمد مرسي»)."""
    return any(not _EVENT_NOUNS.isdisjoint(_without_pronoun(view.norms[i])) for i in range(lo, hi) if view.slot_at(i) is None)


def _without_pronoun(norm: str) -> set[str]:
    """The readings of a word with its proclitics and, when it has one, an attached pronoun read off
    («تصديها» → تصدي: «دعم الحكومة اللبنانية في تصديها لتنظيمي داعش والنصرة», 2015-07-24)."""
    readings = set(strip_clitics(norm))
    return readings.union(*(without_suffix(r) for r in readings))


def _modifies_a_noun(view: SentenceView, slot, intro: str, distance: int, lexicon: Lexicon) -> bool:
    """«الرئيس السابق للمخابرات السعودية»: a country written as an adjective after a noun that
    carries the preposition describes that noun; it is not the partner («بدور المملكة»,
    «لجهود كيري» are). After an act, a force or an organ of a state the adjective is the one acting,
    and so the partner: «ندد بالدعم العسكري الإيراني للنظام السوري», «رحب بالهجمات التركية على
    داعش» (2015-07-27/31)."""
    if not (slot.demonym and not slot.clitic and intro in ("ب", "ل")):
        return False
    carrier = view.norms[slot.start - distance - 1]
    if carrier in PREPOSITIONS:
        return False
    return _ACT_HEADS.isdisjoint(strip_clitics(carrier)) and not find_predicates([carrier], lexicon)


def _named_holder(view: SentenceView, pred: Predicate, k: int) -> int:
    """«أشاد نجم النصر السابق ناصر الفهد», «اغتيال أمير الكويت الراحل جابر الأحمد»: a team or
    place that is the genitive of a word after the predicate describes the person named next;
    that person is the argument."""
    slot = view.slots[k]
    if slot.kind == "PER" and slot.start > pred.end:
        return _person_the_title_names(view, pred.end, k)  # «لمستشار خادم الحرمين الشريفين … الأمير خالد الفيصل»
    if slot.kind not in ("ORG", "LOC") or slot.start == pred.end or k + 1 >= len(view.slots):
        return k
    nxt = view.slots[k + 1]
    # (not a second name joined by «و»: «تطهير آخر جيوب مليشيا الحوثي وصالح», 2015-07-24 dev; nor the speaker of
    # statements the subject condemned: «استنكرت مملكة البحرين وبشدة تصريحات نوري المالكي», 2015-07-24)
    said = any(
        view.norms[i].removeprefix("و") in _FIRM_MANNERS or not _SPEECH_NOUNS.isdisjoint(strip_clitics(view.norms[i]))
        for i in range(slot.end, nxt.start)
    )
    if nxt.kind == "PER" and nxt.start - slot.end <= 2 and view.introducer(nxt, slot.end)[0] == BARE and not nxt.conj and not said:
        return k + 1
    return _person_the_title_names(view, pred.end, k)


_TITLE_REACH = 12  # tokens from a body in a title to the name the title ends with
_EMBASSIES = GRAMMAR.embassies
_TITLE_LEAD = 4  # tokens from the role head to the body in its title: «الرئيس العام لشؤون المسجد الحرام»
_ACTING = GRAMMAR.acting


_DURING_WORD = normalize_token("خلال")
_BY_WAY = normalize_token("طريق")  # «عن طريق»: by way of, no object of «دافع عن»


def _defended_before(view: SentenceView, lo: int, hi: int) -> bool:
    """True when «عن» stands in ``lo:hi`` (before another actor's own preposition): a verb's object
    with «عن» was given there, and an actor after it is no second one. Not «عن طريق» (by way of) nor
    «نيابة عن» (on behalf of)."""
    norms = view.norms
    return any(
        norms[i] == _FROM_ABOUT and (i + 1 >= len(norms) or norms[i + 1] != _BY_WAY) and not (i and norms[i - 1] in _ON_BEHALF_OF)
        for i in range(lo, hi)
    )


def _person_the_title_names(view: SentenceView, lo: int, k: int) -> int:
    """«هنأ الرئيس العام لرعاية الشباب رئيس اللجنة الأولمبية السعودية، الأمير عبدالله بن مساعد …»,
    «ورفع وكيل وزارة الزراعة لشؤون الأبحاث والتنمية الزراعية، المهندس سامي بن سليمان النحيط»
    (2015-08-06), «شكر رئيس الهيئة الوطنية لمكافحة الفساد "نزاهة" الدكتور خالد … المحيسن، خادم الحرمين
    الشريفين» (2015-07-31): a body right after a role head is the title of the person named where the
    title ends (bodies, role heads, honorifics, definite words, quote marks and commas between); that
    person is the argument. The role head stands at or after ``lo`` (past the predicate). Otherwise ``k``."""
    words, norms = load_role_words(), view.norms
    slot = view.slots[k]
    # a person a title is named after: «وقدمت شكرها لمستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة
    # الأمير خالد الفيصل» (2015-07-25): the king's adviser, named where the title ends
    advised = (
        slot.kind == "PER" and slot.start > 0 and view.clitic_preposition(slot.start - 1) in ("ل", "ب")
        and any(r in words.deputies for r in strip_clitics(norms[slot.start - 1]))
    )
    # a head of state an embassy is named after: «أدان القائم بأعمال سفارة خادم الحرمين الشريفين لدى تونس
    # عبدالعزيز بن عبدالله الداود … التفجير» (a 2015-08-08 slice): the embassy, in the chargé's title
    embassy = _embassy_of(view, slot)
    if slot.kind not in ("ORG", "LOC") and not advised and not embassy:
        return k
    # the role head right before the body, or a few title words before it: «الرئيس العام لشؤون المسجد
    # الحرام والمسجد النبوي الشيخ الدكتور عبدالرحمن السديس» (2015-08-01)
    before = range(max(lo, slot.start - 2), slot.start)
    # the embassy is a title of its own: «طالب محامي سفارة خادم الحرمين الشريفين في الولايات المتحدة بي
    # سميسون القاضي» (a later 2015-08-08 slice): the embassy's lawyer
    headed = embassy or any(is_office_head(norms[i], words) for i in before)
    j = slot.start - 1
    while not headed and j >= max(lo, slot.start - _TITLE_LEAD):
        if is_role_head(norms[j], words) or norms[j] in words.office_heads:
            headed = True
            break
        if not (norms[j] in words.title_links or norms[j].startswith(("ال", "لل"))):
            break
        j -= 1
    if not headed:
        return k
    return _named_where_title_ends(view, k)


def _embassy_of(view: SentenceView, slot) -> bool:
    """A person right after an embassy word (``embassies``): the head of state a mission is named after."""
    return slot.kind == "PER" and slot.start > 0 and not _EMBASSIES.isdisjoint(strip_clitics(view.norms[slot.start - 1]))


def _named_where_title_ends(view: SentenceView, k: int) -> int:
    """The person named where the title holding body ``k`` ends (bodies, role heads, honorifics,
    definite words, quote marks and commas between), else ``k``."""
    words, norms = load_role_words(), view.norms
    slot = view.slots[k]
    i = slot.end
    while i < min(len(norms), slot.end + _TITLE_REACH):
        j = view.slot_at(i)
        if j is not None:
            if view.slots[j].kind == "PER":
                return j if view.slots[j].start == i and not view.slots[j].clitic else k
            i = view.slots[j].end
            continue
        norm = norms[i]
        titled = (
            norm in COMMAS or norm in _QUOTES or norm in view.honorifics or norm in _ACTING or is_role_head(norm, words) or norm in words.office_heads
            or norm.startswith(("ال", "لل", "وال")) or norm in words.title_links
            # a body named in the title that is no party here: «ورئيس رابطة هيئة دوري المحترفين محمد النويصر»
            # (2015-08-06: the federation in his first title had attacked the Kuwaiti one)
            or i in view.named
            or norm.startswith("بال")  # «مدير عام فرع الرئاسة بالمنطقة الشيخ عامر …» (2015-07-31): where the office is
            or (is_role_head(norms[i - 1], words) and norm.isalpha())  # «أمير منطقة مكة المكرمة»: the head's genitive
            or (norm == _ON and i + 1 < len(norms) and norms[i + 1].startswith("ال"))
            or (norms[i - 1] in _QUOTES and i + 1 < len(norms) and norms[i + 1] in _QUOTES)  # «"نزاهة"», the body's short name
            # a body's purpose, as its name gives it: «رئيس الجمعية الخيرية لتحفيظ القرآن الكريم بحائل الشيخ
            # محمد الجزاع» (a later 2015-08-09 slice)
            or (norm.startswith("ل") and len(norm) > 3 and i + 1 < len(norms) and (norms[i + 1].startswith(("ال", "وال")) or view.slot_at(i + 1) is not None))
            # and its town, right before the holder's honorific: «… الكريم بحائل الشيخ محمد الجزاع» (not «برئاسة
            # محمود طاهر»: who chairs the body is no holder of the title; nor a predicate: «رحب رئيس اللجنة
            # التنفيذية للمعرض بانضمام الأمير عبدالعزيز», 2015-07-25 dev)
            or (
                norm.startswith("ب") and len(norm) > 3 and i + 1 < len(norms) and norms[i + 1] in view.honorifics
                and not load_lexicon().starts(view.sentence.tokens[i].text)  # the shipped one: no lexicon is passed down here
            )
        )
        if not titled:
            return k
        i += 1
    return k


def _inside_apposition(view: SentenceView, pred: Predicate, slot, distance: int) -> bool:
    """«أثنى القيادي بالمقاومة الشعبية سالم سمران»: a preposition glued to a word of the
    subject's title, not one right after the verb, does not make the name an object."""
    return _glued_to_title(view, slot, distance, pred.end)


def _demanded_act_between(view: SentenceView, lo: int, hi: int) -> bool:
    """A definite noun glued to ب among tokens ``lo:hi``, no actor's: the act a demand names
    («بالتوقف», «بالإفراج»), so an actor after it belongs to that act."""
    return any(
        view.slot_at(i) is None and view.clitic_preposition(i) == "ب" and is_definite(view.norms[i]) for i in range(lo, hi)
    )


_REQUESTS = GRAMMAR.request_verbs
_HANDING = GRAMMAR.handing_verbs
_EVENT_NAMES = GRAMMAR.event_names
_HEADS = ORG_WORDS.construct_heads | ORG_WORDS.name_heads  # the kinds of body a dual or plural may name


def _requested_act(view: SentenceView, pred: Predicate, after: int, slot) -> bool:
    """True when a verb of asking (``request_verbs``) takes, right before ``slot``, an indefinite
    noun that is no actor and no title (adverbs in «ا» may come first): the act asked for, whose
    genitive the actor is: «طلب مقابلة مونتاري», «طلب رسميًا تسليم الباراغواياني نيكولاس ليوز»
    (2015-07-26, 2015-07-31). Whom one asks is bare and definite («طلب الرئيس التحالف التدخل») or
    named with «من»."""
    verb = view.norms[pred.start]
    if verb not in _REQUESTS and verb[1:] not in _REQUESTS:
        return False
    # adverbs of manner in «ـًا» before the act («طلب رسميًا تسليم …») are read past
    act = next((i for i in range(after, slot.start) if not (view.norms[i].endswith("ا") and i < slot.start - 1)), None)
    if act is None:
        return False
    norm = view.norms[act]
    titles = view.title_words(act + 1, slot.start)
    return (
        view.slot_at(act) is None and norm.isalpha() and not norm.startswith("ال") and norm not in PREPOSITIONS
        and norm not in view.honorifics and slot.start - act - 1 - titles <= 1 and len(norm) >= 3
    )


def _counterpart_title(norms, words) -> bool:
    """«نظيره الجزائري» before a name: a counterpart word and at most its demonym."""
    return 1 <= len(norms) <= 2 and norms[0] in words.counterparts and all(n.startswith("ال") for n in norms[1:])


def _in_agents_title(view: SentenceView, lo: int, slot) -> bool:
    """``slot`` is the complement of a title that starts right after the agent's name at ``lo``:
    «ميخائيلوف المدير العام لوكالة أنباء «تاس»» (2015-07-21)."""
    words = load_role_words()
    # or an official's: «"أبو مجاهد" المسؤول الأمني لمليشيا الحوثي» (a later 2015-08-09 slice)
    official = view.norms[lo].startswith("ال") and view.norms[lo][2:] in words.officials
    if lo >= slot.start or not (is_role_head(view.norms[lo], words) or official) or slot.start - lo > words.title_reach + 2:
        return False
    if view.clitic_preposition(lo) in ("ب", "ل"):
        return False  # «لقاء المسؤول الأمريكي برئيس الوزراء حيدر العبادي» (2015-07-25 dev): whom he met, no title
    if view.introducer(slot, lo)[0] not in ("ل", "ب"):
        return False  # «تصريحات مرتضى منصور رئيس نادي الزمالك ضد محمود طاهر»: past the title
    return not any(view.is_break(i) or view.slot_at(i) is not None for i in range(lo, slot.start))


def _portfolio_of(view: SentenceView, end: int, slot) -> bool:
    """``slot`` follows, right after token ``end`` (a title's body), a word of a portfolio
    (``title_links``: «لشؤون»): it names what the title's office is for."""
    return slot.start == end + 1 and view.norms[end] in load_role_words().title_links


def _own_title_body(view: SentenceView, lo: int, slot) -> bool:
    """An organisation glued to «لـ» in a title that opens, with no preposition of its own, right
    after the subject's name (:func:`_in_agents_title`): «خالد ناقرو المدير العام لمؤسسة رناد
    العربية»; not «… بالرئيس», «… للشيخ علي المجدوعي» (the partner's title) nor «رئيس البرلمان
    العربي بأداء رجال الداخلية» (what is praised). A quote mark closing the name comes first:
    «قتل ايضاً "أبو مجاهد" المسؤول الأمني لمليشيا الحوثي» (a later 2015-08-09 slice)."""
    lo += lo < slot.start and view.norms[lo] in _QUOTES
    return (
        slot.kind == "ORG" and not view.clitic_preposition(lo) and view.introducer(slot, lo)[0] == "ل"
        and _in_agents_title(view, lo, slot)
    )


def _loyal_to_after_subject(view: SentenceView, lo: int, k: int) -> bool:
    """Slot ``k`` follows, titles between, a word of allegiance (``allegiance``: «الموالية») that
    stands right after the subject at ``lo``: the one the subject is loyal to."""
    return view.norms[lo] in _ALLEGIANCE and _loyal_to(view, lo) == k


def _enjoys(view: SentenceView, pred: Predicate) -> int | None:
    """The subject of a verb of enjoying (``enjoying_verbs``: «يحظى», «حظي») right before a verbal noun
    glued to «بـ», the subject between («يحظى أوباما بدعم …»); None otherwise."""
    if view.clitic_preposition(pred.start) != "ب":
        return None
    i = pred.start - 1
    k = view.slot_at(i) if i >= 0 else None
    if k is not None:
        i = view.honorifics_start(view.slots[k].start) - 1  # «ويحظى الرئيس هادي بدعم …»: his title between
    if i < 0 or view.norms[i].removeprefix("و") not in _ENJOYING:
        return None
    if k is None:  # «حظي بدعم …» after its subject: «والمشروع حظي بدعم الملك»
        k = _adjacent_subject(view, i)
    return k if k is not None and view.slots[k].party else None


_ENJOYING = GRAMMAR.enjoying_verbs


def _quoted_outlet_told(view: SentenceView, pred: Predicate, agents: list[int]) -> int | None:
    """The person or body right after a quoted organisation that stands right after a verb of
    telling (the one agent found): the organisation is the paper told, the one after it the teller;
    None otherwise."""
    if pred.type != "STATEMENT" or pred.pos != "verb" or len(agents) != 1:
        return None
    outlet = view.slots[agents[0]]
    norms = view.norms
    if outlet.kind != "ORG" or outlet.clitic or outlet.start != pred.end + 1 or norms[pred.end] not in _QUOTES:
        return None
    if outlet.end >= len(norms) or norms[outlet.end] not in _QUOTES:
        return None
    i = outlet.end + 1
    while i < len(norms) and view.slot_at(i) is None and norms[i] in view.honorifics:
        i += 1
    k = view.slot_at(i) if i < len(norms) else None
    return k if k is not None and view.slots[k].party and view.slots[k].kind == "PER" and view.slots[k].start == i else None


def _title_genitive_then_object(view: SentenceView, lo: int, k: int) -> bool:
    """Slot ``k`` is the bare genitive of one role head right after the subject's name at ``lo``
    («زعيم حزب الشعوب الديمقراطي»), and another organisation or country follows it with only words
    of time between: the body is the subject's title, the one after it the object. A person after
    the body makes the title his («استقبل الملك سلمان رئيس وزراء باكستان نواز شريف»)."""
    slot = view.slots[k]
    if slot.kind != "ORG" or slot.clitic or slot.start != lo + 1 or not is_role_head(view.norms[lo], load_role_words()):
        return False
    if view.norms[lo].startswith("ال") or view.clitic_preposition(lo):
        return False
    i = slot.end
    while i < len(view.norms) and view.slot_at(i) is None and view.norms[i] in _TIMES:
        i += 1
    after = view.slot_at(i) if i < len(view.norms) else None
    return after is not None and view.slots[after].party and view.slots[after].kind != "PER" and view.slots[after].start == i


def _describes_noun_before(view: SentenceView, i: int) -> bool:
    """The feminine participle at ``i`` (written in ة, no tanwin alif) right after an indefinite
    feminine or plural word that is no name is that word's adjective, not a participle of manner:
    «أطراف يمنية مؤيدة للرئيس» (a 2015-08-09 slice) describes the parties, whoever the sentence's
    subject is."""
    if i == 0 or not view.norms[i].endswith("ه") or view.slot_at(i - 1) is not None:
        return False
    before = view.norms[i - 1]
    return before.isalpha() and not is_definite(before) and before.endswith(("ه", "ات")) and len(before) > 3


def _glued_to_title(view: SentenceView, slot, distance: int, lo: int) -> bool:
    """The preposition before ``slot`` is glued to a word right after a definite title word
    («القيادي بالمقاومة», «الكويتي بالإنابة», «الأمانة العامة لمنظمة»), after ``lo``."""
    at = slot.start - distance - 1 if not slot.clitic else slot.start
    if at - 1 < lo or view.slot_at(at - 1) is not None:
        return False
    if not slot.clitic and (view.norms[at] in PREPOSITIONS or view.slot_at(at) is not None):
        return False
    if (
        not slot.clitic and view.clitic_preposition(at) and not is_definite(view.norms[at][1:])
        and not view.norms[at].startswith("لل") and view.norms[at] not in _ACTING and not is_leader_word(view.norms[at])
        and not (at + 1 < slot.start and is_definite(view.norms[at + 1]))  # «لشئون الحج»: its genitive is
    ):
        return False  # «ودعاهم بدل المطالبة بنزع سلاح حزب الله» (a later 2015-07-26 window): a verbal noun's genitive
    # «عقد محافظ محافظة ينبع بالنيابة خالد بن محمد الغملاس أمس اجتماعا» (a 2015-07-24 slice): "acting"
    return view.norms[at - 1].startswith("ال") or view.norms[at] in _ACTING


def _relative_before(view: SentenceView, pred: Predicate) -> str | None:
    """The relative pronoun right before the verb (fillers between), if any."""
    i = pred.start - 1
    while i > 0 and view.norms[i] in _FILLERS:  # «الذي بدوره ثمّن»
        i -= 1
    return view.norms[i] if i >= 1 and view.norms[i] in _RELATIVES else None


_PERSONS_RELATIVES = frozenset(normalize_token(w) for w in ("الذين", "اللذين", "اللذان"))  # people, never a place


def _antecedent(view: SentenceView, pred: Predicate) -> int | None:
    """«حسين عبدالغني الذي اتصل …»: the actor a relative pronoun right before the verb refers to."""
    i = pred.start - 1
    while i > 0 and view.norms[i] in _FILLERS:  # «الذي بدوره ثمّن»
        i -= 1
    if i < 1 or view.norms[i] not in _RELATIVES:
        return None
    relative = view.norms[i]
    i -= 1
    if i > 0 and view.norms[i] in COMMAS:
        i -= 1  # set off: «وقال حسن روحاني، الذي التقى وزير الاقتصاد الألماني …، إنه …» (the 2015-07-21 build)
    while i > 0 and view.norms[i] in _QUOTES:  # «تنظيم “داعش” الذي»
        i -= 1
    k = view.slot_at(i)
    if k is None or not view.slots[k].party:
        return None
    if relative in _PERSONS_RELATIVES and view.slots[k].kind == "LOC" and not view.slots[k].demonym:
        return None  # «اكراد تركيا الذين يتهمون الحكومة» (2015-07-26): people of a place, not the place
    return k


_MASCULINE_RELATIVE, _FEMININE_RELATIVE = normalize_token("الذي"), normalize_token("التي")


def _own_subject_after_relative(view: SentenceView, pred: Predicate) -> bool:
    """The verb disagrees with the relative pronoun before it and names its own subject after it."""
    return _relative_disagrees(view, pred) and _subject_after(view, pred.end) is not None


def _relative_disagrees(view: SentenceView, pred: Predicate) -> bool:
    """The verb right after «الذي» is feminine («دعت», «تدعو»), or the one after «التي» masculine
    («دعا», «يدعو»): the antecedent cannot be its subject."""
    relative, verb = view.norms[pred.start - 1] if pred.start else "", view.norms[pred.start].removeprefix("و")
    feminine = verb.startswith("ت") or (verb.endswith("ت") and len(verb) >= 3)
    masculine = verb.startswith("ي") or not (verb.startswith("ت") or verb.endswith(("ت", "وا")))
    return (relative == _MASCULINE_RELATIVE and feminine) or (relative == _FEMININE_RELATIVE and masculine and not feminine)


def _abstract_antecedent(view: SentenceView, pred: Predicate) -> bool:
    """The noun right before the verb (a relative pronoun between allowed) is abstract (``abstract_subjects``):
    what a back-pointer after the verb stands for is no place or occasion of a meeting."""
    i = pred.start - 1
    if i > 0 and view.norms[i] in _RELATIVES:
        i -= 1
    return i >= 0 and view.slot_at(i) is None and not _ABSTRACT_SUBJECTS.isdisjoint(strip_clitics(view.norms[i]))


def _noun_subject_after(view: SentenceView, pred: Predicate) -> bool:
    """A definite noun that is no actor right after the verb: its subject («تدعمهم الضربات»)."""
    at = pred.end
    return at < len(view.norms) and view.slot_at(at) is None and view.norms[at].startswith("ال") and view.norms[at] not in _FILLERS


def _noun_subject_before(view: SentenceView, verb: int) -> bool:
    """Definite words that are no actor between a complementizer and the verb at token ``verb``: its
    subject, so those after it are its objects («وقالت المراجع إن الوفد الإيراني التقى العبادي والمالكي»)."""
    lead = next((i for i in range(verb - 1, max(verb - 1 - _NOUN_SUBJECT_WORDS, -1) - 1, -1) if not view.norms[i].startswith("ال")), -1)
    if lead < 0 or lead == verb - 1 or view.norms[lead] not in COMPLEMENTIZERS:
        return False
    return all(view.slot_at(i) is None and view.norms[i] not in _FILLERS for i in range(lead + 1, verb))


def _objects_of_noun_subject(view: SentenceView, lexicon: Lexicon, pred: Predicate, group: list[int]) -> bool:
    """``group`` follows a transitive verb of ``pred``'s type whose subject is a noun before it (see
    :func:`_noun_subject_before`): the verb's objects, not a pair its noun joins («إن الوفد الإيراني
    التقى العبادي والمالكي في 3 اجتماعات», 2015-08-10, a later window)."""
    verb = view.slots[group[0]].start - 1
    return verb >= 0 and any(
        e.pos == "verb" and e.transitive and e.type == pred.type and len(e.tokens) == 1 for e in lexicon.starts(view.norms[verb])
    ) and _noun_subject_before(view, verb)


_NOUN_SUBJECT_WORDS = 3  # a noun and its adjectives: «الوفد الإيراني الرفيع»
_VERDICT_REACH = 10  # tokens from the judged actor's end to the verdict («في الشأن الداخلي لمملكة البحرين»)
_JUDGED_LEAD = 4  # tokens from the «أن» or colon to the judged actor («أن تصريحات المرشد الإيراني»)
_SPEECH_OPENERS = frozenset({":"})
_QUOTED_SAYINGS = GRAMMAR.quoted_sayings
_MANAGING_VERBS = GRAMMAR.managing_verbs
_MANAGING_LINKS = GRAMMAR.managing_links
_QUOTED_REACH = 5  # tokens from the speaker named after «عن» to «قوله» (his title between)


def _verdict_links(view: SentenceView, pred: Predicate) -> list[Link]:
    """«فقال: "تصرف النائب دشتي مرفوض"», «أكد … أن التدخلات الإيرانية في الشأن الداخلي لمملكة البحرين
    مرفوضة» (2015-07-22, 07-24 dev): the speaker, the main clause's subject before the «أن» or colon
    that opens his words, opposes the actor the words open with (the owner of the act judged, not a
    place after it), when the verdict closes that clause."""
    norms = view.norms
    opener = next((i for i in range(pred.start - 1, -1, -1) if norms[i] in COMPLEMENTIZERS or norms[i] in _SPEECH_OPENERS), None)
    if opener is None or _broken(view, opener + 1, pred.start, commas=False):
        return []
    owner = next((k for k, slot in enumerate(view.slots) if slot.start > opener), None)
    if owner is None or not view.slots[owner].party or view.slots[owner].end > pred.start:
        return []
    slot = view.slots[owner]
    if slot.start - opener - 1 > _JUDGED_LEAD or pred.start - slot.end > _VERDICT_REACH:
        return []
    if any(view.norms[i] in PREPOSITIONS or view.clitic_preposition(i) for i in range(opener + 1, slot.start)):
        return []  # «أن العدوان في مسجد قوات الأمن الخاصة بعسير أمر مرفوض» (a 2015-08-08 slice): where, not whose
    # the colon that opens his words is no break between the speaker and them («فقال: "تصرف …"»)
    speakers = _quoted_speaker(view, opener) or [k for k in _main_subject(view, opener) if view.slots[k].end <= opener]
    return [Link(k, owner) for k in speakers if view.slots[k].actor != slot.actor]


def _quoted_speaker(view: SentenceView, opener: int) -> list[int]:
    """«ونقلت وكالة تسنيم … عن محمد علي جعفري قائد الحرس الثوري الإيراني قوله: إن …» (2015-07-22
    dev): the words are his, named after «عن» before a noun of saying, not the agency's."""
    i = opener - 1
    if i > 0 and view.norms[i] in _SPEECH_OPENERS:
        i -= 1
    if i < 1 or view.norms[i] not in _QUOTED_SAYINGS:
        return []
    k = next((k for k in range(len(view.slots) - 1, -1, -1) if view.slots[k].end <= i), None)
    if k is None or not view.slots[k].party or i - view.slots[k].end > _QUOTED_REACH:
        return []
    slot = view.slots[k]
    if slot.start < 1 or view.norms[slot.start - 1] != _FROM_ABOUT or _broken(view, slot.end, i, commas=False):
        return []
    return [k]


def _told_the_speaker(view: SentenceView, pred: Predicate, agents: list[int]) -> list[Link]:
    """«وكشف فان بيرسي بأن فان غال أعلمه …», «وأشار أزكارغورتا إلى أن تشافيز أخبره …» (2015-07-22, 07-23
    dev): a statement verb inside the «أن» clause of the main clause, its object a pronoun and its
    subject named, told the main clause's subject."""
    if pred.type != "STATEMENT" or pred.pos != "verb" or not agents or not _object_pronoun(view, pred):
        return []
    speakers = [k for k in _main_subject(view, pred.start) if view.slots[k].kind == "PER" and k not in agents]
    first = min(view.slots[a].start for a in agents)
    if not speakers or not any(view.norms[i] in COMPLEMENTIZERS for i in range(view.slots[speakers[-1]].end, first)):
        return []
    return [Link(a, k) for a in agents for k in speakers]


def _object_pronoun(view: SentenceView, pred: Predicate) -> bool:
    """«تقاتله»: the verb carries its object as a pronoun."""
    norm, last = view.norms[pred.end - 1], pred.entry.tokens[-1]
    if norm == last or (norm[:1] in "وف" and norm[1:] == last):
        return False  # «واتهم», «وتتهم»: the verb's own ending, no pronoun
    return norm.endswith(("ه", "ها", "هم", "هما"))


def _unnamed_subject_before_qad(view: SentenceView, pos: int) -> bool:
    """«وكان أمير الرياض قد التقى …» (a 2015-08-06 slice): «كان», words no actor names, «قد», the verb at
    ``pos``: the subject came before the verb and is unnamed, so no one after the verb is it (not «فقد
    أشاد جلالة الملك», where «فقد» opens a clause whose subject follows)."""
    norms = view.norms
    if pos < 3 or norms[pos - 1] != _QAD:
        return False
    for j in range(pos - 2, max(-1, pos - 2 - _QAD_REACH), -1):
        if view.slot_at(j) is not None or not norms[j].isalpha():
            return False
        if norms[j].removeprefix("و") in _PAST_BE:
            return j < pos - 2
    return False


_CLOSING_QUOTES = frozenset({"»", "”"})


def _adjacent_subject(view: SentenceView, pos: int) -> int | None:
    """A bare actor ending right before ``pos`` (fillers such as قد allowed): an SVO subject."""
    i = pos
    quoted = False
    while i > 0 and (view.norms[i - 1] in _FILLERS or view.norms[i - 1] in _QUOTES):
        quoted = quoted or view.norms[i - 1] in _QUOTES
        i -= 1  # «روسيا قد قصفت», «“ناسا” تتعاون»
    if i > 1 and view.norms[i - 1] in COMMAS:
        close = i - 1
        if view.norms[close - 1] in _CLOSING_QUOTES:
            return None  # «… حسب تصريحات الأسد نفسه»، رفض تونر» (2015-08-07): a quotation ends, the subject follows
        i = _before_apposition(view, close)  # «لعمامرة، وزير الخارجية الجزائري، انتقد …»
        if i == close + 1 and _complement_subject(view, close):
            i = close  # «أن الموقوف أحمد فايع عسيري، استقبل خالد عايد الشمري» (the 2015-07-21 build)
    if i > 1 and view.slot_at(i - 1) is None and _nisba_adjective(view.norms[i - 1]) and view.slot_at(i - 2) is not None:
        i -= 1  # «المقاومة الشعبية التهامية استهدفت» (2015-08-06 dev): the adjective NER left out of the name
    k = view.slot_at(i - 1) if i > 0 else None
    if k is None:
        return None
    slot = view.slots[k]
    if not slot.party or slot.clitic or (slot.start > 0 and _governed(view, slot.start)):
        return None
    if quoted and not (slot.start > 0 and view.norms[slot.start - 1] in _QUOTES):
        return None  # «وقال الحلف “طلبت تركيا الاجتماع”»: the quote opens the speaker's words
    if _carrying_outlet(view, slot):
        return None  # «في تصريح نقلته وكالة الأنباء الإماراتية تضامن بلاده»: the agency carried his words
    if _compared(view, slot.start):
        return None  # «ومثل غالبية قادة الجيش الليبي يرفض عبد الكريم …» (a 2015-08-10 slice): the subject follows
    if _relative_clause_object(view, slot):
        # «خالد العبيدي الذي يزور روسيا، منذ الاثنين الماضي، وقع الاتفاق» (2015-08-01): who visits signs
        k = view.slot_at(slot.start - 3)
        if not view.slots[k].party or view.slots[k].clitic:
            return None
    return _titled_holder(view, k)


def _compared(view: SentenceView, start: int) -> bool:
    """True when a word of likeness (``likeness``: «مثل», «ومثل») stands a few words before token ``start``,
    no actor or break between: the actor is what the subject is compared with."""
    return _word_before(view, start, _LIKENESS, _LIKENESS_REACH)


def _word_before(view: SentenceView, start: int, words: frozenset[str], reach: int) -> bool:
    """True when one of ``words`` stands at most ``reach`` tokens before token ``start``, with no
    actor and no clause break between."""
    for i in range(start - 1, max(start - 1 - reach, -1), -1):
        if view.slot_at(i) is not None or view.is_break(i):
            return False
        if view.norms[i] in words:
            return True
    return False


_LIKENESS = GRAMMAR.likeness
_LIKENESS_REACH = 3  # tokens from «مثل» to the actor: «ومثل غالبية قادة الجيش الليبي»


def _thanked_for_own_act(view: SentenceView, pred: Predicate) -> int | None:
    """The actor right before «على» + ``pred`` with a pronoun attached («لـX على دعمه»): the one
    thanked or praised for his own act, whom the pronoun names; None otherwise."""
    at = pred.start - 1
    if at < 1 or view.norms[at] != _ON or not with_pronoun(view.sentence.tokens[pred.start].text, pred.entry.tokens[-1], ("ه", "ها", "هم", "هما")):
        return None
    before = at - 1 - (at > 1 and view.norms[at - 1] in COMMAS)  # «شكره وتقديره للقحطاني، على دعمه» (a 2015-08-09 slice)
    k = view.slot_at(before)
    return k if k is not None and view.slots[k].party and view.slots[k].kind in ("PER", "ORG") else None


def _complement_subject(view: SentenceView, comma: int) -> bool:
    """True when an actor ends right before the comma at ``comma`` and opens a «أن/إن» clause, past
    titles and one describing word: «أن الموقوف أحمد فايع عسيري،» (its verb follows the comma)."""
    k = view.slot_at(comma - 1) if comma > 0 else None
    if k is None:
        return False
    i = view.honorifics_start(view.slots[k].start)
    if i > 1 and view.slot_at(i - 1) is None and view.norms[i - 1].startswith("ال") and view.norms[i - 2] in COMPLEMENTIZERS:
        i -= 1  # «أن الموقوف …»
    return i > 0 and view.norms[i - 1] in COMPLEMENTIZERS and view.norms[i - 1] not in PRONOUN_COMPLEMENTIZERS


def _nisba_adjective(norm: str) -> bool:
    """A definite nisba adjective («التهامية», «العربي»), not one of the words that only look like one."""
    return norm.startswith("ال") and len(norm) > 5 and norm.endswith(("ي", "يه")) and norm not in ORG_WORDS.not_adjectives


def _governed_list(view: SentenceView, k: int) -> bool:
    """True when ``k`` closes a list of two or more whose first conjunct a preposition governs: the
    list is that preposition's object, not the subject of a verb after it (a 2015-08-06 slice). Not
    «في», which may place the first conjunct inside a subject before it: «وكانت الدول الخمس دائمة
    العضوية في مجلس الأمن وألمانيا اتفقت مع إيران» (a 2015-07-22 slice)."""
    first = _first_conjunct(view, k)
    if first == k:
        return False
    head = view.slots[first]
    if head.start > 0 and view.norms[head.start - 1] == _IN:
        return False
    return bool(head.clitic) or _governed(view, head.start)


def _visitors(view: SentenceView, pred: Predicate, agents: list[int]) -> list[int]:
    """The agents of a visit verb without a place after the verb: «زار تركيا قائد قوات التحالف
    جون آلن» names what he visited there, not a visitor."""
    return [a for a in agents if view.slots[a].kind != "LOC" or view.slots[a].start < pred.start]


_STANCE_TYPES = frozenset({"OPPOSE", "SUPPORT"})
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
_RELATIVE_OBJECT_REACH = 2  # words between the relative clause's verb and its object («استهدفت منسوبي قوات …»)


def _target_of_the_object(view: SentenceView, lo: int, slot) -> bool:
    """True when ``slot`` is the object of a relative clause on the verb's own object, a thing: in
    «أدانت دولة الإمارات الجريمة الإرهابية التي استهدفت منسوبي قوات الطوارئ» (2015-08-06) the
    forces are the crime's victims, not what was condemned. A clause verb with an object pronoun
    has the actor after it for its subject («أدان الهجوم الذي شنه الحوثيون»: the Houthis, condemned)."""
    verb = next((i + 1 for i in range(lo, slot.start - 1) if view.norms[i] in _RELATIVES), None)
    if verb is None or verb - 2 < lo or view.slot_at(verb - 2) is not None or view.slot_at(verb) is not None:
        return False
    if view.norms[verb].endswith(_OBJECT_SUFFIXES) or view.norms[verb].startswith("ال"):
        return False
    between = range(verb + 1, slot.start)
    return (
        len(between) <= _RELATIVE_OBJECT_REACH and not slot.clitic
        and all(view.slot_at(i) is None and view.norms[i] not in PREPOSITIONS and not view.is_break(i) for i in between)
        # «التصريحات التي أدلى بها نوري المالكي», «الدور الذي أسهمت به دول التحالف»: a pronoun after
        # the clause verb stands for the thing, and the actor is the verb's subject
        and not any(view.norms[i] in _OBLIQUE_PRONOUNS or view.norms[i] in _BACK_POINTERS for i in between)
    )


_KIN_NOUNS = WORDS.kin_nouns
_KIN_REACH = 2  # words from the kin noun to the name: «والدة الشهيد محمد العيسى» (one more after «بـ»: «بوالد الشهيد الرقيب ماجد»)
_POSSESSED = ("ه", "ها", "هم", "هما", "نا", "ي")  # «شقيقه», «ابننا», «أخي»: his, our, my


def _object_with_li_after(view: SentenceView, k: int) -> bool:
    """True when «لـ» written apart, then a number or an indefinite noun that is no actor, follows slot
    ``k`` (past a closing quote): the object of a verbal noun whose genitive is then its doer."""
    j = view.slots[k].end
    while j < len(view.norms) and view.norms[j] in QUOTES:
        j += 1
    if j + 1 >= len(view.norms) or view.norms[j] != "ل" or view.slot_at(j + 1) is not None:
        return False
    nxt = view.norms[j + 1]
    return nxt.isdigit() or (nxt.isalpha() and not nxt.startswith("ال"))


def _owned_object_after(view: SentenceView, k: int) -> bool:
    """True when the word right after slot ``k`` (past a closing quote) is a noun with a possessive
    pronoun and no actor: the bare object of a verbal noun whose genitive is then its doer
    («اختطاف «جبهة النصرة» قائدها»). Only such nouns: a definite word there is mostly an adjective
    («استهداف داعش الإرهابي»)."""
    j = view.slots[k].end
    while j < len(view.norms) and view.norms[j] in QUOTES:
        j += 1
    if j >= len(view.norms) or view.slot_at(j) is not None or view.is_break(j):
        return False
    norm, text = view.norms[j], view.sentence.tokens[j].text
    if norm in PREPOSITIONS or view.clitic_preposition(j) or norm.startswith(("ال", "و")) or len(norm) < 4:
        return False
    return text.endswith(("ها", "هم", "هما"))


def _kin_genitive(view: SentenceView, lo: int, slot, reach: int = _KIN_REACH) -> bool:
    """True when a kin noun (``kin_nouns`` in ``name_words.yaml``, a و glued allowed) stands at most
    ``_KIN_REACH`` words before ``slot``, after ``lo``: the name is the kin noun's genitive («ووالدة
    الشهيد محمد العيسى», 2015-08-06; «ذوو المواطن عوض …», 2015-07-21), and the one named is neither
    the verb's object nor its subject."""
    for i in range(max(lo, slot.start - reach), slot.start):
        norm = view.norms[i].removeprefix("و")
        if view.clitic_preposition(i):
            norm = norm[1:]  # «اتصال عزاء ومواساة بوالد الشهيد الرقيب ماجد» (a later 2015-08-08 slice)
        if view.slot_at(i) is None and (norm in _KIN_NOUNS or view.norms[i] in _KIN_NOUNS):  # «والد» keeps its «و»
            # with a pronoun the name is in apposition, the kin himself: «اختطف شقيقه الأصغر يونس» (2015-07-31)
            return not view.sentence.tokens[i].text.endswith(_POSSESSED)
    return False


def _where_a_thing_is(view: SentenceView, lo: int, slot, distance: int) -> bool:
    """True when a place glued to ب follows a thing «لـ» governs (no actor) after ``lo``: the place
    says where that thing is, and is no partner."""
    return any(
        view.clitic_preposition(i) == "ل" and view.slot_at(i) is None and view.norms[i].isalpha()
        for i in range(lo, slot.start - distance)
    )


def _carrying_outlet(view: SentenceView, slot) -> bool:
    """An outlet right after a verb it carries words by (``carrying_verbs``), its head or quotes
    between at most: the subject of that verb, not of the verb after it."""
    if not _an_outlet(view, slot):
        return False
    at = _before_outlet_name(view, slot)
    return at >= 0 and view.norms[at] in _CARRYING_VERBS


def _titled_holder(view: SentenceView, k: int) -> int:
    """«الأمير فيصل بن بندر أمير منطقة الرياض قد استقبل …» (2015-07-26): a place or body that ends
    the title after a person's name names his office; the person is the subject."""
    slot = view.slots[k]
    if slot.kind == "PER" or k == 0:
        return k
    person = view.slots[k - 1]
    title = view.norms[person.end : slot.start]
    if (
        person.kind == "PER" and person.party and not person.clitic
        and 1 <= len(title) <= 3 and is_role_head(title[0], load_role_words())
        and not any(view.is_break(i) for i in range(person.end, slot.start))
    ):
        return k - 1
    return k


def _subject_after(view: SentenceView, pos: int) -> int | None:
    """A bare party actor starting at ``pos``, past honorifics («الملك فهد»): a VSO subject."""
    while pos < len(view.norms) and view.slot_at(pos) is None and view.norms[pos] in view.honorifics:
        pos += 1
    k = view.slot_at(pos) if pos < len(view.norms) else None
    if k is None or view.slots[k].start != pos or not view.slots[k].party or view.slots[k].clitic:
        return None
    return k


def _governed(view: SentenceView, start: int) -> bool:
    """True when a preposition stands right before token ``start`` (or one token before, «على مواقع»);
    a quote mark between does not count: «أكد ل"الرياض" رئيس مركز الخليج» (a later 2015-08-09 slice)."""
    quoted = start > 0 and view.norms[start - 1] in _QUOTES
    for i in (start - 1 - quoted, start - 2 - quoted):
        if i < 0:
            break
        if view.norms[i] in PREPOSITIONS or (view.slot_at(i) is None and view.clitic_preposition(i)):
            return not _place_in_title(view, i, start)
        if view.slot_at(i) is not None or view.is_break(i):
            break
    return False


def _place_in_title(view: SentenceView, i: int, start: int) -> bool:
    """«عضو المجلس البلدي بالعاصمة المقدسة منيف المطيري»: a person right after a definite noun
    with a glued preposition and its definite adjective; the phrase is where his office is, and
    its preposition governs no more (not «بالرئيس اليمني عبد ربه منصور هادي»: a title)."""
    k = view.slot_at(start)
    if i != start - 2 or k is None or view.slots[k].kind != "PER" or not view.clitic_preposition(i):
        return False
    noun, adjective = drop_clitic_before_article(view.norms[i]), view.norms[start - 1]
    if not (noun.startswith("ال") and adjective.startswith("ال")):
        return False
    return noun not in view.honorifics and not is_role_head(noun, load_role_words())


def _verb_links(view, pred: Predicate, lexicon: Lexicon, agents: list[int], stops: _Stops) -> Iterator[Link]:
    frame = lexicon.entry_frame(pred.entry)
    told = _quoted_outlet_told(view, pred, agents)
    if told is not None:
        # «أبلغ «الجزيرة» صاحب السمو الملكي الأمير فيصل بن خالد … بأن المنطقة تعيش …» (a 2015-08-08 slice):
        # the paper quoting itself right after the verb is whom the subject after it told
        yield Link(told, agents[0])
        return
    # «زاره … كل من ليلى مراد وفريد الأطرش وشقيقته أسمهان وأم كلثوم» (2015-07-21): a verb whose
    # object is a pronoun has no bare object after its subject; the names are more visitors
    allow_bare = (BARE in frame or pred.entry.transitive) and not _object_pronoun(view, pred)
    if pred.type == "SUPPORT" and _object_pronoun(view, pred) and "ب" in frame:
        # «تساندهم قوات الجيش، تطبق حصارها، بإسناد جوي وفرته طائرات التحالف» (2015-08-06): with its object
        # in a pronoun, what «بـ» brings is the means, no partner
        frame = frame - {"ب"}
    lo = max(pred.end, view.slots[agents[-1]].end if agents and view.slots[agents[-1]].start >= pred.end else pred.end)
    if agents and lo == view.slots[agents[-1]].end and _apposed_name(view, pred.end, view.slots[agents[-1]]):
        lo += 1  # «انتقد الوزير السابق، جون كيري، روسيا»: past the comma that closes the name
    partners = []
    close = _title_after_agent(view, lo) if agents and lo == view.slots[agents[-1]].end else None
    apposed = None
    if (
        close is None and agents and lo == view.slots[agents[-1]].end and lo + 1 < len(view.norms) and view.norms[lo] in COMMAS
        # «…، وولي العهد، وولي ولي العهد»: a conjunct, no apposition («، ولي ولي العهد …» is one)
        and not (view.norms[lo + 1].startswith("و") and view.norms[lo + 1] not in view.honorifics)
    ):
        # «حذر ماجد نواز، مستشار ديفيد كاميرون رئيس الوزراء البريطاني لمكافحة الإرهاب، من أن …» (a 2015-08-10
        # slice): a title set off by commas after the subject describes him, whoever it names
        apposed = _title_after_agent(view, lo + 1, venue_closes=True)
        last = view.slot_at(apposed - 1) if apposed is not None else None
        if last is not None and view.slots[last].kind == "PER":  # «طالب الفنان حسن عسيري، وزير التعليم الدكتور عزام الدخيل، بضم …»: a title ending in a name is the object's
            apposed = None
    if apposed is not None:
        lo = apposed + 1
    if close is not None:
        # «حذر الدكتور عبدالله البرقان رئيس لجنة الاحتراف بالاتحاد السعودي لكرة القدم، ناديي الهلال
        # والنصر»: who the title names describes the subject; the object comes after the comma
        partners = _partners(view, pred, lexicon, close, set(agents), frame, allow_bare, stops)  # from the comma: an adverbial set off after it is read past
        if partners:
            # «بحاح نائب الرئيس اليمني رئيس مجلس الوزراء، أمس في مقر الحكومة اليمنية المؤقت في الرياض، أنور
            # قرقاش» (2015-07-26): an adverbial of time and place set off by commas does not count
            start = view.slots[partners[0]].start
            past = _past_apposition(view, close, start, set(agents))
            if start - (past if past is not None else close) > _OBJECT_AFTER_TITLE:
                partners = []
        # a title naming no person is the subject's («دعت لوكا كاتسيلي رئيسة اتحاد المصارف اليونانية
        # والبنك الوطني اليوناني، … جميع العملاء»): its institutions are no partners; one that names
        # a person may be the object («استقبل الملك سلمان رئيس وزراء باكستان نواز شريف، في الرياض»)
        if not partners and not any(view.slots[k].kind == "PER" for k in range(len(view.slots)) if lo <= view.slots[k].start < close):
            # a title closed by «أن» is followed by what was said, not by whom it was said to: «أبلغ
            # وزير الطاقة الروسي الكسندر نوفاك الأمين العام لأوبك أن روسيا والمنظمة تسعيان …» (a 2015-07-31 slice)
            # (a relative clause after it may name whose act is praised: «ونوه … بالدعم الذي يوليه الأمير سلطان»)
            lo = close if view.norms[close] in COMPLEMENTIZERS and view.norms[close] not in _RELATIVES else close + 1
    partners = partners or _partners(view, pred, lexicon, lo, set(agents), frame, allow_bare, stops)
    if partners and close is None and agents and lo == view.slots[agents[-1]].end and _own_title_body(view, lo, view.slots[partners[0]]):
        # «ثمن خالد ناقرو المدير العام لمؤسسة رناد العربية … زيارة أمين المدينة» (a 2015-07-21 slice):
        # the body of the subject's own title, no comma closing it, is not what he praised; the object
        # may follow it («هنأ الدكتور نبيل العربي الأمين العام لجامعة الدول العربية الشعب المصري»)
        body = partners[0]
        partners = _partners(view, pred, lexicon, view.slots[body].end, set(agents) | {body}, frame, allow_bare, stops)
        if partners and _portfolio_of(view, view.slots[body].end, view.slots[partners[0]]):
            # «الأمين العام المساعد للجامعة العربية لشؤون فلسطين والأراضي العربية المحتلة، التفجير» (a later
            # 2015-08-08 slice): the title's portfolio, not what he condemned
            end = max(view.slots[c].end for c in view.conjuncts(partners[0]))
            partners = _partners(view, pred, lexicon, end, set(agents) | {body, *view.conjuncts(partners[0])}, frame, allow_bare, stops)
    if partners and agents and lo == view.slots[agents[-1]].end and _loyal_to_after_subject(view, lo, partners[0]):
        # «فيما يرفض الجيش الوطني والمقاومة الشعبية الموالية للرئيس هادي أي حلول سياسية» (a 2015-08-08 slice):
        # whom the subject is loyal to describes it, he is no object
        partners = _partners(view, pred, lexicon, view.slots[partners[0]].end, set(agents) | {partners[0]}, frame, allow_bare, stops)
    if partners and close is None and agents and lo == view.slots[agents[-1]].end and _title_genitive_then_object(view, lo, partners[0]):
        # «دعا صلاح الدين دمرطاش زعيم حزب الشعوب الديمقراطي … أمس حزب العمال الكردستاني إلى …» (a 2015-08-09
        # slice): the party he leads is his title; the one called on follows it
        partners = _partners(view, pred, lexicon, view.slots[partners[0]].end, set(agents) | {partners[0]}, frame, allow_bare, stops)
    if not partners and agents and pred.entry.transitive and pred.type == "MEET" and not _object_pronoun(view, pred):
        partners = _received(view, pred, lo, set(agents), stops)
    if not partners and agents and pred.type in _OWNED_OBJECT_TYPES:
        partners = _object_owner(view, lexicon, lo, set(agents))
    if not partners and agents and pred.type == "ATTACK":
        partners = _casualties(view, lo)
    if not partners and agents and pred.type == "AGREE":
        partners = _consented_to(view, pred, lo)
    if agents and _signing(view, pred) and (moved := _transfer_destination(view, lo)) is not None:
        partners = moved  # «وقع … عقد انتقاله من يونايتد إلى فنربخشه»: the club he moves to
    if pred.type in _STANCE_TYPES:
        partners = [k for k in partners if not _target_of_the_object(view, lo, view.slots[k])]
    antecedent = _antecedent(view, pred)
    if not partners and antecedent is not None and antecedent not in agents and _object_pronoun(view, pred):
        partners = [antecedent]  # «داعش الذي تقاتله طهران»
    if pred.entry.persons_only:
        partners = _no_places(view, partners)
        # «زار تركيا قائد قوات التحالف جون آلن»: the place before the visitor is what he visited
        agents = _visitors(view, pred, agents)
    if pred.entry.gathers and _ties_gather(view, pred):
        return  # «العلاقات التاريخية التي تجمع المملكة ومصر» (2015-08-01): ties bind them, no meeting
    if pred.entry.gathers and _tie_after_pronoun(view, pred):
        return  # «الكويت والمملكة يجمعهما مصير واحد» (a 2015-07-21 window): a shared fate, no meeting
    if pred.entry.gathers:
        # «لقاء رباعي جمع …» meets; «وتجمع فريق سبايس جيرل، الذي ضم ميل بي، وفيكتوريا بيكام، …» is a roster;
        # «دولة كردية … تجمع شتات أكراد العراق وإيران وتركيا» gathers no one named: a noun stands first
        after = sorted(k for k in agents + partners if view.slots[k].start >= pred.end)
        if after:
            first = view.slots[after[0]].start
            lo = pred.end if after[0] in agents else lo
            titled = role_before_name(view.norms[lo:first], load_role_words())
            if first - lo - view.title_words(lo, first) > 0 and not titled and view.introducer(view.slots[after[0]], lo)[0] == BARE:
                return
        yield from _all_pairs(view, agents + partners, roster=_GATHERED)
        return
    if partners and _drawn_in_a_group(view, pred, partners):
        partners = []  # «ووقعت إسبانيا في مجموعة واحدة مع إيطاليا» (2015-07-27): a draw, no signing
    if partners and agents and view.slots[agents[0]].start >= pred.end:
        # «مداهمات … استهدفت عناصر تنظيم داعش الإرهابي وحزب العمال الكردستاني» (a later 2015-07-24 slice):
        # names joined by «و» after a verb are never its subject and its object
        joined = set(view.conjuncts(_first_conjunct(view, agents[0])))
        partners = [p for p in partners if p not in joined and not _joined_past_epithets(view, agents[-1], p)]
    for a in agents:
        for p in partners:
            yield Link(a, p)
    undirected = pred.type not in lexicon.directed
    # «استقبل ولي عهد البحرين وولي عهد أبوظبي»: with no object, conjoined actors after a verb of
    # receiving or visiting are the people received (the subject is elided), not a pair that met;
    # «التقى كيري ولافروف» is a pair
    received_list = pred.entry.transitive and pred.entry.persons_only and not partners and agents and view.slots[agents[0]].start >= pred.end
    # «وساعده عبد الرحمن العبدان ونجيب بحاري» (2015-07-26): two who help him do not help each other; nor
    # do two who discussed it meet each other («ورقة … ناقشها الرائد عوض الثبيتي والرائد رامي عبد الله بحيص»,
    # a 2015-08-09 slice: discussants of a paper)
    # a paper or a deal signed («مذكرة التفاهم … التي وقعها وزير التعليم … ووزير الصحة») still joins its signers
    helped = (pred.entry.transitive or pred.type == "MEET") and _object_pronoun(view, pred)
    # «ويتفق معهما فارس العتيبي وعمار المشجري» (2015-08-01): both agree with the two before, not with each other
    with_others = pred.end < len(view.norms) and view.norms[pred.end] in _WITH_PRONOUNS
    # nor do subjects before a verb whose own object, a definite noun, follows it: «فتشغيل النساء في الهلال
    # الأحمر وكذلك الدفاع المدني يساعد الإنقاذ السريع» (a later 2015-07-22 slice)
    with_others = with_others or (
        pred.entry.transitive and agents and view.slots[agents[-1]].end <= pred.start and _noun_subject_after(view, pred)
    )
    # nor do the objects of a verb whose subject, a definite noun, stands before it after «إن»:
    # «إن الوفد الإيراني التقى العبادي والمالكي» (2015-08-10, a later window)
    with_others = with_others or (
        pred.entry.transitive and agents and view.slots[agents[0]].start >= pred.end and _noun_subject_before(view, pred.start)
    )
    # nor do the subjects of «جدد»/«مدد» with no «عقد» after it: «جددت ميليشيات الحوثي وصالح قصفها», «ميسي
    # والبرازيلي نيمار اللذان مددا عطلتهما» (2015-07-27, a later window)
    with_others = with_others or (
        pred.pos == "verb" and _contract_verb(view, pred) and _contract_named(view, pred.end, lexicon.window("gap")) is None
    )
    if (
        undirected and len(agents) >= 2 and (not partners or pred.type == "MEET") and not received_list and not helped
        and not (pred.entry.persons_only and not partners)  # «يوسف عبد العزيز والأديب هشام عودة … زارا فلسطين»: visitors together
        and not pred.entry.partner_only and not _unnamed_partner(view, pred, lexicon, agents)
        and not _signed_no_deal(view, pred, lexicon, agents) and not with_others and not _consented_to_a_thing(view, pred, agents)
    ):
        yield from _all_pairs(view, agents)


def _joined_past_epithets(view: SentenceView, a: int, b: int) -> bool:
    """Slot ``b`` carries «و» and only definite nisba adjectives stand between slot ``a`` and it: «تنظيم
    داعش الإرهابي وحزب العمال»; not a noun and its adjective («الأهلي الأمانة العامة ولجنة المسابقات»:
    the club's demand to two bodies, a 2015-08-01 slice)."""
    first, second = view.slots[a], view.slots[b]
    between = range(first.end, second.start)
    return bool(second.conj) and b == a + 1 and all(
        is_definite(view.norms[i]) and view.norms[i].endswith(("ي", "يه")) for i in between
    )


_SIGNING = GRAMMAR.signing_verbs
_GROUPS = GRAMMAR.draw_groups
_MEMORANDA = GRAMMAR.signed_memoranda
_SIGNED_THINGS = GRAMMAR.signed_things
_DEAL_REACH = 10  # tokens after the last subject to the deal it signed: a time, a place, then «اتفاقا»
_GROUP_AFTER = 4  # tokens after the «مع» partner to «في مجموعة»: «وفرنسا وقعت مع هولندا في مجموعة صعبة»
_BRACKETS = frozenset("()[]")
_TRANSFERS = GRAMMAR.transfer_nouns
_TRANSFER_REACH = 8  # tokens from the subject to «عقد» («(31 عاما) الثلاثاء الماضي»), and from «انتقاله» to the club


def _signing(view: SentenceView, pred: Predicate) -> bool:
    """The predicate is a verb of signing (``signing_verbs``), with or without a glued و/ف."""
    return view.norms[pred.start] in _SIGNING or view.norms[pred.start][1:] in _SIGNING


def _drawn_in_a_group(view: SentenceView, pred: Predicate, partners: list[int]) -> bool:
    """A verb of signing with «في مجموعة» before its «مع» partner is a sports draw: «ووقعت إسبانيا في
    مجموعة واحدة مع إيطاليا», «ووقعت بلجيكا والبوسنة … في المجموعة الثامنة» (2015-07-26/27)."""
    if not _signing(view, pred):
        return False
    end = max(view.slots[k].end for k in partners)
    return any(view.norms[i] in _GROUPS for i in range(pred.end, min(end + _GROUP_AFTER, len(view.norms))))


def _consented_to_a_thing(view: SentenceView, pred: Predicate, agents: list[int]) -> bool:
    """«ووافق مجلس الوزراء ومجلس النواب الأسبوع الماضي على مشروع قانون» (2015-07-21): bodies that are
    subjects of a verb of consent «على» something named by no actor consented together, not with each other."""
    if _CONSENT_VERBS.isdisjoint(strip_clitics(view.norms[pred.start])) or any(view.slots[a].kind != "ORG" for a in agents):
        return False  # «وافق جيمي كارتر وفيدل كاسترو على فتح شعبتي مصالح»: leaders and states consent with each other
    i = max(view.slots[a].end for a in agents)
    while i < len(view.norms) and view.slot_at(i) is None and view.norms[i] != _ON and not view.is_break(i) and i - pred.end < _CONSENT_SPAN:
        i += 1  # «الأسبوع الماضي»
    return i + 1 < len(view.norms) and view.norms[i] == _ON and view.slot_at(i + 1) is None


def _transfer_destination(view: SentenceView, lo: int) -> list[int] | None:
    """The club a signed contract of moving names after «إلى» or «لـ» («وقع فان بيرسي الثلاثاء الماضي عقد
    انتقاله من يونايتد إلى فنربخشه», 2015-07-22 dev; `transfer_nouns`): [] when none is named, None when
    the object is no such contract."""
    norms, i, depth = view.norms, lo, 0
    while i < len(norms) and i - lo < _TRANSFER_REACH and norms[i] not in _CONTRACTS:
        depth += (norms[i] == "(") - (norms[i] == ")")  # an age in brackets: «فان بيرسي (31 عاما)»
        if view.slot_at(i) is not None or (not depth and norms[i] not in _BRACKETS and view.is_break(i)):
            return None
        i += 1
    if i + 1 >= len(norms) or norms[i] not in _CONTRACTS or norms[i + 1] not in _TRANSFERS:
        return None
    for k, slot in enumerate(view.slots):
        if slot.start <= i + 1 or not slot.party or slot.kind != "ORG":
            continue
        if slot.start - i > _TRANSFER_REACH + 2 or _broken(view, i + 1, slot.start):
            break
        intro, _ = view.introducer(slot, i + 2)
        if intro in (_TO, "ل"):
            return [k]
    return []


def _signed_no_deal(view: SentenceView, pred: Predicate, lexicon: Lexicon, agents: list[int]) -> bool:
    """Subjects of a verb of signing sign with each other only when what they sign is a deal
    (an AGREE noun of the lexicon) in the clause: «وقعت الهند وبنغلاديش اتفاقًا» is a pair, «وقعت
    الأميركية ميريل ستريب والبريطانيتان كيت وينسلت وإيما تومسون … خطابا احتجاجيا» (2015-07-31) signed a
    letter together, and «ووقعت بلجيكا والبوسنة والهرسك … في المجموعة الثامنة» were drawn together."""
    if not _signing(view, pred):
        return False
    lo = max(pred.end, max(view.slots[a].end for a in agents))
    first = min(view.slots[a].start for a in agents)
    before = range(pred.end, first) if first > pred.end else range(0)  # «وقع الاتفاقية كل من X وY»: the deal first
    for i in [*before, *range(lo, min(lo + _DEAL_REACH, len(view.norms)))]:
        if view.norms[i] in _BRACKETS:
            continue  # «وقعتا في فبراير (شباط) الماضي اتفاقا»
        if view.is_break(i, commas=False) or view.norms[i] in _GROUPS:
            return True
        if view.norms[i] in _MEMORANDA or any(e.type == "AGREE" and e.pos == "noun" for e in lexicon.starts(view.sentence.tokens[i].text)):
            # «وقعت جامعة الملك عبدالعزيز وجامعة جدة اتفاقية تعاون مع وزارة الصحة»: with a third party
            return _WITH in view.norms[i + 1 : i + 4]
    return True


def _casualties(view: SentenceView, lo: int) -> list[int]:
    """Who an attack with no named target killed, from its result clause: «وقصف طيران التحالف
    الخميس، مبنى قيادة اللواء 17 مشاة ما اسفر عن مقتل 15 من المتمردين الحوثيين» (2015-07-25 dev)."""
    norms = view.norms
    for i in range(lo, min(lo + _RESULT_REACH, len(norms) - 2)):
        k = view.slot_at(i)
        if k is not None and view.slots[k].party and not view.slots[k].venue:
            return []  # an object named before the result
        if view.is_break(i, commas=False) and norms[i] not in _RELATIVES:
            return []  # another clause; a relative one describes the object («مبنى … الذي يقع في …»)
        if norms[i] not in _RESULT_VERBS or norms[i + 1] not in (_FROM_ABOUT, _TO) or norms[i + 2] not in _CASUALTY_NOUNS:
            continue
        for j in range(i + 3, min(i + 3 + _CASUALTY_REACH, len(norms))):
            k = view.slot_at(j)
            if k is not None:  # «مقتل 15 من المتمردين الحوثيين», «مقتل القيادي في القاعدة»
                return [c for c in view.conjuncts(k) if view.slots[c].party and not view.slots[c].venue]
            if view.is_break(j):
                return []
        return []
    return []


def _second_office(view: SentenceView, exclude: set[int], slot) -> bool:
    """``slot``, a body, follows a body of ``exclude`` that itself follows a role head, with only a role
    head between them: both are offices of one unnamed holder («رئيس هيئة كبار العلماء رئيس اللجنة الدائمة
    للبحوث العلمية والإفتاء»), no agent and partner."""
    if slot.kind != "ORG":
        return False
    words = load_role_words()
    for e in exclude:
        body = view.slots[e]
        if body.kind != "ORG" or body.start == 0 or body.end >= slot.start or not is_role_head(view.norms[body.start - 1], words):
            continue
        if all(is_role_head(view.norms[i], words) for i in range(body.end, slot.start)):
            return True
    return False


def _seat_after(view: SentenceView, slot, distance: int, exclude: set[int]) -> bool:
    """A place glued to «بـ», itself or through a state's head («بمملكة البحرين»), right after a body of
    ``exclude`` (a verbal noun's genitive): where that body sits, not the predicate's partner («استنكار مجلس النواب بمملكة البحرين
    لهذا العمل», 2015-08-07); not «بدور المملكة» (the «بـ» of another noun)."""
    if slot.clitic:
        at = slot.start
    elif distance == 0 and slot.start > 0 and view.norms[slot.start - 1][1:] in load_polities().state_heads:
        at = slot.start - 1
    else:
        return False
    return any(view.slots[e].end == at and view.slots[e].kind == "ORG" for e in exclude)


def _cleared_of(view: SentenceView, lo: int, places: list[int]) -> list[int]:
    """The actors right after «من» just past the places an attack noun names, when it names them: «تطهير
    عدن من الحوثيين» attacks the Houthis, not Aden; ``places`` when no «من» follows, none when one follows
    with no actor."""
    at = next((i for i in range(lo, min(lo + _CLEARED_REACH, len(view.norms))) if view.norms[i] == _FROM), None)
    if at is None or any(view.is_break(i) for i in range(lo, at)):
        return places
    k = view.slot_at(at + 1) if at + 1 < len(view.norms) else None
    return [c for c in view.conjuncts(k) if view.slots[c].party] if k is not None else []


_CLEARED_REACH = 2  # tokens from the place to «من»: «عدن ولحج من …»


def _allowed_unnamed(view: SentenceView, pred: Predicate) -> bool:
    """A verbal noun after a word of permission (``permissions``) and the «لـ» of those allowed, no actor:
    «بالسماح لأبنائنا بالاتصال بنا» (2015-08-10, a later window): they would do it, no one named."""
    at = pred.start - 1
    return (
        at >= 1 and view.slot_at(at) is None and view.clitic_preposition(at) == "ل"
        and not _PERMISSIONS.isdisjoint(strip_clitics(view.norms[at - 1]))
    )


def _consented_to(view: SentenceView, pred: Predicate, lo: int) -> list[int]:
    """Who made the offer or request a consent verb accepts, or whom it allows to act: «وافق
    مانشستر يونايتد على العرض الذي تقدم به باريس سان جرمان», «وافقت تركيا على السماح للجيش
    الأمريكي» (2015-07-24…25 dev)."""
    norms = view.norms
    if not _CONSENT_VERBS & {norms[pred.start], norms[pred.start][1:]}:
        return []
    on = next((i for i in range(lo, min(lo + _CONSENT_REACH, len(norms) - 1)) if norms[i] == _ON), None)
    if on is None or any(view.slot_at(i) is not None or view.is_break(i) for i in range(lo, on)):
        return []  # «وافقت بشكل مبدئي على»: a manner phrase at most before «على»
    head = norms[on + 1]
    if head in _PERMISSIONS:
        k = view.slot_at(on + 2) if on + 2 < len(norms) else None
        allowed = k is not None and view.slots[k].start == on + 2 and view.slots[k].clitic == "ل"
        return [c for c in view.conjuncts(k) if view.slots[c].party] if allowed else []
    if head not in _OFFER_NOUNS:
        return []
    first = next((k for k, s in enumerate(view.slots) if s.start > on + 1), None)
    if first is not None and view.slots[first].kind == "PER" and view.slots[first].party and view.slots[first].start > on + 2:
        if role_before_name(norms[on + 2 : view.slots[first].start], load_role_words()):
            return [c for c in view.conjuncts(first) if view.slots[c].party]  # «على طلب رئيس الوزراء الكسيس تسيبراس»
    for j in range(on + 2, min(on + 2 + _OFFER_REACH, len(norms))):
        k = view.slot_at(j)
        if k is not None:  # «طلب مصر», «العرض الذي تقدم به باريس سان جرمان», «العرض المقدم من الأهلي»
            slot = view.slots[k]
            return [c for c in view.conjuncts(k) if view.slots[c].party] if slot.party and not slot.venue and not slot.clitic else []
        if norms[j] not in _OFFER_LINKS:
            return []
    return []


def _unnamed_partner(view: SentenceView, pred: Predicate, lexicon: Lexicon, agents: list[int]) -> bool:
    """True when, right after the conjoined agents, a preposition of the predicate's frame
    introduces someone who is no actor: «المباحثات التي أجراها كل من حبيب الصيد ووزير خارجيته
    الطيب بكوش، مع وزراء خارجية الدول الأعضاء» (2015-08-01), «اجتماع … جون كيري، ووزير الطاقة
    إرنست مونيز، ووزير الخزانة جاك ليو، بأعضاء الكونغرس» (2015-07-26): they met others, not
    each other."""
    i = max(view.slots[k].end for k in agents)
    if i < pred.end:
        return False
    while i < len(view.norms) and view.norms[i] in COMMAS:
        i += 1
    if i >= len(view.norms) or view.slot_at(i) is not None:
        return False
    frame = lexicon.entry_frame(pred.entry) - {_BETWEEN}
    return view.norms[i] in frame or view.clitic_preposition(i) in frame


def _title_after_agent(view: SentenceView, lo: int, venue_closes: bool = False) -> int | None:
    """The comma that closes a title right after the subject's name («البرقان رئيس لجنة الاحتراف
    بالاتحاد السعودي لكرة القدم،»): a role head at ``lo``, no clause boundary before the comma;
    None otherwise. With ``venue_closes`` (a title a comma opened), where he is closes it too: the
    last token of the place after «في» («، ولي ولي العهد … وزير الدفاع في جدة، أمس، الرئيس …»,
    whose «، أمس،» is an aside the view drops)."""
    if lo >= len(view.norms) or not is_role_head(view.norms[lo], load_role_words()):
        return None
    norms = view.norms
    for i in range(lo + 1, min(lo + _LONG_TITLE, len(norms) - 1)):
        if venue_closes and norms[i] in _VENUE_PREPOSITIONS and (k := view.slot_at(i + 1)) is not None and view.slots[k].venue:
            return view.slots[k].end - 1
        if i >= lo + _APPOSITION and (_untitled_words(view, lo, i) > _LONG_TITLE_PLAIN or _person_between(view, lo, i)):
            return None  # past the usual reach, only a long title and where its holder is: «، ولي ولي العهد النائب
            # الثاني لرئيس مجلس الوزراء وزير الدفاع في جدة، أمس، الرئيس رمضان قاديروف» (the 2015-07-21 build)
        if norms[i] in COMMAS:
            first = norms[i + 1]  # «…، ورأس جلسة مجلس الوزراء»: a clause of its own follows (not «، وزارة الحج»)
            clause = view.slot_at(i + 1) is None and _opens_clause(view, first)
            return None if clause else i
        if norms[i] in COMPLEMENTIZERS and view.slot_at(i - 1) is None:
            # «حذر قنسطنطينوس ميكالوس رئيس غرفة تجارة أثينا من أن …» (2015-07-23): the title ends
            # where the warning's clause opens; Athens is in his title, not warned
            return i - 1 if norms[i - 1] == _FROM else i
        if view.is_break(i):
            return None
    return None


def _object_owner(view: SentenceView, lexicon: Lexicon, lo: int, exclude: set[int]) -> list[int]:
    """«استنكرت المنظمة التصريحات التي أدلى بها نوري المالكي», «أدان الهجوم الذي شنه
    الحوثيون»: condemning or praising what someone said or did is opposing or supporting
    that someone: the subject of the relative clause on the verb's object noun."""
    norms = view.norms
    i = lo
    while i < len(norms) and i - lo < 3 and view.slot_at(i) is None and norms[i].isalpha() and norms[i] not in _RELATIVES:
        if norms[i] in PREPOSITIONS or view.is_break(i):
            return []
        i += 1
    if i == lo or i >= len(norms) or norms[i] not in _RELATIVES:
        return []
    start = i + 1
    if _attack_on_a_thing(view, lexicon, start):
        return []  # «استنكر العمل الإجرامي الذي استهدف المسجد التابع لقوات الطوارئ»: the owner was struck
    for k, slot in enumerate(view.slots):
        if slot.start < start or k in exclude:
            continue
        if not slot.party or _broken(view, start, slot.start):
            return []
        intro, distance = view.introducer(slot, start + 1)  # the relative clause's verb comes first
        reach = slot.start - start - view.title_words(start, slot.start)
        if intro == BARE and reach <= _OWNER_REACH or _glued_to_title(view, slot, distance, start + 1):
            return [c for c in view.conjuncts(k) if view.slots[c].party]
        return []
    return []


def _attack_on_a_thing(view: SentenceView, lexicon: Lexicon, at: int) -> bool:
    """An attack verb at token ``at`` whose own object, a definite noun no actor names, follows it: its
    subject is the relative pronoun before it, and an actor after the object owns what was struck (a later
    2015-08-09 window)."""
    if at + 1 >= len(view.norms) or view.slot_at(at) is not None or view.slot_at(at + 1) is not None:
        return False
    struck, verb = view.norms[at + 1], view.norms[at]
    # a definite noun or the head of one («قوات الأمن»); the verb bare: with an object pronoun («شنته»)
    # the noun after it is its subject («الهجوم الذي شنته الميليشيات الحوثية»)
    thing = is_definite(struck) or (at + 2 < len(view.norms) and view.slot_at(at + 2) is None and is_definite(view.norms[at + 2]))
    return (
        thing and struck not in _FILLERS
        and any(e.pos == "verb" and e.type == "ATTACK" and e.tokens == (verb,) for e in lexicon.starts(verb))
    )


def _received(view: SentenceView, pred: Predicate, lo: int, exclude: set[int], stops: _Stops) -> list[int]:
    """«استقبل صاحب السمو الملكي الأمير محمد بن نايف … - حفظه الله - في قصر سموه بجدة مساء اليوم
    معالي وزير الخارجية المصري سامح شكري»: the person received may stand after a long
    apposition, a venue and a time; the first bare person after them, in the same clause."""
    for k, slot in enumerate(view.slots):
        if slot.start < lo or k in exclude or slot.start - lo > _RECEIVED_REACH:
            continue
        if _guest_after_set_off_place(view, lo, slot) is not None and not stops.between(pred, lo, slot.start):
            return [c for c in view.conjuncts(k) if view.slots[c].party]
    last = lo
    for k, slot in enumerate(view.slots):
        if slot.start < lo or k in exclude:
            continue
        broken = _broken(view, lo, slot.start) and not _received_after_comma(view, lo, slot, last)
        if slot.start - lo > _RECEIVED_REACH or broken or stops.between(pred, lo, slot.start):
            return []
        if slot.venue or _after_arrival(view, slot.start):
            last = slot.end  # (a place after «لدى وصوله (إلى)» is where he was received)
            continue
        if slot.kind == "MISC":
            continue  # «رئيس الجمعية الخيرية لتحفيظ القرآن الكريم بالرياض الشيخ سعد …» (a 2015-07-27 slice): in his title
        if _title_place_before_name(view, last, k):
            continue  # «… في مكتبه أمس وزير الدولة لشؤون الخارجية لجمهورية بنغلاديش محمد شاهريار» (a 2015-08-06 window)
        holder = _guest_titled_by_body(view, last, k, exclude)
        if holder is not None:
            k, slot = holder, view.slots[holder]
        if slot.kind != "PER" and k not in exclude:
            intro, distance = view.introducer(slot, last)
            if intro == _IN or (intro == "ب" and not slot.clitic):
                last = slot.end  # «بمكتبه بديوان الوزارة أمس» (a 2015-08-06 window): where, not whom
                continue
        if k not in exclude and _own_title_body(view, lo, slot):
            # «التقى … الأمير محمد بن سلمان … النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في جدة أمس الرئيس
            # رمضان قاديروف» (a 2015-07-21 window): the council is in the host's title, the guest follows
            continue
        if any(view.norms[i] in _COMPANIONS for i in range(lo, slot.start)):
            return []  # «زار بوريس روغه … يرافقه المهندس صالح الرشيد»: who came along
        if any(view.norms[i] in _PRESENCE for i in range(lo, slot.start)):
            return []  # «والتقى … فهد المشيقح بالجهاز الفني واللاعبين … بحضور … سالم العثمان» (2015-07-21): who attended
        if _conjoined_title(view, last, slot.start, load_role_words(), ranks=False):
            return []  # «زار محافظ المؤسسة … الغفيص ورئيس مكتب التدريب … سعيد آل جبار»: one more visitor
        if holder is not None:
            return [c for c in view.conjuncts(k) if view.slots[c].party]
        intro, distance = view.introducer(slot, _past_venue_words(view, last, slot.start))
        title = _title_start(view, slot.start - distance, slot.start)
        if intro != BARE and title is not None:
            intro, distance = BARE, slot.start - title  # «في المطار الأمير محمد بن نايف»: في governs المطار
        if slot.kind == "PER" and intro == BARE and _untitled_words(view, slot.start - distance, slot.start) <= 4:
            return [c for c in view.conjuncts(k) if view.slots[c].party]
        return []
    return []


def _guest_titled_by_body(view: SentenceView, last: int, k: int, exclude: set[int]) -> int | None:
    """The guest whose title holds body ``k`` and ends with his name, when that title opens the phrase
    past where and when (from ``last``): «… بمكتب سموه بجدة مدير عام مؤسسة مكة للطباعة والإعلام لؤي مطبقاني»
    (a 2015-07-31 slice); not «استقبل المستشفى أربع عشرة حالة … حسب الناطق الإعلامي لصحة بيشة … حمدان
    الغامدي» (a 2015-08-09 slice). None otherwise."""
    if view.slots[k].kind != "ORG":
        return None
    holder = _person_the_title_names(view, last, k)
    if holder == k or holder in exclude:
        return None
    opening = _past_venue_words(view, last, view.slots[k].start)
    if not _title_word(view, view.norms[opening], load_role_words()) or _untitled_words(view, opening, view.slots[holder].start) > 4:
        return None
    return holder


def _past_venue_words(view: SentenceView, lo: int, hi: int) -> int:
    """Past the words of where and when from ``lo`` (before ``hi``): «بمكتبه ظهر أمس الثلاثاء»,
    «في مكتب سموه بقصر الحكم أمس», «بديوان الوزارة» (``venue_heads``, ``buildings``, ``time_words``),
    also past the host's title before them («أمير منطقة الرياض في مكتب سموه …»), so the ب of
    «بمكتبه» introduces no one; ``lo`` when no such words follow."""
    words = load_role_words()
    norms = view.norms
    title = lo
    while title < hi and view.slot_at(title) is None and (
        is_role_head(norms[title], words) or norms[title] in view.honorifics or norms[title] in words.seats
        or (norms[title].startswith("ال") and norms[title] not in _TIMES)
    ):
        title += 1
    for start in (lo, title) if title > lo else (lo,):
        i, venue = start, False
        while i < hi:
            seat = view.slot_at(i)
            if seat is not None:
                if not (venue and view.slots[seat].kind in ("ORG", "LOC") and view.slots[seat].clitic == "ب" and view.slots[seat].end < hi):
                    break
                i = view.slots[seat].end  # «في مكتبه بمديرية سجون القصيم» (2015-08-08): the office's seat
                continue
            norm = norms[i]
            if norm in VENUE_HEADS or norm in _TIMES or (norm[:1] == "ب" and norm[1:] in BUILDINGS):
                i, venue = i + 1, venue or norm not in _TIMES
            elif norm == _IN and i + 1 < hi and (norms[i + 1] in VENUE_HEADS or norms[i + 1] in BUILDINGS or norms[i + 1] in _OFFICES):
                i, venue = i + 2, True
            elif norm in _PALACES and i + 1 < hi:
                i, venue = i + 2, True  # «بقصر الحكم», «بقصر السلام»: the palace and its name
            elif venue and (norm in _HONORIFIC_PRONOUNS or (norm.startswith(("ال", "بال")) and not is_role_head(norm, words) and norm not in view.honorifics)):
                i += 1  # «في مكتب سموه», «بمقر الوزارة»: the office's owner and seat
            else:
                break
        if venue or start == lo and i > lo:
            return i
    return lo


_OFFICES = GRAMMAR.office_places
_PALACES = GRAMMAR.palaces
_HONORIFIC_PRONOUNS = GRAMMAR.honorific_pronouns


def _title_word(view: SentenceView, norm: str, words) -> bool:
    """A role head («وزير», «السفير»), an office head («محافظ», «مدير») or an honorific («معالي», «الدكتور»)."""
    return is_office_head(norm, words) or norm in view.honorifics


def _conjoined_title(view: SentenceView, lo: int, hi: int, words, ranks: bool) -> bool:
    """A role head glued to «و» among tokens ``lo:hi`` (with ``ranks``, an honorific too: «واللواء»):
    a title that opens one more person's name, not the one being read."""
    return any(
        view.norms[i][:1] == "و" and (is_role_head(view.norms[i][1:], words) or (ranks and view.norms[i][1:] in view.honorifics))
        for i in range(lo, hi)
    )


def _titled_object(view: SentenceView, lo: int, hi: int, window: int) -> bool:
    """A person's long title fills tokens ``lo:hi`` before his name, a time word perhaps before it:
    «خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ» (a 2015-07-26
    slice): a role head, and no more than ``window`` words that are no title word (:func:`_untitled_words`)."""
    words = load_role_words()
    if _conjoined_title(view, lo, hi, words, ranks=True):
        return False  # «الغفيص ورئيس مكتب التدريب … سعيد آل جبار», «… واللواء خالد المطيري»: one more subject
    first = lo
    while first < hi:  # where and when first: «التقى الرئيس اليمني في الرياض أمس مبعوث مجلس التعاون …»
        k = view.slot_at(first)
        if view.norms[first] in _TIMES:
            first += 1
        elif k is not None and view.slots[k].venue:
            first = view.slots[k].end
        elif view.norms[first] == _IN and first + 1 < hi and (k := view.slot_at(first + 1)) is not None and view.slots[k].venue:
            first = view.slots[k].end
        else:
            break
    if first == hi or not _title_word(view, view.norms[first], words):
        # the title opens the phrase, not a noun («في استقبال الجثمان اللواء محمد الشنبري»: who received
        # the body) nor a pointer («ويكرم فيه رئيس جمعية …»: honoured there)
        return False
    return _untitled_words(view, lo, hi) <= window


def _title_fills(view: SentenceView, slot, distance: int) -> bool:
    """The ``distance`` words before person ``slot`` are his role title (:func:`role_before_name`),
    honorifics perhaps before it: «مع معالي وزير الخارجية الإيطالي باولو جينتيلوني» (2015-08-08)."""
    words = load_role_words()
    first = slot.start - distance
    while first < slot.start and view.norms[first] in view.honorifics and not is_role_head(view.norms[first], words):
        first += 1  # «معالي», not «وزير», which heads the title
    return slot.kind == "PER" and slot.start - first <= words.title_reach and role_before_name(view.norms[first : slot.start], words)


def _untitled_words(view: SentenceView, lo: int, hi: int) -> int:
    """Tokens ``lo:hi`` that are no honorific, title word, definite word, word of time or place named
    in a title: «أمس معالي وزير الدولة لشؤون الخارجية لجمهورية بنغلاديش» before a name counts two
    («لشؤون», «لجمهورية»)."""
    words = load_role_words()
    return sum(
        1 for i in range(lo, hi)
        if view.slot_at(i) is None and not (_title_word(view, view.norms[i], words) or view.norms[i].startswith("ال") or view.norms[i] in _TIMES)
    )


_CHARGE_TITLES = GRAMMAR.charge_titles


def _in_charge_title(view: SentenceView, lo: int, slot, distance: int) -> bool:
    """The body ``slot`` is what a title takes charge of behind its preposition («المشرف العام على مركز …»,
    ``charge_titles``), the title standing after ``lo`` and a person named within reach after the body."""
    at = slot.start - distance - 1  # the preposition
    if at <= lo or slot.kind == "PER":
        return False
    if not any(at - len(p) + 1 >= lo and tuple(view.norms[at - len(p) + 1 : at + 1]) == p for p in _CHARGE_TITLES):
        return False
    following = next((s for s in view.slots if s.start >= slot.end), None)
    return following is not None and following.kind == "PER" and following.start - slot.end <= load_role_words().title_reach


def _title_place_before_name(view: SentenceView, lo: int, k: int) -> bool:
    """Slot ``k``, a place, stands in the title of the person named right after it: a title word
    after ``lo``, then the place behind a preposition («سفير خادم الحرمين الشريفين لدى كندا نايف بن
    بندر السديري», «وزير الدولة لشؤون الخارجية لجمهورية بنغلاديش محمد شاهريار»)."""
    slot = view.slots[k]
    if slot.kind != "LOC" or k + 1 >= len(view.slots):
        return False
    j, end = k + 1, slot.end
    while j < len(view.slots) and view.slots[j].kind == "LOC" and view.slots[j].start - end <= 1 and all(
        view.norms[i] in PREPOSITIONS for i in range(end, view.slots[j].start)
    ):
        # a city after the country: «القنصل العام للمملكة العربية السعودية في لوس أنجلوس السفير الدكتور
        # فيصل بن عبدالعزيز السديري» (2015-08-07/08 windows): both in his title
        j, end = j + 1, view.slots[j].end
    if j >= len(view.slots):
        return False
    after = view.slots[j]
    words = load_role_words()
    # ranks may stand between: «رئيس هيئة الأركان العامة في اليمن اللواء محمد المقدشي», «… السفير الدكتور»
    between = range(end, after.start)
    if after.kind != "PER" or after.clitic or not all(_title_word(view, view.norms[i], words) for i in between):
        return False
    at = slot.start - 1 if not slot.clitic else slot.start
    if at <= lo or not (slot.clitic or view.norms[at] in PREPOSITIONS or view.clitic_preposition(at)):
        return False
    head = next((i for i in range(at - 1, lo - 1, -1) if is_role_head(view.norms[i], words)), None)
    return head is not None and slot.start - head <= words.title_reach and not any(view.is_break(i) for i in range(head, slot.start))


def _guest_after_set_off_place(view: SentenceView, lo: int, slot) -> int | None:
    """Where the guest's title starts when a place phrase set off by commas stands between the host
    and him: «الزياني امس، في مكتبه بمبنى الأمانة العامة بالرياض، رئيس جهاز الشرطة الخليجية العميد
    مبارك …», «الجبير، أمس بمقر سفارة خادم الحرمين الشريفين في روما، المستشار الدبلوماسي … أرماندو
    فاريكيو» (2015-08-08/10 windows: whoever the place phrase names, the embassy's king, is no guest).
    The phrase opens (after a comma and time words, if any) with «في» or a venue word; after the comma that closes it
    comes a title (a role head or an honorific first, few other words) and the person. None otherwise."""
    if slot.kind != "PER" or slot.clitic:
        return None
    norms, words = view.norms, load_role_words()
    close = next((j for j in range(slot.start - 1, lo - 1, -1) if norms[j] in COMMAS), None)
    if close is None or close + 1 >= slot.start:
        return None
    first = norms[close + 1]
    if close == lo and (first == _IN or first in VENUE_HEADS):
        # the comma that closed the place went with a time the view drops as an aside: «القصبي، في مكتبه بالوزارة
        # أمس، الأمير منصور بن محمد» (a 2015-07-27 slice) reads «القصبي، في مكتبه بالوزارة الأمير منصور …»
        end = _past_venue_words(view, close + 1, slot.start)
        if close + 1 < end < slot.start and _title_word(view, norms[end], words) and _untitled_words(view, end, slot.start) <= 3:
            return end
        return None
    if any(view.slot_at(j) is not None for j in range(close + 1, slot.start)):
        return None
    if not _title_word(view, first, words) or _untitled_words(view, close + 1, slot.start) > 3:
        return None
    i = lo
    while i < close and (norms[i] in COMMAS or norms[i] in _TIMES):
        i += 1
    opens = norms[i] == _IN or norms[i] in VENUE_HEADS or (norms[i][:1] == "ب" and norms[i][1:] in VENUE_HEADS | BUILDINGS | _OFFICES)
    if not opens or view.slot_at(i) is not None:
        return None
    if any(view.is_break(j, commas=False) for j in range(i, close)) or close - i > _APPOSITION:
        return None
    return close + 1


_ARRIVALS = GRAMMAR.arrivals


def _after_arrival(view: SentenceView, start: int) -> bool:
    """Token ``start`` follows a phrase of arrival («لدى وصوله», «لدى وصوله إلى»: ``arrivals``)."""
    at = start - (start > 0 and view.norms[start - 1] == _TO)
    return any(at >= len(p) and tuple(view.norms[at - len(p) : at]) == p for p in _ARRIVALS)


def _received_after_comma(view: SentenceView, lo: int, slot, venue_end: int) -> bool:
    """«استقبل خادم الحرمين الشريفين الملك سلمان … في قصر السلام في جدة البارحة، سمير جعجع، رئيس حزب
    القوات اللبنانية» (2015-07-21): a person right after the one comma that closes the venue and the
    time is the one received."""
    comma = view.honorifics_start(slot.start, venue_end) - 1  # «، الأمير سعود …»: honorifics may follow it
    if slot.kind != "PER" or venue_end <= lo or comma < venue_end or view.norms[comma] not in COMMAS:
        return False
    return not _broken(view, lo, comma) and all(view.norms[i] in _TIMES for i in range(venue_end, comma))


def _companion_phrase(view: SentenceView, companion: int, slot) -> bool:
    """True when ``slot`` is who «ومعه» brings along: right after it, after a title («ومعه رئيس
    الوزراء خالد بحاح»), or named as whom a group is from («ومعه ممثلون من تحالف القوى الوطنية»)."""
    between = range(companion + 1, slot.start)
    if slot.start - companion > 4 or any(view.is_break(i) for i in between):
        return False
    return not between or view.norms[companion + 1] in view.honorifics or view.norms[slot.start - 1] == _FROM or bool(slot.clitic)


def _title_start(view: SentenceView, lo: int, hi: int) -> int | None:
    """The first title word among tokens ``lo+1:hi`` when the one at ``lo`` (the word a
    preposition governs) is no title: the person's title opens a phrase of its own."""
    if lo >= hi or view.norms[lo] in view.honorifics:
        return None
    return next((i for i in range(lo + 1, hi) if view.norms[i] in view.honorifics), None)


_CONTRACT_VERBS = GRAMMAR.contract_verbs
_CONTRACTS = GRAMMAR.contract_nouns
_PRIVATE_PERSONS = GRAMMAR.private_persons
_CASE_NOUNS = GRAMMAR.case_nouns
_CONTRACT_OWNER = 3  # words between «عقد» and the name of whose it is: «عقد لاعب الوسط ماجد الهزاني»


def _contract_verb(view: SentenceView, pred: Predicate) -> bool:
    """The predicate is a verb of renewing or ending a contract (``contract_verbs``), glued و/ف allowed."""
    return not _CONTRACT_VERBS.isdisjoint(strip_clitics(view.norms[pred.start]))


def _contract_named(view: SentenceView, lo: int, gap: int) -> int | None:
    """Where «عقد» (``contract_nouns``) stands within ``gap`` words after ``lo``, in the same clause."""
    end = min(lo + gap, len(view.norms))
    at = next((i for i in range(lo, end) if view.slot_at(i) is None and not _CONTRACTS.isdisjoint(strip_clitics(view.norms[i]))), None)
    return None if at is None or _broken(view, lo, at, commas=False) else at


def _contract_party(view: SentenceView, lo: int, exclude: set[int], gap: int) -> list[int]:
    """The other party of a verb that renews or ends a contract (``contract_verbs``): the actor whose
    «عقد» it is, named within a few words after it («جددت إدارة الوحدة … عقد لاعب الوسط ماجد الهزاني»,
    «فسخ الغرافة القطري عقد مهاجمه البرازيلي سيسيرو»), or after «مع» («جدد عقده مع النصر»); no one
    when no «عقد» follows in the clause («جدد الوزير التأكيد على …»)."""
    at = _contract_named(view, lo, gap)
    if at is None:
        return []
    for i in range(at + 1, min(at + 2 + _CONTRACT_OWNER, len(view.norms))):
        k = view.slot_at(i)
        if k is not None:
            return [c for c in view.conjuncts(k) if c not in exclude and view.slots[c].party]
        if view.is_break(i) or (view.norms[i] in PREPOSITIONS and view.norms[i] != _WITH):
            return []  # «فسخ عقده بالتراضي»: whose it is, a pronoun; «عقد … في الدوري»: a place
    return []


def _partners(view, pred, lexicon, lo: int, exclude: set[int], frame, allow_bare: bool, stops: _Stops) -> list[int]:
    """The first actor after ``lo`` that the frame introduces, with its conjuncts."""
    gap, object_window, prep_window = lexicon.window("gap"), lexicon.window("object"), lexicon.window("prep")
    if pred.pos == "verb" and _contract_verb(view, pred):
        return _contract_party(view, lo, exclude, gap)
    if allow_bare and pred.type in ("OPPOSE", "SUPPORT"):
        speakers = _speech_owner(view, lo, exclude)
        if speakers:  # «أدانت الرابطة التصريحات التي صدرت عن المالكي»
            return speakers
    own = {view.slots[e].actor for e in exclude}
    whens = [i for i in range(lo, len(view.norms)) if view.norms[i].removeprefix("و") in _WHEN_WORDS]
    lo = _past_description(view, lo, exclude)
    # a time phrase before the object: «التي اتهمت في الماضي وكالة الاستخبارات المركزية الأميركية»
    # (2015-07-25 dev), as before a subject
    lo = _past_time_phrase(view, lo)
    if allow_bare and pred.type == "ATTACK" and (body := _fighters_object(view, lo)) is not None and body not in exclude:
        return [c for c in view.conjuncts(body) if view.slots[c].party]  # «خطفت جبهة النصرة ثمانية عناصر من الفرقة 30»
    again = next((s for s in view.slots if s.start >= lo), None)
    # also after a title and its dot: «ناشد الأمين العام لجامعة الدول العربية د.نبيل العربي المجتمع الدولي ومجلس
    # الأمن» (2015-08-01): the role, then his name
    if again is not None and again.actor in own and all(
        view.norms[i] in QUOTES or view.norms[i] in _NAME_ABBREVIATIONS or view.title_words(i, i + 1) for i in range(lo, again.start)
    ):
        lo = again.end + (again.end < len(view.norms) and view.norms[again.end] in QUOTES)
        # «مثمناً "ابن ريحان" دور "الخطوط السعودية"» (2015-08-01): the subject named again is no object
    for k, slot in enumerate(view.slots):
        if slot.start < lo or k in exclude or slot.actor in own:
            continue
        if not slot.party:
            titled = _titled_body_after(view, frame, lo, k) if slot.kind == "LOC" and slot.start - lo <= prep_window else None
            if titled is not None and view.slots[titled].party and titled not in exclude:
                # «شكره لمحافظ الأحساء الأمير بدر بن محمد بن جلوي» (a 2015-07-31 slice): the place is the office's
                return [c for c in view.conjuncts(titled) if view.slots[c].party]
            continue
        if "ل" not in frame and view.slot_at(lo - 1) in exclude and _own_title_body(view, lo, slot):
            # «اجتمع … الأمير محمد بن سلمان … النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في جدة مساء أمس مع
            # رئيس حزب القوات اللبنانية سمير جعجع» (a 2015-07-21 window): the subject's title, read past
            lo = slot.end
            continue
        if _inside_dashes(view, lo, slot):
            continue  # «رسالة من … بان كي مون -نقلها إسماعيل ولد الشيخ أحمد ممثل السكرتير العام للأمم المتحدة-»: an aside
        if (
            pred.type == "ATTACK" and slot.clitic == "ل" and not _FORCE_HEADS.isdisjoint(_bare_readings(view.norms[slot.start]))
            and any(p.type == "ATTACK" and p.end == slot.start for p in [pred, *stops.predicates])
        ):
            # «في اشتباكات وقصف لطائرات التحالف» (a 2015-07-22 slice): whose aircraft struck, no target
            # («استهدفت دوريتين لمليشيا الحوثي» keeps its target: the patrols are the militia's)
            break
        if _doer_of_act(view, pred, lexicon, lo, slot):
            return [c for c in view.conjuncts(k) if view.slots[c].party]
        if _inside_led_by_aside(view, lo, slot):
            continue  # «طيران التحالف العربي، بقيادة السعودية، مواقع الحوثيين»: who leads the subject
        after = _past_apposition(view, lo, slot.start, exclude)
        if after is None and _in_relative_apposition(view, lo, slot.start):
            continue  # «استهدفت طائرات التحالف، الذي تقوده المملكة، مركبات …»: it describes the subject
        if after is None or slot.start - after > gap or stops.between(pred, lo, slot.start):
            break  # the gap counts from past the appositions read («التقى X، اليوم في مقر …، وزير الدولة …، Y»)
        if pred.type != "ATTACK" and _event_between(view, lo, slot.start):
            break  # an attack «لاحتلال العراق» still targets Iraq
        if pred.pos == "noun" and any(_speech_verb(view.norms[i]) for i in range(after, slot.start)):
            break  # «وقاد هجوم الجمهوريين النائب إد رويس، رئيس اللجنة، وأشار إلى … لإيران»: a new clause
        if pred.type == "STATEMENT" and pred.pos == "verb" and _TO in view.norms[lo : slot.start]:
            break  # «دعا ديفيز إلى إرسال قوات من الجيش البريطاني»: what he called for, not whom
        if pred.type == "STATEMENT" and pred.pos == "verb" and _requested_act(view, pred, after, slot):
            break  # «طلب مقابلة مونتاري» (2015-07-26): the meeting is what he asked for, Muntari its object
        if pred.type == "STATEMENT" and pred.pos == "verb" and _demanded_act_between(view, lo, slot.start):
            break  # «طالب مارادونا بالتوقف عن تدليل ميسي» (2015-07-24): what he demanded, not of whom
        if pred.type == "STATEMENT" and pred.pos == "noun" and _called_to_act(view, lo, slot.start):
            break  # «تجديد الدعوة للخروج من الكويت»: the place left, not whom the call is to
        if pred.type == "ATTACK":
            after = _past_weapons(view, after, slot.start)
        intro, distance = view.introducer(slot, after)
        at = slot.start - distance - 2  # the word before «من»: «كلا من الحكومة التركية وحزب العمال» lists the called
        each = intro == _FROM and at >= 0 and view.norms[at] in _EACH
        if pred.type == "STATEMENT" and pred.pos == "verb" and intro == _FROM and not each and not _asks_of(view, pred):
            continue  # «ودعا السيد هارتوت كيلر من ألمانيا الاتحادية … إلى …» (a 2015-07-31 slice): where he is from
        if each and allow_bare and at == after:
            # a transitive verb's objects listed after «كلا من»: «استقبل كلاً من محافظ صنعاء عبدالقوي …» (a 2015-07-27
            # slice), as bare objects
            intro = BARE
        titled = _titled_body_after(view, frame, after, k)
        if titled is not None:  # «بحث … مع رئيس الأركان العامة للجيش اليمني اللواء محمد علي المقدشي»
            return [c for c in view.conjuncts(titled) if view.slots[c].party]
        if allow_bare and slot.start > after and _title_holding_body(view, after, slot.start):
            # a bare object's title holds the body glued to «بـ»: «استقبل … طاهر، الرئيس التنفيذي بشركة الشارقة للبيئة
            # فهد بن علي شهيل»: the person the title ends with
            holder = _person_the_title_names(view, after, k)
            if holder not in exclude and _untitled_words(view, after, view.slots[holder].start) <= object_window:
                return [c for c in view.conjuncts(holder) if view.slots[c].party]
        if slot.demonym and slot.start > after and view.slot_at(slot.start - 1) is None and view.norms[slot.start - 1] in _NOT_A_COUNTRY_AFTER:
            continue  # «اتفاقية إطارية مع مدراء ووكلاء الجامعات السعودية» (2015-08-06): Saudi universities, not the kingdom
        if slot.start > after and (view.norms[slot.start - 1] in _IN_THE_NAME_OF or _on_behalf_of(view, after, slot)):
            continue  # «رحب فرحان حق الناطق باسم الأمم المتحدة بالهدنة» (2015-07-27): whom he speaks for
        if pred.type == "SUPPORT" and intro == _ON and distance >= 1 and view.norms[slot.start - distance] in _MAKING_NOUNS:
            continue  # «وشكر … الوزير …، على تشكيل لجنة الفصل»: what was made, not the one thanked
        if pred.pos == "verb" and intro != _BETWEEN and any(view.norms[i] in (_BETWEEN, _AND_BETWEEN) for i in range(after, slot.start)):
            break  # «تشنها الولايات المتحدة … رغم النزاع بين المتمردين الحوثيين والقوات الموالية للرئيس عبدربه منصور هادي» (2015-07-31): another noun's sides
        if intro == _WITH and pred.end < len(view.norms) and view.norms[pred.end] in _WITH_PRONOUNS and slot.start > pred.end + 1:
            # «والتعاقد معه لاعباً … ليكون الثاني مع الكويتي فهد الشمري» (a later 2015-07-27 slice): «معه»
            # named the partner already; a later «مع» is another phrase's
            break
        if any(after <= i < slot.start for i in whens):
            break  # «أن تهاجم إسرائيل شبه جزيرة سيناء … وحين يتصدى لها الجيش المصري» (2015-08-06): another clause's
        if intro == _WITH and any(view.norms[i] in _BORDER_NOUNS for i in range(after, slot.start)):
            break  # «وتأمين حدود تركيا مع سوريا» (a later 2015-07-24 slice): the border's «مع», no partner
        if intro in ("ب", "ل") and _kin_genitive(view, after, slot, _KIN_REACH + 1):
            break  # «أجرى الأمير متعب … اتصال عزاء ومواساة بوالد الشهيد الرقيب ماجد»: his father, not him
        if intro != BARE and _noun_object_taken(view, pred, lo, slot):
            # «متابعة استقبال إسعاف الحالات بطوارئ مستشفى عسير» (a later 2015-08-08 slice): cases were received
            break
        if any(view.norms[i] == _FROM and view.norms[i + 1] == _DURING_WORD for i in range(after, slot.start - 1)):
            # «شكره لـ… الأمير عبدالله بن مساعد على دعمه … من خلال الاتصال والتشجيع على تمثيل المملكة» (a later
            # 2015-08-09 slice): what follows "by way of" is the means, no partner
            break
        if any(view.norms[i] in _EVENT_NAMES for i in range(after, slot.start)):
            break  # «ناقشت ورشة عمل … بعنوان «رؤية وزارة الشئون البلدية»»: the event's name, no partner
        if pred.type == "SUPPORT" and pred.pos == "verb" and intro != _FROM_ABOUT and _defended_before(view, after, slot.start - distance - 1):
            break  # «الذي يدافع عن عدد من قيادات الإخوان وحضر جلسة اليوم السبت لرويترز» (a later 2015-08-09 slice)
        if pred.type in _STANCE_TYPES and pred.pos == "verb" and any(view.norms[i] in _COMMENT_NOUNS for i in range(after, slot.start)):
            break  # «ورفض باخ التعليق على ترشح … بلاتيني» (2015-07-31): what he would not speak about
        listed = _listed_after_partitive(view, slot, after)
        if listed is not None:  # «ضم عددا من اللاعبين أبرزهم البرازيليان كارلوس إدواردو»: the names stand for the group
            intro, distance = listed, 0
        if intro == BARE and _listed_with_before(view, slot):
            break  # «دعم … أوروبا وآسيا وأميركا الجنوبية والكونكاكاف»: one more of a list, no object
        if any(view.norms[i] in _PRESENCE for i in range(max(after, pred.end + 1), slot.start)):  # not «مشيدا بحضور X»
            break  # «كرم … المتميزين بشرطة محافظة بيش، بحضور … العميد ناصر القحطاني» (2015-08-06): who attended
        companion = next((i for i in range(after, slot.start) if view.norms[i] in _COMPANIONS), None)
        if companion is not None and companion == lo and view.norms[companion].startswith("و"):
            # «والتقى هادي ومعه رئيس الوزراء خالد بحاح السفير …»: who stands with the subject, then the object
            if _companion_phrase(view, companion, slot):
                came_along = view.conjuncts(k)
                own |= {view.slots[c].actor for c in came_along}
                lo = max(view.slots[c].end for c in came_along)
                continue
            companion = None  # «وتتهم كييف ومعها الغرب روسيا»: the one along is no actor; the object follows
        if companion is not None:
            break  # «زار بوريس روغه السفير الألماني لدى المملكة يرافقه المهندس صالح الرشيد»: who came along
        if any(view.clitic_preposition(i) == "ب" and is_leader_word(view.norms[i]) for i in range(after, slot.start)):
            break  # «عقدت اللجنة اجتماعها الأول برئاسة رئيس اللجنة … نايف بن مناحي»: who chaired it, no partner
        if intro == BARE:
            if _kin_genitive(view, after, slot):
                break  # «استنكرت الكاتبة كوثر الأربش ووالدة الشهيد محمد العيسى خبر تفجير …»: his mother, not him
            if _conjoined_with_own(view, after, slot.start):
                continue  # «دافعت شركة بوينغ ومنافستها إيرباص عن …»: a second subject, not the object
            if _second_subject_past_adjective(view, after, slot):
                lo = slot.end + 1  # the object follows the comma
                continue  # «اتهمت الحكومة اليمنية المقيمة وقوات التحالف، الحوثيين …» (2015-08-01)
            if _second_of_a_dual(view, exclude, slot):
                continue  # «رفض ناديا بروسيا دورتموند الألماني وريال مدريد الإسباني التخلي عن …» (2015-07-25)
            if _second_office(view, exclude, slot):
                break  # «ونوه مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة» (2015-08-07): one man's two offices
            if _object_taken(view, after, slot.start):
                break  # «وطلب مدير الوكالة، يوكيا أمانو، العون حتى تتمكن الوكالة»: the object is «العون»
            if _plural_owner_before(view, after, slot):
                break  # «وطالبت لاجارد دائني اليونان بخفض عبئها» (a 2015-08-01 slice): Greece's creditors, not Greece
            if slot.kind == "PER" and _embassy_of(view, slot):
                break  # «وشكر "داود" سفارة خادم الحرمين الشريفين في عمان» (a 2015-07-22 window): the embassy, no king
            if allow_bare and (
                distance - view.title_words(slot.start - distance, slot.start) <= object_window
                or (slot.kind == "PER" and _titled_object(view, slot.start - distance, slot.start, object_window))
            ):
                if slot.kind in ("ORG", "LOC"):
                    # «التقى … كارتر الجمعة رئيس اقليم كردستان العراق مسعود بارزاني» (2015-07-25): the person the title names
                    k = _person_the_title_names(view, max(lo, slot.start - distance), k)
                return [c for c in view.conjuncts(k) if view.slots[c].party]
        elif intro == _WITH and _with_of_a_noun(view, pred, slot, distance):
            continue  # «على الحدود مع سوريا», «لإدارة الصراع مع عناصر داعش»: the noun's other side, not the predicate's
        elif intro == "ب" and slot.kind == "LOC" and pred.pos == "noun" and _seat_after(view, slot, distance, exclude):
            continue  # «استنكار مجلس النواب بمملكة البحرين لهذا العمل» (2015-08-07): where the body sits
        elif intro == "ب" and slot.kind == "LOC" and _where_a_thing_is(view, after, slot, distance):
            continue  # «شكره وتقديره للسفارة السعودية بجمهورية مصر» (2015-08-06): where the embassy is
        elif intro == "ب" and distance == 0 and _part_of_the_subject(view, exclude, slot):
            continue  # «وتجتمع لجنة السياسة النقدية بالبنك المركزي الأمريكي» (2015-08-07): the body it belongs to
        elif intro == "ب" and distance == 0 and _inside_other_phrase(view, frame, after, slot):
            continue  # «ندد … أمام لجنة الدفاع بمجلس الشيوخ الأمريكي بالأنشطة التخريبية لإيران»: where the committee sits
        elif (
            # the honorifics right before the name do not count: «عن شكره لمقام خادم الحرمين الشريفين الملك
            # سلمان» (a 2015-07-26 slice)
            intro in frame
            and (
                distance - _honorifics_before(view, slot.start, distance) <= prep_window
                # or the person's title fills the words: «مع الأمين العام للأمم المتحدة بان كي مون» (a 2015-07-27 slice)
                or _title_fills(view, slot, distance)
            )
            and not (pred.type == "MEET" and _attended(view, slot, distance))
            and not _modifies_a_noun(view, slot, intro, distance, lexicon)
        ):
            if intro == _BETWEEN and len(view.conjuncts(k)) == 1:
                break  # «بحث تكامل صناعات الألمنيوم … بين دول الخليج» (2015-07-27): a group among itself, the subject no party
            if intro == _FROM and pred.type == "STATEMENT" and _words_before_preposition(view, slot, distance, lo) > _ASKED_REACH:
                break  # «طالب برشلونة بركلة جزاء إثر خطأ من الهولندي دالي بليند»: a foul by him, not asked of him
            if _after_allegiance(view, slot, distance, lo):
                continue  # «دافع المجلس الأعلى للقضاء الموالي لسلطات طرابلس عن …»: the subject's allegiance
            if pred.type != "ATTACK" and _seat_of_a_body(view, slot, distance):
                continue  # «قدم … شكره وتقديره لمنسوبي جوازات منطقة الرياض»: the staff thanked, not the region
            if intro == "ل" and pred.type == "MEET" and pred.pos == "noun" and not _visit_paid_to(view, pred, slot, distance):
                break  # «زيارة مفاجئة للرئيس هادي إلى عدن»: the visitor; «زيارة موسكو لإبلاغ الرئيس»: a purpose
            # an attack's target may close a long place phrase («غاراته على عدة مواقع بمحافظة صعدة
            # المعقل الرئيسي لميليشيا الحوثي»): for attacks only a break ends it
            reach = None if pred.type == "ATTACK" else prep_window
            if _argument_taken(view, frame, lo, slot.start - distance - (0 if slot.clitic else 1), reach):
                break  # «في حربها على الإرهاب باعتبارها شريكا لألمانيا»: «على» took a word that is no actor
            if any(is_role_head(view.norms[i], load_role_words()) for i in range(max(lo, slot.start - distance - 1), slot.start)):
                k = _named_holder(view, pred, k)  # «شكره لمدير تعليم الرياض محمد المرشد» (2015-07-27): the person the title names
            if view.slots[k] is slot and slot.kind == "PER" and _embassy_of(view, slot):
                break  # «شكره لسفارة خادم الحرمين الشريفين في أستراليا» (2015-07-27): the embassy, no king
            if pred.type == "AGREE" and slot.kind in ("ORG", "LOC") and view.slots[k] is slot and _player_of(view, slot, distance):
                # «أتمت إدارة الصفا إجراءات التعاقد مع لاعب وسط الخليج حسن السليم» (a later 2015-08-08
                # slice, the player not tagged): his club is in his title, not the one signing
                return []
            return [c for c in view.conjuncts(k) if view.slots[c].party]
    return []


_PLAYER_TITLES = GRAMMAR.player_titles


def _visit_paid_to(view: SentenceView, pred: Predicate, slot, distance: int) -> bool:
    """A meeting noun's «لـ» (a visit's, ``triggers.yaml``) names whom the visit was paid to only after the
    light verb's «بـ» and right on a title or an honorific: «قام رئيس الاتحاد السعودي … بزيارة للسفير
    السعودي لدى الدنمارك محمد العقيل» (a 2015-07-31 slice), «بزيارة لفضيلة الشيخ محمد بن سعيد». Elsewhere
    «لـ» names the visitor («زيارة مفاجئة للرئيس عبد ربه منصور هادي إلى عدن», «الزيارات الدولية لرئيس
    الجمهورية»), a purpose («زيارة موسكو لإبلاغ الرئيس بوتين») or a place («بزيارة لمقر عزاء الشهيد»)."""
    if not view.norms[pred.start].removeprefix("و").startswith("ب"):
        return False
    if slot.clitic == "ل" and distance == 0:
        return True
    at = slot.start - distance - 1  # the word «لـ» is glued to
    words = load_role_words()
    return at >= 0 and any(_title_word(view, r, words) for r in strip_clitics(view.norms[at])) and _untitled_words(view, at + 1, slot.start) <= 1


def _player_of(view: SentenceView, slot, distance: int) -> bool:
    """The ``distance`` words before ``slot`` are a player's title (``player_titles``: «لاعب وسط»)."""
    return distance >= 1 and all(view.norms[i] in _PLAYER_TITLES for i in range(slot.start - distance, slot.start))


def _honorifics_before(view: SentenceView, start: int, distance: int) -> int:
    """How many of the ``distance`` words before ``start`` are honorifics standing right before it."""
    return start - view.honorifics_start(start, start - distance)


def _attended(view: SentenceView, slot, distance: int) -> bool:
    """True when the «ب» that introduces ``slot`` is that of a word of presence: «نظمت اجتماعاً بحضور معالي
    وزير الحج» (a 2015-07-26 slice) names who attended, not whom the meeting was with."""
    at = slot.start - distance - 1 if not slot.clitic else slot.start
    return 0 <= at < len(view.norms) and not _PRESENCE.isdisjoint(strip_clitics(view.norms[at]))


_WEAPONS = GRAMMAR.weapons


def _past_weapons(view: SentenceView, lo: int, hi: int) -> int:
    """Past what an attack is made with and a time word after it, before ``hi``: «يقصف بالمدفعية السبت
    مواقع تنظيم داعش» (``weapons``, glued to «بـ»)."""
    i = lo
    while i < hi and view.slot_at(i) is None and view.clitic_preposition(i) == "ب" and not _WEAPONS.isdisjoint(strip_clitics(view.norms[i])):
        i += 1
        while i < hi and view.slot_at(i) is None and (view.norms[i] in _TIMES or _nisba_adjective(view.norms[i])):
            i += 1  # «بالمدفعية الثقيلة», «السبت»
    return i


def _past_description(view: SentenceView, lo: int, own: set[int]) -> int:
    """Past a phrase right after one of the predicate's own actors that names who leads it, with no
    commas: a relative clause whose verb points back to it («مقاتلات التحالف الذي تقوده السعودية على
    مواقع الحوثيين», a 2015-08-06 slice) or «بقيادة» («الدعم الذي يقدمه التحالف العربي بقيادة المملكة
    للجيش والمقاومة»): the actor there describes it, the partner follows. ``lo`` when there is none."""
    k = view.slot_at(lo - 1) if lo > 0 else None
    if k is None or k not in own or lo + 1 >= len(view.norms):
        return lo
    norms = view.norms
    if norms[lo] in COMMAS and view.slot_at(lo + 1) is None:
        # the actor's title set off by two commas, bodies and all: «رفض محمد علي جعفري، قائد الحرس الثوري
        # الإيراني، قرار مجلس الأمن» (the 2015-07-21 build)
        close = next((j for j in range(lo + 1, min(len(norms), lo + 1 + _APPOSITION)) if norms[j] in COMMAS), None)
        # (not one more person joined by «و»: «هنأ الوفد خادم الحرمين الشريفين الملك سلمان، وولي العهد، وولي ولي
        # العهد», the 2015-07-21 build)
        words = load_role_words()
        conjunct = norms[lo + 1][:1] == "و" and is_role_head(norms[lo + 1][1:], words)
        titled = close is not None and not conjunct and is_role_head(norms[lo + 1], words) and _title_run(view, lo + 1, close)
        # a person named there is the one the title is (the object: «طالب الفنان حسن عسيري، وزير التعليم
        # الدكتور عزام الدخيل، بضم …», a 2015-07-31 slice)
        person = titled and any(s.kind == "PER" and lo < s.start < close for s in view.slots)
        return close + 1 if titled and not person else lo
    if norms[lo] in _ONE_OF and norms[lo + 1] in _ONE_OF_NOUNS:
        # «قتل سليمان الأسد أحد اقرباء الرئيس السوري بشار الأسد العقيد … حسان الشيخ» (``one_of_nouns``)
        words = load_role_words()
        for j in range(lo + 2, min(len(norms), lo + 3 + _ONE_OF_TITLE)):
            named = view.slot_at(j)
            if named is not None:
                return view.slots[view.conjuncts(named)[-1]].end
            if view.is_break(j) or not (norms[j].startswith("ال") or is_role_head(norms[j], words)):
                break
        return lo
    if norms[lo] in _RELATIVES and view.slot_at(lo + 1) is None and norms[lo + 1].endswith(_OBJECT_SUFFIXES):
        named = view.slot_at(lo + 2)
    elif view.clitic_preposition(lo) == "ب" and is_leader_word(norms[lo]):
        named = view.slot_at(lo + 1)
    else:
        return lo
    if named is None or view.slots[named].start != (lo + 2 if norms[lo] in _RELATIVES else lo + 1):
        return lo
    return view.slots[view.conjuncts(named)[-1]].end


_ONE_OF = frozenset({normalize_token("أحد"), normalize_token("إحدى")})
_ONE_OF_NOUNS = GRAMMAR.one_of_nouns
_ONE_OF_TITLE = 3  # title words between the circle and the one it is of: «اقرباء الرئيس السوري بشار الأسد»


def _asks_of(view: SentenceView, pred: Predicate) -> bool:
    """A verb of asking («طلب», ``request_verbs``) or demanding («طالب»), whose «من» names whom it asks;
    after «دعا», «ناشد», «أبلغ» a «من» tells where someone is from."""
    norm = view.norms[pred.start].removeprefix("و")
    return norm in _REQUESTS or _DEMAND in norm


_DEMAND = normalize_token("طالب")


def _inside_dashes(view: SentenceView, lo: int, slot) -> bool:
    """True when ``slot`` stands between a dash opened after ``lo`` and one closing within a few words
    after it; a lone dash («ضربات التحالف الدولي - الإقليمي على تنظيم داعش») brackets nothing."""
    if not sum(view.norms[i] in _DASHES for i in range(lo, slot.start)) % 2:
        return False
    return any(view.norms[i] in _DASHES for i in range(slot.end, min(len(view.norms), slot.end + _ASIDE_TAIL)))


_ASIDE_TAIL = 12  # words from an actor inside a dashed aside to the dash that closes it


def _part_of_the_subject(view: SentenceView, exclude: set[int], slot) -> bool:
    """True when ``slot``, a body glued to ب, comes right after a subject that is part of a body
    (``part_heads``: «لجنة», «فرع»): the body it belongs to, no partner."""
    before = view.slot_at(slot.start - 1)
    return (
        slot.kind == "ORG" and before in exclude
        and not _PART_HEADS.isdisjoint(strip_clitics(view.norms[view.slots[before].start]))
    )


def _inside_other_phrase(view: SentenceView, frame, after: int, slot) -> bool:
    """True when ``slot`` is glued to ب right after another actor that a preposition outside the
    frame introduces: «أمام لجنة الدفاع بمجلس الشيوخ» (a 2015-07-31 slice) is where the committee
    sits, the audience, not what the verb takes with ب."""
    before = view.slot_at(slot.start - 1) if slot.start > after else None
    if before is None:
        return False
    intro, _ = view.introducer(view.slots[before], after)
    # a frame preposition before them takes the chain as its argument: «اجتماعا سريا مع النواب في لجنة
    # العلاقات الخارجية بمجلس الشيوخ» (a 2015-08-06 slice: Amano met the senators)
    framed = any(view.norms[i] in frame or view.clitic_preposition(i) in frame for i in range(after, view.slots[before].start))
    return intro != BARE and intro not in frame and not framed


def _plural_owner_before(view: SentenceView, after: int, slot) -> bool:
    """True when a plural in construct («دائني», «مواطني»: written with a final «ي», no article)
    stands right before ``slot``, which is then its genitive; not the members who speak for a
    body (``members``: «ممثلي», «مسؤولي») nor a title."""
    i = slot.start - 1
    if i < after or view.slot_at(i) is not None:
        return False
    text, norm = view.sentence.tokens[i].text, view.norms[i].removeprefix("و")
    stem = norm[:-1]
    stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
    kind_of_actor = stem in _TEAMS or stem in _HEADS or norm.endswith("يي")  # «ناديي الهلال والنصر», «وزارتي», «فريقي»
    return (
        text.endswith("ي") and len(norm) >= 5 and norm.isalpha() and not norm.startswith("ال") and not kind_of_actor
        and norm not in _MEMBERS and not view.title_words(i, i + 1) and norm not in view.honorifics
        and norm not in load_role_words().staff  # «لقائه منسوبي الحرس الوطني»: its people stand for it
    )


def _seat_of_a_body(view: SentenceView, slot, distance: int) -> bool:
    """True when a place comes after a seat word («منطقة», «محافظة»: references.yaml ``seats``) that
    closes a chain of nouns after the preposition, one of them no seat and no title: «لمنسوبي جوازات
    منطقة الرياض» (a 2015-07-21 slice) is the staff of the Riyadh region's passport office, where the
    region is only the office's seat (not «لإمارة منطقة الرياض», nor «لأمير منطقة الرياض»)."""
    if slot.kind != "LOC" or distance < 2 or slot.start < distance:
        return False
    words, norms = load_role_words(), view.norms
    if norms[slot.start - 1] not in words.seats:
        return False
    chain = [strip_clitics(norms[i])[-1] for i in range(slot.start - distance, slot.start - 1)]
    if any(is_role_head(norm, words) for norm in chain):
        return False
    return any(norm not in words.seats for norm in chain)


def _titled_body_after(view: SentenceView, frame, lo: int, k: int) -> int | None:
    """The person whose title holds the body ``k`` when a standalone preposition of the frame opens
    that title with a role head («مع رئيس الأركان العامة للجيش اليمني اللواء محمد علي المقدشي», a
    2015-07-24 slice): the body is no partner, the person the title names is. None otherwise."""
    slot = view.slots[k]
    if slot.kind not in ("ORG", "LOC") or slot.start - lo < 1:
        return None
    words, norms = load_role_words(), view.norms
    # «في» may qualify the office on the way: «مع مدير إدارة التطوير الإداري في الهيئة العامة للسياحة»;
    # the preposition may be glued to the office: «التقى أمين الأحساء … بعضو فريق إستراتيجية تطوير وزارة
    # الشؤون البلدية والقروية الدكتور بدر الجضعي» (a 2015-07-21 slice)
    opener, intro = None, ""
    for i in range(slot.start - 1, max(lo, slot.start - 2 * _TITLE_LEAD) - 1, -1):
        if norms[i] in PREPOSITIONS and norms[i] not in words.title_links:
            head = norms[i + 1] if i + 1 < slot.start else ""
            opener, intro = (i, norms[i]) if is_office_head(head, words) else (None, "")
            break
        glued = view.clitic_preposition(i)
        if glued and view.slot_at(i) is None and any(is_office_head(r, words) for r in strip_clitics(norms[i])[1:]):
            opener, intro = i, glued
            break
        if (
            glued and view.slot_at(i) is None and i + 1 < slot.start and is_office_head(norms[i + 1], words)
            and any(r in view.honorifics or "ال" + r in view.honorifics for r in strip_clitics(norms[i])[1:])
        ):
            opener, intro = i, glued  # «لسمو محافظ الأحساء صاحب السمو الأمير بدر» (a 2015-07-31 slice): an honorific first
            break
    if opener is None or intro not in frame:
        return None
    if any(view.slot_at(i) is not None or view.is_break(i) for i in range(opener + 1, slot.start)):
        return None
    person = _named_where_title_ends(view, k)
    return person if person != k else None


def _doer_of_act(view: SentenceView, pred: Predicate, lexicon: Lexicon, lo: int, slot) -> bool:
    """True when a praise or a condemnation's object, its first word after ``lo`` (past times and a
    preposition), is an act whose doer is ``slot``: a country adjective after it («ندد بالدعم العسكري
    الإيراني للنظام السوري», «رحب رودس بالهجمات التركية على داعش», 2015-07-27/31) or an attack's
    genitive, a country or a group («أدانت المنظمة أمس قصف المتمردين الحوثيين مناطق سكنية»). The one
    praised or condemned is that doer."""
    if pred.type not in ("SUPPORT", "OPPOSE") or slot.clitic:
        return False
    carrier = slot.start - 1
    if slot.demonym and carrier > lo and view.slot_at(carrier) is None and _adjective_like(view.norms[carrier]) and view.norms[carrier].startswith("ال"):
        carrier -= 1  # «بالدعم العسكري الإيراني»
    opening = lo
    if pred.pos == "noun" and opening < carrier and view.slot_at(opening) is None and view.norms[opening].startswith("ال") and _adjective_like(view.norms[opening]):
        opening += 1  # «رفضه المطلق للتدخل الإيراني»: the noun's own adjective
    introducers = set()
    while opening < carrier and (view.norms[opening] in _TIMES or view.norms[opening] in PREPOSITIONS):
        if view.norms[opening] in PREPOSITIONS:
            introducers.add(view.norms[opening])
        opening += 1  # «أدانت المنظمة أمس قصف …», «ندد بـ…»
    if carrier != opening or view.slot_at(carrier) is not None:
        return False
    if pred.entry.frame is not None and not introducers <= pred.entry.frame:
        return False  # «منذ سقوط حكم مبارك على انتقاد السعودية» (a 2015-07-31 window): «حكم» opposes only «ضد»
    if not slot.demonym:
        # a place shelled is no doer («أدان قصف غزة»); a country is («قصف روسيا لداعش»)
        doer = (slot.kind != "LOC" or is_polity(view.words(slot.start, slot.end), cities=False)) and not view.norms[carrier].startswith("ال")
        # any act's genitive doer after «بـ»: «أشاد ناصر الفهد بتوقيع هزازي لصالح فريقه» (2015-07-22 dev)
        glued = view.clitic_preposition(carrier) == "ب"
        return doer and any(
            (p.type == "ATTACK" or (glued and p.pos == "noun")) and not p.entry.patient_genitive
            for p in find_predicates([view.norms[carrier]], lexicon)
        )
    norm = view.norms[carrier]
    return not (_ACT_HEADS | _EVENT_NOUNS).isdisjoint(_without_pronoun(norm)) or bool(find_predicates([norm], lexicon))


def _speech_verb(norm: str) -> bool:
    """«وأشار», «وقال», «فأكد»: a verb of saying with its conjunction, which opens a clause of its own."""
    return norm[:1] in "وف" and norm[1:] in GRAMMAR.saying_verbs


def _fighters_object(view: SentenceView, lo: int) -> int | None:
    """:func:`_fighters_of` at ``lo``, or past an aside a comma opens there: «خطفت جبهة النصرة، ذراع
    تنظيم القاعدة في سوريا، أمس، مجموعة ثانية من أعضاء الفرقة 30 مشاة» (2015-08-06 dev)."""
    body = _fighters_of(view, lo)
    if body is not None or lo >= len(view.norms) or view.norms[lo] not in COMMAS:
        return body
    for j in range(lo + 2, min(len(view.norms), lo + 1 + _APPOSITION)):
        if view.is_break(j, commas=False):
            return None
        if view.slot_at(j) is None and view.norms[j - 1] not in PREPOSITIONS and (body := _fighters_of(view, j)) is not None:
            return body
    return None


_AT_LEAST = normalize_token("الأقل")


def _fighters_of(view: SentenceView, lo: int) -> int | None:
    """The body whose counted fighters or members (``fighters``) stand as the object at ``lo``: «ثمانية
    عناصر من الفرقة 30», «25 جهاديا من تنظيم النصرة» (a count first, at most two words of it), «مجموعة
    ثانية من أعضاء الفرقة 30 مشاة» (a group «من» them, one adjective between, and the body their genitive)."""
    norms, j = view.norms, lo
    while j < min(lo + 2, len(norms)) and view.slot_at(j) is None and _a_count(norms[j]):
        j += 1
    if j < len(norms) and norms[j] in _FIGHTER_GROUPS and view.slot_at(j) is None:
        j += 1 + (j + 1 < len(norms) and view.slot_at(j + 1) is None and _adjective_like(norms[j + 1]))
        if j >= len(norms) or norms[j] != _FROM:
            return None
        j += 1
    if j + 1 >= len(norms) or norms[j] not in _FIGHTERS or view.slot_at(j) is not None:
        return None
    if j + 3 < len(norms) and norms[j + 1] == _ON and norms[j + 2] == _AT_LEAST:
        j += 2  # «خمسة مقاتلين على الاقل من الفرقة 30» (2015-08-06 dev)
    named = j + 1 if view.slot_at(j + 1) is not None else j + 2 if norms[j + 1] == _FROM and j + 2 < len(norms) else None
    if named is None:
        return None
    named += named < len(norms) and norms[named] in _QUOTES  # «من «الفرقة 30»»
    k = view.slot_at(named) if named < len(norms) else None
    return k if k is not None and view.slots[k].start == named and view.slots[k].kind == "ORG" else None


def _loyal_to(view: SentenceView, j: int) -> int | None:
    """The actor that forces named at token ``j`` are loyal to, within a few words: «وحدات من الجيش
    ظلت موالية للرئيس السابق علي عبدالله صالح» (2015-07-27) is Saleh's side."""
    for i in range(j, min(j + 6, len(view.norms))):
        if view.slot_at(i) is not None or view.is_break(i):
            return None
        if not _ALLEGIANCE.isdisjoint(strip_clitics(view.norms[i])):
            k = next((n for n, s in enumerate(view.slots) if s.start > i), None)
            if k is not None and view.slots[k].party and (view.slots[k].start == i + 1 or role_before_name(view.norms[i + 1 : view.slots[k].start], load_role_words())):
                return k
            return None
    return None


def _judged_act(view: SentenceView, pred: Predicate, stops: _Stops) -> bool:
    """True when an attack noun is what a verb of praise or condemnation right before it (past its
    subject, times and a preposition) judges: «أدان عادل الجبير اغتيال …», «وندد … باغتيال …»."""
    verbs = [p for p in stops.predicates if p.pos == "verb" and p.type in ("SUPPORT", "OPPOSE") and p.end <= pred.start]
    if pred.type != "ATTACK" or not verbs or _broken(view, verbs[-1].end, pred.start):
        return False
    between = [i for i in range(verbs[-1].end, pred.start) if view.slot_at(i) is None]
    return all(view.norms[i] in _TIMES or view.norms[i] in PREPOSITIONS or view.norms[i] in view.honorifics for i in between)


def _tried_case(view: SentenceView, pred: Predicate) -> bool:
    """True when a case noun governs the act right after it: «بقضية اغتيال الرئيس … أنور السادات» names
    the act tried, not who did it (`case_nouns`)."""
    return pred.start > 0 and not _CASE_NOUNS.isdisjoint(strip_clitics(view.norms[pred.start - 1]))


def _called_to_act(view: SentenceView, lo: int, hi: int) -> bool:
    """True when «إلى» or a glued «لـ» among tokens ``lo:hi`` governs a word that is no actor and no
    title, what a call is for: «إلى الانسحاب», «للخروج»; not «إلى الرئيس أوباما»."""
    words = load_role_words()
    for i in range(lo, min(hi, len(view.norms))):
        if view.slot_at(i) is not None:
            return False
        target = i + 1 if view.norms[i] == _TO else i if view.clitic_preposition(i) == "ل" else None
        if target is None or target >= len(view.norms) or view.slot_at(target) is not None:
            continue
        norm = view.norms[target].removeprefix("لل").removeprefix("ل") if target == i else view.norms[target]
        bare = norm.removeprefix("ال")
        named = norm in view.honorifics or is_role_head(view.norms[target], words) or is_role_head("ال" + norm, words)
        # «اعتذاره لإدارة تعليم الليث»: an institution; «برقيته عن تقديره للجهود … لرئيس الهيئة»: whose efforts
        if not named and bare not in _INSTITUTION_HEADS and bare not in _AGENCY_NOUNS:
            return True
    return False


def _words_before_preposition(view: SentenceView, slot, distance: int, lo: int) -> int:
    """How many words stand between ``lo`` and the preposition introducing ``slot``, leaving out
    times, commas, actors, titles and definite words (the subject's title: «دعا مسعود بارزاني رئيس
    إقليم كردستان كلا من الحكومة التركية»)."""
    at = slot.start - 1 if slot.clitic else slot.start - distance - 1
    words = load_role_words()
    return sum(
        1
        for i in range(lo, at)
        if view.slot_at(i) is None
        and view.norms[i] not in _TIMES
        and view.norms[i] not in COMMAS
        and view.norms[i] not in _BOTH
        and view.norms[i] not in view.honorifics
        and not is_role_head(view.norms[i], words)
        and not view.norms[i].startswith("ال")
    )


def _conjoined_with_own(view: SentenceView, after: int, start: int) -> bool:
    """True when the words from ``after`` to ``start`` are «و» + a noun with a pronoun that points
    back to the subject («ومنافستها», «وشريكه»), quotation marks aside: what follows is joined to
    the subject."""
    words = [i for i in range(after, start) if view.norms[i] not in QUOTES]
    if len(words) != 1:
        return False
    raw = view.sentence.tokens[words[0]].text
    return raw.startswith("و") and len(raw) >= 5 and raw.endswith(("ها", "ه", "هم", "هما")) and view.norms[words[0]].isalpha()


def _second_subject_past_adjective(view: SentenceView, after: int, slot) -> bool:
    """True when one definite adjective of the subject stands before ``slot``, which is joined by «و»,
    and a comma then another actor follow it: «اتهمت الحكومة اليمنية المقيمة وقوات التحالف، الحوثيين
    بخرقها»: a second subject; the object comes after the comma."""
    words = [i for i in range(after, slot.start) if view.norms[i] not in QUOTES]
    if len(words) != 1 or not is_definite(view.norms[words[0]]) or not _adjective_like(view.norms[words[0]]):
        return False
    if not (slot.conj or view.norms[slot.start].startswith("و")):
        return False
    end = slot.end
    return end + 1 < len(view.norms) and view.norms[end] in COMMAS and view.slot_at(end + 1) is not None


def _second_of_a_dual(view: SentenceView, subjects: set[int], slot) -> bool:
    """True when ``slot`` is joined by «و» and the subject stands right after a dual head
    (``dual_heads``: «ناديا», «وزيرا»): the two are the dual's pair, and ``slot`` is no object."""
    if not subjects or not (slot.conj or view.norms[slot.start].startswith("و")):
        return False
    head = view.slots[min(subjects)].start
    return head > 0 and view.norms[head - 1] in _DUAL_HEADS and all(view.slots[s].end <= slot.start for s in subjects)


def _object_taken(view: SentenceView, after: int, start: int) -> bool:
    """True when the first word after the subject (at ``after``) is a definite noun that is no actor
    and no title, and the actor at ``start`` does not follow it right away (as an adjective or
    genitive would: «المقرات الحوثية»): that noun is the object."""
    if start <= after + 1 or after >= len(view.norms) or view.slot_at(after) is not None:
        return False
    before = view.slot_at(after - 1) if after > 0 else None
    if before is not None and view.slots[before].kind == "PER":
        return False  # «… محمد بن عبدالرحمن المخرج الأمير خالد الفيصل»: a family name NER left out
    k = view.slot_at(start)
    if k is not None and (view.slots[k].conj or view.norms[start - 1].startswith("و")):
        return False  # «ناشد المفتي الدول العربية وجامعة الدول العربية»: one more of the objects
    norm = view.norms[after]
    if not norm.startswith("ال") or norm in view.honorifics or is_role_head(norm, load_role_words()):
        return False
    between = view.norms[after + 1 : start]
    if len(between) <= 2 and all(_nisba_adjective(w) for w in between):
        return False  # «وضم مانشستر سيتي الدولي الإنكليزي رحيم سترلينغ»: a description with its country before the name
    return nationality_of(norm) is None and norm not in _TIMES


def _with_of_a_noun(view: SentenceView, pred: Predicate, slot, distance: int) -> bool:
    """True when the «مع» introducing ``slot`` follows a noun, other than the predicate, that takes
    «مع» itself: a border or a conflict (``grammar.yaml own_with_nouns``)."""
    at = slot.start - distance - 2  # the word before «مع»
    if at < 0 or pred.start <= at < pred.end or view.slot_at(at) is not None:
        return False
    if _OWN_WITH.isdisjoint(strip_clitics(view.norms[at])) and at > 0 and _adjective_like(view.norms[at]) and view.norms[at].startswith("ال"):
        at -= 1  # «زيارة نجاد للحدود اللبنانية مع إسرائيل»: one adjective after the noun
        if pred.start <= at < pred.end or view.slot_at(at) is not None:
            return False
    return not _OWN_WITH.isdisjoint(strip_clitics(view.norms[at]))


def _listed_with_before(view: SentenceView, slot) -> bool:
    """True when ``slot`` is joined by و to a name right before it (one that is no party, such as a
    place in a list of federations): it continues that list."""
    j = slot.start - 1
    if j > 0 and view.slot_at(j) is None and _adjective_like(view.norms[j]):
        j -= 1  # «وأميركا الجنوبية والكونكاكاف»
    k = view.slot_at(j) if j >= 0 else None
    return k is not None and not view.slots[k].party and view.norms[slot.start][:1] == "و" and view.sentence.tokens[slot.start].text[:1] == "و"


def _listed_after_partitive(view: SentenceView, slot, lo: int) -> str | None:
    """What introduces the group a list of names after «منهم/أبرزهم» stands for («عددا من اللاعبين
    أبرزهم كارلوس», «مع عدد من المسؤولين منهم …»): the first preposition after ``lo`` other than
    the partitive «من», else ``BARE``; None when no partitive word comes right before ``slot`` (one
    adjective may come between: «أبرزهم البرازيليان») or a clause boundary lies before it."""
    j = slot.start - 1
    if j > lo and view.slot_at(j) is None and view.norms[j] not in _PARTITIVES and _adjective_like(view.norms[j]):
        j -= 1
    if j < lo or view.norms[j] not in _PARTITIVES or _broken(view, lo, j):
        return None
    for i in range(lo, j):
        norm = view.norms[i]
        if norm in PREPOSITIONS and norm != _FROM:
            return norm
        if i == lo and view.slot_at(i) is None and view.clitic_preposition(i) and not norm.startswith("ل"):
            return view.clitic_preposition(i)
    return BARE


def _target_past_allies(view: SentenceView, pred: Predicate, lexicon: Lexicon, partners: list[int], frame, stops: _Stops) -> list[int]:
    """An attack's partners after «مع» are allies when «ضد/على» introduces others after them: «أعلنت
    المملكة حربها مع قوات التحالف ضد ميليشيات الحوثي» (2015-07-27) fights the Houthis."""
    if pred.type != "ATTACK" or not partners or view.introducer(view.slots[partners[0]], pred.end)[0] != _WITH:
        return partners
    lo = view.slots[partners[-1]].end
    later = _partners(view, pred, lexicon, lo, set(partners), frame - {_WITH}, False, stops)
    return later if later and view.introducer(view.slots[later[0]], lo)[0] in _AGAINST else partners


def _argument_taken(view: SentenceView, frame, lo: int, at: int, reach: int | None) -> bool:
    """True when a preposition of the frame stands between ``lo`` and ``at`` (where the candidate's
    own preposition is) governing something else: more than ``reach`` words (None: any number)
    or a clause break or comma lie between them. The predicate's argument was a word that is no
    actor."""
    for i in range(lo, at):
        norm = view.norms[i]
        prep = norm if norm in PREPOSITIONS else view.clitic_preposition(i) if view.slot_at(i) is None else ""
        if prep and (prep in frame or prep[1:] in frame):
            if _POSSESSION.intersection(view.norms[i + 1 : at + 1]):
                return False  # «غارات على معسكر «اللواء 55» التابع للجيش اليمني»: the owner of what «على» took
            if any(view.slot_at(j) is not None for j in range(i + 1, at)):
                return False  # «غاراته على عدة مواقع بمحافظة صعدة المعقل الرئيسي للحوثيين»: a place and who holds it
            if (reach is not None and at - i - 1 > reach) or any(view.is_break(j) for j in range(i + 1, at)):
                return True
    return False


def _after_allegiance(view: SentenceView, slot, distance: int, lo: int) -> bool:
    """True when the preposition introducing ``slot`` follows a word of allegiance that ends the
    subject («المجلس الأعلى للقضاء الموالي لسلطات طرابلس»): the actor describes the subject, it is
    no partner. An object's allegiance names the object's side («أشاد بالقوات الموالية لهادي»)."""
    at = slot.start - 1 if slot.clitic else slot.start - distance - 2  # the word before the preposition
    if at >= 0 and view.norms[at][:1] == "و" and view.norms[at][1:] in _ALLEGIANCE:
        # «رفضتها ميليشيات الحوثيين الانقلابية والموالون للمخلوع علي عبدالله صالح» (2015-08-01): those
        # loyal to him are the subject's companions, he no partner
        return True
    return 0 <= at < lo and view.norms[at] in _ALLEGIANCE


# ------------------------------------------------------------------------------------- nouns


def _noun_links(view: SentenceView, pred: Predicate, lexicon: Lexicon, stops: _Stops) -> Iterator[Link]:
    norms = view.norms
    if _describes_a_noun(view, pred):
        return  # «والقوات المتحالفة معها» (2015-07-23): forces no actor names are allied
    if _contract_verb(view, pred):
        return  # «بعد فسخ عقده مع ميلان» (2015-07-24 dev): whose contract, a pronoun says; not the clause's subject
    if pred.entry.gathers:
        return  # a gathering verb read as its noun: «عقب تجمع مئات المهاجرين» (2015-07-31) is a crowd, no meeting
    if pred.type in _STANCE_TYPES and pred.end < len(norms) and norms[pred.end] in _PRIVATE_PERSONS:
        return  # «تحقيقا في شكوى مواطن ضد مدير المستشفى»: the citizen's complaint, no named actor's
    enjoyer = _enjoys(view, pred)
    if enjoyer is not None:
        # «يحظى أوباما بدعم 12 عضوا فقط من الديمقراطيين بمجلس الشيوخ» (a 2015-08-08 slice): who enjoys the
        # support receives it from the noun's genitive, when an actor is named there
        giver = _genitive(view, pred, lexicon)
        if giver is not None and giver != enjoyer:
            yield Link(giver, enjoyer)
        return
    frame = lexicon.entry_frame(pred.entry)
    described = _described_actor(view, pred)
    partners = _partners(view, pred, lexicon, pred.end, {described}, frame, False, stops) if described is not None else []
    if partners:  # «جماعة الحوثي المتحالفة مع إيران» (2015-08-06 dev): the participle describes the actor before it
        yield from (Link(described, partner) for partner in partners)
        return
    undirected = pred.type not in lexicon.directed
    pair = _adjective_pair(view, pred)
    if pair is not None and undirected:  # «الاتفاق الأميركي التركي», «التعاون السعودي المصري»
        yield Link(*pair)
        return
    if pred.type == "ATTACK" and pred.end < len(norms) and view.slot_at(pred.end) is None and _owned_target(norms[pred.end]):
        return  # «قصف مواقعنا في مناطق …»: the pronoun's side is the target, no one named
    # «تم الاتفاق بين X وY», «اتصال هاتفي بين …», «اتفاق بينها وبين البنتاغون»
    # clashes: «اشتباكات عنيفة على خطوط التماس بين»; talks: «مفاوضات الإنقاذ السابقة تجري بين»
    reach = lexicon.window("between") if pred.type == "ATTACK" else 4
    # time words do not count: «بهذا الاتصال الأول المباشر الأسبوع الماضي بين وفد من طالبان والحكومة
    # الأفغانية» (2015-07-25)
    reach += sum(1 for j in range(pred.end, min(pred.end + reach + 3, len(norms))) if norms[j] in _TIMES or norms[j] in _PERIODS)
    # nor do the noun's adjectives: «تعزيز التعاون الاستراتيجي السياسي والاقتصادي والعسكري والأمني بين
    # الأردن والسعودية» (a 2015-08-06 slice); an attack's window is wide already («الحرب الإسرائيلية على
    # غزة في العام الماضي، فإن التجارة بين إسرائيل وتركيا»)
    reach += _adjective_run(view, pred.end) if pred.type != "ATTACK" else 0
    # nor indefinite ones and quote marks: «احتضنت سلطنة عمان «مباحثات غير رسمية وسرية» بين الأميركيين
    # والحوثيين» (a 2015-08-08 slice: Oman, the host, had met both)
    reach += _indefinite_description(view, pred.end) if pred.type != "ATTACK" else 0
    for i in range(pred.end, min(pred.end + reach, len(norms))):
        if norms[i] in (_BETWEEN, "و" + _BETWEEN) or norms[i] in _BETWEEN_PRONOUNS:
            if (_BETWEEN not in frame and not undirected) or stops.between(pred, pred.end, i):
                return  # «الاستقبال استعراض علاقات التعاون بين …»: the «بين» of another predicate
            ties = any(not _TIES.isdisjoint(_without_pronoun(norms[t])) for t in range(pred.end, i))
            if ties and (pred.type == "ATTACK" or _during_phrase(view, pred)):
                # «سدد ضربة قاضية لأي تقارب بين بغداد والرياض»: the ties' «بين», no strike; «وجرى خلال
                # الاستقبال استعراض العلاقات بين المملكة وأمريكا» (a 2015-07-22 slice): the reception is when
                return
            parties: list[int] = []
            if norms[i] in _BETWEEN_PRONOUNS:
                k = _subject_before(view, pred.start, lexicon.window("before"), commas=False)
                parties += _group(view, k) if k is not None else []
            after = next((k for k, s in enumerate(view.slots) if s.start > i), None)
            if after is not None and _named_after(view, i, view.slots[after].start) and not _broken(view, i + 1, view.slots[after].start):
                parties += [c for c in view.conjuncts(after) if view.slots[c].party]
            if i - pred.end >= 3 and all(_unknown_place(view.slots[k]) for k in parties):
                return  # «الغارات استهدفت مناطق تقع بين شرق بلدة الراعي وغرب جرابلس»: a far «بين» of places is where
            other = _other_side(view, parties)
            if other:  # «بين X من جهة وY من جهة أخرى»: each side faces the other, not its own
                yield from (Link(a, b) for a in parties for b in other)
                return
            if parties and tuple(norms[view.slots[parties[-1]].end : view.slots[parties[-1]].end + 2]) == _ONE_SIDE:
                # «بين قوات الأسد وحزب الله اللبناني من جهة والمعارضة السورية من جهة أخرى» (a later 2015-08-10
                # window): one side named, its other side no actor; allies, no pair
                return
            sides = _comma_sides(view, parties)
            if sides:  # «بين المقاومة الشعبية وقوات الجيش الوطني، وميليشيات الحوثي وصالح»
                yield from (Link(a, b) for a in sides[0] for b in sides[1])
                return
            if pred.type == "ATTACK":  # «بين المقاومة ومليشيا الحوثي وصالح»: allies do not clash
                allies = load_sides()
                # «بين مليشيا الحوثي وصالح والمقاومة والجيش الموالي للشرعية»: two camps of allies are no roster
                camps = _two_camps(view, parties, allies)
                links = _all_pairs(view, parties, roster=None if camps else _ROSTER)
                links = (link for link in links if not allies.allied(view.slots[link.agent].actor, view.slots[link.partner].actor))
            else:
                links = _all_pairs(view, parties, roster=_BETWEEN_ROSTER)
            yield from links
            for group in _more_between(view, parties):  # «بين X وY، وبين W وZ»
                yield from _all_pairs(view, group)
            return
        k = view.slot_at(i)
        if norms[i] in _RELATIVES and i + 2 < len(norms) and norms[i + 2] in (_BETWEEN, "و" + _BETWEEN) and view.slot_at(i + 1) is None:
            continue  # «المواجهات المسلحة التي دارت بين الحوثيين والمقاومة»: the noun's own relative clause
        if (k is not None and not view.slots[k].venue) or view.is_break(i):
            break  # a venue is read past: «مباحثات القاهرة بين ولي ولي العهد والرئيس المصري»
    if pred.entry.passive and pred.end < len(norms) and view.slot_at(pred.end) is None and _adverbial_demonym(norms[pred.end]):
        return  # «جماعة الحوثيين المدعومة إيرانياً» (2015-07-21): the backer is a country no actor names here
    # «الجيش الوطني المسنود بالمقاومة»: a passive participle's agent glued to ب right after it
    if pred.entry.passive and (k := _backer(view, pred.end)) is not None:
        yield from _passive_links(view, pred, k)
        return
    if (
        pred.entry.passive and pred.end < len(norms) and view.slot_at(pred.end) is None
        and view.clitic_preposition(pred.end) == "ب" and not _FORCE_HEADS.intersection(_bare_readings(norms[pred.end]))
    ):
        # «القوات العراقية المسنودة بفصائل الحشد الشعبي وتنظيم داعش»: the backer is named, and is no
        # actor; forces loyal to someone are his («مسنودة بالقوات الموالية للرئيس هادي»)
        return
    # «بدعم من إيران»: the actor after من acts on the one before; one adjective may stand between
    # a call or a message and its sender («تلبية لدعوة كريمة من الرئيس عبدالفتاح السيسي», 2015-07-31)
    source = (
        pred.end + 1
        if pred.type == "STATEMENT" and pred.end + 1 < len(norms) and view.slot_at(pred.end) is None and not view.clitic_preposition(pred.end)
        and _adjective_like(norms[pred.end]) and norms[pred.end + 1] == _FROM
        else pred.end
    )
    # a noun that opposes only «ضد» someone names no opponent with «من»: «تلقت صحة الاحساء … بلاغاً من
    # الهلال الأحمر» (2015-07-31) is a report, not one against the health directorate
    against_only = pred.entry.frame == _AGAINST_ONLY
    if not undirected and source < len(norms) and norms[source] == _FROM and not against_only:
        j = source + 1 + (source + 1 < len(norms) and norms[source + 1] == _BY)
        while j < len(norms) and view.slot_at(j) is None and norms[j] in view.honorifics:
            j += 1  # «برقية من الشيخ محمد …»
        if j + 1 < len(norms) and view.slot_at(j) is None and norms[j] in _FORCE_HEADS and view.slot_at(j + 1) is not None:
            j += 1  # «بدعم من قوات الاتحاد الإفريقي» (2015-07-25 dev): the body whose forces they are
        k = view.slot_at(j) if j < len(norms) else None
        if k is None:  # «بناء على طلب من الرئيس اليمني عبد ربه منصور هادي»: a title before the name
            words = load_role_words()
            k = next(
                (n for n, s in enumerate(view.slots) if s.start > j and (role_before_name(norms[j : s.start], words) or _counterpart_title(norms[j : s.start], words))),
                None,
            )  # «برقية تهنئة من نظيره الجزائري عبد العزيز بوتفليقة» (2015-07-23): «نظيره» before the name too
            k = k if k is not None and view.slots[k].kind == "PER" else None
        named = j + 1 + (j + 1 < len(norms) and norms[j + 1] in QUOTES)  # «من قيادة {طالبان}»
        if k is None and named < len(norms) and norms[j] in _MEMBERS and view.slot_at(named) is not None:
            k = view.slot_at(named)  # «تلقى أمانو دعوة من أعضاء لجنة العلاقات الخارجية»: its members speak for it
            k = k if view.slots[k].kind == "ORG" and view.slots[k].start == named else None
        if k is None:
            k = _loyal_to(view, j)  # «بدعم من وحدات من الجيش ظلت موالية للرئيس السابق علي عبدالله صالح»
        if k is None and j < len(norms) and (norms[j].startswith("ال") or (pred.type == "SUPPORT" and norms[j].isalpha())):
            return  # «بدعم من اللجنة التنفيذية بالنادي», «بدعم من وحدات من الجيش»: the backer is named, and is no actor
        if k is not None and pred.entry.passive:
            yield from _passive_links(view, pred, k)
            return
        sent = view.slots[k].end + (view.slots[k].end < len(norms) and norms[view.slots[k].end] in COMMAS) if k is not None else 0
        addressees = _partners(view, pred, lexicon, sent, {k}, (_TO, "ل"), False, stops) if k is not None and pred.type == "STATEMENT" else []
        if addressees:  # «نقل ولد الشيخ رسالة من بان كي مون إلى نبيل العربي»: the carrier is no party
            for p in addressees:
                yield Link(k, p)
            return
        if k is not None:
            hosts = _host(view, pred, lexicon)
            answered = _answered(view, pred)[0]
            invited = not _INVITATIONS.isdisjoint(strip_clitics(norms[pred.start])) and (
                view.clitic_preposition(pred.start) == "ب" or answered
            )
            if invited and (answered or not hosts):  # «وصل الأمير …، تلبية لدعوة من الملك عبدالله الثاني»: the visitor
                # «… بعد زيارة رسمية لها؛ تلبية لدعوة من …»; an invitation answered is the main subject's
                # even with a place after his verb: «غادر الأمير محمد بن سلمان … اليوم المملكة الأردنية
                # الهاشمية بعد زيارة رسمية لها تلبية لدعوة من جلالة الملك عبدالله الثاني» (2015-08-06) had
                # invited Jordan. «بطلب من تركيا» keeps the clause's own subject («سيجتمع مجلس الحلف»).
                hosts = _main_subject(view, pred.start, semicolons=True) or hosts
                # «المركز الدولي لمكافحة الإرهاب الذي تم تأسيسه بدعوة من المملكة» (a later 2015-08-09
                # slice): in a relative clause the invitation is the clause's, not the main subject's
                hosts = [h for h in hosts if not any(norms[i] in _RELATIVES for i in range(view.slots[h].end, pred.start))]
            if pred.type == "SUPPORT" and hosts and _appreciated(view, pred, hosts):
                for host in hosts:  # «وقدر المخرج الاهتمام والدعم من الأمير منصور»: he appreciates the prince
                    yield Link(host, k)
                return
            for host in hosts:
                yield Link(k, host)
            return
    honoured = pred.end < len(norms) and norms[pred.end] in _HONORIFIC_PRONOUNS  # «وكان في استقبال معاليه …»
    if pred.entry.transitive and pred.type == "MEET" and pred.start and norms[pred.start - 1] == _IN and (_object_pronoun(view, pred) or honoured):
        # «وكان في استقباله بمطار أربيل رئيس الإقليم مسعود بارزاني»: the people named after it
        # received the one the pronoun stands for, the main clause's subject as the sentence names it: the
        # person a title names, not the body in it («تفقد وكيل جامعة الأمير سطام بن عبدالعزيز بالخرج الدكتور
        # عبدالله بن عبدالله الجمعة كلية طب الأسنان …، وكان في استقباله …», a 2015-08-09 slice)
        guests = _named_main_subject(view, pred.start)
        if not guests and honoured and (named := view.slot_at(pred.end)) is not None:
            guests = [named]  # «وكان في استقبال معاليه …»: the pronoun names the one received in the sentence before
        for host in _received(view, pred, pred.end + honoured, set(guests), stops) if guests else []:
            for guest in guests:
                yield Link(host, guest)
        return
    # «أثناء لقائه»: his own meeting (a dual or plural pronoun names both sides: «خلال اجتماعهما بالوزارة»)
    own = pred.type == "MEET" and _during_phrase(view, pred)
    if own and with_pronoun(view.sentence.tokens[pred.start].text, pred.entry.tokens[-1], ("ه", "ها")):
        yield from _own_meeting(view, pred, lexicon, stops)
        return
    thanked = _thanked_for_own_act(view, pred)
    if thanked is not None:
        # «شكره وتقديره لسمو محافظ الأحساء … الأمير بدر بن محمد بن جلوي على دعمه ومساندته للجنة المحلية» (a
        # 2015-07-31 slice): the pronoun is the one thanked, not the thanker
        for p in _partners(view, pred, lexicon, pred.end, {thanked}, frame, False, stops):
            yield Link(thanked, p)
        return
    carried = _carried_by_relative(view, pred, lexicon, stops)
    if carried is not None:  # «الاجتماع الذي عقده كارتر … مع الجبوري»
        yield from carried
        return
    owner = _force_owner(view, pred) if pred.type == "ATTACK" else None
    if owner is not None:  # «غارات لطيران التحالف على …»: the forces' owner attacks; no one before it
        for p in _partners(view, pred, lexicon, view.slots[owner].end, {owner}, frame, False, stops):
            yield Link(owner, p)
        return
    attacker = _attacker_with_li(view, pred) if pred.type == "ATTACK" else None
    if attacker is not None:
        # «في هجوم لتنظيم داعش على الجيش العراقي»: with a target «على/ضد» after it, the group named
        # with «لـ» right after the attack carries it out
        targets = [
            p for p in _partners(view, pred, lexicon, view.slots[attacker].end, {attacker}, frame, False, stops)
            if view.introducer(view.slots[p], view.slots[attacker].end)[0] in _AGAINST
        ]
        targets = targets or _killed_before(view, pred, attacker)
        if targets:
            for p in targets:
                yield Link(attacker, p)
            return
    genitive = _genitive(view, pred, lexicon)
    if genitive is None and not _SPEECH_NOUNS.isdisjoint(strip_clitics(norms[pred.start])):
        genitive = _speaker_after(view, pred.end)  # «التصريحات التي صدرت عن المالكي ضد السعودية»
    agency = _agency_holder(view, pred)
    if agency is not None:  # «أشاد بدور المملكة في مساندة المقاومة»: the genitive is the one acted on
        patients = [c for c in view.conjuncts(genitive) if view.slots[c].party] if genitive is not None else []
        patients = patients or _partners(view, pred, lexicon, pred.end, set(), frame, True, stops)
        for a in _group(view, agency):
            for p in patients:
                yield Link(a, p)
        return
    answered, answerer = _answered(view, pred)
    if genitive is not None and not undirected and answered:
        # «استجابة لطلب الرئيس هادي»: the genitive asked; the main clause's subject answered, or the
        # one named between («استجابة القيادة السعودية لطلب الرئيس اليمني»)
        for host in [answerer] if answerer is not None else _host(view, pred, lexicon):
            if host != genitive:
                yield Link(genitive, host)
        return
    # «لدعم اليمن», «لمحاربة داعش»: after the ل of purpose a directed noun's genitive is its object
    # («لدعمهم الأسد»: the pronoun is the agent, whom the rules cannot name)
    # (of the nouns that oppose only «ضد» someone, only statements: «لتحقيق تطلعات الشعب الفلسطيني», a
    # 2015-08-06 slice, is "to achieve", no investigation of the Palestinians; «استنكاره للتصريحات» is)
    # (not the «لـ» a noun of stance before it governs: «لانتقاداتهم السابقة لدعم إيران الإرهاب», 2015-08-07:
    # what was criticised is Iran's support; «توجيه الضربات العسكرية لدعم المقاومة» is a purpose)
    purpose = (
        not undirected and view.clitic_preposition(pred.start) == "ل" and not _object_pronoun(view, pred)
        and (pred.entry.frame != _AGAINST_ONLY or not _SPEECH_NOUNS.isdisjoint(strip_clitics(view.norms[pred.start])))
        and not any(
            p.pos == "noun" and p.type != pred.type and p.type in _STANCE_TYPES and 0 <= pred.start - p.end <= _COMPLEMENT_GAP
            for p in stops.predicates
        )
    )
    if genitive is not None and pred.entry.patient_genitive and _object_with_li_after(view, genitive):
        # «أكد الناشط أبو محمد …، اختطاف التنظيم لـ 220 شخصًا من القريتين» (a 2015-08-08 slice): with «لـ» and a
        # count or a noun no actor names after it, the genitive is the doer, of no one named here
        return
    if genitive is not None and pred.entry.patient_genitive and _owned_object_after(view, genitive):
        # «أعلنت «الفرقة 30 مشاة» … اختطاف «جبهة النصرة» قائدها» (a 2015-07-31 slice): with an object of
        # its own after it the genitive is the doer, of the object or the person it names («قائدها العقيد
        # نديم الحسن»)
        for p in _partners(view, pred, lexicon, view.slots[genitive].end, {genitive}, frame, True, stops):
            if view.slots[p].kind == "PER":
                yield Link(genitive, p)
        return
    # «وبدأت تركيا قصف معسكرات لحزب العمال», «وواصلت تركيا قصف مواقع حزب العمال الكردستاني» (a 2015-07-31
    # slice): an attack a light verb carries right after its subject has that subject for agent, and
    # the genitive is what it strikes
    carried = pred.type == "ATTACK" and genitive is not None and _carried_attack(view, pred, lexicon, genitive)
    place = view.slot_at(pred.end) if genitive is None and pred.entry.patient_genitive and pred.end < len(norms) else None
    if place is not None and pred.type == "ATTACK" and view.slots[place].kind == "LOC":
        # «تطهير عدن من الحوثيين»: a town, no party, cleared «من» an enemy
        enemies = _cleared_of(view, view.slots[view.conjuncts(place)[-1]].end, [])
        if enemies:
            for a in _host(view, pred, lexicon):
                for p in enemies:
                    yield Link(a, p)
            return
    if genitive is not None and (pred.entry.patient_genitive or purpose or carried):
        # «المتهم بمحاولة اغتيال أمير الكويت»; «… قادرتان على محاربة تنظيم داعش» names no fighter
        hosts = _light_verb_object_of(view, pred, lexicon) if pred.entry.own_agent_only else _host(view, pred, lexicon)
        if _judged_act(view, pred, stops) or _tried_case(view, pred):
            hosts = []  # «أدان الجبير اغتيال السادات»: who condemns a killing did not kill; «بقضية اغتيال …»
        # with its conjuncts: «تطهير آخر جيوب مليشيا الحوثي وصالح» (2015-07-24 dev)
        patients = [c for c in view.conjuncts(genitive) if view.slots[c].party] or [genitive]
        if pred.type == "ATTACK" and view.slots[genitive].kind == "LOC":
            # a place cleared «من» an enemy is where: «تطهير كل أنحاء اليمن من دنس المتمردين» (a 2015-07-27 slice)
            patients = _cleared_of(view, view.slots[patients[-1]].end, patients)
        for a in _engaged_in(view, pred) or hosts:
            for p in patients:
                yield Link(a, p)
        return
    if genitive is not None and pred.type == "STATEMENT" and _called_to_act(view, view.slots[genitive].end, view.slots[genitive].end + 2):
        # «من الملك فهد بدعوة صدام إلى الانسحاب من الكويت»: the genitive is called on to act
        for host in _host(view, pred, lexicon):
            if view.slots[host].actor != view.slots[genitive].actor:
                yield Link(host, genitive)
        return
    if genitive is not None and undirected and pred.entry.transitive and view.clitic_preposition(pred.start) == "ل":
        # «توجه رودريغيز إلى وزارة الخارجية للقاء نظيره الأميركي جون كيري» (the 2015-07-21 build): to meet
        # the genitive; the clause's subject goes to meet him
        met = [c for c in view.conjuncts(genitive) if view.slots[c].party]
        hosts = [h for h in _host(view, pred, lexicon) if h not in met]
        if hosts:
            yield from (Link(h, m) for h in hosts for m in met)
            return
    if genitive is not None:
        agents = [c for c in view.conjuncts(genitive) if view.slots[c].party]
        lo = view.slots[agents[-1]].end
        # «خلال استقبال الملك سلمان … الرئيس عبدالفتاح السيسي»: a transitive noun's bare object
        partners = _partners(view, pred, lexicon, lo, set(agents), frame, BARE in frame or pred.entry.transitive, stops)
        if partners and view.introducer(view.slots[partners[0]], lo)[0] == BARE and _unknown_place(view.slots[partners[0]]):
            partners = []  # «وضربات طيران التحالف سببان»: NER's stray place is no object
        if partners and _in_agents_title(view, lo, view.slots[partners[0]]):
            partners = []  # «تهنئة زميلهم سيرغي ميخائيلوف المدير العام لوكالة أنباء «تاس»»: his agency, not the partner
        if partners and lo < len(norms) and norms[lo] == _OR:
            partners = []  # «من هجمات الحوثيين أو أعضاء تنظيم القاعدة» (a 2015-08-06 slice): either one attacks
        for a in agents:
            for p in partners:
                yield Link(a, p)
        # «كزيارة أم كلثوم ومحمد عبد الوهاب لبغداد»: who visit or receive together did not meet each other;
        # nor those «بمساعدة» names («كريج باوسون بمساعدة مايك مولركي وستيف شايلد», 2015-08-06): they help
        # the clause's subject
        if (
            undirected and not partners and len(agents) >= 2 and not pred.entry.strict and not pred.entry.persons_only
            and not _all_places(view, agents) and not _unnamed_partner(view, pred, lexicon, agents)
            and view.clitic_preposition(pred.start) != "ب"
        ):
            yield from _all_pairs(view, agents)
        return
    if pred.entry.strict and pred.type == "COOPERATE" and _manner_with(view, pred):
        # «نظمت بلدية محافظة أملج بنجاح بالشراكة مع لجنة التنمية الاجتماعية احتفالات العيد» (2015-07-25
        # dev): in partnership with, as «بالتعاون مع»
        hosts = _manner_host(view, pred)
        partners = _partners(view, pred, lexicon, pred.end, set(hosts), frame, False, stops) if hosts else []
        yield from (Link(a, p) for a in hosts for p in partners)
        return
    if pred.entry.strict:
        # «نفذت المقاومة هجوما على مواقع الحوثيين»: the object of a light verb, right after it and
        # its subject, takes that subject as agent
        hosts = _light_verb_object_of(view, pred, lexicon) or _engaged_in(view, pred) or _fought_before(view, pred)
        partners = _partners(view, pred, lexicon, pred.end, set(hosts), frame, False, stops) if hosts else []
        relative = _relative_verb_after(view, pred, lexicon) if hosts and not partners else None
        if relative is not None:  # «تواصل مقاومة آزال هجماتها التي تستهدف المسلحين الحوثيين»
            partners = _partners(view, relative, lexicon, relative.end, set(hosts), lexicon.entry_frame(relative.entry), True, stops)
        partners = _target_past_allies(view, pred, lexicon, partners, frame, stops)
        for a in hosts:
            for p in partners:
                yield Link(a, p)
        return
    giver = _given_by(view, pred)
    if giver is not None:
        # «ترحب … بالمساعدات المقدمة من حكومة المملكة للشعب اليمني» (2015-07-26): the giver named after
        # the noun is its agent, not the subject of the verb that welcomes it
        hosts = [c for c in view.conjuncts(giver) if view.slots[c].party]
        lo = max(view.slots[c].end for c in hosts)
        for p in _partners(view, pred, lexicon, lo, set(hosts), frame, False, stops):
            for a in hosts:
                yield Link(a, p)
        return
    partners = _target_past_allies(view, pred, lexicon, _partners(view, pred, lexicon, pred.end, set(), frame, False, stops), frame, stops)
    if pred.entry.persons_only:
        partners = _no_places(view, partners)
    before = pred.start - 1
    while before > 0 and (norms[before] in _COUNTS or norms[before].isdigit()):
        before -= 1  # «وهناك عدة اجتماعات عقدت …» (2015-07-24)
    if before >= 0 and norms[before].removeprefix("و") in _EXISTENTIALS:
        return  # «مادام هناك تهديد لتركيا»: a threat there is, by no one named
    if pred.start and not _DEMONSTRATIVES.isdisjoint(strip_clitics(norms[pred.start - 1])) and norms[pred.start].startswith("ال"):
        # «لوضع التصورات النهائية لهذا التعاقد» (a 2015-07-22 slice): "this deal" points back to one
        # named before; the actors around it are not its parties (not «وذلك بالتنسيق مع …», "in
        # coordination with")
        return
    if _allowed_unnamed(view, pred):
        return  # «نطالب وزارة العدل العراقية ووزارة الداخلية بالسماح لأبنائنا بالاتصال بنا»: the sons would call
    hosts = _host(view, pred, lexicon, fallback=not _unnamed_genitive(view, pred))
    if not hosts and partners and pred.type == "MEET":
        # «في لقاء مع وزير الخارجية الإيراني محمد جواد ظريف اقر جنتيلوني …»: the phrase opens the
        # sentence and the clause after it names the host
        hosts = _opening_phrase_host(view, pred, partners)
    if not hosts and partners and _manner_with(view, pred):
        # «قدمت أمانة القصيم … عددا من الفعاليات … بالتعاون مع فرع وزارة الشؤون الاجتماعية»: the
        # phrase says how the sentence's opening subject acted
        hosts = _manner_host(view, pred)
    if not hosts and with_pronoun(view.sentence.tokens[pred.start].text, pred.entry.tokens[-1], ("ه", "ها", "هم")):
        # «استمرار دولة الإمارات في دعمها الكامل للشعب اليمني»: the pronoun is the actor before «في»
        hosts = _engaged_in(view, pred)
    if not partners and hosts and pred.type in _OWNED_OBJECT_TYPES:
        partners = _speech_owner(view, pred.end, set(hosts), adjectives=1)  # «معربا عن استنكاره الشديد للتصريحات التي صدرت عن خامنئي»
    if partners:
        for a in hosts:
            for p in partners:
                yield Link(a, p)
        return
    # «عقد الأمير محمد بن سلمان ووزير الدفاع اجتماعا»; not when the noun names a partner the rules
    # could not take («أجريا اتصالا هاتفيا مع زعيمي روسيا وأوكرانيا»: they called others together)
    # («بدء جولة مفاوضات جديدة مع اليونانيين»: one adjective may come first)
    nxt = pred.end + 1 if pred.end + 1 < len(norms) and view.slot_at(pred.end) is None and _adjective_like(norms[pred.end]) else pred.end
    with_partner = nxt < len(norms) and norms[nxt] in frame and norms[nxt] != BARE
    # or by a pronoun: «وانضم الثلاثي الى من تم التعاقد معهم سابقا» (a later 2015-07-22 slice) joins players
    # to those signed before; the club signed them, they did not sign each other
    with_partner = with_partner or any(j < len(norms) and norms[j] in _WITH_PRONOUNS for j in (pred.end, nxt))
    # nor for a noun of purpose («… أجريا اتصالا مع … لمناقشة الوضع»): what they did is elsewhere
    after_lam = view.clitic_preposition(pred.start) == "ل"
    # nor for a visit («قام عبدالعزيز العمير وسريان الكرناف … بزيارة … المرضى»): who visit together
    # did not meet each other
    # nor for the topic of a report («تقريرهما حول محصلة المباحثات»): they report on talks, with others
    topic = any(norms[i] in _TOPICS for i in range(max(0, pred.start - 2), pred.start))
    if (
        undirected and len(hosts) >= 2 and not with_partner and not after_lam and not pred.entry.given_to_others
        and not pred.entry.persons_only and not topic and not _objects_of_noun_subject(view, lexicon, pred, hosts)
    ):
        yield from _all_pairs(view, hosts)
        return
    if undirected and not pred.entry.persons_only:  # «كيري ولافروف بعد محادثات»; not a visit: «قام X وY بزيارة …»
        i = pred.start
        while i > 0 and norms[i - 1] in _TRAIL and pred.start - i < 2:
            i -= 1
        k = view.slot_at(i - 1) if i > 0 else None
        if k is not None:
            group = _group(view, k)
            if len(group) >= 2 and not _all_places(view, group):
                yield from _all_pairs(view, group)


_COMPLEMENT_GAP = 1  # adjectives between a noun and the «لـ» noun it governs: «لانتقاداتهم السابقة لدعم»
_GIVEN = GRAMMAR.given_by
_COUNTRY_PAIRS = GRAMMAR.country_pairs  # «حكومة», «شعب»: a body or people that stands for its country
_GIVER_REACH = 3  # tokens from the noun to «من»: an adjective or two, then the participle


def _killed_before(view: SentenceView, pred: Predicate, attacker: int) -> list[int]:
    """«فيما قتل 9 من الحوثيين وقوات صالح في هجوم للمقاومة الشعبية بمأرب» (2015-07-21): the actors
    killed or wounded right before «في/خلال/جراء هجوم لـX» are X's targets (a killing word, a count
    and «من» before them, in the clause)."""
    if pred.start == 0 or view.norms[pred.start - 1] not in _KILLED_IN:
        return []
    for i in range(pred.start - 2, max(pred.start - 2 - _KILLED_REACH, -1), -1):
        if view.is_break(i):
            return []
        norm = view.norms[i].removeprefix("و")
        if norm in _KILLING_VERBS or not _CASUALTY_NOUNS.isdisjoint(strip_clitics(norm)):
            return [
                k for k, slot in enumerate(view.slots)
                if i < slot.start < pred.start - 1 and slot.party and k != attacker and not slot.venue
            ]
    return []


def _appreciated(view: SentenceView, pred: Predicate, hosts: list[int]) -> bool:
    """True when the support noun is what its host appreciates: the verb right before the host's
    name (a title between) is one of ``appreciation_verbs``; not «تلقى مختبر المستشفى خطاب شكر
    وتقدير وتهنئة من قبل الإدارة العامة للمختبرات» (2015-07-24): the directorate thanked it."""
    start = view.slots[hosts[0]].start
    return any(
        not _APPRECIATION.isdisjoint(strip_clitics(view.norms[i])) for i in range(max(0, start - _APPRECIATION_REACH), start)
        if view.slot_at(i) is None and not view.is_break(i)
    )


def _given_by(view: SentenceView, pred: Predicate) -> int | None:
    """The actor after «المقدمة من» (``given_by``) right after ``pred`` (an adjective or two may
    come first): who gave the aid or support; None otherwise."""
    norms = view.norms
    for i in range(pred.end, min(pred.end + _GIVER_REACH, len(norms) - 2)):
        if view.slot_at(i) is not None or view.is_break(i):
            return None
        if norms[i] in _GIVEN and norms[i + 1] == _FROM:
            k = view.slot_at(i + 2)
            if k is None and i + 3 < len(norms) and norms[i + 2] in _COUNTRY_PAIRS:
                k = view.slot_at(i + 3)  # «المقدمة من حكومة المملكة»
            return k if k is not None and view.slots[k].party else None
    return None


def _bare_readings(norm: str) -> set[str]:
    """The word's readings with and without the article: «بالجيش» → بالجيش, الجيش, جيش."""
    readings = set(strip_clitics(norm))
    return readings | {r[2:] for r in readings if r.startswith("ال")}


_OWNER_SUFFIXES = ("هما", "هم", "نا", "كم", "ها", "ه")


def _on_behalf_of(view: SentenceView, lo: int, slot) -> bool:
    """True when «نيابة عن» (``on_behalf_of``, then «عن») stands right before ``slot``, honorifics
    and title heads between: «رحب … المرواني نيابة عن عبدالعزيز بن عبدالله أبو حميد السفير السعودي، ببعثة الفريق»."""
    j = slot.start - 1
    while j > lo and (view.norms[j] in view.honorifics or is_role_head(view.norms[j], load_role_words())):
        j -= 1  # «نيابة عن السفير عبدالعزيز أبو حميد»
    return j > lo and view.norms[j] == _FROM_ABOUT and view.norms[j - 1] in _ON_BEHALF_OF


def _adverbial_demonym(norm: str) -> bool:
    """«إيرانياً», «أمريكيا»: a country adjective as an adverb ("by Iran", "by America")."""
    return norm.endswith("يا") and not norm.startswith("ال") and nationality_of(norm[:-1]) is not None


def _owned_target(norm: str) -> bool:
    """«مواقعنا», «مقراتهم», «أراضيها»: places of a side a pronoun names (``owned_targets``)."""
    return any(norm.endswith(s) and norm[: -len(s)] in _OWNED_TARGETS for s in _OWNER_SUFFIXES)


def _adjective_pair(view: SentenceView, pred: Predicate) -> tuple[int, int] | None:
    """The two states a noun of dealings names by two country adjectives right after it (read as
    actors by :func:`pipeline.actors.link._parties_of_dealings`), else None."""
    if pred.end + 1 >= len(view.norms):
        return None
    first, second = view.slot_at(pred.end), view.slot_at(pred.end + 1)
    if first is None or second is None or first == second:
        return None
    a, b = view.slots[first], view.slots[second]
    if (a.start, a.end, b.start, b.end) != (pred.end, pred.end + 1, pred.end + 1, pred.end + 2):
        return None
    if nationality_of(view.norms[a.start]) is None or nationality_of(view.norms[b.start]) is None:
        return None
    return first, second


def _manner_with(view: SentenceView, pred: Predicate) -> bool:
    """«بالتعاون مع», «بالتنسيق مع»: an undirected noun glued to ب with «مع» right after it."""
    return (
        view.clitic_preposition(pred.start) == "ب"
        and pred.end < len(view.norms)
        and view.norms[pred.end] == _WITH
    )


def _manner_host(view: SentenceView, pred: Predicate) -> list[int]:
    """Who acts «بالتعاون مع …»: the main subject (:func:`_main_subject`) when it opens the sentence
    and no comma and no clause but a relative one comes between (not a speaker's: «وأوضح … أن
    المعهد … قام بالتعاون مع»)."""
    group = _main_subject(view, pred.start)
    if not group:
        return []
    head = view.slots[group[0]]
    norms = view.norms
    if any((norms[i] in COMPLEMENTIZERS and norms[i] not in _RELATIVES) or norms[i] in COMMAS for i in range(head.end, pred.start)):
        return []  # nor past a comma: «عرض الرئيس هادي …، بعد تمكن المقاومة … تحريرها …، بالتنسيق مع»
    return group if _opens_sentence(view, head) else []


def _own_meeting(view: SentenceView, pred: Predicate, lexicon: Lexicon, stops: _Stops) -> Iterator[Link]:
    """«وأكد عباس، أمس، أثناء لقائه القنصل الأميركي … دونالد بلوم»: the pronoun is the main clause's
    subject (before the phrase, or after it when the phrase opens the sentence: «ولدى استقباله
    الوزير الفرنسي، قال الرئيس روحاني»); the one met is the noun's bare object or its partner
    («عقب لقائه برئيس وزراء إثيوبيا هايلي ماريام ديسالين»: the person the title names)."""
    frame = lexicon.entry_frame(pred.entry)
    partners = _partners(view, pred, lexicon, pred.end, set(), frame, True, stops)
    if partners and _object_of_another_noun(view, pred, view.slots[partners[0]]):
        return  # «قررت لجنة المسابقات خلال اجتماعها اليوم إيقاف حازم إمام» (2015-07-27): he is what it suspended
    if partners:
        partners = [c for c in view.conjuncts(_named_holder(view, pred, partners[0])) if view.slots[c].party]
    if pred.entry.persons_only:
        partners = _no_places(view, partners)
    if not partners:
        return
    hosts = _coordinated_subject(view, pred, stops) or _named_main_subject(view, pred.start)  # «سفير مصر محمد بدر الدين زايد»: not Egypt
    if not hosts and not any(s.party and s.end <= pred.start for s in view.slots):
        hosts = _subject_after_comma(view, view.slots[partners[-1]].end, lexicon)
    for a in hosts:
        for p in partners:
            yield Link(a, p)


def _coordinated_subject(view: SentenceView, pred: Predicate, stops: _Stops) -> list[int]:
    """The subject of the last verb glued to «و» after a comma before ``pred``, named between them:
    «وقال كفاح محمود … إن «…، وبحث وزير الدفاع الأميركي خلال اجتماعه مع رئيس الإقليم …»» (2015-07-25
    dev) is the minister's meeting, not the speaker's. Empty when there is none."""
    norms = view.norms
    verbs = [v for v in stops.predicates if v.pos == "verb" and 0 < v.start < pred.start and norms[v.start - 1] in COMMAS and norms[v.start].startswith("و")]
    if not verbs:
        return []
    v = verbs[-1]
    k = next((k for k, slot in enumerate(view.slots) if v.end <= slot.start < pred.start), None)
    if k is None or view.slots[k].clitic or _broken(view, v.end, view.slots[k].start) or not view.slots[k].party:
        return []
    return [c for c in _group(view, k) if view.slots[c].end <= pred.start]


def _object_of_another_noun(view: SentenceView, pred: Predicate, slot) -> bool:
    """A bare actor after a meeting noun, right after a word without «ال» that is no title, time
    word, preposition or quote mark («اجتماعها اليوم إيقاف حازم إمام»): the genitive of that noun,
    not the one met."""
    at = slot.start - 1
    if at < pred.end or view.slot_at(at) is not None or view.introducer(slot, pred.end)[0] != BARE:
        return False
    word, words = view.norms[at], load_role_words()
    return not (
        # «خلال لقائه منسوبي الحرس الوطني» (the 2015-07-21 build): a body's people stand for it
        word in words.staff or word.startswith("ال") or word in view.honorifics or is_role_head(word, words) or word in words.office_heads
        or word in _TIMES or word in PREPOSITIONS or word in COMMAS or word in _QUOTES or not word.isalpha()
    )


def _opening_phrase_host(view: SentenceView, pred: Predicate, partners: list[int]) -> list[int]:
    """The subject of the clause right after a meeting phrase that opens the sentence («في لقاء مع X»,
    «خلال اجتماع مع X»): a comma at most, one word (its verb), titles, then a bare actor."""
    before = view.norms[: pred.start]
    if len(before) != 1 or (before[0] not in _DURING and before[0] not in (_IN, "و" + _IN)):
        return []
    if any(s.party and s.end <= pred.start for s in view.slots):
        return []
    lo = view.slots[partners[-1]].end
    if lo < len(view.norms) and view.norms[lo] in COMMAS:
        lo += 1
    for k, slot in enumerate(view.slots):
        if slot.start <= lo:
            continue
        if slot.start - lo - 1 - view.title_words(lo + 1, slot.start) != 0 or _broken(view, lo, slot.start):
            return []
        return _group(view, k) if slot.party and view.introducer(slot, lo + 1)[0] == BARE else []
    return []


def _subject_after_comma(view: SentenceView, lo: int, lexicon: Lexicon) -> list[int]:
    """The subject of the clause after the first comma past ``lo``: its first bare actor, at most
    a verb and a title away from the comma («، قال الرئيس روحاني»)."""
    comma = next((i for i in range(lo, len(view.norms)) if view.norms[i] in COMMAS or view.is_break(i, commas=False)), None)
    if comma is None or view.norms[comma] not in COMMAS:
        # no comma: the verb right after the phrase, then its subject («وبعد لقائه الرئيس التونسي قال ساركوزي»,
        # the 2015-07-21 build)
        comma = lo - 1 if lo < len(view.norms) and view.slot_at(lo) is None and view.norms[lo].isalpha() else None
    if comma is None:
        return []
    for k, slot in enumerate(view.slots):
        if slot.start <= comma:
            continue
        if slot.start - comma - 1 - view.title_words(comma + 1, slot.start) > 2 or _broken(view, comma + 1, slot.start):
            return []
        if slot.party and view.introducer(slot, comma + 1)[0] == BARE:
            return _group(view, k)
        return []
    return []


def _comma_sides(view: SentenceView, parties: list[int]) -> tuple[list[int], list[int]] | None:
    """Three or more parties after «بين» that one comma splits into two sides, each of one or more
    actors joined by و: «بين المقاومة الشعبية وقوات الجيش الوطني، وميليشيات الحوثي وصالح»
    (2015-07-21) is the Resistance and the army against the Houthis and Saleh."""
    if len(parties) < 3:
        return None
    cuts = [n for n in range(1, len(parties)) if any(t in COMMAS for t in view.norms[view.slots[parties[n - 1]].end : view.slots[parties[n]].start])]
    if len(cuts) != 1:
        return None
    return parties[: cuts[0]], parties[cuts[0] :]


def _more_between(view: SentenceView, parties: list[int]) -> list[list[int]]:
    """The further pairs of «بين X وY، وبين W وZ»: each «وبين» right after the last group (a comma
    at most between) opens a group of its own."""
    groups = []
    while parties and len(parties) >= 2:
        j = view.slots[parties[-1]].end
        while j < len(view.norms) and view.norms[j] in COMMAS:
            j += 1
        if j >= len(view.norms) or view.norms[j] != _AND_BETWEEN:
            break
        k = next((n for n, s in enumerate(view.slots) if s.start > j), None)
        if k is None or not _named_after(view, j, view.slots[k].start) or _broken(view, j + 1, view.slots[k].start):
            break
        parties = [c for c in view.conjuncts(k) if view.slots[c].party]
        groups.append(parties)
    return groups


def _named_after(view: SentenceView, i: int, start: int, reach: int = 3) -> bool:
    """True when the actor at ``start`` stands at most ``reach`` words after token ``i``, not
    counting a force head, a word of allegiance and a title with ل: «بين القوات الموالية للرئيس
    عبد ربه منصور هادي» names Hadi's side."""
    skipped = sum(1 for j in range(i + 1, start) if _names_forces(view.norms[j], view.honorifics))
    return start - i - skipped <= reach


def _names_forces(norm: str, honorifics: frozenset[str]) -> bool:
    return norm in _FORCE_HEADS or norm in _ALLEGIANCE or (norm.startswith("لل") and "ال" + norm[2:] in honorifics)


def _other_side(view: SentenceView, side: list[int]) -> list[int]:
    """«بين القوات الموالية لهادي من جهة والمسلحين الحوثيين …»: the conjoined actors after «من جهة و…»
    that stand against ``side``; [] when the sentence does not name sides."""
    if not side:
        return []
    j = view.slots[side[-1]].end
    i = j + 2
    if i < len(view.norms) and view.norms[i] in COMMAS:
        i += 1  # «… علي صالح من جهة، والمقاومة الشعبية من جهة أخرى» (2015-07-31)
    if tuple(view.norms[j : j + 2]) != _ONE_SIDE or i >= len(view.norms) or not view.norms[i].startswith("و"):
        return []
    k = next((n for n, s in enumerate(view.slots) if s.start >= i), None)
    if k is None or not _named_after(view, i - 1, view.slots[k].start) or _broken(view, i, view.slots[k].start):
        return []
    return [c for c in view.conjuncts(k) if view.slots[c].party]


def _carried_by_relative(view: SentenceView, pred: Predicate, lexicon: Lexicon, stops: _Stops) -> list[Link] | None:
    """«الاجتماع المغلق الذي عقده وزير الدفاع الأمريكي في بغداد مع رئيس مجلس النواب», «الاتصال الذي
    أجراه X مع Y»: a verbal noun named first and carried by a light verb in a relative clause right
    after it; the light verb's subject is the agent and the partner follows as for a verb. None
    when the noun is not followed by such a clause (at most one adjective between)."""
    norms = view.norms
    i = pred.end
    if i < len(norms) and view.slot_at(i) is None and norms[i].startswith("ال") and norms[i] not in _RELATIVES:
        i += 1  # one adjective: «الاجتماع المغلق الذي»
    if i + 1 >= len(norms) or norms[i] not in _RELATIVES or view.slot_at(i + 1) is not None:
        return None
    if not lexicon.is_light_verb(view.sentence.tokens[i + 1].text):
        return None
    lead = lexicon.window("lead")
    k = next((n for n, s in enumerate(view.slots) if s.start > i + 1), None)
    if k is None or not view.slots[k].party or _broken(view, i + 2, view.slots[k].start):
        return []
    slot = view.slots[k]
    if slot.start - (i + 2) - view.title_words(i + 2, slot.start) > lead or view.introducer(slot, i + 2)[0] != BARE:
        return []
    agents = [c for c in view.conjuncts(k) if view.slots[c].party]
    frame = lexicon.entry_frame(pred.entry)
    partners = _partners(view, pred, lexicon, view.slots[agents[-1]].end, set(agents), frame, False, stops)
    if pred.entry.persons_only:
        partners = [p for p in partners if view.slots[p].kind != "LOC"]
    links = [Link(a, p) for a in agents for p in partners]
    if not partners and pred.type not in lexicon.directed and len(agents) >= 2:
        links = list(_all_pairs(view, agents))
    return links


def _unknown_place(slot) -> bool:
    """A place only NER knows (not in the registry): often a stray word tagged LOC."""
    return slot.kind == "LOC" and slot.actor.startswith("loc:")


_AFTER = GRAMMAR.aftermath
_LAUNCHING = GRAMMAR.launching_verbs


def _fought_before(view: SentenceView, pred: Predicate) -> list[int]:
    """The clause's subject for battles it took «بعد» (after) with someone named after «مع»: «وسيطرت
    المقاومة الشعبية على البلدة بعد معارك عنيفة مع المليشيات الحوثية» (a 2015-07-31 slice)."""
    if pred.type != "ATTACK" or pred.start < 2 or view.norms[pred.start - 1] not in _AFTER:
        return []
    j = pred.end
    while j < len(view.norms) and view.slot_at(j) is None and _adjective_like(view.norms[j]) and view.norms[j] not in PREPOSITIONS:
        j += 1  # «معارك عنيفة»
    if j >= len(view.norms) or view.norms[j] != _WITH:
        return []
    return _main_subject(view, pred.start - 1)


def _carried_attack(view: SentenceView, pred: Predicate, lexicon: Lexicon, genitive: int) -> bool:
    """True when a light verb and its subject (an actor, its last word right before) stand right
    before the attack noun ``pred``, and its genitive is another actor."""
    k = view.slot_at(pred.start - 1) if pred.start > 1 else None
    if k is None or not view.slots[k].party or view.slots[k].actor == view.slots[genitive].actor:
        return False
    first = view.slots[view.conjuncts(_first_conjunct(view, k))[0]].start
    j = view.honorifics_start(first) - 1
    return j >= 0 and view.slot_at(j) is None and lexicon.is_light_verb(view.sentence.tokens[j].text)


def _genitive(view: SentenceView, pred: Predicate, lexicon: Lexicon) -> int | None:
    """The actor right after a verbal noun with no preposition between: its agent («قصف روسيا»). A
    noun with a pronoun has its agent in the pronoun: «بإدانتهم عهد أوباما - كلينتون» (a 2015-08-08
    slice: the candidates condemned both; Obama condemned no Clinton)."""
    if with_pronoun(view.sentence.tokens[pred.start].text, pred.entry.tokens[-1], ("هم", "هما", "هن")):
        return None
    for k, slot in enumerate(view.slots):
        if slot.start < pred.end:
            continue
        far = slot.start - pred.end > lexicon.window("noun_lead")
        # «لقاء وزير الخارجية اليمني رياض ياسين مع …»: the agent's title may stand between, and
        # the patient's («المتهم بمحاولة اغتيال أمير الكويت الراحل جابر الأحمد»)
        titled = slot.kind == "PER"
        if (far and not (titled and role_before_name(view.norms[pred.end : slot.start], load_role_words()))) or _broken(
            view, pred.end, slot.start
        ):
            return None
        intro, _ = view.introducer(slot, pred.end)
        # «اتفاقا نوويا»: an adjective NER took for a place is no genitive
        if intro != BARE or not slot.party or (_unknown_place(slot) and slot.end - slot.start == 1):
            return None
        if is_definite(view.norms[pred.start], pred.entry.tokens[0]) and not slot.demonym:
            return None  # «حافظ على بلده من الاختطاف وطالب محلب»: a noun with «ال» has no genitive («الضربات الأمريكية» an adjective)
        return _named_holder(view, pred, k)  # «اغتيال أمير الكويت الراحل جابر الأحمد»
    return None


# ------------------------------------------------------------------------------------- helpers


def _unnamed_genitive(view: SentenceView, pred: Predicate) -> bool:
    """«تذكرت العدوان الإسرائيلي على لبنان وزيارة الوفد الوزاري العربي مع عمرو موسى إلى بيروت» (a
    2015-07-21 slice): a visit or reception bound to a definite noun after it that is no actor,
    title, demonym or time names the visitor by that noun; no actor before it is the one who met."""
    norms = view.norms
    if not pred.entry.persons_only or pred.end >= len(norms) or view.slot_at(pred.end) is not None:
        return False  # not talks: «محادثات السلام مع الحكومة الأفغانية» names their topic
    token = view.sentence.tokens[pred.start].text
    if is_definite(token) or with_pronoun(token, pred.entry.tokens[-1]):
        return False
    norm = norms[pred.end]
    return (
        norm.startswith("ال") and len(norm) > 3 and norm not in view.honorifics and not is_role_head(norm, load_role_words())
        and nationality_of(norm) is None and norm not in _TIMES and norm not in _PERIODS and not view.is_break(pred.end)
    )


def _light_verb_object_of(view: SentenceView, pred: Predicate, lexicon: Lexicon) -> list[int]:
    """The subject of a light verb whose object ``pred`` is, right after it: «نفذت المقاومة هجوما»
    (VSO), «المقاومة نفذت هجوما» (SVO); [] otherwise («أكد الوزير أهمية الاتفاق» has a word between)."""
    tokens, at = view.sentence.tokens, pred.start - 1
    managed = at > 0 and view.norms[at] in _MANAGING_LINKS and view.slot_at(at) is None
    if managed:
        at -= 1  # «تمكنت القوات الحكومية الصومالية من السيطرة على …»: the noun after «من» is the verb's object
    while at > 0 and pred.start - at <= 3 and view.slot_at(at) is None and (view.norms[at] in _TIMES or _a_count(view.norms[at])):
        at -= 1  # «تخوض الآن معارك», «نفذت أمس هجوما», «نفذت الطائرات التركية فجرا ثلاث ضربات»
    if at > 1 and view.norms[at] in COMMAS and _before_apposition(view, at) < at:
        at = _before_apposition(view, at) - 1  # «شن طيران التحالف العربي، بقيادة السعودية، … ضربات جوية»
    if at < 0:
        return []
    k = view.slot_at(at)
    if k is None:  # «نفذت المقاومة بالمنطقة الوسطى هجوما»: where the subject is from, then the noun
        k = next((view.slot_at(j) for j in range(at - 1, max(at - 4, -1), -1) if view.slot_at(j) is not None), None)
        if k is not None and not _place_phrase(view, view.slots[k].end, at + 1):
            k = None
    if k is None:  # «صعدت المقاومة الشعبية الموالية للرئيس هادي، هجماتها ضد الحوثيين»
        k = _subject_before_allegiance(view, at)
    def carries(token: str) -> bool:  # «شن» carries an attack noun too: «شن طيران التحالف … ضربات جوية»
        if managed:
            return not _MANAGING_VERBS.isdisjoint(trigger_readings(token)[:3])
        return lexicon.is_light_verb(token) or (pred.type == "ATTACK" and not _LAUNCHING.isdisjoint(trigger_readings(token)[:3]))

    led = _led_by_phrase(view, view.slots[k].start) if k is not None else None
    if led is not None and led > 0:  # «شن طيران التحالف العربي، بقيادة السعودية، … ضربات»: who leads the subject
        before = led - 1 if view.norms[led - 1] not in COMMAS else led - 2
        if before > 0 and view.slot_at(before) is None and _nisba_adjective(view.norms[before]):
            before -= 1  # «طيران [التحالف] العربي، بقيادة …» (a 2015-08-06 slice): the adjective NER left out
        k = view.slot_at(before) if before >= 0 else None
    if k is not None:  # VSO: light verb, subject, noun
        start = view.slots[k].start
        if start > 0 and view.norms[start - 1].removeprefix("ال") in _FORCE_HEADS:
            # «نفذت الطائرات التركية فجرا ثلاث ضربات»: the forces the adjective describes; «وبدأت قوات
            # التحالف بقيادة السعودية ضربات جوية» (2015-07-21): the forces of the one named
            start -= 1
        if start == 0 or not carries(tokens[start - 1].text) or view.slots[k].clitic or not view.slots[k].party:
            return []
        return _group(view, k)
    if carries(tokens[at].text) and not lexicon.is_participle(tokens[at].text):
        k = _adjacent_subject(view, at)  # SVO
        return _group(view, k) if k is not None else []
    return []


def _subject_before_allegiance(view: SentenceView, at: int) -> int | None:
    """The actor right before a word of allegiance whose phrase (at most four words, then an
    optional comma) ends at ``at``: «المقاومة الشعبية الموالية للرئيس هادي،»; None otherwise."""
    end = at - 1 if view.norms[at] in COMMAS else at
    for j in range(end, max(end - 4, 0), -1):
        if view.norms[j] in _ALLEGIANCE:
            k = view.slot_at(j - 1)
            return k if k is not None and not _broken(view, j, end + 1) else None
    return None


def _a_count(norm: str) -> bool:
    """A number before a counted noun: «ثلاث ضربات», «27 غارة»."""
    return norm in _COUNTS or norm.isdigit()


def _place_phrase(view: SentenceView, lo: int, hi: int) -> bool:
    """True when tokens ``lo:hi`` are a short place phrase («بالمنطقة الوسطى», «في تعز») naming no one."""
    first = view.norms[lo] if lo < hi else ""
    opens = first in _VENUE_PREPOSITIONS or (view.clitic_preposition(lo) == "ب" and first.startswith("بال"))
    return opens and not any(view.is_break(i) or view.slot_at(i) is not None for i in range(lo, hi))


def _engaged_in(view: SentenceView, pred: Predicate) -> list[int]:
    """The actor right before «في» + ``pred``, who takes part in it: «لمساعدة الحكومة في حربها ضد
    جماعة الشباب», «دعم بلاده للعراق في محاربة تنظيم داعش»; [] otherwise."""
    at = pred.start - 1
    if at < 1 or view.norms[at] != _IN:
        return []
    k = view.slot_at(at - 1)
    if k is None or not view.slots[k].party:  # «… في اليمن في الحرب»: a venue takes no part
        return []
    return _group(view, k)


_PASSIVE_AUXILIARIES = GRAMMAR.passive_auxiliaries
_NAME_ABBREVIATIONS = frozenset({".", "د", "م", "أ"})  # «د.» (doctor), «م.» (engineer), «أ.» (professor) before a name


def _host(view: SentenceView, pred: Predicate, lexicon: Lexicon, fallback: bool = True) -> list[int]:
    """The agent of a verbal noun that has none after it: the subject of the light verb that
    carries it («عقد X اجتماعا», «بعث X، اليوم، ببرقية»), else the actor right before it in
    its clause («لافروف بعد اجتماع»). A noun whose dual or plural pronoun names its agents has no
    single one for host: «وثمن الدكتور الثويني جهود … الأمير سعود … وسمو نائبه ودعمهما» (a 2015-07-26
    slice: the prince's and his deputy's support)."""
    hosts = _host_group(view, pred, lexicon, fallback)
    # not when «من» names the agent after it: the pronoun is then the object («وقدم الأمير مقترحين وتم
    # تأييدهما من مجلس الاتحاد»: the council backed the prince's two proposals)
    agent_after = pred.end < len(view.norms) and view.norms[pred.end] == _FROM
    if len(hosts) == 1 and pred.pos == "noun" and not agent_after and view.sentence.tokens[pred.end - 1].text.endswith(("هما", "هم")):
        return []
    return hosts


def _host_group(view: SentenceView, pred: Predicate, lexicon: Lexicon, fallback: bool) -> list[int]:
    norms = view.norms
    if pred.start > 0 and norms[pred.start - 1] in _PASSIVE_AUXILIARIES and not _PRESENCE.isdisjoint(norms[: pred.start]):
        # «بحضور … ناصر الحجيلان تم تكريم الأستاذ مطر عايد العنزي» (2015-08-01): those who attended did not honour him
        return []
    floor = 0
    for i in range(pred.start - 1, max(pred.start - 30, -1), -1):
        norm = norms[i]
        if norm in _HARD_BREAKS or norm in COMPLEMENTIZERS:
            break
        if (
            norm.removeprefix("و") in _PAST_BE and i + 1 < pred.start and not (i and norms[i - 1] in _TIME_CLAUSE_HEADS)
            and not any(view.is_break(j) for j in range(i + 1, pred.start))
        ):
            # «وكان المدرب اليوناني أبلغ إدارة ناديه في اجتماع سابق» (a 2015-07-21 slice): the clause
            # opens here, and its subject is named after «كان» («وكان أمناء الاتحادات الخليجية واتحادي
            # العراق واليمن قد أنهوا اجتماعهم») or right before it («فإيران كانت على اتصال بـ…»), not earlier;
            # not a clause of time or one closed before the predicate («يوم كانوا في صنعاء، إلى اختطاف …»)
            before = _adjacent_subject(view, i)
            floor = view.slots[before].start if before is not None else i + 1
            break
        if view.slot_at(i) is None and (lexicon.is_light_verb(view.sentence.tokens[i].text) or _hands_over(view, pred, i)):
            if lexicon.is_participle(view.sentence.tokens[i].text):
                return _named_main_subject(view, i)  # «…، معربا عن شكره لـ…»
            if i + 1 < pred.start and norms[i + 1] in _ANAPHORS:
                return []  # «وأبدى الأخير مرونة كبيرة في المفاوضات»: one of those before, unnamed
            k = _adjacent_subject(view, i)
            if k is None:
                k = next((n for n, s in enumerate(view.slots) if i < s.start < pred.start and s.party), None)
                told = k is not None and view.introducer(view.slots[k], i + 1)[0] == "ل" and view.slots[k].start - i <= 3
                if told and k + 1 < len(view.slots) and view.slots[k + 1].start < pred.start:
                    # «أكد ل"الرياض" أسامة النجيفي … دعمه» (a later 2015-08-10 slice): the paper told, then the subject
                    k = k + 1 if view.slots[k + 1].party else None
                if k is not None:
                    intro, distance = view.introducer(view.slots[k], i + 1)
                    titled = intro == BARE or _glued_to_title(view, view.slots[k], distance, i + 1)
                    if not titled or view.slots[k].start - i > 12:
                        k = None
                    else:  # «ورفع وكيل وزارة الزراعة …، المهندس سامي بن سليمان النحيط، أسمى آيات الشكر»
                        k = _person_the_title_names(view, i + 1, k)
            if k is None and i > 1 and norms[i - 1] == _ALSO and norms[i - 2] in COMMAS:
                return _named_main_subject(view, i - 1, opening=True)  # «رفع … منيف المطيري التهنئة …، كما قدم شكره لـ…»: also he
            if k is None and norm[:1] in "وف" and len(norm) > 3:
                return _opening_subject(view, i)  # «أدانت الإمارات الهجوم، وأعربت عن تضامنها مع …»
            if k is None and i + 1 < pred.start and norms[i + 1] in _BACK_POINTERS and not any(norms[j] in COMMAS for j in range(i, pred.start)):
                # «وألقى … نايف القضاب كلمة باسم أهالي القيصومة رفع فيها التهاني لخادم الحرمين الشريفين» (2015-07
                # windows): the speech's speaker, the main clause's subject (not past a comma: «… والتي عبر فيها عن
                # سعادته …، والتي يعود نفعها … واللقاءات», a 2015-07-26 slice)
                return _named_main_subject(view, i)
            if k is not None and _kin_genitive(view, i + 1, view.slots[_first_conjunct(view, k)]):
                return []  # «وقدم والد حسين قريش شكوى» (a 2015-08-07 slice): his father complained, not he
            return _group(view, k) if k is not None else []
    if not fallback:
        return []
    start = pred.start
    if start > 0 and norms[start - 1] in COMMAS and view.clitic_preposition(start) == "ب" and not norms[start].startswith("و"):
        start -= 1  # «نظمت الوزارة المهرجان، بالتعاون مع الجامعة»: a phrase of manner set off by a comma (not «، وبالتعاون»)
    k = _subject_before(view, start, lexicon.window("before"), commas=False)
    head = view.slots[_first_conjunct(view, k)].start if k is not None else None
    if head is not None and (head < floor or _directed_by(view, head)):
        return []
    if k is not None and any(view.norms[i] in _ADDITIONS for i in range(view.slots[k].end, pred.start)):
        return []  # «… مبارك واساكو بالإضافة إلى التعاقد مع … ريفاس» (2015-08-06): another item, not theirs
    if head is not None and start < pred.start and view.slots[k].kind == "LOC" and _relative_clause_subject(view, head):
        # «الظروف التي تعيشها دولة اليمن الشقيق في الوقت الراهن، بالتعاون مع الهيئة العالمية» (2015-08-06,
        # two articles): a country the comma closes a relative clause on is where things happen, not
        # who cooperates (a body there does: «الملتقى الذي ينظمه مكتب رعاية الشباب بالمنطقة، بالتعاون مع …»)
        return []
    if k is not None and _asked_of_others(view, view.slots[k].end, pred.start):
        return []
    led = _led_by_phrase(view, head) if head is not None else None
    if led is not None:
        # «دول مجلس التعاون … بقيادة خادم الحرمين الشريفين الملك سلمان … للوقوف مع الشعب اليمني» (a
        # 2015-07-22 slice): who leads is not who acts; the led one before does
        k = _subject_before(view, led, lexicon.window("before"), commas=False)
    from_after = pred.end < len(norms) and norms[pred.end] == _FROM and norms[pred.start][:1] == "و" and not view.clitic_preposition(pred.start)
    joined = k is not None and pred.start - view.slots[k].end <= 2 and all(
        norms[i][:1] == "و" and view.slot_at(i) is None for i in range(view.slots[k].end, pred.start)
    )  # «ترك ايران وارهابها والتعاون مع دول الخليج» (a later 2015-08-09 slice): Iran's terror, then the noun
    if k is not None and (norms[pred.start].startswith("وال") or from_after) and joined:
        # «رحيل الأردني حمزة الدردور والعاجي الحبيب مايتي والتعاقد مع العراقي مروان حسين» (a 2015-07-23
        # slice): the names right before a definite noun joined by «و» belong to the noun before it
        # (not before «وبدعم من …» or «ولقاؤه بـ…», which are theirs); nor is help from someone named
        # after «من» given to the last of a list: «… ومساعده الوطني عدنان البطيح ومساعدة من المحاضر
        # الدولي إيسي بهامز» (a later 2015-08-09 slice)
        return []
    if (
        k is not None and view.slots[k].end == pred.start - 1 and _object_head(view, pred.start - 1) and norms[pred.start].startswith("ال")
        and _stance_verb_before(view, lexicon, head)
    ):
        # «انتقد … محمد النوفل توقيت التعاقد مع الإنجليزي هارد ويب» (a later 2015-08-09 slice): the noun
        # after the subject of a verb of stance is what he judged, the verbal noun its genitive, no act
        # of his (not «أنهت إدارة نادي الفيحاء إجراءات التعاقد مع …»: the club's own procedures)
        return []
    return _group(view, k) if k is not None else []


def _noun_object_taken(view: SentenceView, pred: Predicate, lo: int, slot) -> bool:
    """A transitive verbal noun («استقبال») whose object, a plain indefinite noun that is no title or
    delegation, stands right after it: an actor further on with a preposition is none of its parties."""
    at = pred.end
    if not (pred.pos == "noun" and pred.entry.transitive and lo == at and slot.start > at + 1 and _object_head(view, at)):
        return False
    norm, words = view.norms[at], load_role_words()
    return not (is_office_head(norm, words) or not GRAMMAR.delegations.isdisjoint(strip_clitics(norm)))


_STANCE_REACH = 8  # tokens from a verb of stance to its subject: titles between


def _stance_verb_before(view: SentenceView, lexicon: Lexicon, at: int) -> bool:
    """True when a verb of support or opposition stands a few tokens before ``at``, in its clause."""
    for i in range(at - 1, max(at - 1 - _STANCE_REACH, -1), -1):
        if view.is_break(i):
            return False
        if view.slot_at(i) is None and any(e.type in _STANCE_TYPES and e.pos == "verb" for e in lexicon.starts(view.sentence.tokens[i].text)):
            return True
    return False


def _object_head(view: SentenceView, i: int) -> bool:
    """Token ``i`` is a plain indefinite noun that can head an object: no article, no clitic
    preposition or «و», no adverb in ـًا, no time word («أمس»), no preposition."""
    norm = view.norms[i]
    return (
        norm.isalpha() and not norm.startswith(("ال", "و", "ف")) and not norm.endswith("ا") and not view.clitic_preposition(i)
        and norm not in _TIMES and norm not in PREPOSITIONS and view.slot_at(i) is None and i not in view.named
    )


_ASKER_REACH = 8  # tokens from a verb of asking to the end of its subject («وطلب الدكتور المحيسن»)


def _hands_over(view: SentenceView, pred: Predicate, i: int) -> bool:
    """Token ``i`` is a verb of handing (``handing_verbs``) whose subject sent ``pred``'s letter:
    no «من» names another sender after the noun."""
    sender_after = pred.end < len(view.norms) and view.norms[pred.end] == _FROM
    return view.norms[i].removeprefix("و") in _HANDING and not sender_after


def _asked_of_others(view: SentenceView, lo: int, hi: int) -> bool:
    """True when a verb of asking and its «من» stand among tokens ``lo:hi``: the act after them is
    asked of those named after «من», not done by who asks («وطلب الدكتور المحيسن من الجميع التعاون
    مع الهيئة», a 2015-07-31 slice)."""
    asks = [i for i in range(max(lo - _ASKER_REACH, 0), hi) if view.norms[i].removeprefix("و") in _REQUESTS]
    return any(
        view.norms[j] == _FROM and not _broken(view, i + 1, j) for i in asks for j in range(max(i + 1, lo), hi)
    )


def _adjective_run(view: SentenceView, at: int) -> int:
    """How many relative adjectives (definite, in -ي/-ية, «و» allowed: «السياسي والاقتصادي») follow
    from ``at`` with no actor among them."""
    n = at
    while n < len(view.norms) and view.slot_at(n) is None:
        norm = view.norms[n].removeprefix("و") if len(view.norms[n]) > 4 else view.norms[n]
        if not (norm.startswith("ال") and len(norm) > 4 and norm.endswith(("ي", "يه"))):
            break
        n += 1
    return n - at


def _indefinite_description(view: SentenceView, at: int) -> int:
    """How many quote marks, «غير» and indefinite relative adjectives («رسمية», «وسرية») follow from
    ``at`` with no actor among them."""
    n = at
    while n < len(view.norms) and view.slot_at(n) is None:
        norm = view.norms[n]
        bare = norm[1:] if norm[:1] == "و" and len(norm) > 4 else norm
        if not (norm in _QUOTES or norm == _NOT or (not is_definite(bare) and len(bare) > 3 and bare.endswith(("يه", "ي")))):
            break
        n += 1
    return n - at


_NOT = normalize_token("غير")
_LED_REACH = 6  # tokens from «بقيادة» to the leader's name: «بقيادة خادم الحرمين الشريفين الملك سلمان»


def _led_by_phrase(view: SentenceView, start: int) -> int | None:
    """The index of «بقيادة», «برئاسة» … (indefinite ``leaders`` glued to ب) right before the actor at
    ``start``, honorifics between; None when there is none."""
    i = start - 1
    while i >= 0 and start - i <= _LED_REACH and view.slot_at(i) is None:
        norm = view.norms[i]
        if view.clitic_preposition(i) == "ب" and is_leader_word(norm):
            return i
        if norm not in view.honorifics:
            return None
        i -= 1
    return None


_DIRECTIVE_REACH = 5  # words from «توجيهات» to the one who gave them: «توجيهات خادم الحرمين الشريفين الملك سلمان»


def _directed_by(view: SentenceView, start: int) -> bool:
    """True when the actor at ``start`` gave directions (``directives``) named right before it,
    titles between: «بناء على توجيهات خادم الحرمين الشريفين الملك سلمان …»."""
    return _word_before(view, start, _DIRECTIVES, _DIRECTIVE_REACH)


def _main_subject(view: SentenceView, pos: int, semicolons: bool = False) -> list[int]:
    """The subject of a participle of manner (حال) at ``pos``: the main clause's, the sentence's
    first bare actor before any complementizer («أكد كيري أن روسيا …، مشيدا بـ…» → كيري), with no
    clause punctuation between it and the participle. An opening «كما» is "also", no clause head."""
    first = 1 if view.norms and view.norms[0] == _ALSO else 0
    # a contrast clause after a comma has its own subject: «عرض … أمين الجميل مع السفير الأميركي …، فيما
    # شدّد سفير مصر محمد بدر الدين زايد بعد لقائه رئيس مجلس النواب نبيه بري» (a 2015-07-31 slice)
    first = max([first, *(i + 1 for i in range(1, pos) if view.norms[i] in _CONTRASTS and view.norms[i - 1] in COMMAS)])
    for k, slot in enumerate(view.slots):
        if slot.start < first:
            continue
        if slot.start >= pos or _broken(view, first, slot.start, commas=False):
            return []
        if _head_with_preposition(view, slot):
            continue  # «التحق مدافع الفريق الكروي بنادي الشباب ماجد المرشدي» (2015-07-31): his club, in his title
        if slot.party and not slot.clitic and not _governed(view, slot.start):
            breaks = _HARD_BREAKS - _SEMICOLONS if semicolons else _HARD_BREAKS
            if any(view.norms[i] in breaks for i in range(slot.end, pos)):
                return []
            if _unnamed_subject(view, slot.start):
                return []
            return _group(view, k)
    return []


def _named_main_subject(view: SentenceView, pos: int, opening: bool = False) -> list[int]:
    """The main subject (:func:`_main_subject`) as the sentence names it: for a body in a role's
    title, the person the title names («توقع رئيس هيئة قناة السويس الفريق مهاب مميش …، مشيدا»),
    or no one when he is unnamed («وأكد مدير جامعتي الملك عبدالعزيز وجدة …، كما توجه بالشكر»).
    ``opening``: the subject must stand right after the sentence's verb, titles between at most
    («كما رفع عضو المجلس البلدي بالعاصمة المقدسة منيف المطيري …»; not the object of «قدم رئيس
    الوطني شكره لصاحب السمو الملكي الأمير فهد بن سلطان»)."""
    group = _main_subject(view, pos)
    if not group:
        return group
    head = view.slots[group[0]]
    if head.kind != "PER" and head.start and is_role_head(view.norms[head.start - 1], load_role_words()):
        person = _person_the_title_names(view, 0, group[0])
        if person == group[0]:
            return []
        group, head = _group(view, person), view.slots[person]
    verb = 1 if view.norms and view.norms[0] in (_ALSO, "و") else 0
    if opening and not (verb < head.start and view.slot_at(verb) is None and _title_run(view, verb + 1, head.start)):
        return []
    return group


def _title_run(view: SentenceView, lo: int, hi: int) -> bool:
    """True when tokens ``lo:hi`` are honorifics, or a role head with its definite words, places
    and bodies («عضو المجلس البلدي بالعاصمة المقدسة»), or nothing."""
    words, norms = load_role_words(), view.norms
    headed = False
    for i in range(lo, hi):
        norm = norms[i]
        if is_role_head(norm, words) or norm in words.office_heads:
            headed = True
            continue
        if norm in view.honorifics:
            continue
        if headed and (norm.startswith(("ال", "لل", "بال")) or norm in words.title_links or view.slot_at(i) is not None):
            continue
        return False
    return True


def _head_with_preposition(view: SentenceView, slot) -> bool:
    """True when a body's name opens with its head glued to ب or ل («بنادي الشباب», «لوزارة
    الخارجية»): the preposition governs it, and it is no subject."""
    norm = view.norms[slot.start]
    return slot.kind == "ORG" and norm[:1] in "بل" and norm[1:] in ORG_WORDS.construct_heads


def _unnamed_subject(view: SentenceView, start: int) -> bool:
    """«وطالب الأزهر إيران …، معربا عن تضامنه مع …»: a definite noun right after the opening
    verb, no actor and no title, is the subject no actor stands for; the actor after it is the object."""
    if start < 2 or view.slot_at(1) is not None or view.norms[0].removeprefix("و").startswith("ال"):
        return False  # «المستشارة الألمانية أنجيلا ميركل تدعو»: no verb opens the sentence
    norm = view.norms[1]
    if not norm.startswith("ال") or len(norm) <= 3 or norm in view.honorifics or view.is_break(1):
        return False
    return nationality_of(norm) is None


def _elided_subject(view: SentenceView, pred: Predicate, stops: _Stops) -> list[int]:
    """«وصل الرئيس السيسي إلى الرياض، والتقى خلال الزيارة الملك سلمان»: a verb joined by و to a
    clause whose verb is no trigger shares that clause's subject, when its own object or
    preposition or the noun it carries follows it (not a noun that may be its subject: «واستقبل
    أهالي البرك …») and the subject opens the sentence (a verb and titles before it at most)."""
    if pred.start > 0 and stops.covers(pred.start - 1):
        return []  # «دعم وتضامن بلادها»: a noun joined to the one before, no verb
    after = pred.end
    while after < len(view.norms) and view.norms[after] in _FILLERS:
        after += 1
    if after >= len(view.norms):
        return []
    opener = view.slot_at(after) is not None or view.norms[after] in PREPOSITIONS or view.clitic_preposition(after)
    # places struck are no subject: «وردت القوات المسلحة السعودية على مصدر القذائف …، حيث دكت مواقع
    # المتمردين الحوثيين» (2015-07-25 dev)
    opener = opener or (pred.type == "ATTACK" and view.norms[after] in _OWNED_TARGETS)
    if not opener and not stops.carried_at(pred, after):
        return []
    return _opening_subject(view, _clause_start(view, pred))


def _opening_subject(view: SentenceView, pos: int) -> list[int]:
    """The main subject (:func:`_main_subject`) of the verb at ``pos`` when it opens the
    sentence (at most a verb and titles before it: «وغيرت تركيا», «وصل الرئيس المصري …») and no
    complementizer stands between («وقال شترايتر إن ميركل أكدت …، وتضامن»: the verb may be the
    reported clause's)."""
    group = _main_subject(view, pos)
    if not group:
        return []
    head = view.slots[group[0]]
    norms = view.norms
    if any(norms[i] in COMPLEMENTIZERS and norms[i - 1] not in _TIME_CLAUSE_HEADS for i in range(head.end, pos)):
        return []  # «بعد أن احتفظت» is a time, not what someone said
    return group if _opens_sentence(view, head) else []


def _opens_sentence(view: SentenceView, head) -> bool:
    """True when at most a verb and titles stand before the slot ``head``, after an opening phrase
    set off by a comma («إلى ذلك، ردت القوات المسلحة السعودية …», 2015-07-25 dev; «من جهة أخرى،»)."""
    lead = _opening_phrase_end(view)
    return head.start >= lead and head.start - lead - view.title_words(lead, head.start) <= _ELIDED_REACH


_OPENING_PHRASE_REACH = 4  # tokens before the comma that closes a sentence's opening phrase («في غضون ذلك،»)


def _opening_phrase_end(view: SentenceView) -> int:
    """The token after the comma that closes a short opening phrase naming no actor, else 0."""
    for i in range(min(_OPENING_PHRASE_REACH + 1, len(view.norms))):
        if view.slot_at(i) is not None:
            return 0
        if i and view.norms[i] in COMMAS:
            return i + 1
    return 0


def _agency_holder(view: SentenceView, pred: Predicate) -> int | None:
    """«دور المملكة العربية السعودية المحوري في مساندة …», «جهود الأمانة لدعم …»: the actor named
    right after a noun of a part played (``agency_nouns``) that the verbal noun follows with «في» or
    «لـ», in the same clause (commas may set off what describes the actor: «دور التحالف العربي بقيادة
    المملكة العربية السعودية، في مساندة المقاومة الشعبية», 2015-07-22 dev); None otherwise."""
    norms = view.norms
    if not (pred.start and norms[pred.start - 1] == _IN) and view.clitic_preposition(pred.start) != "ل":
        return None
    top = pred.start - 1 if norms[pred.start - 1] == _IN else pred.start
    for i in range(top - 1, max(top - 1 - _AGENCY_REACH, -1), -1):
        if view.is_break(i, commas=False) or norms[i] in PREPOSITIONS:
            return None
        if view.slot_at(i) is None and any(r in _AGENCY_NOUNS for r in trigger_readings(view.sentence.tokens[i].text)[:4]):
            k = view.slot_at(i + 1)
            return k if k is not None and view.slots[k].party else None
    return None


def _subject_before(view: SentenceView, pos: int, window: int, commas: bool) -> int | None:
    """The nearest bare, non-venue actor before ``pos`` in the same clause."""
    for k in range(len(view.slots) - 1, -1, -1):
        slot = view.slots[k]
        if slot.end > pos:
            continue
        if pos - slot.end > window or _broken(view, slot.end, pos, commas=not commas):
            return None
        if not slot.party or _plural_genitive(view, slot.start):
            continue
        if (slot.clitic or _governed(view, slot.start)) and not view.owner_of_places(slot):
            continue  # «ثلاث مواقع لـ«داعش»» is «مواقع داعش»
        if _relative_clause_object(view, slot):
            continue  # «خالد العبيدي الذي يزور روسيا، …، وقع الاتفاق» (2015-08-01): Russia is what he visits
        first = _first_conjunct(view, k)
        head = view.slots[first].start
        governed = view.norms[head - 1] in PREPOSITIONS or (head > 1 and view.norms[head - 2] in PREPOSITIONS and view.slot_at(head - 1) is None)
        if first != k and head > 0 and governed:
            # «تحريرها من الميليشيات الحوثية وصالح، بالتنسيق مع …», «حررت … من قبضة الحوثيين وقوات صالح …،
            # بدعم من قوات التحالف» (2015-08-06): a preposition governs the list
            continue
        return k
    return None


def _relative_clause_subject(view: SentenceView, start: int) -> bool:
    """The actor at ``start`` is the subject of a relative clause's verb that carries its object
    pronoun: «الظروف التي تعيشها دولة اليمن», «الحملة التي تقودها السعودية»."""
    if start >= 3 and view.norms[start - 1] in load_polities().state_heads:
        start -= 1  # «التي تعيشها دولة اليمن»: the state's head word before its name
    verb = view.sentence.tokens[start - 1].text if start >= 2 else ""
    return (
        start >= 2 and view.norms[start - 2] in _RELATIVES and view.slot_at(start - 1) is None
        and not view.norms[start - 1].startswith("ال") and verb.endswith(("ه", "ها", "هم", "هما"))
    )


def _relative_clause_object(view: SentenceView, slot) -> bool:
    """The actor is the bare object of a relative clause's verb right after another actor: «X الذي
    يزور روسيا»."""
    i = slot.start
    return (
        i >= 3 and not slot.clitic and view.norms[i - 2] in _RELATIVES and view.slot_at(i - 1) is None
        and view.slot_at(i - 3) is not None and not view.norms[i - 1].startswith("ال")
    )


def _group(view: SentenceView, k: int) -> list[int]:
    """The conjoined actors «X وY وZ» that slot ``k`` belongs to; «أنه والملك سلمان» adds the
    main subject the pronoun stands for."""
    first = _first_conjunct(view, k)
    group = [c for c in view.conjuncts(first) if view.slots[c].party]
    head = view.slots[first]
    i = head.start
    while i > 0 and not head.conj and view.norms[i - 1].removeprefix("و") in view.honorifics:
        i -= 1  # «أنه والملك سلمان»: the title carries the و
    joined = head.conj or (i < head.start and view.norms[i].startswith("و"))
    if joined and i > 0 and view.norms[i - 1] in PRONOUN_COMPLEMENTIZERS:
        main = _subject_before(view, i - 1, len(view.norms), commas=True)
        if main is not None and main not in group:
            group.insert(0, main)
    return group


def _plural_genitive(view: SentenceView, start: int) -> bool:
    """«توجيهات خادم الحرمين الشريفين الملك سلمان»: a name (with its titles) right after a plural
    noun in «ـات» is that noun's genitive, no subject."""
    i = start
    while i > 0 and view.norms[i - 1] in view.honorifics:
        i -= 1
    if i == 0 or view.slot_at(i - 1) is not None:
        return False
    norm = view.norms[i - 1].removeprefix("و")
    return len(norm) >= 5 and norm.endswith("ات") and not norm.startswith("ال")


def _first_conjunct(view: SentenceView, k: int) -> int:
    """The first slot of the «X وY وZ» that slot ``k`` belongs to."""
    while k > 0 and k in view.conjuncts(k - 1):
        k -= 1
    return k


def _broken(view: SentenceView, lo: int, hi: int, commas: bool = True) -> bool:
    """True when a clause boundary lies among tokens ``lo:hi``."""
    return any(view.is_break(i, commas) for i in range(lo, hi))


def _past_apposition(view: SentenceView, lo: int, hi: int, own: set[int]) -> int | None:
    """Where the search for an actor at ``hi`` reads from: ``lo``, or the token after an
    apposition or adverbial set off by two commas that names no one but the predicate's own
    actors (``own``) or a venue («انتقد رمطان لعمامرة، وزير الخارجية الجزائري، تصريحات ساركوزي»);
    None when a clause boundary lies between (as :func:`_broken`)."""
    names = {view.slots[k].actor for k in own}
    start, i = lo, lo
    while i < hi:
        if view.is_break(i, commas=False):
            return None
        if view.norms[i] in COMMAS:
            close = next((j for j in range(i + 1, min(hi, i + 1 + _APPOSITION)) if view.norms[j] in COMMAS), None)
            if close is None and i + 1 < hi and all(view.norms[j] in PREPOSITIONS for j in range(i + 1, hi)):
                return i + 1  # «طلبت إريتريا اليوم، من الأمم المتحدة، …»: the partner set off by commas
            if close is None and i == lo and i + 1 < hi <= i + _GLUED_OBJECT_REACH and view.clitic_preposition(i + 1) in ("ب", "ل"):
                # «ونوه الدكتور الشمري، بمشاركة فريق الصقور السعودية» (a 2015-08-10 slice): the comma closes the
                # subject; the object opens with its preposition
                return i + 1
            if close is None and i == lo and (_titled_person(view, i + 1, hi) or _title_holding_body(view, i + 1, hi)):
                return i + 1  # «طالب الفنان حسن عسيري، وزير التعليم الدكتور عزام الدخيل، بضم …»: the object
            if close is None and i == lo and i + 1 < hi and view.norms[i + 1] in _PRAISED and (i + 2 == hi or _titled_person(view, i + 2, hi)):
                # «ثمن رئيس … الشيخ محمد الجزاع، جهود صاحب السمو الملكي الأمير سعود …» (a later 2015-08-09
                # slice), «…، اهتمام خادم الحرمين الشريفين الملك سلمان» (a 2015-07-31 window): the comma
                # closes a long subject, the part played or the care given is the object's
                return i + 1
            if close is None and i == lo and (past := _title_then_time(view, i + 1, hi)) is not None:
                return past  # «والتقى إبراهيم محلب، رئيس الوزراء المصري يوم السبت وزير الدفاع الفرنسي …»: the time ends the title
            if close is None and i == lo and i + 1 < hi and view.norms[i + 1] in _SIGNED_THINGS:
                return i + 1  # «وقع مدير الجامعة … عبد الرحمن اليوبي، اتفاقية تعاون … مع جامعة أكسفورد»: what he signed
            if close is None and i == lo and i + 1 == hi and len(own) >= 2:
                return i + 1  # «اتهمت الحكومة اليمنية المقيمة وقوات التحالف، الحوثيين»: a comma closes a compound subject
            if close is None and i + 1 == hi and i > start and role_before_name(view.norms[start:i], load_role_words()):
                return i + 1  # «… بالرياض، وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش»: a title, a comma, its name
            # «طائرات التحالف، الذي تقوده المملكة،»: who is named there describes the actor right before
            # the comma; after any other word («هجوم «شارلي إيبدو» في باريس، الذي …، تستفيق فرنسا») the
            # clause after it may be a new one
            relative = i == lo and view.norms[i + 1] in _RELATIVES
            led = i == lo and close is not None and _led_by_aside(view, i + 1, close)  # «، بقيادة السعودية،»
            if close is None or _broken(view, i + 1 + relative, close, commas=False) or not (relative or led or _only_own(view, i + 1, close, names)):
                return None
            first = view.norms[i + 1]
            if _opens_clause(view, first):
                return None  # «، ثم غادر،», «، وقال …»: a clause of its own, not an apposition
            start = i = close + 1
            continue
        i += 1
    return start


def _person_between(view: SentenceView, lo: int, hi: int) -> bool:
    """A person is named in tokens ``lo:hi``: «التقى الدكتور نبيل العربي الأمين العام للجامعة العربية ستيفان دي
    ميستورا …» (a 2015-07-21 slice) is no title that long; it ends where the guest is named."""
    return any(s.kind == "PER" and lo <= s.start < hi for s in view.slots)


def _opens_clause(view: SentenceView, first: str) -> bool:
    """True when the word after a comma opens a clause of its own: «ثم», or «و»/«ف» glued to a word that
    is no honorific («، وقال», «، فأكد»); not «ولي» (a title) nor «في» (where: «، في جدة،»)."""
    return first in _THEN or (first[:1] in "وف" and first not in view.honorifics and first not in _BARE_PREPOSITIONS)


_BARE_PREPOSITIONS = frozenset(p for p in PREPOSITIONS if not p.startswith("و"))


def _title_then_time(view: SentenceView, lo: int, hi: int) -> int | None:
    """Past a title opened at ``lo`` (a role head, then definite or title words) and the time words
    that close it, before ``hi``: where the object's phrase starts; None when ``lo`` opens no title
    or no time word follows it."""
    words = load_role_words()
    if lo >= hi or not is_role_head(view.norms[lo], words):
        return None
    i = lo + 1
    while i < hi and view.slot_at(i) is None and view.norms[i] not in _TIMES and (
        view.norms[i].startswith("ال") or is_role_head(view.norms[i], words) or view.norms[i] in view.honorifics
    ):
        i += 1
    if i >= hi or view.norms[i] not in _TIMES or i - lo > words.title_reach:
        return None
    while i < hi and view.norms[i] in _TIMES:
        i += 1
    return i


def _in_relative_apposition(view: SentenceView, lo: int, at: int) -> bool:
    """True when token ``at`` lies in a relative clause set off by two commas right after ``lo``
    («طائرات التحالف، الذي تقوده المملكة،»): whoever it names describes the actor before it (as
    :func:`_past_apposition` reads such a clause)."""
    opening = next((i for i in range(at - 1, lo - 1, -1) if view.norms[i] in COMMAS), None)
    if opening != lo or at - opening > _APPOSITION or view.norms[opening + 1] not in _RELATIVES:
        return False
    close = next((j for j in range(at, opening + 1 + _APPOSITION) if j < len(view.norms) and view.norms[j] in COMMAS), None)
    return close is not None and not _broken(view, opening + 2, close, commas=False)


def _titled_person(view: SentenceView, lo: int, hi: int) -> bool:
    """True when a person's name starts at ``hi`` after his title, from ``lo``
    («وزير التعليم الدكتور عزام الدخيل»): a named person, not an apposition of the one before."""
    k = view.slot_at(hi)
    if k is None or view.slots[k].kind != "PER" or view.slots[k].start != hi:
        return False
    title = view.norms[lo:hi]
    words = load_role_words()
    # «شكر … المحيسن، خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، على …» (2015-07-31): honorifics only
    honoured = bool(title) and all(w in view.honorifics for w in title)
    if honoured or role_before_name(title, words):
        return True  # a bare name after a comma may be a list's
    # an office, a place perhaps named in it: «وشكر القضاب، محافظ حفر الباطن عبدالمحسن بن محمد العطيشان»
    # (2015-07-21), «وشكر عدنان مندورة …، سمو محافظ جدة الأمير مشعل بن ماجد» (2015-07-27)
    first = view.past_honorifics(lo, hi)
    return (
        first < hi and len(title) <= words.title_reach and not words.office_heads.isdisjoint(strip_clitics(view.norms[first]))
        and not _conjoined_title(view, lo, hi, words, ranks=True) and _untitled_words(view, first + 1, hi) <= 1
    )


def _title_holding_body(view: SentenceView, lo: int, hi: int) -> bool:
    """A title opens at ``lo`` and holds the body at ``hi``, and a person is named where it ends: «،
    الرئيس التنفيذي بشركة الشارقة للبيئة فهد بن علي شهيل» (a 2015-08-09 slice has «للعمليات» in it too)."""
    k = view.slot_at(hi)
    if k is None or view.slots[k].kind not in ("ORG", "LOC") or not _title_word(view, view.norms[lo], load_role_words()):
        return False
    return _person_the_title_names(view, lo, k) != k


def _before_apposition(view: SentenceView, close: int) -> int:
    """Where the actor an apposition describes ends, for the comma at ``close`` that closes it
    («رمطان لعمامرة، وزير الخارجية الجزائري،»); ``close`` itself when no such apposition opens
    before it (as :func:`_past_apposition`, read backwards)."""
    for j in range(close - 1, max(close - 1 - _APPOSITION, 0), -1):
        if view.norms[j] not in COMMAS:
            continue
        k = view.slot_at(j - 1)
        first = view.norms[j + 1] if j + 1 < close else ""
        if (
            k is None
            or not first
            or _broken(view, j + 1, close, commas=False)
            or _opens_clause(view, first)
            or not (_only_own(view, j + 1, close, {view.slots[k].actor}) or _led_by_aside(view, j + 1, close))
        ):
            return close + 1
        return j
    return close + 1


def _inside_led_by_aside(view: SentenceView, lo: int, slot) -> bool:
    """True when ``slot`` lies in a «بقيادة X» aside set off by commas right at ``lo``."""
    if lo >= len(view.norms) or view.norms[lo] not in COMMAS:
        return False
    close = next((j for j in range(lo + 1, min(len(view.norms), lo + 1 + _APPOSITION)) if view.norms[j] in COMMAS), None)
    return close is not None and lo < slot.start < close and _led_by_aside(view, lo + 1, close)


def _led_by_aside(view: SentenceView, lo: int, hi: int) -> bool:
    """True when tokens ``lo:hi`` are «بقيادة X» alone (``leaders`` glued to «بـ», honorifics and one
    actor's conjuncts after it): «طيران التحالف العربي، بقيادة السعودية، …» describes the coalition."""
    if hi - lo < 2 or view.clitic_preposition(lo) != "ب" or not is_leader_word(view.norms[lo]):
        return False
    k = view.slot_at(view.past_honorifics(lo + 1, hi))
    return k is not None and view.slots[view.conjuncts(k)[-1]].end == hi


def _only_own(view: SentenceView, lo: int, hi: int, names: set[str]) -> bool:
    """True when every actor among tokens ``lo:hi`` is one of ``names`` or a venue."""
    for i in range(lo, hi):
        k = view.slot_at(i)
        if k is not None and view.slots[k].actor not in names and not view.slots[k].venue:
            return False
    return True


def _all_places(view: SentenceView, slots: Sequence[int]) -> bool:
    """«لقاءات لاوس وجنيف»: places after a meeting noun name where the meetings were."""
    return all(view.slots[k].kind == "LOC" for k in slots)


def _two_camps(view: SentenceView, slots: Sequence[int], allies) -> bool:
    """True when the actors of ``slots`` fall into exactly two groups, each of allies (``sides.yaml``)
    and no one allied across: the two sides of a clash, however many are named."""
    camps: list[list[str]] = []
    for actor in dict.fromkeys(view.slots[k].actor for k in slots):
        camp = [c for c in camps if all(allies.allied(actor, other) for other in c)]
        if len(camp) > 1 or (not camp and len(camps) == 2):
            return False
        if camp:
            camp[0].append(actor)
        else:
            camps.append([actor])
    return len(camps) == 2 and not any(allies.allied(a, b) for a in camps[0] for b in camps[1])


def _all_pairs(view: SentenceView, slots: Sequence[int], roster: int | None = _ROSTER) -> Iterator[Link]:
    """Every pair of ``slots``; none from a list of ``roster`` or more (a team sheet is no meeting)."""
    unique = list(dict.fromkeys(slots))
    if roster is not None and len({view.slots[k].actor for k in unique}) >= roster:
        return
    for n, a in enumerate(unique):
        for b in unique[n + 1 :]:
            yield Link(a, b)
