"""Sports clubs whose names are common words: «الهلال», «النصر», «التعاون».

The NER model rarely tags them, and the registry cannot list them: «الهلال» is the
crescent and «التعاون» cooperation outside sport. A club name (``data/clubs.yaml``) is
read as the club in an article about sport (:func:`is_sport_article`), or right after
«نادي» / «فريق» in any article. Pure functions on normalised tokens.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..arabic import normalize  # noqa: F401  (the doctests read it)
from ..datafiles import load_data_file, word_lists
from .names import drop_clitic_before_article
from .nationalities import nationality_of

CLUBS_PATH = Path(__file__).resolve().parent.parent / "data" / "clubs.yaml"


class ClubsError(ValueError):
    """``clubs.yaml`` is missing or malformed; the message names the key."""


@dataclass(frozen=True)
class ClubWords:
    """The normalised lists of ``clubs.yaml`` (see its comments)."""

    min_cues: int
    min_distinct_cues: int
    sport_cues: frozenset[str]
    not_after: frozenset[str]
    federations: frozenset[str]
    club_heads: frozenset[str]
    club_suffixes: frozenset[str]
    clubs: frozenset[tuple[str, ...]]
    by_first: dict[str, tuple[tuple[str, ...], ...]]  # first word → the club names it starts


def build_club_words(data: object, source: str = "<clubs>") -> ClubWords:
    """Validate the parsed ``clubs.yaml`` and normalise every word."""
    keys = ("min_cues", "min_distinct_cues", "sport_cues", "not_after", "federations", "club_heads", "club_suffixes", "clubs")
    if not isinstance(data, dict) or set(data) != set(keys):
        raise ClubsError(f"{source}: expected exactly the keys {list(keys)}")
    for key in keys[:2]:
        if not isinstance(data[key], int) or data[key] < 1:
            raise ClubsError(f"{source}: `{key}` must be a positive integer")
    lists = word_lists(data, keys[2:], source, ClubsError)
    clubs = frozenset(tuple(w.split()) for w in lists["clubs"])
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for club in sorted(clubs, key=len, reverse=True):  # longest first: «مانشستر سيتي» before a shorter one
        by_first.setdefault(club[0], []).append(club)
    return ClubWords(
        min_cues=data["min_cues"],
        min_distinct_cues=data["min_distinct_cues"],
        sport_cues=frozenset(lists["sport_cues"]),
        not_after=frozenset(lists["not_after"]),
        federations=frozenset(lists["federations"]),
        club_heads=frozenset(lists["club_heads"]),
        club_suffixes=frozenset(lists["club_suffixes"]),
        clubs=clubs,
        by_first={w: tuple(cs) for w, cs in by_first.items()},
    )


CLUB_WORDS = load_data_file(CLUBS_PATH, build_club_words, ClubsError)


def is_sport_article(norms: Iterable[str], words: ClubWords | None = None) -> bool:
    """True when ``min_cues`` tokens of the article, of ``min_distinct_cues`` words, are sport words.

    >>> is_sport_article(normalize(w) for w in "ركز المدرب على اللاعبين قبل المباراة مع اللاعب".split())
    True
    >>> is_sport_article(normalize(w) for w in "أعلنت الوزارة التعاون مع الفريق في الموسم".split())
    False
    """
    words = words or CLUB_WORDS
    seen: dict[str, int] = {}
    for norm in norms:
        if norm in words.sport_cues:
            seen[norm] = seen.get(norm, 0) + 1
    return sum(seen.values()) >= words.min_cues and len(seen) >= words.min_distinct_cues


def _bare_forms(norm: str) -> set[str]:
    """``norm`` and what it is with و/ف/ل taken off (not ب, ك): «وللهلال» → «الهلال»."""
    forms = {norm}
    rest = norm
    for _ in range(2):
        if rest[:1] in ("و", "ف") and len(rest) > 3:
            rest = rest[1:]
            forms.add(rest)
    if rest.startswith("لل") and len(rest) > 4:
        forms.add("ا" + rest[1:])  # «للهلال»: ل + الهلال loses the article's alef
    elif rest.startswith("ل") and len(rest) >= 3:
        forms.add(rest[1:])  # «لأي سي ميلان»: a two-letter first word too (no club is one word of two letters)
    return forms


# Every token of a scanned sentence asks for its bare forms: make each distinct one once.
_token_bare_forms = functools.lru_cache(maxsize=1 << 17)(lambda norm: tuple(_bare_forms(norm)))


def _club_at(norms: Sequence[str], i: int, words: ClubWords) -> int:
    """End of the longest club name starting at token ``i``, or 0."""
    found = 0
    for first in _token_bare_forms(norms[i]):
        for club in words.by_first.get(first, ()):
            end = i + len(club)
            if end <= len(norms) and tuple(norms[i + 1 : end]) == club[1:]:
                found = max(found, end)
    return found


def club_spans(norms: Sequence[str], sport: bool, words: ClubWords | None = None) -> list[tuple[int, int]]:
    """Token spans of club names: anywhere in a sport article, with «نادي»/«فريق» in any.

    A headed name's span takes the head and a suffix (``club_suffixes``) along.

    >>> def spans(text, sport):
    ...     return club_spans([normalize(w) for w in text.split()], sport)
    >>> spans("تعادل الهلال مع النصر", sport=True)
    [(1, 2), (3, 4)]
    >>> spans("ظهر الهلال في السماء", sport=False)
    []
    >>> spans("زار أعضاء نادي الوحدة الرياضي أمس", sport=False)
    [(2, 5)]
    >>> spans("فاز منتخب الشباب", sport=True)
    []
    >>> spans("يشجعه على اللعب للاتحاد", sport=True), spans("بالتعاون مع الوزارة", sport=True)
    ([(3, 4)], [])
    >>> spans("وأعلن رئيس الاتحاد الليبيري ترشحه", sport=True)
    []
    >>> spans("المتحدث الرسمي للنادي الأهلي", sport=False)
    [(2, 4)]
    """
    words = words or CLUB_WORDS
    out = []
    i = 0
    while i < len(norms):
        end = _club_at(norms, i, words)
        before = norms[i - 1] if i else ""
        if end and _without_glued_preposition(before) in words.club_heads:
            end += end < len(norms) and norms[end] in words.club_suffixes
            out.append((i - 1, end))
            i = end
        elif end and sport and before not in words.not_after and not _national_federation(norms, i, end, words):
            out.append((i, end))
            i = end
        else:
            i += 1
    return out


def _without_glued_preposition(norm: str) -> str:
    """«للنادي» → «النادي», «وبالنادي» → «النادي» («المتحدث الرسمي للنادي الأهلي», 2015-07-31):
    :func:`.names.drop_clitic_before_article`, after a conjunction before the preposition.

    >>> _without_glued_preposition("للنادي"), _without_glued_preposition("وبالنادي"), _without_glued_preposition("نادي")
    ('النادي', 'النادي', 'نادي')
    """
    return drop_clitic_before_article(norm[1:] if norm[:2] in ("وب", "ول", "فب", "فل") else norm)


def _national_federation(norms: Sequence[str], i: int, end: int, words: ClubWords) -> bool:
    """«رئيس الاتحاد الليبيري»: a club name of ``federations`` followed by a nationality."""
    return end - i == 1 and norms[i] in words.federations and end < len(norms) and nationality_of(norms[end]) is not None


def club_name(name: Sequence[str], words: ClubWords | None = None) -> tuple[str, ...] | None:
    """The club a cleaned ORG name stands for, without its head and suffix, or None.

    «نادي الخليج الرياضي» and «الخليج» are one node.

    >>> club_name(["نادي", "الخليج", "الرياضي"]), club_name(["لشالكه"]), club_name(["وزاره", "الصحه"])
    (('الخليج',), ('شالكه',), None)
    """
    words = words or CLUB_WORDS
    tokens = list(name)
    if tokens and tokens[0] in words.club_heads:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1] in words.club_suffixes:
        tokens = tokens[:-1]
    if not tokens or _club_at(tokens, 0, words) != len(tokens):
        return None
    first = next(f for f in _bare_forms(tokens[0]) if f in words.by_first and (f, *tokens[1:]) in words.clubs)
    return (first, *tokens[1:])  # «لشالكة» is «شالكة»
