"""Typed relations between the actors of one sentence, with evidence.

Every pair of distinct actors in a sentence gets at least one
:class:`~pipeline.types.Relation`; its type comes from trigger words
(``data/triggers.yaml``), else it is ``CO_MENTION``. Relations never cross
sentences and never join an actor to itself.

How a trigger reaches a pair
----------------------------
Only neighbouring actors (no other actor between them, at most ``gap`` tokens
apart) get a typed relation from a trigger, in one of three positions:

* between them: «كارتر دعمه لجهود كيري» → SUPPORT كارتر → كيري;
* before them, as in a VSO clause: the first actor after the verb is the
  subject, the next one the object: «ناقش ... كيري مع ... بوتين» → MEET.
  A directed type does not join two conjoined subjects («قصفت روسيا وسوريا»);
  a noun before them only joins conjoined ones («محادثات كيري ولافروف»);
* after two conjoined actors, for undirected types: «كيري ولافروف بعد محادثات».

A comma between the two (unless they are a list), or a bare أن/إن between the
first and the trigger, puts them in different clauses. A trigger right after
an OPPOSE word is what is refused («رفض التعاون»: no COOPERATE), and «بدعم من X»
turns the direction round (X is the agent).

A pair takes every type that reaches it (one relation per type), with the
nearest trigger of each. ``STATEMENT`` is the weakest: the speaker (the actor
right after the verb, or right before it; a verb with no subject of its own,
such as مضيفا, keeps the previous speaker) relates to each actor spoken about
after the verb, up to the next statement word, only when no other type joins
them. A place after في («في موسكو») is a venue, not a party: it only co-occurs.

>>> from pipeline.types import Article, TaggedArticle
>>> from pipeline.arabic import split_sentences
>>> from pipeline.actors import load_registry, link_article
>>> text = "ناقش جون كيري مع فلاديمير بوتين الأزمة."
>>> tagged = TaggedArticle(Article("a", text), tuple(split_sentences(text)))
>>> [(r.source, r.target, r.type, r.trigger) for r in extract_relations(tagged, link_article(tagged, load_registry()))]
[('john_kerry', 'vladimir_putin', 'MEET', 'ناقش')]
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path


from .arabic import normalize, strip_clitics
from .datafiles import load_data_file
from .types import RELATION_TYPES, Evidence, LinkedMention, Relation, Sentence, TaggedArticle

__all__ = [
    "DEFAULT_LEXICON_PATH",
    "Lexicon",
    "LexiconError",
    "TriggerHit",
    "build_lexicon",
    "extract_relations",
    "load_lexicon",
    "trigger_readings",
]

DEFAULT_LEXICON_PATH = Path(__file__).resolve().parent / "data" / "triggers.yaml"

CO_MENTION = "CO_MENTION"
STATEMENT = "STATEMENT"
_TRIGGER_TYPES = tuple(t for t in RELATION_TYPES if t != CO_MENTION)
_WINDOW_KEYS = ("lead", "noun_lead", "trail", "gap")
_POS = ("verbs", "nouns")

# Pronouns attached to a verb or noun: دعمه، محادثاتهما، رفضها.
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه")
# Words that open reported content: what follows is not the speaker.
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها", "لان"})
# Bare أن/إن opens a clause with its own subject; أنها/أنه refer back to the subject.
_CLAUSE_OPENERS = frozenset({"ان", "بان", "لان"})
_CLAUSE_PUNCTUATION = frozenset({"،", ",", "؛", ";", ":", ".", "؟", "?", "!"})
_DEFINITE = re.compile(r"^[وف]?(ال|لل)\w{2,}")
_RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
_QUOTES = frozenset('«»“”„‟"\'‹›')
# A place right after these is where something happened, not a party to it.
_VENUE_PREPOSITIONS = frozenset({"في", "داخل"})


# Tokens repeat a lot across a corpus: normalise each distinct one once.
_normalize_token = functools.lru_cache(maxsize=1 << 18)(normalize)


class LexiconError(ValueError):
    """The trigger lexicon is missing or malformed; the message names the entry."""


@dataclass(frozen=True)
class _Entry:
    tokens: tuple[str, ...]
    type: str
    pos: str  # verb | noun


@dataclass(frozen=True)
class TriggerHit:
    """A trigger found in a sentence: token span (end exclusive), type and part of speech."""

    start: int
    end: int
    type: str
    pos: str


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Trigger words by relation type, with how far a trigger reaches.

    Build it with :func:`load_lexicon`.
    """

    entries: dict[str, tuple[_Entry, ...]]  # first normalised token → entries starting with it
    directed: frozenset[str]
    # relation type → {"code": CAMEO root code, "name": CAMEO root name}
    cameo: dict[str, dict[str, str]] = field(default_factory=dict)
    lead: int = 6
    noun_lead: int = 2
    trail: int = 3
    gap: int = 12
    _starts_cache: dict[str, tuple[_Entry, ...]] = field(default_factory=dict, compare=False, repr=False)

    def starts(self, token: str) -> tuple[_Entry, ...]:
        """Entries that may start at ``token`` (raw text), read by its most literal trigger reading."""
        cache = self._starts_cache
        cached = cache.get(token)
        if cached is None:
            if len(cache) > 1 << 19:  # bound memory on huge corpora
                cache.clear()
            readings = (r for r in trigger_readings(token) if r in self.entries)
            cached = cache[token] = self.entries.get(next(readings, ""), ())
        return cached

    def find(self, norms: Sequence[str], token_texts: Sequence[str]) -> list[TriggerHit]:
        """Non-overlapping triggers in a sentence (normalised tokens), longest first."""
        found = []
        for i, text in enumerate(token_texts):
            for entry in self.starts(text):
                end = i + len(entry.tokens)
                if tuple(norms[i + 1 : end]) == entry.tokens[1:]:
                    found.append(TriggerHit(i, end, entry.type, entry.pos))
        found.sort(key=lambda h: (h.start - h.end, h.start))
        taken: set[int] = set()
        hits = []
        for hit in found:
            if not taken.intersection(range(hit.start, hit.end)):
                taken.update(range(hit.start, hit.end))
                hits.append(hit)
        return sorted(hits, key=lambda h: h.start)

    def type_of(self, word: str) -> str | None:
        """The relation type a single word triggers, or None.

        >>> load_lexicon().type_of("وبمحادثاتهما"), load_lexicon().type_of("سيلتقي"), load_lexicon().type_of("البيت")
        ('MEET', 'MEET', None)
        """
        hits = self.find([normalize(word)], [word])
        return hits[0].type if hits else None


@functools.lru_cache(maxsize=1 << 16)
def trigger_readings(token: str) -> tuple[str, ...]:
    """Normalised readings of a token with clitics, future س and pronoun suffixes removed.

    >>> "محادثات" in trigger_readings("ومحادثاتهما")
    True
    """
    readings: dict[str, None] = {}
    for form in strip_clitics(_normalize_token(token)):
        for stem in (form, *_without_future(form)):
            readings[stem] = None
            for reading in _without_suffix(stem):
                readings[reading] = None
    return tuple(readings)


def _without_future(form: str) -> tuple[str, ...]:
    """سيلتقي → يلتقي."""
    return (form[1:],) if len(form) >= 5 and form[0] == "س" and form[1] in "يتنا" else ()


def _without_suffix(form: str) -> list[str]:
    """دعمه → دعم; زيارتها → زياره (ة before a suffix is written ت); التقاه → التقي."""
    out = []
    for suffix in _SUFFIXES:
        stem = form[: -len(suffix)]
        if form.endswith(suffix) and len(stem) >= 3:
            out.append(stem)
            if stem.endswith("ت"):
                out.append(stem[:-1] + "ه")
            if stem.endswith("ا"):
                out.append(stem[:-1] + "ي")
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


def build_lexicon(data: dict, source: str = "<lexicon>") -> Lexicon:
    """Validate parsed lexicon data (the YAML's structure) and index it."""
    if not isinstance(data, dict) or not isinstance(data.get("triggers"), dict):
        raise LexiconError(f"{source}: expected a mapping with a `triggers` mapping")
    directed = data.get("directed") or []
    bad = [t for t in directed if t not in _TRIGGER_TYPES]
    if bad:
        raise LexiconError(f"{source}: `directed` has unknown type(s) {bad}; use {', '.join(_TRIGGER_TYPES)}")
    windows = data.get("windows") or {}
    for key, value in windows.items():
        if key not in _WINDOW_KEYS or not isinstance(value, int) or value < 0:
            raise LexiconError(f"{source}: windows.{key} must be one of {_WINDOW_KEYS} with a whole number >= 0")
    cameo = data.get("cameo") or {}
    for kind, item in cameo.items():
        if not isinstance(item, dict) or not str(item.get("code", "")).isdigit() or len(str(item["code"])) != 2 or not item.get("name"):
            raise LexiconError(f"{source}: cameo.{kind} must be {{code: two-digit CAMEO root code as a string, name: ...}}")
    unknown = set(cameo) - set(_TRIGGER_TYPES)
    if unknown:
        raise LexiconError(f"{source}: cameo has unknown type(s) {sorted(unknown)}; use {', '.join(_TRIGGER_TYPES)}")
    entries: dict[str, list[_Entry]] = defaultdict(list)
    owner: dict[tuple[str, ...], str] = {}
    for kind, groups in data["triggers"].items():
        if kind not in _TRIGGER_TYPES:
            raise LexiconError(f"{source}: unknown relation type {kind!r}; use {', '.join(_TRIGGER_TYPES)}")
        if not isinstance(groups, dict) or set(groups) - set(_POS):
            raise LexiconError(f"{source}: {kind} must map `verbs` and/or `nouns` to lists of words")
        for pos_key, words in groups.items():
            for word in words or ():
                tokens = tuple(normalize(w) for w in str(word).split())
                if not isinstance(word, str) or not tokens:
                    raise LexiconError(f"{source}: {kind}.{pos_key}: expected a word, got {word!r}")
                if tokens in owner:
                    raise LexiconError(f"{source}: {word!r} is listed twice ({owner[tokens]} and {kind}.{pos_key}); keep one")
                owner[tokens] = f"{kind}.{pos_key}"
                entries[tokens[0]].append(_Entry(tokens, kind, pos_key[:-1]))
    return Lexicon(
        entries={k: tuple(v) for k, v in entries.items()},
        directed=frozenset(directed),
        cameo={k: {"code": str(v["code"]), "name": str(v["name"])} for k, v in cameo.items()},
        **{k: windows[k] for k in _WINDOW_KEYS if k in windows},
    )


# ---------------------------------------------------------------------------------------------
# Extraction


@dataclass(frozen=True)
class _Slot:
    """An actor's place in a sentence (consecutive mentions of one actor merged)."""

    actor: str
    start: int
    end: int
    venue: bool
    conjunction: bool  # first token carries و


@dataclass(frozen=True)
class _Found:
    type: str
    hit: TriggerHit
    distance: int


def extract_relations(
    tagged: TaggedArticle, mentions: Sequence[LinkedMention], lexicon: Lexicon | None = None
) -> list[Relation]:
    """Relations between the actors of each sentence of one article.

    Parameters
    ----------
    tagged
        The article with its sentences.
    mentions
        Its linked mentions (from :func:`pipeline.actors.link_article`);
        mentions of other articles are ignored.
    lexicon
        Trigger lexicon; :func:`load_lexicon` by default.

    Returns
    -------
    list of Relation
        In sentence order; each carries the sentence as evidence.
    """
    lexicon = lexicon or load_lexicon()
    article = tagged.article
    by_sentence: dict[int, list[LinkedMention]] = defaultdict(list)
    for lm in mentions:
        if lm.mention.article_id == article.id:
            by_sentence[lm.mention.sentence].append(lm)
    relations = []
    for sentence in tagged.sentences:
        linked = by_sentence.get(sentence.index, ())
        if len({lm.actor_id for lm in linked}) < 2:
            continue
        evidence = Evidence(article.id, article.text[sentence.start : sentence.end], sentence.start, sentence.end)
        relations.extend(_sentence_relations(article.text, sentence, linked, lexicon, evidence))
    return relations


def _sentence_relations(text, sentence: Sentence, linked, lexicon: Lexicon, evidence: Evidence) -> list[Relation]:
    tokens = sentence.tokens
    norms = [_normalize_token(t.text) for t in tokens]
    slots = _slots(sentence, linked, norms)
    inside = {i for s in slots for i in range(s.start, s.end)}
    hits = [h for h in lexicon.find(norms, [t.text for t in tokens]) if not inside.intersection(range(h.start, h.end))]
    hits = _drop_refused(hits, norms)

    def trigger_text(hit: TriggerHit) -> str:
        return text[tokens[hit.start].start : tokens[hit.end - 1].end]

    typed = _typed_pairs(slots, hits, norms, lexicon)
    spoken = _statement_pairs(slots, hits, norms, lexicon)
    order = list(dict.fromkeys(s.actor for s in slots))
    relations = []
    for i, first in enumerate(order):
        for second in order[i + 1 :]:
            pair = frozenset((first, second))
            if typed.get(pair):
                for (source, target, kind), found in sorted(typed[pair].items(), key=_type_order):
                    relations.append(_relation(source, target, kind, found.hit, lexicon, evidence, trigger_text))
            elif pair in spoken:
                (speaker, other), hit = spoken[pair]
                relations.append(_relation(speaker, other, STATEMENT, hit, lexicon, evidence, trigger_text))
            else:
                source, target = sorted(pair)
                relations.append(Relation(source, target, CO_MENTION, evidence))
    unique: dict[tuple[str, str, str], Relation] = {}
    for relation in relations:  # an undirected type met in both orders counts once
        unique.setdefault((relation.source, relation.target, relation.type), relation)
    return list(unique.values())


def _type_order(item) -> tuple[int, tuple[str, str, str]]:
    return RELATION_TYPES.index(item[0][2]), item[0]


def _relation(source, target, kind, hit, lexicon, evidence, trigger_text) -> Relation:
    directed = kind in lexicon.directed
    if not directed:
        source, target = sorted((source, target))
    return Relation(source, target, kind, evidence, directed=directed, trigger=trigger_text(hit))


def _slots(sentence: Sentence, linked: Sequence[LinkedMention], norms) -> list[_Slot]:
    spans = sorted(((_token_span(lm, sentence), lm) for lm in linked), key=lambda item: item[0])
    slots: list[_Slot] = []
    for (start, end), lm in spans:
        if slots and slots[-1].actor == lm.actor_id:
            last = slots[-1]
            slots[-1] = _Slot(last.actor, last.start, max(last.end, end), last.venue, last.conjunction)
            continue
        venue = lm.mention.type == "LOC" and start > 0 and norms[start - 1] in _VENUE_PREPOSITIONS
        slots.append(_Slot(lm.actor_id, start, end, venue, norms[start].startswith("و")))
    return slots


def _token_span(lm: LinkedMention, sentence: Sentence) -> tuple[int, int]:
    mention = lm.mention
    if mention.token_end > mention.token_start:
        return mention.token_start, mention.token_end
    inside = [i for i, t in enumerate(sentence.tokens) if t.start < mention.end and mention.start < t.end]
    return (inside[0], inside[-1] + 1) if inside else (0, 1)


def _typed_pairs(slots, hits, norms, lexicon: Lexicon) -> dict[frozenset, dict[tuple[str, str, str], _Found]]:
    """Types that reach each pair of neighbouring actors: (source, target, type) → nearest trigger."""
    parties = [s for s in slots if not s.venue]
    out: dict[frozenset, dict[tuple[str, str, str], _Found]] = defaultdict(dict)
    for k in range(len(parties) - 1):
        a, b = parties[k], parties[k + 1]
        if a.actor == b.actor or b.start - a.end > lexicon.gap:
            continue
        before_a = parties[k - 1].end if k > 0 else 0
        after_b = parties[k + 2].start if k + 2 < len(parties) else len(norms)
        for hit in hits:
            distance = None if hit.type == STATEMENT else _reach(hit, a, b, before_a, after_b, norms, lexicon)
            if distance is None:
                continue
            found = out[frozenset((a.actor, b.actor))]
            key = (b.actor, a.actor, hit.type) if _passive_agent_after(hit, b, norms) else (a.actor, b.actor, hit.type)
            if key not in found or distance < found[key].distance:
                found[key] = _Found(hit.type, hit, distance)
    return out


def _passive_agent_after(hit: TriggerHit, b: _Slot, norms) -> bool:
    """«بدعم من التحالف», «هجوم من قبل داعش»: the actor after من acts, the one before undergoes."""
    return hit.end < b.start and norms[hit.end] == "من" and all(t in ("من", "قبل") for t in norms[hit.end : b.start])


def _drop_refused(hits: list[TriggerHit], norms) -> list[TriggerHit]:
    """A trigger right after an OPPOSE word is what is refused: «رفض التعاون» is no cooperation."""
    kept = []
    for n, hit in enumerate(hits):
        previous = hits[n - 1] if n else None
        refused = (
            previous is not None
            and previous.type == "OPPOSE"
            and all(t in _QUOTES for t in norms[previous.end : hit.start])
        )
        if not refused:
            kept.append(hit)
    return kept


def _reach(hit: TriggerHit, a: _Slot, b: _Slot, before_a: int, after_b: int, norms, lexicon: Lexicon) -> int | None:
    """How far ``hit`` is from the pair (a, b) if it reaches them, else None."""
    directed = hit.type in lexicon.directed
    conjoined = _conjoined(a, b, norms)
    if not conjoined and _clause_break(norms[a.end : b.start]):
        return None
    if a.end <= hit.start and hit.end <= b.start:
        if "بين" in norms[hit.end : b.start]:
            return None  # «تعاون بين واشنطن وموسكو»: the trigger belongs to the pair after بين
        if _CLAUSE_OPENERS.intersection(norms[a.end : hit.start]):
            return None  # «قال البنتاغون إن المحادثات ...»: the trigger is in another clause
        return min(hit.start - a.end, b.start - hit.end)
    if hit.end <= a.start and hit.start >= before_a:
        if hit.pos == "verb":
            if a.start - hit.end > lexicon.lead or _blocked(norms[hit.end : a.start]) or (directed and conjoined):
                return None
        elif a.start - hit.end > lexicon.noun_lead or directed or not conjoined:
            return None  # «محادثات كيري ولافروف»; a noun does not say who acts on whom
        return a.start - hit.end
    if b.end <= hit.start and hit.end <= after_b:
        if hit.start - b.end > lexicon.trail or directed or not conjoined or _blocked(norms[b.end : hit.start]):
            return None
        return hit.start - b.end
    return None


def _conjoined(a: _Slot, b: _Slot, norms) -> bool:
    """True for «كيري ولافروف»: nothing but و or a comma between the two."""
    between = norms[a.end : b.start]
    return all(t in ("و", "،", ",") for t in between) and (b.conjunction or "و" in between)


def _clause_break(norms: Sequence[str]) -> bool:
    return any(t in _CLAUSE_PUNCTUATION for t in norms)


def _blocked(norms: Sequence[str]) -> bool:
    """Punctuation or a complementizer (أن) between a trigger and an actor cuts the link."""
    return any(t in _COMPLEMENTIZERS or not any(ch.isalnum() for ch in t) for t in norms)


def _statement_pairs(slots, hits, norms, lexicon: Lexicon) -> dict[frozenset, tuple[tuple[str, str], TriggerHit]]:
    """Speaker → each actor spoken about, per statement trigger."""
    statements = [h for h in hits if h.type == STATEMENT]
    parties = [s for s in slots if not s.venue]
    out: dict[frozenset, tuple[tuple[str, str], TriggerHit]] = {}
    speaker = None
    for n, hit in enumerate(statements):
        explicit = _speaker(hit, parties, norms, lexicon)
        if explicit is not None:
            speaker = explicit
        elif _has_own_subject(hit, norms):
            speaker = None  # «أكدت الوزارة الروسية»: someone we did not link speaks
        if speaker is None:
            continue
        scope_end = statements[n + 1].start if n + 1 < len(statements) else len(norms)
        for other in parties:
            if other.actor != speaker.actor and hit.end <= other.start < scope_end:
                out.setdefault(frozenset((speaker.actor, other.actor)), ((speaker.actor, other.actor), hit))
    return out


def _has_own_subject(hit: TriggerHit, norms) -> bool:
    """A definite noun right after a verb is its subject; otherwise the speaker carries over
    («لكنه أعرب عن», «مضيفا أن»)."""
    return hit.pos == "verb" and hit.end < len(norms) and _is_definite_noun(norms[hit.end])


def _is_definite_noun(norm: str) -> bool:
    """الوزارة, والوزارة; not the relative pronouns الذي/التي."""
    return bool(_DEFINITE.match(norm)) and norm.lstrip("وف") not in _RELATIVE_PRONOUNS


def _speaker(hit: TriggerHit, parties: Sequence[_Slot], norms, lexicon: Lexicon) -> _Slot | None:
    """The actor right after a statement word (VSO), or right before a verb (SVO)."""
    lead = lexicon.lead if hit.pos == "verb" else lexicon.noun_lead
    after = [s for s in parties if s.start >= hit.end]
    if after and after[0].start - hit.end <= lead and not _blocked(norms[hit.end : after[0].start]):
        return after[0]
    before = [s for s in parties if s.end <= hit.start]
    if hit.pos == "verb" and before and hit.start - before[-1].end <= 1 and not _blocked(norms[before[-1].end : hit.start]):
        return before[-1]
    return None
