"""The embedded store: one DuckDB file holding what a build found.

Tables (written by :func:`write_build` and :func:`append`, never edited in
place by readers):

``articles(seq, id, title, source, date, url, path, text)``
    ``seq`` is the corpus order (evidence and the graph attribute
    ``articles`` follow it); ``text`` the article as ingested (the reader).
``sentences(article, idx, start, end, text)``
    One row per sentence span; an evidence span that was not among the
    tagged sentences (hand-built input) gets a row with ``idx`` NULL.
``mentions(seq, article, sentence, start, end, text, type, actor, via, token_start, token_end)``
    Linked mentions (``actor`` set) and the NER mentions no actor took
    (``actor`` NULL). ``text`` is the surface form as written.
``actors(id, label, label_en, type, aliases, wikidata)``
    ``aliases`` is a list of strings.
``relations(seq, article, start, end, a, b, source, target, type, directed, trigger, modality)``
    One row per :class:`~pipeline.types.Relation`; ``start``/``end`` are the
    evidence sentence's offsets; ``a``/``b`` the pair in sorted order.
``cameo(type, code)``
    Relation type → CAMEO root code.

Derived by SQL in the same transaction (per article, so an append derives
only the new articles' rows):

``linked(actor, article, start, end, text)``
    One row per linked mention (a repeated one counts once).
``items(a, b, article, start, end, relations, source, target, trigger, directed, unasserted)``
    One evidence item per (pair, sentence) with the sorted list of the
    types it asserts.

Everything else is computed by the queries of :class:`Store` (and the view
``edges`` for anyone querying the file): an edge's ``weight`` is its number
of distinct sentences, its ``kind`` is ``interaction`` when some sentence
asserts a typed relation and ``co-mention`` otherwise, ``relations`` counts
sentences per type. Actors without mentions, and filters, are applied at
query time. :meth:`Store.graph` returns the graph of the output contract
(``shared/GUIDE.md``).

Crash safety: :func:`write_build` writes a new file next to the store and
renames it over the old one, so a crash (``kill -9`` included) leaves the
previous store whole; :func:`append` adds articles in one DuckDB transaction,
which DuckDB's write-ahead log rolls back when the process dies before the
commit. DuckDB lets one process write a file, or several read it: close
every :class:`Store` on a file before appending to it from another process.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "store.duckdb"
>>> text = "التقى لافروف كيري في موسكو"
>>> a = Article("a1", text, "لقاء", "src", "2015-03-01")
>>> acts = {"lavrov": Actor("lavrov", "لافروف", "PER", "Lavrov"),
...         "kerry": Actor("kerry", "كيري", "PER", "Kerry")}
>>> ms = [LinkedMention(Mention("a1", 0, 6, 12, "لافروف", "PER"), "lavrov"),
...       LinkedMention(Mention("a1", 0, 13, 17, "كيري", "PER"), "kerry")]
>>> rs = [Relation("kerry", "lavrov", "MEET", Evidence("a1", text, 0, len(text)), trigger="التقى")]
>>> write_build(path, [a], [TaggedArticle(a, (Sentence(0, 0, len(text), ()),))], ms, acts, rs)
PosixPath('...store.duckdb')
>>> with Store(path) as store:
...     G = store.graph()
...     items = store.evidence("lavrov", "kerry")
>>> G.edges["kerry", "lavrov"]["kind"], G.edges["kerry", "lavrov"]["weight"]
('interaction', 1)
>>> [(e["relations"], e["trigger"]) for e in items]
[(['MEET'], 'التقى')]
"""
from __future__ import annotations

import datetime as _dt
import gc
import os
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import networkx as nx
import pyarrow as pa

from .errors import PipelineError
from .durable import fsync_path
from .types import (
    RELATION_TYPES,
    Actor,
    Article,
    Evidence,
    LinkedMention,
    Mention,
    Relation,
    Sentence,
    TaggedArticle,
)

__all__ = ["SCHEMA_VERSION", "STORE_FILE", "Store", "StoreError", "append", "resolve", "write_build"]

SCHEMA_VERSION = "2"
STORE_FILE = "store.duckdb"  # its name inside a build's output folder
BATCH = 50_000  # rows per insert: bounds the memory a large build holds at once
CO_MENTION = "CO_MENTION"
ASSERTED = "asserted"
TRIGGER_SEPARATOR = "; "


class StoreError(PipelineError, RuntimeError):
    """A store that cannot be read (missing, from another schema, not DuckDB)."""


# ---------------------------------------------------------------------------
# schema
# ---------------------------------------------------------------------------

_TABLES = """
CREATE TABLE meta(key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE articles(seq BIGINT, id VARCHAR PRIMARY KEY, title VARCHAR, source VARCHAR, date VARCHAR,
                      url VARCHAR, path VARCHAR, text VARCHAR);
CREATE TABLE sentences(article VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE mentions(seq BIGINT, article VARCHAR, sentence INTEGER, start INTEGER, "end" INTEGER, text VARCHAR,
                      type VARCHAR, actor VARCHAR, via VARCHAR, token_start INTEGER, token_end INTEGER);
CREATE TABLE actors(id VARCHAR PRIMARY KEY, label VARCHAR, label_en VARCHAR, type VARCHAR, aliases VARCHAR[],
                    wikidata VARCHAR);
CREATE TABLE relations(seq BIGINT, article VARCHAR, start INTEGER, "end" INTEGER, a VARCHAR, b VARCHAR,
                       source VARCHAR, target VARCHAR, type VARCHAR, directed BOOLEAN, trigger VARCHAR,
                       modality VARCHAR);
CREATE TABLE cameo(type VARCHAR PRIMARY KEY, code VARCHAR);
"""

# Derived tables, written by SQL in the same transaction as the rows they
# come from. Both are per article, so an append derives the new articles' rows
# and leaves the rest alone ($first: the first relation/mention seq written).
_DERIVED_TABLES = """
CREATE TABLE linked(actor VARCHAR, article VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE items(a VARCHAR, b VARCHAR, article VARCHAR, start INTEGER, "end" INTEGER, relations VARCHAR[],
                   source VARCHAR, target VARCHAR, trigger VARCHAR, directed BOOLEAN,
                   unasserted STRUCT(type VARCHAR, modality VARCHAR, trigger VARCHAR, source VARCHAR,
                                     target VARCHAR, directed BOOLEAN)[]);
"""

# One row per (actor, article, offsets): a mention repeated counts once, its
# first-written surface form kept.
_DERIVE_LINKED = """
INSERT INTO linked
SELECT actor, article, start, "end", arg_min(text, seq) FROM mentions
WHERE actor IS NOT NULL AND seq >= $first
GROUP BY actor, article, start, "end"
ORDER BY actor, article, start"""

# One item per (pair, sentence): the asserted typed relations' sorted types;
# directed when the asserted directed relations all point one way (then
# source/target say which), else the ids sorted; triggers joined in type
# order; the relations said without being asserted (negated, planned, ...)
# listed apart. Sorted by pair, so a pair's items sit in few row groups.
_DERIVE_ITEMS = """
INSERT INTO items
WITH rel AS (
    SELECT *, type <> 'CO_MENTION' AS typed, type <> 'CO_MENTION' AND modality = 'asserted' AS asserted
    FROM relations WHERE a <> b AND seq >= $first
),
trig AS (
    SELECT a, b, article, start, "end", string_agg(trigger, '; ' ORDER BY first_type, trigger) AS trigger
    FROM (SELECT a, b, article, start, "end", trigger, min(type) AS first_type FROM rel
          WHERE asserted AND trigger <> '' GROUP BY a, b, article, start, "end", trigger)
    GROUP BY a, b, article, start, "end"
),
grouped AS (
    SELECT a, b, article, start, "end",
           coalesce(list_sort(list_distinct(list(type) FILTER (WHERE asserted))), []) AS relations,
           count(DISTINCT [source, target]) FILTER (WHERE asserted AND directed) AS ways,
           min(source) FILTER (WHERE asserted AND directed) AS dsource,
           min(target) FILTER (WHERE asserted AND directed) AS dtarget,
           coalesce(list_sort(list_distinct(list({
               'type': type, 'modality': modality, 'trigger': trigger,
               'source': CASE WHEN directed THEN source ELSE a END,
               'target': CASE WHEN directed THEN target ELSE b END,
               'directed': directed}) FILTER (WHERE typed AND NOT asserted))), []) AS unasserted
    FROM rel GROUP BY a, b, article, start, "end"
)
SELECT g.a, g.b, g.article, g.start, g."end", g.relations,
       CASE WHEN g.ways = 1 THEN g.dsource ELSE g.a END,
       CASE WHEN g.ways = 1 THEN g.dtarget ELSE g.b END,
       coalesce(t.trigger, ''), g.ways = 1, g.unasserted
FROM grouped g LEFT JOIN trig t USING (a, b, article, start, "end")
ORDER BY g.a, g.b, g.article, g.start"""

# For anyone querying the file: the links among actors with mentions, unfiltered.
_VIEWS = """
CREATE VIEW edges AS
SELECT i.a, i.b, count(*) AS weight, list_sort(list_distinct(list(i.article))) AS articles,
       CASE WHEN bool_or(len(i.relations) > 0) THEN 'interaction' ELSE 'co-mention' END AS kind
FROM items i
WHERE i.a IN (SELECT l.actor FROM linked l JOIN actors x ON x.id = l.actor)
  AND i.b IN (SELECT l.actor FROM linked l JOIN actors x ON x.id = l.actor)
GROUP BY i.a, i.b;
"""


# ---------------------------------------------------------------------------
# the queries: evidence items, nodes, edges; filters as parameters
# ---------------------------------------------------------------------------
#
# Every query starts from `kept` (the articles the filters keep) and
# `node_ids` (actors with a linked mention in them, of the kept types, among
# the chosen actors). $articles, $date_from, $date_to, $relation_types,
# $actor_types and $pair (chosen actors) are NULL for "no filter".

_KEPT = """
kept AS (
    SELECT id, seq FROM articles
    WHERE ($articles IS NULL OR list_contains($articles, id))
      AND ($date_from IS NULL OR (coalesce(date, '') <> '' AND substr(date, 1, length($date_from)) >= $date_from))
      AND ($date_to IS NULL OR (coalesce(date, '') <> '' AND substr(date, 1, length($date_to)) <= $date_to))
),
node_ids AS (
    SELECT DISTINCT l.actor AS id FROM linked l JOIN actors a ON a.id = l.actor JOIN kept k ON k.id = l.article
    WHERE ($pair IS NULL OR l.actor IN (SELECT unnest($pair)))
      AND ($actor_types IS NULL OR list_contains($actor_types, a.type))
)"""


def _items_sql(where: str = "TRUE") -> str:
    """The `sel` CTE: the stored items the filters keep, ``relations`` narrowed
    to the selected types (a sentence asserting none of them drops out, a
    co-mention sentence stays when ``CO_MENTION`` is selected)."""
    return f"""
sel0 AS (
    SELECT i.* EXCLUDE (relations), k.seq AS article_seq,
           CASE WHEN $relation_types IS NULL THEN i.relations
                ELSE list_sort(list_intersect(i.relations, $relation_types)) END AS relations,
           len(i.relations) AS asserted_types
    FROM items i JOIN kept k ON k.id = i.article
    WHERE {where} AND i.a IN (SELECT id FROM node_ids) AND i.b IN (SELECT id FROM node_ids)
),
sel AS (
    SELECT * EXCLUDE (asserted_types) FROM sel0
    WHERE $relation_types IS NULL
       OR (asserted_types = 0 AND list_contains($relation_types, 'CO_MENTION'))
       OR len(relations) > 0
)"""


_ITEM_STRUCT = """{'article': article, 'sentence': sentence, 'start': start, 'end': "end",
    'source': source, 'target': target, 'relations': relations, 'trigger': trigger,
    'directed': directed, 'unasserted': unasserted}"""

def _node_sql() -> str:
    return f"""
WITH {_KEPT},
per_article AS (
    SELECT l.actor, l.article, count(*) AS n FROM linked l JOIN kept k ON k.id = l.article
    WHERE l.actor IN (SELECT id FROM node_ids) GROUP BY l.actor, l.article
),
counts AS (
    SELECT actor, sum(n)::BIGINT AS mentions, list_sort(list({{'article': article, 'n': n}})) AS per_article
    FROM per_article GROUP BY actor
),
extra AS (  -- every surface form, whatever the filters (as pipeline.graph.by_evidence keeps them)
    SELECT l.actor, list_sort(list_distinct(list(l.text))) AS texts
    FROM linked l JOIN actors a ON a.id = l.actor
    WHERE l.text <> '' AND NOT list_contains(a.aliases, l.text) AND l.actor IN (SELECT id FROM node_ids)
    GROUP BY l.actor
)
SELECT a.id, a.label, a.label_en, a.type, a.aliases || coalesce(e.texts, []) AS aliases,
       c.mentions, c.per_article, a.wikidata
FROM counts c JOIN actors a ON a.id = c.actor LEFT JOIN extra e ON e.actor = c.actor
ORDER BY a.id"""


# The direction pipeline.graph.edge_direction reads from the evidence, for
# graphs without it: [source, target] when every typed sentence is directed one way.
_DIRECTION = """CASE WHEN count(DISTINCT [source, target]) FILTER (WHERE len(relations) > 0 AND directed) = 1
                      AND bool_and(directed) FILTER (WHERE len(relations) > 0)
                 THEN [min(source) FILTER (WHERE len(relations) > 0 AND directed),
                       min(target) FILTER (WHERE len(relations) > 0 AND directed)] END"""


# The `wanted` CTE: the selected items of the pairs in $pair_a/$pair_b (ids sorted; _pair_params).
_WANTED_PAIRS = """wanted AS (SELECT sel.* FROM sel SEMI JOIN (SELECT unnest($pair_a) AS a, unnest($pair_b) AS b) w USING (a, b))"""


def _pair_params(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """$pair_a/$pair_b for _WANTED_PAIRS, and $pair (their actors) so only they are read."""
    return {"pair_a": [a for a, _ in pairs], "pair_b": [b for _, b in pairs], "pair": sorted({x for p in pairs for x in p})}


def _edge_sql(where: str = "TRUE", evidence: bool = True, source: str = "sel") -> str:
    """The links of the kept items (``source="sel"``), or of the pairs in
    $pair_a/$pair_b only (``source="wanted"``, :data:`_WANTED_PAIRS`)."""
    items = f"""list_transform(list_sort(list({{'seq': article_seq, 'start': start, 'end': "end", 'item': {_ITEM_STRUCT}}})),
                          lambda x: x.item)""" if evidence else "NULL"
    direction = "NULL" if evidence else _DIRECTION
    return f"""
WITH {_KEPT}, {_items_sql()},{f" {_WANTED_PAIRS}," if source == "wanted" else ""}
items_ AS (
    SELECT sel.*{", coalesce(s.text, '') AS sentence" if evidence else ""} FROM {source} sel
    {'LEFT JOIN sentences s USING (article, start, "end")  -- one row per span: the writers keep them unique' if evidence else ""}
),
rcount AS (
    SELECT i.a, i.b, t.type, count(*) AS n, list_position($type_order, t.type) AS rank
    FROM {source} i, unnest(i.relations) AS t(type) GROUP BY i.a, i.b, t.type
),
rel_agg AS (
    SELECT r.a, r.b, list_sort(list({{'type': r.type, 'n': r.n}})) AS relations,
           first(r.type ORDER BY r.n DESC, coalesce(r.rank, 1000), r.type) AS dominant,
           coalesce(list_sort(list_distinct(list(c.code) FILTER (WHERE coalesce(c.code, '') <> ''))), []) AS cameo_codes
    FROM rcount r LEFT JOIN cameo c ON c.type = r.type GROUP BY r.a, r.b
),
e AS (
    SELECT a, b, count(*) AS weight, list_sort(list_distinct(list(article))) AS articles,
           -- list_sort on (position, item) structs: an ordered aggregate would sort group by group, far slower
           {items} AS evidence,
           {direction} AS direction
    FROM items_ GROUP BY a, b
)
SELECT e.a, e.b,
       CASE WHEN r.relations IS NULL THEN 'co-mention' ELSE 'interaction' END AS kind,
       e.weight, coalesce(r.relations, []) AS relations,
       coalesce(r.dominant, 'CO_MENTION') AS dominant_relation,
       coalesce(c.code, '') AS cameo, coalesce(r.cameo_codes, []) AS cameo_codes,
       e.articles, e.evidence, e.direction
FROM e LEFT JOIN rel_agg r USING (a, b) LEFT JOIN cameo c ON c.type = r.dominant
WHERE {where}
ORDER BY e.a, e.b"""


_TOP_SQL = f"""
WITH {_KEPT}, {_items_sql()},
nodes AS (
    SELECT l.actor AS id, count(*) AS mentions, count(DISTINCT l.article) AS articles
    FROM linked l JOIN kept k ON k.id = l.article WHERE l.actor IN (SELECT id FROM node_ids) GROUP BY l.actor
),
pairs AS (SELECT a, b, count(*) AS weight FROM sel GROUP BY a, b),
strength AS (
    SELECT id, count(*) AS degree, sum(weight)::BIGINT AS weighted_degree FROM (
        SELECT a AS id, weight FROM pairs UNION ALL SELECT b AS id, weight FROM pairs
    ) GROUP BY id
)
SELECT n.id, a.label, a.label_en, a.type, n.mentions, n.articles,
       coalesce(s.degree, 0) AS degree, coalesce(s.weighted_degree, 0) AS weighted_degree
FROM nodes n JOIN actors a ON a.id = n.id LEFT JOIN strength s ON s.id = n.id
ORDER BY weighted_degree DESC, n.mentions DESC, n.id
LIMIT $n"""


# ---------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------


def _batches(rows: Iterable[tuple], size: int = BATCH) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_COLUMNS = {
    "articles": [("seq", pa.int64()), ("id", pa.string()), ("title", pa.string()), ("source", pa.string()),
                 ("date", pa.string()), ("url", pa.string()), ("path", pa.string()), ("text", pa.string())],
    "sentences": [("article", pa.string()), ("idx", pa.int32()), ("start", pa.int32()), ("end", pa.int32()),
                  ("text", pa.string())],
    "mentions": [("seq", pa.int64()), ("article", pa.string()), ("sentence", pa.int32()), ("start", pa.int32()),
                 ("end", pa.int32()), ("text", pa.string()), ("type", pa.string()), ("actor", pa.string()),
                 ("via", pa.string()), ("token_start", pa.int32()), ("token_end", pa.int32())],
    "actors": [("id", pa.string()), ("label", pa.string()), ("label_en", pa.string()), ("type", pa.string()),
               ("aliases", pa.list_(pa.string())), ("wikidata", pa.string())],
    "relations": [("seq", pa.int64()), ("article", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                  ("a", pa.string()), ("b", pa.string()), ("source", pa.string()), ("target", pa.string()),
                  ("type", pa.string()), ("directed", pa.bool_()), ("trigger", pa.string()),
                  ("modality", pa.string())],
}


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: Iterable[tuple], where: str = "") -> None:
    """Insert ``rows`` (tuples in :data:`_COLUMNS` order) batch by batch, through Arrow."""
    schema = pa.schema(_COLUMNS[table])
    for batch in _batches(rows):
        columns = list(zip(*batch))
        arrow = pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(columns, schema)], schema=schema)
        con.register("_batch", arrow)
        try:
            con.execute(f"INSERT INTO {table} SELECT * FROM _batch {where}")
        finally:
            con.unregister("_batch")


def _unique_articles(articles: Iterable[Article]) -> Iterator[Article]:
    """``articles`` without repeated ids (the first kept, with a warning)."""
    seen: set[str] = set()
    repeated: list[str] = []
    for a in articles:
        if a.id in seen:
            repeated.append(a.id)
            continue
        seen.add(a.id)
        yield a
    if repeated:
        warnings.warn(f"store: {len(repeated)} repeated article id(s) kept once, e.g. {repeated[:3]}", stacklevel=3)


def _article_rows(articles: Iterable[Article], first_seq: int) -> Iterator[tuple]:
    for seq, a in enumerate(articles, first_seq):
        yield (seq, a.id, a.title or "", a.source or "", a.date or "", a.url or "", a.path or "", a.text)


def _sentence_rows(tagged: Iterable[TaggedArticle], seen: set[tuple[str, int, int]]) -> Iterator[tuple]:
    for item in tagged:
        text = item.article.text
        for s in item.sentences:
            seen.add((item.article.id, s.start, s.end))
            yield (item.article.id, s.index, s.start, s.end, text[s.start : s.end])


def _evidence_spans(relations: Iterable[Relation], seen: set[tuple[str, int, int]], spans: list[tuple]) -> Iterator[Relation]:
    """Pass ``relations`` through, noting in ``spans`` the evidence sentences
    that are not among the tagged sentences (hand-built inputs), as sentence
    rows with no index: the evidence text is read from ``sentences``."""
    for r in relations:
        ev = r.evidence
        key = (ev.article, ev.start, ev.end)
        if key not in seen:
            seen.add(key)
            spans.append((ev.article, None, ev.start, ev.end, ev.sentence))
        yield r


def _mention_rows(tagged: Sequence[TaggedArticle], linked: Iterable[LinkedMention], first_seq: int) -> Iterator[tuple]:
    """Linked mentions, then the NER mentions no linked mention covers (actor NULL)."""
    seq = first_seq
    taken: set[tuple[str, int, int]] = set()

    def row(m: Mention, actor: str | None, via: str | None) -> tuple:
        return (seq, m.article_id, m.sentence, m.start, m.end, m.text, m.type, actor, via, m.token_start, m.token_end)

    for lm in linked:
        m = lm.mention
        taken.add((m.article_id, m.start, m.end))
        yield row(m, lm.actor_id, lm.via)
        seq += 1
    for item in tagged:
        for m in item.mentions:
            if (m.article_id, m.start, m.end) not in taken:
                yield row(m, None, None)
                seq += 1


def _actor_rows(actors: Mapping[str, Actor] | Iterable[Actor]) -> Iterator[tuple]:
    values = actors.values() if isinstance(actors, Mapping) else actors
    seen: set[str] = set()
    for a in values:
        if a.id in seen:
            continue
        seen.add(a.id)
        aliases = list(dict.fromkeys(x for x in a.aliases if x))
        yield (a.id, a.label or "", a.label_en or "", a.type or "", aliases, a.wikidata or "")


def _relation_rows(relations: Iterable[Relation], first_seq: int) -> Iterator[tuple]:
    for seq, r in enumerate(relations, first_seq):
        ev = r.evidence
        a, b = sorted((r.source, r.target))
        yield (seq, ev.article, ev.start, ev.end, a, b, r.source, r.target, r.type, bool(r.directed), r.trigger or "", r.modality or ASSERTED)


def _cameo_codes(cameo: Mapping[str, Any] | None) -> dict[str, str]:
    """Relation type → CAMEO root code, from ``cameo`` or the relation lexicon."""
    if cameo is None:
        from .relations import load_lexicon

        cameo = getattr(load_lexicon(), "cameo", {}) or {}
    return {t: str(v.get("code", "") if isinstance(v, Mapping) else v) for t, v in sorted(cameo.items())}


def _create(con: duckdb.DuckDBPyConnection, cameo: Mapping[str, str]) -> None:
    con.execute(_TABLES)
    con.execute(_DERIVED_TABLES)
    con.execute(_VIEWS)
    con.executemany("INSERT INTO meta VALUES (?, ?)", [("schema", SCHEMA_VERSION), ("created", _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))])
    con.executemany("INSERT INTO cameo VALUES (?, ?)", sorted(cameo.items()))


def _derive(con: duckdb.DuckDBPyConnection, first_mention: int, first_relation: int) -> None:
    """Fill ``linked`` and ``items`` from the mentions and relations written from these seqs on."""
    con.execute(_DERIVE_LINKED, {"first": first_mention})
    con.execute(_DERIVE_ITEMS, {"first": first_relation})


def _remove_stale(path: Path) -> None:
    """Temporary files of writers that died (their process no longer runs)."""
    for tmp in path.parent.glob(f".{path.name}.*.tmp*"):
        try:
            pid = int(tmp.name[len(path.name) + 2 :].split(".")[0])
        except ValueError:
            continue
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
            continue  # still writing
        except ProcessLookupError:
            pass
        except PermissionError:
            continue
        tmp.unlink(missing_ok=True)


def write_build(
    path: str | os.PathLike,
    articles: Iterable[Article],
    tagged: Iterable[TaggedArticle],
    linked_mentions: Iterable[LinkedMention],
    actors: Mapping[str, Actor] | Iterable[Actor],
    relations: Iterable[Relation],
    *,
    cameo: Mapping[str, Any] | None = None,
) -> Path:
    """Write a whole build as a new store, replacing ``path`` atomically.

    Everything goes into a temporary file next to ``path`` in one
    transaction; the file is checkpointed, closed, fsynced and renamed over
    ``path``. Until the rename, readers (and a crash) see the previous store
    untouched; a temporary file left by a killed writer is removed by the
    next write. Inputs are read once, in batches, so generators work.

    Parameters
    ----------
    path : str or path-like
        The store file (conventionally ``OUT_DIR/store.duckdb``).
    articles : iterable of Article
        The corpus in corpus order (it fixes evidence order).
    tagged : iterable of TaggedArticle
        Sentences and NER mentions per article.
    linked_mentions : iterable of LinkedMention
    actors : mapping of id to Actor, or iterable of Actor
    relations : iterable of Relation
    cameo : mapping, optional
        Relation type → CAMEO root code (or ``{"code": ...}``); by default
        the relation lexicon's.

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(path)
    tmp = path.parent / f".{path.name}.{os.getpid()}.tmp"
    for leftover in (tmp, Path(f"{tmp}.wal")):
        leftover.unlink(missing_ok=True)
    tagged = list(tagged)  # read twice: sentences, then unlinked mentions
    try:
        con = _open(tmp)
        try:
            con.execute("BEGIN TRANSACTION")
            _create(con, _cameo_codes(cameo))
            seen: set[tuple[str, int, int]] = set()
            extra: list[tuple] = []
            _insert(con, "articles", _article_rows(_unique_articles(articles), 0))
            _insert(con, "sentences", _sentence_rows(tagged, seen))
            _insert(con, "actors", _actor_rows(actors))
            _insert(con, "mentions", _mention_rows(tagged, linked_mentions, 0))
            _insert(con, "relations", _relation_rows(_evidence_spans(relations, seen, extra), 0))
            _insert(con, "sentences", extra)
            _derive(con, 0, 0)
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        fsync_path(tmp)
        _settle_wal(path)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}.wal")):
            leftover.unlink(missing_ok=True)
        raise
    fsync_path(path.parent)
    return path


def _settle_wal(path: Path) -> None:
    """Before replacing ``path``: fold (or drop) its write-ahead log, which
    would otherwise be replayed onto the new file."""
    wal = Path(f"{path}.wal")
    if not wal.exists():
        return
    try:
        _open(path).close()  # opening replays and checkpoints the log
    except duckdb.Error:
        pass
    wal.unlink(missing_ok=True)


def append(
    path: str | os.PathLike,
    articles: Iterable[Article],
    tagged: Iterable[TaggedArticle],
    linked_mentions: Iterable[LinkedMention],
    actors: Mapping[str, Actor] | Iterable[Actor],
    relations: Iterable[Relation],
    *,
    cameo: Mapping[str, Any] | None = None,
) -> list[str]:
    """Add the articles the store does not hold yet, in one transaction.

    Articles whose id is already stored are ignored, and so are their
    sentences, mentions and relations; new actors are added, stored actors
    are kept as they are. New articles come after the stored ones in corpus
    order. Edges, weights and evidence are views, so they include the new
    articles as soon as the transaction commits; if the process dies first,
    DuckDB rolls the transaction back on the next open. Without a store at
    ``path`` this is :func:`write_build`.

    Returns
    -------
    list of str
        Ids of the articles added, in order.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "store.duckdb"
    >>> a1, a2 = Article("a1", "خبر أول"), Article("a2", "خبر ثان")
    >>> append(path, [a1], [], [], {}, [])
    ['a1']
    >>> append(path, [a1, a2], [], [], {}, [])
    ['a2']
    >>> with Store(path) as store:
    ...     [a["id"] for a in store.articles()]
    ['a1', 'a2']
    """
    path = Path(path)
    if not path.exists():
        articles = list(articles)
        write_build(path, articles, tagged, linked_mentions, actors, relations, cameo=cameo)
        return [a.id for a in articles]
    con = _connect(path, read_only=False)
    try:
        stored = {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
        new = [a for a in dict((a.id, a) for a in articles if a.id not in stored).values()]
        if not new:
            return []
        ids = {a.id for a in new}
        tagged = [t for t in tagged if t.article.id in ids]
        seqs = con.execute("SELECT (SELECT coalesce(max(seq) + 1, 0) FROM articles), (SELECT coalesce(max(seq) + 1, 0) FROM mentions), (SELECT coalesce(max(seq) + 1, 0) FROM relations)").fetchall()[0]
        con.execute("BEGIN TRANSACTION")
        seen: set[tuple[str, int, int]] = set()
        extra: list[tuple] = []
        _insert(con, "articles", _article_rows(new, seqs[0]))
        _insert(con, "sentences", _sentence_rows(tagged, seen))
        _insert(con, "actors", _actor_rows(actors), "WHERE id NOT IN (SELECT id FROM actors)")
        _insert(con, "mentions", _mention_rows(tagged, (lm for lm in linked_mentions if lm.mention.article_id in ids), seqs[1]))
        _insert(con, "relations", _relation_rows(_evidence_spans((r for r in relations if r.evidence.article in ids), seen, extra), seqs[2]))
        _insert(con, "sentences", extra)
        _derive(con, seqs[1], seqs[2])
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        raise
    finally:
        con.close()
    return [a.id for a in new]


# ---------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------


def resolve(path: str | os.PathLike) -> Path:
    """The store file for ``path``: the file itself, or ``store.duckdb`` inside a folder.

    >>> resolve("out").name, resolve("x/my.duckdb").name
    ('store.duckdb', 'my.duckdb')
    """
    path = Path(path)
    return path / STORE_FILE if path.is_dir() or not path.suffix else path


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many acyclic dicts and lists
    are made: its passes would otherwise cost more than the making."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _open(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A private DuckDB instance with the file at ``path`` attached as its default database.

    ``duckdb.connect(path)`` would share one cached instance per path within
    a process, so a reader still open on a replaced store would hand the old
    file to every new connection.
    """
    con = duckdb.connect(config={"temp_directory": f"{path}.spill"})
    try:
        con.execute(f"ATTACH ? AS store{' (READ_ONLY)' if read_only else ''}", [str(path)])
        con.execute("USE store")
    except BaseException:
        con.close()
        raise
    return con


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to the store at ``path``, its schema checked; one-line errors."""
    if not path.is_file():
        raise StoreError(f"{path}: no store here; build one with `python -m pipeline build CORPUS_DIR --out {path.parent}`")
    try:
        con = _open(path, read_only)
    except duckdb.Error as exc:
        if "lock" in str(exc).lower():
            busy = "being written by another process" if read_only else "open in another process (the app?)"
            raise StoreError(f"{path}: the store is {busy}; try again once it is closed") from exc
        raise StoreError(f"{path}: not a readable store ({exc}); rebuild it with `python -m pipeline build`") from exc
    try:
        version = next(iter(con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall()), None)
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"{path}: not a readable store ({exc}); rebuild it with `python -m pipeline build`") from exc
    if not version or version[0] != SCHEMA_VERSION:
        con.close()
        raise StoreError(f"{path}: store schema {version[0] if version else '?'}, this code reads {SCHEMA_VERSION}; rebuild it with `python -m pipeline build`")
    return con


@dataclass(frozen=True, eq=False)
class Window:
    """An evidence-filtered graph as arrays (:meth:`Store.window`).

    ``articles``: the kept articles' ids, corpus order; ``nodes``: the
    actors with a mention in the kept ``articles``, sorted; ``mentions`` per
    actor; ``a``/``b``: each link's actors
    as positions in ``nodes`` (``a < b``), links in sorted order, with their
    ``weight`` (sentences) and ``interaction`` (some sentence asserts a kept type).
    """

    articles: tuple[str, ...]
    nodes: tuple[str, ...]
    mentions: Any  # numpy int64 array, per actor
    a: Any  # numpy arrays, per link
    b: Any
    weight: Any
    interaction: Any


def _list(value: Iterable[str] | None) -> list[str] | None:
    return None if value is None else sorted({str(v) for v in value})


def _date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


class Store:
    """Read a store: the graph with filters, top actors, evidence on demand.

    Opens ``path`` read-only (a folder means its ``store.duckdb``). Use it as
    a context manager, or call :meth:`close`: while it is open no other
    process can write the file.

    Parameters
    ----------
    path : str or path-like

    Raises
    ------
    StoreError
        When there is no store at ``path`` or it was written with another
        schema version.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = resolve(path)
        self._con = _connect(self.path, read_only=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Release the file."""
        self._con.close()

    def _params(self, articles=None, date_from=None, date_to=None, relation_types=None, actor_types=None, actors=None) -> dict[str, Any]:
        return {
            "articles": _list(articles),
            "date_from": _date(date_from),
            "date_to": _date(date_to),
            "relation_types": _list(relation_types),
            "actor_types": _list(actor_types),
            "pair": _list(actors),  # only these actors (and the links among them)
            "type_order": list(RELATION_TYPES),
        }

    def _rows(self, sql: str, params: Mapping[str, Any]) -> list[tuple]:
        used = {k: v for k, v in params.items() if f"${k}" in sql}
        return self._con.execute(sql, used).fetchall()

    def _numpy(self, sql: str, params: Mapping[str, Any]) -> dict[str, Any]:
        used = {k: v for k, v in params.items() if f"${k}" in sql}
        return self._con.execute(sql, used).fetchnumpy()

    def actor_ids(self) -> set[str]:
        """Every stored actor's id."""
        return {row[0] for row in self._rows("SELECT id FROM actors", {})}

    def articles(self, text: bool = False) -> list[dict[str, str]]:
        """``{id, title, source, date, url}`` per article, in corpus order (and ``text`` when asked).

        >>> with Store(_example_store()) as s:
        ...     [a["id"] for a in s.articles()]
        ['a1', 'a2']
        """
        keys = ("id", "title", "source", "date", "url", *(("text",) if text else ()))
        rows = self._con.execute(f"SELECT {', '.join(keys)} FROM articles ORDER BY seq").fetchall()
        return [dict(zip(keys, r)) for r in rows]

    def graph(
        self,
        *,
        articles: Iterable[str] | None = None,
        date_from: Any = None,
        date_to: Any = None,
        relation_types: Iterable[str] | None = None,
        actor_types: Iterable[str] | None = None,
        min_weight: int = 1,
        keep_isolates: bool = True,
        actors: Iterable[str] | None = None,
        evidence: bool = True,
    ) -> nx.Graph:
        """The actor graph of the output contract, filtered in SQL.

        Without filters it is the graph :func:`pipeline.graph.build_graph`
        makes from the same inputs. The filters follow
        :func:`pipeline.graph.filter_graph` (steps 1-2): evidence in the kept
        articles (``articles`` ∩ dated within ``date_from``..``date_to``,
        inclusive ISO prefixes; undated articles drop out once a bound is
        set), of the kept ``relation_types`` (a sentence asserting several
        types keeps the selected ones; ``CO_MENTION`` keeps the sentences
        asserting none); node counts from the kept articles only; then
        ``actor_types``, ``min_weight`` (edges) and ``keep_isolates``.
        ``None`` means no filter; an empty collection keeps nothing.

        Parameters
        ----------
        articles, date_from, date_to, relation_types, actor_types, min_weight, keep_isolates
            The filters above.
        actors : iterable of str, optional
            Only these actors and the links among them (for instance the
            ids of :meth:`top_actors`): what a drawing needs, at a fraction
            of the whole graph's cost.
        evidence : bool
            False leaves out the edges' ``evidence`` lists (the heaviest
            part); fetch them per pair with :meth:`evidence`. Every count
            is still there, and each edge gets ``direction`` instead: what
            :func:`pipeline.graph.edge_direction` reads from the evidence.

        Returns
        -------
        networkx.Graph
            A new graph; nodes and edges in sorted id order.

        Examples
        --------
        >>> with Store(_example_store()) as s:
        ...     G = s.graph()
        ...     H = s.graph(relation_types=["ATTACK"], keep_isolates=False)
        ...     T = s.graph(actors=["kerry", "lavrov"], evidence=False)
        >>> list(G.edges(data="weight")), G.edges["kerry", "lavrov"]["relations"]
        ([('kerry', 'lavrov', 2), ('lavrov', 'moscow', 1)], {'ATTACK': 1, 'MEET': 2})
        >>> list(H.edges(data="relations"))
        [('kerry', 'lavrov', {'ATTACK': 1})]
        >>> list(T.edges(data="weight")), "evidence" in T.edges["kerry", "lavrov"]
        ([('kerry', 'lavrov', 2)], False)
        """
        with _gc_paused():
            return self._graph(self._params(articles, date_from, date_to, relation_types, actor_types, actors), min_weight, keep_isolates, evidence)

    def _graph(self, params: dict[str, Any], min_weight: int, keep_isolates: bool, evidence: bool) -> nx.Graph:
        G = nx.Graph()
        meta = self._rows(f"WITH {_KEPT} SELECT a.id, a.title, a.source, a.date, a.url FROM articles a JOIN kept USING (id) ORDER BY a.seq", params)
        G.graph["articles"] = [dict(zip(("id", "title", "source", "date", "url"), r)) for r in meta]
        self._add_nodes(G, params)
        G.add_edges_from(self._links(params, min_weight, evidence))
        if not keep_isolates:
            G.remove_nodes_from([n for n, deg in G.degree() if deg == 0])
        return G

    def _add_nodes(self, G: nx.Graph, params: dict[str, Any]) -> None:
        G.graph["cameo"] = dict(self._con.execute("SELECT type, code FROM cameo ORDER BY type").fetchall())
        for id_, label, label_en, type_, aliases, mentions, per_article, wikidata in self._rows(_node_sql(), params):
            counts = {p["article"]: p["n"] for p in per_article}
            G.add_node(id_, label=label, label_en=label_en, type=type_, aliases=aliases, articles=list(counts),
                       mentions=mentions, article_mentions=counts, wikidata=wikidata)

    def _links(self, params: dict[str, Any], min_weight: int, evidence: bool, sql: str | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
        edge_where = "TRUE" if min_weight <= 1 else f"e.weight >= {int(min_weight)}"
        for a, b, kind, weight, relations, dominant, cameo, codes, arts, items, direction in self._rows(sql or _edge_sql(edge_where, evidence), params):
            attrs = {"kind": kind, "weight": weight, "relations": {r["type"]: r["n"] for r in relations}, "dominant_relation": dominant,
                     "cameo": cameo, "cameo_codes": codes, "articles": arts}
            if evidence:
                attrs["evidence"] = items
            else:
                attrs["direction"] = tuple(direction) if direction else None
            yield a, b, attrs

    def links(self, *, relation_types: Iterable[str] | None = None, actor_types: Iterable[str] | None = None) -> list[tuple[str, str, dict[str, Any]]]:
        """The edges of :meth:`graph` ``(evidence=False)`` over all articles:
        what changes when only the relation types do (the actors and their
        counts do not), at a fraction of the cost.

        >>> with Store(_example_store()) as s:
        ...     [(a, b, d["weight"]) for a, b, d in s.links(relation_types=["ATTACK"])]
        [('kerry', 'lavrov', 1)]
        """
        with _gc_paused():
            return list(self._links(self._params(relation_types=relation_types, actor_types=actor_types), 1, False))

    def window(self, *, articles: Iterable[str] | None = None, date_from: Any = None, date_to: Any = None,
               relation_types: Iterable[str] | None = None) -> Window:
        """The evidence-filtered graph as arrays: what a view needs to rank
        and pick the actors and links it draws, without making the graph.

        The filters are those of :meth:`graph`, and the numbers its graph
        has: actors with a mention in the kept articles (``mentions``
        counted there), links with their ``weight`` and whether they are
        interactions (:meth:`article_counts` counts articles, for a few
        actors). Two flat aggregates; a graph of the same filters costs tens
        of times more (nested lists, Python objects).

        >>> with Store(_example_store()) as s:
        ...     w = s.window(relation_types=["ATTACK"])
        >>> list(w.nodes), w.mentions.tolist(), [(w.nodes[a], w.nodes[b]) for a, b in zip(w.a, w.b)], w.weight.tolist()
        (['kerry', 'lavrov', 'moscow'], [2, 2, 1], [('kerry', 'lavrov')], [1])
        """
        import numpy as np

        params = self._params(articles, date_from, date_to, relation_types)
        kept = self._rows(f"WITH {_KEPT} SELECT id FROM kept ORDER BY seq", params)
        # Semi joins, no distinct counts, no nested lists: each aggregate is a single pass.
        nodes = self._numpy(
            f"""WITH {_KEPT} SELECT l.actor, count(*)::BIGINT AS mentions
                FROM linked l SEMI JOIN kept k ON k.id = l.article SEMI JOIN actors x ON x.id = l.actor GROUP BY l.actor""",
            params,
        )
        links = self._numpy(
            f"""WITH {_KEPT},
                typed AS (
                    SELECT a, b, len(relations) AS asserted,
                           CASE WHEN $relation_types IS NULL THEN len(relations) > 0
                                ELSE len(list_intersect(relations, $relation_types)) > 0 END AS kept_type
                    FROM items i SEMI JOIN kept k ON k.id = i.article
                )
                SELECT a, b, count(*)::BIGINT AS weight, bool_or(kept_type) AS interaction FROM typed
                WHERE $relation_types IS NULL OR kept_type OR (asserted = 0 AND list_contains($relation_types, 'CO_MENTION'))
                GROUP BY a, b""",
            params,
        )
        import pandas as pd

        names = nodes["actor"].tolist()
        order = sorted(range(len(names)), key=names.__getitem__)  # Python's order (code points), whatever the database's collation
        ids = [names[i] for i in order]
        # each link's actors as positions, by hash lookups in one pass (-1: not an actor of the window);
        # a link counts when both its actors are (a mention in the kept articles, a stored actor), as Store.graph keeps them
        index = pd.Index(ids, dtype=object)
        a = index.get_indexer(pd.Index(links["a"], dtype=object)) if len(links["a"]) else np.zeros(0, dtype=np.int64)
        b = index.get_indexer(pd.Index(links["b"], dtype=object)) if len(links["b"]) else np.zeros(0, dtype=np.int64)
        ok = (a >= 0) & (b >= 0)
        ends = np.stack([a[ok], b[ok]], axis=1).astype(np.int64).reshape(-1, 2)
        edge_order = np.lexsort((ends[:, 1], ends[:, 0]))  # the graph's edge order: sorted pairs
        return Window(
            articles=tuple(r[0] for r in kept),
            nodes=tuple(ids),
            mentions=np.asarray(nodes["mentions"], dtype=np.int64)[order] if ids else np.zeros(0, dtype=np.int64),
            a=ends[edge_order, 0],
            b=ends[edge_order, 1],
            weight=np.asarray(links["weight"], dtype=np.int64)[ok][edge_order],
            interaction=np.asarray(links["interaction"], dtype=bool)[ok][edge_order],
        )

    def article_counts(self, actors: Iterable[str], **filters: Any) -> dict[str, int]:
        """Actor → how many kept articles mention it, for ``actors`` only.

        >>> with Store(_example_store()) as s:
        ...     s.article_counts(["kerry", "moscow"]), s.article_counts(["kerry", "moscow"], date_from="2015-03-02")
        ({'kerry': 2, 'moscow': 1}, {'kerry': 1})
        """
        params = self._params(actors=actors, **filters)
        sql = f"""WITH {_KEPT} SELECT l.actor, count(DISTINCT l.article)::BIGINT FROM linked l SEMI JOIN kept k ON k.id = l.article
                  WHERE l.actor IN (SELECT unnest($pair)) GROUP BY l.actor"""
        return dict(self._rows(sql, params))

    def article_mentions(self, actors: Iterable[str], **filters: Any) -> dict[str, dict[str, int]]:
        """Actor → {article id → mentions} in the kept articles (the graph's
        ``article_mentions``), for ``actors`` only, articles in sorted order.

        >>> with Store(_example_store()) as s:
        ...     s.article_mentions(["kerry", "moscow"], date_from="2015-03-02")
        {'kerry': {'a2': 1}}
        """
        import numpy as np

        params = self._params(actors=actors, **filters)
        found = self._numpy(
            f"""WITH {_KEPT} SELECT l.actor, l.article, count(*)::BIGINT AS n FROM linked l JOIN kept k ON k.id = l.article
                WHERE l.actor IN (SELECT unnest($pair)) GROUP BY l.actor, l.article ORDER BY l.actor""",
            params,
        )
        names, articles, counts = found["actor"].tolist(), found["article"].tolist(), found["n"].tolist()
        cuts = [0, *(np.flatnonzero(found["actor"][1:] != found["actor"][:-1]) + 1).tolist(), len(names)] if names else [0]
        return {names[i]: dict(sorted(zip(articles[i:j], counts[i:j]))) for i, j in zip(cuts, cuts[1:])}

    def pair_links(self, pairs: Iterable[tuple[str, str]], **filters: Any) -> list[tuple[str, str, dict[str, Any]]]:
        """The links ``pairs`` as :meth:`graph` ``(evidence=False)`` gives them
        under the same filters, read from those pairs' items only (pairs
        without a kept sentence are left out).

        >>> with Store(_example_store()) as s:
        ...     [(a, b, d["weight"], d["relations"]) for a, b, d in s.pair_links([("lavrov", "kerry")], relation_types=["MEET"])]
        [('kerry', 'lavrov', 2, {'MEET': 2})]
        """
        wanted = sorted({tuple(sorted((str(a), str(b)))) for a, b in pairs})
        if not wanted:
            return []
        params = self._params(**filters)
        params.update(_pair_params(wanted))
        with _gc_paused():
            return list(self._links(params, 1, False, sql=_edge_sql("TRUE", False, source="wanted")))

    def top_actors(
        self,
        n: int = 20,
        *,
        actor_types: Iterable[str] | None = None,
        articles: Iterable[str] | None = None,
        date_from: Any = None,
        date_to: Any = None,
        relation_types: Iterable[str] | None = None,
    ) -> list[dict[str, Any]]:
        """The ``n`` strongest actors, ranked in SQL.

        Ranked as :func:`pipeline.graph.top_nodes` ranks them: weighted
        degree (sum of edge weights, i.e. sentences), then mentions, then id.
        The evidence filters are those of :meth:`graph`.

        Returns
        -------
        list of dict
            ``{id, label, label_en, type, mentions, articles, degree,
            weighted_degree}``; ``articles`` is a count.

        Examples
        --------
        >>> with Store(_example_store()) as s:
        ...     [(r["id"], r["degree"], r["weighted_degree"]) for r in s.top_actors(2)]
        [('lavrov', 2, 3), ('kerry', 1, 2)]
        """
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n!r}")
        params = self._params(articles, date_from, date_to, relation_types, actor_types)
        params["n"] = int(n)
        keys = ("id", "label", "label_en", "type", "mentions", "articles", "degree", "weighted_degree")
        return [dict(zip(keys, r)) for r in self._rows(_TOP_SQL, params)]

    def evidence(self, a: str, b: str, **filters: Any) -> list[dict[str, Any]]:
        """The evidence items of the pair ``a``–``b`` (either order), in edge order.

        One item per sentence, as in the graph's edge ``evidence``; ``[]``
        when the two are not linked. Accepts the evidence filters of
        :meth:`graph` (``articles``, ``date_from``, ``date_to``,
        ``relation_types``).

        Examples
        --------
        >>> with Store(_example_store()) as s:
        ...     items = s.evidence("lavrov", "kerry")
        >>> [(e["article"], e["relations"], e["source"], e["target"], e["directed"]) for e in items]
        [('a1', ['MEET'], 'kerry', 'lavrov', False), ('a2', ['ATTACK', 'MEET'], 'lavrov', 'kerry', True)]
        """
        u, v = sorted((str(a), str(b)))
        params = self._params(**filters)
        # The pair is pushed into the relation scan, so only its rows are grouped.
        sql = (f"WITH {_KEPT}, {_items_sql('i.a = $u AND i.b = $v')} SELECT {_ITEM_STRUCT} FROM "
               "(SELECT sel.*, coalesce(s.text, '') AS sentence FROM sel LEFT JOIN sentences s USING (article, start, \"end\")) "
               "ORDER BY article_seq, start, \"end\"")
        params.update(u=u, v=v, pair=[u, v])
        return [row[0] for row in self._rows(sql, params)]

    def actor_evidence(self, actor: str, partners: Iterable[str] | None = None, *, limit: int | None = None, **filters: Any) -> dict[str, list[dict[str, Any]]]:
        """The evidence items of every link of ``actor`` (or of the links to
        ``partners``): partner → items in edge order, in one query.

        ``limit``: only the items of the first ``limit`` sentences (corpus
        order) that link ``actor`` to any of them: what a page of evidence
        shows, without reading a hub's thousands of sentences. Accepts the
        evidence filters of :meth:`graph`.

        >>> with Store(_example_store()) as s:
        ...     found = s.actor_evidence("lavrov")
        ...     first = s.actor_evidence("lavrov", limit=1)
        >>> {p: [e["article"] for e in items] for p, items in sorted(found.items())}
        {'kerry': ['a1', 'a2'], 'moscow': ['a1']}
        >>> {p: [e["article"] for e in items] for p, items in sorted(first.items())}
        {'kerry': ['a1'], 'moscow': ['a1']}
        """
        sql, params = self._actor_items(actor, partners, filters)
        params["limit"] = 2**62 if limit is None else max(int(limit), 0)
        sql += f""",
firsts AS (SELECT DISTINCT article_seq, article, start, "end" FROM cand ORDER BY article_seq, start, "end" LIMIT $limit)
SELECT {_ITEM_STRUCT}, partner FROM (
    SELECT cand.*, coalesce(s.text, '') AS sentence FROM cand SEMI JOIN firsts USING (article, start, "end")
    LEFT JOIN sentences s USING (article, start, "end"))
ORDER BY article_seq, start, "end"
"""
        out: dict[str, list[dict[str, Any]]] = {}
        for item, partner in self._rows(sql, params):
            out.setdefault(partner, []).append(item)
        return out

    def sentence_counts(self, actor: str, partners: Iterable[str] | None = None, **filters: Any) -> dict[str, int]:
        """Article → how many distinct sentences in it link ``actor`` to any
        of ``partners`` (to anyone by default): the evidence's counts without
        its rows. Accepts the evidence filters of :meth:`graph`.

        >>> with Store(_example_store()) as s:
        ...     s.sentence_counts("lavrov"), s.sentence_counts("lavrov", ["moscow"]), s.sentence_counts("kerry", date_from="2015-03-02")
        ({'a1': 1, 'a2': 1}, {'a1': 1}, {'a2': 1})
        """
        sql, params = self._actor_items(actor, partners, filters)
        sql += """
SELECT article, count(*)::BIGINT FROM (SELECT DISTINCT article, start, "end" FROM cand) GROUP BY article ORDER BY article"""
        return dict(self._rows(sql, params))

    def _actor_items(self, actor: str, partners: Iterable[str] | None, filters: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        """The `cand` CTE: the kept items linking ``actor`` to ``partners``
        (anyone when None), each with its ``partner``; one pair is pushed into the scan."""
        wanted = None if partners is None else sorted({str(p) for p in partners})
        params = self._params(**filters)
        params.update(x=str(actor), partners=wanted)
        if wanted is not None and len(wanted) == 1:
            u, v = sorted((str(actor), wanted[0]))
            params.update(u=u, v=v, pair=[u, v])
            where = "i.a = $u AND i.b = $v"
        else:
            where = "(i.a = $x OR i.b = $x)"
            if wanted is not None:
                params["pair"] = sorted({str(actor), *wanted})
        sql = f"""WITH {_KEPT}, {_items_sql(where)},
cand AS (
    SELECT * FROM (SELECT sel.*, CASE WHEN a = $x THEN b ELSE a END AS partner FROM sel)
    WHERE $partners IS NULL OR partner IN (SELECT unnest($partners))
)"""
        return sql, params

    def edge_summaries(self, pairs: Iterable[tuple[str, str]], samples: int = 2, **filters: Any) -> dict[tuple[str, str], dict[str, Any]]:
        """What a drawing shows of each link, without its whole evidence:
        ``{direction, sample}`` per pair (ids sorted).

        ``direction`` is ``[source, target]`` when every sentence asserting a
        type is directed the same way (:func:`pipeline.graph.edge_direction`),
        else None; ``sample`` the first ``samples`` evidence items, in edge
        order. Accepts the evidence filters of :meth:`graph`.

        >>> with Store(_example_store()) as s:
        ...     found = s.edge_summaries([("kerry", "lavrov")], samples=1)
        >>> found[("kerry", "lavrov")]["direction"], [e["article"] for e in found[("kerry", "lavrov")]["sample"]]
        (None, ['a1'])
        """
        wanted = sorted({tuple(sorted((str(a), str(b)))) for a, b in pairs})
        if not wanted:
            return {}
        params = self._params(**filters)
        params.update(_pair_params(wanted), k=int(samples))
        sql = f"""
WITH {_KEPT}, {_items_sql()}, {_WANTED_PAIRS},
summary AS (
    SELECT a, b, {_DIRECTION} AS direction,
           list_sort(list({{'seq': article_seq, 'start': start, 'end': "end", 'article': article}})) AS spans
    FROM wanted GROUP BY a, b
),
firsts AS (SELECT a, b, direction, unnest(spans[1:$k]) AS span FROM summary)
SELECT f.a, f.b, f.direction,
       list({{'article': sel.article, 'sentence': coalesce(s.text, ''), 'start': sel.start, 'end': sel."end",
              'source': sel.source, 'target': sel.target, 'relations': sel.relations, 'trigger': sel.trigger,
              'directed': sel.directed, 'unasserted': sel.unasserted}} ORDER BY f.span.seq, sel.start, sel."end") AS sample
FROM firsts f
JOIN wanted sel ON sel.a = f.a AND sel.b = f.b AND sel.article = f.span.article AND sel.start = f.span.start AND sel."end" = f.span."end"
LEFT JOIN sentences s ON s.article = sel.article AND s.start = sel.start AND s."end" = sel."end"
GROUP BY ALL"""
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for a, b, direction, sample in self._rows(sql, params):
            out[(a, b)] = {"direction": list(direction) if direction else None, "sample": sample}
        return out

    def timeline(self, pairs: Iterable[tuple[str, str]] | None, period: str = "day", **filters: Any) -> list[dict[str, Any]]:
        """:func:`pipeline.graph.timeline` of the links ``pairs`` (None: every
        link the filters keep), counted in SQL.

        Each evidence sentence of those links counts once, under the first
        type (in :data:`~pipeline.types.RELATION_TYPES` order) it asserts
        for any of them, else ``CO_MENTION``; per article date cut to the
        ``period``. Accepts the evidence filters of :meth:`graph`.

        >>> with Store(_example_store()) as s:
        ...     one = s.timeline([("kerry", "lavrov")], "month")
        ...     every = s.timeline(None, "day")
        >>> one, [(t["date"], t["relation"]) for t in every]
        ([{'date': '2015-03', 'relation': 'MEET', 'count': 2}], [('2015-03-01', 'MEET'), ('2015-03-02', 'MEET')])
        """
        from .graph import _PERIODS

        if period not in _PERIODS:
            raise ValueError(f"period must be one of {sorted(_PERIODS)}, got {period!r}")
        params = self._params(**filters)
        params["width"] = _PERIODS[period]
        if pairs is None:
            restrict = "wanted AS (SELECT * FROM sel)"
        else:
            wanted = sorted({tuple(sorted((str(a), str(b)))) for a, b in pairs})
            if not wanted:
                return []
            params.update(_pair_params(wanted))
            restrict = _WANTED_PAIRS
        sql = f"""
WITH {_KEPT}, {_items_sql()}, {restrict},
-- each sentence's first type over all its pairs (flat aggregates: a list lambda per group cost seconds)
typed AS (
    SELECT article, start, "end", min(list_position($type_order, t.type)) AS first
    FROM wanted, unnest(relations) AS t(type) GROUP BY article, start, "end"
),
sentences_ AS (SELECT DISTINCT article, start, "end" FROM wanted)
SELECT substr(a.date, 1, $width) AS day, coalesce($type_order[t.first], 'CO_MENTION') AS relation, count(*) AS n
FROM sentences_ s LEFT JOIN typed t USING (article, start, "end") JOIN articles a ON a.id = s.article
WHERE coalesce(a.date, '') <> ''
GROUP BY ALL ORDER BY day, relation"""
        return [{"date": d, "relation": r, "count": n} for d, r, n in self._rows(sql, params)]
    def documents(self, batch: int = 1000, ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every article (or those of ``ids``) with its text and linked mentions, in corpus order.

        The records of ``articles.json`` (:func:`pipeline.export.iter_articles_json`):
        ``{id, title, source, date, url, text, mentions}``, ``mentions`` as in
        :meth:`article`. Read ``batch`` articles at a time.

        >>> with Store(_example_store()) as s:
        ...     docs = list(s.documents(batch=1))
        ...     same = [d == s.article(d["id"]) for d in docs]
        ...     some = [d["id"] for d in s.documents(ids=["a2", "nope"])]
        >>> [(d["id"], [m["actor"] for m in d["mentions"]]) for d in docs], same, some
        ([('a1', ['lavrov', 'kerry', 'moscow']), ('a2', ['lavrov', 'kerry'])], [True, True], ['a2'])
        """
        if ids is not None:
            yield from self._few_documents(sorted({str(i) for i in ids}))
            return
        keys = ("id", "title", "source", "date", "url", "text", "mentions")
        chosen = "TRUE" if ids is None else "list_contains($ids, {col})"
        cursor = self._con.cursor()
        try:
            cursor.execute("USE store")
            cursor.execute(
                f"""WITH m AS (
                     SELECT l.article, l.start, l."end", l.actor, t.type, l.text FROM linked l
                     JOIN (SELECT article, start, "end", actor, any_value(type) AS type FROM mentions
                           WHERE actor IS NOT NULL AND {chosen.format(col="article")} GROUP BY ALL) t USING (article, start, "end", actor)
                     WHERE {chosen.format(col="l.article")})
                   SELECT a.id, a.title, a.source, a.date, a.url, a.text,
                          coalesce(list({{'start': m.start, 'end': m."end", 'actor': m.actor, 'type': m.type, 'text': m.text}}
                                        ORDER BY m.start, m."end", m.actor) FILTER (WHERE m.actor IS NOT NULL), [])
                   FROM articles a LEFT JOIN m ON m.article = a.id
                   WHERE {chosen.format(col="a.id")}
                   GROUP BY a.seq, a.id, a.title, a.source, a.date, a.url, a.text ORDER BY a.seq""",
                {} if ids is None else {"ids": sorted(set(ids))},
            )
            while rows := cursor.fetchmany(batch):
                yield from (dict(zip(keys, r)) for r in rows)
        finally:
            cursor.close()

    def _few_documents(self, ids: list[str]) -> Iterator[dict[str, Any]]:
        """:meth:`documents` of a few articles (a page of evidence): three flat
        reads put together here, a fraction of one query's nested lists."""
        if not ids:
            return
        params = {"ids": ids}
        articles = self._con.execute(
            "SELECT id, title, source, date, url, text FROM articles WHERE list_contains($ids, id) ORDER BY seq", params).fetchall()
        types = {
            (a, s, e, actor): t
            for a, s, e, actor, t in self._con.execute(
                """SELECT article, start, "end", actor, any_value(type) FROM mentions
                   WHERE actor IS NOT NULL AND list_contains($ids, article) GROUP BY ALL""", params).fetchall()
        }
        spans: dict[str, list[dict[str, Any]]] = {}
        for a, s, e, actor, text in self._con.execute(
            """SELECT article, start, "end", actor, text FROM linked WHERE list_contains($ids, article)
               ORDER BY article, start, "end", actor""", params).fetchall():
            if (a, s, e, actor) in types:  # as the join of documents() keeps them
                spans.setdefault(a, []).append({"start": s, "end": e, "actor": actor, "type": types[a, s, e, actor], "text": text})
        for row in articles:
            yield dict(zip(("id", "title", "source", "date", "url", "text"), row), mentions=spans.get(row[0], []))

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text and linked mentions (for a reader), or None.

        ``mentions`` are ``{start, end, actor, type, text}`` in text order,
        like ``articles.json``.

        >>> with Store(_example_store()) as s:
        ...     doc = s.article("a2")
        >>> doc["title"], [m["actor"] for m in doc["mentions"]]
        ('t2', ['lavrov', 'kerry'])
        """
        row = next(iter(self._con.execute("SELECT id, title, source, date, url, text FROM articles WHERE id = ?", [article_id]).fetchall()), None)
        if row is None:
            return None
        doc = dict(zip(("id", "title", "source", "date", "url", "text"), row))
        spans = self._con.execute(
            """SELECT l.start, l."end", l.actor, m.type, l.text FROM linked l
               JOIN (SELECT article, start, "end", actor, any_value(type) AS type FROM mentions
                     WHERE article = $id GROUP BY ALL) m USING (article, start, "end", actor)
               WHERE l.article = $id ORDER BY l.start, l."end", l.actor""",
            {"id": article_id},
        ).fetchall()
        doc["mentions"] = [dict(zip(("start", "end", "actor", "type", "text"), s)) for s in spans]
        return doc


def _example_store() -> Path:
    """A store of :func:`pipeline.graph._example`'s inputs, for the examples."""
    import tempfile

    s1, s2 = "التقى لافروف كيري في موسكو", "هاجم لافروف كيري ثم التقاه"
    arts = [Article("a1", s1, "t1", "src", "2015-03-01"), Article("a2", s2, "t2", "src", "2015-03-02")]
    tagged = [TaggedArticle(a, (Sentence(0, 0, len(a.text), ()),)) for a in arts]
    acts = {
        "lavrov": Actor("lavrov", "لافروف", "PER", "Sergey Lavrov", ("لافروف", "سيرغي لافروف")),
        "kerry": Actor("kerry", "كيري", "PER", "John Kerry", ("كيري",)),
        "moscow": Actor("moscow", "موسكو", "LOC", "Moscow", ("موسكو",)),
    }
    ms = [
        LinkedMention(Mention("a1", 0, 6, 12, "لافروف", "PER"), "lavrov"),
        LinkedMention(Mention("a1", 0, 13, 17, "كيري", "PER"), "kerry"),
        LinkedMention(Mention("a1", 0, 21, 26, "موسكو", "LOC"), "moscow"),
        LinkedMention(Mention("a2", 0, 5, 11, "لافروف", "PER"), "lavrov"),
        LinkedMention(Mention("a2", 0, 12, 16, "كيري", "PER"), "kerry"),
    ]
    rs = [
        Relation("kerry", "lavrov", "MEET", Evidence("a1", s1, 0, len(s1)), trigger="التقى"),
        Relation("lavrov", "moscow", "CO_MENTION", Evidence("a1", s1, 0, len(s1))),
        Relation("lavrov", "kerry", "ATTACK", Evidence("a2", s2, 0, len(s2)), directed=True, trigger="هاجم"),
        Relation("kerry", "lavrov", "MEET", Evidence("a2", s2, 0, len(s2)), trigger="التقاه"),
    ]
    path = Path(tempfile.mkdtemp()) / STORE_FILE
    return write_build(path, arts, tagged, ms, acts, rs, cameo={"ATTACK": "18", "MEET": "04"})
