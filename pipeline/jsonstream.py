"""Read ``.jsonl`` and JSON-array files record by record, at any size.

A corpus export can be one 100 MB file. Reading it whole would apply the
size limit to the whole export; here the limit applies to each record, and a
record over it is skipped (with its line or index) while the rest is read.
Memory stays at one chunk plus one record.

Streamed files must be UTF-8 (with or without a byte-order mark), as JSON
requires (RFC 8259). Stray NUL bytes outside JSON strings' meaning (a few in a
record) are removed and counted; a chunk that is more than 1% NUL bytes is
binary data and ends the file.

Each item yielded is a :class:`Record`: a parsed value, or the reason it
could not be read. A problem that stops the rest of the file from being read
is yielded last, with the file itself as locator.
"""
from __future__ import annotations

import codecs
import json
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

__all__ = ["JsonRecords", "Record", "NUL_SHARE"]

CHUNK = 1 << 20
NUL_SHARE = 0.01  # at most this share of NUL bytes is a repairable accident, more is binary
_UTF16_32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_TOO_DEEP = "malformed JSON: nested too deeply"


@dataclass(frozen=True)
class Record:
    """One record of a streamed file, or why it could not be read.

    ``locator`` is what a report calls it (``feed.jsonl:line 4``, ``day.json[3]``,
    or the file itself for a problem that ends the file); ``fallback_id`` the id
    it gets without an ``id`` field.
    """

    locator: str
    fallback_id: str
    value: object = None
    problem: str = ""


def too_large(size: int, limit: int, what: str = "file") -> str:
    """The skip reason for ``size`` bytes over ``limit``."""
    return f"{what} too large: {size:,} bytes (limit {limit:,})"


class JsonRecords:
    """The records of one ``.jsonl`` or ``.json`` file read from ``handle``.

    Parameters
    ----------
    path : POSIX path used in locators and ids (its extension picks the format)
    handle : seekable binary file object, read from its current position
    max_bytes : size limit of one record

    Attributes
    ----------
    nul_bytes : stray NUL bytes removed so far

    Examples
    --------
    >>> import io
    >>> data = b'{"id": "a", "text": "\\xd9\\x86\\xd8\\xb5"}\\n\\n{oops\\n' + b'{"text": "x"}' + b' ' * 100 + b'\\x00\\n'
    >>> reader = JsonRecords("feed.jsonl", io.BytesIO(data), max_bytes=1000)
    >>> [(r.locator, r.fallback_id, r.value, r.problem) for r in reader]  # doctest: +NORMALIZE_WHITESPACE
    [('feed.jsonl:line 1', 'feed-1', {'id': 'a', 'text': 'نص'}, ''),
     ('feed.jsonl:line 3', 'feed-3', None, 'malformed JSON: Expecting property name enclosed in double quotes at column 2'),
     ('feed.jsonl:line 4', 'feed-4', {'text': 'x'}, '')]
    >>> reader.nul_bytes
    1
    >>> data = b'[{"text": "a"}, 7, {"text": "' + b"b" * 50 + b'"}, {"text": "c"}]'
    >>> [(r.locator, r.value, r.problem) for r in JsonRecords("day.json", io.BytesIO(data), max_bytes=40)]  # doctest: +NORMALIZE_WHITESPACE
    [('day.json[0]', {'text': 'a'}, ''), ('day.json[1]', 7, ''),
     ('day.json[2]', None, 'record too large: 62 bytes (limit 40)'), ('day.json[3]', {'text': 'c'}, '')]
    """

    def __init__(self, path: str, handle: BinaryIO, max_bytes: int):
        self.path = path
        self.stem = posixpath.splitext(posixpath.basename(path))[0]
        self.handle = handle
        self.max_bytes = max_bytes
        self.nul_bytes = 0

    def __iter__(self) -> Iterator[Record]:
        start = self.handle.tell()
        head = self.handle.read(4)
        if any(head.startswith(bom) for bom in _UTF16_32_BOMS):
            yield Record(self.path, self.stem, problem=self._not_utf8("UTF-16 or UTF-32"))
            return
        self.handle.seek(start + (len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0))
        if posixpath.splitext(self.path)[1].lower() == ".jsonl":
            yield from self._lines()
        else:
            yield from _ArrayReader(self)

    def _not_utf8(self, found: str) -> str:
        return f"undecodable text: {found}; a file read record by record must be UTF-8"

    def _repair(self, data: bytes) -> bytes | None:
        """``data`` without stray NUL bytes (counted), or None when it is binary."""
        nuls = data.count(0)
        if not nuls:
            return data
        if nuls > NUL_SHARE * len(data):
            return None
        self.nul_bytes += nuls
        return data.replace(b"\x00", b"")

    # ------------------------------------------------------------ .jsonl

    def _lines(self) -> Iterator[Record]:
        number = 0
        limit = self.max_bytes
        while True:
            line = self.handle.readline(limit + 1)
            if not line:
                return
            number += 1
            locator, fallback = f"{self.path}:line {number}", f"{self.stem}-{number}"
            if not line.endswith(b"\n") and len(line) > limit:
                size = len(line) + self._skip_line()
                yield Record(locator, fallback, problem=too_large(size, limit, "record"))
                continue
            if not line.strip():
                continue
            data = self._repair(line)
            if data is None:
                yield Record(locator, fallback, problem="binary data (contains NUL bytes)")
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                yield Record(locator, fallback, problem=self._not_utf8("not UTF-8"))
                continue
            try:
                yield Record(locator, fallback, json.loads(text))
            except json.JSONDecodeError as exc:
                yield Record(locator, fallback, problem=f"malformed JSON: {exc.msg} at column {exc.colno}")
            except RecursionError:
                yield Record(locator, fallback, problem=_TOO_DEEP)

    def _skip_line(self) -> int:
        """Read past the rest of an over-long line; the bytes skipped."""
        skipped = 0
        while True:
            part = self.handle.readline(CHUNK)
            skipped += len(part)
            if not part or part.endswith(b"\n"):
                return skipped - (1 if part.endswith(b"\n") else 0)


_WS = re.compile(r"[ \t\n\r]*")
# Inside a value: the next character that matters for finding its end.
_STRUCTURE = re.compile(r'["\[\]{}]')
_STRING_END = re.compile(r'["\\]')
_SCALAR_END = re.compile(r"[,\]\s]")


class _ArrayReader:
    """The elements of a top-level JSON array, decoded one at a time with ``raw_decode``."""

    def __init__(self, owner: JsonRecords):
        self.owner = owner
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.json = json.JSONDecoder()
        self.buf = ""
        self.pos = 0
        self.offset = 0  # characters dropped from the front of buf
        self.eof = False
        self.problem = ""

    def _feed(self, data: bytes) -> None:
        repaired = self.owner._repair(data)
        if repaired is None:
            self.problem = "binary data (contains NUL bytes)"
            self.eof = True
            return
        try:
            self.buf += self.decoder.decode(repaired, final=not data)
        except UnicodeDecodeError:
            self.problem = self.owner._not_utf8("not UTF-8")
            self.eof = True

    def _fill(self) -> bool:
        """Read another chunk; False at the end of the file."""
        if self.eof:
            return False
        if self.pos > CHUNK:  # drop what has been consumed
            self.offset += self.pos
            self.buf, self.pos = self.buf[self.pos :], 0
        data = self.owner.handle.read(CHUNK)
        if not data:
            self.eof = True
            self._feed(b"")
            return False
        self._feed(data)
        return not self.problem

    def _skip_ws(self) -> str:
        """The next non-space character ('' at the end), reading more as needed."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def _end(self, path: str) -> Iterator[Record]:
        yield Record(path, self.owner.stem, problem=self.problem)

    def __iter__(self) -> Iterator[Record]:
        owner = self.owner
        path, stem = owner.path, owner.stem
        first = self._skip_ws()
        if self.problem:
            yield from self._end(path)
            return
        if first != "[":
            # a single object (or a scalar): one record, limited like a file
            limit = owner.max_bytes
            yield Record(path, stem, problem=f"file too large: a single JSON value over {limit:,} bytes (only an array of records is read record by record)")
            return
        self.pos += 1
        index = 0
        while True:
            char = self._skip_ws()
            if char == "]" and index == 0:
                return
            if not char:
                self.problem = self.problem or f"malformed JSON: the file ends inside the array (after {index:,} records)"
                yield from self._end(path)
                return
            record = self._record(f"{path}[{index}]", f"{stem}-{index}")
            if record is None:
                yield from self._end(path)
                return
            yield record
            index += 1
            char = self._skip_ws()
            if char == ",":
                self.pos += 1
            elif char == "]":
                return
            else:
                self.problem = self.problem or f"malformed JSON: expected ',' or ']' after record [{index - 1}]"
                yield from self._end(path)
                return

    def _record(self, locator: str, fallback: str) -> Record | None:
        """The element at ``pos`` (and move past it), or None when the file cannot go on."""
        limit = self.owner.max_bytes
        while True:
            start = self.pos
            try:
                value, end = self.json.raw_decode(self.buf, start)
            except json.JSONDecodeError as exc:
                scanned = _value_end(self.buf, start)
                if scanned is not None:  # complete but malformed: skip it, go on
                    self.pos = scanned
                    return Record(locator, fallback, problem=f"malformed JSON: {exc.msg}")
                if len(self.buf) - start > limit:
                    return self._skip_large(locator, fallback)
                if not self._fill():
                    self.problem = self.problem or f"malformed JSON: the file ends inside record {locator} ({exc.msg})"
                    return None
                continue
            except RecursionError:
                scanned = _value_end(self.buf, start)
                if scanned is None:
                    self.problem = _TOO_DEEP
                    return None
                self.pos = scanned
                return Record(locator, fallback, problem=_TOO_DEEP)
            if end == len(self.buf) and not self.eof and self.buf[start] not in "[{\"":
                if self._fill():  # a number cut by the chunk boundary
                    continue
            self.pos = end
            size = len(self.buf[start:end].encode("utf-8"))
            if size > limit:
                return Record(locator, fallback, problem=too_large(size, limit, "record"))
            return Record(locator, fallback, value)

    def _skip_large(self, locator: str, fallback: str) -> Record | None:
        """Skip an element larger than the limit without holding it all."""
        scanner = _Scanner()
        size = 0
        while True:
            end = scanner.feed(self.buf, self.pos)
            if end is not None:
                size += len(self.buf[self.pos : end].encode("utf-8"))
                self.pos = end
                return Record(locator, fallback, problem=too_large(size, self.owner.max_bytes, "record"))
            size += len(self.buf[self.pos :].encode("utf-8"))
            self.pos = len(self.buf)
            if not self._fill():
                self.problem = self.problem or f"malformed JSON: the file ends inside record {locator}"
                return None


def _value_end(buf: str, start: int) -> int | None:
    """Where the JSON value at ``start`` ends, if it ends within ``buf``."""
    return _Scanner().feed(buf, start)


class _Scanner:
    """Finds the end of one JSON value by its brackets and strings, across chunks."""

    def __init__(self) -> None:
        self.depth = 0
        self.in_string = False
        self.started = False
        self.escape = False

    def feed(self, buf: str, pos: int) -> int | None:
        """The end of the value if it lies in ``buf[pos:]``, else None (feed the next part)."""
        n = len(buf)
        if not self.started:
            if pos >= n:
                return None
            self.started = True
            char = buf[pos]
            if char == '"':
                self.in_string, pos = True, pos + 1
            elif char not in "[{":
                match = _SCALAR_END.search(buf, pos)
                return match.start() if match else None
        while pos < n:
            if self.escape:
                self.escape, pos = False, pos + 1
                continue
            if self.in_string:
                match = _STRING_END.search(buf, pos)
                if not match:
                    return None
                pos = match.end()
                if match.group() == "\\":
                    self.escape = True
                else:
                    self.in_string = False
                    if self.depth == 0:
                        return pos
                continue
            match = _STRUCTURE.search(buf, pos)
            if not match:
                return None
            pos = match.end()
            char = match.group()
            if char == '"':
                self.in_string = True
            elif char in "[{":
                self.depth += 1
            else:
                self.depth -= 1
                if self.depth <= 0:
                    return pos
        return None
