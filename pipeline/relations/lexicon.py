"""The predicate lexicon: load and validate ``data/triggers.yaml``.

The YAML's header documents its schema. Everything the relation rules know
about words (which words are predicates, of which type, how each type
introduces its partner, the CAMEO code of each type) comes from that file;
this module only reads, checks and indexes it.

>>> lexicon = load_lexicon()
>>> lexicon.type_of("وبمحادثاتهما"), lexicon.type_of("سيلتقي"), lexicon.type_of("البيت")
('MEET', 'MEET', None)
>>> sorted(lexicon.frame("MEET", "verb"))
['ب', 'مع']
"""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ResourceError
from ..arabic import normalize, strip_clitics
from ..datafiles import load_data_file
from ..types import RELATION_TYPES

__all__ = ["DEFAULT_LEXICON_PATH", "Entry", "Lexicon", "LexiconError", "build_lexicon", "is_definite", "load_lexicon", "trigger_readings"]

DEFAULT_LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "triggers.yaml"

CO_MENTION = "CO_MENTION"
TRIGGER_TYPES = tuple(t for t in RELATION_TYPES if t != CO_MENTION)
BARE = "-"  # a frame slot for a bare (direct) object
_WINDOWS = {"lead": 6, "noun_lead": 2, "object": 3, "prep": 3, "gap": 12, "before": 8, "comention": 8, "roster": 4, "between": 3}
_POS = ("verbs", "nouns")
# Word lists that set a flag on the trigger entries they name: YAML key → Entry field.
_ENTRY_FLAGS = {
    "transitive": "transitive", "persons_only": "persons_only", "strict": "strict", "gathers": "gathers",
    "patient_genitive": "patient_genitive", "passives": "passive", "own_agent_only": "own_agent_only",
    "with_hamza": "with_hamza", "verbal_by_persons": "verbal_by_persons", "sport_matches": "sport_match",
    "masdar_verbs": "masdar", "given_to_others": "given_to_others", "partner_only": "partner_only",
    "with_ta_marbuta": "with_ta_marbuta", "verdicts": "verdict",
}
_WORD_LISTS = (*_ENTRY_FLAGS, "not_predicates", "light_verbs", "participles")

# Pronouns attached to a verb or noun: دعمه، محادثاتهما، رفضها.
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه")

# Tokens repeat a lot across a corpus: normalise each distinct one once.
normalize_token = functools.lru_cache(maxsize=1 << 18)(normalize)


class LexiconError(ResourceError, ValueError):
    """The trigger lexicon is missing or malformed; the message names the entry."""


@dataclass(frozen=True)
class Entry:
    """One lexicon word or phrase (normalised tokens) with what the rules need to know of it."""

    tokens: tuple[str, ...]
    type: str  # a relation type, or "" for a listed non-predicate («بحثا عن»)
    pos: str  # verb | noun
    transitive: bool = False
    persons_only: bool = False
    strict: bool = False
    gathers: bool = False
    patient_genitive: bool = False
    passive: bool = False  # a passive participle: the noun it describes is acted on («المدعومة من»)
    own_agent_only: bool = False  # no agent from further back than its light verb («حرب», «محاربة»)
    with_hamza: bool = False  # a predicate only when written with its hamza («هنأ», not «هنا» "here")
    with_ta_marbuta: bool = False  # not when written with a final ه: «مساعده» is "his aide", «مساعدة» help
    verbal_by_persons: bool = False  # an attack in words when a person is its agent: OPPOSE («هاجم ترامب ماكين»)
    sport_match: bool = False  # a meeting noun that, between two teams in an article about sport, is a match
    masdar: bool = False  # a verb whose verbal noun is written like it: with «ال» still a predicate («التفاوض مع»)
    given_to_others: bool = False  # several hosts give it to someone else, never to each other («مساعدات»)
    partner_only: bool = False  # conjoined subjects do it side by side, not with each other («استعرض X وY التقارير»)
    verdict: bool = False  # a speaker's verdict on the actor his «أن» or colon clause opens with («تصرف النائب دشتي مرفوض»)
    # ``argument_kinds``: the NER kinds its agent and partner must have ("" for any), the
    # introducers of its partner when they differ from its type's frame, and whether it is
    # a predicate only in an article about sport (a club signing a player)
    agent_kind: str = ""
    partner_kind: str = ""
    frame: frozenset[str] | None = None
    sport_only: bool = False


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Predicates by relation type, the frames that introduce partners, and window sizes.

    Build it with :func:`load_lexicon`.
    """

    entries: dict[str, tuple[Entry, ...]]  # first normalised token → entries starting with it
    directed: frozenset[str]
    frames: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)  # (type, verb|noun) → introducers
    # relation type → {"code": CAMEO root code, "name": CAMEO root name}
    cameo: dict[str, dict[str, str]] = field(default_factory=dict)
    windows: dict[str, int] = field(default_factory=lambda: dict(_WINDOWS))
    light_verbs: frozenset[str] = frozenset()  # normalised: verbs that carry a verbal noun (عقد، رفع)
    participles: frozenset[str] = frozenset()  # normalised: participles of manner (مشيدا، معربا)
    _starts_cache: dict[str, tuple[Entry, ...]] = field(default_factory=dict, compare=False, repr=False)

    def window(self, name: str) -> int:
        """A distance in tokens (``windows`` in the YAML)."""
        return self.windows[name]

    def frame(self, kind: str, pos: str) -> frozenset[str]:
        """What may introduce the partner of a ``pos`` predicate of type ``kind``."""
        return self.frames.get((kind, pos), frozenset())

    def entry_frame(self, entry: Entry) -> frozenset[str]:
        """What may introduce the partner of ``entry``: its own frame (``argument_kinds``), else its type's."""
        return entry.frame if entry.frame is not None else self.frame(entry.type, entry.pos)

    def is_light_verb(self, token: str) -> bool:
        """True for a verb that carries a verbal noun: «عقد» in «عقد X اجتماعا مع Y».

        >>> load_lexicon().is_light_verb("وعقد"), load_lexicon().is_light_verb("اجتماع")
        (True, False)
        """
        return any(r in self.light_verbs for r in trigger_readings(token)[:3])

    def is_participle(self, token: str) -> bool:
        """True for an active participle of manner (حال), whose subject is the main clause's:
        «أكد X …، مشيدا بـY», «معربا عن شكره».

        >>> load_lexicon().is_participle("ومشيدا"), load_lexicon().is_participle("أشاد")
        (True, False)
        """
        return any(r in self.participles for r in trigger_readings(token)[:3])

    def verb_gender(self, entry: Entry) -> str | None:
        """"m" or "f" for a one-word verb form whose sibling forms the lexicon lists, else None:
        «يشن» (there is «تشن») and «شن» (there is «شنت») are masculine, «تشن» and «شنت» feminine;
        «تعاون» is a masculine perfect, there being «يتعاون».

        >>> lex = load_lexicon()
        >>> [lex.verb_gender(lex.starts(w)[0]) for w in ("يشن", "تشن", "شن", "شنت", "تعاون", "تتعاون")]
        ['m', 'f', 'm', 'f', 'm', 'f']
        """
        if entry.pos != "verb" or len(entry.tokens) != 1:
            return None
        form = entry.tokens[0]

        def listed(word: str) -> bool:
            return any(e.pos == "verb" and e.type == entry.type and e.tokens == (word,) for e in self.entries.get(word, ()))

        if form[:1] == "ت" and not listed("ي" + form) and listed("ي" + form[1:]):
            return "f"  # «تشن» beside «يشن»; not «تعاون» beside «يتعاون»
        if form[:1] == "ي" and listed("ت" + form[1:]):
            return "m"
        if form.endswith("ت") and listed(form[:-1]):
            return "f"
        if listed(form + "ت") or listed("ي" + form):
            return "m"
        return None

    def starts(self, token: str) -> tuple[Entry, ...]:
        """Entries that may start at ``token`` (raw text), read by its most literal reading."""
        cache = self._starts_cache
        cached = cache.get(token)
        if cached is None:
            if len(cache) > 1 << 19:  # bound memory on huge corpora
                cache.clear()
            definite = is_definite(token)
            cached = ()
            for reading in trigger_readings(token):
                entries = self.entries.get(reading, ())
                if definite and not reading.startswith("ال"):
                    # «الدعاة» (preachers) is no «دعاه», «الهاتف» (the telephone) no «هاتف»
                    entries = tuple(e for e in entries if e.pos != "verb" or e.masdar)
                if entries:
                    cached = entries
                    break
            cache[token] = cached
        return cached

    def type_of(self, word: str) -> str | None:
        """The relation type a single word triggers, or None.

        >>> load_lexicon().type_of("قصفت"), load_lexicon().type_of("قالب")
        ('ATTACK', None)
        """
        for entry in self.starts(word):
            if len(entry.tokens) == 1:
                return entry.type or None
        return None


def is_definite(token: str, word: str = "") -> bool:
    """True when the token carries the article «ال» (after و/ف and ب/ل/ك): «الدعاة», «وللدعاة», «والقصف».

    ``word`` (normalised) is the word the token is read as: one that begins with ل is written «للـ»
    after «لـ» with or without the article, so «للقاء» is not taken for definite when ``word`` is
    «لقاء».

    >>> is_definite("للقاء"), is_definite("للقاء", "لقاء"), is_definite("للدعاة", "دعاه")
    (True, False, True)
    """
    norm = normalize_token(token)
    if norm[:1] in "وف" and len(norm) > 3:
        norm = norm[1:]
    if norm.startswith("لل"):
        return not (word.startswith("ل") and norm[1:].startswith(word))
    if norm[:1] in "بك" and norm[1:3] == "ال":
        norm = norm[1:]
    return norm.startswith("ال")


@functools.lru_cache(maxsize=1 << 16)
def trigger_readings(token: str) -> tuple[str, ...]:
    """Normalised readings of a token with clitics, future س and pronoun suffixes removed.

    >>> "محادثات" in trigger_readings("ومحادثاتهما")
    True
    """
    readings: dict[str, None] = {}
    norm = normalize_token(token)
    forms = strip_clitics(norm)
    if len(norm) == 3 and norm[0] in "وف":
        forms = [*forms, norm[1:]]  # a verb of two letters after و: «وشن», «وضم», «وحث» (too short for strip_clitics)
    for form in forms:
        for stem in (form, *_without_future(form)):
            readings[stem] = None
            for reading in without_suffix(stem, shortest=2):  # «الهجوم الذي شنه الحوثيون»: شن + ه
                readings[reading] = None
            if len(stem) >= 5 and stem.endswith("ا"):  # tanween: اجتماعا → اجتماع
                readings[stem[:-1]] = None
    return tuple(readings)


def with_pronoun(token: str, word: str, suffixes: tuple[str, ...] = _SUFFIXES) -> bool:
    """True when ``token`` is the lexicon ``word`` (normalised) with one of ``suffixes`` attached.

    >>> with_pronoun("لقائه", "لقاء"), with_pronoun("الزيارة", "زياره"), with_pronoun("وزيارتها", "زياره")
    (True, False, True)
    """
    for form in strip_clitics(normalize_token(token)):
        for suffix in suffixes:
            if form.endswith(suffix) and word in without_suffix(form):
                return True
    return False


def has_future_prefix(token: str) -> bool:
    """True for a verb with the future prefix س (سيلتقي, وستبحث).

    >>> has_future_prefix("وسيلتقي"), has_future_prefix("سوريا")
    (True, False)
    """
    return any(_without_future(form) for form in strip_clitics(normalize_token(token))[:2])


def _without_future(form: str) -> tuple[str, ...]:
    """سيلتقي → يلتقي."""
    return (form[1:],) if len(form) >= 5 and form[0] == "س" and form[1] in "يتن" else ()


def without_suffix(form: str, shortest: int = 3) -> list[str]:
    """The stems of a normalised word read without an attached pronoun: دعمه → دعم; زيارتها →
    زياره (ة before a suffix is written ت); التقاه → التقي; لقائه → لقاء; [] when it has none.
    ``shortest``: the fewest letters a stem may keep (2 for the verbs of two letters, «شنه» → شن).

    >>> without_suffix("تصديها"), without_suffix("دعم"), without_suffix("شنه"), without_suffix("شنه", shortest=2)
    (['تصدي'], [], [], ['شن'])
    """
    out = []
    for suffix in _SUFFIXES:
        stem = form[: -len(suffix)]
        if form.endswith(suffix) and len(stem) >= shortest:
            out.append(stem)
            if stem.endswith("ت"):
                out.append(stem[:-1] + "ه")
            if stem.endswith("ا"):
                out.append(stem[:-1] + "ي")
            if stem.endswith(("ئ", "ؤ")):  # a final hamza sits on its vowel's seat before a suffix: لقائه → لقاء
                out.append(stem[:-1] + "ء")
            break
    return out


# ---------------------------------------------------------------------------------------------
# Loading


def load_lexicon(path: Path | str | None = None) -> Lexicon:
    """Load and validate the trigger lexicon (cached per file and modification time).

    Raises
    ------
    LexiconError
        When the file is missing or malformed; the message names the entry.
    """
    return load_data_file(Path(path) if path is not None else DEFAULT_LEXICON_PATH, build_lexicon, LexiconError)


def _phrase(word: object, where: str, source: str) -> tuple[str, ...]:
    tokens = tuple(normalize(w) for w in str(word).split()) if isinstance(word, str) else ()
    if not tokens:
        raise LexiconError(f"{source}: {where}: expected a word, got {word!r}")
    return tokens


def build_lexicon(data: dict, source: str = "<lexicon>") -> Lexicon:
    """Validate parsed lexicon data (the YAML's structure) and index it.

    >>> build_lexicon({"triggers": {"MEET": {"verbs": ["التقى"]}}}).type_of("التقى")
    'MEET'
    """
    if not isinstance(data, dict) or not isinstance(data.get("triggers"), dict):
        raise LexiconError(f"{source}: expected a mapping with a `triggers` mapping")
    directed = data.get("directed") or []
    bad = [t for t in directed if t not in TRIGGER_TYPES]
    if bad:
        raise LexiconError(f"{source}: `directed` has unknown type(s) {bad}; use {', '.join(TRIGGER_TYPES)}")
    windows = dict(_WINDOWS)
    for key, value in (data.get("windows") or {}).items():
        if key not in _WINDOWS or not isinstance(value, int) or value < 0:
            raise LexiconError(f"{source}: windows.{key} must be one of {tuple(_WINDOWS)} with a whole number >= 0")
        windows[key] = value
    cameo = data.get("cameo") or {}
    for kind, item in cameo.items():
        if not isinstance(item, dict) or not str(item.get("code", "")).isdigit() or len(str(item["code"])) != 2 or not item.get("name"):
            raise LexiconError(f"{source}: cameo.{kind} must be {{code: two-digit CAMEO root code as a string, name: ...}}")
    unknown = set(cameo) - set(TRIGGER_TYPES)
    if unknown:
        raise LexiconError(f"{source}: cameo has unknown type(s) {sorted(unknown)}; use {', '.join(TRIGGER_TYPES)}")
    frames = _read_frames(data.get("frames") or {}, source)
    lists: dict[str, set[tuple[str, ...]]] = {}
    for key in _WORD_LISTS:
        words = data.get(key) or []
        if not isinstance(words, list):
            raise LexiconError(f"{source}: `{key}` must be a list of words")
        lists[key] = {_phrase(w, key, source) for w in words}

    kinds = _read_argument_kinds(data.get("argument_kinds") or [], source)
    entries: dict[str, list[Entry]] = defaultdict(list)
    owner: dict[tuple[str, ...], str] = {}
    for kind, groups in data["triggers"].items():
        if kind not in TRIGGER_TYPES:
            raise LexiconError(f"{source}: unknown relation type {kind!r}; use {', '.join(TRIGGER_TYPES)}")
        if not isinstance(groups, dict) or set(groups) - set(_POS):
            raise LexiconError(f"{source}: {kind} must map `verbs` and/or `nouns` to lists of words")
        for pos_key, words in groups.items():
            for word in words or ():
                tokens = _phrase(word, f"{kind}.{pos_key}", source)
                if tokens in owner:
                    raise LexiconError(f"{source}: {word!r} is listed twice ({owner[tokens]} and {kind}.{pos_key}); keep one")
                owner[tokens] = f"{kind}.{pos_key}"
                entries[tokens[0]].append(
                    Entry(
                        tokens,
                        kind,
                        pos_key[:-1],
                        **{field: tokens in lists[key] for key, field in _ENTRY_FLAGS.items()},
                        **kinds.get(tokens, {}),
                    )
                )
    for tokens in lists["not_predicates"]:
        entries[tokens[0]].append(Entry(tokens, "", "noun"))
    for key in _ENTRY_FLAGS:
        stray = sorted(" ".join(t) for t in lists[key] - set(owner))
        if stray:
            raise LexiconError(f"{source}: `{key}` lists word(s) that are no trigger: {stray}; add them under `triggers`")
    stray = sorted(" ".join(t) for t in set(kinds) - set(owner))
    if stray:
        raise LexiconError(f"{source}: `argument_kinds` lists word(s) that are no trigger: {stray}; add them under `triggers`")
    return Lexicon(
        entries={k: tuple(v) for k, v in entries.items()},
        directed=frozenset(directed),
        frames=frames,
        cameo={k: {"code": str(v["code"]), "name": str(v["name"])} for k, v in cameo.items()},
        windows=windows,
        light_verbs=frozenset(t[0] for t in lists["light_verbs"]),
        participles=frozenset(t[0] for t in lists["participles"]),
    )


_KINDS = ("PER", "ORG", "LOC")


def _read_argument_kinds(raw: object, source: str) -> dict[tuple[str, ...], dict]:
    """``argument_kinds`` as Entry fields per word: ``{words, agent, partner, frame?, sport?}``."""
    if not isinstance(raw, list):
        raise LexiconError(f"{source}: `argument_kinds` must be a list of {{words, agent, partner, frame, sport}}")
    out: dict[tuple[str, ...], dict] = {}
    for n, item in enumerate(raw):
        where = f"argument_kinds[{n}]"
        if not isinstance(item, dict) or not isinstance(item.get("words"), list) or set(item) - {"words", "agent", "partner", "frame", "sport"}:
            raise LexiconError(f"{source}: {where}: expected {{words: [...], agent: KIND, partner: KIND, frame: [...], sport: true|false}}")
        agent, partner = item.get("agent", ""), item.get("partner", "")
        if agent not in ("", *_KINDS) or partner not in ("", *_KINDS):
            raise LexiconError(f"{source}: {where}: agent and partner must be one of {', '.join(_KINDS)}")
        frame = item.get("frame")
        if frame is not None and not isinstance(frame, list):
            raise LexiconError(f"{source}: {where}: frame must be a list of introducers")
        fields = {
            "agent_kind": agent,
            "partner_kind": partner,
            "frame": None if frame is None else frozenset(BARE if w == BARE else normalize(str(w)) for w in frame),
            "sport_only": bool(item.get("sport", False)),
        }
        for word in item["words"]:
            out[_phrase(word, where, source)] = fields
    return out


def _read_frames(raw: object, source: str) -> dict[tuple[str, str], frozenset[str]]:
    if not isinstance(raw, dict):
        raise LexiconError(f"{source}: `frames` must map types to {{verbs: [...], nouns: [...]}}")
    # A type the file gives no frame: any preposition or a bare object introduces its partner.
    default = frozenset({BARE, *(normalize(w) for w in ("مع", "ب", "ل", "على", "ضد", "إلى", "بين", "عن"))})
    frames = {(kind, pos): default for kind in TRIGGER_TYPES for pos in ("verb", "noun")}
    for kind, groups in raw.items():
        if kind not in TRIGGER_TYPES or not isinstance(groups, dict) or set(groups) - set(_POS):
            raise LexiconError(f"{source}: frames.{kind}: expected a known type mapping `verbs`/`nouns` to introducers")
        for pos_key, words in groups.items():
            frames[(kind, pos_key[:-1])] = frozenset(BARE if w == BARE else normalize(str(w)) for w in words or ())
    return frames
