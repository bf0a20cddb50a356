"""In-article references: role phrases and counterparts the linker left unresolved.

The actor linker already resolves a registry role phrase to its holder on the
article's date («وزير الدفاع الأمريكي» → Carter). This module adds what only the
article knows, so the article wins over the registry:

* a role phrase the linker resolved by the registry and the date is re-pointed to
  the person the article itself names in that role (:func:`article_holders`);
* a role phrase — a head word (``data/references.yaml``: وزير، الرئيس …) and a
  demonym (its last adjective) within reach («وزير الخارجية القطري», «الوزير الروسي») — names the
  person the article itself introduces with that head and country
  («وزير الخارجية القطري خالد العطية» … «الوزير القطري»);
* «نظيره الأمريكي» names the person the article introduces with the same head as
  the nearest actor before it and the counterpart's country;
* a definite head noun alone («المعهد», «التنظيم») names the one organisation the
  article introduced with that head («معهد الإدارة العامة», «تنظيم القاعدة»), the
  ones named before it deciding first, and
  «المملكة» the one kingdom the article names (``named_by_kind``).

Only tokens no linked mention covers are read, so nothing the linker decided is
overridden; a phrase with two candidates in the article is left alone.

>>> from pipeline.types import Article, TaggedArticle
>>> from pipeline.arabic import split_sentences
>>> from pipeline.actors import link_article, load_registry
>>> text = "وصل وزير الخارجية القطري خالد العطية إلى الرياض. واستقبل الملك سلمان الوزير القطري."
>>> name = Mention("a", 0, 25, 36, "خالد العطية", "PER", 4, 6)  # as NER tags it
>>> tagged = TaggedArticle(Article("a", text, date="2016-01-01"), tuple(split_sentences(text)), (name,))
>>> registry = load_registry()
>>> linked = link_article(tagged, registry)
>>> [(m.actor_id, m.mention.text) for m in resolve_references(tagged, linked, registry) if m.via == "role"]
[('per:خالد_العطيه', 'الوزير القطري')]
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..actors.names import WORDS
from ..actors.nationalities import nationality_of
from ..actors.org_names import ORG_WORDS
from ..actors.outlets import outlet_country
from ..arabic import normalize, strip_clitics
from ..datafiles import load_data_file
from ..types import LinkedMention, Mention, Sentence, TaggedArticle
from .grammar import GRAMMAR
from .lexicon import is_definite, normalize_token
from .sentence import PATRONYMS, slot_clitic

__all__ = [
    "ReferenceError", "RoleWords", "article_holders", "load_role_words", "owner_of_another", "resolve_references", "someone_elses_role",
    "someones_relative", "title_body", "titled_place",
]

DEFAULT_REFERENCES_PATH = Path(__file__).resolve().parent.parent / "data" / "references.yaml"


class ReferenceError(ValueError):
    """The role-word file is missing or malformed; the message names the entry."""


@dataclass(frozen=True)
class RoleWords:
    heads: frozenset[str]
    counterparts: frozenset[str]
    reach: int = 3
    honorifics: frozenset[str] = frozenset()
    deputies: frozenset[str] = frozenset()
    generic_heads: frozenset[str] = frozenset()
    named_by_kind: tuple[tuple[str, frozenset[str]], ...] = ()
    office_heads: frozenset[str] = frozenset()
    title_reach: int = 6
    own_country: frozenset[str] = frozenset()
    kin: frozenset[str] = frozenset()
    plural_heads: frozenset[str] = frozenset()
    title_links: frozenset[str] = frozenset()
    exact_heads: frozenset[str] = frozenset()
    seats: frozenset[str] = frozenset()
    spouses: frozenset[str] = frozenset()
    envoys: frozenset[str] = frozenset()
    peoples: frozenset[str] = frozenset()
    staff: frozenset[str] = frozenset()
    name_of: frozenset[str] = frozenset()
    officials: frozenset[str] = frozenset()
    sole_offices: frozenset[str] = frozenset()
    titled_pronouns: tuple[tuple[str, str], ...] = ()
    holder_adjectives: frozenset[str] = frozenset()
    reception_nouns: frozenset[str] = frozenset()


def load_role_words(path: Path | str | None = None) -> RoleWords:
    """Load and validate ``data/references.yaml``."""
    return load_data_file(Path(path) if path is not None else DEFAULT_REFERENCES_PATH, _build, ReferenceError)


def _build(data: dict, source: str) -> RoleWords:
    if not isinstance(data, dict) or not isinstance(data.get("heads"), list) or not isinstance(data.get("counterparts"), list):
        raise ReferenceError(f"{source}: expected `heads` and `counterparts` lists of words")
    reach = data.get("reach", 3)
    if not isinstance(reach, int) or reach < 1:
        raise ReferenceError(f"{source}: reach must be a whole number >= 1")
    heads = frozenset(normalize(str(w).split()[0]) for w in data["heads"])
    honorifics = frozenset(normalize(str(w)) for w in data.get("honorifics") or ())
    deputies = frozenset(normalize(str(w)) for w in data.get("deputies") or ())
    generic = frozenset(normalize(str(w)) for w in data.get("generic_heads") or ())
    counterparts = frozenset(normalize(str(w)) for w in data["counterparts"])
    kinds = data.get("named_by_kind") or {}
    if not isinstance(kinds, dict) or not all(isinstance(v, list) for v in kinds.values()):
        raise ReferenceError(f"{source}: named_by_kind must map a head noun to a list of registry ids")
    named_by_kind = tuple((normalize(str(k)), frozenset(map(str, v))) for k, v in kinds.items())
    office_heads = frozenset(normalize(str(w).split()[-1]) for w in data.get("office_heads") or ())
    title_reach = data.get("title_reach", 6)
    if not isinstance(title_reach, int) or title_reach < 0:
        raise ReferenceError(f"{source}: title_reach must be a whole number >= 0")
    own_country = frozenset(normalize(str(w)) for w in data.get("own_country") or ())
    kin = frozenset(normalize(str(w)) for w in data.get("kin") or ())
    plural_heads = frozenset(normalize(str(w)) for w in data.get("plural_heads") or ())
    title_links = frozenset(normalize(str(w)) for w in data.get("title_links") or ())
    exact_heads = frozenset(normalize(str(w)) for w in data.get("exact_heads") or ())
    seats = frozenset(normalize(str(w)) for w in data.get("seats") or ())
    spouses = frozenset(normalize(str(w)) for w in data.get("spouses") or ())
    envoys = frozenset(normalize(str(w)) for w in data.get("envoys") or ())
    peoples = frozenset(normalize(str(w)) for w in data.get("peoples") or ())
    staff = frozenset(normalize(str(w)) for w in data.get("staff") or ())
    name_of = frozenset(normalize(str(w)) for w in data.get("name_of") or ())
    officials = frozenset(normalize(str(w)) for w in data.get("officials") or ())
    sole_offices = frozenset(normalize(str(w)) for w in data.get("sole_offices") or ())
    pronouns = data.get("titled_pronouns") or {}
    if not isinstance(pronouns, dict) or not all(isinstance(v, str) for v in pronouns.values()):
        raise ReferenceError(f"{source}: titled_pronouns must map a pronoun («فخامته») to its honorific («فخامة»)")
    titled_pronouns = tuple((normalize(str(k)), normalize(v)) for k, v in pronouns.items())
    holder_adjectives = frozenset(normalize(str(w)) for w in data.get("holder_adjectives") or ())
    reception_nouns = frozenset(normalize(str(w)) for w in data.get("reception_nouns") or ())
    return RoleWords(
        heads, counterparts, reach, honorifics, deputies, generic, named_by_kind, office_heads, title_reach, own_country, kin, plural_heads,
        title_links, exact_heads, seats, spouses, envoys, peoples, staff, name_of, officials, sole_offices,
        titled_pronouns, holder_adjectives, reception_nouns,
    )


@dataclass(frozen=True)
class _Role:
    head: str
    country: str
    start: int  # token span in the sentence, end exclusive
    end: int


def resolve_references(tagged: TaggedArticle, linked: Sequence[LinkedMention], registry) -> list[LinkedMention]:
    """``linked`` as the article itself resolves it: role mentions re-pointed to the person
    the article names in that role (:func:`article_holders`), then new mentions
    (``via="role"``) for role phrases, counterparts and definite descriptions the linker
    left alone."""
    words = load_role_words()
    scan = _scan(tagged, linked, registry, words)
    linked = article_holders(tagged, linked, registry, scan)
    article = tagged.article
    covered: dict[int, set[int]] = defaultdict(set)
    for lm in linked:
        m = lm.mention
        covered[m.sentence].update(range(m.token_start, max(m.token_end, m.token_start + 1)))
    out = []
    for sentence, role in scan.unnamed:
        if covered[sentence.index].intersection(range(role.start, role.end)):
            continue
        actor_id = None
        if role.head == "official":
            # «لقاء المسؤول الأمريكي برئيس الوزراء حيدر العبادي» (2015-07-25 dev): the one person of that
            # country the article named in a role before it (Carter, «وزير الدفاع الأمريكي»)
            at = (sentence.index, role.start)
            candidates = {p for (_, c), people in scan.named.items() if c == role.country for p in people if scan.first_named.get(p, at) < at}
            actor_id = next(iter(candidates)) if len(candidates) == 1 else None
        elif role.head == "counterpart":
            before = [lm for lm in linked if lm.mention.sentence == sentence.index and lm.mention.token_end <= role.start]
            if before:
                head = scan.head_of.get(before[-1].actor_id)
                candidates = scan.named.get((head, role.country), set()) if head else set()
                actor_id = next(iter(candidates)) if len(candidates) == 1 else None
        else:
            candidates = _holders_before(scan, role, (sentence.index, role.start), words)
            actor_id = next(iter(candidates)) if len(candidates) == 1 else None
        if actor_id is None:
            continue
        tokens = sentence.tokens
        start, end = tokens[role.start].start, tokens[role.end - 1].end
        mention = Mention(article.id, sentence.index, start, end, article.text[start:end], "PER", role.start, role.end)
        out.append(LinkedMention(mention, actor_id, via="role"))
        covered[sentence.index].update(range(role.start, role.end))
    norms_of = {s.index: [normalize_token(t.text) for t in s.tokens] for s in tagged.sentences}
    out += _definite_titles(tagged, norms_of, linked + out, covered, words)
    out += _titled_pronouns(tagged, norms_of, linked + out, covered, words)
    out += _definite_descriptions(tagged, linked, covered, registry, words)
    return linked + out + _own_countries(tagged, linked, covered, registry, words)


def _named_soon(norms: Sequence[str], start: int, people: set[int], words: RoleWords) -> bool:
    """A person's name starts within ``title_reach`` tokens from ``start``, with only words a title goes on
    with before it: honorifics, title words, definite words, title links («لدى») and words glued to «بـ» («وزير
    الخارجية بجمهورية مصر العربية سامح شكري», «مدير التعليم بالإنابة الأستاذ عبدالرحمن …»). Any other word
    ends the title: in «قام محافظ شقراء بزيارة سلام … للشيخ محمد العبدالله المانع» (the 2015-07-22 dev) and
    «وقدم محافظ الخرج شكره الجزيل لسامي المطيري» (a 2015-07-26 slice) the one named is not the governor."""
    seat = -3  # where the last word glued to «بـ» stood: two plain words of its place's name may follow
    for j in range(start, min(len(norms), start + words.title_reach)):
        if j in people:
            return True
        norm = norms[j]
        if norm in _TITLE_ENDS:
            return False
        if norm.startswith("ب"):
            seat = j
        if norm.startswith("ل") and _head(norm, words):
            return False  # «… بزيارة سلام ومعايدة للشيخ محمد …»: a preposition brings in another person
        goes_on = (
            norm.startswith(("ال", "لل")) or j - seat <= 2 or norm in words.honorifics or norm in words.office_heads
            or norm in words.title_links or _head(norm, words)
        )
        if not goes_on:
            return False
    return False


def _definite_titles(tagged: TaggedArticle, norms_of: dict[int, list[str]], linked, covered, words: RoleWords) -> list[LinkedMention]:
    """«رئيس الإقليم», «أمير المنطقة», «رئيس النادي»: a role head and one definite noun, no name with
    them, name the one person the article titled before with that head and that noun
    («رئيس إقليم كردستان مسعود بارزاني» … «خلال لقائه رئيس الإقليم», the 2015-07-25 dev; «أمير منطقة
    الرياض الأمير فيصل بن بندر» … «وهنأ أمير المنطقة»). Not another body's office («نائب رئيس النادي»),
    nor a title that goes on with a definite word («أمير المنطقة الشرقية»: the demonym roles read it)."""
    article = tagged.article
    titled: dict[tuple[str, str], dict[str, tuple[int, int]]] = defaultdict(dict)  # (head, noun) → person → first
    people_at: dict[int, set[int]] = defaultdict(set)
    people = [lm for lm in linked if lm.mention.type == "PER"]
    people_ends: dict[int, set[int]] = defaultdict(set)
    for lm in people:
        people_at[lm.mention.sentence].add(lm.mention.token_start)
        people_ends[lm.mention.sentence].add(lm.mention.token_end)
    for lm in people:
        m, norms = lm.mention, norms_of[lm.mention.sentence]
        for j in range(m.token_start - 1, max(-1, m.token_start - 1 - words.title_reach), -1):
            if norms[j] in _TITLE_ENDS or norms[j] in GRAMMAR.prepositions or not norms[j].isalpha() or j in people_at[m.sentence]:
                break  # the title runs up to the name, unbroken: «واستعرض الملك المفدى مع شكري» titles no one
            if j == m.token_start - 1:
                continue
            head = _head(norms[j], words) or _office_head(norms[j], norms[j + 1], words)
            if head not in (None, "counterpart"):
                titled[(head, _bare_head(norms[j + 1]) or norms[j + 1])].setdefault(lm.actor_id, (m.sentence, m.token_start))
                break
    if not titled:
        return []
    out = []
    for sentence in tagged.sentences:
        norms = norms_of[sentence.index]
        for at in range(len(norms) - 1):
            head = _head(norms[at], words) or _office_head(norms[at], norms[at + 1], words)
            noun = _bare_head(norms[at + 1], definite=True) or _place_after_office(norms, at, words)
            if head in (None, "counterpart") or not noun or covered[sentence.index].intersection((at, at + 1)):
                continue
            if at + 2 < len(norms) and (norms[at + 2].startswith(("ال", "ل")) or _named_soon(norms, at + 2, people_at[sentence.index], words)):
                # «أمير المنطقة الشرقية», «الأمين العام للأمم المتحدة بان كي مون», «رئيس الإقليم مسعود بارزاني»:
                # another title, or the name says who
                continue
            if at and not words.deputies.isdisjoint(strip_clitics(norms[at - 1])):
                continue  # «نائب رئيس النادي»: someone else
            if at in people_ends[sentence.index] and at + 2 < len(norms) and is_role_head(norms[at + 2], words):
                continue  # «محمد بن نايف … ولي العهد نائب رئيس مجلس الوزراء»: his own titles (:func:`_title_chain_after_name`)
            before = {p for p, first in titled.get((head, noun), {}).items() if first < (sentence.index, at)}
            if len(before) != 1:
                continue
            tokens = sentence.tokens
            start, stop = tokens[at].start, tokens[at + 1].end
            mention = Mention(article.id, sentence.index, start, stop, article.text[start:stop], "PER", at, at + 2)
            out.append(LinkedMention(mention, before.pop(), via="role"))
            covered[sentence.index].update((at, at + 1))
    return out


def _titled_pronouns(tagged: TaggedArticle, norms_of: dict[int, list[str]], linked, covered, words: RoleWords) -> list[LinkedMention]:
    """«لفخامته», «بسموه», «في استقبال معاليه» (``titled_pronouns`` after «لـ», «بـ» or ``reception_nouns``): an
    honorific with a pronoun names the one person titled with that honorific earlier in its sentence, else in
    the sentence before: «بعث خادم الحرمين الشريفين برقية تهنئة لفخامة الرئيس …» … «وأعرب الملك المفدى … عن
    أصدق التهاني … لفخامته» (the king's cables, daily on the 2015 days read). Two such people there, or none,
    and it names no one."""
    pronouns = dict(words.titled_pronouns)
    if not pronouns:
        return []
    article, honorifics = tagged.article, set(pronouns.values())
    titled: dict[int, list[tuple[int, str, str]]] = defaultdict(list)  # sentence → (name start, honorific, person)
    for lm in linked:
        m = lm.mention
        if m.type != "PER" or lm.via == "role":
            continue
        norms = norms_of[m.sentence]
        for j in range(m.token_start - 1, max(-1, m.token_start - 1 - words.title_reach), -1):
            if norms[j] in _TITLE_ENDS:
                break
            for honorific in honorifics.intersection(strip_clitics(norms[j])):
                titled[m.sentence].append((m.token_start, honorific, lm.actor_id))
    out = []
    for sentence in tagged.sentences:
        norms = norms_of[sentence.index]
        for at, norm in enumerate(norms):
            bare = norm.removeprefix("و")
            # only after «لـ» or «بـ», or as the one received («وكان في استقبال معاليه لدى وصوله …»): «في مكتب
            # سموه» is where a host receives (arguments.py reads it so)
            received = at > 0 and norms[at - 1] in words.reception_nouns
            honorific = pronouns.get(bare[1:]) if bare[:1] in ("ل", "ب") else pronouns.get(norm) if received else None
            if honorific is None or at in covered[sentence.index]:
                continue
            here = {p for start, h, p in titled[sentence.index] if h == honorific and start < at}
            before = {p for _, h, p in titled[sentence.index - 1] if h == honorific}
            people = here or before
            if len(people) != 1:
                continue
            token = sentence.tokens[at]
            mention = Mention(article.id, sentence.index, token.start, token.end, article.text[token.start : token.end], "PER", at, at + 1)
            out.append(LinkedMention(mention, people.pop(), via="role"))
            covered[sentence.index].add(at)
    return out


def _office_head(norm: str, after: str, words: RoleWords) -> str | None:
    """An office one person holds at a time («محافظ», «ومدرب»: ``sole_offices``), as :func:`_head` reads role
    heads, unless the word ``after`` it describes its holder («المدرب الجديد»: ``holder_adjectives``)."""
    if after in words.holder_adjectives:
        return None
    return next((r for r in strip_clitics(norm) if r in words.sole_offices), None)


def _place_after_office(norms: Sequence[str], at: int, words: RoleWords) -> str:
    """The one plain word after an office head at ``at`` when the title ends there: «محافظ شقراء» (the 2015-07-22
    dev: «قام محافظ شقراء محمد بن سعود الهلال …» … «قام محافظ شقراء بزيارة …»); not «مدير عام شركة»."""
    word = norms[at + 1]
    if not _one_plain_word(word, words) or (at + 2 < len(norms) and _one_plain_word(norms[at + 2], words)):
        return ""
    return word


@dataclass(frozen=True)
class _Scan:
    """The role phrases of one article: who it names in each role, and the phrases it leaves unnamed."""

    named: dict[tuple[str, str], set[str]]  # (head, country) → people the article names with it
    head_of: dict[str, str]  # person → the head of the role the article gives them
    unnamed: list[tuple[Sentence, _Role]]  # role phrases with no name next to them
    first_named: dict[str, tuple[int, int]] = field(default_factory=dict)  # person → (sentence, token) first named in a role


def _scan(tagged: TaggedArticle, linked: Sequence[LinkedMention], registry, words: RoleWords) -> _Scan:
    starts: dict[int, dict[int, LinkedMention]] = defaultdict(dict)
    for lm in linked:
        starts[lm.mention.sentence][lm.mention.token_start] = lm
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    head_of: dict[str, str] = {}
    first_named: dict[str, tuple[int, int]] = {}
    unnamed = []
    for sentence in tagged.sentences:
        norms = [normalize_token(t.text) for t in sentence.tokens]
        for role in _roles(norms, words, registry):
            if role.head == "counterpart" and _person_at(starts[sentence.index], (role.end, role.end + 1)):
                continue  # «من نظيره الجزائري عبد العزيز بوتفليقة» (2015-07-23): the name says who
            role = _glued_country(role, starts[sentence.index], norms, registry)
            spouse = role.start > 0 and not words.spouses.isdisjoint(strip_clitics(norms[role.start - 1]))
            # «حرم أمير المنطقة الشرقية الأميرة عبير بنت فيصل» (a 2015-07-22 slice): the title is her husband's
            person = None if spouse else (
                _named_after(role, starts[sentence.index], norms, registry, words.honorifics)
                or _named_before(role, linked, sentence.index, norms)
                or _title_chain_after_name(role, linked, sentence.index, norms, words)
            )
            if person is not None:
                named[(role.head, role.country)].add(person)
                head_of.setdefault(person, role.head)
                first_named.setdefault(person, (sentence.index, role.start))
            else:
                unnamed.append((sentence, role))
    return _Scan(named, head_of, unnamed, first_named)


def _holders_before(scan: _Scan, role: _Role, at: tuple[int, int], words: RoleWords) -> set[str]:
    """The people an unnamed role phrase at ``at`` may name: those the article named in that role
    before it; else, for a bare title whose last word only reads as a nisba («وزير الخارجية»), the
    one the article named before it with that title and a country («وزير الخارجية بجمهورية مصر
    العربية سامح شكري» … «ونقل وزير الخارجية لخادم الحرمين الشريفين تحيات»: 2015-07-24 dev, where
    the Saudi minister is named only after); else all it names in that role, wherever."""
    holders = _holders(scan.named, role.head, role.country, words)
    before = {p for p in holders if scan.first_named.get(p, at) < at}
    if before:
        return before
    titled = f"{role.head} {role.country}ه"
    before = {p for (h, _), people in scan.named.items() if h == titled for p in people if scan.first_named.get(p, at) < at}
    return before or holders


def article_holders(tagged: TaggedArticle, linked: Sequence[LinkedMention], registry, scan: _Scan | None = None) -> list[LinkedMention]:
    """``linked`` with each role mention the registry resolved re-pointed to the person the
    article itself names in that role, when that is one other person.

    The article wins over the registry: an article that introduces «وزير الخارجية الروسي
    سيرغي لافروف» means him by «وزير الخارجية الروسي» even on a date the registry gives
    to someone else.
    """
    words = load_role_words()
    scan = scan or _scan(tagged, linked, registry, words)
    roles_at = {(sentence.index, role.start): role for sentence, role in scan.unnamed}
    out = []
    for lm in linked:
        role = roles_at.get((lm.mention.sentence, lm.mention.token_start)) if lm.via == "role" else None
        holders = _holders(scan.named, role.head, role.country, words) if role is not None and role.head != "counterpart" else set()
        if len(holders) == 1 and lm.actor_id not in holders:
            lm = LinkedMention(lm.mention, next(iter(holders)), via="role")
        out.append(lm)
    return out


def _own_countries(tagged: TaggedArticle, linked, covered, registry, words: RoleWords) -> list[LinkedMention]:
    """«أكد جو بايدن نائب الرئيس الأميركي دعم بلاده للعراق»: «بلاده» ("his country") names the
    country of the nearest person before it in the sentence: the one country of the roles the
    registry gives him on the article's date, else the demonym of his title within
    ``title_reach`` tokens after or before his name. Countries outside the registry's
    ``countries`` stay unlinked."""
    if not words.own_country:
        return []
    article = tagged.article
    people: dict[int, list[LinkedMention]] = defaultdict(list)
    for lm in linked:
        if lm.mention.type == "PER" and (lm.actor_id not in registry or registry.actors[lm.actor_id].type == "PER"):
            people[lm.mention.sentence].append(lm)
    out = []
    for sentence in tagged.sentences:
        norms = [normalize_token(t.text) for t in sentence.tokens]
        for i, norm in enumerate(norms):
            if i in covered[sentence.index] or words.own_country.isdisjoint(strip_clitics(norm)):
                continue
            # «أكدت ميركل لداود أوغلو دعم وتضامن بلادها»: a person a preposition governs owns no «بلاده»
            before = [lm for lm in people[sentence.index] if lm.mention.token_end <= i and not _governed(lm, norms, registry)]
            if not before:
                # no one named: the country of a title before it («وأعرب نائب رئيس اليمني، عن تقدير حكومة
                # بلاده لدور الإمارات», 2015-07-25 dev), when no other actor stands between
                code = _unnamed_owner_country(norms, i, registry, words, covered[sentence.index])
            else:
                owner = max(before, key=lambda lm: lm.mention.token_end)
                if not _owns(owner, i, norms, linked, sentence.index, registry, words, article.date):
                    continue
                code = _country_of(owner, norms, registry, article.date, words.title_reach)
            actor_id = registry.country_actor(code) if code else None
            if actor_id is None:
                continue
            token = sentence.tokens[i]
            mention = Mention(article.id, sentence.index, token.start, token.end, token.text, "LOC", i, i + 1)
            out.append(LinkedMention(mention, actor_id, via="role"))
    return out


def _governed(person: LinkedMention, norms: Sequence[str], registry) -> bool:
    """True when a preposition governs the person's name or the title before it: glued to it
    («لداود أوغلو», «لرئيس الوزراء التركي أحمد داود أوغلو») or right before it («مع ميركل»)."""
    start, end = person.mention.token_start, person.mention.token_end
    if slot_clitic(norms, start, end, person.actor_id, registry):
        return True
    while start > 0 and (_is_title(norms[start - 1], registry) or nationality_of(norms[start - 1])):
        start -= 1
        word = norms[start].removeprefix("و")
        if word[:1] in "بل" and word not in registry.title_words and word not in registry.role_words and _is_title(word[1:], registry):
            return True  # «لرئيس», «بوزير» (not «لواء»): a preposition glued to the title
    return start > 0 and norms[start - 1] in GRAMMAR.prepositions


def _owns(owner: LinkedMention, i: int, norms: Sequence[str], linked, sentence: int, registry, words: RoleWords, date: str) -> bool:
    """True when nothing between ``owner`` and «بلاده» at ``i`` could be the one it points to: no
    other actor and no title word («وهنأ رئيس سريلانكا بذكرى اليوم الوطني لبلاده» is Sri Lanka's
    day, not the king's), and at most ``title_reach`` + 2 tokens apart."""
    end = owner.mention.token_end
    if i - end > words.title_reach + 2:
        return False
    if any(lm.mention.sentence == sentence and end <= lm.mention.token_start < i and lm.actor_id != owner.actor_id for lm in linked):
        return False
    demonym_title = _title_after(owner, norms, words.title_reach)
    if demonym_title:
        # «هنأ الملك سلمان الرئيس الصربي»: another country's title after a name the registry
        # places elsewhere is the next person's, not his
        known = registry.countries_of(owner.actor_id, date) if owner.actor_id in registry else frozenset()
        if known and _demonym_code(norms[demonym_title[-1]], registry) not in known:
            return False
    return not any(_is_title(norms[j], registry) for j in range(end, i) if j not in demonym_title)


def _is_title(norm: str, registry) -> bool:
    readings = strip_clitics(norm)
    return not registry.title_words.isdisjoint(readings) or not registry.role_words.isdisjoint(readings)


_TITLE_ENDS = frozenset({"،", ",", ".", ":", "؛"})  # a person's title does not run past these


def _unnamed_owner_country(norms: Sequence[str], i: int, registry, words: RoleWords, taken: set[int]) -> str | None:
    """The country of the demonym closing an unnamed title before token ``i`` («نائب رئيس اليمني»,
    «وزير العمل الأوغندي»: a role head at most three words before the demonym), with nothing linked
    between the title and ``i``; None otherwise."""
    for j in range(i - 1, -1, -1):
        if j in taken:
            return None
        code = _demonym_code(norms[j], registry)
        if code and any(is_role_head(norms[k], words) for k in range(max(0, j - 3), j)):
            return code
    return None


def _demonym_code(norm: str, registry) -> str | None:
    return registry.country_of_demonym(norm) or nationality_of(norm)


def _title_after(person: LinkedMention, norms: Sequence[str], reach: int) -> range:
    """The tokens of the title written right after a name, up to its demonym («جو بايدن نائب
    الرئيس الأميركي»)."""
    end = person.mention.token_end
    for j in range(end, min(len(norms), end + reach)):
        if norms[j] in _TITLE_ENDS:
            break
        if nationality_of(norms[j]):
            return range(end, j + 1)
    return range(end, end)


def _country_of(person: LinkedMention, norms: Sequence[str], registry, date: str, reach: int) -> str | None:
    """The country code of ``person``: his registry roles on ``date``, else his title's demonym."""
    countries = registry.countries_of(person.actor_id, date) if person.actor_id in registry else frozenset()
    if len(countries) == 1:
        return next(iter(countries))
    m = person.mention
    after = range(m.token_end, min(len(norms), m.token_end + reach))
    before = range(m.token_start - 1, max(-1, m.token_start - 1 - reach), -1)
    for positions in (after, before):
        for j in positions:
            if norms[j] in _TITLE_ENDS:
                break
            code = _demonym_code(norms[j], registry)
            if code:
                return code
    return None


def _definite_descriptions(tagged: TaggedArticle, linked, covered, registry, words: RoleWords) -> list[LinkedMention]:
    """«المعهد», «التنظيم», «للصندوق»: the head noun of one organisation the article names
    («معهد الإدارة العامة», «تنظيم القاعدة»), written definite and alone, names it again.

    The organisations named before it with that head decide («وأدانت المحكمة سيدة» after «محكمة
    بروكسل الجنائية», before the article names an appeals court: 2015-08-01); with none named before,
    the one in the whole article that it writes before. Two resolve to nothing. A definite word after
    the head that is the organisation's own next word joins it («اللجنة الوطنية», «الوكالة الدولية»); a
    name's adjective that is not makes it another name («المجلس الأهلي», «والهيئة العليا لتطوير مدينة
    الرياض» after «الهيئة العامة للسياحة»), while a description stays outside («مواقع الحزب المحظور»).
    A «لـ» complement where the organisation has another one makes another body too («تأسيس الجمعية
    التعاونية لمنسوبي أمانة …» after «الجمعية التعاونية للتدريب …», a 2015-07-26 slice). None stands in an
    official's title («مدير عام المعهد الدكتور أحمد الشعيبي», «وزير الحرس الوطني») or after a word for a
    body's people («منسوبي الصندوق») or «باسم».
    """
    article = tagged.article
    tokens_of = {s.index: s.tokens for s in tagged.sentences}
    heads: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    named_at: dict[str, list[tuple[tuple[int, int], str, tuple[str, ...]]]] = defaultdict(list)  # head → (where, actor, next words)
    for lm in linked:
        m = lm.mention
        kind = registry.actors[lm.actor_id].type if lm.actor_id in registry else m.type
        if kind not in ("ORG", "LOC") or m.token_end - m.token_start < 2:
            continue
        tokens = tokens_of[m.sentence]
        head = _bare_head(normalize_token(tokens[m.token_start].text))
        if head and head not in words.generic_heads:
            heads[head].add(lm.actor_id)
            kinds[lm.actor_id] = kind
            rest = tuple(normalize_token(t.text) for t in tokens[m.token_start + 1 : m.token_end])
            named_at[head].append(((m.sentence, m.token_start), lm.actor_id, rest))
    unique = {head: next(iter(ids)) for head, ids in heads.items() if len(ids) == 1}
    # a description points back: «وقد أدانت المحكمة صحافيي «الجزيرة» …، لكن محكمة النقض ألغت الحكم»
    # (2015-07-31) is the court that tried them, not the one named after it
    first: dict[str, tuple[int, int]] = {}
    for lm in linked:
        at = (lm.mention.sentence, lm.mention.token_start)
        first[lm.actor_id] = min(first.get(lm.actor_id, at), at)
    written_before = _written_before(tagged, linked, registry)
    named = {lm.actor_id for lm in linked}
    kind_heads = {head for head, _ in words.named_by_kind}  # «المملكة» needs no earlier mention
    times = Counter(lm.actor_id for lm in linked)
    code = outlet_country(article.source)
    home = registry.country_actor(code) if code else None
    for head, members in words.named_by_kind:  # «المملكة»: the one kingdom the article names
        present = members & named
        if home in members and (home in present or not any(times[m] > 1 for m in present)):
            # the outlet's own («المملكة» in a Saudi paper) when the article names it or no other kingdom
            # more than once: «استنكرت مملكة البحرين … تصريحات المالكي … الذي اتهم المملكة بدعم الإرهاب»
            # (a 2015-07-24 slice); a Saudi paper's article on Bahrain means Bahrain («وطرد السفير الإيراني
            # في المملكة», 2015-07-26)
            present = {home}
        if len(present) == 1 and head not in unique:
            unique[head] = next(iter(present))
            kinds[unique[head]] = registry.actors[unique[head]].type if unique[head] in registry else "LOC"
    out = []
    if not unique and not named_at:
        return out
    starts = {(lm.mention.sentence, lm.mention.token_start): lm.actor_id for lm in linked}
    for sentence in tagged.sentences:
        norms = [normalize_token(t.text) for t in sentence.tokens]
        i = 0
        while i < len(norms):
            norm, at = norms[i], i
            i += 1
            if at in covered[sentence.index] or not norm.startswith(("ال", "وال", "فال", "بال", "لل", "وبال", "ولل")):
                continue
            head = _bare_head(norm, definite=True)
            if not head or _after_office(norms, at, words):
                continue  # «مدير عام المعهد الدكتور أحمد الشعيبي», «مدير المستشفى الدكتور إبراهيم»: the official's title
            after = norms[at + 1] if at + 1 < len(norms) else ""
            before = [(actor, rest) for where, actor, rest in named_at.get(head, ()) if where < (sentence.index, at)]
            end = at + 1
            if after.startswith("ال") and any(rest[:1] == (after,) for _, rest in before):
                before = [(actor, rest) for actor, rest in before if rest[:1] == (after,)]
                end = at + 2  # «اللجنة الوطنية» for «اللجنة الوطنية للحج والعمرة»
            elif _name_adjective(after):
                continue  # «الجامعة الإسلامية», «المجلس الأهلي»: another name
            elif _participle(after):
                continue  # «المليشيات الحوثية والقوات المتحالفة معها» (a 2015-08-09 slice): described anew
            if end < len(norms) and _another_complement(norms[end], [rest[end - at - 1 :] for _, rest in before]):
                continue
            ids = {actor for actor, _ in before}
            actor_id = next(iter(ids)) if len(ids) == 1 else unique.get(head) if not ids else None
            if actor_id is None:
                continue
            if not ids and head in heads and head not in kind_heads and (sentence.index, at) < first.get(actor_id, (-1, -1)) and not written_before(actor_id, sentence, at):
                continue
            # «عندما كنا في نادي مانشستر الإنجليزي على هامش تدشين شراكة الاتصالات السعودية مع هذا
            # النادي» (a 2015-07-21 slice): after a demonstrative, the head before it in the sentence
            # names another one (not «استنكرت مملكة البحرين … تصريحات المالكي ضد المملكة»)
            if at and norms[at - 1] in GRAMMAR.demonstratives:
                earlier = {starts.get((sentence.index, j + 1)) for j in range(at) if _bare_head(norms[j]) == head and not _bare_head(norms[j], definite=True)}
                if earlier - {actor_id, None}:
                    continue
            tokens = sentence.tokens
            start, stop = tokens[at].start, tokens[end - 1].end
            mention = Mention(article.id, sentence.index, start, stop, article.text[start:stop], kinds[actor_id], at, end)
            out.append(LinkedMention(mention, actor_id, via="role"))
            i = end
    return out


def _after_office(norms: Sequence[str], at: int, words: RoleWords) -> bool:
    """Token ``at`` follows a word for a body's people («منسوبي»), an office word («مدير», «رئيس»,
    «وزير»; «مدير عام») or «باسم»: the genitive of staff, of an official's title or of a name, whose
    holder is the party («ورفع سمو وزير الحرس الوطني اسمى التهاني», «رحب … باسمه واسم المجلس», the
    2015-07-21 build), not a body named before."""
    j = at - 1 - (at > 1 and norms[at - 1] == "عام")
    if j < 0:
        return False
    return norms[j] in words.staff or norms[j] in words.name_of or is_office_head(norms[j], words)


def _name_adjective(norm: str) -> bool:
    """A definite adjective that names a body with its head: a nisba («الإسلامية») or one of the
    organisation adjectives («العليا», data/org_names.yaml)."""
    if not norm.startswith("ال") or norm in ORG_WORDS.not_adjectives:
        return False
    return norm.endswith(("ي", "يه", "يين", "يون")) or norm in ORG_WORDS.adjectives


def _participle(norm: str) -> bool:
    """A word of allegiance or alliance («الموالية», «المتحالفة»: ``allegiance``, ``allied``): the head
    it follows is described by whom it sides with, no body named before; a description of that body
    stays one («مواقع الحزب المحظور»)."""
    return norm in GRAMMAR.allegiance or norm in GRAMMAR.allied


def _another_complement(word: str, rests: Sequence[tuple[str, ...]]) -> bool:
    """``word`` after a description is a «لـ» complement where a named organisation has another one there."""
    return word.startswith("ل") and any(rest and rest[0].startswith("ل") and rest[0] != word for rest in rests)


def _bare_head(norm: str, definite: bool = False) -> str:
    """The head noun without conjunction, preposition and article: «وللمعهد» → «معهد».

    >>> _bare_head("وللمعهد", definite=True), _bare_head("معهد")
    ('معهد', 'معهد')
    """
    if norm[:1] in "وف" and norm[1:].startswith(("ال", "لل", "بال")):
        norm = norm[1:]
    if norm.startswith("لل"):
        norm = "ال" + norm[2:]
    elif norm.startswith("بال"):
        norm = norm[1:]
    if norm.startswith("ال"):
        return norm[2:] if len(norm) > 4 else ""
    return "" if definite else norm


def _written_before(tagged: TaggedArticle, linked, registry):
    """``written_before(actor_id, sentence, i)``: whether the article writes one of the actor's names
    (its linked mentions' words, the registry's aliases) before token ``i`` of ``sentence``, linked
    there or not: «دعا ينس شتولتينبيرج الأمين العام لحلف شمال الأطلسي …» names NATO inside a title
    before «مجلس الحلف» (2015-07-26)."""
    sentences = tagged.sentences

    @functools.cache
    def text(k: int) -> str:  # the k-th sentence normalised, only when asked: most articles never are
        return " " + " ".join(normalize(t.text) for t in sentences[k].tokens) + " "

    @functools.cache
    def forms(actor_id: str) -> tuple[str, ...]:
        names = {lm.mention.text for lm in linked if lm.actor_id == actor_id}
        if actor_id in registry:
            names |= set(registry.actors[actor_id].aliases)
        return tuple(f for f in {" ".join(normalize(w) for w in n.split()) for n in names} if len(f) > 2)

    def written_before(actor_id: str, sentence: Sentence, i: int) -> bool:
        before = [text(k) for k, s in enumerate(sentences) if s.index < sentence.index]
        before.append(" " + " ".join(normalize(t.text) for t in sentence.tokens[:i]) + " ")
        return any(f in written for written in before for f in forms(actor_id))

    return written_before


def someone_elses_role(lm: LinkedMention, sentence_norms: Sequence[str], words: RoleWords) -> bool:
    """True for a role mention right after «نائب», «مساعد» …: «نائب الرئيس الأميركي» is not the president.

    >>> from pipeline.types import Mention
    >>> m = LinkedMention(Mention("a", 0, 0, 0, "الرئيس الأميركي", "PER", 1, 3), "barack_obama", "role")
    >>> someone_elses_role(m, [normalize(w) for w in ("نائب", "الرئيس", "الأميركي")], load_role_words())
    True
    """
    start = lm.mention.token_start
    return lm.via == "role" and start > 0 and sentence_norms[start - 1] in words.deputies


def envoys_principal(lm: LinkedMention, sentence_norms: Sequence[str], words: RoleWords, registry, date: str) -> bool:
    """True for a person named after «مبعوث», «نائب» … and his own title: the one who sent the
    envoy or has the deputy, no party to what the envoy does. «اللقاء الذي جمع الرئيس السوري بشار
    الأسد بمبعوث رئيس الوزراء العراقي حيدر العبادي مستشار الأمن الوطني فالح الفياض» (2015-07-31): Abadi
    did not meet Assad. The title is the person's own when the registry names him its holder on
    ``date``, or, after an envoy word (``envoys``), when a role head follows his name (the envoy's
    own title and name). «مبعوث الأمين العام للأمم المتحدة إسماعيل ولد الشيخ أحمد», «نائب الرئيس
    الأميركي جو بايدن» name the envoy and the deputy themselves.
    """
    start, end = lm.mention.token_start, lm.mention.token_end
    if lm.mention.type != "PER" or lm.via == "role":
        return False
    for j in range(start - 2, max(-1, start - 2 - words.title_reach), -1):
        if sentence_norms[j] in _CHAIN_BREAKS:
            return False
        readings = set(strip_clitics(sentence_norms[j]))
        envoy = not words.envoys.isdisjoint(readings)
        if not envoy and words.deputies.isdisjoint(readings):
            continue
        title = sentence_norms[j + 1 : start]
        if not role_before_name(title, words):
            return False
        if date and lm.actor_id in registry.role_holders(title, date):
            return True
        return envoy and end < len(sentence_norms) and is_role_head(sentence_norms[end], words)
    return False


def people_of_a_place(lm: LinkedMention, sentence_norms: Sequence[str], words: RoleWords, kind: str) -> bool:
    """True for a place right after a people's noun (``peoples``): «واتهمت تركيا مؤخرا أكراد سوريا بتنفيذ
    حملة» (2015-07-31) accused the Kurds of Syria, not Syria; «لاجئي سوريا», «سكان غزة».

    >>> from pipeline.types import Mention
    >>> norms = [normalize(w) for w in "اتهمت تركيا أكراد سوريا".split()]
    >>> people_of_a_place(LinkedMention(Mention("a", 0, 0, 0, "سوريا", "LOC", 3, 4), "syria", "alias"), norms, load_role_words(), "LOC")
    True
    """
    start = lm.mention.token_start
    return kind == "LOC" and start > 0 and not words.peoples.isdisjoint(strip_clitics(sentence_norms[start - 1]))


def titled_place(
    lm: LinkedMention, sentence_norms: Sequence[str], words: RoleWords, kind: str, person_starts: Sequence[int] = ()
) -> bool:
    """True for a place that names a person's office, not a party: «أمير القصيم يثمن جهود …»,
    «وهنأ رئيس سريلانكا», «رئيس وزراء إسرائيل»: the emir, the president, the prime minister acts,
    and the guide's actor is that person. A place followed within three tokens by a person's
    name (``person_starts``) stays: «اغتيال أمير الكويت الراحل جابر الأحمد» names the holder.

    >>> from pipeline.types import Mention
    >>> norms = [normalize(w) for w in "أمير القصيم يثمن جهود الوزارة".split()]
    >>> titled_place(LinkedMention(Mention("a", 0, 0, 0, "القصيم", "LOC", 1, 2), "loc:x", "name"), norms, load_role_words(), "LOC")
    True
    """
    start, end = lm.mention.token_start, lm.mention.token_end
    if kind != "LOC" or start == 0 or any(end <= p <= end + 3 for p in person_starts):
        return False
    for j in (start - 1, start - 2):
        # «وأضاف السفير بأن المملكة قدمت دعمها لألبانيا» (08-06 dev): a clause opens before the place
        if j < 0 or sentence_norms[j] in _CHAIN_BREAKS or sentence_norms[j] in GRAMMAR.complementizers:
            return False
        if is_definite(sentence_norms[j]):
            # a word with «ال» takes no genitive: «وهنأ مجلس الوزراء جمهورية مصر العربية» (2015-08-10) congratulated
            # Egypt; only «رئيس وزراء إسرائيل» names an office
            return False
        readings = strip_clitics(sentence_norms[j])
        if not words.heads.isdisjoint(readings) or not words.plural_heads.isdisjoint(readings):
            return True
    return False


def owner_of_another(lm: LinkedMention, sentence_norms: Sequence[str], ends: frozenset[int]) -> bool:
    """True for the owner named after another actor and a possession word: «حذرت هيئة الإغاثة
    الإسلامية العالمية التابعة لرابطة العالم الإسلامي من …» (2015-07-31): the league describes whose
    the relief body is, and is no party. ``ends`` are the token ends of the sentence's mentions; an
    owner after a word that is no actor («مواقع تابعة لداعش») stays a party.

    >>> from pipeline.types import Mention
    >>> norms = [normalize(w) for w in "حذرت هيئة الإغاثة التابعة لرابطة العالم الإسلامي من الخطر".split()]
    >>> league = LinkedMention(Mention("a", 0, 0, 0, "لرابطة العالم الإسلامي", "ORG", 4, 7), "mwl", "name")
    >>> owner_of_another(league, norms, frozenset({3, 7})), owner_of_another(league, norms, frozenset({7}))
    (True, False)
    """
    start = lm.mention.token_start
    return start >= 2 and sentence_norms[start - 1] in GRAMMAR.possession and start - 1 in ends


def someones_relative(lm: LinkedMention, sentence_norms: Sequence[str], words: RoleWords) -> bool:
    """True for a person named as someone's sons or family (``kin``): «الذي ينظمه أبناء الملك فهد»:
    the sons, not the late king, organise the exhibition (2015-07-25 dev).

    >>> from pipeline.types import Mention
    >>> norms = [normalize(w) for w in "الذي ينظمه أبناء الملك فهد".split()]
    >>> someones_relative(LinkedMention(Mention("a", 0, 0, 0, "فهد", "PER", 4, 5), "per:فهد", "name"), norms, load_role_words())
    True
    """
    i = lm.mention.token_start - 1
    while i >= 0 and sentence_norms[i] in words.honorifics:
        i -= 1  # «أبناء الملك فهد»: the title between
    return i >= 0 and not words.kin.isdisjoint(strip_clitics(sentence_norms[i]))


_CHAIN_BREAKS = frozenset({"،", ",", ".", "؛", ";", ":", "(", ")", "؟", "?", "!", "«", "»", '"'})
# Words that may stand between a name and a title without being part of either («التقى كيري أمس رئيس …»).
_PLAIN_STOPS = GRAMMAR.fillers | GRAMMAR.complementizers | GRAMMAR.prepositions | GRAMMAR.time_words


def title_body(lm: LinkedMention, sentence_norms: Sequence[str], person_spans: Sequence[tuple[int, int]], words: RoleWords) -> bool:
    """True for an organisation that is part of a named person's title, not a party (:func:`title_holder`)."""
    return title_holder(lm, sentence_norms, person_spans, words) is not None


def title_holder(
    lm: LinkedMention, sentence_norms: Sequence[str], person_spans: Sequence[tuple[int, int]], words: RoleWords
) -> tuple[int, int] | None:
    """The span of the named person whose title holds organisation ``lm``, or None.

    «… محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء»: مجلس الوزراء follows an office head
    (``office_heads``) and a person's name ends at most ``title_reach`` tokens before that head,
    or starts at most ``title_reach`` tokens after the organisation («رئيس مجلس الوزراء خالد
    بحاح»), with only title words and definite nouns in between: «رحب رئيس اللجنة بانضمام
    الأمير …» and «اجتماع الوزير مع رئيس البرلمان» keep their organisation. ``person_spans`` are the sentence's person mentions
    as token spans.

    >>> from pipeline.types import Mention
    >>> norms = [normalize(w) for w in "استقبل الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء اليوم".split()]
    >>> body = LinkedMention(Mention("a", 0, 0, 0, "مجلس الوزراء", "ORG", 10, 12), "org:x", "name")
    >>> title_holder(body, norms, [(2, 5)], load_role_words())
    (2, 5)
    >>> title_holder(body, norms, [], load_role_words()) is None
    True
    """
    mention = lm.mention
    start, end = mention.token_start, mention.token_end
    if mention.type != "ORG" or start == 0:
        return None
    head = start - 1
    definite = False

    def noun(norm: str) -> bool:  # an office's second noun, or the body it heads («فرع»)
        return _one_plain_word(norm, words) or norm in words.seats

    def office(norm: str) -> bool:  # «ورئيس لجنة الحكام عمر المهنا» (a 2015-07-22 slice): a conjunct's office too
        return norm in words.office_heads or (norm[:1] == "و" and norm[1:] in words.office_heads)

    if not office(sentence_norms[head]) and start >= 2 and noun(sentence_norms[head]):
        head -= 1  # «أمين صندوق اتحاد أمريكا الجنوبية», «مدير عام الإدارة»
        if not office(sentence_norms[head]) and head >= 1 and noun(sentence_norms[head]):
            head -= 1  # «مدير عام فرع الوزارة»
    elif sentence_norms[start][:1] == "ل" and head >= 1 and sentence_norms[head].startswith("ال") and _definite_office(sentence_norms[head - 1], words):
        head, definite = head - 1, True  # «الأمين العام لمجلس التعاون», «المدير التنفيذي لشركة»: the office, its adjective, ل
    if not definite and not office(sentence_norms[head]):
        return None
    reach = words.title_reach
    titles = words.office_heads | words.heads | words.honorifics

    def chain(tokens: Sequence[str], after_name: bool = False) -> bool:  # title words and their definite genitives only: «ولي العهد نائب»
        # a patronymic the name's span left out («محمد بن نايف [بن عبدالعزيز] ولي العهد») is read past
        while len(tokens) >= 2 and tokens[0] in PATRONYMS:
            tokens = tokens[2:]
        if after_name and tokens and _one_plain_word(tokens[0], words):
            tokens = tokens[1:]  # a surname NER left out: «دومينيكو [سكالا] رئيس لجنة التدقيق»

        def linked(i: int) -> bool:  # «في اليمن», «لشؤون الحج»: a place or a portfolio of the office
            return tokens[i] in words.title_links and i + 1 < len(tokens) and tokens[i + 1].startswith("ال")

        def seat(i: int) -> bool:  # «بمنطقة مكة المكرمة», «بغرفة تجارة جدة»: where the office sits
            for j in range(i, max(i - _SEAT_WORDS - 1, -1), -1):
                # also the office's own region after its head: «أمير منطقة عسير رئيس مجلس التنمية السياحية» (2015-08-01)
                bare = j >= 1 and tokens[j] in words.seats and tokens[j - 1] in titles
                if bare or (tokens[j][:1] == "ب" and tokens[j][1:] in words.seats):
                    return all(_one_plain_word(t, words) for t in tokens[j + 1 : i + 1])
            return False

        def country(i: int) -> bool:  # «… في مدينة بنارس بالهند فضيلة الشيخ»: the office's country, then a title
            return tokens[i][:3] == "بال" and tokens[i][1:] not in titles and i + 1 < len(tokens) and tokens[i + 1] in words.honorifics

        def second_noun(i: int) -> bool:  # «مفتي عام», «مدير عام»: an office of two nouns
            return i > 0 and tokens[i - 1] in titles and _one_plain_word(tokens[i], words)

        def joined(i: int) -> bool:  # «رئيس هيئة كبار العلماء وإدارة البحوث العلمية والإفتاء الشيخ …» (a later 2015-07-23 slice)
            t = tokens[i]
            if t[:3] == "وال":
                return t[1:] not in titles
            return t[:1] == "و" and _one_plain_word(t[1:], words) and i + 1 < len(tokens) and tokens[i + 1].startswith("ال")

        return len(tokens) <= reach and all(
            t in titles or (t.startswith("ال") and t not in _CHAIN_BREAKS) or linked(i) or seat(i) or second_noun(i) or joined(i) or country(i)
            for i, t in enumerate(tokens)
        )

    # an office joined by «و» starts one more person's title: only a name after it is its holder
    # («صالح خيري ورئيس الحكومة التونسية» names the Tunisian prime minister, not Kheiri's title)
    joined = office(sentence_norms[head]) and sentence_norms[head] not in words.office_heads
    for p_start, p_end in person_spans:
        before = not joined and p_end <= head and chain(sentence_norms[p_end:head], after_name=True)
        if before or (end <= p_start and chain(sentence_norms[end:p_start])):
            return p_start, p_end
    return None


_SEAT_WORDS = 2  # plain words of a place after «بـ» in a title: «بغرفة تجارة جدة»


def _definite_office(norm: str, words: RoleWords) -> bool:
    """«الأمين», «والمدير», «للمدير»: an office head with the article (a conjunction or «لـ» may come first)."""
    if norm[:1] == "و" and norm[1:3] == "ال":
        norm = norm[1:]
    elif norm[:2] == "لل":
        norm = "ال" + norm[2:]  # «بتسليم الدرع للمدير الإقليمي لبنك الرياض … إبراهيم الشهري» (a later 2015-07-22 slice)
    return norm.startswith("ال") and norm[2:] in words.office_heads


def is_role_head(norm: str, words: RoleWords) -> bool:
    """True when the token is a role head («رئيس», «والوزير»), not «نظيره»."""
    return _head(norm, words) not in (None, "counterpart")


def is_office_head(norm: str, words: RoleWords) -> bool:
    """A role head («وزير») or an office head (``office_heads``: «محافظ», «مدير») as written."""
    return is_role_head(norm, words) or norm in words.office_heads


def role_before_name(norms: Sequence[str], words: RoleWords) -> bool:
    """True when ``norms`` (the words right before a person's name) are his title: a role head
    or honorific, then titles or definite words, also after «لـ» («وزير الخارجية اليمني» before
    «رياض ياسين», «الأمين العام للأمم المتحدة» before «بان كي مون»)."""
    if not norms or len(norms) > words.title_reach or _head(norms[0], words) in (None, "counterpart"):
        return False
    titles = words.office_heads | words.heads | words.honorifics

    def in_title(t: str) -> bool:
        if t.startswith("وال"):  # «وزير النقل والأشغال القبرصي», not «… والأمير»: one more person
            return t[1:] not in titles and _head(t, words) is None
        return t in titles or (t.startswith(("ال", "لل")) and t not in _CHAIN_BREAKS)

    return all(in_title(t) for t in norms[1:])


def _one_plain_word(norm: str, words: RoleWords) -> bool:
    """A word with no article, clitic preposition or punctuation that is no title and no
    function word: a name's last word or an office's second noun («صندوق», «عام»)."""
    return (
        len(norm) > 2
        and not norm.startswith(("ال", "و", "ب", "ل", "ف"))
        and norm not in _CHAIN_BREAKS
        and norm not in words.office_heads | words.heads | words.honorifics
        and norm not in _PLAIN_STOPS
    )


def _roles(norms: Sequence[str], words: RoleWords, registry) -> list[_Role]:
    """Role phrases in a sentence: a head (or «نظيره») then a demonym within reach."""
    found = []
    for i, norm in enumerate(norms):
        head = _head(norm, words)
        if head is None and norm.startswith(("ال", "وال", "لل", "بال")) and not words.officials.isdisjoint(strip_clitics(norm)):
            head = "official"  # «المسؤول الأمريكي»: whoever of that country the article named
        if head is None:
            continue
        last = None  # the last adjective of the phrase is the country: «وزير الخارجية القطري»
        for j in range(i + 1, min(i + 1 + words.reach, len(norms))):
            if not norms[j].isalpha():
                break
            country = _country(norms[j], registry)
            if country is not None:
                last = (country, j)
        if last is not None:
            # «وزير الخارجية القطري» and «وزير الدفاع القطري» are two offices: the words between the
            # head and the demonym are part of the role («رئيس الوزراء الصيني» is no «الرئيس الصيني»)
            portfolio = [n.removeprefix("ال") for n in norms[i + 1 : last[1]]] if head not in ("counterpart", "official") else []
            if head == "official" and last[1] != i + 1:
                continue  # the demonym right after it: «المسؤول الأمريكي», not «المسؤول عن الملف الإيراني»
            found.append(_Role(" ".join([head, *portfolio]), last[0], i, last[1] + 1))
    return found


def _holders(named: dict[tuple[str, str], set[str]], head: str, country: str, words: RoleWords) -> set[str]:
    """The people the article names in the role ``head`` of ``country``: that office exactly, or,
    for a bare head («الوزير القطري»), any office it heads, except heads that name one office
    on their own (``exact_heads``: «الرئيس الصيني» is not «رئيس الوزراء الصيني»)."""
    if " " in head or head in words.exact_heads:
        return set(named.get((head, country), set()))
    return {p for (h, c), people in named.items() if c == country and h.split(" ", 1)[0] == head for p in people}


@functools.lru_cache(maxsize=1 << 16)
def _head(norm: str, words: RoleWords) -> str | None:
    """The role head a token is («والوزير» → وزير), "counterpart" for «نظيره», else None."""
    if norm in words.counterparts:
        return "counterpart"
    return next((r for r in strip_clitics(norm) if r in words.heads), None)


def _country(norm: str, registry) -> str | None:
    """A key for a demonym: the registry's country code, else the nisba stem (القطرية → قطري)."""
    code = registry.country_of_demonym(norm)
    if code:
        return code
    if norm.startswith("ال") and len(norm) >= 5 and (norm.endswith("ي") or norm.endswith("يه")):
        return norm[2:].removesuffix("ه")
    return None


def _person_at(starts: dict[int, LinkedMention], tokens) -> bool:
    """A person's mention starts at one of ``tokens``."""
    return any(starts.get(j) is not None and starts[j].mention.type == "PER" for j in tokens)


def _glued_country(role: _Role, starts: dict[int, LinkedMention], norms: Sequence[str], registry) -> _Role:
    """«وزير الخارجية بجمهورية مصر العربية سامح شكري», «وزير الخارجية بدولة قطر الدكتور خالد العطية»
    (2015-07-24, 07-26): a country glued to ب right after a role phrase is the role's country, and
    the name comes after it; the role then ends there. Otherwise ``role``."""
    place = starts.get(role.end)
    if registry.country_actor(role.country) or place is None or place.mention.type != "LOC" or norms[role.end][:1] != "ب":
        return role  # a demonym already says whose office it is («وزير الخارجية القطري»)
    code = registry.country_code(place.actor_id)
    if not code:
        return role
    # the role's last word read as a nisba («الخارجية») is its portfolio: «وزير الخارجية» of Egypt
    # is the office «وزير الخارجية المصري» names
    portfolio = [n.removeprefix("ال") for n in norms[role.start + 1 : role.end]] if role.head != "counterpart" else []
    return replace(role, head=" ".join([role.head.split(" ")[0], *portfolio]), country=code, end=place.mention.token_end)


def _named_after(role: _Role, starts: dict[int, LinkedMention], norms: Sequence[str], registry, honorifics: frozenset[str]) -> str | None:
    """«وزير الخارجية القطري خالد العطية»: a person right after the phrase; one word may come between
    when it is a title, an honorific, a comma or «السابق» («الرئيس اليمني السابق علي عبد الله صالح», the
    2015-07-21 build), not a preposition or a verb: «واستعرض الملك المفدى مع شكري» (2015-07-24 dev) is the
    king with Shoukry, «وزير الدفاع الأمريكي أبلغ الجبوري» (2015-07-25 dev) Carter telling Jubouri. So may
    his country glued to ب (:func:`_glued_country`)."""
    gap = role.end < len(norms) and (
        norms[role.end] in honorifics or norms[role.end] in registry.title_words or norms[role.end] in _TITLE_ENDS
        or norms[role.end] in WORDS.former
    )
    for j in (role.end, role.end + 1) if gap else (role.end,):
        lm = starts.get(j)
        if lm is not None and lm.mention.type == "PER" and role.head != "counterpart":
            # «ونقل وزير الخارجية لخادم الحرمين الشريفين … تحيات»: the one a glued ل or ب governs is addressed
            if j == role.end and slot_clitic(norms, j, lm.mention.token_end, lm.actor_id, registry, honorifics):
                return None
            return lm.actor_id
    return None


def _title_chain_after_name(role: _Role, linked: Sequence[LinkedMention], sentence: int, norms: Sequence[str], words: RoleWords) -> str | None:
    """«الأمير محمد بن نايف بن عبدالعزيز آل سعود ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية» (a
    2015-08-06 window): a role phrase right after a person's name, no comma, that another office
    goes on from is the first of his titles, not a second person («استقبل الملك سلمان الوزير القطري»
    stops at the role: a subject and an object)."""
    if role.head == "counterpart" or role.end >= len(norms) or not is_role_head(norms[role.end], words):
        return None
    return next(
        (lm.actor_id for lm in linked if lm.mention.sentence == sentence and lm.mention.type == "PER" and lm.mention.token_end == role.start),
        None,
    )


def _named_before(role: _Role, linked: Sequence[LinkedMention], sentence: int, norms: Sequence[str]) -> str | None:
    """«خالد العطية، وزير الخارجية القطري»: a person right before the phrase, after a comma; not a
    phrase joined by «و», which is one more person («بناءً على توجيهات خادم الحرمين الشريفين،
    والعاهل الأردني», a 2015-08-06 slice: the Jordanian king is not King Salman)."""
    if role.head == "counterpart":
        return None
    first = norms[role.start]
    if first.startswith("و") and _head(first[1:], load_role_words()) is not None:
        return None
    for lm in linked:
        m = lm.mention
        # the comma is needed: «استقبل الملك سلمان الوزير القطري» is a subject and an object
        if m.sentence == sentence and m.type == "PER" and m.token_end == role.start - 1 and norms[m.token_end] in ("،", ","):
            return lm.actor_id
    return None
