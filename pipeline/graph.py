"""Build the actor graph, filter it, and measure it.

:func:`build_graph` turns linked mentions and relations into an undirected
:class:`networkx.Graph` that follows the output contract in ``GUIDE.md``:

* **node** ``id`` (the actor id) with ``label``, ``label_en`` (``""`` when
  unknown), ``type``, ``aliases`` (every Arabic surface form), ``articles``
  (sorted ids), ``mentions`` (count), ``article_mentions`` (article id →
  count, so filters can restrict counts) and ``wikidata`` (``""`` when unknown);
* **edge** with ``kind`` (``interaction`` when at least one sentence
  asserts a typed relation between the two actors, else ``co-mention``),
  ``weight`` (number of distinct sentences), ``relations`` (type → number of
  sentences asserting it; ``CO_MENTION`` is never a key), ``dominant_relation``
  (the type asserted in most sentences, ties to the type first in
  :data:`~pipeline.types.RELATION_TYPES`; ``CO_MENTION`` for a co-mention),
  ``cameo`` (the dominant relation's CAMEO root code, ``""`` for a
  co-mention), ``cameo_codes`` (the codes of all its types, sorted),
  ``articles`` (sorted ids) and ``evidence``: one dict per sentence,
  ``{article, sentence, start, end, source, target, relations, trigger,
  directed, unasserted}``:

  - ``relations``: the types the sentence asserts for the pair, sorted
    (``[]`` for a co-mention);
  - ``trigger``: their trigger words, in that order, joined by ``"; "``;
  - ``source``/``target``: the direction when ``directed``, which is true
    when the asserted directed relations all point the same way; otherwise
    (none directed, or both ways in one sentence) the ids are sorted;
  - ``unasserted``: relations the sentence mentions without asserting them
    (negated, planned, hypothetical), ``{type, modality, trigger, source,
    target, directed}``; they are never counted;
* **graph** attributes ``articles``: ``{id, title, source, date, url}`` per
  article, in corpus order; ``cameo``: relation type → CAMEO root code.

The filters never mutate their input. Filters on nodes or edges
(:func:`by_actor_types`, :func:`by_min_weight`, :func:`by_search`,
:func:`ego`, :func:`top_nodes`) return read-only subgraph *views*; filters on
evidence (:func:`by_articles`, :func:`by_dates`, :func:`by_relation_types`)
return a new graph whose counts are recomputed from the evidence that
survives. Attribute values (lists, dicts) are shared with the input: treat
them as read-only, or ``copy.deepcopy`` the result first.

>>> from pipeline.types import Actor, Evidence, LinkedMention, Mention, Relation
>>> G = build_graph([], {}, [], [])
>>> G.number_of_nodes(), G.graph["articles"]
(0, [])
"""
from __future__ import annotations

import datetime as _dt
import math
import random
import re
import threading
import unicodedata
import warnings
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import networkx as nx

from .arabic import normalize, strip_clitics
from .types import RELATION_TYPES, Actor, Article, LinkedMention, Relation

__all__ = [
    "build_graph",
    "filter_graph",
    "restricted_view",
    "by_evidence",
    "by_articles",
    "articles_between",
    "by_dates",
    "by_relation_types",
    "by_actor_types",
    "by_min_weight",
    "by_kinds",
    "edge_kind",
    "edge_direction",
    "dominant_relation",
    "by_search",
    "search_nodes",
    "ego",
    "top_nodes",
    "drop_isolates",
    "actor_table",
    "actor_rows",
    "communities",
    "timeline",
]

MAX_DEPTH = 3
CO_MENTION = "CO_MENTION"
ASSERTED = "asserted"
INTERACTION = "interaction"
CO_MENTIONED = "co-mention"
EDGE_KINDS = (INTERACTION, CO_MENTIONED)
#: Joins the trigger words of an evidence item's types, in ``relations`` order.
TRIGGER_SEPARATOR = "; "
_TYPE_RANK = {t: i for i, t in enumerate(RELATION_TYPES)}


# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------


def _article_meta(article: Article) -> dict[str, str]:
    return {
        "id": article.id,
        "title": article.title or "",
        "source": article.source or "",
        "date": article.date or "",
        "url": article.url or "",
    }


def _node_attrs(actor: Actor, linked: list[LinkedMention]) -> dict[str, Any]:
    per_article = Counter(lm.mention.article_id for lm in linked)
    aliases = list(dict.fromkeys(a for a in actor.aliases if a))
    seen = set(aliases)
    aliases += sorted({lm.mention.text for lm in linked if lm.mention.text and lm.mention.text not in seen})
    return {
        "label": actor.label or "",
        "label_en": actor.label_en or "",
        "type": actor.type or "",
        "aliases": aliases,
        "articles": sorted(per_article),
        "mentions": len(linked),
        "article_mentions": {a: per_article[a] for a in sorted(per_article)},
        "wikidata": actor.wikidata or "",
    }


def _pair_key(relation: Relation) -> tuple[str, str, str, int, int]:
    """(actor, actor, article, start, end): one evidence item per pair and sentence."""
    u, v = sorted((relation.source, relation.target))
    ev = relation.evidence
    return (u, v, ev.article, ev.start, ev.end)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _direction(u: str, v: str, asserted: Sequence[Relation]) -> tuple[str, str, bool]:
    """``(source, target, directed)`` of an evidence item.

    Directed when the asserted directed relations all point the same way;
    when they point both ways (or none is directed) the item is undirected,
    its ends in sorted order.
    """
    ends = {(r.source, r.target) for r in asserted if r.directed}
    if len(ends) == 1:
        source, target = next(iter(ends))
        return source, target, True
    return u, v, False


def _unasserted(relations: Iterable[Relation], u: str, v: str) -> list[dict[str, Any]]:
    """The typed relations the sentence does not assert (negated, planned, ...), deduplicated."""
    found = {}
    for r in relations:
        source, target = (r.source, r.target) if r.directed else (u, v)
        item = {"type": r.type, "modality": r.modality, "trigger": r.trigger or "", "source": source, "target": target, "directed": bool(r.directed)}
        found.setdefault(tuple(item.values()), item)
    return [found[k] for k in sorted(found)]


def _evidence_item(key: tuple[str, str, str, int, int], relations: Sequence[Relation]) -> dict[str, Any]:
    """One evidence item: what one sentence says about one pair of actors.

    ``relations`` are every :class:`Relation` of the pair in that sentence;
    ``CO_MENTION`` ones add no type, asserted typed ones are listed (sorted)
    with their triggers in the same order, the rest go under ``unasserted``.
    """
    u, v, article, start, end = key
    typed = [r for r in relations if r.type != CO_MENTION]
    asserted = sorted((r for r in typed if r.modality == ASSERTED), key=lambda r: (r.type, r.trigger, r.source, r.target))
    source, target, directed = _direction(u, v, asserted)
    return {
        "article": article,
        "sentence": relations[0].evidence.sentence,
        "start": start,
        "end": end,
        "source": source,
        "target": target,
        "relations": _unique(r.type for r in asserted),
        "trigger": TRIGGER_SEPARATOR.join(_unique(r.trigger for r in asserted)),
        "directed": directed,
        "unasserted": _unasserted((r for r in typed if r.modality != ASSERTED), u, v),
    }


def dominant_relation(relations: Mapping[str, int] | None) -> str:
    """The relation type asserted in most sentences, ``CO_MENTION`` when none.

    Ties go to the type listed first in :data:`pipeline.types.RELATION_TYPES`
    (MEET, AGREE, SUPPORT, OPPOSE, COOPERATE, ATTACK, STATEMENT).

    >>> dominant_relation({"ATTACK": 2, "MEET": 2, "STATEMENT": 1})
    'MEET'
    >>> dominant_relation({})
    'CO_MENTION'
    """
    counts = {r: c for r, c in (relations or {}).items() if r != CO_MENTION and c}
    if not counts:
        return CO_MENTION
    return min(counts, key=lambda r: (-counts[r], _TYPE_RANK.get(r, len(_TYPE_RANK)), r))


def edge_kind(data: Mapping[str, Any]) -> str:
    """``interaction`` when the edge rests on at least one asserted typed relation, else ``co-mention``.

    Reads ``kind`` when the edge has one, else its ``relations`` counts.

    >>> edge_kind({"relations": {"MEET": 1}}), edge_kind({"relations": {}})
    ('interaction', 'co-mention')
    """
    kind = data.get("kind")
    if kind in EDGE_KINDS:
        return kind
    relations = data.get("relations") or {}
    return INTERACTION if any(r != CO_MENTION and c for r, c in relations.items()) else CO_MENTIONED


def edge_direction(data: Mapping[str, Any]) -> tuple[str, str] | None:
    """``(source, target)`` when the edge's typed sentences all point one way, else ``None``.

    The edge's dominant direction, as the drawing shows it (an arrow): every
    evidence item asserting a type is ``directed`` and they share one
    ``(source, target)``. Co-mention sentences (no type) do not count
    against a direction; an edge with no typed sentence has none.

    >>> edge_direction({"evidence": [
    ...     {"relations": ["ATTACK"], "directed": True, "source": "lavrov", "target": "kerry"},
    ...     {"relations": [], "directed": False, "source": "kerry", "target": "lavrov"}]})
    ('lavrov', 'kerry')
    >>> edge_direction({"evidence": [
    ...     {"relations": ["ATTACK"], "directed": True, "source": "lavrov", "target": "kerry"},
    ...     {"relations": ["MEET"], "directed": False, "source": "kerry", "target": "lavrov"}]}) is None
    True

    A link read from the store without its evidence carries the direction itself:

    >>> edge_direction({"direction": ("lavrov", "kerry")}), edge_direction({"direction": None, "evidence": []})
    (('lavrov', 'kerry'), None)
    """
    if "direction" in data:
        found = data["direction"]
        return (found[0], found[1]) if found else None
    typed = [e for e in data.get("evidence") or () if e.get("relations")]
    ends = {(e.get("source"), e.get("target")) for e in typed if e.get("directed")}
    if len(ends) == 1 and all(e.get("directed") for e in typed):
        return next(iter(ends))
    return None


def _edge_attrs(evidence: list[dict[str, Any]], codes: Mapping[str, str]) -> dict[str, Any]:
    """Every count of an edge, computed from its evidence items (one per sentence)."""
    counts: dict[str, int] = {}
    for e in evidence:
        for t in e.get("relations") or ():
            counts[t] = counts.get(t, 0) + 1
    relations = dict(sorted(counts.items()))
    dominant = dominant_relation(relations) if relations else CO_MENTION
    return {
        "kind": INTERACTION if relations else CO_MENTIONED,
        "weight": len(evidence),
        "relations": relations,
        "dominant_relation": dominant,
        "cameo": codes.get(dominant, ""),
        "cameo_codes": sorted({codes[r] for r in relations if codes.get(r)}) if relations else [],
        "articles": sorted({e["article"] for e in evidence}),
        "evidence": evidence,
    }


def _cameo_codes(cameo: Mapping[str, Any] | None) -> dict[str, str]:
    """Relation type → CAMEO root code, from ``cameo`` or the relation lexicon."""
    if cameo is None:
        from .relations import load_lexicon

        cameo = load_lexicon().cameo
    return {t: str(v.get("code", "") if isinstance(v, Mapping) else v) for t, v in sorted(cameo.items())}


def build_graph(
    articles: Sequence[Article],
    actors: Mapping[str, Actor],
    mentions: Sequence[LinkedMention],
    relations: Sequence[Relation],
    *,
    cameo: Mapping[str, Any] | None = None,
) -> nx.Graph:
    """Build the actor graph of the output contract.

    Parameters
    ----------
    articles : sequence of Article
        The corpus, in corpus order; it fixes the graph attribute
        ``articles`` and the order of evidence (article order, then offset).
    actors : mapping of str to Actor
        The actor registry, keyed by actor id.
    mentions : sequence of LinkedMention
        Linked mentions. Only actors with at least one mention become nodes.
        A mention repeated with the same article, offsets and actor counts once;
        mentions of ids missing from ``actors`` are skipped with a warning.
    relations : sequence of Relation
        Relations with their evidence. All the relations of a pair of actors
        in one sentence (same article and offsets) make *one* evidence item,
        so a repeated relation counts once and a sentence counts once however
        many types it asserts. Relations to an actor without mentions are
        skipped with a warning; relations of an actor with itself are skipped.
    cameo : mapping, optional
        Relation type → CAMEO root code (or ``{"code": ..., "name": ...}``);
        by default the relation lexicon's (``pipeline/data/triggers.yaml``).

    Returns
    -------
    networkx.Graph
        Nodes and edges inserted in sorted id order, so two builds of the
        same input serialise identically.

    Examples
    --------
    Kerry and Lavrov meet and agree in one sentence: one evidence item with
    both types, weight 1.

    >>> from pipeline.types import Actor, Evidence, LinkedMention, Mention, Relation
    >>> text = "التقى لافروف كيري واتفقا على الهدنة"
    >>> arts = [Article("a1", text, date="2015-03-01")]
    >>> acts = {"lavrov": Actor("lavrov", "لافروف", "PER", "Lavrov"),
    ...         "kerry": Actor("kerry", "كيري", "PER", "Kerry")}
    >>> ms = [LinkedMention(Mention("a1", 0, 6, 12, "لافروف", "PER"), "lavrov"),
    ...       LinkedMention(Mention("a1", 0, 13, 17, "كيري", "PER"), "kerry")]
    >>> ev = Evidence("a1", text, 0, len(text))
    >>> rs = [Relation("kerry", "lavrov", "MEET", ev, trigger="التقى"),
    ...       Relation("kerry", "lavrov", "AGREE", ev, trigger="اتفقا")]
    >>> G = build_graph(arts, acts, ms, rs)
    >>> sorted(G.nodes), G.nodes["lavrov"]["mentions"], G.nodes["lavrov"]["aliases"]
    (['kerry', 'lavrov'], 1, ['لافروف'])
    >>> d = G.edges["kerry", "lavrov"]
    >>> d["kind"], d["weight"], d["relations"], d["dominant_relation"], d["cameo"], d["cameo_codes"]
    ('interaction', 1, {'AGREE': 1, 'MEET': 1}, 'MEET', '04', ['04', '05'])
    >>> [(e["relations"], e["trigger"]) for e in d["evidence"]]
    [(['AGREE', 'MEET'], 'اتفقا; التقى')]
    """
    order = {a.id: i for i, a in enumerate(articles)}

    def article_rank(article_id: str) -> tuple[int, str]:
        return (order.get(article_id, len(order)), article_id)

    by_actor: dict[str, dict[tuple, LinkedMention]] = defaultdict(dict)
    unknown = set()
    for lm in mentions:
        if lm.actor_id not in actors:
            unknown.add(lm.actor_id)
            continue
        m = lm.mention
        by_actor[lm.actor_id].setdefault((m.article_id, m.start, m.end), lm)
    if unknown:
        warnings.warn(f"build_graph: skipped mentions of {len(unknown)} actor id(s) missing from the registry, e.g. {sorted(unknown)[:3]}", stacklevel=2)

    codes = _cameo_codes(cameo)
    G = nx.Graph()
    G.graph["articles"] = [_article_meta(a) for a in articles]
    G.graph["cameo"] = codes
    for actor_id in sorted(by_actor):
        linked = sorted(by_actor[actor_id].values(), key=lambda lm: (article_rank(lm.mention.article_id), lm.mention.start, lm.mention.end))
        G.add_node(actor_id, **_node_attrs(actors[actor_id], linked))

    sentences: dict[tuple[str, str, str, int, int], list[Relation]] = defaultdict(list)
    dangling = set()
    for rel in relations:
        if rel.source == rel.target:
            continue
        if rel.source not in G or rel.target not in G:
            dangling.update(n for n in (rel.source, rel.target) if n not in G)
            continue
        sentences[_pair_key(rel)].append(rel)
    if dangling:
        warnings.warn(f"build_graph: skipped relations of {len(dangling)} actor(s) without mentions, e.g. {sorted(dangling)[:3]}", stacklevel=2)

    evidence: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for key in sorted(sentences, key=lambda k: (k[0], k[1], article_rank(k[2]), k[3], k[4])):
        evidence[key[0], key[1]].append(_evidence_item(key, sentences[key]))
    for u, v in sorted(evidence):
        G.add_edge(u, v, **_edge_attrs(evidence[u, v], codes))
    return G


# ---------------------------------------------------------------------------
# evidence filters: new graphs with recomputed counts
# ---------------------------------------------------------------------------


def _kept_items(
    evidence: Sequence[Mapping[str, Any]], keep_articles: Collection[str] | None, keep_relations: Collection[str] | None
) -> tuple[list[Mapping[str, Any]], bool]:
    """The evidence items the filters leave, and whether anything changed.

    A relation-type filter keeps a sentence that asserts one of the types
    (its ``relations`` narrowed to them, in a new dict; trigger and
    direction stay the sentence's), and a co-mention sentence when
    ``CO_MENTION`` is selected.
    """
    if keep_relations is None:
        kept = [e for e in evidence if e.get("article") in keep_articles] if keep_articles is not None else list(evidence)
        return kept, len(kept) != len(evidence)
    co_mentions = CO_MENTION in keep_relations
    kept = []
    changed = False
    for e in evidence:
        if keep_articles is not None and e.get("article") not in keep_articles:
            changed = True
            continue
        types = e.get("relations")
        if not types:
            if co_mentions:
                kept.append(e)
            else:
                changed = True
            continue
        chosen = [t for t in types if t in keep_relations]
        if len(chosen) == len(types):
            kept.append(e)
        else:
            changed = True
            if chosen:
                kept.append({**e, "relations": chosen})
    return kept, changed


def _restrict(G: nx.Graph, keep_articles: Collection[str] | None, keep_relations: Collection[str] | None) -> nx.Graph:
    """New graph keeping evidence in ``keep_articles`` of ``keep_relations``, counts recomputed.

    An edge whose evidence all survives keeps its attributes as they are
    (they were computed from that evidence); the others are recomputed.
    """
    H = nx.Graph()
    H.graph.update(G.graph)
    codes = G.graph.get("cameo") or {}
    if keep_articles is not None:
        keep_articles = set(keep_articles)
        H.graph["articles"] = [a for a in G.graph.get("articles", []) if a.get("id") in keep_articles]
    if keep_relations is not None:
        keep_relations = set(keep_relations)
    for n, d in G.nodes(data=True):
        if keep_articles is None:
            H.add_node(n, **d)
            continue
        if "article_mentions" not in d:  # a graph built elsewhere: keep counts as they are
            if keep_articles.intersection(d.get("articles", ())):
                H.add_node(n, **d)
            continue
        counts = {a: c for a, c in d["article_mentions"].items() if a in keep_articles}
        if counts:
            H.add_node(n, **{**d, "article_mentions": counts, "articles": sorted(counts), "mentions": sum(counts.values())})
    for u, v, d in G.edges(data=True):
        if u not in H or v not in H:
            continue
        kept, changed = _kept_items(d.get("evidence", ()), keep_articles, keep_relations)
        if kept:
            H.add_edge(u, v, **({**d, **_edge_attrs(kept, codes)} if changed else d))
    return H


def by_articles(G: nx.Graph, articles: Iterable[str]) -> nx.Graph:
    """Keep what the selected articles say.

    Edges keep only evidence from ``articles`` (weights, relation counts and
    article lists recomputed; an edge left without evidence disappears);
    nodes keep only their mentions in ``articles`` (a node left without
    mentions disappears). The graph attribute ``articles`` is restricted too.

    Parameters
    ----------
    G : networkx.Graph
        A graph from :func:`build_graph` (or a view of one).
    articles : iterable of str
        Article ids to keep. An empty selection keeps nothing.

    Returns
    -------
    networkx.Graph
        A new graph; ``G`` is not modified.

    Examples
    --------
    >>> G = _example()
    >>> H = by_articles(G, ["a2"])
    >>> sorted(H.nodes), H.nodes["lavrov"]["mentions"], H.edges["kerry", "lavrov"]["weight"]
    (['kerry', 'lavrov'], 1, 1)
    >>> G.nodes["lavrov"]["mentions"]
    3
    """
    return _restrict(G, set(articles), None)


def _to_date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


def articles_between(G: nx.Graph, date_from: Any = None, date_to: Any = None) -> set[str]:
    """Ids of the articles in ``G.graph["articles"]`` dated within the bounds.

    Bounds are inclusive ISO dates (``"2015-03-01"``, a prefix such as
    ``"2015-03"``, or :class:`datetime.date`). With a bound set, undated
    articles are left out.

    >>> sorted(articles_between(_example(), "2015-03-02"))
    ['a2']
    """
    lo, hi = _to_date(date_from), _to_date(date_to)
    keep = set()
    for meta in G.graph.get("articles", []):
        date = meta.get("date") or ""
        if (lo or hi) and not date:
            continue
        if lo and date[: len(lo)] < lo:
            continue
        if hi and date[: len(hi)] > hi:
            continue
        keep.add(meta["id"])
    return keep


def by_dates(G: nx.Graph, date_from: Any = None, date_to: Any = None) -> nx.Graph:
    """Keep what the articles dated between ``date_from`` and ``date_to`` say.

    Same recomputation as :func:`by_articles`, on the articles of
    :func:`articles_between`. Undated articles are dropped as soon as a bound
    is set; with no bound ``G`` is returned as it is.

    Parameters
    ----------
    G : networkx.Graph
    date_from, date_to : str or datetime.date, optional
        Inclusive bounds; a string prefix (``"2015-03"``) bounds by month.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> H = by_dates(_example(), "2015-03-01", "2015-03-01")
    >>> H.edges["kerry", "lavrov"]["weight"], [a["id"] for a in H.graph["articles"]]
    (1, ['a1'])
    """
    if _to_date(date_from) is None and _to_date(date_to) is None:
        return G
    return _restrict(G, articles_between(G, date_from, date_to), None)


def by_relation_types(G: nx.Graph, relation_types: Iterable[str]) -> nx.Graph:
    """Keep the sentences that assert the given relation types.

    A sentence asserting several types is kept once, its ``relations``
    narrowed to the selected ones; ``CO_MENTION`` selects the sentences that
    assert no type for the pair. Edge weights (sentences), relation counts,
    kind and dominant relation are recomputed; an edge with no evidence left
    disappears. Nodes are kept (their mentions do not depend on relation
    types): chain :func:`drop_isolates` to hide lone nodes.

    Parameters
    ----------
    G : networkx.Graph
    relation_types : iterable of str
        Members of :data:`pipeline.types.RELATION_TYPES`.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    In ``a2`` Lavrov attacks Kerry and meets him in one sentence: a filter
    on either type keeps that sentence once.

    >>> H = by_relation_types(_example(), ["ATTACK"])
    >>> [(u, v, d["weight"], d["relations"]) for u, v, d in H.edges(data=True)]
    [('kerry', 'lavrov', 1, {'ATTACK': 1})]
    >>> H = by_relation_types(_example(), ["MEET"])
    >>> H.edges["kerry", "lavrov"]["weight"], [e["relations"] for e in H.edges["kerry", "lavrov"]["evidence"]]
    (2, [['MEET'], ['MEET']])
    >>> list(by_relation_types(_example(), ["CO_MENTION"]).edges)
    [('lavrov', 'moscow')]
    """
    return _restrict(G, None, set(relation_types))


# ---------------------------------------------------------------------------
# node and edge filters: subgraph views
# ---------------------------------------------------------------------------


def _actor_type_nodes(G: nx.Graph, actor_types: Collection[str]) -> list[str]:
    types = set(actor_types)
    return [n for n, t in G.nodes(data="type") if t in types]


def by_actor_types(G: nx.Graph, actor_types: Iterable[str]) -> nx.Graph:
    """View of the actors of the given types and the edges among them.

    Parameters
    ----------
    G : networkx.Graph
    actor_types : iterable of str
        Members of :data:`pipeline.types.ENTITY_TYPES`.

    Returns
    -------
    networkx.Graph
        A read-only subgraph view of ``G``.

    Examples
    --------
    >>> sorted(by_actor_types(_example(), ["LOC"]).nodes)
    ['moscow']
    """
    return G.subgraph(_actor_type_nodes(G, set(actor_types)))


def by_min_weight(G: nx.Graph, min_weight: int = 1) -> nx.Graph:
    """View hiding the edges lighter than ``min_weight`` (nodes all kept).

    Parameters
    ----------
    G : networkx.Graph
    min_weight : int
        Smallest edge ``weight`` (number of sentences) kept.

    Returns
    -------
    networkx.Graph
        A read-only view; ``G`` itself when ``min_weight <= 1``.

    Examples
    --------
    >>> H = by_min_weight(_example(), 2)
    >>> H.number_of_nodes(), list(H.edges)
    (3, [('kerry', 'lavrov')])
    """
    if min_weight <= 1:
        return G
    return nx.subgraph_view(G, filter_edge=lambda u, v: G[u][v].get("weight", 1) >= min_weight)


def _kinds(kinds: Iterable[str] | None) -> frozenset[str] | None:
    """The selected edge kinds, ``None`` when every kind is kept; unknown kinds raise."""
    if kinds is None:
        return None
    chosen = frozenset(kinds)
    unknown = chosen - set(EDGE_KINDS)
    if unknown:
        raise ValueError(f"edge kinds must be among {EDGE_KINDS}, got {sorted(unknown)!r}")
    return None if chosen == set(EDGE_KINDS) else chosen


def by_kinds(G: nx.Graph, kinds: Iterable[str] | None) -> nx.Graph:
    """View keeping the edges of the given kinds (nodes all kept).

    Parameters
    ----------
    G : networkx.Graph
    kinds : iterable of str or None
        Among ``("interaction", "co-mention")``; ``None`` keeps every edge.

    Returns
    -------
    networkx.Graph
        A read-only view; ``G`` itself when every kind is kept.

    Examples
    --------
    >>> H = by_kinds(_example(), ["interaction"])
    >>> H.number_of_nodes(), list(H.edges)
    (3, [('kerry', 'lavrov')])
    """
    chosen = _kinds(kinds)
    if chosen is None:
        return G
    return nx.subgraph_view(G, filter_edge=lambda u, v: edge_kind(G[u][v]) in chosen)


def drop_isolates(G: nx.Graph) -> nx.Graph:
    """View without the nodes that have no edge.

    >>> sorted(drop_isolates(by_min_weight(_example(), 2)).nodes)
    ['kerry', 'lavrov']
    """
    return G.subgraph([n for n, deg in G.degree() if deg])


_WORD = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    """:func:`pipeline.arabic.normalize`, then Latin accents stripped (Erdoğan → erdogan)."""
    text = unicodedata.normalize("NFKD", normalize(text))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 17)  # every actor of a whole corpus (63,616 in SaudiNewsNet), with room
def _index_tokens(texts: tuple[str, ...]) -> frozenset[str]:
    """Normalised tokens of ``texts``, each also without its clitics."""
    tokens: set[str] = set()
    for text in texts:
        for token in _WORD.findall(_fold(text)):
            tokens.update(strip_clitics(token))
    return frozenset(tokens)


def _node_tokens(node: str, data: Mapping[str, Any]) -> frozenset[str]:
    aliases = data.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = (aliases,)
    return _index_tokens((str(node), str(data.get("label") or ""), str(data.get("label_en") or ""), *map(str, aliases)))


def search_nodes(G: nx.Graph, query: str) -> list[str]:
    """Ids of the nodes whose names match ``query``, in graph order.

    The query and the node's id, ``label``, ``label_en`` and ``aliases`` are
    normalised (:func:`pipeline.arabic.normalize`: hamza forms, ى/ي, ة/ه,
    diacritics, tatweel; Latin lowercased, accents dropped) and cut into
    tokens; name tokens are also read without their clitics (و ف ب ل ك ال).
    A node matches when *every* query token is a whole token or the start
    of a token of its names, never a substring inside a word.

    Examples
    --------
    >>> G = _example()
    >>> search_nodes(G, "لافروف"), search_nodes(G, "Lavrov"), search_nodes(G, "lav")
    (['lavrov'], ['lavrov'], ['lavrov'])
    >>> search_nodes(G, "لإفروف"), search_nodes(G, "روف"), search_nodes(G, "rov")
    (['lavrov'], [], [])
    >>> search_nodes(G, "john kerry"), search_nodes(G, "")
    (['kerry'], [])
    """
    terms = _WORD.findall(_fold(query or ""))
    if not terms:
        return []
    hits = []
    for node, data in G.nodes(data=True):
        tokens = _node_tokens(node, data)
        if all(any(tok.startswith(term) for tok in tokens) for term in terms):
            hits.append(node)
    return hits


def _search_neighbourhood(G: nx.Graph, query: str, neighbors: bool, hits: list[str] | None = None) -> list[str]:
    hits = search_nodes(G, query) if hits is None else hits
    if not neighbors:
        return hits
    keep = set(hits)
    for n in hits:
        keep.update(G[n])
    return [n for n in G if n in keep]


def by_search(G: nx.Graph, query: str | None, *, neighbors: bool = True) -> nx.Graph:
    """View of the actors matching ``query`` and, by default, their neighbours.

    Matching is :func:`search_nodes` (Arabic or English names, normalised,
    whole tokens or token prefixes). The view is induced on the matched
    nodes plus their direct neighbours: edges among matched nodes, between a
    match and a neighbour, and among neighbours. An empty query returns
    ``G``; a query matching nothing returns an empty view.

    Parameters
    ----------
    G : networkx.Graph
    query : str or None
    neighbors : bool
        Also keep the direct neighbours of the matches.

    Returns
    -------
    networkx.Graph
        A read-only subgraph view.

    Examples
    --------
    >>> G = _example()
    >>> sorted(by_search(G, "moscow").nodes)
    ['lavrov', 'moscow']
    >>> sorted(by_search(G, "موسكو", neighbors=False).nodes)
    ['moscow']
    """
    if not _WORD.findall(_fold(query or "")):
        return G
    return G.subgraph(_search_neighbourhood(G, query, neighbors))


def _ego_nodes(G: nx.Graph, focus: str, depth: int) -> list[str]:
    if not 1 <= int(depth) <= MAX_DEPTH:
        raise ValueError(f"depth must be between 1 and {MAX_DEPTH}, got {depth!r}")
    if focus not in G:
        return []
    reach = nx.single_source_shortest_path_length(G, focus, cutoff=int(depth))
    return [n for n in G if n in reach]


def ego(G: nx.Graph, focus: str, depth: int = 1) -> nx.Graph:
    """View of the actors within ``depth`` hops of ``focus``.

    Parameters
    ----------
    G : networkx.Graph
    focus : str
        An actor id. When it is not in ``G`` (another filter removed it) the
        view is empty.
    depth : int
        1 to 3 hops; anything else raises :class:`ValueError`.

    Returns
    -------
    networkx.Graph
        A read-only subgraph view induced on the reached nodes.

    Examples
    --------
    >>> G = _example()
    >>> sorted(ego(G, "moscow", 1).nodes), sorted(ego(G, "moscow", 2).nodes)
    (['lavrov', 'moscow'], ['kerry', 'lavrov', 'moscow'])
    >>> ego(G, "nobody").number_of_nodes()
    0
    """
    return G.subgraph(_ego_nodes(G, focus, depth))


def _rank_key(G: nx.Graph) -> Any:
    strength = dict(G.degree(weight="weight"))

    def key(n: str) -> tuple:
        return (-strength[n], -(G.nodes[n].get("mentions") or 0), str(n))

    return key


def _top_nodes(G: nx.Graph, n: int, keep: Iterable[str] = ()) -> list[str]:
    if n < 0:
        raise ValueError(f"max_nodes must be >= 0, got {n!r}")
    chosen = [k for k in dict.fromkeys(keep) if k in G][:n]
    if len(chosen) < n:
        kept = set(chosen)
        ranked = sorted((x for x in G if x not in kept), key=_rank_key(G))
        chosen += ranked[: n - len(chosen)]
    chosen_set = set(chosen)
    return [x for x in G if x in chosen_set]


def top_nodes(G: nx.Graph, n: int | None, *, keep: Iterable[str] = ()) -> nx.Graph:
    """View of the ``n`` strongest actors and the edges among them.

    Actors are ranked by weighted degree (sum of edge weights), ties broken
    by mentions, then by id.

    Parameters
    ----------
    G : networkx.Graph
    n : int or None
        How many nodes to keep; ``None`` keeps all (returns ``G``).
    keep : iterable of str
        Ids kept whatever their rank (e.g. the focus actor); they count
        toward ``n``.

    Returns
    -------
    networkx.Graph
        A read-only subgraph view.

    Examples
    --------
    >>> G = _example()
    >>> sorted(top_nodes(G, 2).nodes)
    ['kerry', 'lavrov']
    >>> sorted(top_nodes(G, 2, keep=["moscow"]).nodes)
    ['lavrov', 'moscow']
    """
    if n is None:
        return G
    return G.subgraph(_top_nodes(G, int(n), keep))


def by_evidence(
    G: nx.Graph,
    *,
    articles: Iterable[str] | None = None,
    relation_types: Iterable[str] | None = None,
    date_from: Any = None,
    date_to: Any = None,
) -> nx.Graph:
    """Step 1 of :func:`filter_graph`: the graph recomputed from the evidence
    of the kept articles and relation types; ``G`` itself when nothing is filtered.

    >>> G = _example()
    >>> by_evidence(G) is G, list(by_evidence(G, articles=["a2"]).edges(data="weight"))
    (True, [('kerry', 'lavrov', 1)])
    """
    keep_articles = None
    if articles is not None:
        keep_articles = set(articles)
    if _to_date(date_from) is not None or _to_date(date_to) is not None:
        dated = articles_between(G, date_from, date_to)
        keep_articles = dated if keep_articles is None else keep_articles & dated
    keep_relations = None if relation_types is None else set(relation_types)
    return G if keep_articles is None and keep_relations is None else _restrict(G, keep_articles, keep_relations)


def restricted_view(G: nx.Graph, nodes: Iterable[str], min_weight: int = 1, kinds: frozenset[str] | None = None) -> nx.Graph:
    """Read-only view of ``nodes`` and the edges among them of weight at least
    ``min_weight`` and of the ``kinds`` (``None``: all), in ``G``'s order.

    >>> sorted(restricted_view(_example(), ["kerry", "lavrov", "moscow"], 2).edges)
    [('kerry', 'lavrov')]
    """
    # A filter function (not G.subgraph(set)) keeps nodes and edges in
    # graph order: a small node set would otherwise iterate in set order,
    # which changes between processes (string hashing), and so would the
    # drawing made from the view.
    keep = set(nodes)

    def edge_ok(u: str, v: str) -> bool:
        d = G[u][v]
        return d.get("weight", 1) >= min_weight and (kinds is None or edge_kind(d) in kinds)

    return nx.subgraph_view(G, filter_node=keep.__contains__, filter_edge=edge_ok if min_weight > 1 or kinds is not None else nx.filters.no_filter)


def filter_graph(
    G: nx.Graph,
    *,
    articles: Iterable[str] | None = None,
    actor_types: Iterable[str] | None = None,
    relation_types: Iterable[str] | None = None,
    min_weight: int = 1,
    date_from: Any = None,
    date_to: Any = None,
    search: str | None = None,
    focus: str | None = None,
    depth: int = 1,
    max_nodes: int | None = None,
    keep_isolates: bool = True,
    kinds: Iterable[str] | None = None,
) -> nx.Graph:
    """All the filters in one call, in a fixed order.

    1. evidence: ``articles`` ∩ dated ``date_from``..``date_to``, and
       ``relation_types`` (one recomputation pass, see :func:`by_articles`);
    2. ``actor_types``, then ``min_weight`` and ``kinds`` (edges, on the
       recomputed weight and kind), then ``keep_isolates``;
    3. ``search`` (matches plus neighbours, :func:`by_search`);
    4. ``focus``/``depth`` (:func:`ego`);
    5. ``max_nodes`` (:func:`top_nodes`; the focus, then the search
       matches, are kept before the strongest of the rest).

    ``None`` means "no filter"; an empty collection selects nothing.

    Parameters
    ----------
    G : networkx.Graph
        A graph from :func:`build_graph`; never modified.
    articles : iterable of str, optional
    actor_types : iterable of str, optional
    relation_types : iterable of str, optional
    min_weight : int
    date_from, date_to : str or datetime.date, optional
    search : str, optional
    focus : str, optional
    depth : int
    max_nodes : int, optional
    keep_isolates : bool
        When False, nodes left without any edge after steps 1-2 are hidden.
    kinds : iterable of str, optional
        Edge kinds to keep, among ``("interaction", "co-mention")``
        (:func:`by_kinds`); ``None`` keeps both.

    Returns
    -------
    networkx.Graph
        A read-only view (of ``G`` or of a recomputed graph).

    Examples
    --------
    >>> G = _example()
    >>> H = filter_graph(G, articles=["a1", "a2"], relation_types=["MEET"], min_weight=2)
    >>> list(H.edges(data="weight")), sorted(H.nodes)
    ([('kerry', 'lavrov', 2)], ['kerry', 'lavrov', 'moscow'])
    >>> sorted(filter_graph(G, search="kerry", max_nodes=1).nodes)
    ['kerry']
    >>> sorted(filter_graph(G, focus="moscow", depth=1, keep_isolates=False).nodes)
    ['lavrov', 'moscow']
    >>> sorted(filter_graph(G, kinds=["interaction"], keep_isolates=False).nodes)
    ['kerry', 'lavrov']
    """
    base = by_evidence(G, articles=articles, relation_types=relation_types, date_from=date_from, date_to=date_to)

    chosen_kinds = _kinds(kinds)
    nodes = list(base) if actor_types is None else _actor_type_nodes(base, set(actor_types))

    def view(keep: Iterable[str]) -> nx.Graph:
        return restricted_view(base, keep, min_weight, chosen_kinds)

    H = view(nodes)
    if not keep_isolates:
        H = view(n for n, deg in H.degree() if deg)
    priority: list[str] = []
    if _WORD.findall(_fold(search or "")):
        priority = search_nodes(H, search)
        H = view(_search_neighbourhood(H, search, True, priority))
    if focus is not None:
        H = view(_ego_nodes(H, focus, depth))
        priority = [focus, *priority]
    if max_nodes is not None:
        H = view(_top_nodes(H, int(max_nodes), keep=priority))
    return H


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------


def communities(G: nx.Graph, seed: int = 0) -> dict[str, int]:
    """Seeded Louvain communities (edge weights), numbered by size (largest 0), ties by smallest id.

    >>> sorted(communities(_example()).items())
    [('kerry', 0), ('lavrov', 0), ('moscow', 0)]
    """
    return _communities(G, seed)


def _communities(G: nx.Graph, seed: int) -> dict[str, int]:
    """Louvain communities numbered by size (largest 0), ties by smallest id."""
    nodes, edges, weights = _as_lists(G)
    return dict(zip(nodes, _numbered(nodes, _louvain(_igraph(len(nodes), edges), weights, seed))))


def _as_lists(G: nx.Graph) -> tuple[list[Any], list[tuple[int, int]], list[Any]]:
    """``G``'s nodes, its edges as node positions and their raw weights (default 1), in ``G``'s order."""
    nodes = list(G)
    position = {n: i for i, n in enumerate(nodes)}
    edges, weights = [], []
    for u, v, w in G.edges(data="weight", default=1):
        edges.append((position[u], position[v]))
        weights.append(w)
    return nodes, edges, weights


def _igraph(n: int, edges: list[tuple[int, int]]) -> Any:
    import igraph

    return igraph.Graph(n=n, edges=edges)


def _numbered(nodes: Sequence[Any], groups: list[list[int]]) -> list[int]:
    """Each node's community, numbered by size (largest 0), ties by smallest id."""
    groups = sorted(groups, key=lambda c: (-len(c), min(str(nodes[i]) for i in c)))
    out = [0] * len(nodes)
    for number, group in enumerate(groups):
        for i in group:
            out[i] = number
    return out


_IGRAPH_RNG = threading.Lock()  # igraph's random source is process-wide


@contextmanager
def _igraph_seeded(seed: int) -> Iterator[None]:
    """igraph's random source set to its own ``random.Random(seed)`` for the block (one thread at a time)."""
    import igraph

    with _IGRAPH_RNG:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            igraph.set_random_number_generator(random)


def _louvain(graph: Any, weights: Sequence[Any], seed: int) -> list[list[int]]:
    """Louvain (multilevel modularity) communities of an igraph graph on edge weights, as vertex lists.

    igraph's C implementation: about 0.4 s on a whole-corpus graph of 63,000
    actors, where networkx's took 6-11 s. Seeded; nodes and edges go in the
    graph's order, so the same graph and seed give the same communities.
    """
    if graph.ecount() == 0:
        return [[i] for i in range(graph.vcount())]
    with _igraph_seeded(seed):
        clusters = graph.community_multilevel(weights=[max(float(w or 0), 0.0) for w in weights])
    return [list(members) for members in clusters]


def _pagerank(n: int, edges: Sequence[tuple[int, int]], weights: Sequence[Any]) -> list[float]:
    """networkx's ``pagerank(G, weight="weight")`` of an undirected graph
    (damping 0.85; dangling actors, isolates included, spread their rank
    evenly), by the same power iteration on a scipy matrix, to a tolerance
    of 1e-12 instead of networkx's 1e-6: a few milliseconds on 2,000 actors.

    Not igraph's: its ARPACK solver returned values of -3e15 on a real graph
    with isolates, and its PRPACK's OpenMP threads change the last digits
    from call to call (the table must not change for the same graph).
    """
    import numpy as np
    import scipy.sparse as sp

    if not edges:
        return [1.0 / n] * n
    u = np.fromiter((a for a, _ in edges), dtype=np.int64, count=len(edges))
    v = np.fromiter((b for _, b in edges), dtype=np.int64, count=len(edges))
    w = np.fromiter((float(x) for x in weights), dtype=float, count=len(edges))
    loop = u == v  # a self-loop is one entry of the matrix, as in networkx's
    rows = np.concatenate([u, v[~loop]])
    cols = np.concatenate([v, u[~loop]])
    A = sp.csr_array((np.concatenate([w, w[~loop]]), (rows, cols)), shape=(n, n))
    out = np.asarray(A.sum(axis=1)).ravel()
    dangling = out == 0
    inverse = np.zeros(n)
    inverse[~dangling] = 1.0 / out[~dangling]
    x = np.full(n, 1.0 / n)
    for _ in range(10_000):
        last = x
        x = 0.85 * (A.T @ (last * inverse)) + (0.85 * last[dangling].sum() + 0.15) / n
        if np.abs(x - last).sum() < n * 1e-12:
            break
    return x.tolist()


def _betweenness(graph: Any, k: int | None = None, seed: int = 0) -> list[float]:
    """networkx's ``betweenness_centrality(G, k=k, normalized=True, seed=seed)`` (unweighted), by igraph.

    ``k=None``: exact. Else estimated from the paths of ``k`` sources drawn
    as networkx draws them (``random.Random(seed)``), and scaled as
    networkx 3.6 scales them: the same values, not just the same estimator.
    igraph counts each pair of actors once, networkx each ordered pair,
    over the (n-1)(n-2) (sampled: k(n-2), or (k-1)(n-2) for a source)
    pairs a node could lie between.
    """
    n = graph.vcount()
    if k is not None and k >= n:
        k = None
    if n <= 2:
        return [0.0] * n
    if k is None:
        scale = 2.0 / ((n - 1) * (n - 2))
        return [b * scale for b in graph.betweenness(directed=False)]
    sources = random.Random(seed).sample(range(n), k)  # the positions networkx's seed.sample(list(G), k) picks
    raw = graph.betweenness(directed=False, sources=sources, targets=None)
    chosen = set(sources)
    source_scale = 2.0 / ((k - 1) * (n - 2)) if k > 1 else math.nan
    other_scale = 2.0 / (k * (n - 2))
    return [b * (source_scale if i in chosen else other_scale) for i, b in enumerate(raw)]


def actor_table(G: nx.Graph, *, seed: int = 0, betweenness_k: int | None = None, betweenness: bool = True) -> list[dict[str, Any]]:
    """One row of metrics per actor, strongest first.

    Columns: ``id, label, label_en, type, mentions, articles`` (count),
    ``degree, weighted_degree, pagerank`` (edge weight as weight),
    ``betweenness`` (unweighted, normalised; exact unless
    ``betweenness_k`` is given) and ``community`` (seeded Louvain on edge
    weights, numbered by size). Same graph and seed give the same table.
    The values are networkx's ``pagerank``, ``betweenness_centrality`` and
    Louvain's, computed by igraph (C): on the 2,000 strongest actors of a
    whole corpus, tens of milliseconds where networkx took a second.

    Parameters
    ----------
    G : networkx.Graph
    seed : int
        Seed for Louvain and for the betweenness sources.
    betweenness_k : int, optional
        Estimate betweenness from this many seeded source samples, as
        networkx's ``betweenness_centrality(k=...)`` does; ``None``: exact.
    betweenness : bool
        ``False`` skips betweenness (the column is ``None``): even exact in
        C it costs actors × links, too much on a whole corpus of tens of
        thousands of actors (the Gephi export does not show it).

    Returns
    -------
    list of dict
        Sorted by weighted degree, mentions (both descending), then id.

    Examples
    --------
    >>> rows = actor_table(_example())
    >>> [(r["id"], r["degree"], r["weighted_degree"], r["community"]) for r in rows]
    [('lavrov', 2, 3, 0), ('kerry', 1, 2, 0), ('moscow', 1, 1, 0)]
    >>> round(rows[0]["betweenness"], 2)
    1.0
    """
    nodes, edges, weights = _as_lists(G)
    return _metric_rows(nodes, [G.nodes[n] for n in nodes], edges, weights, seed=seed, betweenness_k=betweenness_k, betweenness=betweenness)


def _metric_rows(
    nodes: Sequence[Any],
    attrs: Sequence[Mapping[str, Any]],
    edges: list[tuple[int, int]],
    weights: Sequence[Any],
    *,
    seed: int,
    betweenness_k: int | None = None,
    betweenness: bool = True,
) -> list[dict[str, Any]]:
    """:func:`actor_table` of a graph given as lists: ``nodes`` and their
    attribute dicts, ``edges`` as node positions with raw ``weights``, all in
    graph order (igraph and scipy take positions)."""
    n = len(nodes)
    if n == 0:
        return []
    graph = _igraph(n, edges)
    pagerank = _pagerank(n, edges, weights)
    between = _betweenness(graph, betweenness_k, seed) if betweenness else [None] * n
    community = _numbered(nodes, _louvain(graph, weights, seed))
    degree = graph.degree()  # a self-loop counts twice, as in networkx
    strength: list[Any] = [0] * n  # summed in Python: integer weights stay integers
    for (a, b), w in zip(edges, weights):
        strength[a] += w
        strength[b] += w
    rows = []
    for i, (node, d) in enumerate(zip(nodes, attrs)):
        rows.append(
            {
                "id": node,
                "label": d.get("label") or "",
                "label_en": d.get("label_en") or "",
                "type": d.get("type") or "",
                "mentions": d.get("mentions") or 0,
                "articles": _count(d.get("articles")),
                "degree": degree[i],
                "weighted_degree": strength[i],
                "pagerank": pagerank[i],
                "betweenness": between[i],
                "community": community[i],
            }
        )
    rows.sort(key=lambda r: (-r["weighted_degree"], -r["mentions"], str(r["id"])))
    return rows


def _count(articles: Any) -> int:
    """An actor's article count: its ``articles`` list, or the count itself
    (the light graphs of :meth:`pipeline.graphdata.GraphData.strongest`)."""
    return articles if isinstance(articles, int) else len(articles or ())


#: Work budget for exact betweenness in :func:`actor_rows`: actors × links,
#: about 0.1 s in igraph. Above it betweenness is estimated from ``k``
#: sources, ``k × links`` within the budget: the 2,000 strongest actors of a
#: whole corpus with their ~2,400 typed links are measured exactly; with
#: their ~15,000 co-mention links too, from about 650 sources.
BETWEENNESS_BUDGET = 10_000_000


#: The most actors :func:`actor_rows` measures: the strongest of a larger graph.
ACTOR_TABLE_LIMIT = 2000


def betweenness_sources(n: int, m: int) -> int | None:
    """How many sources :func:`actor_rows` estimates betweenness from, on
    ``n`` actors and ``m`` links: ``None`` (exact) within
    :data:`BETWEENNESS_BUDGET`, else as many as the budget allows (at least 16).

    >>> betweenness_sources(2000, 2362), betweenness_sources(2000, 15378)
    (None, 650)
    """
    if n * m <= BETWEENNESS_BUDGET:
        return None
    k = max(16, BETWEENNESS_BUDGET // max(m, 1))
    return None if k >= n else k


def actor_rows(G: nx.Graph, *, seed: int = 0, limit: int | None = ACTOR_TABLE_LIMIT) -> tuple[list[dict[str, Any]], int | None]:
    """:func:`pipeline.graph.actor_table` with a bounded cost, and the sample size.

    A graph of more than ``limit`` actors (a whole corpus of tens of
    thousands) is measured on its ``limit`` strongest (weighted degree, then
    mentions, then id) and the links among them. Betweenness is exact unless
    actors × links exceed :data:`BETWEENNESS_BUDGET`
    (:func:`betweenness_sources`). Returns the rows and ``k`` (``None`` when
    exact). The explorer picks the same actors on arrays
    (:meth:`pipeline.graphdata.GraphData.strongest`): iterating a filtered
    networkx view of a whole corpus alone takes more than half a second.

    >>> from pipeline.graph import _example
    >>> rows, k = actor_rows(_example())
    >>> [r["id"] for r in rows], k
    (['lavrov', 'kerry', 'moscow'], None)
    """
    if limit is not None and G.number_of_nodes() > limit:
        G = _strongest_subgraph(G, limit)
    k = betweenness_sources(G.number_of_nodes(), G.number_of_edges())
    return actor_table(G, seed=seed, betweenness_k=k), k


def _strongest_subgraph(G: nx.Graph, n: int) -> nx.Graph:
    """The ``n`` strongest actors of ``G`` and the links among them (one pass over the edges)."""
    strength: dict[Any, float] = dict.fromkeys(G, 0.0)
    for u, v, w in G.edges(data="weight", default=1):
        strength[u] += w
        strength[v] += w
    mentions = dict(G.nodes(data="mentions", default=0))
    chosen = sorted(strength, key=lambda x: (-strength[x], -(mentions[x] or 0), str(x)))[:n]
    return restricted_view(G, chosen)


_PERIODS = {"day": 10, "month": 7, "year": 4}


def _date_lookup(articles_meta: Any) -> dict[str, str]:
    if isinstance(articles_meta, Mapping):
        return {str(k): (v or "") for k, v in articles_meta.items()}
    out = {}
    for meta in articles_meta or ():
        if isinstance(meta, Mapping):
            out[meta.get("id")] = meta.get("date") or ""
        else:  # Article
            out[meta.id] = meta.date or ""
    return out


def _sentence_types(G: nx.Graph) -> dict[tuple[Any, Any, Any], set[str]]:
    """(article, start, end) of every evidence sentence → the types it asserts, over all pairs."""
    found: dict[tuple[Any, Any, Any], set[str]] = {}
    for _, _, evidence in G.edges(data="evidence"):
        for e in evidence or ():
            found.setdefault((e.get("article"), e.get("start"), e.get("end")), set()).update(e.get("relations") or ())
    return found


def timeline(G: nx.Graph, articles_meta: Any = None, *, period: str = "day") -> list[dict[str, Any]]:
    """Evidence sentences counted per article date, each sentence once.

    A sentence is counted under the type it asserts that comes first in
    :data:`pipeline.types.RELATION_TYPES` (over every pair of actors it
    links), or ``CO_MENTION`` when it asserts none; so the counts of a
    period add up to its distinct sentences.

    Parameters
    ----------
    G : networkx.Graph
    articles_meta : sequence of dict or Article, or mapping id → date, optional
        Where article dates come from; default ``G.graph["articles"]``.
    period : {"day", "month", "year"}
        Dates are cut to ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

    Returns
    -------
    list of dict
        ``{date, relation, count}`` sorted by date then relation; sentences
        from undated articles are not counted.

    Examples
    --------
    The a2 sentence (Lavrov attacks Kerry, then meets him) counts once:

    >>> timeline(_example())
    [{'date': '2015-03-01', 'relation': 'MEET', 'count': 1}, {'date': '2015-03-02', 'relation': 'MEET', 'count': 1}]
    >>> timeline(by_relation_types(_example(), ["ATTACK"]), period="month")
    [{'date': '2015-03', 'relation': 'ATTACK', 'count': 1}]
    """
    if period not in _PERIODS:
        raise ValueError(f"period must be one of {sorted(_PERIODS)}, got {period!r}")
    dates = _date_lookup(G.graph.get("articles", []) if articles_meta is None else articles_meta)
    width = _PERIODS[period]
    counts: Counter[tuple[str, str]] = Counter()
    for (article, _, _), types in _sentence_types(G).items():
        date = dates.get(article, "")
        if date:
            counts[date[:width], dominant_relation(dict.fromkeys(types, 1))] += 1
    return [{"date": d, "relation": r, "count": c} for (d, r), c in sorted(counts.items())]


def _example() -> nx.Graph:
    """A three-actor graph for the examples (two articles)."""
    from .types import Evidence, Mention

    s1, s2 = "التقى لافروف كيري في موسكو", "هاجم لافروف كيري ثم التقاه"
    arts = [Article("a1", s1, "t1", "src", "2015-03-01"), Article("a2", s2, "t2", "src", "2015-03-02")]
    acts = {
        "lavrov": Actor("lavrov", "لافروف", "PER", "Sergey Lavrov", ("لافروف", "سيرغي لافروف")),
        "kerry": Actor("kerry", "كيري", "PER", "John Kerry", ("كيري",)),
        "moscow": Actor("moscow", "موسكو", "LOC", "Moscow", ("موسكو",)),
    }
    ms = [
        LinkedMention(Mention("a1", 0, 6, 12, "لافروف", "PER"), "lavrov"),
        LinkedMention(Mention("a1", 0, 13, 17, "كيري", "PER"), "kerry"),
        LinkedMention(Mention("a1", 0, 21, 26, "موسكو", "LOC"), "moscow"),
        LinkedMention(Mention("a2", 0, 5, 11, "لافروف", "PER"), "lavrov"),
        LinkedMention(Mention("a2", 0, 12, 16, "كيري", "PER"), "kerry"),
        LinkedMention(Mention("a2", 0, 12, 16, "كيري", "PER"), "kerry"),  # duplicate: counted once
        LinkedMention(Mention("a1", 0, 6, 12, "لافروف", "PER"), "lavrov"),  # duplicate
        LinkedMention(Mention("a1", 1, 30, 36, "لافروف", "PER"), "lavrov"),
    ]
    rs = [
        Relation("kerry", "lavrov", "MEET", Evidence("a1", s1, 0, len(s1)), trigger="التقى"),
        Relation("lavrov", "kerry", "MEET", Evidence("a1", s1, 0, len(s1)), trigger="التقى"),  # same, undirected
        Relation("lavrov", "moscow", "CO_MENTION", Evidence("a1", s1, 0, len(s1))),
        Relation("lavrov", "kerry", "ATTACK", Evidence("a2", s2, 0, len(s2)), directed=True, trigger="هاجم"),
        Relation("kerry", "lavrov", "MEET", Evidence("a2", s2, 0, len(s2)), trigger="التقاه"),
        Relation("kerry", "lavrov", "MEET", Evidence("a2", s2, 0, len(s2)), trigger="التقاه"),  # repeated: counts once
    ]
    return build_graph(arts, acts, ms, rs)
