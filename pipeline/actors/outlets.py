"""The country a news outlet writes from (``data/outlets.yaml``).

Its bare «المملكة» and bare office ministries mean that country's when the article
names no other (:mod:`pipeline.relations.references`, :mod:`pipeline.actors.link`), and
so do its bare titles («ولي العهد» in a Saudi paper is the Saudi crown prince).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..arabic import normalize
from ..datafiles import load_data_file

__all__ = ["DEFAULT_OUTLETS_PATH", "HomeTitle", "OutletError", "Outlets", "home_titles", "load_outlets", "outlet_country"]

DEFAULT_OUTLETS_PATH = Path(__file__).resolve().parent.parent / "data" / "outlets.yaml"


class OutletError(ValueError):
    """The outlet file is missing or malformed; the message names the entry."""


@dataclass(frozen=True)
class HomeTitle:
    """A bare title of the outlet's country and the registry role title it stands for (normalised
    tokens); ``unless``: phrases that, anywhere in the article, leave it ambiguous («ولي عهد أبوظبي»)."""

    role: tuple[str, ...]
    unless: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Outlets:
    countries: dict[str, str]  # outlet name → registry country code
    titles: dict[str, dict[tuple[str, ...], HomeTitle]]  # country code → bare title → its role
    # words after which a bare title is part of a name («كأس ولي العهد», the Crown Prince Cup)
    not_after: frozenset[str] = frozenset()


def load_outlets(path: Path | str | None = None) -> Outlets:
    """The outlets' countries and each country's bare titles."""
    return load_data_file(Path(path) if path is not None else DEFAULT_OUTLETS_PATH, _build, OutletError)


def _build(data: object, source: str) -> Outlets:
    countries = data.get("countries") if isinstance(data, dict) else None
    if not isinstance(countries, dict):
        raise OutletError(f"{source}: expected `countries`, a mapping of outlet name to country code")
    for outlet, code in countries.items():
        if not isinstance(code, str) or not code.strip():
            raise OutletError(f"{source}: outlet {outlet!r} needs a country code (as in actors.yaml `countries`)")
    titles_raw = data.get("home_titles") or {}
    if not isinstance(titles_raw, dict):
        raise OutletError(f"{source}: `home_titles` must map a country code to {{bare title: registry role title}}")
    titles: dict[str, dict[tuple[str, ...], HomeTitle]] = {}
    for code, table in titles_raw.items():
        if not isinstance(table, dict):
            raise OutletError(f"{source}: home_titles of {code!r} must map a bare title to a registry role title")
        titles[str(code)] = {tuple(normalize(str(k)).split()): _home_title(v, f"{source}: home_titles {code} {k!r}") for k, v in table.items()}
    not_after = data.get("home_titles_not_after") or []
    if not isinstance(not_after, list) or not all(isinstance(w, str) and w.strip() for w in not_after):
        raise OutletError(f"{source}: `home_titles_not_after` must be a list of words")
    countries = {str(outlet).strip().lower(): code.strip() for outlet, code in countries.items()}
    return Outlets(countries, titles, frozenset(normalize(w) for w in not_after))


def _home_title(value: object, where: str) -> HomeTitle:
    role, unless = (value, []) if isinstance(value, str) else (value.get("role"), value.get("unless") or []) if isinstance(value, dict) else (None, [])
    if not isinstance(role, str) or not role.strip() or not isinstance(unless, list) or not all(isinstance(u, str) and u.strip() for u in unless):
        raise OutletError(f"{where}: expected a registry role title, or `role` and an `unless` list of phrases")
    return HomeTitle(tuple(normalize(role).split()), tuple(tuple(normalize(u).split()) for u in unless))


def outlet_country(source: str, path: Path | str | None = None) -> str | None:
    """The country code of the outlet named ``source``, or None.

    >>> outlet_country("sabq"), outlet_country("Sabq "), outlet_country("nobody")
    ('sa', 'sa', None)
    """
    return load_outlets(path).countries.get(source.strip().lower()) if source else None


def home_titles(code: str, path: Path | str | None = None) -> dict[tuple[str, ...], HomeTitle]:
    """Bare title → the registry role it stands for, of the country with ``code`` (normalised tokens).

    >>> home_titles("sa")[("ولي", "العهد")].role
    ('ولي', 'العهد', 'السعودي')
    """
    return load_outlets(path).titles.get(code, {}) if code else {}
