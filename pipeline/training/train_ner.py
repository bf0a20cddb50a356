"""Rebuild the bundled Arabic NER model from ``shared/data`` alone.

``python -m pipeline train-ner --data ../shared/data`` runs every stage:

1. ``prepare``: split ANERcorp as its README says and write Stanza JSON;
   with ``extra`` set, also a training mix with WikiFANE and/or AQMAR
   (see :mod:`.mix`), which the tagger then trains on;
2. ``vectors``: word2vec on SaudiNewsNet (+ the ANERcorp training part),
   pruned, converted with Stanza's ``Pretrain``;
3. ``train``: Stanza's own trainer, ``stanza.models.ner_tagger``;
4. ``package``: extend the frozen word vocabulary (see :mod:`.expand`) and
   write model, pretrain, ``resources.json`` and a manifest to ``models/``;
5. ``evaluate``: entity-level P/R/F1 on the test sixth through our tagger.

With ``--charlm DIR`` (the LMs of ``train-charlm``) stages 2 and 4 change: the
tagger trains over the vectors already in ``models/`` and is packaged beside
the default as the ``accurate`` backend (:func:`package_accurate`).

Stages whose outputs exist are skipped, so an interrupted run resumes.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .mix import build_mix, mix_name
from .ner_data import read_anercorp, split_anercorp, to_stanza_json
from .vectors import saudinewsnet_texts, train_word2vec, write_training_text, write_vec

log = logging.getLogger(__name__)


# The shipped model's step count on training + dev: the ANERcorp-only selection run with this
# recipe's vectors kept its best dev checkpoint at step 4,250 (model card, second session);
# scaled by the 11% more sentences dev adds (3,958 against 3,562) for the same epochs.
FINAL_STEPS = 4700


def default_final_steps(extra: tuple[str, ...], charlm: object) -> int:
    """``--final-steps`` left out: the shipped recipe (the final retrain) for the default model, a
    selection run on dev for an experiment (a mix or a character-LM tagger), which dev must judge."""
    return 0 if extra or charlm else FINAL_STEPS


@dataclass(frozen=True)
class TrainConfig:
    data: Path
    work: Path = Path("build/ner")
    models: Path = Path("models")
    vector_dim: int = 100
    vector_epochs: int = 5
    vector_vocab: int = 45000  # words the tagger trains with
    packaged_vocab: int = 100000  # words shipped: frozen rows appended after training
    hidden_dim: int = 128
    char_hidden_dim: int = 64
    char_emb_dim: int = 64
    max_train_len: int = 120
    max_steps: int = 9000
    max_steps_no_improve: int = 2000
    eval_interval: int = 250
    batch_size: int = 32
    dropout: float = 0.5
    word_dropout: float = 0.05
    optim: str = "sgd"
    lr: float = 0.1
    seed: int = 1234
    threads: int = 2
    extra: tuple[str, ...] = ()  # extra corpora for the training mix: wikifane, aqmar
    extra_filter: str = "all"  # all, or per-only: only extra sentences with a PER entity
    # Folder of the character LMs (train-charlm's saved/), or none. With it the
    # tagger trains over the vectors already in ``models`` and is packaged as the
    # ``accurate`` backend beside the default, which stays as it is.
    charlm: Path | None = None
    # 0: train on the training part and keep the best checkpoint on dev (model
    # selection). N > 0: the final retrain, on training + dev together for
    # exactly N steps (the step count a selection run chose), with no dev left
    # to choose by; the vectors then force in dev words as well.
    final_steps: int = 0

    def __post_init__(self) -> None:
        if self.final_steps and (self.extra or self.charlm):
            raise ValueError("a final retrain is of the ANERcorp-only default model; drop --extra/--charlm or --final-steps")

    @property
    def train_file(self) -> str:
        """The training JSON the tagger reads: ANERcorp alone, with dev for a final retrain, or the mix."""
        if self.final_steps:
            return "ar_anercorp.train_dev.json"
        if not self.extra:
            return "ar_anercorp.train.json"
        return f"ar_mix.{mix_name(self.extra, self.extra_filter)}.train.json"

    @property
    def vectors_dir(self) -> Path:
        """Vectors of a final retrain force in dev words, so they live apart from the selection run's."""
        return self.work / ("vectors_final" if self.final_steps else "vectors")

    @property
    def model_name(self) -> str:
        """The checkpoint name in ``work/saved``; one per mix and LM, so runs resume apart."""
        parts = ["ar_news_nertagger"]
        if self.extra:
            parts.append(mix_name(self.extra, self.extra_filter))
        if self.charlm:
            parts.append("charlm")
        if self.final_steps:
            parts.append(f"final{self.final_steps}")
        return ".".join(parts) + ".pt"

    def charlm_files(self) -> tuple[Path, Path] | None:
        """(forward, backward) character LM files, checked to exist, or None."""
        if self.charlm is None:
            return None
        from ..ner import CHARLM_FILES

        files = tuple(self.charlm / name for name in CHARLM_FILES)
        missing = [str(f) for f in files if not f.is_file()]
        if missing:
            raise SystemExit(f"character LM missing: {', '.join(missing)}; run `python -m pipeline train-charlm` first")
        return files


def prepare(cfg: TrainConfig) -> dict:
    """Split ANERcorp and write train/dev/test JSON; returns split sizes."""
    out = cfg.work / "data"
    out.mkdir(parents=True, exist_ok=True)
    split = split_anercorp(read_anercorp(cfg.data / "anercorp" / "ANERCorp.txt"))
    to_stanza_json(split.train, out / "ar_anercorp.train.json", max_len=cfg.max_train_len)
    to_stanza_json(split.train + split.dev, out / "ar_anercorp.train_dev.json", max_len=cfg.max_train_len)
    to_stanza_json(split.dev, out / "ar_anercorp.dev.json")
    to_stanza_json(split.test, out / "ar_anercorp.test.json")
    to_stanza_json(split.test_by_words, out / "ar_anercorp.test_words.json")
    sizes = {
        name: {"sentences": len(part), "tokens": sum(len(s) for s in part)}
        for name, part in (("train", split.train), ("dev", split.dev), ("test", split.test), ("test_by_words", split.test_by_words))
    }
    if cfg.extra:
        mix, reports = build_mix(split, cfg.data, cfg.extra, cfg.extra_filter)
        to_stanza_json(mix, out / cfg.train_file, max_len=cfg.max_train_len)
        sizes["mix"] = {"file": cfg.train_file, "sentences": len(mix), "tokens": sum(len(s) for s in mix), "sources": [asdict(r) for r in reports]}
    (out / "split.json").write_text(json.dumps(sizes, indent=1))
    return sizes


def vectors(cfg: TrainConfig) -> Path:
    """Train word vectors once, then prune them into a Stanza pretrain."""
    from stanza.models.common.pretrain import Pretrain

    from ..arabic import normalize

    out = cfg.vectors_dir
    out.mkdir(parents=True, exist_ok=True)
    pretrain_pt = out / f"ar_saudinewsnet.{cfg.vector_vocab}.pretrain.pt"
    if pretrain_pt.exists():
        return pretrain_pt
    split = split_anercorp(read_anercorp(cfg.data / "anercorp" / "ANERCorp.txt"))
    # The vector text holds the ANERcorp training part (never dev or test);
    # only training words are forced into the vocabulary, so the development
    # set meets unknown words as often as new text does. A final retrain
    # trains on dev too, so its words are training words there.
    trained_on = split.train + split.dev if cfg.final_steps else split.train
    train_words = [[tok for tok, _ in s] for s in trained_on]
    full = out / "word2vec.kv"
    if not full.exists():
        corpus = out / "corpus.txt"
        if not corpus.exists():
            n = write_training_text(saudinewsnet_texts(cfg.data / "saudinewsnet"), train_words, corpus)
            log.info("vector corpus: %d tokens", n)
        start = time.time()
        model = train_word2vec(corpus, cfg.vector_dim, cfg.vector_epochs, cfg.threads, cfg.seed)
        log.info("word2vec: %d words in %.0fs", len(model.wv), time.time() - start)
        model.wv.save(str(full))
    from gensim.models import KeyedVectors

    kv = KeyedVectors.load(str(full))
    # Keep every word of the NER training part that has a vector: the tagger
    # cannot learn from a word it sees only as UNK.
    keep = {normalize(w) for s in train_words for w in s}
    vec = out / f"vectors.{cfg.vector_vocab}.vec"
    kept = write_vec(kv, vec, cfg.vector_vocab, keep)
    log.info("pretrain vocabulary: %d words", kept)
    Pretrain(str(pretrain_pt), str(vec), max_vocab=kept + 10).load()
    return pretrain_pt


def train(cfg: TrainConfig, pretrain_pt: Path, name: str | None = None) -> Path:
    """Run Stanza's NER trainer in a subprocess, one thread per process."""
    name = name or cfg.model_name
    save_dir = cfg.work / "saved"
    model = save_dir / name
    if model.exists():
        return model
    data = cfg.work / "data"
    steps, no_improve, interval = cfg.max_steps, cfg.max_steps_no_improve, cfg.eval_interval
    if cfg.final_steps:
        # One evaluation, at the last step, saves that step's model: dev is
        # part of the training data, so its score cannot choose a checkpoint.
        steps = interval = cfg.final_steps
        no_improve = cfg.final_steps + 1
    args = [
        sys.executable, "-m", "stanza.models.ner_tagger",
        "--mode", "train",
        "--shorthand", "ar_anercorp",
        "--train_file", str(data / cfg.train_file),
        "--eval_file", str(data / "ar_anercorp.dev.json"),
        "--wordvec_pretrain_file", str(pretrain_pt),
        "--save_dir", str(save_dir),
        "--save_name", name,
        "--hidden_dim", str(cfg.hidden_dim),
        "--char_hidden_dim", str(cfg.char_hidden_dim),
        "--char_emb_dim", str(cfg.char_emb_dim),
        "--word_emb_dim", str(cfg.vector_dim),
        "--max_steps", str(steps),
        "--max_steps_no_improve", str(no_improve),
        "--eval_interval", str(interval),
        "--batch_size", str(cfg.batch_size),
        "--dropout", str(cfg.dropout),
        "--word_dropout", str(cfg.word_dropout),
        "--optim", cfg.optim,
        "--lr", str(cfg.lr),
        "--seed", str(cfg.seed),
        "--cpu",
    ]
    charlm = cfg.charlm_files()
    if charlm:
        from .charlm import SHORTHAND

        args += ["--charlm", "--charlm_shorthand", SHORTHAND, "--charlm_forward_file", str(charlm[0]), "--charlm_backward_file", str(charlm[1])]
    env = dict(os.environ, OMP_NUM_THREADS=str(cfg.threads), MKL_NUM_THREADS=str(cfg.threads))
    start = time.time()
    subprocess.run(args, check=True, env=env)
    (save_dir / (name + ".seconds")).write_text(f"{time.time() - start:.0f}\n")
    return model


def shipped_pretrain(cfg: TrainConfig) -> Path:
    """The default model's vectors, which the accurate tagger trains over and shares."""
    from ..ner import PRETRAIN_FILE

    path = cfg.models / PRETRAIN_FILE
    if not path.is_file():
        raise SystemExit(f"{path} missing: the accurate tagger trains over the default model's vectors; train the default first")
    return path


def package_accurate(cfg: TrainConfig, model: Path) -> None:
    """The charlm tagger and both LMs into ``models/`` beside the default model; manifest updated."""
    import shutil

    import torch

    from ..ner import ACCURATE_MODEL_FILE, CHARLM_FILES, write_resources

    checkpoint = torch.load(model, map_location="cpu", weights_only=False)
    # The trained deltas of the word vectors are most of the file; half precision
    # halves it, and Stanza casts them back when it loads the state dict.
    checkpoint["model"]["delta_emb.weight"] = checkpoint["model"]["delta_emb.weight"].half()
    torch.save(checkpoint, cfg.models / ACCURATE_MODEL_FILE)
    for source, name in zip(cfg.charlm_files(), CHARLM_FILES):
        shutil.copyfile(source, cfg.models / name)
    write_resources(cfg.models)
    (cfg.models / "training_config.accurate.json").write_text(
        json.dumps({k: str(v) for k, v in asdict(cfg).items()}, indent=1) + "\n"
    )


def package(cfg: TrainConfig, model: Path, pretrain_pt: Path) -> None:
    """Copy the model files into ``models/`` with a minimal ``resources.json``."""
    from ..ner import MODEL_FILE, PRETRAIN_FILE, write_resources

    from .expand import expand_vocabulary

    cfg.models.mkdir(parents=True, exist_ok=True)
    words = expand_vocabulary(
        model, pretrain_pt, cfg.vectors_dir / "word2vec.kv", cfg.packaged_vocab, cfg.models / MODEL_FILE, cfg.models / PRETRAIN_FILE
    )
    log.info("packaged vocabulary: %d words", words)
    write_resources(cfg.models)
    (cfg.models / "training_config.json").write_text(
        json.dumps({k: str(v) for k, v in asdict(cfg).items()}, indent=1) + "\n"
    )


def run(cfg: TrainConfig) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    log.info("split: %s", prepare(cfg))
    if cfg.charlm:
        cfg.charlm_files()  # fail before any work when an LM is missing
        model = train(cfg, shipped_pretrain(cfg))
        package_accurate(cfg, model)
    else:
        pretrain_pt = vectors(cfg)
        model = train(cfg, pretrain_pt)
        package(cfg, model, pretrain_pt)
    from .evaluate import evaluate_files

    backend = "accurate" if cfg.charlm else "bundled"
    report = evaluate_files(cfg.models, cfg.work / "data", backend=backend)
    scores = "test_scores.accurate.json" if cfg.charlm else "test_scores.json"
    (cfg.models / scores).write_text(json.dumps(report, indent=1) + "\n")
    log.info("test: %s", json.dumps(report["test"]["overall"]))
