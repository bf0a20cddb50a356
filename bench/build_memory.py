"""Peak memory (RSS) of a build, per stage, with a sampling thread.

    python bench/build_memory.py CORPUS [--out OUT] [--cache CACHE] [--workers 2]

Run it with a warm cache (a previous build of the same corpus with the same
``--cache``) so tagging is read from the cache and the numbers are the
build's own. A thread reads ``VmRSS`` from ``/proc/self/status`` every 2 ms;
the build's stage functions are wrapped to mark when each stage ends, and
each export file when its temporary copy is written. Prints, per stage, its
seconds, the RSS when it ended and the peak RSS while it ran (what it added
over the RSS it started from), then the kernel's peak (``VmHWM``). Prints
numbers, asserts nothing. Linux only (``/proc``).
"""
from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _status(field: str) -> int:
    """A ``/proc/self/status`` memory field, in bytes."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


class Sampler(threading.Thread):
    """Samples RSS; :meth:`mark` closes a stage at the current moment."""

    def __init__(self, every: float = 0.002) -> None:
        super().__init__(daemon=True)
        self.every = every
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.stages: list[tuple[str, float, int, int, int]] = []  # name, seconds, start, end, peak RSS
        self._open()

    def _open(self) -> None:
        self.start_time = time.perf_counter()
        self.start_rss = self.peak = _status("VmRSS")

    def run(self) -> None:
        while not self.stop.wait(self.every):
            rss = _status("VmRSS")
            with self.lock:
                self.peak = max(self.peak, rss)

    def mark(self, name: str) -> None:
        rss = _status("VmRSS")
        with self.lock:
            peak = max(self.peak, rss)
            self.stages.append((name, time.perf_counter() - self.start_time, self.start_rss, rss, peak))
            self._open()


def _marking(sampler: Sampler, fn, name, *, before: str | None = None):
    """``fn`` wrapped to close stage ``before`` when called and stage ``name`` (or ``name(args)``) when done."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if before:
            sampler.mark(before)
        result = fn(*args, **kwargs)
        sampler.mark(name(args) if callable(name) else name)
        return result

    return wrapper


def instrument(sampler: Sampler) -> None:
    """Wrap the stage functions :func:`pipeline.build.build` calls (looked up at call time)."""
    import pipeline.actors
    import pipeline.build
    import pipeline.export
    import pipeline.graph
    import pipeline.ingest
    import pipeline.store

    pipeline.ingest.ingest_corpus = _marking(sampler, pipeline.ingest.ingest_corpus, "ingest", before="resources")
    pipeline.build.tag_with_cache = _marking(sampler, pipeline.build.tag_with_cache, "ner (cache)", before="check")
    pipeline.actors.apply_curation = _marking(sampler, pipeline.actors.apply_curation, "actors")
    pipeline.graph.build_graph = _marking(sampler, pipeline.graph.build_graph, "graph", before="relations")
    # Each export file ends when its temporary copy is written (the old writers made the
    # whole text before that call, the streaming ones during it: both fall in the stage).
    pipeline.export._write_temp = _marking(sampler, pipeline.export._write_temp, lambda args: "export " + Path(args[0]).name)
    pipeline.store.write_build = _marking(sampler, pipeline.store.write_build, "export store.duckdb")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, help="output folder (default: a temporary one)")
    parser.add_argument("--cache", type=Path, help="extraction cache (warm it with a build first)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    from pipeline.build import MANIFEST, build

    out = args.out or Path(tempfile.mkdtemp(prefix="build_memory."))
    (out / MANIFEST).unlink(missing_ok=True)  # an up-to-date build would skip everything
    sampler = Sampler()
    instrument(sampler)
    sampler.start()
    result = build(args.corpus, out, cache_dir=args.cache, workers=args.workers)
    sampler.mark("finish (manifest)")
    sampler.stop.set()
    sampler.join()

    mb = 1024 * 1024
    print(f"{result.stats.articles:,} articles, {result.stats.actors:,} actors, {result.stats.edges:,} edges; tagged {result.stats.tagged:,}")
    print(f"{'stage':<28}{'seconds':>9}{'RSS end MB':>12}{'peak MB':>10}{'added MB':>10}")
    export_seconds = 0.0
    for name, seconds, start, end, peak in sampler.stages:
        export_seconds += seconds if name.startswith("export") else 0.0
        print(f"{name:<28}{seconds:>9.2f}{end / mb:>12.0f}{peak / mb:>10.0f}{(peak - start) / mb:>10.0f}")
    print(f"export stage: {export_seconds:.2f} s; peak RSS (VmHWM): {_status('VmHWM') / mb:.0f} MB")


if __name__ == "__main__":
    main()
