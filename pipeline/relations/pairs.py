"""Actor-pair candidates of one sentence and their features, for the pair-level learned step.

Unlike :mod:`.candidates` (one candidate per lexicon predicate and pair), a pair
candidate needs no trigger: every two party slots (:mod:`.sentence`: not venues,
not MISC) of two different actors in a sentence view are one candidate, the two
nearest slots standing for the pair. Features are plain ``{name: value}`` dicts
(what scikit-learn's ``DictVectorizer`` reads; :mod:`.classifier` scores them with
shipped weights):

* ``bw=`` the words between the two mentions (normalised, clitics and the article
  stripped), a bag; ``pre=`` / ``pre1=`` the three words before the first mention
  and the one right before it; ``post=`` the two words after the second;
* ``lead=`` the nearest content word before the pair in its clause (a VSO verb:
  «التقى كيري بوتين»), ``mid=`` the first content word between the two;
* ``trig_between=`` / ``trig_before=`` / ``trig_after=`` the lexicon predicates'
  types near the pair, ``form=`` their forms (:func:`.predicates.find_predicates`);
* ``a_intro`` / ``b_intro`` the preposition introducing each actor, ``gap`` /
  ``slots_between`` distance buckets, ``comma`` / ``comp`` / ``break`` between,
  ``conj`` (the pair is coordinated), ``kinds`` (entity types), ``n_actors``;
* ``modality`` of the nearest predicate (``none`` when the sentence has none);
* ``rule=`` what the rule layer said of the pair (a non-asserted type, or ``-``).

>>> from pipeline.types import Article, TaggedArticle
>>> from pipeline.arabic import split_sentences
>>> from pipeline.actors import link_article, load_registry
>>> from pipeline.relations import sentence_views
>>> text = "قال جون كيري إن فلاديمير بوتين مستعد."
>>> tagged = TaggedArticle(Article("a", text), tuple(split_sentences(text)))
>>> [view] = sentence_views(tagged, link_article(tagged, load_registry()))
>>> [(view.slots[c.first].actor, view.slots[c.second].actor, c.features["comp"]) for c in pair_candidates(view)]
[('john_kerry', 'vladimir_putin', True)]
"""
from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..arabic import strip_clitics
from .candidates import distance_bucket, trigger_form
from .grammar import GRAMMAR
from .lexicon import BARE, Lexicon, load_lexicon
from .modality import ASSERTED, load_modality, predicate_modality
from .predicates import Predicate, find_predicates
from .sentence import CLAUSE_PUNCTUATION, COMMAS, COMPLEMENTIZERS, PREPOSITIONS, SentenceView

__all__ = ["PairCandidate", "pair_candidates", "pair_features", "direction_features", "stem", "NO_PREDICATE"]

NO_PREDICATE = "none"
MAX_BETWEEN = 3  # party slots between the two: a pair further apart is no candidate (20 of 430 dev positive rows)
_BETWEEN_CAP = 10  # words of a long gap kept from each end
_NEAR = 4  # tokens around the pair a predicate counts as near
# Words that carry no content of their own: skipped when looking for the lead / middle word.
_FUNCTION = (
    GRAMMAR.prepositions | GRAMMAR.complementizers | GRAMMAR.fillers | GRAMMAR.relatives | GRAMMAR.time_words
    | GRAMMAR.be | GRAMMAR.function_words
)


@functools.lru_cache(maxsize=1 << 16)
def stem(norm: str) -> str:
    """A normalised word with its proclitics and article stripped (the shortest reading).

    >>> stem("والاتفاق"), stem("بالرئيس"), stem("مع")
    ('اتفاق', 'رئيس', 'مع')
    """
    return strip_clitics(norm)[-1] if norm else norm


@dataclass(frozen=True)
class PairCandidate:
    """Two slots of two different actors (``first`` before ``second``), the predicate nearest
    to them (or None) and its modality, and the features."""

    first: int
    second: int
    pred: Predicate | None
    modality: str
    features: dict = field(compare=False, hash=False)


def pair_candidates(
    view: SentenceView,
    lexicon: Lexicon | None = None,
    markers=None,
    predicates: Sequence[Predicate] | None = None,
    ruled: Mapping[frozenset[str], Mapping[str, str]] | None = None,
    skip: frozenset[frozenset[str]] = frozenset(),
    asserted_only: bool = False,
) -> list[PairCandidate]:
    """One candidate per pair of actors with party slots in the sentence.

    ``predicates`` are the lexicon's (computed when not given); ``ruled`` maps an
    actor pair to the rule layer's {type: modality}; pairs in ``skip`` (typed and
    asserted by the rules) get no candidate, nor do pairs with more than
    ``MAX_BETWEEN`` party slots between them; ``asserted_only`` leaves out (before
    computing features) pairs whose nearest predicate is not asserted.
    """
    lexicon = lexicon or load_lexicon()
    markers = markers or load_modality()
    if predicates is None:
        inside = frozenset(i for s in view.slots for i in range(s.start, s.end))
        predicates = find_predicates([t.text for t in view.sentence.tokens], lexicon, inside)
    predicates = [p for p in predicates if p.type]
    ruled = ruled or {}
    parties = [k for k, s in enumerate(view.slots) if s.party]
    n_actors = len({view.slots[k].actor for k in parties})
    if n_actors < 2:
        return []
    best: dict[frozenset[str], tuple[int, int, int]] = {}
    for x, a in enumerate(parties):
        sa = view.slots[a]
        for b in parties[x + 1 :]:
            sb = view.slots[b]
            if sa.actor == sb.actor:
                continue
            pair = frozenset((sa.actor, sb.actor))
            if pair in skip:
                continue
            gap = sb.start - sa.end
            if pair not in best or gap < best[pair][0]:
                best[pair] = (gap, a, b)
    position = {k: x for x, k in enumerate(sorted(parties, key=lambda k: view.slots[k].start))}
    modalities: dict[Predicate, str] = {}
    memo: dict = {}
    out = []
    for pair, (_, a, b) in best.items():
        if position[b] - position[a] - 1 > MAX_BETWEEN:
            continue
        pred = _nearest(view, predicates, a, b)
        if pred is None:
            modality = NO_PREDICATE
        else:
            if pred not in modalities:
                modalities[pred] = predicate_modality(view, pred, predicates, markers, lexicon)
            modality = modalities[pred]
        if asserted_only and modality not in (ASSERTED, NO_PREDICATE):
            continue
        features = pair_features(view, a, b, predicates, pred, modality, n_actors, parties, ruled.get(pair, {}), memo)
        out.append(PairCandidate(a, b, pred, modality, features))
    return out


def _nearest(view: SentenceView, predicates: Sequence[Predicate], a: int, b: int) -> Predicate | None:
    """The predicate between the two slots nearest the first, else the nearest one outside."""
    sa, sb = view.slots[a], view.slots[b]
    inside = [p for p in predicates if p.start >= sa.end and p.end <= sb.start]
    if inside:
        return inside[0]
    outside = [(sa.start - p.end if p.end <= sa.start else p.start - sb.end, p) for p in predicates]
    outside = [(d, p) for d, p in outside if d >= 0]
    return min(outside, key=lambda x: x[0])[1] if outside else None


def _is_word(norm: str) -> bool:
    return norm[:1].isalpha()


def _word(view: SentenceView, i: int) -> str:
    """Token ``i`` stemmed, or ``<X>`` when it belongs to an actor (names are no features)."""
    return "<X>" if view.slot_at(i) is not None else stem(view.norms[i])


def pair_features(
    view: SentenceView,
    a: int,
    b: int,
    predicates: Sequence[Predicate],
    pred: Predicate | None,
    modality: str,
    n_actors: int,
    parties: Sequence[int],
    rule_types: Mapping[str, str],
    memo: dict | None = None,
) -> dict:
    """The features of the pair of slots ``a`` < ``b`` (see the module docstring).

    ``memo`` (one dict per sentence) keeps what depends on one slot only.
    """
    memo = {} if memo is None else memo
    sa, sb = view.slots[a], view.slots[b]
    norms = view.norms
    first = memo.get(("a", a))
    if first is None:
        first = memo[("a", a)] = _first_features(view, a, parties)
    lo = first["lo"]
    f: dict = {k: v for k, v in first.items() if k != "lo"}
    last = memo.get(("b", b))
    if last is None:
        last = memo[("b", b)] = _second_features(view, b)
    f.update(last)
    # the words between (a long gap: its two ends), and what they hold
    between = [i for i in range(sa.end, sb.start) if view.slot_at(i) is None]
    comma = comp = brk = prep = False
    mid = None
    for i in between:
        norm = norms[i]
        if norm in COMMAS:
            comma = True
        elif norm in CLAUSE_PUNCTUATION:
            brk = True
        if norm in COMPLEMENTIZERS:
            comp = True
        if norm in PREPOSITIONS:
            prep = True
        elif mid is None and _is_word(norm) and norm not in _FUNCTION:
            mid = norm
    if len(between) > 2 * _BETWEEN_CAP:
        between = between[:_BETWEEN_CAP] + between[-_BETWEEN_CAP:]
    for i in between:
        if _is_word(norms[i]):
            f[f"bw={stem(norms[i])}"] = 1
    f["mid"] = stem(mid) if mid else "-"
    # lexicon predicates near the pair
    for p in predicates:
        if p.start >= sa.end and p.end <= sb.start:
            where = "between"
        elif p.end <= sa.start and sa.start - p.end <= _NEAR + 2 and p.start >= lo:
            where = "before"
        elif p.start >= sb.end and p.start - sb.end <= _NEAR:
            where = "after"
        else:
            continue
        f[f"trig_{where}={p.type}"] = 1
        f[f"trig_{where}_pos={p.type}|{p.pos}"] = 1
        f[f"form={trigger_form(p)}"] = 1
    f["modality"] = modality
    f["pred_type_modality"] = f"{pred.type if pred else '-'}|{modality}"
    # what introduces the second actor (the first: in ``first``)
    intro_a = f["a_intro"]
    intro_b, _ = view.introducer(sb, sa.end)
    f["b_intro"] = intro_b
    f["intros"] = f"{intro_a}|{intro_b}"
    # distance and what lies between
    gap = sb.start - sa.end
    f["gap"] = distance_bucket(gap)
    f["slots_between"] = distance_bucket(sum(1 for k in parties if sa.end <= view.slots[k].start < sb.start))
    f["comma"] = comma
    f["comp"] = comp
    f["break"] = brk
    f["prep_between"] = prep
    conj = memo.get(("conj", a))
    if conj is None:
        conj = memo[("conj", a)] = view.conjuncts(a)
    f["conj"] = b in conj
    f["kinds"] = f"{sa.kind}-{sb.kind}"
    f["n_actors"] = distance_bucket(n_actors)
    f["demonym"] = sa.demonym or sb.demonym
    for t, m in rule_types.items():
        f[f"rule={t}|{m}"] = 1
    f["rule_any"] = bool(rule_types)
    f["gap_intros"] = f"{distance_bucket(gap)}|{intro_a}|{intro_b}"
    f["lead_intros"] = f"{f['lead']}|{intro_a}|{intro_b}"
    if gap <= 4:  # a short gap as a whole: «X مع Y», «X ونظيره Y»; another actor's words are <X>
        f["gap_words"] = " ".join(_word(view, i) for i in range(sa.end, sb.start))
    if intro_b == BARE and intro_a == BARE:
        f["both_bare_lead"] = f["lead"]
    return f


def _first_features(view: SentenceView, a: int, parties: Sequence[int]) -> dict:
    """What depends on the first slot alone: its clause start (``lo``, not a feature), the words
    before it, the nearest content word before it in its clause, what introduces it."""
    sa = view.slots[a]
    norms = view.norms
    lo = sa.start  # clause start before the first actor (strong breaks only)
    while lo > 0 and not view.is_break(lo - 1, commas=False):
        lo -= 1
    f: dict = {"bias": 1, "lo": lo}
    for i in range(max(0, sa.start - 3), sa.start):
        if view.slot_at(i) is None and _is_word(norms[i]):
            f[f"pre={stem(norms[i])}"] = 1
    f["pre1"] = _word(view, sa.start - 1) if sa.start > 0 else "<s>"
    lead = next(
        (norms[i] for i in range(sa.start - 1, lo - 1, -1) if view.slot_at(i) is None and _is_word(norms[i]) and norms[i] not in _FUNCTION),
        None,
    )
    f["lead"] = stem(lead) if lead else "-"
    f["a_intro"] = view.introducer(sa, lo)[0]
    f["a_first_in_clause"] = not any(lo <= view.slots[k].start < sa.start for k in parties)
    f["a_from_clause"] = distance_bucket(sa.start - lo)
    f["a_clitic"] = sa.clitic or "-"
    return f


def _second_features(view: SentenceView, b: int) -> dict:
    """What depends on the second slot alone: the two words after it, its glued و and preposition."""
    sb = view.slots[b]
    norms = view.norms
    f: dict = {}
    for i in range(sb.end, min(len(norms), sb.end + 2)):
        if _is_word(norms[i]) and view.slot_at(i) is None:
            f[f"post={stem(norms[i])}"] = 1
    f["b_conj"] = sb.conj
    f["b_clitic"] = sb.clitic or "-"
    return f


def direction_features(features: dict, kind: str) -> dict:
    """The direction model's features: a pair's features, each also crossed with the relation type
    (names as scikit-learn's ``DictVectorizer`` gives them, so ``a_intro=ب`` becomes ``ATTACK|a_intro=ب``)."""
    out: dict = {"type": kind}
    for key, value in features.items():
        if isinstance(value, str):
            key, value = f"{key}={value}", 1
        if value:
            out[key] = value
            out[f"{kind}|{key}"] = value
    return out
