"""AQMAR (4-class version): read and map PER/LOC/ORG/MIS to ANERcorp's types.

``train.txt``, ``dev.txt`` and ``test.txt`` hold one ``token tag`` per line
(space separated) and a blank line between sentences. Clitics are attached
already; a few tokens carry a right-to-left mark, which is stripped. All three
files are used: AQMAR's own split plays no part in scoring on ANERcorp.

Two differences from ANERcorp are undone (``data/aqmar_classes.yaml``):
peoples and sects tagged PER become O, and MIS, much broader than MISC, is
kept only where it matches ANERcorp's MISC; a sentence with any other MIS
entity is dropped.
"""
from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from ..arabic import normalize, strip_clitics
from .clitics import Tagged, strip_marks
from .mapping import DATA, Decide, load_table, map_sentences

FILES = ("train.txt", "dev.txt", "test.txt")
CLASSES_FILE = DATA / "aqmar_classes.yaml"


def read_aqmar(path: Path) -> list[Tagged]:
    """Sentences of (token, BIO tag) with marks stripped; empty tokens dropped."""
    sentences: list[Tagged] = []
    current: Tagged = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        token, _, tag = line.strip().rpartition(" ")
        token = strip_marks(token).strip()
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        if token:
            current.append((token, tag))
    if current:
        sentences.append(current)
    return sentences


def _readings(token: str) -> list[str]:
    return strip_clitics(normalize(strip_marks(token)))


def is_group(token: str, groups: Collection[str]) -> bool:
    """True when a one-word PER entity names a people or sect, not a person.

    ``groups`` holds normalised words; a plural with the article also counts
    (ال…يين, ال…يون, or ال…ين/ال…ون of eight letters or more).

    >>> is_group("والصليبيين", set()), is_group("المسلمون", set()), is_group("العرب", {"العرب"})
    (True, True, True)
    >>> is_group("الحسين", set()), is_group("المأمون", set()), is_group("رونالدو", set())
    (False, False, False)
    """
    for reading in _readings(token):
        if reading in groups:
            return True
        if reading.startswith("ال") and (reading.endswith(("يين", "يون")) or (len(reading) >= 8 and reading.endswith(("ين", "ون")))):
            return True
    return False


def aqmar_decider(table: dict, misc_forms: Collection[tuple[str, ...]] = ()) -> Decide:
    """``decide`` for AQMAR: the class table plus the group and MIS rules.

    Parameters
    ----------
    table : dict
        Parsed ``aqmar_classes.yaml``.
    misc_forms : collection of tuple of str
        Normalised token sequences that ANERcorp's training part tags MISC;
        a MIS entity with one of these forms is kept as MISC.
    """
    classes = table["classes"]
    groups = {normalize(w) for w in table["groups"]}
    heads = {normalize(w) for w in table["mis_as_misc"]}
    misc_forms = set(misc_forms)

    def decide(fine: str, tokens: list[str]) -> str:
        kind = classes[fine]
        if fine == "PER" and len(tokens) == 1 and is_group(tokens[0], groups):
            return "O"
        if fine == "MIS":
            if heads & set(_readings(tokens[0])) or tuple(normalize(t) for t in tokens) in misc_forms:
                return "MISC"
        return kind

    return decide


def load_aqmar(folder: Path, misc_forms: Collection[tuple[str, ...]] = (), classes_file: Path = CLASSES_FILE) -> tuple[list[Tagged], int]:
    """AQMAR mapped to PER/LOC/ORG/MISC.

    Parameters
    ----------
    folder : Path
        ``shared/data/aqmar``.
    misc_forms : collection of tuple of str
        ANERcorp's MISC forms (see :func:`aqmar_decider`).
    classes_file : Path
        The reviewed class table.

    Returns
    -------
    sentences : list of list of (token, tag)
    dropped : int
        Sentences left out for an entity mapped to ``drop``.
    """
    decide = aqmar_decider(load_table(classes_file), misc_forms)
    return map_sentences((sentence for name in FILES for sentence in read_aqmar(folder / name)), decide)

