"""`python -m pipeline tag FILE`: token<TAB>tag lines, same order, same breaks."""
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.model

VALID = {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "LOC", "ORG", "MISC")}


def run_tag(path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "tag", str(path)], cwd=ROOT, capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode("utf-8")


def test_round_trip_on_odd_input(tmp_path):
    long_token = "ا" * 20000
    lines = (
        ["", "", "قال", "وزير", "الخارجية", "الأميركي", "جون\tB-PERS\textra", "كيري", "."]
        + ["", "", "", "Kerry", "met", "Lavrov", "in", "Vientiane"]
        + [""]
        + [long_token, "لافروف   ignored column"]
        + [""]
        + ["كلمة"] * 700  # one sentence far longer than the tagging window
        + ["   ", "\ufeffوأعلن", "البنتاغون", "(", "«", "Pentagon", "»", ")", "3.5%"]
    )
    path = tmp_path / "odd.txt"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))

    out = run_tag(path).split("\n")
    assert out[-1] == ""
    out = out[:-1]
    assert len(out) == len(lines)
    for given, produced in zip(lines, out):
        columns = given.split()
        if not columns:
            assert produced == ""
            continue
        token, tag = produced.split("\t")
        assert token == columns[0].lstrip("\ufeff") or token == columns[0]
        assert tag in VALID
    assert sum(1 for line in out if line) == sum(1 for line in lines if line.split())


def test_seed_names_are_tagged(tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text("\n".join("توصل كيري ولافروف إلى اتفاق".split()) + "\n\n" + "\n".join("بينها وبين البنتاغون .".split()) + "\n", encoding="utf-8")
    rows = [line.split("\t") for line in run_tag(path).splitlines() if line]
    tags = dict(rows)
    assert tags["كيري"] == "B-PER"
    assert tags["ولافروف"] == "B-PER"
    assert tags["البنتاغون"].endswith("ORG")


def test_empty_file_gives_empty_output(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert run_tag(path) == ""


def test_missing_file_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "tag", str(tmp_path / "nope.txt")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr
