"""Peak memory of a build, per stage, with a sampling thread; its child processes included.

    python bench/build_memory.py CORPUS [--out OUT] [--cache CACHE] [--workers 2] [--pss-every 0.02]

Run it with a warm cache (a previous build of the same corpus with the same
``--cache``) so tagging is read from the cache and the numbers are the
build's own. A thread reads ``VmRSS`` from ``/proc/self/status`` every 2 ms,
and the same of each child process (the export's forked writer, a tagging
pool's workers), and every ``--pss-every`` seconds the proportional set size
(``Pss`` in ``/proc/PID/smaps_rollup``) of this process and its children:
RSS summed over processes counts the pages a forked child shares with its
parent twice, PSS splits them, so the PSS sum is what the processes take
together. The build's stage functions are wrapped to mark when each stage
ends, and each export file when its temporary copy is written (by this
process: the files a child writes end inside the parent's marks). Prints, per
stage, its seconds, the RSS when it ended, the peak RSS while it ran (and
what it added over the RSS it started from), the peak RSS and PSS summed with
the children; then the kernel's peak for this process (``VmHWM``) and the
peak PSS sum over the whole build. Prints numbers, asserts nothing. Linux
only (``/proc``).
"""
from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _status(field: str, pid: str = "self") -> int:
    """A ``/proc/PID/status`` memory field, in bytes (0 when the process is gone)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _pss(pid: str) -> int:
    """``Pss`` from ``/proc/PID/smaps_rollup``, in bytes (0 when the process is gone)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _children() -> list[str]:
    """Ids of this process's children (any thread's)."""
    pids: list[str] = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids += (task / "children").read_text().split()
        except OSError:
            pass
    return pids


class Sampler(threading.Thread):
    """Samples memory; :meth:`mark` closes a stage at the current moment."""

    def __init__(self, every: float = 0.002, pss_every: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.every = every
        self.pss_every = pss_every
        self.lock = threading.Lock()
        self.stop = threading.Event()
        # name, seconds, start RSS, end RSS, peak RSS, peak RSS with children, peak PSS with children
        self.stages: list[tuple[str, float, int, int, int, int, int]] = []
        self.pss_peak = 0  # over the whole run
        self._last_pss = 0.0
        self._open()

    def _open(self) -> None:
        self.start_time = time.perf_counter()
        self.start_rss = self.peak = self.family_peak = _status("VmRSS")
        self.family_pss_peak = 0

    def run(self) -> None:
        while not self.stop.wait(self.every):
            rss = _status("VmRSS")
            children = _children()
            family = rss + sum(_status("VmRSS", pid) for pid in children)
            pss = None
            now = time.perf_counter()
            if now - self._last_pss >= self.pss_every:
                self._last_pss = now
                pss = _pss("self") + sum(_pss(pid) for pid in children)
            with self.lock:
                self.peak = max(self.peak, rss)
                self.family_peak = max(self.family_peak, family)
                if pss is not None:
                    self.family_pss_peak = max(self.family_pss_peak, pss)
                    self.pss_peak = max(self.pss_peak, pss)

    def mark(self, name: str) -> None:
        rss = _status("VmRSS")
        with self.lock:
            peak = max(self.peak, rss)
            family = max(self.family_peak, rss)
            self.stages.append((name, time.perf_counter() - self.start_time, self.start_rss, rss, peak, family, self.family_pss_peak))
            self._open()


def _marking(sampler: Sampler, fn, name, *, before: str | None = None):
    """``fn`` wrapped to close stage ``before`` when called and stage ``name`` (or ``name(args)``) when done."""

    parent = os.getpid()

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if os.getpid() != parent:  # a forked child: the sampler (and its lock) stayed with the parent
            return fn(*args, **kwargs)
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
    parser.add_argument("--pss-every", type=float, default=0.02, help="seconds between PSS samples (each reads smaps_rollup)")
    args = parser.parse_args()

    from pipeline.build import MANIFEST, build

    out = args.out or Path(tempfile.mkdtemp(prefix="build_memory."))
    (out / MANIFEST).unlink(missing_ok=True)  # an up-to-date build would skip everything
    sampler = Sampler(pss_every=args.pss_every)
    instrument(sampler)
    sampler.start()
    result = build(args.corpus, out, cache_dir=args.cache, workers=args.workers)
    sampler.mark("finish (manifest)")
    sampler.stop.set()
    sampler.join()

    mb = 1024 * 1024
    print(f"{result.stats.articles:,} articles, {result.stats.actors:,} actors, {result.stats.edges:,} edges; tagged {result.stats.tagged:,}")
    print(f"{'stage':<28}{'seconds':>9}{'RSS end MB':>12}{'peak MB':>10}{'added MB':>10}{'+kids RSS':>11}{'+kids PSS':>11}")
    export_seconds = 0.0
    for name, seconds, start, end, peak, family, pss in sampler.stages:
        export_seconds += seconds if name.startswith("export") else 0.0
        print(f"{name:<28}{seconds:>9.2f}{end / mb:>12.0f}{peak / mb:>10.0f}{(peak - start) / mb:>10.0f}{family / mb:>11.0f}{pss / mb:>11.0f}")
    print("build's stage seconds:", result.stats.seconds)
    print(f"export stage: {export_seconds:.2f} s; peak RSS (VmHWM): {_status('VmHWM') / mb:.0f} MB; peak PSS with children: {sampler.pss_peak / mb:.0f} MB")


if __name__ == "__main__":
    main()
