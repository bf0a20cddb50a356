"""Pure helpers on names: token readings, patronymics, skeletons, ids.

Everything here takes normalised tokens (:func:`pipeline.arabic.normalize`) or raw
tokens and returns plain values; nothing reads the registry. The word lists these
helpers use are data (``pipeline/data/name_words.yaml``), loaded once on import.
"""
from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..arabic import normalize, strip_clitics
from ..datafiles import load_data_file, word_lists
from .nationalities import canonical_spelling

NAME_WORDS_PATH = Path(__file__).resolve().parent.parent / "data" / "name_words.yaml"

# Punctuation, not vocabulary: quotes may sit inside a phrase as written (قناة «روسيا اليوم»),
# and commas separate a name from its apposition (جون كيري، وزير الخارجية).
QUOTES = frozenset('«»“”„‟"\'‹›{}')  # {…}: one outlet's quotation marks («{الشرق الأوسط}», «قيادة {طالبان}»)
COMMAS = frozenset({"،", ","})  # the Arabic comma and the Latin one
APPOSITION = COMMAS | {"-", "–"}


class NameWordsError(ValueError):
    """``name_words.yaml`` is missing or malformed; the message names the key."""


@dataclass(frozen=True)
class NameWords:
    """The normalised word lists of ``name_words.yaml`` (see its comments)."""

    former: frozenset[str]
    deputies: frozenset[str]
    counterpart: frozenset[str]
    patronymic: frozenset[str]
    connectors: frozenset[str]  # patronymic words included
    conjunction_guard: frozenset[str]
    given_names: frozenset[str]
    waw_names: frozenset[str]
    subject_pronouns: frozenset[str]
    not_family_names: frozenset[str]
    kin_nouns: frozenset[str]
    kin_tails: frozenset[str]
    verb_stop: frozenset[str]
    subject_verbs: frozenset[str]
    edge_adjectives: frozenset[str]  # former words included
    org_heads: frozenset[str]
    org_heads_with_title: frozenset[str]
    site_heads: frozenset[str]
    site_heads_with_title: frozenset[str]
    village_heads: frozenset[str]
    named_thing_heads: frozenset[str]
    night_words: frozenset[str]
    institution_heads: frozenset[str]  # org_heads and org_heads_with_title included
    particles: frozenset[str] = frozenset()  # normalised; only as written with a hamza (see link.py)
    unmarked_particles: frozenset[str] = frozenset()  # also without it, inside a person's span (see link.py)
    office_bodies: frozenset[str] = frozenset()  # bodies glued to «لـ» that give a role another country
    kunya: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    force_heads: frozenset[str] = frozenset()
    state_heads: frozenset[str] = frozenset()
    people_heads: frozenset[str] = frozenset()
    people_prepositions: frozenset[str] = frozenset()
    pair_heads: frozenset[str] = frozenset()
    sole_titles: frozenset[str] = frozenset()
    lam_nouns: frozenset[str] = frozenset()  # begin with ل: «للجنة» is «اللجنة»
    nationality_nouns: frozenset[str] = frozenset()  # «باكستاني الجنسية»: a person's nationality
    purpose_verbs: frozenset[str] = frozenset()  # «ليكون», «ليشغل»: never part of a name
    leading_verbs: frozenset[str] = frozenset()  # «طالب»: a verb NER runs into the name after it
    financial_word: frozenset[str] = frozenset()  # «مالي»: Mali, or "financial" after `financial_nouns`
    financial_nouns: frozenset[str] = frozenset()


_NAME_WORD_KEYS = (
    "former", "deputies", "counterpart", "patronymic", "connectors", "conjunction_guard_names",
    "conjunction_guard_heads", "conjunction_guard_places", "given_names", "waw_names", "subject_pronouns", "not_family_names", "kin_nouns", "kin_tails", "verb_stop", "subject_verbs", "edge_adjectives", "org_heads",
    "org_heads_with_title", "site_heads", "site_heads_with_title", "village_heads", "named_thing_heads", "night_words", "institution_heads", "particles", "unmarked_particles", "office_bodies", "kunya",
    "partitives", "force_heads", "state_heads", "people_heads", "people_prepositions", "pair_heads", "sole_titles", "lam_nouns", "nationality_nouns", "purpose_verbs", "financial_word", "financial_nouns",
    "leading_verbs",
)


def build_name_words(data: object, source: str = "<name words>") -> NameWords:
    """Validate the parsed ``name_words.yaml`` and normalise every word."""
    if not isinstance(data, dict):
        raise NameWordsError(f"{source}: expected a mapping of word lists")
    missing = [k for k in _NAME_WORD_KEYS if k not in data]
    unknown = sorted(set(data) - set(_NAME_WORD_KEYS))
    if missing or unknown:
        raise NameWordsError(f"{source}: missing key(s) {missing}, unknown key(s) {unknown}")
    lists = {key: frozenset(words) for key, words in word_lists(data, _NAME_WORD_KEYS, source, NameWordsError).items()}
    return NameWords(
        former=lists["former"],
        deputies=lists["deputies"],
        counterpart=lists["counterpart"],
        patronymic=lists["patronymic"],
        connectors=lists["patronymic"] | lists["connectors"],
        conjunction_guard=lists["conjunction_guard_names"] | lists["conjunction_guard_heads"] | lists["conjunction_guard_places"],
        given_names=lists["given_names"],
        waw_names=lists["waw_names"],
        subject_pronouns=lists["subject_pronouns"],
        not_family_names=lists["not_family_names"],
        kin_nouns=lists["kin_nouns"],
        kin_tails=lists["kin_tails"],
        verb_stop=lists["verb_stop"],
        subject_verbs=lists["subject_verbs"],
        edge_adjectives=lists["edge_adjectives"] | lists["former"],
        org_heads=lists["org_heads"],
        org_heads_with_title=lists["org_heads_with_title"],
        site_heads=lists["site_heads"],
        site_heads_with_title=lists["site_heads_with_title"],
        village_heads=lists["village_heads"],
        named_thing_heads=lists["named_thing_heads"],
        night_words=lists["night_words"],
        institution_heads=lists["institution_heads"] | lists["org_heads"] | lists["org_heads_with_title"],
        particles=lists["particles"],
        unmarked_particles=lists["unmarked_particles"],
        office_bodies=lists["office_bodies"],
        kunya=lists["kunya"],
        partitives=lists["partitives"],
        force_heads=lists["force_heads"],
        state_heads=lists["state_heads"],
        people_heads=lists["people_heads"],
        people_prepositions=lists["people_prepositions"],
        pair_heads=lists["pair_heads"],
        sole_titles=lists["sole_titles"],
        lam_nouns=lists["lam_nouns"],
        nationality_nouns=lists["nationality_nouns"],
        purpose_verbs=lists["purpose_verbs"],
        leading_verbs=lists["leading_verbs"],
        financial_word=lists["financial_word"],
        financial_nouns=lists["financial_nouns"],
    )


WORDS = load_data_file(NAME_WORDS_PATH, build_name_words, NameWordsError)


# Tokens repeat a lot across a corpus: normalise each distinct one once.
normalize_token = functools.lru_cache(maxsize=1 << 18)(normalize)


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
    form = normalize_token(token)
    readings = [form]
    for reading in strip_clitics(form)[1:]:
        if form.endswith(reading):
            prefix = form[: len(form) - len(reading)]
            if "ال" in prefix or prefix.endswith("لل"):
                continue
        readings.append(reading)
    return tuple(readings)


def is_word(norm: str) -> bool:
    """True when the token has a letter (not punctuation or digits only)."""
    return any(ch.isalpha() for ch in norm)


def is_junk(norms: Sequence[str]) -> bool:
    """Single letters, digits and punctuation are not names."""
    letters = sum(ch.isalpha() for norm in norms for ch in norm)
    return letters < 2


# Nunation (tanween): the case ending of an indefinite noun or adverb («لوجستياً», «شيخٍ»).
# A name in the news never carries it, so a word that does is no name (2015-08-01 dev).
_NUNATION = frozenset("\u064b\u064c\u064d")


def has_case_ending(word: str) -> bool:
    """True when the raw word carries nunation: an indefinite noun, adjective or adverb.

    >>> has_case_ending("لوجستياً"), has_case_ending("شيخٍ"), has_case_ending("لوجستيا")
    (True, True, False)
    """
    return not _NUNATION.isdisjoint(word)


def in_address(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` lies in an e-mail or web address («tariq@asharqalawsat.com»).

    The address is the run of non-space characters around the span.

    >>> text = "كتب tariq@asharqalawsat.com أمس"
    >>> in_address(text, text.index("asharq"), text.index(".com")), in_address(text, 0, 3)
    (True, False)
    """
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    chunk = text[left:right].lower()
    return "@" in chunk or "://" in chunk or chunk.startswith("www.")


# Transliteration skeleton: vowels and weak letters dropped, consonants that
# outlets swap for foreign sounds (g: غ ج ق; t: ط ت; s: ص س ث; z: ذ ظ ز) folded.
_SKELETON = str.maketrans({"غ": "ج", "ق": "ج", "ط": "ت", "ص": "س", "ث": "س", "ض": "د", "ذ": "ز", "ظ": "ز"})


def skeleton(norm: str) -> str:
    """Consonant skeleton of a normalised name token (سيرغيه and سيرجي agree).

    >>> skeleton("سيرغيه") == skeleton("سيرجي")
    True
    """
    stem = norm[:-1] if norm.endswith("ه") and len(norm) > 2 else norm
    return "".join(ch for ch in stem.translate(_SKELETON) if ch not in "اويءئؤ")


@functools.lru_cache(maxsize=1 << 14)
def patronymic_positions(tokens: tuple[str, ...]) -> frozenset[int]:
    """Positions of inner «بن X» sequences in a normalised name (a family name follows them).

    X may be a compound (عبد العزيز, بدر الدين). The first token is never one, so
    «ابن سلمان» and «بن علي» stay whole, and a chain that ends the name («محمد بن
    سلمان», «أسامة بن لادن») is the name itself, not an inner part.

    >>> sorted(patronymic_positions(("عادل", "بن", "احمد", "الجبير")))
    [1, 2]
    >>> patronymic_positions(("محمد", "بن", "سلمان"))
    frozenset()
    """
    size = len(tokens)
    skipped: set[int] = set()
    i = 1
    while i < size:
        if tokens[i] not in WORDS.patronymic:
            i += 1
            continue
        j = i
        while j < size and tokens[j] in WORDS.patronymic:
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


def skip_patronymics(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """``tokens`` without inner «بن X» sequences (see :func:`patronymic_positions`).

    >>> skip_patronymics(("خالد", "بن", "علي", "الحميدي"))
    ('خالد', 'الحميدي')
    """
    if len(tokens) < 4 or WORDS.patronymic.isdisjoint(tokens[1:]):
        return tokens
    skipped = patronymic_positions(tokens)
    return tuple(t for i, t in enumerate(tokens) if i not in skipped) if skipped else tokens


def extends(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True when ``longer`` is ``shorter`` with more words after it, an inner patronymic, or
    (for a first and a family name) one or two father's names between them.

    >>> extends(("خالد", "بن", "علي", "الحميدي"), ("خالد", "الحميدي"))
    True
    >>> extends(("عبدالعزيز", "خليف", "الخمسان"), ("عبدالعزيز", "الخمسان"))
    True
    """
    if len(longer) <= len(shorter):
        return False
    if len(shorter) >= 2 and longer[: len(shorter)] == shorter:
        return True
    if len(shorter) == 2 and len(longer) <= 5 and (longer[0], longer[-1]) == shorter and shorter[-1] not in WORDS.connectors:
        # «عبدالعزيز الخمسان» of «عبدالعزيز خليف الخمسان»: the father's name left out; up to three
        # («محسن الفضلي» of «محسن فاضل اياد عاشور الفضلي», 2015-07-23 dev7)
        return True
    bare = skip_patronymics(longer)
    return bare != longer and (bare == shorter or (len(shorter) >= 2 and bare[: len(shorter)] == shorter))


def short_form_words(name_tokens: Sequence[str]) -> frozenset[str]:
    """Words of a full name that a short form of it may be: no connectors, no father's name.

    >>> sorted(short_form_words(("محمد", "بن", "سلمان")))
    ['محمد']
    """
    words = frozenset(name_tokens)
    if WORDS.connectors.isdisjoint(words):
        return words
    father = {k + 1 for k, t in enumerate(name_tokens) if t in WORDS.patronymic and k > 0}
    return frozenset(t for k, t in enumerate(name_tokens) if k not in father and t not in WORDS.connectors)


def drop_clitic_before_article(norm: str) -> str:
    """والعبادي → العبادي, للعبادي → العبادي; a bare و stays (وليد is a name).

    ك is left alone: كاليفورنيا is no ك + اليفورنيا, and «like the» rarely precedes a name.
    A known name such as والتر stays too.

    >>> drop_clitic_before_article("والعبادي"), drop_clitic_before_article("وليد")
    ('العبادي', 'وليد')
    >>> drop_clitic_before_article("كاليفورنيا"), drop_clitic_before_article("للجنه")
    ('كاليفورنيا', 'اللجنه')
    """
    while len(norm) > 4 and norm[0] in "وفب" and norm[1:3] in ("ال", "لل") and norm not in WORDS.conjunction_guard:
        norm = norm[1:]
    if norm.startswith("لل") and len(norm) > 3:
        norm = "ال" + (norm[1:] if norm[1:] in WORDS.lam_nouns else norm[2:])  # «للجنة» → «اللجنة»
    return norm


def strip_to(raw: str, norm: str) -> int:
    """How many leading characters of ``raw`` to drop so it normalises to ``norm``."""
    for i in range(len(raw)):
        if normalize(raw[i:]) == norm:
            return i
    return 0


def non_registry_id(name_tokens: Sequence[str], entity_type: str) -> str:
    """Stable id of an actor outside the registry: ``<type>:<normalised tokens>``.

    A compound name with «عبد» is one word however it is spaced, so «عبد العزيز الجبرين»
    and «عبدالعزيز الجبرين» are one actor across articles.

    >>> non_registry_id(["جون", "بولتون"], "PER")
    'per:جون_بولتون'
    >>> non_registry_id(["عبد", "العزيز", "الجبرين"], "PER") == non_registry_id(["عبدالعزيز", "الجبرين"], "PER")
    True

    A country adjective is spelt one way: «الأميركية» and «الأمريكية» make one actor.

    >>> non_registry_id(["وزاره", "العدل", "الاميركيه"], "ORG")
    'org:وزاره_العدل_الامريكيه'
    """
    return f"{entity_type.lower()}:{'_'.join(canonical_spelling(t) for t in join_compounds(name_tokens))}"


def join_compounds(tokens: Sequence[str]) -> tuple[str, ...]:
    """Normalised name tokens with «عبد» joined to the word after it (عبد الله → عبدالله).

    >>> join_compounds(["خالد", "بن", "عبد", "القادر"])
    ('خالد', 'بن', 'عبدالقادر')
    >>> join_compounds(["عبد"])
    ('عبد',)
    """
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "عبد" and i + 1 < len(tokens):
            out.append(tokens[i] + tokens[i + 1])
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return tuple(out)


def id_tokens(actor_id: str) -> tuple[str, ...]:
    """The normalised name tokens of a non-registry id (:func:`non_registry_id`).

    >>> id_tokens("per:جون_بولتون")
    ('جون', 'بولتون')
    """
    return tuple(actor_id.partition(":")[2].split("_"))


def clitic_variant_redirects(ids: set[str]) -> dict[str, str]:
    """Map ``per:وجون_بولتون`` to ``per:جون_بولتون`` when the bare form is an actor too.

    >>> clitic_variant_redirects({"per:وجون_بولتون", "per:جون_بولتون"})
    {'per:وجون_بولتون': 'per:جون_بولتون'}
    """
    redirect = {}
    for actor_id in ids:
        prefix, _, key = actor_id.partition(":")
        first, *rest = key.split("_")
        if first in WORDS.conjunction_guard:
            continue
        for reading in name_readings(first)[1:]:
            target = f"{prefix}:{'_'.join([reading, *rest])}"
            if len(reading) >= 3 and first.endswith(reading) and target in ids:
                redirect[actor_id] = target
                break
    return redirect


def type_variant_redirects(counts: Mapping[str, int]) -> dict[str, str]:
    """One name tagged both PER and ORG in one article is one actor, of the type tagged more often.

    ``counts`` maps an article's own actor ids (``per:``/``org:``) to their mentions there.
    A clitic variant counts as the name (``per:لمايكروسوفت`` with ``org:مايكروسوفت``); on a
    tie the organisation wins (``per:وديبورتيفو_تاشيرا`` once, ``org:ديبورتيفو_تاشيرا`` once;
    2015-08-01 dev).

    >>> type_variant_redirects({"org:مايكروسوفت": 9, "per:لمايكروسوفت": 1, "per:ساتيا_ناديلا": 1})
    {'per:لمايكروسوفت': 'org:مايكروسوفت'}
    >>> type_variant_redirects({"org:رين": 1, "per:رين": 2})
    {'org:رين': 'per:رين'}
    """
    groups: dict[str, list[str]] = {}
    for actor_id in counts:
        prefix, _, key = actor_id.partition(":")
        if prefix in ("per", "org"):
            groups.setdefault(key, []).append(actor_id)
    for actor_id in list(counts):
        prefix, _, key = actor_id.partition(":")
        first, *rest = key.split("_")
        if prefix not in ("per", "org") or first in WORDS.conjunction_guard:
            continue
        for reading in name_readings(first)[1:]:
            other = "_".join([reading, *rest])
            if len(reading) >= 3 and first.endswith(reading) and other in groups and other != key:
                if any(not a.startswith(prefix) for a in groups[other]):
                    groups[key].remove(actor_id)
                    groups[other].append(actor_id)
                break
    out = {}
    for ids in groups.values():
        if len({a[:4] for a in ids}) < 2:
            continue
        target = max(ids, key=lambda a: (counts[a], a.startswith("org:"), a))
        out.update({a: target for a in ids if a != target})
    return out
