"""Command line: ``python -m pipeline COMMAND``.

Commands
--------
build CORPUS_DIR --out OUT_DIR   articles → actor graph files
curate CORPUS_DIR ACTION ...     merge, split, rename or block actors (CORPUS_DIR/curation.yaml)
tag FILE                         one token per line → token<TAB>BIO tag
train-ner --data DIR             rebuild the bundled NER model from shared data
train-charlm --data DIR          character language models on SaudiNewsNet (for train-ner --charlm)
download-models                  fetch Stanza's official Arabic models (online)
export STORE --out DIR           graph files (GraphML, GEXF, JSON, CSV, HTML) from a build's store

A :class:`~pipeline.errors.PipelineError` (a problem the user can fix) is
caught once, in :func:`main`, and printed as one line; exit status 1.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import PipelineError
from .formats import FORMATS

# A token longer than this is tagged by its first characters only: the char
# model's cost grows with length and nothing that long is a name.
MAX_TOKEN_CHARS = 64


def read_token_file(path: Path) -> list[list[str] | None]:
    """Lines of a token file: a token (first column) or None for a blank line."""
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig", errors="replace")
    lines: list[list[str] | None] = []
    for line in text.splitlines():
        columns = line.split()
        lines.append([columns[0]] if columns else None)
    return lines


def cmd_tag(args: argparse.Namespace) -> int:
    from .ner import load_tagger

    path = Path(args.file)
    if not path.is_file():
        print(f"error: {path}: no such file", file=sys.stderr)
        return 2
    lines = read_token_file(path)
    sentences: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line is None:
            if current:
                sentences.append(current)
            current = []
        else:
            current.append(line[0])
    if current:
        sentences.append(current)
    tagger = load_tagger(args.ner, Path(args.models) if args.models else None, post=_post_steps(args.post))
    tags = iter(tagger.tag_tokens([[t[:MAX_TOKEN_CHARS] for t in s] for s in sentences]))
    out = sys.stdout
    sentence_tags: list[str] = []
    position = 0
    for line in lines:
        if line is None:
            out.write("\n")
            continue
        if position == len(sentence_tags):
            sentence_tags, position = next(tags), 0
        out.write(f"{line[0]}\t{sentence_tags[position]}\n")
        position += 1
    return 0


def _post_steps(text: str | None) -> tuple[str, ...]:
    """``--post``: the default steps, ``none``, or a comma-separated list."""
    from .ner import DEFAULT_POST

    if text is None:
        return DEFAULT_POST
    return tuple(step.strip() for step in text.split(",") if step.strip() and step.strip() != "none")


def cmd_build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .build import build, summary

    corpus = Path(args.corpus)
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if total and bar is None:
            bar = tqdm(total=total, unit="article", desc="tagging")
        if bar is not None:
            bar.n = done
            bar.refresh()

    try:
        result = build(
            corpus,
            Path(args.out),
            ner=args.ner,
            model_dir=Path(args.models) if args.models else None,
            cache_dir=Path(args.cache) if args.cache else None,
            workers=args.workers,
            scheduler=args.scheduler,
            formats=args.formats,
            progress=progress,
        )
    finally:
        if bar is not None:
            bar.close()
    print(summary(result))
    return 0


def _format_list(text: str) -> tuple[str, ...]:
    """``--formats``: a non-empty comma-separated subset of :data:`pipeline.formats.FORMATS`."""
    formats = tuple(dict.fromkeys(f.strip() for f in text.split(",") if f.strip()))
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown or not formats:
        raise argparse.ArgumentTypeError(f"a comma-separated subset of {','.join(FORMATS)}, got {text!r}")
    return formats


def cmd_export(args: argparse.Namespace) -> int:
    from .export import write_all
    from .store import Store, StoreError

    try:
        formats = _format_list(args.formats)
    except argparse.ArgumentTypeError as exc:
        print(f"error: --formats takes {exc}", file=sys.stderr)
        return 2
    try:
        with Store(args.store) as store:
            graph = store.graph()
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for path in write_all(graph, out, formats=formats).values():
        print(f"wrote {path}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from .incremental import add_articles, summary

    result = add_articles(
        Path(args.out),
        [Path(p) for p in args.sources],
        corpus=Path(args.corpus) if args.corpus else None,
        ner=args.ner,
        model_dir=Path(args.models) if args.models else None,
        cache_dir=Path(args.cache) if args.cache else None,
        workers=args.workers,
    )
    print(summary(result, Path(args.out)))
    return 0


def cmd_curate(args: argparse.Namespace) -> int:
    from .actors.curation import CurationError, Decision, add_decision, curation_path, load_curation, undo_last

    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"error: {corpus}: not a folder", file=sys.stderr)
        return 2
    try:
        if args.action == "list":
            decisions = load_curation(corpus).decisions
            for i, d in enumerate(decisions, 1):
                print(f"{i:3d}. {d.describe()}")
            if not decisions:
                print(f"no decisions in {curation_path(corpus)}")
            return 0
        if args.action == "undo":
            undone = undo_last(corpus)
            print(f"undone: {undone.describe()}" if undone else "nothing to undo")
            return 0
        common = {"who": args.who or "", "why": args.why or ""}
        if args.action == "merge":
            decision = Decision("merge", tuple(args.ids), label=args.label or "", label_en=args.label_en or "", **common)
        elif args.action == "split":
            if not args.article and not args.alias:
                print("error: split needs --article ART... or --alias FORM...", file=sys.stderr)
                return 2
            decision = Decision(
                "split", (args.id,), articles=tuple(args.article or ()), aliases=tuple(args.alias or ()),
                label=args.label or "", **common,
            )
        elif args.action == "rename":
            if not (args.label or args.label_en or args.type):
                print("error: rename needs --label, --label-en or --type", file=sys.stderr)
                return 2
            decision = Decision(
                "rename", (args.id,), label=args.label or "", label_en=args.label_en or "", type=args.type or "", **common
            )
        else:
            decision = Decision("block", (args.id,), **common)
        if decision.op == "merge" and len(set(decision.ids)) < 2:
            print("error: merge needs at least two different actor ids", file=sys.stderr)
            return 2
        stored = add_decision(corpus, decision)
    except CurationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"recorded: {stored.describe()}\nin {curation_path(corpus)}; the next build applies it")
    return 0


def cmd_train_ner(args: argparse.Namespace) -> int:
    from .training.mix import SOURCES
    from .training.train_ner import TrainConfig, default_final_steps, run

    extra = tuple(name.strip() for name in args.extra.split(",") if name.strip()) if args.extra else ()
    unknown = [name for name in extra if name not in SOURCES]
    if unknown:
        print(f"error: --extra: unknown corpus {', '.join(unknown)}; choose from {', '.join(SOURCES)}", file=sys.stderr)
        return 2
    options = {} if args.word_dropout is None else {"word_dropout": args.word_dropout}
    if args.charlm:
        options["charlm"] = Path(args.charlm)
    final_steps = default_final_steps(extra, args.charlm) if args.final_steps is None else args.final_steps
    if final_steps:
        options["final_steps"] = final_steps
    cfg = TrainConfig(
        data=Path(args.data), work=Path(args.work), models=Path(args.models), threads=args.threads, extra=extra, extra_filter=args.extra_filter,
        **options,
    )
    run(cfg)
    return 0


def cmd_train_charlm(args: argparse.Namespace) -> int:
    from .training.charlm import CharlmConfig, run

    files = run(CharlmConfig(data=Path(args.data), work=Path(args.work), hidden_dim=args.hidden, epochs=args.epochs))
    for direction, path in files.items():
        print(f"{direction}: {path}")
    return 0


def cmd_evaluate_ner(args: argparse.Namespace) -> int:
    import json

    from .training.evaluate import evaluate_files

    report = evaluate_files(Path(args.models), Path(args.work) / "data", post=_post_steps(args.post), sets=args.sets.split(","), backend=args.ner)
    print(json.dumps(report, indent=1))
    return 0


def cmd_download_models(args: argparse.Namespace) -> int:
    from .ner import load_tagger

    load_tagger("official")
    print("Stanza's official Arabic models are ready.")
    return 0


POST_HELP = (
    "run-time repairs after the tagger, comma separated, or 'none' (default: propagate,lists: "
    "a name tagged in the file is tagged at its other occurrences, and the odd members of a "
    "list of places are places; see pipeline/ner_post.py)"
)


def make_parser() -> argparse.ArgumentParser:
    from .ner import BACKENDS

    parser = argparse.ArgumentParser(prog="python -m pipeline", description="Arabic news actor networks.")
    sub = parser.add_subparsers(dest="command", required=True)

    tag = sub.add_parser("tag", help="tag a one-token-per-line file; blank lines separate sentences")
    tag.add_argument("file")
    tag.add_argument("--ner", choices=BACKENDS, default="bundled", help="NER models to use")
    tag.add_argument("--models", default=None, help="folder of the bundled model (default: models/)")
    tag.add_argument("--post", default=None, help=POST_HELP)
    tag.set_defaults(func=cmd_tag)

    train = sub.add_parser("train-ner", help="rebuild the bundled NER model from shared data")
    train.add_argument("--data", default="../shared/data", help="folder holding anercorp/ and saudinewsnet/ (and wikifane/, aqmar/ for --extra)")
    train.add_argument("--work", default="build/ner", help="scratch folder for intermediate files")
    train.add_argument("--models", default="models", help="where the finished model goes")
    train.add_argument("--threads", type=int, default=2)
    train.add_argument("--extra", default="", help="extra gold corpora for the training mix, comma separated: wikifane, aqmar")
    train.add_argument("--extra-filter", choices=("all", "per-only"), default="all", help="which extra sentences to add: all, or only those with a PER entity")
    train.add_argument("--word-dropout", type=float, default=None, help="share of training words replaced by UNK (default: TrainConfig's, 0.05)")
    train.add_argument(
        "--final-steps", type=int, default=None,
        help="the final retrain: training + dev parts together for exactly this many steps (a selection run's choice; default 4700 for "
        "the default model, as shipped); 0: train on the training part and keep the best dev checkpoint (the default with --extra/--charlm)",
    )
    train.add_argument("--charlm", default=None, help="folder of the character LMs from train-charlm (build/charlm/saved): trains the accurate tagger over the vectors in --models, beside the default")
    train.set_defaults(func=cmd_train_ner)

    charlm = sub.add_parser("train-charlm", help="forward and backward character LMs on SaudiNewsNet, for train-ner --charlm")
    charlm.add_argument("--data", default="../shared/data", help="folder holding saudinewsnet/")
    charlm.add_argument("--work", default="build/charlm", help="text and models; a rerun resumes there")
    charlm.add_argument("--hidden", type=int, default=256, help="LSTM units per direction")
    charlm.add_argument("--epochs", type=int, default=1)
    charlm.set_defaults(func=cmd_train_charlm)

    evaluate = sub.add_parser("evaluate-ner", help="score the bundled model on the ANERcorp test sixth")
    evaluate.add_argument("--models", default="models")
    evaluate.add_argument("--work", default="build/ner")
    evaluate.add_argument("--post", default=None, help=POST_HELP)
    evaluate.add_argument("--ner", choices=("bundled", "accurate"), default="bundled", help="which bundled tagger to score")
    evaluate.add_argument("--sets", default="test,test_by_words,dev", help="which parts to score, comma separated (dev alone for tuning)")
    evaluate.set_defaults(func=cmd_evaluate_ner)

    download = sub.add_parser("download-models", help="download Stanza's official Arabic models (needs a network)")
    download.set_defaults(func=cmd_download_models)

    build = sub.add_parser("build", help="build the actor graph of a corpus folder")
    build.add_argument("corpus", help="folder of .txt/.json/.jsonl/.html articles")
    build.add_argument("--out", required=True, help="folder for graph.json, graph.graphml, graph.gexf, CSVs, graph.html")
    build.add_argument("--ner", choices=BACKENDS, default="bundled")
    build.add_argument("--models", default=None, help="folder of the bundled model (default: models/)")
    build.add_argument("--cache", default=None, help="extraction cache folder (default: OUT/.cache)")
    build.add_argument(
        "--workers", type=int, default=2, help="tagging processes for new articles; 2 or more also writes GraphML and GEXF in a second process"
    )
    build.add_argument("--scheduler", default=None, help="tag on a Dask cluster: its scheduler's address, tcp://HOST:PORT")
    build.add_argument(
        "--formats", default=None, type=_format_list, help=f"comma-separated subset of {','.join(FORMATS)} (default: all)"
    )
    build.set_defaults(func=cmd_build)

    add = sub.add_parser("add", help="append new articles to a build's store without rebuilding it")
    add.add_argument("out", help="a build's output folder (holding store.duckdb)")
    add.add_argument("sources", nargs="+", help="article files or folders; articles the store holds are ignored")
    add.add_argument("--corpus", default=None, help="the build's corpus folder: its curation.yaml applies, and files in it keep build's ids")
    add.add_argument("--ner", choices=BACKENDS, default="bundled")
    add.add_argument("--models", default=None, help="folder of the bundled model (default: models/)")
    add.add_argument("--cache", default=None, help="extraction cache folder (default: OUT/.cache)")
    add.add_argument("--workers", type=int, default=1, help="tagging processes for new articles")
    add.set_defaults(func=cmd_add)

    exp = sub.add_parser("export", help="write the graph files from a build's store")
    exp.add_argument("store", help="a store file, or a build's output folder holding store.duckdb")
    exp.add_argument("--out", required=True, help="folder for the exported files")
    exp.add_argument("--formats", default=",".join(FORMATS), help=f"comma-separated subset of {','.join(FORMATS)} (default: all)")
    exp.set_defaults(func=cmd_export)

    curate = sub.add_parser("curate", help="record an analyst decision about actors in CORPUS_DIR/curation.yaml")
    curate.add_argument("corpus", help="the corpus folder; decisions go to its curation.yaml")
    actions = curate.add_subparsers(dest="action", required=True)

    def decision_parser(name: str, text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=text)
        p.add_argument("--why", default="", help="the reason, kept with the decision")
        p.add_argument("--who", default="", help="who decides (default: $USER, else analyst)")
        return p

    merge = decision_parser("merge", "these actors are one (the first id is kept)")
    merge.add_argument("ids", nargs="+", metavar="ID")
    merge.add_argument("--label", help="Arabic label of the merged actor")
    merge.add_argument("--label-en", help="English label of the merged actor")
    split = decision_parser("split", "move some of an actor's mentions to a new actor")
    split.add_argument("id", metavar="ID")
    split.add_argument("--article", nargs="+", metavar="ART", help="the mentions in these articles")
    split.add_argument("--alias", nargs="+", metavar="FORM", help="the mentions written so (normalised)")
    split.add_argument("--label", help="Arabic label of the new actor")
    rename = decision_parser("rename", "change an actor's labels or type")
    rename.add_argument("id", metavar="ID")
    rename.add_argument("--label", help="Arabic label")
    rename.add_argument("--label-en", help="English label")
    rename.add_argument("--type", type=str.upper, choices=("PER", "ORG", "LOC", "MISC"), help="entity type")
    block = decision_parser("block", "not an actor: drop it and its links")
    block.add_argument("id", metavar="ID")
    actions.add_parser("undo", help="remove the last decision")
    actions.add_parser("list", help="print the decisions in order")
    curate.set_defaults(func=cmd_curate)

    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except PipelineError as exc:
        print(f"error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
