"""The extraction cache: one SQLite file, rows survive a new process, damage is a miss."""
import sqlite3

from pipeline.cache import DATABASE, ExtractionCache
from pipeline.types import Article, Mention, TaggedArticle

from .test_ingest import KERRY

ARTICLE = Article(id="kerry", text=KERRY, title="كيري", date="2016-07-28")


def tagged(article=ARTICLE):
    start = article.text.index("جون كيري")
    mention = Mention(article.id, 0, start, start + 8, "جون كيري", "PER", 4, 6)
    return TaggedArticle(article, (), (mention,))


def test_rows_persist_in_one_file_and_metadata_comes_from_the_current_article(tmp_path):
    ExtractionCache(tmp_path).put_many([tagged()], "v1")
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(DATABASE)] == []  # no folder of pickles
    renamed = Article(id="kerry", text=KERRY, title="عنوان جديد")
    got = ExtractionCache(tmp_path).get(renamed, "v1")  # a new connection, as in the next build
    assert got.mentions == tagged().mentions and got.article.title == "عنوان جديد"
    assert ExtractionCache(tmp_path).get(ARTICLE, "v2") is None


def test_reading_never_creates_the_cache(tmp_path):
    assert ExtractionCache(tmp_path / "none").get_many([ARTICLE], "v1") == [None]
    assert not (tmp_path / "none").exists()


def test_a_damaged_row_is_a_miss_and_is_rewritten(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(tagged(), "v1")
    with sqlite3.connect(tmp_path / DATABASE) as db:
        db.execute("UPDATE tagged SET value = ?", (b"not a pickle",))
    assert ExtractionCache(tmp_path).get(ARTICLE, "v1") is None
    cache.put(tagged(), "v1")
    assert ExtractionCache(tmp_path).get(ARTICLE, "v1").mentions == tagged().mentions


def test_a_failed_write_leaves_the_committed_rows(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(tagged(), "v1")

    class Unpicklable(TaggedArticle):
        def __reduce__(self):
            raise RuntimeError("disk full")

    other = Article(id="b", text="نص آخر")
    try:
        cache.put_many([TaggedArticle(other, ()), Unpicklable(ARTICLE, (), ())], "v2")  # fails on the second row
    except RuntimeError:
        pass
    fresh = ExtractionCache(tmp_path)
    assert fresh.get(ARTICLE, "v1") is not None and fresh.get(other, "v2") is None
