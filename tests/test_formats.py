"""One table of file formats (pipeline.formats) for build, export and the app's downloads."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from pipeline import export
from pipeline.__main__ import make_parser
from pipeline.formats import FILES, FORMATS, download_bytes
from pipeline.graph import _example


@pytest.mark.parametrize("name", list(FORMATS))
def test_a_build_writes_the_files_the_table_names(name, tmp_path):
    written = export.write_all(_example(), tmp_path, formats=[name])
    assert sorted(p.name for p in written.values()) == sorted(f.name for f in FORMATS[name].files)
    assert {key: FILES[key] for key in written} == {key: p.name for key, p in written.items()}


def test_the_command_line_offers_the_table(tmp_path):
    parser = make_parser()
    assert parser.parse_args(["build", "corpus", "--out", str(tmp_path), "--formats", ",".join(FORMATS)]).formats == tuple(FORMATS)
    with pytest.raises(SystemExit):
        parser.parse_args(["build", "corpus", "--out", str(tmp_path), "--formats", "pdf"])


def test_downloads_are_one_file_each():
    G = _example()
    assert json.loads(download_bytes(G, "json"))["nodes"]
    assert download_bytes(G, "graphml").startswith(b"<?xml") and download_bytes(G, "gexf").startswith(b"<?xml")
    assert sorted(zipfile.ZipFile(io.BytesIO(download_bytes(G, "csv"))).namelist()) == ["edges.csv", "nodes.csv"]
    assert b"<!DOCTYPE html>" in download_bytes(G, "html", physics=False)
    with pytest.raises(ValueError, match="pdf"):
        download_bytes(G, "pdf")
