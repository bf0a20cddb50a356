"""Write N SaudiNewsNet articles of one day as a .jsonl corpus.

    python bench/snn_day.py 2015-07-21 /tmp/snn1000 [--articles 1000] [--data /work/shared/data]

Records keep SaudiNewsNet's fields and get an ``id`` (``snn-<day>-<n>``); articles
with 200 characters of content or fewer are skipped, as in ``bench/build_speed.py``.
"""
from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path


def day_records(data: Path, day: str, count: int) -> list[dict]:
    """The first ``count`` articles (content over 200 characters) of ``day``."""
    records: list[dict] = []
    with zipfile.ZipFile(data / "saudinewsnet" / f"{day}.zip") as zf:
        for name in zf.namelist():
            for record in json.loads(zf.read(name).decode("utf-8")):
                if len(record.get("content") or "") > 200:
                    records.append(dict(record, id=f"snn-{day}-{len(records):04d}"))
                if len(records) == count:
                    return records
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("day")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    args = parser.parse_args()
    records = day_records(args.data, args.day, args.articles)
    args.folder.mkdir(parents=True, exist_ok=True)
    with (args.folder / f"snn-{args.day}.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles of {args.day} → {args.folder}")


if __name__ == "__main__":
    main()
