"""The export stage with one process and with a forked child, alternated on one built graph.

    python bench/export_speed.py CORPUS [--cache CACHE] [--repeats 3]

Builds CORPUS once (warm the cache with a build first, or tagging is most of
the run), and when the build reaches its export stage runs that stage
(:func:`pipeline.build._write_outputs`, staging, fsyncs and moves included)
``--repeats`` times with ``workers=1`` and as often with ``workers=2``,
alternating, each into its own temporary folder, so both see the same graph,
heap and machine. Prints each mode's median seconds and the peak memory while
it ran: RSS of this process, and the PSS (``/proc/PID/smaps_rollup``) of this
process and its children summed (``bench/build_memory.py``'s sampler).
Prints numbers, asserts nothing. Linux only (``/proc``).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_memory import Sampler  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, help="extraction cache (warm it with a build first)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    import pipeline.build
    import pipeline.export
    import pipeline.render
    import pipeline.store  # noqa: F401  imported now, so the first timed run does not pay for it

    runs: dict[int, list[tuple[float, int, int]]] = {1: [], 2: []}  # workers → (seconds, peak RSS, peak PSS sum)
    real = pipeline.build._write_outputs

    def alternate(out, graph, store, stats, stamp, formats=None, lap=None, workers=1):
        folders = {w: Path(tempfile.mkdtemp(prefix=f"export_speed.{w}.")) for w in runs}
        for _ in range(args.repeats):
            for w in runs:
                sampler = Sampler()
                sampler.start()
                start = time.perf_counter()
                real(folders[w], graph, store, stats, stamp, formats, None, w)
                seconds = time.perf_counter() - start
                sampler.stop.set()
                sampler.join()
                runs[w].append((seconds, sampler.peak, sampler.pss_peak))
                print(f"workers={w}: {seconds:.2f} s", flush=True)
        return real(out, graph, store, stats, stamp, formats, lap, workers)

    pipeline.build._write_outputs = alternate
    pipeline.build.build(args.corpus, Path(tempfile.mkdtemp(prefix="export_speed.")), cache_dir=args.cache, workers=2)

    mb = 1024 * 1024
    print(f"{'export':<24}{'median s':>10}{'min s':>8}{'max s':>8}{'peak RSS MB':>13}{'peak PSS+kids MB':>18}")
    for w, results in runs.items():
        seconds = [s for s, _, _ in results]
        label = "one process" if w == 1 else "forked child (workers=2)"
        print(
            f"{label:<24}{statistics.median(seconds):>10.2f}{min(seconds):>8.2f}{max(seconds):>8.2f}"
            f"{max(r for _, r, _ in results) / mb:>13.0f}{max(p for _, _, p in results) / mb:>18.0f}"
        )


if __name__ == "__main__":
    main()
