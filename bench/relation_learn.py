"""The learned relation step: cross-validation by article on dev, and training the shipped model.

    python bench/relation_learn.py cv    [--gold-dir DIR ...] [--folds 5] [--C 1.0]
    python bench/relation_learn.py train [--gold-dir DIR ...] [--C 1.0] [--threshold T]

Candidates are (predicate, actor pair) pairs of a sentence (``pipeline/relations/candidates.py``);
a candidate's label is the type of an asserted gold relation of that pair in that
sentence (matched as ``bench/relation_eval.py`` matches predictions: overlapping
sentence, names of both actors), else ``NONE``. When the gold type is not the
trigger's and no other trigger of the sentence has it, the gold type is the label
(so «التهاني» can learn SUPPORT). The model is scikit-learn's multinomial
LogisticRegression over DictVectorizer features.

``cv`` splits the articles into ``--folds`` groups (GroupKFold by article), trains on
the others and predicts each group, then scores the out-of-fold predictions with
``relation_eval.score``: rules alone, classifier alone, rules + classifier (classifier
only for pairs the rules left untyped in that sentence), for a range of thresholds.
The threshold is the lowest whose rules + classifier precision stays ≥ ``--min-precision``.

``train`` fits on every dev article and writes ``pipeline/data/relation_classifier.json``.

Every ``--gold-dir`` is read (``articles_*.jsonl``, ``gold_*.jsonl``); a file whose name
was already read from an earlier folder is skipped, so annotation worktrees that carry
copies of the same days can be listed. Never point this at the test part.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import relation_eval as ev  # noqa: E402

DEV = ROOT / "tests" / "fixtures" / "relations" / "dev"
MODEL = ROOT / "pipeline" / "data" / "relation_classifier.json"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def load(dirs):
    from pipeline.ingest import ingest_file

    seen, articles, gold = set(), [], []
    for folder in dirs:
        folder = Path(folder)
        if "relations/test" in str(folder.resolve()):
            raise SystemExit("relation_learn: the test part is held out")
        for path in sorted(folder.glob("articles*.jsonl")) + sorted(folder.glob("gold*.jsonl")):
            if path.name in seen:
                continue
            seen.add(path.name)
            if path.name.startswith("articles"):
                articles.extend(ingest_file(path, root=folder)[0])
            else:
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if line.strip():
                        gold.append(_gold(json.loads(line)))
    unique = {}
    for a in articles:
        unique.setdefault(a.id, a)
    return list(unique.values()), gold


def _gold(raw):
    return ev.Gold(
        str(raw["article"]), raw["sentence"], raw["type"],
        (ev.name_tokens(raw["agent"]), ev.name_tokens(raw.get("agent_text") or "")),
        (ev.name_tokens(raw["partner"]), ev.name_tokens(raw.get("partner_text") or "")),
        bool(raw.get("directed", raw["type"] in ev.DIRECTED)), raw.get("modality", "asserted"), raw,
    )


def tag_and_link(articles, gold, cache_dir=ev.DEFAULT_CACHE):
    """The articles tagged (through the NER cache) and linked, their texts, and the gold by article."""
    from pipeline.actors import link_articles, load_registry
    from pipeline.build import tag_with_cache
    from pipeline.cache import ExtractionCache

    tagged, _ = tag_with_cache(articles, ExtractionCache(cache_dir), ner="bundled")
    linked = link_articles(tagged, load_registry())
    by_article = defaultdict(list)
    for lm in linked.mentions:
        by_article[lm.mention.article_id].append(lm)
    gold_by_article = defaultdict(list)
    for g in gold:
        gold_by_article[g.article].append(g)
    texts = {t.article.id: t.article.text for t in tagged}
    return tagged, linked, by_article, gold_by_article, texts


def article_parts(t, linked, by_article, gold_by_article, lexicon):
    """One article's mentions, its name reader (for matching), the rules' asserted typed
    predictions and its asserted gold with each record's location in the text."""
    from pipeline.relations import extract_relations

    aid, text = t.article.id, t.article.text
    mentions = by_article[aid]
    names = lambda actor, evidence: ev._names(actor, linked.actors, mentions, evidence, text)  # noqa: E731
    rules = [
        _prediction(aid, r, names)
        for r in extract_relations(t, mentions, lexicon, classifier=None, pairs=None)
        if r.type in ev.TYPES and r.modality == "asserted"
    ]
    spans = [(g, ev.locate(text, g.sentence)) for g in gold_by_article[aid] if g.modality == "asserted"]
    return mentions, names, rules, spans


def gold_in(spans, evidence):
    """The located gold records whose sentence overlaps ``evidence``."""
    return [g for g, span in spans if span and span[0] < evidence.end and evidence.start < span[1]]


def build(articles, gold, cache_dir=ev.DEFAULT_CACHE):
    """Per article: rule predictions, candidates with labels, and what scoring needs."""
    from pipeline.relations import load_lexicon, sentence_views
    from pipeline.relations.candidates import sentence_candidates
    from pipeline.relations.modality import load_modality

    tagged, linked, by_article, gold_by_article, texts = tag_and_link(articles, gold, cache_dir)
    lexicon, markers = load_lexicon(), load_modality()
    rows, rule_preds = [], []
    covered: set[int] = set()
    clock = time.perf_counter()
    for t in tagged:
        aid = t.article.id
        mentions, names, rules, spans = article_parts(t, linked, by_article, gold_by_article, lexicon)
        rule_preds.extend(rules)
        for view in sentence_views(t, mentions):
            cands = sentence_candidates(view, lexicon, markers)
            if not cands:
                continue
            ev_ = view.evidence
            here = gold_in(spans, ev_)
            pred_types = {c.pred.type for c in cands}
            cache = {}
            for c in cands:
                a, b = view.slots[c.first].actor, view.slots[c.second].actor
                key = frozenset((a, b))
                if key not in cache:
                    probe = ev.Prediction(aid, ev_.start, ev_.end, a, b, "", False, "", "", {x: names(x, ev_) for x in (a, b)})
                    cache[key] = [g for g in here if ev._pair_matches(probe, g)]
                    covered.update(id(g) for g in cache[key])
                types = {g.type for g in cache[key]}
                if c.pred.type in types:
                    label = c.pred.type
                elif types and not (types & pred_types):
                    label = sorted(types)[0]
                else:
                    label = "NONE"
                rows.append({"article": aid, "view": view, "cand": c, "label": label})
    seconds = time.perf_counter() - clock
    asserted = sum(1 for g in gold if g.modality == "asserted")
    print(f"asserted gold relations whose pair is some candidate's: {len(covered)}/{asserted} (the learned step's recall ceiling)")
    return rows, rule_preds, texts, gold, (linked, by_article), seconds


def _prediction(aid, r, names):
    return ev.Prediction(
        aid, r.evidence.start, r.evidence.end, r.source, r.target, r.type, r.directed, r.trigger, r.evidence.sentence,
        {x: names(x, r.evidence) for x in (r.source, r.target)},
    )


def features(row, drop=()):
    f = row["cand"].features
    return {k: v for k, v in f.items() if not k.startswith(drop)} if drop else f


def fit(rows, C, drop=(), balanced=False):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([features(r, drop) for r in rows])
    y = [r["label"] for r in rows]
    model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced" if balanced else None)
    model.fit(X, y)
    return vec, model


def predict_rows(vec, model, rows, drop=()):
    probs = model.predict_proba(vec.transform([features(r, drop) for r in rows]))
    return [dict(zip(model.classes_, p)) for p in probs]


def classifier_predictions(rows, probs, threshold, rule_pairs, link_info, skip_ruled: bool):
    """Predictions from out-of-fold probabilities, one per (sentence, pair, type)."""
    from pipeline.relations import load_lexicon
    from pipeline.relations.classifier import typed_from_scores

    linked, by_article = link_info
    directed = load_lexicon().directed
    by_view = defaultdict(list)
    for r, p in zip(rows, probs):
        by_view[(r["article"], id(r["view"]))].append((r, p))
    out = []
    for (aid, _), items in by_view.items():
        view = items[0][0]["view"]
        skip = frozenset(rule_pairs.get((aid, view.evidence.start), ())) if skip_ruled else frozenset()
        text = view.text
        names = lambda actor, evidence: ev._names(actor, linked.actors, by_article[aid], evidence, text)  # noqa: E731
        for rel in typed_from_scores(view, [(r["cand"], p) for r, p in items], threshold, directed, skip):
            out.append(_prediction(aid, rel, names))
    return out


def summary(result):
    a = result["per_type"]["ALL"]
    d = result["direction"]
    return f"P {a['precision']}  R {a['recall']}  F1 {a['f1']}  ({a['tp']}/{a['predicted']} pred, {a['tp']}/{a['gold']} gold)  dir {d['accuracy']} ({d['right']}/{d['total']})"


def per_type(result):
    lines = []
    for kind, row in result["per_type"].items():
        lines.append(f"    {kind:10} P {row['precision']}  R {row['recall']}  ({row['tp']}/{row['predicted']}, {row['tp']}/{row['gold']})")
    return "\n".join(lines)


def curve(rows, probs, rule_preds, gold, texts, link_info, rule_pairs, min_precision, what):
    """Rules alone, then classifier alone and rules + classifier at each threshold."""
    rules = ev.score(gold, rule_preds, texts)
    print(f"\nrules alone: {summary(rules)}")
    print(per_type(rules))
    chosen = None
    print(f"\nthreshold  classifier alone | rules + classifier   ({what})")
    results = {}
    for th in THRESHOLDS:
        alone = ev.score(gold, classifier_predictions(rows, probs, th, rule_pairs, link_info, False), texts)
        both = ev.score(gold, rule_preds + classifier_predictions(rows, probs, th, rule_pairs, link_info, True), texts)
        results[th] = (alone, both)
        print(f"  {th:.2f}  alone: {summary(alone)}\n        both:  {summary(both)}")
        precision = both["per_type"]["ALL"]["precision"]
        if chosen is None and precision and precision >= min_precision:
            chosen = th
    for th in sorted({chosen or THRESHOLDS[-1], 0.5}):
        alone, both = results[th]
        print(f"\nthreshold {th}" + (f" (lowest with rules + classifier precision >= {min_precision})" if th == chosen else ""))
        print(f"  classifier alone: {summary(alone)}\n{per_type(alone)}")
        print(f"  rules + classifier: {summary(both)}\n{per_type(both)}")
    return chosen


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("cv", "train"))
    parser.add_argument("--gold-dir", type=Path, action="append", help="dev folders (default: the repo's dev part)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--no-rule-features", action="store_true", help="cv: leave out what the rule layer found")
    parser.add_argument("--balanced", action="store_true", help="class_weight='balanced'")
    parser.add_argument("--heldout", type=Path, help="cv: train on --gold-dir, evaluate on this folder instead of folds")
    parser.add_argument("--min-precision", type=float, default=0.85)
    parser.add_argument("--threshold", type=float, help="train: the threshold to ship (default: from cv)")
    parser.add_argument("--enabled", choices=("yes", "no"), default="yes", help="train: whether extraction uses the model")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--source", action="append", help="train: how to describe each --gold-dir in the file")
    args = parser.parse_args(argv)
    dirs = args.gold_dir or [DEV]
    articles, gold = load(dirs)
    rows, rule_preds, texts, gold, link_info, seconds = build(articles, gold)
    labels = defaultdict(int)
    for r in rows:
        labels[r["label"]] += 1
    print(f"{len(articles)} articles, {len(gold)} gold records; {len(rows)} candidates, labels {dict(sorted(labels.items()))}")
    print(f"rules + views + candidates: {seconds:.2f} s")
    rule_pairs = defaultdict(set)
    for p in rule_preds:
        rule_pairs[(p.article, p.start)].add(frozenset((p.source, p.target)))

    drop = ("rule_", "type_rule") if args.no_rule_features else ()
    if args.command == "cv":
        from sklearn.model_selection import GroupKFold

        if args.heldout:
            h_articles, h_gold = load([args.heldout])
            h_rows, h_rule_preds, h_texts, h_gold, h_link, _ = build(h_articles, h_gold)
            vec, model = fit(rows, args.C, drop, args.balanced)
            probs = predict_rows(vec, model, h_rows, drop)
            h_pairs = defaultdict(set)
            for p in h_rule_preds:
                h_pairs[(p.article, p.start)].add(frozenset((p.source, p.target)))
            print(f"\ntrained on {len(articles)} articles, evaluated on {len(h_articles)} held-out articles of {args.heldout}")
            curve(h_rows, probs, h_rule_preds, h_gold, h_texts, h_link, h_pairs, args.min_precision, "held out")
            return 0
        groups = [r["article"] for r in rows]
        probs = [None] * len(rows)
        for train, test in GroupKFold(n_splits=args.folds).split(rows, groups=groups):
            vec, model = fit([rows[i] for i in train], args.C, drop, args.balanced)
            for i, p in zip(test, predict_rows(vec, model, [rows[i] for i in test], drop)):
                probs[i] = p
        curve(rows, probs, rule_preds, gold, texts, link_info, rule_pairs, args.min_precision, f"out-of-fold, {args.folds} folds by article, C={args.C}")
        return 0

    vec, model = fit(rows, args.C, (), args.balanced)
    names = vec.get_feature_names_out()
    coef = model.coef_
    classes = list(model.classes_)
    weights = {}
    for j, name in enumerate(names):
        w = [round(float(coef[k, j]), 3) for k in range(len(classes))]
        if any(abs(x) >= 0.01 for x in w):
            weights[str(name)] = w
    data = {
        "about": (
            "Multinomial logistic regression over (predicate, actor pair) candidates "
            "(pipeline/relations/candidates.py), written by `python bench/relation_learn.py train`. "
            f"Trained on {len(articles)} dev articles ({'; '.join(args.source or [str(d) for d in dirs])}; "
            f"{len(gold)} gold records), {len(rows)} candidates; scikit-learn LogisticRegression C={args.C}. "
            "Whether extraction uses it (enabled) and its threshold come from cross-validation by article: docs/relations.md, 'The learned step'."
        ),
        "labels": dict(sorted(labels.items())),
        "enabled": args.enabled == "yes",
        "threshold": args.threshold if args.threshold is not None else 0.5,
        "classes": classes,
        "intercept": [round(float(x), 4) for x in model.intercept_],
        "weights": weights,
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(weights)} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
