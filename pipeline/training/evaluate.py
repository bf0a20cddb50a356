"""Entity-level scoring (exact span and type), as conlleval counts it.

The test sixth is tagged through :class:`pipeline.ner.Tagger`, the same path
users run, not through the trainer's own scorer.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from ..ner_post import spans as bio_spans


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of each entity in a BIO sequence, as a set; a stray I- starts one."""
    return set(bio_spans(tags))


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> dict:
    """Precision, recall and F1 overall and per type, with counts."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = spans(g), spans(p)
        for _, _, kind in gs & ps:
            tp[kind] += 1
        for _, _, kind in ps - gs:
            fp[kind] += 1
        for _, _, kind in gs - ps:
            fn[kind] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": t + f_n, "predicted": t + f_p}

    kinds = sorted(set(tp) | set(fp) | set(fn))
    return {
        "overall": prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        "per_type": {k: prf(tp[k], fp[k], fn[k]) for k in kinds},
    }


SETS = {"test": "ar_anercorp.test.json", "test_by_words": "ar_anercorp.test_words.json", "dev": "ar_anercorp.dev.json"}


def evaluate_files(
    model_dir: Path, data_dir: Path, post: Sequence[str] | None = None, sets: Sequence[str] = tuple(SETS), backend: str = "bundled"
) -> dict:
    """Score the bundled tagger on the test files written by ``prepare``.

    Each file is one document for the tagger's post steps (``post``; default
    :data:`pipeline.ner.DEFAULT_POST`).
    """
    from ..ner import DEFAULT_POST, Tagger

    tagger = Tagger(backend, model_dir, post=DEFAULT_POST if post is None else post)
    report = {}
    for name in sets:
        sentences = json.loads((data_dir / SETS[name]).read_text(encoding="utf-8"))
        tokens = [[w["text"] for w in s] for s in sentences]
        gold = [[w["ner"] for w in s] for s in sentences]
        report[name] = score(gold, tagger.tag_tokens(tokens))
    return report
