"""Corpus files → :class:`~pipeline.types.Article`, with a report of what was skipped and why.

Ingest never raises for a bad file. Each file (or record) that cannot be built
becomes a :class:`~pipeline.types.Skipped` entry whose ``reason`` says what is
wrong; every good article is still returned. Only a missing corpus folder or a
broken ``data/boilerplate.yaml`` (our own configuration) raise.

Formats
-------
``.txt``
    Optional front matter between ``---`` lines at the very top, one
    ``key: value`` per line (``title``, ``source``, ``date``, ``url``; other
    keys are ignored with a warning). Without a title, the title is the first
    non-empty line after boilerplate removal (cut to 150 characters). The
    article id is the file name without its extension.
``.json``
    One object, or an array of objects. ``.jsonl``: one object per line
    (blank lines ignored). Fields: text from ``content``, ``text`` or
    ``body`` (the first non-empty one); ``title``; ``source``; ``date`` or
    ``date_extracted`` (SaudiNewsNet); ``url``; ``id``.
    The article id is the record's ``id``. A record without one gets a stable
    id from its place in the file: ``<file stem>-<index>`` for the record at
    ``index`` (0-based) of an array, ``<file stem>-<line>`` for the record on
    ``line`` (1-based) of a ``.jsonl`` file, and ``<file stem>`` for a file
    holding a single object. Records are reported as ``file.json[3]`` and
    ``file.jsonl:line 4``, matching those numbers.
    A ``.json`` or ``.jsonl`` file over the size limit is read record by
    record (:mod:`pipeline.jsonstream`; it must then be UTF-8 and, for
    ``.json``, an array): the limit applies to each record, and a record over
    it is skipped with its line or index while the rest is built.
``.html`` / ``.htm``
    Main text extracted by trafilatura (falling back to all visible text when
    it finds none), title and date from its metadata. Tags, ``<script>`` and
    ``<style>`` never reach :attr:`Article.text`, not even as escaped text.

Text is decoded by :func:`decode` and cleaned by :func:`clean_text`; letters
are never normalised, so mention offsets point into ``Article.text``. Dates
become ISO ``YYYY-MM-DD`` (:func:`iso_date`), or ``""`` when not understood.

Skip reasons
------------
- ``unsupported file type .pdf (use .txt, .json, .jsonl, .html)``
- ``not a regular file``, ``cannot read file: <OS error>``
- ``file too large: 52,428,800 bytes (limit 20,000,000)`` (checked before reading; ``.json`` and
  ``.jsonl`` files are streamed instead), ``record too large: 25,000,000 bytes (limit 20,000,000)``
  on ``file.jsonl:line 7`` or ``file.json[7]``
- ``cannot read .html files: missing component 'lxml_html_clean'; install it with `pip install -r requirements.txt```
- ``empty file``, ``only whitespace``
- ``binary file (PNG image)`` (also JPEG, GIF, PDF, ZIP, gzip, ...),
  ``binary file (contains NUL bytes)`` (more than 1% of the bytes; fewer are stray and removed),
  ``binary file (12% control characters)``
- ``undecodable text: not UTF-8, UTF-16 or an Arabic code page (cp1256, ISO-8859-6)``
- ``bad front matter: no closing '---' line within 50 lines``
- ``malformed JSON: Expecting ',' delimiter at line 3 column 5``, ``malformed JSON: nested too deeply``
  (``.jsonl``: ``malformed JSON: ... at column 5`` on ``file.jsonl:line N``)
- ``empty JSON array (no records)``, ``JSON top level is a string; expected an object or an array of objects``,
  ``record is a number; expected an object``
- ``no text field (expected 'content', 'text' or 'body'; found 'title', 'url')``,
  ``empty text field 'content'``, ``text field 'content' is a list, not a string``
- ``no article text after the front matter``
- ``only site boilerplate (removed 3 lines), no article text``
- ``no Arabic text (English?)``, ``no Arabic text (5 Arabic letters; need 20)``
- ``text too short after boilerplate removal (6 words; need 10)``
- ``duplicate id 'x' (first used by a/x.txt)``
- ``duplicate of 000_5ed030ab5234468c (exact)``: the same text after cleaning;
  ``duplicate of 000_5ed030ab5234468c (near-exact, 1.00)``: the same words
  once spelling (as :func:`pipeline.arabic.normalize` folds it), punctuation
  and spacing are ignored;
  ``duplicate of 000_5ed030ab5234468c (near-exact, 0.97)``: Jaccard ≥ 0.9 on
  word 5-shingles. The first article in corpus order (sorted paths, then
  record order) is kept; boilerplate is removed before comparing.
- ``cannot read folder: <OS error>`` (a sub-folder that cannot be listed)

Warnings
--------
Repairs that still built an article, one line per file (records of a JSON
file are summed, never listed one by one): ``decoded as cp1256``,
``decoded as UTF-16 (byte-order mark)``, ``removed 3 boilerplate lines``
(``... in 120 of 2,972 records``), ``removed 2 control characters``, ``removed 3 stray NUL bytes``,
``date 'yesterday' not understood; left empty``, ``front matter: unknown key
'titel' ignored``, ``front matter line 3 ignored (expected 'key: value')``,
``12 records without 'id' got ids 2015-07-21-<index>``, ``removed 2 HTML
tags from the extracted text``, ``trafilatura found no main text; kept all
visible text``.
"""
from __future__ import annotations

import codecs
import functools
import io
import json
import os
import posixpath
import re
import stat
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .arabic import has_arabic, normalize, strip_invisible
from .errors import BoilerplateError, CorpusNotFound
from .jsonstream import NUL_SHARE, JsonRecords, too_large
from .types import Article, IngestResult, Skipped

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "clean_text",
    "decode",
    "ingest_bytes",
    "ingest_corpus",
    "ingest_file",
    "ingest_uploads",
    "iso_date",
    "load_boilerplate",
]

SUPPORTED_SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
STREAMED_SUFFIXES = (".json", ".jsonl")  # read record by record when over the size limit
MAX_BYTES = 20_000_000
MIN_ARABIC_LETTERS = 20
MIN_WORDS = 10
TITLE_CHARS = 150
NEAR_DUPLICATE = 0.9  # Jaccard on word shingles
SHINGLE_WORDS = 5
TEXT_FIELDS = ("content", "text", "body")
DATE_FIELDS = ("date", "date_extracted")
FRONT_MATTER_KEYS = ("title", "source", "date", "url")
BOILERPLATE_FILE = Path(__file__).resolve().parent / "data" / "boilerplate.yaml"

_USE = "use .txt, .json, .jsonl, .html"
_FRONT_MATTER_LINES = 50
_TOO_DEEP = "malformed JSON: nested too deeply"
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_ARABIC_CODEPAGES = ["cp1256", "iso8859_6"]


class _Reject(Exception):
    """A file or record that cannot be built; ``args[0]`` is the skip reason."""

    @property
    def reason(self) -> str:
        return str(self.args[0])


# ---------------------------------------------------------------- decoding


def decode(data: bytes) -> str:
    """Decode corpus bytes to text: UTF-8 (with or without BOM), UTF-16/32 (BOM), cp1256.

    Strict UTF-8 is tried first (the fast path: no detection at all), then the
    byte-order marks, then charset-normalizer restricted to the Arabic code
    pages (cp1256, ISO-8859-6): cp1256 Arabic is also valid cp1252 or KOI8
    gibberish, so an unrestricted guess would happily return mojibake.

    UTF-16 and UTF-32 are recognised by their byte-order mark only; without
    one their NUL bytes make the data read as binary.

    Raises
    ------
    ValueError
        When the bytes are binary (NUL bytes without a UTF-16 byte-order mark)
        or no candidate encoding fits; the message says which.

    Examples
    --------
    >>> decode("كيري".encode("utf-8"))
    'كيري'
    >>> decode("\\ufeffكيري".encode("utf-8"))
    'كيري'
    >>> decode("قال وزير الخارجية الأمريكي جون كيري".encode("cp1256"))
    'قال وزير الخارجية الأمريكي جون كيري'
    >>> decode("كيري".encode("utf-16"))
    'كيري'
    """
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, str]:
    """Decoded text and the name of the encoding that fitted."""
    has_nul = b"\x00" in data
    if not has_nul:
        try:
            return data.decode("utf-8").removeprefix("\ufeff"), "utf-8"
        except UnicodeDecodeError:
            pass
    for bom, codec, name in (
        (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
        (codecs.BOM_UTF8, "utf-8", "UTF-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), f"{name} (byte-order mark)"
            except UnicodeDecodeError as exc:
                raise ValueError(f"undecodable text: invalid {name} after the byte-order mark ({exc.reason})") from None
    if has_nul:
        raise ValueError("binary file (contains NUL bytes)")
    return _detect_codepage(data)


def _detect_codepage(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_ARABIC_CODEPAGES).best()
    if best is None:
        raise ValueError("undecodable text: not UTF-8, UTF-16 or an Arabic code page (cp1256, ISO-8859-6)")
    return str(best), best.encoding


def _binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` starts with, or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _control_share(text: str, sample: int = 4096) -> float:
    """Share of control characters (other than tab and line breaks) in the first ``sample`` characters."""
    head = text[:sample]
    return len(_CONTROL.findall(head)) / len(head) if head else 0.0


# ---------------------------------------------------------------- cleaning


@dataclass(frozen=True)
class _Boilerplate:
    anywhere: re.Pattern[str]
    head: re.Pattern[str]
    tail: re.Pattern[str]
    head_lines: int
    tail_lines: int
    max_line_chars: int
    trailers: re.Pattern[str] = re.compile(r"(?!)")
    trailer_chars: int = 0


def load_boilerplate(path: Path = BOILERPLATE_FILE) -> None:
    """Load and check the boilerplate patterns (cached by modification time).

    Raises
    ------
    BoilerplateError
        When the file is missing, not YAML, or holds a bad pattern; the message
        names the file and the pattern.
    """
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise BoilerplateError(
            f"boilerplate file not found: {path}; restore it with `git checkout -- pipeline/data/boilerplate.yaml`"
        ) from None
    _boilerplate(path, mtime)


@functools.lru_cache(maxsize=4)
def _boilerplate(path: Path = BOILERPLATE_FILE, mtime: int = 0) -> _Boilerplate:
    """Load and compile the boilerplate patterns; raise BoilerplateError naming a bad one."""
    import yaml

    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise BoilerplateError(f"{path}: cannot read the boilerplate patterns ({' '.join(str(exc).split())})") from None
    if not isinstance(config, dict):
        raise BoilerplateError(f"{path}: expected a mapping with 'anywhere', 'head' and 'tail' lists")
    sections = {}
    for section in ("anywhere", "head", "tail", "trailers"):
        patterns = config.get(section) or []
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise BoilerplateError(f"{path}: '{section}' must be a list of pattern strings")
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise BoilerplateError(f"{path}: bad pattern in '{section}': {pattern!r} ({exc})") from None
        joined = "|".join(f"(?:{p})" for p in patterns) or r"(?!)"
        sections[section] = re.compile(joined, re.IGNORECASE)
    return _Boilerplate(
        sections["anywhere"],
        sections["head"],
        sections["tail"],
        int(config.get("head_lines", 4)),
        int(config.get("tail_lines", 4)),
        int(config.get("max_line_chars", 300)),
        sections["trailers"],
        int(config.get("trailer_chars", 0)),
    )


_BREAKS_AND_CONTROLS = re.compile(r"[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_BREAKS = frozenset("\r\x0b\x0c\x85\u2028\u2029")
_JOINERS = ("\u200c", "\u200d")
_JOINER_IN_WORD = re.compile(r"(?<=\w)([\u200c\u200d])(?=\w)")


@dataclass
class _Cleaned:
    text: str
    boilerplate_lines: int = 0
    control_chars: int = 0


def clean_text(text: str) -> str:
    """Remove site boilerplate and junk characters, keeping the article text faithful.

    - line breaks become ``\\n`` and NUL/control characters go (tab stays
      until spaces are collapsed);
    - zero-width and bidi marks go (:func:`pipeline.arabic.strip_invisible`),
      except a ZWJ/ZWNJ inside a word, where it shapes the letters;
    - runs of spaces, tabs and no-break spaces become one space, lines are
      stripped, and blank lines are kept to one between paragraphs;
    - whole lines of boilerplate listed in ``pipeline/data/boilerplate.yaml``
      go (navigation, share/print/follow widgets, the paper's name, bylines).

    Letters are never normalised, so offsets found in the result stay valid.

    Examples
    --------
    >>> clean_text("سورية\\n\\nعنوان الخبر\\n| الوطن- وكالات\\nقال  كيري\\u200f إن الاجتماع مفيد.\\n\\nزر الذهاب إلى الأعلى\\nصحيفة الوطن\\n")
    'عنوان الخبر\\nقال كيري إن الاجتماع مفيد.'
    """
    return _clean(text).text


def _clean(text: str) -> _Cleaned:
    text, controls = _fix_characters(text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    keep, removed = _kept_lines(lines)
    text, trailer = _without_trailer("\n".join(lines[i] for i in keep))
    text, code = _without_code(text)
    return _Cleaned(text, removed + trailer + code, controls)


_NON_ARABIC_RUN = re.compile(r"[^\u0600-\u06FF]{80,}")
_RUN_HEAD = re.compile(r"[\s.!?,:)»\"']*")
_SPACES = re.compile(r" {2,}")


def _without_code(text: str) -> tuple[str, int]:
    """``text`` without runs of inline style sheet or script a page glued into the article, and
    how many went.

    A run is 80 or more characters without an Arabic letter holding at least two braces and
    two semicolons («#vote_area2 ul { padding: 0; margin: 0; } … jQuery(document).ready(…)»,
    a poll widget in 7 alriyadh articles of SaudiNewsNet); Latin prose has no braces, so an
    English quotation stays.

    >>> _without_code("قال كيري إن الاجتماع مفيد. #poll ul { padding: 0; margin: 0; } .box li { list-style: none; width: auto; } ما رأيك؟")
    ('قال كيري إن الاجتماع مفيد. ما رأيك؟', 1)
    >>> _without_code("قال كيري: «We will talk; we will see; and we will decide what to do next, whatever it takes.»")[1]
    0
    """
    removed = 0

    def drop(match: re.Match[str]) -> str:
        nonlocal removed
        run = match.group()
        if run.count("{") + run.count("}") < 2 or run.count(";") < 2:
            return run
        removed += 1
        head = _RUN_HEAD.match(run).group().rstrip()  # the sentence's own stop before the code
        return head + " "

    if "{" not in text:
        return text, 0
    cleaned = _NON_ARABIC_RUN.sub(drop, text)
    return (_SPACES.sub(" ", cleaned).strip(), removed) if removed else (text, 0)


def _without_trailer(text: str) -> tuple[str, int]:
    """``text`` cut before a site's trailer («مقالات أخرى للكاتب» and the titles glued after it)
    when one starts within the last ``trailer_chars`` characters; and 1 when cut, else 0."""
    rules = _boilerplate(BOILERPLATE_FILE, _mtime(BOILERPLATE_FILE))
    if not rules.trailer_chars:
        return text, 0
    lo = max(0, len(text) - rules.trailer_chars)
    match = rules.trailers.search(text, lo)
    if match is None:
        return text, 0
    return text[: match.start()].rstrip(), 1


def _fix_characters(text: str) -> tuple[str, int]:
    """Text with ``\\n`` line breaks and no control or junk invisible characters; and the controls removed."""
    controls = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal controls
        if match.group()[0] in _LINE_BREAKS:
            return "\n"
        controls += 1
        return ""

    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    text = _BREAKS_AND_CONTROLS.sub(replace, text)
    return _strip_junk_invisible(text), controls


def _clean_line(text: str) -> str:
    """A metadata value (title, source) on one line: no controls, invisible marks or runs of spaces."""
    return " ".join(_strip_junk_invisible(_CONTROL.sub(" ", text)).split())


def _strip_junk_invisible(text: str) -> str:
    """strip_invisible, but keep a ZWJ/ZWNJ between two word characters."""
    stripped = strip_invisible(text)
    if len(stripped) == len(text) or not any(joiner in text for joiner in _JOINERS):
        return stripped
    parts = _JOINER_IN_WORD.split(text)  # the kept joiners land at odd indexes
    return "".join(part if i % 2 else strip_invisible(part) for i, part in enumerate(parts))


def _kept_lines(lines: list[str]) -> tuple[list[int], int]:
    """Indexes of the lines to keep (no boilerplate, one blank line at most between paragraphs), and how many boilerplate lines went."""
    rules = _boilerplate(BOILERPLATE_FILE, _mtime(BOILERPLATE_FILE))
    filled = [i for i, line in enumerate(lines) if line]
    head = set(filled[: rules.head_lines])
    tail = set(filled[-rules.tail_lines :]) if rules.tail_lines else set()
    kept: list[int] = []
    removed = 0
    for i, line in enumerate(lines):
        if not line:
            if kept and lines[kept[-1]]:
                kept.append(i)
        elif len(line) <= rules.max_line_chars and (
            rules.anywhere.fullmatch(line)
            or (i in head and rules.head.fullmatch(line))
            or (i in tail and rules.tail.fullmatch(line))
        ):
            removed += 1
        else:
            kept.append(i)
    while kept and not lines[kept[-1]]:
        kept.pop()
    return kept, removed


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


_SCRIPT_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<(?:[a-zA-Z][\w:-]*|/[a-zA-Z][\w:-]*|!--|!\w)[^<>]{0,500}>")


def _strip_tags(text: str) -> tuple[str, int]:
    """Remove tags (and script/style blocks) left in text extracted from HTML."""
    text, blocks = _SCRIPT_BLOCK.subn(" ", text)
    text, tags = _TAG.subn(" ", text)
    return text, blocks + tags


# ---------------------------------------------------------------- fields


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DATE = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


def iso_date(value: object) -> str:
    """The ISO date ``YYYY-MM-DD`` in ``value``, or ``""`` when not understood.

    Accepts ``YYYY-MM-DD``, ``YYYY/MM/DD``, ``YYYY-MM-DD hh:mm:ss`` and ISO
    timestamps with a time zone (the date is kept as written, not converted).
    Day-first forms such as ``28/07/2016`` are ambiguous and not accepted.

    Examples
    --------
    >>> iso_date("2015-07-21 02:51:37")
    '2015-07-21'
    >>> iso_date("2016/7/28"), iso_date("2016-07-28T23:30:00+03:00")
    ('2016-07-28', '2016-07-28')
    >>> iso_date("2016-02-30"), iso_date("yesterday"), iso_date(None)
    ('', '', '')
    """
    if isinstance(value, date):
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return ""
    match = _DATE.fullmatch(value.strip().translate(_DIGITS))
    if not match:
        return ""
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return ""


def _first_line_title(text: str) -> str:
    """The first non-empty line, cut at a word boundary to TITLE_CHARS."""
    line = next((line for line in text.split("\n") if line.strip()), "").strip()
    if len(line) <= TITLE_CHARS:
        return line
    cut = line[:TITLE_CHARS].rsplit(" ", 1)[0]
    return cut + "…"


def _string(value: object) -> str:
    """A scalar JSON value as a stripped string; anything else as ''."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (str, int, float)):
        return str(value).strip()
    return ""


_JSON_TYPES = {dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number", bool: "a boolean"}


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), "null")


# ---------------------------------------------------------------- formats


@dataclass
class _Draft:
    """A record read from a file, before cleaning and checks."""

    locator: str  # what a report calls it: file, file[3], file.jsonl:line 4
    id: str
    text: str
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    derived_id: bool = False


@dataclass
class _FileReport:
    """Skips and aggregated repairs for one file."""

    path: str
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    records: int = 0
    boilerplate_lines: int = 0
    boilerplate_records: int = 0
    control_chars: int = 0
    nul_bytes: int = 0
    bad_dates: Counter[str] = field(default_factory=Counter)
    derived_ids: int = 0
    id_pattern: str = ""

    def skip(self, locator: str, reason: str) -> None:
        self.skipped.append(Skipped(locator, reason))

    def warnings(self) -> list[Skipped]:
        lines = list(self.notes)
        if self.boilerplate_lines:
            where = "" if self.records <= 1 else f" in {self.boilerplate_records:,} of {self.records:,} records"
            lines.append(f"removed {_plural(self.boilerplate_lines, 'boilerplate line')}{where}")
        if self.nul_bytes:
            lines.append(f"removed {_plural(self.nul_bytes, 'stray NUL byte')}")
        if self.control_chars:
            lines.append(f"removed {_plural(self.control_chars, 'control character')}")
        if self.bad_dates:
            example, _ = self.bad_dates.most_common(1)[0]
            total = sum(self.bad_dates.values())
            if self.records <= 1:
                lines.append(f"date {example!r} not understood; left empty")
            else:
                lines.append(f"{_plural(total, 'record')} with dates not understood (e.g. {example!r}); left empty")
        if self.derived_ids:
            lines.append(f"{_plural(self.derived_ids, 'record')} without 'id' got ids {self.id_pattern}")
        return [Skipped(self.path, line) for line in lines]


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _drafts_txt(path: str, text: str, report: _FileReport) -> list[_Draft]:
    meta, body = _split_front_matter(text, report)
    if not body.strip():
        raise _Reject("no article text after the front matter" if meta is not None else "only whitespace")
    meta = meta or {}
    return [
        _Draft(
            locator=path,
            id=_stem(path),
            text=body,
            title=meta.get("title", ""),
            source=meta.get("source", ""),
            date=meta.get("date", ""),
            url=meta.get("url", ""),
        )
    ]


def _split_front_matter(text: str, report: _FileReport) -> tuple[dict[str, str] | None, str]:
    """Front matter (None when absent) and the body after it."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text
    for end in range(1, min(len(lines), _FRONT_MATTER_LINES + 2)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise _Reject(f"bad front matter: no closing '---' line within {_FRONT_MATTER_LINES} lines")
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key or " " in key:
            report.notes.append(f"front matter line {number} ignored (expected 'key: value')")
            continue
        if key not in FRONT_MATTER_KEYS:
            report.notes.append(f"front matter: unknown key {key!r} ignored")
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1].strip()
        meta[key] = value
    return meta, "\n".join(lines[end + 1 :])


def _drafts_json(path: str, text: str, report: _FileReport) -> list[_Draft]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Reject(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise _Reject(_TOO_DEEP) from None
    stem = _stem(path)
    if isinstance(data, dict):  # a single article: its id defaults to the file stem, as for .txt
        drafts = _record_drafts([(path, stem, data)], report)
        for draft in drafts:
            draft.derived_id = False
        return drafts
    if not isinstance(data, list):
        raise _Reject(f"JSON top level is {_json_type(data)}; expected an object or an array of objects")
    if not data:
        raise _Reject("empty JSON array (no records)")
    report.id_pattern = f"{stem}-<index>"
    return _record_drafts([(f"{path}[{i}]", f"{stem}-{i}", record) for i, record in enumerate(data)], report)


def _drafts_jsonl(path: str, text: str, report: _FileReport) -> list[_Draft]:
    stem = _stem(path)
    report.id_pattern = f"{stem}-<line>"
    records = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        locator = f"{path}:line {number}"
        try:
            records.append((locator, f"{stem}-{number}", json.loads(line)))
        except json.JSONDecodeError as exc:
            report.skip(locator, f"malformed JSON: {exc.msg} at column {exc.colno}")
        except RecursionError:
            report.skip(locator, _TOO_DEEP)
    return _record_drafts(records, report)


def _record_drafts(records: list[tuple[str, str, object]], report: _FileReport) -> list[_Draft]:
    drafts = []
    for locator, fallback_id, record in records:
        report.records += 1
        try:
            drafts.append(_record_draft(locator, fallback_id, record))
        except _Reject as exc:
            report.skip(locator, exc.reason)
    return drafts


def _record_draft(locator: str, fallback_id: str, record: object) -> _Draft:
    if not isinstance(record, dict):
        raise _Reject(f"record is {_json_type(record)}; expected an object")
    record_id = _string(record.get("id"))
    return _Draft(
        locator=locator,
        id=record_id or fallback_id,
        text=_record_text(record),
        title=_string(record.get("title")),
        source=_string(record.get("source")),
        date=next((_string(record[k]) for k in DATE_FIELDS if _string(record.get(k))), ""),
        url=_string(record.get("url")),
        derived_id=not record_id,
    )


def _record_text(record: dict) -> str:
    """The record's text field, or a _Reject saying what is wrong with it."""
    for key in TEXT_FIELDS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    present = [key for key in TEXT_FIELDS if key in record]
    if not present:
        found = ", ".join(repr(k) for k in list(record)[:5]) or "nothing"
        raise _Reject(f"no text field (expected 'content', 'text' or 'body'; found {found})")
    key = present[0]
    if not isinstance(record[key], str):
        raise _Reject(f"text field {key!r} is {_json_type(record[key])}, not a string")
    raise _Reject(f"empty text field {key!r}")


_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote")


def _drafts_html(path: str, text: str, report: _FileReport) -> list[_Draft]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=True)
    except Exception:  # a third-party parser on hostile input: fall back, never crash the build
        doc = None
    body = (doc.text or "") if doc is not None else ""
    title = (doc.title or "") if doc is not None else ""
    when = (doc.date or "") if doc is not None else ""
    if not body.strip():
        body = _visible_text(text)
        if body.strip():
            report.notes.append("trafilatura found no main text; kept all visible text")
    body, tags = _strip_tags(body)
    if tags:
        report.notes.append(f"removed {_plural(tags, 'HTML tag')} from the extracted text")
    if not body.strip():
        raise _Reject("no text in the HTML")
    return [_Draft(locator=path, id=_stem(path), text=body, title=_strip_tags(title)[0].strip(), date=when)]


def _visible_text(html: str) -> str:
    """All text a reader would see: no head, scripts, styles or templates."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.LxmlError, ValueError, RecursionError):
        return ""
    for node in root.xpath("//head|//script|//style|//noscript|//template|//svg|//iframe"):
        node.drop_tree()
    for node in root.iter(*_BLOCK_TAGS):
        node.tail = "\n" + (node.tail or "")
    return root.text_content()


_READERS = {
    ".txt": _drafts_txt,
    ".json": _drafts_json,
    ".jsonl": _drafts_jsonl,
    ".html": _drafts_html,
    ".htm": _drafts_html,
}


# ---------------------------------------------------------------- checks


def _check_text(cleaned: _Cleaned, words: _Words) -> None:
    """Raise _Reject when the cleaned text is not an Arabic article.

    Arabic means at least MIN_ARABIC_LETTERS Arabic letters and no fewer
    Arabic than Latin letters (an English text quoting an Arabic name is not
    an Arabic article). A short Arabic text is reported as too short, not as
    non-Arabic.
    """
    text = cleaned.text
    if not text:
        if cleaned.boilerplate_lines:
            raise _Reject(f"only site boilerplate (removed {_plural(cleaned.boilerplate_lines, 'line')}), no article text")
        raise _Reject("only whitespace")
    need = max(MIN_ARABIC_LETTERS, words.latin)
    if not (has_arabic(text[: 4 * need], need) or has_arabic(text, need)):  # a prefix usually settles it
        arabic = len(_ARABIC.findall(text))
        if arabic < words.latin:
            raise _Reject("no Arabic text (English?)")
        if arabic == 0:
            raise _Reject("no Arabic text")
        if len(words) >= MIN_WORDS:
            raise _Reject(f"no Arabic text ({arabic} Arabic letters; need {MIN_ARABIC_LETTERS})")
    if len(words) < MIN_WORDS:
        raise _Reject(f"text too short after boilerplate removal ({_plural(len(words), 'word')}; need {MIN_WORDS})")


def _build(draft: _Draft, path: str, report: _FileReport) -> _Entry:
    cleaned = _clean(draft.text)
    words = _words(cleaned.text)
    _check_text(cleaned, words)
    if cleaned.boilerplate_lines:
        report.boilerplate_lines += cleaned.boilerplate_lines
        report.boilerplate_records += 1
    report.control_chars += cleaned.control_chars
    when = iso_date(draft.date)
    if draft.date and not when:
        report.bad_dates[draft.date] += 1
    if draft.derived_id:
        report.derived_ids += 1
    article = Article(
        id=draft.id,
        text=cleaned.text,
        title=_clean_line(draft.title) or _first_line_title(cleaned.text),
        source=_clean_line(draft.source),
        date=when,
        url=_clean_line(draft.url),
        path=path,
    )
    return _Entry(article, draft.locator, words.ids)


# ---------------------------------------------------------------- words and duplicates


_ARABIC = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_NOT_LATIN = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_FOLD_CODEC = "cp1256"  # one byte per Arabic letter: folding runs as bytes.translate
_FOLD_ERRORS = "pipeline.ingest.fold"


def _fold_char(char: str) -> str:
    """How the word fold treats one character: normalize(), with punctuation and symbols dropped."""
    if char.isspace():
        return " "
    if unicodedata.category(char)[0] in "PSZC":  # punctuation, symbols, other spaces, controls, format
        return ""
    return normalize(char)


@functools.lru_cache(maxsize=1)
def _fold_bytes() -> tuple[bytes, bytes]:
    """bytes.translate table and delete set applying _fold_char to cp1256 bytes."""
    table, delete = bytearray(range(256)), bytearray()
    for byte in range(256):
        folded = _fold_char(bytes([byte]).decode(_FOLD_CODEC))
        if not folded:
            delete.append(byte)
            continue
        try:
            encoded = folded.encode(_FOLD_CODEC)
        except UnicodeEncodeError:  # ¼ ½ ¾ µ: kept as they are
            continue
        if len(encoded) == 1:
            table[byte] = encoded[0]
    return bytes(table), bytes(delete)


def _fold_unencodable(error: UnicodeEncodeError) -> tuple[str, int]:
    """Codec error handler: fold characters cp1256 lacks (Arabic-Indic digits, presentation forms...)."""
    out = []
    for char in error.object[error.start : error.end]:
        folded = _fold_char(char)
        try:
            folded.encode(_FOLD_CODEC)
        except UnicodeEncodeError:
            folded = str(ord(char))  # a stable stand-in for a letter cp1256 cannot spell
        out.append(folded)
    return "".join(out), error.end


codecs.register_error(_FOLD_ERRORS, _fold_unencodable)


@dataclass(frozen=True)
class _Words:
    ids: tuple[int, ...]  # one stable id per word after folding; punctuation-only tokens dropped
    latin: int  # Latin letters in the text

    def __len__(self) -> int:
        return len(self.ids)


def _words(text: str) -> _Words:
    """The text's words as stable ids, and its Latin letters.

    Words are folded like :func:`pipeline.arabic.normalize` (alef/hamza
    forms, ى/ي, ة/ه, diacritics, tatweel, digits, case), with punctuation
    removed, so «البنتاغون»، and البنتاغون... are the same word; each id is the
    CRC-32 of the folded word. The fold runs at C speed on the text encoded as
    cp1256, where an Arabic letter is one byte.
    """
    data = text.encode(_FOLD_CODEC, _FOLD_ERRORS)
    table, delete = _fold_bytes()
    ids = tuple(map(zlib.crc32, data.translate(table, delete).split()))
    return _Words(ids, len(data.translate(None, _NOT_LATIN)))


def _shingle_set(ids: tuple[int, ...]) -> set[tuple[int, ...]]:
    """The word 5-shingles (the whole text, if shorter)."""
    if len(ids) <= SHINGLE_WORDS:
        return {tuple(ids)}
    return set(zip(*(ids[i:] for i in range(SHINGLE_WORDS))))


def _anchors(ids: tuple[int, ...]) -> list[int]:
    """A few shingles two near-duplicates almost surely share, unrelated texts rarely.

    The shingles starting at the first occurrence of the words with the
    ANCHORS smallest ids: near-duplicates have nearly the same words in nearly
    the same contexts, so most of their anchors coincide.
    """
    smallest = sorted(set(ids))[: _DuplicateIndex.ANCHORS]
    return [hash(ids[p : p + SHINGLE_WORDS]) for p in map(ids.index, smallest)]


@dataclass
class _Entry:
    article: Article
    locator: str  # what a report calls it: file, file[3], file.jsonl:line 4
    ids: tuple[int, ...]


class _DuplicateIndex:
    """Finds repeated ids, exact and near-exact duplicate texts in one pass.

    Exact: the same cleaned text. Near-exact: the same words once spelling,
    punctuation and spacing are folded (score 1.00), else a Jaccard
    similarity ≥ NEAR_DUPLICATE between word 5-shingle sets. The Jaccard is
    computed exactly, but only for earlier texts that share at least
    MIN_SHARED of their ANCHORS anchor shingles with the new one, so the cost
    stays near-linear in the corpus size; an anchor shared by MAX_POSTINGS
    texts (a stock phrase) stops being indexed.
    """

    ANCHORS = 8
    MIN_SHARED = 2
    MAX_POSTINGS = 64

    def __init__(self) -> None:
        self._first_by_id: dict[str, str] = {}  # article id → locator
        self._by_text: dict[str, str] = {}  # cleaned text → article id
        self._by_words: dict[tuple[int, ...], str] = {}  # word ids → article id
        self._kept: list[tuple[str, tuple[int, ...]]] = []
        self._postings: dict[int, list[int]] = {}

    def check(self, entry: _Entry) -> str | None:
        """Why ``entry`` duplicates an earlier article, or None (and remember it)."""
        article = entry.article
        first = self._first_by_id.get(article.id)
        if first is not None:
            return f"duplicate id {article.id!r} (first used by {first})"
        same = self._by_text.get(article.text)
        if same is not None:
            return f"duplicate of {same} (exact)"
        same = self._by_words.get(entry.ids)
        if same is not None:
            return f"duplicate of {same} (near-exact, 1.00)"
        anchors = _anchors(entry.ids)
        near = self._nearest(entry.ids, anchors)
        if near is not None:
            other, score = near
            return f"duplicate of {other} (near-exact, {score:.2f})"
        self._first_by_id[article.id] = entry.locator
        self._by_text[article.text] = self._by_words[entry.ids] = article.id
        self._index(article.id, entry.ids, anchors)
        return None

    def _nearest(self, ids: tuple[int, ...], anchors: list[int]) -> tuple[str, float] | None:
        shared = Counter(i for anchor in set(anchors) for i in self._postings.get(anchor, ()))
        need = min(self.MIN_SHARED, len(set(anchors)))
        best = None
        mine: set[tuple[int, ...]] | None = None
        for index, count in sorted(shared.items()):
            if count < need:
                continue
            mine = mine if mine is not None else _shingle_set(ids)
            other_id, other_ids = self._kept[index]
            other = _shingle_set(other_ids)
            common = len(mine & other)
            score = common / (len(mine) + len(other) - common)
            if score >= NEAR_DUPLICATE and (best is None or score > best[1]):
                best = (other_id, score)
        return best

    def _index(self, article_id: str, ids: tuple[int, ...], anchors: list[int]) -> None:
        index = len(self._kept)
        self._kept.append((article_id, ids))
        for anchor in set(anchors):
            posting = self._postings.setdefault(anchor, [])
            if len(posting) < self.MAX_POSTINGS:
                posting.append(index)


# ---------------------------------------------------------------- files


@dataclass
class _FileResult:
    entries: list[_Entry]
    skipped: list[Skipped]
    warnings: list[Skipped]


def _ingest_bytes(name: str, data: bytes, max_bytes: int) -> _FileResult:
    """Articles of one file, with no duplicate check."""
    path = name.replace("\\", "/")
    if len(data) > max_bytes and _suffix(path) in STREAMED_SUFFIXES:
        return _ingest_stream(path, io.BytesIO(data), max_bytes)
    report = _FileReport(path)
    entries = []
    try:
        text = _text_of(path, data, max_bytes, report)
        for draft in _READERS[_suffix(path)](path, text, report):
            try:
                entries.append(_build(draft, path, report))
            except _Reject as exc:
                report.skip(draft.locator, exc.reason)
    except _Reject as exc:
        return _FileResult([], [Skipped(path, exc.reason)], [])
    except ImportError as exc:  # an optional component (e.g. for HTML) is not installed
        return _FileResult([], [Skipped(path, _missing_component(path, exc))], [])
    return _FileResult(entries, report.skipped, report.warnings() if entries else [])


def _missing_component(path: str, exc: ImportError) -> str:
    """The skip reason for a file whose reader needs a package that is not installed."""
    name = exc.name or str(exc)
    return f"cannot read {_suffix(path)} files: missing component {name!r}; install it with `pip install -r requirements.txt`"


def _ingest_stream(path: str, handle: BinaryIO, max_bytes: int) -> _FileResult:
    """Articles of a ``.json``/``.jsonl`` file over the size limit, read record by record."""
    report = _FileReport(path)
    report.id_pattern = f"{_stem(path)}-<line>" if _suffix(path) == ".jsonl" else f"{_stem(path)}-<index>"
    reader = JsonRecords(path, handle, max_bytes)
    entries = []
    for record in reader:
        if record.problem:
            report.skip(record.locator, record.problem)
            continue
        report.records += 1
        try:
            entries.append(_build(_record_draft(record.locator, record.fallback_id, record.value), path, report))
        except _Reject as exc:
            report.skip(record.locator, exc.reason)
    report.nul_bytes += reader.nul_bytes
    if not entries and not report.skipped:
        return _FileResult([], [Skipped(path, "no records")], [])
    return _FileResult(entries, report.skipped, report.warnings() if entries else [])


def _text_of(path: str, data: bytes, max_bytes: int, report: _FileReport) -> str:
    """Checked, decoded text of a supported file, or a _Reject."""
    _check_suffix(path)
    if len(data) > max_bytes:
        raise _Reject(_too_large(len(data), max_bytes))
    if not data:
        raise _Reject("empty file")
    kind = _binary_kind(data)
    if kind:
        raise _Reject(f"binary file ({kind})")
    data = _without_stray_nuls(data, report)
    try:
        text, encoding = _decode(data)
    except ValueError as exc:
        raise _Reject(str(exc)) from None
    if "\x00" in text:
        raise _Reject("binary file (contains NUL bytes)")
    if _CONTROL.search(text, 0, 4096):
        share = _control_share(text)
        if share > 0.05:
            raise _Reject(f"binary file ({share:.0%} control characters)")
    if not text.strip():
        raise _Reject("only whitespace")
    if encoding != "utf-8":
        report.notes.append(f"decoded as {encoding}")
    if "\r" in text:  # front matter and JSON lines are split on \n
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _without_stray_nuls(data: bytes, report: _FileReport) -> bytes:
    """``data`` without a few stray NUL bytes (counted in the report).

    At most NUL_SHARE of the bytes: more is binary (or UTF-16 without a
    byte-order mark), which :func:`_decode` rejects. UTF-16/32 with a
    byte-order mark keeps its NULs: they are half of its characters.
    """
    nuls = data.count(0)
    if not nuls or nuls > NUL_SHARE * len(data) or data.startswith(_WIDE_BOMS):
        return data
    report.nul_bytes += nuls
    return data.replace(b"\x00", b"")


def _stem(path: str) -> str:
    """File name without its extension, from a POSIX path."""
    return posixpath.splitext(posixpath.basename(path))[0]


def _suffix(path: str) -> str:
    """Lower-case extension (with its dot) of a POSIX path, or ''."""
    return posixpath.splitext(path)[1].lower()


def _check_suffix(path: str) -> None:
    suffix = _suffix(path)
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(no extension)"
        raise _Reject(f"unsupported file type {shown} ({_USE})")


def _too_large(size: int, limit: int) -> str:
    return too_large(size, limit)


def _read(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, checking type and size before reading anything."""
    try:
        info = path.stat()
    except OSError as exc:
        raise _Reject(f"cannot read file: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise _Reject("not a regular file")
    if info.st_size > max_bytes and _suffix(path.name) not in STREAMED_SUFFIXES:
        raise _Reject(_too_large(info.st_size, max_bytes))
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _Reject(f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # grew since stat, or a file that reports no size
        raise _Reject(_too_large(len(data), max_bytes))
    return data


def _ingest_path(path: Path, label: str, max_bytes: int) -> _FileResult:
    try:
        _check_suffix(label)
        if _streamed(path, max_bytes):
            with path.open("rb") as handle:
                return _ingest_stream(label, handle, max_bytes)
        data = _read(path, max_bytes)
    except _Reject as exc:
        return _FileResult([], [Skipped(label, exc.reason)], [])
    except OSError as exc:
        return _FileResult([], [Skipped(label, f"cannot read file: {exc.strerror or exc}")], [])
    return _ingest_bytes(label, data, max_bytes)


def _streamed(path: Path, max_bytes: int) -> bool:
    """Whether ``path`` is a ``.json``/``.jsonl`` file over the limit, read record by record."""
    if _suffix(path.name) not in STREAMED_SUFFIXES:
        return False
    try:
        info = path.stat()
    except OSError:
        return False  # _read reports it
    return stat.S_ISREG(info.st_mode) and info.st_size > max_bytes


def _deduplicated(results: Iterable[_FileResult]) -> IngestResult:
    index = _DuplicateIndex()
    articles, skipped, warnings = [], [], []
    for result in results:
        kept = 0
        for entry in result.entries:
            reason = index.check(entry)
            if reason is None:
                articles.append(entry.article)
                kept += 1
            else:
                skipped.append(Skipped(entry.locator, reason))
        skipped.extend(result.skipped)
        if kept:  # repairs to a file whose articles were all dropped are noise
            warnings.extend(result.warnings)
    return IngestResult(tuple(articles), tuple(skipped), tuple(warnings))


# ---------------------------------------------------------------- public API


def ingest_bytes(name: str, data: bytes, *, max_bytes: int = MAX_BYTES) -> tuple[list[Article], list[Skipped]]:
    """Articles in one file's bytes (an upload), and what was skipped.

    ``name`` gives the format (by extension), the id of a ``.txt`` article and
    the path in skip reports. Duplicate ids and texts are removed within the
    file; use :func:`ingest_uploads` to check several files against each
    other and to get the warnings too.

    Examples
    --------
    >>> text = "---\\ntitle: اجتماع\\ndate: 2016/07/28\\n---\\n" + "قال وزير الخارجية الأمريكي جون كيري إن الاجتماع كان مفيدا. " * 2
    >>> articles, skipped = ingest_bytes("kerry.txt", text.encode("utf-8"))
    >>> [(a.id, a.title, a.date) for a in articles], skipped
    ([('kerry', 'اجتماع', '2016-07-28')], [])
    >>> ingest_bytes("scan.pdf", b"%PDF-1.4")
    ([], [Skipped(path='scan.pdf', reason='unsupported file type .pdf (use .txt, .json, .jsonl, .html)')])
    """
    result = _deduplicated([_ingest_bytes(name, data, max_bytes)])
    return list(result.articles), list(result.skipped)


def ingest_file(
    path: Path, *, root: Path | None = None, max_bytes: int = MAX_BYTES
) -> tuple[list[Article], list[Skipped]]:
    """Articles in one file, and what was skipped; reported relative to ``root`` when given.

    The size is checked (from the file system) before anything is read.
    """
    path = Path(path)
    label = path.relative_to(root).as_posix() if root is not None else path.as_posix()
    result = _deduplicated([_ingest_path(path, label, max_bytes)])
    return list(result.articles), list(result.skipped)


def ingest_uploads(files: Iterable[tuple[str, bytes]], *, max_bytes: int = MAX_BYTES) -> IngestResult:
    """Articles in several uploaded files ``(name, bytes)``, checked against each other for duplicates."""
    return _deduplicated(_ingest_bytes(name, data, max_bytes) for name, data in files)


def ingest_corpus(folder: Path, *, max_bytes: int = MAX_BYTES) -> IngestResult:
    """Every article under ``folder``, and a report of every file or record skipped.

    Files are read recursively in sorted path order (deterministic), skipping
    hidden files and folders and README files. Skip paths are relative to
    ``folder``, in POSIX form. Duplicate ids and texts are checked across the
    whole corpus: the first in path order is kept.

    Raises
    ------
    CorpusNotFound
        When ``folder`` is not a folder (a :class:`NotADirectoryError`; the
        only error that raises for the corpus itself).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusNotFound(f"corpus folder not found: {folder}; give the folder that holds the articles")
    files, unreadable = _corpus_files(folder)
    result = _deduplicated(_ingest_path(path, label, max_bytes) for label, path in files)
    if unreadable:
        result = IngestResult(result.articles, result.skipped + tuple(unreadable), result.warnings)
    return result


def _corpus_files(folder: Path) -> tuple[list[tuple[str, Path]], list[Skipped]]:
    """(relative POSIX path, path) of every candidate file, sorted; and the folders that could not be listed."""
    found, unreadable = [], []

    def report(error: OSError) -> None:
        where = Path(os.path.relpath(error.filename, folder)).as_posix() if error.filename else "."
        unreadable.append(Skipped(where, f"cannot read folder: {error.strerror or error}"))

    for directory, subdirs, names in os.walk(folder, onerror=report):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in names:
            if name.startswith(".") or _stem(name).lower() == "readme":
                continue
            path = os.path.join(directory, name)
            found.append((Path(os.path.relpath(path, folder)).as_posix(), Path(path)))
    return sorted(found), sorted(unreadable, key=lambda s: s.path)
