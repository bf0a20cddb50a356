"""A cold build with tagging on a Dask cluster against the local process pool, on real SaudiNewsNet articles.

    python bench/cluster_speed.py [--articles 300] [--repeats 3] [--workers 2] [--scheduler tcp://HOST:PORT]

Without ``--scheduler`` a ``LocalCluster`` of ``--workers`` single-thread
worker processes is started on this machine, the same cores the local pool
uses, so the ratio is the overhead of going through Dask (scheduler, pickling
articles and results over TCP); with it, the build uses that cluster. Prints
medians of cold builds (empty cache) each way, their ratio, and whether the
two graph.json files are identical.
"""
from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_speed import write_corpus  # noqa: E402


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", default=None)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = parser.parse_args()

    from pipeline.build import build

    work = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    corpus = work / "corpus"
    write_corpus(args.data, args.articles, corpus)
    cluster = None
    address = args.scheduler
    if address is None:
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=":0")
        address = cluster.scheduler_address

    def cold(name: str, **options):
        times, result = [], None
        for _ in range(args.repeats):
            out = work / name
            shutil.rmtree(out, ignore_errors=True)
            start = time.perf_counter()
            result = build(corpus, out, cache_dir=out / ".cache", **options)
            times.append(time.perf_counter() - start)
        return statistics.median(times), times, result

    try:
        local, local_times, result = cold("local", workers=args.workers)
        remote, remote_times, _ = cold("cluster", scheduler=address)
    finally:
        if cluster is not None:
            cluster.close()
    tokens = result.stats.tokens
    same = (work / "local" / "graph.json").read_bytes() == (work / "cluster" / "graph.json").read_bytes()
    print(f"{result.stats.articles} articles, {tokens} tokens, {args.repeats} cold builds each way")
    print(f"local pool, {args.workers} processes   median {local:7.2f}s  {tokens / local:7.0f} tokens/s  (runs {', '.join(f'{t:.2f}' for t in local_times)})")
    print(f"dask at {address}  median {remote:7.2f}s  {tokens / remote:7.0f} tokens/s  (runs {', '.join(f'{t:.2f}' for t in remote_times)})")
    print(f"dask / local: {remote / local:.2f}")
    print(f"identical graph.json: {same}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
