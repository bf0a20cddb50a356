"""The explorer's curation tab: pick actors, preview, apply, undo; a review queue.

UI only (Streamlit widgets → :mod:`pipeline.curation_view` and
:mod:`pipeline.actors.curation`). ``graph_app.py`` calls :func:`curation_panel`
from one place.

Decisions go to ``curation.yaml`` in the curation folder: the open upload workspace's
own folder (:mod:`pipeline.workspaces`; it starts with a copy of the corpus's
decisions), else ``CURATION_DIR`` when set, else ``corpus/``. On the committed graph,
applying one writes the curated graph to a new session folder and opens it; in a
workspace it rewrites the workspace's own graph files (:func:`pipeline.workspaces.refresh`),
so a reload or a restart shows it too. Undo removes the last decision and goes back
to the graph before it. The next ``python -m pipeline build`` of the corpus applies
the same decisions (splits need that rebuild).

:func:`actor_corrections` is the same apply/preview for one actor, shown in the
drawing's detail panel ("Correct this actor": merge with…, rename, block, split by
article); undo stays in the Curate tab.
"""
from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import replace
from pathlib import Path

import streamlit as st

from pipeline import workspaces
from pipeline.actors.curation import CurationError, Decision, add_decision, default_who, load_curation, undo_last
from pipeline.curation_view import ReviewMemory, curate_graph, duplicate_candidates, junk_candidates
from pipeline.types import ENTITY_TYPES

ROOT = Path(__file__).resolve().parent
QUEUE_SIZE = 15


def curation_dir(work_dir: Path) -> Path:
    """Where this session's ``curation.yaml`` lives (see the module docstring)."""
    workspace = _open_workspace(work_dir)
    if workspace is not None:
        return workspace
    if os.environ.get("CURATION_DIR"):
        return Path(os.environ["CURATION_DIR"])
    return ROOT / "corpus"


def _open_workspace(work_dir: Path) -> Path | None:
    """The open upload workspace's folder (``graph_app`` keeps its name in ``ws_name``), or None."""
    name = st.session_state.get("ws_name")
    return workspaces.folder(work_dir, name) if name else None


def _label(G, node: str) -> str:
    data = G.nodes[node]
    return f"{data.get('label') or node} ({data.get('type', '?')}, {data.get('mentions', 0)}) — {node}"


def _apply(data, folder: Path, decision: Decision, work_dir: Path) -> None:
    """Record ``decision``, write the curated graph (to the open workspace, or a new session folder) and open it."""
    from pipeline.export import write_all
    from pipeline.viewstate import ViewState

    G = data.with_evidence(data.graph, ViewState())  # from a store, the evidence is read now

    ss = st.session_state
    try:
        stored = add_decision(curation_dir(work_dir), decision)
    except CurationError as exc:
        ss["curation_error"] = str(exc)
        return
    H, notes = curate_graph(G, [stored])
    workspace = _open_workspace(work_dir)
    if workspace is not None:
        workspaces.refresh(workspace)  # its graph files: the store with all its decisions
        out = workspace
    else:
        ss.setdefault("session_id", uuid.uuid4().hex)
        ss["_curations"] = ss.get("_curations", 0) + 1
        out = work_dir / "sessions" / ss["session_id"] / f"curated-{ss['_curations']}"
        write_all(H, out)
        if (folder / "articles.json").is_file():
            shutil.copyfile(folder / "articles.json", out / "articles.json")
    ss.setdefault("curation_stack", []).append(ss.get("workspace"))
    ss["workspace"] = str(out)
    ss["build_note"] = f"Applied: {stored.describe()}" + (f" ({'; '.join(notes)})" if notes else "")
    ss["curation_error"] = None
    st.rerun()


def _undo(work_dir: Path) -> None:
    ss = st.session_state
    undone = undo_last(curation_dir(work_dir))
    workspace = _open_workspace(work_dir)
    if workspace is not None:
        workspaces.refresh(workspace)
    stack = ss.get("curation_stack") or []
    if stack:
        ss["workspace"] = stack.pop()
    ss["build_note"] = f"Undone: {undone.describe()}" if undone else "Nothing to undo."
    st.rerun()


def _decision_controls(G) -> Decision | None:
    """The pick-actors form; returns the decision it describes, or None."""
    nodes = sorted(G, key=lambda n: (-int(G.nodes[n].get("mentions") or 0), n))
    picked = st.multiselect("Actors", nodes, format_func=lambda n: _label(G, n), key="w_cur_pick")
    op = st.radio("Decision", ["merge", "rename", "block"], horizontal=True, key="w_cur_op")
    why = st.text_input("Why", key="w_cur_why")
    if op == "merge":
        label = st.text_input("Arabic label of the merged actor (optional)", key="w_cur_label")
        if len(picked) < 2:
            st.caption("Pick two actors or more; the first is kept.")
            return None
        return Decision("merge", tuple(picked), label=label, why=why)
    if len(picked) != 1:
        st.caption("Pick one actor.")
        return None
    if op == "block":
        return Decision("block", (picked[0],), why=why)
    label = st.text_input("Arabic label", key="w_cur_label")
    label_en = st.text_input("English label", key="w_cur_label_en")
    kind = st.selectbox("Type", [""] + list(ENTITY_TYPES), key="w_cur_type")
    if not (label or label_en or kind):
        return None
    return Decision("rename", (picked[0],), label=label, label_en=label_en, type=kind, why=why)


def _preview(G, decision: Decision) -> None:
    H, notes = curate_graph(G, [decision])
    c1, c2 = st.columns(2)
    c1.metric("Actors", H.number_of_nodes(), H.number_of_nodes() - G.number_of_nodes())
    c2.metric("Links", H.number_of_edges(), H.number_of_edges() - G.number_of_edges())
    kept = decision.ids[0]
    if kept in H:
        data = H.nodes[kept]
        st.write(
            f"**{data.get('label', kept)}** — {data.get('type', '')}, {data.get('mentions', 0)} mentions in "
            f"{len(data.get('articles') or [])} articles, {H.degree(kept)} links; aliases: "
            + "، ".join(map(str, data.get("aliases") or []))
        )
    for note in notes:
        st.caption(note)
    st.caption(f"Will record: {replace(decision, who=decision.who or default_who(), when='now').describe()}")


def _queue(data, work_dir: Path, folder: Path) -> None:
    from pipeline.actors import load_registry

    G = data.graph
    memory = ReviewMemory(curation_dir(work_dir))
    sections = [
        ("Likely duplicates", memory.pending(duplicate_candidates(G, limit=200))[:QUEUE_SIZE]),
        ("Likely junk", memory.pending(junk_candidates(G, load_registry(), limit=200))[:QUEUE_SIZE]),
    ]
    for title, suggestions in sections:
        st.markdown(f"**{title}**")
        if not suggestions:
            st.caption("Nothing to review.")
        for i, s in enumerate(suggestions):
            names = " + ".join(str(G.nodes[n].get("label") or n) for n in s.decision.ids)
            row = st.columns([6, 1, 1])
            row[0].write(f"{s.decision.op}: {names} — {', '.join(s.reasons)} (score {s.score:g})")
            if row[1].button("Accept", key=f"w_cur_acc_{s.key}"):
                memory.answer(s.key, "accepted")
                _apply(data, folder, s.decision, work_dir)
            if row[2].button("Reject", key=f"w_cur_rej_{s.key}"):
                memory.answer(s.key, "rejected")
                st.rerun()


def curation_panel(data, folder: Path, work_dir: Path) -> None:
    """The curation tab for the open graph (``data`` from :func:`pipeline.graphdata.load_graph_dir`)."""
    G = data.graph
    ss = st.session_state
    where = curation_dir(work_dir)
    st.write(
        f"Correct the actors: decisions are kept in `{where / 'curation.yaml'}` with who, when and why, "
        "and every build of that corpus applies them."
    )
    if ss.get("curation_error"):
        st.error(ss["curation_error"])
    try:
        decisions = load_curation(where).decisions
    except CurationError as exc:
        st.error(f"{exc}")
        return
    with st.expander(f"Decisions so far ({len(decisions)})", expanded=False):
        for i, d in enumerate(decisions, 1):
            st.text(f"{i}. {d.describe()}")
    if decisions and st.button("Undo the last decision", key="w_cur_undo"):
        _undo(work_dir)
    st.subheader("Pick actors")
    decision = _decision_controls(G)
    if decision is not None:
        _preview(G, decision)
        if st.button("Apply", key="w_cur_apply", type="primary"):
            _apply(data, folder, decision, work_dir)
    st.subheader("Review queue")
    _queue(data, work_dir, folder)


# ---------------------------------------------------------------------------
# one actor, from the drawing's detail panel

FIXES = ("Merge with…", "Rename", "Block (not an actor)", "Split by article")


def _merge_fix(G, node: str, why: str) -> Decision | None:
    others = [n for n in sorted(G, key=lambda n: (-int(G.nodes[n].get("mentions") or 0), n)) if n != node]
    picked = st.multiselect("Merge with", others, format_func=lambda n: _label(G, n), key=_key("merge", node))
    label = st.text_input("Arabic label of the merged actor (optional)", key=_key("mlabel", node))
    if not picked:
        st.caption("Pick the actor(s) that are this one; this one is kept.")
        return None
    return Decision("merge", (node, *picked), label=label, why=why)


def _rename_fix(G, node: str, why: str) -> Decision | None:
    data = G.nodes[node]
    label = st.text_input("New Arabic label", value=str(data.get("label") or ""), key=_key("label", node))
    label_en = st.text_input("New English label", value=str(data.get("label_en") or ""), key=_key("label_en", node))
    types = list(ENTITY_TYPES)
    current = data.get("type") if data.get("type") in types else types[0]
    kind = st.selectbox("New type", types, index=types.index(current), key=_key("type", node))
    changed = {
        key: value.strip()
        for key, value in (("label", label), ("label_en", label_en), ("type", kind))
        if value.strip() and value.strip() != str(data.get(key) or "")
    }
    if not changed:
        st.caption("Change a label or the type.")
        return None
    return Decision("rename", (node,), why=why, **changed)


def _split_fix(G, node: str, why: str) -> Decision | None:
    articles = list(G.nodes[node].get("articles") or [])
    picked = st.multiselect("Articles that are about someone else", articles, key=_key("split", node))
    label = st.text_input("Arabic label of the new actor (optional)", key=_key("slabel", node))
    if not picked:
        st.caption("Pick the articles whose mentions go to a new actor.")
        return None
    return Decision("split", (node,), articles=tuple(picked), label=label, why=why)


def _fix_decision(G, node: str) -> Decision | None:
    """The correction form for ``node``; returns the decision it describes, or None."""
    fix = st.radio("Correction", FIXES, horizontal=True, key=f"w_fix_op_{node}")
    why = st.text_input("Why", key=_key("why", node))
    if fix == "Block (not an actor)":
        return Decision("block", (node,), why=why)
    return {"Merge with…": _merge_fix, "Rename": _rename_fix, "Split by article": _split_fix}[fix](G, node, why)


def actor_corrections(data, folder: Path, work_dir: Path, node: str) -> None:
    """"Correct this actor": the Curate tab's preview and apply, for the actor ``node``.

    ``data`` is the open graph (:func:`pipeline.graphdata.load_graph_dir`); the decision
    goes to the same ``curation.yaml`` as the Curate tab's, and its undo is there.
    """
    G = data.graph
    if node not in G:
        return
    with st.expander("Correct this actor", expanded=False):
        ss = st.session_state
        if ss.get("curation_error"):
            st.error(ss["curation_error"])
        decision = _fix_decision(G, node)
        if decision is None:
            return
        _preview(G, decision)
        st.caption(f"Kept in `{curation_dir(work_dir) / 'curation.yaml'}`; undo it in the Curate tab.")
        if st.button("Apply", key=f"w_fix_apply_{node}", type="primary"):
            _forget_form(node)
            _apply(data, folder, decision, work_dir)


def _key(field: str, node: str) -> str:
    """A form field's widget key; :func:`_forget_form` moves them all to new widgets."""
    return f"w_fix_{field}_{node}_{st.session_state.get('_fix_form', 0)}"


def _forget_form(node: str) -> None:
    """Empty the form's fields (a merged actor is no longer an option), keeping the chosen correction.

    New keys, not deleted ones: the browser would send a deleted widget's value back."""
    ss = st.session_state
    old = ss.get("_fix_form", 0)
    for key in [k for k in ss if isinstance(k, str) and k.startswith("w_fix_") and k.endswith(f"_{old}")]:
        del ss[key]
    ss["_fix_form"] = old + 1
