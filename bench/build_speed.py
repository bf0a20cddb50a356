"""End-to-end build speed against raw NER, on real SaudiNewsNet articles.

    python bench/build_speed.py [--articles 1000] [--repeats 3] [--workers 2]

From one run, prints (medians of the repeats):
- raw NER tokens/s: the same articles tagged by the same worker pool, nothing else;
- end-to-end tokens/s: ``pipeline.build.build`` from the corpus folder to every
  exported file, with an empty cache (cold);
- their ratio (what the pipeline costs beyond NER), and each stage after NER
  as a share of the cold build's own NER stage;
- an unchanged rebuild against the cold build;
- peak memory of this process and of the tagging workers.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def write_corpus(data: Path, count: int, folder: Path) -> None:
    """``count`` SaudiNewsNet records, as they come, in one .jsonl file."""
    import zipfile

    records = []
    for archive in sorted((data / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                for record in json.loads(zf.read(name).decode("utf-8")):
                    if len(record.get("content") or "") > 200:
                        records.append(dict(record, id=f"snn-{len(records):05d}"))
                    if len(records) == count:
                        break
        if len(records) == count:
            break
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "saudinewsnet.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def timed(fn, repeats: int) -> tuple[float, list[float], object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times, result


def beyond_ner(seconds: dict[str, float]) -> str:
    """Each stage after ``ner`` (in the order they ran) as a share of it, and their sum.

    >>> beyond_ner({"ingest": 1.0, "ner": 100.0, "actors": 2.0, "export": 6.0})
    'actors 2.00s (2.0%), export 6.00s (6.0%); after NER 8.00s = 8.0% of NER (target <= 10%)'
    """
    names = list(seconds)
    ner = seconds.get("ner", 0.0)
    after = names[names.index("ner") + 1 :] if "ner" in seconds else []
    share = (lambda v: f"{v / ner:.1%}") if ner else (lambda v: "n/a")
    total = sum(seconds[k] for k in after)
    parts = ", ".join(f"{k} {seconds[k]:.2f}s ({share(seconds[k])})" for k in after)
    return f"{parts}; after NER {total:.2f}s = {share(total)} of NER (target <= 10%)"


def _shared_data() -> Path:
    """The nearest ``shared/data`` above this file (a checkout in ``/work/main`` or a worktree in ``/work/wt/NAME``)."""
    here = Path(__file__).resolve()
    return next((p / "shared" / "data" for p in here.parents if (p / "shared" / "data").is_dir()), here.parents[2] / "shared" / "data")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--formats", default=None, help="comma-separated graph formats the builds write (default: all)")
    parser.add_argument("--data", type=Path, default=_shared_data(), help="folder holding saudinewsnet/*.zip (default: the nearest ../shared/data)")
    args = parser.parse_args()

    from pipeline.build import CHUNK, _tag_chunks, build
    from pipeline.formats import formats_named
    from pipeline.ingest import ingest_corpus

    formats = formats_named(f.strip() for f in args.formats.split(",")) if args.formats else None
    work = Path(tempfile.mkdtemp(prefix="bench-build-"))
    corpus, out = work / "corpus", work / "out"
    write_corpus(args.data, args.articles, corpus)
    ingested = ingest_corpus(corpus)
    articles = list(ingested.articles)
    if not articles:
        sys.exit(f"no SaudiNewsNet article read from {args.data / 'saudinewsnet'}; pass --data DIR")
    print(f"{len(articles)} articles built ({len(ingested.skipped)} skipped by ingest), {args.workers} workers, {args.repeats} repeats")

    def raw_ner():
        chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
        return [t for chunk, _ in _tag_chunks(chunks, "bundled", None, args.workers) for t in chunk]

    def cold():
        shutil.rmtree(out, ignore_errors=True)
        return build(corpus, out, workers=args.workers, formats=formats)

    ner_median, ner_times, tagged = timed(raw_ner, args.repeats)
    tokens = sum(len(s.tokens) for t in tagged for s in t.sentences)
    cold_median, cold_times, result = timed(cold, args.repeats)
    warm_median, warm_times, warm = timed(lambda: build(corpus, out, workers=args.workers, formats=formats), args.repeats)
    assert warm.stats.tagged == 0, "an unchanged rebuild tagged articles"

    def runs(times):
        return ", ".join(f"{t:.2f}" for t in times)

    print(f"tokens: {tokens}")
    print(f"raw NER           median {ner_median:7.2f}s  {tokens / ner_median:8.0f} tokens/s  (runs {runs(ner_times)})")
    print(f"end-to-end cold   median {cold_median:7.2f}s  {tokens / cold_median:8.0f} tokens/s  (runs {runs(cold_times)})")
    print(f"pipeline cost beyond NER: {cold_median / ner_median - 1:+.1%}  (target <= +10%)")
    print(f"unchanged rebuild median {warm_median:7.3f}s = {warm_median / cold_median:.2%} of cold  (target <= 2%; runs {runs(warm_times)})")
    print(f"cold stages (last run): {result.stats.seconds}")
    print(f"cold stages beyond NER (last run): {beyond_ner(result.stats.seconds)}")
    print(f"rebuild stages (last run): {warm.stats.seconds}")
    print(f"graph: {result.stats.actors} actors, {result.stats.edges} links, {result.stats.relations} relations")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: {own:.0f} MiB this process, {children:.0f} MiB largest worker")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
