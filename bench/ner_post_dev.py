"""Run-time repairs of the NER output, scored on the ANERcorp dev part only.

    python bench/ner_post_dev.py [--data ../shared/data]

Tags the dev part once with the bare model (``post=()``), then scores each
repair tried for issue 11 on those tags: the kept one (``propagate``, in
``pipeline/ner_post.py``) and the ones rejected on dev, written out here so the
model card's table can be rerun. Never reads the test sixth's tags. Statistics
for the training-derived variants come from the training part without dev.
The dev part is one document (the file order), as ``evaluate-ner`` has it.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.arabic import normalize  # noqa: E402
from pipeline.ner_post import proclitic_bases, propagate, spans  # noqa: E402
from pipeline.training.evaluate import score  # noqa: E402
from pipeline.training.evaluate import spans as gold_spans  # noqa: E402
from pipeline.training.ner_data import read_anercorp, split_anercorp  # noqa: E402

Doc = list[list[str]]


def heads(token: str) -> list[str]:
    return [token, *proclitic_bases(token)]


def place(out: Doc, s: int, start: int, end: int, kind: str) -> None:
    out[s][start] = "B-" + kind
    for i in range(start + 1, end):
        out[s][i] = "I-" + kind


def free(row: list[str], start: int, end: int) -> bool:
    """All O, not glued to an entity on the left, not followed by an I- tag."""
    return (
        all(t == "O" for t in row[start:end])
        and (start == 0 or row[start - 1] == "O")
        and (end == len(row) or not row[end].startswith("I-"))
    )


def windowed(fn, toks: Doc, tags: Doc, window: int | None, **kw) -> Doc:
    if window is None:
        return fn(toks, tags, **kw)
    out: Doc = []
    for a in range(0, len(toks), window):
        out += fn(toks[a : a + window], tags[a : a + window], **kw)
    return out


def drop_outvoted(toks: Doc, tags: Doc, max_share: float = 0.2, min_untagged: int = 3) -> Doc:
    """Untag a form tagged in under max_share of its occurrences (left O at least min_untagged times)."""
    out = [list(t) for t in tags]
    tagged = defaultdict(list)
    for s, row in enumerate(tags):
        for a, b, _ in spans(row):
            tagged[tuple(toks[s][a:b])].append((s, a, b))
    untagged = Counter()
    for s, sent in enumerate(toks):
        for form in tagged:
            for i in range(len(sent) - len(form) + 1):
                if tuple(sent[i : i + len(form)]) == form and all(t == "O" for t in tags[s][i : i + len(form)]):
                    untagged[form] += 1
    for form, where in tagged.items():
        if untagged[form] >= min_untagged and len(where) < max_share * (len(where) + untagged[form]):
            for s, a, b in where:
                out[s][a:b] = ["O"] * (b - a)
    return out


def lexicon_tag(toks: Doc, tags: Doc, lexicon: dict[tuple[str, ...], str]) -> Doc:
    """Tag free occurrences of lexicon forms (longest first; a proclitic on the first word allowed)."""
    out = [list(t) for t in tags]
    longest = max(map(len, lexicon), default=0)
    for s, sent in enumerate(toks):
        i = 0
        while i < len(sent):
            step = 1
            for length in range(min(longest, len(sent) - i), 0, -1):
                if not free(out[s], i, i + length):
                    continue
                kind = next((lexicon[f] for h in heads(sent[i]) if (f := (h, *sent[i + 1 : i + length])) in lexicon), None)
                if kind:
                    place(out, s, i, i + length, kind)
                    step = length
                    break
            i += step
    return out


def person_runs(toks: Doc, tags: Doc, words: set[str], min_run: int) -> Doc:
    """Tag runs of at least min_run free words that are all in the person gazetteer."""
    out = [list(t) for t in tags]
    for s, sent in enumerate(toks):
        i = 0
        while i < len(sent):
            j = i
            while j < len(sent) and out[s][j] == "O" and (sent[j] in words or (j == i and any(h in words for h in heads(sent[j])))):
                j += 1
            if j - i >= min_run and free(out[s], i, j):
                place(out, s, i, j, "PER")
            i = max(j, i + 1)
    return out


def extend_person(toks: Doc, tags: Doc, words: set[str], left: bool, right: bool) -> Doc:
    """Grow a PER span by one gazetteer word on the left and/or right."""
    out = [list(t) for t in tags]
    for s, sent in enumerate(toks):
        for a, b, kind in spans(tags[s]):
            if kind != "PER":
                continue
            if left and a > 0 and out[s][a - 1] == "O" and any(h in words for h in heads(sent[a - 1])):
                out[s][a - 1], out[s][a] = "B-PER", "I-PER"
            if right and b < len(sent) and out[s][b] == "O" and sent[b] in words and (b + 1 == len(sent) or not out[s][b + 1].startswith("I-")):
                out[s][b] = "I-PER"
    return out


def trim_edges(toks: Doc, tags: Doc, common, left: bool, right: bool) -> Doc:
    """Cut common words (the training part leaves them O) off the edges of multi-word spans."""
    out = [list(t) for t in tags]
    for s, sent in enumerate(toks):
        for a, b, kind in spans(tags[s]):
            while right and b - a > 1 and common(sent[b - 1]):
                out[s][b - 1] = "O"
                b -= 1
            while left and b - a > 1 and common(sent[a]):
                out[s][a] = "O"
                a += 1
                out[s][a] = "B-" + kind
    return out


def relabel(toks: Doc, tags: Doc, margin: int) -> Doc:
    """Give every tagged occurrence of a form its majority type when it leads by margin."""
    counts, where = defaultdict(Counter), defaultdict(list)
    for s, row in enumerate(tags):
        for a, b, kind in spans(row):
            form = tuple(toks[s][a:b])
            counts[form][kind] += 1
            where[form].append((s, a, b, kind))
    out = [list(t) for t in tags]
    for form, c in counts.items():
        (best, n), *rest = c.most_common()
        if rest and n >= rest[0][1] + margin:
            for s, a, b, kind in where[form]:
                if kind != best:
                    place(out, s, a, b, best)
    return out


def surnames(toks: Doc, tags: Doc) -> Doc:
    """Tag a free standalone word that ends a multi-word PER span elsewhere in the document."""
    names = {toks[s][b - 1] for s, row in enumerate(tags) for a, b, k in spans(row) if k == "PER" and b - a >= 2 and len(toks[s][b - 1]) >= 3}
    out = [list(t) for t in tags]
    for s, sent in enumerate(toks):
        for i, w in enumerate(sent):
            if any(h in names for h in heads(w)) and free(out[s], i, i + 1) and (i + 1 == len(sent) or out[s][i + 1] == "O"):
                out[s][i] = "B-PER"
    return out


def gazetteer(path: Path) -> set[tuple[str, ...]]:
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not set(line) <= set("=*"):  # the location list has ==== and **** separators
            entries.add(tuple(normalize(t) or t for t in line.split()))
    return entries


def bootstrap(gold: Doc, base: Doc, new: Doc, block: int = 20, rounds: int = 5000) -> tuple[float, float, float]:
    """Paired bootstrap over blocks of consecutive sentences: P(gain > 0) and its 95% interval."""
    def counts(g, p):
        gs, ps = gold_spans(g), gold_spans(p)
        return len(gs & ps), len(ps), len(gs)

    blocks = [range(a, min(a + block, len(gold))) for a in range(0, len(gold), block)]
    cb = [[sum(x) for x in zip(*(counts(gold[i], base[i]) for i in b))] for b in blocks]
    cn = [[sum(x) for x in zip(*(counts(gold[i], new[i]) for i in b))] for b in blocks]

    def f1(rows):
        tp, pred, gold_n = map(sum, zip(*rows))
        return 2 * tp / (pred + gold_n)

    rng = random.Random(0)
    gains = []
    for _ in range(rounds):
        pick = [rng.randrange(len(blocks)) for _ in blocks]
        gains.append(f1([cn[i] for i in pick]) - f1([cb[i] for i in pick]))
    gains.sort()
    return sum(g > 0 for g in gains) / rounds, gains[int(0.025 * rounds)], gains[int(0.975 * rounds) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    from pipeline.ner import Tagger

    split = split_anercorp(read_anercorp(args.data / "anercorp" / "ANERCorp.txt"))
    toks = [[normalize(w) or w for w, _ in s] for s in split.dev]
    gold = [[t for _, t in s] for s in split.dev]
    bare = Tagger("bundled", post=()).tag_tokens(toks)

    # training part without dev: word statistics and a memory of its entities
    train_toks = [[normalize(w) or w for w, _ in s] for s in split.train]
    train_tags = [[t for _, t in s] for s in split.train]
    occ, inside = Counter(), Counter()
    types = defaultdict(Counter)
    for sent, row in zip(train_toks, train_tags):
        for w, t in zip(sent, row):
            occ[w] += 1
            inside[w] += t != "O"
        for a, b, k in spans(row):
            types[tuple(sent[a:b])][k] += 1
    form_occ = Counter()
    for sent in train_toks:
        for i in range(len(sent)):
            for length in range(1, 6):
                form_occ[tuple(sent[i : i + length])] += 1

    def memory(min_count: int, min_share: float):
        out = {}
        for form, c in types.items():
            kind, n = c.most_common(1)[0]
            if n >= min_count and n >= min_share * form_occ[form] and sum(map(len, form)) >= 3:
                out[form] = kind
        return out

    def common(min_occ: int, max_share: float):
        return lambda w: occ[w] >= min_occ and inside[w] / occ[w] < max_share

    gaz_dir = args.data / "anercorp"
    gaz = {k: gazetteer(gaz_dir / f"ANERGazet_Aligned{f}Gazetteer.txt") for k, f in (("PER", "Pers"), ("LOC", "Loc"), ("ORG", "Org"))}
    person_words = {w for e in gaz["PER"] for w in e}
    prop = propagate(toks, bare)

    rows = [("model alone (--post none)", bare)]
    for window in (None, 50, 20):
        for min_count in (1, 2):
            for min_share in (0.0, 0.3, 0.5):
                label = f"propagate, {'whole file' if window is None else f'{window}-sentence blocks'}, min_count {min_count}, min_share {min_share}"
                rows.append((label, windowed(propagate, toks, bare, window, min_count=min_count, min_share=min_share)))
    rows.append(("propagate without proclitic matching", propagate(toks, bare, clitics=False)))
    rows.append(("KEPT: propagate (default: whole document, min_share 0.3, proclitics)", prop))
    for max_share, min_untagged in ((0.1, 3), (0.2, 3), (0.3, 2)):
        rows.append((f"drop outvoted tags (max_share {max_share}, min_untagged {min_untagged})", drop_outvoted(toks, bare, max_share, min_untagged)))
        rows.append((f"propagate + drop outvoted ({max_share}, {min_untagged})", drop_outvoted(toks, prop, max_share, min_untagged)))
    for margin in (1, 2, 3):
        rows.append((f"propagate + majority type relabel (margin {margin})", relabel(toks, prop, margin)))
    rows.append(("propagate + ANERGazet LOC entries", lexicon_tag(toks, prop, {f: "LOC" for f in gaz["LOC"]})))
    rows.append(("propagate + ANERGazet ORG entries", lexicon_tag(toks, prop, {f: "ORG" for f in gaz["ORG"]})))
    rows.append(("propagate + ANERGazet ORG entries of 2+ words", lexicon_tag(toks, prop, {f: "ORG" for f in gaz["ORG"] if len(f) > 1})))
    for run in (2, 3):
        rows.append((f"propagate + runs of {run}+ ANERGazet person words", person_runs(toks, prop, person_words, run)))
    for left, right, label in ((True, False, "left"), (False, True, "right"), (True, True, "both sides")):
        rows.append((f"propagate + PER span grown by a gazetteer word ({label})", extend_person(toks, prop, person_words, left, right)))
    for min_occ, max_share in ((5, 0.1), (20, 0.1)):
        for left, right, label in ((True, False, "left"), (False, True, "right")):
            rows.append((f"propagate + trim common words ({label}; train occ>={min_occ}, tagged<{max_share})", trim_edges(toks, prop, common(min_occ, max_share), left, right)))
    for min_count, min_share in ((2, 0.7), (3, 0.9)):
        rows.append((f"propagate + training-part memory (count>={min_count}, share>={min_share})", lexicon_tag(toks, prop, memory(min_count, min_share))))
    rows.append(("propagate + standalone surnames of tagged full names", surnames(toks, prop)))

    base = score(gold, bare)["overall"]["f1"]
    print(f"ANERcorp dev: {len(toks)} sentences, {sum(map(len, toks))} tokens, {sum(len(gold_spans(g)) for g in gold)} entities")
    print(f"{'step':86s} {'P':>6s} {'R':>6s} {'F1':>6s} {'dF1':>6s}  LOC    PER    ORG    MISC")
    for label, tags in rows:
        r = score(gold, tags)
        o, t = r["overall"], r["per_type"]
        print(
            f"{label:86s} {o['precision']:.4f} {o['recall']:.4f} {o['f1']:.4f} {100 * (o['f1'] - base):+5.2f}  "
            + "  ".join(f"{t[k]['f1']:.3f}" for k in ("LOC", "PER", "ORG", "MISC"))
        )
    p_gain, low, high = bootstrap(gold, bare, prop)
    print(f"propagate vs model alone, paired bootstrap over 20-sentence blocks: P(gain > 0) = {p_gain:.3f}, 95% interval {100 * low:+.2f} to {100 * high:+.2f} points")


if __name__ == "__main__":
    main()
