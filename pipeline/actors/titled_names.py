"""Person names after a title or profession: «المهندس جديع القحطاني», «المدرب الروماني بولوني».

The NER model misses names it has not seen, or cuts their first word off («الفنانة وجنات
رهبي» → «رهبي»). After a word of ``name_titles`` (``data/titled_names.yaml``), and at
most one nationality adjective (a definite word in -ي/-ية: الروماني), the next words are
read as a name:

* a first word that is not definite, not a particle, verb or common word
  (``not_names``, the ``verb_stop`` of ``name_words.yaml``), and not a word ending in
  tanwin alef (أيضا, حاليا);
* then words known to be in names, «بن/ابن» chains, and at most one closing definite
  family name (القحطاني), four words in all.

The linker (:func:`pipeline.actors.link`) keeps a one-word name only before the person NER
found («الفنانة وجنات رهبي»). Not after a nationality alone: on three 600-article slices that
added 34 one-word persons, about ten of them names («المدرب الروماني بولوني») and the rest
words («اللاعب الأرجنتيني بسبب», «المدرب السويسري على», «الدكتور السماحي بأن»).
Pure functions on normalised tokens; the lists are loaded on import.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import load_data_file, word_lists
from .names import COMMAS, QUOTES, WORDS, is_word

TITLED_NAMES_PATH = Path(__file__).resolve().parent.parent / "data" / "titled_names.yaml"
MAX_WORDS = 4


class TitledNamesError(ValueError):
    """``titled_names.yaml`` is missing or malformed; the message names the key."""


@dataclass(frozen=True)
class TitledWords:
    name_titles: frozenset[str]
    not_names: frozenset[str]
    not_continuations: frozenset[str]
    work_nouns: frozenset[str]
    spokesman_titles: frozenset[str]


def build_titled_words(data: object, source: str = "<titled names>") -> TitledWords:
    """Validate the parsed ``titled_names.yaml`` and normalise every word."""
    keys = ("name_titles", "not_names", "not_continuations", "work_nouns", "spokesman_titles")
    if not isinstance(data, dict) or set(data) != set(keys):
        raise TitledNamesError(f"{source}: expected exactly the keys {list(keys)}")
    lists = {key: frozenset(words) for key, words in word_lists(data, keys, source, TitledNamesError).items()}
    return TitledWords(
        lists["name_titles"], lists["not_names"], lists["not_continuations"], lists["work_nouns"], lists["spokesman_titles"]
    )


TITLED_WORDS = load_data_file(TITLED_NAMES_PATH, build_titled_words, TitledNamesError)


def titled_name_spans(
    norms: Sequence[str],
    readings: Sequence[tuple[str, ...]],
    person_tokens: frozenset[str] = frozenset(),
    not_name_words: frozenset[str] = frozenset(),
    words: TitledWords | None = None,
) -> list[tuple[int, int, bool]]:
    """(start, end, after a nationality) of the names that may follow a title (maybe one word only).

    ``person_tokens`` are words known to be in names (first names, the registry's
    people); ``not_name_words`` words that start no name (the registry's titles, role
    words and generic nouns). The caller decides what a one-word span is worth.

    >>> from pipeline.actors.names import name_readings, normalize_token
    >>> def names(text):
    ...     toks = text.split()
    ...     spans = titled_name_spans([normalize_token(t) for t in toks], [name_readings(t) for t in toks])
    ...     return [" ".join(toks[s:e]) for s, e, _ in spans]
    >>> names("برئاسة المهندس جديع القحطاني العديد من التقارير")
    ['جديع القحطاني']
    >>> names("وركز المدرب الروماني بولوني على الجوانب")
    ['بولوني']
    >>> names("وقال اللاعب نفسه إن"), names("وأكد الدكتور أن"), names("الحملة الإعلامية والتوعوية تهدف")
    ([], [], [])
    """
    words = words or TITLED_WORDS
    out = []
    for i in range(len(norms) - 1):
        if words.name_titles.isdisjoint(readings[i]):
            continue
        if i and norms[i - 1].startswith("ال") and norms[i - 1] not in words.name_titles:
            continue  # an adjective: «الحملة الإعلامية», «الخبير الفني»
        j = i + 1
        foreign = _nationality(norms[j]) and norms[j] not in words.not_names and j + 1 < len(norms)
        if foreign:
            j += 1
        end = _name_end(norms, readings, j, person_tokens, not_name_words, words)
        if end > j:
            out.append((j, end, foreign))
    return out


_OFFICIAL = frozenset({"الرسمي", "الرسميه"})


def spokesman_name_spans(
    norms: Sequence[str],
    readings: Sequence[tuple[str, ...]],
    person_tokens: frozenset[str] = frozenset(),
    not_name_words: frozenset[str] = frozenset(),
    words: TitledWords | None = None,
) -> list[tuple[int, int, bool]]:
    """(start, end, False) of the names of two or three words after a spokesman's title and body.

    >>> from pipeline.actors.names import name_readings, normalize_token
    >>> def names(text):
    ...     toks = text.split()
    ...     spans = spokesman_name_spans([normalize_token(t) for t in toks], [name_readings(t) for t in toks])
    ...     return [" ".join(toks[s:e]) for s, e, _ in spans]
    >>> names("وأوضح المتحدث الرسمي للمركز رأفت الصباغ أن الرحلة")
    ['رأفت الصباغ']
    >>> names("وأوضح المتحدث باسم المركز ، رأفت الصباغ ، أن الرحلة")
    ['رأفت الصباغ']
    >>> names("بعد إعلان المتحدث باسم المقاومة الشعبية في اليمن ، علي الأحمدي بسط الثوار سيطرتهم")
    ['علي الأحمدي']
    >>> names("وقال المتحدث الرسمي إن الرحلة"), names("وقال المتحدث باسم المركز إن الرحلة")
    ([], [])
    """
    words = words or TITLED_WORDS
    n = len(norms)
    out = []
    for i in range(n - 2):
        if words.spokesman_titles.isdisjoint(readings[i]):
            continue
        j = i + 1
        if norms[j] in _OFFICIAL:
            j += 1
        if j + 1 < n and norms[j] == "باسم" and norms[j + 1].startswith("ال"):
            j += 2
            # the body's adjectives and country: «المتحدث باسم المقاومة الشعبية في اليمن، علي الأحمدي» (actor dev part 10)
            while j < n and norms[j].startswith("ال") and norms[j].endswith(("ي", "يه")):
                j += 1
            if j + 1 < n and norms[j] == "في" and norms[j + 1].startswith("ال"):
                j += 2
        elif j < n and norms[j].startswith("لل") and is_word(norms[j]):
            j += 1
        else:
            continue
        if j < n and norms[j] in COMMAS:
            j += 1
        end = _name_end(norms, readings, j, person_tokens, not_name_words, words)
        if end == j + 1 and end < n and _family_name(norms[end], not_name_words, words):
            end += 1  # «رأفت الصباغ»: a closing family name of any ending
        if end - j >= 2:
            out.append((j, end, False))
    return out


def _family_name(norm: str, not_name_words: frozenset[str], words: TitledWords) -> bool:
    return (
        norm.startswith("ال")
        and len(norm) > 3
        and is_word(norm)
        and norm not in words.not_names
        and norm not in WORDS.verb_stop
        and norm not in not_name_words
        and norm not in words.spokesman_titles
    )


def _nationality(norm: str) -> bool:
    return norm.startswith("ال") and (norm.endswith("ي") or norm.endswith("يه"))


def _name_end(norms, readings, j: int, person_tokens, not_name_words, words: TitledWords) -> int:
    """End of the name starting at ``j`` (``j`` itself when none starts there).

    Past-tense verbs carry no mark («يوسف شاهين جاء به»), so after the first word only
    words known to be in names, «بن» chains and one closing family name (القحطاني) go on.
    """
    norm = norms[j] if j < len(norms) else ""
    first = (
        is_word(norm)
        and len(norm) >= 2
        and norm not in QUOTES
        and not any(r.startswith("ال") for r in readings[j])  # «والتوعوية»: a definite word
        and norm not in words.not_names
        and norm not in WORDS.verb_stop
        and norm not in not_name_words
        and not norm.endswith("ا")  # أيضا, حاليا: adverbs
        and (not norm.startswith("ي") or norm in person_tokens)  # «يعود»: a verb; «يوسف»: a name
    )
    if not first:
        return j
    k = j + 1
    while k < len(norms) and k - j < MAX_WORDS:
        norm = norms[k]
        if norm in WORDS.patronymic and k + 1 < len(norms) and is_word(norms[k + 1]):
            k += 2
        elif norm in person_tokens and norm not in not_name_words and norm not in words.not_continuations:
            k += 1
        elif norm.startswith("ال") and norm.endswith("ي") and norm not in words.not_names:
            k += 1  # a closing family name: «جديع القحطاني»
            break
        else:
            break
    return k


def in_work_title(norms: Sequence[str], readings: Sequence[tuple[str, ...]], start: int, end: int,
                  words: TitledWords | None = None) -> bool:
    """True when tokens ``start:end`` lie inside quotes opened right after a work noun.

    >>> from pipeline.actors.names import name_readings, normalize_token
    >>> toks = ["بدأت", "مع", "مسلسل", '"', "أولاد", "بو", "جاسم", '"', "الشهير"]
    >>> in_work_title([normalize_token(t) for t in toks], [name_readings(t) for t in toks], 5, 7)
    True
    """
    words = words or TITLED_WORDS
    i = start - 1
    while i >= 0 and norms[i] not in QUOTES:
        i -= 1
    closing = next((k for k in range(end, len(norms)) if norms[k] in QUOTES), None)
    return i > 0 and closing is not None and not words.work_nouns.isdisjoint(readings[i - 1])
