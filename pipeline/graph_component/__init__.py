"""The drawing as a bidirectional Streamlit component: clicks reach Python.

:func:`graph_view` shows a page from :func:`pipeline.render.render_html`
(the same page as the standalone HTML export: vis-network inlined, labels
and tooltips escaped) and returns the last click as a dict, or ``None``:

* ``{"type": "node", "id": ..., "seq": ...}`` — a click on an actor;
* ``{"type": "edge", "source": ..., "target": ..., "seq": ...}`` — a click on a link;
* ``{"type": "expand", "id": ..., "seq": ...}`` — a double click on an actor;
* ``{"type": "drawn", "seq": ...}`` — once per page load, when the first
  drawing is frozen (the app then shows what it held back for the first paint).

``seq`` differs between events, so every click is a new value;
:func:`pipeline.selection.apply_event` turns a value into the selection.

The frontend is two static files in ``frontend/`` (``index.html`` and
``main.js``), served by Streamlit itself from this folder
(``declare_component(path=...)``): no dev server, no npm build, nothing
fetched from elsewhere. It speaks Streamlit's component protocol by hand
(``streamlit:componentReady``, ``streamlit:render``,
``streamlit:setFrameHeight``, ``streamlit:setComponentValue``) and puts the
page into an inner frame's ``srcdoc``; that frame shares the component's
origin, so the script attaches to its ``window.network``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["graph_view", "FRONTEND"]

FRONTEND = Path(__file__).resolve().parent / "frontend"


def _component():
    """The declared component (registered with the running app on each call:
    ``declare_component`` registers only inside a script run, and tests start
    several runtimes in one process)."""
    import streamlit.components.v1 as components

    return components.declare_component("graph_view", path=str(FRONTEND))


def graph_view(
    page: str,
    *,
    height: int,
    key: str,
    selected: dict[str, str] | None = None,
    on_change: Callable[[], None] | None = None,
) -> dict[str, Any] | None:
    """Draw ``page`` and return the last click event, or ``None``.

    Parameters
    ----------
    page : str
        A page from :func:`pipeline.render.render_html`.
    height : int
        The drawing's height in pixels (the frame's height).
    key : str
        Widget key: the component keeps its identity, and its frame, while
        the page changes; ``st.session_state[key]`` holds the last event.
    selected : dict, optional
        ``{"type": "node", "id": ...}`` or ``{"type": "edge", "source": ...,
        "target": ...}``: selected in the drawing (also after a redraw).
    on_change : callable, optional
        Called (before the script reruns) when a new event arrives.

    Returns
    -------
    dict or None
        The last event (see the module docstring); ``None`` before the first click.
    """
    return _component()(page=page, height=int(height), selected=selected, key=key, default=None, on_change=on_change)
