"""Appending frozen word vectors to a trained tagger changes nothing it already knew."""
import numpy as np
import pytest
import torch

from pipeline.ner import DEFAULT_MODEL_DIR, MODEL_FILE, PRETRAIN_FILE, Tagger, write_resources
from pipeline.training.expand import expand_vocabulary

pytestmark = pytest.mark.model

SENTENCE = "وأكد رئيس هيئة الأركان الأميركية المشتركة الجنرال جوزيف دانفورد أن أي تعاون عسكري مع روسيا سيتضمن إجراءات".split()


@pytest.fixture(scope="module")
def expanded(tmp_path_factory):
    from gensim.models import KeyedVectors

    folder = tmp_path_factory.mktemp("expanded")
    pretrain = torch.load(DEFAULT_MODEL_DIR / PRETRAIN_FILE, weights_only=True)
    known = list(pretrain["vocab"]["_id2unit"])
    new_words = ["كلمةجديدةاولى", "كلمةجديدةثانية", "كلمةجديدةثالثة"]
    kv = KeyedVectors(vector_size=pretrain["emb"].shape[1])
    rng = np.random.default_rng(0)
    kv.add_vectors(known[:50] + new_words, rng.normal(size=(53, kv.vector_size)).astype(np.float32))
    kv.save(str(folder / "vectors.kv"))
    size = expand_vocabulary(
        DEFAULT_MODEL_DIR / MODEL_FILE, DEFAULT_MODEL_DIR / PRETRAIN_FILE, folder / "vectors.kv", len(known) + 2, folder / MODEL_FILE, folder / PRETRAIN_FILE
    )
    write_resources(folder)
    return folder, known, new_words, size


def test_new_words_are_appended_to_both_vocabularies(expanded):
    folder, known, new_words, size = expanded
    assert size == len(known) + 2
    pretrain = torch.load(folder / PRETRAIN_FILE, weights_only=True)
    model = torch.load(folder / MODEL_FILE, weights_only=False)
    assert pretrain["vocab"]["_id2unit"] == known + new_words[:2]
    assert model["vocab"]["word"]["_id2unit"] == pretrain["vocab"]["_id2unit"]
    assert pretrain["emb"].dtype == torch.float16 and pretrain["emb"].shape[0] == size


def test_tags_of_known_words_are_unchanged(expanded, tagger):
    folder, *_ = expanded
    assert Tagger("bundled", folder).tag_tokens([SENTENCE]) == tagger.tag_tokens([SENTENCE])


def test_a_pretrain_from_another_model_is_refused(expanded, tmp_path):
    folder, *_ = expanded
    with pytest.raises(ValueError, match="word vocabularies differ"):
        expand_vocabulary(DEFAULT_MODEL_DIR / MODEL_FILE, folder / PRETRAIN_FILE, folder / "vectors.kv", 10, tmp_path / "m.pt", tmp_path / "p.pt")
