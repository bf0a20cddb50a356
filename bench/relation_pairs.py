"""The pair-level learned step: cross-validation by article on dev, and training the shipped model.

    python bench/relation_pairs.py cv    [--gold-dir DIR ...] [--folds 5] [--C 0.3]
    python bench/relation_pairs.py train [--gold-dir DIR ...] [--C 0.3] --threshold T --enabled yes|no

Candidates are every pair of actors with party slots in a sentence view, no lexicon
trigger needed (``pipeline/relations/pairs.py``), less the pairs the rules already typed
and asserted there (the step only adds to the rules). A candidate's labels are the types
of the asserted gold relations of that pair in that sentence, matched as
``bench/relation_learn.py`` matches them (overlapping sentence, names of both actors), else
``NONE``; a pair with two gold types gives two rows. The type model is scikit-learn's
multinomial LogisticRegression over DictVectorizer features; the direction model (for
SUPPORT, OPPOSE, ATTACK, STATEMENT) a binary one over the same features with the type,
trained on the directed positives: is the first actor in the text the agent?

``cv`` splits the articles into ``--folds`` groups (GroupKFold by article), predicts each
group with models trained on the others, and scores rules + step out of fold with
``relation_eval.score`` (the rules' relations kept; the step adds a type to a pair the
rules left untyped, when the nearest predicate is asserted or there is none), for a
range of thresholds, with the direction from the learned model and from word order.

``train`` fits both on every article and writes ``pipeline/data/relation_pairs.json``.
Never point this at the test part.
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
from relation_learn import DEV, article_parts, gold_in, load, per_type, summary, tag_and_link  # noqa: E402

from pipeline.relations.pairs import direction_features  # noqa: E402

MODEL = ROOT / "pipeline" / "data" / "relation_pairs.json"
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def build(articles, gold, cache_dir=ev.DEFAULT_CACHE):
    """Rule predictions, and the pair candidates of every sentence with their gold labels."""
    from pipeline.relations import load_lexicon, rule_relations, ruled_pairs, sentence_views
    from pipeline.relations.modality import ASSERTED, load_modality
    from pipeline.relations.pairs import pair_candidates

    tagged, linked, by_article, gold_by_article, texts = tag_and_link(articles, gold, cache_dir)
    lexicon, markers = load_lexicon(), load_modality()
    rows, rule_preds = [], []
    covered: set[int] = set()
    n_pairs = 0
    seconds = 0.0
    for t in tagged:
        aid = t.article.id
        mentions, names, rules, spans = article_parts(t, linked, by_article, gold_by_article, lexicon)
        rule_preds.extend(rules)
        for view in sentence_views(t, mentions):
            clock = time.perf_counter()
            predicates, _, found = rule_relations(view, lexicon, markers)
            related = frozenset(pair for (pair, _), r in found.items() if r.modality == ASSERTED)
            cands = pair_candidates(view, lexicon, markers, predicates, ruled_pairs(found), related)
            seconds += time.perf_counter() - clock
            n_pairs += len(cands)
            ev_ = view.evidence
            here = gold_in(spans, ev_)
            for c in cands:
                a, b = view.slots[c.first].actor, view.slots[c.second].actor
                probe = ev.Prediction(aid, ev_.start, ev_.end, a, b, "", True, "", "", {x: names(x, ev_) for x in (a, b)})
                matched = [g for g in here if g.type in ev.TYPES and ev._pair_matches(probe, g)]
                covered.update(id(g) for g in matched)
                types = sorted({g.type for g in matched})
                # direction of each matched directed type: is the first actor the agent?
                first_agent = {}
                for g in matched:
                    if g.type in ev.DIRECTED and g.type not in first_agent:
                        first_agent[g.type] = ev._source_is_agent(probe, g)
                rows.append({
                    "article": aid, "view": view, "cand": c, "labels": types or ["NONE"], "first_agent": first_agent,
                    "names": names,
                })
    asserted = sum(1 for g in gold if g.modality == "asserted")
    print(f"asserted gold relations whose pair is some pair candidate's (rules' pairs left out): {len(covered)}/{asserted}")
    print(f"pair candidates: {n_pairs}; rules + candidates + features: {seconds:.2f} s")
    return rows, rule_preds, texts, gold


def _type_rows(rows):
    X, y, groups = [], [], []
    for r in rows:
        for label in r["labels"]:
            X.append(r["cand"].features)
            y.append(label)
            groups.append(r["article"])
    return X, y, groups


def _direction_rows(rows):
    X, y = [], []
    for r in rows:
        for kind, first in r["first_agent"].items():
            X.append(direction_features(r["cand"].features, kind))
            y.append("first" if first else "second")
    return X, y


PRUNE = 0.05  # a feature whose every weight is smaller than this is dropped (as the shipped file drops it)


def fit(X, y, C, prune=PRUNE):
    """DictVectorizer + LogisticRegression; weights under ``prune`` set to zero, so cross-validation
    scores the model as it is shipped."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(vec.fit_transform(X), y)
    small = abs(model.coef_).max(axis=0) < prune
    model.coef_[:, small] = 0.0
    return vec, model


def order_direction(view, cand) -> bool:
    """Word order: the first actor is the agent unless only it carries a preposition."""
    f = cand.features
    return not (f["a_intro"] != "-" and f["b_intro"] == "-")


def predictions(rows, probs, dir_probs, threshold, how):
    """Asserted predictions of the step from out-of-fold probabilities (one per pair and type)."""
    out = []
    for r, p, dp in zip(rows, probs, dir_probs):
        c = r["cand"]
        if c.modality not in ("asserted", "none"):
            continue
        view = r["view"]
        a, b = view.slots[c.first].actor, view.slots[c.second].actor
        for kind, pk in p.items():
            if kind == "NONE" or pk < threshold:
                continue
            directed = kind in ev.DIRECTED
            if directed:
                first = order_direction(view, c) if how == "order" else dp.get(kind, 0.5) >= 0.5
                src, tgt = (a, b) if first else (b, a)
            else:
                src, tgt = sorted((a, b))
            e = view.evidence
            out.append(ev.Prediction(r["article"], e.start, e.end, src, tgt, kind, directed, "", e.sentence,
                                     {x: r["names"](x, e) for x in (src, tgt)}))
    return out


def oof(rows, folds, C, dir_C):
    """Out-of-fold type probabilities and direction probabilities (GroupKFold by article)."""
    from sklearn.model_selection import GroupKFold

    groups = [r["article"] for r in rows]
    probs = [None] * len(rows)
    dir_probs = [None] * len(rows)
    for train, test in GroupKFold(n_splits=folds).split(rows, groups=groups):
        tr = [rows[i] for i in train]
        X, y, _ = _type_rows(tr)
        vec, model = fit(X, y, C)
        P = model.predict_proba(vec.transform([rows[i]["cand"].features for i in test]))
        dX, dy = _direction_rows(tr)
        dvec, dmodel = fit(dX, dy, dir_C)
        first_col = list(dmodel.classes_).index("first")
        for i, p in zip(test, P):
            probs[i] = dict(zip(model.classes_, p))
            dp = {}
            for kind in ev.DIRECTED:
                if probs[i].get(kind, 0) >= min(THRESHOLDS):
                    dp[kind] = float(dmodel.predict_proba(dvec.transform([direction_features(rows[i]["cand"].features, kind)]))[0, first_col])
            dir_probs[i] = dp
    return probs, dir_probs


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("cv", "train"))
    parser.add_argument("--gold-dir", type=Path, action="append", help="dev folders (default: the repo's dev part)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--C", type=float, default=0.3)
    parser.add_argument("--sweep", type=float, nargs="*", help="cv: several C values, the curve of each (learned direction only)")
    parser.add_argument("--dir-C", type=float, default=0.3)
    parser.add_argument("--min-precision", type=float, default=0.70)
    parser.add_argument("--threshold", type=float, help="train: the threshold to ship")
    parser.add_argument("--enabled", choices=("yes", "no"), default="no")
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args(argv)
    dirs = args.gold_dir or [DEV]
    articles, gold = load(dirs)
    rows, rule_preds, texts, gold = build(articles, gold)
    labels = defaultdict(int)
    for r in rows:
        for label in r["labels"]:
            labels[label] += 1
    print(f"{len(articles)} articles; {len(rows)} pair candidates; labels {dict(sorted(labels.items()))}")

    if args.command == "cv" and args.sweep:
        for C in args.sweep:
            probs, dir_probs = oof(rows, args.folds, C, args.dir_C)
            print(f"\nC={C}")
            for th in THRESHOLDS:
                both = ev.score(gold, rule_preds + predictions(rows, probs, dir_probs, th, "learned"), texts)
                print(f"  {th:.2f}  {summary(both)}")
        return 0
    if args.command == "cv":
        probs, dir_probs = oof(rows, args.folds, args.C, args.dir_C)
        rules = ev.score(gold, rule_preds, texts)
        print(f"\nrules alone: {summary(rules)}")
        print(per_type(rules))
        print(f"\nout of fold, {args.folds} folds by article, C={args.C}: rules + step")
        print("threshold | learned direction | word-order direction")
        results = {}
        chosen = None
        best_f1 = rules["per_type"]["ALL"]["f1"]
        for th in THRESHOLDS:
            both = ev.score(gold, rule_preds + predictions(rows, probs, dir_probs, th, "learned"), texts)
            order = ev.score(gold, rule_preds + predictions(rows, probs, dir_probs, th, "order"), texts)
            alone = ev.score(gold, predictions(rows, probs, dir_probs, th, "learned"), texts)
            results[th] = (both, order, alone)
            print(f"  {th:.2f}  both (learned dir): {summary(both)}\n        both (order dir):   {summary(order)}\n        step alone:         {summary(alone)}")
            a = both["per_type"]["ALL"]
            if a["precision"] and a["precision"] >= args.min_precision and a["f1"] and a["f1"] > best_f1:
                chosen, best_f1 = th, a["f1"]
        print(f"\nbest F1 with precision >= {args.min_precision} above the rules' F1: threshold {chosen}")
        for th in sorted({chosen or 0.5, 0.5}):
            both, order, alone = results[th]
            print(f"\nthreshold {th}: rules + step\n{per_type(both)}\n  step alone\n{per_type(alone)}")
        # direction over the step's own matched directed relations
        return 0

    X, y, _ = _type_rows(rows)
    vec, model = fit(X, y, args.C)
    dX, dy = _direction_rows(rows)
    dvec, dmodel = fit(dX, dy, args.dir_C)

    def export(vec, model):
        names = vec.get_feature_names_out()
        coef = model.coef_
        weights = {}
        for j, name in enumerate(names):
            w = [round(float(coef[k, j]), 3) for k in range(coef.shape[0])]
            if any(abs(x) >= PRUNE for x in w):
                weights[str(name)] = w
        return {"classes": [str(c) for c in model.classes_], "intercept": [round(float(x), 4) for x in model.intercept_], "weights": weights}

    data = {
        "about": (
            "Pair-level learned step (pipeline/relations/pairs.py), written by `python bench/relation_pairs.py train`: "
            f"multinomial logistic regression over actor-pair candidates (C={args.C}) and a binary direction model "
            f"(C={args.dir_C}, is the first actor the agent), trained on {len(articles)} dev articles, {len(rows)} candidates. "
            "Whether extraction uses it and its threshold come from cross-validation by article: docs/relations.md."
        ),
        "labels": dict(sorted(labels.items())),
        "enabled": args.enabled == "yes",
        "threshold": args.threshold if args.threshold is not None else 0.5,
        "types": export(vec, model),
        "direction": export(dvec, dmodel),
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(data['types']['weights'])} + {len(data['direction']['weights'])} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
