"""The source sentences behind a link: :func:`evidence_rows` lists every
sentence linking an actor to a partner (or to anyone), once each, with the
actors' names marked (:func:`pipeline.render.highlight_html`);
:func:`evidence_count` counts them; :func:`name_spans` finds names in a
sentence that has no recorded mention offsets.
"""
from __future__ import annotations

from collections import Counter

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

import networkx as nx

from .arabic import normalize, strip_clitics
from .labels import actor_label
from .render import Span, highlight_html

__all__ = ["evidence_rows", "evidence_count", "link_items", "name_spans"]

_WORD = re.compile(r"[^\W_]+")


def _name_tokens(name: str) -> list[str]:
    return _WORD.findall(normalize(name))


def name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where any of ``names`` occurs in ``text``, matching whole tokens.

    Tokens are compared after :func:`pipeline.arabic.normalize`, and a text
    token also matches without its clitics (و ف ب ل ك ال), so «ولافروف»
    matches لافروف but «الكيريين» does not match كيري. Used when a sentence
    has no recorded mention offsets.

    >>> text = "وقال لافروف إن موسكو ترحب"
    >>> [text[s:e] for s, e in name_spans(text, ["لافروف", "موسكو"])]
    ['لافروف', 'موسكو']
    >>> name_spans("قالت الكيريين", ["كيري"])
    []
    """
    words = [(m.start(), m.end(), set(strip_clitics(normalize(m.group())))) for m in _WORD.finditer(text)]
    # names by their first token, longest first: a word is checked against the names it can start,
    # not against every alias (a country has dozens)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for tokens in sorted({tuple(t) for t in map(_name_tokens, names) if t}, key=len, reverse=True):
        by_first.setdefault(tokens[0], []).append(tokens)
    found: list[tuple[int, int]] = []
    for i, (_, _, readings) in enumerate(words):
        starting = [t for r in readings for t in by_first.get(r, ())]
        for tokens in sorted(starting, key=len, reverse=True):
            if i + len(tokens) <= len(words) and all(tok in words[i + k][2] for k, tok in enumerate(tokens)):
                found.append((words[i][0], words[i + len(tokens) - 1][1]))
                break
    return found


def _mention_spans(record: Mapping[str, Any] | None, start: int, end: int, actors: Collection[str]) -> list[dict[str, Any]]:
    if not record:
        return []
    return [
        m
        for m in record.get("mentions") or ()
        if m.get("actor") in actors and isinstance(m.get("start"), int) and isinstance(m.get("end"), int) and start <= m["start"] and m["end"] <= end
    ]


def _sentence_spans(
    G: nx.Graph, sentence: str, ev: Mapping[str, Any], record: Mapping[str, Any] | None, actors: Sequence[str], focus: str, language: str
) -> list[Span]:
    """Spans of ``actors`` in an evidence sentence: recorded offsets, else name matching."""
    start = ev.get("start") if isinstance(ev.get("start"), int) else None
    spans: list[Span] = []
    text = str((record or {}).get("text") or "")
    if start is not None and text[start : start + len(sentence)] == sentence:
        for m in _mention_spans(record, start, start + len(sentence), set(actors)):
            actor = m["actor"]
            spans.append(Span(m["start"] - start, m["end"] - start, str(G.nodes[actor].get("type") or "") if actor in G else "", actor_label(G, actor, language), actor == focus))
    covered = {s.title for s in spans}
    for actor in actors:
        if actor not in G or actor_label(G, actor, language) in covered:
            continue
        d = G.nodes[actor]
        names = [str(d.get("label") or ""), *map(str, d.get("aliases") or ())]
        for s, e in name_spans(sentence, names):
            spans.append(Span(s, e, str(d.get("type") or ""), actor_label(G, actor, language), actor == focus))
    return spans


#: ``fetch(actor, partners, limit=None)`` → partner → evidence items (only
#: those of the first ``limit`` sentences when given); it may also have
#: ``sentence_counts(actor, partners)`` → article → sentences
#: (:class:`pipeline.graphdata.StoreEvidence`).
Fetch = Callable[..., Mapping[str, Sequence[Mapping[str, Any]]]]


def link_items(G: nx.Graph, actor: str, partners: Sequence[str], fetch: Fetch | None = None, limit: int | None = None) -> dict[str, Sequence[Mapping[str, Any]]]:
    """Partner → the evidence items of its link with ``actor``: the edges'
    ``evidence``, or, for a graph without it (read from a store), ``fetch``'s
    (only the first ``limit`` sentences' items when given; the edges' own
    evidence is not cut).

    >>> from pipeline.graph import _example
    >>> {p: len(items) for p, items in link_items(_example(), "lavrov", ["kerry", "moscow"]).items()}
    {'kerry': 2, 'moscow': 1}
    """
    if fetch is None:
        return {p: G.edges[actor, p].get("evidence") or () for p in partners}
    found = fetch(actor, partners, limit=limit) if partners else {}
    return {p: found.get(p, ()) for p in partners}


def sentence_counts(G: nx.Graph, actor: str, partners: Sequence[str], fetch: Fetch | None = None) -> dict[str, int]:
    """Article → how many distinct sentences in it link ``actor`` to any of
    ``partners``: from the source's own counts when it has them.

    >>> from pipeline.graph import _example
    >>> sentence_counts(_example(), "lavrov", ["kerry", "moscow"])
    {'a1': 1, 'a2': 1}
    """
    if fetch is not None and hasattr(fetch, "sentence_counts"):
        return dict(fetch.sentence_counts(actor, partners)) if partners else {}
    seen = {(str(ev.get("article") or ""), ev.get("start"), ev.get("end")) for items in link_items(G, actor, partners, fetch).values() for ev in items}
    return dict(Counter(article for article, _, _ in sorted(seen, key=str)))


def _partners(G: nx.Graph, actor: str, other: str | None) -> list[str]:
    if other is not None:
        return [other] if G.has_edge(actor, other) else []
    return list(G[actor])


def _evidence_groups(
    G: nx.Graph, actor: str, other: str | None, fetch: Fetch | None = None, limit: int | None = None
) -> dict[tuple[str, Any, Any], list[tuple[str, Mapping[str, Any]]]]:
    """(article, start, end) of each sentence linking ``actor`` to ``other`` (or
    to anyone) → its ``(partner, evidence item)`` pairs, one per partner.

    The items are the edges' ``evidence``, or ``fetch(actor, partners)``'s
    (partner → items) for a graph without it (read from a store)."""
    groups: dict[tuple[str, Any, Any], list[tuple[str, Mapping[str, Any]]]] = {}
    for partner, items in link_items(G, actor, _partners(G, actor, other), fetch, limit).items():
        for ev in items:
            groups.setdefault((str(ev.get("article") or ""), ev.get("start"), ev.get("end")), []).append((partner, ev))
    return groups


def _link(ev: Mapping[str, Any], actor: str, partner: str) -> dict[str, Any]:
    return {
        "source": str(ev.get("source") or actor),
        "target": str(ev.get("target") or partner),
        "relations": list(ev.get("relations") or ()),
        "trigger": str(ev.get("trigger") or ""),
        "directed": bool(ev.get("directed")),
    }


def evidence_rows(
    G: nx.Graph,
    actor: str,
    other: str | None = None,
    *,
    articles: Mapping[str, Mapping[str, Any]] | None = None,
    language: str = "ar",
    limit: int | None = None,
    fetch: Fetch | None = None,
) -> list[dict[str, Any]]:
    """Every source sentence linking ``actor`` to ``other`` (or to anyone), once each.

    Parameters
    ----------
    G : networkx.Graph
        The (filtered) graph: its edges' ``evidence`` lists are the source.
    actor, other : str
        Actor ids; ``other=None`` takes all of ``actor``'s links, and a
        sentence naming several of his partners is one row.
    articles : mapping, optional
        Article id → ``articles.json`` record (text and mention offsets) or
        metadata; titles, sources and dates come from here, else from
        ``G.graph["articles"]``.
    language : {"ar", "en"}
        Language of actor names in the rows.
    limit : int, optional
        At most this many rows.
    fetch : callable, optional
        ``fetch(actor, partners)`` → partner → evidence items, for a graph
        whose edges do not hold them (:meth:`pipeline.graphdata.GraphData.evidence_source`).

    Returns
    -------
    list of dict
        ``{article, title, source, date, relations, trigger, partners, links,
        sentence, html}``, in article then text order: ``relations`` are the
        types the sentence asserts between ``actor`` and its partners (sorted,
        ``[]`` for a co-mention), ``links`` one ``{source, target, relations,
        trigger, directed}`` per partner; ``html`` is the sentence escaped,
        the actors' names in ``<mark>`` (the selected actor in a stronger
        colour).

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> rows = evidence_rows(_example(), "moscow")
    >>> [(r["article"], r["relations"], r["title"]) for r in rows]
    [('a1', [], 't1')]
    >>> rows[0]["html"].count("<mark")
    2

    In a1 Lavrov meets Kerry in Moscow: one sentence, one row, two partners.

    >>> [(r["article"], r["partners"], r["relations"]) for r in evidence_rows(_example(), "lavrov")]
    [('a1', ['kerry', 'moscow'], ['MEET']), ('a2', ['kerry'], ['ATTACK', 'MEET'])]
    >>> [(r["relations"], r["links"][0]["source"], r["links"][0]["directed"]) for r in evidence_rows(_example(), "lavrov", "kerry")]
    [(['MEET'], 'kerry', False), (['ATTACK', 'MEET'], 'lavrov', True)]
    """
    if actor not in G:
        return []
    # read-only lookups of the corpus's metadata: copying tens of thousands of dicts per request cost 0.1 s
    meta = {str(m.get("id")): m for m in G.graph.get("articles") or []}
    records = articles if articles is not None else {}
    order = {a: i for i, a in enumerate(meta)}
    groups = _evidence_groups(G, actor, other, fetch, limit)
    keys = sorted(groups, key=lambda k: (order.get(k[0], len(order)), k[0], k[1] if isinstance(k[1], int) else 0, k[2] if isinstance(k[2], int) else 0))
    shown = keys[:limit] if limit is not None else keys  # highlight only what is returned
    if hasattr(records, "prefetch"):  # records read from a store: one read for all
        records.prefetch(k[0] for k in shown)
    rows = []
    for key in shown:
        items = groups[key]
        article = key[0]
        record = records.get(article)
        info = {**meta.get(article, {}), **(record or {})}
        first = items[0][1]
        sentence = str(first.get("sentence") or "")
        partners = [p for p, _ in items]
        spans = _sentence_spans(G, sentence, first, record, [actor, *partners], actor, language)
        links = [_link(ev, actor, p) for p, ev in items]
        rows.append(
            {
                "article": article,
                "title": str(info.get("title") or ""),
                "source": str(info.get("source") or ""),
                "date": str(info.get("date") or ""),
                "relations": sorted({t for link in links for t in link["relations"]}),
                "trigger": "; ".join(dict.fromkeys(link["trigger"] for link in links if link["trigger"])),
                "partners": partners,
                "links": links,
                "sentence": sentence,
                "html": highlight_html(sentence, spans),
            }
        )
    return rows


def evidence_count(G: nx.Graph, actor: str, other: str | None = None, fetch: Fetch | None = None) -> int:
    """How many distinct sentences link ``actor`` to ``other`` (or to anyone):
    the rows :func:`evidence_rows` would give without a limit.

    >>> from pipeline.graph import _example
    >>> evidence_count(_example(), "lavrov"), evidence_count(_example(), "lavrov", "kerry")
    (2, 2)
    """
    if actor not in G:
        return 0
    if fetch is not None and hasattr(fetch, "sentence_counts"):
        return sum(sentence_counts(G, actor, _partners(G, actor, other), fetch).values())
    return len(_evidence_groups(G, actor, other, fetch))
