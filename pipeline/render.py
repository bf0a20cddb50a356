"""Every piece of HTML the project shows, and its escaping.

* :func:`render_html`: the actor graph as one standalone page that works
  offline (the drawing, the downloads' HTML page, ``graph.html``), and
  :func:`legend_html` its legend;
* the explorer's panels: :func:`highlight_html` (a text with the actors'
  names in ``<mark>``), :func:`article_html`, :func:`type_legend_html`,
  :func:`evidence_cards_html` and the evidence blocks, :func:`hop_html`/
  :func:`path_html` (the Paths tab), :func:`article_header_html`,
  :func:`title_html`. Every character of the data goes through
  :func:`html.escape`; the UI files only call these.

The drawing
-----------
The page uses vis-network 9.1.2, the copy bundled with pyvis, with its
JavaScript and CSS *inlined*: nothing is fetched, no ``http(s)`` URL sits
in any ``src`` or ``href``. Node and edge option dicts are built with
pyvis's own :class:`pyvis.node.Node` and :class:`pyvis.edge.Edge`, but the
page comes from the template here, not from pyvis's, because pyvis's
template links CDNs and Bootstrap and puts titles and headings in raw.

Escaping
--------
* The graph reaches the page only as JSON in a
  ``<script type="application/json">`` block, written by
  :func:`script_json`, which escapes ``<``, ``>``, ``&``, U+2028 and U+2029
  (``\\u003c`` …), so no label can close the script element.
* Tooltips (``title``) are plain strings. vis-network 9 shows a string
  title with ``innerText`` (``Popup.setText``: only an ``Element`` is
  inserted as DOM), so markup in a title is shown, never parsed. Labels are
  drawn on the canvas, as text.
* Headings and legend text are :func:`html.escape`\\ d.

Arabic: the container has ``dir="rtl" lang="ar"`` (``ltr``/``en`` for English
labels) and a font stack with Arabic glyphs, so the canvas shapes and
orders labels right to left.

Labels: with ``labels=N`` the page itself chooses which names to draw, on
screen, where they fit (``labelPlacer`` in the page's script; see
:func:`render_html`), before the first frame without physics and once the
layout is frozen with it; the fonts the server sets only show while physics
runs.

Browser tests can read ``window.graphStats = {nodes, edges, totalNodes,
stabilizedMs}`` (``stabilizedMs`` is set once the layout is frozen; with
``labels``, also ``labelsShown``) and ``data-node-count``/``data-edge-count``
on ``#graph``.
"""
from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.edge import Edge
from pyvis.node import Node

from .graph import CO_MENTIONED, dominant_relation, edge_kind
from .labels import actor_label
from .layouts import layout_positions, place
from .types import ENTITY_TYPES, RELATION_TYPES

__all__ = [
    "render_html",
    "legend_html",
    "vis_data",
    "Span",
    "highlight_html",
    "article_html",
    "type_legend_html",
    "evidence_cards_html",
    "evidence_block_html",
    "hop_html",
    "path_html",
    "title_html",
    "article_header_html",
    "legend_block_html",
    "evidence_list_html",
    "script_json",
    "TYPE_COLORS",
    "RELATION_COLORS",
    "COMMUNITY_COLORS",
    "FONT_STACK",
]

VIS_VERSION = "9.1.2"
FONT_STACK = "Noto Naskh Arabic, Amiri, Tahoma, Arial, sans-serif"
TYPE_COLORS = {"PER": "#e15759", "ORG": "#4e79a7", "LOC": "#59a14f", "MISC": "#b07aa1"}
OTHER_COLOR = "#9c9c9c"
RELATION_COLORS = {
    "MEET": "#1f77b4",
    "AGREE": "#2ca02c",
    "SUPPORT": "#17becf",
    "OPPOSE": "#ff7f0e",
    "COOPERATE": "#bcbd22",
    "ATTACK": "#d62728",
    "STATEMENT": "#9467bd",
    "CO_MENTION": "#b8b8b8",
}
TYPE_NAMES = {
    "ar": {"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"},
    "en": {"PER": "Person", "ORG": "Organisation", "LOC": "Place", "MISC": "Other"},
}
RELATION_NAMES = {
    "ar": {
        "MEET": "لقاء",
        "AGREE": "اتفاق",
        "SUPPORT": "دعم",
        "OPPOSE": "معارضة",
        "COOPERATE": "تعاون",
        "ATTACK": "هجوم",
        "STATEMENT": "تصريح",
        "CO_MENTION": "ذكر مشترك",
    },
    "en": {
        "MEET": "meets",
        "AGREE": "agrees",
        "SUPPORT": "supports",
        "OPPOSE": "opposes",
        "COOPERATE": "cooperates",
        "ATTACK": "attacks",
        "STATEMENT": "statement",
        "CO_MENTION": "co-mention",
    },
}
#: Community colours (the largest communities first); the rest are grey.
COMMUNITY_COLORS = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#2f8f9d", "#8cd17d", "#d37295",
)
SMALL_COMMUNITY_COLOR = "#c9c9c9"
#: Shapes of the actor types when the colour shows the community.
TYPE_SHAPES = {"PER": "dot", "ORG": "square", "LOC": "triangle", "MISC": "diamond"}
_SHAPE_GLYPHS = {"dot": "●", "square": "■", "triangle": "▲", "diamond": "◆"}
COLOR_BY = ("community", "type")
FOCUS_BORDER = "#111111"
HIT_BORDER = "#ff7f0e"
#: How many of the strongest actors get a label that shows without zooming.
DEFAULT_LABELS = 30
#: On-screen font size (px) of a visible label. The font of a hidden label
#: (canvas units) is under ``LABEL_THRESHOLD - 1`` px on screen at any zoom
#: vis-network allows (``nodes.scaling.label.drawThreshold``), so it is not drawn.
LABEL_PX = 15
HIDDEN_LABEL = 0.001
LABEL_THRESHOLD = 9
#: The drawing area the layout is fitted to, in px (for the label sizes).
CANVAS = (900.0, 650.0)
SIZE_BY = ("mentions", "pagerank", "degree")
LANGUAGES = ("ar", "en")
STABILIZATION_ITERATIONS = 200
_HEIGHT = re.compile(r"^\d+(\.\d+)?(px|%|vh|em|rem)$")
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


# ---------------------------------------------------------------------------
# safe embedding
# ---------------------------------------------------------------------------


def script_json(value: Any) -> str:
    """JSON for a ``<script>`` element: no character of it can end the element.

    ``<``, ``>`` and ``&`` occur in JSON only inside strings, where their
    ``\\uXXXX`` escapes mean the same; U+2028/U+2029 are escaped for old JS
    engines.

    >>> script_json({"label": "</script><b>&"})
    '{"label": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    >>> json.loads(script_json("</script>\\u2028")) == "</script>\\u2028"
    True
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    return _SCRIPT_UNSAFE.sub(lambda m: _SCRIPT_ESCAPES[m.group()], text)


def _vis_dir() -> Path:
    import pyvis

    base = Path(pyvis.__file__).resolve().parent
    for candidate in (base / "templates" / "lib" / f"vis-{VIS_VERSION}", base / "lib" / f"vis-{VIS_VERSION}"):
        if (candidate / "vis-network.min.js").is_file():
            return candidate
    raise FileNotFoundError(
        f"vis-network {VIS_VERSION} is not in the installed pyvis ({base}); reinstall it with `pip install pyvis==0.3.2`"
    )


_BUTTON_ICONS = re.compile(r"[^{}]*\{[^{}]*url\(\"?data:[^{}]*\}")


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    """The inlined vis-network JavaScript and CSS, made safe to embed."""
    folder = _vis_dir()
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE).replace("<!--", "<\\!--")
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)
    # The icons of the navigation and editing buttons, ~190 KB of data: URLs:
    # the drawing enables neither, and every page load would parse them.
    css = _BUTTON_ICONS.sub("", css)
    return js, css


# ---------------------------------------------------------------------------
# node and edge options
# ---------------------------------------------------------------------------


def _metric(G: nx.Graph, size_by: str) -> dict[Any, float]:
    if size_by == "mentions":
        return {n: float(G.nodes[n].get("mentions") or 0) for n in G}
    if size_by == "degree":
        return {n: float(d) for n, d in G.degree(weight="weight")}
    if G.number_of_edges() == 0:
        return {n: 1.0 for n in G}
    return nx.pagerank(G, weight="weight")


def _scale(values: dict[Any, float], low: float = 10.0, high: float = 42.0) -> dict[Any, float]:
    """Map values to sizes, square-root scaled so big hubs do not swamp."""
    if not values:
        return {}
    lo, hi = min(values.values()), max(values.values())
    if hi <= lo:
        return {k: (low + high) / 3 for k in values}
    return {k: round(low + (high - low) * math.sqrt((v - lo) / (hi - lo)), 2) for k, v in values.items()}


def _edge_width(weight: float) -> float:
    return round(min(10.0, 1.0 + 1.8 * math.log2(max(1.0, float(weight)))), 2)


def _display_label(data: dict[str, Any], node: Any, language: str) -> str:
    if language == "en" and data.get("label_en"):
        return str(data["label_en"])
    return str(data.get("label") or data.get("label_en") or node)


def _relation_summary(counts: Counter, language: str, top: int = 4) -> str:
    names = RELATION_NAMES[language]
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return ("، " if language == "ar" else ", ").join(f"{names.get(r, r)} {c}" for r, c in ranked)


def _node_title(G: nx.Graph, node: Any, language: str) -> str:
    d = G.nodes[node]
    ar = language == "ar"
    lines = [str(d.get("label") or node)]
    if d.get("label_en"):
        lines.append(str(d["label_en"]))
    kind = TYPE_NAMES[language].get(d.get("type"), str(d.get("type") or ""))
    n_articles = len(d.get("articles") or ())
    lines.append(
        f"{kind} · {d.get('mentions') or 0} ذكر · {n_articles} مقال"
        if ar
        else f"{kind} · {d.get('mentions') or 0} mentions · {n_articles} articles"
    )
    counts: Counter = Counter()
    for _, _, rel in G.edges(node, data="relations"):
        counts.update(rel or {})
    if counts:
        lines.append(("العلاقات: " if ar else "Relations: ") + _relation_summary(counts, language))
    aliases = [str(a) for a in (d.get("aliases") or ()) if a != d.get("label")][:5]
    if aliases:
        lines.append(("أسماء أخرى: " if ar else "Also: ") + "، ".join(aliases))
    return "\n".join(lines)


def _shorten(text: str, limit: int = 240) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _edge_title(G: nx.Graph, u: Any, v: Any, language: str) -> str:
    d = G.edges[u, v]
    label_u = _display_label(G.nodes[u], u, language)
    label_v = _display_label(G.nodes[v], v, language)
    # a link read from the store brings its first sentences (``sample``), not all of them
    evidence = d.get("evidence") or d.get("sample") or []
    weight = d.get("weight", len(evidence))
    counted = f"الجمل: {weight}" if language == "ar" else f"{weight} sentence{'s' if weight != 1 else ''}"
    summary = _relation_summary(Counter(d.get("relations") or {}), language, 8) or RELATION_NAMES[language]["CO_MENTION"]
    lines = [f"{label_u} — {label_v}", f"{counted} · {summary}"]
    for e in evidence[:2]:
        lines.append(f"«{_shorten(e.get('sentence', ''))}» ({e.get('article', '')})")
    total = len(d["evidence"]) if "evidence" in d else int(weight or 0)
    if total > 2:
        lines.append(f"+{total - 2} " + ("شواهد أخرى" if language == "ar" else "more"))
    return "\n".join(lines)


def _edge_direction(d: dict[str, Any]) -> tuple[Any, Any] | None:
    """(source, target) when every sentence asserting a type points the same way, else None.

    Co-mention sentences (no type) do not count against a direction.
    """
    from .graph import edge_direction

    return edge_direction(d)


def _community_colors(G: nx.Graph) -> tuple[dict[Any, int], dict[int, str]]:
    """Node → community number, and community → colour (grey for singletons and the small rest)."""
    from .graph import communities

    community = communities(G, seed=0)
    sizes = Counter(community.values())
    colours = {
        c: COMMUNITY_COLORS[c] if c < len(COMMUNITY_COLORS) and sizes[c] > 1 else SMALL_COMMUNITY_COLOR
        for c in sizes
    }
    return community, colours


def _fit_scale(positions: Mapping[Any, Sequence[float]]) -> float:
    """The zoom at which vis-network's ``fit`` shows all ``positions`` (about)."""
    if len(positions) < 2:
        return 1.0
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    width, height = max(xs) - min(xs) + 120, max(ys) - min(ys) + 120
    return max(0.05, min(1.5, CANVAS[0] / width, CANVAS[1] / height))


def _fitting_labels(
    order: Sequence[Any],
    labels: Mapping[Any, str],
    sizes: Mapping[Any, float],
    positions: Mapping[Any, Sequence[float]],
    font: float,
    limit: int,
    always: Collection[Any] = (),
) -> set[Any]:
    """The nodes whose label is shown: ``always``, then the first of ``order``
    whose label box (below the node, ``font`` high) overlaps no box already
    chosen, at most ``limit`` in all. Without positions, the first ``limit``."""
    chosen: list[Any] = [n for n in always if n in labels]
    if not positions:
        return set(chosen) | set([n for n in order if n not in chosen][: max(limit - len(chosen), 0)])
    boxes = []

    def box(n: Any) -> tuple[float, float, float, float]:
        x, y = positions[n]
        half = 0.5 * 0.62 * font * max(len(labels[n]), 2) + 4
        top = y + sizes.get(n, 15) + 2
        return (x - half, top, x + half, top + 1.45 * font)

    def free(b: tuple[float, float, float, float]) -> bool:
        return all(b[2] < o[0] or o[2] < b[0] or b[3] < o[1] or o[3] < b[1] for o in boxes)

    for n in chosen:
        boxes.append(box(n))
    for n in order:
        if len(chosen) >= max(limit, len(always)):
            break
        if n in chosen or n not in positions:
            continue
        b = box(n)
        if free(b):
            chosen.append(n)
            boxes.append(b)
    return set(chosen)


def vis_data(
    G: nx.Graph,
    *,
    label_language: str = "ar",
    physics: bool = True,
    size_by: str = "mentions",
    positions: Mapping[Any, Sequence[float]] | None = None,
    color_by: str = "type",
    focus: Any = None,
    highlight: Collection[Any] = (),
    labels: int | None = None,
) -> dict[str, Any]:
    """vis-network nodes, edges and options for ``G`` (plain JSON-able dicts).

    See :func:`render_html` for the parameters.

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> data = vis_data(_example(), physics=False)
    >>> [n["label"] for n in data["nodes"]], data["edges"][0]["color"]
    (['كيري', 'لافروف', 'موسكو'], '#1f77b4')
    >>> data["nodes"][0]["title"].splitlines()[:2]
    ['كيري', 'John Kerry']

    The focus actor is drawn bigger, with a dark border; only one label fits here:

    >>> data = vis_data(_example(), physics=False, focus="moscow", color_by="community", labels=1)
    >>> moscow = next(n for n in data["nodes"] if n["id"] == "moscow")
    >>> moscow["borderWidth"], moscow["color"]["border"], moscow["shape"]
    (5, '#111111', 'triangle')
    >>> fonts = [n["font"]["size"] for n in data["nodes"]]
    >>> fonts.count(max(fonts)), moscow["font"]["size"] == max(fonts)
    (1, True)
    """
    metric = _metric(G, size_by)
    sizes = _scale(metric)
    focus_set = {focus} if focus is not None and focus in G else set()
    hits = {n for n in highlight if n in G} - focus_set
    for n in focus_set:
        sizes[n] = round(sizes.get(n, 15) * 1.35, 2)
    for n in hits:
        sizes[n] = round(sizes.get(n, 15) * 1.2, 2)
    if positions is not None:
        placed = place(G, positions)
    else:
        placed = {} if physics else layout_positions(G)
    fit = _fit_scale(placed) if placed else 1.0
    big = round(LABEL_PX / fit, 1)
    names = {n: _display_label(d, n, label_language) for n, d in G.nodes(data=True)}
    order = sorted(G, key=lambda n: (-metric.get(n, 0.0), str(n)))
    shown = (
        set(G)
        if labels is None
        else _fitting_labels(order, names, sizes, placed, big, int(labels), [*focus_set, *sorted(hits, key=order.index)])
    )
    community, colours = _community_colors(G) if color_by == "community" else ({}, {})
    nodes = []
    for n, d in G.nodes(data=True):
        kind = d.get("type")
        fill = colours.get(community.get(n), SMALL_COMMUNITY_COLOR) if color_by == "community" else TYPE_COLORS.get(kind, OTHER_COLOR)
        options: dict[str, Any] = {
            "color": fill,
            "size": sizes.get(n, 15),
            "title": _node_title(G, n, label_language),
            "group": str(kind or ""),
        }
        if color_by == "community":
            options["community"] = community.get(n)
        if labels is not None:
            options["font"] = {"size": big if n in shown else HIDDEN_LABEL}
        if n in focus_set or n in hits:
            border = FOCUS_BORDER if n in focus_set else HIT_BORDER
            options["color"] = {"background": fill, "border": border, "highlight": {"background": fill, "border": border}}
            options["borderWidth"] = 5 if n in focus_set else 4
            if labels is not None:
                options["font"] = {"size": big, "bold": {"size": big}}
        if n in placed:
            options["x"], options["y"] = placed[n]
        shape = TYPE_SHAPES.get(kind, "dot") if color_by == "community" else "dot"
        nodes.append(Node(str(n), shape, label=names[n], **options).options)
    edges = []
    for u, v, d in G.edges(data=True):
        direction = _edge_direction(d)
        src, dst = direction if direction else (u, v)
        relation = d.get("dominant_relation") or dominant_relation(d.get("relations"))
        options = {
            "width": _edge_width(d.get("weight", 1)),
            "color": RELATION_COLORS.get(relation, OTHER_COLOR),
            "title": _edge_title(G, u, v, label_language),
            "relation": relation,
            "dashes": edge_kind(d) == CO_MENTIONED,  # co-mention only: dashed
        }
        edges.append(Edge(str(src), str(dst), directed=direction is not None, **options).options)
    data = {"nodes": nodes, "edges": edges, "options": _vis_options(physics, G.number_of_nodes())}
    if labels is not None:
        # the page keeps labels by this order where they fit on screen (_SCRIPT's labelPlacer)
        first = [*focus_set, *sorted(hits, key=order.index)]
        ranked = first + [n for n in order if n not in focus_set and n not in hits]
        data["labels"] = {"order": [str(n) for n in ranked], "limit": int(labels), "px": LABEL_PX, "hidden": HIDDEN_LABEL}
    return data


def _vis_options(physics: bool, n_nodes: int) -> dict[str, Any]:
    return {
        "autoResize": True,
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {"face": FONT_STACK, "size": 16, "color": "#222222", "strokeWidth": 3, "strokeColor": "#ffffff"},
            # labels smaller than this on screen are not drawn (they show when zooming in)
            "scaling": {"label": {"drawThreshold": LABEL_THRESHOLD, "maxVisible": 40}},
        },
        "edges": {"smooth": False, "color": {"inherit": False, "opacity": 0.75}, "arrows": {"to": {"scaleFactor": 0.5}}},
        "groups": {t: {"color": c} for t, c in TYPE_COLORS.items()},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n_nodes > 300},
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 100},
        "physics": {
            "enabled": bool(physics),
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "springConstant": 0.06, "avoidOverlap": 0.3},
            "stabilization": {"enabled": bool(physics), "iterations": STABILIZATION_ITERATIONS, "updateInterval": 20, "fit": True},
        },
    }


# ---------------------------------------------------------------------------
# the page
# ---------------------------------------------------------------------------


def legend_html(
    G: nx.Graph,
    language: str = "ar",
    *,
    total: int | None = None,
    color_by: str = "type",
    focus: Any = None,
    highlight: Collection[Any] = (),
) -> str:
    """The drawing's legend as escaped HTML, laid out to sit *beside* the
    canvas (below it), never over the nodes.

    Actor types (colours, or shapes when the colour shows the community),
    the largest communities with their strongest member, the relations
    drawn, the focus/search markers, and "shown / total actors".

    >>> from pipeline.graph import _example
    >>> html_ = legend_html(_example(), "en", color_by="community", focus="kerry")
    >>> "Community 1" in html_, "▲ Place" in html_, "Focus" in html_, "3 / 3 actors" in html_
    (True, True, True, True)
    """
    esc = html.escape
    shown = G.number_of_nodes()
    total = shown if total is None else int(total)
    ar = language == "ar"
    types = sorted({str(t or "") for _, t in G.nodes(data="type")}, key=lambda t: (t not in ENTITY_TYPES, ENTITY_TYPES.index(t) if t in ENTITY_TYPES else 0, t))
    relations = sorted({d.get("dominant_relation") or dominant_relation(d.get("relations")) for _, _, d in G.edges(data=True)} - {""}, key=lambda r: (r not in RELATION_TYPES, RELATION_TYPES.index(r) if r in RELATION_TYPES else 0, r))
    type_names, relation_names = TYPE_NAMES[language], RELATION_NAMES[language]
    parts = ['<div class="legend" dir="auto">']

    def group(title: str, rows: list[str]) -> None:
        if rows:
            parts.append(f'<div class="legend-group"><span class="legend-title">{esc(title)}</span>{"".join(rows)}</div>')

    rows = []
    for t in types:
        if color_by == "community":
            glyph = _SHAPE_GLYPHS[TYPE_SHAPES.get(t, "dot")]
            rows.append(f'<span class="legend-row">{esc(glyph + " " + type_names.get(t, t))}</span>')
        else:
            colour = TYPE_COLORS.get(t, OTHER_COLOR)
            rows.append(f'<span class="legend-row"><span class="dot" style="background:{colour}"></span>{esc(type_names.get(t, t))}</span>')
    group("الفاعلون" if ar else "Actors", rows)
    if color_by == "community" and G.number_of_nodes():
        community, colours = _community_colors(G)
        strength = dict(G.degree(weight="weight"))
        members: dict[int, list[Any]] = {}
        for n, c in community.items():
            members.setdefault(c, []).append(n)
        rows = []
        for c in sorted(members):
            if colours[c] == SMALL_COMMUNITY_COLOR:
                continue
            top = min(members[c], key=lambda n: (-strength.get(n, 0), str(n)))
            name = _display_label(G.nodes[top], top, language)
            label = (f"مجموعة {c + 1}: {name} و{len(members[c]) - 1}" if ar else f"Community {c + 1}: {name} +{len(members[c]) - 1}")
            rows.append(f'<span class="legend-row"><span class="dot" style="background:{colours[c]}"></span><bdi>{esc(label)}</bdi></span>')
        if any(colour == SMALL_COMMUNITY_COLOR for colour in colours.values()):
            rows.append(f'<span class="legend-row"><span class="dot" style="background:{SMALL_COMMUNITY_COLOR}"></span>{esc("مجموعات صغيرة" if ar else "small groups")}</span>')
        group("المجموعات (لوفان)" if ar else "Communities (Louvain)", rows)
    if relations:
        rows = []
        for r in relations:
            colour = RELATION_COLORS.get(r, OTHER_COLOR)
            line = f"border-top:3px dashed {colour};height:0" if r == "CO_MENTION" else f"background:{colour}"  # as drawn
            rows.append(f'<span class="legend-row"><span class="line" style="{line}"></span>{esc(relation_names.get(r, r))}</span>')
        group("العلاقات" if ar else "Relations", rows)
    rows = []
    if focus is not None and focus in G:
        rows.append(f'<span class="legend-row"><span class="ring" style="border-color:{FOCUS_BORDER}"></span>{esc("المحور" if ar else "Focus")}</span>')
    if any(n in G for n in highlight):
        rows.append(f'<span class="legend-row"><span class="ring" style="border-color:{HIT_BORDER}"></span>{esc("نتائج البحث" if ar else "Search hits")}</span>')
    group("" , rows)
    note = f"{shown} / {total}" + (" فاعل" if ar else " actors")
    parts.append(f'<span class="legend-note">{esc(note)}</span></div>')
    return "".join(parts)


#: CSS of :func:`legend_html` (the page carries it; the app adds it beside the legend).
LEGEND_CSS = """
.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; align-items: baseline; padding: 6px 10px;
  font-size: 13px; line-height: 1.6; color: #333; }
.legend-group { display: flex; flex-wrap: wrap; gap: 2px 10px; align-items: baseline; }
.legend-title { font-weight: 600; }
.legend-row { white-space: nowrap; }
.legend .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-inline-end: 5px; }
.legend .ring { display: inline-block; width: 8px; height: 8px; border-radius: 50%; border: 3px solid; margin-inline-end: 5px; vertical-align: middle; }
.legend .line { display: inline-block; width: 18px; height: 3px; vertical-align: middle; margin-inline-end: 5px; }
.legend-note { color: #666; font-size: 12px; }
"""


_CSS = """
html, body { margin: 0; padding: 0; background: #ffffff; font-family: %(font)s; }
h1.graph-heading { font-size: 18px; font-weight: 600; margin: 8px 12px; }
.graph-wrap { position: relative; width: 100%%; }
#graph { width: 100%%; height: %(height)s; border: 1px solid #e2e2e2; box-sizing: border-box; }
#graph-status { position: absolute; bottom: 8px; inset-inline-start: 8px; color: #666; font-size: 12px; }
div.vis-tooltip { font-family: %(font)s; white-space: pre-wrap; unicode-bidi: plaintext; text-align: start;
  max-width: 420px; font-size: 13px; line-height: 1.5; }
"""

_SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var container = document.getElementById("graph");
  var status = document.getElementById("graph-status");
  var t0 = (window.performance && performance.now) ? performance.now() : Date.now();
  var stats = {nodes: data.nodes.length, edges: data.edges.length,
               totalNodes: Number(container.getAttribute("data-total-nodes")), stabilizedMs: null};
  window.graphStats = stats;
  var network = new vis.Network(container, {}, data.options);
  window.network = network;
  var placeLabels = data.labels ? labelPlacer(data.labels) : null;
  function frozen() {
    if (stats.stabilizedMs !== null) { return; }
    network.setOptions({physics: {enabled: false}});
    if (placeLabels) { placeLabels(true); }
    var now = (window.performance && performance.now) ? performance.now() : Date.now();
    stats.stabilizedMs = Math.round(now - t0);
    container.setAttribute("data-stabilized", "true");
    status.textContent = "";
  }
  if (data.options.physics.enabled && data.nodes.length > 0) {
    network.on("stabilizationProgress", function (p) {
      status.textContent = Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", frozen);
    network.once("stabilized", frozen);
  } else {
    network.once("afterDrawing", frozen);
  }
  network.setData({nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)});
  if (data.nodes.length === 0) { frozen(); }

  // Labels that fit, chosen on screen (the server cannot know the canvas,
  // the zoom or the glyph widths): plan.order is the priority (focus, search
  // hits, then importance); at most plan.limit labels on screen, each kept
  // only where its box overlaps no label kept before it. Kept labels are
  // plan.px high on screen at any zoom, so zooming in makes room for more
  // (and the limit grows with the zoom); the others get a font too small to
  // draw. Rerun whenever the view or the positions change. Every name stays
  // in its node's tooltip.
  function labelPlacer(plan) {
    var ruler = document.createElement("canvas").getContext("2d");
    ruler.font = "100px " + data.options.nodes.font.face;
    var labels = {}, sizes = {}, colors = {}, widths = {}, applied = {}, lastView = "", fitted = null;
    data.nodes.forEach(function (n) {
      labels[n.id] = n.label || ""; sizes[n.id] = n.size || 25; colors[n.id] = n.color;
      applied[n.id] = n.font && n.font.size;  // updating a node is the costly part: only those that change
    });

    function width(id) {  // on screen, per px of font (canvas text is shaped, bidi included)
      if (!(id in widths)) { widths[id] = ruler.measureText(labels[id]).width / 100; }
      return widths[id];
    }
    function box(id, point, scale) {
      // Where vis-network draws a label below a shape: size + 4 canvas units
      // under the centre, then half a font down; a margin for the text stroke.
      var half = width(id) * plan.px / 2, top = point.y + (sizes[id] + 4) * scale + plan.px / 2;
      return [point.x - half - 3, top - 2, point.x + half + 3, top + 1.2 * plan.px];
    }
    function overlaps(a, b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }
    function choose(scale) {
      var positions = network.getPositions(), w = container.clientWidth, h = container.clientHeight;
      // the limit is for the fitted view; zoomed in k times, k times as many may show where they fit
      var limit = Math.round(plan.limit * Math.max(1, scale / fitted));
      var kept = [], shown = {};
      for (var i = 0; i < plan.order.length && kept.length < limit; i++) {
        var id = plan.order[i];
        if (!positions[id] || !labels[id]) { continue; }
        var b = box(id, network.canvasToDOM(positions[id]), scale);
        if (b[2] < 0 || b[0] > w || b[3] < 0 || b[1] > h) { continue; }  // off screen: no room taken
        if (kept.some(function (k) { return overlaps(k, b); })) { continue; }
        kept.push(b);
        shown[id] = true;
      }
      return shown;
    }
    return function place(force) {
      var scale = network.getScale(), at = network.getViewPosition();
      var view = [scale, at.x, at.y, container.clientWidth, container.clientHeight].join();
      if (view === lastView && !force) { return; }
      lastView = view;
      if (fitted === null) { fitted = scale; }  // the first placement is at the fitted view
      var shown = choose(scale), changes = [];
      plan.order.forEach(function (id) {
        var size = shown[id] ? plan.px / scale : plan.hidden;
        if (applied[id] !== size) { applied[id] = size; changes.push({id: id, font: {size: size, bold: {size: size}}, color: colors[id]}); }
      });
      // Straight to the drawn nodes: a DataSet update costs tens of ms (it reprocesses every node).
      // (color: vis-network 9 lays a node's group colour over its own on any update that lacks one)
      changes.forEach(function (c) { network.body.nodes[c.id].setOptions(c); });
      if (changes.length) { network.body.emitter.emit("_requestRedraw"); }
      stats.labelsShown = Object.keys(shown).length;
    };
  }
  if (placeLabels && !data.options.physics.enabled) {
    placeLabels(true);  // positions and the fitted view are known: the first frame has the right labels
  }
  if (placeLabels) {
    // zoom, pan, resize: after the frame that shows them (once frozen: nodes no longer move)
    network.on("afterDrawing", function () { if (stats.stabilizedMs !== null) { placeLabels(false); } });
    network.on("dragEnd", function () { if (stats.stabilizedMs !== null) { placeLabels(true); } });
  }
})();
"""


def _check(label_language: str, size_by: str, height: str) -> None:
    if label_language not in LANGUAGES:
        raise ValueError(f"label_language must be one of {LANGUAGES}, got {label_language!r}")
    if size_by not in SIZE_BY:
        raise ValueError(f"size_by must be one of {SIZE_BY}, got {size_by!r}")
    if not _HEIGHT.match(str(height)):
        raise ValueError(f"height must be a CSS length such as '720px' or '80vh', got {height!r}")


def render_html(
    G: nx.Graph,
    *,
    label_language: str = "ar",
    physics: bool = True,
    max_nodes: int | None = None,
    height: str = "720px",
    size_by: str = "mentions",
    heading: str = "",
    total_nodes: int | None = None,
    positions: Mapping[Any, Sequence[float]] | None = None,
    color_by: str = "type",
    focus: Any = None,
    highlight: Collection[Any] = (),
    labels: int | None = None,
    legend: bool = True,
) -> str:
    """A standalone HTML page drawing ``G`` with vis-network, all assets inlined.

    Nodes are coloured by actor type and sized by ``size_by``; edges are as
    wide as their weight (log scale) and coloured by their dominant relation
    type, with an arrow when all their evidence points one way. Tooltips are
    plain text: names, type, counts, top relations, evidence sentences.

    Parameters
    ----------
    G : networkx.Graph
        A graph from :func:`pipeline.graph.build_graph` or a filtered view.
    label_language : {"ar", "en"}
        Node labels in Arabic, or in English where known (Arabic otherwise).
    physics : bool
        True: forceAtlas2 for up to 200 iterations, then frozen. False:
        positions from a seeded spring layout, drawn at once.
    max_nodes : int, optional
        Draw only the strongest nodes (:func:`pipeline.graph.top_nodes`).
    height : str
        CSS height of the drawing (``"720px"``, ``"80vh"``).
    size_by : {"mentions", "pagerank", "degree"}
        Node size metric (``degree`` is the weighted degree).
    heading : str
        Optional heading above the graph (escaped).
    total_nodes : int, optional
        How many actors the drawing was chosen from, for the legend's
        "shown / total" note and ``data-total-nodes`` (default: the nodes
        of ``G``). For a ``G`` already cut to the strongest actors.
    positions : mapping, optional
        Node → ``(x, y)`` to draw at (a :func:`pipeline.layouts.layout_positions` of a larger
        graph, or a pinned layout): nodes keep these places, the others are
        set beside their neighbours (:func:`pipeline.layouts.place`). With ``physics`` the
        layout starts from them; without, they are final.
    color_by : {"type", "community"}
        Fill colour by actor type, or by seeded Louvain community of the
        drawn graph (the type is then the shape: ● person, ■ organisation,
        ▲ place, ◆ other).
    focus : str, optional
        The focus actor: drawn bigger, with a dark border and its label.
    highlight : collection of str
        Search hits: an orange border and their labels.
    labels : int, optional
        Show at most this many labels on screen at once: the page keeps
        them in the order focus, search hits, then the strongest by
        ``size_by``, each only where its box on screen overlaps no label
        kept before it. It measures the boxes itself after the drawing
        freezes and again on every zoom, pan or drag, with labels a
        constant size on screen, so zooming in shows more of them; every
        name is in the tooltip. ``None``: every label, at the canvas' scale.
    legend : bool
        Add the legend below the drawing (the app shows it itself).

    Returns
    -------
    str
        The page. It loads nothing from the network.

    Examples
    --------
    >>> from pipeline.graph import _example
    >>> page = render_html(_example(), physics=False, heading="<b>test</b>")
    >>> 'data-node-count="3"' in page, "&lt;b&gt;test&lt;/b&gt;" in page, "https://" in page.split("<script")[0]
    (True, True, False)
    """
    _check(label_language, size_by, height)
    if color_by not in COLOR_BY:
        raise ValueError(f"color_by must be one of {COLOR_BY}, got {color_by!r}")
    from .graph import top_nodes

    total = G.number_of_nodes() if total_nodes is None else int(total_nodes)
    drawn = top_nodes(G, max_nodes) if max_nodes is not None else G
    data = vis_data(
        drawn, label_language=label_language, physics=physics, size_by=size_by, positions=positions,
        color_by=color_by, focus=focus, highlight=highlight, labels=labels,
    )
    js, vis_css = _assets()
    lang, direction = ("ar", "rtl") if label_language == "ar" else ("en", "ltr")
    title = heading or ("شبكة الفاعلين" if lang == "ar" else "Actor network")
    css = _CSS % {"font": FONT_STACK, "height": height}
    heading_html = f'<h1 class="graph-heading" dir="auto">{html.escape(heading)}</h1>' if heading else ""
    return "".join(
        [
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{html.escape(title)}</title>\n",
            f"<style>\n{vis_css}\n</style>\n<style>{css}{LEGEND_CSS}</style>\n",
            f"<script>\n{js}\n</script>\n</head>\n<body>\n{heading_html}",
            '<div class="graph-wrap">',
            f'<div id="graph" dir="{direction}" lang="{lang}" data-node-count="{drawn.number_of_nodes()}" ',
            f'data-edge-count="{drawn.number_of_edges()}" data-total-nodes="{total}"></div>',
            '<div id="graph-status" aria-live="polite"></div></div>\n',
            legend_html(drawn, label_language, total=total, color_by=color_by, focus=focus, highlight=highlight) if legend else "",
            f'<script type="application/json" id="graph-data">{script_json(data)}</script>\n',
            f"<script>{_SCRIPT}</script>\n</body>\n</html>\n",
        ]
    )


# ---------------------------------------------------------------------------
# the explorer's panels: texts with the actors' names marked, evidence, paths
# ---------------------------------------------------------------------------

_MARK_STYLE = "background:{bg};border-radius:3px;padding:0 2px;"
_TINTS = {"PER": "#fde0e0", "ORG": "#dde7f3", "LOC": "#e0f0dc", "MISC": "#efe3ee"}
_FOCUS_TINT = "#ffe08a"


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of text: offsets, actor type and a tooltip."""

    start: int
    end: int
    type: str = ""
    title: str = ""
    strong: bool = False  # the selected actor: stronger colour


def highlight_html(text: str, spans: Iterable[Span]) -> str:
    """``text`` as escaped HTML, each span wrapped in ``<mark>``.

    Overlapping spans keep the earliest (then the longest); spans outside the
    text are ignored. Text, tooltips and every attribute are escaped, so the
    result holds no markup of the data's own.

    >>> highlight_html("قال <b>كيري</b>", [Span(7, 11, "PER", 'John "K"')])
    'قال &lt;b&gt;<mark style="background:#fde0e0;border-radius:3px;padding:0 2px;" title="John &quot;K&quot;">كيري</mark>&lt;/b&gt;'
    """
    esc = html.escape
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        start, end = max(span.start, 0), min(span.end, len(text))
        if start < pos or end <= start:
            continue
        out.append(esc(text[pos:start]))
        style = _MARK_STYLE.format(bg=_FOCUS_TINT if span.strong else _TINTS.get(span.type, "#eeeeee"))
        title = f' title="{esc(span.title, quote=True)}"' if span.title else ""
        out.append(f'<mark style="{style}"{title}>{esc(text[start:end])}</mark>')
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def article_html(record: Mapping[str, Any], G: nx.Graph | None = None, *, language: str = "ar", focus: str = "") -> str:
    """An article's text as escaped, right-to-left HTML, its entities marked.

    Mention offsets come from the ``articles.json`` record; a mention whose
    actor is in ``G`` gets the actor's name as tooltip, and ``focus`` (an
    actor id) a stronger colour. Line breaks are kept (``pre-wrap``).

    >>> rec = {"id": "a1", "text": "التقى لافروف <script>", "mentions": [{"start": 6, "end": 12, "actor": "lavrov", "type": "PER", "text": "لافروف"}]}
    >>> page = article_html(rec)
    >>> "<mark" in page, "<script>" in page, "&lt;script&gt;" in page, 'dir="rtl"' in page
    (True, False, True, True)
    """
    text = str(record.get("text") or "")
    spans = []
    for m in record.get("mentions") or ():
        if not (isinstance(m.get("start"), int) and isinstance(m.get("end"), int)):
            continue
        actor = str(m.get("actor") or "")
        title = actor_label(G, actor, language) if G is not None and actor in G else str(m.get("text") or actor)
        kind = str(m.get("type") or "")
        spans.append(Span(m["start"], m["end"], kind, f"{title} · {kind}" if kind else title, bool(focus) and actor == focus))
    body = highlight_html(text, spans)
    return (
        '<div dir="rtl" lang="ar" style="white-space:pre-wrap;unicode-bidi:plaintext;text-align:start;'
        'font-family:\'Noto Naskh Arabic\',Amiri,Tahoma,Arial,sans-serif;font-size:1.08rem;line-height:1.9;'
        'max-height:560px;overflow-y:auto;padding:0.5rem 1rem;border:1px solid #e6e6e6;border-radius:6px;">'
        f"{body}</div>"
    )


def type_legend_html(language: str = "ar") -> str:
    """A one-line legend of the highlight colours (escaped HTML).

    >>> "<mark" in type_legend_html("en")
    True
    """
    names = TYPE_NAMES.get(language, TYPE_NAMES["en"])
    parts = [
        f'<mark style="{_MARK_STYLE.format(bg=_TINTS[t])}">{_esc(names.get(t, t))}</mark>' for t in ENTITY_TYPES
    ]
    return '<div style="font-size:0.85rem;color:#555;">' + " ".join(parts) + "</div>"


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def evidence_cards_html(rows: Sequence[Mapping[str, Any]], language: str) -> str:
    """Evidence rows (:func:`pipeline.evidence.evidence_rows`) as escaped HTML cards.

    >>> from pipeline.evidence import evidence_rows
    >>> from pipeline.graph import _example
    >>> cards = evidence_cards_html(evidence_rows(_example(), "lavrov"), "en")
    >>> cards.count('dir="rtl"'), "meets" in cards
    (2, True)
    """
    names = RELATION_NAMES[language]
    cards = []
    for r in rows:
        kinds = ("، " if language == "ar" else ", ").join(names.get(t, t) for t in r["relations"] or ["CO_MENTION"])
        meta = " · ".join(f"<bdi>{_esc(x)}</bdi>" for x in (kinds, r["source"], r["date"]) if x)
        cards.append(
            '<div style="border-bottom:1px solid #eee;padding:0.45rem 0;">'
            f'<div dir="auto" style="font-size:0.8rem;color:#666;"><bdi>{_esc(r["title"] or r["article"])}</bdi> — {meta}</div>'
            f'<div dir="rtl" lang="ar" style="font-size:1.05rem;line-height:1.8;unicode-bidi:plaintext;text-align:start;">{r["html"]}</div>'
            "</div>"
        )
    return "".join(cards)


def evidence_list_html(rows: Sequence[Mapping[str, Any]], language: str) -> str:
    """The Evidence tab's cards in a scrolling box."""
    return '<div class="evidence" style="max-height:560px;overflow-y:auto;">' + evidence_cards_html(rows, language) + "</div>"


def evidence_block_html(
    kind: str, source: str, target: str, rows: Sequence[Mapping[str, Any]], count: int, limit: int, language: str
) -> str:
    """The selected actor's or link's evidence under the drawing: a count, then the cards.

    The ``data-*`` attributes name the selection (browser tests read them).

    >>> block = evidence_block_html("edge", "a", 'b"', [], 60, 50, "en")
    >>> 'data-target="b&quot;"' in block, "60 source sentences; the first 50 shown." in block
    (True, True)
    """
    note = f"{count} source sentence{'s' if count != 1 else ''}" + (f"; the first {limit} shown." if count > limit else ".")
    attrs = f'data-kind="{_esc(kind)}" data-source="{_esc(source)}" data-target="{_esc(target)}" data-count="{count}"'
    return (
        f'<div class="selection-detail" {attrs}><div style="color:#666;font-size:0.85rem;">{_esc(note)}</div>'
        f'<div class="evidence" style="max-height:420px;overflow-y:auto;">{evidence_cards_html(rows, language)}</div></div>'
    )


def title_html(text: str) -> str:
    """A heading for names, as escaped HTML (markdown would read ``[x](y)`` in a name as a link).

    >>> title_html("[x](y) <b>")
    '<div class="selection-title" dir="auto" style="font-size:1.35rem;font-weight:600;">[x](y) &lt;b&gt;</div>'
    """
    return f'<div class="selection-title" dir="auto" style="font-size:1.35rem;font-weight:600;">{_esc(text)}</div>'


_ARROWS = {"forward": "→", "backward": "←", "": "—"}


def hop_html(source: str, target: str, direction: str, relation: str, rows: Sequence[Mapping[str, Any]], count: int, language: str) -> str:
    """One hop of a path (actor names, arrow, relation) and its evidence cards.

    ``direction``: ``forward``, ``backward`` or ``""`` (undirected).

    >>> hop_html("A", "<B>", "forward", "MEET", [], 3, "en")
    '<div dir="auto" style="font-weight:600;margin-top:0.4rem;"><bdi>A</bdi> → <bdi>&lt;B&gt;</bdi> · meets · 3 sentences</div><div style="color:#666;font-size:0.8rem;">+3 more</div>'
    """
    names = RELATION_NAMES[language]
    head = (
        f'<div dir="auto" style="font-weight:600;margin-top:0.4rem;"><bdi>{_esc(source)}</bdi> '
        f"{_ARROWS[direction]} <bdi>{_esc(target)}</bdi> · "
        f"{_esc(names.get(relation, relation))} · {count} sentence{'s' if count != 1 else ''}</div>"
    )
    cards = []
    for r in rows:
        meta = " · ".join(f"<bdi>{_esc(x)}</bdi>" for x in (r["title"] or r["article"], r["source"], r["date"]) if x)
        cards.append(
            '<div class="path-evidence" style="border-bottom:1px solid #eee;padding:0.3rem 0;">'
            f'<div dir="auto" style="font-size:0.8rem;color:#666;">{meta}</div>'
            f'<div dir="rtl" lang="ar" style="font-size:1.02rem;line-height:1.8;unicode-bidi:plaintext;text-align:start;">{r["html"]}</div></div>'
        )
    more = f'<div style="color:#666;font-size:0.8rem;">+{count - len(rows)} more</div>' if count > len(rows) else ""
    return head + "".join(cards) + more


def path_html(number: int, walk: str, hops: Sequence[str]) -> str:
    """Path ``number``: its walk (names joined by arrows, escaped) over its hops (:func:`hop_html`)."""
    head = f'<div dir="auto" class="path-walk" style="font-size:1.05rem;"><bdi>{_esc(walk)}</bdi></div>'
    return f'<div class="path" data-path="{int(number)}">' + head + "".join(hops) + "</div>"


def article_header_html(meta: Mapping[str, Any], article: str) -> str:
    """An article's title, source, date and id, and its link when it is a web address.

    >>> page = article_header_html({"title": "<t>", "url": "javascript:alert(1)"}, "a1")
    >>> "&lt;t&gt;" in page, "javascript" in page
    (True, False)
    """
    url = str(meta.get("url") or "")
    link = (
        f' · <a href="{_esc(url)}" target="_blank" rel="noopener noreferrer">source</a>'
        if url.lower().startswith(("http://", "https://"))
        else ""
    )
    details = " · ".join(f"<bdi>{_esc(x)}</bdi>" for x in (meta.get("source"), meta.get("date"), article) if x)
    return (
        f'<div dir="auto" style="font-size:1.3rem;font-weight:600;margin-bottom:0.2rem;">{_esc(meta.get("title") or article)}</div>'
        f'<div dir="auto" style="color:#666;font-size:0.85rem;margin-bottom:0.5rem;">{details}{link}</div>'
    )


def legend_block_html(legend: str) -> str:
    """A :func:`legend_html` with its stylesheet, to show outside the drawing's page."""
    return f"<style>{LEGEND_CSS}</style>{legend}"
