"""Map another corpus's entity classes onto ANERcorp's PER/LOC/ORG/MISC.

The tables are data (``data/*_classes.yaml``, ``data/entity_heads.yaml``).
Each class maps to a type, to ``O`` (the words stay, untagged, as ANERcorp
tags them) or to ``drop`` (the sentence is left out of the mix, because
ANERcorp's practice for that class is unclear and teaching it either way
would be a guess).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..arabic import normalize
from ..datafiles import load_data_file
from .clitics import ExtraDataError, Tagged
from .evaluate import spans

DATA = Path(__file__).parent / "data"
TYPES = ("PER", "LOC", "ORG", "MISC")
DROP = "drop"

# decide(fine class, entity tokens) -> a type, "O" or "drop"
Decide = Callable[[str, list[str]], str]


@dataclass(frozen=True)
class Heads:
    """Leading words ANERcorp leaves outside an entity (normalised).

    Attributes
    ----------
    same : frozenset
        The word becomes O, the rest keeps its type.
    retype : dict
        The word becomes O, the rest takes the given type.
    """

    same: frozenset[str]
    retype: dict[str, str]


def _classes(data: dict, source: str) -> dict:
    try:
        classes = dict(data["classes"])
    except (KeyError, TypeError) as exc:
        raise ExtraDataError(f"{source}: expected a 'classes' mapping") from exc
    bad = {k: v for k, v in classes.items() if v not in (*TYPES, "O", DROP)}
    if bad:
        raise ExtraDataError(f"{source}: classes must map to one of {TYPES}, O or drop, not {bad}")
    return data


def load_table(path: Path) -> dict:
    """A class table: ``classes`` (fine class → type, O or drop) plus any extra lists."""
    return load_data_file(path, _classes, ExtraDataError)


def _heads(data: dict, source: str) -> Heads:
    try:
        return Heads(frozenset(normalize(w) for w in data["same"]), {normalize(w): t for w, t in data["retype"].items()})
    except (KeyError, TypeError, AttributeError) as exc:
        raise ExtraDataError(f"{source}: expected 'same' (a list) and 'retype' (word: type)") from exc


def load_heads(path: Path = DATA / "entity_heads.yaml") -> Heads:
    """The head words of ``path``, normalised."""
    return load_data_file(path, _heads, ExtraDataError)


def map_entities(sentence: Tagged, decide: Decide) -> Tagged | None:
    """Retag each entity with ``decide(fine class, tokens)``; None when one says drop.

    >>> table = {"Politician": "PER", "Group": "O", "Celestial": "drop"}
    >>> decide = lambda fine, tokens: table[fine]
    >>> map_entities([("السادات", "B-Politician"), ("و", "O"), ("العرب", "B-Group")], decide)
    [('السادات', 'B-PER'), ('و', 'O'), ('العرب', 'O')]
    >>> map_entities([("الزهرة", "B-Celestial")], decide) is None
    True
    """
    tags = ["O"] * len(sentence)
    for start, end, fine in sorted(spans([t for _, t in sentence])):
        kind = decide(fine, [w for w, _ in sentence[start:end]])
        if kind == DROP:
            return None
        if kind != "O":
            tags[start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 1)
    return [(w, t) for (w, _), t in zip(sentence, tags, strict=True)]


def map_sentences(sentences: Iterable[Tagged], decide: Decide) -> tuple[list[Tagged], int]:
    """Map every sentence's entities with ``decide`` and move head words out.

    Returns the mapped sentences and how many were left out for an entity
    mapped to ``drop``.
    """
    kept, dropped = [], 0
    for sentence in sentences:
        mapped = map_entities(sentence, decide)
        if mapped is None:
            dropped += 1
        else:
            kept.append(strip_heads(mapped))
    return kept, dropped


def table_decider(classes: dict[str, str], source: str) -> Decide:
    """``decide`` for a plain class table; an unknown class is an error, not a guess."""

    def decide(fine: str, tokens: list[str]) -> str:
        try:
            return classes[fine]
        except KeyError:
            raise ExtraDataError(f"{source}: class {fine!r} is not in the mapping table") from None

    return decide


def strip_heads(sentence: Tagged, heads: Heads | None = None) -> Tagged:
    """Move a leading title or generic head word out of each multi-word entity.

    >>> strip_heads([("الرئيس", "B-PER"), ("السادات", "I-PER")])
    [('الرئيس', 'O'), ('السادات', 'B-PER')]
    >>> strip_heads([("منتخب", "B-ORG"), ("البرازيل", "I-ORG")])
    [('منتخب', 'O'), ('البرازيل', 'B-LOC')]
    """
    heads = heads or load_heads()
    tags = [t for _, t in sentence]
    for start, end, kind in sorted(spans(tags)):
        if end - start < 2:
            continue
        word = normalize(sentence[start][0])
        if word in heads.same:
            new = kind
        elif word in heads.retype:
            new = heads.retype[word]
        else:
            continue
        tags[start:end] = ["O", f"B-{new}"] + [f"I-{new}"] * (end - start - 2)
    return [(w, t) for (w, _), t in zip(sentence, tags, strict=True)]
