"""The learned step: a linear model over (predicate, actor pair) candidates.

The weights are data (``pipeline/data/relation_classifier.json``, written by
``python bench/relation_learn.py train``): a multinomial logistic regression over
the relation types and ``NONE``, trained on the dev annotations, scored here in
plain Python so extraction needs no scikit-learn. Feature names follow
scikit-learn's ``DictVectorizer``: ``name=value`` for a string, ``name`` with
its number for a bool or a number.

A candidate pair gets a typed relation when the probability of a type is at
least the file's ``threshold`` (chosen by cross-validation by article) and the
predicate is asserted. Directed types take the rule layer's agent when the rules
linked the pair, else the earlier of the two actors (the one before the trigger,
or the first after a verb), unless only the earlier one carries a preposition.
"""
from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..types import Relation
from .candidates import Candidate
from .lexicon import BARE
from .modality import ASSERTED
from .sentence import SentenceView

__all__ = ["DEFAULT_MODEL_PATH", "Model", "load_model", "feature_items", "orient", "typed_from_scores", "NONE"]

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "relation_classifier.json"
NONE = "NONE"


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]  # feature name → one weight per class
    threshold: float
    enabled: bool = True

    def proba(self, features: dict) -> dict[str, float]:
        """Class probabilities of one candidate's features (softmax of the linear scores)."""
        scores = list(self.intercept)
        for name, value in feature_items(features):
            w = self.weights.get(name)
            if w is not None and value:
                for k, wk in enumerate(w):
                    scores[k] += wk * value
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}


def feature_items(features: dict) -> Iterable[tuple[str, float]]:
    """(name, value) as scikit-learn's DictVectorizer names them."""
    for key, value in features.items():
        if isinstance(value, str):
            yield f"{key}={value}", 1.0
        else:
            yield key, float(value)


@functools.lru_cache(maxsize=4)
def load_model(path: Path | str | None = None) -> Model | None:
    """The shipped model, or None when the file is missing."""
    path = Path(path) if path else DEFAULT_MODEL_PATH
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    classes = tuple(data["classes"])
    weights = {name: tuple(w) for name, w in data["weights"].items()}
    return Model(classes, tuple(data["intercept"]), weights, float(data["threshold"]), bool(data.get("enabled", True)))


def orient(view: SentenceView, cand: Candidate) -> tuple[int, int]:
    """(agent, partner) slots of a candidate: the rule layer's when it linked the pair, else by order."""
    if cand.rule_link is not None:
        return cand.rule_link.agent, cand.rule_link.partner
    a, b = cand.first, cand.second
    sa, sb = view.slots[a], view.slots[b]
    pred = cand.pred
    if sa.start >= pred.end:  # both after the trigger: the first is the subject unless a preposition governs it
        intro_a, _ = view.introducer(sa, pred.end)
        intro_b, _ = view.introducer(sb, pred.end)
        if intro_a != BARE and intro_b == BARE:
            return b, a
    return a, b


def typed_from_scores(
    view: SentenceView,
    scored: Sequence[tuple[Candidate, dict[str, float]]],
    threshold: float,
    directed: frozenset[str],
    skip: frozenset[frozenset[str]] = frozenset(),
) -> list[Relation]:
    """Typed relations for the pairs whose best candidate reaches ``threshold`` for a type.

    One relation per (pair, type), from the candidate with the highest probability;
    pairs in ``skip`` (typed by the rules) and non-asserted predicates are left out.
    """
    best: dict[tuple[frozenset[str], str], tuple[float, Candidate]] = {}
    for cand, probs in scored:
        if cand.modality != ASSERTED:
            continue
        pair = frozenset((view.slots[cand.first].actor, view.slots[cand.second].actor))
        if pair in skip:
            continue
        for kind, p in probs.items():
            if kind == NONE or p < threshold:
                continue
            key = (pair, kind)
            if key not in best or p > best[key][0]:
                best[key] = (p, cand)
    out = []
    for (pair, kind), (p, cand) in best.items():
        agent, partner = orient(view, cand)
        source, target = view.slots[agent].actor, view.slots[partner].actor
        is_directed = kind in directed
        if not is_directed:
            source, target = sorted((source, target))
        trigger = view.words(cand.pred.start, cand.pred.end)
        out.append(Relation(source, target, kind, view.evidence, directed=is_directed, trigger=trigger, modality=ASSERTED))
    return out
