"""Which actors fight on the same side (``data/sides.yaml``), so a clash between three or more
parties named in one list does not pair two allies.

>>> load_sides().allied("houthis", "ali_abdullah_saleh"), load_sides().allied("houthis", "yemen_popular_resistance")
(True, False)
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..datafiles import load_data_file

__all__ = ["DEFAULT_SIDES_PATH", "Sides", "SidesError", "load_sides"]

DEFAULT_SIDES_PATH = Path(__file__).resolve().parent.parent / "data" / "sides.yaml"


class SidesError(ValueError):
    """The sides file is missing or malformed; the message names the entry."""


@dataclass(frozen=True)
class Sides:
    groups: tuple[frozenset[str], ...] = ()

    def allied(self, a: str, b: str) -> bool:
        """True when ``a`` and ``b`` are two actors of one group of allies."""
        return a != b and any(a in g and b in g for g in self.groups)

    def actors(self) -> frozenset[str]:
        """Every id the file names."""
        return frozenset().union(*self.groups)


def build_sides(data: object, source: str) -> Sides:
    if not isinstance(data, dict) or set(data) - {"allies"}:
        raise SidesError(f"{source}: expected a mapping with `allies`")
    groups = data.get("allies") or []
    if not isinstance(groups, list):
        raise SidesError(f"{source}: `allies` must be a list of lists of actor ids")
    out = []
    for n, group in enumerate(groups):
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(i, str) and i for i in group):
            raise SidesError(f"{source}: allies[{n}] must list two or more actor ids")
        out.append(frozenset(group))
    return Sides(tuple(out))


def load_sides(path: Path | str | None = None) -> Sides:
    """The groups of allies (cached per file version)."""
    return load_data_file(Path(path) if path is not None else DEFAULT_SIDES_PATH, build_sides, SidesError)
