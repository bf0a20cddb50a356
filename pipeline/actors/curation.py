"""Human decisions about actors, kept beside the corpus and applied on every build.

An analyst's corrections live in one reviewable file, ``CORPUS_DIR/curation.yaml``::

    decisions:
    - op: merge                 # these actors are one; the first id is kept
      ids: [per:جيمي_كارتر, per:كارتر]
      label: جيمي كارتر         # optional new Arabic label
      who: analyst
      when: '2026-12-01T12:00:00+00:00'
      why: the same former president
    - op: split                 # some of an actor's mentions are someone else
      id: ashton_carter
      articles: [snn-0809-61]   # by article, or
      aliases: [كارتر]          # by surface form (normalised), or both
      new_id: ashton_carter~1   # the id of the new actor (stable across builds)
    - op: rename                # any of label, label_en, type
      id: per:وندي_شيرمان
      label_en: Wendy Sherman
    - op: block                 # not an actor
      id: misc:الاسلام

Decisions are applied in file order after automatic linking
(:func:`apply_curation`), so they survive rebuilds and new articles. A decision
naming an actor the build no longer has is reported, never fatal. A malformed
file raises :class:`CurationError` naming the line, before the build writes
anything. ``python -m pipeline curate`` edits the file (:func:`add_decision`,
:func:`undo_last`).
"""
from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import os
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from ..errors import PipelineError
from ..arabic import normalize
from ..types import ENTITY_TYPES, Actor, LinkedMention
from .merge import LinkResult

CURATION_FILE = "curation.yaml"
OPS = ("merge", "split", "rename", "block")
_KEYS = {
    "merge": {"ids", "label", "label_en"},
    "split": {"id", "articles", "aliases", "new_id", "label"},
    "rename": {"id", "label", "label_en", "type"},
    "block": {"id"},
}
_COMMON = {"op", "who", "when", "why"}


class CurationError(PipelineError, ValueError):
    """``curation.yaml`` is malformed; the message names the file, the line and the fix."""


@dataclass(frozen=True)
class Decision:
    """One analyst decision (see the module docstring for the fields of each ``op``)."""

    op: str
    ids: tuple[str, ...]  # merge: every id, the kept one first; otherwise the one id
    who: str = ""
    when: str = ""
    why: str = ""
    label: str = ""
    label_en: str = ""
    type: str = ""
    articles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    new_id: str = ""
    line: int = 0  # where it starts in the file (1-based), for messages

    def to_yaml(self) -> dict:
        """The mapping written to ``curation.yaml`` (empty fields left out)."""
        out: dict = {"op": self.op}
        if self.op == "merge":
            out["ids"] = list(self.ids)
        else:
            out["id"] = self.ids[0]
        for key in ("label", "label_en", "type", "new_id"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        for key in ("articles", "aliases"):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        out.update(who=self.who, when=self.when, why=self.why)
        return out

    def describe(self) -> str:
        """One line for ``curate list`` and reports."""
        what = {
            "merge": lambda: f"merge {' + '.join(self.ids)}" + (f" as «{self.label}»" if self.label else ""),
            "split": lambda: f"split {self.ids[0]} → {self.new_id}"
            + (f" articles {', '.join(self.articles)}" if self.articles else "")
            + (f" aliases {', '.join(self.aliases)}" if self.aliases else ""),
            "rename": lambda: f"rename {self.ids[0]}"
            + "".join(f" {k}={getattr(self, k)!r}" for k in ("label", "label_en", "type") if getattr(self, k)),
            "block": lambda: f"block {self.ids[0]}",
        }[self.op]()
        return f"{what} — {self.who or '?'}, {self.when or '?'}" + (f": {self.why}" if self.why else "")


@dataclass(frozen=True)
class Curation:
    """The decisions of one corpus, in file order, and the file's content hash."""

    decisions: tuple[Decision, ...] = ()
    path: Path | None = None
    digest: str = ""  # sha256 of the file's bytes; "" when there is no file


def curation_path(corpus_dir: Path | str) -> Path:
    return Path(corpus_dir) / CURATION_FILE


def load_curation(corpus_dir: Path | str | None) -> Curation:
    """Read and validate ``CORPUS_DIR/curation.yaml``; no file (or no folder) is no decisions.

    Raises
    ------
    CurationError
        When the file is not YAML or a decision is malformed; the message names
        the file and line.
    """
    if corpus_dir is None:
        return Curation()
    path = curation_path(corpus_dir)
    if not path.is_file():
        return Curation()
    raw = path.read_bytes()
    decisions = parse_curation(raw.decode("utf-8", errors="replace"), str(path))
    return Curation(decisions, path, hashlib.sha256(raw).hexdigest())


def parse_curation(text: str, source: str = CURATION_FILE) -> tuple[Decision, ...]:
    """Decisions of a ``curation.yaml`` text, validated, with their line numbers."""
    fix = f"fix or remove that entry in {source}, or restore the file with `python -m pipeline curate CORPUS_DIR undo`"
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else "?"
        raise CurationError(f"{source}:{line}: not valid YAML ({exc.problem}); {fix}") from exc
    if data is None:
        return ()
    if not isinstance(data, dict) or set(data) - {"decisions"} or not isinstance(data.get("decisions", []), list):
        raise CurationError(f"{source}:1: expected a mapping with one key, `decisions`, holding a list; {fix}")
    items = data.get("decisions") or []
    lines = [1] * len(items)
    for key, value in node.value if node is not None else ():
        if key.value == "decisions" and hasattr(value, "value") and isinstance(value.value, list):
            lines = [item.start_mark.line + 1 for item in value.value]
    return tuple(_decision(item, f"{source}:{line}", line, fix) for item, line in zip(items, lines))


def _decision(item: object, where: str, line: int, fix: str) -> Decision:
    if not isinstance(item, dict):
        raise CurationError(f"{where}: a decision must be a mapping with `op`; {fix}")
    op = item.get("op")
    if op not in OPS:
        raise CurationError(f"{where}: `op` must be one of {', '.join(OPS)}, got {op!r}; {fix}")
    unknown = set(item) - _COMMON - _KEYS[op]
    if unknown:
        raise CurationError(f"{where}: unknown key(s) {sorted(unknown)} for {op}; allowed: {sorted(_COMMON | _KEYS[op])}")

    def text(key: str) -> str:
        value = item.get(key)
        if value is None:
            return ""
        if not isinstance(value, (str, int, float, dt.date)):
            raise CurationError(f"{where}: `{key}` must be text, got {value!r}; {fix}")
        return str(value).strip()

    def texts(key: str) -> tuple[str, ...]:
        value = item.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) and str(v).strip() for v in value):
            raise CurationError(f"{where}: `{key}` must be a list of non-empty text; {fix}")
        return tuple(str(v).strip() for v in value)

    if op == "merge":
        ids = texts("ids")
        if len(set(ids)) < 2:
            raise CurationError(f"{where}: merge needs `ids` with at least two different actor ids; {fix}")
    else:
        ids = (text("id"),)
        if not ids[0]:
            raise CurationError(f"{where}: {op} needs the actor's `id`; {fix}")
    kind = text("type").upper()
    if kind and kind not in ENTITY_TYPES:
        raise CurationError(f"{where}: `type` must be one of {', '.join(ENTITY_TYPES)}, got {kind!r}; {fix}")
    decision = Decision(
        op=op, ids=ids, who=text("who"), when=text("when"), why=text("why"), label=text("label"),
        label_en=text("label_en"), type=kind, articles=texts("articles"), aliases=texts("aliases"),
        new_id=text("new_id"), line=line,
    )
    if op == "split":
        if not decision.articles and not decision.aliases:
            raise CurationError(f"{where}: split needs `articles` or `aliases` (what goes to the new actor); {fix}")
        if not decision.new_id:
            decision = replace(decision, new_id=f"{ids[0]}~{line}")
    if op == "rename" and not (decision.label or decision.label_en or decision.type):
        raise CurationError(f"{where}: rename needs `label`, `label_en` or `type`; {fix}")
    return decision


# ---------------------------------------------------------------------------------------------
# Applying


@dataclass
class _Overrides:
    label: dict[str, str] = field(default_factory=dict)
    label_en: dict[str, str] = field(default_factory=dict)
    type: dict[str, str] = field(default_factory=dict)


def apply_curation(
    linked: LinkResult, curation: Curation, report: list[str] | None = None, known: Collection[str] = frozenset()
) -> LinkResult:
    """``linked`` with the analyst's decisions applied, in file order.

    Parameters
    ----------
    linked
        From :func:`~pipeline.actors.link_articles`.
    curation
        From :func:`load_curation`.
    report
        Lines are appended for decisions that name actors the build does not
        have (they are skipped, not fatal), and for what was applied.
    known
        Ids of actors that exist outside these mentions: the store new
        articles are added to (``python -m pipeline add``). A merge into or
        from one of them applies to the new mentions.

    Returns
    -------
    LinkResult
        Mentions moved, dropped or relabelled; actors, counts and articles recomputed.
    """
    if not curation.decisions:
        return linked
    report = report if report is not None else []
    mentions = list(linked.mentions)
    base: dict[str, Actor] = dict(linked.actors)
    over = _Overrides()
    for d in curation.decisions:
        present = {lm.actor_id for lm in mentions} | set(known)
        where = f"{curation.path.name if curation.path else CURATION_FILE}:{d.line}"
        missing = [a for a in d.ids if a not in present]
        if d.op == "merge":
            kept = [a for a in d.ids if a in present]
            if missing:
                report.append(f"{where}: merge names actor(s) this build does not have: {', '.join(missing)}")
            if len(kept) < 2 and not (kept and d.label):
                report.append(f"{where}: merge skipped: fewer than two of its actors exist")
                continue
            target = kept[0]
            mentions = [LinkedMention(lm.mention, target, "curated") if lm.actor_id in kept[1:] else lm for lm in mentions]
            if d.label:
                over.label[target] = d.label
            if d.label_en:
                over.label_en[target] = d.label_en
            continue
        actor_id = d.ids[0]
        if missing:
            report.append(f"{where}: {d.op} names an actor this build does not have: {actor_id} (skipped)")
            continue
        if d.op == "block":
            mentions = [lm for lm in mentions if lm.actor_id != actor_id]
        elif d.op == "rename":
            for key in ("label", "label_en", "type"):
                if getattr(d, key):
                    getattr(over, key)[actor_id] = getattr(d, key)
        elif d.op == "split":
            forms = {normalize(a) for a in d.aliases}
            articles = set(d.articles)
            moved = 0
            out = []
            for lm in mentions:
                if lm.actor_id == actor_id and (
                    lm.mention.article_id in articles or normalize(lm.mention.text) in forms
                ):
                    lm = LinkedMention(lm.mention, d.new_id, "curated")
                    moved += 1
                out.append(lm)
            mentions = out
            if not moved:
                report.append(f"{where}: split of {actor_id} matched no mention (skipped)")
                continue
            origin = base.get(actor_id) or linked.actors.get(actor_id)
            base[d.new_id] = Actor(d.new_id, d.label, over.type.get(actor_id) or (origin.type if origin else "MISC"))
            if d.label:
                over.label[d.new_id] = d.label
    return _summarise(mentions, base, over)


def _summarise(mentions: Sequence[LinkedMention], base: dict[str, Actor], over: _Overrides) -> LinkResult:
    counts: Counter[str] = Counter()
    articles: dict[str, dict[str, None]] = {}
    surfaces: dict[str, Counter[str]] = {}
    for lm in mentions:
        counts[lm.actor_id] += 1
        articles.setdefault(lm.actor_id, {})[lm.mention.article_id] = None
        surfaces.setdefault(lm.actor_id, Counter())[lm.mention.text] += 1
    actors = {}
    for actor_id in counts:
        known = base.get(actor_id)
        label = over.label.get(actor_id) or (known.label if known and known.label else "")
        if not label:
            label = max(surfaces[actor_id], key=lambda s: (surfaces[actor_id][s], len(s), s))
        actors[actor_id] = Actor(
            id=actor_id,
            label=label,
            type=over.type.get(actor_id) or (known.type if known else "MISC"),
            label_en=over.label_en.get(actor_id, known.label_en if known else ""),
            aliases=tuple(sorted(surfaces[actor_id])),
            wikidata=known.wikidata if known else "",
        )
    return LinkResult(
        actors=actors,
        mentions=tuple(mentions),
        mention_counts=dict(counts),
        actor_articles={a: tuple(ids) for a, ids in articles.items()},
    )


# ---------------------------------------------------------------------------------------------
# Editing the file


def default_who() -> str:
    """Who is deciding: ``$USER``, else the login name, else ``analyst``."""
    try:
        return os.environ.get("USER") or getpass.getuser() or "analyst"
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "analyst"


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def add_decision(corpus_dir: Path | str, decision: Decision) -> Decision:
    """Append ``decision`` to ``CORPUS_DIR/curation.yaml`` (created if missing); returns it as stored.

    ``who`` and ``when`` are filled in when empty; a split gets a ``new_id`` not
    used by an earlier decision. The file is validated first, so a corrupt one is
    never extended, and written atomically.
    """
    current = load_curation(corpus_dir).decisions
    decision = replace(decision, who=decision.who or default_who(), when=decision.when or now())
    if decision.op == "split" and not decision.new_id:
        used = {d.new_id for d in current}
        n = 1
        while f"{decision.ids[0]}~{n}" in used:
            n += 1
        decision = replace(decision, new_id=f"{decision.ids[0]}~{n}")
    _write(corpus_dir, [*current, decision])
    return decision


def undo_last(corpus_dir: Path | str) -> Decision | None:
    """Remove the last decision; returns it, or None when there was none."""
    current = load_curation(corpus_dir).decisions
    if not current:
        return None
    _write(corpus_dir, list(current[:-1]))
    return current[-1]


_HEADER = (
    "# Analyst decisions about actors, applied after automatic linking on every build.\n"
    "# Edit with `python -m pipeline curate CORPUS_DIR ...` (see README) or by hand; reviewed like code.\n"
)


def _write(corpus_dir: Path | str, decisions: Sequence[Decision]) -> None:
    body = yaml.safe_dump(
        {"decisions": [d.to_yaml() for d in decisions]}, allow_unicode=True, sort_keys=False, width=120
    )
    path = curation_path(corpus_dir)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(_HEADER + body, encoding="utf-8")
    os.replace(tmp, path)
