"""The most-mentioned actors of a built graph, with likely junk flagged.

    python bench/junk_check.py OUT_DIR/graph.json [--top 200]

Prints rank, mentions, id, type and label of the ``--top`` actors by mentions, and
flags each one that looks like junk:

- ``listed``: its label or id is a form in ``tests/fixtures/junk_forms.yaml`` (surface
  forms a person judged junk in real output; the test suite checks they are never linked);
- ``never``: its name is made of never-actor words (``pipeline/data/not_actors.yaml``);
- ``short``: a one- or two-letter name, or a name with digits.

Ends with the number flagged. Exit status 0 always: a report, not a gate.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.arabic import normalize, tokenize  # noqa: E402

JUNK_FORMS = ROOT / "tests" / "fixtures" / "junk_forms.yaml"


def load_junk_forms(path: Path = JUNK_FORMS) -> dict[str, str]:
    """Normalised junk form → its category, from the reviewed fixture."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {normalize(item["form"]): item["category"] for item in data["forms"]}


def flags(node: dict, registry, junk_forms: dict[str, str]) -> list[str]:
    """Why ``node`` (a graph.json node) looks like junk; empty when it does not."""
    norms = [normalize(t.text) for t in tokenize(node.get("label") or "")]
    key = " ".join(norms)
    out = []
    id_form = node["id"].partition(":")[2].replace("_", " ")
    if key in junk_forms or id_form in junk_forms:
        out.append(f"listed:{junk_forms.get(key) or junk_forms.get(id_form)}")
    if norms and registry.is_never_actor(norms):
        out.append("never")
    letters = "".join(norms)
    if len([c for c in letters if c.isalpha()]) <= 2 or any(c.isdigit() for c in letters):
        out.append("short")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graph", type=Path)
    parser.add_argument("--top", type=int, default=200)
    args = parser.parse_args()
    from pipeline.actors import load_registry

    registry = load_registry()
    junk_forms = load_junk_forms()
    nodes = json.loads(args.graph.read_text(encoding="utf-8"))["nodes"]
    nodes.sort(key=lambda n: (-int(n.get("mentions", 0)), n["id"]))
    flagged = 0
    for rank, node in enumerate(nodes[: args.top], 1):
        why = flags(node, registry, junk_forms)
        flagged += bool(why)
        mark = ("  <-- " + ", ".join(why)) if why else ""
        print(f"{rank:4d} {node.get('mentions', 0):6d}  {node['type']:4s} {node['id'][:40]:40s} {node.get('label', '')}{mark}")
    print(f"\n{flagged} of the top {min(args.top, len(nodes))} actors flagged as likely junk ({len(nodes)} actors in all)")


if __name__ == "__main__":
    main()
