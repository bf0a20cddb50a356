"""Arabic named-entity recognition with Stanza. The only module that imports stanza.

Three backends:

``bundled`` (default)
    The model in ``models/``, trained from ANERcorp and SaudiNewsNet by
    ``python -m pipeline train-ner``. Loads with no network access.
``accurate``
    The same vectors with a tagger that also reads two character language
    models trained on SaudiNewsNet (``train-charlm``, then ``train-ner
    --charlm``), meant for names never seen in training; 3.4x slower. Not
    shipped: the one trained measured no better (``models/MODEL_CARD.md``).
``official``
    Stanza's own Arabic models, downloaded on first use into Stanza's model
    folder (``STANZA_RESOURCES_DIR``), with a clear error when offline.

Text is split by :mod:`pipeline.arabic` (ANERcorp's token convention) and
normalised before tagging, as in training; mentions keep the original text.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from .arabic import normalize, split_sentences
from .errors import NerModelError
from .ner_post import POST_STEPS, apply_post, spans
from .types import Article, Mention, Sentence, TaggedArticle

log = logging.getLogger(__name__)

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
MODEL_FILE = "ar_news_nertagger.pt"
PRETRAIN_FILE = "ar_news_vectors.pretrain.pt"
MANIFEST_FILE = "manifest.json"
# The accurate tagger shares PRETRAIN_FILE and reads both character LMs
# (forward, backward); Stanza needs their paths to load it.
ACCURATE_MODEL_FILE = "ar_news_nertagger_charlm.pt"
CHARLM_FILES = ("ar_snn_forward_charlm.pt", "ar_snn_backward_charlm.pt")
MODEL_FILES = (MODEL_FILE, PRETRAIN_FILE, ACCURATE_MODEL_FILE) + CHARLM_FILES
BACKENDS = ("bundled", "accurate", "official")
# Long sentences are tagged in windows: the BiLSTM gains nothing from context
# hundreds of tokens away, and one huge sentence would stall a batch.
MAX_TAG_LEN = 200
# Run-time repairs applied to each document's tags (pipeline.ner_post); part of
# the model version, so a change re-tags cached articles.
DEFAULT_POST: tuple[str, ...] = ("propagate", "lists")
RETRAIN_HINT = "restore it with `git checkout -- models/` or rebuild it with `python -m pipeline train-ner --data ../shared/data`"
ACCURATE_HINT = (
    "restore it with `git checkout -- models/` or rebuild it with `python -m pipeline train-charlm --data ../shared/data` "
    "then `python -m pipeline train-ner --data ../shared/data --charlm build/charlm/saved`"
)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_resources(model_dir: Path) -> None:
    """Write the minimal ``resources.json`` and a manifest of file hashes.

    Stanza reads ``resources.json`` to resolve processors even when every
    model path is given explicitly; the manifest lets us tell a corrupt or
    mismatched file from a missing one.
    """
    resources = {
        "ar": {
            "lang_name": "Arabic",
            "tokenize": {"default": {}},
            "ner": {"default": {}},
            "default_processors": {"tokenize": "default", "ner": "default"},
        }
    }
    (model_dir / "resources.json").write_text(json.dumps(resources, indent=1) + "\n")
    manifest = {name: sha256(model_dir / name) for name in MODEL_FILES if (model_dir / name).is_file()}
    (model_dir / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1) + "\n")


def model_version(backend: str = "bundled", model_dir: Path | None = None, post: Sequence[str] = DEFAULT_POST) -> str:
    """A string that changes whenever tagging output could change (cache key)."""
    steps = "".join("+" + step for step in post)
    if backend == "official":
        return "official-stanza" + steps
    manifest = (model_dir or DEFAULT_MODEL_DIR) / MANIFEST_FILE
    if not manifest.exists():
        return f"{backend}-unknown" + steps
    digest = hashlib.sha256()
    files = json.loads(manifest.read_text())
    for name in _files_of(backend):
        digest.update(f"{name}={files.get(name, '')}\n".encode())
    return f"{backend}-" + digest.hexdigest()[:16] + steps


def _files_of(backend: str) -> tuple[str, ...]:
    if backend == "accurate":
        return (ACCURATE_MODEL_FILE, PRETRAIN_FILE) + CHARLM_FILES
    return (MODEL_FILE, PRETRAIN_FILE)


def check_model_files(model_dir: Path, backend: str = "bundled") -> list[Path]:
    """The backend's files (tagger, pretrain, then any character LMs), or NerModelError naming the problem."""
    paths = [model_dir / name for name in _files_of(backend)]
    hint = RETRAIN_HINT if backend == "bundled" else ACCURATE_HINT
    for path in [model_dir / "resources.json"] + paths:
        if not path.is_file():
            raise NerModelError(f"NER model file missing: {path}; {hint}.")
    manifest_path = model_dir / MANIFEST_FILE
    if manifest_path.is_file():
        expected = json.loads(manifest_path.read_text())
        for path in paths:
            if path.name in expected and sha256(path) != expected[path.name]:
                raise NerModelError(f"NER model file is corrupt or does not match {manifest_path.name}: {path}; {hint}.")
    return paths


class Tagger:
    """A loaded Stanza NER pipeline over pre-split tokens.

    Use :func:`load_tagger`, which loads each backend once per process.
    ``post`` names the run-time repairs of :mod:`pipeline.ner_post` applied to
    each document (one article; all sentences of one ``tag_tokens`` call).
    """

    def __init__(
        self, backend: str = "bundled", model_dir: Path | None = None, batch_size: int = 256, post: Sequence[str] = DEFAULT_POST
    ):
        if backend not in BACKENDS:
            raise ValueError(f"unknown NER backend {backend!r}; choose one of {', '.join(BACKENDS)}")
        unknown = [step for step in post if step not in POST_STEPS]
        if unknown:
            raise ValueError(f"unknown NER post step {', '.join(unknown)}; choose from {', '.join(POST_STEPS)}")
        self.backend = backend
        self.post = tuple(post)
        self.version = model_version(backend, model_dir, self.post)
        self._lock = threading.Lock()
        if backend in ("bundled", "accurate"):
            self._nlp = _load_bundled(model_dir or DEFAULT_MODEL_DIR, batch_size, backend)
        else:
            self._nlp = _load_official(batch_size)

    def tag_tokens(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags (PER/LOC/ORG/MISC) for already-tokenised sentences, in order.

        The sentences are one document for the post steps.
        """
        normalised = [[normalize(t) or t for t in s] for s in sentences]
        return self._post(normalised, self._tag_normalised(normalised))

    def _post(self, normalised: Sequence[Sequence[str]], tags: list[list[str]]) -> list[list[str]]:
        return apply_post(self.post, normalised, tags) if self.post else tags

    def _tag_normalised(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        windows: list[list[str]] = []
        owners: list[int] = []
        for i, tokens in enumerate(sentences):
            for start in range(0, len(tokens), MAX_TAG_LEN):
                windows.append(list(tokens[start : start + MAX_TAG_LEN]))
                owners.append(i)
        tags: list[list[str]] = [[] for _ in sentences]
        if not windows:
            return tags
        with self._lock:  # a stanza pipeline is not safe to share across threads
            doc = self._nlp(windows)
        for owner, sentence in zip(owners, doc.sentences):
            tags[owner].extend(_to_bio([t.ner for t in sentence.tokens]))
        return tags

    def tag_article(self, article: Article) -> TaggedArticle:
        return self.tag_articles([article])[0]

    def tag_articles(self, articles: Iterable[Article]) -> list[TaggedArticle]:
        """Split, tag and collect mentions for many articles in one batch."""
        articles = list(articles)
        split = [split_sentences(a.text) for a in articles]
        flat = [[normalize(t.text) or t.text for t in s.tokens] for sentences in split for s in sentences]
        tags = self._tag_normalised(flat)
        out = []
        at = 0
        for article, sentences in zip(articles, split):
            article_tags = self._post(flat[at : at + len(sentences)], tags[at : at + len(sentences)])
            at += len(sentences)
            mentions: list[Mention] = []
            for sentence, sentence_tags in zip(sentences, article_tags):
                mentions.extend(mentions_from_bio(article, sentence, sentence_tags))
            out.append(TaggedArticle(article, tuple(sentences), tuple(mentions)))
        return out


def mentions_from_bio(article: Article, sentence: Sentence, tags: Sequence[str]) -> list[Mention]:
    """Turn a sentence's BIO tags into mentions with character offsets."""
    mentions = []
    for start, end, kind in spans(tags):
        first, last = sentence.tokens[start], sentence.tokens[end - 1]
        mentions.append(
            Mention(
                article_id=article.id,
                sentence=sentence.index,
                start=first.start,
                end=last.end,
                text=article.text[first.start : last.end],
                type=kind,
                token_start=start,
                token_end=end,
            )
        )
    return mentions


_TYPE_MAP = {"PER": "PER", "PERS": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG", "MISC": "MISC"}


def _to_bio(tags: Sequence[str]) -> list[str]:
    """Stanza emits BIOES; we speak BIO with PER/LOC/ORG/MISC."""
    out = []
    for tag in tags:
        if tag in ("O", "", None):
            out.append("O")
            continue
        prefix, _, label = tag.partition("-")
        label = _TYPE_MAP.get(label, "MISC")
        out.append(("B-" if prefix in ("B", "S") else "I-") + label)
    return out


def viterbi_decode(scores, transition_params):
    """Stanza's CRF decoding, same result, a fifth of the numpy calls per step.

    ``stanza.models.common.crf.viterbi_decode`` spends most of its time in
    numpy's Python wrappers (np.max, np.argmax, np.expand_dims per token); on
    CPU that was a quarter of all tagging time. Ties break the same way
    (first maximum), so the tags are identical.
    """
    import numpy as np

    length, tags = scores.shape
    backpointers = np.zeros((length, tags), dtype=np.int64)
    columns = np.arange(tags)
    trellis = scores[0]
    for t in range(1, length):
        v = trellis[:, None] + transition_params
        best = v.argmax(0)
        backpointers[t] = best
        trellis = scores[t] + v[best, columns]
    path = [int(trellis.argmax())]
    for t in range(length - 1, 0, -1):
        path.append(int(backpointers[t, path[-1]]))
    path.reverse()
    return path, trellis.max()


def _use_fast_decoding() -> None:
    import stanza.models.ner.trainer as ner_trainer

    ner_trainer.viterbi_decode = viterbi_decode


def _load_bundled(model_dir: Path, batch_size: int, backend: str = "bundled"):
    model, pretrain, *charlm_files = check_model_files(model_dir, backend)
    import stanza

    _use_fast_decoding()
    charlm = {}
    if charlm_files:
        charlm = {"ner_forward_charlm_path": str(charlm_files[0]), "ner_backward_charlm_path": str(charlm_files[1])}
    try:
        return stanza.Pipeline(
            "ar",
            dir=str(model_dir),
            processors="tokenize,ner",
            tokenize_pretokenized=True,
            ner_model_path=str(model),
            ner_pretrain_path=str(pretrain),
            **charlm,
            ner_batch_size=batch_size,
            download_method=None,
            use_gpu=False,
            logging_level="WARN",
        )
    except Exception as exc:  # torch/pickle raise many types for a bad file
        raise NerModelError(f"cannot load NER model {model} with pretrain {pretrain} ({exc}); {RETRAIN_HINT}.") from exc


def official_model_dir() -> Path:
    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def _load_official(batch_size: int):
    import stanza

    _use_fast_decoding()
    model_dir = official_model_dir()
    try:
        return stanza.Pipeline(
            "ar",
            dir=str(model_dir),
            processors="tokenize,ner",
            tokenize_pretokenized=True,
            ner_batch_size=batch_size,
            download_method=stanza.DownloadMethod.REUSE_RESOURCES,
            logging_level="INFO",  # shows download progress on first use
        )
    except Exception as exc:
        raise NerModelError(
            f"cannot load Stanza's official Arabic NER models into {model_dir}: {type(exc).__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else ''}. They are downloaded on first use, which needs a network "
            "connection; offline, use the bundled model (--ner bundled)."
        ) from exc


_TAGGERS: dict[tuple[str, str, tuple[str, ...]], Tagger] = {}
_TAGGERS_LOCK = threading.Lock()


def load_tagger(backend: str = "bundled", model_dir: Path | None = None, post: Sequence[str] = DEFAULT_POST) -> Tagger:
    """The process-wide tagger for ``backend``: loaded on first call, then reused."""
    key = (backend, str(model_dir or DEFAULT_MODEL_DIR), tuple(post))
    with _TAGGERS_LOCK:
        if key not in _TAGGERS:
            _TAGGERS[key] = Tagger(backend, model_dir, post=post)
        return _TAGGERS[key]
