"""Per-article extraction cache, keyed by content hash and model version.

Only the expensive stage is cached: sentence splitting + NER, i.e. the
:class:`~pipeline.types.TaggedArticle`. Linking and relation extraction are
cheap and run on every build, so a registry or lexicon edit takes effect
without re-tagging anything.

Entries are rows of one SQLite table in ``<dir>/extraction.sqlite`` (key →
pickled TaggedArticle), written a chunk per transaction in WAL mode: a
process killed at any moment leaves the last committed chunks readable and
loses only the chunk in flight; no folder of small files. The cache only ever
reads rows it wrote itself; a damaged row counts as a miss and is rewritten.

Why SQLite and not DuckDB here: the cache is a key → blob table read and
written a row at a time, SQLite's strength and in the standard library;
DuckDB is columnar, takes a lock on the whole file for one writing process
(the app and a command-line build share this cache), and suits the
analytical tables of the graph, not this.
"""
from __future__ import annotations

import functools
import hashlib
import pickle
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from .types import Article, TaggedArticle

PACKAGE_DIR = Path(__file__).resolve().parent
# The code a TaggedArticle depends on: tokenisation and sentence splitting
# (arabic), tagging and mention building (ner), the run-time repairs after the
# tagger (ner_post: its step names are in the model version, its code only here),
# the pickled types (types).
# The model itself is keyed separately by its version.
EXTRACTION_SOURCES = ("arabic.py", "ner.py", "ner_post.py", "types.py")
DATABASE = "extraction.sqlite"
_BATCH = 500  # keys per SELECT ... IN (...)


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
    """Cached :class:`TaggedArticle` objects in one SQLite file under ``folder``.

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
    >>> [t is not None for t in cache.get_many([article, Article(id="b", text="x")], "v1")]
    [True, False]
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.path = self.folder / DATABASE
        self._db: sqlite3.Connection | None = None

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        if self._db is None:
            if not create and not self.path.is_file():
                return None  # reading never creates the cache
            self.folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL: a killed process loses nothing committed
            db.execute("CREATE TABLE IF NOT EXISTS tagged (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID")
            self._db = db
        return self._db

    def get(self, article: Article, model_version: str) -> TaggedArticle | None:
        """The cached tagging of ``article``, or None."""
        return self.get_many([article], model_version)[0]

    def get_many(self, articles: Sequence[Article], model_version: str) -> list[TaggedArticle | None]:
        """The cached tagging of each article (None where missing), in order."""
        keys = [cache_key(a, model_version) for a in articles]
        db = self._connect(create=False)
        if db is None:
            return [None] * len(articles)
        out: list[TaggedArticle | None] = []
        for start in range(0, len(keys), _BATCH):
            batch = keys[start : start + _BATCH]
            marks = ",".join("?" * len(batch))
            # one batch of blobs at a time: a whole corpus of pickles would double the peak memory
            found = dict(db.execute(f"SELECT key, value FROM tagged WHERE key IN ({marks})", batch).fetchall())
            out.extend(_load(found.get(key), article) for key, article in zip(batch, articles[start : start + _BATCH]))
        return out

    def put(self, tagged: TaggedArticle, model_version: str) -> None:
        """Store one article's tagging."""
        self.put_many([tagged], model_version)

    def put_many(self, items: Iterable[TaggedArticle], model_version: str) -> None:
        """Store several articles' tagging in one transaction."""
        rows = ((cache_key(t.article, model_version), pickle.dumps(t, protocol=pickle.HIGHEST_PROTOCOL)) for t in items)
        db = self._connect(create=True)
        with _transaction(db):  # all rows or none
            db.executemany("INSERT OR REPLACE INTO tagged (key, value) VALUES (?, ?)", rows)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the body raises."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, value, traceback) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")


def _load(blob: bytes | None, article: Article) -> TaggedArticle | None:
    """The stored object with the current article (metadata is not part of the key), or None."""
    if blob is None:
        return None
    try:
        tagged = pickle.loads(blob)
    except (pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, ImportError, IndexError):
        return None
    if not isinstance(tagged, TaggedArticle):
        return None
    return replace(tagged, article=article)
