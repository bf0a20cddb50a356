"""The reviewed actor registry: load, validate, and a public vocabulary.

:func:`load_registry` reads ``pipeline/data/actors.yaml`` (aliases, role phrases with
dated office holders, titles, demonyms, generic words, blocking phrases) and
:class:`Registry` answers questions about it. Other modules ask through its
documented methods and properties; none reads its private fields.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceError
from ..arabic import normalize, tokenize
from ..datafiles import load_data_file
from ..types import ENTITY_TYPES, Actor
from .names import QUOTES, WORDS, name_readings, normalize_token, skip_patronymics

DEFAULT_REGISTRY_PATH = Path(__file__).resolve().parent.parent / "data" / "actors.yaml"
NOT_ACTORS_PATH = Path(__file__).resolve().parent.parent / "data" / "not_actors.yaml"

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WIKIDATA = re.compile(r"^Q\d+$")
_ENTRY_KEYS = {"id", "label", "label_en", "type", "aliases", "wikidata", "roles", "office", "country", "context"}
_ROLE_KEYS = {"title", "title_en", "start", "end", "office", "country"}


class RegistryError(ResourceError, ValueError):
    """The actor registry file is missing or malformed; the message names the entry."""



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
class Phrase:
    """A registry phrase: an alias, a role title, a counterpart or a blocking non-actor."""

    tokens: tuple[str, ...]
    kind: str  # alias | role | counterpart | stop


@dataclass(frozen=True)
class Context:
    """An entry's ``context`` in the registry file (normalised): ``words`` of an article that
    speak for the entry; ``aliases`` that name it only where those words occur."""

    words: frozenset[str]
    aliases: frozenset[tuple[str, ...]] = frozenset()

    def needs(self, tokens: Sequence[str]) -> bool:
        """True when the alias ``tokens`` names the entry only in its context."""
        return tuple(tokens) in self.aliases

    def score(self, counts: Mapping[str, int]) -> int:
        """How often the article (word → count, normalised) uses the context words."""
        return sum(counts.get(w, 0) for w in self.words)


@dataclass(frozen=True)
class PhraseMatch:
    """A registry phrase found in a sentence."""

    start: int  # token span in the sentence, end exclusive
    end: int
    phrase: Phrase
    reading_rank: int  # 0 when the first token matched literally


class Registry:
    """The reviewed actor registry with normalised lookups.

    Build it with :func:`load_registry`. All lookups take normalised text
    (``pipeline.arabic.normalize``); strings are normalised again on the way in,
    so raw text works too.
    """

    def __init__(
        self, actors, aliases, roles, titles, countries, offices, not_actors, source="", generic_words=frozenset(),
        never_actors: NeverActors | None = None, contexts: dict[str, Context] | None = None,
    ):
        self.actors: dict[str, Actor] = actors
        self._contexts: dict[str, Context] = contexts or {}
        self._never = never_actors if never_actors is not None else load_never_actors()
        self._generic_words: frozenset[str] = generic_words
        self.source = source
        self._aliases: dict[tuple[str, ...], tuple[str, ...]] = aliases
        self._roles: dict[tuple[str, ...], tuple[_Role, ...]] = roles
        self._roles_by_first: dict[str, list[tuple[tuple[str, ...], tuple[_Role, ...]]]] = defaultdict(list)
        for key, held in roles.items():  # titled_holders runs for every bare surname after a word
            if key:
                self._roles_by_first[key[0]].append((key, held))
        self._titles: frozenset[tuple[str, ...]] = titles
        self._countries: dict[str, str] = {code: actor for code, (actor, _) in countries.items()}
        self._country_codes: dict[str, str] = {actor: code for code, actor in self._countries.items()}
        self._demonyms: dict[str, str] = {d: code for code, (_, demonyms) in countries.items() for d in demonyms}
        self._offices: dict[str, tuple[str, str]] = offices  # org id -> (office, country)
        self._by_first: dict[str, list[Phrase]] = defaultdict(list)
        self._starts_cache: dict[str, tuple[tuple[int, Phrase], ...]] = {}
        for tokens in aliases:
            self._by_first[tokens[0]].append(Phrase(tokens, "alias"))
        for tokens in roles:
            self._by_first[tokens[0]].append(Phrase(tokens, "role"))
        for tokens in not_actors:
            self._by_first[tokens[0]].append(Phrase(tokens, "stop"))
        for word in WORDS.counterpart:
            for demonym in self._demonyms:
                self._by_first[word].append(Phrase((word, demonym), "counterpart"))
        self._titles_by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for title in sorted(titles, key=len, reverse=True):
            self._titles_by_first[title[0]].append(title)
        self._title_words = frozenset(t for title in titles for t in title)
        self._key_endings = frozenset(key[-2:] for key in self._by_first)
        # Words of role titles and demonyms: never a first name (وزير, الخارجية, الأمريكي).
        self._role_words = frozenset(t for title in roles for t in title) | frozenset(self._demonyms)
        self._alias_tokens: dict[str, frozenset[str]] = {}
        for tokens, ids in aliases.items():
            for actor_id in ids:
                self._alias_tokens[actor_id] = self._alias_tokens.get(actor_id, frozenset()) | frozenset(tokens)
        people = {tokens: ids for tokens, ids in aliases.items() if any(actors[a].type == "PER" for a in ids)}
        # First names in the registry (جون of جون كيري), minus titles and name connectors.
        self._given_names = (
            frozenset(t[0] for t in people if len(t) >= 2) - self._title_words - self._role_words - WORDS.connectors
        ) | WORDS.given_names
        self._person_tokens = frozenset(t for tokens in people for t in tokens) | self._given_names
        # Not a father's name after «بن» («عيسى» of «حمد بن عيسى»): a first name, no family's.
        self._surnames = (
            frozenset(t[-1] for t in people if len(t) >= 2 and t[-2] not in WORDS.connectors) - self._title_words - self._role_words
        )
        self._not_name_words = WORDS.verb_stop | self._title_words | self._role_words | self._generic_words
        # «تميم آل ثاني» for the alias «تميم بن حمد آل ثاني»: aliases with the inner patronymic left out.
        self._patronymic_aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for tokens, ids in people.items():
            short = skip_patronymics(tokens)
            if short != tokens and short not in aliases:
                self._patronymic_aliases[short] = tuple(dict.fromkeys(self._patronymic_aliases.get(short, ()) + ids))
            # «أحمد أوغلو» for «أحمد داود أوغلو», «محمد ظريف» for «محمد جواد ظريف»: the middle name left out
            if len(tokens) == 3 and WORDS.connectors.isdisjoint(tokens) and tokens[1] not in self._title_words:
                short = (tokens[0], tokens[2])
                if short not in aliases:
                    self._patronymic_aliases[short] = tuple(dict.fromkeys(self._patronymic_aliases.get(short, ()) + ids))
        self._patronymic_ends = frozenset(short[-1] for short in self._patronymic_aliases)

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors


    # -- vocabulary ------------------------------------------------------------------------
    # Normalised word sets other stages test tokens against.

    @property
    def title_words(self) -> frozenset[str]:
        """Words of titles and ranks (الرئيس, الجنرال, آية الله): never part of a name."""
        return self._title_words

    @property
    def role_words(self) -> frozenset[str]:
        """Words of role phrases and demonyms (وزير, الخارجية, الأمريكي): never a first name."""
        return self._role_words

    @property
    def demonyms(self) -> frozenset[str]:
        """Country adjectives of the ``countries`` table (الأمريكي, الروسية), normalised."""
        return frozenset(self._demonyms)

    @property
    def generic_words(self) -> frozenset[str]:
        """Plural nationalities and collective nouns (مسؤولون, روس): no name is made of these."""
        return self._generic_words

    @property
    def not_name_words(self) -> frozenset[str]:
        """Words that extend no name: verbs and particles, titles, role words, generic nouns."""
        return self._not_name_words

    @property
    def given_names(self) -> frozenset[str]:
        """Known first names: the common list plus the registry people's first names."""
        return self._given_names

    @property
    def surnames(self) -> frozenset[str]:
        """Last words of the registry people's names (صالح of علي عبدالله صالح, هادي)."""
        return self._surnames

    def is_person_token(self, norm: str) -> bool:
        """True when ``norm`` is a word of a registry person's alias or a known first name."""
        return norm in self._person_tokens

    def alias_tokens(self, actor_id: str) -> frozenset[str]:
        """Every word of every alias of ``actor_id`` (empty for an unknown id)."""
        return self._alias_tokens.get(actor_id, frozenset())

    def ends_patronymic_alias(self, norm: str) -> bool:
        """True when a person's alias read without its inner patronymic ends with ``norm``."""
        return norm in self._patronymic_ends

    def never_actor_spans(self, norms: Sequence[str]) -> list[tuple[int, int]]:
        """Token spans of the phrases of two words or more that are never actors (``not_actors.yaml``)."""
        return self._never.phrase_spans(norms)

    def is_never_actor(self, norms: Sequence[str]) -> bool:
        """True when a name is made only of words that are never actors (``not_actors.yaml``).

        Currencies, amounts, units, months and weekdays, with digits and
        punctuation between; proclitics are read through (بالدولار).

        >>> registry = load_registry()
        >>> registry.is_never_actor(["بالدولار"]), registry.is_never_actor(["21", "تموز"])
        (True, True)
        >>> registry.is_never_actor(["رمضان", "قاديروف"])
        False
        """
        return self._never.covers(norms)

    def is_person(self, actor_id: str) -> bool:
        """True when ``actor_id`` is a registry person."""
        actor = self.actors.get(actor_id)
        return actor is not None and actor.type == "PER"

    # -- lookups ---------------------------------------------------------------------------

    def lookup(self, name: str | Sequence[str]) -> tuple[str, ...]:
        """Actor ids whose alias is exactly ``name`` (text or normalised tokens).

        >>> load_registry().lookup("البنتاجون")
        ('pentagon',)
        >>> load_registry().lookup("بوش")
        ('george_w_bush', 'george_hw_bush')
        """
        return self._aliases.get(phrase_key(name), ())

    def context(self, actor_id: str) -> Context | None:
        """The entry's ``context``: article words that speak for it among namesakes, and the
        aliases that name it only in an article with those words (or that names it in full).

        >>> load_registry().context("saudi_led_coalition").needs(("قوات", "التحالف"))
        True
        """
        return self._contexts.get(actor_id)

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
            short = skip_patronymics(name)
            ids = self._aliases.get(short, ()) if short != name else ()
        if not ids:
            ids = self._patronymic_aliases.get(name, ())
        return tuple(a for a in ids if self.actors[a].type == "PER")

    def role_holders(self, role_phrase: str | Sequence[str], date: str) -> tuple[str, ...]:
        """Every actor holding the role named by ``role_phrase`` on ``date`` (ISO)."""
        if not DATE.match(date[:10]):
            return ()
        date = date[:10]
        roles = self._roles.get(phrase_key(role_phrase), ())
        return tuple(dict.fromkeys(r.actor_id for r in roles if r.holds(date)))

    def role_holders_ever(self, role_phrase: str | Sequence[str]) -> frozenset[str]:
        """Every actor the registry knows to have held the role named by ``role_phrase``, at any date.

        >>> sorted(load_registry().role_holders_ever("خادم الحرمين الشريفين"))
        ['king_abdullah_saudi', 'king_salman']
        """
        return frozenset(r.actor_id for r in self._roles.get(phrase_key(role_phrase), ()))

    def role_countries(self, role_phrase: str | Sequence[str], date: str) -> frozenset[str]:
        """The countries of the roles named by ``role_phrase`` held on ``date`` ('' for none given).

        >>> sorted(load_registry().role_countries("رئيس هيئة الأركان المشتركة", "2015-07-21"))
        ['us']
        """
        if not DATE.match(date[:10]):
            return frozenset()
        return frozenset(r.country for r in self._roles.get(phrase_key(role_phrase), ()) if r.holds(date[:10]))

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

    def titled_holders(self, title_start: Sequence[str], surname: str, date: str) -> tuple[str, ...]:
        """The people holding on ``date`` a role whose title starts with ``title_start`` (normalised
        words, the country left out) and whose aliases have the word ``surname``: «رئيس الوزراء» +
        «أوغلو» in July 2015 is Davutoğlu, not Çavuşoğlu, the foreign minister.

        >>> load_registry().titled_holders(["رئيس", "الوزراء"], "اوغلو", "2015-07-25")
        ('ahmet_davutoglu',)
        """
        if not DATE.match(date[:10]) or not title_start:
            return ()
        start, date = tuple(title_start), date[:10]
        return tuple(dict.fromkeys(
            r.actor_id for key, roles in self._roles_by_first.get(start[0], ()) if key[: len(start)] == start
            for r in roles if r.holds(date) and surname in self.alias_tokens(r.actor_id)
        ))

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
        if not DATE.match(date):
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

    def demonyms_of(self, code: str) -> tuple[str, ...]:
        """The normalised demonyms of the country with this code, in file order.

        >>> load_registry().demonyms_of("sa")
        ('السعودي', 'السعوديه')
        """
        return tuple(d for d, c in self._demonyms.items() if c == code)

    def country_code(self, actor_id: str) -> str | None:
        """The code of the country whose registry id this is, else None.

        >>> load_registry().country_code("saudi_arabia"), load_registry().country_code("riyadh")
        ('sa', None)
        """
        return self._country_codes.get(actor_id)

    def country_actor(self, code: str) -> str | None:
        """The registry id of the country with this code (``countries`` in the file), else None.

        >>> load_registry().country_actor("us"), load_registry().country_actor("zz")
        ('united_states', None)
        """
        return self._countries.get(code)

    def capital_of(self, actor_id: str) -> str | None:
        """The registry id of the country whose capital ``actor_id`` is (``office: capital``), else None.

        >>> load_registry().capital_of("ankara"), load_registry().capital_of("geneva")
        ('turkey', None)
        """
        office, country = self._offices.get(actor_id, ("", ""))
        return self.country_actor(country) if office == "capital" else None

    def countries_of(self, actor_id: str, date: str) -> frozenset[str]:
        """The countries of the roles ``actor_id`` holds on ``date`` (codes; empty when none is known).

        >>> sorted(load_registry().countries_of("john_kerry", "2015-07-21"))
        ['us']
        """
        date = date[:10]
        if not DATE.match(date):
            return frozenset()
        return frozenset(r.country for r in self._roles_of(actor_id) if r.country and r.holds(date))

    # -- matching --------------------------------------------------------------------------

    def starts(self, token: str) -> tuple[tuple[int, Phrase], ...]:
        """(reading rank, phrase) for every registry phrase that may start at ``token`` (raw text).

        Cached per distinct token: a corpus repeats its words, and most start nothing.
        """
        cached = self._starts_cache.get(token)
        if cached is None:
            if len(self._starts_cache) > 1 << 19:  # bound memory on huge corpora
                self._starts_cache.clear()
            if normalize_token(token)[-2:] not in self._key_endings:
                cached = ()  # every reading is a suffix of the form: no key can match
            else:
                cached = tuple(
                    (rank, phrase)
                    for rank, reading in enumerate(name_readings(token))
                    for phrase in self._by_first.get(reading, ())
                )
            self._starts_cache[token] = cached
        return cached

    def match_starts(self, norms: Sequence[str], starts: Sequence[tuple[tuple[int, Phrase], ...]]) -> list[PhraseMatch]:
        """Non-overlapping registry phrases in a tokenised sentence, longest first.

        ``norms`` are the normalised tokens and ``starts`` the :meth:`starts` of
        each token as written. Stop phrases are returned too: they win their
        tokens so that the aliases inside them do not match.
        """
        found = []
        for i, token_starts in enumerate(starts):
            for rank, phrase in token_starts:
                end = i + 1 if len(phrase.tokens) == 1 else _match_rest(phrase.tokens, norms, i + 1)
                if end is not None and not self._fathers_name(norms, i, phrase):
                    found.append(PhraseMatch(i, end, phrase, rank))
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

    def _fathers_name(self, norms: Sequence[str], i: int, phrase: Phrase) -> bool:
        """«محمد بن سلمان بن عبد العزيز»: a person's alias right after بن names the father in
        someone else's patronymic chain, not that person (so «محمد بن سلمان» can match)."""
        return (
            phrase.kind == "alias"
            and i > 0
            and norms[i - 1] in _PATRONYM_LINKS
            and any(self.is_person(a) for a in self.lookup(phrase.tokens))
        )

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


_PATRONYM_LINKS = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))


def phrase_key(text: str | Sequence[str]) -> tuple[str, ...]:
    if isinstance(text, str):
        return tuple(normalize(t.text) for t in tokenize(text))
    return tuple(map(normalize_token, text))


def _match_rest(tokens: tuple[str, ...], norms: Sequence[str], j: int) -> int | None:
    """End of the phrase whose first token matched before ``j``, or None. Quotes are skipped."""
    size = len(norms)
    for token in tokens[1:]:
        while j < size and norms[j] in QUOTES:
            j += 1
        if j >= size or norms[j] != token:
            return None
        j += 1
    return j


# ---------------------------------------------------------------------------------------------
# Loading


@dataclass(frozen=True)
class NeverActors:
    """Phrases that are never actors, by category (``not_actors.yaml``), normalised."""

    phrases: dict[str, frozenset[tuple[str, ...]]]

    @functools.cached_property
    def _by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        index: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for group in self.phrases.values():
            for phrase in group:
                index[phrase[0]].add(phrase)
        return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}

    def category(self, norms: Sequence[str]) -> str:
        """The category of a phrase in the lists («دولار» → ``currencies``), else ``""``."""
        key = tuple(norms)
        return next((name for name, group in self.phrases.items() if key in group), "")

    def covers(self, norms: Sequence[str]) -> bool:
        """True when listed phrases, digits and punctuation cover every token and a phrase is among them."""
        i, found = 0, False
        while i < len(norms):
            if not any(ch.isalpha() for ch in norms[i]):
                i += 1
                continue
            step = 0
            for reading in name_readings(norms[i]):
                for phrase in self._by_first.get(reading, ()):
                    if tuple(norms[i + 1 : i + len(phrase)]) == phrase[1:]:
                        step = len(phrase)
                        break
                if step:
                    break
            if not step:
                return False
            i, found = i + step, True
        return found


    def phrase_spans(self, norms: Sequence[str]) -> list[tuple[int, int]]:
        """(start, end) of every listed phrase of two words or more among ``norms``."""
        out = []
        for i in range(len(norms)):
            for reading in name_readings(norms[i]):
                for phrase in self._by_first.get(reading, ()):
                    if len(phrase) > 1 and tuple(norms[i + 1 : i + len(phrase)]) == phrase[1:]:
                        out.append((i, i + len(phrase)))
        return out


def build_never_actors(data: object, source: str = "<not actors>") -> NeverActors:
    """Validate the parsed ``not_actors.yaml``: category → list of words or phrases."""
    if not isinstance(data, dict) or not data:
        raise RegistryError(f"{source}: expected a mapping of category → list of words")
    phrases = {}
    for name, words in data.items():
        if not isinstance(words, list):
            raise RegistryError(f"{source}: `{name}` must be a list of words, got {type(words).__name__}")
        phrases[str(name)] = frozenset(phrase_key(_text(w, f"{source}: {name}")) for w in words)
    return NeverActors(phrases)


def load_never_actors(path: Path | str | None = None) -> NeverActors:
    """Load the lists of never-actors (``pipeline/data/not_actors.yaml``), cached per version."""
    return load_data_file(Path(path) if path is not None else NOT_ACTORS_PATH, build_never_actors, RegistryError)


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
    contexts: dict[str, Context] = {}
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
            key = phrase_key(alias)
            if actor.id not in aliases[key]:
                aliases[key].append(actor.id)
        for titles, role in entry_roles:
            for title in titles:
                roles[phrase_key(title)].append(role)
        if raw.get("office"):
            offices[actor.id] = (raw["office"], raw.get("country", ""))
        if raw.get("context") is not None:
            contexts[actor.id] = _read_context(raw["context"], where, {phrase_key(a) for a in actor.aliases})
    for code, (actor_id, _) in countries.items():
        if actor_id not in actors:
            raise RegistryError(f"{source}: country {code!r} names unknown actor {actor_id!r}")
    clash = set(aliases) & set(roles)
    if clash:
        raise RegistryError(f"{source}: phrase(s) both alias and role title: {sorted(' '.join(c) for c in clash)}")
    titles = frozenset(phrase_key(_text(t, f"{source}: titles")) for t in data.get("titles") or ())
    stops = [phrase_key(_text(t, f"{source}: not_actors")) for t in data.get("not_actors") or ()]
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
        contexts=contexts,
    )


def _read_context(raw: object, where: str, aliases: set[tuple[str, ...]]) -> Context:
    if not isinstance(raw, dict) or set(raw) - {"words", "aliases"} or not isinstance(raw.get("words"), list) or not raw["words"]:
        raise RegistryError(f"{where}: `context` must be {{words: [article words], aliases: [aliases that need them]}}")
    needed = {phrase_key(_text(a, f"{where}: context alias")) for a in raw.get("aliases") or ()}
    stray = sorted(" ".join(a) for a in needed - aliases)
    if stray:
        raise RegistryError(f"{where}: context aliases {stray} are not among the entry's aliases")
    words = [normalize(_text(w, f"{where}: context word")) for w in raw["words"]]
    several = [w for w in words if len(w.split()) != 1]
    if several:
        raise RegistryError(f"{where}: context words are single words, got {several}")
    return Context(frozenset(words), frozenset(needed))


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
    if isinstance(value, str) and DATE.match(value):
        return value
