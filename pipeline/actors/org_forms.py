"""Within one article, the short and long forms of one organisation's name are one actor.

An article names an organisation in full once and shortens it after, or the other way
round, and NER tags each form: «الشركة القابضة للكيماويات» and «القابضة للكيماويات»,
«سابك» and «سابك السعودية». Persons have the same rule (:func:`~.names.extends`); this
is the organisation equivalent, on the normalised tokens of non-registry ORG ids
(``org:…``). Two forms are related when, after a trailing country adjective is set
aside (the *core*):

* the cores are equal: «سابك» / «سابك السعودية»;
* the shorter core is the longer one without leading head nouns: «القابضة للكيماويات» of
  «الشركة القابضة للكيماويات», «فيردي» of «اتحاد فيردي» (not one definite word: «التعاون»
  is cooperation as often as «منظمة التعاون الإسلامي»);
* the shorter core is the longer one without a trailing «لـ» complement: «اللجنة العليا» of
  «اللجنة العليا للإغاثة», «بدرخان» of «بدرخان للثقافة والفنون»;
* a one-word core is the last word of a two-word proper name: «يونايتد» of «مانشستر يونايتد».

Only an adjective of another kind never joins (الجيش السوري / الجيش السوري الحر are two
actors). Forms are grouped when related; a group merges only when every two of its forms
are related and it holds at most one country adjective, so two bodies that share a head
(وزارة الصحة / وزارة التعليم) or a short form (وزارة الخارجية with الأمريكية and الروسية)
stay apart. A form must hold a word that is neither a head nor a country adjective
(«الجيش السوري» is never anyone's short form). The group's node is a proper name without
head or article when the group has one (سابك, برشلونة, هيومن رايتس ووتش: what other articles
call it), else the form with the longest core and, of a name built on a head noun (البنك
المركزي, which many countries have), the form with the country adjective.

An organisation's other name in brackets or quotes right after its name, «ائتلاف اليسار
(سيريزا)», «جماعة القوات المسلحة الثورية الكولومبية المتمردة «فارك»», is the same body too
(:func:`apposed_aliases`).

Pure: ids in, redirects out; the word lists are those of :mod:`.org_names`,
:mod:`.names` and :mod:`.clubs`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from ..types import LinkedMention
from .clubs import CLUB_WORDS, club_name
from .nationalities import nationality_of
from .names import WORDS, id_tokens
from .org_names import ORG_WORDS

__all__ = ["apposed_aliases", "org_form_redirects"]

_BARE_HEADS = (
    ORG_WORDS.construct_heads
    | ORG_WORDS.adjective_heads
    | ORG_WORDS.name_heads
    | ORG_WORDS.definite_heads
    | ORG_WORDS.demonym_heads
    | WORDS.institution_heads
    | CLUB_WORDS.club_heads
) - ORG_WORDS.ministry_fields  # «الصحة السعودية» names a ministry by its field: informative
# Head nouns, bare and with the article: they say what kind of body, not which one.
HEADS = _BARE_HEADS | frozenset("ال" + h for h in _BARE_HEADS)


_Form = tuple[tuple[str, ...], tuple[str, ...]]  # (core, trailing country adjectives)


def _split(tokens: tuple[str, ...], demonyms: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(core, trailing country adjectives); the core keeps a word that is no head.

    >>> _split(("سابك", "السعوديه"), frozenset({"السعوديه"}))
    (('سابك',), ('السعوديه',))
    >>> _split(("الجيش", "السوري"), frozenset({"السوري"}))
    (('الجيش', 'السوري'), ())
    """
    end = len(tokens)
    while end > 1 and tokens[end - 1] in demonyms:
        end -= 1
    if not _informative(tokens[:end], demonyms):
        return tokens, ()
    return tokens[:end], tokens[end:]


def _informative(tokens: tuple[str, ...], demonyms: frozenset[str]) -> bool:
    return any(t not in HEADS and t not in demonyms for t in tokens)


def _lam(extra: tuple[str, ...]) -> bool:
    """Words that are a «لـ» complement: «للاغاثه», «لحقوق الانسان»; not «لينك» of «سي لينك».

    >>> _lam(("للاغاثه",)), _lam(("لحقوق", "الانسان")), _lam(("لينك",))
    (True, True, False)
    """
    first = extra[0]
    return first.startswith("لل") or (first.startswith("ل") and len(extra) > 1 and extra[-1].startswith("ال"))


def _related(a: _Form, b: _Form, home: str = "") -> bool:
    """Forms ``a`` and ``b`` (core, tail) name one body: equal cores, or one core is the other
    less heads or a «لـ» tail. Not when their country adjectives name two countries, a bare form
    standing for ``home``, the outlet's, when the name is a listed club's common word, which several
    countries' clubs bear («النصر الإماراتي» is not the Saudi paper's «النصر»; «ريال مدريد الإسباني»
    is «ريال مدريد»)."""
    if _two_countries(a[1], b[1], home) and _common_club(a[0]) and _common_club(b[0]):
        return False
    if a[0] == b[0] or _located(a[0]) == _located(b[0]):
        return True
    (short, tail), (long, _) = (a, b) if len(a[0]) < len(b[0]) else (b, a)
    extra = len(long) - len(short)
    if extra <= 0:
        return False
    if extra == 1 and long[:-1] == short and long[-1].startswith("وال") and len(short) > 1:
        # «وزارة التجارة» of «وزارة التجارة والصناعة», «هيئة السياحة» of «هيئة السياحة والآثار»:
        # the full name's second field left out (2015-07-21 dev5)
        return True
    if long[extra:] == short and all(t in HEADS for t in long[:extra]):
        # One definite word is a common noun as often as a name: «التعاون» of «منظمة التعاون»
        # (with its country, «الاتصالات السعودية», it is a name; so is a known outlet, «الجزيرة»).
        return len(short) + len(tail) > 1 or not short[0].startswith("ال") or short in ORG_WORDS.quoted_outlets
    if _directorate_of(long, short):
        return True
    if len(long) == 2 and len(short) == 1 and long[1] == short[0] and _proper(long[0]) and _proper(short[0]):
        # «يونايتد» of «مانشستر يونايتد», «فيرونا» of «هيلاس فيرونا»: a two-word proper name
        # shortened to its last word (two such names in one article stay apart: _one_body)
        return True
    return long[: len(short)] == short and _lam(long[len(short) :])


def _directorate_of(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """«المديرية العامة للشؤون الصحية بمنطقة مكة» and «الشؤون الصحية بمنطقة مكة» (2015-07-25 actor dev
    part 8): a head (and «العامة») before «لـ» + affairs (``plural_heads``) names the affairs directorate
    itself. Not any body's secretariat: «الأمانة العامة للجامعة العربية» is no «الجامعة العربية».

    >>> _directorate_of(("المديريه", "العامه", "للشؤون", "الصحيه"), ("الشؤون", "الصحيه"))
    True
    >>> _directorate_of(("الامانه", "العامه", "للجامعه", "العربيه"), ("الجامعه", "العربيه"))
    False
    """
    if not short or not short[0].startswith("ال") or short[0][2:] not in ORG_WORDS.plural_heads:
        return False
    at = 1 + (len(long) > 1 and long[1] in _GENERAL)
    return long[0] in HEADS and long[at:at + 1] == ("لل" + short[0][2:],) and long[at + 1 :] == short[1:]


def _common_club(core: tuple[str, ...]) -> bool:
    """A listed club named by one definite common word («النصر», «الأهلي»)."""
    club = club_name(core)
    return club is not None and len(club) == 1 and club[0].startswith("ال")


def _two_countries(tail_a: tuple[str, ...], tail_b: tuple[str, ...], home: str) -> bool:
    """The country adjectives closing two forms name different countries (an empty tail is ``home``).

    >>> _two_countries(("الاماراتي",), (), "sa"), _two_countries(("السعودي",), (), "sa"), _two_countries(("الاماراتي",), (), "")
    (True, False, False)
    """
    codes = [nationality_of(t[-1]) if t else home for t in (tail_a, tail_b)]
    return all(codes) and codes[0] != codes[1]


_IN = "في"


def _located(core: tuple[str, ...]) -> tuple[str, ...]:
    """One spelling for a place after the name: «الشؤون الصحية في منطقة مكة المكرمة», «… بمنطقة مكة
    المكرمة» (2015-07-21 dev5) and «… بمكة المكرمة» are one; a closing «العام» is left out.

    >>> _located(("الشوون", "الصحيه", "في", "منطقه", "مكه"))
    ('الشوون', 'الصحيه', 'بمكه')
    >>> _located(("مستشفي", "العقيق", "العام")), _located(("الاداره", "العامه", "للطرق", "بمنطقه", "الباحه"))
    (('مستشفي', 'العقيق'), ('الاداره', 'العامه', 'للطرق', 'بالباحه'))
    """
    out: list[str] = []
    for i, token in enumerate(core):
        if i > 0 and core[i - 1] == _IN and out and out[-1] == _IN:
            out[-1] = "ب" + token
        else:
            out.append(token)
    # «بمنطقة الباحة» is «بالباحة» (2015-07-25 actor dev part 8: two nodes for one directorate)
    i = 0
    while i < len(out) - 1:
        if out[i] in _IN_REGION:
            out[i : i + 2] = ["ب" + out[i + 1]]
        i += 1
    # a hospital's «العام» ("general") is often left out: «مستشفى العقيق العام» is «مستشفى العقيق»
    # (actor dev parts 5 and 7)
    if len(out) > 2 and out[-1] in _GENERAL:
        out.pop()
    return tuple(out)


_IN_REGION = frozenset({"بمنطقه", "بمحافظه"})
_GENERAL = frozenset({"العام", "العامه"})


def _proper(token: str) -> bool:
    """A word that is no head noun, no definite word and no function word: part of a proper name."""
    return token not in HEADS and not token.startswith("ال") and token not in WORDS.connectors and len(token) > 2


def org_form_redirects(org_ids: Iterable[str], demonyms: frozenset[str] = ORG_WORDS.demonyms, home: str = "") -> dict[str, str]:
    """Map each ``org:`` id of one article to the form of its name the article's node takes.

    Parameters
    ----------
    org_ids
        The article's non-registry organisation ids (others are ignored).
    demonyms
        Normalised country adjectives (the registry's and ``org_names.yaml``'s).
    home
        The outlet's country code, what a form with no country adjective stands for ("": unknown).

    Returns
    -------
    dict
        id → id of the group's node, for the ids that move.

    >>> org_form_redirects({"org:الشركه_القابضه_للكيماويات", "org:القابضه_للكيماويات"})
    {'org:القابضه_للكيماويات': 'org:الشركه_القابضه_للكيماويات'}
    >>> org_form_redirects({"org:وزاره_الصحه", "org:وزاره_التعليم"})
    {}
    """
    forms: dict[str, _Form] = {}
    for actor_id in org_ids:
        if actor_id.startswith("org:"):
            tokens = id_tokens(actor_id)
            core, tail = _split(tokens, demonyms)
            if _informative(core, demonyms):
                forms[actor_id] = (core, tail)
    ids = sorted(forms)
    # Groups of related forms (union-find over the few ORG ids of one article).
    parent = {a: a for a in ids}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if _related(forms[a], forms[b], home):
                parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for a in ids:
        groups.setdefault(root(a), []).append(a)
    redirect = {}
    for members in groups.values():
        if len(members) < 2 or not _one_body(members, forms):
            continue
        node = max(members, key=lambda a: _node_rank(a, forms[a]))
        redirect.update({a: node for a in members if a != node})
    return redirect


def _node_rank(actor_id: str, form: _Form) -> tuple:
    """A bare proper name first (سابك of «شركة سابك»); else the longest core, and of a
    name built on a head (البنك المركزي, shared by many countries) the country's form."""
    core, tail = form
    if not core[0].startswith("ال") and HEADS.isdisjoint(core):
        # a proper name (سابك, هيومن رايتس ووتش): what other articles call it, the shorter one
        # («بدرخان» of «بدرخان للثقافة والفنون»), except a two-word proper name against its last
        # word («مانشستر يونايتد», not «يونايتد»)
        size = len(core) if len(core) == 2 and all(map(_proper, core)) else -len(core)
        return 1, size, not tail, actor_id
    specific = bool(tail) if core[0] in HEADS else not tail
    # a second field after «و» may be a second body («وزارة العمل والتجارة», 2015-08-01): the
    # form without it names the node
    size = len(core) - 2 if core[-1].startswith("وال") else len(core)
    return 0, size, specific, actor_id


def _one_body(members: list[str], forms: dict[str, _Form]) -> bool:
    """Every two forms related, and at most one country adjective among them."""
    if len({forms[a][1] for a in members} - {()}) > 1:
        return False
    return all(_related(forms[a], forms[b]) for i, a in enumerate(members) for b in members[i + 1 :])


# Between a name and its other name: an opening bracket or quote, maybe after one definite
# word («الكولومبية المتمردة «فارك»»); after it, the closing one.
# a straight quote opens only glued to the name after it: in «… للتوزيع "أدنوك للتوزيع" وشركة بترول
# الإمارات الوطنية "أينوك"» (2015-07-23) the quote after «أدنوك للتوزيع» closes it and opens nothing
_OPENING = re.compile(r"\s*(?:ال\w+\s*)?(?:[(«“]\s*|\")")
_CLOSING = re.compile(r"\s*[)»\"”]")


def apposed_aliases(
    text: str, linked: Sequence[LinkedMention], final: Callable[[str], str], is_org: Callable[[str], bool]
) -> dict[str, str]:
    """Join an ``org:`` id and the organisation named in brackets or quotes right after it.

    «ائتلاف اليسار (سيريزا)»: the node is the other name (an acronym or short name is what
    other articles use, and a registry actor wins), unless that is a description built on a
    head noun: «مجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي)» keeps the name. Only when
    the pairing is one to one in the article: a name apposed to two others, or two names to
    one, is left alone.

    Parameters
    ----------
    text
        The article's text (mention offsets index into it).
    linked
        The article's linked mentions, in order.
    final
        The id each mention ends with after the other rules.
    is_org
        Whether an id is an organisation.
    """
    pairs: set[tuple[str, str]] = set()
    for first, second in zip(linked, linked[1:]):
        name, other = final(first.actor_id), final(second.actor_id)
        if name == other or first.mention.sentence != second.mention.sentence:
            continue
        if not is_org(other) and not (is_org(name) and _short_acronym(other)):
            continue
        if name.startswith("org:"):
            if len(id_tokens(name)) < 2:
                continue
        elif not (is_org(name) and other.startswith("org:")):
            continue  # «منظمة الأمم المتحدة للأغذية والزراعة (الفاو)»: a registry organisation and its short name
        if _OPENING.fullmatch(text, first.mention.end, second.mention.start) and _CLOSING.match(text, second.mention.end):
            pairs.add((name, other))
    names = [n for n, _ in pairs]
    others = [o for _, o in pairs]
    moves: dict[str, set[str]] = defaultdict(set)
    for name, other in pairs:
        if names.count(name) > 1 or others.count(other) > 1:
            continue
        if name.startswith("org:") and not other.startswith(("org:", "per:", "loc:")):
            # the registry's actor in quotes after a body's name is that body («جماعة … «داعش»»), but
            # only after a name built on a head: «لأن الأكراد سيقاتلون «داعش»» (2015-07-31) is no name
            if id_tokens(name)[0] in HEADS:
                moves[name].add(other)
            continue
        if not name.startswith("org:") or not other.startswith("org:") or not HEADS.isdisjoint(id_tokens(other)):
            # the registry's actor, a description in brackets («(البنك المركزي الأمريكي)»), or a short
            # name NER took for a person: «وكرم الاتحاد الدولي للسيارات «فيا» بيانكي» (2015-07-22)
            moves[other].add(name)
        else:
            moves[name].add(other)
    # an id sent two ways (a name that is one pair's first and another's second) stays
    return {a: next(iter(to)) for a, to in moves.items() if len(to) == 1}


def _short_acronym(actor_id: str) -> bool:
    """A one-word person id of five letters at most: an organisation's acronym NER typed PER («فيا»)."""
    return actor_id.startswith("per:") and "_" not in actor_id and len(actor_id) - 4 <= 5
