"""The bundled Stanza model, loaded for real, offline."""
import shutil
import subprocess
import sys

import pytest

from pipeline.arabic import split_sentences
from pipeline.errors import NerModelError
from pipeline.ner import ACCURATE_MODEL_FILE, CHARLM_FILES, MODEL_FILE, PRETRAIN_FILE, DEFAULT_MODEL_DIR, Tagger
from pipeline.types import Article

from .conftest import ROOT

pytestmark = pytest.mark.model

# Sentences from the seed articles (000: Al-Watan, July 2016; 002: Syrian Telegraph, October 2015).
KERRY_LAVROV = "وقبل أقل من أسبوعين، توصل كيري ولافروف بعد محادثات ماراثونية في موسكو، إلى اتفاق على قائمة طويلة من «الخطوات الملموسة»."
LAVROV = "وبعد محادثاتهما أول من أمس في لاوس، أعلن لافروف أن تنفيذ «الخطوات» منوط بعمليات القوات الروسية وقوات التحالف الدولي."
PENTAGON = "أكدت وزارة الدفاع الروسية تحقيق تقدم في بلورة اتفاق محتمل بينها وبين البنتاغون بشأن ضمان سلامة الطلعات."
COOK = "من جانبه قال المتحدث باسم البنتاغون بيتر كوك إن المحادثات بين الطرفين استغرقت نحو ساعة ونصف الساعة."


def entities(tagger, text):
    article = Article(id="t", text=text)
    return {(m.text, m.type) for m in tagger.tag_article(article).mentions}


def test_real_stanza_run_offline_finds_seed_actors(no_network):
    tagger = Tagger("bundled")  # a fresh load, under the network block
    found = entities(tagger, KERRY_LAVROV) | entities(tagger, LAVROV) | entities(tagger, PENTAGON)
    per = {text for text, kind in found if kind == "PER"}
    assert any("كيري" in t for t in per), found
    assert any("لافروف" in t for t in per), found
    assert ("البنتاغون", "ORG") in found, found


def test_person_with_first_name_is_one_span(tagger):
    assert ("بيتر كوك", "PER") in entities(tagger, COOK)


def test_mentions_point_into_the_article_text(tagger):
    article = Article(id="a", text=COOK + "\n" + KERRY_LAVROV)
    tagged = tagger.tag_article(article)
    assert tagged.mentions
    for m in tagged.mentions:
        assert article.text[m.start : m.end] == m.text
        sentence = tagged.sentences[m.sentence]
        assert sentence.start <= m.start < m.end <= sentence.end


def test_tags_align_with_tokens_for_long_and_empty_sentences(tagger):
    long_sentence = split_sentences(" ".join([LAVROV.rstrip(".")] * 30))[0]
    tokens = [[t.text for t in long_sentence.tokens], [], ["Kerry", "met", "Lavrov"]]
    tags = tagger.tag_tokens(tokens)
    assert [len(t) for t in tags] == [len(t) for t in tokens]
    assert all(tag == "O" or tag[:2] in ("B-", "I-") for sentence in tags for tag in sentence)
    # every window of the long sentence still finds Lavrov
    assert sum(tag == "B-PER" for tag in tags[0]) >= 30


def test_pretrain_path_is_passed_to_stanza(tagger):
    config = tagger._nlp.config
    assert config["ner_pretrain_path"].endswith(PRETRAIN_FILE)
    assert config["ner_model_path"].endswith(MODEL_FILE)


def copy_models(tmp_path):
    target = tmp_path / "models"
    shutil.copytree(DEFAULT_MODEL_DIR, target)
    return target


@pytest.mark.parametrize("missing", [MODEL_FILE, PRETRAIN_FILE, "resources.json"])
def test_missing_model_file_names_the_file_and_the_fix(tmp_path, missing):
    models = copy_models(tmp_path)
    (models / missing).unlink()
    with pytest.raises(NerModelError) as err:
        Tagger("bundled", models)
    assert str(models / missing) in str(err.value)
    assert "train-ner" in str(err.value)


@pytest.mark.parametrize("damaged", [MODEL_FILE, PRETRAIN_FILE])
def test_corrupt_model_file_is_reported_not_loaded(tmp_path, damaged):
    models = copy_models(tmp_path)
    path = models / damaged
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = b"\0" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(NerModelError, match="corrupt") as err:
        Tagger("bundled", models)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("missing", [ACCURATE_MODEL_FILE, *CHARLM_FILES])
def test_accurate_tagger_without_its_files_names_the_file_and_how_to_train_it(tmp_path, missing):
    # The accurate tagger is not shipped (models/MODEL_CARD.md): stand-ins for its other files.
    models = copy_models(tmp_path)
    for name in (ACCURATE_MODEL_FILE, *CHARLM_FILES):
        if not (models / name).exists():
            (models / name).write_bytes(b"stand-in")
    (models / missing).unlink()
    with pytest.raises(NerModelError) as err:
        Tagger("accurate", models)
    assert str(models / missing) in str(err.value)
    assert "train-charlm" in str(err.value)


def test_truncated_model_without_manifest_is_a_clear_error(tmp_path):
    models = copy_models(tmp_path)
    (models / "manifest.json").unlink()
    (models / MODEL_FILE).write_bytes(b"not a torch file")
    with pytest.raises(NerModelError) as err:
        Tagger("bundled", models)
    assert MODEL_FILE in str(err.value) and "train-ner" in str(err.value)


def test_tag_cli_reports_a_broken_model_in_one_line(tmp_path):
    models = copy_models(tmp_path)
    (models / PRETRAIN_FILE).unlink()
    tokens = tmp_path / "t.txt"
    tokens.write_text("كيري\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "tag", str(tokens), "--models", str(models)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and PRETRAIN_FILE in result.stderr


def test_official_backend_offline_is_a_one_line_error(tmp_path, monkeypatch, no_network):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "stanza"))
    with pytest.raises(NerModelError) as err:
        Tagger("official")
    message = str(err.value)
    assert "\n" not in message
    assert "network" in message and "--ner bundled" in message
