"""The country a news outlet writes from (``data/outlets.yaml``).

Its bare «المملكة» and bare office ministries mean that country's when the article
names no other (:mod:`pipeline.relations.references`, :mod:`pipeline.actors.link`).
"""
from __future__ import annotations

from pathlib import Path

from ..datafiles import load_data_file

__all__ = ["DEFAULT_OUTLETS_PATH", "OutletError", "load_outlets", "outlet_country"]

DEFAULT_OUTLETS_PATH = Path(__file__).resolve().parent.parent / "data" / "outlets.yaml"


class OutletError(ValueError):
    """The outlet file is missing or malformed; the message names the entry."""


def load_outlets(path: Path | str | None = None) -> dict[str, str]:
    """Outlet name → registry country code."""
    return load_data_file(Path(path) if path is not None else DEFAULT_OUTLETS_PATH, _build, OutletError)


def _build(data: object, source: str) -> dict[str, str]:
    countries = data.get("countries") if isinstance(data, dict) else None
    if not isinstance(countries, dict):
        raise OutletError(f"{source}: expected `countries`, a mapping of outlet name to country code")
    for outlet, code in countries.items():
        if not isinstance(code, str) or not code.strip():
            raise OutletError(f"{source}: outlet {outlet!r} needs a country code (as in actors.yaml `countries`)")
    return {str(outlet).strip().lower(): code.strip() for outlet, code in countries.items()}


def outlet_country(source: str, path: Path | str | None = None) -> str | None:
    """The country code of the outlet named ``source``, or None.

    >>> outlet_country("sabq"), outlet_country("Sabq "), outlet_country("nobody")
    ('sa', 'sa', None)
    """
    return load_outlets(path).get(source.strip().lower()) if source else None
