"""Write N SaudiNewsNet articles of one day as a .jsonl corpus.

    python bench/snn_day.py 2015-07-21 /tmp/snn1000 [--articles 1000] [--data /work/shared/data]
    python bench/snn_day.py 2015-08-02 /tmp/tune --articles 600 --exclude-heldout
    python bench/snn_day.py 2015-08-09 /tmp/later --articles 500 --skip 500 --exclude-heldout

Records keep SaudiNewsNet's fields and get an ``id`` (``snn-<day>-<n>``); articles
with 200 characters of content or fewer are skipped, as in ``bench/build_speed.py``.
``--exclude-heldout`` also leaves out the articles of the held-out sets (the relation test
part and the held-out actor set, matched by URL or content): a slice read to find rules must
not show their output (the relation test part holds 2015-08-02/03 articles). ``--skip N``
leaves out the day's first N articles (counted after those filters), so a later window of a
day already read can be read fresh; ids keep the day's numbering.
"""
from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path


HELDOUT = (
    Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "relations" / "test" / "articles.jsonl",
    Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "snn_heldout" / "articles.jsonl",
)


def heldout_keys(paths=HELDOUT) -> frozenset[str]:
    """URLs and contents of the held-out articles."""
    keys: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                keys.update(k for k in (record.get("url"), (record.get("content") or "").strip()) if k)
    return frozenset(keys)


def day_records(
    data: Path, day: str, count: int, exclude: frozenset[str] = frozenset(), skip: int = 0
) -> list[dict]:
    """``count`` articles (content over 200 characters) of ``day`` after its first ``skip``,
    none of ``exclude`` (URLs or contents)."""
    records: list[dict] = []
    with zipfile.ZipFile(data / "saudinewsnet" / f"{day}.zip") as zf:
        for name in zf.namelist():
            for record in json.loads(zf.read(name).decode("utf-8")):
                if record.get("url") in exclude or (record.get("content") or "").strip() in exclude:
                    continue
                if len(record.get("content") or "") > 200:
                    records.append(dict(record, id=f"snn-{day}-{len(records):04d}"))
                if len(records) == skip + count:
                    return records[skip:]
    return records[skip:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("day")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--skip", type=int, default=0, help="leave out the day's first N articles")
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--exclude-heldout", action="store_true", help="leave out the held-out sets' articles")
    args = parser.parse_args()
    records = day_records(
        args.data, args.day, args.articles, heldout_keys() if args.exclude_heldout else frozenset(),
        args.skip,
    )
    args.folder.mkdir(parents=True, exist_ok=True)
    with (args.folder / f"snn-{args.day}.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles of {args.day} → {args.folder}")


if __name__ == "__main__":
    main()
