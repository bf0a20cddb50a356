"""Known actors and the linking of mentions to them.

Two jobs, one module:

* :class:`Registry` reads the reviewed registry (``data/actors.yaml``): aliases,
  role phrases with dated office holders, titles and demonyms.
* :func:`link_article` turns one article's NER mentions into
  :class:`~pipeline.types.LinkedMention` objects, and :func:`link_articles`
  merges many articles into canonical :class:`~pipeline.types.Actor` nodes.

Linking rules
-------------
Everything is matched on tokens (``pipeline.arabic``), never on raw substrings,
after :func:`~pipeline.arabic.normalize`. The first token of a phrase may carry
proclitics (و ف ب ل ك); an article is not stripped to reach a name that lacks
one, so حماس (Hamas) does not match الحماس ("the enthusiasm").

1. Registry aliases and role phrases are matched on the sentence tokens, longest
   first, whether or not NER tagged them. An NER mention that overlaps exactly
   one match takes that match's actor; one that spans several is replaced by
   them. An NER mention that extends a one-token alias with a different first
   name (تيم كوك vs the registry's كوك) is a different person.
2. A role phrase (وزير الدفاع الأمريكي) names its holder at the article's date,
   unless a name stands right after it (titles such as الجنرال may come between)
   or right before it: then the name decides and the role is not a mention.
   Articles without a date get no role links. «نظيره/نظيرتها + demonym» after a
   registry actor names the same office in the other country.
3. A one-token registry alias links to the one full name given earlier in the
   article that contains it. A one-token name outside the registry links to the
   one full name anywhere in the article (a headline «مورير:» before the body's
   «بيتر مورير») that contains it as a word; when two full names contain it, it
   is left alone. A father's name (سلمان in محمد بن سلمان) is no short form.
4. An alias shared by registry entries (بوش) is decided by the article (an entry
   already mentioned), then by the date (the one holding a role), else dropped.
5. A person's name matches a registry alias up to an inner patronymic: «عادل بن
   أحمد الجبير» is «عادل الجبير». The registry's own phrases (محمد بن سلمان) match
   literally first, and «ابن سلمان» or a patronymic that ends the name is kept.
6. Other NER mentions become actors of their own, with leading titles and an
   attached clitic+article removed (والرئيس فلان → فلان; والعبادي → العبادي), a
   verb or particle NER ran the name into cut off (مورير ستتمحور → مورير), and a
   glued و/ف dropped on evidence (ومهدي المشاط → مهدي المشاط after another name;
   never وليد). Within an article a name that another one extends (إسماعيل ولد
   الشيخ → إسماعيل ولد الشيخ أحمد; خالد الحميدي → خالد بن علي الحميدي) joins it
   when that longer name is the only one.

Ids
---
Registry actors keep their slug (``john_kerry``). Other actors get
``<type>:<normalised tokens joined by _>``, for example ``per:جون_بولتون``: the
same full name is the same node in every article and every build, and two full
names that share a surname never collide.

>>> from pipeline.types import Article, TaggedArticle
>>> from pipeline.arabic import split_sentences
>>> text = "التقى وزير الدفاع الأمريكي نظيره الروسي في جنيف."
>>> tagged = TaggedArticle(Article("a", text, date="2016-05-01"), tuple(split_sentences(text)))
>>> [(m.actor_id, m.mention.text, m.via) for m in link_article(tagged, load_registry())]
[('ashton_carter', 'وزير الدفاع الأمريكي', 'role'), ('sergei_shoigu', 'نظيره الروسي', 'role'), ('geneva', 'جنيف', 'alias')]
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


from .arabic import normalize, strip_clitics, tokenize
from .datafiles import load_data_file
from .types import ENTITY_TYPES, Actor, LinkedMention, Mention, Sentence, TaggedArticle

__all__ = [
    "DEFAULT_REGISTRY_PATH",
    "LinkResult",
    "Registry",
    "RegistryError",
    "build_registry",
    "link_article",
    "link_articles",
    "load_registry",
    "name_readings",
    "non_registry_id",
]

DEFAULT_REGISTRY_PATH = Path(__file__).resolve().parent / "data" / "actors.yaml"

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WIKIDATA = re.compile(r"^Q\d+$")
_ENTRY_KEYS = {"id", "label", "label_en", "type", "aliases", "wikidata", "roles", "office", "country"}
_ROLE_KEYS = {"title", "title_en", "start", "end", "office", "country"}

# Quotes may sit inside a phrase as written: قناة «روسيا اليوم».
_QUOTES = frozenset('«»“”„‟"\'‹›')
# Commas that may separate a name from its apposition: جون كيري، وزير الخارجية.
_APPOSITION = frozenset({"،", ",", "-", "–"})
# After a role these make it someone else's role, not the holder's at the date.
_FORMER = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه"})
# «نظيره الأمريكي»: "his counterpart" + a demonym.
_COUNTERPART = frozenset(
    normalize(w)
    for w in ("نظير", "نظيره", "نظيرها", "نظيرهما", "نظيرهم", "نظيرته", "نظيرتها", "نظيرتهما", "نظيريه", "نظرائه", "نظرائها")
)


# «عادل بن أحمد الجبير»: "son/daughter of" before a father's name. Inside a name (a family
# name follows) the sequence may be left out: عادل الجبير is the same person.
_PATRONYMIC = frozenset(normalize(w) for w in ("بن", "ابن", "إبن", "بنت"))
# Tokens that join the parts of a name; never a short form of it on their own.
_CONNECTORS = _PATRONYMIC | frozenset(normalize(w) for w in ("ولد", "أبو", "أبي", "آل", "عبد", "دي", "دا", "فون", "فان", "بو"))
# Given names that begin with و or ف: never read as a conjunction glued to a name
# (وليد is not و + ليد). Only a guard: و/ف is stripped on positive evidence alone.
_CONJUNCTION_GUARD = frozenset(
    normalize(w)
    for w in (
        "وليد", "وائل", "وديع", "وسام", "وفاء", "وجدي", "وضاح", "وحيد", "وهيب", "وصفي", "وفيق", "وجيه",
        "وداد", "ولاء", "وئام", "وصال", "وجدان", "وهبة", "وهبي", "وسيم", "وردة", "وزير", "وعد", "وحيدة",
        "وليام", "ويليام", "والتر", "وارن", "ويلسون", "وينستون", "وودي", "وودرو", "ويل", "واين",
        "فيصل", "فهد", "فؤاد", "فاطمة", "فراس", "فريد", "فارس", "فاروق", "فتحي", "فوزي", "فايز", "فادي",
        "فاضل", "فرج", "فلاح", "فضل", "فالح", "فواز", "فيروز", "فائزة", "فريدة",
        "فلاديمير", "فيكتور", "فرانسوا", "فرانك", "فيليب", "فيتالي", "فولوديمير", "فابيوس", "فريدريك",
        # heads of organisation names: وزارة الدفاع is not و + زارة
        "وزارة", "وزارات", "وكالة", "وكالات", "وحدة", "وحدات", "وفد", "ولاية", "وادي", "واحة", "وقف",
        "وسائل", "ورشة", "وطن", "فرع", "فريق", "فرقة", "فيلق", "فصيل", "فصائل", "فندق",
    )
)
# Common given names, to tell «ومحمد» (و + محمد) from a name that starts with و. The
# registry's own first names (جون in جون كيري) are added when it loads.
_GIVEN_NAMES = frozenset(
    normalize(w)
    for w in (
        "محمد", "أحمد", "علي", "حسن", "حسين", "محمود", "مصطفى", "عمر", "عثمان", "خالد", "سعد", "سعيد",
        "سعود", "سلمان", "سليمان", "عبدالله", "عبدالرحمن", "عبدالعزيز", "عبدالملك", "عبدالكريم",
        "إبراهيم", "إسماعيل", "يوسف", "يحيى", "يونس", "موسى", "عيسى", "هادي", "مهدي", "صالح", "ناصر",
        "طارق", "طلال", "زياد", "زيد", "زكريا", "جمال", "كمال", "نبيل", "سامي", "سمير", "هاني", "هشام",
        "ماجد", "مازن", "مراد", "منصور", "نايف", "نواف", "تركي", "بندر", "ماهر", "باسل", "بشار", "حمد",
        "حمزة", "حامد", "جعفر", "جواد", "رضا", "كريم", "أمين", "أنور", "أسامة", "عادل", "عماد", "عمرو",
        "قاسم", "نوري", "هيثم", "ياسر", "ياسين", "عائشة", "مريم", "زينب", "سارة", "ليلى", "هدى", "نادية",
        "رامي", "سلطان", "راشد", "حسني", "مرسي", "عبدربه", "جون", "جورج", "ديفيد", "مايكل", "بيتر",
    )
)
# Words that end no person's name: NER sometimes runs a name into them («مورير قال»).
_VERB_STOP = frozenset(
    normalize(w)
    for w in (
        "قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "تؤكد", "أعلن", "أعلنت", "أضاف", "أضافت",
        "أوضح", "أوضحت", "أشار", "أشارت", "صرح", "صرحت", "كان", "كانت", "يكون", "تكون", "سيكون", "ستكون",
        "يتم", "سيتم", "إن", "أن", "إنه", "أنه", "قد", "لقد", "لم", "لن", "الذي", "التي", "الذين",
        "في", "من", "إلى", "عن", "مع", "منذ", "خلال", "أمس", "اليوم", "حيث",
    )
)
# Not here: على (normalised it is the name علي), بأن (normalised it is بان, as in بان كي مون).


class RegistryError(ValueError):
    """The actor registry file is missing or malformed; the message names the entry."""


# ---------------------------------------------------------------------------------------------
# Token readings


@functools.lru_cache(maxsize=1 << 17)
def name_readings(token: str) -> tuple[str, ...]:
    """Normalised readings under which ``token`` may start a name.

    The literal normalised form comes first, then the readings with proclitics
    removed. Readings that only exist by dropping the article are left out: a
    name written without ال is not the same word with ال.

    >>> name_readings("ولافروف")[:2]
    ('ولافروف', 'لافروف')
    >>> "البنتاغون" in name_readings("وللبنتاغون")
    True
    >>> "حماس" in name_readings("الحماس")
    False
    """
    form = _normalize_token(token)
    readings = [form]
    for reading in strip_clitics(form)[1:]:
        if form.endswith(reading):
            prefix = form[: len(form) - len(reading)]
            if "ال" in prefix or prefix.endswith("لل"):
                continue
        readings.append(reading)
    return tuple(readings)


# Tokens repeat a lot across a corpus: normalise each distinct one once.
_normalize_token = functools.lru_cache(maxsize=1 << 18)(normalize)


def _is_word(norm: str) -> bool:
    return any(ch.isalpha() for ch in norm)


# Transliteration skeleton: vowels and weak letters dropped, consonants that
# outlets swap for foreign sounds (g: غ ج ق; t: ط ت; s: ص س ث; z: ذ ظ ز) folded.
_SKELETON = str.maketrans({"غ": "ج", "ق": "ج", "ط": "ت", "ص": "س", "ث": "س", "ض": "د", "ذ": "ز", "ظ": "ز"})


def _skeleton(norm: str) -> str:
    """Consonant skeleton of a normalised name token (سيرغيه and سيرجي agree)."""
    stem = norm[:-1] if norm.endswith("ه") and len(norm) > 2 else norm
    return "".join(ch for ch in stem.translate(_SKELETON) if ch not in "اويءئؤ")


@functools.lru_cache(maxsize=1 << 14)
def _patronymic_positions(tokens: tuple[str, ...]) -> frozenset[int]:
    """Positions of inner «بن X» sequences in a normalised name (a family name follows them).

    X may be a compound (عبد العزيز, بدر الدين). The first token is never one, so
    «ابن سلمان» and «بن علي» stay whole, and a chain that ends the name («محمد بن
    سلمان», «أسامة بن لادن») is the name itself, not an inner part.

    >>> sorted(_patronymic_positions(("عادل", "بن", "احمد", "الجبير")))
    [1, 2]
    >>> _patronymic_positions(("محمد", "بن", "سلمان"))
    frozenset()
    """
    size = len(tokens)
    skipped: set[int] = set()
    i = 1
    while i < size:
        if tokens[i] not in _PATRONYMIC:
            i += 1
            continue
        j = i
        while j < size and tokens[j] in _PATRONYMIC:
            j = _after_patronym(tokens, j)
        if j >= size:
            break  # the chain ends the name: it is the name
        skipped.update(range(i, j))
        i = j
    return frozenset(skipped)


def _after_patronym(tokens: Sequence[str], j: int) -> int:
    """Index after «بن X» starting at ``j``, X taken with its compound part."""
    k = j + 1
    if k + 1 < len(tokens) and tokens[k] in ("عبد", "ابو", "ابي"):
        k += 1
    k += 1
    if k < len(tokens) and tokens[k] in ("الدين", "الله"):
        k += 1
    return k


def _skip_patronymics(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """``tokens`` without inner «بن X» sequences (see :func:`_patronymic_positions`)."""
    if len(tokens) < 4 or _PATRONYMIC.isdisjoint(tokens[1:]):
        return tokens
    skipped = _patronymic_positions(tokens)
    return tuple(t for i, t in enumerate(tokens) if i not in skipped) if skipped else tokens


# ---------------------------------------------------------------------------------------------
# Registry


@dataclass(frozen=True)
class _Role:
    actor_id: str
    start: str  # first day in office
    end: str  # first day out of office; "" while in office
    office: str = ""
    country: str = ""

    def holds(self, date: str) -> bool:
        return self.start <= date and (not self.end or date < self.end)


@dataclass(frozen=True)
class _Phrase:
    """A registry phrase: an alias, a role title or a blocking non-actor."""

    tokens: tuple[str, ...]
    kind: str  # alias | role | counterpart | stop


@dataclass(frozen=True)
class _Match:
    start: int  # token span in the sentence, end exclusive
    end: int
    phrase: _Phrase
    reading_rank: int  # 0 when the first token matched literally


class Registry:
    """The reviewed actor registry with normalised lookups.

    Build it with :func:`load_registry`. All lookups take normalised text
    (``pipeline.arabic.normalize``); strings are normalised again on the way in,
    so raw text works too.
    """

    def __init__(self, actors, aliases, roles, titles, countries, offices, not_actors, source="", generic_words=frozenset()):
        self.actors: dict[str, Actor] = actors
        self._generic_words: frozenset[str] = generic_words
        self.source = source
        self._aliases: dict[tuple[str, ...], tuple[str, ...]] = aliases
        self._roles: dict[tuple[str, ...], tuple[_Role, ...]] = roles
        self._titles: frozenset[tuple[str, ...]] = titles
        self._countries: dict[str, str] = {code: actor for code, (actor, _) in countries.items()}
        self._demonyms: dict[str, str] = {d: code for code, (_, demonyms) in countries.items() for d in demonyms}
        self._offices: dict[str, tuple[str, str]] = offices  # org id -> (office, country)
        self._by_first: dict[str, list[_Phrase]] = defaultdict(list)
        self._starts_cache: dict[str, tuple[tuple[int, _Phrase], ...]] = {}
        for tokens in aliases:
            self._by_first[tokens[0]].append(_Phrase(tokens, "alias"))
        for tokens in roles:
            self._by_first[tokens[0]].append(_Phrase(tokens, "role"))
        for tokens in not_actors:
            self._by_first[tokens[0]].append(_Phrase(tokens, "stop"))
        for word in _COUNTERPART:
            for demonym in self._demonyms:
                self._by_first[word].append(_Phrase((word, demonym), "counterpart"))
        self._titles_by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for title in sorted(titles, key=len, reverse=True):
            self._titles_by_first[title[0]].append(title)
        self._title_words = frozenset(t for title in titles for t in title)
        self._key_endings = frozenset(key[-2:] for key in self._by_first)
        # Words of role titles and demonyms: never a first name (وزير, الخارجية, الأمريكي).
        self._role_words = frozenset(t for title in roles for t in title) | frozenset(self._demonyms)
        self._alias_tokens: dict[str, frozenset[str]] = defaultdict(frozenset)
        for tokens, ids in aliases.items():
            for actor_id in ids:
                self._alias_tokens[actor_id] = self._alias_tokens[actor_id] | frozenset(tokens)
        people = {tokens: ids for tokens, ids in aliases.items() if any(actors[a].type == "PER" for a in ids)}
        # First names in the registry (جون of جون كيري), minus titles and name connectors.
        self._given_names = (
            frozenset(t[0] for t in people if len(t) >= 2) - self._title_words - self._role_words - _CONNECTORS
        ) | _GIVEN_NAMES
        self._person_tokens = frozenset(t for tokens in people for t in tokens) | self._given_names
        self._not_name_words = _VERB_STOP | self._title_words | self._role_words | self._generic_words
        # «تميم آل ثاني» for the alias «تميم بن حمد آل ثاني»: aliases with the inner patronymic left out.
        self._patronymic_aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for tokens, ids in people.items():
            short = _skip_patronymics(tokens)
            if short != tokens and short not in aliases:
                self._patronymic_aliases[short] = tuple(dict.fromkeys(self._patronymic_aliases.get(short, ()) + ids))
        self._patronymic_ends = frozenset(short[-1] for short in self._patronymic_aliases)

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    # -- lookups ---------------------------------------------------------------------------

    def lookup(self, name: str | Sequence[str]) -> tuple[str, ...]:
        """Actor ids whose alias is exactly ``name`` (text or normalised tokens).

        >>> load_registry().lookup("البنتاجون")
        ('pentagon',)
        >>> load_registry().lookup("بوش")
        ('george_w_bush', 'george_hw_bush')
        """
        return self._aliases.get(_phrase_key(name), ())

    def lookup_person(self, name: Sequence[str]) -> tuple[str, ...]:
        """Registry people named ``name`` (normalised tokens) modulo an inner patronymic.

        «عادل بن أحمد الجبير» finds the alias «عادل الجبير», and «تميم آل ثاني» the alias
        «تميم بن حمد آل ثاني»; two names with different patronymics never meet.

        >>> load_registry().lookup_person(["عادل", "بن", "احمد", "الجبير"])
        ('adel_al_jubeir',)
        """
        name = tuple(name)
        ids = self._aliases.get(name, ())
        if not ids:
            short = _skip_patronymics(name)
            ids = self._aliases.get(short, ()) if short != name else ()
        if not ids:
            ids = self._patronymic_aliases.get(name, ())
        return tuple(a for a in ids if self.actors[a].type == "PER")

    def role_holders(self, role_phrase: str | Sequence[str], date: str) -> tuple[str, ...]:
        """Every actor holding the role named by ``role_phrase`` on ``date`` (ISO)."""
        if not _DATE.match(date[:10]):
            return ()
        date = date[:10]
        roles = self._roles.get(_phrase_key(role_phrase), ())
        return tuple(dict.fromkeys(r.actor_id for r in roles if r.holds(date)))

    def role_holder(self, role_phrase_normalised: str | Sequence[str], date: str) -> str | None:
        """The one holder of a role on ``date``, or None when nobody or several hold it.

        >>> registry = load_registry()
        >>> registry.role_holder("وزير الدفاع الأمريكي", "2014-06-01"), registry.role_holder("وزير الدفاع الأميركي", "2016-06-01")
        ('chuck_hagel', 'ashton_carter')
        >>> registry.role_holder("وزير الدفاع الأمريكي", "") is None
        True
        """
        holders = self.role_holders(role_phrase_normalised, date)
        return holders[0] if len(holders) == 1 else None

    def active_on(self, actor_id: str, date: str) -> bool:
        """True when the actor holds any registry role on ``date``."""
        date = date[:10]
        return bool(date) and any(r.holds(date) for r in self._roles_of(actor_id))

    def counterpart(self, actor_id: str, country: str, date: str) -> str | None:
        """The actor with ``actor_id``'s office in ``country`` («نظيره الأمريكي»).

        Organisations match on their ``office`` (the Russian MoD's counterpart in
        ``us`` is the Pentagon); people on the office they hold on ``date``.
        """
        if actor_id in self._offices:
            office = self._offices[actor_id][0]
            found = [a for a, (o, c) in self._offices.items() if o == office and c == country]
            return found[0] if len(found) == 1 else None
        date = date[:10]
        if not _DATE.match(date):
            return None
        offices = {r.office for r in self._roles_of(actor_id) if r.office and r.holds(date)}
        holders = {
            r.actor_id
            for roles in self._roles.values()
            for r in roles
            if r.office in offices and r.country == country and r.holds(date)
        }
        return holders.pop() if len(holders) == 1 else None

    def country_of_demonym(self, token: str) -> str | None:
        """Country code for a demonym such as الأميركية, else None."""
        return self._demonyms.get(normalize(token))

    # -- matching --------------------------------------------------------------------------

    def starts(self, token: str) -> tuple[tuple[int, _Phrase], ...]:
        """(reading rank, phrase) for every registry phrase that may start at ``token`` (raw text).

        Cached per distinct token: a corpus repeats its words, and most start nothing.
        """
        cached = self._starts_cache.get(token)
        if cached is None:
            if len(self._starts_cache) > 1 << 19:  # bound memory on huge corpora
                self._starts_cache.clear()
            if _normalize_token(token)[-2:] not in self._key_endings:
                cached = ()  # every reading is a suffix of the form: no key can match
            else:
                cached = tuple(
                    (rank, phrase)
                    for rank, reading in enumerate(name_readings(token))
                    for phrase in self._by_first.get(reading, ())
                )
            self._starts_cache[token] = cached
        return cached

    def match_phrases(self, norms: Sequence[str], token_texts: Sequence[str]) -> list[_Match]:
        """Non-overlapping registry phrases in a tokenised sentence, longest first.

        ``norms`` are the normalised tokens and ``token_texts`` the tokens as
        written. Stop phrases are returned too: they win their tokens so that
        the aliases inside them do not match.
        """
        return self._match_starts(norms, [self.starts(t) for t in token_texts])

    def _match_starts(self, norms: Sequence[str], starts: Sequence[tuple[tuple[int, _Phrase], ...]]) -> list[_Match]:
        found = []
        for i, token_starts in enumerate(starts):
            for rank, phrase in token_starts:
                end = i + 1 if len(phrase.tokens) == 1 else _match_rest(phrase.tokens, norms, i + 1)
                if end is not None:
                    found.append(_Match(i, end, phrase, rank))
        found.sort(key=lambda m: (-len(m.phrase.tokens), m.start, m.reading_rank))
        taken: set[int] = set()
        kept = []
        for match in found:
            span = range(match.start, match.end)
            if not taken.intersection(span):
                taken.update(span)
                kept.append(match)
        kept.sort(key=lambda m: m.start)
        return kept

    def title_length(self, norms: Sequence[str], readings: Sequence[tuple[str, ...]], i: int) -> int:
        """Number of tokens of the longest title starting at token ``i`` (0 if none)."""
        best = 0
        for reading in readings[i]:
            for title in self._titles_by_first.get(reading, ()):
                if len(title) > best and tuple(norms[i + 1 : i + len(title)]) == title[1:]:
                    best = len(title)
        return best

    def _roles_of(self, actor_id: str) -> Iterable[_Role]:
        return (r for roles in self._roles.values() for r in roles if r.actor_id == actor_id)


def _phrase_key(text: str | Sequence[str]) -> tuple[str, ...]:
    if isinstance(text, str):
        return tuple(normalize(t.text) for t in tokenize(text))
    return tuple(map(_normalize_token, text))


def _match_rest(tokens: tuple[str, ...], norms: Sequence[str], j: int) -> int | None:
    """End of the phrase whose first token matched before ``j``, or None. Quotes are skipped."""
    size = len(norms)
    for token in tokens[1:]:
        while j < size and norms[j] in _QUOTES:
            j += 1
        if j >= size or norms[j] != token:
            return None
        j += 1
    return j


# ---------------------------------------------------------------------------------------------
# Loading


def load_registry(path: Path | str | None = None) -> Registry:
    """Load and validate the actor registry (cached per file and modification time).

    Parameters
    ----------
    path
        A registry YAML file; defaults to ``pipeline/data/actors.yaml``.

    Raises
    ------
    RegistryError
        When the file is missing or an entry is malformed; the message names
        the entry and the field.
    """
    return load_data_file(Path(path) if path is not None else DEFAULT_REGISTRY_PATH, build_registry, RegistryError)


def build_registry(data: dict, source: str = "<registry>") -> Registry:
    """Validate parsed registry data (the YAML's structure) and index it."""
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise RegistryError(f"{source}: expected a mapping with an `actors` list")
    unknown = set(data) - {"actors", "titles", "countries", "not_actors", "generic_words"}
    if unknown:
        raise RegistryError(f"{source}: unknown top-level key(s) {sorted(unknown)}")
    actors: dict[str, Actor] = {}
    aliases: dict[tuple[str, ...], list[str]] = defaultdict(list)
    roles: dict[tuple[str, ...], list[_Role]] = defaultdict(list)
    offices: dict[str, tuple[str, str]] = {}
    countries = _read_countries(data.get("countries") or {}, source)
    for index, raw in enumerate(data["actors"]):
        where = f"{source}: actor #{index + 1}"
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            where += f" ({raw['id']})"
        actor, entry_roles = _read_entry(raw, where, set(countries))
        if actor.id in actors:
            raise RegistryError(f"{where}: duplicate id {actor.id!r}; ids must be unique")
        actors[actor.id] = actor
        for alias in actor.aliases:
            key = _phrase_key(alias)
            if actor.id not in aliases[key]:
                aliases[key].append(actor.id)
        for titles, role in entry_roles:
            for title in titles:
                roles[_phrase_key(title)].append(role)
        if raw.get("office"):
            offices[actor.id] = (raw["office"], raw.get("country", ""))
    for code, (actor_id, _) in countries.items():
        if actor_id not in actors:
            raise RegistryError(f"{source}: country {code!r} names unknown actor {actor_id!r}")
    clash = set(aliases) & set(roles)
    if clash:
        raise RegistryError(f"{source}: phrase(s) both alias and role title: {sorted(' '.join(c) for c in clash)}")
    titles = frozenset(_phrase_key(_text(t, f"{source}: titles")) for t in data.get("titles") or ())
    stops = [_phrase_key(_text(t, f"{source}: not_actors")) for t in data.get("not_actors") or ()]
    generic = frozenset(normalize(_text(t, f"{source}: generic_words")) for t in data.get("generic_words") or ())
    return Registry(
        actors,
        {k: tuple(v) for k, v in aliases.items()},
        {k: tuple(v) for k, v in roles.items()},
        titles,
        countries,
        offices,
        stops,
        source,
        generic,
    )


def _read_countries(raw: dict, source: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    if not isinstance(raw, dict):
        raise RegistryError(f"{source}: `countries` must map a code to {{actor, demonyms}}")
    out = {}
    for code, value in raw.items():
        if not isinstance(value, dict) or not isinstance(value.get("actor"), str):
            raise RegistryError(f"{source}: country {code!r} needs an `actor` id and a `demonyms` list")
        demonyms = tuple(normalize(_text(d, f"{source}: country {code!r}")) for d in value.get("demonyms") or ())
        out[str(code)] = (value["actor"], demonyms)
    return out


def _read_entry(raw: object, where: str, country_codes: set[str]) -> tuple[Actor, list[tuple[list[str], _Role]]]:
    if not isinstance(raw, dict):
        raise RegistryError(f"{where}: expected a mapping with id, label, type, aliases")
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise RegistryError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_ENTRY_KEYS)}")
    actor_id = raw.get("id")
    if not isinstance(actor_id, str) or not _ID.match(actor_id):
        raise RegistryError(f"{where}: `id` must be a lowercase ASCII slug like john_kerry, got {actor_id!r}")
    label = _text(raw.get("label"), f"{where}: `label`")
    kind = raw.get("type")
    if kind not in ENTITY_TYPES:
        raise RegistryError(f"{where}: `type` must be one of {', '.join(ENTITY_TYPES)}, got {kind!r}")
    alias_list = raw.get("aliases")
    if not isinstance(alias_list, list) or not alias_list:
        raise RegistryError(f"{where}: `aliases` must be a non-empty list of Arabic spellings")
    aliases = [_text(a, f"{where}: alias") for a in alias_list]
    wikidata = raw.get("wikidata") or ""
    if wikidata and not _WIKIDATA.match(str(wikidata)):
        raise RegistryError(f"{where}: `wikidata` must look like Q42, got {wikidata!r}")
    if raw.get("country") and raw["country"] not in country_codes:
        raise RegistryError(f"{where}: unknown country {raw['country']!r}; add it under `countries`")
    roles = [_read_role(r, f"{where}: role #{i + 1}", actor_id, country_codes) for i, r in enumerate(raw.get("roles") or ())]
    actor = Actor(
        id=actor_id,
        label=label,
        type=kind,
        label_en=str(raw.get("label_en") or ""),
        aliases=tuple(dict.fromkeys([label, *aliases])),
        wikidata=str(wikidata),
    )
    return actor, roles


def _read_role(raw: object, where: str, actor_id: str, country_codes: set[str]) -> tuple[list[str], _Role]:
    if not isinstance(raw, dict):
        raise RegistryError(f"{where}: expected a mapping with title, start, end")
    unknown = set(raw) - _ROLE_KEYS
    if unknown:
        raise RegistryError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_ROLE_KEYS)}")
    titles = raw.get("title")
    titles = [titles] if isinstance(titles, str) else titles
    if not isinstance(titles, list) or not titles:
        raise RegistryError(f"{where}: `title` must be an Arabic role phrase or a list of them")
    titles = [_text(t, f"{where}: `title`") for t in titles]
    start = _date(raw.get("start"), f"{where}: `start`")
    end = "" if raw.get("end") is None else _date(raw.get("end"), f"{where}: `end`")
    if not start or (end and end <= start):
        raise RegistryError(f"{where}: needs `start` (YYYY-MM-DD) before `end` (exclusive, or null)")
    country = raw.get("country") or ""
    if country and country not in country_codes:
        raise RegistryError(f"{where}: unknown country {country!r}; add it under `countries`")
    return titles, _Role(actor_id, start, end, str(raw.get("office") or ""), country)


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RegistryError(f"{where}: expected non-empty text, got {value!r}")
    return value.strip()


def _date(value: object, where: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and _DATE.match(value):
        return value
    raise RegistryError(f"{where}: expected a date YYYY-MM-DD, got {value!r}")


# ---------------------------------------------------------------------------------------------
# Linking one article


@dataclass
class _ArticleState:
    """What the article has said so far: actors seen and full names given."""

    date: str
    seen: set[str] = field(default_factory=set)
    full_names: list[tuple[frozenset[str], str]] = field(default_factory=list)
    # Readings of the words in the article's NER person mentions: in how many
    # mentions each occurs, and how many mentions end with it. Counted on first use.
    tagged: TaggedArticle | None = None
    _person_counts: tuple[Counter[str], Counter[str]] | None = None

    def person_counts(self) -> tuple[Counter[str], Counter[str]]:
        if self._person_counts is None:
            self._person_counts = _count_person_words(self.tagged) if self.tagged else (Counter(), Counter())
        return self._person_counts

    def remember(self, actor_id: str, name_tokens: Sequence[str], is_person: bool) -> None:
        self.seen.add(actor_id)
        if is_person and len(name_tokens) >= 2:
            # A father's name (سلمان in محمد بن سلمان) and the connectors are not
            # what a short form of the name can be.
            words = frozenset(name_tokens)
            if not _CONNECTORS.isdisjoint(words):
                father = {k + 1 for k, t in enumerate(name_tokens) if t in _PATRONYMIC and k > 0}
                words = frozenset(t for k, t in enumerate(name_tokens) if k not in father and t not in _CONNECTORS)
            self.full_names.append((words, actor_id))

    def full_names_containing(self, readings: Iterable[str]) -> set[str]:
        readings = set(readings)
        return {actor_id for tokens, actor_id in self.full_names if tokens & readings}


@dataclass
class _Candidate:
    """One thing in a sentence that may become a linked mention."""

    start: int  # token span in the sentence
    end: int
    kind: str  # alias | role | counterpart | name
    mention: Mention | None = None  # the NER mention it keeps, if any
    match: _Match | None = None
    country: str = ""  # counterpart only


def link_article(tagged: TaggedArticle, registry: Registry) -> list[LinkedMention]:
    """Link one article's mentions (and registry phrases NER missed) to actors.

    Pure: the result depends only on the article and the registry. Mentions
    come in sentence and offset order; NER mentions are kept unchanged, and
    registry matches NER missed get a new :class:`Mention` over their tokens.

    Parameters
    ----------
    tagged
        The article with its sentences and NER mentions.
    registry
        From :func:`load_registry`.

    Returns
    -------
    list of LinkedMention
        ``via`` says how each was linked: ``alias`` (a registry alias),
        ``role`` (a role or counterpart phrase, at the article's date),
        ``short-form`` (one token standing for a full name given in the
        article, or a name that a longer one in the article extends) or
        ``name`` (a name outside the registry).

    A second pass over the whole article settles what one sentence cannot
    (:func:`_settle_names`): short forms given before the full name, names
    that a longer one extends, clitic variants of a name.
    """
    article = tagged.article
    state = _ArticleState(date=article.date[:10] if _DATE.match(article.date[:10]) else "", tagged=tagged)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in tagged.mentions:
        by_sentence[mention.sentence].append(mention)
    linked: list[LinkedMention] = []
    for sentence in tagged.sentences:
        linked.extend(_link_sentence(article.id, article.text, sentence, by_sentence.get(sentence.index, ()), registry, state))
    return _settle_names(linked, state, registry)


def _count_person_words(tagged: TaggedArticle) -> tuple[Counter[str], Counter[str]]:
    """Readings of the words of the article's NER person mentions: mentions with each, mentions ending with each."""
    words_in: Counter[str] = Counter()
    last_in: Counter[str] = Counter()
    sentences = {s.index: s for s in tagged.sentences}
    for mention in tagged.mentions:
        sentence = sentences.get(mention.sentence)
        if mention.type != "PER" or sentence is None:
            continue
        start, end = _token_span(mention, sentence)
        words = [t.text for t in sentence.tokens[start:end] if _is_word(_normalize_token(t.text))]
        if words:
            words_in.update({r for t in words for r in name_readings(t)})
            last_in.update(set(name_readings(words[-1])))
    return words_in, last_in


def _settle_names(linked: list[LinkedMention], state: _ArticleState, registry: Registry) -> list[LinkedMention]:
    """Second pass over one article: names that only the whole article can settle.

    1. A name seen with a clitic glued on (ومهدي المشاط) joins the bare name
       when the article has it too.
    2. A person's name that another one in the article extends (إسماعيل ولد الشيخ
       → إسماعيل ولد الشيخ أحمد; خالد الحميدي → خالد بن علي الحميدي) joins that
       longer name, when only one longer name (or one chain of them) extends it.
    3. A one-token person name joins the one full name in the article, given
       before or after it, that contains it as a word (clitics read through); if two
       full names contain it, it stays on its own.
    """
    own = {lm.actor_id for lm in linked if lm.actor_id not in registry}
    if not own:
        return linked
    redirect = _clitic_variant_redirects(own)
    people = {redirect.get(a, a) for a in own if a.startswith("per:")}
    extended = _extension_redirects(people, registry)
    if not redirect and not extended and all("_" in a for a in people):
        return linked  # nothing to merge and no one-token name to settle

    def final(actor_id: str) -> str:
        actor_id = redirect.get(actor_id, actor_id)
        return extended.get(actor_id, actor_id)

    full_names = [(tokens, final(actor_id)) for tokens, actor_id in state.full_names]
    out = []
    for lm in linked:
        actor_id, via = final(lm.actor_id), lm.via
        if actor_id != redirect.get(lm.actor_id, lm.actor_id):
            via = "short-form"
        key = actor_id[4:]
        if via == "name" and actor_id.startswith("per:") and "_" not in key and key not in _CONNECTORS:
            readings = set(strip_clitics(key))
            holders = {a for tokens, a in full_names if tokens & readings} - {actor_id}
            if len(holders) == 1:
                actor_id, via = holders.pop(), "short-form"
        out.append(lm if (actor_id, via) == (lm.actor_id, lm.via) else LinkedMention(lm.mention, actor_id, via))
    return out


def _extends(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True when ``longer`` is ``shorter`` with more words after it or an inner patronymic."""
    if len(longer) <= len(shorter):
        return False
    if len(shorter) >= 2 and longer[: len(shorter)] == shorter:
        return True
    bare = _skip_patronymics(longer)
    return bare != longer and (bare == shorter or (len(shorter) >= 2 and bare[: len(shorter)] == shorter))


def _extension_redirects(person_ids: Iterable[str], registry: Registry) -> dict[str, str]:
    """Map each person id to the one longer name that extends it (:func:`_extends`).

    When the longer names that extend a name are not one chain (جورج بوش الأب and
    جورج بوش الابن both extend جورج بوش), nothing is merged. A longer form whose
    extra words are titles, role words or particles (جون بولتون مستشار) is NER
    over-reach, not a fuller name, and attracts nothing.
    """
    not_names = registry._not_name_words
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for actor_id in person_ids:
        tokens = tuple(actor_id[4:].split("_"))
        if len(tokens) >= 2:
            by_first[tokens[0]].append((actor_id, tokens))  # both relations keep the first word
    redirect = {}
    for actor_id, tokens in (item for group in by_first.values() if len(group) > 1 for item in group):
        longer = [(a, t) for a, t in by_first[tokens[0]] if _extends(t, tokens) and not_names.isdisjoint(t[len(tokens) :])]
        if not longer:
            continue
        top_id, top = max(longer, key=lambda item: (len(item[1]), item[0]))
        if all(a == top_id or _extends(top, t) for a, t in longer):
            redirect[actor_id] = top_id
    return redirect


def _link_sentence(article_id, text, sentence: Sentence, ner: Sequence[Mention], registry: Registry, state) -> list[LinkedMention]:
    texts = [t.text for t in sentence.tokens]
    starts = [registry.starts(t) for t in texts]
    if not ner and not any(starts):
        return []  # nothing NER saw, nothing the registry knows: most sentences
    norms = _LazyTokens(texts, _normalize_token)
    readings = _LazyTokens(texts, name_readings)
    matches = registry._match_starts(norms, starts)
    ner_spans = [(_token_span(m, sentence), m) for m in ner]
    ner_spans = _split_coordinated(ner_spans, matches, norms, article_id, text, sentence)
    if ner:
        ner_spans = _trim_verb_tails(ner_spans, matches, norms, readings, registry, state, article_id, text, sentence)
    names = _person_names(matches, ner_spans, norms, registry)
    kept, described = _roles_and_aliases(matches, norms, readings, registry, names)
    kept += _counterparts(matches, norms, readings, registry, names)
    candidates = _merge_ner(kept, ner_spans, described, norms, readings, registry)
    entity_ends = _EntityEnds(matches, ner_spans, registry)
    linked: list[LinkedMention] = []
    spans: list[tuple[int, str]] = []  # (token start, actor id) of what is linked so far
    for cand in sorted(candidates, key=lambda c: (c.start, c.end)):
        result = _resolve(cand, norms, readings, registry, state, spans, entity_ends)
        if result is None:
            continue
        actor_id, via, name_tokens, actor_type = result
        mention = cand.mention or _new_mention(article_id, text, sentence, cand.start, cand.end, actor_type)
        linked.append(LinkedMention(mention, actor_id, via))
        spans.append((cand.start, actor_id))
        state.remember(actor_id, name_tokens, actor_type == "PER" and via != "role")
    return linked


def _split_coordinated(ner_spans, matches, norms, article_id, text, sentence: Sentence):
    """Cut an NER span where a registry name joined by و/ف begins inside it.

    The model sometimes runs two coordinated names into one («شكري وكيري»,
    «كيري ولافروف»); a registry name reached only by dropping the و is a new
    conjunct, not the rest of a name. Names that merely start with و (وليد,
    وايت) are not registry matches reached that way, so they stay whole.
    """
    cuts = sorted({m.start for m in matches if m.phrase.kind == "alias" and _conjoined(m, norms)})
    if not cuts:
        return ner_spans
    out = []
    for (start, end), mention in ner_spans:
        inside = [c for c in cuts if start < c < end]
        if not inside:
            out.append(((start, end), mention))
            continue
        for left, right in zip([start] + inside, inside + [end]):
            part = _new_mention(article_id, text, sentence, left, right, mention.type)
            out.append(((left, right), part))
    return out


def _trim_verb_tails(ner_spans, matches, norms, readings, registry, state, article_id, text, sentence: Sentence):
    """Cut verbs and function words that NER ran a person's name into («مورير ستتمحور»).

    The last word of a PER span goes when it is in a short list of verbs and
    particles (قال, إن, في...), or when it has the shape of a future verb (س + ت/ي/ن/أ
    + a stem of three letters or more, not a long vowel after the prefix) and either
    the stem starts with ت (ستتمحور, سيتوجه) or the article bears it out: no other
    person mention has that word, and another one ends with the word before it. A
    word of a registry name, or a known first name, is never cut.
    """
    out = []
    for (start, end), mention in ner_spans:
        new_end = end
        if mention.type == "PER":
            while (
                new_end - start >= 2
                and _verb_tail(norms[new_end - 1], readings[new_end - 2], registry, state)
                and not any(m.start < new_end <= m.end and m.phrase.kind != "stop" for m in matches)
            ):
                new_end -= 1
        if new_end == end:
            out.append(((start, end), mention))
        else:
            out.append(((start, new_end), _new_mention(article_id, text, sentence, start, new_end, mention.type)))
    return out


def _verb_tail(norm: str, before: tuple[str, ...], registry, state) -> bool:
    if norm in _VERB_STOP:
        return True
    if len(norm) < 5 or norm[0] != "س" or norm[1] not in "تينا" or norm[2] in "اوي" or norm in registry._person_tokens:
        return False
    if norm[2] == "ت" and norm[1] != "ا":
        return True  # ستتمحور, سيتحدث: a second verb prefix, no name starts so
    words_in, last_in = state.person_counts()
    return words_in[norm] <= 1 and any(last_in[r] for r in before)


class _EntityEnds:
    """Token index after each entity in a sentence → the entity types ending there.

    Built on first use: only a name that starts with و asks.
    """

    def __init__(self, matches, ner_spans, registry):
        self._source = (matches, ner_spans, registry)
        self._ends: dict[int, set[str]] | None = None

    def get(self, index: int, default=()):
        if self._ends is None:
            matches, ner_spans, registry = self._source
            self._ends = defaultdict(set)
            for (_, end), mention in ner_spans:
                self._ends[end].add(mention.type)
            for m in matches:
                if m.phrase.kind == "alias":
                    self._ends[m.end].update(registry.actors[a].type for a in registry.lookup(m.phrase.tokens))
        return self._ends.get(index, default)


@dataclass(frozen=True)
class _Names:
    """Where person names start and end in a sentence.

    ``starts`` maps a start token to True when the name carries a conjunction
    و/ف (a new person, not an apposition of what precedes it).
    """

    starts: dict[int, bool]
    ends: set[int]


def _person_names(matches, ner_spans, norms, registry) -> _Names:
    starts: dict[int, bool] = {}
    ends: set[int] = set()
    for (start, end), mention in ner_spans:
        if mention.type == "PER":
            starts.setdefault(start, False)  # NER alone cannot tell وليد from و+ليد
            ends.add(end)
    for m in matches:
        if m.phrase.kind == "alias" and any(registry.actors[a].type == "PER" for a in registry.lookup(m.phrase.tokens)):
            starts[m.start] = _conjoined(m, norms)
            ends.add(m.end)
    return _Names(starts, ends)


def _conjoined(match: _Match, norms) -> bool:
    """True when a phrase matched only after dropping a leading و or ف."""
    return match.reading_rank > 0 and norms[match.start][:1] in ("و", "ف")


def _token_span(mention: Mention, sentence: Sentence) -> tuple[int, int]:
    """Token span of a mention in its sentence, from the offsets when none is given."""
    if mention.token_end > mention.token_start:
        return mention.token_start, mention.token_end
    starts = [t.start for t in sentence.tokens]
    first = max(bisect.bisect_right(starts, mention.start) - 1, 0)
    last = bisect.bisect_left(starts, mention.end)
    return first, max(last, first + 1)


def _roles_and_aliases(matches, norms, readings, registry, names: _Names):
    """Keep aliases; keep a role only when no name stands with it.

    Returns the kept candidates and the token spans of role phrases dropped
    because a name follows or precedes (their words describe that name), or
    because السابق marks a former holder.
    """
    kept, described = [], []
    for m in matches:
        if m.phrase.kind in ("stop", "counterpart"):
            continue
        if m.phrase.kind == "alias":
            kept.append(_Candidate(m.start, m.end, "alias", match=m))
            continue
        after = _skip_titles(norms, readings, registry, m.end)
        former = after < len(norms) and norms[after] in _FORMER
        if former:
            after = _skip_titles(norms, readings, registry, after + 1)
        named_after = _name_starts_within(names, m.end, after)
        named_before = _name_just_before(norms, m.start, names.ends) and not _conjoined(m, norms)
        if named_after or named_before or former:
            described.append((m.start, m.end))
        else:
            kept.append(_Candidate(m.start, m.end, "role", match=m))
    return kept, described


def _skip_titles(norms, readings, registry, i: int) -> int:
    while i < len(norms):
        length = registry.title_length(norms, readings, i)
        if not length:
            break
        i += length
    return i


def _name_starts_within(names: _Names, first: int, last: int) -> bool:
    """A name (not a conjoined one) starts between ``first`` and ``last`` (titles between)."""
    return any(i in names.starts and not names.starts[i] for i in range(first, last + 1))


def _name_just_before(norms, start: int, person_ends: set[int]) -> bool:
    i = start
    while i > 0 and norms[i - 1] in _APPOSITION:
        i -= 1
    return i in person_ends and i > 0


def _counterparts(matches, norms, readings, registry, names: _Names) -> list[_Candidate]:
    """«نظيره الأمريكي» with no name after it: a counterpart to resolve later."""
    found = []
    for m in matches:
        if m.phrase.kind == "counterpart" and not _name_starts_within(
            names, m.end, _skip_titles(norms, readings, registry, m.end)
        ):
            found.append(_Candidate(m.start, m.end, "counterpart", country=registry.country_of_demonym(m.phrase.tokens[1])))
    return found


class _LazyTokens(Sequence):
    """A per-token value (normalised form, readings) computed on first use.

    Most tokens of a sentence are never looked at; computing them all is
    what made linking slow.
    """

    def __init__(self, texts: Sequence[str], compute):
        self._texts = texts
        self._compute = compute
        self._values: list = [None] * len(texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        value = self._values[index]
        if value is None:
            value = self._values[index] = self._compute(self._texts[index])
        return value


def _merge_ner(kept, ner_spans, described, norms, readings, registry) -> list[_Candidate]:
    """Combine registry candidates with NER mentions.

    An NER mention overlapping one registry candidate lends it its Mention;
    overlapping several, it is dropped for them; overlapping none, it becomes
    a name candidate, unless it lies inside a role phrase that describes a name.
    """
    out = list(kept)
    for (start, end), mention in ner_spans:
        if _is_junk(norms[start:end]):
            continue
        overlapping = [c for c in kept if c.start < end and start < c.end]
        if not overlapping:
            described_name = any(s <= start and end <= e for s, e in described)
            if not described_name and not _is_generic(readings[start:end], norms[start:end], registry):
                out.append(_Candidate(start, end, "name", mention=mention))
            continue
        if len(overlapping) > 1:
            continue
        cand = overlapping[0]
        if cand.kind == "alias" and _names_someone_else(cand, start, end, mention, norms, readings, registry, described):
            out.remove(cand)
            out.append(_Candidate(start, end, "name", mention=mention))
        elif cand.kind == "alias" and cand.mention is None and start <= cand.start and cand.end <= end:
            # Only a mention covering the whole alias lends its span: NER that
            # tagged «سورية» inside «جيش سورية الجديدة» does not shorten the name.
            cand.mention = mention
    return out


def _names_someone_else(cand, start, end, mention, norms, readings, registry, described) -> bool:
    """True when an NER mention extends a registry alias into a different name.

    «جامعة دمشق» (ORG) is not Damascus (LOC); «تيم كوك» is not the registry's
    كوك when no alias of that actor has a first name like تيم. Titles, role
    words and demonyms before a person's name («الأميركي جون كيري») are NER
    over-reach, not a first name.
    """
    ids = registry.lookup(cand.match.phrase.tokens)
    inside_roles = {i for s, e in described for i in range(s, e)}
    extra = [
        i
        for i in range(start, end)
        if not cand.start <= i < cand.end
        and _is_word(norms[i])
        and i not in inside_roles
        and not (set(readings[i]) & registry._title_words)
    ]
    if not extra or not ids:
        return False
    if mention.type != registry.actors[ids[0]].type:
        return True
    inner = _patronymic_positions(tuple(norms[start:end]))  # عادل [بن أحمد] الجبير
    before = [
        i for i in extra if i < cand.start and i - start not in inner and not set(readings[i]) & registry._role_words
    ]
    if mention.type != "PER" or len(cand.match.phrase.tokens) > 1 or not before:
        return False
    known = {_skeleton(t) for a in ids for t in registry._alias_tokens[a]}
    return not all(_skeleton(norms[i]) in known for i in before)


def _is_generic(readings, norms: Sequence[str], registry) -> bool:
    """True when every word is a title, role word, demonym or generic noun.

    NER tags «عسكريون روس» or «وروس» as people; no word in them is a name.
    """
    words = [r for r, n in zip(readings, norms) if _is_word(n)]
    vocabulary = registry._generic_words | registry._title_words | registry._role_words
    return bool(words) and all(set(r) & vocabulary for r in words)


def _is_junk(norms: Sequence[str]) -> bool:
    """Single letters, digits and punctuation are not names."""
    letters = sum(ch.isalpha() for norm in norms for ch in norm)
    return letters < 2


def _resolve(cand: _Candidate, norms, readings, registry, state, spans, entity_ends=None):
    """Decide a candidate's actor: (actor_id, via, name tokens, type) or None."""
    if cand.kind == "alias":
        return _resolve_alias(cand, readings, registry, state)
    if cand.kind == "role":
        holders = registry.role_holders(cand.match.phrase.tokens, state.date) if state.date else ()
        actor_id = _one(holders, state)
        return (actor_id, "role", (), registry.actors[actor_id].type) if actor_id else None
    if cand.kind == "counterpart":
        return _resolve_counterpart(cand, registry, state, spans)
    return _resolve_name(cand, norms, readings, registry, state, entity_ends if entity_ends is not None else {})


def _one(candidates: Sequence[str], state: _ArticleState) -> str | None:
    """The single candidate, or the single one the article already mentioned."""
    if len(candidates) == 1:
        return candidates[0]
    seen = [c for c in candidates if c in state.seen]
    return seen[0] if len(seen) == 1 else None


def _resolve_alias(cand, readings, registry, state):
    tokens = cand.match.phrase.tokens
    ids = registry.lookup(tokens)
    people = [a for a in ids if registry.actors[a].type == "PER"]
    if len(tokens) == 1 and people:
        earlier = state.full_names_containing(readings[cand.start])
        if len(earlier) == 1:
            actor_id = earlier.pop()
            via = "alias" if actor_id in ids else "short-form"
            return actor_id, via, tokens, "PER"
    actor_id = _one(ids, state)
    if actor_id is None and state.date:
        active = [a for a in ids if registry.active_on(a, state.date)]
        actor_id = active[0] if len(active) == 1 else None
    if actor_id is None:
        return None
    return actor_id, "alias", tokens, registry.actors[actor_id].type


def _resolve_counterpart(cand, registry, state, spans):
    """The counterpart of the nearest registry actor before it in the sentence."""
    antecedents = [actor_id for start, actor_id in spans if start < cand.start and actor_id in registry]
    if not antecedents:
        return None
    actor_id = registry.counterpart(antecedents[-1], cand.country, state.date)
    return (actor_id, "role", (), registry.actors[actor_id].type) if actor_id else None


def _resolve_name(cand, norms, readings, registry, state, entity_ends):
    """An NER name outside the registry's phrases: a registry person up to a patronymic, or its own actor.

    One-token names are settled against the whole article afterwards (:func:`_settle_names`).
    """
    mention = cand.mention
    first, name = _clean_name(norms[cand.start : cand.end], readings[cand.start : cand.end], registry)
    if not name or _is_junk(name):
        return None
    if mention.type == "PER" and len(name) >= 2 and (
        name[-1] in registry._patronymic_ends or not _PATRONYMIC.isdisjoint(name[1:-1])
    ):
        for reading in name_readings(name[0]):
            actor_id = _one(registry.lookup_person([reading, *name[1:]]), state)
            if actor_id:
                return actor_id, "alias", name, "PER"
    if mention.type in ("PER", "ORG") and _glued_conjunction(name[0], mention.type, cand.start + first, norms, registry, entity_ends):
        name[0] = name[0][1:]
    return non_registry_id(name, mention.type), "name", name, mention.type


def _glued_conjunction(norm: str, kind: str, index: int, norms, registry, entity_ends) -> bool:
    """True when a name's first token is و/ف glued to a name (ومهدي المشاط), not a name itself (وليد).

    Evidence needed beyond the shape (the stripped form has three letters or
    more and the token is no known و/ف name): the stripped form is a known first
    name, or, for و only, the name follows an entity of its own type, directly or
    after a comma (الحوثي ومهدي المشاط; الخارجية، ووزارة الدفاع). A bare form seen
    elsewhere in the article or corpus is handled when names are merged.
    """
    if norm[:1] not in ("و", "ف") or len(norm) < 4 or norm in _CONJUNCTION_GUARD:
        return False
    bare = norm[1:]
    if kind == "PER" and norm not in registry._given_names and bare in registry._given_names:
        return True
    if norm[0] != "و" or index == 0:
        return False
    before = index - 1 if norms[index - 1] in _APPOSITION else index
    return kind in entity_ends.get(before, ())


def _clean_name(norms: Sequence[str], readings: Sequence[tuple[str, ...]], registry) -> tuple[int, list[str]]:
    """Drop leading titles and punctuation and a clitic before the article.

    Returns the index of the first name token and the normalised name tokens.
    """
    start, end = 0, len(norms)
    while start < end and not _is_word(norms[start]):
        start += 1
    while end > start and not _is_word(norms[end - 1]):
        end -= 1
    while start < end:
        length = registry.title_length(norms, readings, start)
        if not length or start + length >= end:
            break
        start += length
    name = list(norms[start:end])
    if name:
        name[0] = _drop_clitic_before_article(name[0])
    return start, name


def _drop_clitic_before_article(norm: str) -> str:
    """والعبادي → العبادي, للعبادي → العبادي; a bare و stays (وليد is a name)."""
    while len(norm) > 4 and norm[0] in "وفبك" and norm[1:3] in ("ال", "لل"):
        norm = norm[1:]
    if norm.startswith("لل") and len(norm) > 3:
        norm = "ال" + norm[2:]
    return norm


def non_registry_id(name_tokens: Sequence[str], entity_type: str) -> str:
    """Stable id of an actor outside the registry: ``<type>:<normalised tokens>``.

    >>> non_registry_id(["جون", "بولتون"], "PER")
    'per:جون_بولتون'
    """
    return f"{entity_type.lower()}:{'_'.join(name_tokens)}"


def _new_mention(article_id, text, sentence: Sentence, start: int, end: int, entity_type: str) -> Mention:
    first, last = sentence.tokens[start], sentence.tokens[end - 1]
    return Mention(
        article_id=article_id,
        sentence=sentence.index,
        start=first.start,
        end=last.end,
        text=text[first.start : last.end],
        type=entity_type,
        token_start=start,
        token_end=end,
    )


# ---------------------------------------------------------------------------------------------
# Many articles


@dataclass(frozen=True)
class LinkResult:
    """Actors and linked mentions for a set of articles.

    Attributes
    ----------
    actors
        Actor id → :class:`Actor`, with ``aliases`` every surface form seen.
    mentions
        Linked mentions in article, sentence and offset order.
    mention_counts
        Actor id → number of mentions.
    actor_articles
        Actor id → ids of the articles it appears in, in input order.
    """

    actors: dict[str, Actor]
    mentions: tuple[LinkedMention, ...]
    mention_counts: dict[str, int] = field(default_factory=dict)
    actor_articles: dict[str, tuple[str, ...]] = field(default_factory=dict)


def link_articles(tagged: Sequence[TaggedArticle], registry: Registry) -> LinkResult:
    """Link every article, then merge actors across articles.

    Across articles the same normalised full name is the same actor. A name
    seen only with a clitic glued on (وجون بولتون) joins the bare name when that
    exists somewhere in the corpus.

    Parameters
    ----------
    tagged
        Articles with their NER mentions, in the order results should follow.
    registry
        From :func:`load_registry`.

    Returns
    -------
    LinkResult
        Actors (labels from the registry, else the most frequent full form),
        the linked mentions, and per-actor mention counts and article ids.

    >>> from pipeline.types import Article
    >>> from pipeline.arabic import split_sentences
    >>> texts = ["قال البنتاجون إن الغارات مستمرة.", "وأعلن البنتاغون أمس."]
    >>> docs = [TaggedArticle(Article(str(i), t), tuple(split_sentences(t))) for i, t in enumerate(texts)]
    >>> result = link_articles(docs, load_registry())
    >>> result.actors["pentagon"].aliases, result.mention_counts["pentagon"]
    (('البنتاجون', 'البنتاغون'), 2)
    """
    linked = [lm for article in tagged for lm in link_article(article, registry)]
    own = {lm.actor_id for lm in linked if lm.actor_id not in registry}
    redirect = _clitic_variant_redirects(own)
    redirect.update(_patronymic_redirects({redirect.get(a, a) for a in own if a.startswith("per:")}))
    redirect = {a: redirect.get(b, b) for a, b in redirect.items()}  # وخالد_الحميدي → خالد_الحميدي → خالد_بن_علي_الحميدي

    if redirect:
        linked = [LinkedMention(lm.mention, redirect.get(lm.actor_id, lm.actor_id), lm.via) for lm in linked]
    counts: Counter[str] = Counter()
    articles: dict[str, dict[str, None]] = defaultdict(dict)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for lm in linked:
        counts[lm.actor_id] += 1
        articles[lm.actor_id][lm.mention.article_id] = None
        surfaces[lm.actor_id][lm.mention.text] += 1
    actors = {actor_id: _make_actor(actor_id, surfaces[actor_id], registry) for actor_id in counts}
    return LinkResult(
        actors=actors,
        mentions=tuple(linked),
        mention_counts=dict(counts),
        actor_articles={a: tuple(ids) for a, ids in articles.items()},
    )


def _clitic_variant_redirects(ids: set[str]) -> dict[str, str]:
    """Map ``per:وجون_بولتون`` to ``per:جون_بولتون`` when the bare form is an actor too."""
    redirect = {}
    for actor_id in ids:
        prefix, _, key = actor_id.partition(":")
        first, *rest = key.split("_")
        if first in _CONJUNCTION_GUARD:
            continue
        for reading in name_readings(first)[1:]:
            target = f"{prefix}:{'_'.join([reading, *rest])}"
            if len(reading) >= 3 and first.endswith(reading) and target in ids:
                redirect[actor_id] = target
                break
    return redirect


def _patronymic_redirects(person_ids: set[str]) -> dict[str, str]:
    """Map ``per:خالد_الحميدي`` to ``per:خالد_بن_علي_الحميدي`` when that is the one such name.

    Across the corpus only the patronymic counts (a name that merely continues
    another may be someone else in another article); two names with different
    patronymics (خالد بن علي / خالد بن سعد الحميدي) leave the short one alone.
    """
    longer: dict[str, list[str]] = defaultdict(list)
    for actor_id in person_ids:
        tokens = tuple(actor_id[4:].split("_"))
        bare = _skip_patronymics(tokens)
        if bare != tokens:
            longer["per:" + "_".join(bare)].append(actor_id)
    return {short: ids[0] for short, ids in longer.items() if short in person_ids and len(ids) == 1}


def _make_actor(actor_id: str, surfaces: Counter[str], registry: Registry) -> Actor:
    aliases = tuple(sorted(surfaces))
    if actor_id in registry:
        known = registry.actors[actor_id]
        return Actor(known.id, known.label, known.type, known.label_en, aliases, known.wikidata)
    prefix, _, key = actor_id.partition(":")
    return Actor(actor_id, _display_label(key, surfaces, registry), prefix.upper(), "", aliases)


def _display_label(key: str, surfaces: Counter[str], registry: Registry) -> str:
    """The most frequent full form as written (titles and clitics trimmed), else the key.

    Short forms (كوك for بيتر كوك) never become the label: only forms whose
    normalised tokens are the actor's key compete.
    """
    forms: Counter[str] = Counter()
    for surface, count in surfaces.items():
        display = _display_form(surface, registry)
        written = "_".join(normalize(t.text) for t in tokenize(display))
        if written != key and written[:1] in ("و", "ف") and written[1:] == key:
            head = tokenize(display)[0]  # ومهدي المشاط → مهدي المشاط
            display = display[head.start + _strip_to(head.text, key.split("_")[0]) :]
            written = key
        if written == key:
            forms[display] += count
    if not forms:
        return key.replace("_", " ")
    return max(forms, key=lambda f: (forms[f], len(f), f))


def _display_form(surface: str, registry: Registry) -> str:
    """``surface`` minus leading titles, punctuation and a clitic glued to the article."""
    tokens = tokenize(surface)
    norms = [normalize(t.text) for t in tokens]
    first, name = _clean_name(norms, [name_readings(t.text) for t in tokens], registry)
    if not name:
        return ""
    begin = _strip_to(tokens[first].text, name[0])
    last = first + len(name) - 1
    return surface[tokens[first].start + begin : tokens[last].end]


def _strip_to(raw: str, norm: str) -> int:
    """How many leading characters of ``raw`` to drop so it normalises to ``norm``."""
    for i in range(len(raw)):
        if normalize(raw[i:]) == norm:
            return i
    return 0
