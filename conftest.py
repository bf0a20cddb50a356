"""Pytest set-up shared by the tests and the doctests under ``pipeline/``.

The doctests make folders with :func:`tempfile.mkdtemp` (a store, an export, a cache): during a
run they go under one folder of pytest's, removed when the run ends, so ``make test`` leaves
nothing in the system's temporary folder (it had left about 30 folders of a few MB each).
"""
from __future__ import annotations

import shutil
import tempfile

import pytest


@pytest.fixture(autouse=True, scope="session")
def _tempfile_under_pytest(tmp_path_factory):
    root = tmp_path_factory.mktemp("tempfile")
    before = tempfile.tempdir
    tempfile.tempdir = str(root)
    yield
    tempfile.tempdir = before
    shutil.rmtree(root, ignore_errors=True)
