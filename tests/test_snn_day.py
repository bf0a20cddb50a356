"""``bench/snn_day.py --exclude-heldout``: a tuning slice never holds a held-out article."""
from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import snn_day  # noqa: E402


def test_the_heldout_keys_cover_both_heldout_sets():
    keys = snn_day.heldout_keys()
    for path in snn_day.HELDOUT:
        first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        assert first["url"] in keys


def test_a_day_slice_leaves_out_what_it_is_told(tmp_path):
    # a day file in SaudiNewsNet's shape: one JSON list per member of the zip
    records = [{"url": f"http://x/{n}", "content": "نص الخبر " * 40 + str(n)} for n in range(5)]
    (tmp_path / "saudinewsnet").mkdir()
    with zipfile.ZipFile(tmp_path / "saudinewsnet" / "2015-08-02.zip", "w") as zf:
        zf.writestr("day.json", json.dumps(records, ensure_ascii=False))
    every = snn_day.day_records(tmp_path, "2015-08-02", 3)
    assert [r["url"] for r in every] == ["http://x/0", "http://x/1", "http://x/2"]
    kept = snn_day.day_records(tmp_path, "2015-08-02", 3, frozenset({"http://x/1", records[2]["content"].strip()}))
    assert [r["url"] for r in kept] == ["http://x/0", "http://x/3", "http://x/4"]


def test_a_later_window_starts_after_the_skipped_articles_and_keeps_their_numbering(tmp_path):
    records = [{"url": f"http://x/{n}", "content": "نص الخبر " * 40 + str(n)} for n in range(6)]
    records.insert(2, {"url": "http://x/short", "content": "قصير"})
    (tmp_path / "saudinewsnet").mkdir()
    with zipfile.ZipFile(tmp_path / "saudinewsnet" / "2015-08-09.zip", "w") as zf:
        zf.writestr("day.json", json.dumps(records, ensure_ascii=False))
    later = snn_day.day_records(tmp_path, "2015-08-09", 2, skip=3)
    assert [r["url"] for r in later] == ["http://x/3", "http://x/4"]
    assert [r["id"] for r in later] == ["snn-2015-08-09-0003", "snn-2015-08-09-0004"]
