"""Self-training data for the NER tagger (issue 11, item 4): an experiment, not part of train-ner.

    python bench/ner_silver.py --days 2015-07-21,2015-07-31,2015-08-06 --sentences 4000 --out build/silver

Tags SaudiNewsNet articles of ``--days`` with the bundled model (through the extraction
cache in ``OUT/cache``), keeps the sentences whose every entity is

- document-consistent: its surface form gets one type in the article and every occurrence
  of the form in the article is tagged;
- corpus-consistent: the form gets that type in at least 90% of its tagged occurrences;

with 6–60 tokens, at least one entity, and no form used more than 15 times in the kept
set; shuffles them (seed 7) and writes ``--sentences`` of them to ``OUT/silver.json`` and,
after ANERcorp's training part (``build/ner/data``, from ``train-ner``'s prepare step),
to ``OUT/train_mix.json`` in Stanza's NER format. The days must not be held-out news
days (2015-08-02/03, 2015-08-07…10). Train on the mix over the shipped vectors with the
shipped hyperparameters (``models/MODEL_CARD.md``, seventh session).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MIN_TOKENS, MAX_TOKENS, MAX_PER_FORM, AGREEMENT = 6, 60, 15, 0.9


def read_days(data: Path, days: list[str]):
    from pipeline.ingest import clean_text
    from pipeline.training.charlm import HELD_OUT_DAYS
    from pipeline.types import Article

    articles = []
    for day in days:
        if day in HELD_OUT_DAYS:
            raise SystemExit(f"ner_silver: {day} is a held-out news day")
        with zipfile.ZipFile(data / "saudinewsnet" / f"{day}.zip") as zf:
            for name in zf.namelist():
                if name.endswith(".json"):
                    for i, record in enumerate(json.loads(zf.read(name))):
                        text = clean_text(record.get("content") or "")
                        if len(text) > 200:
                            articles.append(Article(f"{day}-{i}", text, date=day))
    return articles


def silver_sentences(tagged) -> tuple[list[list[dict]], Counter]:
    from pipeline.arabic import normalize

    def form(tokens):
        return tuple(normalize(t.text) for t in tokens)

    corpus: dict[tuple, Counter] = defaultdict(Counter)
    docs = []
    for t in tagged:
        sentences = {s.index: s for s in t.sentences}
        spans = defaultdict(list)
        for m in t.mentions:
            surface = form(sentences[m.sentence].tokens[m.token_start : m.token_end])
            spans[m.sentence].append((m.token_start, m.token_end, m.type, surface))
            corpus[surface][m.type] += 1
        docs.append((t, spans))
    kept, per_form, stats = [], Counter(), Counter()
    for t, spans in docs:
        types, tagged_n = defaultdict(set), Counter()
        for items in spans.values():
            for _, _, kind, surface in items:
                types[surface].add(kind)
                tagged_n[surface] += 1
        norms = [[normalize(tok.text) for tok in s.tokens] for s in t.sentences]
        occurrences = Counter()
        for surface in types:
            size = len(surface)
            occurrences[surface] = sum(tuple(n[i : i + size]) == surface for n in norms for i in range(len(n) - size + 1))
        consistent = {
            s for s in types
            if len(types[s]) == 1 and occurrences[s] == tagged_n[s] and corpus[s].most_common(1)[0][1] >= AGREEMENT * sum(corpus[s].values())
        }
        for sentence in t.sentences:
            items = spans.get(sentence.index, [])
            if not items or not MIN_TOKENS <= len(sentence.tokens) <= MAX_TOKENS:
                stats["no entity or length"] += 1
            elif not all(surface in consistent for *_, surface in items):
                stats["inconsistent"] += 1
            elif any(per_form[surface] >= MAX_PER_FORM for *_, surface in items):
                stats["form used enough"] += 1
            else:
                tags = ["O"] * len(sentence.tokens)
                for start, end, kind, surface in items:
                    tags[start] = "B-" + kind
                    tags[start + 1 : end] = ["I-" + kind] * (end - start - 1)
                    per_form[surface] += 1
                kept.append([{"text": normalize(tok.text) or tok.text, "ner": tag} for tok, tag in zip(sentence.tokens, tags)])
                stats["kept"] += 1
    return kept, stats


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--days", required=True, help="comma-separated SaudiNewsNet days")
    parser.add_argument("--sentences", type=int, default=4000)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--anercorp", type=Path, default=ROOT / "build" / "ner" / "data" / "ar_anercorp.train.json")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "silver")
    args = parser.parse_args(argv)
    from pipeline.build import tag_with_cache
    from pipeline.cache import ExtractionCache

    if not args.anercorp.is_file():
        raise SystemExit(f"{args.anercorp} missing: run `python -m pipeline train-ner` (its prepare step) first")
    articles = read_days(args.data, args.days.split(","))
    tagged, _ = tag_with_cache(articles, ExtractionCache(args.out / "cache"))
    kept, stats = silver_sentences(tagged)
    random.Random(7).shuffle(kept)
    kept = kept[: args.sentences]
    entities = Counter(w["ner"][2:] for s in kept for w in s if w["ner"].startswith("B-"))
    print(f"{len(articles)} articles; {dict(stats)}; kept {len(kept)} sentences, {sum(map(len, kept))} tokens, entities {dict(entities)}")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "silver.json").write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    train = json.loads(args.anercorp.read_text(encoding="utf-8"))
    (args.out / "train_mix.json").write_text(json.dumps(train + kept, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
