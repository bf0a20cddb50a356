"""Adding articles to a built store without rebuilding it.

    python -m pipeline add OUT FILE_OR_FOLDER... [--corpus CORPUS_DIR]

Only the given files are read, and only their articles that the store does
not hold yet are tagged (through the build's cache), linked, curated (with
``CORPUS_DIR/curation.yaml`` when ``--corpus`` names it) and searched for
relations; everything is appended to ``OUT/store.duckdb`` in one transaction
(:func:`pipeline.store.append`), so edges, weights and evidence, which the
store derives by SQL, include the new articles as soon as it commits, and a
crash before that leaves the store as it was.

What an append does not redo: actors are linked per article, so the new
articles' names resolve exactly as in a full build, except for the
corpus-wide counts linking reads (how often a word is a person's first name)
that see only the new articles. The graph files (``graph.json`` and the
rest) are not rewritten: the build's manifest is removed, so the next
``build`` redoes them, and ``python -m pipeline export OUT --out OUT``
rewrites them from the store at once.

:func:`add_articles` reads files; :func:`append_articles` is the rest, for
articles already ingested: the explorer's uploads call it through
:func:`pipeline.workspaces.append`, so both ways in append alike.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .articlework import relations_of
from .build import MANIFEST, STORE_FILE, Progress, StageTimer, check_resources, default_cache_dir, tag_with_cache
from .cache import ExtractionCache
from .errors import NothingToBuild, PipelineError
from .types import Article, Skipped

__all__ = ["AddResult", "add_articles", "append_articles"]


@dataclass(frozen=True)
class AddResult:
    added: tuple[str, ...]  # ids of the articles appended, in order
    already: int  # articles the store held already
    skipped: tuple[Skipped, ...]  # files or records ingest refused
    tagged: int  # articles run through NER now (the rest came from the cache)
    seconds: dict[str, float] = field(default_factory=dict)


def add_articles(
    out: Path,
    sources: Sequence[Path],
    *,
    corpus: Path | None = None,
    ner: str = "bundled",
    model_dir: Path | None = None,
    cache_dir: Path | None = None,
    workers: int = 1,
) -> AddResult:
    """Append the new articles of ``sources`` (files or folders) to ``out``'s store.

    Raises
    ------
    PipelineError
        No store in ``out`` (build first), or no article in ``sources``.
    """
    from .ingest import ingest_corpus, ingest_file

    out = Path(out)
    _store_of(out)  # before reading anything
    lap = StageTimer()
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for source in map(Path, sources):
        if source.is_dir():
            found = ingest_corpus(source)
            articles += found.articles
            skipped += found.skipped
        elif source.is_file():
            # named as build names it when it lies in the corpus folder, else by its file name
            inside = corpus is not None and source.resolve().is_relative_to(Path(corpus).resolve())
            found_articles, lost = ingest_file(source.resolve(), root=Path(corpus).resolve() if inside else source.resolve().parent)
            articles += found_articles
            skipped += lost
        else:
            skipped.append(Skipped(str(source), "no such file or folder"))
    if not articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
        raise NothingToBuild(f"no article to add from {', '.join(map(str, sources))}" + (f" ({reasons})" if reasons else "") + f"; {out} was not changed")
    lap("ingest")
    result = append_articles(out, articles, curation_dir=corpus, ner=ner, model_dir=model_dir, cache_dir=cache_dir, workers=workers)
    return replace(result, skipped=tuple(skipped), seconds={**lap.seconds, **result.seconds})


def append_articles(
    out: Path,
    articles: Sequence[Article],
    *,
    curation_dir: Path | None = None,
    ner: str = "bundled",
    model_dir: Path | None = None,
    cache_dir: Path | None = None,
    workers: int = 1,
    progress: Progress | None = None,
) -> AddResult:
    """Append the ``articles`` that ``out``'s store does not hold yet (already ingested).

    The core of :func:`add_articles`, and what the explorer's uploads call
    (:func:`pipeline.workspaces.append`): only the new articles are tagged
    (through the cache), linked, curated with ``curation_dir``'s
    ``curation.yaml``, searched for relations and appended in one transaction.
    ``progress(done, total)`` is called while tagging. A failure before the
    commit leaves the store as it was.

    Raises
    ------
    PipelineError
        No store in ``out`` (build first).
    """
    from .actors import apply_curation, link_articles, load_curation
    from .store import Store, append

    lap = StageTimer()
    seconds = lap.seconds
    out = Path(out)
    store_path = _store_of(out)
    resources = check_resources(ner, model_dir)
    curation = load_curation(curation_dir)
    lap("resources")
    with Store(store_path) as store:
        stored = {a["id"] for a in store.articles()}
        stored_actors = store.actor_ids()
    new = list({a.id: a for a in articles if a.id not in stored}.values())
    if not new:
        return AddResult((), len(articles), (), 0, seconds)

    cache = ExtractionCache(cache_dir or default_cache_dir(out))
    try:
        tagged, fresh = tag_with_cache(new, cache, ner=ner, model_dir=model_dir, workers=workers, progress=progress)
    finally:
        cache.close()
    lap("ner")
    # a merge into an actor the store holds applies to the new mentions too
    linked = apply_curation(link_articles(tagged, resources.registry), curation, [], known=stored_actors)
    lap("actors")
    relations = relations_of(tagged, linked.mentions, resources.lexicon)
    lap("relations")
    # the graph files no longer describe the store: the next build must not take them for current
    (out / MANIFEST).unlink(missing_ok=True)
    added = append(store_path, new, tagged, linked.mentions, linked.actors, relations, cameo=resources.lexicon.cameo)
    lap("append")
    return AddResult(tuple(added), len(articles) - len(new), (), fresh, seconds)


def _store_of(out: Path) -> Path:
    """``out``'s store file; raises :class:`PipelineError` saying how to make one."""
    store_path = Path(out) / STORE_FILE
    if not store_path.is_file():
        raise PipelineError(f"no store in {out}: build it first (python -m pipeline build CORPUS --out {out})")
    return store_path


def summary(result: AddResult, out: Path) -> str:
    """The closing report of ``python -m pipeline add``."""
    lines = [
        f"added {len(result.added)} article(s) to {Path(out) / STORE_FILE}; {result.already} already there; "
        f"{result.tagged} tagged now; {len(result.skipped)} skipped"
    ]
    beyond = sum(v for k, v in result.seconds.items() if k != "ner")
    lines.append(
        "  seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in result.seconds.items()) + f"; {beyond:.2f} beyond tagging"
    )
    lines += [f"  skipped {s.path}: {s.reason}" for s in result.skipped]
    if result.added:
        lines.append(f"  graph files are older than the store now: python -m pipeline export {out} --out {out}")
    return "\n".join(lines)
