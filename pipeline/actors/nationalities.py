"""Nationality adjectives → country codes (``data/nationalities.yaml``).

>>> nationality_of("الباكستانية"), nationality_of("الأميركي"), nationality_of("المشتركة")
('pk', 'us', None)
"""
from __future__ import annotations

from pathlib import Path

from ..arabic import normalize
from ..datafiles import load_data_file
from ..errors import ResourceError

__all__ = ["NATIONALITIES_PATH", "canonical_spelling", "demonym_of", "nationality_of"]

NATIONALITIES_PATH = Path(__file__).resolve().parent.parent / "data" / "nationalities.yaml"


class NationalitiesError(ResourceError):
    """The nationality file is missing or malformed; the message names the entry."""


def _build(data: object, source: str) -> dict[str, str]:
    if not isinstance(data, dict):
        raise NationalitiesError(f"{source}: expected country codes mapping to lists of adjectives")
    forms: dict[str, str] = {}
    for code, adjectives in data.items():
        if not isinstance(adjectives, list) or not all(isinstance(a, str) and a.strip() for a in adjectives):
            raise NationalitiesError(f"{source}: {code}: expected a list of adjectives")
        for adjective in adjectives:
            words = adjective.split()
            if len(words) > 1:
                # «كوري شمالي»: one token is looked up at a time, and «الشمالية» alone is
                # "northern" («الحدود الشمالية»), no Korean; «الكوري» has an entry of its own
                continue
            last = words[-1]
            # either gender, and the dual and plural of people («البرازيليان», «الأمريكيين»)
            for form in (last, "ال" + last, last + "ة", "ال" + last + "ة", *(a + last + e for a in ("", "ال") for e in ("ان", "ين", "ون"))):
                forms.setdefault(normalize(form), str(code))
    return forms


def _forms(adjective: str) -> tuple[str, ...]:
    """The definite forms the reader makes of one adjective, in a fixed order (either gender, the dual
    and plural of people)."""
    return tuple(normalize("ال" + adjective + ending) for ending in ("", "ة", "ان", "ين", "ون"))


def _build_spellings(data: object, source: str) -> dict[str, str]:
    """Each definite form of a country's second or later spelling → the same form of its first."""
    _build(data, source)  # the same validation: it raises unless ``data`` maps codes to lists
    assert isinstance(data, dict)
    spellings: dict[str, str] = {}
    for adjectives in data.values():
        single = [a for a in adjectives if len(a.split()) == 1]
        for variant in single[1:]:
            spellings.update(zip(_forms(variant), _forms(single[0])))
    return spellings


def canonical_spelling(token: str) -> str:
    """A definite country adjective in its country's first spelling, else the token unchanged, so that
    «وزارة العدل الأميركية» and «وزارة العدل الأمريكية» are one actor (the 2015-07-21 build: seven such
    pairs were two nodes each).

    >>> canonical_spelling("الاميركيه"), canonical_spelling("الامريكيه"), canonical_spelling("العدل")
    ('الامريكيه', 'الامريكيه', 'العدل')
    """
    return load_data_file(NATIONALITIES_PATH, _build_spellings, NationalitiesError).get(token, token)


def nationality_of(token: str) -> str | None:
    """The country code of a nationality adjective (with or without «ال», either gender), else None.

    >>> nationality_of("الشمالية"), nationality_of("الجنوبي"), nationality_of("السودانية")
    (None, None, 'sd')
    """
    return load_data_file(NATIONALITIES_PATH, _build, NationalitiesError).get(normalize(token))


def demonym_of(code: str, feminine: bool = False) -> str | None:
    """The definite adjective of a country, normalised, from its first entry (None if it has none).

    >>> demonym_of("qa"), demonym_of("ly", feminine=True), demonym_of("xx")
    ('القطري', 'الليبيه', None)
    """
    forms = load_data_file(NATIONALITIES_PATH, _build, NationalitiesError)
    return next(
        (f for f, c in forms.items() if c == code and f.startswith("ال") and f.endswith("ه") == feminine and not f.endswith(("ان", "ين", "ون"))),
        None,
    )
