"""Organisation names read off a head noun and its modifiers: «وزارة التعليم», «المفوضية الأوروبية».

The NER model misses most organisation names made of common nouns (وزارة التعليم,
اللجنة العامة للانتخابات البلدية, صندوق الاستثمارات العامة) or cuts them short
(«النقد الدولي» of صندوق النقد الدولي). Their shape is regular, so it is read off the
tokens:

* a construct head (``construct_heads``: وزارة, هيئة, صندوق, نادي …) followed by a
  definite noun, a place or name (``names``), or a short chain of nouns ending in a
  definite one («هيئة كبار العلماء»), then modifiers; a ``name_heads`` word (غرفة, حركة)
  only before a place or name («غرفة جدة»); an ``adjective_heads`` word (قوات) only with
  an adjective after its noun («قوات الطوارئ الخاصة»);
* a definite head (``definite_heads``: اللجنة, المفوضية, الإدارة …) followed by modifiers
  that make it a name: a «لـ» complement («للانتخابات»), a country or region adjective
  («الأوروبية»), or two adjectives (nisba adjectives, «الوطنية», or listed ones, «العامة»:
  a definite noun after a name is mostly the verb's object);
* a definite ``demonym_heads`` noun right before a country adjective («الحكومة المصرية»,
  «الجيش العراقي»).

Modifiers are definite adjectives and nouns, «لـ» complements and «و + ال…» coordinates,
up to a stop word (الذي, اليوم, الماضي …), a title, punctuation or any other word.

:func:`quoted_outlets` finds newspapers and agencies cited in quotes («لـ"الوطن"»).

Pure functions on normalised tokens; the word lists are ``data/org_names.yaml``,
loaded on import.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import load_data_file, word_lists
from .names import QUOTES, WORDS, is_word, name_readings
from .nationalities import nationality_of

ORG_NAMES_PATH = Path(__file__).resolve().parent.parent / "data" / "org_names.yaml"

MAX_TOKENS = 10  # the longest phrase read: «الهيئة الوطنية للرقابة على …» stops well before
_PREPOSITIONS = frozenset({"في", "من", "علي", "الي", "عن", "مع", "او", "ثم"})


class OrgNamesError(ValueError):
    """``org_names.yaml`` is missing or malformed; the message names the key."""


@dataclass(frozen=True)
class OrgWords:
    """The normalised word lists of ``org_names.yaml`` (see its comments)."""

    construct_heads: frozenset[str]
    adjective_heads: frozenset[str]
    name_heads: frozenset[str]
    definite_heads: frozenset[str]  # without the article
    described_heads: frozenset[str]
    demonym_heads: frozenset[str]
    demonyms: frozenset[str]
    adjectives: frozenset[str]
    not_adjectives: frozenset[str]
    not_definite: frozenset[str]
    generic_complements: frozenset[str]
    stop_words: frozenset[str]
    person_nouns: frozenset[str]
    event_heads: frozenset[str]
    event_adjectives: frozenset[str]
    time_nouns: frozenset[str]
    place_nouns: frozenset[str]
    seat_places: frozenset[str]
    plural_heads: frozenset[str]
    quoted_outlets: frozenset[tuple[str, ...]]
    quoted_body_heads: frozenset[str]
    outlet_cues: frozenset[str]
    ministry_fields: frozenset[str]  # without the article
    specialised_heads: frozenset[str]
    complemented_heads: frozenset[str]
    complemented_fields: frozenset[str]  # without «ال»
    command_heads: frozenset[str]
    command_fields: frozenset[str]
    demonym_construct_heads: frozenset[str]
    indefinite_adjectives: frozenset[str]
    activity_heads: frozenset[str]
    activity_complements: frozenset[str]
    national_heads: frozenset[str] = frozenset()  # also definite heads; only «الوطني»/a demonym + «لـ»
    national_adjectives: frozenset[str] = frozenset()
    state_bodies: frozenset[tuple[str, ...]] = frozenset()  # head + word, normalised
    in_complements: frozenset[str] = frozenset()  # a complement that «في» + what it rules on continues


_KEYS = (
    "construct_heads", "adjective_heads", "name_heads", "definite_heads", "described_heads", "demonym_heads",
    "demonyms", "adjectives", "not_adjectives", "not_definite", "generic_complements",
    "stop_words", "person_nouns", "event_heads", "event_adjectives", "time_nouns", "place_nouns", "seat_places", "plural_heads", "quoted_outlets", "quoted_body_heads",
    "outlet_cues", "ministry_fields", "specialised_heads", "complemented_heads", "complemented_fields", "command_heads", "command_fields", "demonym_construct_heads", "indefinite_adjectives", "activity_heads", "activity_complements",
    "national_heads", "national_adjectives", "state_bodies", "in_complements",
)


def build_org_words(data: object, source: str = "<org names>") -> OrgWords:
    """Validate the parsed ``org_names.yaml`` and normalise every word."""
    if not isinstance(data, dict):
        raise OrgNamesError(f"{source}: expected a mapping of word lists")
    missing = [k for k in _KEYS if k not in data]
    unknown = sorted(set(data) - set(_KEYS))
    if missing or unknown:
        raise OrgNamesError(f"{source}: missing key(s) {missing}, unknown key(s) {unknown}")
    lists = word_lists(data, _KEYS, source, OrgNamesError)
    return OrgWords(
        construct_heads=frozenset(lists["construct_heads"]),
        adjective_heads=frozenset(lists["adjective_heads"]),
        name_heads=frozenset(lists["name_heads"]),
        definite_heads=frozenset(lists["definite_heads"]),
        described_heads=frozenset(lists["described_heads"]),
        demonym_heads=frozenset(lists["demonym_heads"]),
        demonyms=frozenset(lists["demonyms"]),
        adjectives=frozenset(lists["adjectives"]),
        not_adjectives=frozenset(lists["not_adjectives"]),
        not_definite=frozenset(lists["not_definite"]),
        generic_complements=frozenset(lists["generic_complements"]),
        stop_words=frozenset(lists["stop_words"]),
        person_nouns=frozenset(lists["person_nouns"]),
        event_heads=frozenset(lists["event_heads"]),
        event_adjectives=frozenset(lists["event_adjectives"]),
        time_nouns=frozenset(lists["time_nouns"]),
        place_nouns=frozenset(lists["place_nouns"]),
        seat_places=frozenset(lists["seat_places"]),
        plural_heads=frozenset(lists["plural_heads"]),
        quoted_outlets=frozenset(tuple(w.split()) for w in lists["quoted_outlets"]),
        quoted_body_heads=frozenset(lists["quoted_body_heads"]),
        outlet_cues=frozenset(lists["outlet_cues"]),
        ministry_fields=frozenset(lists["ministry_fields"]),
        specialised_heads=frozenset(lists["specialised_heads"]),
        complemented_heads=frozenset(lists["complemented_heads"]),
        complemented_fields=frozenset(w.removeprefix("ال") for w in lists["complemented_fields"]),
        command_heads=frozenset(lists["command_heads"]),
        command_fields=frozenset(lists["command_fields"]),
        demonym_construct_heads=frozenset(lists["demonym_construct_heads"]),
        indefinite_adjectives=frozenset(lists["indefinite_adjectives"]),
        activity_heads=frozenset(lists["activity_heads"]),
        national_heads=frozenset(lists["national_heads"]),
        national_adjectives=frozenset(lists["national_adjectives"]),
        activity_complements=frozenset(lists["activity_complements"]),
        state_bodies=frozenset(tuple(w.split()) for w in lists["state_bodies"]),
        in_complements=frozenset(lists["in_complements"]),
    )


ORG_WORDS = load_data_file(ORG_NAMES_PATH, build_org_words, OrgNamesError)


@dataclass(frozen=True)
class _Tokens:
    """One sentence's normalised tokens and readings, with what the caller knows about them."""

    norms: Sequence[str]
    readings: Sequence[tuple[str, ...]]
    names: Mapping[int, int]  # start → end of names found otherwise (places, NER names)
    not_parts: frozenset[str]  # titles and the like: never inside an organisation's name
    demonyms: frozenset[str]
    words: OrgWords

    def definite(self, i: int) -> bool:
        """A bare definite word that may be part of a name (no preposition glued on)."""
        norm = self.norms[i]
        return norm.startswith("ال") and len(norm) > 3 and self.free(i) and norm not in self.words.not_definite

    def free(self, i: int) -> bool:
        norm = self.norms[i]
        return is_word(norm) and self.part(norm)

    def part(self, norm: str) -> bool:
        """A word that may be in a name: no stop word, title or noun for a person."""
        words = self.words
        if norm.startswith("لل") and "ال" + norm[2:] in words.person_nouns | self.not_parts:
            return False  # «المحكمة الجنائية الدولية للرئيس الكيني» (2015-07-26): whom it concerns, no part of it
        return norm not in words.stop_words and norm not in self.not_parts and norm not in words.person_nouns

    def noun(self, i: int) -> bool:
        """An indefinite word that can sit in a construct chain (not a verb, particle or stop word)."""
        norm = self.norms[i]
        return (
            is_word(norm)
            and len(norm) >= 3
            and not norm.startswith("ال")
            and (norm[0] not in "يتن" or _verbal_noun(norm))  # imperfect verbs: «هيئة تضم الخبراء»
            and norm not in WORDS.verb_stop
            and norm not in _PREPOSITIONS
            and norm not in self.not_parts
            and norm not in self.words.stop_words  # «شركة ميتسوبيشي هذه الخطوة»
            and not (norm[:3] in ("بال", "كال") or norm.startswith("لل"))  # «شركة بالقطاع الخاص»: a preposition
            # a noun with a pronoun: «ممثلة بمجلس إدارتها وأعضائها» (a 2015-08-10 slice) is its own board, no name
            and not norm.endswith(_FEMININE_WITH_PRONOUN)
        )

    def adjective(self, i: int) -> bool:
        """A definite adjective: a nisba («الوطنية», «السعودي») or a listed one («العامة», «المتحدة»).

        A definite noun after a name is mostly the verb's object («ناقشت اللجنة التنظيمية
        الخطة»), so only adjectives extend the name.
        """
        norm = self.norms[i]
        if not self.definite(i) or norm in self.words.not_adjectives:
            return False
        # a plural nisba too: «الجمعية العلمية للطلبة السعوديين بالمملكة المتحدة» (2015-07-23 actor dev part 7)
        return norm.endswith(("ي", "يه", "يين", "يون")) or norm in self.words.adjectives

    def generic(self, i: int) -> bool:
        return self.norms[i] in self.words.generic_complements


_FEMININE_WITH_PRONOUN = ("تها", "تهم", "تهما")  # ة + «ها», «هم», «هما»: «إدارتها», «حكومتهم»


def _verbal_noun(norm: str) -> bool:
    """A تفعيل verbal noun, singular or plural («تطوير», «تنظيم», «تحقيقات»): a noun though it starts with ت.

    «هيئة تطوير مكة المكرمة», «هيئة تنظيم الكهرباء» (2015-08-01 dev); an imperfect verb of
    five letters has no ي before its last letter («تستمر», «تعمل»).

    >>> _verbal_noun("تطوير"), _verbal_noun("تحقيقات"), _verbal_noun("تستمر"), _verbal_noun("تضم")
    (True, True, False, False)
    """
    stem = norm[:-2] if len(norm) == 7 and norm.endswith("ات") else norm
    return len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي"


def org_phrase_spans(
    norms: Sequence[str],
    readings: Sequence[tuple[str, ...]],
    names: Mapping[int, int] | None = None,
    not_parts: frozenset[str] = frozenset(),
    demonyms: frozenset[str] = frozenset(),
    words: OrgWords | None = None,
) -> list[tuple[int, int]]:
    """Token spans of organisation names built on a head noun, left to right, not overlapping.

    Parameters
    ----------
    norms, readings
        The sentence's normalised tokens and their clitic readings
        (:func:`~pipeline.actors.names.name_readings`).
    names
        Start → end of names already found (an NER place, a registry place): «جامعة
        تبوك», «قناة أبوظبي الرياضية» take them whole after a construct head.
    not_parts
        Words never inside the name (titles: «جامعة الملك سعود» is left to the rule for
        institutions named after people).
    demonyms
        Country adjectives besides the file's (the registry's).

    >>> from pipeline.actors.names import name_readings, normalize_token
    >>> def spans(text):
    ...     toks = text.split()
    ...     norms = [normalize_token(t) for t in toks]
    ...     return [" ".join(toks[s:e]) for s, e in org_phrase_spans(norms, [name_readings(t) for t in toks])]
    >>> spans("أعلنت وزارة التعليم العالي أمس")
    ['وزارة التعليم العالي']
    >>> spans("وأعلنت اللجنة العامة للانتخابات البلدية اكتمال الاستعدادات")
    ['اللجنة العامة للانتخابات البلدية']
    >>> spans("ناقشت اللجنة التنظيمية الخطة")
    []
    >>> spans("قال رئيس مجلس الإدارة")
    []
    >>> spans("أعلن معهد الإدارة العامة أمس"), spans("اجتمع مجلس الإدارة الجديد أمس")
    (['معهد الإدارة العامة'], [])
    """
    words = words or ORG_WORDS
    toks = _Tokens(norms, readings, names or {}, not_parts, demonyms | words.demonyms, words)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(norms):
        end = _phrase_at(toks, i)
        if end:
            out.append((i, end))
            i = end
        else:
            i += 1
    return out


def _head(toks: _Tokens, i: int) -> tuple[str, str] | None:
    """(head word, "construct" | "definite") when token ``i`` is a head, else None."""
    words = toks.words
    for reading in toks.readings[i]:
        if reading in words.construct_heads:
            return reading, "construct"
        if reading in words.name_heads and (i + 1 in toks.names or _placed_name(toks, i + 1)):
            return reading, "construct"  # «شرطة خيبر», «لشرطة محافظة خميس مشيط»
        if reading in words.complemented_heads and _complemented_name(toks, i + 1):
            return reading, "construct"
        if _command(toks, i, reading):
            return reading.removeprefix("ال"), "construct" if not reading.startswith("ال") else "definite"
        if reading in words.demonym_construct_heads:
            return reading, "construct"
        if reading.startswith("ال"):
            bare = reading[2:]
            if bare in words.definite_heads or bare in words.demonym_heads:
                return bare, "definite"
    return None


def _command(toks: _Tokens, i: int, reading: str) -> bool:
    """A command's head before one of its fields: «قيادة عمليات الأنبار», «القيادة العامة للقوات المسلحة»."""
    words = toks.words
    if reading.removeprefix("ال") not in words.command_heads or i + 1 >= len(toks.norms):
        return False
    return toks.norms[i + 1] in words.command_fields


def _command_complement(toks: _Tokens, i: int, n: int) -> int:
    """End of a command's field at ``i + 1`` and the definite word it governs: «رئاسة [أركان الجيش]
    التركي», whose «الجيش» alone would be a generic complement; 0 for other heads."""
    if toks.readings[i] and not any(r.removeprefix("ال") in toks.words.command_heads for r in toks.readings[i]):
        return 0
    j = i + 2
    if toks.norms[i + 1].removeprefix("ال") in toks.words.adjective_heads:
        # forces only by their branch: «قيادة القوات الجوية»; «قيادة قوات التحالف», «قيادة قوات تحالف
        # الأمل» (2015-07-26, 07-31 slices) are the coalition's, which the registry or NER names
        return j if j < n and toks.norms[j].startswith("ال") and toks.adjective(j) else 0
    return j + 1 if j < n and toks.definite(j) and not toks.norms[i + 1].startswith("ال") else j


def _command_end(toks: _Tokens, start: int, end: int) -> int:
    """``end`` cut before a «لـ» complement that names no field of a command: «لقيادة القوات الجوية
    السعودية [لنقل المساعدات]» (2015-07-23 dev) is what the aircraft are for."""
    for k in range(start, end):
        norm = toks.norms[k]
        if norm.startswith("ل") and ("ال" + norm[2:] if norm.startswith("لل") else norm[1:]) not in toks.words.command_fields:
            return k
    return end


def _placed_name(toks: _Tokens, i: int) -> bool:
    """A region's noun at ``i`` and a name after it: «محافظة [جدة]»."""
    return i + 1 < len(toks.norms) and toks.norms[i] in toks.words.place_nouns and i + 1 in toks.names


def _complemented_name(toks: _Tokens, i: int) -> bool:
    """A name at ``i`` followed by a «لـ» complement naming a field (``complemented_fields``):
    «[الرياض] لتنمية الأعمال», «[الملك فيصل] للبحوث»; not a purpose («لتفقد المشاريع»)."""
    end = toks.names.get(i)
    return end is not None and _field_word(toks, end)


def _field_word(toks: _Tokens, j: int) -> bool:
    """Token ``j`` is «لـ»/«للـ» + a field word: «لتنمية», «للأبحاث»."""
    return j < len(toks.norms) and toks.free(j) and is_field_complement(toks.norms[j], toks.words)


def is_field_complement(norm: str, words: OrgWords = ORG_WORDS) -> bool:
    """A normalised word that is «لـ»/«للـ» + a field a centre is named for (``complemented_fields``).

    >>> is_field_complement("لتنميه"), is_field_complement("للابحاث"), is_field_complement("لتفقد")
    (True, True, False)
    """
    bare = "ال" + norm[2:] if norm.startswith("لل") else norm[1:] if norm.startswith("ل") else ""
    return bare.removeprefix("ال") in words.complemented_fields


def _field_complement_end(toks: _Tokens, j: int, n: int) -> int:
    """End of a field complement at ``j``: «للأبحاث», or «لتنمية الأعمال» with its genitive; 0 if none."""
    if j >= n or not _field_word(toks, j):
        return 0
    if toks.norms[j].startswith("لل"):
        return j + 1
    return j + 2 if j + 1 < n and toks.definite(j + 1) else j + 1


def _any_head(toks: _Tokens, bare: str) -> bool:
    """True when ``bare`` (a word without its article) is a head of any kind: «والقوات», «والبنك»."""
    words = toks.words
    return bare in (words.construct_heads | words.name_heads | words.definite_heads | words.demonym_heads)


def _phrase_at(toks: _Tokens, i: int) -> int:
    """End of the organisation name whose head is token ``i``, or 0."""
    head = _head(toks, i)
    if head is None:
        return 0
    word, kind = head
    n = min(len(toks.norms), i + MAX_TOKENS)
    if kind == "construct":
        j = _complement(toks, i + 1, n) or _command_complement(toks, i, n)
        if not j:
            return 0
        # a name that ends in an adjective takes a «لـ» complement as an adjective does:
        # «شركة [الخطوط السعودية] للتموين» (NER's name inside; 2015-07-21 dev5)
        named_adjective = i + 1 in toks.names and j - 1 > i + 1 and toks.adjective(j - 1)
        # a hospital's place takes its speciality: «مستشفى أبها للنساء والأطفال» (2015-07-31 dev4)
        placed_hospital = word in toks.words.specialised_heads and i + 1 in toks.names
        # a name and the field it serves: «جمعية [عنيزة] للتنمية والخدمات الإنسانية» (actor dev part 10)
        # (not a deputy's portfolio: «وكيل أمانة الرياض للخدمات», the 2015-07-21 build)
        deputy = i > 0 and not WORDS.deputies.isdisjoint(toks.readings[i - 1])
        named_field = i + 1 in toks.names and toks.names[i + 1] == j and _field_word(toks, j) and not deputy
        end, named = _modifiers(
            toks, j, n, after_noun=True, head=word, after_adjective=named_adjective or placed_hospital or named_field
        )
        if word in toks.words.complemented_heads:
            # «مركز الرياض لتنمية الأعمال الصغيرة»: the field names the centre, whatever else follows
            k = _field_complement_end(toks, j, n)
            if not k:
                return 0
            end, _ = _modifiers(toks, k, n, after_noun=True, head=word)
        end = _trim(toks, i + 1, end)
        if word in toks.words.command_heads:
            end = _command_end(toks, i + 2, end)
        if word in toks.words.adjective_heads and not named(end, needs=1):
            return 0
        if word in toks.words.demonym_construct_heads and not (
            end - 1 > i + 1 and toks.norms[end - 1] in toks.demonyms and _agrees(word, toks.norms[end - 1])
        ):
            return 0  # «إدارة معلومات الطاقة الأميركية» is a body; «إدارة الأزمة» is managing one
        return end
    j = i + 1
    if word in toks.words.demonym_heads and j < n and toks.norms[j] in toks.demonyms and _agrees(word, toks.norms[j]):
        end, _ = _modifiers(toks, j, n, head=word)
        return _trim(toks, j + 1, end)
    if word not in toks.words.definite_heads and word not in toks.words.command_heads:
        return 0
    if word in toks.words.plural_heads and toks.norms[i].startswith("ل"):
        return 0  # «المساعد للشؤون التعليمية»: a role's portfolio, no body
    if word in toks.words.event_heads and j < n and toks.norms[j] in toks.words.event_adjectives:
        return 0  # «الحملة العسكرية التركية» is an operation, not a body
    end, named = _modifiers(toks, j, n, head=word)
    end = _trim(toks, j, end)
    if word in toks.words.command_heads:
        # «القيادة العامة للقوات المسلحة»; «القيادة العامة» alone is any command
        end = _command_end(toks, j + 1, end) if j < n and toks.norms[j] in toks.words.command_fields else 0
        return end if end > j + 1 else 0
    if word in toks.words.national_heads:
        # «البرنامج الوطني للمعارض والمؤتمرات», «البرنامج السعودي لكفاءة الطاقة»; «البرنامج التدريبي
        # للموظفين», «البرنامج الزمني للمشروع» are plans
        national = j < n and (toks.norms[j] in toks.words.national_adjectives or toks.norms[j] in toks.demonyms)
        complemented = named(end, by_demonym=False, needs=len(toks.norms) + 1)  # adjectives alone never do
        return end if national and complemented else 0
    if word in toks.words.plural_heads:
        # «الشؤون الصحية بمنطقة الجوف» is a directorate; «الشؤون الداخلية للدول العربية» are affairs
        return end if named(end, placed_only=True) else 0
    if named(end, word not in toks.words.described_heads):
        return end
    if end > j and (parent := _parent_body(toks, end, n)):
        return parent  # «المركز الإعلامي بنادي الهلال»: a unit of a named body
    return 0


def _parent_body(toks: _Tokens, j: int, n: int) -> int:
    """End of «بـ» + a construct head and its complement at ``j`` (the body a unit belongs to), or 0.

    Only after a definite head and adjective that do not name a body alone: «المركز
    الإعلامي بنادي الهلال», «الإدارة العامة بوزارة الصحة». A named body followed by «بـ»
    is mostly a verb's object («أشادت اللجنة الأولمبية السعودية بنادي الهلال»).
    """
    norm = toks.norms[j] if j < n else ""
    if not norm.startswith("ب") or norm[1:] not in toks.words.construct_heads:
        return 0
    return _complement(toks, j + 1, n)


def _complement(toks: _Tokens, j: int, n: int) -> int:
    """End of what a construct head governs at ``j``: a definite noun, a name, or «noun (noun) ال…»
    or «noun (noun) + a name» (2015-08-01 dev)."""
    if j >= n:
        return 0
    if j in toks.names:
        return toks.names[j] if toks.names[j] <= n else 0
    if _indefinite_adjective(toks.norms[j], toks.words):
        return 0  # «ومنظمة محلية أبلغتا السلطات المحلية» (2015-07-24 dev6), «شركة صينية»: indefinite, no name
    if proper := _proper_name_words(toks, j, n):
        return proper
    k = j
    while k < n and k - j < 2 and k not in toks.names and toks.noun(k) and not toks.generic(k) and not _lam_word(toks, k):
        k += 1
    if k < n and toks.definite(k) and not toks.generic(k):
        return k + 1
    if k == j and k + 1 < n and toks.definite(k) and toks.norms[k + 1] in toks.words.adjectives:
        # «معهد الإدارة العامة» (2015-07-22 dev): a generic complement that a listed adjective
        # qualifies names the body's field, unlike «مجلس الإدارة» alone
        return k + 1
    if j < k < n and toks.norms[k] in toks.words.activity_complements and not toks.words.activity_heads.isdisjoint(toks.readings[j - 1]):
        return k + 1  # «شركة صلة للتسويق الرياضي»: the company's own name, then its trade
    if j < k < n and k in toks.names and toks.names[k] <= n and not toks.norms[k].startswith("و"):
        # «أمانة محافظة جدة», «هيئة تطوير مكة المكرمة»: nouns, then a place's name; a name
        # after «و» is a second party («لنادي شالكة وانتر ميلان»)
        return toks.names[k]
    return 0


def _proper_name_words(toks: _Tokens, j: int, n: int) -> int:
    """End of one to three words at ``j`` with no article that a definite nisba adjective agreeing with
    the head follows: the adjective makes the construct definite, so the words are a proper name
    («جمعية ويلكام تراست الخيرية», 2015-07-23 actor dev part 7; «شركة تويوتا اليابانية», «صحيفة وول
    ستريت جورنال الأمريكية»), whatever letter they start with. 0 otherwise."""
    head = next((r for r in toks.readings[j - 1] if r in toks.words.construct_heads), "") if j else ""
    first = toks.norms[j] if j < n else ""
    if first[:1] in "يتن" and len(first) <= 4 and first not in WORDS.given_names:
        return 0  # an imperfect verb: «رابطة تخدم الأندية» (2015-07-26 actor dev part 2), not «جامعة نايف العربية»
    k = j
    while k < n and k - j < 3 and _foreign_word(toks, k):
        k += 1
    if k == j or k >= n or not toks.adjective(k) or not toks.norms[k].endswith(("ي", "يه")) or not _agrees(head, toks.norms[k]):
        return 0
    return k


def _foreign_word(toks: _Tokens, k: int) -> bool:
    """A word with no article, preposition or stop word that may stand in a proper name; not one ending
    in ة nor a body's head, Arabic nouns that a genitive follows («مجلس إدارة النادي الأهلي», a 2015-08-01
    slice: the board of the club, whose «النادي» reads like a nisba)."""
    norm = toks.norms[k]
    return (
        k not in toks.names
        and is_word(norm)
        and len(norm) >= 2
        and not norm.endswith(("ه", "ها", "هم", "هما"))  # «شركة أبل ساعتها الذكية»: her watch
        and not _any_head(toks, norm)
        and not norm.startswith(("ال", "لل", "بال", "وال"))
        and norm not in _PREPOSITIONS
        and norm not in WORDS.verb_stop
        and toks.part(norm)
        and not _indefinite_adjective(norm, toks.words)
    )


def _indefinite_adjective(norm: str, words: OrgWords) -> bool:
    """A feminine adjective with no article (``indefinite_adjectives``, or a country's: «صينية»)."""
    if norm.startswith("ال"):
        return False  # «وزارة المالية» (not "Malian")
    return norm in words.indefinite_adjectives or (norm.endswith("يه") and nationality_of(norm) is not None)


def _lam_word(toks: _Tokens, k: int) -> bool:
    """A word that starts with the preposition ل: no construct chain goes through it.

    «منظمة للجهود الأهلية», «جماعة بارزة لحقوق المثليين», «محكمة خاصة لمحاكمة المسؤولين»
    describe a body (seen in the 2015-07-31 output); a head such as لجنة is a noun.
    """
    norm = toks.norms[k]
    return norm.startswith("ل") and not _any_head(toks, norm)


def _modifiers(toks: _Tokens, j: int, n: int, after_noun: bool = False, head: str = "", after_adjective: bool = False):
    """End of the modifiers from ``j``, and a test whether those up to an end make a name.

    ``after_noun``: ``j`` follows a construct head's noun, which a «و + ال…» coordinate
    may extend («هيئة السياحة والآثار»). ``head`` is the head word. ``after_adjective``: ``j``
    follows a name that ends in an adjective, so a «لـ» complement may come first.
    """
    kinds: list[tuple[int, str]] = []  # (end after the modifier, kind)
    while j < n:
        norm = toks.norms[j]
        last = kinds[-1][1] if kinds else ""
        # A «لـ» complement only after an adjective, and only one: «اللجنة العامة للانتخابات»,
        # while in «دعت الوزارة للتحقيق», «اللجنة التنفيذية للاحتفالات لإنجاح …» the ل starts
        # something else; so after a country-adjective body («الجيش التونسي لحماية …»).
        lam_ok = (last in ("adjective", "demonym") or (after_adjective and not kinds)) and "complement" not in {k for _, k in kinds}
        lam_ok = lam_ok and not (head in toks.words.demonym_heads and "demonym" in {k for _, k in kinds})
        if norm.startswith("لل") and "ال" + norm[2:] in toks.words.generic_complements:
            break  # «المركز الرئيسي للشركة»: the headquarters of the company, no name
        if norm.startswith("لل") and toks.free(j) and lam_ok:
            j += 1
            kinds.append((j, "complement"))
        elif norm.startswith("ال") and toks.adjective(j) and not (last == "coordinate" and norm.endswith(("يين", "يون"))) and (
            after_noun or not _agreeing(kinds) or norm in toks.words.adjectives or _agrees(head, norm)
            or head in toks.words.plural_heads
        ):  # a plural nisba after «والـ…» describes that second party: «وزارة الدفاع والحلفاء الإقليميين»
            j += 1
            kinds.append((j, "demonym" if norm in toks.demonyms else "adjective"))
        elif norm.startswith("وال") and len(norm) > 4 and (kinds or after_noun) and _coordinate(
            toks, j, last, nouns=after_noun or "complement" in {k for _, k in kinds}
        ):
            j += 1
            kinds.append((j, "coordinate"))
        elif (kinds or after_noun) and _field_coordinate(toks, j, n):
            # «هيئة الاتصالات وتقنية المعلومات» (actor dev part 10): «و» + a field noun and its genitive
            j += 2
            kinds.append((j, "coordinate"))
        elif norm.startswith("ل") and lam_ok and (k := _lam_chain(toks, j, n)):
            j = k
            kinds.append((j, "complement"))
        elif norm == "في" and j > 0 and toks.norms[j - 1] in toks.words.in_complements and j + 1 < n and toks.definite(j + 1):
            # «لجنة الفصل في الطعون والمخالفات الانتخابية» (actor dev parts 6 and 10): what the body rules on
            j += 2
            kinds.append((j, "complement"))
        elif norm == "في" and last == "complement" and j + 1 in toks.names:
            # «الحملة الوطنية السعودية لنصرة الأشقاء في سوريا»: a place closes a complement
            j = toks.names[j + 1]
            kinds.append((j, "place"))
            break
        elif (kinds or after_noun) and (place := _glued_place(toks, j, n)):
            # «الهيئة الملكية بالجبيل», «الإدارة العامة للتعليم بمنطقة الحدود الشمالية»,
            # «وزارة العدل بالمنطقة الشرقية»: the branch of a body in a place
            j = place
            kinds.append((j, "place"))
            break
        else:
            break

    def named(end: int, by_demonym: bool = True, needs: int = 2, placed_only: bool = False) -> bool:
        seen = [kind for stop, kind in kinds if stop <= end]
        adjectives = seen.count("adjective") + seen.count("demonym")
        placed = "place" in seen and adjectives >= 1  # «الهيئة الملكية بالجبيل»
        if placed_only:
            return placed
        return "complement" in seen or (by_demonym and "demonym" in seen) or adjectives >= needs or placed

    return j, named


def _glued_place(toks: _Tokens, j: int, n: int) -> int:
    """End of a place joined to a name by a glued «بـ» at ``j``, or 0.

    «بالجبيل» (a place found otherwise), «بمنطقة الحدود الشمالية» (a place noun before a
    place's name and its adjectives), «بالمنطقة الشرقية» (a place noun and its adjective);
    «في» only before a region noun («في منطقة مكة المكرمة»): «في» + a place after a body is
    mostly where the verb happened («حزب الله في لبنان»).
    """
    norm = toks.norms[j]
    if not (norm.startswith("ب") or norm == "في") or len(norm) < 2:
        return 0
    if norm.startswith("ب") and j in toks.names:
        return min(toks.names[j], n)
    if norm == "في" and j + 1 < n and toks.norms[j + 1] in toks.words.place_nouns:
        norm, j = "ب" + toks.norms[j + 1], j + 1  # «الشؤون الصحية في منطقة مكة المكرمة»
    bare = norm[1:]
    noun = bare in toks.words.place_nouns or (bare.startswith("ال") and bare[2:] in toks.words.place_nouns)
    if not noun or j + 1 >= n:
        return 0
    if bare.startswith("ال"):
        return j + 2 if toks.adjective(j + 1) else 0
    if j + 1 in toks.names:
        return min(toks.names[j + 1], n)
    # «بمنطقة الحدود الشمالية», «بمحافظة جدة»: the region's own name, then its adjectives
    if not (toks.free(j + 1) and (toks.definite(j + 1) or toks.noun(j + 1))):
        return 0
    k = j + 2
    while k < n and toks.adjective(k):
        k += 1
    return k


def _agreeing(kinds: list[tuple[int, str]]) -> bool:
    """True while only adjectives follow the head: the next one describes the head too."""
    return all(kind in ("adjective", "demonym") for _, kind in kinds)


def _agrees(head: str, adjective: str) -> bool:
    """A nisba adjective right after a definite head agrees with it in gender.

    «رئيس الحكومة التونسي» and «مجلس الإدارة الأسترالي» describe the president and the
    board, «هذا الحزب الاشتراكية» the ideology (seen in a 995-article build of 2015-07-21):
    the adjective is not the head's.

    >>> _agrees("حكومه", "التونسيه"), _agrees("حكومه", "التونسي"), _agrees("حزب", "الاشتراكيه")
    (True, False, False)
    """
    if adjective.endswith("يه"):
        return head.endswith("ه")
    if adjective.endswith("ي"):
        return not head.endswith("ه")
    return True


def _field_coordinate(toks: _Tokens, j: int, n: int) -> bool:
    """«و» + an indefinite field noun (``complemented_fields``) + a definite word at ``j``: «وتقنية المعلومات»."""
    norm = toks.norms[j]
    return (
        j + 1 < n and norm.startswith("و") and norm[1:] in toks.words.complemented_fields
        and toks.free(j) and toks.definite(j + 1)
    )


def _coordinate(toks: _Tokens, j: int, last: str, nouns: bool) -> bool:
    """Whether «و + ال…» at ``j`` goes on the name.

    «هيئة السياحة والآثار», «وزارة الشؤون الإسلامية والأوقاف», «للإنشاء والتعمير», «التقني
    والمهني» do; a second body («والبنك», «والقوات») and a relative pronoun («والتي») do
    not. ``nouns``: a noun may be coordinated (the name has a construct noun or a «لـ»
    complement); without one, a noun after a definite head's adjective is another party:
    «الجيش العراقي والميليشيات», «الحكومة السودانية والمتمردين».
    """
    bare = toks.norms[j][1:]  # «الاثار» of «والاثار»
    if not toks.part(bare) or _any_head(toks, bare[2:]):
        return False
    if last in ("adjective", "demonym") and not nouns:
        return bare.endswith("ي") or bare.endswith("يه") or bare in toks.words.adjectives
    return True


def _lam_chain(toks: _Tokens, j: int, n: int) -> int:
    """«لحقوق الإنسان», «لشؤون المعلمين», «لهيئة كبار العلماء»: ل + noun(s) + a definite word.

    A ل-word in ت- is mostly a purpose, not a name («لتعيين مرشح الحزب», «لتحديد موعد»).
    """
    bare = toks.norms[j][1:]
    if len(bare) < 3 or bare[0] in "يت" or not toks.free(j):  # «ليتم», «لتعيين»; «للرئيس الكيني»
        return 0
    k = j + 1
    while k < n and k - j < 2 and toks.noun(k):
        k += 1
    if k < n and toks.definite(k):
        return k + 1
    return 0


def _trim(toks: _Tokens, first: int, end: int) -> int:
    """Cut a time noun left before a stop word: «وزارة التعليم العام الماضي» → «وزارة التعليم»."""
    while end > first + 1 and toks.norms[end - 1] in toks.words.time_nouns:
        if end < len(toks.norms) and toks.norms[end] in toks.words.stop_words:
            end -= 1
        else:
            break
    return end


def name_tail(
    norms: Sequence[str],
    readings: Sequence[tuple[str, ...]],
    j: int,
    not_parts: frozenset[str] = frozenset(),
    words: OrgWords | None = None,
) -> int:
    """End of what finishes an institution named after a person, from token ``j`` (``j`` if nothing).

    «مركز الملك سلمان» + «للإغاثة والأعمال الإنسانية», «مركز الأمير عبدالمجيد» + «لأمراض
    الكلى», «مستشفى الملك خالد» + «الجامعي»: adjectives, then one «لـ» complement with its
    coordinates and adjectives; a stop word, a title or any other word ends it.

    >>> toks = "مركز الملك سلمان للإغاثة والأعمال الإنسانية الذي أنشئ".split()
    >>> from pipeline.actors.names import name_readings, normalize_token
    >>> end = name_tail([normalize_token(t) for t in toks], [name_readings(t) for t in toks], 3)
    >>> " ".join(toks[3:end])
    'للإغاثة والأعمال الإنسانية'
    """
    words = words or ORG_WORDS
    toks = _Tokens(norms, readings, {}, not_parts, words.demonyms, words)
    n = min(len(norms), j + MAX_TOKENS)
    k = j
    while k < n and toks.adjective(k):
        k += 1
    if k < n and norms[k].startswith("ل") and (_any_head(toks, norms[k][1:]) or _any_head(toks, norms[k][2:])):
        return k  # «مستشفى الملك فهد لوكالة الأنباء»: another body, the verb's complement
    if k < n and norms[k].startswith("لل") and len(norms[k]) > 4 and toks.free(k):
        k += 1
    elif k < n and norms[k].startswith("ل") and (chain := _lam_chain(toks, k, n)):
        k = chain
    else:
        return k
    while k < n:
        if toks.adjective(k):
            k += 1
        elif norms[k].startswith("وال") and len(norms[k]) > 4 and _coordinate(toks, k, "complement", nouns=True):
            k += 1
        else:
            break
    return k


def starts_with_head(readings: Sequence[tuple[str, ...]], words: OrgWords | None = None) -> bool:
    """True when a name of two words or more opens with an organisation head noun.

    «وزارة الدفاع», «الاتحاد الفرنسي», «بوزارة الدفاع» are bodies even though every word
    of them is also a word of some office title (وزير الدفاع, رئيس الاتحاد, الرئيس
    الفرنسي); a lone word is not.

    >>> from pipeline.actors.names import name_readings
    >>> starts_with_head([name_readings(t) for t in "بوزارة الدفاع".split()])
    True
    >>> starts_with_head([name_readings("الاتحاد")]), starts_with_head([name_readings(t) for t in "وزير الدفاع".split()])
    (False, False)
    """
    words = words or ORG_WORDS
    if len(readings) < 2:
        return False
    heads = words.construct_heads | words.name_heads | words.definite_heads | words.demonym_heads
    return any(r in heads or (r.startswith("ال") and r[2:] in heads) for r in readings[0])


def may_hold_org(tokens: Sequence[str], words: OrgWords | None = None) -> bool:
    """True when a sentence's raw tokens hold a head noun or a quotation mark: worth reading.

    Linking skips sentences where neither NER nor the registry saw anything; a sentence
    with a head-noun name or a quoted outlet is read all the same.

    >>> may_hold_org(["أعلنت", "اللجنة", "العامة"]), may_hold_org(["قال", "إنه", "بخير"])
    (True, False)
    """
    words = words or ORG_WORDS
    heads = words.construct_heads | words.name_heads | words.definite_heads | words.demonym_heads
    heads = heads | {h[:-1] + "تي" for h in words.construct_heads if h.endswith("ه")}  # «شركتي»
    for token in tokens:
        for reading in name_readings(token):
            if reading in QUOTES or reading in heads or (reading.startswith("ال") and reading[2:] in heads):
                return True
    return False


def quoted_outlets(
    norms: Sequence[str], readings: Sequence[tuple[str, ...]], words: OrgWords | None = None
) -> list[tuple[int, int]]:
    """Token spans of newspapers and agencies cited between quotation marks: «لـ"الوطن"».

    The word before the opening quote must cite a source (``outlet_cues``): «على «الثورة»»
    is the revolution.

    >>> from pipeline.actors.names import name_readings, normalize_token
    >>> toks = ["قال", "لـ", "«", "عكاظ", "»", "إن", "«", "الوطن", "»", "بخير"]
    >>> quoted_outlets([normalize_token(t) for t in toks], [name_readings(t) for t in toks])
    [(3, 4)]
    """
    words = words or ORG_WORDS
    out = []
    for i in _quotes_after(norms, readings, words.outlet_cues):
        for name in words.quoted_outlets:
            end = i + 1 + len(name)
            if end < len(norms) and norms[end] in QUOTES and tuple(norms[i + 1 : end]) == name:
                out.append((i + 1, end))
                break
    return out


def quoted_bodies(
    norms: Sequence[str], readings: Sequence[tuple[str, ...]], words: OrgWords | None = None
) -> list[tuple[int, int]]:
    """Token spans of an armed group's or a website's name in quotes after its head
    (``quoted_body_heads``): «مليشيا «فجر ليبيا»», «موقع «ليبيا المستقبل»»; one to four words, none
    of them punctuation.

    >>> from pipeline.actors.names import name_readings, normalize_token
    >>> toks = ["إلى", "مليشيا", "«", "فجر", "ليبيا", "»", "و", "«", "الوطن", "»"]
    >>> quoted_bodies([normalize_token(t) for t in toks], [name_readings(t) for t in toks])
    [(3, 5)]
    """
    words = words or ORG_WORDS
    out = []
    for i in _quotes_after(norms, readings, words.quoted_body_heads):
        end = next((j for j in range(i + 1, min(i + 6, len(norms))) if norms[j] in QUOTES), None)
        if end is not None and end > i + 1 and all(is_word(n) for n in norms[i + 1 : end]):
            out.append((i + 1, end))
    return out


def _quotes_after(norms: Sequence[str], readings: Sequence[tuple[str, ...]], cues: frozenset[str]) -> list[int]:
    """Indices of the quotation marks right after a word one of whose readings is in ``cues``."""
    return [i for i in range(1, len(norms)) if norms[i] in QUOTES and not cues.isdisjoint(readings[i - 1])]


def dual_head_spans(
    norms: Sequence[str], readings: Sequence[tuple[str, ...]], words: OrgWords | None = None
) -> list[tuple[int, int]]:
    """Token spans of the two bodies named after a dual head: «شركتي آبل وجوجل» → «آبل», «جوجل».

    The dual of a construct head in ة («شركتي», «جامعتي», «منظمتي») governs two names
    joined by «و»; each is one indefinite word (a definite pair such as «وزارتي الخارجية
    والداخلية» names two offices of no stated country). 2015-08-01 dev.

    >>> from pipeline.actors.names import name_readings, normalize_token
    >>> def spans(text):
    ...     toks = text.split()
    ...     return [" ".join(toks[s:e]) for s, e in dual_head_spans([normalize_token(t) for t in toks], [name_readings(t) for t in toks])]
    >>> spans("لكسر سيطرة شركتي آبل وجوجل على السوق"), spans("وزارتي الخارجية والداخلية"), spans("شركتي في الرياض")
    (['آبل', 'وجوجل'], [], [])
    """
    words = words or ORG_WORDS
    duals = {h[:-1] + "تي" for h in words.construct_heads if h.endswith("ه")}
    out = []
    for i in range(len(norms) - 2):
        first, second = norms[i + 1], norms[i + 2]
        if duals.isdisjoint(readings[i]) or not second.startswith("و"):
            continue
        if _bare_name(first, words) and _bare_name(second[1:], words):
            out += [(i + 1, i + 2), (i + 2, i + 3)]
    return out


def _bare_name(norm: str, words: OrgWords) -> bool:
    """One indefinite word that may be a name: no article, particle, verb or stop word."""
    return (
        is_word(norm)
        and len(norm) >= 3
        and not norm.startswith("ال")
        and norm not in words.stop_words
        and norm not in WORDS.verb_stop
        and norm not in _PREPOSITIONS
    )
