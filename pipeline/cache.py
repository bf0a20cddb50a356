"""Per-article extraction cache, keyed by content hash and model version.

Only the expensive stage is cached: sentence splitting + NER, i.e. the
:class:`~pipeline.types.TaggedArticle`. Linking and relation extraction are
cheap and run on every build, so a registry or lexicon edit takes effect
without re-tagging anything.

Entries are pickles written atomically under ``<dir>/<key[:2]>/<key>.pkl``.
The cache only ever reads files it wrote itself; a damaged entry counts as a
miss and is rewritten.
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from dataclasses import replace
from pathlib import Path

from .types import Article, TaggedArticle

PACKAGE_DIR = Path(__file__).resolve().parent
# The code a TaggedArticle depends on: tokenisation and sentence splitting
# (arabic), tagging and mention building (ner), the pickled types (types).
# The model itself is keyed separately by its version.
EXTRACTION_SOURCES = ("arabic.py", "ner.py", "types.py")


@functools.lru_cache(maxsize=1)
def extraction_version() -> str:
    """Hash of the code tagging output depends on (:data:`EXTRACTION_SOURCES`).

    Any edit to those files (even a comment) starts a fresh cache: cached
    output made by other code is never reused, and nobody has to remember to
    bump a constant.

    >>> len(extraction_version())
    16
    """
    digest = hashlib.sha256()
    for name in EXTRACTION_SOURCES:
        digest.update(name.encode() + b"\0" + (PACKAGE_DIR / name).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def cache_key(article: Article, model_version: str) -> str:
    """Hash of everything tagging output depends on."""
    digest = hashlib.sha256()
    for part in (extraction_version(), model_version, article.id, article.text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


class ExtractionCache:
    """A folder of cached :class:`TaggedArticle` objects.

    >>> import tempfile
    >>> cache = ExtractionCache(Path(tempfile.mkdtemp()))
    >>> article = Article(id="a", text="قال كيري")
    >>> cache.get(article, "v1") is None
    True
    >>> cache.put(TaggedArticle(article, ()), "v1")
    >>> cache.get(article, "v1").article.text
    'قال كيري'
    >>> cache.get(article, "v2") is None
    True
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, article: Article, model_version: str) -> TaggedArticle | None:
        path = self._path(cache_key(article, model_version))
        try:
            with path.open("rb") as fh:
                tagged = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
            return None
        if not isinstance(tagged, TaggedArticle):
            return None
        # Metadata (title, date, ...) is not part of the key: take the current one.
        return replace(tagged, article=article)

    def put(self, tagged: TaggedArticle, model_version: str) -> None:
        path = self._path(cache_key(tagged.article, model_version))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(tagged, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
