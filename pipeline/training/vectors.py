"""Word vectors for the NER model, trained on SaudiNewsNet text.

The text is tokenised and normalised exactly as the tagger sees it at run
time, so every vector is reachable. The ANERcorp test sixth is never part of
this text.
"""
from __future__ import annotations

import json
import logging
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..arabic import normalize, split_sentences

log = logging.getLogger(__name__)


def saudinewsnet_texts(folder: Path) -> Iterator[str]:
    """Title and content of every article in the SaudiNewsNet zips, in file order."""
    for archive in sorted(folder.glob("*.zip")):
        yield from day_texts(archive)


def day_texts(archive: Path) -> Iterator[str]:
    """Title and content of every article in one SaudiNewsNet day's zip."""
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            if not name.endswith(".json"):
                continue
            for record in json.loads(zf.read(name).decode("utf-8")):
                yield record.get("title") or ""
                yield record.get("content") or ""


def write_training_text(texts: Iterable[str], extra: Iterable[list[str]], path: Path) -> int:
    """One normalised, tokenised sentence per line; returns the token count."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for text in texts:
            for sentence in split_sentences(text):
                words = [normalize(t.text) for t in sentence.tokens]
                words = [w for w in words if w]
                if words:
                    out.write(" ".join(words) + "\n")
                    count += len(words)
        for words in extra:
            out.write(" ".join(normalize(w) or w for w in words) + "\n")
            count += len(words)
    return count


def train_word2vec(corpus: Path, dim: int, epochs: int, workers: int, seed: int = 1):
    from gensim.models import Word2Vec

    return Word2Vec(
        corpus_file=str(corpus),
        vector_size=dim,
        window=5,
        min_count=3,
        sg=1,
        negative=10,
        sample=1e-4,
        epochs=epochs,
        workers=workers,
        seed=seed,
    )


def write_vec(kv, path: Path, max_vocab: int, keep: set[str]) -> int:
    """Write the ``max_vocab`` most frequent words plus ``keep`` in word2vec text format."""
    words = list(kv.index_to_key[:max_vocab])
    chosen = set(words)
    words += sorted(w for w in keep if w in kv.key_to_index and w not in chosen)
    with path.open("w", encoding="utf-8") as out:
        out.write(f"{len(words)} {kv.vector_size}\n")
        for w in words:
            out.write(w + " " + " ".join(f"{x:.5f}" for x in kv[w]) + "\n")
    return len(words)
