"""One article's linking and relations, made beside its tagging in a tagging worker.

Linking (:func:`~pipeline.actors.link_article`) and relation extraction
(:func:`~pipeline.relations.extract_relations`) are pure functions of one
article and the shipped data files. A tagging worker that has just tagged an
article runs both, so this work is split across the workers and overlaps NER
instead of running after it in the build's one process.

The cross-article steps stay in the build: the merge of actors
(:func:`~pipeline.actors.link_articles`) and the analyst's curation can change
an article's links (a clitic variant joining the bare name, a merge, a block).
The relations made in the worker are kept only when the article's final links
are exactly those they were made from; otherwise the build extracts them
again (:func:`relations_of`). Either way the result is what a serial build
makes.

>>> from pipeline.types import Article, TaggedArticle
>>> from pipeline.arabic import split_sentences
>>> from pipeline.actors import load_registry
>>> from pipeline.relations import load_lexicon
>>> text = "ناقش جون كيري مع فلاديمير بوتين الأزمة."
>>> tagged = TaggedArticle(Article("a", text), tuple(split_sentences(text)))
>>> work = article_work(tagged, load_registry(), load_lexicon())
>>> [lm.actor_id for lm in work.linked], [r.type for r in work.relations]
(['john_kerry', 'vladimir_putin'], ['MEET'])
>>> relations_of([tagged], work.linked, load_lexicon(), [work]) == list(work.relations)
True
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .types import LinkedMention, Relation, TaggedArticle

__all__ = ["ArticleWork", "article_work", "relations_of"]


@dataclass(frozen=True)
class ArticleWork:
    """One article's links (before the cross-article merge) and the relations made from them."""

    article_id: str
    linked: tuple[LinkedMention, ...]
    relations: tuple[Relation, ...]


def article_work(tagged: TaggedArticle, registry, lexicon) -> ArticleWork:
    """Link one article and extract its relations from those links."""
    from .actors import link_article
    from .relations import extract_relations

    linked = tuple(link_article(tagged, registry))
    return ArticleWork(tagged.article.id, linked, tuple(extract_relations(tagged, linked, lexicon)))


def relations_of(
    tagged: Sequence[TaggedArticle],
    mentions: Sequence[LinkedMention],
    lexicon,
    done: Sequence[ArticleWork | None] | None = None,
) -> list[Relation]:
    """The relations of every article, each from its own linked mentions.

    ``done`` (aligned with ``tagged``) gives work made in the tagging workers:
    an article's relations are taken from it when its final links equal the
    links they were made from, else extracted here.
    """
    from .relations import extract_relations

    by_article: dict[str, list[LinkedMention]] = {}
    for lm in mentions:
        by_article.setdefault(lm.mention.article_id, []).append(lm)
    out: list[Relation] = []
    for i, t in enumerate(tagged):
        linked = by_article.get(t.article.id, [])
        work = done[i] if done is not None else None
        if work is not None and work.article_id == t.article.id and work.linked == tuple(linked):
            out.extend(work.relations)
        else:
            out.extend(extract_relations(t, linked, lexicon))
    return out
