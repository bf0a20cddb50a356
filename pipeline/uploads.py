"""Reading uploaded articles for the graph; they go into a workspace folder, never ``graphs/``.

:func:`merge_uploads` reads the uploads (:func:`pipeline.ingest.ingest_uploads`)
and rejects what the graph already holds. :mod:`pipeline.workspaces` appends
the new ones to a workspace's store; :func:`rebuild` builds a whole set of
articles with :func:`pipeline.build.build` (a workspace whose base build has no
store). Both reach the NER model only through the pipeline (the explorer
itself never imports :mod:`pipeline.ner`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .types import Article, IngestResult, Skipped

__all__ = ["UploadReport", "articles_from_records", "merge_uploads", "rebuild"]


@dataclass(frozen=True)
class UploadReport:
    """What became of each uploaded file.

    ``accepted``: file name → ids of its new articles; ``rejected``: files or
    records not added, with the reason; ``warnings``: repairs that still
    added the article.
    """

    accepted: dict[str, tuple[str, ...]]
    rejected: tuple[Skipped, ...]
    warnings: tuple[Skipped, ...] = ()

    @property
    def new_articles(self) -> int:
        return sum(len(ids) for ids in self.accepted.values())


def articles_from_records(records: Iterable[Mapping[str, Any]]) -> list[Article]:
    """Articles back from ``articles.json`` records (the texts as ingested).

    >>> articles_from_records([{"id": "a", "text": "نص", "title": "t", "date": "2015-01-01"}])[0].date
    '2015-01-01'
    """
    out = []
    for r in records:
        if r.get("id") and isinstance(r.get("text"), str):
            out.append(
                Article(
                    id=str(r["id"]),
                    text=r["text"],
                    title=str(r.get("title") or ""),
                    source=str(r.get("source") or ""),
                    date=str(r.get("date") or ""),
                    url=str(r.get("url") or ""),
                )
            )
    return out


def merge_uploads(base: Sequence[Article], files: Sequence[tuple[str, bytes]]) -> tuple[IngestResult, UploadReport]:
    """The corpus plus the uploaded files' articles, and a per-file report.

    Uploads go through :func:`pipeline.ingest.ingest_uploads` (formats,
    encodings, bad files and duplicates among the uploads); an uploaded
    article whose id or text is already in ``base`` is rejected too. Never
    raises for bad file contents.

    >>> text = "قال وزير الخارجية الأمريكي جون كيري إن الاجتماع مع لافروف كان مفيدا جدا. " * 2
    >>> merged, report = merge_uploads([], [("kerry.txt", text.encode()), ("x.pdf", b"%PDF-1.4"), ("kerry2.txt", text.encode())])
    >>> [a.id for a in merged.articles], report.accepted
    (['kerry'], {'kerry.txt': ('kerry',)})
    >>> [(s.path, s.reason.split(" (")[0]) for s in report.rejected]
    [('kerry2.txt', 'duplicate of kerry'), ('x.pdf', 'unsupported file type .pdf')]
    """
    from .ingest import ingest_uploads

    uploaded = ingest_uploads(list(files))
    ids = {a.id for a in base}
    texts = {a.text: a.id for a in base}
    new: list[Article] = []
    rejected: list[Skipped] = []
    for article in uploaded.articles:
        where = article.path or article.id
        if article.id in ids:
            rejected.append(Skipped(where, f"article id {article.id!r} is already in the graph"))
        elif article.text in texts:
            rejected.append(Skipped(where, f"duplicate of {texts[article.text]} (already in the graph)"))
        else:
            new.append(article)
            ids.add(article.id)
            texts[article.text] = article.id
    rejected.extend(uploaded.skipped)
    accepted: dict[str, tuple[str, ...]] = {}
    for article in new:
        key = article.path or article.id
        accepted[key] = accepted.get(key, ()) + (article.id,)
    report = UploadReport(accepted, tuple(sorted(rejected, key=lambda s: s.path)), tuple(uploaded.warnings))
    merged = IngestResult(tuple(base) + tuple(new), tuple(uploaded.skipped), tuple(uploaded.warnings))
    return merged, report


def rebuild(
    ingested: IngestResult,
    out: Path,
    *,
    cache_dir: Path,
    model_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    curation_dir: Path | None = None,
    formats: Sequence[str] | None = None,
):
    """Build ``ingested`` into ``out`` with :func:`pipeline.build.build` (``formats``: the graph files to write).

    ``out`` is a workspace folder (never the committed ``graphs/``); the
    extraction cache is shared, so articles already tagged are not tagged
    again and the model loads only for new ones. ``curation_dir``'s
    ``curation.yaml`` applies, as in every build.
    """
    from .build import build

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return build(ingested, out, cache_dir=Path(cache_dir), model_dir=model_dir, progress=progress, curation_dir=curation_dir, formats=formats)


def inherit_curation(corpus_dir: Path, session_dir: Path) -> Path:
    """Start a workspace's ``curation.yaml`` from the corpus's, once: the uploaded corpus
    keeps every decision made on the one it grew from. Returns ``session_dir``."""
    from .actors.curation import curation_path

    session_dir = Path(session_dir)
    session_dir.mkdir(parents=True, exist_ok=True)
    source, target = curation_path(corpus_dir), curation_path(session_dir)
    if source.is_file() and not target.exists() and source.resolve() != target.resolve():
        target.write_bytes(source.read_bytes())
    return session_dir
