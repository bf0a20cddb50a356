"""Durable file-system changes: the one fsync helper the writers share.

A rename is durable only once its folder is fsynced; a file written through
another library (DuckDB) only once the file itself is. Best effort: platforms
that cannot open a folder, or refuse fsync on it, are left as they are.

>>> import tempfile
>>> fsync_path(tempfile.mkdtemp())
"""
from __future__ import annotations

import os


def fsync_path(path: str | os.PathLike) -> None:
    """fsync a file or a folder (a no-op where the platform does not allow it)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
