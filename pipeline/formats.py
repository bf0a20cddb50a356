"""The graph's file formats, in one table: what ``build --formats``, the
``export`` command and the explorer's download buttons offer.

Each :class:`Format` names the files a build or an export writes into its
folder (:data:`FILES`, keyed as in ``build.json``) and the one file a
download gives (CSV: both tables in a zip), its MIME type and the bytes.

>>> list(FORMATS)
['graphml', 'gexf', 'json', 'csv', 'html']
>>> [f.name for f in FORMATS["csv"].files], FORMATS["csv"].download
(['nodes.csv', 'edges.csv'], 'graph-csv.zip')
>>> FILES["nodes_csv"]
'nodes.csv'
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the command line reads the table before anything heavy is imported
    import networkx as nx

__all__ = ["GraphFile", "Format", "FORMATS", "FILES", "formats_named", "download_bytes"]


@dataclass(frozen=True)
class GraphFile:
    """A file a build writes: its key (``build.json``, :func:`pipeline.export.write_all`) and name."""

    key: str
    name: str


@dataclass(frozen=True)
class Format:
    """A format a user names: ``name`` on the command line, ``label`` on its download button."""

    name: str
    label: str
    files: tuple[GraphFile, ...]
    download: str
    mime: str
    # The download's bytes; HTML options go to :func:`pipeline.render.render_html`.
    generate: Callable[..., bytes] = field(repr=False)


# The generators import pipeline.export when called: the table is read at
# start-up (argument parsing, the app's buttons), the serialisers only on use.
def _graphml(G: nx.Graph, **_: Any) -> bytes:
    from .export import generate_graphml

    return generate_graphml(G).encode("utf-8")


def _gexf(G: nx.Graph, **_: Any) -> bytes:
    from .export import generate_gexf

    return generate_gexf(G).encode("utf-8")


def _json(G: nx.Graph, **_: Any) -> bytes:
    from .export import generate_json

    return generate_json(G).encode("utf-8")


def _csv_zip(G: nx.Graph, **_: Any) -> bytes:
    from .export import generate_csv_zip

    return generate_csv_zip(G)


def _html(G: nx.Graph, **options: Any) -> bytes:
    from .export import generate_html

    return generate_html(G, **options).encode("utf-8")


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("graphml", "GraphML", (GraphFile("graphml", "graph.graphml"),), "graph.graphml", "application/graphml+xml", _graphml),
        Format("gexf", "GEXF", (GraphFile("gexf", "graph.gexf"),), "graph.gexf", "application/gexf+xml", _gexf),
        Format("json", "JSON", (GraphFile("json", "graph.json"),), "graph.json", "application/json", _json),
        Format("csv", "CSV (zip)", (GraphFile("nodes_csv", "nodes.csv"), GraphFile("edges_csv", "edges.csv")), "graph-csv.zip", "application/zip", _csv_zip),
        Format("html", "HTML page", (GraphFile("html", "graph.html"),), "graph.html", "text/html", _html),
    )
}
#: File key → file name, every file of every format.
FILES: dict[str, str] = {f.key: f.name for fmt in FORMATS.values() for f in fmt.files}


def formats_named(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` without repeats, checked against :data:`FORMATS`.

    >>> formats_named(["json", "csv", "json"])
    ('json', 'csv')
    >>> formats_named(["json", "pdf"])
    Traceback (most recent call last):
    ...
    ValueError: unknown format(s) ['pdf']; choose from graphml, gexf, json, csv, html
    """
    chosen = tuple(dict.fromkeys(names))
    unknown = sorted(set(chosen) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown format(s) {unknown}; choose from {', '.join(FORMATS)}")
    return chosen


def download_bytes(G: nx.Graph, fmt: str, **html_options: Any) -> bytes:
    """The bytes of ``G`` in format ``fmt`` (a key of :data:`FORMATS`), as one download.

    ``html_options`` go to :func:`pipeline.render.render_html` (the HTML
    page); the data formats ignore them.

    >>> import json
    >>> from pipeline.graph import _example
    >>> json.loads(download_bytes(_example(), "json"))["nodes"][0]["id"]
    'kerry'
    >>> b'data-node-count="2"' in download_bytes(_example(), "html", max_nodes=2, physics=False)
    True
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[fmt].generate(G, **html_options)
