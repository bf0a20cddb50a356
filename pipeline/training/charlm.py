"""Character language models on SaudiNewsNet for the NER tagger (issue 11).

``python -m pipeline train-charlm --data ../shared/data`` writes the text as
the tagger sees it (our tokeniser, ``normalize``, tokens joined by spaces, one
sentence per line) and trains Stanza's forward and backward character LMs
(``stanza.models.charlm``) as two one-thread processes side by side.

The news days the project holds out for its actor and relation evaluations
are left out of the text, so the held-out articles stay unseen. Stanza saves
the best model (lowest dev loss) at every evaluation, so a run stopped early
still leaves a usable model, and a restarted run resumes from its checkpoint.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from .vectors import day_texts, write_training_text

log = logging.getLogger(__name__)

# Days of the project's own held-out sets (relations: 2015-08-02/03;
# actors: 2015-08-07…10): never part of the LM's text.
HELD_OUT_DAYS = ("2015-08-02", "2015-08-03", "2015-08-07", "2015-08-08", "2015-08-09", "2015-08-10")
SHORTHAND = "ar_snn"  # Stanza names the saved LMs {SHORTHAND}_{direction}_charlm.pt


@dataclass(frozen=True)
class CharlmConfig:
    data: Path
    work: Path = Path("build/charlm")
    hidden_dim: int = 256
    emb_dim: int = 100
    batch_size: int = 100
    bptt: int = 250
    epochs: int = 1
    eval_steps: int = 200
    dev_every: int = 200  # every Nth sentence goes to the dev file
    chunk_lines: int = 200_000  # sentences per training file (one tensor each)


def model_file(work: Path, direction: str) -> Path:
    """Where Stanza saves the best LM of a direction: the names the tagger's loader expects."""
    from ..ner import CHARLM_FILES

    return work / "saved" / CHARLM_FILES[("forward", "backward").index(direction)]


def write_text(cfg: CharlmConfig) -> tuple[Path, Path]:
    """Training files (a folder of chunks) and one dev file; skipped when present."""
    train_dir, dev_file = cfg.work / "text" / "train", cfg.work / "text" / "dev.txt"
    if dev_file.exists():
        return train_dir, dev_file
    train_dir.mkdir(parents=True, exist_ok=True)
    folder = cfg.data / "saudinewsnet"
    days = [z for z in sorted(folder.glob("*.zip")) if z.stem not in HELD_OUT_DAYS]
    whole = cfg.work / "text" / "all.txt"
    tokens = write_training_text(chain.from_iterable(day_texts(day) for day in days), [], whole)
    chunk, lines, dev = 0, [], []
    with whole.open(encoding="utf-8") as text:
        for n, line in enumerate(text):
            (dev if n % cfg.dev_every == 0 else lines).append(line)
            if len(lines) >= cfg.chunk_lines:
                (train_dir / f"part{chunk:03d}.txt").write_text("".join(lines), encoding="utf-8")
                chunk, lines = chunk + 1, []
    if lines:
        (train_dir / f"part{chunk:03d}.txt").write_text("".join(lines), encoding="utf-8")
    whole.unlink()
    dev_file.write_text("".join(dev), encoding="utf-8")  # last: marks the text complete
    log.info("charlm text: %d days, %d tokens, %d dev sentences", len(days), tokens, len(dev))
    return train_dir, dev_file


def _build_vocab(cfg: CharlmConfig, train_dir: Path) -> None:
    """Once, before the two trainers start: each would otherwise write it at the same time."""
    vocab = cfg.work / "saved" / f"{SHORTHAND}_vocab.pt"
    if vocab.exists():
        return
    import torch
    from stanza.models.common.char_model import build_charlm_vocab

    vocab.parent.mkdir(parents=True, exist_ok=True)
    torch.save(build_charlm_vocab(str(train_dir), cutoff=1000).state_dict(), vocab)


def train_args(cfg: CharlmConfig, direction: str, train_dir: Path, dev_file: Path) -> list[str]:
    return [
        sys.executable, "-m", "stanza.models.charlm",
        "--mode", "train",
        "--direction", direction,
        "--shorthand", SHORTHAND,
        "--train_dir", str(train_dir),
        "--eval_file", str(dev_file),
        "--save_dir", str(cfg.work / "saved"),
        "--char_hidden_dim", str(cfg.hidden_dim),
        "--char_emb_dim", str(cfg.emb_dim),
        "--batch_size", str(cfg.batch_size),
        "--bptt_size", str(cfg.bptt),
        "--epochs", str(cfg.epochs),
        "--eval_steps", str(cfg.eval_steps),
        "--cpu",
    ]


def run(cfg: CharlmConfig) -> dict[str, Path]:
    """Both directions at once, one thread each; returns the two model files."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    train_dir, dev_file = write_text(cfg)
    _build_vocab(cfg, train_dir)
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    start = time.time()
    procs = {
        d: subprocess.Popen(train_args(cfg, d, train_dir, dev_file), env=env)
        for d in ("forward", "backward")
    }
    failed = [d for d, p in procs.items() if p.wait() != 0]
    if failed:
        raise SystemExit(f"charlm training failed: {', '.join(failed)}")
    (cfg.work / "saved" / "seconds").write_text(f"{time.time() - start:.0f}\n")
    return {d: model_file(cfg.work, d) for d in procs}
