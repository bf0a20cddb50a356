"""Reviewed data files (YAML in ``pipeline/data/``): parse once per version.

A file is parsed and built again only when its modification time changes, so
an edit to the registry or the trigger lexicon takes effect on the next build
without a restart, and an unchanged file costs nothing.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml

T = TypeVar("T")


def load_data_file(path: Path, build: Callable[[Any, str], T], error: type[Exception]) -> T:
    """``build(parsed YAML, source name)`` for ``path``, cached by modification time.

    Raises ``error`` naming the file and the fix when it is missing or not YAML.
    """
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise error(f"data file not found: {path}; restore it with `git checkout -- {_repo_path(path)}`") from exc
    return _load(os.path.abspath(path), mtime, build, error)  # abspath: no file-system walk per call


@functools.lru_cache(maxsize=16)
def _load(path: str, mtime: int, build: Callable[[Any, str], T], error: type[Exception]) -> T:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise error(f"{path}: not valid YAML: {exc}") from exc
    return build(data, path)


def word_lists(data: Mapping[str, Any], keys: Iterable[str], source: str, error: type[Exception]) -> dict[str, list[str]]:
    """Each of ``keys`` of a parsed data file as its list of words, normalised
    (:func:`pipeline.arabic.normalize`); raises ``error`` naming the first key that is not a
    list of non-empty strings.

    >>> word_lists({"heads": ["وزارة", " الهيئة "]}, ["heads"], "<x>", ValueError)
    {'heads': ['وزاره', 'الهيئه']}
    >>> word_lists({"heads": "وزارة"}, ["heads"], "<x>", ValueError)
    Traceback (most recent call last):
    ...
    ValueError: <x>: `heads` must be a list of words
    """
    from .arabic import normalize

    lists = {}
    for key in keys:
        words = data[key]
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise error(f"{source}: `{key}` must be a list of words")
        lists[key] = [normalize(w.strip()) for w in words]
    return lists


def _repo_path(path: Path) -> str:
    parts = Path(path).resolve().parts
    return "/".join(parts[parts.index("pipeline"):]) if "pipeline" in parts else str(path)
