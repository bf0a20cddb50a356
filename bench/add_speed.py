"""Adding one article to a built store, against rebuilding the corpus with it.

    python bench/add_speed.py CORPUS_DIR OUT_DIR [--cache DIR] [--repeats 3] [--article FILE]

``OUT_DIR`` is a build of ``CORPUS_DIR`` (``python -m pipeline build CORPUS_DIR --out
OUT_DIR``). Each repeat copies ``OUT_DIR`` and, from the same warm extraction cache
(the article is tagged once, before the timing), times

- ``add``: :func:`pipeline.incremental.add_articles` of one article (seconds beyond
  tagging, and in all);
- ``rebuild``: :func:`pipeline.build.build` of the corpus with the article added, every
  output file written (what adding an article cost before ``add``).

Prints the medians and their ratio. Nothing is asserted: this is a benchmark.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build import build  # noqa: E402
from pipeline.incremental import add_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--cache", type=Path, default=None, help="extraction cache (default: OUT_DIR/.cache)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--article", type=Path, default=sorted((ROOT / "corpus").glob("*.txt"))[0])
    args = parser.parse_args()
    cache = args.cache or args.out / ".cache"
    work = Path(tempfile.mkdtemp(prefix="add-speed-"))
    try:
        article = work / "new" / f"added-{args.article.name}"
        article.parent.mkdir()
        shutil.copy(args.article, article)
        corpus = work / "corpus"
        shutil.copytree(args.corpus, corpus)
        shutil.copy(article, corpus / article.name)
        warm = work / "warm"
        shutil.copytree(args.out, warm, ignore=shutil.ignore_patterns(".cache"))
        add_articles(warm, [article], cache_dir=cache)  # tags it once: the timings below read the cache
        beyond, whole, rebuild = [], [], []
        for _ in range(args.repeats):
            target = work / "add"
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(args.out, target, ignore=shutil.ignore_patterns(".cache"))
            clock = time.perf_counter()
            result = add_articles(target, [article], cache_dir=cache)
            whole.append(time.perf_counter() - clock)
            beyond.append(sum(v for k, v in result.seconds.items() if k != "ner"))
            target = work / "rebuild"
            shutil.rmtree(target, ignore_errors=True)
            clock = time.perf_counter()
            build(corpus, target, cache_dir=cache)
            rebuild.append(time.perf_counter() - clock)
        a, w, r = statistics.median(beyond), statistics.median(whole), statistics.median(rebuild)
        print(f"add one article: {a:.2f} s beyond tagging ({w:.2f} s in all), median of {args.repeats}")
        print(f"rebuild with it: {r:.2f} s (cache warm, every file written)")
        print(f"ratio add / rebuild: {w / r:.3f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
