"""Curation in the explorer, as pure functions on a built graph (no Streamlit here).

- :func:`curate_graph` applies merge, rename and block decisions to a built graph,
  for the preview and for the session's view; splits need mentions and so a
  rebuild (``python -m pipeline build``), which applies every decision anyway.
- :func:`duplicate_candidates` ranks pairs of actors that are likely one: similar
  names (shared words, or words with one consonant skeleton) plus shared articles and
  neighbours, as in nomenklatura's xref → dedupe flow.
- :func:`junk_candidates` ranks actors that are likely not actors.
- :class:`ReviewMemory` remembers what the analyst accepted or rejected in the queue
  (``curation_review.yaml`` beside ``curation.yaml``), so a rejected pair stays gone.
"""
from __future__ import annotations

import itertools
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import yaml

from .actors.curation import Decision
from .actors.names import skeleton
from .arabic import normalize, strip_clitics, tokenize

REVIEW_FILE = "curation_review.yaml"


# ---------------------------------------------------------------------------
# applying decisions to a built graph


def curate_graph(G: nx.Graph, decisions: Iterable[Decision]) -> tuple[nx.Graph, list[str]]:
    """A copy of ``G`` with merge, rename and block decisions applied, and notes.

    Merged nodes pool their aliases, articles and mentions; their edges move to the
    kept node, and two edges that meet are pooled (weights and relation counts added,
    articles and evidence joined). A decision naming a node ``G`` lacks, and any
    split, yields a note instead.

    >>> G = nx.Graph()
    >>> G.add_node("a", label="جون بولتون", aliases=["جون بولتون"], articles=["x"], mentions=2)
    >>> G.add_node("b", label="جون بولتن", aliases=["جون بولتن"], articles=["y"], mentions=1)
    >>> G.add_node("c", label="القاهرة", aliases=["القاهرة"], articles=["x", "y"], mentions=2)
    >>> G.add_edge("a", "c", weight=1, relations={"MEET": 1}, articles=["x"], evidence=[{"source": "a", "target": "c"}])
    >>> G.add_edge("b", "c", weight=2, relations={"MEET": 2}, articles=["y"], evidence=[{"source": "b", "target": "c"}])
    >>> H, notes = curate_graph(G, [Decision("merge", ("a", "b"))])
    >>> sorted(H), H.nodes["a"]["mentions"], H.edges["a", "c"]["weight"], H.edges["a", "c"]["relations"]
    (['a', 'c'], 3, 3, {'MEET': 3})
    """
    H = G.copy()
    notes: list[str] = []
    for d in decisions:
        missing = [a for a in d.ids if a not in H]
        if d.op == "split":
            notes.append(f"split of {d.ids[0]} shows after a rebuild (it needs the mentions)")
            continue
        if d.op == "merge":
            kept = [a for a in d.ids if a in H]
            if missing:
                notes.append(f"merge: not in this graph: {', '.join(missing)}")
            if not kept:
                continue
            for other in kept[1:]:
                _merge_node(H, kept[0], other)
            for key in ("label", "label_en"):
                if getattr(d, key):
                    H.nodes[kept[0]][key] = getattr(d, key)
            continue
        if missing:
            notes.append(f"{d.op}: not in this graph: {d.ids[0]}")
            continue
        if d.op == "block":
            H.remove_node(d.ids[0])
        elif d.op == "rename":
            for key in ("label", "label_en", "type"):
                if getattr(d, key):
                    H.nodes[d.ids[0]][key] = getattr(d, key)
    return H, notes


def _merge_node(H: nx.Graph, keep: str, other: str) -> None:
    a, b = H.nodes[keep], H.nodes[other]
    for key in ("aliases", "articles"):
        a[key] = list(dict.fromkeys(list(a.get(key) or []) + list(b.get(key) or [])))
    a["mentions"] = int(a.get("mentions") or 0) + int(b.get("mentions") or 0)
    if isinstance(a.get("article_mentions"), dict) or isinstance(b.get("article_mentions"), dict):
        counts = dict(a.get("article_mentions") or {})
        for art, n in (b.get("article_mentions") or {}).items():
            counts[art] = counts.get(art, 0) + n
        a["article_mentions"] = counts
    for neighbour in list(H.neighbors(other)):
        data = dict(H.edges[other, neighbour])
        data["evidence"] = [_renamed(item, other, keep) for item in data.get("evidence") or []]
        if neighbour == keep:
            continue  # the link between the two becomes a self-loop: dropped
        if H.has_edge(keep, neighbour):
            _pool_edge(H.edges[keep, neighbour], data)
        else:
            H.add_edge(keep, neighbour, **data)
    H.remove_node(other)


def _renamed(item, old: str, new: str):
    if not isinstance(item, dict):
        return item
    return {k: (new if k in ("source", "target") and v == old else v) for k, v in item.items()}


def _pool_edge(into: dict, data: dict) -> None:
    into["weight"] = (into.get("weight") or 0) + (data.get("weight") or 0)
    relations = dict(into.get("relations") or {})
    for rel, n in (data.get("relations") or {}).items():
        relations[rel] = relations.get(rel, 0) + n
    into["relations"] = relations
    into["articles"] = list(dict.fromkeys(list(into.get("articles") or []) + list(data.get("articles") or [])))
    into["evidence"] = list(into.get("evidence") or []) + list(data.get("evidence") or [])
    if data.get("kind") == "interaction":
        into["kind"] = "interaction"


# ---------------------------------------------------------------------------
# the review queue


@dataclass(frozen=True)
class Suggestion:
    """One entry of the review queue: a decision to accept or reject, with its score and reasons."""

    key: str  # stable: "merge:<a>|<b>" (ids sorted) or "block:<id>"
    decision: Decision
    score: float
    reasons: tuple[str, ...]


def _words(G: nx.Graph, node: str) -> set[str]:
    """Normalised words of a node's label and aliases, clitics read through (the longest reading)."""
    data = G.nodes[node]
    out = set()
    for name in [data.get("label") or ""] + list(data.get("aliases") or []):
        for token in tokenize(name):
            norm = normalize(token.text)
            if any(ch.isalpha() for ch in norm) and len(norm) > 1:
                out.add(strip_clitics(norm)[-1] if len(strip_clitics(norm)[-1]) >= 3 else norm)
    return out


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def name_similarity(words_a: set[str], words_b: set[str]) -> float:
    """Share of the shorter name's words found in the other, by word or consonant skeleton.

    >>> name_similarity({"جون", "بولتون"}, {"جون", "بولتن"})
    1.0
    >>> name_similarity({"جيمي", "كارتر"}, {"اشتون", "كارتر"})
    0.5
    """
    if not words_a or not words_b:
        return 0.0
    small, large = sorted((words_a, words_b), key=len)
    skeletons = {skeleton(w) for w in large}
    hits = sum(1 for w in small if w in large or skeleton(w) in skeletons)
    return hits / len(small)


def duplicate_candidates(G: nx.Graph, limit: int = 50, min_name: float = 0.5) -> list[Suggestion]:
    """Pairs of same-type actors that are likely one actor, best first.

    Score: name similarity (:func:`name_similarity`, at least ``min_name``) plus half
    the Jaccard overlap of their articles and half that of their neighbours. Pairs are
    only compared when they share a word or a word's skeleton, so large graphs stay fast.
    """
    words = {n: _words(G, n) for n in G}
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for n, ws in words.items():
        for w in ws:
            index[(G.nodes[n].get("type", ""), skeleton(w) or w)].add(n)
    pairs: set[tuple[str, str]] = set()
    for group in index.values():
        if len(group) <= 40:  # a skeleton shared by very many names says nothing
            pairs.update(itertools.combinations(sorted(group), 2))
    out = []
    for a, b in pairs:
        sim = name_similarity(words[a], words[b])
        if sim < min_name:
            continue
        arts = _jaccard(set(G.nodes[a].get("articles") or []), set(G.nodes[b].get("articles") or []))
        neigh = _jaccard(set(G.neighbors(a)) - {b}, set(G.neighbors(b)) - {a})
        score = round(sim + 0.5 * arts + 0.5 * neigh, 3)
        reasons = [f"names {sim:.0%} alike"]
        if arts:
            reasons.append(f"{arts:.0%} shared articles")
        if neigh:
            reasons.append(f"{neigh:.0%} shared neighbours")
        keep, other = sorted((a, b), key=lambda n: (-int(G.nodes[n].get("mentions") or 0), n))
        out.append(Suggestion(f"merge:{a}|{b}", Decision("merge", (keep, other)), score, tuple(reasons)))
    mentions = {n: int(G.nodes[n].get("mentions") or 0) for n in G}
    out.sort(key=lambda s: (-s.score, -sum(mentions[n] for n in s.decision.ids), s.key))
    return out[:limit]


def junk_candidates(G: nx.Graph, registry, limit: int = 50) -> list[Suggestion]:
    """Actors that are likely not actors, most mentioned first.

    Flagged: a name made of never-actor words (``not_actors.yaml``: currencies,
    months...), a name with digits, a name of one or two letters.
    """
    out = []
    for n, data in G.nodes(data=True):
        norms = [normalize(t.text) for t in tokenize(data.get("label") or "")]
        letters = [c for w in norms for c in w if c.isalpha()]
        reasons = []
        if norms and registry.is_never_actor(norms):
            reasons.append("a currency, amount, month, weekday or common noun")
        if any(c.isdigit() for w in norms for c in w):
            reasons.append("has digits")
        if len(letters) <= 2:
            reasons.append("one or two letters")
        if reasons:
            mentions = int(data.get("mentions") or 0)
            out.append(Suggestion(f"block:{n}", Decision("block", (n,)), float(mentions), tuple(reasons)))
    out.sort(key=lambda s: (-s.score, s.key))
    return out[:limit]


# ---------------------------------------------------------------------------
# remembered answers


class ReviewMemory:
    """Accepted and rejected queue entries, kept in ``folder/curation_review.yaml``."""

    def __init__(self, folder: Path | str):
        self.path = Path(folder) / REVIEW_FILE

    def load(self) -> dict[str, str]:
        """Suggestion key → ``accepted`` or ``rejected``."""
        if not self.path.is_file():
            return {}
        try:
            data = yaml.safe_load(self.path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError:
            return {}
        answers = data.get("answers") if isinstance(data, dict) else None
        return {str(k): str(v) for k, v in (answers or {}).items()}

    def answer(self, key: str, verdict: str) -> None:
        if verdict not in ("accepted", "rejected"):
            raise ValueError(f"verdict must be accepted or rejected, got {verdict!r}")
        answers = self.load()
        answers[key] = verdict
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(yaml.safe_dump({"answers": answers}, allow_unicode=True, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)

    def pending(self, suggestions: Sequence[Suggestion]) -> list[Suggestion]:
        """The suggestions not answered yet."""
        answered = self.load()
        return [s for s in suggestions if s.key not in answered]
