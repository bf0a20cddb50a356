"""``python -m pipeline export``: the files of a finished build, in the formats asked for.

A build's ``graph.json`` is its record of the graph (until the embedded store
holds it); this reads it back and writes the chosen formats, each replaced
atomically, without tagging or linking anything. Use it to get a format the
build did not write, or to write one into another folder.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import PipelineError

__all__ = ["FORMATS", "ExportError", "export_build"]

# format name → (file name, writer attribute in pipeline.export)
FORMATS: dict[str, tuple[str, str]] = {
    "json": ("graph.json", "write_json"),
    "graphml": ("graph.graphml", "write_graphml"),
    "gexf": ("graph.gexf", "write_gexf"),
    "nodes-csv": ("nodes.csv", "write_nodes_csv"),
    "edges-csv": ("edges.csv", "write_edges_csv"),
    "csv-zip": ("graph-csv.zip", "write_csv_zip"),
    "html": ("graph.html", "write_html"),
}


class ExportError(PipelineError):
    """The build folder holds no graph to export, or a format is unknown."""


def export_build(build_dir: Path, formats: Sequence[str], to: Path | None = None) -> dict[str, Path]:
    """Write ``formats`` of the graph built in ``build_dir`` into ``to`` (default: ``build_dir``).

    Returns
    -------
    dict of str to pathlib.Path
        Format → file written.

    Raises
    ------
    ExportError
        When ``build_dir/graph.json`` is missing or unreadable, or a format is unknown.

    Examples
    --------
    >>> import tempfile
    >>> from pipeline.export import write_json
    >>> from pipeline.graph import _example
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = write_json(_example(), folder / "graph.json")
    >>> sorted(p.name for p in export_build(folder, ["graphml", "csv-zip"]).values())
    ['graph-csv.zip', 'graph.graphml']
    """
    from . import export

    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ExportError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    source = Path(build_dir) / "graph.json"
    try:
        graph = export.read_json(source)
    except (OSError, ValueError, KeyError) as exc:
        raise ExportError(
            f"no readable graph in {source} ({type(exc).__name__}); build it first with "
            f"`python -m pipeline build CORPUS_DIR --out {build_dir}`"
        ) from None
    target = Path(to) if to is not None else Path(build_dir)
    target.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in formats:
        filename, writer = FORMATS[name]
        write: Callable = getattr(export, writer)
        written[name] = write(graph, target / filename)
    return written
