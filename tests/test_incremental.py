"""``python -m pipeline add``: new articles appended to a built store, with the real NER model."""
import shutil

import pytest

from pipeline.build import MANIFEST, STORE_FILE, build
from pipeline.errors import NothingToBuild, PipelineError
from pipeline.incremental import add_articles
from pipeline.store import Store

from .conftest import ROOT

pytestmark = pytest.mark.model

SEEDS = sorted((ROOT / "corpus").glob("*.txt"))


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture()
def one_seed_build(tmp_path, cache_dir):
    """A build of the first seed only; the second seed is the article to add."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS[0], corpus / SEEDS[0].name)
    out = tmp_path / "out"
    build(corpus, out, cache_dir=cache_dir, formats=["json"])
    return corpus, out


def stored_ids(out):
    with Store(out / STORE_FILE) as store:
        return [a["id"] for a in store.articles()]


def test_adding_an_article_appends_it_with_its_evidence(one_seed_build, cache_dir, tmp_path):
    corpus, out = one_seed_build
    before = stored_ids(out)
    with Store(out / STORE_FILE) as store:
        edges_before = {frozenset(e) for e in store.graph().edges}
    new = tmp_path / SEEDS[1].name
    shutil.copy(SEEDS[1], new)
    result = add_articles(out, [new], corpus=corpus, cache_dir=cache_dir)
    assert len(result.added) == 1 and result.already == 0 and result.tagged <= 1
    assert stored_ids(out) == before + list(result.added)
    with Store(out / STORE_FILE) as store:
        graph = store.graph()
    backed = {frozenset((a, b)) for a, b, data in graph.edges(data=True) if any(e["article"] == result.added[0] for e in data["evidence"])}
    assert backed - edges_before, "the new article added no link"
    assert not (out / MANIFEST).exists()  # the graph files are older than the store now


def test_adding_the_same_article_again_changes_nothing(one_seed_build, cache_dir, tmp_path):
    corpus, out = one_seed_build
    new = tmp_path / SEEDS[1].name
    shutil.copy(SEEDS[1], new)
    add_articles(out, [new], corpus=corpus, cache_dir=cache_dir)
    ids = stored_ids(out)
    again = add_articles(out, [new], corpus=corpus, cache_dir=cache_dir)
    assert (again.added, again.already, again.tagged) == ((), 1, 0)
    assert stored_ids(out) == ids


def test_a_file_with_no_article_is_refused_and_the_store_is_unchanged(one_seed_build, cache_dir, tmp_path):
    corpus, out = one_seed_build
    ids = stored_ids(out)
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    with pytest.raises(NothingToBuild, match="empty.txt"):
        add_articles(out, [bad], corpus=corpus, cache_dir=cache_dir)
    assert stored_ids(out) == ids


def test_adding_to_a_folder_without_a_store_says_to_build_first(tmp_path):
    with pytest.raises(PipelineError, match="build it first"):
        add_articles(tmp_path, [SEEDS[0]])
