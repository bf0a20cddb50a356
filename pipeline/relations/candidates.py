"""(predicate, actor pair) candidates of one sentence and their features, for the learned step.

A candidate is a predicate the lexicon finds in the sentence (:mod:`.predicates`)
and two party slots of the sentence (:mod:`.sentence`: not venues, not MISC) of two
different actors; when an actor has several slots the pair nearest the predicate
stands for it. Features are plain ``{name: value}`` dicts (what scikit-learn's
``DictVectorizer`` reads; :mod:`.classifier` scores them with shipped weights):
trigger type and form, verb or noun, what introduces each actor, order and
distances, commas and complementizers between, entity types, the sentence's
number of actors, whether the rule layer linked the pair, and modality.

>>> from pipeline.types import Article, TaggedArticle
>>> from pipeline.arabic import split_sentences
>>> from pipeline.actors import link_article
>>> from pipeline.relations import sentence_views
>>> text = "التقى جون كيري مع فلاديمير بوتين."
>>> tagged = TaggedArticle(Article("a", text), tuple(split_sentences(text)))
>>> [view] = sentence_views(tagged, link_article(tagged, __import__("pipeline.actors").actors.load_registry()))
>>> [(c.pred.type, view.slots[c.first].actor, view.slots[c.second].actor, c.features["order"]) for c in sentence_candidates(view)]
[('MEET', 'john_kerry', 'vladimir_putin', 'before')]
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .arguments import Link, assign_arguments
from .lexicon import Lexicon, load_lexicon
from .modality import load_modality, predicate_modality
from .predicates import Predicate, find_predicates
from .sentence import COMMAS, COMPLEMENTIZERS, SentenceView

__all__ = ["Candidate", "sentence_candidates", "distance_bucket", "trigger_form", "REACH"]

REACH = 25  # tokens: an actor further than this from the predicate is no candidate argument


@dataclass(frozen=True)
class Candidate:
    """A predicate and two slots (``first`` before ``second`` in the text) with their features."""

    pred: Predicate
    first: int
    second: int
    modality: str
    rule_link: Link | None  # the rule layer's link of this pair (any predicate), agent first
    features: dict = field(compare=False, hash=False)


def sentence_candidates(
    view: SentenceView,
    lexicon: Lexicon | None = None,
    markers=None,
    predicates: Sequence[Predicate] | None = None,
    links: Sequence[tuple[Predicate, Link]] | None = None,
) -> list[Candidate]:
    """Every (predicate, actor pair) candidate of the sentence, with features.

    ``predicates`` and ``links`` (the rule layer's :func:`assign_arguments`) are
    computed when not given.
    """
    lexicon = lexicon or load_lexicon()
    markers = markers or load_modality()
    if predicates is None:
        inside = frozenset(i for s in view.slots for i in range(s.start, s.end))
        predicates = find_predicates([t.text for t in view.sentence.tokens], lexicon, inside)
    predicates = [p for p in predicates if p.type]
    if not predicates:
        return []
    if links is None:
        links = assign_arguments(view, predicates, lexicon)
    ruled: dict[frozenset[str], tuple[set[str], Link]] = {}
    for pred, link in links:
        pair = frozenset((view.slots[link.agent].actor, view.slots[link.partner].actor))
        ruled.setdefault(pair, (set(), link))[0].add(pred.type)
    parties = [k for k, s in enumerate(view.slots) if s.party]
    n_actors = len({view.slots[k].actor for k in parties})
    out = []
    for pred in predicates:
        modality = predicate_modality(view, pred, predicates, markers, lexicon)
        near = [k for k in parties if _distance(view.slots[k], pred) <= REACH]
        best: dict[frozenset[str], tuple[int, int, int]] = {}
        for x, a in enumerate(near):
            for b in near[x + 1 :]:
                sa, sb = view.slots[a], view.slots[b]
                if sa.actor == sb.actor:
                    continue
                pair = frozenset((sa.actor, sb.actor))
                cost = _distance(sa, pred) + _distance(sb, pred)
                if pair not in best or cost < best[pair][0]:
                    best[pair] = (cost, a, b)
        for pair, (_, a, b) in best.items():
            types, link = ruled.get(pair, (set(), None))
            features = _features(view, pred, a, b, modality, n_actors, parties, types, lexicon)
            out.append(Candidate(pred, a, b, modality, link, features))
    return out


def _distance(slot, pred: Predicate) -> int:
    if slot.end <= pred.start:
        return pred.start - slot.end
    if slot.start >= pred.end:
        return slot.start - pred.end
    return 0


def distance_bucket(n: int) -> str:
    """A distance in tokens as a feature value: 0, 1, 2, 3, 5, 8, 12, 20 or far."""
    for limit in (0, 1, 2, 3, 5, 8, 12, 20):
        if n <= limit:
            return str(limit)
    return "far"


def trigger_form(pred: Predicate) -> str:
    """The trigger's first word as the lexicon lists it (the lemma-ish form)."""
    return " ".join(pred.entry.tokens)


def _features(view: SentenceView, pred: Predicate, a: int, b: int, modality: str, n_actors: int, parties, rule_types, lexicon) -> dict:
    sa, sb = view.slots[a], view.slots[b]
    norms = view.norms
    t = pred.type
    if sb.end <= pred.start:
        order = "after"  # the trigger comes after both
    elif sa.start >= pred.end:
        order = "before"  # the trigger comes before both
    else:
        order = "between"
    f: dict = {
        "bias_type": t,
        "type": t,
        "form": trigger_form(pred),
        "pos": pred.pos,
        "type_pos": f"{t}|{pred.pos}",
        "order": order,
        "type_order": f"{t}|{pred.pos}|{order}",
        "kinds": f"{sa.kind}-{sb.kind}",
        "type_kinds": f"{t}|{sa.kind}-{sb.kind}",
        "n_actors": distance_bucket(n_actors),
        "modality": modality,
        "future": pred.future,
        "strict": pred.entry.strict,
        "gathers": pred.entry.gathers,
    }
    for name, slot in (("a", sa), ("b", sb)):
        after = slot.start >= pred.end
        lo = pred.end if after else 0
        if not after:  # an actor before the trigger: what introduces it from the clause start
            lo = max((i + 1 for i in range(slot.start) if view.is_break(i, commas=False)), default=0)
        intro, gap = view.introducer(slot, lo)
        dist = _distance(slot, pred)
        between = range(pred.end, slot.start) if after else range(slot.end, pred.start)
        f[f"{name}_intro"] = intro
        f[f"{name}_type_intro"] = f"{t}|{'R' if after else 'L'}|{intro}"
        f[f"{name}_prev"] = norms[slot.start - 1] if slot.start else "<s>"
        f[f"{name}_dist"] = distance_bucket(dist)
        f[f"{name}_type_dist"] = f"{t}|{'R' if after else 'L'}|{distance_bucket(dist)}"
        f[f"{name}_comma"] = any(norms[i] in COMMAS for i in between)
        f[f"{name}_comp"] = any(norms[i] in COMPLEMENTIZERS for i in between)
        f[f"{name}_break"] = any(view.is_break(i, commas=False) for i in between)
        f[f"{name}_clitic"] = slot.clitic or "-"
        f[f"{name}_conj"] = slot.conj
        f[f"{name}_demonym"] = slot.demonym
        f[f"{name}_first_after"] = after and not any(
            view.slots[k].start >= pred.end and view.slots[k].start < slot.start for k in parties
        )
        f[f"{name}_type_first_after"] = f"{t}|{f[f'{name}_first_after']}|{intro}"
    form = f["form"]
    f["form_order"] = f"{form}|{order}"
    f["form_intros"] = f"{form}|{f['a_intro']}|{f['b_intro']}"
    f["type_intros"] = f"{t}|{order}|{f['a_intro']}|{f['b_intro']}"
    f["ab_dist"] = distance_bucket(sb.start - sa.end)
    f["ab_slots_between"] = distance_bucket(sum(1 for k in parties if sa.end <= view.slots[k].start < sb.start))
    f["ab_conj"] = b in view.conjuncts(a)
    f["ab_comma"] = any(norms[i] in COMMAS for i in range(sa.end, sb.start))
    f["ab_comp"] = any(norms[i] in COMPLEMENTIZERS for i in range(sa.end, sb.start))
    f["rule_same_type"] = t in rule_types
    f["rule_other_type"] = bool(rule_types - {t})
    f["rule_any"] = bool(rule_types)
    f["type_rule"] = f"{t}|{t in rule_types}"
    return f
