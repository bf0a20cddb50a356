"""The embedded store against graph.json, on real SaudiNewsNet articles.

    python bench/store_speed.py [--articles 300] [--copies 1] [--repeats 3] [--cache DIR] [--no-whole]

Builds ``--articles`` real articles (NER through the extraction cache in
``--cache``, so a second run tags nothing), optionally repeats the corpus
``--copies`` times under new article ids to reach a larger store with the
same shape, then prints, from one run, medians of ``--repeats``:

- ``write_build`` of the whole store, and ``append`` of one new article;
- ``Store.graph()`` of the whole store, ``top_actors(50)``, the graph of
  the 500 strongest actors without evidence (what a drawing needs), and
  ``evidence(a, b)`` for the 10 heaviest and 10 random pairs;
- ``read_json`` of the same graph written as ``graph.json`` (the way the
  app loads a build today), and each store figure as a ratio of it;
- file sizes, and that the store's graph equals the one read from JSON.
"""
from __future__ import annotations

import argparse
import gc
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from timing import timed  # noqa: E402


def real_inputs(data: Path, count: int, cache: Path):
    """(articles, tagged, linked mentions, actors, relations) of ``count`` real articles."""
    from build_speed import write_corpus

    from pipeline.actors import apply_curation, link_articles, load_curation, load_registry
    from pipeline.build import build

    corpus = Path(tempfile.mkdtemp(prefix="bench-store-corpus-"))
    write_corpus(data, count, corpus)
    result = build(corpus, None, cache_dir=cache, workers=2)
    linked = apply_curation(link_articles(result.tagged, load_registry()), load_curation(corpus), [])  # as build links
    shutil.rmtree(corpus, ignore_errors=True)
    return list(result.ingest.articles), list(result.tagged), list(linked.mentions), dict(linked.actors), list(result.relations)


def copies(inputs, k: int):
    """The corpus ``k`` times, copy ``i`` under ids suffixed ``~i``."""
    articles, tagged, mentions, actors, relations = inputs
    if k <= 1:
        return inputs
    out = ([], [], [], actors, [])
    for i in range(k):
        def rid(x: str) -> str:
            return f"{x}~{i}" if i else x

        out[0].extend(replace(a, id=rid(a.id)) for a in articles)
        out[1].extend(replace(t, article=replace(t.article, id=rid(t.article.id)), mentions=tuple(replace(m, article_id=rid(m.article_id)) for m in t.mentions)) for t in tagged)
        out[2].extend(replace(lm, mention=replace(lm.mention, article_id=rid(lm.mention.article_id))) for lm in mentions)
        out[4].extend(replace(r, evidence=replace(r.evidence, article=rid(r.evidence.article))) for r in relations)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-whole", action="store_true", help="skip the whole graph and the graph.json baseline (very large stores)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bench-store-cache")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="folder holding saudinewsnet/")
    args = parser.parse_args()
    if not (args.data / "saudinewsnet").is_dir():
        parser.error(f"{args.data}/saudinewsnet: not found; pass --data (the shared data folder)")

    start = time.perf_counter()
    inputs = copies(real_inputs(args.data, args.articles, args.cache), args.copies)
    articles, tagged, mentions, actors, relations = inputs
    print(f"{len(articles)} articles ({args.articles} real x {args.copies}), {len(mentions)} linked mentions, "
          f"{len(relations)} relations; inputs ready in {time.perf_counter() - start:.1f}s; {args.repeats} repeats")

    work = Path(tempfile.mkdtemp(prefix="bench-store-"))
    try:
        measure(args, inputs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(args: argparse.Namespace, inputs, work: Path) -> None:
    """Every figure, printed; files under ``work``."""
    from pipeline.export import read_json, write_json
    from pipeline.store import Store, append, write_build

    articles, tagged, mentions, actors, relations = inputs
    path = work / "store.duckdb"
    last = articles[-1].id
    # Everything but the last article, so append adds one new article each time.
    head = (articles[:-1], tagged[:-1], [m for m in mentions if m.mention.article_id != last], actors,
            [r for r in relations if r.evidence.article != last])
    one = ([articles[-1]], [tagged[-1]], [m for m in mentions if m.mention.article_id == last], actors,
           [r for r in relations if r.evidence.article == last])
    write_s, _ = timed(lambda: write_build(path, *head), args.repeats)
    append_times = []
    for _ in range(args.repeats):
        write_build(path, *head)
        t0 = time.perf_counter()
        assert append(path, *one) == [last]
        append_times.append(time.perf_counter() - t0)
    append_s = statistics.median(append_times)

    with Store(path) as store:
        graph_s, G = timed(store.graph, args.repeats) if not args.no_whole else (None, None)
        top_s, _ = timed(lambda: store.top_actors(50), args.repeats)
        drawn = [r["id"] for r in store.top_actors(500)]
        draw_s, D = timed(lambda: store.graph(actors=drawn, evidence=False), args.repeats)
        edges = sorted((G or D).edges(data="weight"), key=lambda e: (-e[2], e[0], e[1]))
        pairs = [(u, v) for u, v, _ in edges[:10]] + random.Random(0).sample([(u, v) for u, v, _ in edges], min(10, len(edges)))
        per_pair = []
        for u, v in pairs:
            seconds, items = timed(lambda: store.evidence(u, v), args.repeats)
            assert len(items) == (G or D).edges[u, v]["weight"]
            assert G is None or items == G.edges[u, v]["evidence"]
            per_pair.append(seconds)
        evidence_s = statistics.median(per_pair)
        evidence_max = max(per_pair)
    open_s, _ = timed(lambda: Store(path).close(), args.repeats)  # none open: a cold open of the file

    mib = 1024 * 1024
    print(f"store.duckdb {path.stat().st_size / mib:.1f} MiB")
    if args.no_whole:
        print(f"write_build (whole store)   median {write_s * 1000:9.1f} ms")
        print(f"append (1 article)          median {append_s * 1000:9.1f} ms")
        print(f"Store(path) open            median {open_s * 1000:9.1f} ms")
        print(f"Store.graph(top 500 actors, no evidence) median {draw_s * 1000:.1f} ms ({D.number_of_nodes()} actors, {D.number_of_edges()} links)")
        print(f"Store.top_actors(50)        median {top_s * 1000:9.1f} ms")
        print(f"Store.evidence(a, b)        median {evidence_s * 1000:9.1f} ms (median over {len(pairs)} pairs; slowest {evidence_max * 1000:.1f} ms)")
        return
    json_path = write_json(G, work / "graph.json")
    load_s, H = timed(lambda: read_json(json_path), args.repeats)
    gc.disable()  # the store pauses the collector while it makes the graph: the same for JSON, for a fair second baseline
    load_nogc_s, _ = timed(lambda: read_json(json_path), args.repeats)
    gc.enable()
    same = sorted(H.nodes(data=True)) == sorted(G.nodes(data=True)) and all(H.edges[u, v] == d for u, v, d in G.edges(data=True))

    print(f"graph: {G.number_of_nodes()} actors, {G.number_of_edges()} links, "
          f"{sum(len(d) for _, _, d in G.edges(data='evidence'))} evidence items; store graph == graph.json graph: {same}")
    print(f"graph.json {json_path.stat().st_size / mib:.1f} MiB")
    print(f"read_json(graph.json)       median {load_s * 1000:9.1f} ms  (the baseline)")
    print(f"read_json, collector paused median {load_nogc_s * 1000:9.1f} ms  (as Store.graph() makes its graph)")
    print(f"write_build (whole store)   median {write_s * 1000:9.1f} ms  {write_s / load_s:6.2f}x baseline")
    print(f"append (1 article)          median {append_s * 1000:9.1f} ms  {append_s / load_s:6.2f}x baseline")
    print(f"Store(path) open            median {open_s * 1000:9.1f} ms  {open_s / load_s:6.3f}x baseline")
    print(f"Store.graph() whole         median {graph_s * 1000:9.1f} ms  {graph_s / load_s:6.2f}x baseline, "
          f"{graph_s / load_nogc_s:.2f}x read_json with the collector paused")
    print(f"Store.graph(top 500 actors, no evidence) median {draw_s * 1000:.1f} ms  {draw_s / load_s:.3f}x baseline "
          f"({D.number_of_nodes()} actors, {D.number_of_edges()} links: what a drawing needs)")
    print(f"Store.top_actors(50)        median {top_s * 1000:9.1f} ms  {top_s / load_s:6.3f}x baseline")
    print(f"Store.evidence(a, b)        median {evidence_s * 1000:9.1f} ms  {evidence_s / load_s:6.3f}x baseline "
          f"(median over {len(pairs)} pairs; slowest {evidence_max * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
