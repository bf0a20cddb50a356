"""Named upload workspaces (:mod:`pipeline.workspaces`): create, list, open, remove,
names, the files the explorer reads, and appends (these with the real NER model)."""
from __future__ import annotations

import json
import shutil

import pytest

from pipeline import workspaces
from pipeline.actors.curation import Decision, add_decision, load_curation
from pipeline.build import STORE_FILE, build
from pipeline.export import read_articles_json, read_json
from pipeline.graphdata import load_graph_dir
from pipeline.ingest import ingest_uploads
from pipeline.store import Store, write_build
from pipeline.workspaces import WorkspaceError

from .conftest import ROOT
from .store_fixtures import CAMEO, hand_built

NEW_ARTICLE = (
    "---\ntitle: لافروف وكيري يبحثان الهدنة\nsource: Test Wire\ndate: 2016-08-02\n---\n"
    "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف أمس لبحث الهدنة في سورية. "
    "وقال لافروف إن موسكو وواشنطن اتفقتا على تعزيز التنسيق العسكري. "
    "من جانبه قال المتحدث باسم البنتاغون بيتر كوك إن المحادثات استغرقت نحو ساعة ونصف الساعة.\n"
).encode("utf-8")


@pytest.fixture
def base(tmp_path):
    """A build folder holding only a store (hand-built Arabic articles) and a corpus with a decision."""
    out = tmp_path / "base"
    write_build(out / STORE_FILE, *hand_built().args(), cameo=CAMEO)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_decision(corpus, Decision("block", ("un",), why="الأمم المتحدة ليست طرفا هنا"))
    return out, corpus


def stored_ids(path):
    with Store(path / STORE_FILE) as store:
        return [a["id"] for a in store.articles()]


def test_create_copies_the_store_and_the_decisions_and_lists_it(base, tmp_path):
    out, corpus = base
    root = tmp_path / "work"
    ws = workspaces.create(root, "مفاوضات-جنيف", out, curation_from=corpus)
    assert ws.folder == root / "workspaces" / "مفاوضات-جنيف"
    assert (ws.folder / STORE_FILE).read_bytes() == (out / STORE_FILE).read_bytes()
    assert [d.ids for d in load_curation(ws.folder).decisions] == [("un",)]
    assert not (ws.folder / "graph.json").exists()  # graph files come from the store on the first append
    assert (ws.added, ws.base, ws.uploads) == (0, str(out), ())
    listed = workspaces.list_workspaces(root)
    assert [w.name for w in listed] == ["مفاوضات-جنيف"]
    assert workspaces.open_workspace(root, "مفاوضات-جنيف").created == ws.created
    with pytest.raises(WorkspaceError, match="exists already"):
        workspaces.create(root, "مفاوضات-جنيف", out)
    assert not [p for p in (root / "workspaces").iterdir() if p.name.startswith(".")]  # no staging left


@pytest.mark.parametrize("name", ["", "../graphs", "a/b", ".hidden", "-x", "_x", "with space", "a" * 65, "x\n", "..", "ws.bak"])
def test_bad_names_are_refused_before_any_path_is_made(name, base, tmp_path):
    out, _ = base
    root = tmp_path / "work"
    for call in (
        lambda: workspaces.create(root, name, out),
        lambda: workspaces.open_workspace(root, name),
        lambda: workspaces.remove(root, name),
    ):
        with pytest.raises(WorkspaceError, match="use letters, digits"):
            call()
    assert not root.exists()


def test_good_names_pass():
    assert [workspaces.check_name(n) for n in ("حملة_2016", "talks-1", "a", "9")] == ["حملة_2016", "talks-1", "a", "9"]


def test_remove_deletes_the_workspace_and_only_it(base, tmp_path):
    out, _ = base
    root = tmp_path / "work"
    workspaces.create(root, "one", out)
    workspaces.create(root, "two", out)
    workspaces.remove(root, "one")
    assert [w.name for w in workspaces.list_workspaces(root)] == ["two"]
    assert sorted(p.name for p in (root / "workspaces").iterdir()) == ["two"]
    assert (out / STORE_FILE).is_file()  # the base build is never touched
    with pytest.raises(WorkspaceError, match="no workspace named 'one'"):
        workspaces.open_workspace(root, "one")
    with pytest.raises(WorkspaceError, match="no workspace named 'one'"):
        workspaces.remove(root, "one")


def test_a_damaged_manifest_is_left_out_of_the_list_and_named_on_open(base, tmp_path):
    out, _ = base
    root = tmp_path / "work"
    ws = workspaces.create(root, "broken", out)
    workspaces.create(root, "fine", out)
    (ws.folder / workspaces.MANIFEST).write_text("{not json", encoding="utf-8")
    assert [w.name for w in workspaces.list_workspaces(root)] == ["fine"]
    with pytest.raises(WorkspaceError, match="damaged"):
        workspaces.open_workspace(root, "broken")


def test_refresh_writes_what_the_store_holds_with_the_workspace_decisions(base, tmp_path):
    out, corpus = base
    ws = workspaces.create(tmp_path / "work", "talks", out, curation_from=corpus)
    workspaces.refresh(ws.folder)
    with Store(ws.folder / STORE_FILE) as store:
        G = store.graph()
        docs = list(store.documents())
    shown = read_json(ws.folder / "graph.json")
    assert "un" in G and "un" not in shown  # the workspace's block applies
    assert sorted(shown) == sorted(n for n in G if n != "un")
    assert read_articles_json(ws.folder / "articles.json") == json.loads(json.dumps(docs, ensure_ascii=False))
    assert [a["id"] for a in shown.graph["articles"]] == stored_ids(out)


def test_a_crash_between_commit_and_refresh_is_repaired_on_open(base, tmp_path):
    out, _ = base
    root = tmp_path / "work"
    ws = workspaces.create(root, "talks", out)
    assert ws.stale and not (ws.folder / "graph.json").exists()
    add_decision(ws.folder, Decision("block", ("un",)))  # made in the explorer, after the store
    reopened = workspaces.open_workspace(root, "talks")
    assert not reopened.stale and "un" not in read_json(ws.folder / "graph.json")


def test_without_decisions_the_files_go_and_the_explorer_queries_the_store(base, tmp_path):
    out, _ = base
    ws = workspaces.create(tmp_path / "work", "talks", out)
    (ws.folder / "graph.json").write_text("{}", encoding="utf-8")  # left from an earlier decision, now undone
    workspaces.refresh(ws.folder)
    assert not (ws.folder / "graph.json").exists()
    data = load_graph_dir(ws.folder)
    assert data.store == ws.folder / STORE_FILE and "un" in data.graph


# ---------------------------------------------------------------------------
# appends, with the real NER model (through a shared cache)

SEEDS = sorted((ROOT / "corpus").glob("*.txt"))


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def seed_build(tmp_path, cache_dir):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS[0], corpus / SEEDS[0].name)
    out = tmp_path / "out"
    build(corpus, out, cache_dir=cache_dir, formats=["json"])
    return corpus, out


def uploaded(name: str, data: bytes):
    result = ingest_uploads([(name, data)])
    return list(result.articles), {name: [a.id for a in result.articles]}


@pytest.mark.model
def test_append_tags_only_the_new_article_and_refreshes_the_files(seed_build, cache_dir, tmp_path):
    corpus, out = seed_build
    before = stored_ids(out)
    root = tmp_path / "work"
    ws = workspaces.create(root, "talks", out, curation_from=corpus)
    articles, files = uploaded("talks.txt", NEW_ARTICLE)
    ws, tagged = workspaces.append(ws, articles, files, cache_dir=cache_dir)
    assert tagged == 1  # the seed came from the store, untouched
    assert stored_ids(ws.folder) == before + ["talks"]
    assert stored_ids(out) == before  # the base build keeps its store
    assert (ws.added, ws.article_ids, ws.stale) == (1, ["talks"], False)
    assert ws.uploads[0]["files"] == {"talks.txt": ["talks"]}
    data = load_graph_dir(ws.folder)  # what the explorer opens: the store
    G = data.graph
    assert data.store is not None
    assert [a["id"] for a in G.graph["articles"]] == before + ["talks"]
    assert any("talks" in G.nodes[n]["articles"] for n in G)
    text = data.by_id["talks"]
    assert "لافروف" in text["text"] and text["mentions"]
    # the manifest on disk says the same, for a later session
    assert workspaces.open_workspace(root, "talks").article_ids == ["talks"]


@pytest.mark.model
def test_a_failed_append_leaves_the_workspace_as_it_was(seed_build, cache_dir, tmp_path, monkeypatch):
    import pipeline.store

    corpus, out = seed_build
    root = tmp_path / "work"
    ws = workspaces.create(root, "talks", out, curation_from=corpus)
    workspaces.refresh(ws.folder)
    ws = workspaces.open_workspace(root, "talks")
    files_before = {p.name: p.read_bytes() for p in ws.folder.iterdir() if p.is_file() and p.name != STORE_FILE}
    ids_before = stored_ids(ws.folder)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline.store, "_derive", broken)  # inside the append's transaction
    articles, files = uploaded("talks.txt", NEW_ARTICLE)
    with pytest.raises(RuntimeError, match="disk full"):
        workspaces.append(ws, articles, files, cache_dir=cache_dir)
    assert stored_ids(ws.folder) == ids_before
    assert {p.name: p.read_bytes() for p in ws.folder.iterdir() if p.is_file() and p.name != STORE_FILE} == files_before
    assert workspaces.open_workspace(root, "talks").uploads == ()
