"""Plain-text names for the explorer's widgets: :func:`article_label`,
:func:`actor_label` (Arabic and English) and :func:`actor_options` (actor
ids, strongest first), and :func:`first_choices` (a long list cut short for
the first paint). Plain text, never HTML: widgets show it as is.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any

import networkx as nx

__all__ = ["article_label", "actor_label", "actor_options", "first_choices"]


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def article_label(meta: Mapping[str, Any], limit: int = 70) -> str:
    """``title — source · date`` for an article (plain text, for widget labels).

    Each part is a bidi isolate (U+2068 … U+2069), so an Arabic title or
    outlet does not reorder the date next to it.

    >>> label = article_label({"id": "a1", "title": "لقاء   في جنيف", "source": "الوطن", "date": "2016-07-28"})
    >>> label.replace("\u2068", "").replace("\u2069", "")
    'لقاء في جنيف — الوطن · 2016-07-28'
    >>> article_label({"id": "a2"})
    '\u2068a2\u2069'
    """
    title = _short(meta.get("title") or meta.get("id") or "", limit)
    parts = [f"\u2068{x}\u2069" for x in (meta.get("source"), meta.get("date")) if x]
    extra = " · ".join(parts)
    return f"\u2068{title}\u2069 — {extra}" if extra else f"\u2068{title}\u2069"


def actor_label(G: nx.Graph, node: str, language: str = "ar") -> str:
    """Display name of an actor: Arabic (English) or English (Arabic).

    >>> from pipeline.graph import _example
    >>> actor_label(_example(), "lavrov"), actor_label(_example(), "lavrov", "en")
    ('لافروف (Sergey Lavrov)', 'Sergey Lavrov (لافروف)')
    """
    if node not in G:
        return str(node)
    d = G.nodes[node]
    ar, en = str(d.get("label") or ""), str(d.get("label_en") or "")
    first, second = (en, ar) if language == "en" and en else (ar or en, en if ar else "")
    first = first or str(node)
    return f"{first} ({second})" if second and second != first else first


def actor_options(G: nx.Graph) -> list[str]:
    """Actor ids, strongest first (weighted degree, mentions, id).

    >>> from pipeline.graph import _example
    >>> actor_options(_example())
    ['lavrov', 'kerry', 'moscow']
    """
    strength = dict(G.degree(weight="weight"))
    return sorted(G, key=lambda n: (-strength[n], -(G.nodes[n].get("mentions") or 0), str(n)))


def first_choices(options: Iterable[Hashable], chosen: Iterable[Hashable], limit: int | None) -> list:
    """The first ``limit`` of ``options`` and every ``chosen`` one, in order; all with ``limit=None``.

    A picker of thousands of choices is slow to build in the browser; the
    first paint lists a few (and what is already chosen, so no choice is lost).

    >>> first_choices(["a", "b", "c", "d"], ["d"], 2)
    ['a', 'b', 'd']
    >>> first_choices(["a", "b", "c"], [None], None)
    ['a', 'b', 'c']
    """
    if limit is None:
        return list(options)
    keep = set(chosen)
    return [o for i, o in enumerate(options) if i < limit or o in keep]
