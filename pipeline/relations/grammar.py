"""The function words relation rules read sentences by (``data/grammar.yaml``).

Loaded and validated once, at import: every list is a frozenset of normalised
tokens, named as in the YAML.

>>> "الي" in GRAMMAR.prepositions, "الذي" in GRAMMAR.relatives
(True, True)
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from ..datafiles import load_data_file
from .lexicon import normalize_token

__all__ = ["DEFAULT_GRAMMAR_PATH", "GRAMMAR", "Grammar", "GrammarError", "load_grammar"]

DEFAULT_GRAMMAR_PATH = Path(__file__).resolve().parent.parent / "data" / "grammar.yaml"


class GrammarError(ValueError):
    """The function-word file is missing or malformed; the message names the key."""


@dataclass(frozen=True)
class Grammar:
    complementizers: frozenset[str]
    pronoun_complementizers: frozenset[str]
    prepositions: frozenset[str]
    venue_prepositions: frozenset[str]
    not_clitic: frozenset[str]
    fillers: frozenset[str]
    between_pronouns: frozenset[str]
    relatives: frozenset[str]
    be: frozenset[str]
    back_pointers: frozenset[str]
    trail: frozenset[str]
    before_nouns: frozenset[str]
    modality_clause_words: frozenset[str]
    asides: frozenset[tuple[str, ...]]  # phrases, each as its normalised words
    time_words: frozenset[str]
    force_heads: frozenset[str]
    allegiance: frozenset[str]
    agency_nouns: frozenset[str]
    praised_deeds: frozenset[str]
    charge_titles: frozenset[tuple[str, ...]]  # phrases, each as its normalised words
    arrivals: frozenset[tuple[str, ...]]  # phrases, each as its normalised words
    venue_heads: frozenset[str]
    function_words: frozenset[str]
    leaders: frozenset[str]
    oblique_pronouns: frozenset[str]
    club_ranks: frozenset[str]
    possession: frozenset[str]
    event_nouns: frozenset[str]
    abstract_subjects: frozenset[str]
    during: frozenset[str]
    contrasts: frozenset[str]
    place_events: frozenset[str]
    answers: frozenset[str]
    invitations: frozenset[str]
    existentials: frozenset[str]
    partitives: frozenset[str]
    own_with_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    speech_sources: frozenset[tuple[str, ...]]  # phrases, each as its normalised words
    quoted_sayings: frozenset[str]
    managing_verbs: frozenset[str]
    managing_links: frozenset[str]
    on_behalf_of: frozenset[str]
    time_clause_heads: frozenset[str]
    country_pairs: frozenset[str]
    counts: frozenset[str]
    delegations: frozenset[str]
    members: frozenset[str]
    fighters: frozenset[str]
    emphasis: frozenset[str]
    caption_participles: frozenset[str]
    saying_verbs: frozenset[str]
    fighter_groups: frozenset[str]
    companions: frozenset[str]
    platforms: frozenset[tuple[str, ...]]  # names, each as its normalised words
    media_prepositions: frozenset[str]
    carrying_verbs: frozenset[str]
    handing_verbs: frozenset[str]
    owing_verbs: frozenset[str]
    war_nouns: frozenset[str]
    allied: frozenset[str]
    embassies: frozenset[str]
    enjoying_verbs: frozenset[str]
    likeness: frozenset[str]
    masculine_places: frozenset[str]
    member_titles: frozenset[str]
    knowledge_nouns: frozenset[str]
    champion_words: frozenset[str]
    answer_nouns: frozenset[str]
    one_of_nouns: frozenset[str]
    press_heads: frozenset[str]
    canals: frozenset[str]
    part_heads: frozenset[str]
    additions: frozenset[str]
    bare_outlets: frozenset[str]
    when_words: frozenset[str]
    area_heads: frozenset[str]
    border_nouns: frozenset[str]
    player_titles: frozenset[str]
    firm_manners: frozenset[str]
    event_names: frozenset[str]
    buildings: frozenset[str]
    killing_verbs: frozenset[str]
    killed_in: frozenset[str]
    dual_heads: frozenset[str]
    owned_targets: frozenset[str]
    suffer_verbs: frozenset[str]
    outlet_heads: frozenset[str]
    period_nouns: frozenset[str]
    time_phrase_heads: frozenset[str]
    time_nouns: frozenset[str]
    each: frozenset[str]
    contract_verbs: frozenset[str]
    contract_nouns: frozenset[str]
    private_persons: frozenset[str]
    case_nouns: frozenset[str]
    transfer_nouns: frozenset[str]
    team_colours: frozenset[str]
    act_nouns: frozenset[str]
    passive_injuries: frozenset[str]
    coinciding: frozenset[str]
    news_words: frozenset[str]
    singular_relatives: frozenset[str]
    demonstratives: frozenset[str]
    relation_nouns: frozenset[str]
    ties: frozenset[str]
    conveying_verbs: frozenset[str]
    conveyed_greetings: frozenset[str]
    result_verbs: frozenset[str]
    casualty_nouns: frozenset[str]
    consent_verbs: frozenset[str]
    offer_nouns: frozenset[str]
    offer_links: frozenset[str]
    permissions: frozenset[str]
    report_nouns: frozenset[str]
    given_by: frozenset[str]
    signing_verbs: frozenset[str]
    draw_groups: frozenset[str]
    request_verbs: frozenset[str]
    not_a_country_after: frozenset[str]
    in_the_name_of: frozenset[str]
    presence: frozenset[str]
    acting: frozenset[str]
    department_heads: frozenset[str]
    precedence_verbs: frozenset[str]
    appreciation_verbs: frozenset[str]
    teams: frozenset[str]
    match_verbs: frozenset[str]
    topics: frozenset[str]
    anaphors: frozenset[str]
    making_nouns: frozenset[str]
    past_be: frozenset[str]
    directives: frozenset[str]
    hands: frozenset[str]
    comment_nouns: frozenset[str]
    match_nouns: frozenset[str]
    passive_auxiliaries: frozenset[str]
    list_joiners: frozenset[str]
    clause_continuations: frozenset[str]
    signed_memoranda: frozenset[str]
    signed_things: frozenset[str]
    office_places: frozenset[str]
    palaces: frozenset[str]
    honorific_pronouns: frozenset[str]
    post_prepositions: frozenset[str]
    weapons: frozenset[str]
    aircraft: frozenset[str]
    aftermath: frozenset[str]
    launching_verbs: frozenset[str]


def load_grammar(path: Path | str | None = None) -> Grammar:
    """Load and validate ``data/grammar.yaml``."""
    return load_data_file(Path(path) if path is not None else DEFAULT_GRAMMAR_PATH, build_grammar, GrammarError)


def build_grammar(data: dict, source: str = "<grammar>") -> Grammar:
    """Validate parsed data: every key of :class:`Grammar`, each a list of words.

    >>> build_grammar({"relatives": ["الذي"]})
    Traceback (most recent call last):
    ...
    pipeline.relations.grammar.GrammarError: <grammar>: missing key(s) ['abstract_subjects', 'act_nouns', 'acting', 'additions', 'aftermath', 'agency_nouns', 'aircraft', 'allegiance', 'allied', 'anaphors', 'answer_nouns', 'answers', 'appreciation_verbs', 'area_heads', 'arrivals', 'asides', 'back_pointers', 'bare_outlets', 'be', 'before_nouns', 'between_pronouns', 'border_nouns', 'buildings', 'canals', 'caption_participles', 'carrying_verbs', 'case_nouns', 'casualty_nouns', 'champion_words', 'charge_titles', 'clause_continuations', 'club_ranks', 'coinciding', 'comment_nouns', 'companions', 'complementizers', 'consent_verbs', 'contract_nouns', 'contract_verbs', 'contrasts', 'conveyed_greetings', 'conveying_verbs', 'country_pairs', 'counts', 'delegations', 'demonstratives', 'department_heads', 'directives', 'draw_groups', 'dual_heads', 'during', 'each', 'embassies', 'emphasis', 'enjoying_verbs', 'event_names', 'event_nouns', 'existentials', 'fighter_groups', 'fighters', 'fillers', 'firm_manners', 'force_heads', 'function_words', 'given_by', 'handing_verbs', 'hands', 'honorific_pronouns', 'in_the_name_of', 'invitations', 'killed_in', 'killing_verbs', 'knowledge_nouns', 'launching_verbs', 'leaders', 'likeness', 'list_joiners', 'making_nouns', 'managing_links', 'managing_verbs', 'masculine_places', 'match_nouns', 'match_verbs', 'media_prepositions', 'member_titles', 'members', 'modality_clause_words', 'news_words', 'not_a_country_after', 'not_clitic', 'oblique_pronouns', 'offer_links', 'offer_nouns', 'office_places', 'on_behalf_of', 'one_of_nouns', 'outlet_heads', 'owing_verbs', 'own_with_nouns', 'owned_targets', 'palaces', 'part_heads', 'partitives', 'passive_auxiliaries', 'passive_injuries', 'past_be', 'period_nouns', 'permissions', 'place_events', 'platforms', 'player_titles', 'possession', 'post_prepositions', 'praised_deeds', 'precedence_verbs', 'prepositions', 'presence', 'press_heads', 'private_persons', 'pronoun_complementizers', 'quoted_sayings', 'relation_nouns', 'report_nouns', 'request_verbs', 'result_verbs', 'saying_verbs', 'signed_memoranda', 'signed_things', 'signing_verbs', 'singular_relatives', 'speech_nouns', 'speech_sources', 'suffer_verbs', 'team_colours', 'teams', 'ties', 'time_clause_heads', 'time_nouns', 'time_phrase_heads', 'time_words', 'topics', 'trail', 'transfer_nouns', 'venue_heads', 'venue_prepositions', 'war_nouns', 'weapons', 'when_words']
    """
    names = [f.name for f in fields(Grammar)]
    if not isinstance(data, dict):
        raise GrammarError(f"{source}: expected a mapping of word lists")
    missing = sorted(set(names) - set(data))
    if missing:
        raise GrammarError(f"{source}: missing key(s) {missing}")
    unknown = sorted(set(data) - set(names))
    if unknown:
        raise GrammarError(f"{source}: unknown key(s) {unknown}; use {', '.join(names)}")
    lists = {}
    for name in names:
        words = data[name]
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise GrammarError(f"{source}: {name} must be a list of words")
        if name in ("asides", "speech_sources", "platforms", "charge_titles", "arrivals"):
            lists[name] = frozenset(tuple(normalize_token(w) for w in phrase.split()) for phrase in words)
            continue
        lists[name] = frozenset(normalize_token(w) for w in words)
    return Grammar(**lists)


GRAMMAR = load_grammar()
