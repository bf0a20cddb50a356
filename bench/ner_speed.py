"""NER throughput on real SaudiNewsNet articles.

    python bench/ner_speed.py [--articles 300] [--repeats 3] [--data ../shared/data] [--post none] [--single] [--ner accurate]

Prints tokens/s (median of the repeats) for one process with one thread, one
process with two threads, and two single-thread processes (both cores), each
timing split + tag + mention building with the model already loaded.
``--post`` sets the run-time repairs (default: the tagger's default; ``none``
for the bare model); ``--single`` runs the one-process, one-thread case only;
``--ner accurate`` times the tagger with character language models.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def load_articles(data: Path, count: int):
    from pipeline.training.vectors import saudinewsnet_texts
    from pipeline.types import Article

    texts = []
    for text in saudinewsnet_texts(data / "saudinewsnet"):
        if len(text) > 200:  # skip titles and stubs
            texts.append(text)
        if len(texts) == count:
            break
    return [Article(id=f"snn-{i}", text=t) for i, t in enumerate(texts)]


def count_tokens(articles) -> int:
    from pipeline.arabic import split_sentences

    return sum(len(s.tokens) for a in articles for s in split_sentences(a.text))


def _worker(args):
    articles, threads, repeats, post, backend = args
    import torch

    torch.set_num_threads(threads)
    from pipeline.ner import Tagger

    tagger = Tagger(backend) if post is None else Tagger(backend, post=post)
    tagger.tag_articles(articles[:5])  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        tagger.tag_articles(articles)
        times.append(time.perf_counter() - start)
    return times


def run(articles, processes: int, threads: int, repeats: int, post=None, backend: str = "bundled") -> list[float]:
    """Wall time of each repeat with ``processes`` workers sharing the articles."""
    shards = [articles[i::processes] for i in range(processes)]
    with get_context("spawn").Pool(processes) as pool:
        per_worker = pool.map(_worker, [(shard, threads, repeats, post, backend) for shard in shards])
    # the repeats run in lockstep closely enough; a repeat ends when its slowest worker does
    return [max(times) for times in zip(*per_worker)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--post", default=None, help="post steps, comma separated, or none (default: the tagger's)")
    parser.add_argument("--single", action="store_true", help="only one process with one thread")
    parser.add_argument("--ner", choices=("bundled", "accurate"), default="bundled", help="which bundled tagger")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    articles = load_articles(args.data, args.articles)
    tokens = count_tokens(articles)
    print(f"{len(articles)} SaudiNewsNet articles, {tokens} tokens, {args.repeats} repeats, {os.cpu_count()} cores, {args.ner} tagger")
    post = None if args.post is None else tuple(s for s in args.post.split(",") if s and s != "none")
    results = {}
    configs = (("1 process, 1 thread", 1, 1), ("1 process, 2 threads", 1, 2), ("2 processes x 1 thread", 2, 1))
    for label, processes, threads in configs[:1] if args.single else configs:
        times = run(articles, processes, threads, args.repeats, post, args.ner)
        median = statistics.median(times)
        results[label] = tokens / median
        print(f"{label:24s} median {median:6.2f}s  {tokens / median:9.0f} tokens/s  (runs: {', '.join(f'{t:.2f}' for t in times)})")
    base = results["1 process, 1 thread"]
    if args.single:
        return
    print(f"both cores vs one process: x{results['2 processes x 1 thread'] / base:.2f}")


if __name__ == "__main__":
    main()
