"""The Gephi exports' positions are the same in every run (``pipeline.layouts.gephi_positions``)."""
import subprocess
import sys

from .conftest import ROOT

# 40 actors, of which only the 12 strongest are laid out by force: the rest go on a ring
PROGRAM = """
import json, sys
sys.path.insert(0, {root!r})
import networkx as nx
from pipeline.layouts import gephi_positions
G = nx.Graph()
for i in range(40):
    G.add_node(f"actor_{{i}}", mentions=40 - i)
for i in range(39):
    G.add_edge(f"actor_{{i}}", f"actor_{{i + 1}}", weight=1 + i % 3)
    G.add_edge(f"actor_{{i}}", f"actor_{{(i * 7) % 40}}", weight=1)
print(json.dumps(sorted(gephi_positions(G, max_nodes=12).items())))
"""


def positions_with_hash_seed(seed: int) -> str:
    program = PROGRAM.format(root=str(ROOT))
    env = {"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True).stdout


def test_positions_do_not_depend_on_string_hashing():
    # string hashes change with PYTHONHASHSEED; a layout fed in set order changes with them
    assert positions_with_hash_seed(1) == positions_with_hash_seed(2) == positions_with_hash_seed(3)
