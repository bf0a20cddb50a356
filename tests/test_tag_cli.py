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
    from pipeline.arabic import split_sentences

    # Three sentences of seed 000 / 002, one token per line.
    seed = (
        "وقبل أقل من أسبوعين، توصل كيري ولافروف بعد محادثات ماراثونية في موسكو، إلى اتفاق على قائمة طويلة.\n"
        "وبعد محادثاتهما أول من أمس في لاوس، أعلن لافروف أن تنفيذ «الخطوات» منوط بعمليات القوات الروسية.\n"
        "أكدت وزارة الدفاع الروسية تحقيق تقدم في بلورة اتفاق محتمل بينها وبين البنتاغون."
    )
    sentences = [[t.text for t in s.tokens] for s in split_sentences(seed)]
    path = tmp_path / "seed.txt"
    path.write_text("\n\n".join("\n".join(tokens) for tokens in sentences) + "\n", encoding="utf-8")
    blocks = [[line.split("\t") for line in block.splitlines()] for block in run_tag(path).strip("\n").split("\n\n")]
    assert [[token for token, _ in block] for block in blocks] == sentences
    first, second, third = (dict(block) for block in blocks)
    assert first["كيري"] == "B-PER"
    # «ولافروف» right after «كيري»: the model of the final retrain (twentieth session) leaves it `O`
    # here (the previous model ran the pair into one span); the actor stage finds Lavrov by the
    # registry either way, which test_build's seed relations assert (Kerry–Lavrov AGREE in this sentence).
    assert second["لافروف"] == "B-PER"
    assert third["البنتاغون"] == "B-ORG"


def test_empty_file_gives_empty_output(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert run_tag(path) == ""


def test_missing_file_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "tag", str(tmp_path / "nope.txt")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr
