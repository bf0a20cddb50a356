"""Evaluation of actor extraction on hand-annotated SaudiNewsNet articles.

    python bench/actor_eval.py [--fixture DIR] [--cache-dir DIR] [--json PATH] [--graph OUT/graph.json]

Builds the actor graph of ``--fixture`` (default ``tests/fixtures/snn_heldout``, the 43
held-out TEST articles; tune on the DEV parts ``tests/fixtures/snn_actor_dev``,
``tests/fixtures/snn_actor_dev2``, ``tests/fixtures/snn_actor_dev3`` (25 articles each),
``tests/fixtures/snn_actor_dev4`` (32), ``_dev5`` (34), ``_dev6`` (31), ``_dev7`` (37), ``_dev8`` (40) and ``_dev9`` (40)) (ingest → NER →
actors → graph, through :func:`pipeline.build.build`, writing nothing but the extraction cache)
and scores its PER/ORG nodes against the hand-annotated ``gold.yaml`` next to the
articles (its header gives the annotation guidelines). ``--graph`` scores an existing
``graph.json`` of the same fixture instead of building.

Scoring, per article:

- a gold actor is FOUND when a PER/ORG node of that article (its ``articles`` holds the
  id) has an alias that contains one of the actor's forms as whole tokens, after
  :func:`pipeline.arabic.normalize` and modulo clitics (tokens match when their
  :func:`pipeline.arabic.strip_clitics` readings meet);
- a predicted PER/ORG node of the article is CORRECT when it matches some gold actor of
  that article, of any type, optional ones included;
- only the node's aliases that occur in the article's text are used (aliases are
  corpus-wide), and each alias goes to the gold actor(s) with the LONGEST contained
  form, so «طارق محمد عبدالله صالح» is Tareq, not Ali Abdullah Saleh via «صالح».

Over the fixture: micro recall and precision (overall, per type: recall by gold type,
precision by node type), misses and false positives for error analysis; SPLITS (a gold
key in ≥ 2 articles whose matches fall on more than one node, including two nodes in one
article) and FALSE MERGES (a node matching ≥ 2 different gold keys); within-article
duplicates (one actor as several nodes of one article) are listed for any key.

The exit status is always 0: this is a benchmark. ``tests/test_heldout_actors.py``
imports the pure functions below and asserts what must not regress.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import traceback
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.arabic import normalize, strip_clitics, tokenize  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "snn_heldout"
ACTOR_TYPES = ("PER", "ORG")

# Targets the project aims for (reported, never asserted here).
TARGET_RECALL = 0.90
TARGET_PRECISION = 0.85


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldActor:
    article: str
    key: str
    type: str
    forms: tuple[str, ...]
    optional: bool = False
    note: str = ""


def load_gold(path: Path | str = FIXTURE / "gold.yaml") -> dict[str, list[GoldActor]]:
    """Article id → its gold actors, read from ``gold.yaml``.

    Raises ``ValueError`` naming the entry when one is malformed.
    """
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return parse_gold(data, source=str(path))


def parse_gold(data: Mapping, source: str = "<gold>") -> dict[str, list[GoldActor]]:
    """Validate and convert the ``articles:`` mapping of a gold file.

    >>> g = parse_gold({"articles": {"a": [{"key": "k", "type": "PER", "forms": ["كيري"]}]}})
    >>> g["a"][0].forms
    ('كيري',)
    """
    if not isinstance(data, Mapping) or not isinstance(data.get("articles"), Mapping):
        raise ValueError(f"{source}: expected a mapping with an 'articles' mapping")
    gold: dict[str, list[GoldActor]] = {}
    for article, entries in data["articles"].items():
        actors = []
        seen = set()
        for i, raw in enumerate(entries or []):
            where = f"{source}: {article}[{i}]"
            if not isinstance(raw, Mapping):
                raise ValueError(f"{where}: expected a mapping, got {raw!r}")
            key, kind, forms = raw.get("key"), raw.get("type"), raw.get("forms")
            if not isinstance(key, str) or not key:
                raise ValueError(f"{where}: missing 'key'")
            if kind not in ACTOR_TYPES:
                raise ValueError(f"{where} ({key}): type must be PER or ORG, got {kind!r}")
            if not forms or not all(isinstance(f, str) and f.strip() for f in forms):
                raise ValueError(f"{where} ({key}): 'forms' must be a non-empty list of strings")
            if key in seen:
                raise ValueError(f"{where}: key {key!r} listed twice in one article")
            seen.add(key)
            actors.append(
                GoldActor(str(article), key, kind, tuple(forms), bool(raw.get("optional", False)), str(raw.get("note") or ""))
            )
        gold[str(article)] = actors
    return gold


# ---------------------------------------------------------------------------
# token matching
# ---------------------------------------------------------------------------

Readings = frozenset  # the clitic readings of one normalised word token


def name_tokens(text: str) -> tuple[Readings, ...]:
    """Word tokens of ``text``, each as the set of its normalised clitic readings.

    Punctuation is dropped, so «سي.إن.إن.» and «سي إن إن» give the same tokens.

    >>> [sorted(r) for r in name_tokens("ولافروف")]
    [['افروف', 'لافروف', 'ولافروف']]
    >>> len(name_tokens("سي.إن.إن.")) == len(name_tokens("سي إن إن")) == 3
    True
    """
    out = []
    for token in tokenize(text):
        norm = normalize(token.text)
        if not any(ch.isalnum() for ch in norm):
            continue
        out.append(frozenset(strip_clitics(norm)))
    return tuple(out)


def contains(haystack: Sequence[Readings], needle: Sequence[Readings]) -> bool:
    """True when ``needle`` occurs as a contiguous run of tokens in ``haystack``.

    Two tokens match when their clitic readings meet.

    >>> contains(name_tokens("وزير الخارجية سيرجي لافروف"), name_tokens("لافروف"))
    True
    >>> contains(name_tokens("بلافروف"), name_tokens("لافروف"))
    True
    >>> contains(name_tokens("جون كيري"), name_tokens("كيري جون"))
    False
    >>> contains(name_tokens("تفكيري"), name_tokens("كيري"))
    False
    """
    n, m = len(haystack), len(needle)
    if m == 0 or m > n:
        return False
    for start in range(n - m + 1):
        if all(haystack[start + j] & needle[j] for j in range(m)):
            return True
    return False


class _FormIndex:
    """The gold actors of one article with their forms tokenised once."""

    def __init__(self, actors: Sequence[GoldActor]):
        self.actors = list(actors)
        self.forms = [(a, name_tokens(f)) for a in self.actors for f in a.forms]

    def best_keys(self, alias: Sequence[Readings]) -> set[str]:
        """Keys of the actors whose longest contained form is the longest of all."""
        best, keys = 0, set()
        for actor, form in self.forms:
            if form and contains(alias, form):
                if len(form) > best:
                    best, keys = len(form), {actor.key}
                elif len(form) == best:
                    keys.add(actor.key)
        return keys


# ---------------------------------------------------------------------------
# scoring
# ---------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


@dataclass
class Counts:
    tp: int = 0  # gold found / nodes correct
    total: int = 0

    def as_dict(self) -> dict:
        return {"hit": self.tp, "total": self.total, "ratio": _ratio(self.tp, self.total)}


@dataclass
class Score:
    recall: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in ("ALL", *ACTOR_TYPES)})
    precision: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in ("ALL", *ACTOR_TYPES)})
    optional_found: int = 0
    optional_only_nodes: int = 0  # nodes counted correct only because they match an optional actor
    type_mismatches: list[dict] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    splits: list[dict] = field(default_factory=list)
    unified: list[dict] = field(default_factory=list)
    unchecked_keys: list[dict] = field(default_factory=list)  # multi-article keys found in < 2 articles
    false_merges: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)  # one gold actor, several nodes in ONE article
    unverified_nodes: list[dict] = field(default_factory=list)  # no alias occurs in the article text
    articles: int = 0
    missing_articles: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        strict_den = self.precision["ALL"].total - self.optional_only_nodes
        strict_hit = self.precision["ALL"].tp - self.optional_only_nodes
        return {
            "articles": self.articles,
            "missing_articles": self.missing_articles,
            "recall": {t: c.as_dict() for t, c in self.recall.items()},
            "precision": {t: c.as_dict() for t, c in self.precision.items()},
            "precision_without_optional_matches": {"hit": strict_hit, "total": strict_den, "ratio": _ratio(strict_hit, strict_den)},
            "optional_found": self.optional_found,
            "optional_only_nodes": self.optional_only_nodes,
            "splits": len(self.splits),
            "false_merges": len(self.false_merges),
            "within_article_duplicates": len(self.duplicates),
            "multi_article_keys": {
                "unified": len(self.unified),
                "split": len(self.splits),
                "unchecked": len(self.unchecked_keys),
            },
            "type_mismatches": self.type_mismatches,
            "miss_list": self.misses,
            "false_positive_list": self.false_positives,
            "split_list": self.splits,
            "unified_list": self.unified,
            "unchecked_list": self.unchecked_keys,
            "false_merge_list": self.false_merges,
            "duplicate_list": self.duplicates,
            "unverified_nodes": self.unverified_nodes,
            "targets": {"recall": TARGET_RECALL, "precision": TARGET_PRECISION},
        }


def _node_aliases(data: Mapping) -> list[str]:
    aliases = [a for a in (data.get("aliases") or []) if isinstance(a, str) and a.strip()]
    label = data.get("label")
    if isinstance(label, str) and label.strip() and label not in aliases:
        aliases.append(label)
    return aliases


def score_graph(graph, gold: Mapping[str, Sequence[GoldActor]], texts: Mapping[str, str] | None = None) -> Score:
    """Score the PER/ORG nodes of ``graph`` against ``gold``.

    Parameters
    ----------
    graph : a networkx graph following the output contract (node ``type``,
        ``aliases``, ``articles``; ``label`` is used as one more alias)
    gold : article id → gold actors (:func:`load_gold`)
    texts : article id → article text. A node's aliases are then restricted, per
        article, to those that occur in that text (falling back to all of them, and
        listing the node under ``unverified_nodes``, when none does). Without texts
        every alias counts in every article of the node.

    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("kerry", type="PER", aliases=["كيري", "جون كيري"], articles=["a", "b"])
    >>> G.add_node("x", type="ORG", aliases=["الجانبين"], articles=["a"])
    >>> gold = parse_gold({"articles": {
    ...     "a": [{"key": "john_kerry", "type": "PER", "forms": ["جون كيري", "كيري"]},
    ...           {"key": "sergey_lavrov", "type": "PER", "forms": ["لافروف"]}],
    ...     "b": [{"key": "john_kerry", "type": "PER", "forms": ["كيري"]}]}})
    >>> s = score_graph(G, gold).as_dict()
    >>> s["recall"]["ALL"], s["precision"]["ALL"]["ratio"], s["splits"], s["false_merges"]
    ({'hit': 2, 'total': 3, 'ratio': 0.6667}, 0.6667, 0, 0)
    """
    score = Score()
    articles_of: dict[str, list] = defaultdict(list)  # article id → [(node id, data)]
    for node, data in graph.nodes(data=True):
        if data.get("type") not in ACTOR_TYPES:
            continue
        for article in data.get("articles") or []:
            articles_of[str(article)].append((node, data))
    text_tokens = {aid: name_tokens(text) for aid, text in (texts or {}).items()}

    key_nodes: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # key → article → nodes
    node_keys: dict[object, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # node → key → articles
    gold_articles: dict[str, set] = defaultdict(set)  # key → articles where it is required
    node_info: dict[object, dict] = {}
    conjoined: dict[object, list[str]] = defaultdict(list)  # node → aliases that alone name 2+ actors

    all_nodes = list(graph.nodes(data=True))
    for aid, actors in gold.items():
        score.articles += 1
        if texts is not None and aid not in texts:
            score.missing_articles.append(aid)
        index = _FormIndex(actors)
        by_key = {a.key: a for a in actors}
        found: dict[str, set] = defaultdict(set)
        for node, data in articles_of.get(aid, []):
            aliases = _node_aliases(data)
            present = aliases
            if aid in text_tokens:
                present = [a for a in aliases if contains(text_tokens[aid], name_tokens(a))]
                if not present:
                    present = aliases
                    score.unverified_nodes.append({"article": aid, "node": str(node), "aliases": aliases})
            keys: set[str] = set()
            for alias in present:
                alias_keys = index.best_keys(name_tokens(alias))
                if len(alias_keys) > 1 and alias not in conjoined[node]:
                    conjoined[node].append(alias)
                keys |= alias_keys
            node_type = data.get("type")
            node_info[node] = {"node": str(node), "type": node_type, "label": data.get("label", "")}
            for bucket in ("ALL", node_type):
                score.precision[bucket].total += 1
                if keys:
                    score.precision[bucket].tp += 1
            if keys and all(by_key[k].optional for k in keys):
                score.optional_only_nodes += 1
            if not keys:
                score.false_positives.append(
                    {"article": aid, "node": str(node), "type": node_type, "label": data.get("label", ""), "aliases": present}
                )
            for k in keys:
                found[k].add(node)
                key_nodes[k][aid].add(node)
                node_keys[node][k].add(aid)
                if by_key[k].type != node_type:
                    score.type_mismatches.append({"article": aid, "key": k, "gold": by_key[k].type, "node": str(node), "predicted": node_type})
        for key, nodes in sorted(found.items()):
            if len(nodes) > 1:
                score.duplicates.append({"article": aid, "key": key, "nodes": sorted(str(n) for n in nodes)})
        for actor in actors:
            if actor.optional:
                score.optional_found += bool(found.get(actor.key))
                continue
            gold_articles[actor.key].add(aid)
            for bucket in ("ALL", actor.type):
                score.recall[bucket].total += 1
                if found.get(actor.key):
                    score.recall[bucket].tp += 1
            if not found.get(actor.key):
                score.misses.append(
                    {"article": aid, "key": actor.key, "type": actor.type, "forms": list(actor.forms), "near": _near(actor, aid, all_nodes)}
                )

    for key, arts in sorted(gold_articles.items()):
        if len(arts) < 2:
            continue
        per_article = key_nodes.get(key, {})
        nodes = set().union(*per_article.values()) if per_article else set()
        entry = {
            "key": key,
            "articles": sorted(arts),
            "found_in": sorted(a for a in per_article if per_article[a]),
            "nodes": sorted(str(n) for n in nodes),
        }
        if len(nodes) > 1:
            entry["by_article"] = {a: sorted(str(n) for n in ns) for a, ns in sorted(per_article.items())}
            score.splits.append(entry)
        elif len(entry["found_in"]) >= 2:
            score.unified.append(entry)
        else:
            score.unchecked_keys.append(entry)

    for node, keys in node_keys.items():
        if len(keys) >= 2:
            kind = "one span names several actors" if conjoined.get(node) else "aliases of different actors"
            score.false_merges.append(
                dict(node_info[node], kind=kind, spans=conjoined.get(node, []), keys={k: sorted(a) for k, a in sorted(keys.items())})
            )
    return score


def _near(actor: GoldActor, aid: str, nodes) -> list[str]:
    """Where a missed actor went: nodes of this article (any type) sharing a name
    token with it (boundary or type errors), and nodes of other articles whose alias
    contains a whole form (extracted elsewhere, not in this article)."""
    forms = [name_tokens(f) for f in actor.forms]
    wanted = [tok for form in forms for tok in form if not _is_short(tok)]
    hints = []
    for node, data in nodes:
        here = aid in (data.get("articles") or [])
        for alias in _node_aliases(data):
            toks = name_tokens(alias)
            if here and any(t & w for t in toks for w in wanted):
                hints.append(f"{node} [{data.get('type')}] «{alias}» (this article)")
                break
            if not here and any(contains(toks, f) for f in forms):
                hints.append(f"{node} [{data.get('type')}] «{alias}» (other articles only)")
                break
        if len(hints) >= 4:
            break
    return hints


def _is_short(readings: Readings) -> bool:
    return max(len(r) for r in readings) <= 2


# ---------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------


def _fmt(c: Mapping) -> str:
    ratio = "  n/a" if c["ratio"] is None else f"{c['ratio']:.3f}"
    return f"{ratio} ({c['hit']}/{c['total']})"


def format_report(result: Mapping, limit: int = 60) -> str:
    """The human-readable report of :meth:`Score.as_dict` output."""
    fixture = result.get("fixture", _shown(FIXTURE))
    lines = [f"Actor evaluation: {result['articles']} SaudiNewsNet articles ({fixture})"]
    if result["missing_articles"]:
        lines.append(f"  WARNING: gold articles not in the build: {', '.join(result['missing_articles'])}")
    lines.append("")
    lines.append(f"{'':10} {'recall':>20} {'precision':>20}")
    for t in ("ALL", *ACTOR_TYPES):
        lines.append(f"{t:10} {_fmt(result['recall'][t]):>20} {_fmt(result['precision'][t]):>20}")
    strict = result["precision_without_optional_matches"]
    lines.append(
        f"targets: recall >= {result['targets']['recall']}, precision >= {result['targets']['precision']}; "
        f"precision not crediting optional-only matches: {_fmt(strict)}; optional actors found: {result['optional_found']}"
    )
    mk = result["multi_article_keys"]
    lines.append(
        f"multi-article gold keys: {mk['unified']} one node, {mk['split']} split, {mk['unchecked']} found in < 2 articles; "
        f"false merges: {result['false_merges']}; one actor as several nodes within an article: "
        f"{result['within_article_duplicates']}"
    )
    lines.append("")

    def section(title: str, rows: list[str]) -> None:
        lines.append(f"{title} ({len(rows)})")
        lines.extend(rows[:limit])
        if len(rows) > limit:
            lines.append(f"  ... {len(rows) - limit} more (see --json)")
        lines.append("")

    section(
        "FALSE MERGES",
        [f"  {m['node']} [{m['type']}] {m['label']} ({m['kind']}): {m['keys']}" for m in result["false_merge_list"]],
    )
    section(
        "SPLITS (one gold actor, several nodes)",
        [f"  {s['key']}: {s['by_article']}" for s in result["split_list"]],
    )
    section(
        "WITHIN-ARTICLE DUPLICATES (one gold actor, several nodes in one article)",
        [f"  {d['article']:15} {d['key']}: {d['nodes']}" for d in result["duplicate_list"]],
    )
    section(
        "MISSES",
        [
            f"  {m['article']:15} {m['type']} {m['key']:28} {' / '.join(m['forms'])}"
            + (f"\n{'':20}near: {'; '.join(m['near'])}" if m["near"] else "")
            for m in result["miss_list"]
        ],
    )
    section(
        "FALSE POSITIVES",
        [f"  {f['article']:15} {f['type']} {f['node']:28} {' | '.join(f['aliases'])}" for f in result["false_positive_list"]],
    )
    if result["type_mismatches"]:
        section(
            "TYPE MISMATCHES (counted as found/correct)",
            [f"  {t['article']:15} {t['key']}: gold {t['gold']}, node {t['node']} {t['predicted']}" for t in result["type_mismatches"]],
        )
    if result["unchecked_list"]:
        section(
            "MULTI-ARTICLE KEYS FOUND IN < 2 ARTICLES (merge not testable)",
            [f"  {u['key']}: gold in {len(u['articles'])}, found in {u['found_in']}" for u in result["unchecked_list"]],
        )
    if result["unverified_nodes"]:
        section(
            "NODES WITH NO ALIAS IN THE ARTICLE TEXT (scored on all aliases)",
            [f"  {u['article']:15} {u['node']} {u['aliases']}" for u in result["unverified_nodes"]],
        )
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------
# running
# ---------------------------------------------------------------------------


def _shown(fixture: Path) -> str:
    """The fixture folder as the report names it (relative to the repository when inside it)."""
    path = Path(fixture).resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def fixture_texts(fixture: Path = FIXTURE):
    """Ingest the fixture folder: (IngestResult, article id → text)."""
    from pipeline.ingest import ingest_corpus

    ingested = ingest_corpus(fixture)
    return ingested, {a.id: a.text for a in ingested.articles}


def evaluate(
    fixture: Path = FIXTURE,
    *,
    cache_dir: Path | None = None,
    graph_path: Path | None = None,
    ner: str = "bundled",
) -> dict:
    """Build (or load) the fixture's graph and score it; returns :meth:`Score.as_dict`."""
    import networkx as nx

    gold = load_gold(fixture / "gold.yaml")
    ingested, texts = fixture_texts(fixture)
    if graph_path is not None:
        data = json.loads(Path(graph_path).read_text(encoding="utf-8"))
        graph = nx.node_link_graph(data, edges="edges")
        stats = None
    else:
        from pipeline.build import build

        with tempfile.TemporaryDirectory(prefix="actor-eval-") as tmp:
            result = build(ingested, None, cache_dir=Path(cache_dir) if cache_dir else Path(tmp), ner=ner)
        graph, stats = result.graph, result.stats
    out = score_graph(graph, gold, texts).as_dict()
    out["fixture"] = _shown(fixture)
    out["graph"] = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    if stats is not None:
        out["graph"]["seconds"] = stats.seconds
    out["gold"] = gold_stats(gold)
    return out


def gold_stats(gold: Mapping[str, Sequence[GoldActor]]) -> dict:
    """Counts of the annotation: entries by type, optional, distinct keys."""
    entries = [a for actors in gold.values() for a in actors]
    required = [a for a in entries if not a.optional]
    by_key = defaultdict(set)
    for a in required:
        by_key[a.key].add(a.article)
    return {
        "articles": len(gold),
        "required": {t: sum(a.type == t for a in required) for t in ACTOR_TYPES},
        "optional": sum(a.optional for a in entries),
        "distinct_keys": len({a.key for a in entries}),
        "keys_in_2plus_articles": sorted(k for k, arts in by_key.items() if len(arts) >= 2),
    }


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fixture", type=Path, default=FIXTURE, help="folder with articles.jsonl and gold.yaml")
    parser.add_argument("--cache-dir", type=Path, help="extraction cache (default: a temporary folder)")
    parser.add_argument("--graph", type=Path, help="score this graph.json instead of building")
    parser.add_argument("--ner", default="bundled", help="bundled | accurate | official")
    parser.add_argument("--json", type=Path, help="also write the numbers and lists here")
    parser.add_argument("--limit", type=int, default=60, help="rows per list in the printed report")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        result = evaluate(args.fixture, cache_dir=args.cache_dir, graph_path=args.graph, ner=args.ner)
    except Exception as exc:  # a benchmark reports, it does not fail
        traceback.print_exc()
        print(f"\nactor_eval: could not build or score the fixture: {exc}", file=sys.stderr)
        return 0
    g = result["gold"]
    print(
        f"gold: {g['articles']} articles, {g['required']['PER']} PER + {g['required']['ORG']} ORG required "
        f"(+{g['optional']} optional), {g['distinct_keys']} distinct keys, "
        f"{len(g['keys_in_2plus_articles'])} in 2+ articles; graph: {result['graph']['nodes']} nodes"
    )
    print(format_report(result, limit=args.limit))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
