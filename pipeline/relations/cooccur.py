"""Which co-mentioned pairs of a sentence a reader would call related.

A co-mention is a kind of link, not a relation: it only says two actors stand
near each other in one clause. Pairs that already have an asserted typed
relation in the sentence get no co-mention. Others get one when

* they are neighbours: no other actor stands between them (so a sentence with n
  actors makes at most n - 1 co-mentions, a chain, never a clique),
* the two stand at most ``windows.comention`` tokens apart,
* no clause punctuation (؛ : .) lies between them, and
* neither is a member of a roster: ``windows.roster`` or more actors joined only
  by commas and و («شارك … X، Y، Z وW») relate to the event, not to each other,
  so a sentence listing twenty names makes no clique.

"""
from __future__ import annotations

from .lexicon import Lexicon
from .sentence import CLAUSE_PUNCTUATION, SentenceView

__all__ = ["co_mentions"]


def co_mentions(view: SentenceView, related: set[frozenset[str]], lexicon: Lexicon) -> list[tuple[str, str]]:
    """(source, target) id pairs, sorted, for the sentence's CO_MENTION links.

    ``related`` holds the pairs that already have an asserted typed relation here.
    """
    slots = view.slots
    roster = _roster_members(view, lexicon.window("roster"))
    window = lexicon.window("comention")
    breaks = [i for i, norm in enumerate(view.norms) if norm in CLAUSE_PUNCTUATION]
    found: set[tuple[str, str]] = set()
    for n, a in enumerate(slots):
        if n in roster:
            continue
        m = n + 1
        while m < len(slots) and slots[m].actor == a.actor:
            m += 1
        if m == len(slots) or m in roster:
            continue
        b = slots[m]
        pair = frozenset((a.actor, b.actor))
        if b.start - a.end > window or pair in related or any(a.end <= i < b.start for i in breaks):
            continue
        found.add(tuple(sorted(pair)))
    return sorted(found)


def _roster_members(view: SentenceView, size: int) -> set[int]:
    """Indices of slots in a list of ``size`` or more actors joined by commas and و."""
    members: set[int] = set()
    k = 0
    while k < len(view.slots):
        run = view.conjuncts(k)
        # a comma list: «X، Y، Z» without و on every item
        while run[-1] + 1 < len(view.slots) and _list_gap(view, run[-1]):
            run.extend(view.conjuncts(run[-1] + 1))
        if len(set(view.slots[i].actor for i in run)) >= size:
            members.update(run)
        k = run[-1] + 1
    return members


def _list_gap(view: SentenceView, k: int) -> bool:
    a, b = view.slots[k], view.slots[k + 1]
    between = view.norms[a.end : b.start]
    return bool(between) and all(t in ("،", ",", "و") for t in between)
