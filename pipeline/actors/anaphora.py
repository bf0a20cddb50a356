"""Definite descriptions that point back to an organisation the article named (``data/anaphors.yaml``).

«… معهد الإدارة العامة …» and then «أن المعهد … وقع اتفاقيات تعاون مع جامعة الجوف»: the
bare «المعهد» is that institute. «ال» + a listed head stands for the one organisation with
that head the article linked before it, and for none when it linked two («وزارة الصحة»
and «وزارة التعليم» leave «الوزارة» alone). A definite word after the head must be the
antecedent's own second word, and joins it («اللجنة المنظمة» for «اللجنة المنظمة لشارع
الرسامين بعنيزة»); a name's adjective that is not makes it another body («الجامعة الإسلامية»),
while a description stays outside («مواقع الحزب المحظور»).

Pure: one article's linked mentions in, the same with the anaphors added (``via`` "anaphor").
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import load_data_file, word_lists
from ..types import LinkedMention, Mention, Sentence, TaggedArticle
from .names import drop_clitic_before_article, normalize_token
from .org_names import ORG_WORDS

__all__ = ["ANAPHORS_PATH", "AnaphorError", "AnaphorWords", "build_anaphor_words", "definite_anaphors", "load_anaphor_words"]

ANAPHORS_PATH = Path(__file__).resolve().parent.parent / "data" / "anaphors.yaml"
_KEYS = ("heads", "not_after", "demonstratives")


class AnaphorError(ValueError):
    """``anaphors.yaml`` is missing or malformed; the message names the key."""


@dataclass(frozen=True)
class AnaphorWords:
    heads: frozenset[str]  # without the article: «وزاره», «معهد»
    not_after: frozenset[str]
    demonstratives: frozenset[str]


def build_anaphor_words(data: object, source: str = "<anaphors>") -> AnaphorWords:
    """Validate the parsed ``anaphors.yaml`` and normalise every word.

    >>> build_anaphor_words({"heads": ["وزارة"], "not_after": ["رئيس"], "demonstratives": ["هذه"]}).heads
    frozenset({'وزاره'})
    >>> build_anaphor_words({"heads": ["وزارة"]})
    Traceback (most recent call last):
    ...
    pipeline.actors.anaphora.AnaphorError: <anaphors>: missing key(s) ['not_after', 'demonstratives']
    """
    if not isinstance(data, dict):
        raise AnaphorError(f"{source}: expected a mapping of word lists")
    missing = [k for k in _KEYS if k not in data]
    if missing:
        raise AnaphorError(f"{source}: missing key(s) {missing}")
    lists = word_lists(data, _KEYS, source, AnaphorError)
    return AnaphorWords(*(frozenset(lists[k]) for k in _KEYS))


def load_anaphor_words(path: Path | str | None = None) -> AnaphorWords:
    return load_data_file(Path(path) if path is not None else ANAPHORS_PATH, build_anaphor_words, AnaphorError)


@dataclass(frozen=True)
class _Antecedent:
    start: int  # character offset in the article
    actor_id: str
    head: str  # «وزاره»
    rest: tuple[str, ...]  # the name's words after the head, normalised


def definite_anaphors(
    tagged: TaggedArticle,
    linked: Sequence[LinkedMention],
    is_org: Callable[[str], bool],
    words: AnaphorWords | None = None,
) -> list[LinkedMention]:
    """``linked`` with a mention added for each bare «ال + head» that has one antecedent before it.

    ``is_org`` says whether an actor id is an organisation. Tokens inside a linked mention are
    never anaphors, and neither is a head right after an official's word («مدير عام المعهد») or a
    demonstrative («هذا النادي» points at the one the sentence has just named, which may be unlinked).
    """
    words = words or load_anaphor_words()
    sentences = {s.index: s for s in tagged.sentences}
    antecedents = [a for lm in linked if is_org(lm.actor_id) and (a := _antecedent(lm, sentences.get(lm.mention.sentence), words))]
    if not antecedents:
        return list(linked)
    covered: dict[int, list[tuple[int, int]]] = {}
    for lm in linked:
        covered.setdefault(lm.mention.sentence, []).append((lm.mention.start, lm.mention.end))
    added: list[LinkedMention] = []
    for sentence in tagged.sentences:
        spans = covered.get(sentence.index, [])
        norms = [normalize_token(t.text) for t in sentence.tokens]
        i = 0
        while i < len(norms):
            token = sentence.tokens[i]
            head = _definite_head(norms[i], words)
            if not head or any(s < token.end and token.start < e for s, e in spans) or (i and norms[i - 1] in words.not_after | words.demonstratives):
                i += 1
                continue
            before = [a for a in antecedents if a.head == head and a.start < token.start]
            after = norms[i + 1] if i + 1 < len(norms) else ""
            end = i + 1
            if after.startswith("ال") and any(a.rest[:1] == (after,) for a in before):
                before = [a for a in before if a.rest[:1] == (after,)]  # «اللجنة المنظمة» for «اللجنة المنظمة لشارع الرسامين»
                end = i + 2
            elif _name_adjective(after):
                # «الجامعة الإسلامية», «والهيئة العليا لتطوير مدينة الرياض» after «الهيئة العامة للسياحة» (a
                # 2015-07-31 slice) are other bodies; «مواقع الحزب المحظور» is the party named before
                before = []
            if end < len(norms) and _another_complement(norms[end], [a.rest[end - i - 1 :] for a in before]):
                before = []  # «تأسيس الجمعية التعاونية لمنسوبي أمانة …» is not «الجمعية التعاونية للتدريب» (a 2015-07-26 slice)
            if len({a.actor_id for a in before}) == 1:
                last = sentence.tokens[end - 1]
                mention = Mention(
                    tagged.article.id, sentence.index, token.start, last.end, tagged.article.text[token.start : last.end], "ORG", i, end
                )
                added.append(LinkedMention(mention, before[0].actor_id, "anaphor"))
            i = end
    if not added:
        return list(linked)
    return sorted([*linked, *added], key=lambda lm: (lm.mention.sentence, lm.mention.start))


def _antecedent(lm: LinkedMention, sentence: Sentence | None, words: AnaphorWords) -> _Antecedent | None:
    """The organisation's head word, from its name or the word right before it («نادي» + «مانشستر»)."""
    norms = [normalize_token(t) for t in lm.mention.text.split()]
    if not norms:
        return None
    if sentence is not None:
        i = bisect.bisect_left([t.start for t in sentence.tokens], lm.mention.start)
        if 0 < i <= len(sentence.tokens) and normalize_token(sentence.tokens[i - 1].text) in words.heads:
            norms.insert(0, normalize_token(sentence.tokens[i - 1].text))
    first = drop_clitic_before_article(norms[0])
    head = next((h for h in (first, first[2:] if first.startswith("ال") else "", first[1:]) if h in words.heads), "")
    if not head:
        return None
    return _Antecedent(lm.mention.start, lm.actor_id, head, tuple(norms[1:]))


def _definite_head(norm: str, words: AnaphorWords) -> str:
    """The head of «ال + head» with any proclitic («والوزارة», «للمعهد»), else ""."""
    word = drop_clitic_before_article(norm)
    if word.startswith("ال") and word[2:] in words.heads:
        return word[2:]
    return ""


def _another_complement(word: str, rests: Sequence[tuple[str, ...]]) -> bool:
    """``word`` after the anaphor is a «لـ» complement where an antecedent's name has another one there."""
    return word.startswith("ل") and any(rest and rest[0].startswith("ل") and rest[0] != word for rest in rests)


def _name_adjective(norm: str) -> bool:
    """A definite adjective that names a body with its head: a nisba («الإسلامية») or a listed one («العليا»)."""
    if not norm.startswith("ال") or norm in ORG_WORDS.not_adjectives:
        return False
    return norm.endswith(("ي", "يه", "يين", "يون")) or norm in ORG_WORDS.adjectives
