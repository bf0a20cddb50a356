"""Typed relations between the actors of one sentence, with evidence.

A relation needs a predicate and two actors that are its arguments:

1. :mod:`.predicates` finds verbs, verbal nouns and multiword triggers
   (``data/triggers.yaml``, loaded by :mod:`.lexicon`);
2. :mod:`.references` adds actors the article names by role
   («الوزير القطري», «نظيره الأمريكي»);
3. :mod:`.arguments` picks each predicate's agent and partner from word order,
   prepositions, coordination and clause boundaries;
4. :mod:`.modality` marks negated, planned and hypothetical events
   (``data/modality.yaml``); only ``asserted`` ones count;
5. :mod:`.cooccur` keeps the co-mentions a reader would call related.

An actor that is only mentioned gets no typed relation. One
:class:`~pipeline.types.Relation` per (pair, sentence, type); directed types
(``directed`` in the lexicon) run from the agent; undirected ones and
co-mentions have sorted ids. Relations never cross sentences and never join an
actor to itself.

>>> from pipeline.types import Article, TaggedArticle
>>> from pipeline.arabic import split_sentences
>>> from pipeline.actors import link_article, load_registry
>>> text = "ناقش جون كيري مع فلاديمير بوتين الأزمة."
>>> tagged = TaggedArticle(Article("a", text), tuple(split_sentences(text)))
>>> [(r.source, r.target, r.type, r.trigger) for r in extract_relations(tagged, link_article(tagged, load_registry()))]
[('john_kerry', 'vladimir_putin', 'MEET', 'ناقش')]
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from ..actors.names import name_readings
from ..actors.titled_names import QUOTES, in_work_title
from ..types import LinkedMention, Relation, TaggedArticle
from .arguments import Link, assign_arguments, in_context
from .asides import without_asides
from .cooccur import co_mentions
from .grammar import GRAMMAR
from .lexicon import (
    CO_MENTION,
    normalize_token,
    DEFAULT_LEXICON_PATH,
    Entry,
    Lexicon,
    LexiconError,
    build_lexicon,
    load_lexicon,
    trigger_readings,
)
from .candidates import sentence_candidates
from .classifier import load_model, load_pair_model, typed_from_scores
from .pairs import pair_candidates
from .modality import ASSERTED, load_modality, predicate_modality
from .predicates import Predicate, find_predicates
from .references import (
    envoys_principal, load_role_words, owner_of_another, people_of_a_place, resolve_references, someone_elses_role,
    someones_relative, title_holder, titled_place,
)
from .sentence import SentenceView, actor_kind, build_view

__all__ = [
    "DEFAULT_LEXICON_PATH",
    "Entry",
    "Lexicon",
    "LexiconError",
    "build_lexicon",
    "extract_relations",
    "load_lexicon",
    "rule_relations",
    "ruled_pairs",
    "sentence_views",
    "trigger_readings",
]


_SHIPPED = object()


def extract_relations(
    tagged: TaggedArticle,
    mentions: Sequence[LinkedMention],
    lexicon: Lexicon | None = None,
    classifier=_SHIPPED,
    pairs=_SHIPPED,
) -> list[Relation]:
    """Relations between the actors of each sentence of one article.

    Parameters
    ----------
    tagged
        The article with its sentences.
    mentions
        Its linked mentions (from :func:`pipeline.actors.link_article`);
        mentions of other articles are ignored.
    lexicon
        Trigger lexicon; :func:`load_lexicon` by default.
    classifier
        The learned step (:class:`.classifier.Model`) that adds typed relations for
        pairs the rules left untyped; by default the shipped model when its file
        says ``enabled``; None for the rules alone.
    pairs
        The pair-level learned step (:class:`.classifier.PairModel`, candidates from
        :mod:`.pairs`, no trigger needed) that adds typed relations for pairs still
        untyped after the rules (and ``classifier``); by default the shipped model when
        its file says ``enabled``; None to leave it out.

    Returns
    -------
    list of Relation
        In sentence order; each carries the sentence as evidence. Typed
        relations that are not asserted also leave their pair a co-mention.
    """
    lexicon = lexicon or load_lexicon()
    markers = load_modality()
    if classifier is _SHIPPED:
        classifier = load_model()
        classifier = classifier if classifier is not None and classifier.enabled else None
    if pairs is _SHIPPED:
        pairs = load_pair_model()
        pairs = pairs if pairs is not None and pairs.enabled else None
    members: set[frozenset[str]] = set()
    views = list(sentence_views(tagged, mentions, members))  # all of them first: a title anywhere counts
    one_side = frozenset(members)
    relations: list[Relation] = []
    for view in views:
        relations.extend(_sentence_relations(view, lexicon, markers, classifier, pairs, one_side))
    return relations


def sentence_views(
    tagged: TaggedArticle, mentions: Sequence[LinkedMention], members: set[frozenset[str]] | None = None
) -> Iterator[SentenceView]:
    """The view of each sentence of ``tagged`` with two or more actors, after the article's
    references are resolved (what :func:`extract_relations` and the classifier's candidates read).

    ``members``, when given, receives each {person, organisation} pair where the article names the
    organisation in the person's title («المدير الإقليمي لبنك الرياض … إبراهيم الشهري»)."""
    from ..actors import load_registry
    from ..actors.clubs import is_sport_article

    registry = load_registry()
    words = load_role_words()
    honorifics = words.honorifics
    article = tagged.article
    mentions = [lm for lm in mentions if lm.mention.article_id == article.id]
    mentions = resolve_references(tagged, mentions, registry)
    by_sentence: dict[int, list[LinkedMention]] = defaultdict(list)
    for lm in mentions:
        by_sentence[lm.mention.sentence].append(lm)
    sport = None
    for sentence in tagged.sentences:
        linked = by_sentence.get(sentence.index, ())
        if len({lm.actor_id for lm in linked}) < 2:
            continue
        if sport is None:
            sport = is_sport_article(normalize_token(t.text) for s in tagged.sentences for t in s.tokens)
        sentence, linked = without_asides(sentence, linked)
        mentioned = linked
        norms = [normalize_token(t.text) for t in sentence.tokens]
        linked = [lm for lm in linked if not someone_elses_role(lm, norms, words) and not someones_relative(lm, norms, words)]
        linked = [lm for lm in linked if not envoys_principal(lm, norms, words, registry, article.date)]
        persons = [(lm.mention.token_start, lm.mention.token_end) for lm in linked if lm.mention.type == "PER"]
        holders = [title_holder(lm, norms, persons, words) for lm in linked]
        if members is not None:
            by_span = {(lm.mention.token_start, lm.mention.token_end): lm.actor_id for lm in linked if lm.mention.type == "PER"}
            for lm, holder in zip(linked, holders):
                if holder is not None and holder in by_span and by_span[holder] != lm.actor_id and _office_title(norms, lm.mention.token_start):
                    members.add(frozenset((by_span[holder], lm.actor_id)))
        linked = [lm for lm, holder in zip(linked, holders) if holder is None]
        ends = frozenset(lm.mention.token_end for lm in linked)
        linked = [lm for lm in linked if not owner_of_another(lm, norms, ends)]
        starts = [s for s, _ in persons]
        linked = [lm for lm in linked if not titled_place(lm, norms, words, actor_kind(lm, registry), starts)]
        linked = [lm for lm in linked if not people_of_a_place(lm, norms, words, actor_kind(lm, registry))]
        yield build_view(tagged, sentence, linked, registry, honorifics, sport, named=mentioned)


_MEMBER_TITLES = GRAMMAR.member_titles | GRAMMAR.player_titles


def _office_title(norms: Sequence[str], start: int) -> bool:
    """The title before an organisation at token ``start`` holds an office in it, not a player's or
    a member's rank («مهاجم فريق الأهلي», «عضو شرف نادي الفتح»), who still deals with the body."""
    return all(_MEMBER_TITLES.isdisjoint(name_readings(norms[i])) for i in range(max(0, start - 3), start))


def _work_title_tokens(view: SentenceView) -> frozenset[int]:
    """Tokens of a quoted title after a work noun («بمقالة بعنوان «رسالة من إيران»», 2015-08-06):
    a predicate there names the work, no event."""
    if QUOTES.isdisjoint(view.norms):
        return frozenset()
    readings = [name_readings(t.text) for t in view.sentence.tokens]
    return frozenset(i for i, n in enumerate(view.norms) if n not in QUOTES and in_work_title(view.norms, readings, i, i + 1))


def _titles_before_names(view: SentenceView) -> frozenset[int]:
    """Honorifics right before an actor's name («وقدم المهندس عادل الملحم شكره»): part of the subject a
    light verb's masdar may follow (a 2015-07-31 slice: «شكره» had been read as "he thanked him")."""
    return frozenset(i for slot in view.slots for i in range(view.honorifics_start(slot.start), slot.start))


def rule_relations(view: SentenceView, lexicon: Lexicon, markers):
    """The rule layer on one sentence: its predicates, the rules' links, and the typed relations
    they give, one per (pair, type) keyed so (an asserted reading beats a non-asserted one)."""
    inside = frozenset(i for s in view.slots for i in range(s.start, s.end)) | view.named | _work_title_tokens(view) | _titles_before_names(view)
    predicates = in_context(view, find_predicates([t.text for t in view.sentence.tokens], lexicon, inside), lexicon)
    found: dict[tuple[frozenset[str], str], Relation] = {}
    modalities: dict[Predicate, str] = {}
    links = assign_arguments(view, predicates, lexicon)
    for pred, link in links:
        if pred not in modalities:
            modalities[pred] = predicate_modality(view, pred, predicates, markers, lexicon)
        relation = _relation(view, pred, link, modalities[pred], lexicon)
        key = (frozenset((relation.source, relation.target)), relation.type)
        previous = found.get(key)
        # one relation per (pair, type): an asserted reading beats a non-asserted one
        if previous is None or (previous.modality != ASSERTED and relation.modality == ASSERTED):
            found[key] = relation
    return predicates, links, found


def ruled_pairs(found) -> dict[frozenset[str], dict[str, str]]:
    """Pair → {type: modality} of the rules' typed relations."""
    out: dict[frozenset[str], dict[str, str]] = defaultdict(dict)
    for (pair, kind), r in found.items():
        out[pair][kind] = r.modality
    return out


def _sentence_relations(
    view: SentenceView, lexicon: Lexicon, markers, classifier=None, pairs=None, members: frozenset[frozenset[str]] = frozenset()
) -> list[Relation]:
    predicates, links, found = rule_relations(view, lexicon, markers)
    # a person and the body his title names are one side (a later 2015-07-22 slice: a bank's regional
    # manager «thanked» his own bank for the emir's honour): co-mentioned, not related
    found = {key: r for key, r in found.items() if key[0] not in members}
    related = {pair for (pair, _), r in found.items() if r.modality == ASSERTED}
    if classifier is not None and predicates:
        candidates = sentence_candidates(view, lexicon, markers, predicates, links)
        scored = [(c, classifier.proba(c.features)) for c in candidates]
        for relation in typed_from_scores(view, scored, classifier.threshold, lexicon.directed, frozenset(related)):
            found[(frozenset((relation.source, relation.target)), relation.type)] = relation
        related = {pair for (pair, _), r in found.items() if r.modality == ASSERTED}
    if pairs is not None:
        cands = pair_candidates(view, lexicon, markers, predicates, ruled_pairs(found), frozenset(related), asserted_only=True)
        for relation in pairs.relations(view, cands, lexicon.directed):
            found[(frozenset((relation.source, relation.target)), relation.type)] = relation
        related = {pair for (pair, _), r in found.items() if r.modality == ASSERTED}
    typed = list(found.values())
    mentioned = [Relation(a, b, CO_MENTION, view.evidence) for a, b in co_mentions(view, related, lexicon)]
    hedged = {tuple(sorted(pair)) for (pair, _), r in found.items() if r.modality != ASSERTED and pair not in related}
    extra = [Relation(a, b, CO_MENTION, view.evidence) for a, b in sorted(hedged) if (a, b) not in {(r.source, r.target) for r in mentioned}]
    return typed + mentioned + extra


def _in_words(view: SentenceView, pred: Predicate, link: Link, lexicon: Lexicon) -> bool:
    """A person's attack is in words: an attack word of ``verbal_by_persons``, or a light verb whose
    object is one («شن رئيس جنوب السودان سلفاكير ميارديت هجوما شديدا على الرئيس الأميركي», 2015-08-01)."""
    agent = view.slots[link.agent]
    if agent.kind != "PER":
        return False
    # «إن الحوثيين وقوات صالح شنوا هجوماً مسلحاً» (a 2015-07-23 slice): his forces attacked; also past an
    # epithet: «وقوات المخلوع صالح شنت هجوما» (a later 2015-08-10 slice)
    before = agent.start - 1
    if before > 0 and view.norms[before].startswith("ال") and view.slot_at(before) is None:
        before -= 1
    if before >= 0 and not GRAMMAR.force_heads.isdisjoint(name_readings(view.norms[before])):
        return False
    if pred.entry.verbal_by_persons:
        return True
    if pred.type != "ATTACK" or pred.pos != "verb":
        return False
    tokens = view.sentence.tokens
    return any(
        e.verbal_by_persons and e.pos == "noun"
        for i in range(pred.end, view.slots[link.partner].start)
        for e in lexicon.starts(tokens[i].text)
    )


def _relation(view: SentenceView, pred: Predicate, link: Link, modality: str, lexicon: Lexicon) -> Relation:
    source, target = view.slots[link.agent].actor, view.slots[link.partner].actor
    kind = pred.type
    if _in_words(view, pred, link, lexicon):
        kind = "OPPOSE"  # «هاجم ترامب ماكين», «شن سلفاكير هجوما على أوباما»: a person attacks in words
    directed = kind in lexicon.directed
    if not directed:
        source, target = sorted((source, target))
    return Relation(
        source, target, kind, view.evidence, directed=directed, trigger=view.words(pred.start, pred.end), modality=modality
    )
