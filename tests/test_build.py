"""The whole build on the seed corpus, with the real NER model."""
import json
import shutil
import subprocess
import sys

import pytest

import pipeline.export
import pipeline.ner
from pipeline.build import build
from pipeline.export import generate_json, read_json

from .conftest import ROOT

pytestmark = pytest.mark.model

CORPUS = ROOT / "corpus"
SEVEN = {
    "john_kerry": ("PER", "John Kerry"),
    "sergey_lavrov": ("PER", "Sergey Lavrov"),
    "ashton_carter": ("PER", "Ashton Carter"),
    "joseph_dunford": ("PER", "Joseph Dunford"),
    "staffan_de_mistura": ("PER", "Staffan de Mistura"),
    "pentagon": ("ORG", "Pentagon"),
    "russian_mod": ("ORG", "Russian Ministry of Defence"),
}


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory, cache_dir):
    out = tmp_path_factory.mktemp("graphs")
    return build(CORPUS, out, cache_dir=cache_dir), out


def edge(graph, a, b):
    assert graph.has_edge(a, b), f"no edge {a}–{b}"
    return graph.edges[a, b]


def test_the_seven_named_actors_are_one_node_each(seed_build):
    result, _ = seed_build
    graph = result.graph
    for actor_id, (kind, english) in SEVEN.items():
        node = graph.nodes[actor_id]
        assert node["type"] == kind
        assert english in node["label_en"]
    # one node per actor: no other node carries an alias of theirs
    for actor_id in SEVEN:
        aliases = set(graph.nodes[actor_id]["aliases"])
        others = [n for n in graph if n != actor_id and aliases & set(graph.nodes[n]["aliases"])]
        assert not others, (actor_id, others)


@pytest.mark.parametrize(
    "a, b, relation, article, words",
    [
        ("john_kerry", "sergey_lavrov", "MEET", "000_5ed030ab5234468c", ("كيري", "لافروف")),
        ("john_kerry", "sergey_lavrov", "AGREE", "000_5ed030ab5234468c", ("كيري", "لافروف")),
        ("john_kerry", "vladimir_putin", "MEET", "000_5ed030ab5234468c", ("كيري", "بوتين")),
        ("ashton_carter", "john_kerry", "SUPPORT", "000_5ed030ab5234468c", ("كارتر", "كيري")),
        ("pentagon", "russian_mod", "MEET", "000_5ed030ab5234468c", ("الدفاع الروسية",)),
    ],
)
def test_expected_links_carry_their_evidence(seed_build, a, b, relation, article, words):
    result, _ = seed_build
    data = edge(result.graph, a, b)
    assert data["relations"].get(relation, 0) >= 1
    text = next(t.article.text for t in result.tagged if t.article.id == article)
    evidence = [e for e in data["evidence"] if relation in e["relations"]]
    assert evidence and all(e["article"] == article for e in evidence)
    for e in evidence:
        assert text[e["start"] : e["end"]] == e["sentence"]
        assert all(w in e["sentence"] for w in words)


def test_support_keeps_its_direction(seed_build):
    result, _ = seed_build
    support = [e for e in edge(result.graph, "ashton_carter", "john_kerry")["evidence"] if "SUPPORT" in e["relations"]]
    assert support[0]["source"] == "ashton_carter" and support[0]["target"] == "john_kerry"


def test_output_files_follow_the_contract(seed_build):
    _, out = seed_build
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert "edges" in data and "links" not in data
    assert {a["id"] for a in data["graph"]["articles"]} == {"000_5ed030ab5234468c", "002_2dcb032de962edab"}
    for node in data["nodes"]:
        assert {"id", "label", "label_en", "type", "aliases", "articles", "mentions"} <= set(node)
    for link in data["edges"]:
        assert {"source", "target", "kind", "weight", "relations", "dominant_relation", "cameo", "articles", "evidence"} <= set(link)
        assert link["kind"] == ("interaction" if link["relations"] else "co-mention")
        sentences = {(e["article"], e["start"], e["end"]) for e in link["evidence"]}
        assert link["weight"] == len(link["evidence"]) == len(sentences)  # one item per sentence
        for e in link["evidence"]:
            assert {"article", "sentence", "start", "end", "source", "target", "relations", "trigger", "directed"} <= set(e)
    for name in ("graph.graphml", "graph.gexf", "nodes.csv", "edges.csv", "graph.html", "articles.json"):
        assert (out / name).stat().st_size > 0


def test_unchanged_rebuild_tags_nothing_and_loads_no_model(seed_build, cache_dir, tmp_path, monkeypatch):
    def no_model(*args, **kwargs):
        raise AssertionError("the NER model was loaded for an unchanged corpus")

    monkeypatch.setattr(pipeline.ner, "load_tagger", no_model)
    monkeypatch.setattr(pipeline.ner, "Tagger", no_model)
    result = build(CORPUS, tmp_path, cache_dir=cache_dir)
    assert result.stats.tagged == 0 and result.stats.cached == 2
    first, _ = seed_build
    assert generate_json(result.graph) == generate_json(first.graph)


def test_one_new_article_costs_one_article(cache_dir, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "new.txt").write_text(
        "---\ntitle: لقاء\ndate: 2016-07-27\n---\nالتقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في فيينتيان أمس وبحثا الأزمة السورية.\n",
        encoding="utf-8",
    )
    result = build(corpus, None, cache_dir=cache_dir)
    assert (result.stats.tagged, result.stats.cached) == (1, 2)
    assert "new" in result.graph.edges["john_kerry", "sergey_lavrov"]["articles"]


def test_a_failed_build_leaves_the_previous_files(seed_build, cache_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(CORPUS, out, cache_dir=cache_dir)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def crash(*args, **kwargs):  # half-way through the file: its first rows are already written
        yield "source,target\r\n"
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline.export, "iter_edges_csv", crash)
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "002_2dcb032de962edab.txt").unlink()
    with pytest.raises(RuntimeError, match="disk full"):
        build(corpus, out, cache_dir=cache_dir)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_the_build_keeps_a_store_whose_export_is_the_graph_it_wrote(seed_build, tmp_path):
    _, out = seed_build
    assert (out / "store.duckdb").is_file()
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "export", str(out), "--out", str(tmp_path), "--formats", "json"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "graph.json").read_bytes() == (out / "graph.json").read_bytes()


def test_committed_graph_of_the_corpus_is_current(seed_build):
    result, out = seed_build
    committed = ROOT / "graphs" / "graph.json"
    assert committed.exists(), "graphs/graph.json is missing: run `python -m pipeline build corpus --out graphs`"
    fresh = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert json.loads(committed.read_text(encoding="utf-8")) == fresh, (
        "graphs/ is stale: run `python -m pipeline build corpus --out graphs` and commit it"
    )
    fresh_articles = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    assert json.loads((ROOT / "graphs" / "articles.json").read_text(encoding="utf-8")) == fresh_articles


def test_cli_build_reports_bad_files_and_builds_the_good_ones(tmp_path, cache_dir):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "english.txt").write_text("The Pentagon said talks with Russia were professional. " * 5, encoding="utf-8")
    (corpus / "broken.json").write_text('{"content": "قال', encoding="utf-8")
    (corpus / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", str(corpus), "--out", str(tmp_path / "out"), "--cache", str(cache_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert report.startswith("2 articles,")
    for name in ("empty.txt", "english.txt", "broken.json", "image.png"):
        assert f"skipped {name}: " in report
    assert "Traceback" not in result.stderr
    graph = read_json(tmp_path / "out" / "graph.json")
    assert {a["id"] for a in graph.graph["articles"]} == {"000_5ed030ab5234468c", "002_2dcb032de962edab"}


def test_an_up_to_date_output_folder_is_not_rebuilt(cache_dir, tmp_path, monkeypatch):
    import pipeline.actors

    out = tmp_path / "out"
    first = build(CORPUS, out, cache_dir=cache_dir)
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}

    def no_work(*args, **kwargs):
        raise AssertionError("an unchanged corpus was linked again")

    monkeypatch.setattr(pipeline.actors, "link_articles", no_work)
    again = build(CORPUS, out, cache_dir=cache_dir)
    assert again.stats.up_to_date and not first.stats.up_to_date
    assert (again.stats.tagged, again.stats.actors, again.stats.edges) == (0, first.stats.actors, first.stats.edges)
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()} == before
    assert generate_json(again.graph) == generate_json(first.graph)


def test_a_changed_article_is_rebuilt(cache_dir, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = tmp_path / "out"
    build(corpus, out, cache_dir=cache_dir)
    path = corpus / "002_2dcb032de962edab.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("date: 2015-10-11", "date: 2015-10-12"), encoding="utf-8")
    result = build(corpus, out, cache_dir=cache_dir)
    assert not result.stats.up_to_date  # the graph was built again, from cached NER output
    assert result.stats.tagged == 0
    dates = {a["id"]: a["date"] for a in read_json(out / "graph.json").graph["articles"]}
    assert dates["002_2dcb032de962edab"] == "2015-10-12"


def test_formats_narrow_the_files_and_a_full_build_is_not_taken_as_up_to_date(cache_dir, tmp_path):
    out = tmp_path / "out"
    narrow = build(CORPUS, out, cache_dir=cache_dir, formats=("json", "csv"))
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == [
        "articles.json", "build.json", "edges.csv", "graph.json", "nodes.csv", "store.duckdb",
    ]
    assert not narrow.stats.up_to_date
    again = build(CORPUS, out, cache_dir=cache_dir, formats=("csv", "json"))
    assert again.stats.up_to_date  # the same formats, in any order
    full = build(CORPUS, out, cache_dir=cache_dir)
    assert not full.stats.up_to_date
    assert {"graph.graphml", "graph.gexf", "graph.html"} <= {p.name for p in out.iterdir()}
