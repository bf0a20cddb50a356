"""How much of held-out actor quality comes from the registry, and how much from linking.

    python bench/registry_share.py [--cache-dir DIR]

Scores the held-out fixture (``bench/actor_eval.py``'s scoring) twice, from the same
NER output:

- with the full registry (``pipeline/data/actors.yaml``);
- with the registry stripped to its structure: titles, country demonyms and their
  country actors, generic words, blocking phrases, but no people, organisations or
  cities (every actor is then found by linking NER names alone).

Prints recall and precision (all, PER, ORG) and false merges for both. Exit status 0.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import actor_eval  # noqa: E402

import pipeline.actors.registry as registry_module  # noqa: E402


def stripped_registry(folder: Path) -> Path:
    """The registry with only the actors its `countries` name (the file validates)."""
    data = yaml.safe_load(registry_module.DEFAULT_REGISTRY_PATH.read_text(encoding="utf-8"))
    countries = {c["actor"] for c in (data.get("countries") or {}).values()}
    data["actors"] = [dict(a, roles=[]) for a in data["actors"] if a["id"] in countries]
    path = folder / "actors-structure-only.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def score(cache_dir: Path | None) -> dict:
    return actor_eval.evaluate(cache_dir=cache_dir)


def line(name: str, result: dict) -> str:
    def cell(part: str, kind: str) -> str:
        value = result[part][kind]
        return f"{value['ratio']:.3f} ({value['hit']}/{value['total']})"

    recall = "  ".join(f"{k} {cell('recall', k)}" for k in ("ALL", "PER", "ORG"))
    precision = "  ".join(f"{k} {cell('precision', k)}" for k in ("ALL", "PER", "ORG"))
    return f"{name}\n  recall     {recall}\n  precision  {precision}\n  false merges: {len(result.get('false_merge_list', []))}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache-dir", type=Path)
    args = parser.parse_args()
    full = score(args.cache_dir)
    with tempfile.TemporaryDirectory() as tmp:
        original = registry_module.DEFAULT_REGISTRY_PATH
        registry_module.DEFAULT_REGISTRY_PATH = stripped_registry(Path(tmp))
        try:
            bare = score(args.cache_dir)
        finally:
            registry_module.DEFAULT_REGISTRY_PATH = original
    print("Held-out actors (tests/fixtures/snn_heldout), same NER output, two registries:\n")
    print(line("full registry", full))
    print(line("structure only (no actors)", bare))
    return 0


if __name__ == "__main__":
    sys.exit(main())
