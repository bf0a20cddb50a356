"""Extra NER training data: reading WikiFANE and AQMAR, mapping, and the mix.

The snippets copy each corpus's real format (WikiFANE: UTF-8 with BOM, CRLF,
``token<TAB>tag``, a line holding a tab between sentences, a left-to-right
mark before most tokens; AQMAR: ``token tag``, blank lines; ANERcorp:
``token TAG``, no sentence breaks) with tokens written for the tests.
"""
import json
import os
from pathlib import Path

import pytest

from pipeline.__main__ import main, make_parser
from pipeline.arabic import normalize
from pipeline.training.aqmar import load_aqmar, read_aqmar
from pipeline.training.clitics import rejoin_clitics, strip_marks
from pipeline.training.mapping import load_table
from pipeline.training.mix import FILTERS, SOURCES, build_mix
from pipeline.training.ner_data import read_anercorp, split_anercorp
from pipeline.training.projection import Lexicon, project
from pipeline.training.train_ner import TrainConfig, prepare
from pipeline.training.wikifane import CLASSES_FILE, FILE, load_wikifane, read_wikifane

from .conftest import ROOT

LRM = "\u200e"
RLM = "\u200f"


def wikifane_text(sentences: list[list[tuple[str, str]]]) -> str:
    """Sentences in WikiFANE's own layout: BOM, CRLF, LRM before Arabic tokens."""
    lines = []
    for sentence in sentences:
        for token, tag in sentence:
            mark = "" if token in (".", "،") or token.isdigit() else LRM
            lines.append(f"{mark}{token}\t{tag}")
        lines.append("\t")
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def write_wikifane(folder: Path, sentences) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILE).write_text(wikifane_text(sentences), encoding="utf-8")
    return folder


def write_aqmar(folder: Path, sentences, name: str = "train.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for other in ("train.txt", "dev.txt", "test.txt"):
        if not (folder / other).exists():
            (folder / other).write_text("", encoding="utf-8")
    text = "\n\n".join("\n".join(f"{t} {g}" for t, g in s) for s in sentences) + "\n"
    (folder / name).write_text(text, encoding="utf-8")
    return folder


# --- WikiFANE: marks and clitics ------------------------------------------------


def test_wikifane_reader_strips_marks_and_rejoins_clitics(tmp_path):
    folder = write_wikifane(
        tmp_path / "wikifane",
        [
            [("و", "O"), ("تقول", "O"), ("مصادر", "O"), ("ها", "O"), ("ان", "O"), ("ه", "O"), ("زار", "O"), ("بلدة", "O"), ("سامر", "B-Population-Center"), (".", "O")],
            [("ب", "O"), ("ها", "O"), ("و", "O"), ("ل", "O"), ("ه", "O"), ("مدينة", "O"), ("عاصمة", "O"), ("ها", "O"), ("نور", "B-Population-Center"), (".", "O")],
        ],
    )
    sentences = read_wikifane(folder / FILE)
    assert [[w for w, _ in s] for s in sentences] == [
        ["وتقول", "مصادرها", "انه", "زار", "بلدة", "سامر", "."],
        ["بها", "وله", "مدينة", "عاصمتها", "نور", "."],
    ]
    assert not any(LRM in w or "\ufeff" in w for s in sentences for w, _ in s)


def test_a_proclitic_joined_to_a_name_keeps_the_name_tag():
    joined = rejoin_clitics(
        [("زار", "O"), ("و", "O"), ("كاظم", "B-PER"), ("حسان", "I-PER"), ("و", "B-PER"), ("ليد", "I-PER"), ("ب", "O"), ("نيسا", "B-LOC")]
    )
    # ANERcorp writes وبلير B-PERS: the conjunction rides on the name's tag.
    assert joined == [("زار", "O"), ("وكاظم", "B-PER"), ("حسان", "I-PER"), ("وليد", "B-PER"), ("بنيسا", "B-LOC")]


def test_an_enclitic_joins_the_word_before_and_keeps_its_tag():
    joined = rejoin_clitics([("قائد", "B-PER"), ("ي", "I-PER"), ("رامي", "I-PER"), ("جاء", "O")])
    assert joined == [("قائدي", "B-PER"), ("رامي", "I-PER"), ("جاء", "O")]


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["، ", "ك", "ما"], ["، ", "كما"]),  # ك before a word is the preposition
        (["ليس", "ل", "ي", "ب", "ك", "حاجة"], ["ليس", "لي", "بك", "حاجة"]),  # ب ك: ك is the host
        (["الماليزي", "ك", "و", "جاء"], ["الماليزيك", "وجاء"]),  # ك never precedes و: a cut word end
        (["السوريون", "هم", "سكان"], ["السوريون", "هم", "سكان"]),  # free pronoun after an ال noun
        (["علي", "هم"], ["عليهم"]),
        (["الي", "هم"], ["اليهم"]),
        (["12", "كم"], ["12", "كم"]),  # kilometres
        (["ا", "متداد", "ه"], ["امتداده"]),  # a cut initial alef
        (["و", "ف", "لاسفة"], ["وفلاسفة"]),  # و ف: the ف is a cut first letter
        (["و", "ف", "ي", "ها"], ["وفيها"]),
        (["مرمى", "ه"], ["مرماه"]),  # alef maqsura before a pronoun
        (["و", "2011"], ["و", "2011"]),  # only Arabic words take clitics
        (["ها", "هنا"], ["ها", "هنا"]),  # nothing to join to at the start
        (["و"], ["و"]),
    ],
)
def test_clitic_rules(tokens, expected):
    assert [w for w, _ in rejoin_clitics([(t, "O") for t in tokens])] == expected


def test_mark_stripping_covers_both_directions_and_isolates():
    assert strip_marks(f"{LRM}سامر{RLM}\u2067\u2069\u061c") == "سامر"


# --- WikiFANE: class mapping -----------------------------------------------------


def test_wikifane_classes_map_as_anercorp_tags(tmp_path):
    folder = write_wikifane(
        tmp_path / "wikifane",
        [
            [("الرئيس", "B-Politician"), ("كاظم", "I-Politician"), ("زار", "O"), ("نورا", "B-Nation"), ("مع", "O"), ("الفرسان", "B-Group"), (".", "O")],
            [("كتاب", "O"), ("سماء", "B-Book"), ("زرقاء", "I-Book"), ("نشرت", "O"), ("ه", "O"), ("دار", "B-Media"), ("لمى", "I-Media"), (".", "O")],
            [("يدور", "O"), ("كوكب", "B-Celestial"), ("حول", "O"), ("سامر", "B-Artist"), (".", "O")],
            [("منتخب", "B-Sports"), ("نورا", "I-Sports"), ("فاز", "O"), (".", "O")],
        ],
    )
    sentences, dropped = load_wikifane(folder)
    assert dropped == 1  # Celestial is unclear in ANERcorp: its sentence is left out
    assert sentences == [
        # a title goes out of the entity; groups are O, as in ANERcorp
        [("الرئيس", "O"), ("كاظم", "B-PER"), ("زار", "O"), ("نورا", "B-LOC"), ("مع", "O"), ("الفرسان", "O"), (".", "O")],
        [("كتاب", "O"), ("سماء", "B-MISC"), ("زرقاء", "I-MISC"), ("نشرته", "O"), ("دار", "B-ORG"), ("لمى", "I-ORG"), (".", "O")],
        # منتخب X: ANERcorp tags the country, as LOC
        [("منتخب", "O"), ("نورا", "B-LOC"), ("فاز", "O"), (".", "O")],
    ]


def test_an_unknown_wikifane_class_is_an_error_not_a_guess(tmp_path):
    folder = write_wikifane(tmp_path / "wikifane", [[("سامر", "B-Spaceship"), (".", "O")]])
    with pytest.raises(ValueError, match="Spaceship"):
        load_wikifane(folder)


def test_the_class_tables_name_only_known_types():
    for name in ("wikifane_classes.yaml", "aqmar_classes.yaml"):
        classes = load_table(CLASSES_FILE.parent / name)["classes"]
        assert set(classes.values()) <= {"PER", "LOC", "ORG", "MISC", "O", "drop"}
    wikifane = load_table(CLASSES_FILE)["classes"]
    assert len(wikifane) == 51  # every class the file uses (its README says 50), each decided
    assert wikifane["Group"] == "O" and wikifane["Book"] == wikifane["Software"] == wikifane["Movie"] == "MISC"


# --- AQMAR -----------------------------------------------------------------------


def test_aqmar_reader_strips_marks_and_drops_empty_tokens(tmp_path):
    folder = write_aqmar(tmp_path / "aqmar", [[("زار", "O"), (f"{RLM}سامر", "B-PER"), (RLM, "O"), (".", "O")], [("جاء", "O")]])
    assert read_aqmar(folder / "train.txt") == [[("زار", "O"), ("سامر", "B-PER"), (".", "O")], [("جاء", "O")]]


def test_aqmar_groups_become_o_and_mis_is_kept_only_where_anercorp_has_misc(tmp_path):
    folder = write_aqmar(
        tmp_path / "aqmar",
        [
            [("قاتل", "O"), ("الفرنسيون", "B-PER"), ("و", "O"), ("المسلمين", "B-PER"), ("بقيادة", "O"), ("الحسين", "B-PER"), (".", "O")],
            [("انتهت", "O"), ("حرب", "B-MIS"), ("الوادي", "I-MIS"), ("قبل", "O"), ("بطولة", "B-MIS"), ("نورا", "I-MIS"), (".", "O")],
            [("كلفت", "O"), ("ملايين", "O"), ("الدينار", "B-MIS"), (".", "O")],
            [("يستخدم", "O"), ("نظام", "B-MIS"), ("التشغيل", "I-MIS"), ("هنا", "O"), (".", "O")],
        ],
    )
    sentences, dropped = load_aqmar(folder, misc_forms={(normalize("الدينار"),)})
    assert dropped == 1  # a MIS entity ANERcorp would not tag MISC: the sentence is left out
    assert sentences == [
        [("قاتل", "O"), ("الفرنسيون", "O"), ("و", "O"), ("المسلمين", "O"), ("بقيادة", "O"), ("الحسين", "B-PER"), (".", "O")],
        [("انتهت", "O"), ("حرب", "B-MISC"), ("الوادي", "I-MISC"), ("قبل", "O"), ("بطولة", "B-MISC"), ("نورا", "I-MISC"), (".", "O")],
        [("كلفت", "O"), ("ملايين", "O"), ("الدينار", "B-MISC"), (".", "O")],
    ]


# --- projection of ANERcorp's own tagging ----------------------------------------


def test_projection_puts_anercorp_misc_words_back_and_untags_its_plain_phrases():
    train = [[("دفع", "O"), ("دينار", "B-MISC"), ("ل", "O"), ("المجلس", "O"), ("العالي", "O"), (".", "O")]] * 3
    lexicon = Lexicon.from_training(train)
    sentence = [("بلغ", "O"), ("الف", "O"), ("دينار", "O"), ("قرار", "O"), ("المجلس", "B-ORG"), ("العالي", "I-ORG"), ("كاظم", "B-PER")]
    assert project(sentence, lexicon) == [
        ("بلغ", "O"), ("الف", "O"), ("دينار", "B-MISC"), ("قرار", "O"), ("المجلس", "O"), ("العالي", "O"), ("كاظم", "B-PER")
    ]


# --- the mix never holds the ANERcorp development or test part ---------------------


def anercorp_text(n_sentences: int) -> str:
    """ANERcorp's layout: ``token TAG`` per line, sentences end at '.'; all sentences distinct."""
    names = ["سامر", "نورا", "كاظم", "لمى", "رامي", "هالة"]
    lines = []
    for i in range(n_sentences):
        lines += [f"قال {'B-PERS' if i % 2 else 'O'}", f"{names[i % 6]} {'I-PERS' if i % 2 else 'O'}", f"{i} O", f"{names[(i + 1) % 6]} B-LOC", ". O"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def small_data(tmp_path):
    data = tmp_path / "data"
    (data / "anercorp").mkdir(parents=True)
    (data / "anercorp" / "ANERCorp.txt").write_text(anercorp_text(60), encoding="utf-8")
    split = split_anercorp(read_anercorp(data / "anercorp" / "ANERCorp.txt"))
    copied = [[(w, "O") for w, _ in split.test[0]], [(w, "O") for w, _ in split.dev[0]]]  # copies of held-out sentences
    write_wikifane(data / "wikifane", [[("سامر", "B-Politician"), ("زار", "O"), (".", "O")], [("هطل", "O"), ("المطر", "O"), (".", "O")], *copied])
    write_aqmar(data / "aqmar", [[("نورا", "B-PER"), ("هنا", "O"), (".", "O")], *copied])
    return data, split


@pytest.mark.parametrize("how", FILTERS)
def test_no_mix_holds_a_development_or_test_sentence(small_data, tmp_path, how):
    data, split = small_data
    cfg = TrainConfig(data=data, work=tmp_path / "work", extra=SOURCES, extra_filter=how)
    sizes = prepare(cfg)
    mix = json.loads((tmp_path / "work" / "data" / cfg.train_file).read_text(encoding="utf-8"))
    written = {tuple(w["text"] for w in s) for s in mix}
    held_out = {tuple(normalize(w) for w, _ in s) for part in (split.dev, split.test, split.test_by_words) for s in part}
    assert not written & held_out
    assert {tuple(normalize(w) for w, _ in s) for s in split.train} <= written
    assert [s["dropped_overlap"] for s in sizes["mix"]["sources"]] == [2, 2]
    expected_extra = {"all": 3, "per-only": 2}[how]  # the two name sentences, plus المطر with all
    assert len(mix) == len(split.train) + expected_extra


def test_the_default_training_data_is_anercorp_alone(small_data, tmp_path):
    data, _ = small_data
    cfg = TrainConfig(data=data, work=tmp_path / "work")
    assert (cfg.train_file, cfg.model_name) == ("ar_anercorp.train.json", "ar_news_nertagger.pt")
    sizes = prepare(cfg)
    assert "mix" not in sizes
    assert sorted(p.name for p in (tmp_path / "work" / "data").glob("*.train.json")) == ["ar_anercorp.train.json"]


def test_the_final_retrain_trains_on_train_and_dev_never_test(small_data, tmp_path):
    data, split = small_data
    cfg = TrainConfig(data=data, work=tmp_path / "work", final_steps=4700)
    assert (cfg.train_file, cfg.model_name) == ("ar_anercorp.train_dev.json", "ar_news_nertagger.final4700.pt")
    assert cfg.vectors_dir != TrainConfig(data=data, work=tmp_path / "work").vectors_dir  # its vectors force in dev words
    prepare(cfg)
    written = json.loads((tmp_path / "work" / "data" / cfg.train_file).read_text(encoding="utf-8"))
    written = {tuple(w["text"] for w in s) for s in written}
    as_written = lambda part: {tuple(normalize(w) for w, _ in s) for s in part}  # noqa: E731
    assert as_written(split.train) | as_written(split.dev) == written
    assert not written & (as_written(split.test) | as_written(split.test_by_words))


def test_a_final_retrain_is_of_the_default_model_only():
    with pytest.raises(ValueError, match="final"):
        TrainConfig(data=Path("."), extra=("wikifane",), final_steps=100)


def test_a_mix_trains_under_its_own_file_and_checkpoint_names():
    cfg = TrainConfig(data=Path("."), extra=("wikifane",), extra_filter="per-only")
    assert cfg.train_file == "ar_mix.wikifane.per-only.train.json"
    assert cfg.model_name == "ar_news_nertagger.wikifane.per-only.pt"


def test_cli_rejects_an_unknown_extra_corpus(capsys):
    assert main(["train-ner", "--extra", "wikifane,newsfane"]) == 2
    assert "newsfane" in capsys.readouterr().err


def test_cli_filter_choices_match_the_mix_module():
    train = next(a for a in make_parser()._actions if hasattr(a, "choices") and a.choices and "train-ner" in a.choices).choices["train-ner"]
    option = next(a for a in train._actions if "--extra-filter" in a.option_strings)
    assert tuple(option.choices) == FILTERS


# --- the real corpora, where this machine has them ---------------------------------


def shared_data() -> Path | None:
    for candidate in (os.environ.get("SHARED_DATA"), ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data"):
        if candidate and (Path(candidate) / "wikifane" / FILE).is_file() and (Path(candidate) / "aqmar").is_dir():
            return Path(candidate)
    return None


@pytest.mark.skipif(shared_data() is None, reason="shared/data with ANERcorp, WikiFANE and AQMAR not found (set SHARED_DATA)")
def test_real_mix_holds_no_test_sentence_and_every_wikifane_class_is_mapped():
    data = shared_data()
    split = split_anercorp(read_anercorp(data / "anercorp" / "ANERCorp.txt"))
    mix, reports = build_mix(split, data, SOURCES, "all")  # an unmapped class would raise
    written = {tuple(normalize(w) for w, _ in s) for s in mix[len(split.train) :]}
    for part in (split.dev, split.test, split.test_by_words):
        assert not written & {tuple(normalize(w) for w, _ in s) for s in part}
    assert all(r.sentences > 0 for r in reports)
    assert not any(LRM in w or RLM in w for s in mix[len(split.train) :] for w, _ in s)


def test_train_ner_rebuilds_the_shipped_final_model_unless_it_is_an_experiment():
    from pipeline.training.train_ner import FINAL_STEPS, default_final_steps

    shipped = json.loads((Path(__file__).resolve().parent.parent / "models" / "training_config.json").read_text(encoding="utf-8"))
    assert default_final_steps((), None) == FINAL_STEPS == int(shipped["final_steps"])  # the bundled model's recipe
    assert default_final_steps(("wikifane",), None) == 0 and default_final_steps((), Path("saved")) == 0  # judged on dev
