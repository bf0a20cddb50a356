"""Linking done in the tagging workers (pipeline.articlework) gives what a serial build gives."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

import pipeline.build
from pipeline.actors import apply_curation, link_articles, load_registry
from pipeline.actors.curation import Curation, Decision
from pipeline.articlework import ArticleWork, article_work, relations_of
from pipeline.relations import load_lexicon

from .conftest import ROOT
from .test_actors import make_tagged


def _articles():
    """Three articles; the cross-article merge changes the first one's links
    (its «خالد الحميدي» joins «خالد بن علي الحميدي» of the second)."""
    one = make_tagged(
        "وقال خالد الحميدي إن جون كيري التقى فلاديمير بوتين.",
        [("خالد الحميدي", "PER"), ("جون كيري", "PER"), ("فلاديمير بوتين", "PER")],
        article_id="one",
    )
    two = make_tagged(
        "وأكد خالد بن علي الحميدي أن جون كيري ناقش مع سيرغي لافروف الأزمة.",
        [("خالد بن علي الحميدي", "PER"), ("جون كيري", "PER"), ("سيرغي لافروف", "PER")],
        article_id="two",
    )
    three = make_tagged("ناقش جون كيري مع فلاديمير بوتين الأزمة في جنيف.", [("جون كيري", "PER")], article_id="three")
    return [one, two, three]


def _serial(tagged, curation=Curation()):
    registry, lexicon = load_registry(), load_lexicon()
    linked = apply_curation(link_articles(tagged, registry), curation, [])
    return linked, relations_of(tagged, linked.mentions, lexicon)


def _from_workers(tagged, curation=Curation()):
    registry, lexicon = load_registry(), load_lexicon()
    works = [article_work(t, registry, lexicon) for t in tagged]
    linked = apply_curation(link_articles(tagged, registry, [w.linked for w in works]), curation, [])
    return linked, relations_of(tagged, linked.mentions, lexicon, works)


@pytest.mark.parametrize(
    "curation",
    [
        Curation(),
        Curation((Decision("merge", ("john_kerry", "vladimir_putin"), label="x"),)),
        Curation((Decision("block", ("sergey_lavrov",)),)),
    ],
    ids=["none", "merge", "block"],
)
def test_work_from_the_workers_gives_the_serial_result(curation):
    tagged = _articles()
    serial_linked, serial_relations = _serial(tagged, curation)
    linked, relations = _from_workers(tagged, curation)
    assert linked == serial_linked
    assert relations == serial_relations
    assert relations  # the articles do have relations


def test_an_article_whose_links_the_merge_changed_is_extracted_again():
    tagged = _articles()
    registry, lexicon = load_registry(), load_lexicon()
    works = [article_work(t, registry, lexicon) for t in tagged]
    linked = link_articles(tagged, registry, [w.linked for w in works])
    assert "per:خالد_الحميدي" in {lm.actor_id for lm in works[0].linked}  # before the merge
    assert "per:خالد_الحميدي" not in linked.actors  # after it
    # Marked relations show which articles' work was reused: all but the first.
    marked = [replace(w, relations=tuple(replace(r, trigger="REUSED") for r in w.relations)) for w in works]
    relations = relations_of(tagged, linked.mentions, lexicon, marked)
    reused = {r.evidence.article for r in relations if r.trigger == "REUSED"}
    assert reused == {"two", "three"}


def test_work_for_another_article_is_never_used():
    tagged = _articles()
    registry, lexicon = load_registry(), load_lexicon()
    works = [article_work(t, registry, lexicon) for t in tagged]
    swapped = [ArticleWork("elsewhere", w.linked, ()) for w in works]
    linked = link_articles(tagged, registry, [w.linked for w in works])
    assert relations_of(tagged, linked.mentions, lexicon, swapped) == relations_of(tagged, linked.mentions, lexicon)


def test_a_tagging_worker_returns_its_articles_linked(monkeypatch):
    tagged = _articles()

    class FakeTagger:
        def tag_articles(self, articles):
            return [next(t for t in tagged if t.article is a) for a in articles]

    monkeypatch.setattr(pipeline.build, "_WORKER_TAGGER", FakeTagger())
    monkeypatch.setattr(pipeline.build, "_WORKER_LINKING", (load_registry(), load_lexicon()))
    got, works = pipeline.build._tag_in_worker([t.article for t in tagged])
    assert got == tagged
    assert works == [article_work(t, load_registry(), load_lexicon()) for t in tagged]
    monkeypatch.setattr(pipeline.build, "_WORKER_LINKING", None)
    assert pipeline.build._tag_in_worker([t.article for t in tagged]) == (tagged, None)


@pytest.mark.model
def test_a_build_linked_in_two_worker_processes_equals_a_serial_build(tmp_path, monkeypatch):
    from pipeline.build import build

    serial = build(ROOT / "corpus", tmp_path / "serial", cache_dir=tmp_path / "serial-cache", workers=1)
    monkeypatch.setattr(pipeline.build, "MIN_ARTICLES_PER_WORKER", 1)  # a pool even for two articles
    pooled = build(ROOT / "corpus", tmp_path / "pooled", cache_dir=tmp_path / "pooled-cache", workers=2)
    assert pooled.stats.tagged == serial.stats.tagged == 2
    for name in ("graph.json", "articles.json", "nodes.csv", "edges.csv", "graph.graphml", "graph.gexf"):
        assert (tmp_path / "pooled" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes(), name
    assert json.loads((tmp_path / "pooled" / "graph.json").read_text(encoding="utf-8"))["edges"]
