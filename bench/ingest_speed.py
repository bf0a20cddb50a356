"""Ingest of a whole corpus exported as one file: streamed record by record against read whole.

    python bench/ingest_speed.py [--data ../shared/data] [--repeats 3]

Writes every SaudiNewsNet record of ``DATA/saudinewsnet/*.zip`` (about 28,000,
97 MB) into one ``.jsonl`` file and one ``.json`` array in a scratch folder,
then prints, as medians of the repeats:
- seconds, MB/s and articles/s to ingest each file streamed (the default: the
  file is over the 20 MB limit), and the ``.jsonl`` read whole (limit raised
  over the file's size), and the ratio streamed / whole;
- that all three give the same articles;
- peak memory of this process (it holds the articles, as a build does).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import timed  # noqa: E402


def write_corpus(data: Path, folder: Path) -> tuple[Path, Path]:
    records = []
    for archive in sorted((data / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                records.extend(json.loads(zf.read(name).decode("utf-8")))
    lines, array = folder / "lines" / "saudinewsnet.jsonl", folder / "array" / "saudinewsnet.json"
    for path in (lines, array):
        path.parent.mkdir(parents=True)
    with lines.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    array.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    return lines, array


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    from pipeline.ingest import MAX_BYTES, ingest_corpus

    with tempfile.TemporaryDirectory() as tmp:
        lines, array = write_corpus(args.data, Path(tmp))
        size = lines.stat().st_size
        runs = {
            "jsonl streamed": lambda: ingest_corpus(lines.parent),
            "jsonl read whole": lambda: ingest_corpus(lines.parent, max_bytes=size + 1),
            "json array streamed": lambda: ingest_corpus(array.parent),
        }
        results = {}
        print(f"one file of {size / 1e6:.1f} MB (.jsonl; the .json array {array.stat().st_size / 1e6:.1f} MB), limit {MAX_BYTES:,} bytes per record")
        for name, run in runs.items():
            seconds, result = timed(run, args.repeats)
            results[name] = (seconds, result)
            print(
                f"{name:>20}: {seconds:6.2f} s  {size / 1e6 / seconds:5.1f} MB/s  {len(result.articles) / seconds:7,.0f} articles/s  "
                f"({len(result.articles):,} articles, {len(result.skipped):,} skipped)"
            )
        streamed, whole = results["jsonl streamed"], results["jsonl read whole"]
        print(f"streamed / read whole: {streamed[0] / whole[0]:.2f}")
        same = [a.text for a in streamed[1].articles] == [a.text for a in whole[1].articles] == [a.text for a in results["json array streamed"][1].articles]
        print(f"same articles all three ways: {same}")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
