"""Training mixes: ANERcorp's training part plus mapped extra corpora.

Only ANERcorp's *training* part ever enters a mix; its development part
(model selection) and test sixth never do. As a second guard, an extra
sentence whose words equal a development or test sentence is left out, so no
copy of those sentences can come in through another corpus either.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..arabic import normalize
from .aqmar import load_aqmar
from .clitics import Tagged
from .evaluate import spans
from .ner_data import Split
from .projection import Lexicon, project
from .wikifane import load_wikifane

SOURCES = ("wikifane", "aqmar")
FILTERS = ("all", "per-only")


@dataclass
class SourceReport:
    """What one extra corpus contributed to a mix."""

    name: str
    read: int = 0  # sentences after reading and re-joining
    dropped_class: int = 0  # held a class mapped to drop
    dropped_overlap: int = 0  # equal to an ANERcorp dev or test sentence
    dropped_filter: int = 0  # removed by the filter (per-only)
    sentences: int = 0
    tokens: int = 0
    entities: dict[str, int] = field(default_factory=dict)


def count(sentences: list[Tagged]) -> dict:
    """Sentences, tokens and entities per type of ``sentences``."""
    types: Counter[str] = Counter()
    for sentence in sentences:
        types.update(kind for _, _, kind in spans([t for _, t in sentence]))
    return {"sentences": len(sentences), "tokens": sum(len(s) for s in sentences), "entities": dict(sorted(types.items()))}


def load_source(name: str, data: Path, lexicon: Lexicon) -> tuple[list[Tagged], int]:
    """One extra corpus, mapped and projected with ANERcorp's training lexicon.

    Returns the sentences and how many were dropped for a ``drop`` class.
    """
    if name == "wikifane":
        sentences, dropped = load_wikifane(data / "wikifane")
    elif name == "aqmar":
        sentences, dropped = load_aqmar(data / "aqmar", lexicon.misc)
    else:
        raise ValueError(f"unknown extra corpus {name!r}; choose from {', '.join(SOURCES)}")
    return [project(s, lexicon) for s in sentences], dropped


def keep(sentence: Tagged, how: str) -> bool:
    """Whether ``sentence`` passes the filter ``how`` (``all`` or ``per-only``).

    >>> keep([("بوش", "B-PER")], "per-only"), keep([("بغداد", "B-LOC")], "per-only")
    (True, False)
    """
    if how == "all":
        return True
    if how == "per-only":
        return any(t == "B-PER" for _, t in sentence)
    raise ValueError(f"unknown filter {how!r}; choose from {', '.join(FILTERS)}")


def _key(sentence: Tagged) -> tuple[str, ...]:
    return tuple(normalize(w) or w for w, _ in sentence)


def build_mix(split: Split, data: Path, extras: Sequence[str], how: str = "all") -> tuple[list[Tagged], list[SourceReport]]:
    """ANERcorp's training part followed by the chosen extra corpora.

    Parameters
    ----------
    split : Split
        ANERcorp's split; only ``split.train`` enters the mix.
    data : Path
        Folder holding ``wikifane/`` and ``aqmar/``.
    extras : sequence of str
        Names from :data:`SOURCES`, in the order they are appended.
    how : str
        ``all`` or ``per-only`` (only sentences with a PER entity).

    Returns
    -------
    mix : list of list of (token, tag)
    reports : list of SourceReport
    """
    if how not in FILTERS:  # fail before any reading
        raise ValueError(f"unknown filter {how!r}; choose from {', '.join(FILTERS)}")
    lexicon = Lexicon.from_training(split.train)
    held_out = {_key(s) for part in (split.dev, split.test, split.test_by_words) for s in part}
    mix = list(split.train)
    reports = []
    for name in extras:
        sentences, dropped = load_source(name, data, lexicon)
        report = SourceReport(name, read=len(sentences) + dropped, dropped_class=dropped)
        chosen = []
        for sentence in sentences:
            if _key(sentence) in held_out:
                report.dropped_overlap += 1
            elif not keep(sentence, how):
                report.dropped_filter += 1
            else:
                chosen.append(sentence)
        counts = count(chosen)
        report.sentences, report.tokens, report.entities = counts["sentences"], counts["tokens"], counts["entities"]
        reports.append(report)
        mix += chosen
    return mix, reports


def mix_name(extras: Sequence[str], how: str) -> str:
    """A file-name tag for a mix.

    >>> mix_name(["wikifane", "aqmar"], "per-only")
    'wikifane+aqmar.per-only'
    """
    return "+".join(extras) + "." + how
