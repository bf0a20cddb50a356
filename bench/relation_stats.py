"""What a built graph says about relations: interaction against co-mention, and crowded sentences.

    python bench/relation_stats.py OUT_DIR [--top 5]

Reads ``OUT_DIR/graph.json`` (the output contract) and prints:
- edges by kind (interaction / co-mention) and their shares;
- sentences by kind, and typed relations by type (distinct sentences);
- how many typed pairs and how many pairs in all each sentence contributes: the median, the
  99th percentile and the maximum, with the most crowded sentences when ``--top`` is given.

A roster sentence that lists twenty names must not turn into 190 links, typed or not.
"""
from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter
from pathlib import Path


def sentence_key(ev: dict) -> tuple:
    return (ev["article"], ev["start"], ev["end"])


def relation_stats(graph: dict) -> dict:
    """Counts over the node-link JSON of the output contract.

    >>> g = {"edges": [
    ...   {"source": "a", "target": "b", "kind": "interaction", "evidence": [
    ...     {"article": "x", "start": 0, "end": 9, "relations": ["MEET", "AGREE"]}]},
    ...   {"source": "a", "target": "c", "kind": "co-mention", "evidence": [
    ...     {"article": "x", "start": 0, "end": 9, "relations": []}]}]}
    >>> s = relation_stats(g)
    >>> s["edges"], s["typed_pairs_max"], s["pairs_max"], s["relations"]
    ({'interaction': 1, 'co-mention': 1}, 1, 2, {'AGREE': 1, 'MEET': 1})
    """
    edges = Counter()
    typed_pairs: Counter = Counter()
    all_pairs: Counter = Counter()
    by_type: Counter = Counter()
    texts: dict[tuple, str] = {}
    for edge in graph["edges"]:
        edges[edge.get("kind", "?")] += 1
        for ev in edge.get("evidence", []):
            key = sentence_key(ev)
            texts.setdefault(key, ev.get("sentence", ""))
            all_pairs[key] += 1
            if ev.get("relations"):
                typed_pairs[key] += 1
                by_type.update(ev["relations"])
    typed = sorted(typed_pairs.values()) or [0]
    every = sorted(all_pairs.values()) or [0]

    def p99(values: list[int]) -> int:
        return values[min(len(values) - 1, int(0.99 * len(values)))]

    return {
        "edges": dict(edges),
        "sentences": len(all_pairs),
        "typed_sentences": len(typed_pairs),
        "relations": dict(sorted(by_type.items())),
        "typed_pairs_median": statistics.median(typed),
        "typed_pairs_p99": p99(typed),
        "typed_pairs_max": typed[-1],
        "pairs_median": statistics.median(every),
        "pairs_p99": p99(every),
        "pairs_max": every[-1],
        "crowded_typed": [(n, k, texts[k]) for k, n in typed_pairs.most_common()],
        "crowded": [(n, k, texts[k]) for k, n in all_pairs.most_common()],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="a build's output folder (holding graph.json)")
    parser.add_argument("--top", type=int, default=0, help="print this many of the most crowded sentences")
    args = parser.parse_args()
    graph = json.loads((args.out / "graph.json").read_text(encoding="utf-8"))
    s = relation_stats(graph)
    total = sum(s["edges"].values()) or 1
    print(f"nodes {len(graph['nodes'])}, edges {total}")
    for kind, n in sorted(s["edges"].items()):
        print(f"  {kind:12s} {n:7d}  {n / total:6.1%}")
    print(f"sentences with a link {s['sentences']}, with a typed relation {s['typed_sentences']}")
    print("typed relations (sentences):", ", ".join(f"{k} {v}" for k, v in s["relations"].items()))
    print(f"typed pairs per sentence: median {s['typed_pairs_median']}, p99 {s['typed_pairs_p99']}, max {s['typed_pairs_max']}")
    print(f"all pairs per sentence:   median {s['pairs_median']}, p99 {s['pairs_p99']}, max {s['pairs_max']}")
    for label, rows in (("typed", s["crowded_typed"]), ("all", s["crowded"])):
        for n, (article, start, _), text in rows[: args.top]:
            print(f"  [{label} {n}] {article}@{start}: {text[:160]}")


if __name__ == "__main__":
    main()
