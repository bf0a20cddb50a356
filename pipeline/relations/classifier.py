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

__all__ = ["DEFAULT_MODEL_PATH", "PAIR_MODEL_PATH", "Model", "PairModel", "load_model", "load_pair_model", "feature_items", "orient", "typed_from_scores", "NONE"]

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
        get = self.weights.get
        rows = [self.intercept]
        for key, value in features.items():
            if isinstance(value, str):
                w = get(f"{key}={value}")
            elif value:
                w = get(key)
                if w is not None and value != 1:
                    w = tuple(wk * value for wk in w)
            else:
                continue
            if w is not None:
                rows.append(w)
        scores = [sum(column) for column in zip(*rows)]
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
    return _linear(data, float(data["threshold"]), bool(data.get("enabled", True)))


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


PAIR_MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "relation_pairs.json"


def _linear(part: dict, threshold: float = 0.5, enabled: bool = True) -> Model:
    """A :class:`Model` from an exported scikit-learn LogisticRegression; a binary one (one row of
    weights, for its second class) gets a zero row for its first class, so its softmax is the sigmoid."""
    classes = tuple(part["classes"])
    intercept = tuple(part["intercept"])
    weights = {name: tuple(w) for name, w in part["weights"].items()}
    if len(classes) == 2 and len(intercept) == 1:
        intercept = (0.0, *intercept)
        weights = {name: (0.0, *w) for name, w in weights.items()}
    return Model(classes, intercept, weights, threshold, enabled)


@dataclass(frozen=True)
class PairModel:
    """The pair-level learned step (:mod:`.pairs`): a type model over actor-pair candidates and a
    direction model (is the first actor in the text the agent?) for directed types."""

    types: Model
    direction: Model
    threshold: float
    enabled: bool = True

    def relations(self, view: SentenceView, candidates: Sequence, directed: frozenset[str]) -> list[Relation]:
        """Typed relations for the candidates (:class:`.pairs.PairCandidate`) whose type probability
        reaches the threshold, when their nearest predicate is asserted or there is none."""
        from .pairs import NO_PREDICATE, direction_features

        out = []
        for cand in candidates:
            if cand.modality not in (ASSERTED, NO_PREDICATE):
                continue
            probs = self.types.proba(cand.features)
            a, b = view.slots[cand.first].actor, view.slots[cand.second].actor
            trigger = view.words(cand.pred.start, cand.pred.end) if cand.pred is not None else ""
            for kind, p in probs.items():
                if kind == NONE or p < self.threshold:
                    continue
                if kind in directed:
                    first = self.direction.proba(direction_features(cand.features, kind)).get("first", 0.5) >= 0.5
                    source, target = (a, b) if first else (b, a)
                    out.append(Relation(source, target, kind, view.evidence, directed=True, trigger=trigger, modality=ASSERTED))
                else:
                    source, target = sorted((a, b))
                    out.append(Relation(source, target, kind, view.evidence, directed=False, trigger=trigger, modality=ASSERTED))
        return out


@functools.lru_cache(maxsize=4)
def load_pair_model(path: Path | str | None = None) -> PairModel | None:
    """The shipped pair model (``data/relation_pairs.json``), or None when the file is missing."""
    path = Path(path) if path else PAIR_MODEL_PATH
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    threshold = float(data["threshold"])
    return PairModel(_linear(data["types"], threshold), _linear(data["direction"]), threshold, bool(data.get("enabled", True)))
