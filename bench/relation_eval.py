"""Typed-relation evaluation against hand-annotated gold (docs/relation_annotation.md).

    python bench/relation_eval.py [--gold-dir DIR] [--cache-dir DIR] [--errors] [--json PATH]

Reads every ``articles*.jsonl`` and ``gold*.jsonl`` in ``--gold-dir`` (default
``tests/fixtures/relations/test``: report on it, tune on ``dev``), runs the real
pipeline (ingest of the article files → NER with the bundled model through the
build's cache → ``link_articles`` → ``extract_relations``) and prints precision,
recall and F1 per relation type and overall, and direction accuracy.

Matching
--------
* Predictions are the distinct (article, sentence, actor pair, type) of the
  typed relations whose ``modality`` is ``asserted``.
* A gold ``asserted`` record matches a prediction of the same article and type
  whose evidence sentence overlaps the gold ``sentence``'s location in the
  article text, when the prediction's two actors match {agent, partner} as a set.
* An actor matches a gold side when one of its names — the actor's label and
  aliases, and the words its mentions cover in that sentence (role phrases and
  «نظيره …» included) — shares an informative token with the gold name or its
  ``*_text``. Tokens are compared after :func:`pipeline.arabic.normalize` and
  clitic stripping (two tokens match when their :func:`~pipeline.arabic.strip_clitics`
  readings meet); tokens of two letters or fewer and title/role words
  (وزير، الرئيس، الخارجية …: ``_GENERIC``) are not informative, so «وزير الخارجية
  الأمريكي» never matches «وزير الخارجية الروسي» on its title alone.
* Matching is one to one (each gold record and each prediction at most once),
  gold records in file order, each taking the first prediction that fits.
* Direction: a matched directed record counts as right when the predicted source
  shares more name tokens with the gold agent (and the target with the partner) than
  the other way round, so a shared «محمد» does not decide between two people.
* Precision = matched predictions / predictions; a prediction matching only a
  non-asserted gold record, or nothing, is a false positive. Recall = matched
  asserted gold / asserted gold. Direction accuracy = share of matched directed
  gold records whose predicted source is the agent.
* Gold records whose sentence cannot be found in the ingested text are counted
  as misses and listed under ``unlocated``.

The NER output is cached (``--cache-dir``, default ``.cache/relation_eval``), so
reruns only pay for linking and extraction. The exit status is always 0.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.arabic import normalize, strip_clitics, tokenize  # noqa: E402

DEFAULT_GOLD = ROOT / "tests" / "fixtures" / "relations" / "test"
DEFAULT_CACHE = ROOT / ".cache" / "relation_eval"
TYPES = ("MEET", "AGREE", "SUPPORT", "OPPOSE", "COOPERATE", "ATTACK", "STATEMENT")
DIRECTED = frozenset({"SUPPORT", "OPPOSE", "ATTACK", "STATEMENT"})

# Words that name a title or an office, not who holds it: never enough to match two names.
_GENERIC = frozenset(
    normalize(w)
    for w in (
        "وزير", "وزيرة", "وزارة", "رئيس", "رئيسة", "الرئيس", "الملك", "ملك", "الأمير", "أمير", "الشيخ", "شيخ",
        "الخارجية", "الدفاع", "الداخلية", "العدل", "المالية", "الوزراء", "الوزير", "نائب", "ولي", "العهد",
        "خادم", "الحرمين", "الشريفين", "سمو", "صاحب", "السمو", "الملكي", "معالي", "فخامة", "الدكتور", "د",
        "المتحدث", "متحدث", "باسم", "قائد", "القائد", "زعيم", "سفير", "السفير", "مبعوث", "المبعوث", "الأمين", "العام",
        "عام", "مجلس", "المجلس", "هيئة", "الهيئة", "جامعة", "الجامعة", "منظمة", "حزب", "حركة", "جماعة", "قوات",
        "القوات", "الجيش", "جيش", "الحكومة", "حكومة", "نظيره", "نظيرته", "نظيرتها", "نظيرها", "مدير", "المدير",
        "محافظ", "أمين", "بن", "ابن", "بنت", "عبد", "أبو", "أبي", "آل", "الله", "الدولة", "دولة", "المملكة",
        "العربية", "المتحدة", "الاتحاد", "الوطني", "الوطنية", "الإسلامية", "الإسلامي", "الشعبية", "الشعبي",
        "العليا", "الأعلى", "لجنة", "اللجنة", "شركة", "الشركة", "مؤسسة", "المؤسسة", "صندوق", "الصندوق", "بنك",
        "البنك", "معهد", "المعهد", "مركز", "المركز", "إدارة", "الإدارة", "التنظيم", "تنظيم", "نادي", "النادي",
    )
)


# ---------------------------------------------------------------------------
# names


def name_tokens(text: str) -> tuple[frozenset[str], ...]:
    """Informative word tokens of ``text``, each as its set of clitic readings.

    >>> [sorted(t) for t in name_tokens("ووزير الخارجية لافروف")]
    [['افروف', 'لافروف']]
    >>> names_match([name_tokens("لحزب الله")], [name_tokens("حزب الله")])
    True
    >>> names_match([name_tokens("وزير الخارجية")], [name_tokens("وزير الخارجية الروسي")])
    False
    """
    out = []
    words = []
    for token in tokenize(text):
        norm = normalize(token.text)
        if not any(ch.isalpha() for ch in norm):
            continue
        words.append(norm)
        readings = frozenset(r for r in strip_clitics(norm) if len(r) > 2)
        if readings and not readings & _GENERIC:
            out.append(readings)
    if not out and len(words) > 1:
        # a name made only of title words («حزب الله») is matched whole, never by one of its words
        first, rest = words[0], words[1:]
        out.append(frozenset(" ".join((reading, *rest)) for reading in {first, *strip_clitics(first)}))
    return tuple(out)


def names_score(names: Iterable[tuple[frozenset[str], ...]], gold: Iterable[tuple[frozenset[str], ...]]) -> int:
    """The most informative tokens one predicted name shares with one gold name (0: no match).

    >>> names_score([name_tokens("محمد بن سلمان")], [name_tokens("الأمير محمد بن سلمان بن عبدالعزيز")])
    2
    """
    gold = [g for g in gold if g]
    return max((sum(1 for a in name if any(a & b for b in other)) for name in names for other in gold), default=0)


def names_match(names: Iterable[tuple[frozenset[str], ...]], gold: Iterable[tuple[frozenset[str], ...]]) -> bool:
    """True when some predicted name and some gold name share an informative token.

    >>> names_match([name_tokens("سيرغي لافروف")], [name_tokens("لافروف")])
    True
    >>> names_match([name_tokens("وزير الخارجية الروسي")], [name_tokens("وزير الخارجية الأمريكي")])
    False
    """
    gold = [g for g in gold if g]
    for name in names:
        for other in gold:
            if any(a & b for a in name for b in other):
                return True
    return False


# ---------------------------------------------------------------------------
# data


@dataclass(frozen=True)
class Gold:
    article: str
    sentence: str
    type: str
    agent: tuple[tuple[frozenset[str], ...], ...]  # agent and agent_text as name tokens
    partner: tuple[tuple[frozenset[str], ...], ...]
    directed: bool
    modality: str
    raw: dict = field(compare=False, hash=False, default_factory=dict)


@dataclass
class Prediction:
    article: str
    start: int
    end: int
    source: str
    target: str
    type: str
    directed: bool
    trigger: str
    sentence: str
    names: dict[str, list[tuple[frozenset[str], ...]]]  # actor id → its names here


def load_gold(folder: Path) -> list[Gold]:
    """Every record of ``gold*.jsonl`` in ``folder``."""
    records = []
    for path in sorted(folder.glob("gold*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            try:
                records.append(
                    Gold(
                        str(raw["article"]),
                        raw["sentence"],
                        raw["type"],
                        (name_tokens(raw["agent"]), name_tokens(raw.get("agent_text") or "")),
                        (name_tokens(raw["partner"]), name_tokens(raw.get("partner_text") or "")),
                        bool(raw.get("directed", raw["type"] in DIRECTED)),
                        raw.get("modality", "asserted"),
                        raw,
                    )
                )
            except KeyError as exc:
                raise ValueError(f"{path}:{n}: missing {exc}") from exc
    return records


def load_articles(folder: Path):
    """Articles of every ``articles*.jsonl`` in ``folder``, through the pipeline's ingest."""
    from pipeline.ingest import ingest_file

    articles, skipped = [], []
    for path in sorted(folder.glob("articles*.jsonl")):
        found, lost = ingest_file(path, root=folder)
        articles.extend(found)
        skipped.extend(lost)
    return articles, skipped


def locate(text: str, sentence: str) -> tuple[int, int] | None:
    """Span of ``sentence`` in ``text``: exact, else with whitespace runs made flexible.

    >>> locate("أ ب.  ج   د.", "ج د.")
    (6, 12)
    """
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    words = sentence.split()
    if not words:
        return None
    match = re.search(r"\s+".join(map(re.escape, words)), text)
    return (match.start(), match.end()) if match else None


# ---------------------------------------------------------------------------
# running the pipeline


def predict(articles, cache_dir: Path, ner: str = "bundled", workers: int = 1, classifier: str = "shipped", pairs: str = "shipped"):
    """Asserted typed predictions of the real pipeline, and stage timings."""
    from pipeline.actors import link_articles, load_registry
    from pipeline.build import tag_with_cache
    from pipeline.cache import ExtractionCache
    from pipeline.relations import extract_relations, load_lexicon

    seconds = {}
    clock = time.perf_counter()
    tagged, fresh = tag_with_cache(articles, ExtractionCache(cache_dir), ner=ner, workers=workers)
    seconds["ner"] = time.perf_counter() - clock
    clock = time.perf_counter()
    linked = link_articles(tagged, load_registry())
    seconds["actors"] = time.perf_counter() - clock
    by_article = defaultdict(list)
    for lm in linked.mentions:
        by_article[lm.mention.article_id].append(lm)
    clock = time.perf_counter()
    lexicon = load_lexicon()
    kwargs = {}
    if classifier != "shipped":  # "on": the shipped weights even when the file says enabled: false
        from pipeline.relations.classifier import load_model

        kwargs["classifier"] = load_model() if classifier == "on" else None
    if pairs != "shipped":  # "on": the shipped pair model even when its file says enabled: false
        from pipeline.relations.classifier import load_pair_model

        kwargs["pairs"] = load_pair_model() if pairs == "on" else None
    relations = {t.article.id: extract_relations(t, by_article[t.article.id], lexicon, **kwargs) for t in tagged}
    seconds["relations"] = time.perf_counter() - clock
    predictions: dict[tuple, Prediction] = {}
    hedged = []
    for t in tagged:
        text = t.article.text
        for r in relations[t.article.id]:
            if r.type not in TYPES:
                continue
            if r.modality != "asserted":
                hedged.append(r)
                continue
            key = (t.article.id, r.evidence.start, frozenset((r.source, r.target)), r.type)
            if key in predictions:
                continue
            names = {a: _names(a, linked.actors, by_article[t.article.id], r.evidence, text) for a in (r.source, r.target)}
            predictions[key] = Prediction(
                t.article.id, r.evidence.start, r.evidence.end, r.source, r.target, r.type, r.directed, r.trigger,
                r.evidence.sentence, names,
            )
    texts = {t.article.id: t.article.text for t in tagged}
    return list(predictions.values()), hedged, texts, seconds, fresh


def _names(actor_id: str, actors: Mapping, mentions, evidence, text: str) -> list[tuple[frozenset[str], ...]]:
    actor = actors.get(actor_id)
    names = [actor.label, *actor.aliases] if actor is not None else []
    names += [
        lm.mention.text
        for lm in mentions
        if lm.actor_id == actor_id and evidence.start <= lm.mention.start < evidence.end
    ]
    return [name_tokens(n) for n in dict.fromkeys(names)]


# ---------------------------------------------------------------------------
# scoring


def score(gold: Sequence[Gold], predictions: Sequence[Prediction], texts: Mapping[str, str]) -> dict:
    """Precision, recall, F1 per type and overall, direction accuracy, and the error lists."""
    spans = {}
    unlocated = []
    for g in gold:
        span = locate(texts.get(g.article, ""), g.sentence) if g.article in texts else None
        spans[id(g)] = span
        if span is None:
            unlocated.append(g)
    by_article = defaultdict(list)
    for p in predictions:
        by_article[p.article].append(p)
    used: set[int] = set()
    matched: dict[int, Prediction] = {}
    # asserted gold first, so a prediction goes to the record it should count for
    for g in sorted(gold, key=lambda g: g.modality != "asserted"):
        span = spans[id(g)]
        if span is None:
            continue
        for p in by_article[g.article]:
            if id(p) in used or p.type != g.type or not (p.start < span[1] and span[0] < p.end):
                continue
            if _pair_matches(p, g):
                used.add(id(p))
                matched[id(g)] = p
                break
    asserted = [g for g in gold if g.modality == "asserted"]
    rows = {}
    for kind in (*TYPES, "ALL"):
        golds = [g for g in asserted if kind in ("ALL", g.type)]
        preds = [p for p in predictions if kind in ("ALL", p.type)]
        # matching is one to one: matched gold records and matched predictions are as many
        rows[kind] = _prf(sum(id(g) in matched for g in golds), len(preds), len(golds))
    directed = [(g, matched[id(g)]) for g in asserted if id(g) in matched and g.type in DIRECTED]
    right = sum(1 for g, p in directed if _source_is_agent(p, g))
    hedged_gold = [g for g in gold if g.modality != "asserted"]
    leaked = [(g, matched[id(g)]) for g in hedged_gold if id(g) in matched]
    good_preds = {id(matched[id(g)]) for g in asserted if id(g) in matched}
    return {
        "gold": {"records": len(gold), "asserted": len(asserted), "articles": len({g.article for g in gold})},
        "predictions": len(predictions),
        "per_type": rows,
        "direction": {"right": right, "total": len(directed), "accuracy": round(right / len(directed), 3) if directed else None},
        "hedged_gold_predicted_as_asserted": len(leaked),
        "misses": [_gold_row(g, spans[id(g)] is None) for g in asserted if id(g) not in matched],
        "false_positives": [_pred_row(p) for p in predictions if id(p) not in good_preds],
        "wrong_direction": [dict(_gold_row(g), predicted_source=p.source) for g, p in directed if not _source_is_agent(p, g)],
        "unlocated": [_gold_row(g, True) for g in unlocated],
    }


def _pair_matches(p: Prediction, g: Gold) -> bool:
    a, b = p.names[p.source], p.names[p.target]
    return (names_match(a, g.agent) and names_match(b, g.partner)) or (names_match(b, g.agent) and names_match(a, g.partner))


def _source_is_agent(p: Prediction, g: Gold) -> bool:
    """True when the prediction's source fits the gold agent better than its target does
    (names shared token by token, so «محمد» alone does not decide between two Mohammeds)."""
    a, b = p.names[p.source], p.names[p.target]
    forward = names_score(a, g.agent) + names_score(b, g.partner)
    backward = names_score(b, g.agent) + names_score(a, g.partner)
    return forward > backward or (forward == backward and names_match(a, g.agent) and not names_match(b, g.agent))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall and F1 from true positives and the two totals.

    >>> _prf(3, 4, 6)["f1"]
    0.6
    """
    precision = tp / n_pred if n_pred else None
    recall = tp / n_gold if n_gold else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    r = lambda x: round(x, 3) if x is not None else None  # noqa: E731
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "precision": r(precision), "recall": r(recall), "f1": r(f1)}


def _gold_row(g: Gold, unlocated: bool = False) -> dict:
    raw = g.raw
    return {
        "article": g.article, "type": g.type, "agent": raw.get("agent_text") or raw.get("agent"),
        "partner": raw.get("partner_text") or raw.get("partner"), "modality": g.modality,
        "sentence": g.sentence, "unlocated": unlocated,
    }


def _pred_row(p: Prediction) -> dict:
    return {"article": p.article, "type": p.type, "source": p.source, "target": p.target, "trigger": p.trigger, "sentence": p.sentence}


# ---------------------------------------------------------------------------
# report


def format_report(result: Mapping, errors: bool = False, width: int = 160) -> str:
    g = result["gold"]
    lines = [
        f"gold: {g['records']} records ({g['asserted']} asserted) in {g['articles']} articles; "
        f"predicted: {result['predictions']} asserted typed relations",
        "",
        f"{'type':10} {'precision':>10} {'recall':>10} {'f1':>7}   tp/pred  tp/gold",
    ]
    fmt = lambda x: "   n/a" if x is None else f"{x:.3f}"  # noqa: E731
    for kind, row in result["per_type"].items():
        lines.append(
            f"{kind:10} {fmt(row['precision']):>10} {fmt(row['recall']):>10} {fmt(row['f1']):>7}   "
            f"{row['tp']:>3}/{row['predicted']:<4} {row['tp']:>3}/{row['gold']:<4}"
        )
    d = result["direction"]
    lines.append(f"direction: {fmt(d['accuracy'])} ({d['right']}/{d['total']} matched directed relations)")
    lines.append(f"non-asserted gold predicted as asserted: {result['hedged_gold_predicted_as_asserted']}")
    if result["unlocated"]:
        lines.append(f"gold sentences not found in the ingested text: {len(result['unlocated'])}")
    if errors:
        def clip(s: str) -> str:
            s = " ".join(s.split())
            return s if len(s) <= width else s[: width - 1] + "…"

        lines += ["", f"MISSES ({len(result['misses'])})"]
        for m in result["misses"]:
            lines.append(f"  {m['article']:14} {m['type']:9} {m['agent']} | {m['partner']}{'  [unlocated]' if m['unlocated'] else ''}")
            lines.append(f"      {clip(m['sentence'])}")
        lines += ["", f"FALSE POSITIVES ({len(result['false_positives'])})"]
        for f in result["false_positives"]:
            lines.append(f"  {f['article']:14} {f['type']:9} {f['source']} → {f['target']}  «{f['trigger']}»")
            lines.append(f"      {clip(f['sentence'])}")
        lines += ["", f"WRONG DIRECTION ({len(result['wrong_direction'])})"]
        for w in result["wrong_direction"]:
            lines.append(f"  {w['article']:14} {w['type']:9} gold {w['agent']} → {w['partner']}; predicted source {w['predicted_source']}")
    return "\n".join(lines) + "\n"


def evaluate(
    gold_dir: Path, cache_dir: Path = DEFAULT_CACHE, ner: str = "bundled", workers: int = 1, classifier: str = "shipped", pairs: str = "shipped"
) -> dict:
    gold = load_gold(gold_dir)
    articles, skipped = load_articles(gold_dir)
    predictions, hedged, texts, seconds, fresh = predict(articles, cache_dir, ner, workers, classifier, pairs)
    result = score(gold, predictions, texts)
    result["articles"] = {"ingested": len(articles), "skipped": [f"{s.path}: {s.reason}" for s in skipped], "tagged_now": fresh}
    result["seconds"] = {k: round(v, 3) for k, v in seconds.items()}
    result["hedged_predictions"] = len(hedged)
    return result


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold-dir", type=Path, default=DEFAULT_GOLD, help="folder with articles*.jsonl and gold*.jsonl")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE, help="NER cache (default .cache/relation_eval)")
    parser.add_argument("--ner", default="bundled", help="bundled | accurate | official")
    parser.add_argument("--workers", type=int, default=1, help="tagging processes for uncached articles")
    parser.add_argument(
        "--classifier", choices=("shipped", "on", "off"), default="shipped",
        help="the learned step: as pipeline/data/relation_classifier.json says (enabled or not), forced on, or off",
    )
    parser.add_argument(
        "--pairs", choices=("shipped", "on", "off"), default="shipped",
        help="the pair-level learned step: as pipeline/data/relation_pairs.json says, forced on, or off",
    )
    parser.add_argument("--errors", action="store_true", help="list misses, false positives and wrong directions")
    parser.add_argument("--json", type=Path, help="also write the numbers and lists here")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not any(args.gold_dir.glob("gold*.jsonl")):
        print(f"relation_eval: no gold*.jsonl in {args.gold_dir}", file=sys.stderr)
        return 0
    result = evaluate(args.gold_dir, args.cache_dir, args.ner, args.workers, args.classifier, args.pairs)
    print(format_report(result, errors=args.errors))
    s = result["seconds"]
    print(
        f"articles: {result['articles']['ingested']} ({result['articles']['tagged_now']} tagged now); "
        f"seconds: NER {s['ner']}, actors {s['actors']}, relations {s['relations']}; "
        f"non-asserted typed predictions kept out: {result['hedged_predictions']}"
    )
    for line in result["articles"]["skipped"]:
        print(f"  skipped {line}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
