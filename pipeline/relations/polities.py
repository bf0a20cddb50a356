"""Which places can act: countries, capitals and self-governing regions (``data/polities.yaml``).

A LOC actor takes part in a relation only as a polity («قصفت السعودية», «واشنطن تدعم»);
any other place is where something happened («في عدن», «استهدفت المخا») and is no party.

>>> is_polity("السعودية"), is_polity("وللسعودية"), is_polity("بجمهورية مصر العربية")
(True, True, True)
>>> is_polity("واشنطن"), is_polity("المخا"), is_polity("مكة المكرمة"), is_polity("القدس")
(True, False, False, False)
>>> is_polity("القاهرة", cities=False), is_polity("مصر", cities=False)
(False, True)
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..arabic import normalize
from ..datafiles import load_data_file, word_lists
from ..errors import ResourceError

__all__ = ["POLITIES_PATH", "Polities", "is_polity", "load_polities"]

POLITIES_PATH = Path(__file__).resolve().parent.parent / "data" / "polities.yaml"
_KEYS = ("countries", "capitals", "regions", "state_heads")


class PolitiesError(ResourceError):
    """``polities.yaml`` is missing or malformed; the message names the key."""


@dataclass(frozen=True)
class Polities:
    names: frozenset[str]  # countries, capitals and regions, normalised
    state_heads: frozenset[str]
    capitals: frozenset[str]


def _build(data: object, source: str) -> Polities:
    if not isinstance(data, dict):
        raise PolitiesError(f"{source}: expected a mapping with keys {', '.join(_KEYS)}")
    missing = [k for k in _KEYS if k not in data]
    if missing:
        raise PolitiesError(f"{source}: missing key {missing[0]!r}")
    lists = word_lists(data, _KEYS, source, PolitiesError)
    names = frozenset(" ".join(n.split()) for k in ("countries", "capitals", "regions") for n in lists[k])
    capitals = frozenset(" ".join(n.split()) for n in lists["capitals"]) - frozenset(" ".join(n.split()) for n in lists["countries"])
    return Polities(names, frozenset(lists["state_heads"]), capitals)


def load_polities(path: Path | str | None = None) -> Polities:
    """Load and validate ``data/polities.yaml``."""
    return load_data_file(Path(path) if path is not None else POLITIES_PATH, _build, PolitiesError)


def _readings(name: str) -> list[str]:
    """``name`` and the forms left after one conjunction and one preposition: «وللسعودية» → «السعودية»."""
    out = [name]
    if name[:1] in "وف" and len(name) > 3:
        out.append(name[1:])
    for form in list(out):
        if form.startswith("لل") and len(form) > 3:
            out.append("ال" + form[2:])
        elif form[:1] in "بلك" and len(form) > 3:
            out.append(form[1:])
    return out


def is_polity(name: str, polities: Polities | None = None, cities: bool = True) -> bool:
    """True when the place ``name`` (as written, clitics allowed) is a country, a capital, a
    self-governing region or a state's formal name («جمهورية …», «دولة …»); with ``cities``
    False, a capital that is not also a country's name («القاهرة»; not «الكويت») is not."""
    polities = polities or load_polities()
    text = " ".join(normalize(name).split())
    if not text:
        return False
    first, _, rest = text.partition(" ")
    for reading in _readings(first):
        whole = reading + (" " + rest if rest else "")
        if whole in polities.names and (cities or whole not in polities.capitals):
            return True
        if rest and reading in polities.state_heads:
            return True
    return False
