"""The one JSON text encoder the exports share: UTF-8 kept, sets sorted, the rest as text.

>>> dumps({"b": {2, 1}, "a": ("سلام",)})
'{"b": [1, 2], "a": ["سلام"]}'
>>> "".join(chunks([1, 2], indent=1)) == dumps([1, 2], indent=1)
True
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

__all__ = ["dumps", "chunks"]


def json_default(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, tuple):
        return list(value)
    return str(value)


def dumps(value: Any, **kw: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=json_default, **kw)


def chunks(value: Any, **kw: Any) -> Iterator[str]:
    """:func:`dumps` piece by piece, so a big document never sits in memory as one string.

    ``json.dumps`` joins the same pieces (with ``indent`` it uses this very
    encoder), so the text is identical.
    """
    return json.JSONEncoder(ensure_ascii=False, default=json_default, **kw).iterencode(value)
