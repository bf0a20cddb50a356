"""WikiFANE Gold: read, re-join clitics, map the 50 fine classes to ANERcorp's.

The file (``WikiFANE_Gold_2014_500K.txt``, UTF-8 with a BOM, CRLF lines) has
one ``token<TAB>tag`` per line and a line holding only a tab between
sentences; tags are BIO over fine classes (``B-Population-Center``). Most
tokens start with a left-to-right mark and clitics are separate tokens.
NewsFANE, its sister corpus, re-annotates ANERcorp test sixth included, and
is never read here.
"""
from __future__ import annotations

from pathlib import Path

from .clitics import Tagged, rejoin_clitics, strip_marks
from .mapping import DATA, load_table, map_sentences, table_decider

FILE = "WikiFANE_Gold_2014_500K.txt"
CLASSES_FILE = DATA / "wikifane_classes.yaml"


def read_wikifane(path: Path) -> list[Tagged]:
    """Sentences of (token, fine BIO tag), marks stripped and clitics re-joined.

    Parameters
    ----------
    path : Path
        ``WikiFANE_Gold_2014_500K.txt`` or a file in its format.

    Returns
    -------
    list of list of (token, tag)
        Tokens left empty by stripping marks are dropped.
    """
    sentences: list[Tagged] = []
    current: Tagged = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        token, _, tag = line.partition("\t")
        token, tag = strip_marks(token).strip(), tag.strip()
        if not token:
            if not tag and current:  # the sentence separator: a line holding a tab
                sentences.append(rejoin_clitics(current))
                current = []
            continue
        current.append((token, tag or "O"))
    if current:
        sentences.append(rejoin_clitics(current))
    return sentences


def load_wikifane(folder: Path, classes_file: Path = CLASSES_FILE) -> tuple[list[Tagged], int]:
    """WikiFANE mapped to PER/LOC/ORG/MISC.

    Parameters
    ----------
    folder : Path
        ``shared/data/wikifane``.
    classes_file : Path
        The reviewed class table.

    Returns
    -------
    sentences : list of list of (token, tag)
        Mapped sentences, head words moved out of entities.
    dropped : int
        Sentences left out because they hold a class mapped to ``drop``.
    """
    decide = table_decider(load_table(classes_file)["classes"], str(classes_file))
    return map_sentences(read_wikifane(folder / FILE), decide)
