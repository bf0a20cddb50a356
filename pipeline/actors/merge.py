"""Across articles: link every article, merge actors, count and label them."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..arabic import normalize, tokenize
from ..types import Actor, LinkedMention, TaggedArticle
from .link import clean_name, link_article
from .names import clitic_variant_redirects, id_tokens, name_readings, skip_patronymics, strip_to
from .nationalities import canonical_spelling
from .registry import Registry

__all__ = ["LinkResult", "link_articles"]


@dataclass(frozen=True)
class LinkResult:
    """Actors and linked mentions for a set of articles.

    Attributes
    ----------
    actors
        Actor id → :class:`Actor`, with ``aliases`` every surface form seen.
    mentions
        Linked mentions in article, sentence and offset order.
    mention_counts
        Actor id → number of mentions.
    actor_articles
        Actor id → ids of the articles it appears in, in input order.
    """

    actors: dict[str, Actor]
    mentions: tuple[LinkedMention, ...]
    mention_counts: dict[str, int] = field(default_factory=dict)
    actor_articles: dict[str, tuple[str, ...]] = field(default_factory=dict)


def link_articles(
    tagged: Sequence[TaggedArticle], registry: Registry, prelinked: Sequence[Sequence[LinkedMention] | None] | None = None
) -> LinkResult:
    """Link every article, then merge actors across articles.

    Across articles the same normalised full name is the same actor. A name
    seen only with a clitic glued on (وجون بولتون) joins the bare name when that
    exists somewhere in the corpus.

    Parameters
    ----------
    tagged
        Articles with their NER mentions, in the order results should follow.
    registry
        From :func:`load_registry`.
    prelinked
        Aligned with ``tagged``: an article's :func:`link_article` output when it
        was already made (in a tagging worker), else None.

    Returns
    -------
    LinkResult
        Actors (labels from the registry, else the most frequent full form),
        the linked mentions, and per-actor mention counts and article ids.

    >>> from pipeline.types import Article
    >>> from pipeline.arabic import split_sentences
    >>> from pipeline.actors import load_registry
    >>> texts = ["قال البنتاجون إن الغارات مستمرة.", "وأعلن البنتاغون أمس."]
    >>> docs = [TaggedArticle(Article(str(i), t), tuple(split_sentences(t))) for i, t in enumerate(texts)]
    >>> result = link_articles(docs, load_registry())
    >>> result.actors["pentagon"].aliases, result.mention_counts["pentagon"]
    (('البنتاجون', 'البنتاغون'), 2)
    """
    done = prelinked if prelinked is not None else [None] * len(tagged)
    linked = [lm for article, made in zip(tagged, done, strict=True) for lm in (link_article(article, registry) if made is None else made)]
    own = {lm.actor_id for lm in linked if lm.actor_id not in registry}
    redirect = clitic_variant_redirects(own)
    redirect.update(_patronymic_redirects({redirect.get(a, a) for a in own if a.startswith("per:")}))
    redirect = {a: redirect.get(b, b) for a, b in redirect.items()}  # وخالد_الحميدي → خالد_الحميدي → خالد_بن_علي_الحميدي
    if redirect:
        linked = [LinkedMention(lm.mention, redirect.get(lm.actor_id, lm.actor_id), lm.via) for lm in linked]
    return summarise(linked, registry)


def summarise(linked: Sequence[LinkedMention], registry: Registry, known: dict[str, Actor] | None = None) -> LinkResult:
    """A :class:`LinkResult` of linked mentions: actors with aliases, counts, articles.

    ``known`` gives actors whose label, type and English name are kept as they are
    (curated ones); others come from the registry or the mentions.
    """
    counts: Counter[str] = Counter()
    articles: dict[str, dict[str, None]] = defaultdict(dict)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for lm in linked:
        counts[lm.actor_id] += 1
        articles[lm.actor_id][lm.mention.article_id] = None
        surfaces[lm.actor_id][lm.mention.text] += 1
    actors = {actor_id: _make_actor(actor_id, surfaces[actor_id], registry, (known or {}).get(actor_id)) for actor_id in counts}
    return LinkResult(
        actors=actors,
        mentions=tuple(linked),
        mention_counts=dict(counts),
        actor_articles={a: tuple(ids) for a, ids in articles.items()},
    )


def _patronymic_redirects(person_ids: set[str]) -> dict[str, str]:
    """Map ``per:خالد_الحميدي`` to ``per:خالد_بن_علي_الحميدي`` when that is the one such name.

    Across the corpus only the patronymic counts (a name that merely continues
    another may be someone else in another article); two names with different
    patronymics (خالد بن علي / خالد بن سعد الحميدي) leave the short one alone.
    """
    longer: dict[str, list[str]] = defaultdict(list)
    for actor_id in person_ids:
        tokens = id_tokens(actor_id)
        bare = skip_patronymics(tokens)
        if bare != tokens:
            longer["per:" + "_".join(bare)].append(actor_id)
    return {short: ids[0] for short, ids in longer.items() if short in person_ids and len(ids) == 1}


def _make_actor(actor_id: str, surfaces: Counter[str], registry: Registry, known: Actor | None = None) -> Actor:
    aliases = tuple(sorted(surfaces))
    if known is None and actor_id in registry:
        known = registry.actors[actor_id]
    if known is not None:
        return Actor(known.id, known.label, known.type, known.label_en, aliases, known.wikidata)
    prefix, _, key = actor_id.partition(":")
    return Actor(actor_id, _display_label(key, surfaces, registry, prefix == "per"), prefix.upper(), "", aliases)


def _display_label(key: str, surfaces: Counter[str], registry: Registry, person: bool = False) -> str:
    """The most frequent full form as written (titles and clitics trimmed), else the name as written
    after a head («نادي النهضة» → «النهضة»), else the key.

    Short forms (كوك for بيتر كوك) never become the label: only forms whose
    normalised tokens are the actor's key compete.
    """
    forms: Counter[str] = Counter()
    starts: Counter[str] = Counter()  # forms that are the key's first words
    tails: Counter[str] = Counter()  # forms that end in the key's words, when none is the key itself
    for surface, count in surfaces.items():
        display = _display_form(surface, registry, person)
        written = "_".join(canonical_spelling(normalize(t.text)) for t in tokenize(display))  # as ids spell them
        if written != key and written[:1] in "وفبلك" and written[1:] == key:
            head = tokenize(display)[0]  # ومهدي المشاط → مهدي المشاط; لأي سي ميلان → أي سي ميلان
            display = display[head.start + strip_to(head.text, key.split("_")[0]) :]
            written = key
        if written == key:
            forms[display] += count
        elif display and written.endswith("_" + key):
            # «نادي النهضة» for the club «النهضة»: the name as written, without the head before it
            tail = tokenize(display)[-len(key.split("_"))]
            tails[display[tail.start :]] += count
        elif display and key.startswith(written + "_"):
            starts[display] += count
        elif display and written[:1] in "وفبل" and key.startswith(written[1:] + "_"):
            starts[display[1:]] += count  # «بوزارة الدفاع»: the clitic goes
    forms = forms or tails
    if forms:
        return max(forms, key=lambda f: (forms[f], len(f), f))
    if starts:
        # «وزارة الدفاع» for the Saudi ministry its outlet names (actors/outlets.py): the form as
        # written, then the key's other words, a nisba written with its ة («السعوديه» → «السعودية»)
        start = max(starts, key=lambda f: (starts[f], len(f), f))
        rest = key.split("_")[len(tokenize(start)) :]
        return " ".join([start, *(w[:-1] + "ة" if w.endswith("يه") else w for w in rest)])
    return key.replace("_", " ")


def _display_form(surface: str, registry: Registry, person: bool = False) -> str:
    """``surface`` minus leading titles, punctuation and a clitic glued to the article."""
    tokens = tokenize(surface)
    norms = [normalize(t.text) for t in tokens]
    first, name = clean_name(norms, [name_readings(t.text) for t in tokens], registry, person)
    if not name:
        return ""
    begin = strip_to(tokens[first].text, name[0])
    last = first + len(name) - 1
    shown = surface[tokens[first].start + begin : tokens[last].end]
    if norms[first].startswith("لل") and name[0] == "ال" + norms[first][1:]:
        shown = "ا" + shown  # «للجنة المنظمة» → «اللجنة المنظمة»: the article's alif, dropped after «لـ»
    return shown
