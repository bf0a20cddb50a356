"""Give a trained tagger vectors for words it never saw in training.

Stanza's NER keeps the pretrained word embedding frozen (training only learns
a delta for the training words), so rows appended to the pretrain keep every
existing index and weight as they were; words that would have been UNK at run
time get their word2vec vector instead. The model's own copy of the word
vocabulary is extended identically, as Stanza requires the two to match.

The appended matrix is stored in float16, which halves the file; Stanza
copies it into its float32 embedding on load.
"""
from __future__ import annotations

import os
from collections import OrderedDict
from pathlib import Path


def expand_vocabulary(model_in: Path, pretrain_in: Path, vectors: Path, total_words: int, model_out: Path, pretrain_out: Path) -> int:
    """Append the most frequent missing words of ``vectors`` up to ``total_words``; returns the new size."""
    import torch
    from gensim.models import KeyedVectors

    model = torch.load(model_in, map_location="cpu", weights_only=False)
    pretrain = torch.load(pretrain_in, map_location="cpu", weights_only=True)
    words = list(pretrain["vocab"]["_id2unit"])
    if list(model["vocab"]["word"]["_id2unit"]) != words:
        raise ValueError(f"{model_in} was not trained with {pretrain_in}: their word vocabularies differ")
    kv = KeyedVectors.load(str(vectors))
    known = set(words)
    new = [w for w in kv.index_to_key if w not in known][: max(0, total_words - len(words))]
    emb = torch.cat([torch.as_tensor(pretrain["emb"], dtype=torch.float32), torch.tensor(kv[new], dtype=torch.float32)]) if new else torch.as_tensor(pretrain["emb"])
    words += new
    vocab = OrderedDict(pretrain["vocab"])
    vocab["_id2unit"] = words
    vocab["_unit2id"] = {w: i for i, w in enumerate(words)}
    _save(torch, {"vocab": dict(vocab), "emb": emb.to(torch.float16)}, pretrain_out, legacy=True)
    model["vocab"]["word"] = vocab
    _save(torch, model, model_out, legacy=False)
    return len(words)


def _save(torch, data, path: Path, legacy: bool) -> None:
    tmp = Path(str(path) + ".tmp")
    if legacy:  # the format Stanza's own Pretrain.save writes
        torch.save(data, tmp, _use_new_zipfile_serialization=False)
    else:
        torch.save(data, tmp)
    os.replace(tmp, path)
