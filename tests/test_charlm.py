"""Character LMs for the accurate tagger: their text, training arguments and packaging checks.

The text is written from SaudiNewsNet-shaped zips made here (a list of records
with ``title`` and ``content`` per JSON file, as in ``shared/data/saudinewsnet``).
"""
import json
import zipfile
from pathlib import Path

import pytest

from pipeline.ner import (
    ACCURATE_MODEL_FILE,
    CHARLM_FILES,
    MANIFEST_FILE,
    MODEL_FILE,
    PRETRAIN_FILE,
    model_version,
    write_resources,
)
from pipeline.training.charlm import HELD_OUT_DAYS, CharlmConfig, train_args, write_text
from pipeline.training.train_ner import TrainConfig


def day_zip(folder: Path, day: str, records: list[dict]) -> None:
    with zipfile.ZipFile(folder / f"{day}.zip", "w") as zf:
        zf.writestr(f"{day}.json", json.dumps(records, ensure_ascii=False))


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "data" / "saudinewsnet"
    folder.mkdir(parents=True)
    day_zip(folder, "2015-07-21", [{"title": "لقاء في الرياض", "content": "التقى وزير الخارجية نظيره الأمريكي. وبحثا الأزمة."}])
    day_zip(folder, "2015-07-22", [{"title": "", "content": "أعلنت وزارة الصحة عن حالات جديدة."}])
    day_zip(folder, HELD_OUT_DAYS[0], [{"title": "خبر محجوز", "content": "استقبل أمير منطقة مكة المكرمة السفير."}])
    return tmp_path / "data"


def read_all(train_dir: Path, dev: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(train_dir.iterdir())) + dev.read_text(encoding="utf-8")


def test_the_text_is_normalised_tokens_and_leaves_the_held_out_days_out(news, tmp_path):
    train_dir, dev = write_text(CharlmConfig(data=news, work=tmp_path / "work", dev_every=3))
    text = read_all(train_dir, dev)
    assert "مكه" not in text and "محجوز" not in text  # the held-out day is never read
    lines = text.splitlines()
    assert "التقي وزير الخارجيه نظيره الامريكي ." in lines  # normalised as the tagger sees it: ى→ي, ة→ه, أ→ا
    assert "اعلنت وزاره الصحه عن حالات جديده ." in lines
    assert len(dev.read_text(encoding="utf-8").splitlines()) == 2  # every third sentence of four, from the first


def test_a_second_run_reuses_the_text(news, tmp_path):
    cfg = CharlmConfig(data=news, work=tmp_path / "work")
    train_dir, dev = write_text(cfg)
    dev.write_text("marker\n", encoding="utf-8")
    assert write_text(cfg)[1].read_text(encoding="utf-8") == "marker\n"


def test_both_directions_train_with_the_same_shorthand_and_sizes(tmp_path):
    cfg = CharlmConfig(data=tmp_path, work=tmp_path / "w", hidden_dim=128)
    forward, backward = (train_args(cfg, d, tmp_path / "t", tmp_path / "d.txt") for d in ("forward", "backward"))
    assert forward[forward.index("--direction") + 1] == "forward" and backward[backward.index("--direction") + 1] == "backward"
    for args in (forward, backward):
        assert args[args.index("--char_hidden_dim") + 1] == "128"
        assert args[args.index("--shorthand") + 1] == "ar_snn"
        assert "--cpu" in args


def test_training_with_a_missing_lm_names_it_and_the_command(tmp_path):
    cfg = TrainConfig(data=tmp_path, charlm=tmp_path / "saved")
    assert cfg.model_name == "ar_news_nertagger.charlm.pt"  # resumes apart from the default's checkpoint
    with pytest.raises(SystemExit) as err:
        cfg.charlm_files()
    assert "ar_snn_forward_charlm.pt" in str(err.value) and "train-charlm" in str(err.value)


def test_adding_the_accurate_files_leaves_the_default_models_version(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    for name in (MODEL_FILE, PRETRAIN_FILE):
        (models / name).write_bytes(name.encode())
    write_resources(models)
    before = model_version("bundled", models)
    for name in (ACCURATE_MODEL_FILE, *CHARLM_FILES):
        (models / name).write_bytes(name.encode())
    write_resources(models)
    assert set(json.loads((models / MANIFEST_FILE).read_text())) == {MODEL_FILE, PRETRAIN_FILE, ACCURATE_MODEL_FILE, *CHARLM_FILES}
    assert model_version("bundled", models) == before  # cached articles of the default stay valid
    accurate = model_version("accurate", models)
    (models / CHARLM_FILES[1]).write_bytes(b"retrained")
    write_resources(models)
    assert model_version("accurate", models) != accurate  # a new LM re-tags
    assert model_version("bundled", models) == before


def test_the_tagger_loads_the_files_stanza_saves(tmp_path):
    from stanza.models.charlm import build_model_filename, parse_args

    from pipeline.training.charlm import model_file

    cfg = CharlmConfig(data=tmp_path, work=tmp_path / "w")
    for direction in ("forward", "backward"):
        args = parse_args(train_args(cfg, direction, tmp_path / "t", tmp_path / "d.txt")[3:])
        assert Path(build_model_filename(args)) == model_file(cfg.work, direction)
        assert model_file(cfg.work, direction).name in CHARLM_FILES
