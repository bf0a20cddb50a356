"""Cheap statistics of the extra NER data, printed as Markdown.

``python -m pipeline.training.extra_stats --data ../shared/data``

For each source: sentences, tokens and entities per type after mapping. Then
the *seen rate*: the share of ANERcorp development entities whose surface
form (normalised tokens) occurs as an entity in the training data, for
ANERcorp's training part alone and with each extra corpus added. Entities
seen in training are found far more often than unseen ones (issue 11: 94%
against 46%), so this is the quantity extra data has to move. Nothing here
reads the test sixth.
"""
from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

from ..arabic import normalize
from .clitics import Tagged
from .evaluate import spans
from .mix import SOURCES, build_mix, count
from .ner_data import read_anercorp, split_anercorp

TYPES = ("PER", "ORG", "LOC")


def entity_forms(sentences: Iterable[Tagged]) -> set[tuple[str, tuple[str, ...]]]:
    """(type, normalised tokens) of every entity.

    >>> entity_forms([[("زار", "O"), ("ولافروف", "B-PER")]])
    {('PER', ('ولافروف',))}
    """
    found = set()
    for sentence in sentences:
        for start, end, kind in spans([t for _, t in sentence]):
            found.add((kind, tuple(normalize(w) or w for w, _ in sentence[start:end])))
    return found


def seen_rate(dev: list[Tagged], known: set[tuple[str, tuple[str, ...]]]) -> dict:
    """Share of dev entity mentions (PER/ORG/LOC) whose form is in ``known``.

    Returns, per type and for the three together, the share seen with the
    same type (``same``), with any type (``any``), the share of the mentions'
    tokens seen inside an entity of the same type (``words``: a new full name
    made of known first and last names counts), and the mention count.

    >>> known = entity_forms([[("سامر", "B-PER"), ("نور", "I-PER")]])
    >>> r = seen_rate([[("سامر", "B-PER"), ("و", "O"), ("كاظم", "B-PER"), ("نور", "I-PER")]], known)
    >>> r["PER"]["mentions"], r["PER"]["same"], r["PER"]["words"]
    (2, 0.0, 0.6666666666666666)
    """
    any_type = {form for _, form in known}
    words = {(kind, w) for kind, form in known for w in form}
    counts = {k: [0, 0, 0, 0, 0] for k in (*TYPES, "all")}  # mentions, same type, any type, tokens, tokens seen
    for sentence in dev:
        for start, end, kind in spans([t for _, t in sentence]):
            if kind not in TYPES:
                continue
            form = tuple(normalize(w) or w for w, _ in sentence[start:end])
            for key in (kind, "all"):
                c = counts[key]
                c[0] += 1
                c[1] += (kind, form) in known
                c[2] += form in any_type
                c[3] += len(form)
                c[4] += sum((kind, w) in words for w in form)
    return {
        k: {"mentions": n, "same": same / n if n else 0.0, "any": other / n if n else 0.0, "words": seen / tokens if tokens else 0.0}
        for k, (n, same, other, tokens, seen) in counts.items()
    }


def collect(data: Path) -> dict:
    """Every number of the report (reads the corpora once per filter)."""
    split = split_anercorp(read_anercorp(data / "anercorp" / "ANERCorp.txt"))
    report = {"anercorp_train": count(split.train), "anercorp_dev": count(split.dev), "sources": {}, "seen": {}}
    train_forms = entity_forms(split.train)
    for how in ("all", "per-only"):
        mix, reports = build_mix(split, data, SOURCES, how)
        start = len(split.train)
        parts = {}
        for r in reports:
            parts[r.name] = mix[start : start + r.sentences]
            start += r.sentences
            report["sources"][f"{r.name} ({how})"] = r
        known = set(train_forms)
        rates = {"ANERcorp train": seen_rate(split.dev, known)}
        known |= entity_forms(parts["wikifane"])
        rates["+ WikiFANE"] = seen_rate(split.dev, known)
        known |= entity_forms(parts["aqmar"])
        rates["+ WikiFANE + AQMAR"] = seen_rate(split.dev, known)
        rates["ANERcorp train + AQMAR"] = seen_rate(split.dev, train_forms | entity_forms(parts["aqmar"]))
        report["seen"][how] = rates
    return report


def markdown(report: dict) -> str:
    """The report as Markdown tables."""
    lines = [
        "| source | sentences | tokens | PER | LOC | ORG | MISC | sentences left out (class / dev-test copy / filter) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, c in (("ANERcorp train", report["anercorp_train"]), ("ANERcorp dev", report["anercorp_dev"])):
        e = c["entities"]
        lines.append(f"| {name} | {c['sentences']:,} | {c['tokens']:,} | {e.get('PER', 0):,} | {e.get('LOC', 0):,} | {e.get('ORG', 0):,} | {e.get('MISC', 0):,} | |")
    for name, r in report["sources"].items():
        e = r.entities
        lines.append(
            f"| {name} | {r.sentences:,} | {r.tokens:,} | {e.get('PER', 0):,} | {e.get('LOC', 0):,} | {e.get('ORG', 0):,} | {e.get('MISC', 0):,} "
            f"| {r.dropped_class:,} / {r.dropped_overlap:,} / {r.dropped_filter:,} of {r.read:,} |"
        )
    for how, rates in report["seen"].items():
        lines += [
            "",
            f"Seen rate of ANERcorp dev entities, extra corpora filtered `{how}`: whole form seen as an entity of the same "
            "type (of any type); then the share of their words seen inside an entity of the same type:",
            "",
            "| training data | PER | ORG | LOC | PER+ORG+LOC |",
            "| --- | --- | --- | --- | --- |",
        ]
        for name, r in rates.items():
            cells = " | ".join(f"{r[k]['same']:.1%} ({r[k]['any']:.1%}); words {r[k]['words']:.1%}" for k in (*TYPES, "all"))
            lines.append(f"| {name} | {cells} |")
        mentions = rates["ANERcorp train"]
        lines.append(f"| *dev mentions* | {' | '.join(str(mentions[k]['mentions']) for k in (*TYPES, 'all'))} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data", help="folder holding anercorp/, wikifane/ and aqmar/")
    args = parser.parse_args(argv)
    print(markdown(collect(Path(args.data))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
