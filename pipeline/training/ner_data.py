"""ANERcorp: read, split as its README says, write Stanza NER JSON.

The README in ``shared/data/anercorp`` fixes the split: sentences end at
``.``/``?``/``!`` tokens, in file order; the first 5/6 are for training (a tail
of that part is the development set) and the last 1/6 is the test set.
The issue tracker words it as "sentences holding the first 5/6 of the words";
the two boundaries differ by a few sentences, so training stops before the
earlier of the two and the test set of either reading is never trained on.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..arabic import normalize

TAG_MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
DEV_FRACTION = 0.1  # of the training part, taken from its tail

Tagged = list[tuple[str, str]]


@dataclass(frozen=True)
class Split:
    train: list[Tagged]
    dev: list[Tagged]
    test: list[Tagged]  # README reading: last 1/6 of sentences
    test_by_words: list[Tagged]  # issue reading: sentences after the first 5/6 of words


def read_anercorp(path: Path) -> list[Tagged]:
    """Sentences of (token, BIO tag) with tags mapped to PER/LOC/ORG/MISC."""
    sentences: list[Tagged] = []
    current: Tagged = []
    for line in path.read_text(encoding="utf-8").splitlines():
        token, _, tag = line.rstrip().rpartition(" ")
        token = token.strip()
        if not token:
            continue  # the README: drop lines with an empty token
        if tag != "O":
            prefix, _, kind = tag.partition("-")
            tag = f"{prefix}-{TAG_MAP[kind]}"
        current.append((token, tag))
        if token in (".", "?", "!"):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def split_anercorp(sentences: list[Tagged]) -> Split:
    by_sentences = len(sentences) * 5 // 6
    total_words = sum(len(s) for s in sentences)
    seen = 0
    by_words = len(sentences)
    for i, sentence in enumerate(sentences):
        if seen >= total_words * 5 / 6:
            by_words = i
            break
        seen += len(sentence)
    train_end = min(by_sentences, by_words)
    dev_start = int(train_end * (1 - DEV_FRACTION))
    return Split(
        train=sentences[:dev_start],
        dev=sentences[dev_start:train_end],
        test=sentences[by_sentences:],
        test_by_words=sentences[by_words:],
    )


def chunk(sentence: Tagged, limit: int) -> list[Tagged]:
    """Cut an over-long training sentence at ``limit`` tokens, never inside an entity."""
    pieces, start = [], 0
    while len(sentence) - start > limit:
        cut = start + limit
        while cut > start + 1 and sentence[cut][1].startswith("I-"):
            cut -= 1
        pieces.append(sentence[start:cut])
        start = cut
    pieces.append(sentence[start:])
    return pieces


def to_stanza_json(sentences: list[Tagged], path: Path, max_len: int | None = None) -> None:
    """Write Stanza's NER format; tokens are normalised as the tagger sees them."""
    out = []
    for sentence in sentences:
        for piece in chunk(sentence, max_len) if max_len else [sentence]:
            out.append([{"text": normalize(tok) or tok, "ner": tag} for tok, tag in piece])
    path.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
