"""Frozen data passed between pipeline stages.

Nothing here imports anything of ours: every stage depends on these types,
never the other way round.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its character span in the text it was cut from."""

    text: str
    start: int
    end: int

    def __reduce__(self):
        # millions of tokens repeat a few thousand words: read back, they share one string
        return (_token, (self.text, self.start, self.end))


def _token(text: str, start: int, end: int) -> Token:
    return Token(sys.intern(text), start, end)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span in the article text and its tokens."""

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Article:
    """One input article, after ingest (decoded, boilerplate removed)."""

    id: str
    text: str
    title: str = ""
    source: str = ""
    date: str = ""  # ISO date (YYYY-MM-DD) or ""
    url: str = ""
    path: str = ""  # file it came from, for reports


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention: what the text said, where, and its type.

    ``text`` is the surface form exactly as written; canonicalisation adds an
    actor id elsewhere and never rewrites it.
    """

    article_id: str
    sentence: int
    start: int  # character offsets in the article text
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    token_start: int = 0  # token span within the sentence, end exclusive
    token_end: int = 0


@dataclass(frozen=True, slots=True)
class TaggedArticle:
    """An article with its sentences and the mentions NER found in them."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Skipped:
    """A corpus file (or record) that was not built, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class IngestResult:
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    warnings: tuple[Skipped, ...] = ()  # repaired, still built (e.g. boilerplate removed)


@dataclass(frozen=True)
class Actor:
    """A canonical actor: one node however the outlets spell it.

    ``id`` is stable across builds: the registry id, or one derived from the
    normalised full name for actors outside the registry.
    """

    id: str
    label: str  # Arabic display name
    type: str  # one of ENTITY_TYPES
    label_en: str = ""
    aliases: tuple[str, ...] = ()  # every Arabic surface form seen
    wikidata: str = ""


@dataclass(frozen=True, slots=True)
class LinkedMention:
    """A mention (as written) with the actor it was linked to."""

    mention: Mention
    actor_id: str
    via: str = "name"  # name | alias | short-form | role


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that supports a relation, with its offsets in the article text."""

    article: str
    sentence: str
    start: int
    end: int


RELATION_TYPES = ("MEET", "AGREE", "SUPPORT", "OPPOSE", "COOPERATE", "ATTACK", "STATEMENT", "CO_MENTION")


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link between two actors in one sentence.

    ``source``/``target`` give the direction when ``directed`` (who struck
    whom, who spoke); otherwise they are in a canonical (sorted) order.
    """

    source: str
    target: str
    type: str  # one of RELATION_TYPES
    evidence: Evidence
    directed: bool = False
    trigger: str = ""  # the word(s) that decided the type, as written
    # "asserted" for an event the sentence says took place; anything else
    # (negated, planned, hypothetical, denied) is kept for the analyst to see
    # but never counted as a relation that happened.
    modality: str = "asserted"


MODALITIES = ("asserted", "negated", "planned", "hypothetical")
