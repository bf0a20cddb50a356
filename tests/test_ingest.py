"""Ingest: files → Article, with every bad file reported and every good one kept.

Hostile files are built from code in tmp_path; the only files read from the
repository are the two seed articles in corpus/.
"""
import codecs
import json
import os
import re
from pathlib import Path

import pytest

from pipeline.arabic import normalize
from pipeline.ingest import (
    clean_text,
    decode,
    ingest_bytes,
    ingest_corpus,
    ingest_file,
    ingest_uploads,
    iso_date,
)
from pipeline.types import Article, Skipped

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
USE = "(use .txt, .json, .jsonl, .html)"

# Short articles in the seeds' style, each about something else, so no two are near-duplicates.
KERRY = (
    "قال وزير الخارجية الأميركي جون كيري إن المحادثات مع نظيره الروسي سيرغي لافروف في لاوس كانت بناءة ومفيدة.\n"
    "وأضاف أن الخبراء العسكريين من البلدين سيجتمعون في جنيف الأسبوع المقبل لبحث تعزيز اتفاق «عدم التصادم» في الأجواء السورية.\n"
    "من جهته، أعلن لافروف أن تنفيذ الخطوات المتفق عليها منوط بعمل القوات الروسية والأميركية على الأرض، وبالتزام الأطراف بوقف الأعمال القتالية."
)
COOK = (
    "قال المتحدث باسم البنتاغون بيتر كوك إن المحادثات بين الطرفين استغرقت نحو ساعة واحدة عبر دائرة فيديو آمنة.\n"
    "ووصف كوك جولة المناقشات بالمهنية، مشيرا إلى أن هدفها لم يتجاوز ضمان سلامة الطيارين فوق سوريا."
)
MOD = (
    "أعلنت وزارة الدفاع الروسية أنها بحثت مع نظيرتها الأميركية مسائل أمن الطيران في الأجواء السورية.\n"
    "وأكدت الوزارة أن الاتصالات بين الخبراء الروس والأميركيين ستتواصل خلال الأيام المقبلة لوضع آلية دائمة."
)
RAIDS = (
    "بدأت الطائرات الحربية الروسية في الثلاثين من أيلول غاراتها على مواقع تنظيم داعش في سوريا بناء على طلب من دمشق.\n"
    "وتشن الطائرات الروسية يوميا عشرات الغارات على مواقع مختلفة للتنظيم في ريف حلب وإدلب وحماة."
)
IRAN = (
    "وافق مجلس الأمن الدولي على اتفاق يحد من برنامج إيران النووي مقابل تخفيف العقوبات المفروضة على طهران.\n"
    "وقال دبلوماسيون إن التصويت جاء بالإجماع بعد مشاورات طويلة بين الأعضاء الدائمين في نيويورك."
)
ADEN = (
    "أصدر الرئيس اليمني عبدربه منصور هادي قرارا جمهوريا بتعيين نايف البكري محافظا لعدن.\n"
    "وجاء القرار بعد الانتصارات التي حققتها قوات المقاومة الشعبية في طرد المتمردين الحوثيين من المدينة."
)
CAMERON = (
    "حدد رئيس الوزراء البريطاني ديفيد كاميرون ملامح استراتيجية جديدة للتصدي للتطرف داخل بريطانيا.\n"
    "وتعهد كاميرون في خطابه بمدينة بيرمنغهام بمواجهة الفكر المتطرف على مدى خمس سنوات."
)
JUBEIR = (
    "التقى وزير الخارجية السعودي عادل الجبير نظيره الأميركي في الدوحة لبحث تطورات الأزمة السورية.\n"
    "وناقش الجانبان سبل دعم الحل السياسي في سوريا واليمن ومواجهة الإرهاب في المنطقة."
)
BAN = (
    "أكد الأمين العام للأمم المتحدة بان كي مون أن الحل في سوريا يجب أن يكون سياسيا.\n"
    "ودعا بان جميع الأطراف إلى وقف إطلاق النار والعودة إلى طاولة المفاوضات في جنيف دون شروط مسبقة."
)
ASSAD = (
    "استقبل الرئيس السوري بشار الأسد في دمشق وفدا برلمانيا روسيا برئاسة رئيس لجنة الشؤون الدولية.\n"
    "وبحث الجانبان العلاقات الثنائية والتعاون في مكافحة الإرهاب وإعادة إعمار المدن المتضررة."
)
HEADLINE = "روسيا والولايات المتحدة تبحثان تنسيق العمليات الجوية"
PENTAGON = (
    "أكدت وزارة الدفاع الروسية تحقيق تقدم في بلورة اتفاق محتمل بينها وبين البنتاغون بشأن ضمان سلامة الطلعات الجوية.\n"
    "وأفادت الوزارة بأنها أعدت مشروعا لوثيقة سيتعين على الوزارتين توقيعها قريبا."
)
ENGLISH = (
    "The Russian defence ministry said on Saturday that it had made progress with the Pentagon on an agreement "
    "to ensure the safety of flights over Syria, after a second video conference between the two sides."
)


def front(title="", date="", source="", **extra):
    lines = ["---"]
    for key, value in (("title", title), ("source", source), ("date", date), *extra.items()):
        if value:
            lines.append(f"{key}: {value}")
    return "\n".join(lines + ["---", ""])


def words5(text):
    """Reference Jaccard on word 5-shingles, written independently of ingest."""
    words = re.findall(r"\w+", normalize(text))
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def jaccard(a, b):
    a, b = words5(a), words5(b)
    return len(a & b) / len(a | b)


def write(root: Path, name: str, data) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ the hostile corpus


NEAR = (
    KERRY.replace("،", " -").replace("«", '"').replace("»", '"')
    + "\nشارك الخبر\nبحسب وكالات الأنباء."
)
BIG = ("قال مسؤولون إن الاجتماع المقبل سيعقد في جنيف. " * 400).encode("utf-8")
LIMIT = 20_000
CONTROLS = bytes(range(1, 9)) * 40 + "نص عربي قصير".encode("utf-8")


@pytest.fixture
def hostile(tmp_path):
    """A corpus folder with 11 good articles and 33 bad files or records (and 3 files never looked at)."""
    root = tmp_path / "corpus"
    # Good files.
    write(root, "kerry.txt", front("كيري ولافروف في لاوس", "2016-07-28", "Al-Watan (Syria)") + KERRY)
    write(root, "nofm.txt", f"سياسة\n\n{HEADLINE}\n\n" + PENTAGON.replace("قريبا", "قريبا\x07"))
    write(root, "cp1256.txt", (front("كوك: محادثات مهنية", "2015/10/11") + COOK).encode("cp1256"))
    write(root, "utf16.txt", (front("أمن الطيران", "2015-10-11 09:30:00") + MOD).encode("utf-16"))
    write(root, "bom.txt", codecs.BOM_UTF8 + (front("الغارات الروسية", "2015-10-01T08:00:00+03:00") + RAIDS).encode("utf-8"))
    write(
        root,
        "page.html",
        "<!doctype html><html lang='ar'><head><meta charset='utf-8'><title>الجبير في الدوحة</title>"
        "<meta property='article:published_time' content='2015-08-03T10:00:00+03:00'>"
        "<script>var leaked = 'SCRIPT_IN_HEAD';</script><style>p{color:red}</style></head><body>"
        "<nav>الرئيسية | أخبار</nav><article><h1>الجبير في الدوحة</h1>"
        + "".join(f"<p>{line}</p>" for line in JUBEIR.split("\n"))
        + "<script>document.write('SCRIPT_IN_BODY')</script>"
        "<p>&lt;script&gt;alert('ESCAPED_SCRIPT')&lt;/script&gt; انتهى الاجتماع بعد ظهر اليوم.</p>"
        "</article></body></html>",
    )
    write(
        root,
        "records.json",
        json.dumps(
            [
                {"id": "snn-1", "title": "مجلس الأمن والاتفاق النووي", "content": IRAN, "date_extracted": "2015-07-21 02:51:37", "source": "aawsat"},
                42,
                {"title": "بلا نص"},
                {"id": "e", "content": "   "},
                {"id": "l", "content": ["قائمة"]},
                {"title": "كاميرون والتطرف", "content": CAMERON, "date": "2015-07-20"},
            ],
            ensure_ascii=False,
        ),
    )
    write(
        root,
        "lines.jsonl",
        json.dumps({"title": "محافظ عدن", "text": ADEN}, ensure_ascii=False)
        + '\n{"content": "نص" "id": 3}\n\n'
        + json.dumps({"id": "ban-1", "body": BAN, "date": "2015-08-01"}, ensure_ascii=False)
        + "\n[1, 2]\n",
    )
    write(root, "fm_warn.txt", "---\ntitel: خطأ\nthis line is wrong\ndate: yesterday\n---\n" + PENTAGON.replace("البنتاغون", "وزارة الدفاع الأميركية"))
    # Bad files.
    write(root, "empty.txt", b"")
    write(root, "blank.txt", " \n\t\n  \r\n")
    write(root, "nul.txt", b"\x00\x00\x00abc\x00")
    write(root, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    write(root, "undecodable.txt", bytes((i * 37 + 11) % 128 + 128 for i in range(600)))
    write(root, "controls.txt", CONTROLS)
    write(root, "broken.json", '{"title": "x", "content": ')
    write(root, "deep.json", "[" * 15_000)
    write(root, "notext.json", json.dumps({"title": "عنوان", "url": "http://x"}, ensure_ascii=False))
    write(root, "empty.json", "[]")
    write(root, "scalar.json", '"just a string"')
    write(root, "big.txt", BIG)
    write(root, "english.txt", ENGLISH)
    write(root, "kerry_copy.txt", front("نسخة") + KERRY)
    write(root, "kerry_near.txt", NEAR)
    write(root, "kerry_punct.txt", KERRY.replace("،", "").replace(".", " .").replace(" ", "  "))
    write(root, "sub/kerry.txt", ASSAD)
    write(root, "scan.pdf", b"%PDF-1.4\n")
    write(root, "notes.docx", b"PK\x03\x04")
    write(root, "noext", "نص")
    write(root, "boiler.txt", "Site icon سيريان تلغراف\n\nزر الذهاب إلى الأعلى\nشارك الخبر\n\nExit mobile version\n")
    write(root, "badfm.txt", "---\ntitle: بلا نهاية\n" + KERRY)
    write(root, "onlyfm.txt", front("عنوان فقط", "2016-01-01"))
    write(root, "short.txt", "عاجل: انفجار في دمشق")
    write(root, "empty_page.html", "<html><head><script>alert(1)</script></head><body></body></html>")
    os.mkfifo(root / "pipe.txt")
    (root / "link.txt").symlink_to(root / "missing.txt")
    # Never looked at.
    write(root, ".hidden.txt", b"")
    write(root, ".cache/x.txt", b"")
    write(root, "README.md", "# not an article")
    return root


def expected_skips():
    near_score = jaccard(KERRY, clean_text(NEAR))  # compared after boilerplate removal
    assert 0.9 <= near_score < 1
    return {
        "badfm.txt": "bad front matter: no closing '---' line within 50 lines",
        "big.txt": f"file too large: {len(BIG):,} bytes (limit 20,000)",
        "blank.txt": "only whitespace",
        "boiler.txt": "only site boilerplate (removed 4 lines), no article text",
        "broken.json": "malformed JSON: Expecting value at line 1 column 27",
        "controls.txt": "binary file (96% control characters)",
        "deep.json": "malformed JSON: nested too deeply",
        "empty.json": "empty JSON array (no records)",
        "empty.txt": "empty file",
        "empty_page.html": "no text in the HTML",
        "english.txt": "no Arabic text (English?)",
        "image.txt": "binary file (PNG image)",
        "kerry_copy.txt": "duplicate of kerry (exact)",
        "kerry_near.txt": f"duplicate of kerry (near-exact, {near_score:.2f})",
        "kerry_punct.txt": "duplicate of kerry (near-exact, 1.00)",
        "lines.jsonl:line 2": "malformed JSON: Expecting ',' delimiter at column 18",
        "lines.jsonl:line 5": "record is a list; expected an object",
        "link.txt": "cannot read file: No such file or directory",
        "noext": f"unsupported file type (no extension) {USE}",
        "notes.docx": f"unsupported file type .docx {USE}",
        "notext.json": "no text field (expected 'content', 'text' or 'body'; found 'title', 'url')",
        "nul.txt": "binary file (contains NUL bytes)",
        "onlyfm.txt": "no article text after the front matter",
        "pipe.txt": "not a regular file",
        "records.json[1]": "record is a number; expected an object",
        "records.json[2]": "no text field (expected 'content', 'text' or 'body'; found 'title')",
        "records.json[3]": "empty text field 'content'",
        "records.json[4]": "text field 'content' is a list, not a string",
        "scalar.json": "JSON top level is a string; expected an object or an array of objects",
        "scan.pdf": f"unsupported file type .pdf {USE}",
        "short.txt": "text too short after boilerplate removal (4 words; need 10)",
        "sub/kerry.txt": "duplicate id 'kerry' (first used by kerry.txt)",
        "undecodable.txt": "undecodable text: not UTF-8, UTF-16 or an Arabic code page (cp1256, ISO-8859-6)",
    }


def test_hostile_corpus_reports_every_bad_file_exactly(hostile):
    result = ingest_corpus(hostile, max_bytes=LIMIT)
    report = {s.path: s.reason for s in result.skipped}
    assert len(result.skipped) == len(report), "one entry per file or record"
    assert report == expected_skips()


def test_hostile_corpus_keeps_every_good_article(hostile):
    result = ingest_corpus(hostile, max_bytes=LIMIT)
    got = {a.id: (a.title, a.date, a.source, a.path) for a in result.articles}
    assert got == {
        "ban-1": ("أكد الأمين العام للأمم المتحدة بان كي مون أن الحل في سوريا يجب أن يكون سياسيا.", "2015-08-01", "", "lines.jsonl"),
        "bom": ("الغارات الروسية", "2015-10-01", "", "bom.txt"),
        "cp1256": ("كوك: محادثات مهنية", "2015-10-11", "", "cp1256.txt"),
        "fm_warn": (PENTAGON.split("\n")[0].replace("البنتاغون", "وزارة الدفاع الأميركية"), "", "", "fm_warn.txt"),
        "kerry": ("كيري ولافروف في لاوس", "2016-07-28", "Al-Watan (Syria)", "kerry.txt"),
        "lines-1": ("محافظ عدن", "", "", "lines.jsonl"),
        "nofm": (HEADLINE, "", "", "nofm.txt"),
        "page": ("الجبير في الدوحة", "2015-08-03", "", "page.html"),
        "records-5": ("كاميرون والتطرف", "2015-07-20", "", "records.json"),
        "snn-1": ("مجلس الأمن والاتفاق النووي", "2015-07-21", "aawsat", "records.json"),
        "utf16": ("أمن الطيران", "2015-10-11", "", "utf16.txt"),
    }
    # Sorted paths, then record order within a file.
    assert [a.id for a in result.articles] == [
        "bom", "cp1256", "fm_warn", "kerry", "lines-1", "ban-1", "nofm", "page", "snn-1", "records-5", "utf16",
    ]


def test_hostile_corpus_texts_are_decoded_and_clean(hostile):
    articles = {a.id: a for a in ingest_corpus(hostile, max_bytes=LIMIT).articles}
    assert articles["kerry"].text == KERRY
    assert articles["cp1256"].text == COOK  # the right Arabic, not cp1252 mojibake
    assert articles["utf16"].text == MOD
    assert articles["bom"].text == RAIDS and "\ufeff" not in articles["bom"].text
    assert articles["snn-1"].text == IRAN
    assert articles["nofm"].text == f"{HEADLINE}\n\n{PENTAGON}"  # section label and bell character gone
    page = articles["page"].text
    assert "عادل الجبير" in page and "انتهى الاجتماع بعد ظهر اليوم." in page
    for leak in ("SCRIPT_IN_HEAD", "SCRIPT_IN_BODY", "ESCAPED_SCRIPT", "<", ">", "color:red", "الرئيسية |"):
        assert leak not in page
    for article in articles.values():
        assert "\x00" not in article.text and "\r" not in article.text


def test_hostile_corpus_warns_about_repairs_only(hostile):
    result = ingest_corpus(hostile, max_bytes=LIMIT)
    assert sorted((w.path, w.reason) for w in result.warnings) == sorted(
        [
            ("cp1256.txt", "decoded as cp1256"),
            ("fm_warn.txt", "date 'yesterday' not understood; left empty"),
            ("fm_warn.txt", "front matter line 3 ignored (expected 'key: value')"),
            ("fm_warn.txt", "front matter: unknown key 'titel' ignored"),
            ("lines.jsonl", "1 record without 'id' got ids lines-<line>"),
            ("nofm.txt", "removed 1 boilerplate line"),
            ("nofm.txt", "removed 1 control character"),
            ("page.html", "removed 1 HTML tag from the extracted text"),
            ("records.json", "1 record without 'id' got ids records-<index>"),
            ("utf16.txt", "decoded as UTF-16 (byte-order mark)"),
        ]
    )


def test_ingest_is_deterministic(hostile):
    assert ingest_corpus(hostile, max_bytes=LIMIT) == ingest_corpus(hostile, max_bytes=LIMIT)


def test_a_50_mb_file_is_rejected_by_size_without_reading_it(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no data written
    write(tmp_path, "ok.txt", KERRY)
    opened = []
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        opened.append(self.name)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    result = ingest_corpus(tmp_path)
    assert result.skipped == (Skipped("huge.txt", "file too large: 52,428,800 bytes (limit 20,000,000)"),)
    assert [a.id for a in result.articles] == ["ok"]
    assert "huge.txt" not in opened
    assert ingest_file(big) == ([], [Skipped(big.as_posix(), "file too large: 52,428,800 bytes (limit 20,000,000)")])


def test_windows_line_endings_and_front_matter(tmp_path):
    write(tmp_path, "crlf.txt", (front("عنوان", "2016-07-28") + KERRY).replace("\n", "\r\n"))
    result = ingest_corpus(tmp_path)
    assert [(a.id, a.title, a.date, a.text) for a in result.articles] == [("crlf", "عنوان", "2016-07-28", KERRY)]
    assert result.skipped == result.warnings == ()


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    write(tmp_path, "ok.txt", KERRY)
    write(tmp_path, "locked/inner.txt", COOK)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = ingest_corpus(tmp_path)
    assert [a.id for a in result.articles] == ["ok"]
    assert result.skipped == (Skipped("locked", "cannot read folder: Permission denied"),)


def test_missing_corpus_folder_raises_with_the_path(tmp_path):
    with pytest.raises(NotADirectoryError, match="corpus folder not found: .*nowhere"):
        ingest_corpus(tmp_path / "nowhere")


# ------------------------------------------------------------------ the seed articles


@pytest.fixture(scope="module")
def seeds():
    result = ingest_corpus(CORPUS)
    return result, {a.id: a for a in result.articles}


def raw_body(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    return text.split("---\n", 2)[2]


def test_seeds_build_with_front_matter_metadata(seeds):
    result, articles = seeds
    assert result.skipped == ()  # README.md is not an article
    assert set(articles) == {"000_5ed030ab5234468c", "002_2dcb032de962edab"}
    watan, telegraph = articles["000_5ed030ab5234468c"], articles["002_2dcb032de962edab"]
    assert (watan.title, watan.source, watan.date) == (
        "بعد لقاءات لاوس وجنيف.. اجتماع روسي أميركي عسكري لتعزيز «عدم التصادم»",
        "Al-Watan (Syria)",
        "2016-07-28",
    )
    assert (telegraph.title, telegraph.source, telegraph.date) == (
        "روسيا والولايات المتحدة تبحثان تنسيق العمليات الجوية في سورية",
        "Syrian Telegraph",
        "2015-10-11",
    )
    assert watan.path == "000_5ed030ab5234468c.txt"
    assert sorted((w.path, w.reason) for w in result.warnings) == [
        ("000_5ed030ab5234468c.txt", "removed 4 boilerplate lines"),
        ("002_2dcb032de962edab.txt", "removed 3 boilerplate lines"),
    ]


def test_seed_boilerplate_is_gone(seeds):
    _, articles = seeds
    watan = articles["000_5ed030ab5234468c"].text.split("\n")
    telegraph = articles["002_2dcb032de962edab"].text.split("\n")
    for line in ("سورية", "| الوطن- وكالات", "زر الذهاب إلى الأعلى", "صحيفة الوطن"):
        assert line not in watan
    for line in ("Site icon سيريان تلغراف", "سيريان تلغراف", "Exit mobile version"):
        assert line not in telegraph
    assert watan[0].startswith("بعد لقاءات لاوس وجنيف")
    assert watan[-1].startswith("وأعلن وزير الدفاع الأميركي آشتون كارتر")
    assert telegraph[0] == "روسيا والولايات المتحدة تبحثان تنسيق العمليات الجوية في سورية"
    assert telegraph[-1].startswith("وأضاف أنه يمكن رصد وجود الطائرة دون طيار")


@pytest.mark.parametrize(
    "name,removed,sentence",
    [
        ("000_5ed030ab5234468c.txt", 4, "ومنتصف الشهر الجاري، ناقش وزير الخارجية الأميركي جون كيري مع الرئيس الروسي فلاديمير بوتين"),
        ("002_2dcb032de962edab.txt", 3, "من جانبه قال المتحدث باسم البنتاغون بيتر كوك إن المحادثات بين الطرفين"),
    ],
)
def test_seed_body_is_faithful(seeds, name, removed, sentence):
    """Every kept line is a line of the source, unchanged; only the boilerplate lines are dropped."""
    _, articles = seeds
    text = articles[name.removesuffix(".txt")].text
    source_lines = [line for line in raw_body(name).split("\n") if line.strip()]
    kept = [line for line in text.split("\n") if line]
    assert kept == [line for line in source_lines if line in kept]
    assert len(source_lines) - len(kept) == removed
    body = next(line for line in source_lines if line.startswith(sentence))
    assert body in kept


def test_seed_offsets_point_into_the_text(seeds):
    _, articles = seeds
    text = articles["000_5ed030ab5234468c"].text
    start = text.index("جون كيري")
    assert text[start : start + len("جون كيري")] == "جون كيري"
    assert "أميركي" in text and "«البنتاغون»" in text  # letters and quotes not normalised


# ------------------------------------------------------------------ JSON shapes


SNN_RECORD = {
    "source": "aawsat",
    "url": "http://aawsat.com/home/article/410826",
    "date_extracted": "2015-07-21 02:51:37",
    "title": "بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف",
    "author": "لندن: رنيم حنوش",
    "content": CAMERON,
}


def test_saudinewsnet_record_mapping():
    untitled = dict(SNN_RECORD, title="", content=ADEN, url="")
    data = json.dumps([SNN_RECORD, untitled], ensure_ascii=False).encode("utf-8")
    result = ingest_uploads([("2015-07-21.json", data)])
    assert result.skipped == ()
    assert result.articles == (
        Article(
            id="2015-07-21-0",
            text=CAMERON,
            title="بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف",
            source="aawsat",
            date="2015-07-21",
            url="http://aawsat.com/home/article/410826",
            path="2015-07-21.json",
        ),
        Article(
            id="2015-07-21-1",
            text=ADEN,
            title=ADEN.split("\n")[0],
            source="aawsat",
            date="2015-07-21",
            path="2015-07-21.json",
        ),
    )
    assert result.warnings == (Skipped("2015-07-21.json", "2 records without 'id' got ids 2015-07-21-<index>"),)


def test_single_json_object_takes_the_file_stem_as_id():
    articles, skipped = ingest_bytes("uploads/iran.json", json.dumps({"text": IRAN}, ensure_ascii=False).encode())
    assert skipped == [] and [(a.id, a.path) for a in articles] == [("iran", "uploads/iran.json")]


def test_jsonl_ids_and_bad_lines():
    lines = [json.dumps({"content": t}, ensure_ascii=False) for t in (ADEN, BAN)]
    data = "\n".join([lines[0], "{oops", lines[1]]).encode()
    articles, skipped = ingest_bytes("feed.jsonl", data)
    assert [a.id for a in articles] == ["feed-1", "feed-3"]
    assert skipped == [Skipped("feed.jsonl:line 2", "malformed JSON: Expecting property name enclosed in double quotes at column 2")]


def test_duplicate_records_within_one_upload():
    data = json.dumps([{"id": "a", "content": IRAN}, {"id": "b", "content": IRAN}, {"id": "a", "content": BAN}], ensure_ascii=False)
    articles, skipped = ingest_bytes("day.json", data.encode())
    assert [a.id for a in articles] == ["a"]
    assert skipped == [
        Skipped("day.json[1]", "duplicate of a (exact)"),
        Skipped("day.json[2]", "duplicate id 'a' (first used by day.json[0])"),
    ]


def test_ingest_file_is_ingest_bytes_of_the_file(tmp_path):
    path = write(tmp_path, "sub/kerry.txt", front("عنوان", "2016-07-28") + KERRY)
    assert ingest_file(path, root=tmp_path) == ingest_bytes("sub/kerry.txt", path.read_bytes())


# ------------------------------------------------------------------ duplicates


def test_spelling_variants_are_duplicates():
    variant = KERRY.replace("ى", "ي").replace("أ", "ا").replace("ة", "ه")  # outlets differ in hamza, alef maqsura, ta marbuta
    variant = variant.replace("جون كيري", "جونْ كيري").replace("الروسي", "الـروسي")
    result = ingest_uploads([("a.txt", KERRY.encode()), ("b.txt", variant.encode())])
    assert result.skipped == (Skipped("b.txt", "duplicate of a (near-exact, 1.00)"),)


def test_digit_forms_and_presentation_forms_are_the_same_words():
    text = KERRY + "\nوبلغ عدد الغارات 2015 غارة منذ 30 أيلول، ولا تعليق."
    variant = text.replace("2015", "٢٠١٥").replace("30", "٣٠").replace("ولا", "و\ufefb")  # ﻻ: lam-alef ligature
    result = ingest_uploads([("a.txt", text.encode()), ("b.txt", variant.encode())])
    assert result.skipped == (Skipped("b.txt", "duplicate of a (near-exact, 1.00)"),)


def test_different_articles_on_the_same_story_are_kept():
    result = ingest_uploads([("a.txt", KERRY.encode()), ("b.txt", (KERRY.split("\n")[0] + "\n" + BAN).encode())])
    assert [a.id for a in result.articles] == ["a", "b"] and result.skipped == ()


def test_near_duplicate_threshold():
    base = KERRY + "\n" + COOK  # 92 words, 88 shingles
    just_over = base + "\nوأضاف المتحدث أن الاجتماع كان مفيدا جدا للطرفين معا"  # 9 more: 88/97 = 0.907
    just_under = base + "\nوأضاف المتحدث أن الاجتماع كان مفيدا جدا للطرفين معا أمس"  # 10 more: 88/98 = 0.898
    assert jaccard(base, just_over) >= 0.9 > jaccard(base, just_under)
    result = ingest_uploads([("a.txt", base.encode()), ("b.txt", just_over.encode()), ("c.txt", just_under.encode())])
    assert result.skipped == (Skipped("b.txt", f"duplicate of a (near-exact, {jaccard(base, just_over):.2f})"),)
    assert [a.id for a in result.articles] == ["a", "c"]


def test_dedup_of_many_articles_finds_every_near_copy():
    """1,000 distinct articles plus 100 near copies (speed: see bench/, not here)."""
    import random

    rng = random.Random(7)
    vocabulary = sorted(set(re.findall(r"\w+", " ".join([KERRY, COOK, MOD, RAIDS, IRAN, ADEN, CAMERON, JUBEIR, BAN]))))
    texts = [" ".join(rng.choice(vocabulary) for _ in range(300)) for _ in range(1000)]
    uploads = [(f"{i:04}.txt", t.encode()) for i, t in enumerate(texts)]
    uploads += [(f"copy{i:03}.txt", (texts[i] + " وأضاف").encode()) for i in range(100)]
    result = ingest_uploads(uploads)
    assert len(result.articles) == 1000
    assert all(s.reason.startswith("duplicate of ") for s in result.skipped) and len(result.skipped) == 100


# ------------------------------------------------------------------ decode


ARABIC = "قال وزير الخارجية الأميركي جون كيري إن المحادثات مع لافروف كانت “مهنية وبناءة”."


@pytest.mark.parametrize(
    "data",
    [
        ARABIC.encode("utf-8"),
        codecs.BOM_UTF8 + ARABIC.encode("utf-8"),
        ARABIC.encode("utf-16"),
        codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"),
        ARABIC.encode("utf-32"),
        ARABIC.encode("cp1256"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "cp1256"],
)
def test_decode_each_encoding(data):
    assert decode(data) == ARABIC


def test_cp1256_is_not_mistaken_for_a_latin_code_page():
    data = ARABIC.encode("cp1256")
    assert data.decode("cp1252", errors="replace") != ARABIC  # the trap: valid bytes in other code pages
    assert decode(data) == ARABIC
    short = "كيري ولافروف".encode("cp1256")
    assert decode(short) == "كيري ولافروف"


def test_iso_8859_6_arabic_decodes():
    text = "قال وزير الخارجية الأمريكي جون كيري إن المحادثات مع لافروف كانت بناءة"
    assert decode(text.encode("iso8859_6")) == text


def test_decode_rejects_binary_and_garbage():
    with pytest.raises(ValueError, match=r"binary file \(contains NUL bytes\)"):
        decode(b"abc\x00def")
    with pytest.raises(ValueError, match="undecodable text"):
        decode(bytes((i * 37 + 11) % 128 + 128 for i in range(600)))
    with pytest.raises(ValueError, match="invalid UTF-16 after the byte-order mark"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate


# ------------------------------------------------------------------ clean_text


BOILERPLATE_LINES = [
    "زر الذهاب إلى الأعلى",
    "Exit mobile version",
    "Site icon سيريان تلغراف",
    "شارك الخبر",
    "شارك على فيسبوك",
    "تابعونا على تويتر",
    "Facebook Twitter WhatsApp Telegram",
    "طباعة",
    "اقرأ أيضاً: لافروف يلتقي كيري في جنيف",
    "...المزيد",
    "أخبار ذات صلة",
    "الوسوم: روسيا، أمريكا",
    "أضف تعليق",
    "© 2016 جميع الحقوق محفوظة",
    "جميع الحقوق محفوظة لصحيفة الوطن 2016",
    "Share this:",
    "الرئيسية » أخبار » سياسة",
]
KEPT_LINES = [
    "وقال كيري إن بلاده تتابعنا على الأرض وفي الجو.",
    "ورفض المتحدث التعليق على طباعة الوثيقة.",
    "وأكد أن جميع الحقوق محفوظة للشعب السوري في تقرير مصيره بعد الحرب الطويلة التي دمرت البلاد وشردت الملايين من أبنائها في الداخل والخارج منذ سنوات طويلة.",
    "وشارك في الاجتماع ممثلون عن وزارتي الدفاع.",
    "صحيفة الوطن نقلت عن مصادر مطلعة أن الاجتماع سيعقد قريبا.",
]


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_boilerplate_lines_go_anywhere(line):
    text = f"{KERRY.split(chr(10))[0]}\n{line}\n{KERRY}"
    assert clean_text(text) == f"{KERRY.split(chr(10))[0]}\n{KERRY}"


@pytest.mark.parametrize("line", KEPT_LINES)
def test_sentences_mentioning_boilerplate_words_are_kept(line):
    text = f"{line}\n{KERRY}\n{line}"
    assert clean_text(text) == text


def test_head_and_tail_patterns_only_apply_at_the_edges():
    body = "\n".join(KERRY.split("\n") * 3)
    text = f"سورية\n{HEADLINE}\n| الوطن- وكالات\n{body}\nسورية\n| ملاحظة\n{body}\nصحيفة الوطن"
    assert clean_text(text) == f"{HEADLINE}\n{body}\nسورية\n| ملاحظة\n{body}"


def test_a_columns_trailer_of_other_titles_is_cut_with_everything_after_it():
    # aljazirah, 2015-08-01: the writer's other titles run together after the marker, and NER
    # read «ظريف … المالكي» across them as one name
    last = "إلى اللقاء،،، مقالات أخرى للكاتبرسائل ظريف الإرهابيةدور المالكي في التمهيد لإقامة الشرق الأوسط الكبير"
    assert clean_text(f"{KERRY}\n{last}") == f"{KERRY}\nإلى اللقاء،،،"
    assert clean_text(f"{KERRY}\nمقالات أخرى للكاتب\nبين العامي والفصيح") == KERRY


def test_a_tag_list_after_the_last_sentence_is_cut():
    # 3alyoum, 2015-07-31: NER read «حسن عسيري عزام الدخيل» in the tag list as one person
    assert clean_text(f"{KERRY}\nسمات الابتعاث حسن عسيري عزام الدخيل") == KERRY
    last = "ورصدت الغرفة جوائز للمشاركات. سمات القريات غرفة"
    assert clean_text(f"{KERRY}\n{last}") == f"{KERRY}\nورصدت الغرفة جوائز للمشاركات."


def test_the_word_for_tags_inside_the_last_sentence_is_text():
    text = f"{KERRY}\nوقال إن الصبر من سمات المرحلة المقبلة"
    assert clean_text(text) == text


def test_the_trailer_marker_far_from_the_end_is_article_text():
    opening = "مقالات أخرى للكاتب نفسه تناولت الموضوع ذاته قبل عامين."
    text = f"{opening}\n" + "\n".join([KERRY] * 6)
    assert len(text) - len(opening) > 600
    assert clean_text(text) == text


def test_clean_text_repairs_characters_but_keeps_letters():
    text = "\ufeff\u200fقالَ  كيري\t\u00a0إن\x00 الاجتماع\x07 «مفيد»\r\nوأضاف\u202b أن الـبنتاغون\u202c وافق\r\r\n\n\n\nمي\u200cخواهم"
    assert clean_text(text) == "قالَ كيري إن الاجتماع «مفيد»\nوأضاف أن الـبنتاغون وافق\n\nمي\u200cخواهم"


def test_clean_text_leaves_clean_text_alone():
    assert clean_text(KERRY) == KERRY


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2015-07-21", "2015-07-21"),
        ("2015/07/21", "2015-07-21"),
        ("2015-7-1", "2015-07-01"),
        ("2015-07-21 02:51:37", "2015-07-21"),
        ("2016-07-28T23:30:00+03:00", "2016-07-28"),
        ("2016-07-28T20:30:00Z", "2016-07-28"),
        ("2016-07-28T20:30:00.123+0300", "2016-07-28"),
        ("٢٠١٦-٠٧-٢٨", "2016-07-28"),
        (" 2016-07-28 ", "2016-07-28"),
        ("28/07/2016", ""),
        ("2016-13-01", ""),
        ("2016-07-28 garbage", ""),
        ("yesterday", ""),
        ("", ""),
        (None, ""),
        (20160728, ""),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


# ------------------------------------------------------------------ any size: streaming, repairs, missing parts


def snn_records(texts):
    return [dict(SNN_RECORD, id=f"r{i}", content=text) for i, text in enumerate(texts)]


GOOD = [KERRY, COOK, MOD, RAIDS, IRAN]


def test_a_jsonl_file_over_the_limit_is_read_record_by_record(tmp_path):
    records = snn_records(GOOD)
    records[2] = dict(records[2], content=MOD + "\n" + "وقال مسؤولون إن الاجتماع المقبل سيعقد في جنيف. " * 400)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(3, "{oops")
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    limit = max(len(line.encode()) for i, line in enumerate(lines) if i != 2) + 10
    assert path.stat().st_size > limit  # the whole file is over the limit: it is streamed
    result = ingest_corpus(tmp_path, max_bytes=limit)
    big = len(lines[2].encode())
    assert [a.id for a in result.articles] == ["r0", "r1", "r3", "r4"]
    assert result.skipped == (
        Skipped("feed.jsonl:line 3", f"record too large: {big:,} bytes (limit {limit:,})"),
        Skipped("feed.jsonl:line 4", "malformed JSON: Expecting property name enclosed in double quotes at column 2"),
    )
    # the same articles as reading the file whole, record for record
    whole = {a.id: a for a in ingest_corpus(tmp_path).articles}
    assert list(result.articles) == [whole[a.id] for a in result.articles]


def test_a_json_array_over_the_limit_is_read_record_by_record(tmp_path):
    records = snn_records(GOOD)
    records.insert(1, {"id": "big", "content": "وقال مسؤولون إن الاجتماع المقبل سيعقد في جنيف. " * 400, "tags": [[{"x": "]}"}]]})
    records.insert(3, "not an object")
    data = json.dumps(records, ensure_ascii=False, indent=1).encode()
    write(tmp_path, "day.json", data)
    limit = 3000
    big = len(json.dumps(records[1], ensure_ascii=False, indent=1).replace("\n", "\n ").encode())
    result = ingest_corpus(tmp_path, max_bytes=limit)
    assert [a.id for a in result.articles] == ["r0", "r1", "r2", "r3", "r4"]
    assert [(s.path, s.reason.split(":")[0]) for s in result.skipped] == [
        ("day.json[1]", "record too large"),
        ("day.json[3]", "record is a string; expected an object"),
    ]
    assert result.skipped[0].reason == f"record too large: {big:,} bytes (limit {limit:,})"
    whole = ingest_corpus(tmp_path)
    assert [a for a in whole.articles if a.id != "big"] == list(result.articles)


def test_a_streamed_file_keeps_going_after_a_malformed_record_and_reports_a_truncated_end(tmp_path):
    good = [json.dumps(r, ensure_ascii=False) for r in snn_records(GOOD[:3])]
    data = "[" + good[0] + ', {"id": 1 2}, ' + good[1] + ", " + good[2][:40]
    write(tmp_path, "cut.json", data)
    result = ingest_corpus(tmp_path, max_bytes=max(len(g.encode()) for g in good) + 5)
    assert [a.id for a in result.articles] == ["r0", "r1"]
    assert [s.path for s in result.skipped] == ["cut.json[1]", "cut.json"]
    assert result.skipped[0].reason.startswith("malformed JSON: Expecting ',' delimiter")
    assert result.skipped[1].reason.startswith("malformed JSON:") and "the file ends inside record cut.json[3]" in result.skipped[1].reason


def test_a_large_upload_is_streamed_too():
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in snn_records(GOOD))
    result = ingest_uploads([("feed.jsonl", lines.encode())], max_bytes=2000)
    assert [a.id for a in result.articles] == ["r0", "r1", "r2", "r3", "r4"]


def test_a_large_non_utf8_or_single_object_file_is_reported(tmp_path):
    records = "\n".join(json.dumps(r, ensure_ascii=False) for r in snn_records(GOOD))
    write(tmp_path, "wide.jsonl", records.encode("utf-16"))
    write(tmp_path, "one.json", json.dumps(snn_records(GOOD)[0], ensure_ascii=False))
    result = ingest_corpus(tmp_path, max_bytes=500)
    assert result.articles == ()
    assert {s.path: s.reason for s in result.skipped} == {
        "one.json": "file too large: a single JSON value over 500 bytes (only an array of records is read record by record)",
        "wide.jsonl": "undecodable text: UTF-16 or UTF-32; a file read record by record must be UTF-8",
    }


def test_three_stray_nul_bytes_are_repaired_with_a_note(tmp_path):
    write(tmp_path, "kerry.txt", front("كيري", "2016-07-28") + KERRY.replace("كانت", "كا\x00\x00نت\x00", 1))
    record = json.dumps({"id": "iran", "content": IRAN}, ensure_ascii=False).encode().replace("مقابل".encode(), b"\x00\x00\x00" + "مقابل".encode())
    write(tmp_path, "iran.json", record)
    result = ingest_corpus(tmp_path)
    assert {a.id: a.text for a in result.articles} == {"iran": IRAN, "kerry": KERRY}
    assert sorted((w.path, w.reason) for w in result.warnings) == [
        ("iran.json", "removed 3 stray NUL bytes"),
        ("kerry.txt", "removed 3 stray NUL bytes"),
    ]


def test_nul_bytes_in_a_streamed_record_are_repaired():
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in snn_records(GOOD[:2])]
    lines[1] = lines[1].replace(b'"id"', b'\x00\x00\x00"id"')
    result = ingest_uploads([("feed.jsonl", b"\n".join(lines))], max_bytes=max(map(len, lines)) + 1)
    assert [a.id for a in result.articles] == ["r0", "r1"]
    assert result.warnings == (Skipped("feed.jsonl", "removed 3 stray NUL bytes"),)


def test_a_missing_optional_component_skips_html_and_builds_the_rest(tmp_path, monkeypatch):
    import sys

    write(tmp_path, "kerry.txt", KERRY)
    write(tmp_path, "page.html", "<html><body><p>" + JUBEIR + "</p></body></html>")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura → ImportError
    result = ingest_corpus(tmp_path)
    assert [a.id for a in result.articles] == ["kerry"]
    assert result.skipped == (
        Skipped("page.html", "cannot read .html files: missing component 'trafilatura'; install it with `pip install -r requirements.txt`"),
    )


POLL_WIDGET = (
    "#vote_area2 ul { padding: 0; margin: 0; } .box_vote { background-color:#f5f5f5; border:1px solid #ddd; "
    "padding:18px; overflow: hidden; } .box_vote li { list-style: none; margin: 5px; width: auto; } "
    "jQuery.noConflict(); jQuery(document).ready(function(){ jQuery('#chart').show(); }); "
) * 6


def test_a_style_sheet_glued_into_a_record_goes_and_the_article_stays():
    # alriyadh 2015-07-21 (snn-0721-1418): a poll widget's CSS and script after the text had
    # outweighed its Arabic, and the whole article was skipped as «no Arabic text (English?)»
    content = ADEN + " " + POLL_WIDGET + "ما رأيك في تنظيم فعاليات العيد؟"
    articles, skipped = ingest_bytes("day.jsonl", json.dumps({"id": "poll", "content": content}, ensure_ascii=False).encode())
    assert skipped == []
    assert articles[0].text == clean_text(ADEN) + " ما رأيك في تنظيم فعاليات العيد؟"


def test_an_english_quotation_in_an_arabic_article_is_kept():
    quote = "«We will talk; we will see; and we will decide what to do next, whatever it takes, together.»"
    articles, _ = ingest_bytes("day.jsonl", json.dumps({"id": "q", "content": ADEN + " " + quote}, ensure_ascii=False).encode())
    assert articles[0].text.endswith(quote)
