"""Streamlit entry point: the actor-network explorer (UI only; all logic in pipeline/).

Run with ``streamlit run graph_app.py``. This placeholder shows the committed
graph of ``corpus/``; the full explorer replaces it.
"""
import json
from pathlib import Path

import streamlit as st

GRAPH = Path(__file__).resolve().parent / "graphs" / "graph.json"

st.set_page_config(page_title="Arabic actor networks", layout="wide")
st.title("Arabic actor networks")
if GRAPH.exists():
    data = json.loads(GRAPH.read_text(encoding="utf-8"))
    st.write(f"{len(data['nodes'])} actors, {len(data['edges'])} links in `graphs/graph.json`.")
else:
    st.info("No graph built yet: run `python -m pipeline build corpus --out graphs`.")
