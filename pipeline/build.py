"""The one orchestrator: ingest → ner → actors → relations → graph → export.

The CLI (``python -m pipeline build``) and the Streamlit app both call
:func:`build`, so neither wires stages by hand. Tagging goes through the
per-article cache, so an unchanged rebuild tags nothing and loads no model.

Order of work
-------------
1. :func:`check_resources` loads and checks the registry, the lexicon, the
   boilerplate patterns and the model files, so a typo costs a second, not
   a tagging pass.
2. Ingest; when no article survives, :class:`~pipeline.errors.NothingToBuild`
   is raised and ``OUT_DIR`` is not touched.
3. Tag (cached), link, extract relations, build the graph. Tagging workers also
   link what they tag (:mod:`pipeline.articlework`); the merge across articles and
   the curation run here.
4. Write every file into a staging folder inside ``OUT_DIR``, then move each
   into place with an atomic rename; the manifest (``build.json``) is removed
   before the moves and written after them. A build killed at any moment
   leaves every file whole (old or new), and without a manifest naming the
   current inputs the next build redoes the work.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path

import networkx as nx

from .articlework import ArticleWork, relations_of
from .cache import ExtractionCache
from .durable import fsync_path
from .errors import NothingToBuild, PipelineError, ResourceError
from .types import Article, IngestResult, Relation, TaggedArticle

Progress = Callable[[int, int], None]  # (articles tagged so far, articles to tag)

CHUNK = 16  # articles per tagging call: large enough to batch, small enough for progress
# Spawning a worker costs a model load (seconds): only worth it for real work.
MIN_ARTICLES_PER_WORKER = 24


@dataclass(frozen=True)
class BuildStats:
    articles: int
    actors: int
    relations: int
    edges: int
    skipped: int
    tagged: int  # articles run through NER in this build
    cached: int  # articles whose NER output came from the cache
    tokens: int
    seconds: dict[str, float] = field(default_factory=dict)
    up_to_date: bool = False  # OUT_DIR already held this build: nothing was linked or written


STORE_FILE = "store.duckdb"  # the embedded store: every table of the build (pipeline.store)
MANIFEST = "build.json"  # fingerprint of the inputs that made OUT_DIR's files
STAGING_PREFIX = ".staging-"  # OUT_DIR/.staging-*: files of a build not yet moved into place
PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Resources:
    """Everything a build reads besides the articles, loaded and checked."""

    registry: object  # pipeline.actors.Registry
    lexicon: object  # pipeline.relations.Lexicon


def check_resources(ner: str = "bundled", model_dir: Path | None = None) -> Resources:
    """Load and check every resource a build needs, before any article is read.

    The actor registry, the relation lexicon, the boilerplate patterns and
    (for the bundled backend) the model files with their hashes; as Stanza's
    pipeline checks its processors before it runs.

    Raises
    ------
    PipelineError
        The first problem found, in one line naming the file and the fix.
    """
    from .actors import RegistryError, load_registry
    from .actors.nationalities import nationality_of
    from .ingest import load_boilerplate
    from .ner import BACKENDS, DEFAULT_MODEL_DIR, check_model_files
    from .relations import LexiconError, load_lexicon

    try:
        registry = load_registry()
    except RegistryError as exc:
        raise _pipeline_error(exc, "actors.yaml") from exc
    try:
        lexicon = load_lexicon()
    except LexiconError as exc:
        raise _pipeline_error(exc, "triggers.yaml") from exc
    load_boilerplate()
    nationality_of("")  # reads and checks data/nationalities.yaml
    if ner not in BACKENDS:
        raise ResourceError(f"unknown NER backend {ner!r}; choose one of {', '.join(BACKENDS)}")
    if ner != "official":
        check_model_files(Path(model_dir) if model_dir else DEFAULT_MODEL_DIR, ner)
    return Resources(registry, lexicon)


def _pipeline_error(exc: Exception, data_file: str) -> PipelineError:
    """``exc`` as a one-line ResourceError that ends with the fix (YAML errors span several lines)."""
    message = " ".join(str(exc).split())
    if "git checkout" not in message:
        message += f"; correct it, or restore the reviewed file with `git checkout -- pipeline/data/{data_file}`"
    return ResourceError(message)


class BuildResult:
    """What a build produced. ``graph``, ``tagged`` and ``relations`` are loaded
    on first use when the build found its outputs already up to date."""

    def __init__(
        self, ingest: IngestResult, stats: BuildStats, files: dict[str, Path], *, graph=None, tagged=None, relations=None, rebuild=None, retag=None
    ):
        self.ingest = ingest
        self.stats = stats
        self.files = files
        self._given = {"graph": graph, "tagged": tagged, "relations": relations}
        self._rebuild = rebuild  # an in-memory build, for what an up-to-date build skipped
        self._retag = retag  # the tagged articles again, from the cache (the build let go of their tokens)
        self.curation_notes: tuple[str, ...] = ()  # curation.yaml decisions that did not apply

    @cached_property
    def graph(self) -> nx.Graph:
        if self._given["graph"] is not None:
            return self._given["graph"]
        from .export import read_json

        return read_json(self.files["json"])

    @cached_property
    def tagged(self) -> tuple[TaggedArticle, ...]:
        if self._given["tagged"] is not None:
            return self._given["tagged"]
        return self._retag() if self._retag is not None else self._rebuild().tagged

    @cached_property
    def relations(self) -> tuple[Relation, ...]:
        return self._given["relations"] if self._given["relations"] is not None else self._rebuild().relations


def fingerprint(articles: Sequence[Article], model_version: str, curation: str = "", formats: Sequence[str] | None = None) -> str:
    """Hash of everything the output files depend on: articles (text and
    metadata), the NER model, the package's code and data files, the
    corpus's ``curation.yaml`` (its content hash) and the formats asked for."""
    digest = hashlib.sha256()
    digest.update(model_version.encode())
    digest.update(curation.encode())
    digest.update(json.dumps(sorted(formats) if formats is not None else None).encode())
    for path in sorted(PACKAGE_DIR.rglob("*.py")) + sorted((PACKAGE_DIR / "data").glob("*.yaml")) + sorted((PACKAGE_DIR / "data").glob("*.json")):
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
        digest.update(path.read_bytes())
    for a in articles:
        digest.update(json.dumps([a.id, a.title, a.source, a.date, a.url], ensure_ascii=False).encode())
        digest.update(hashlib.sha256(a.text.encode("utf-8")).digest())
    return digest.hexdigest()


def _up_to_date(out: Path, stamp: str) -> dict | None:
    """The stored manifest when ``out`` holds every file of a build with this fingerprint."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("fingerprint") != stamp:
        return None
    if not all((out / name).is_file() for name in manifest.get("files", {}).values()):
        return None
    return manifest


def default_cache_dir(out: Path | None) -> Path:
    if out is not None:
        return Path(out) / ".cache"
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "arabic-actor-networks"


def build(
    source: Path | IngestResult,
    out: Path | None = None,
    *,
    ner: str = "bundled",
    model_dir: Path | None = None,
    cache_dir: Path | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    formats: Sequence[str] | None = None,
    progress: Progress | None = None,
    curation_dir: Path | None = None,
) -> BuildResult:
    """Build the actor graph of a corpus folder (or already-ingested articles).

    Parameters
    ----------
    source : corpus folder, or the result of :func:`pipeline.ingest.ingest_corpus`
    out : where to write the graph files (atomically); ``None`` writes nothing
    ner : ``"bundled"``, ``"accurate"`` or ``"official"``
    cache_dir : extraction cache; defaults to ``OUT/.cache``
    workers : tagging processes for uncached articles (one thread each); with two or
        more, a forked child also writes some of the files (:func:`_write_outputs`)
    scheduler : address of a Dask scheduler (``tcp://HOST:PORT``) whose workers
        tag the uncached articles instead (:mod:`pipeline.cluster`)
    formats : only these graph formats of :data:`pipeline.formats.FORMATS` (all by
        default); ``articles.json`` and the store are always written
    progress : called as ``progress(done, total)`` while tagging
    curation_dir : the folder whose ``curation.yaml`` applies; by default the
        corpus folder, and none for already-ingested articles
    """
    from .actors import apply_curation, link_articles, load_curation
    from .graph import build_graph

    lap = StageTimer()
    seconds = lap.seconds
    resources = check_resources(ner, model_dir)
    # Analyst decisions: read (and a bad file refused) before anything is read or written.
    if curation_dir is None and not isinstance(source, IngestResult):
        curation_dir = Path(source)
    curation = load_curation(curation_dir)
    lap("resources")

    if isinstance(source, IngestResult):
        ingested = source
    else:
        from .ingest import ingest_corpus

        ingested = ingest_corpus(Path(source))
    if not ingested.articles:
        raise NothingToBuild(_nothing_to_build(source, ingested, out))
    lap("ingest")

    if out is not None:
        from .ner import model_version

        stamp = fingerprint(ingested.articles, model_version(ner, model_dir), curation.digest, formats)
        manifest = _up_to_date(Path(out), stamp)
        lap("check")
        if manifest is not None:
            stored = {k: v for k, v in manifest["stats"].items() if k != "seconds"}
            stats = BuildStats(**dict(stored, tagged=0, cached=stored["articles"], seconds=seconds, up_to_date=True))
            files = {name: Path(out) / filename for name, filename in manifest["files"].items()}

            def rebuild() -> BuildResult:
                return build(ingested, None, ner=ner, model_dir=model_dir, cache_dir=cache_dir or default_cache_dir(out))

            return BuildResult(ingested, stats, files, rebuild=rebuild)

    cache = ExtractionCache(cache_dir or default_cache_dir(out))
    try:
        # Tagging workers also link what they tag (pipeline.articlework): that work is split across them.
        tagged, works, fresh = tag_and_link(
            ingested.articles, cache, ner=ner, model_dir=model_dir, workers=workers, scheduler=scheduler, progress=progress
        )
    finally:
        cache.close()
    lap("ner")

    linked = link_articles(tagged, resources.registry, [w.linked if w is not None else None for w in works])
    curation_notes: list[str] = []
    linked = apply_curation(linked, curation, curation_notes)
    lap("actors")

    relations = relations_of(tagged, linked.mentions, resources.lexicon, works)
    del works
    lap("relations")
    tokens = sum(len(s.tokens) for t in tagged for s in t.sentences)
    # Tokens are most of a corpus's memory and nothing after this reads them (the store and
    # articles.json keep sentence spans): let them go before the graph and the files are made.
    tagged = [_without_tokens(t) for t in tagged]

    graph = build_graph(ingested.articles, linked.actors, linked.mentions, relations)
    lap("graph")

    stats = BuildStats(
        articles=len(ingested.articles),
        actors=graph.number_of_nodes(),
        relations=len(relations),
        edges=graph.number_of_edges(),
        skipped=len(ingested.skipped),
        tagged=fresh,
        cached=len(tagged) - fresh,
        tokens=tokens,
        seconds=seconds,
    )
    files: dict[str, Path] = {}
    if out is not None:
        store = StoreContent(ingested.articles, tagged, linked.mentions, linked.actors, relations, resources.lexicon.cameo)
        files = _write_outputs(Path(out), graph, store, stats, stamp, formats, lap, workers)
    cache_path = cache_dir or default_cache_dir(out)

    def retag() -> tuple[TaggedArticle, ...]:
        again = ExtractionCache(cache_path)
        try:
            return tuple(tag_with_cache(ingested.articles, again, ner=ner, model_dir=model_dir)[0])
        finally:
            again.close()

    result = BuildResult(ingested, stats, files, graph=graph, relations=tuple(relations), retag=retag)
    result.curation_notes = tuple(curation_notes)
    return result


class StageTimer:
    """Seconds per stage, in the order the stages ran: call it with a stage's name when it ends."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._clock = time.perf_counter()

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = round(now - self._clock, 4)
        self._clock = now


def _without_tokens(tagged: TaggedArticle) -> TaggedArticle:
    """The article with its sentence spans and mentions, and no tokens."""
    return replace(tagged, sentences=tuple(replace(s, tokens=()) for s in tagged.sentences))


def _nothing_to_build(source: Path | IngestResult, ingested: IngestResult, out: Path | None) -> str:
    """One line: why there is nothing to build, and that OUT_DIR is unchanged."""
    where = "the given articles" if isinstance(source, IngestResult) else str(source)
    skipped = ingested.skipped
    if skipped:
        shown = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3]) + ("; ..." if len(skipped) > 3 else "")
        why = f"all {len(skipped):,} files or records were skipped ({shown})"
    else:
        why = "it holds no .txt, .json, .jsonl or .html file"
    unchanged = f"; {out} was not changed" if out is not None else ""
    return f"no article to build from {where}: {why}{unchanged}"


@dataclass(frozen=True)
class StoreContent:
    """What the embedded store (``OUT/store.duckdb``) keeps of a build."""

    articles: Sequence[Article]
    tagged: Sequence[TaggedArticle]
    mentions: Sequence  # linked mentions, after curation
    actors: Mapping  # actor id → Actor
    relations: Sequence[Relation]
    cameo: Mapping


# Formats a forked child writes while the build writes the other formats and articles.json, when it
# has two workers; the store comes after. Measured on the 26k-article corpus (seconds, one process,
# machine shared): graphml 15.8 (with the Gephi metrics both XML formats share), gexf 8.1 | json 7.5,
# csv 3.9, html 0.6, articles.json 1.4 | store 9.2.
CHILD_FORMATS = ("graphml", "gexf")


def _file_names(formats: Sequence[str]) -> str:
    """The files of ``formats``, for a message: ``"graph.graphml, graph.gexf"``."""
    from .formats import FORMATS

    return ", ".join(file.name for f in formats for file in FORMATS[f].files)


def _write_outputs(
    out: Path,
    graph,
    store: StoreContent,
    stats: BuildStats,
    stamp: str,
    formats: Sequence[str] | None = None,
    lap: StageTimer | None = None,
    workers: int = 1,
) -> dict[str, Path]:
    """Write every output file into ``out`` so a crash at any moment leaves each file whole.

    The files are written (and fsynced) into a staging folder inside ``out``,
    then moved into place one atomic rename each. The manifest goes first and
    comes back last, so a build killed during the moves is not taken for an
    up-to-date one. With two ``workers`` (and a platform that forks) a child
    process writes :data:`CHILD_FORMATS` into the same staging folder while
    this one writes the other graph files and ``articles.json``, then the
    store once the child has exited; the files are the same bytes, and nothing
    is moved unless both processes succeeded (a failed child is an
    :class:`~pipeline.errors.ExportError`).
    """
    from . import forkwork
    from .export import WRITE_ORDER, atomic_write, iter_articles_json, write_all
    from .formats import FORMATS, formats_named
    from .store import write_build

    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(STAGING_PREFIX + "*"):  # left by a killed build
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(dir=out, prefix=STAGING_PREFIX))
    try:
        wanted = formats_named(formats) if formats is not None else tuple(FORMATS)
        child = [f for f in wanted if f in CHILD_FORMATS] if workers >= 2 and forkwork.available() else []
        mine = [f for f in wanted if f not in child]
        staged: dict[str, Path] = {}
        with forkwork.forked(lambda: write_all(graph, staging, formats=child), _file_names(child)) if child else nullcontext() as wait:
            if mine:
                staged.update(write_all(graph, staging, formats=mine))
            staged["articles"] = atomic_write(staging / "articles.json", iter_articles_json(store.tagged, store.mentions))
            if wait is not None:
                wait()  # raises when the child failed, before anything is moved
        # The store after the child has gone: the pages it copied while walking the graph (about
        # 1.2 GB on the whole corpus) and the store's own +0.9 GB would otherwise add up (3.9 GB).
        staged["store"] = write_build(
            staging / STORE_FILE, store.articles, store.tagged, store.mentions, store.actors, store.relations, cameo=store.cameo
        )
        staged.update({file.key: staging / file.name for f in child for file in FORMATS[f].files})
        # Moved (and listed in the manifest) in the one-process order, whichever process wrote what.
        staged = dict(sorted(staged.items(), key=lambda item: (*WRITE_ORDER, "articles", "store").index(item[0])))
        (out / MANIFEST).unlink(missing_ok=True)
        files = {}
        for name, path in staged.items():
            files[name] = out / path.name
            os.replace(path, files[name])
        fsync_path(out)
        if lap is not None:
            lap("export")  # before the manifest, so build.json has it (stats.seconds is lap's dict)
        manifest = {"fingerprint": stamp, "stats": asdict(stats), "files": {k: p.name for k, p in files.items()}}
        atomic_write(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return files


def tag_with_cache(
    articles: Sequence[Article],
    cache: ExtractionCache,
    *,
    ner: str = "bundled",
    model_dir: Path | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> tuple[list[TaggedArticle], int]:
    """Tagged articles in input order, and how many had to be tagged now.

    The model is loaded only when some article is not in the cache; with a
    ``scheduler``, only on the cluster's workers.
    """
    tagged, _, fresh = tag_and_link(
        articles, cache, ner=ner, model_dir=model_dir, workers=workers, scheduler=scheduler, progress=progress, link=False
    )
    return tagged, fresh


def tag_and_link(
    articles: Sequence[Article],
    cache: ExtractionCache,
    *,
    ner: str = "bundled",
    model_dir: Path | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    progress: Progress | None = None,
    link: bool = True,
) -> tuple[list[TaggedArticle], list[ArticleWork | None], int]:
    """:func:`tag_with_cache`, plus each article's :class:`~pipeline.articlework.ArticleWork`
    when a tagging worker made it (``link`` and more than one worker), else None."""
    from .ner import model_version

    version = model_version(ner, model_dir)
    results: list[TaggedArticle | None] = cache.get_many(articles, version)
    works: list[ArticleWork | None] = [None] * len(articles)
    todo = [i for i, r in enumerate(results) if r is None]
    if progress:
        progress(0, len(todo))
    if todo:
        chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
        done = 0
        batches = [[articles[i] for i in c] for c in chunks]
        if scheduler:
            from .cluster import expected_version, tag_chunks

            tagging = ((t, None) for t in tag_chunks(batches, ner, model_dir, scheduler, expected_version(ner, model_dir)))
        else:
            tagging = _tag_chunks(batches, ner, model_dir, workers, link=link)
        for (tagged, made), chunk in zip(tagging, chunks):  # tagging first: it ends (and closes its pool or client) when done
            for j, (i, item) in enumerate(zip(chunk, tagged)):
                results[i] = item
                works[i] = made[j] if made is not None else None
            cache.put_many(tagged, version)  # one transaction per chunk
            done += len(chunk)
            if progress:
                progress(done, len(todo))
    kept = [i for i, r in enumerate(results) if r is not None]
    return [results[i] for i in kept], [works[i] for i in kept], len(todo)


def _tag_chunks(chunks: list[list[Article]], ner: str, model_dir: Path | None, workers: int, *, link: bool = False):
    """Yield ``(tagged chunk, its ArticleWork list or None)`` in order, in this process or in a
    worker pool; pool workers also link what they tag when ``link``."""
    articles = sum(len(c) for c in chunks)
    workers = max(1, min(workers, articles // MIN_ARTICLES_PER_WORKER, os.cpu_count() or 1))
    if workers == 1:
        from .ner import load_tagger

        tagger = load_tagger(ner, model_dir)
        for chunk in chunks:
            yield tagger.tag_articles(chunk), None  # no other core to gain: the build links them
        return
    from multiprocessing import get_context

    with get_context("spawn").Pool(workers, initializer=_init_worker, initargs=(ner, model_dir, link)) as pool:
        yield from pool.imap(_tag_in_worker, chunks)


_WORKER_TAGGER = None
_WORKER_LINKING = None  # (registry, lexicon) when the worker links what it tags


def _init_worker(ner: str, model_dir: Path | None, link: bool = False) -> None:
    global _WORKER_TAGGER, _WORKER_LINKING
    import torch

    torch.set_num_threads(1)  # one thread per process: processes, not threads, use the cores
    from .ner import load_tagger

    _WORKER_TAGGER = load_tagger(ner, model_dir)
    if link:  # the very files the build's check_resources loads
        from .actors import load_registry
        from .relations import load_lexicon

        _WORKER_LINKING = (load_registry(), load_lexicon())


def _tag_in_worker(chunk: list[Article]) -> tuple[list[TaggedArticle], list[ArticleWork] | None]:
    tagged = _WORKER_TAGGER.tag_articles(chunk)
    if _WORKER_LINKING is None:
        return tagged, None
    from .articlework import article_work

    registry, lexicon = _WORKER_LINKING
    return tagged, [article_work(t, registry, lexicon) for t in tagged]


def summary(result: BuildResult) -> str:
    """The closing report: counts, then every skipped file with its reason."""
    s = result.stats
    lines = [
        f"{s.articles} articles, {s.actors} actors, {s.edges} links from {s.relations} relations; "
        f"{s.tagged} tagged now, {s.cached} from cache; {s.skipped} skipped",
    ]
    for item in result.ingest.skipped:
        lines.append(f"  skipped {item.path}: {item.reason}")
    for item in getattr(result.ingest, "warnings", ()):
        lines.append(f"  note {item.path}: {item.reason}")
    for note in result.curation_notes:
        lines.append(f"  curation {note}")
    if result.stats.up_to_date:
        lines.append(f"  up to date: nothing changed since the last build of {next(iter(result.files.values())).parent}")
    else:
        for name, path in result.files.items():
            lines.append(f"  wrote {path}")
    return "\n".join(lines)

