"""Curation end to end: the `curate` command line, then `build`, on a corpus whose NER
output is made by hand and put in the extraction cache (no model is loaded).

Every decision must survive a rebuild and the addition of new articles; a corrupt
``curation.yaml`` stops the build before it writes anything; a decision naming an
actor that no longer exists is reported and the build goes on.
"""
from __future__ import annotations

import json

import pytest

import pipeline.ner
from pipeline.__main__ import main
from pipeline.actors.curation import CurationError, load_curation, parse_curation
from pipeline.arabic import split_sentences
from pipeline.cache import ExtractionCache
from pipeline.ingest import ingest_corpus
from pipeline.ner import model_version
from pipeline.types import Mention, TaggedArticle

# article id → (text, NER mentions as (surface, type) in reading order)
ARTICLES = {
    "a1": (
        "التقى جون بولتون في القاهرة مسؤولين من الشركة الوطنية. وقال جون بولتن إن الحل ممكن في المنطقة كلها.",
        [("جون بولتون", "PER"), ("القاهرة", "LOC"), ("الشركة", "ORG"), ("جون بولتن", "PER")],
    ),
    "a2": (
        "قال جون بولتون في واشنطن إن الاتفاق مع إيران سيئ للغاية وإن الكونغرس سيرفضه قريبا.",
        [("جون بولتون", "PER"), ("واشنطن", "LOC"), ("إيران", "LOC")],
    ),
}
LATER = {
    "a3": (
        "زار جون بولتن بغداد أمس والتقى مسؤولين من الشركة في العاصمة العراقية لبحث العقود الجديدة.",
        [("جون بولتن", "PER"), ("بغداد", "LOC"), ("الشركة", "ORG")],
    ),
}
BOLTON, BOLTEN, COMPANY = "per:جون_بولتون", "per:جون_بولتن", "org:الشركه"


def write_articles(corpus, articles, cache):
    """Write ``articles`` as .txt files and cache hand-made NER output for them."""
    corpus.mkdir(exist_ok=True)
    for article_id, (text, _) in articles.items():
        (corpus / f"{article_id}.txt").write_text(f"---\ntitle: {article_id}\ndate: 2015-07-21\n---\n{text}\n", encoding="utf-8")
    store = ExtractionCache(cache)
    for article in ingest_corpus(corpus).articles:
        if article.id in articles:
            store.put(tag_by_hand(article, articles[article.id][1]), model_version("bundled"))


def tag_by_hand(article, ner) -> TaggedArticle:
    text = article.text
    sentences = tuple(split_sentences(text))
    mentions, cursor = [], 0
    for surface, kind in ner:
        start = text.index(surface, cursor)
        end = cursor = start + len(surface)
        sentence = next(s for s in sentences if s.start <= start < s.end)
        first = next(i for i, t in enumerate(sentence.tokens) if t.start == start)
        last = next(i for i, t in enumerate(sentence.tokens) if t.end == end)
        mentions.append(Mention(article.id, sentence.index, start, end, surface, kind, first, last + 1))
    return TaggedArticle(article, sentences, tuple(mentions))


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    def no_model(*args, **kwargs):
        raise AssertionError("the NER model was loaded: the test's NER output should come from the cache")

    monkeypatch.setattr(pipeline.ner, "load_tagger", no_model)
    folder, cache = tmp_path / "corpus", tmp_path / "cache"
    write_articles(folder, ARTICLES, cache)
    return folder, cache, tmp_path / "out"


def cli(*args) -> int:
    return main([str(a) for a in args])


def build(corpus_dir, cache, out, capsys) -> tuple[dict, str]:
    assert cli("build", corpus_dir, "--out", out, "--cache", cache, "--workers", "1") == 0
    report = capsys.readouterr().out
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return {n["id"]: n for n in graph["nodes"]}, report


def test_without_decisions_the_two_spellings_are_two_actors(corpus, capsys):
    nodes, _ = build(*corpus, capsys)
    assert {BOLTON, BOLTEN, COMPANY, "cairo"} <= set(nodes)


def test_merge_through_the_cli_then_build(corpus, capsys):
    folder, cache, out = corpus
    assert cli("curate", folder, "merge", BOLTON, BOLTEN, "--label", "جون بولتون", "--why", "one man, two spellings") == 0
    assert "recorded: merge" in capsys.readouterr().out
    nodes, _ = build(folder, cache, out, capsys)
    assert BOLTEN not in nodes
    assert set(nodes[BOLTON]["aliases"]) == {"جون بولتون", "جون بولتن"}
    assert nodes[BOLTON]["mentions"] == 3 and nodes[BOLTON]["label"] == "جون بولتون"
    stored = load_curation(folder).decisions[0]
    assert (stored.op, stored.why) == ("merge", "one man, two spellings")
    assert stored.who and stored.when.startswith("20")  # who and when are recorded


def test_every_decision_survives_a_rebuild_and_new_articles(corpus, capsys):
    folder, cache, out = corpus
    cli("curate", folder, "merge", BOLTON, BOLTEN)
    cli("curate", folder, "block", COMPANY, "--why", "a common noun")
    cli("curate", folder, "rename", BOLTON, "--label-en", "John Bolton")
    capsys.readouterr()
    first, _ = build(folder, cache, out, capsys)
    again, report = build(folder, cache, out, capsys)
    assert "up to date" in report and again == first
    write_articles(folder, LATER, cache)
    nodes, _ = build(folder, cache, out, capsys)
    assert BOLTEN not in nodes and COMPANY not in nodes
    assert nodes[BOLTON]["label_en"] == "John Bolton"
    assert set(nodes[BOLTON]["articles"]) == {"a1", "a2", "a3"}  # a3's «جون بولتن» merged too
    assert "baghdad" in nodes


def test_articles_uploaded_in_the_app_get_the_corpus_decisions(corpus, capsys, tmp_path):
    from pipeline import uploads

    folder, cache, _ = corpus
    cli("curate", folder, "merge", BOLTON, BOLTEN)
    cli("curate", folder, "block", COMPANY)
    capsys.readouterr()
    uploaded = tmp_path / "uploaded"
    write_articles(uploaded, LATER, cache)
    merged = ingest_corpus(folder).articles + ingest_corpus(uploaded).articles
    session = uploads.inherit_curation(folder, tmp_path / "session")
    from pipeline.types import IngestResult

    result = uploads.rebuild(IngestResult(tuple(merged), ()), tmp_path / "ws", cache_dir=cache, curation_dir=session)
    assert BOLTEN not in result.graph and COMPANY not in result.graph
    assert set(result.graph.nodes[BOLTON]["articles"]) == {"a1", "a2", "a3"}
    assert len(load_curation(session).decisions) == 2  # the session's file starts from the corpus's


def test_articles_added_to_the_store_get_the_corpus_decisions(corpus, capsys, tmp_path):
    from pipeline.store import Store

    folder, cache, out = corpus
    cli("curate", folder, "merge", BOLTON, BOLTEN)
    cli("curate", folder, "block", COMPANY)
    build(folder, cache, out, capsys)
    uploaded = tmp_path / "uploaded"
    write_articles(uploaded, LATER, cache)
    assert cli("add", out, uploaded / "a3.txt", "--corpus", folder, "--cache", cache) == 0
    assert "added 1 article" in capsys.readouterr().out
    with Store(out) as store:
        graph = store.graph()
    assert BOLTEN not in graph and COMPANY not in graph
    assert "a3" in graph.nodes[BOLTON]["articles"] and "baghdad" in graph


def test_split_by_article_and_by_alias(corpus, capsys):
    folder, cache, out = corpus
    cli("curate", folder, "split", BOLTON, "--article", "a2", "--label", "جون بولتون (واشنطن)")
    cli("curate", folder, "split", "cairo", "--alias", "القاهرة")
    capsys.readouterr()
    nodes, _ = build(folder, cache, out, capsys)
    assert nodes[BOLTON]["articles"] == ["a1"]
    assert nodes[f"{BOLTON}~1"]["articles"] == ["a2"]
    assert nodes[f"{BOLTON}~1"]["label"] == "جون بولتون (واشنطن)" and nodes[f"{BOLTON}~1"]["type"] == "PER"
    assert "cairo" not in nodes and nodes["cairo~1"]["type"] == "LOC"


def test_rename_label_and_type(corpus, capsys):
    folder, cache, out = corpus
    cli("curate", folder, "rename", COMPANY, "--label", "الشركة الوطنية", "--label-en", "National Company", "--type", "org")
    cli("curate", folder, "rename", "cairo", "--type", "ORG")
    capsys.readouterr()
    nodes, _ = build(folder, cache, out, capsys)
    assert (nodes[COMPANY]["label"], nodes[COMPANY]["label_en"]) == ("الشركة الوطنية", "National Company")
    assert nodes["cairo"]["type"] == "ORG"


def test_block_removes_the_actor_and_its_links(corpus, capsys):
    folder, cache, out = corpus
    cli("curate", folder, "block", COMPANY)
    capsys.readouterr()
    nodes, _ = build(folder, cache, out, capsys)
    assert COMPANY not in nodes
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert not [e for e in graph["edges"] if COMPANY in (e["source"], e["target"])]


def test_undo_and_list(corpus, capsys):
    folder, cache, out = corpus
    cli("curate", folder, "block", COMPANY)
    cli("curate", folder, "block", "cairo")
    capsys.readouterr()
    assert cli("curate", folder, "list") == 0
    listing = capsys.readouterr().out
    assert f"1. block {COMPANY}" in listing and "2. block cairo" in listing
    assert cli("curate", folder, "undo") == 0
    assert "undone: block cairo" in capsys.readouterr().out
    nodes, _ = build(folder, cache, out, capsys)
    assert "cairo" in nodes and COMPANY not in nodes
    cli("curate", folder, "undo")
    capsys.readouterr()
    nodes, _ = build(folder, cache, out, capsys)
    assert COMPANY in nodes  # the build is redone: curation.yaml is part of its fingerprint
    assert cli("curate", folder, "undo") == 0 and "nothing to undo" in capsys.readouterr().out


def test_a_corrupt_file_names_the_line_and_the_previous_graph_stays(corpus, capsys):
    folder, cache, out = corpus
    build(folder, cache, out, capsys)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (folder / "curation.yaml").write_text(
        "decisions:\n- op: block\n  id: cairo\n- op: merge\n  ids: [per:جون_بولتون]\n", encoding="utf-8"
    )
    assert cli("build", folder, "--out", out, "--cache", cache, "--workers", "1") == 1
    err = capsys.readouterr().err
    assert "curation.yaml:4:" in err and "merge needs `ids` with at least two" in err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    (folder / "curation.yaml").write_text("decisions:\n- op: block\n  id: [unclosed\n", encoding="utf-8")
    assert cli("build", folder, "--out", out, "--cache", cache, "--workers", "1") == 1
    assert "curation.yaml:4: not valid YAML" in capsys.readouterr().err
    # and the command line refuses to extend a corrupt file
    assert cli("curate", folder, "block", "cairo") == 1
    assert "curation.yaml:4" in capsys.readouterr().err


def test_a_decision_naming_a_vanished_actor_is_reported_not_fatal(corpus, capsys):
    folder, cache, out = corpus
    cli("curate", folder, "block", "per:لا_أحد")
    cli("curate", folder, "merge", BOLTON, "per:غائب")
    cli("curate", folder, "block", COMPANY)
    capsys.readouterr()
    nodes, report = build(folder, cache, out, capsys)
    assert "curation curation.yaml:" in report and "per:لا_أحد" in report and "per:غائب" in report
    assert COMPANY not in nodes and BOLTON in nodes  # the later decision still applied


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("decisions:\n- op: explode\n  id: x\n", 2, "`op` must be one of"),
        ("decisions:\n- op: block\n", 2, "needs the actor's `id`"),
        ("decisions:\n- op: block\n  id: a\n- op: split\n  id: b\n", 4, "split needs `articles` or `aliases`"),
        ("decisions:\n- op: rename\n  id: a\n  type: PERSON\n", 2, "`type` must be one of"),
        ("decisions:\n- op: block\n  id: a\n  colour: red\n", 2, "unknown key(s) ['colour']"),
        ("- op: block\n", 1, "expected a mapping with one key, `decisions`"),
    ],
)
def test_malformed_decisions_name_their_line(text, line, message):
    with pytest.raises(CurationError) as err:
        parse_curation(text, "curation.yaml")
    assert f"curation.yaml:{line}:" in str(err.value) and message in str(err.value)
