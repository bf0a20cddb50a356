"""Interaction predicates in a sentence: verbs, verbal nouns and multiword triggers.

Words come from the lexicon (``data/triggers.yaml``) and are read with their
clitics, the future prefix and attached pronouns removed. Tokens inside an
actor's name are never predicates («وكالة الأنباء» is not a statement).

>>> from pipeline.relations.lexicon import load_lexicon
>>> [(p.type, p.pos, p.start, p.end) for p in find_predicates(["وشنت", "روسيا", "غارات", "على", "حلب"], load_lexicon())]
[('ATTACK', 'verb', 0, 1), ('ATTACK', 'noun', 2, 3)]
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..arabic import strip_clitics
from .grammar import GRAMMAR
from .lexicon import Entry, Lexicon, has_future_prefix, normalize_token

__all__ = ["Predicate", "find_predicates"]

# Letters with a hamza, which normalisation folds away.
_HAMZA = frozenset("أإآؤئء")
_TRAILING = "".join(chr(c) for c in range(0x064B, 0x0653)) + "ـ"  # diacritics and tatweel after the last letter

# A verb's form after these is its masdar: «أعرب عن شكره», «في رفض».
_BEFORE_NOUNS = GRAMMAR.before_nouns


@dataclass(frozen=True)
class Predicate:
    """A predicate found in a sentence: token span (end exclusive) and its lexicon entry."""

    start: int
    end: int
    entry: Entry
    future: bool = False  # written with the future prefix: سيلتقي

    @property
    def type(self) -> str:
        return self.entry.type

    @property
    def pos(self) -> str:
        return self.entry.pos


def find_predicates(tokens: Sequence[str], lexicon: Lexicon, skip: frozenset[int] = frozenset()) -> list[Predicate]:
    """Non-overlapping predicates among ``tokens`` (as written), longest first, in text order.

    ``skip`` holds token indices that belong to actors' names.
    """
    found = []
    norms: list[str | None] = [None] * len(tokens)

    def norm(i: int) -> str:
        if norms[i] is None:
            norms[i] = normalize_token(tokens[i])
        return norms[i]

    for i, text in enumerate(tokens):
        if i in skip:
            continue
        for entry in lexicon.starts(text):
            if entry.with_hamza and not _HAMZA.intersection(text):
                continue  # «وهنا» is "and here", «وهنأ» congratulated
            if entry.with_ta_marbuta and text.rstrip(_TRAILING).endswith("ه"):
                continue  # «وأكد مساعده إتش شريدان»: his aide, not help
            end = i + len(entry.tokens)
            # a listed non-predicate blocks its word even when an actor's name follows («مساعدة وزير الخارجية»)
            if end > len(tokens) or (entry.type and any(j in skip for j in range(i + 1, end))):
                continue
            if all(norm(j) == entry.tokens[j - i] for j in range(i + 1, end)):
                found.append((i, end, entry))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    trigger_starts = {start for start, _, entry in found if entry.type}
    taken: set[int] = set()
    kept = []
    for start, end, entry in found:
        if not taken.intersection(range(start, end)):
            if not entry.type:  # a listed non-predicate blocks its words up to its first trigger word:
                # «أبلغ التهاني» only «أبلغ», «على وقع» both (a trigger that only starts with «على», as
                # «على تواصل», does not stop it where it does not match)
                j = start
                while j < end - 1 and j not in trigger_starts:
                    j += 1
                taken.update(range(start, j + 1))
                continue
            taken.update(range(start, end))
            if _owes(tokens, start, norm, skip):
                continue  # «ويدين آرسنال بتتويجه إلى …»: owes, condemns nothing
            if entry.pos == "verb" and _participle_form(entry) and _as_noun(tokens[start], entry):
                continue  # «والطالب» is "the student", «المهاجم» "the striker": no masdar, no event
            if entry.pos == "verb" and (
                _as_noun(tokens[start], entry) or (start and norm(start - 1) in _BEFORE_NOUNS) or _after_light_verb(tokens, start, lexicon, skip)
                or _conjoined_masdar(tokens, start, kept, norm) or _joined_to_noun_after(tokens, start)
            ):
                entry = replace(entry, pos="noun")  # «بدعم», «الدعم», «جدد كيري دعم»: a verb's form used as its masdar
            kept.append(Predicate(start, end, entry, entry.pos == "verb" and _future(tokens[start], entry)))
    return sorted(kept, key=lambda p: p.start)


def _owes(tokens: Sequence[str], start: int, norm, skip: frozenset[int]) -> bool:
    """True for a verb of ``owing_verbs`` whose next word, past the name of who owes and an adverb,
    opens with «بـ» or «لـ» and is no word of firmness: «ويدين المغرب التطواني بهذا الفوز», «يدين علنا
    لطهران», not «تدين بشدة الهجوم».

    >>> owes = lambda words, skip: _owes(words, 0, lambda i: normalize_token(words[i]), frozenset(skip))
    >>> owes(["ويدين", "آرسنال", "بتتويجه"], {1}), owes(["تدين", "بشدة", "الهجوم"], ())
    (True, False)
    """
    word = norm(start)
    if (word[1:] if word[:1] in "وف" and len(word) > 3 else word) not in _OWING:
        return False
    j = start + 1
    while j in skip:
        j += 1
    if j < len(tokens) and norm(j).endswith("ا") and len(norm(j)) > 3 and norm(j)[:1] not in "بل":
        j += 1  # an adverb: «حزب الله الذي يدين علنا لطهران» (a 2015-08-08 slice) owes Tehran
    return j < len(tokens) and norm(j)[:1] in "بل" and len(norm(j)) > 3 and norm(j) not in _FIRM


_OWING = GRAMMAR.owing_verbs
_FIRM = GRAMMAR.firm_manners


def _conjoined_masdar(tokens: Sequence[str], start: int, kept: Sequence[Predicate], norm) -> bool:
    """True when a verb's form glued to «و» follows a verbal noun that a preposition governs: «في
    اشتباكات وقصف لطائرات التحالف» (a 2015-07-22 slice) joins two nouns, «وقصف» is no new verb."""
    before = next((p for p in kept if p.end == start), None)  # kept is in length order; spans never overlap
    return (
        before is not None and before.pos == "noun" and before.start > 0 and norm(before.start - 1) in _BEFORE_NOUNS
        and tokens[start][:1] == "و"
    )


_POSSESSIVES = ("هما", "هم", "ها", "ه")


def _joined_to_noun_after(tokens: Sequence[str], start: int) -> bool:
    """True when a verb's form glued to «و» with a pronoun is followed by a noun in «ـة» glued to «و»
    with the same pronoun: «جهود الأمير … وسمو نائبه ودعمهما ومتابعتهما للتعليم» (a 2015-07-26 slice)
    lists their support and follow-up; «ودعمهما» is no verb ("and he supported them").

    >>> _joined_to_noun_after(["ودعمهما", "ومتابعتهما"], 0), _joined_to_noun_after(["ودعمهما", "وقال"], 0)
    (True, False)
    """
    word = tokens[start]
    if word[:1] != "و" or start + 1 >= len(tokens):
        return False
    after = tokens[start + 1]
    suffix = next((p for p in _POSSESSIVES if word.endswith(p)), None)
    return suffix is not None and after[:1] == "و" and after.endswith("ت" + suffix) and len(after) > len(suffix) + 3


def _after_light_verb(tokens: Sequence[str], start: int, lexicon: Lexicon, skip: frozenset[int]) -> bool:
    """True when a light verb, with or without its subject's name, stands right before ``start``:
    «وجدد كيري دعم بلاده», «أكدت دعمها»: two finite verbs do not follow each other, so the
    second is the masdar the light verb carries.

    >>> from pipeline.relations.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> _after_light_verb(["وجدد", "كيري", "دعم"], 2, lexicon, frozenset({1})), _after_light_verb(["وقال", "كيري", "دعم"], 2, lexicon, frozenset({1}))
    (True, False)
    """
    j = start - 1
    while j >= 0 and j in skip and start - j <= _SUBJECT_REACH:
        j -= 1
    return j >= 0 and j not in skip and lexicon.is_light_verb(tokens[j])


_SUBJECT_REACH = 6  # tokens of a subject's name between a light verb and the masdar it carries


def _future(token: str, entry: Entry) -> bool:
    """True when the verb carries the future prefix س: «وسيلتقي», not «وسيطرت» (a verb that starts with س).

    >>> from pipeline.relations.lexicon import load_lexicon
    >>> [_future(w, load_lexicon().starts(w)[0]) for w in ("وسيلتقي", "وسيطرت")]
    [True, False]
    """
    return has_future_prefix(token) and entry.tokens[0] not in strip_clitics(normalize_token(token))


def _participle_form(entry: Entry) -> bool:
    """True for a verb of the فاعَل pattern («طالب», «هاجم», «ساعد»): with the article or a
    preposition it is a participle or a noun («الطالب», «المهاجم»), not its masdar (مطالبة).

    >>> from pipeline.relations.lexicon import load_lexicon
    >>> [_participle_form(load_lexicon().starts(w)[0]) for w in ("طالب", "دعم")]
    [True, False]
    """
    word = entry.tokens[0]
    return len(entry.tokens) == 1 and len(word) == 4 and word[1] == "ا"


def _as_noun(token: str, entry: Entry) -> bool:
    """True when a verb form carries a preposition or the article: «بدعم», «لدعم», «الدعم».

    >>> from pipeline.relations.lexicon import load_lexicon
    >>> [_as_noun(w, load_lexicon().starts(w)[0]) for w in ("بدعم", "ودعم", "بحث")]
    [True, False, False]
    """
    norm = normalize_token(token)
    if norm[:1] in "وف" and len(norm) > 3:
        norm = norm[1:]
    if norm == entry.tokens[0]:
        return False
    return norm.startswith(("ب", "ل", "ال")) and norm[2 if norm.startswith(("ال", "لل")) else 1 :].startswith(entry.tokens[0][:2])
