"""Checks that run before any article is tagged: resources, an empty or missing corpus, one-line errors.

No NER model is loaded here (the model files are only checked), so these run in the fast suite.
"""
import shutil

import pytest

import pipeline.actors
import pipeline.ingest
import pipeline.relations
from pipeline.__main__ import main
from pipeline.build import BuildStats, build, check_resources
from pipeline.cache import extraction_version
from pipeline.errors import CorpusNotFound, NerModelError, NothingToBuild, PipelineError, ResourceError

from .conftest import ROOT

CORPUS = ROOT / "corpus"


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def previous_out(tmp_path):
    """An output folder holding a previous build (the committed graphs/)."""
    out = tmp_path / "out"
    shutil.copytree(ROOT / "graphs", out)
    return out


@pytest.fixture
def no_ingest(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("articles were read before the resources were checked")

    monkeypatch.setattr(pipeline.ingest, "ingest_corpus", fail)


def broken_registry(tmp_path, monkeypatch):
    bad = tmp_path / "actors.yaml"
    bad.write_text((ROOT / "pipeline/data/actors.yaml").read_text(encoding="utf-8") + "\n  - [unclosed\n", encoding="utf-8")
    real = pipeline.actors.load_registry
    monkeypatch.setattr(pipeline.actors, "load_registry", lambda path=None: real(bad))
    return bad


def test_every_resource_loads_and_checks():
    resources = check_resources()
    assert resources.registry is not None and resources.lexicon is not None


def test_a_broken_registry_fails_before_any_article_is_read(tmp_path, monkeypatch, no_ingest):
    bad = broken_registry(tmp_path, monkeypatch)
    with pytest.raises(PipelineError, match=str(bad.name)) as err:
        build(CORPUS, tmp_path / "out")
    assert "\n" not in str(err.value)
    assert str(err.value).endswith("`git checkout -- pipeline/data/actors.yaml`")
    assert not (tmp_path / "out").exists()


def test_a_broken_lexicon_fails_before_any_article_is_read(tmp_path, monkeypatch, no_ingest):
    bad = tmp_path / "triggers.yaml"
    bad.write_text("MEET: [", encoding="utf-8")
    real = pipeline.relations.load_lexicon
    monkeypatch.setattr(pipeline.relations, "load_lexicon", lambda path=None: real(bad))
    with pytest.raises(PipelineError, match="triggers.yaml"):
        build(CORPUS, tmp_path / "out")


def test_a_bad_boilerplate_pattern_fails_before_any_article_is_read(tmp_path, monkeypatch, no_ingest):
    bad = tmp_path / "boilerplate.yaml"
    bad.write_text("anywhere:\n  - '(unclosed'\n", encoding="utf-8")
    monkeypatch.setattr(pipeline.ingest, "BOILERPLATE_FILE", bad)
    monkeypatch.setattr(pipeline.ingest.load_boilerplate, "__defaults__", (bad,))
    with pytest.raises(ResourceError, match=r"boilerplate.yaml: bad pattern in 'anywhere': '\(unclosed'"):
        build(CORPUS, tmp_path / "out")


def test_a_missing_model_file_fails_before_any_article_is_read(tmp_path, no_ingest):
    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models)
    (models / "ar_news_nertagger.pt").unlink()
    with pytest.raises(NerModelError, match="ar_news_nertagger.pt.*train-ner"):
        build(CORPUS, tmp_path / "out", model_dir=models)
    assert issubclass(NerModelError, PipelineError)


def test_a_missing_corpus_folder_exits_non_zero_in_one_line_and_changes_nothing(tmp_path, previous_out, capsys):
    before = snapshot(previous_out)
    assert main(["build", str(tmp_path / "nowhere"), "--out", str(previous_out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: corpus folder not found: ") and "nowhere" in err
    assert snapshot(previous_out) == before
    with pytest.raises(CorpusNotFound):
        build(tmp_path / "nowhere", previous_out)


def test_a_corpus_whose_every_file_is_rejected_exits_non_zero_and_changes_nothing(tmp_path, previous_out, capsys):
    corpus = tmp_path / "typo"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "english.txt").write_text("The Pentagon said talks with Russia were professional. " * 5, encoding="utf-8")
    before = snapshot(previous_out)
    assert main(["build", str(corpus), "--out", str(previous_out)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"error: no article to build from {corpus}: all 2 files or records were skipped "
        f"(empty.txt: empty file; english.txt: no Arabic text (English?)); {previous_out} was not changed\n"
    )
    assert snapshot(previous_out) == before


def test_an_empty_corpus_folder_is_nothing_to_build(tmp_path):
    (tmp_path / "corpus").mkdir()
    with pytest.raises(NothingToBuild, match="holds no .txt, .json, .jsonl or .html file"):
        build(tmp_path / "corpus", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_extraction_cache_version_follows_the_code(tmp_path, monkeypatch):
    import pipeline.cache

    for name in pipeline.cache.EXTRACTION_SOURCES:
        shutil.copy(ROOT / "pipeline" / name, tmp_path / name)
    monkeypatch.setattr(pipeline.cache, "PACKAGE_DIR", tmp_path)
    extraction_version.cache_clear()
    try:
        same = extraction_version()
        with (tmp_path / "arabic.py").open("a", encoding="utf-8") as fh:
            fh.write("\n# a change to tokenisation\n")
        extraction_version.cache_clear()
        changed = extraction_version()
    finally:
        extraction_version.cache_clear()
    assert same != changed


def test_build_stats_say_whether_the_build_was_up_to_date():
    stats = BuildStats(articles=1, actors=1, relations=0, edges=0, skipped=0, tagged=0, cached=1, tokens=10)
    assert stats.up_to_date is False


def test_a_cluster_that_cannot_import_the_pipeline_is_named_in_the_error():
    from pipeline.cluster import _missing_module

    try:
        try:
            raise ModuleNotFoundError("No module named 'pipeline'", name="pipeline")
        except ModuleNotFoundError as inner:
            raise RuntimeError("Error during deserialization of the task graph") from inner
    except RuntimeError as outer:
        assert _missing_module(outer) == "pipeline"
    assert _missing_module(RuntimeError("other")) is None


def test_every_module_that_shapes_tagging_output_is_in_the_cache_version():
    # ner_post.py (the run-time repairs) was missing: a change to a repair's code served stale tags
    import re

    import pipeline.cache

    imported = set(re.findall(r"^from \.(\w+) import", (ROOT / "pipeline" / "ner.py").read_text(encoding="utf-8"), re.M))
    shaping = imported - {"errors"}  # exceptions shape no output
    assert shaping and {f"{name}.py" for name in shaping} <= set(pipeline.cache.EXTRACTION_SOURCES)
