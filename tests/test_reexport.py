"""`python -m pipeline export`: a finished build's graph in other formats, equal to the build's own files."""
import pytest

from pipeline.__main__ import main
from pipeline.export import read_gexf, read_graphml, read_json

from .conftest import ROOT

GRAPHS = ROOT / "graphs"


def test_export_writes_the_formats_asked_for_and_they_match_the_build(tmp_path, capsys):
    assert main(["export", str(GRAPHS), "--formats", "graphml,gexf,csv-zip,json", "--to", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph-csv.zip", "graph.gexf", "graph.graphml", "graph.json"]
    assert (tmp_path / "graph.json").read_bytes() == (GRAPHS / "graph.json").read_bytes()
    assert (tmp_path / "graph.graphml").read_bytes() == (GRAPHS / "graph.graphml").read_bytes()
    built = read_json(GRAPHS / "graph.json")
    for read, name in ((read_graphml, "graph.graphml"), (read_gexf, "graph.gexf")):
        graph = read(tmp_path / name)
        assert set(graph.nodes) == set(built.nodes) and graph.number_of_edges() == built.number_of_edges()
    assert capsys.readouterr().out.count("wrote ") == 4


@pytest.mark.parametrize(
    "args, message",
    [
        (["--formats", "pdf"], "unknown format 'pdf'; choose from json, graphml"),
        ([], "no readable graph in"),
    ],
)
def test_export_errors_are_one_line(tmp_path, capsys, args, message):
    source = GRAPHS if args else tmp_path / "empty"
    assert main(["export", str(source), *args, "--to", str(tmp_path / "x")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
